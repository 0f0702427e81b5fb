package attribution

import "strings"

// grow returns s with room for one more element. When s is full, the new
// capacity is extrapolated from how far the scan has come: s holds len(s)
// elements for the first done of total bytes, so the whole text will need
// about len(s)·total/done. One regrowth then serves a text of even density,
// where append's 1.25× steps for large slices allocate about five times the
// final array and copy it as often. The capacity at least doubles, so a
// text whose density rises towards its end costs a bounded number of
// copies; it grows at most eightfold, and only by doubling while s is short,
// so that a dense start (a run of marks at the top of a page) does not
// reserve room for a whole text of them. done and total are byte counts,
// done ≤ total.
func grow[T any](s []T, done, total int) []T {
	if len(s) < cap(s) {
		return s
	}
	n := 2*cap(s) + 16
	if len(s) >= 1024 && done > 0 && done < total {
		est := int(float64(len(s)) * float64(total) / float64(done))
		n = max(n, min(est+est/8, 8*cap(s)))
	}
	t := make([]T, len(s), n)
	copy(t, s)
	return t
}

// scratch holds the working arrays of one Parse for the next one: a Parser
// keeps them in a sync.Pool, so that a program parsing many short texts
// (a JSON Lines archive) does not allocate and clear them again for each.
// Nothing a Document holds points into them.
type scratch struct {
	toks   []item
	used   []bool
	lex    []int32
	cls    []ruleClass
	cueAt  []int // the quote stage's tokens that open a cue
	nounAt []int // and its nouns of saying and demanding
	attrs  []attr
	// The quote stage's other arrays: the scanner's stack and pairs,
	// topLevel's index and quotations, the attributor's qAttr, sentTok
	// (with paraTok and qTok) and order.
	qstack    []openMark
	qpairs    []qspan
	qat       []int32
	qall      []qspan
	qAttr     []int
	sentTok   []int
	attrOrder []int64
	cueMemo   []cueMemo   // trailingFirst's answers of cueAt for reportedPass
	spkLast   []int32     // the attributor's last attribution of each speaker token (sentenceSpeaker)
	parts     []Span      // the attributor's parts of split quotations (partRoom), emptied
	leadEnds  map[int]int // the attributor's reported attrs by content end (buildLeadEnds), emptied
	ftoks     []token     // the entity stage's words
	fms       []mention   // and mentions
	fivs      []interval  // and quote intervals
	fstarts   []int32     // and the words find starts from
	finits    []int32     // and the capitalised words that open a sentence
	flows     []byte      // and the array its lowered keys are written in first
	fstrs     []string    // and the strings of its mentions' strIDs, emptied
	seen      *seenFilter // and markSeen's filter, empty
	res       *resolver   // the entity stage's resolver, its maps and arrays (resolver.reset)
	fnd       *finder     // the entity stage's finder, emptied (resolveDocIn)
	// the tables of the entity stage's word sets (finder.capsSeen, lowSeen), emptied
	capsSlots, lowSlots []spanSlot
	// The arena of the entity stage's lowered keys (finder.lowArena):
	// unlike the arrays above, its bytes are never written over, so the
	// strings made of them stay valid for whoever holds them.
	lowArena *strings.Builder
}

// maxScratch is the most elements an array kept for reuse may hold: the
// arrays of a huge text are left to the collector.
const maxScratch = 1 << 18

func (p *Parser) getScratch() *scratch {
	if p.noScratch {
		return new(scratch)
	}
	if sc, ok := p.scratch.Get().(*scratch); ok {
		return sc
	}
	return new(scratch)
}

func (p *Parser) putScratch(sc *scratch) {
	if p.noScratch {
		return
	}
	if cap(sc.toks) > maxScratch || cap(sc.attrs) > maxScratch || cap(sc.ftoks) > maxScratch || cap(sc.fms) > maxScratch || cap(sc.flows) > 8*maxScratch ||
		cap(sc.qpairs) > maxScratch || cap(sc.qat) > maxScratch || cap(sc.sentTok) > maxScratch {
		*sc = scratch{}
	}
	p.scratch.Put(sc)
}

// reuse returns s emptied and cleared, with room for n elements, or a new
// array when s is too small.
func reuse[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	s = s[:n]
	clear(s)
	return s[:0]
}

// spare returns s emptied, with room for n elements, or a new array when
// s is too small. Unlike reuse it does not clear what lies past the
// length: for arrays of values without pointers whose elements are
// appended whole (the token arrays), the clearing writes them twice.
func spare[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// zeroed returns s with length n, all zero, or a new array when s is too
// small.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
