package attribution

import (
	"testing"
	"unicode/utf8"
)

// TestDecode3 checks decode3 against utf8.DecodeRuneInString for every
// sequence of three bytes that starts with 0xE2, 0xE3 or 0xEF, and for
// the same sequences cut short by the end of the text.
func TestDecode3(t *testing.T) {
	for _, lead := range []byte{0xE2, 0xE3, 0xEF} {
		for b1 := range 256 {
			for b2 := range 256 {
				s := string([]byte{lead, byte(b1), byte(b2)})
				for n := 1; n <= 3; n++ {
					r, ok := decode3(s[:n], 0)
					want, size := utf8.DecodeRuneInString(s[:n])
					if ok != (size == 3) || ok && r != want {
						t.Fatalf("decode3(%q) = %U, %v; DecodeRuneInString %U, size %d", s[:n], r, ok, want, size)
					}
				}
			}
		}
	}
}
