package attribution

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestArenaString checks that the strings finder.arenaString makes keep
// their bytes while later ones, of many sizes, fill the arena and make
// it start new ones.
func TestArenaString(t *testing.T) {
	f := &finder{lowArena: new(strings.Builder)}
	rng := rand.New(rand.NewPCG(1, 2))
	var got, want []string
	for i := range 3000 {
		b := []byte(strings.Repeat(fmt.Sprint(i%10), rng.IntN(300)))
		got = append(got, f.arenaString(b))
		want = append(want, string(b))
		for k := range b {
			b[k] = '#'
		}
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("string %d = %.20q…, want %.20q…", i, got[i], want[i])
		}
	}
	if s := (&finder{}).arenaString([]byte("abc")); s != "abc" {
		t.Errorf("without an arena: %q", s)
	}
}

// TestPushInt checks the resolver's lists of clusters, carved from one
// arena and grown there: many lists appended to in turn, as the maps'
// lists are, each holds what was pushed to it, and none writes over
// another.
func TestPushInt(t *testing.T) {
	r := &resolver{arena: 16}
	rng := rand.New(rand.NewPCG(5, 6))
	lists := make([][]int, 50)
	want := make([][]int, 50)
	for n := range 5000 {
		i := rng.IntN(len(lists))
		lists[i] = r.pushInt(lists[i], n)
		want[i] = append(want[i], n)
	}
	for i := range lists {
		if !slices.Equal(lists[i], want[i]) {
			t.Fatalf("list %d = %v, want %v", i, lists[i], want[i])
		}
	}
}
