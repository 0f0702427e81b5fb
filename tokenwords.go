package attribution

// tokenWords looks a word up in the two word tables that the stages ask
// about every word, at once: the attribution stage's cue table
// (cueTable.wordIn) and the entity stage's word table (wordIndexIn). The
// attribution stage looks up each of its words (tokenWords.cueEntries) and
// keeps the word table's entry in the token (item.word); the entity
// stage's tokenizer takes it from there for each of its words that covers
// the same bytes (finder.tokenize), instead of hashing the word a second
// time. The two tokenizers differ on a few words ("AT&T", possessives, a
// title's period): those are looked up again, as before. Built once per
// Parser, on its first use (wordTable is built by init, after the default
// Parser), then only read: safe for concurrent use.
type tokenWords struct {
	cues *cueTable
	// tab holds the keys of both tables. A key's value is its entry in
	// the cue table in the low 16 bits (0 when cueTable.wordIn would not
	// find it), its entry in wordTable in the high 16 bits. nil when the
	// entries of cues do not fit in 16 bits, or those of wordTable reach
	// the words of the marks (markWord): cueEntries then asks cues alone.
	// No filter by first letter and length stands before it (as
	// cueTable.lens does): nearly every word of news text passes one.
	tab *wordTab
}

// newTokenWords joins the keys of cues and of wordTable.
func newTokenWords(cues *cueTable) *tokenWords {
	w := &tokenWords{cues: cues}
	if len(cues.entries) > 1<<16 || len(wordTable.entries) > int(markWord(0)) {
		return w
	}
	m := make(map[string]int32, len(cues.entries)+len(wordTable.entries))
	cues.words.each(func(k string, v int32) {
		// Only the keys that cueTable.wordIn can find.
		if lookedUp(k) {
			m[k] = v
		}
	})
	wordTable.tab.each(func(k string, v int32) { m[k] |= v << 16 })
	w.tab = newWordTab(m)
	return w
}

// cueEntries sets lex[k] to the cue-table entry of each word toks[k] of
// text, cues.wordIn(text, start, end), and its token's word to its entry
// in wordTable (wordUnknown when w has no joined table); lex[k] is 0 for
// the other tokens. Most tokens go through wordTab.entries, a loop that
// makes no call, so that its registers are not spilled around one; it
// stops at the words it leaves to entry.
func (w *tokenWords) cueEntries(text string, toks []item, lex []int32) {
	lex = lex[:len(toks)]
	if w.tab == nil {
		for k := range toks {
			t := &toks[k]
			lex[k] = 0
			if t.kind == tWord {
				t.word = wordUnknown
				lex[k] = w.cues.wordIn(text, int(t.start), int(t.end))
				t.lead = leadCase(text[t.start:t.end])
			}
		}
		return
	}
	for k := 0; ; k++ {
		if k = w.tab.entries(text, toks, lex, k); k >= len(toks) {
			return
		}
		lex[k] = w.entry(text, &toks[k])
	}
}

// entry is cueEntries for a word that wordTab.entries leaves: one that
// opens with an apostrophe or a byte above ASCII (leadRune), of more than
// fifteen bytes, starting within sixteen of the end of text, or empty (in
// neither table, its lead left as it is). It sets the token's lead and
// word and returns its entry in the cue table.
func (w *tokenWords) entry(text string, t *item) int32 {
	i, j := int(t.start), int(t.end)
	var v int32 // 0 for an empty word: in neither table
	if j > i {
		lead := leadOf[text[i]]
		if lead == leadRune {
			lead = leadCase(text[i:j])
		}
		if articleAt(text, i, j) && lead == leadLower {
			lead = leadUpper
		}
		t.lead = lead
		v = w.tab.getIn(text, i, j)
	}
	t.word = uint16(v >> 16)
	return v & (1<<16 - 1)
}

// tokenClasses sets the class of every token (a.cls) from its cue-table
// entry (a.lex) and lists the tokens that the passes look for (a.cueToks,
// a.nounToks). A function of its own, apart from findQuotesIn: there,
// among that function's many values, the loop's were reloaded from the
// stack on every turn.
func (a *attributor) tokenClasses() {
	entries, lex, cls := a.p.cues.entries, a.lex, a.cls[:len(a.lex)]
	// Every token's classes, from the dense array of them (cueTable.clsOf,
	// whose entry 0 is 0, a token with no entry), then the rare tokens
	// that a pass reads a list of, whose entries come first
	// (cueTable.listed): no branch on whether a token has an entry, which
	// is as good as random.
	clsOf, listed := a.p.cues.clsOf, uint32(a.p.cues.listed)
	for k, e := range lex {
		cls[k] = clsOf[e]
		if uint32(e)-1 >= listed {
			continue // most words
		}
		le := &entries[e]
		if len(le.cues) > 0 && (le.opensBefore(a.lexAt(k+1)) || le.phrasal && a.opensAfterGap(le, k)) {
			a.cueToks = append(a.cueToks, k)
		}
		if le.cls&nounCues != 0 || le.demand != "" {
			a.nounToks = append(a.nounToks, k)
		}
	}
}

// opensAfterGap reports whether the phrasal word of le at k may open a cue
// past negation and adverbs (beGap): "is not expected", "is widely
// expected".
func (a *attributor) opensAfterGap(le *lexEntry, k int) bool {
	g := a.beGap(k)
	return g > 0 && le.opensBefore(a.lexAt(k+1+g))
}
