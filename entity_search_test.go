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
// mentions into their sorted prefix, against a stable sort by start, and
// the sentMax it fills against the sentences and speakers of the
// mentions in that order: twice the last sentence reached (reach, which
// is sent for mentions without quotations), plus 1 when a speaker
// reaches it.
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
			ms[i].sent = int32(rng.IntN(10))
			ms[i].speaker = rng.IntN(4) == 0
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
		for k := range r.order {
			last, spk := int32(0), false
			for _, mi := range r.order[:k+1] {
				last = max(last, ms[mi].reach)
			}
			for _, mi := range r.order[:k+1] {
				spk = spk || ms[mi].speaker && ms[mi].reach == last
			}
			if want := last<<1 | int32(flagIf(spk)); r.sentMax[k] != want {
				t.Fatalf("trial %d: sentMax[%d] = %d, want %d (order %v)", trial, k, r.sentMax[k], want, r.order)
			}
		}
	}
}

// TestNeedsClean checks needsClean, which reads eight bytes at a time
// and the last bytes in one load of eight that reads some again, against
// a byte loop, on strings of the bytes that matter.
func TestNeedsClean(t *testing.T) {
	ref := func(s string) bool {
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '\n', '\r', '\t', '"', '\'', 0xC2, 0xE2, 0xE3, 0xEF:
				return true
			case ' ':
				if i+1 < len(s) && s[i+1] == ' ' {
					return true
				}
			}
		}
		return false
	}
	alphabet := "  ab\n\r\t\"'\x01\x1f\x7f\x80\xC2\xE2\xE3\xEF\xA0!#&(AZ"
	rng := rand.New(rand.NewPCG(9, 10))
	for range 200000 {
		b := make([]byte, rng.IntN(30))
		for i := range b {
			if rng.IntN(3) == 0 {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[i] = "abcdefgh xyz"[rng.IntN(12)]
			}
		}
		if s := string(b); needsClean(s) != ref(s) {
			t.Fatalf("needsClean(%q) = %v", s, needsClean(s))
		}
	}
	for c := range 256 {
		for _, s := range []string{string(rune(0)) + "abcdefgh", "abcdefg" + string([]byte{byte(c)}) + "ijklmnop", "abcdefg " + string([]byte{byte(c)})} {
			if needsClean(s) != ref(s) {
				t.Fatalf("needsClean(%q) = %v", s, needsClean(s))
			}
		}
	}
}

// TestTokenNear checks tokenNear, which walks to the word from a mention
// near it, against sort.Search: for words of random lengths and gaps,
// mentions on random words, every offset searched and every hint.
func TestTokenNear(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := range 400 {
		n := rng.IntN(30)
		toks := make([]token, n)
		pos := int32(0)
		for i := range toks {
			pos += int32(rng.IntN(3)) // gaps, none too
			toks[i].start = pos
			pos += 1 + int32(rng.IntN(4))
			toks[i].end = pos
		}
		// Mentions in order of their ends, on words picked at random:
		// some spans far from any mention, whose walk gives up.
		var ms []mention
		for i := 0; i < n; i += 1 + rng.IntN(12) {
			j := min(n, i+1+rng.IntN(3))
			ms = append(ms, mention{start: toks[i].start, end: toks[j-1].end, tokLo: int32(i), tokHi: int32(j)})
		}
		r := &resolver{f: &finder{toks: toks, ms: ms}, endsSorted: true, scanned: len(ms)}
		for s := -1; s <= int(pos)+2; s++ {
			want := sort.Search(n, func(i int) bool { return int(toks[i].end) > s })
			for h := -1; h <= n+1; h += 1 + rng.IntN(4) {
				r.tokHint, r.msHint = h, rng.IntN(len(ms)+1)
				if got := r.tokenNear(s); got != want {
					t.Fatalf("trial %d: tokenNear(%d) = %d, want %d", trial, s, got, want)
				}
				if r.tokHint != want {
					t.Fatalf("trial %d: tokenNear(%d) left the hint at %d, want %d", trial, s, r.tokHint, want)
				}
			}
		}
	}
}

// TestGroupQuotes checks groupQuotes against the quotes of each mention
// listed one by one.
func TestGroupQuotes(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	r := &resolver{}
	for trial := range 500 {
		n := rng.IntN(20)
		r.spk = make([]int, rng.IntN(30))
		for qi := range r.spk {
			r.spk[qi] = rng.IntN(n+1) - 1 // -1: no speaker
		}
		r.groupQuotes(n)
		for mi := -1; mi <= n; mi++ {
			var want []int
			for qi, x := range r.spk {
				if x == mi && mi >= 0 && mi < n {
					want = append(want, qi)
				}
			}
			if got := r.spkQuotes(mi); !slices.Equal(got, want) && len(got)+len(want) > 0 {
				t.Fatalf("trial %d: spkQuotes(%d) = %v, want %v", trial, mi, got, want)
			}
		}
	}
}
