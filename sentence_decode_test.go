package attribution

import (
	"strings"
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

// TestSpaceRuneAt checks spaceRuneAt, which matches bytes, against the
// decoded rune and isSpaceRune, for every lead byte above ASCII and every
// two bytes after it, cut after each byte.
func TestSpaceRuneAt(t *testing.T) {
	want := func(s string) int {
		if r, size := utf8.DecodeRuneInString(s); isSpaceRune(r) {
			return size
		}
		return 0
	}
	checkRuneAt(t, "spaceRuneAt", spaceRuneAt, want)
}

// TestCloserRuneAt checks closerRuneAt and openerRuneAt against the
// decoded rune and the lists of marks, as TestSpaceRuneAt.
func TestCloserRuneAt(t *testing.T) {
	in := func(marks string) func(string) int {
		return func(s string) int {
			if r, size := utf8.DecodeRuneInString(s); r != utf8.RuneError && strings.ContainsRune(marks, r) {
				return size
			}
			return 0
		}
	}
	checkRuneAt(t, "closerRuneAt", closerRuneAt, in("”’»›」』＂）〉》“"))
	checkRuneAt(t, "openerRuneAt", openerRuneAt, in("“‘«‹„‚「『＂（¿¡〈《"))
}

// checkRuneAt compares f with want on every three bytes from a lead byte
// above ASCII (and their first one and two), at the start of the text and
// after an ASCII byte.
func checkRuneAt(t *testing.T, name string, f func(string, int) int, want func(string) int) {
	t.Helper()
	for lead := 0x80; lead < 0x100; lead++ {
		for b1 := range 256 {
			for b2 := range 256 {
				s := string([]byte{'a', byte(lead), byte(b1), byte(b2)})
				for n := 2; n <= 4; n++ {
					if got, w := f(s[:n], 1), want(s[1:n]); got != w {
						t.Fatalf("%s(%q, 1) = %d, want %d", name, s[:n], got, w)
					}
				}
			}
		}
	}
}

// TestMarkerAtBullets checks what markerAt assumes of the bullets: each
// is encoded in three bytes from 0xE2, and no other rune is a bullet.
func TestMarkerAtBullets(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if isBullet(r) {
			if b := string(r); len(b) != 3 || b[0] != 0xE2 {
				t.Errorf("bullet %q is % x, not three bytes from 0xE2", r, b)
			}
		}
	}
}

// TestSpaceLast checks trimRight's table spaceLast: the last byte of
// every rune above ASCII that trimRight removes is in it.
func TestSpaceLast(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= utf8.MaxRune; r++ {
		if isSpaceRune(r) || r == 0x85 || r == 0x2028 || r == 0x2029 {
			if b := string(r); !spaceLast[b[len(b)-1]] {
				t.Errorf("%U ends in %#x, not in spaceLast", r, b[len(b)-1])
			}
		}
	}
}
