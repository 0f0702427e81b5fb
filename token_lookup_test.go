package attribution

import (
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// lookUpBoth tokenizes text with the words looked up as they are emitted
// (tokenizer.lookUp, in batches) and without, then with one look-up of
// all the tokens after (tokenWords.cueEntries), and reports any
// difference in the tokens or their cue entries. toks starts small, so
// that it grows between batches.
func lookUpBoth(t *testing.T, name, text string) {
	t.Helper()
	d := defaultParser.segment(text)
	s := quoteScanner{text: text}
	for _, para := range d.Paragraphs {
		s.scanParagraph(para.Start, para.End)
	}
	s.flush()
	qs, _ := topLevel(s.pairs, s.opened, &scratch{})
	words := defaultParser.words()
	mk := func() *tokenizer {
		tz := &tokenizer{text: text, sents: d.Sentences, paras: d.Paragraphs, qs: qs, toks: make([]item, 0, 4)}
		n, np := len(d.Sentences), len(d.Paragraphs)
		all := make([]int, n+1+np+1+len(qs))
		tz.sentTok, tz.paraTok, tz.qTok = all[:n+1], all[n+1:n+1+np+1], all[n+1+np+1:]
		return tz
	}
	got, want := mk(), mk()
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
	var b strings.Builder
	for i := range n {
		b.Reset()
		for range 1 + rng.IntN(400) {
			b.WriteString(tokenizePieces[rng.IntN(len(tokenizePieces))])
			switch rng.IntN(8) {
			case 0, 1, 2:
				b.WriteByte(' ')
			case 3:
				b.WriteString([]string{", ", ". ", "  ", ",", "."}[rng.IntN(5)])
			case 4:
				b.WriteString([]string{"\n\n", ".\n\n", " \"", "\" ", " “", "” "}[rng.IntN(6)])
			}
		}
		lookUpBoth(t, "random "+strconv.Itoa(i)+" "+strconv.Quote(b.String()), b.String())
	}
	if testing.Short() {
		return
	}
	if _, err := os.Stat("../shared/data/polnear/dev.jsonl"); err == nil {
		for i, text := range polnearArticles(t) {
			lookUpBoth(t, "polnear article "+strconv.Itoa(i), text)
		}
	}
}
