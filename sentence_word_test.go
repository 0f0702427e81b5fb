package attribution

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// abbrevWordStartRef is abbrevWordStart a byte at a time: the reference.
func abbrevWordStartRef(text string, lo, i int) (int, bool) {
	ws := i
	for ws > lo && abbrevByte[text[ws-1]] {
		ws--
	}
	return ws, strings.IndexByte(text[ws:i], '.') >= 0
}

// TestAbbrevWordStart compares abbrevWordStart with the reference at every
// end and bound in random texts of word bytes, periods, spaces and bytes
// above ASCII, and checks the flag for a period: it may be set without one
// (a word that reaches into the first eight bytes), never missing when there is one.
func TestAbbrevWordStart(t *testing.T) {
	alphabet := []byte("aZ09..  '\x80\xc3\xe2/@-\x00\x7f`{")
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 3000; n++ {
		b := make([]byte, 1+r.IntN(30))
		for k := range b {
			b[k] = alphabet[r.IntN(len(alphabet))]
			if r.IntN(3) > 0 {
				b[k] = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789"[r.IntN(42)]
			}
		}
		text := string(b)
		for i := 0; i <= len(text); i++ {
			for lo := 0; lo <= i; lo++ {
				ws, dotted := abbrevWordStart(text, lo, i)
				wws, wdot := abbrevWordStartRef(text, lo, i)
				if ws != wws || (wdot && !dotted) || (dotted && !wdot && ws >= 8) {
					t.Fatalf("abbrevWordStart(%q, %d, %d) = %d, %v; want %d, %v", text, lo, i, ws, dotted, wws, wdot)
				}
			}
		}
	}
	// Every byte value, alone and in a word.
	for c := 0; c < 256; c++ {
		text := "abcdefgh" + string(rune(0)) + "ab" + string([]byte{byte(c)}) + "cd.e"
		for i := 0; i <= len(text); i++ {
			ws, _ := abbrevWordStart(text, 0, i)
			if wws, _ := abbrevWordStartRef(text, 0, i); ws != wws {
				t.Fatalf("byte %#x: abbrevWordStart(%q, 0, %d) = %d, want %d", c, text, i, ws, wws)
			}
		}
	}
}
