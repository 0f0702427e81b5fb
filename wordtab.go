package attribution

// wordTab is a read-only set of lower-case words, each with an int32
// value: the look-up of the word tables (cueTable.word, wordIndex), which
// every word of a text goes through. It is an open-addressed table with
// linear probing over a hash of the word with its ASCII letters lowered, so
// that a word is looked up as written, without lowering it into a buffer
// first, and without the general map's overhead. Built once by its owner,
// then only read: safe for concurrent use.
type wordTab struct {
	slots []wordSlot // a power of two, at most half full
	keys  string     // the keys, end to end
}

// wordSlot is one key of a wordTab: keys[off:off+n], and its value. n == 0
// marks an empty slot (the empty word is never stored).
type wordSlot struct {
	off  uint32
	n    uint32
	hash uint32
	val  int32
}

// newWordTab returns the table of the keys of m, which must be lower case
// (no ASCII capital) and not empty, with their values.
func newWordTab(m map[string]int32) *wordTab {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTab{slots: make([]wordSlot, size)}
	n := 0
	for k := range m {
		n += len(k)
	}
	keys := make([]byte, 0, n)
	for k, v := range m {
		if k == "" {
			continue
		}
		h := hashLower(k)
		i := h & uint32(size-1)
		for t.slots[i].n != 0 {
			i = (i + 1) & uint32(size-1)
		}
		t.slots[i] = wordSlot{off: uint32(len(keys)), n: uint32(len(k)), hash: h, val: v}
		keys = append(keys, k...)
	}
	t.keys = string(keys)
	return t
}

// hashLower hashes w with its ASCII letters lowered (FNV-1a): w and its
// lower-case form hash the same.
func hashLower(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(lowerASCII[w[i]])
		h *= 16777619
	}
	return h
}

// get returns the value of w compared without ASCII case (w's ASCII
// letters lowered, its other bytes as they are), or 0 when w is not a key.
func (t *wordTab) get(w string) int32 {
	if len(w) == 0 {
		return 0
	}
	h := hashLower(w)
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0
		}
		if s.hash == h && int(s.n) == len(w) && equalLower(w, t.keys[s.off:s.off+s.n]) {
			return s.val
		}
	}
}

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
