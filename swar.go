package attribution

// Eight bytes at a time: the scans of the text (paragraphs, quotation
// marks, words, lowering) read a word of eight bytes with load64 and test
// or change all its bytes at once with the helpers below, which work on
// the high bit of each byte ("SWAR"). Adding ones*(0x80-lo) to the low
// seven bits of each byte sets its high bit where the byte is at least lo,
// with no carry into the next byte; (v-ones)&^v&high is not zero when a
// byte of v is zero. swar_test.go checks each helper on every byte value.

// load64 returns the first eight bytes of s, which has at least eight, as
// a little-endian number: the compiler makes it one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load64At returns load64(s[i:]), for i+8 ≤ len(s): when the caller has
// tested that against len(s), the compiler drops the bounds checks.
func load64At(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 returns the first four bytes of s, which has at least four, as a
// little-endian number.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// lower8 lowers the ASCII capitals among the eight bytes of x, leaving
// every other byte as it is.
func lower8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	b := x &^ high              // each byte's low seven bits: no carry between bytes
	ge := b + ones*(0x80-'A')   // high bit set where b >= 'A'
	gt := b + ones*(0x80-'Z'-1) // high bit set where b > 'Z'
	caps := ge &^ gt &^ x & high
	return x | caps>>2 // 0x80>>2 is the case bit, 0x20
}

// asciiWordBytes classifies the eight bytes of x: it returns, with the
// high bit of each byte, those that are ASCII letters or digits (word),
// capitals (upper) and letters (letter); every other bit is zero.
func asciiWordBytes(x uint64) (word, upper, letter uint64) {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	b := x &^ high // each byte's low seven bits: no carry between bytes
	// b+ones*(0x80-lo) has its high bit set where b >= lo.
	upper = (b + ones*(0x80-'A')) &^ (b + ones*(0x80-'Z'-1))
	lower := (b + ones*(0x80-'a')) &^ (b + ones*(0x80-'z'-1))
	digit := (b + ones*(0x80-'0')) &^ (b + ones*(0x80-'9'-1))
	ascii := ^x & high
	upper &= ascii
	letter = upper | lower&ascii
	return letter | digit&ascii, upper, letter
}

// markMask8 returns the high bits of the bytes of x that may belong to a
// quotation mark: a straight mark, a byte above ASCII, and also '#' and
// '&', rare, which the caller steps past. As in endMask8, the lowest bit
// set is exact; bits above it may be set for other bytes. The double
// mark is 0x22 and the apostrophe 0x27: xored with 0x22 and with the bits
// 0x05 cleared, the bytes 0x22, 0x23, 0x26 and 0x27 alone become zero.
func markMask8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	v := (x ^ ones*'"') &^ (ones * 0x05)
	// (v-ones)&^v&high is not zero when a byte of v is zero.
	return (x | (v-ones)&^v) & high
}

// wordMask8 returns the first result of asciiWordBytes, the high bits of
// the bytes of x that are ASCII letters or digits, with fewer steps: a
// byte with the case bit set is a letter when it is in 'a'..'z'.
func wordMask8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	b := x &^ high     // each byte's low seven bits: no carry between bytes
	l := b | ones*0x20 // the capitals lowered (and '@', '[' to '`', '{')
	letter := (l + ones*(0x80-'a')) &^ (l + ones*(0x80-'z'-1))
	digit := (b + ones*(0x80-'0')) &^ (b + ones*(0x80-'9'-1))
	return (letter | digit) &^ x & high
}

// nonWord8 returns the high bits of the bytes of x that are not ASCII
// letters or digits, the complement of wordMask8 within the high bits, in
// fewer steps: as in markMask8, the lowest bit set is exact (and the
// result is 0 when all eight bytes are letters and digits); bits above
// it may be set or not for other bytes. The bytes are not masked to
// their low seven bits first: a byte above ASCII, which is no letter or
// digit, may carry into the bytes above it, no other. The four tests,
// each setting the high bit of the bytes at or past a bound, nest ('0',
// past '9', 'a' lowered, past 'z'), so that their xor is the bytes of the
// two ranges.
func nonWord8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	l := x | ones*0x20 // the capitals lowered (and '@', '[' to '`', '{')
	word := (x + ones*(0x80-'0')) ^ (x + ones*(0x80-'9'-1)) ^ (l + ones*(0x80-'a')) ^ (l + ones*(0x80-'z'-1))
	return (x | ^word) & high
}

// maybeBreak8 reports whether one of the eight bytes of x may belong to
// a line break (newlineAt): \n, \r or a byte above ASCII.
func maybeBreak8(x uint64) bool {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	nl, cr := x^(ones*'\n'), x^(ones*'\r')
	// (v-ones)&^v&high is not zero when a byte of v is zero.
	return (x|(nl-ones)&^nl|(cr-ones)&^cr)&high != 0
}

// endMask8 returns the high bits of the bytes of x that may matter to the
// sentence scanner outside lists (scanTable): a period, a question or
// exclamation mark, a line end, or a byte above ASCII. The scanner uses
// stopMask8, which stops at fewer bytes above ASCII; endMask8 stays as the
// plain definition of the set it narrows. The lowest bit set
// is exact (bits.TrailingZeros64(m)>>3 is the first such byte); bits above
// it may be set for bytes that do not matter.
func endMask8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	dot, q, ex := x^(ones*'.'), x^(ones*'?'), x^(ones*'!')
	nl, cr := x^(ones*'\n'), x^(ones*'\r')
	// (v-ones)&^v&high is not zero when a byte of v is zero.
	return (x | (dot-ones)&^dot | (q-ones)&^q | (ex-ones)&^ex | (nl-ones)&^nl | (cr-ones)&^cr) & high
}

// stopMask8 returns the high bits of the bytes of x at which the sentence
// scanner must stop outside lists (scanTable): like endMask8, but of the
// bytes above ASCII only the lead bytes of multi-byte runes (0xC0 and up),
// since a continuation byte never matters by itself; a curly quote then
// costs one stop instead of three. Fewer tests than endMask8 cover the
// ASCII stops: the bytes below 0x0E (\n, \r and rare control bytes), the
// bytes that x|0x11 turns into '?' ('.', '/', '>', '?'), and '!'. The bytes
// that do not matter after all are passed by the scanner's table. As in
// endMask8, the lowest bit set is exact; bits above it may be set for
// other bytes.
func stopMask8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	ctl := (x - ones*0x0E) &^ x // high bit set where a byte is below 0x0E
	dq := (x | ones*0x11) ^ ones*'?'
	ex := x ^ ones*'!'
	// (v-ones)&^v&high is not zero when a byte of v is zero.
	return (x&(x<<1) | ctl | (dq-ones)&^dq | (ex-ones)&^ex) & high
}

// plainMask8 is stopMask8 for text known to hold no '!', no '?' and no
// line end ('\n', '\r'): it tests '.' and the lead bytes from 0xC0 (but
// 0xEE, which starts private-use runes only) in one: with v = x^'.', the
// bytes of u = v-1 with both high bits set are those where v is 0 ('.')
// or 0xC1 and up (x from 0xC0), in a third of stopMask8's steps. Unlike
// the other masks, it is exact on every byte before the first '.', which
// is flagged: plainStop looks at the lead bytes before it in turn. A
// borrow from a '.' may change the bits above it.
func plainMask8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	u := x ^ ones*'.' - ones
	return u & (u << 1) & high
}

// pack8 gathers the high bits of the eight bytes of m, whose other bits
// are zero, into its low eight bits, the bit of byte k at bit k: the
// multiplier moves the bit of each byte to a bit of the top byte of its
// own, with no carry.
func pack8(m uint64) uint64 {
	return (m >> 7) * 0x0102040810204080 >> 56
}

// nonWordBytes8 is nonWord8 exact on every byte: the bytes are masked
// to their low seven bits first, so that no byte carries into the next,
// and those above ASCII are flagged from their high bit.
func nonWordBytes8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	b := x &^ high
	l := b | ones*0x20 // the capitals lowered (and '@', '[' to '`', '{')
	word := (b + ones*(0x80-'0')) ^ (b + ones*(0x80-'9'-1)) ^ (l + ones*(0x80-'a')) ^ (l + ones*(0x80-'z'-1))
	return (x | ^word) & high
}

// jsonStops8 returns the high bits of the bytes of x that appendJSONString
// cannot copy as they are: control bytes (under 0x20), '"', '\\', the
// HTML characters '<', '>' and '&' that encoding/json escapes, and bytes
// above ASCII, whose rune it must check. As in markMask8, the lowest bit
// set is exact; bits above it may be set for other bytes. Cleared of the
// bit 0x02, '<' (0x3C) and '>' (0x3E) alone xor with '<' to zero; cleared
// of the bit 0x04, '"' (0x22) and '&' (0x26) alone xor with '"' to zero.
func jsonStops8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	angle := (x ^ ones*'<') &^ (ones * 0x02)
	quote := (x ^ ones*'"') &^ (ones * 0x04)
	slash := x ^ ones*'\\'
	// (v-ones)&^v has the high bit of each zero byte of v; x-ones*0x20
	// that of each byte under 0x20 (and of some above ASCII, stops too).
	return (x | (x - ones*0x20) | (angle-ones)&^angle | (quote-ones)&^quote | (slash-ones)&^slash) & high
}
