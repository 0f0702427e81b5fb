package attribution

import (
	"strings"
	"testing"
)

// TestInList checks that attributor.inList, which reads a bit of the
// entry of the token's word, says what inFold says of the token's text,
// for every list of wordLists: on the words of every list, in lower case,
// capitalised and in upper case, on the keys of the word tables, on words
// near the lists' ("wrotes", "postings"), on marks, and on tokens not
// looked up (wordUnknown).
func TestInList(t *testing.T) {
	w := newTokenWords(newCueTable(nil))
	words := []string{"wrotes", "postings", "praise", "onl", "thee", "x", "Élysée", "internationalization"}
	for _, l := range wordLists {
		for _, k := range l.words {
			words = append(words, k, strings.ToUpper(k[:1])+k[1:], strings.ToUpper(k))
		}
	}
	wordTable.tab.each(func(k string, _ int32) { words = append(words, k) })
	var b strings.Builder
	var toks []item
	for _, k := range words {
		toks = append(toks, item{start: int32(b.Len()), end: int32(b.Len() + len(k)), kind: tWord})
		b.WriteString(k)
		toks = append(toks, item{start: int32(b.Len()), end: int32(b.Len() + 1), kind: tPunct, word: markWord(',')})
		b.WriteString(", ")
	}
	text := b.String()
	w.cueEntries(text, toks, make([]int32, len(toks)))
	a := &attributor{text: text, toks: toks}
	check := func() {
		t.Helper()
		for _, l := range wordLists {
			for k := -1; k <= len(toks); k++ {
				if got, want := a.inList(k, l.bit, l.words), inFold(l.words, a.tokText(k)); got != want {
					t.Errorf("inList(%q, %s…) = %v, want %v", a.tokText(k), l.words[0], got, want)
				}
			}
		}
	}
	check()
	for k := range toks {
		if toks[k].kind == tWord {
			toks[k].word = wordUnknown
		}
	}
	check()
}
