package main

import (
	"runtime/debug"
	"sync"
)

// gcBudget runs the collector against a memory budget instead of a
// growth ratio. Parse allocates tens of bytes per input byte, nearly all
// of it short-lived, while the live heap stays small (the documents in
// flight and their working arrays): with a ratio the collector runs
// whenever that small heap has grown a few times over, and on several
// cores its work keeps the workers waiting. With a budget it runs when the
// heap nears the budget: on PolNeAR dev ×5 one core goes about 4 % faster
// than with GOGC=400 and two cores about 7 %, for about 65 MB resident on
// two workers instead of 35 MB. A document larger than the budget allows
// for raises it (reserve), so the collector never runs without end on a
// heap it cannot shrink: a 17 MB document parses as fast as with GOGC=400,
// in 400 MB instead of 440. main enables it unless GOGC or GOMEMLIMIT is
// set.
type gcBudget struct {
	mu    sync.Mutex
	base  int64 // the budget of the workers alone
	limit int64
}

// Budget figures: a base and a share per worker (two workers: 64 MiB), and
// room for a large document of perDocByte bytes for each of its bytes
// (its text, Parse's working arrays and the output).
const (
	budgetBase      = 40 << 20
	budgetPerWorker = 12 << 20
	perDocByte      = 24
)

// newGCBudget switches the collector to a budget for workers workers.
func newGCBudget(workers int) *gcBudget {
	base := budgetBase + int64(workers)*budgetPerWorker
	b := &gcBudget{base: base, limit: base}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(b.limit)
	return b
}

// reserve raises the budget, if need be, for a document of n bytes. The
// budget never falls again: a run that met one large document may meet
// another.
func (b *gcBudget) reserve(n int) {
	if b == nil || n < 1<<20 {
		return
	}
	want := b.base + int64(n)*perDocByte
	b.mu.Lock()
	if want > b.limit {
		b.limit = want
		debug.SetMemoryLimit(want)
	}
	b.mu.Unlock()
}
