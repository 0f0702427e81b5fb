package attribution

import "testing"

// cueIn is tokenWords.cueEntries for the one token tok of s: it returns
// the token's cue entry and sets its word.
func cueIn(w *tokenWords, s string, tok *item) int32 {
	toks, lex := []item{*tok}, []int32{-1}
	w.cueEntries(s, toks, lex)
	*tok = toks[0]
	return lex[0]
}

// TestTokenWords checks that the joined look-up (tokenWords.cueEntries) gives
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
	// The starts of the long keys: a word of sixteen bytes has the parts
	// of a longer key that it starts (see wordTab.entries).
	for _, k := range words {
		for n := 15; n < len(k) && n <= 17; n++ {
			words = append(words, k[:n])
		}
	}
	words = append(words, "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmno")
	check := func(word string) {
		t.Helper()
		for _, pad := range []string{"", "x", "xxxxxxxx", "XyZ-’ \xff\x00abcdef"} {
			s := pad + word + pad
			i, j := len(pad), len(pad)+len(word)
			tok := item{start: int32(i), end: int32(j), kind: tWord}
			e := cueIn(w, s, &tok)
			if want := ct.wordIn(s, i, j); e != want {
				t.Errorf("cueIn(%q) = %d, want cue entry %d", s[i:j], e, want)
			}
			if want := wordIndexIn(asciiLower(s), i, j); j > i && tok.word != want {
				t.Errorf("cueIn(%q) sets word %d, want %d", s[i:j], tok.word, want)
			}
			if e2 := cueIn(apart, s, &tok); e2 != e || tok.word != wordUnknown {
				t.Errorf("cueIn(%q) apart = %d, word %d; want %d, wordUnknown", s[i:j], e2, tok.word, e)
			}
		}
	}
	checkWordVariants(words, "s", 3, 30, check)
}

// TestTokenWordsRun checks that cueEntries over many tokens at once,
// words of every length among marks, with its loop (wordTab.entries)
// stopping at the words it leaves to entry and going on past them, gives
// what it gives for each token alone.
func TestTokenWordsRun(t *testing.T) {
	w := newTokenWords(newCueTable(nil))
	var words []string
	w.tab.each(func(k string, _ int32) { words = append(words, k) })
	words = append(words, "’s", "Élysée", "internationalization", "Said", "SAYS", "x", "2,400", "U.S.-born")
	var b []byte
	var toks []item
	for i, word := range words {
		if i%3 == 0 {
			toks = append(toks, item{start: int32(len(b)), end: int32(len(b) + 1), kind: tPunct})
			b = append(b, ',')
		}
		toks = append(toks, item{start: int32(len(b)), end: int32(len(b) + len(word)), kind: tWord})
		b = append(b, word...)
		b = append(b, ' ')
	}
	// The last word ends the text: under eight bytes from its end.
	toks = append(toks, item{start: int32(len(b)), end: int32(len(b) + 3), kind: tWord})
	b = append(b, "say"...)
	s := string(b)
	lex := make([]int32, len(toks))
	all := append([]item(nil), toks...)
	w.cueEntries(s, all, lex)
	for k := range toks {
		tok := toks[k]
		if e := cueIn(w, s, &tok); e != lex[k] || tok != all[k] {
			t.Errorf("token %d %q: entry %d, token %+v; alone %d, %+v", k, s[tok.start:tok.end], lex[k], all[k], e, tok)
		}
	}
}
