package attribution

import (
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// swarWords returns eight-byte words to check the helpers of swar.go on:
// each byte value at each position among each filler byte, and random
// words.
func swarWords() []uint64 {
	var ws []uint64
	for _, fill := range []byte{0, 1, ' ', 'a', 'Z', '\n', '\r', '"', '\'', 0x80, 0xE2, 0xFF} {
		for c := range 256 {
			for pos := range 8 {
				x := uint64(fill) * 0x0101010101010101
				x = x&^(0xFF<<(8*pos)) | uint64(c)<<(8*pos)
				ws = append(ws, x)
			}
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		ws = append(ws, r.Uint64())
	}
	return ws
}

// TestSWAR checks each helper of swar.go against the byte at a time
// definition.
func TestSWAR(t *testing.T) {
	for _, x := range swarWords() {
		var lower, word, upper, letter uint64
		for pos := range 8 {
			c := byte(x >> (8 * pos))
			lower |= uint64(lowerASCII[c]) << (8 * pos)
			var k uint8
			if c < 0x80 {
				k = tokClass[c]
			}
			bit := uint64(0x80) << (8 * pos)
			if k&cWord != 0 {
				word |= bit
			}
			if k&cUpper != 0 {
				upper |= bit
			}
			if k&cLetter != 0 {
				letter |= bit
			}
		}
		if got := lower8(x); got != lower {
			t.Fatalf("lower8(%#x) = %#x, want %#x", x, got, lower)
		}
		if w, u, l := asciiWordBytes(x); w != word || u != upper || l != letter {
			t.Fatalf("asciiWordBytes(%#x) = %#x, %#x, %#x, want %#x, %#x, %#x", x, w, u, l, word, upper, letter)
		}
		if w := wordMask8(x); w != word {
			t.Fatalf("wordMask8(%#x) = %#x, want %#x", x, w, word)
		}
		mark, brk, end := false, false, false
		first := 8     // the first byte that may end a sentence
		firstMark := 8 // the first byte that may belong to a mark (or '#', '&')
		for pos := range 8 {
			c := byte(x >> (8 * pos))
			if c >= 0x80 || c == '"' || c == '\'' || c == '#' || c == '&' {
				mark = true
				firstMark = min(firstMark, pos)
			}
			brk = brk || c >= 0x80 || c == '\n' || c == '\r'
			if c >= 0x80 || scanTable[c] != bNone {
				end = true
				first = min(first, pos)
			}
		}
		if m := endMask8(x); (m != 0) != end || end && bits.TrailingZeros64(m)>>3 != first {
			t.Fatalf("endMask8(%#x) = %#x, want the first byte at %d", x, m, first)
		}
		if m := markMask8(x); (m != 0) != mark || mark && bits.TrailingZeros64(m)>>3 != firstMark {
			t.Fatalf("markMask8(%#x) = %#x, want the first byte at %d", x, m, firstMark)
		}
		if got := maybeBreak8(x); got != brk {
			t.Fatalf("maybeBreak8(%#x) = %v, want %v", x, got, brk)
		}
	}
	s := "abcdefghij"
	if got, want := load64(s), uint64(0x6867666564636261); got != want {
		t.Errorf("load64(%q) = %#x, want %#x", s, got, want)
	}
	if got, want := load32(s[6:]), uint32(0x6a696867); got != want {
		t.Errorf("load32(%q) = %#x, want %#x", s[6:], got, want)
	}
}

// TestStopMask8 checks stopMask8 against the byte at a time definition:
// its lowest bit is the first byte that scanTable does not pass, or the
// first lead byte of a multi-byte rune.
func TestStopMask8(t *testing.T) {
	for _, x := range swarWords() {
		first := 8
		for pos := range 8 {
			c := byte(x >> (8 * pos))
			if c >= 0xC0 || scanTable[c] != bNone {
				first = pos
				break
			}
		}
		m := stopMask8(x)
		if first == 8 {
			// No stop is required; a false one is allowed only on a
			// byte the scanner's table passes.
			if m != 0 {
				if c := byte(x >> (bits.TrailingZeros64(m) &^ 7)); scanTable[c] != bNone || c >= 0xC0 {
					t.Fatalf("stopMask8(%#x) = %#x", x, m)
				}
			}
			continue
		}
		if m == 0 || bits.TrailingZeros64(m)>>3 > first {
			t.Fatalf("stopMask8(%#x) = %#x, want a stop at byte %d or before", x, m, first)
		}
	}
}

// TestOtherBreaks checks otherBreaks against strings.Contains.
func TestOtherBreaks(t *testing.T) {
	for _, s := range []string{
		"", "a", "\n", "\r", "a\rb", "\u0085", "x\u0085", "\u2028", "a\u2029b", "\u2027\u202a",
		"\xa8", "\x80\xa8", "\xe2\xa8", "\xe2\x80", "“quote”\u00a0—", "…\xa9", "\xc2",
	} {
		want := strings.ContainsAny(s, "\r\u0085\u2028\u2029")
		if got := otherBreaks(s); got != want {
			t.Errorf("otherBreaks(%q) = %v, want %v", s, got, want)
		}
	}
}

// sentencesSlow is Sentences without the fast path of sentencesOf: every
// paragraph is scanned with stopMask8, as if it held line ends.
func sentencesSlow(text string) []Span {
	seg := defaultParser.seg
	paras := seg.paragraphs(text, nil)
	dl, hasDL := seg.dateline(text, paras)
	return seg.sentencesOf(text, paras, dl, hasDL, linesAny, nil)
}

// FuzzSentencesPlain checks that the scanner's fast path (plainMask8 up to
// the next '!' or line end) finds the sentences that
// the full test of every byte finds.
func FuzzSentencesPlain(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, n := range names {
		if b, err := os.ReadFile(n); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"Wow! He left. She stayed!\n\nYes! No.", "A.B! C\n\nD!", "Hi!\n\n\n!x. Y", "Mr. Smith left!",
		"“Why?” Trump asked. “Go!” — he said.\n\nNew paragraph … Next.", "a!b!c!d!e!f!g!h!i!j!k!l. M",
		"BAKU, Azerbaijan, April 22. Text! More.", "x\u2028y! z.", "\r\nA! B.\r\n\r\nC. D!",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Sentences(text), sentencesSlow(text); !slices.Equal(got, want) {
			t.Fatalf("Sentences(%q) = %v, without the fast path %v", text, got, want)
		}
	})
}

// TestAbbrevLookup checks the abbreviation table's look-up against its
// entries: each is found with its class wherever it stands in a text, and
// its prefixes and extensions are not found unless listed.
func TestAbbrevLookup(t *testing.T) {
	for _, tab := range []*abbrevTable{builtinAbbrevs, buildAbbrevs([]string{"Lieutenant.", "Bldg", "x"})} {
		classes := map[string]abbrevClass{}
		for _, e := range tab.entries {
			classes[e.word] = e.class
		}
		for _, e := range tab.entries {
			for _, pre := range []string{"", "a ", "some text: "} {
				for _, w := range []string{e.word, e.word[1:], e.word[:len(e.word)-1], e.word + "s", "X" + e.word} {
					text := pre + w + ". Next"
					if got := tab.lookup(text, len(pre), len(pre)+len(w)); got != classes[w] {
						t.Errorf("lookup %q in %q = %d, want %d", w, text, got, classes[w])
					}
				}
			}
		}
	}
}

// TestPlainMask8 checks that plainMask8 flags exactly the lead bytes
// (0xC0 and up, but 0xEE) before the first '.', and the first '.', as
// plainStop assumes.
func TestPlainMask8(t *testing.T) {
	for _, x := range swarWords() {
		var want uint64
		first := 8
		for pos := range 8 {
			c := byte(x >> (8 * pos))
			if c == '.' {
				want |= 0x80 << (8 * pos)
				first = pos
				break
			}
			if c >= 0xC0 && c != 0xEE {
				want |= 0x80 << (8 * pos)
			}
		}
		below := uint64(1)<<(8*first+8) - 1 // the bytes up to the first '.'
		if first == 8 {
			below = ^uint64(0)
		}
		if got := plainMask8(x) & below; got != want {
			t.Fatalf("plainMask8(%#x) = %#x, want %#x below byte %d", x, got, want, first+1)
		}
	}
}

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

// TestNonWord8First checks what the callers of nonWord8 rely on, its
// lowest bit (the first byte that is not an ASCII letter or digit) and
// whether it is 0, on words of bytes drawn mostly from the letters and
// digits and the bytes at the bounds of their ranges, where a carry from
// a byte above ASCII would show.
func TestNonWord8First(t *testing.T) {
	bytes := []byte("09AZaz/:@[`{ \x00\x7f\x80\x9f\xa0\xbf\xc0\xdf\xe2\xff" + "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 1 << 20 {
		var x uint64
		for pos := range 8 {
			x |= uint64(bytes[rng.IntN(len(bytes))]) << (8 * pos)
		}
		first := 8
		for pos := 7; pos >= 0; pos-- {
			if c := byte(x >> (8 * pos)); !isWordASCII(c) {
				first = pos
			}
		}
		m := nonWord8(x)
		if (m != 0) != (first < 8) || first < 8 && bits.TrailingZeros64(m) != 8*first+7 {
			t.Fatalf("nonWord8(%#x) = %#x, want the first byte at %d", x, m, first)
		}
	}
}

// TestNonWordBytes8 checks nonWordBytes8 on every byte, not the first
// alone: it is the complement of wordMask8 within the high bits, and
// pack8 of it has bit k set for byte k.
func TestNonWordBytes8(t *testing.T) {
	for _, x := range swarWords() {
		want := ^wordMask8(x) & 0x8080808080808080
		if got := nonWordBytes8(x); got != want {
			t.Fatalf("nonWordBytes8(%#x) = %#x, want %#x", x, got, want)
		}
		var packed uint64
		for pos := range 8 {
			packed |= want >> (8*pos + 7) & 1 << pos
		}
		if got := pack8(want); got != packed {
			t.Fatalf("pack8(%#x) = %#x, want %#x", want, got, packed)
		}
	}
}

// TestJSONStops8 checks that the lowest bit jsonStops8 sets is the first
// byte appendJSONString cannot copy as it is, on every byte value in
// every position.
func TestJSONStops8(t *testing.T) {
	for _, x := range swarWords() {
		first := 8
		for pos := range 8 {
			c := byte(x >> (8 * pos))
			if c < 0x20 || c >= 0x80 || strings.IndexByte(`"\<>&`, c) >= 0 {
				first = pos
				break
			}
		}
		m := jsonStops8(x)
		if (m != 0) != (first < 8) || first < 8 && bits.TrailingZeros64(m)>>3 != first {
			t.Fatalf("jsonStops8(%#x) = %#x, want the first byte at %d", x, m, first)
		}
	}
}
