package attribution

// strMap is the resolver's map from the keys of one text (folded name
// words, full names, acronyms, role and organisation words, phrases) to
// values: an open-addressing hash table with linear probing over the
// keys' seeded hashes (hashWord), like spanSet. On the short keys of
// names it costs about half what a map[string]V does; a look-up from a
// byte buffer (findBytes) makes no string; and an entry found once is
// updated through its index (at) without a second look-up. The resolver
// empties it for each text (reset), keeping its arrays. Nothing ranges
// over it: what it answers does not depend on the order of its slots.
type strMap[V any] struct {
	// slots holds 1 + the index of an entry, 0 when empty; its length is
	// a power of two, at least twice the number of entries.
	slots []int32
	ents  []strEntry[V]
	hint  int // the keys to make room for at the first add
	// key keys the hashes: made with the first slots, kept with them,
	// so that no text can plan keys that collide (see hashWord).
	key wordKey
}

// strEntry is one key of a strMap, its hash and its value.
type strEntry[V any] struct {
	key  string
	hash uint32
	val  V
}

// find returns the index of k's entry, or -1.
func (t *strMap[V]) find(k string) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	return probe(t, hashWord(&t.key, k), k)
}

// findBytes returns the index of the entry of string(b), or -1.
func (t *strMap[V]) findBytes(b []byte) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	return probe(t, hashBytes(&t.key, b), b)
}

// probe returns the index of the entry of key k, whose hash is h, or -1.
// t has slots.
func probe[V any, K string | []byte](t *strMap[V], h uint32, k K) int32 {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if e := &t.ents[s-1]; e.hash == h && e.key == string(k) {
			return s - 1
		}
	}
}

// get returns the value of k, the zero value when k has none.
func (t *strMap[V]) get(k string) V {
	if i := t.find(k); i >= 0 {
		return t.ents[i].val
	}
	var zero V
	return zero
}

// lookup returns the value of k and whether k has one.
func (t *strMap[V]) lookup(k string) (V, bool) {
	if i := t.find(k); i >= 0 {
		return t.ents[i].val, true
	}
	var zero V
	return zero, false
}

// at returns the value of entry i, valid until the next add.
func (t *strMap[V]) at(i int32) *V { return &t.ents[i].val }

// set gives k the value v.
func (t *strMap[V]) set(k string, v V) {
	if i := t.find(k); i >= 0 {
		t.ents[i].val = v
		return
	}
	t.add(k, v)
}

// add inserts k, which has no entry, with value v.
func (t *strMap[V]) add(k string, v V) {
	if 2*(len(t.ents)+1) > len(t.slots) {
		t.grow()
	}
	h := hashWord(&t.key, k)
	t.ents = append(t.ents, strEntry[V]{key: k, hash: h, val: v})
	t.place(h, int32(len(t.ents)))
}

// place puts slot value s in the first free slot from hash h on.
func (t *strMap[V]) place(h uint32, s int32) {
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

// grow doubles the slots (at first room for the hint, for 8 keys at
// least, and a new key) and places the entries again.
func (t *strMap[V]) grow() {
	n := max(16, 2*len(t.slots))
	if t.slots == nil {
		for n < 2*t.hint {
			n *= 2
		}
		if t.ents == nil {
			t.ents = make([]strEntry[V], 0, n/2)
		}
		t.key = newWordKey()
	}
	t.slots = make([]int32, n)
	for i := range t.ents {
		t.place(t.ents[i].hash, int32(i+1))
	}
}

// sized returns an empty strMap that makes room for n keys when the
// first comes (a table of a text may stay empty).
func sized[V any](n int) strMap[V] { return strMap[V]{hint: n} }

// reset empties t for another text, keeping its arrays unless they were
// grown for more than maxKeys keys. Slots made for a much larger text
// than the last one (a key in more than 128 slots) are emptied one key
// at a time, each found again from its hash, so that keeping them costs
// a small text as little as new ones; fuller slots are cleared whole,
// which costs less than a look-up each from about a key in 128 slots.
func (t *strMap[V]) reset() {
	if len(t.slots) > 2*maxKeys {
		*t = strMap[V]{}
		return
	}
	if 128*len(t.ents) < len(t.slots) {
		// A slot is found by the exact value it holds: the slots emptied
		// before it on its way do not stop the search.
		mask := uint32(len(t.slots) - 1)
		for i := range t.ents {
			j, s := t.ents[i].hash&mask, int32(i+1)
			for t.slots[j] != s {
				j = (j + 1) & mask
			}
			t.slots[j] = 0
		}
	} else {
		clear(t.slots)
	}
	clear(t.ents) // no reference to the last text's keys
	t.ents = t.ents[:0]
}

// maxKeys is the most keys whose tables a strMap keeps for the next text.
const maxKeys = 4096
