package main

import (
	"runtime/debug"
	"testing"
)

func TestGCBudgetReserve(t *testing.T) {
	old := debug.SetMemoryLimit(-1) // a negative limit asks without changing it
	defer debug.SetMemoryLimit(old)
	var none *gcBudget
	none.reserve(1 << 30) // no budget: nothing to do, no panic

	base := int64(64 << 20)
	b := &gcBudget{base: base, limit: base}
	b.reserve(1<<20 - 1) // small documents fit the base
	if b.limit != base {
		t.Fatalf("limit %d after a small document, want the base %d", b.limit, base)
	}
	b.reserve(8 << 20)
	want := base + 8<<20*perDocByte
	if b.limit != want || debug.SetMemoryLimit(-1) != want {
		t.Fatalf("limit %d (runtime %d) after an 8 MB document, want %d", b.limit, debug.SetMemoryLimit(-1), want)
	}
	b.reserve(2 << 20) // the budget never falls
	if b.limit != want {
		t.Fatalf("limit %d after a smaller document, want %d still", b.limit, want)
	}
}
