package attribution

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/cases"
)

// TestCaseFold compares resolver.caseFold with Caser.String, the
// reference, on the words of the fixtures above ASCII, on words whose
// folding grows or shrinks them ("ß", "ﬁ", "İ", "Σ"), on words longer
// than Caser.String's 128-byte chunks, on invalid UTF-8 and on random
// strings of such pieces; one resolver folds them all, in turn, as a
// text's words are.
func TestCaseFold(t *testing.T) {
	r := newResolver(new(finder), "", &Document{}, 0)
	ref := cases.Fold()
	check := func(s string) {
		t.Helper()
		if got, want := r.caseFold(s), ref.String(s); got != want {
			t.Fatalf("caseFold(%q) = %q, want %q", s, got, want)
		}
	}
	words := []string{"", "a", "Émile", "émile", "ÉMILE", "Straße", "STRASSE", "ﬁnance", "İstanbul",
		"ΣΊΣΥΦΟΣ", "Ñúñez", "Łukasz", "Ǆemal", "ǅemal", "ǆemal", "Σ", "ς", "\u1e9e", "K\u0301",
		"\xff\xfe", "Ab\xc3", "\xc3\x89", "ΌΣΟΣ.", "O’Brien", "Ａｂｃ", "ŉ", "ǰ", "ﬀﬃ"}
	for _, w := range words {
		check(w)
		check(strings.Repeat(w, 60))
	}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(b)) {
			if !isASCII(w) {
				check(w)
			}
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := append(words, " ", "x", "Y", "\u0307", "\u0345", "I", "i")
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}

// TestCaseFoldAllocs checks that caseFold allocates nothing for a word
// that folding leaves as it is, and at most the arena's chunk for one it
// changes.
func TestCaseFoldAllocs(t *testing.T) {
	r := newResolver(new(finder), "", &Document{}, 0)
	r.caseFold("Émile") // the buffers and the arena
	if n := testing.AllocsPerRun(100, func() { r.caseFold("émile") }); n != 0 {
		t.Errorf("caseFold of a folded word: %v allocations, want 0", n)
	}
	if s := r.caseFold("Émile"); s != "émile" || !utf8.ValidString(s) {
		t.Errorf("caseFold(Émile) = %q", s)
	}
}
