package attribution

import "unicode/utf8"

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
	// entries of cues do not fit in 16 bits: cueEntries then asks cues alone.
	tab *wordTab
	// lens[c] has bit n set when a key starts with the ASCII byte c and
	// has n bytes (bit 31: 31 or more): a filter before the table, which
	// refuses most words as cueTable.lens does.
	lens [utf8.RuneSelf]uint32
}

// newTokenWords joins the keys of cues and of wordTable.
func newTokenWords(cues *cueTable) *tokenWords {
	w := &tokenWords{cues: cues}
	if len(cues.entries) > 1<<16 {
		return w
	}
	m := make(map[string]int32, len(cues.entries)+len(wordTable.entries))
	cues.words.each(func(k string, v int32) {
		// Only the keys that cueTable.wordIn can find: at most 24
		// bytes, opening with a letter or a byte above ASCII.
		if c := k[0]; len(k) <= 24 && (c >= utf8.RuneSelf || 'a' <= c && c <= 'z') {
			m[k] = v
		}
	})
	wordTable.tab.each(func(k string, v int32) { m[k] |= v << 16 })
	w.tab = newWordTab(m)
	for k := range m {
		if c := k[0]; c < utf8.RuneSelf {
			w.lens[c] |= 1 << min(len(k), 31)
		}
	}
	return w
}

// cueEntries sets lex[k] to the cue-table entry of each word toks[k] of
// text, cues.wordIn(text, start, end), and its token's word to its entry
// in wordTable (wordUnknown when w has no joined table); lex[k] is 0 for
// the other tokens. One loop over the tokens, whose common case (a word
// of under eight bytes, refused by the length filter or read with one
// load and found in one probe) makes no call but the table's.
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
	for k := range toks {
		t := &toks[k]
		lex[k] = 0
		if t.kind != tWord {
			continue
		}
		i, j := int(t.start), int(t.end)
		n := j - i
		if n > 0 {
			lead := leadOf[text[i]]
			if lead == leadRune {
				lead = leadCase(text[i:j])
			}
			t.lead = lead
		}
		var v int32
		switch {
		case n <= 0:
			// an empty word: in neither table
		case text[i] < utf8.RuneSelf && w.lens[lowerASCII[text[i]]]&(1<<min(n, 31)) == 0:
			// in neither table: v is 0
		case n < 8 && i+8 <= len(text):
			v = w.tab.find(text[i:j], lower8(load64At(text, i)&(1<<(8*n)-1)), 0)
		default:
			v = w.tab.get(text[i:j])
		}
		t.word = uint16(v >> 16)
		lex[k] = v & (1<<16 - 1)
	}
}
