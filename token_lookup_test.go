package attribution

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// lookUpBoth tokenizes text with the words looked up as they are emitted
// (tokenizer.lookUp, in batches) and without, then with one look-up of
// all the tokens after (tokenWords.cueEntries), and reports any
// difference in the tokens or their cue entries. toks starts small, so
// that it grows between batches.
func lookUpBoth(t *testing.T, name, text string) {
	t.Helper()
	words := defaultParser.words()
	got, want := twoTokenizers(text)
	got.words, got.lex = words, make([]int32, 0, 2)
	got.run()
	want.run()
	want.lex = make([]int32, len(want.toks))
	words.cueEntries(text, want.toks, want.lex)
	if len(got.lex) != len(got.toks) || got.looked != len(got.toks) {
		t.Fatalf("%s: %d entries, %d looked up, for %d tokens", name, len(got.lex), got.looked, len(got.toks))
	}
	if !slices.Equal(got.toks, want.toks) || !slices.Equal(got.lex, want.lex) {
		for k := range min(len(got.toks), len(want.toks)) {
			if got.toks[k] != want.toks[k] || got.lex[k] != want.lex[k] {
				t.Fatalf("%s: token %d is %+v with entry %d, want %+v with %d", name, k, got.toks[k], got.lex[k], want.toks[k], want.lex[k])
			}
		}
		t.Fatalf("%s: %d tokens, want %d", name, len(got.toks), len(want.toks))
	}
}

// TestLookUpSame checks the look-up in batches against the look-up of
// all the tokens at once, on the fixtures, the PolNeAR articles (whose
// paragraphs end batches of every size) and random texts of many short
// paragraphs, with quotations that run on past them.
func TestLookUpSame(t *testing.T) {
	for name, text := range tokenizeTexts(t) {
		lookUpBoth(t, name, text)
	}
	n := 2000
	if testing.Short() {
		n = 200
	}
	rng := rand.New(rand.NewPCG(13, 14))
	// Spaces, marks and paragraph breaks or quotation marks after three,
	// one and one of eight pieces.
	seps := [][]string{{" "}, {" "}, {" "}, {", ", ". ", "  ", ",", "."}, {"\n\n", ".\n\n", " \"", "\" ", " “", "” "}, nil, nil, nil}
	for i := range n {
		text := randomPieces(rng, 400, seps)
		lookUpBoth(t, "random "+strconv.Itoa(i)+" "+strconv.Quote(text), text)
	}
	eachPolnearArticle(t, func(name, text string) { lookUpBoth(t, name, text) })
}
