package attribution

import "testing"

// TestNonWord8 checks nonWord8 against wordMask8 on every byte value in
// every position.
func TestNonWord8(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			x := 0x4141414141414141&^(0xFF<<(8*pos)) | uint64(c)<<(8*pos)
			if got, want := nonWord8(x), ^wordMask8(x)&0x8080808080808080; got != want {
				t.Fatalf("nonWord8(%#x) = %#x, want %#x", x, got, want)
			}
		}
	}
}
