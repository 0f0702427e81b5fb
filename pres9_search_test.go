package attribution

import (
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
