package attribution

// cueTable is the lexicon of attributing words. STUB.
type cueTable struct {
	verbs map[string]bool
}

func newCueTable(extra []string) *cueTable {
	t := &cueTable{verbs: map[string]bool{}}
	for _, v := range extra {
		t.verbs[v] = true
	}
	return t
}
