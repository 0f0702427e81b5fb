package attribution

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// TestTokenMentionAfter checks the searches of tokenAfter and
// mentionAfter, which write searchFrom's steps out, against sort.Search:
// for words and mentions ending at every even offset, every offset
// searched and every hint.
func TestTokenMentionAfter(t *testing.T) {
	for n := 0; n <= 24; n++ {
		toks := make([]token, n)
		ms := make([]mention, n)
		for i := range n {
			toks[i].end = int32(2*i + 2)
			ms[i].end = int32(2*i + 2)
		}
		r := &resolver{f: &finder{toks: toks, ms: ms}, endsSorted: true, scanned: n}
		for s := -1; s <= 2*n+3; s++ {
			want := sort.Search(n, func(i int) bool { return int(toks[i].end) > s })
			for h := -2; h <= n+2; h++ {
				r.tokHint, r.msHint = h, h
				if got := r.tokenAfter(s); got != want {
					t.Fatalf("n %d: tokenAfter(%d) from %d = %d, want %d", n, s, h, got, want)
				}
				if got := r.mentionAfter(ms, s); got != want {
					t.Fatalf("n %d: mentionAfter(%d) from %d = %d, want %d", n, s, h, got, want)
				}
			}
		}
	}
}

// TestSortOrder checks sortOrder, which merges the unsorted tail of the
// mentions into their sorted prefix, against a stable sort by start.
func TestSortOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := range 3000 {
		n := rng.IntN(40)
		p := 0
		if n > 0 {
			p = rng.IntN(n + 1)
		}
		ms := make([]mention, n)
		start := int32(0)
		for i := range ms {
			if i < p {
				start += int32(rng.IntN(3)) // ties too
				ms[i].start = start
			} else {
				ms[i].start = int32(rng.IntN(int(start) + 3))
			}
		}
		want := make([]int, n)
		for i := range want {
			want[i] = i
		}
		slices.SortStableFunc(want, func(a, b int) int { return cmp.Compare(ms[a].start, ms[b].start) })
		r := &resolver{f: &finder{ms: ms}}
		r.sortOrder()
		if !slices.Equal(r.order, want) {
			t.Fatalf("trial %d: order %v, want %v", trial, r.order, want)
		}
	}
}
