package attribution

import (
	"cmp"
	"slices"
	"strings"
)

// wordTab is a read-only set of lower-case words, each with an int32
// value: the look-up of the word tables (cueTable.word, wordIndex), which
// every word of a text goes through. It is an open-addressed table with
// linear probing. A word is read as two 64-bit numbers, its first eight
// bytes and the next eight (each zero-padded past the word's end), with
// the ASCII capitals lowered eight at a time: they and the length hash the
// word and are kept in its slot, so that a word of up to sixteen bytes is
// found or refused with no loop over its bytes and without lowering it
// into a buffer first. Longer words compare the rest of their bytes too.
// Built once by its owner, then only read: safe for concurrent use.
//
// A slot holds what a word of up to sixteen bytes, nearly every word, is
// compared with: its two eight-byte parts and its length, so that the
// look-up compares the same three numbers whatever the length. The
// offset of each key in keys, which the rest of longer words needs, is
// in a parallel array.
type wordTab struct {
	// slots has a power of two slots, at most a third full, from index
	// 1 on: a word of hash h has its first slot at h&mask + 1 and probes
	// on to i&mask + 1 from i. Slot 0 is always empty and no probe
	// reaches it: entries reads it for a word that bits refuses.
	slots []wordSlot
	mask  uint32   // the power of two less one
	offs  []uint32 // for each slot, the offset of its key in keys
	keys  string   // the keys, end to end, for the rest of long words
	// bits has bit h>>17 set for the hash h of each key: most words of a
	// text are in no table, and this 4 KB filter refuses them without
	// reading the slots, a table too large to stay in the nearest cache.
	bits [1 << 15 / 64]uint64
}

// wordSlot is one key of a wordTab: its first and next eight bytes (see
// wordParts: the next are zero up to eight bytes), its length and its
// value. n == 0 marks an empty slot (the empty word is never stored).
type wordSlot struct {
	head, tail uint64
	n          uint32
	val        int32
	// Padding to 32 bytes: the slots, a large allocation, start on a
	// page, so that no slot straddles two cache lines (one in three of
	// 24 bytes would, two lines read for a word).
	_ uint64
}

// newWordTab returns the table of the keys of m, which must be lower case
// (no ASCII capital) and not empty, with their values.
func newWordTab(m map[string]int32) *wordTab {
	size := 16
	for size < 3*len(m) {
		size *= 2
	}
	t := &wordTab{slots: make([]wordSlot, size+1), mask: uint32(size - 1), offs: make([]uint32, size+1)}
	n := 0
	for k := range m {
		n += len(k)
	}
	keys := make([]byte, 0, n)
	// In a fixed order, so that the table, and the probes that find each
	// word, are the same whatever the map's order: the shorter words, the
	// commoner in text, first, where they find their first slot free.
	order := make([]string, 0, len(m))
	for k := range m {
		order = append(order, k)
	}
	slices.SortFunc(order, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
	})
	for _, k := range order {
		v := m[k]
		if k == "" {
			continue
		}
		head, tail := wordParts(k)
		h := wordHash(head, tail, len(k))
		t.bits[h>>17/64] |= 1 << (h >> 17 % 64)
		i := h&t.mask + 1
		for t.slots[i].n != 0 {
			i = i&t.mask + 1
		}
		t.slots[i] = wordSlot{head: head, tail: tail, n: uint32(len(k)), val: v}
		t.offs[i] = uint32(len(keys))
		keys = append(keys, k...)
	}
	t.keys = string(keys)
	return t
}

// each calls fn with each key of t and its value, in the order of the
// slots.
func (t *wordTab) each(fn func(key string, val int32)) {
	for i := range t.slots {
		if s := &t.slots[i]; s.n != 0 {
			off := t.offs[i]
			fn(t.keys[off:off+s.n], s.val)
		}
	}
}

// wordParts returns the first eight bytes of w and the next eight as
// little-endian numbers, ASCII capitals lowered, each zero-padded past
// the end of w: for a word of up to eight bytes, no tail.
func wordParts(w string) (head, tail uint64) {
	n := len(w)
	switch {
	case n >= 16:
		head, tail = load64(w), load64(w[8:])
	case n > 8:
		head = load64(w)
		for i := n - 1; i >= 8; i-- {
			tail = tail<<8 | uint64(w[i])
		}
	case n == 8:
		head = load64(w)
	default:
		for i := n - 1; i >= 0; i-- {
			head = head<<8 | uint64(w[i])
		}
	}
	return lower8(head), lower8(tail)
}

// wordHash mixes the parts and the length of a word. Its multipliers
// are 32-bit numbers sign-extended (-0x61C88647 is 0x9E3779B9, the golden
// ratio's, and -0x7A35C8AB another odd one): a multiplication by such a
// number takes it as an operand of the instruction, where a 64-bit one
// would need a register of its own in the look-up loop (wordTab.entries).
func wordHash(head, tail uint64, n int) uint32 {
	const k1, k2 = -0x61C88647, -0x7A35C8AB
	h := (head*uint64(k1+1<<64) ^ tail ^ uint64(n)) * uint64(k2+1<<64)
	return uint32(h >> 32)
}

// get returns the value of w compared without ASCII case (w's ASCII
// letters lowered, its other bytes as they are), or 0 when w is not a key.
func (t *wordTab) get(w string) int32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	head, tail := wordParts(w)
	return t.find(w, head, tail)
}

// getIn returns t.get(s[i:j]). A word under eight bytes that has eight
// bytes of s from its start is read with one load, the bytes past it
// masked, without wordParts' branches on its length: the tokens of a text
// are looked up this way, each a slice of the whole.
func (t *wordTab) getIn(s string, i, j int) int32 {
	n := j - i
	if n <= 0 {
		return 0
	}
	if n < 8 && i+8 <= len(s) {
		head := lower8(load64At(s, i) & (1<<(8*n) - 1))
		if v, done := t.first(head, n); done {
			return v
		}
		return t.find(s[i:j], head, 0)
	}
	return t.get(s[i:j])
}

// first is find's first step for a word of n < 8 bytes whose head is
// head (and whose tail is 0): its value, and done, when its first slot
// holds it or is empty, as for most words of a text; done is false when
// find must look on (its filter, then the next slots). Small enough to be
// inlined into getIn.
func (t *wordTab) first(head uint64, n int) (val int32, done bool) {
	s := &t.slots[wordHash(head, 0, n)&t.mask+1]
	if s.head == head && int(s.n) == n {
		return s.val, true
	}
	return 0, s.n == 0
}

// find returns the value of w, whose parts (wordParts) are head and tail,
// or 0 when w is not a key.
func (t *wordTab) find(w string, head, tail uint64) int32 {
	n := len(w)
	h := wordHash(head, tail, n)
	if t.bits[h>>17/64]&(1<<(h>>17%64)) == 0 {
		return 0
	}
	mask := t.mask
	for i := h&mask + 1; ; i = i&mask + 1 {
		s := &t.slots[i]
		if s.n == 0 {
			return 0
		}
		if s.head != head || s.tail != tail || int(s.n) != n {
			continue
		}
		if off := t.offs[i]; n <= 16 || equalLower(w[16:], t.keys[off+16:off+s.n]) {
			return s.val
		}
	}
}

// entries is the loop of tokenWords.cueEntries, from token k on: for
// each word token of toks of one to fifteen bytes that opens with an
// ASCII letter or digit and has sixteen bytes of text from its start, it
// sets the token's lead (see leadOf) and its word to the high 16 bits of
// the word's value, lex[k] to the low 16 bits; lex[k] is 0 for the
// tokens that are not words. It stops at any other word, which the
// caller looks up (tokenWords.entry) before it calls entries again past
// it, and returns its index (len(toks) at the end). It is find and its
// first step written out, with no call: the loop runs for nearly every
// token of a text, and a call in it would have the compiler spill its
// registers on every turn.
//
// A word of one to fifteen bytes is told from every key by its two parts
// alone, without its length: no word token holds a zero byte, nor does
// any key, so the bytes of each part that are not zero give the length,
// and a key of sixteen bytes or more fills both parts, which such a word
// cannot. A word of sixteen bytes, which could be the start of a longer
// key, is left to the caller.
//
// Whether a word is a key is as good as random from one word to the
// next, so the first probe has no branch on it: a word that bits refuses
// reads slot 0, always empty, which stays in the nearest cache, instead
// of a slot of its own, and the value is kept or dropped by a
// comparison of both parts at once. Only a word whose first
// slot holds another key goes on probing: a key that is not in its first
// slot, or a word that bits lets through by chance.
func (t *wordTab) entries(text string, toks []item, lex []int32, k int) int {
	const high = 0x8080808080808080
	lex = lex[:len(toks)]
	slots, mask := t.slots, t.mask
	for ; k < len(toks); k++ {
		tk := &toks[k]
		if tk.kind != tWord {
			lex[k] = 0
			continue
		}
		// The start as unsigned: the compiler then knows that i+16 does
		// not overflow, and the test below bounds both loads.
		i, n := int(uint32(tk.start)), int(tk.end-tk.start)
		if uint(n-1) >= 15 || i+16 > len(text) {
			return k
		}
		// The ASCII bytes of a word token (tokenizer.word) are letters,
		// digits and ' - . & / , (0x20 to 0x3F): setting their case bit
		// lowers them as lower8 would. Both parts are read from one
		// slice of sixteen bytes, which the test above bounds.
		b := text[i : i+16]
		x := load64(b)
		lead := leadOf[byte(x)]
		if lead == leadRune {
			return k
		}
		if articleName(uint32(x)) && n > 3 {
			// "al-Assad", "el-Sisi". The rare test first: a branch
			// on the lead, whose case comes at random, mispredicts.
			lead = leadUpper
		}
		tk.lead = lead
		// The next eight bytes, read whatever the length and masked
		// off past the word (tailBytes), with no branch on it.
		y := load64(b[8:])
		head, tail := (x|(^x&high)>>2)&headBytes[n&31], (y|(^y&high)>>2)&tailBytes[n&31]
		h := wordHash(head, tail, n)
		// The slot of the word, or slot 0, always empty, when bits
		// refuses it: -bit is all ones or none. (A test of the bit,
		// not a shift by a variable count, which needs register CX.)
		var bit uint32
		if t.bits[h>>17/64]&(1<<(h>>17%64)) != 0 {
			bit = 1
		}
		j := (h&mask + 1) & -bit
		s := &slots[j]
		v := s.val
		// ne is 1 when the slot does not hold the word, else 0; only a
		// word whose slot holds another key looks further. The parts
		// tell the length too (see above).
		diff := (s.head ^ head) | (s.tail ^ tail)
		ne := (diff | -diff) >> 63
		v &= int32(ne) - 1
		if ne&(-uint64(s.n)>>63) != 0 {
			for {
				j = j&mask + 1
				s = &slots[j]
				if s.n == 0 {
					break
				}
				if s.head == head && s.tail == tail && int(s.n) == n {
					v = s.val
					break
				}
			}
		}
		tk.word = uint16(v >> 16)
		lex[k] = v & (1<<16 - 1)
	}
	return k
}

// keyEntries is entries for the entity stage's words (finder.wordEntries):
// from token k on, it sets the word of each token of toks, words of text,
// to the value of its key text[start:keyEnd], as getIn gives it (the
// values of wordTable's table fit in 16 bits). It stops at a key of more
// than fifteen bytes, one that starts within sixteen of the end of text,
// or an empty one, which the caller looks up (getIn) before it calls
// keyEntries again past it, and returns its index (len(toks) at the end).
// Like entries, it makes no call, has no branch on whether a word is a
// key and compares the parts alone (the keys of a text's words hold no
// zero byte either). A key's ASCII bytes are letters, digits, hyphens,
// apostrophes and periods (finder.lexWords), all from 0x20 to 0x7F,
// which setting the case bit lowers as lower8 would; its other bytes are
// kept as they are.
func (t *wordTab) keyEntries(text string, toks []token, k int) int {
	const high = 0x8080808080808080
	slots, mask := t.slots, t.mask
	for ; k < len(toks); k++ {
		tk := &toks[k]
		i, n := int(uint32(tk.start)), int(tk.keyEnd-tk.start)
		if uint(n-1) >= 15 || i+16 > len(text) {
			return k
		}
		b := text[i : i+16]
		x, y := load64(b), load64(b[8:])
		head, tail := (x|(^x&high)>>2)&headBytes[n&31], (y|(^y&high)>>2)&tailBytes[n&31]
		h := wordHash(head, tail, n)
		var bit uint32
		if t.bits[h>>17/64]&(1<<(h>>17%64)) != 0 {
			bit = 1
		}
		j := (h&mask + 1) & -bit
		s := &slots[j]
		v := s.val
		diff := (s.head ^ head) | (s.tail ^ tail)
		ne := (diff | -diff) >> 63
		v &= int32(ne) - 1
		if ne&(-uint64(s.n)>>63) != 0 {
			for {
				j = j&mask + 1
				s = &slots[j]
				if s.n == 0 {
					break
				}
				if s.head == head && s.tail == tail && int(s.n) == n {
					v = s.val
					break
				}
			}
		}
		tk.word = uint16(v)
	}
	return k
}

// headBytes[n] keeps the bytes of the first eight of a word of n bytes:
// the n low bytes of a number under eight (1<<(8*n) - 1, without a shift
// by a variable count, which needs a register of its own, CX), all eight
// from eight on. Thirty-two entries, so that n&31 indexes it with no
// bounds check.
var headBytes = func() (m [32]uint64) {
	for n := range m {
		m[n] = 1<<(8*min(n, 8)) - 1
	}
	return m
}()

// tailBytes[n] keeps the bytes of the second eight of a word of n bytes,
// read whatever n from the word's ninth byte on: none up to eight, the
// n-8 low bytes of a number under sixteen, all eight from sixteen on.
var tailBytes = func() (m [32]uint64) {
	for n := 9; n < len(m); n++ {
		m[n] = 1<<(8*min(n-8, 8)) - 1
	}
	return m
}()

// equalLower reports whether w with its ASCII letters lowered is key;
// len(w) == len(key).
func equalLower(w, key string) bool {
	for i := 0; i < len(key); i++ {
		if lowerASCII[w[i]] != key[i] {
			return false
		}
	}
	return true
}
