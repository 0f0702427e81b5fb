package attribution

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
)

// TestStrMap checks strMap against a map[string]int on random keys, some
// of them repeated, through growth and resets, looked up as strings and
// as bytes.
func TestStrMap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var m strMap[int]
	for round, n := range []int{0, 5, 40, 3000, 7, 10000, 1} {
		if round%2 == 1 {
			m = sized[int](n / 2)
		} else {
			m.reset()
		}
		want := map[string]int{}
		for i := range n {
			k := fmt.Sprintf("w%d", rng.Intn(n+1))
			if i%3 == 0 {
				k += " Smith" // longer keys, with a space
			}
			if _, ok := want[k]; ok {
				m.set(k, i)
			} else if i%2 == 0 {
				m.add(k, i)
			} else {
				m.set(k, i)
			}
			want[k] = i
		}
		for k, v := range want {
			if got, ok := m.lookup(k); !ok || got != v {
				t.Fatalf("round %d: lookup(%q) = %d, %v; want %d", round, k, got, ok, v)
			}
			if i := m.findBytes([]byte(k)); i < 0 || *m.at(i) != v {
				t.Fatalf("round %d: findBytes(%q) = %d", round, k, i)
			}
		}
		for _, k := range []string{"", "x", "w-1", "Smith"} {
			if _, ok := m.lookup(k); ok {
				t.Fatalf("round %d: lookup(%q) found a key never added", round, k)
			}
			if got := m.get(k); got != 0 {
				t.Fatalf("round %d: get(%q) = %d, want 0", round, k, got)
			}
		}
	}
}

// TestStrMapBytesNoAlloc checks that a look-up from bytes makes no
// string, however long the key.
func TestStrMapBytesNoAlloc(t *testing.T) {
	var m strMap[int]
	k := "a name of more than thirty-two bytes, the stack buffer of a conversion"
	m.add(k, 1)
	b := []byte(k)
	if n := testing.AllocsPerRun(100, func() { m.findBytes(b) }); n != 0 {
		t.Errorf("findBytes allocates %v times", n)
	}
}

// TestHashSeeded checks that the word tables' hashes are keyed: two
// tables given the same words place them differently, as they would not
// under a fixed hash, so that a text cannot be written to make its words
// collide (see hashWord).
func TestHashSeeded(t *testing.T) {
	var a, b strMap[int]
	for i := range 64 {
		k := fmt.Sprintf("w%d", i)
		a.add(k, i)
		b.add(k, i)
	}
	if slices.Equal(a.slots, b.slots) {
		t.Error("two strMaps place the same 64 words in the same slots")
	}
	s1, s2 := newSpanSet(nil), newSpanSet(nil)
	// A short word (hashed by the key's numbers) and a long one (by its
	// maphash seed), as a string and as bytes.
	for _, w := range []string{"Washington", "the Democratic National Committee"} {
		if hashWord(&s1.key, w) == hashWord(&s2.key, w) {
			t.Errorf("two spanSets hash %q alike", w)
		}
		if hashBytes(&s1.key, []byte(w)) != hashWord(&s1.key, w) {
			t.Errorf("hashBytes and hashWord differ on %q", w)
		}
	}
}

// TestStrMapSparseReset checks the reset of a table much larger than its
// keys: every slot is emptied, even when the keys collide, wrap around the
// end of the slots, and are emptied in an order (that of their entries)
// which leaves empty slots before those still to find. The keys' hashes
// are chosen here, not made: all land on the last slot or just before it.
func TestStrMapSparseReset(t *testing.T) {
	var m strMap[int]
	for i := range 1000 {
		m.add(fmt.Sprintf("k%d", i), i)
	}
	m.reset() // dense: 1000 keys in 2048 or more slots
	for round := range 3 {
		n := len(m.slots)
		mask := uint32(n - 1)
		for i := range 12 {
			h := mask - uint32(i%3) // three runs that overlap and wrap
			if round == 1 {
				h = uint32(i % 2) // two runs from the start
			}
			m.ents = append(m.ents, strEntry[int]{key: fmt.Sprintf("c%d", i), hash: h + uint32(round)*uint32(n), val: i})
			m.place(h, int32(len(m.ents)))
		}
		if 8*len(m.ents) >= len(m.slots) {
			t.Fatalf("round %d: %d keys in %d slots take the dense path", round, len(m.ents), len(m.slots))
		}
		m.reset()
		if len(m.slots) != n {
			t.Fatalf("round %d: reset made new slots", round)
		}
		for j, s := range m.slots {
			if s != 0 {
				t.Fatalf("round %d: slot %d holds %d after reset", round, j, s)
			}
		}
		if len(m.ents) != 0 {
			t.Fatalf("round %d: %d entries after reset", round, len(m.ents))
		}
	}
	// Real keys after the sparse resets: found, and no others.
	for i := range 50 {
		m.add(fmt.Sprintf("n%d", i), i)
	}
	for i := range 50 {
		if v, ok := m.lookup(fmt.Sprintf("n%d", i)); !ok || v != i {
			t.Fatalf("lookup(n%d) = %d, %v", i, v, ok)
		}
	}
	if _, ok := m.lookup("k1"); ok {
		t.Fatal("a key of the first text survived the resets")
	}
}
