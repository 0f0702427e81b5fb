package attribution

import (
	"strings"
	"testing"
)

// TestNextField checks nextField and countFields against strings.Fields,
// whose splitting they reproduce without allocating.
func TestNextField(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " a ", "The Fixers", "one  two\tthree\nfour",
		"a\u00a0b", "a\u0085b", "a\u2003b c", "\u3000lead", "trail\u2028",
		"bad\xffutf8 \xe2\x80", "\v\f\r", "“Golden Week,”", "x\u200bz",
	} {
		want := strings.Fields(s)
		var got []string
		for i := 0; ; {
			st, e := nextField(s, i)
			if st == e {
				break
			}
			got = append(got, s[st:e])
			i = e
		}
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("fields of %q: got %q, want %q", s, got, want)
		}
		for max := 0; max <= 5; max++ {
			if n := countFields(s, max); n != min(len(want), max) {
				t.Errorf("countFields(%q, %d) = %d, want %d", s, max, n, min(len(want), max))
			}
		}
	}
}
