package attribution

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTokenWords checks that the joined look-up (tokenWords.cueIn) gives
// what the two tables give apart, cueTable.wordIn and wordIndexIn, on
// the keys of both tables, their capitalised, upper-case and extended
// forms, and random words, each inside other bytes; and with a table that
// cannot be joined.
func TestTokenWords(t *testing.T) {
	ct := newCueTable([]string{"opine"})
	w := newTokenWords(ct)
	if w.tab == nil {
		t.Fatal("the cue table could not be joined")
	}
	apart := &tokenWords{cues: ct}
	var words []string
	ct.words.each(func(k string, _ int32) { words = append(words, k) })
	wordTable.tab.each(func(k string, _ int32) { words = append(words, k) })
	check := func(word string) {
		t.Helper()
		for _, pad := range []string{"", "x", "xxxxxxxx", "XyZ-’ \xff\x00abcdef"} {
			s := pad + word + pad
			i, j := len(pad), len(pad)+len(word)
			tok := item{start: int32(i), end: int32(j), kind: tWord}
			e := w.cueIn(s, &tok)
			if want := ct.wordIn(s, i, j); e != want {
				t.Errorf("cueIn(%q) = %d, want cue entry %d", s[i:j], e, want)
			}
			if want := wordIndexIn(asciiLower(s), i, j); j > i && tok.word != want {
				t.Errorf("cueIn(%q) sets word %d, want %d", s[i:j], tok.word, want)
			}
			if e2 := apart.cueIn(s, &tok); e2 != e || tok.word != wordUnknown {
				t.Errorf("cueIn(%q) apart = %d, word %d; want %d, wordUnknown", s[i:j], e2, tok.word, e)
			}
		}
	}
	for _, k := range words {
		check(k)
		check(strings.ToUpper(k))
		check(strings.ToUpper(k[:1]) + k[1:])
		check(k + "s")
		check("x" + k)
	}
	const pieces = "aAzZ09@[`{’é\u00c9\x80\xff-'."
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(30) {
			p := []rune(pieces)
			b.WriteString(string(p[r.IntN(len(p))]))
		}
		check(b.String())
	}
	check("")
}
