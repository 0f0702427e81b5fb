package attribution

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestMergeSpans checks mergeSpans against a sort on two sorted runs of
// every split, including empty runs and equal starts.
func TestMergeSpans(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 40; n++ {
		for mid := 0; mid <= n; mid++ {
			s := make([]Span, n)
			for i := range s {
				s[i] = Span{Start: r.IntN(20), End: i}
			}
			byStart := func(x, y Span) int { return x.Start - y.Start }
			slices.SortFunc(s[:mid], byStart)
			slices.SortFunc(s[mid:], byStart)
			want := slices.Clone(s)
			slices.SortStableFunc(want, byStart)
			mergeSpans(s, mid)
			if !slices.IsSortedFunc(s, byStart) {
				t.Fatalf("n=%d mid=%d: not sorted: %v", n, mid, s)
			}
			got := slices.Clone(s)
			slices.SortFunc(got, func(x, y Span) int { return x.End - y.End })
			slices.SortFunc(want, func(x, y Span) int { return x.End - y.End })
			if !slices.Equal(got, want) {
				t.Fatalf("n=%d mid=%d: elements changed", n, mid)
			}
		}
	}
}

// TestInflect checks the inflections of the cue lexicon's verbs, the
// regular rules and the verbs that double their last consonant.
func TestInflect(t *testing.T) {
	for base, want := range map[string][]string{
		"praise": {"praises", "praised", "praising"},
		"deny":   {"denies", "denied", "denying"},
		"stress": {"stresses", "stressed", "stressing"},
		"warn":   {"warns", "warned", "warning"},
		"prefer": {"prefers", "preferred", "preferring"},
		"brag":   {"brags", "bragged", "bragging"},
		"rebut":  {"rebuts", "rebutted", "rebutting"},
		"admit":  {"admits", "admitted", "admitting"},
		// A final "ee" keeps its e before -ing; "see" is irregular.
		"agree": {"agrees", "agreed", "agreeing"},
		"see":   {"sees", "saw", "seeing"},
	} {
		if got := inflect(base); !slices.Equal(got, want) {
			t.Errorf("inflect(%q) = %q, want %q", base, got, want)
		}
	}
}

// TestQuoteFrom checks quoteFrom, which searches from its last answer,
// against a scan of the quotations, on random arrays and questions in
// random order, near and far from the last.
func TestQuoteFrom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for trial := range 300 {
		nq, nt := rng.IntN(40), 1+rng.IntN(60)
		a := &attributor{toks: make([]item, nt)}
		for k := range a.toks {
			a.toks[k].start = int32(3 * k)
		}
		open := 0
		for range nq {
			open += rng.IntN(9) // repeats too
			a.qs = append(a.qs, qspan{open: open})
		}
		last := 0
		for range 50 {
			c := rng.IntN(nt)
			if trial%2 == 0 && rng.IntN(4) > 0 {
				c = min(max(last+rng.IntN(5)-2, 0), nt-1) // near the last
			}
			last = c
			want := 0
			for want < len(a.qs) && a.qs[want].open < int(a.toks[c].start) {
				want++
			}
			if got := a.quoteFrom(c); got != want {
				t.Fatalf("trial %d: quoteFrom(%d) (start %d) = %d, want %d; opens %v", trial, c, a.toks[c].start, got, want, a.qs)
			}
		}
	}
}
