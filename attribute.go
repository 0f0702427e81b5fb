package attribution

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file attributes quotations. It runs over the token stream in three
// passes:
//
//  1. direct quotations attributed around their marks: “…,” X said;
//     “…,” said X; X said: “…”; X said, “…”; ” — X;
//  2. reported speech, from the cues not used in pass 1: transcript lines
//     (NAME: …) and title-case headlines first, then in each sentence
//     X said (that) …; …, X said; A, X said, B; according to X, …; as X
//     noted, …; passives (was announced by X); participles (…, saying
//     …); verbs of seeming (its content holds the subject); a verb of
//     saying with a pronoun subject inside another content; content
//     holding quoted words is mixed. Where contents end is in content.go,
//     how speakers are found in speaker.go;
//  3. quotations still unattributed: the second part of a split quotation,
//     a paragraph continuing the previous speaker or a colon lead-in,
//     a quotation with no speaker, or a term (scare quotes, titles).

// attr is a quotation being built.
type attr struct {
	kind            Kind
	start, end      int // content
	parts           []Span
	speaker, cue    Span // Start == End == -1 when absent
	closed          bool
	q               int // the quotation token's quotation, or -1
	cueTok, cueEnd  int // the cue's tokens [cueTok, cueEnd), or -1
	spkTok, spkEnd  int
	contentTokStart int
	contentTokEnd   int
}

var noSpan = Span{Start: -1, End: -1}

// maxInnerCues is the most cues reportedPass reads inside the contents it
// has made before it skips to the first cue after them. A real content
// holds a few cues of its own ("said that he told aides he thinks …"); a
// run of cue words one sentence long ("asked asked …", "he told he told
// …") is not prose, and every cue of it would pay for all the rules of
// reported: linear, but slow enough under the fuzzer's instrumentation to
// miss FuzzQuadratic's budget.
const maxInnerCues = 16

// maxCueWindow bounds, in tokens, how far the rules look on either side of
// a cue, so that one huge sentence full of cues stays linear. No rule needs
// more than a few dozen tokens.
const maxCueWindow = 200

// maxSentWindow bounds, in tokens, the sentence that sentBounds gives the
// rules on either side of the token asked about. A news sentence is far
// shorter; a text with no sentence ends (a list, a transcript, a page
// that lost its punctuation) would otherwise be read whole by the rules
// that scan to the sentence's end, once per cue, in time that grows
// with the square of its length.
const maxSentWindow = 400

type attributor struct {
	p     *Parser
	text  string
	d     *Document
	toks  []item
	qs    []qspan
	qAttr []int // for each quotation, the attr it belongs to, or -1
	used  []bool
	// lex[k] is the index in p.cues.entries of what the rules know of
	// token k: its word classes and the cues it opens (0 for non-words).
	lex     []int32
	entries []lexEntry // p.cues.entries
	// listed is p.cues.listed: the entries from 1 to listed are the
	// listed words' (lexEntry.listed), among them every word that opens
	// a cue, so that opensCue refuses the others without their entry.
	listed uint32
	// cueToks are the tokens that may open a cue of the lexicon, in
	// order: the passes over cues read them instead of every token. A
	// word whose cues all need a next word is left out when the next
	// word opens the rest of none (lexEntry.opensBefore): "is" but not "is
	// expected". nounToks are the nouns of saying and demanding
	// (nounCues, demandNouns) that nounCues and nounDemands read.
	cueToks, nounToks []int
	// cls[k] is the word classes of token k, p.cues.entries[lex[k]].cls,
	// at hand for wordIn.
	cls   []ruleClass
	attrs []attr
	// sentTok[s] is the first token of sentence s; sentTok[len] = len(toks).
	sentTok []int
	// paraTok[p] is the first token of paragraph p, paraTok[len] =
	// len(toks): the tokens of p are [paraTok[p], paraTok[p+1]).
	paraTok []int
	// qTok[i] is the token of quotation i, -1 when it has none (it opens
	// inside an earlier token): the passes over quotation tokens read
	// them instead of every token.
	qTok []int
	// order is emit's array of attributions, each its start and its index
	// in one number (see emit).
	order []int64
	// npAt is c+1 for the last leftNP(c), whose answer is npS, npE; 0
	// before the first (see leftNP).
	npAt, npS, npE int
	// sb is sentBounds's last answer, which the rules ask again of the
	// tokens of the same sentence (see sentBounds).
	sb sentMemo
	// qHint is quoteFrom's last answer, where its next search starts.
	qHint int
	// memo holds, in token order, trailingFirst's answers of cueAt,
	// which reportedPass asks again of the same tokens with the same
	// bounds.
	memo []cueMemo
	// spkLast[k] is 1 + the index of the last attribution made with its
	// speaker at token k, 0 for none: nil until sentenceSpeaker needs it,
	// which builds it in spkSpare, the scratch's array.
	spkLast, spkSpare []int32
	// prevBest[p] is 1 + the index of the last attribution made that
	// previousSpeaker may take and that ended in paragraph p when made
	// (0: none), for the paragraphs from prevFolded on; prevMax is the
	// greatest of those before prevFolded. nil until previousSpeaker
	// needs them.
	prevBest   []int32
	prevMax    int32
	prevFolded int
	// leadEnds maps the token ending a reported attr's content to that
	// attr, for leadObject and runOnContent (contentEndingAt): built
	// (leadBuilt) when one of them first asks, in a map the scratch
	// keeps between texts.
	leadEnds  map[int]int
	leadBuilt bool
	// partBuf is the array that the passes take the parts of split
	// quotations from (partRoom), kept by the scratch for the next text:
	// emit copies the parts into the Document, so nothing it returns
	// points into partBuf.
	partBuf []Span
}

// sentMemo is sentBounds's answer lo, hi for the tokens k of sentence
// sent-1 (0: none yet) and paragraph para with from <= k < to.
type sentMemo struct {
	sent, para       int32
	from, to, lo, hi int
}

// cueMemo is cueAt(c, hi)'s answer for a cue token c, where hi is
// reportedPass's and trailingFirst's bound of c's window.
type cueMemo struct {
	c, end int
	e      cueEntry
	ok     bool
}

// findQuotes finds the quotations of text and their speakers.
func (p *Parser) findQuotes(text string, d *Document) {
	sc := p.getScratch()
	defer p.putScratch(sc)
	p.findQuotesIn(text, d, sc)
}

// findQuotesIn is findQuotes with the working arrays of sc.
func (p *Parser) findQuotesIn(text string, d *Document, sc *scratch) {
	s := quoteScanner{text: text, stack: sc.qstack[:0], pairs: spare(sc.qpairs, 0)}
	for _, para := range d.Paragraphs {
		s.scanParagraph(para.Start, para.End)
	}
	s.flush()
	d.Truncated = d.Truncated || s.truncated
	qs, nested := topLevel(text, s.pairs, s.opened, sc)
	// The pairs are copied into qs and nested: the scratch keeps their
	// array, emptied so that it holds no parts of this text.
	clear(s.pairs)
	sc.qstack, sc.qpairs = s.stack[:0], s.pairs[:0]

	// About one token per five bytes of news text: allocate once.
	// The words are looked up as they are emitted (tokenizer.lookUp),
	// their entries in lex, which has the room of toks.
	ntok := len(text)/5 + 8
	tz := tokenizer{text: text, sents: d.Sentences, paras: d.Paragraphs, qs: qs, toks: spare(sc.toks, ntok), words: p.words(), lex: spare(sc.lex, ntok)}
	// The token index: three parts of one array, sentTok's, which the
	// scratch keeps; the tokenizer sets every element.
	n, np := len(d.Sentences), len(d.Paragraphs)
	all := spare(sc.sentTok, n+1+np+1+len(qs))[:n+1+np+1+len(qs)]
	tz.sentTok, tz.paraTok, tz.qTok = all[:n+1], all[n+1:n+1+np+1], all[n+1+np+1:]
	tz.run()
	a := &attributor{p: p, text: text, d: d, toks: tz.toks, qs: qs, entries: p.cues.entries, listed: uint32(p.cues.listed)}
	a.qAttr = spare(sc.qAttr, len(qs))[:len(qs)]
	for i := range a.qAttr {
		a.qAttr[i] = -1
	}
	a.used = reuse(sc.used, len(a.toks))[:len(a.toks)]
	a.lex = tz.lex
	a.cls = spare(sc.cls, len(a.toks))[:len(a.toks)]
	a.cueToks = spare(sc.cueAt, len(a.toks)/16+8)
	a.nounToks = spare(sc.nounAt, len(a.toks)/256+8)
	a.tokenClasses()
	// One attribution per quotation and per fourth sentence: on the
	// PolNeAR articles that reserves 1.5 times what is used (184 bytes each).
	a.attrs = reuse(sc.attrs, len(qs)+len(d.Sentences)/4+4)
	a.sentTok, a.paraTok, a.qTok, a.order = tz.sentTok, tz.paraTok, tz.qTok, sc.attrOrder
	a.memo = sc.cueMemo[:0]
	a.partBuf = sc.parts[:0]
	a.spkSpare = sc.spkLast
	a.leadEnds = sc.leadEnds
	defer func() {
		// The map of content ends, emptied, unless a huge text made it
		// large: a map does not shrink.
		sc.leadEnds = nil
		if len(a.leadEnds) <= maxScratch/64 {
			clear(a.leadEnds)
			sc.leadEnds = a.leadEnds
		}
		if a.spkLast != nil && cap(a.spkLast) <= maxScratch {
			sc.spkLast = a.spkLast[:0]
		}
		sc.toks, sc.used, sc.lex, sc.cls, sc.cueAt, sc.nounAt, sc.attrs = a.toks, a.used, a.lex, a.cls, a.cueToks, a.nounToks, a.attrs
		sc.qAttr, sc.sentTok, sc.attrOrder = a.qAttr, a.sentTok, a.order
		clear(a.memo) // the entries hold strings of the cue table
		sc.cueMemo = a.memo[:0]
		// The parts' array, emptied (a part holds no text, but a
		// Span may), unless a huge text made it too large to keep.
		clear(a.partBuf)
		sc.parts = a.partBuf[:0]
		if cap(sc.parts) > maxScratch {
			sc.parts = nil
		}
		// The quotations hold their parts: emptied as the pairs are.
		clear(sc.qall)
	}()
	a.directPass()
	a.reportedPass()
	a.leftoverPass()
	// Short quotations inside quotations are terms: the "One Belt - One
	// Road" initiative inside a quoted sentence.
	// Both lists are in text order: merged, not sorted.
	top := len(d.Terms)
	if len(nested) > 0 {
		d.Terms = slices.Grow(d.Terms, len(nested))
	}
	for _, q := range nested {
		if q.end > q.start && q.closed && !a.sentenceLike(q) {
			d.Terms = append(d.Terms, Span{Start: q.start, End: q.end, Text: text[q.start:q.end]})
		}
	}
	mergeSpans(d.Terms, top)
	a.verbSpeakersOut()
	a.clauseSpeakersOut()
	a.emit()
}

// maxStrayLook bounds the openers strayStraight reads after a mark.
const maxStrayLook = 8

// strayStraight reports whether q, a top-level quotation, is opened by a
// straight double mark that never closes, within one paragraph, around a
// quotation set in curly double marks: a text that sets its quotations in
// curly marks uses no straight one for them, and a lone straight mark at
// the head of a paragraph is left over from its source ("\"Ray walked on,
// chanting “We win!”"). So is a straight pair whose opener stands right
// before a curly one, wrapping a paragraph ("\"“We won,” she said.\"").
// The quotations inside stand on their own. next
// holds the indexes into pairs of the openers after q's, in text order
// (-1 for one that never paired); the first few are read.
func strayStraight(text string, q qspan, pairs []qspan, next []int32) bool {
	if q.parts != nil || q.typewriter || q.open >= len(text) || text[q.open] != '"' || turnLabel(text[q.openEnd:q.end]) {
		return false
	}
	if q.closed && !strings.HasPrefix(text[q.openEnd:], "\u201C") {
		return false // but a pair of straight marks set right around curly ones, "“…,” she said.": both are the quotation's
	}
	for _, i := range next[:min(len(next), maxStrayLook)] {
		if i < 0 {
			continue // an opener that never paired
		}
		p := pairs[i]
		if p.open >= q.closeEnd {
			return false
		}
		if p.closed && strings.HasPrefix(text[p.open:], "\u201C") {
			return true
		}
	}
	return false
}

// turnLabel reports whether s opens with a speaker's name in capitals and
// a colon, the label of a turn in a transcript ("PENCE: Well, …",
// "MR. LEE: …"): a quotation of the turn, whose inner marks are its own.
func turnLabel(s string) bool {
	letters := 0
	for i := 0; i < len(s) && i < 32; i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == ':':
			return letters >= 2
		case c != ' ' && c != '.' && c != '-' && c != '\'':
			return false
		}
	}
	return false
}

// sortFew sorts s, emit's keys of the attributions: by insertion when
// there are a few dozen, which the passes make mostly in text order (a
// key moves past the few made by a later pass that start after it), and
// with slices.Sort above that, which bounds the work of a long document.
func sortFew(s []int64) {
	if len(s) > 64 {
		slices.Sort(s)
		return
	}
	for i := 1; i < len(s); i++ {
		v, j := s[i], i
		for ; j > 0 && s[j-1] > v; j-- {
			s[j] = s[j-1]
		}
		s[j] = v
	}
}

// mergeSpans sorts s by Start, given that s[:mid] and s[mid:] are each
// sorted: one pass from the end, with a copy of the second run.
func mergeSpans(s []Span, mid int) {
	if mid == 0 || mid == len(s) || s[mid-1].Start <= s[mid].Start {
		return
	}
	tail := slices.Clone(s[mid:])
	i, j := mid-1, len(tail)-1
	for k := len(s) - 1; j >= 0; k-- {
		if i >= 0 && s[i].Start > tail[j].Start {
			s[k] = s[i]
			i--
		} else {
			s[k] = tail[j]
			j--
		}
	}
}

// topLevel orders the quotations by their opening mark and splits those
// inside another from the others. The scanner numbers its openers in text
// order, so a placement by number replaces a sort: linear. Its two arrays
// are sc's (qat, qall), which it leaves there for the next text. A stray
// straight mark (strayStraight) is neither: the quotations inside it stand
// on their own.
func topLevel(text string, pairs []qspan, opened int, sc *scratch) (top, nested []qspan) {
	at := spare(sc.qat, opened)[:opened]
	sc.qat = at
	for i := range at {
		at[i] = -1
	}
	for i, q := range pairs {
		at[q.seq] = int32(i)
	}
	// One array holds both: the top-level quotations from the front, the
	// nested ones from the back (reversed below).
	all := spare(sc.qall, len(pairs))[:len(pairs)]
	sc.qall = all
	nt, nn := 0, len(all)
	end := -1
	for n, i := range at {
		if i < 0 {
			continue
		}
		q := pairs[i]
		if q.open < end {
			nn--
			all[nn] = q
			continue
		}
		if strayStraight(text, q, pairs, at[n+1:]) {
			continue
		}
		all[nt] = q
		nt++
		end = q.closeEnd
	}
	top, nested = all[:nt:nt], all[nn:]
	slices.Reverse(nested)
	if len(nested) == 0 {
		nested = nil
	}
	return top, nested
}

// quoteBefore returns the last quotation token before token c, or -1: a
// binary search of the quotations by their opening marks, which start
// their tokens.
func (a *attributor) quoteBefore(c int) int {
	for i := a.quoteFrom(c) - 1; i >= 0; i-- {
		if k := a.qTok[i]; k >= 0 {
			return k
		}
	}
	return -1
}

// quoteFrom returns the first quotation that opens at or after token c's
// start: its token, if it has one, is c or after c.
//
// The rules ask about tokens near the one asked before (the passes go
// forward, quoteBefore steps back a quotation at a time), so the search
// starts from the last answer (qHint): it gallops from there, by steps
// that double, to a range that holds the answer, then halves that range.
// A question a few quotations away costs a few comparisons, where a search
// of all the quotations would read log₂ n of them from all over a long
// text's array.
func (a *attributor) quoteFrom(c int) int {
	start, qs := int(a.toks[c].start), a.qs
	// The answer is the first i with qs[i].open >= start; lo <= answer
	// <= hi throughout.
	h := min(a.qHint, len(qs))
	lo, hi := h, h
	switch {
	case h < len(qs) && qs[h].open < start:
		// After h: qs[lo-1].open < start.
		lo, hi = h+1, len(qs)
		for step := 1; lo+step-1 < len(qs); step *= 2 {
			if qs[lo+step-1].open >= start {
				hi = lo + step - 1
				break
			}
			lo += step
		}
	case h > 0 && qs[h-1].open >= start:
		// Before h: qs[hi].open >= start.
		lo, hi = 0, h-1
		for step := 1; hi-step >= 0; step *= 2 {
			if qs[hi-step].open < start {
				lo = hi - step + 1
				break
			}
			hi -= step
		}
	}
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if qs[m].open < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	a.qHint = lo
	return lo
}

// sentBounds returns the token range [lo, hi) of the sentence of token k,
// cut at paragraph breaks.
//
// The answer is the same for every k of the sentence and paragraph from
// the sentence's first token to the end of the paragraph's part of it:
// it is kept (a.sb) for the next question, mostly about the same
// sentence.
func (a *attributor) sentBounds(k int) (lo, hi int) {
	lo, hi = a.sentRange(k)
	return max(lo, k-maxSentWindow), min(hi, k+1+maxSentWindow)
}

// sentRange is sentBounds before the cut to maxSentWindow.
func (a *attributor) sentRange(k int) (lo, hi int) {
	toks := a.toks
	s, para := toks[k].sent, toks[k].para
	if m := &a.sb; m.sent == s+1 && m.para == para && k >= m.from && k < m.to {
		return m.lo, m.hi
	}
	if s < 0 {
		return k, k + 1
	}
	lo, hi = a.sentTok[s], a.sentTok[s+1]
	from := lo
	if lo > k {
		lo = k
	}
	// A quotation that closes in this sentence after opening in an earlier
	// one belongs to it, with the words before it: “The people “deserve
	// … them. That is Hillary Clinton,” said the man …”.
	if lo > 0 && toks[lo-1].kind == tQuote && toks[lo-1].endSent == s && toks[lo-1].para == para {
		if s0 := toks[lo-1].sent; s0 >= 0 && s0 < s {
			lo = max(a.sentTok[s0], lo-1-maxCueWindow)
		}
	}
	for hi > k+1 && toks[hi-1].para != para {
		hi--
	}
	// The answer holds for the tokens from the sentence's first token to
	// hi when that cut stopped at a token of the paragraph, not at k.
	to := hi
	// The sentence may hold tokens of a later sentence index when a
	// quotation token spans several sentences.
	for hi < len(toks) && toks[hi].sent == s {
		hi++
	}
	if from <= k && toks[to-1].para == para {
		a.sb = sentMemo{sent: s + 1, para: para, from: from, to: to, lo: lo, hi: hi}
	}
	return lo, hi
}

// endSentBounds is sentBounds for the sentence where quotation token k
// closes.
func (a *attributor) endSentBounds(k int) (lo, hi int) {
	s := a.toks[k].endSent
	if s < 0 || s == a.toks[k].sent {
		return a.sentBounds(k)
	}
	lo, hi = k, a.sentTok[s+1]
	if hi < k+1 {
		hi = k + 1
	}
	for hi < len(a.toks) && a.toks[hi].sent == s {
		hi++
	}
	return lo, min(hi, k+1+maxSentWindow)
}

// tokText returns the text of token k, or "" when there is no token k: the
// rules look at neighbours (k-1, k+1) without checking each bound. The
// helpers test 0 <= k < n as uint(k) < uint(n), one comparison: they run
// on every neighbour of every cue.
func (a *attributor) tokText(k int) string {
	if uint(k) >= uint(len(a.toks)) {
		return ""
	}
	return a.text[a.toks[k].start:a.toks[k].end]
}

func (a *attributor) isWord(k int) bool {
	return uint(k) < uint(len(a.toks)) && a.toks[k].kind == tWord
}

func (a *attributor) isPunct(k int, s string) bool {
	if uint(k) >= uint(len(a.toks)) {
		return false
	}
	t := &a.toks[k]
	if len(s) == 1 && s[0] < utf8.RuneSelf {
		// Most marks asked of are one byte (",", "."), a constant once
		// inlined: the token's word tells it (markWord), with no test
		// of its kind and no read of the text.
		return t.word == markWord(s[0])
	}
	return t.kind == tPunct && a.text[t.start:t.end] == s
}

func (a *attributor) isDash(k int) bool {
	if uint(k) >= uint(len(a.toks)) || a.toks[k].kind != tPunct {
		return false
	}
	switch a.tokText(k) {
	case "\u2014", "\u2013", "\u2015", "-":
		return true // hyphens inside words belong to their word tokens
	}
	return false
}

// clauseAfterBase reports whether a bare base form between token p and
// token k is a verb by its neighbours rather than by its subject: after a
// comma, a dash, a number or a word ("Others, however, say", "One in five
// say", "sources close to the council say") and before a clause ("say
// they …", "say that …", "say the bill …", "say there is …", "say Scott
// deserves …").
func (a *attributor) clauseAfterBase(p, k int) bool {
	if k >= len(a.toks) || p < 0 || a.toks[p].sent != a.toks[k].sent {
		return false
	}
	if a.wordIn(p, objPronouns) && a.lowerWord(p) && !a.wordIn(p, spkPronouns) {
		return a.objectBeforeClause(p, k)
	}
	if !a.verbNeighbour(p) {
		return false
	}
	return a.wordIn(k, spkPronouns|thatWords) && a.lowerWord(k) && !a.wordIn(k, relWords) ||
		a.wordIn(k, npDeterminers) && a.lowerWord(k) && !a.wordIn(k, numberWords) ||
		a.wordIn(k, expletives) && a.lowerWord(k) && a.wordIn(k+1, finiteAux) || // "say there is"
		a.capitalized(k) && a.lowerWord(k+1) && a.pastOrPresent(k+1) && !a.pluralNoun(k+1) // "say Scott deserves"
}

// verbNeighbour reports whether token p, before a bare base form, lets it
// be a verb: a comma, a dash, a number or a content word ("Others,
// however, say", "One in five say", "sources close to the council say").
func (a *attributor) verbNeighbour(p int) bool {
	return a.isPunct(p, ",") || a.isDash(p) || a.isNumber(p) || a.lowerWord(p) && !a.wordIn(p, functionWords|auxWords)
}

// objectBeforeClause reports whether the object pronoun at p ends the
// subject of a base form that opens a clause at k: "the groups who wrote
// to her say they …" (but "her say in it" is a noun).
func (a *attributor) objectBeforeClause(p, k int) bool {
	return a.wordIn(p, objPronouns) && a.lowerWord(p) && !a.wordIn(p, spkPronouns) &&
		a.wordIn(k, spkPronouns|thatWords) && a.lowerWord(k) && !a.wordIn(k, relWords)
}

// opensCue reports whether the word k has cues in the lexicon, the first
// test of cueAt: most tokens open no cue, and the loops that ask cueAt of
// every token of a window ask this first, inlined, to skip the call. A
// token that is not a word has the entry 0, which opens no cue.
func (a *attributor) opensCue(k int) bool {
	if uint(k) >= uint(len(a.lex)) {
		return false
	}
	// Most words are not listed: their index says so, and their entry,
	// 96 bytes apart from the next word's, is not read.
	e := a.lex[k]
	return uint32(e)-1 < a.listed && len(a.entries[e].cues) != 0
}

// cueAt matches a cue starting at token k and returns its entry and the
// token after it.
func (a *attributor) cueAt(k, hi int) (cueEntry, int, bool) {
	if !a.opensCue(k) {
		return cueEntry{}, 0, false // most words open no cue
	}
	le := &a.entries[a.lex[k]]
	next := a.lexAt(k + 1)
	gap := 0 // the negation and adverbs inside the phrase: "is not expected"
	if !le.opensBeforeExact(next) {
		// beGap is 0 but after an auxiliary: the class, tested here,
		// spares most words the call.
		if !a.wordIn(k, auxWords) {
			return cueEntry{}, 0, false
		}
		if gap = a.beGap(k); gap == 0 || !le.opensBefore(a.lexAt(k+1+gap)) {
			return cueEntry{}, 0, false // "is" but not "is expected"
		}
		next = a.lexAt(k + 1 + gap)
	}
	if a.capitalized(k) && k > 0 && a.toks[k-1].sent == a.toks[k].sent && a.toks[k-1].para == a.toks[k].para &&
		!a.isPunct(k-1, ":") && !a.isPunct(k-1, "(") && a.toks[k-1].kind != tQuote {
		return cueEntry{}, 0, false // "the Washington Post", "Attacks Highlight"; but "(According to …"
	}
	if a.sourceLine(k) {
		return cueEntry{}, 0, false // "Sources: Census Bureau, company reports": a list of sources, no clause
	}
	if le.colonLabel && gap == 0 && a.isPunct(k+1, ":") && (k < 2 || a.toks[k-2].para != a.toks[k].para) {
		return cueEntry{}, 0, false // a label's second word: "Photo credit: …", "Additional reporting: …"
	}
	match, bestEnd := a.longestCue(le, k, gap, next, hi)
	if gap == 0 && (a.wordIn(k+1, dayWords|timeWords) || a.isWord(k+1) && equalFoldASCII(a.tokText(k+1), "on")) {
		// A phrase of time between the verb and the rest of its phrase:
		// "warned last week against", "called on Friday for". The cue
		// holds it, as annotators mark it.
		if tg := a.timeGap(k+1, hi); tg > 0 {
			if m, end := a.longestCue(le, k, tg, a.lexAt(k+1+tg), hi); m != nil && m.rest != "" && end > max(bestEnd, k+1+tg) {
				match, bestEnd = m, end
			}
		}
	}
	if match == nil || match.class == cueNot {
		return cueEntry{}, 0, false
	}
	best, ok := *match, true
	if best.feeling && best.rest == "" && !a.feelingObject(bestEnd, hi) {
		return cueEntry{}, 0, false // "express delivery", "voiced by"
	}
	if best.form == formFixed {
		return best, bestEnd, ok
	}
	if best.chain {
		// "went on to say": the cue runs through the second verb, whose
		// entry decides the content; the first verb keeps its form.
		if !a.wordIn(bestEnd, infinitiveTo) || !a.lowerWord(bestEnd+1) {
			return cueEntry{}, 0, false
		}
		e2, end2, ok2 := a.cueAt(bestEnd+1, hi)
		if !ok2 || e2.form != formBase || e2.chain {
			return cueEntry{}, 0, false
		}
		e2.form = best.form
		best, bestEnd = e2, end2
	}
	if best.form == formBase && best.rest == "" && k > 1 && a.isPunct(bestEnd, ",") && equalFoldASCII(a.tokText(k), "quote") && inFold(writerPronouns[:], a.tokText(k-1)) &&
		(a.isPunct(k-2, ",") || equalFoldASCII(a.tokText(k-2), "and") && a.isPunct(k-3, ",")) {
		// "Ortiz said, and I quote, “…”": the writer's aside, set off
		// by commas, names no speaker; the quotation is the tag's before.
		return cueEntry{}, 0, false
	}
	// Words that are also nouns ("the state", "a news report", "radio
	// show", "six states", "his remarks"): a verb is not preceded by a
	// determiner, a number (but a year after a preposition: "who in 2010
	// said") or a preposition.
	if k > 0 && a.toks[k-1].sent == a.toks[k].sent && (a.wordIn(k-1, npDeterminers) && !a.wordIn(k-1, relWords) && !a.wordIn(k-1, verbDeterminers) && !a.objectBeforeClause(k-1, bestEnd) ||
		a.isNumber(k-1) && !a.shareSubject(k-1, best, bestEnd) && !(a.isYear(k-1) && a.wordIn(k-2, npPrepositions)) || a.wordIn(k-1, npPrepositions) && !a.wordIn(k-1, verbPrepositions) && best.form != formGerund && !(a.wordIn(k-1, auxWords) && a.wordIn(k-2, auxWords)) ||
		a.wordIn(k-1, possessives) && !a.objectBeforeClause(k-1, bestEnd) || a.possessiveWord(k-1)) {
		return cueEntry{}, 0, false
	}
	if best.rest == "" && (best.form == formThird || best.form == formGerund) && k > 1 && a.lowerWord(bestEnd) && a.wordIn(bestEnd, finiteAux) &&
		a.lowerWord(k-1) && a.toks[k-2].sent == a.toks[k].sent && !a.wordIn(k-1, spkPronouns|objPronouns|relWords|auxWords|complementizers|quantifiers|npDeterminers|possessives) &&
		!a.wordIn(k-2, npDeterminers|possessives) {
		// "government documents have been …", "tax plans would …", "the
		// ever-longer list of toll roads has …": a word in -s or -ing
		// after a common noun or an adjective and before the finite verb
		// is the head of the subject, not a cue ("the rule he says is
		// unfair" has its subject before it).
		return cueEntry{}, 0, false
	}
	if best.class == cueShow && best.rest == "" && (best.form == formBase || best.form == formThird) && k > 0 &&
		a.toks[k-1].sent == a.toks[k].sent && hasPrefixFold(a.tokText(k), "show") && inFold(showMedia[:], a.tokText(k-1)) {
		return cueEntry{}, 0, false // "the reality TV show", "morning shows": the noun
	}
	if best.form == formBase && best.rest == "" {
		// A bare base form ("say") is a cue after a pronoun, a plural
		// subject, a modal or "to"; elsewhere it is mostly a noun, as
		// after a capitalised singular modifier that a determiner opens,
		// before a quotation ("the TV show “Dallas”").
		subj := k - 1 // past an adverb: "officials now say", "backers privately say"
		if subj > 0 && (a.adverb(subj) || equalFoldASCII(a.tokText(subj), "now")) && a.toks[subj-1].sent == a.toks[k].sent {
			subj--
		}
		subj2 := subj // or past a cue adverb: "activists even insist", "they also say"
		if w := a.tokText(k - 1); k > 1 && (a.wordIn(k-1, cueAdverbs) || equalFoldASCII(w, "also")) && a.toks[k-2].sent == a.toks[k].sent {
			subj2 = k - 2
		}
		if !(a.wordIn(subj, baseFormSubjects) || a.pluralNoun(subj) || a.lowerWord(subj) && a.wordIn(subj, numberWords) && subj > 0 && equalFoldASCII(a.tokText(subj-1), "the") || a.wordIn(subj2, baseFormSubjects) || a.pluralNoun(subj2) || a.capitalized(k-1) && a.toks[k-1].sent == a.toks[k].sent && !(k > 1 && a.wordIn(k-2, npDeterminers) && a.lowerWord(k-2) && !a.pluralNoun(k-1) && k+1 < len(a.toks) && a.toks[k+1].kind == tQuote) ||
			best.pastSame && a.lowerWord(k-1) && a.wordIn(k-2, npDeterminers) && !a.wordIn(k-1, functionWords) || // the email read
			best.pastSame && a.afterQuotation(k) || // “…,” read the email
			best.class == cueSpeech && a.afterQuotation(k) && (a.pluralNoun(bestEnd) || a.wordIn(bestEnd, npDeterminers) && a.lowerWord(bestEnd)) || // “…,” say residents
			best.pastSame && a.wordIn(k-1, spkPronouns) && a.lowerWord(k-1) && a.afterQuotation(k-1) || // “…,” it read
			a.isPunct(k-1, "%") || a.lowerWord(k-1) && strings.HasSuffix(a.tokText(k-1), "ed") &&
			(a.wordIn(k-2, npDeterminers) || a.wordIn(k-2, quantifiers) || a.pluralNoun(k-2)) || // "those surveyed say"
			a.clauseAfterBase(k-1, bestEnd) || best.class == cueSpeech && a.possessiveName(bestEnd) && a.verbNeighbour(k-1)) {
			return cueEntry{}, 0, false
		}
	}
	if best.form == formPast && best.class != cueSpeech && a.wordIn(k-1, passiveAux) && !a.wordIn(bestEnd, byWord) && !a.expletiveThat(k, bestEnd) &&
		!(k-1 > 0 && a.nameAfterHonorific(k-1, 0)) { // but "Dr Amos Were faulted the plan": a name
		return cueEntry{}, 0, false // "is expected", "was considered", "well known"
	}
	return best, bestEnd, ok
}

// feelingObject reports whether a noun phrase that ends with a feeling of
// expressedFeelings opens at token k: the feeling after at most three
// words, a determiner or a possessive first ("his hope", "the hope",
// "their deep concern", "cautious optimism"), the others lower-case
// modifiers, no function word or verb.
func (a *attributor) feelingObject(k, hi int) bool {
	for m := k; m < hi && m <= k+3; m++ {
		if !a.isWord(m) || !a.lowerWord(m) {
			return false
		}
		if a.entries[a.lexAt(m)].feeling {
			return true
		}
		if m == k && a.wordIn(m, npDeterminers|possessives) && !a.wordIn(m, thatWords|relWords) {
			continue
		}
		if a.wordIn(m, functionWords|auxWords|npDeterminers|possessives) || a.pastVerb(m) || a.opensCue(m) {
			return false
		}
	}
	return false
}

// timeGap returns the number of tokens of a phrase of time that opens at
// token k in k's sentence, before hi, or 0: a day ("Friday", "on Friday",
// "Friday night", "yesterday"), or "last", "this", "earlier" or "later"
// and a noun of time or a day ("last week", "earlier this month", "later
// Tuesday").
func (a *attributor) timeGap(k, hi int) int {
	m := k
	if m+1 < hi && a.lowerWord(m) && equalFoldASCII(a.tokText(m), "on") && a.capitalized(m+1) {
		m++ // "on Friday"
	}
	if m >= hi || !a.wordIn(m, dayWords|timeWords) || a.toks[m].sent != a.toks[k].sent {
		return 0
	}
	switch w := a.tokText(m); {
	case a.capitalized(m) && a.wordIn(m, dayWords) && a.wordIn(m, occasionTimes):
		m++ // a day of the week
	case m == k && a.lowerWord(m) && a.wordIn(m, dayWords):
		m++ // "yesterday", "today"
	case m == k && a.lowerWord(m) && (w == "earlier" || w == "later") && m+1 < hi && a.capitalized(m+1) && a.wordIn(m+1, dayWords):
		m += 2 // "later Tuesday"
	case m == k && a.lowerWord(m) && (w == "last" || w == "this" || w == "earlier" || w == "later"):
		if (w == "earlier" || w == "later") && m+1 < hi && a.lowerWord(m+1) && equalFoldASCII(a.tokText(m+1), "this") {
			m++ // "earlier this week"
		}
		if m+1 >= hi || !a.lowerWord(m+1) || !timeNoun(a.tokText(m+1)) {
			return 0
		}
		m += 2
	default:
		return 0
	}
	if m < hi && a.lowerWord(m) && a.wordIn(m, dayParts) {
		m++ // "Friday night"
	}
	return m - k
}

// longestCue returns the longest phrase of le that matches at token k,
// whose rest starts after gap tokens at the token whose entry is next,
// and the token after it; nil when none does. The entry is returned by
// its address, copied once by cueAt when it is the answer.
func (a *attributor) longestCue(le *lexEntry, k, gap int, next int32, hi int) (*cueEntry, int) {
	var match *cueEntry
	bestEnd := 0
	for i := range le.cues {
		e := &le.cues[i]
		end, matched := 0, false
		if e.rest == "" {
			end, matched = k+1, gap == 0 // the word alone
		} else if e.next < 0 || e.next == next {
			end, matched = a.matchRest(k+1+gap, hi, e.rest)
		}
		if !matched && e.gapped {
			end, matched = a.gappedRest(k+1, hi, e.rest)
		}
		if matched && (match == nil || end > bestEnd) {
			match, bestEnd = e, end
		}
	}
	return match, bestEnd
}

// expletiveThat reports whether the participle at k, whose phrase ends
// at end, is the passive of an expletive "it" with a clause after "that"
// or "whether": "it is assumed that …", "It was feared that …". The verbs
// of believing attribute that clause, which annotators mark, with no
// source; their passive with another subject ("is expected", "was
// considered") reports nothing. The auxiliaries and adverbs between are
// at most three.
func (a *attributor) expletiveThat(k, end int) bool {
	if !a.wordIn(end, thatWords) || !a.lowerWord(end) {
		return false
	}
	m := k - 1
	for m > 0 && m >= k-4 && a.toks[m].sent == a.toks[k].sent && (a.wordIn(m, auxWords) || a.adverb(m)) && a.lowerWord(m) {
		m--
	}
	return m >= 0 && m < k-1 && a.toks[m].sent == a.toks[k].sent && equalFoldASCII(a.tokText(m), "it")
}

// beGap returns the number of tokens, at most two, of negation and
// adverbs after the auxiliary at k that a phrase opened by it may hold
// before its next word: "is not expected", "is widely expected", "are
// also expected", "was not sure". It returns 0 after other words.
func (a *attributor) beGap(k int) int {
	if !a.wordIn(k, auxWords) || !a.lowerWord(k) && k > 0 && a.toks[k-1].sent == a.toks[k].sent {
		return 0
	}
	n := 0
	for m := k + 1; n < 2 && m < len(a.toks) && a.lowerWord(m) && a.toks[m].sent == a.toks[k].sent; m++ {
		w := a.tokText(m)
		// "best" and "well" grade a participle of repute: "is best known
		// for", "is well known as".
		if !a.adverb(m) && !equalFoldASCII(w, "not") && w != "n't" && w != "n’t" && !equalFoldASCII(w, "also") && !equalFoldASCII(w, "never") &&
			!equalFoldASCII(w, "best") && !equalFoldASCII(w, "well") {
			break
		}
		n++
	}
	return n
}

// interruptionEnd returns the first token of the content's second part
// after an interrupting attribution whose cue ends at cend: after the
// comma that follows the cue ("A, he said, B") or a short tail of the cue
// ("A, he told me on Friday, B").
func (a *attributor) interruptionEnd(cend, last, hi int) (int, bool) {
	if cend+1 < last && a.isPunct(cend, ",") {
		return cend + 1, true
	}
	for m := cend; m < last && m < cend+8; m++ {
		if a.isPunct(m, ",") {
			if m > cend && m+1 < last && a.tailOK(cend, m) {
				return m + 1, true
			}
			return 0, false
		}
		if !a.isWord(m) {
			return 0, false
		}
	}
	return 0, false
}

// adjunctAfterCue reports whether the word b after "A, X said," is "as",
// which opens a clause of the circumstance in which the thing was said:
// it qualifies the writer's report of the saying, and the content is the
// clause before the attribution ("The bank will shut ten branches, the
// company said, as more customers bank online"). A reason ("because",
// "since") or a limit ("until") is the speaker's own, as PolNeAR's
// annotators read it, and stays in the content.
func (a *attributor) adjunctAfterCue(b int) bool {
	return a.lowerWord(b) && equalFoldASCII(a.tokText(b), "as")
}

// leadOccasion reports whether [s, end) is a short phrase that names the
// occasion of a statement and opens the sentence: a preposition of
// occasionPreps, in any case, and an occasion noun within a few words ("In
// a statement Friday", "At the debate", "On Twitter"), no verb.
func (a *attributor) leadOccasion(s, end int) bool {
	if end-s > 8 || !a.wordIn(s, occasionPreps) {
		return false
	}
	noun := false
	for m := s + 1; m < end; m++ {
		if !a.isWord(m) && !a.isPunct(m, "'s") && !a.isPunct(m, "’s") || a.wordIn(m, finiteAux|thatWords|relWords|complementizers) {
			return false
		}
		noun = noun || a.wordIn(m, occasionNouns)
	}
	return noun
}

// connectiveOnly reports whether [s, end) is one or two connectives that
// open the sentence and nothing else: "And, he said, …", "Still, she
// said, …", "And yet, …". The connective is the writer's link to the
// sentence before, as a connective phrase is; what was said follows the
// attribution. Not a connective of time ("Now, he said, …", "Then, …"),
// which dates what was said, nor "Instead", which says what was said in
// place of what; and not "But", which annotators keep in the content as
// often as not.
func (a *attributor) connectiveOnly(s, end int) bool {
	if end-s > 2 || !a.capitalized(s) || equalFoldASCII(a.tokText(s), "but") || equalFoldASCII(a.tokText(s), "instead") {
		return false
	}
	for m := s; m < end; m++ {
		if !a.wordIn(m, leadWords) || a.wordIn(m, timeWords) {
			return false
		}
	}
	return true
}

// afterLoneDash returns the first word after the one dash in [start, end),
// past an "and" or "but" after it, when the segment holds no quotation
// mark: the words after the dash are what an interrupting attribution
// reports, the clause before it the writer's own ("She held a fair that
// week - and the licence, her office said, had taken months to win", "…
// with Lisbon - a clause, Okafor said, that is designed …"). It returns
// start when there is no dash, or more than one.
func (a *attributor) afterLoneDash(start, end int) int {
	d := -1
	for k := start; k < end; k++ {
		if a.toks[k].kind == tQuote {
			return start
		}
		if a.isDash(k) {
			if d >= 0 && k > d+1 {
				return start // an aside between two dashes
			}
			d = k
		}
	}
	if d <= start {
		return start
	}
	n := d + 1
	if n < end && a.lowerWord(n) && a.wordIn(n, coordWords) {
		n++
	}
	if n >= end || !a.isWord(n) {
		return start
	}
	return n
}

// gappedRest matches the preposition that ends a cue ("spoke about",
// "spoke of") after words that qualify the verb: adverbs ("spoke briefly
// of", "spoke highly of") and, before "about", an addressee, a place or a
// time ("spoke to CNN about", "spoke at the harbour office on Monday about").
// At most eight words, none a verb, a cue or a clause word.
func (a *attributor) gappedRest(k, hi int, prep string) (int, bool) {
	pp := false // inside a phrase opened by a preposition
	for m := k; m < hi && m < k+8; m++ {
		if !a.isWord(m) {
			return 0, false
		}
		w := a.tokText(m)
		if equalFoldASCII(w, prep) && m > k {
			return m + 1, true
		}
		switch {
		case a.lowerWord(m) && (a.adverb(m) || a.wordIn(m, cueAdverbs) || equalFoldASCII(w, "out")):
		case prep == "about" && a.lowerWord(m) && a.wordIn(m, addresseePreps):
			pp = true
		case pp && (a.capitalized(m) || a.wordIn(m, npDeterminers|possessives) || a.lowerWord(m) && !a.wordIn(m, functionWords|auxWords|relWords|complementizers) && !a.pastOrPresent(m)):
		default:
			return 0, false
		}
	}
	return 0, false
}

// shareSubject reports whether the number at k is the subject of the cue
// e ending at end, a share of people that said something ("43 said the
// same", "4 in 10 said", "4 in 10 say they …"), not a count of the noun after a participle
// ("20 pledged delegates") or a year ("in 2008 said").
func (a *attributor) shareSubject(k int, e cueEntry, end int) bool {
	w := a.tokText(k)
	year := len(w) == 4 && (w[:2] == "19" || w[:2] == "20")
	return (e.form == formPast || e.form == formBase && a.clauseAfterBase(k, end)) && e.class == cueSpeech && !year && !a.pluralNoun(end)
}

// matchRest matches the lower-case words of rest against tokens from k.
// A word token holds no space: it matches the next word of rest when
// rest opens with it, followed by a space or nothing, and most entries
// are refused at their first byte, without looking for the space.
func (a *attributor) matchRest(k, hi int, rest string) (int, bool) {
	for rest != "" {
		if k >= hi || !a.isWord(k) {
			return 0, false
		}
		t := a.tokText(k)
		if len(t) > len(rest) || len(t) < len(rest) && rest[len(t)] != ' ' || !equalFoldASCII(t, rest[:len(t)]) {
			return 0, false
		}
		rest = rest[min(len(t)+1, len(rest)):]
		k++
	}
	return k, true
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func equalFoldASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// hasUpperASCII reports whether s holds an ASCII capital.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			return true
		}
	}
	return false
}

// hasPrefixFold and hasSuffixFold are strings.HasPrefix and HasSuffix with
// ASCII case folded, lower a lower-case affix; they allocate nothing.
func hasPrefixFold(s, lower string) bool {
	return len(s) >= len(lower) && equalFoldASCII(s[:len(lower)], lower)
}

func hasSuffixFold(s, lower string) bool {
	return len(s) >= len(lower) && equalFoldASCII(s[len(s)-len(lower):], lower)
}

// lexAt returns lex[k], 0 when there is no token k.
func (a *attributor) lexAt(k int) int32 {
	if uint(k) >= uint(len(a.lex)) {
		return 0
	}
	return a.lex[k]
}

// wordIn reports whether token k is a word of one of the classes c.
func (a *attributor) wordIn(k int, c ruleClass) bool {
	return uint(k) < uint(len(a.cls)) && a.cls[k]&c != 0
}

// capitalized reports whether word k opens with a capital or a digit
// (its token's lead, read with its look-up). Only a word has a lead
// (tokenWords.cueEntries), so the lead alone tells, with no branch on the
// token's kind.
func (a *attributor) capitalized(k int) bool {
	return uint(k) < uint(len(a.toks)) && a.toks[k].lead&leadUpper != 0
}

// lowerWord reports whether word k opens with a lower-case letter, after
// an apostrophe (the verb of "he’s": see contraction): its token's lead,
// which only a word has.
func (a *attributor) lowerWord(k int) bool {
	return uint(k) < uint(len(a.toks)) && a.toks[k].lead&leadLower != 0
}

// newAttr returns an attribution with no speaker or cue.
func newAttr(kind Kind) attr {
	return attr{kind: kind, speaker: noSpan, cue: noSpan, q: -1, cueTok: -1, cueEnd: -1, spkTok: -1, spkEnd: -1, closed: true}
}

func (a *attributor) span(lo, hi int) Span {
	// lo < 0 or hi past the tokens is no range any caller makes (a
	// speaker without tokens is -1, -1 or 0, 0); tested here, not by
	// its twelve callers, so that no slip of theirs can panic.
	if lo >= hi || lo < 0 || hi > len(a.toks) {
		return noSpan
	}
	return Span{Start: int(a.toks[lo].start), End: int(a.toks[hi-1].end)}
}

// ---- pass 1: direct quotations ----

func (a *attributor) directPass() {
	for qi, k := range a.qTok {
		if k < 0 {
			continue
		}
		q := a.qs[qi]
		if q.single && !a.sentenceLike(q) && !a.punctOutside(q) {
			continue
		}
		if at, ok := a.postAttribution(k); ok {
			if a.reportedBy(at) {
				continue // “…,” Ruiz said, according to the Gazette: the source's (reportedPass)
			}
			a.addDirect(k, at)
			continue
		}
		if at, ok := a.preAttribution(k); ok {
			if a.reportedBy(at) {
				continue // “…,” Ruiz said, according to the Gazette. “…”: the second part too
			}
			if owner := a.cueOwner(at.cueTok); owner >= 0 && a.quotation(owner, k) {
				if a.titledAddressee(at, k) {
					continue // “A,” she told KPL’s “Early Edition Today.”: a title, no part
				}
				// “A,” he said, “B.” — the second part of a split quotation.
				a.addPart(owner, k)
				continue
			}
			if at.cueEnd < k-1 && at.cueEnd >= 0 && at.spkEnd <= at.cueTok && (a.wordIn(at.cueEnd, thatWords) && a.lowerWord(at.cueEnd) || a.objectBeforeColon(at, k)) {
				// "She adds that small bakers have two options: “You
				// either adapt or you close.”", "she’s made the same point
				// at every market: “…”": the quotation ends a "that" clause
				// or spells out the cue's object, one mixed content. Not
				// when the speaker follows the cue ("Said the aide: “…”"):
				// the words before the colon are the speaker, no object.
				if a.qAttr[qi] >= 0 {
					continue // already in a content before it (see below)
				}
				at.kind = Mixed
				at.contentTokStart, at.contentTokEnd = at.cueEnd, a.mixedEnd(k)
				a.addReported(at)
				continue
			}
			if s := a.leadBefore(at, k); s >= 0 {
				// "As for the vetting, she said, “It has not begun.”": the
				// phrase before the attribution is part of a mixed content
				// that the attribution interrupts.
				if a.qAttr[qi] >= 0 {
					continue // already in a content before it (see below)
				}
				end := a.mixedEnd(k)
				at.kind = Mixed
				at.contentTokStart, at.contentTokEnd = s, end
				at.parts = append(a.partRoom(2), a.span(s, at.spkTok-1), a.span(k, end))
				a.addReported(at)
				continue
			}
			if subj := a.subjectBefore(at, k); a.predicateOpens(k, subj) {
				// "She said her brother, Tobias, “knew from the outset …”":
				// the quotation opens with the verb of a subject outside
				// its marks, so it is no sentence of its own. With the
				// subject between the cue and the quotation, the two are
				// one mixed content, the cue's object; with none there,
				// the subject is elsewhere in the sentence ("Nothing the
				// president said “will calm their fears,” she said") and
				// the words before are no attribution of it.
				if a.qAttr[qi] >= 0 {
					continue // already in a content before it
				}
				if !subj {
					continue
				}
				at.kind = Mixed
				at.contentTokStart, at.contentTokEnd = at.cueEnd, a.mixedEnd(k)
				a.addReported(at)
				continue
			}
			if _, hi := a.endSentBounds(k); !a.qs[a.toks[k].q].typewriter {
				if end := a.quoteList(k, hi); end > k+1 {
					// "chanted “Go home” and “Never again.”": the
					// quotations joined by "and" are one object of the
					// cue, one mixed content; the first alone is not all
					// that was said.
					if a.qAttr[qi] >= 0 {
						continue // already in a content before it
					}
					at.kind = Mixed
					at.contentTokStart, at.contentTokEnd = k, end
					a.addReported(at)
					continue
				}
			}
			if _, hi := a.endSentBounds(k); a.wordsAfter(k, hi) && !a.qs[a.toks[k].q].typewriter && !a.circumstanceAfter(k) {
				if a.qAttr[qi] >= 0 {
					// The quotation already belongs to an attribution
					// (qAttr), most often the mixed content of one before
					// it in the sentence: a second content from it would
					// rescan what that one read, once per quotation of a
					// long sentence (FuzzQuadratic).
					continue
				}
				// X said, “A” and more words: the quotation is part of a
				// mixed content running to the end of the sentence.
				lo, _ := a.sentBounds(k)
				at.kind = Mixed
				at.contentTokStart, at.contentTokEnd = k, a.contentStop(k+1, a.contentEnd(lo, hi))
				a.addReported(at)
				continue
			}
			a.addDirect(k, at)
			continue
		}
		if owner := a.splitOwner(k); owner >= 0 {
			// “A,” said X, a director at …, “but B.”: the attribution's
			// tail is longer than preAttribution reads.
			a.addPart(owner, k)
		}
	}
}

// maxReportedByGap bounds the words reportedBy reads between a trailing
// cue and ", according to": "said of the families of the victims".
const maxReportedByGap = 10

// reportedBy reports whether the trailing attribution at of a quotation
// is itself reported: a comma and "according to" follow its cue in its
// sentence, after at most maxReportedByGap words and no other
// punctuation ("“…,” Ruiz said Monday, according to the Gazette"). The
// quotation and the words that attribute it are then the content of
// "according to", whose source is the outlet, as PolNeAR's annotators
// mark it (14 of 15 times on our measure: the verb before is no cue of
// its own).
func (a *attributor) reportedBy(at attr) bool {
	if at.cueTok < 0 || at.cueEnd <= at.cueTok {
		return false
	}
	for m := at.cueEnd; m < len(a.toks) && m < at.cueEnd+maxReportedByGap && a.toks[m].sent == a.toks[at.cueTok].sent; m++ {
		if a.isWord(m) {
			continue
		}
		return a.isPunct(m, ",") && m+2 < len(a.toks) && equalFoldASCII(a.tokText(m+1), "according") && equalFoldASCII(a.tokText(m+2), "to") && a.lowerWord(m+1)
	}
	return false
}

// splitOwner returns the direct attribution whose quotation the
// quotation token k continues after an attribution with a long tail,
// set off by commas in the same sentence: "“This was once the mill's quiet
// corner,” said Orla Venning, director of river studies at a
// college in Leeds, “but it is growing …”", "“I expect she will be
// kind,” Halloran said during a fair in Brindlewood, Vt., “but …”". It
// returns -1 when there is none.
func (a *attributor) splitOwner(k int) int {
	if !a.isPunct(k-1, ",") {
		return -1
	}
	lo, _ := a.sentBounds(k)
	for i := len(a.attrs) - 1; i >= 0 && i >= len(a.attrs)-3; i-- {
		at := a.attrs[i]
		if at.kind != Direct || at.q < 0 || at.cueTok < 0 || at.cueEnd > k || k-at.cueEnd > 40 || !a.quotation(i, k) {
			continue
		}
		end := max(at.cueEnd, at.spkEnd)
		if a.qs[at.q].start < int(a.toks[lo].start) || int(a.toks[at.cueTok].start) < a.qs[at.q].end {
			continue // another sentence's, or an attribution before its quotation
		}
		for m := end; m < k; m++ {
			if a.toks[m].kind == tQuote || a.isPunct(m, ".") && !a.abbrevDot(m) || a.isPunct(m, ";") || a.isPunct(m, ":") {
				return -1
			}
			if a.wordIn(m, thatWords) && a.lowerWord(m) {
				return -1 // "…,” he said, noting that his wife, “…”": the quotation ends that clause
			}
		}
		return i
	}
	return -1
}

// titledAddressee reports whether quotation token k names the addressee
// of the cue of at, a title right after it or after a capitalised owner:
// "told “Fox and Friends”", "told KPL's “Early Edition Today.”".
func (a *attributor) titledAddressee(at attr, k int) bool {
	if at.cueEnd < 0 || k-at.cueEnd > 4 || !a.objectCueAt(at.cueTok) || !a.titleQuote(k) {
		return false
	}
	for m := at.cueEnd; m < k; m++ {
		if !a.capitalized(m) && !a.isPunct(m, "'s") && !a.isPunct(m, "’s") {
			return false
		}
	}
	return true
}

// circumstanceAfter reports whether quotation token k, which opens with
// a capital, is followed by a phrase of time or circumstance: "said, “We’ll
// see,” when asked whether …", "said “Not now” before leaving"; a quoted
// sentence by one of place or manner ("yelled “You lie!” at the
// president", "chanted “Close the mine!” as they had"); or a quotation that
// ends with its comma by a participle ("joked, “You’re being
// ridiculous,” drawing jeers"). The quotation is what was said, direct;
// the phrase is the occasion. A quotation before "while" or "until" runs
// on ("“Get out of here!” while pointing at another …", "“We have nine days to
// go” until the vote").
func (a *attributor) circumstanceAfter(k int) bool {
	if !a.lowerWord(k + 1) {
		return false
	}
	if a.qEndsWithComma(k) && a.gerund(k+1) && !a.wordIn(k+1, prepParticiples) {
		return true
	}
	if a.qStartsUpper(k) && a.wordIn(k+1, occasionPreps|asWord) && a.sentenceLike(a.qs[a.toks[k].q]) {
		return true // "yelled “You lie!” at the president", "chanted “Close the mine!” as they had"
	}
	return a.qStartsUpper(k) && a.wordIn(k+1, circumstancePreps) && !a.wordIn(k+1, bareCutWords) && !equalFoldASCII(a.tokText(k+1), "until")
}

// leadBefore returns where a phrase that opens the sentence of quotation
// token k starts when the attribution at (speaker, cue, then k) follows it
// after a comma and the quotation opens in lower case, going on with the
// phrase: "In matters of zoning, it said, “the tenant is the loser.”", "But,
// he added, “there was never any question …”". PolNeAR's annotators make
// the phrase and the quotation one content. Before a quotation that opens
// a sentence of its own ("Asked about it, she said, “They have …”") the
// phrase is the occasion and the quotation is direct. It returns -1 when
// there is no such phrase.
func (a *attributor) leadBefore(at attr, k int) int {
	if a.qStartsUpper(k) || at.spkTok < 0 || at.spkTok >= at.cueTok || at.cueEnd > k || !a.isPunct(at.spkTok-1, ",") {
		return -1
	}
	lo, _ := a.sentBounds(k)
	comma := at.spkTok - 1
	if comma <= lo || comma-lo > maxCueWindow {
		return -1 // bounded, so that a long sentence of many quotations stays linear
	}
	for m := lo; m < comma; m++ {
		if a.toks[m].kind == tQuote || a.used[m] {
			return -1
		}
	}
	return lo
}

// maxQuoteList bounds the quotations quoteList joins.
const maxQuoteList = 8

// quoteList returns the token after the last of the quotations joined to
// quotation token k by "and" or "or", a comma before it or not, within
// [k, hi): "chanted “Go home” and “Never again.”", "“Slow down,” and
// “Drive safe.”". It returns k+1 when no quotation follows so.
func (a *attributor) quoteList(k, hi int) int {
	end := k + 1
	for n := 0; n < maxQuoteList; n++ {
		j := end
		if j < hi && a.isPunct(j, ",") {
			j++
		}
		if j+1 >= hi || !a.lowerWord(j) || !equalFoldASCII(a.tokText(j), "and") && !equalFoldASCII(a.tokText(j), "or") || a.toks[j+1].kind != tQuote {
			break
		}
		end = j + 2
	}
	return end
}

// predicateOpens reports whether quotation token k opens in lower case
// with a finite verb: an auxiliary ("“has shown his commitment …”",
// "“will calm their fears”"), or a verb in the past after an adverb in -ly
// ("“strongly urged me to …”") or, when past is set, alone ("“said from
// the start …”"). A quotation that opens so is the predicate of a
// subject outside its marks. A participle alone may be an adjective
// ("cited “blocked toilets”"): past is set only where a subject stands
// before the quotation. Only the first two words are read.
func (a *attributor) predicateOpens(k int, past bool) bool {
	q := a.qs[a.toks[k].q]
	t := a.text[q.start:q.end]
	s, e := nextField(t, 0)
	w := strings.TrimRight(t[s:e], ",;:.!?")
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	cues := a.p.cues
	c := cues.clsOf[cues.word(w)]
	if c&finiteAux != 0 {
		return true
	}
	if len(w) > 4 && strings.HasSuffix(w, "ly") && c&notAdverbs == 0 {
		s, e = nextField(t, e)
		w = strings.TrimRight(t[s:e], ",;:.!?")
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			return false
		}
		past = true
	}
	return past && a.pastForm(w)
}

// pastForm reports whether w, in lower case, is a verb in the past: one of
// irregularPast, a cue in the past ("said", "told"), or a word of more
// than four letters in -ed.
func (a *attributor) pastForm(w string) bool {
	cues := a.p.cues
	idx := cues.word(w)
	c := cues.clsOf[idx]
	if c&(functionWords|auxWords) != 0 {
		return c&finiteAux != 0
	}
	if c&irregularPast != 0 {
		return true
	}
	for _, e := range cues.entries[idx].cues {
		if e.form == formPast && e.rest == "" {
			return true
		}
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.Contains(w, "-")
}

// subjectBefore reports whether words stand between the cue of at and
// quotation token k, a noun phrase that may be the subject of the verb
// the quotation opens with: "revealed Trump, “strongly urged me …”",
// "said his wife “had known all along”". A phrase that opens with a
// preposition is none.
func (a *attributor) subjectBefore(at attr, k int) bool {
	if at.cueEnd < 0 || at.cueEnd >= k || at.spkEnd > at.cueTok && at.spkTok >= at.cueEnd {
		return false // nothing between, or the speaker after the cue ("said Ruiz, “…”")
	}
	for m := at.cueEnd; m < k; m++ {
		if a.toks[m].kind == tQuote || !a.isWord(m) && !a.isPunct(m, ",") {
			return false
		}
	}
	m := at.cueEnd
	return a.capitalized(m) || a.wordIn(m, npDeterminers|possessives|spkPronouns|quantifiers) && a.lowerWord(m) // not "say of the doctor, “…”"
}

// objectBeforeColon reports whether the words between the cue of at and a
// colon just before quotation k are the object of the cue, a noun phrase
// that the quotation spells out: "she’s made the same point at each market:
// “It’s not about the price.”". An addressee ("told reporters:") or an occasion
// ("said in a statement:") is not.
func (a *attributor) objectBeforeColon(at attr, k int) bool {
	if !a.isPunct(k-1, ":") || at.cueTok < 0 {
		return false
	}
	if e, _, ok := a.cueAt(at.cueTok, k); !ok || e.object || e.form == formGerund {
		return false
	}
	j := at.cueEnd
	return a.lowerWord(j) && a.wordIn(j, npDeterminers|possessives) && !a.wordIn(j, thatWords|relWords)
}

// mixedEnd returns the end of a mixed content that holds quotation token
// k: after the quotation, or after the words that follow it to the end of
// the content ("… “rush to judgment” because superdelegates …").
func (a *attributor) mixedEnd(k int) int {
	_, hi := a.endSentBounds(k)
	if !a.wordsAfter(k, hi) || a.qs[a.toks[k].q].typewriter {
		return k + 1
	}
	lo, _ := a.sentBounds(k)
	last := a.contentEnd(lo, hi)
	if a.qEndsWithComma(k) && a.trailingAfter(k+1, last) {
		return k + 1 // "… that “from where she stands,” Okafor added"
	}
	return a.contentStop(k+1, last)
}

// cueOwner returns the attr using cue token c, or -1.
func (a *attributor) cueOwner(c int) int {
	for i := len(a.attrs) - 1; i >= 0 && i >= len(a.attrs)-4; i-- {
		if a.attrs[i].cueTok == c {
			return i
		}
	}
	return -1
}

func (a *attributor) addDirect(k int, at attr) {
	qi := int(a.toks[k].q)
	q := a.qs[qi]
	at.q = qi
	setContent(&at, q)
	if q.single && q.closed && a.headlineQuote(k, at.cueTok) {
		// A headline sets its quotations in single marks, which stand
		// for double ones: "Reid: ‘Never underestimate Trump.’" is
		// reported with its marks, as annotators mark it.
		at.kind, at.start, at.end, at.parts = Indirect, q.open, q.closeEnd, nil
	}
	a.markUsed(&at)
	a.used[k] = true
	a.qAttr[qi] = len(a.attrs)
	a.push(at)
}

// headlineQuote reports whether the quotation token k closes a headline
// whose cue is c: a short line, at most twelve tokens before the
// quotation and nothing after it but a semicolon, with a colon or a verb
// in the present as its cue, as headlines write them ("Trump: ‘We will
// win.’", "Republicans' reaction: 'Is that all?'; ", "Voters fear 'a long
// war.'"); "…, said: ‘…’" is a sentence of the body.
func (a *attributor) headlineQuote(k, c int) bool {
	if c < 0 {
		return false
	}
	if !a.isPunct(c, ":") {
		if e, _, ok := a.cueAt(c, k); !ok || e.form != formThird && e.form != formBase {
			return false
		}
	}
	if n := k + 1; n < len(a.toks) && !a.lineBreakBefore(n) && !(a.isPunct(n, ";") && (n+1 >= len(a.toks) || a.lineBreakBefore(n+1))) {
		return false
	}
	s := a.lineStart(max(0, k-12), k)
	return s == 0 || a.lineBreakBefore(s)
}

func (a *attributor) markUsed(at *attr) {
	for i := at.cueTok; i >= 0 && i < at.cueEnd; i++ {
		a.used[i] = true
	}
	for i := at.spkTok; i >= 0 && i < at.spkEnd; i++ {
		if i > at.spkTok && a.wordIn(i, relWords) && a.lowerWord(i) && a.saysAt(i+1, at.spkEnd) {
			break // a relative clause in the speaker may hold an attribution: "Ms. Varga, who stated on Monday that …,"
		}
		a.used[i] = true
	}
}

// saysAt reports whether a verb of saying and "that" open the relative
// clause at token k, past auxiliaries and adverbs: "who said last week
// that …", "who has argued that …".
func (a *attributor) saysAt(k, hi int) bool {
	for k < hi && (a.wordIn(k, auxWords) || a.adverb(k)) && a.lowerWord(k) {
		k++
	}
	e, end, ok := a.cueAt(k, hi)
	for end < hi && (a.wordIn(end, timeWords) || a.adverb(end)) {
		end++ // "who said last week that"
	}
	return ok && e.class == cueSpeech && a.lowerWord(k) && end < hi && a.wordIn(end, thatWords) && a.lowerWord(end)
}

// setContent makes at a direct quotation of q. A quotation in typewriter
// marks (see typewriterMark) is reported as Indirect, marks included.
func setContent(at *attr, q qspan) {
	at.kind, at.start, at.end, at.closed, at.parts = Direct, q.start, q.end, q.closed, q.parts
	if q.typewriter {
		at.kind, at.start, at.end, at.parts = Indirect, q.open, q.closeEnd, nil
	}
}

// shortPart reports whether quotation q, token k, of a word or two that
// are no sentence, is yet the second part of a split quotation, as the
// leftover pass reads it next: it ends with a full stop, a question or an
// exclamation mark inside the marks, and the attribution of the
// quotation before it stands between them (“I do not know,” she said.
// “Maybe.”), so that the two words are an answer, not a term.
func (a *attributor) shortPart(q qspan, k, lastDirect, lastReported int) bool {
	e := q.end
	if q.typewriter {
		e = q.close
	}
	if e <= q.start || !strings.ContainsRune(".?!", rune(a.text[e-1])) {
		return false
	}
	if lastReported >= 0 && a.attributionBetween(lastReported, k) {
		return true
	}
	return lastDirect >= 0 && a.quotation(lastDirect, k) && a.sameParagraph(lastDirect, k) && !a.cueBetween(lastDirect, k) && !a.subjectBetween(lastDirect, k)
}

// quotation reports whether attr i is a quotation in marks of the same
// convention as quotation token k (typewriter ” or not), so that k can be
// its next part.
func (a *attributor) quotation(i, k int) bool {
	at := a.attrs[i]
	return at.q >= 0 && (at.kind == Direct || a.qs[at.q].typewriter) && a.qs[at.q].typewriter == a.qs[a.toks[k].q].typewriter
}

// partRoom returns an empty slice with room for n parts, taken from
// partBuf: no allocation for each split quotation. The room is the
// slice's capacity, which no other slice of partBuf reaches; when partBuf
// is full, a larger array takes its place, and the parts already made
// keep the old one.
func (a *attributor) partRoom(n int) []Span {
	b := a.partBuf
	if cap(b)-len(b) < n {
		b = make([]Span, 0, max(2*cap(b), 64, n))
	}
	a.partBuf = b[:len(b)+n]
	return b[len(b) : len(b) : len(b)+n]
}

// appendPart appends p to parts, moving them to new room (partRoom) when
// parts is full.
func (a *attributor) appendPart(parts []Span, p Span) []Span {
	if len(parts) == cap(parts) {
		parts = append(a.partRoom(max(2*len(parts), 2)), parts...)
	}
	return append(parts, p)
}

// addPart appends quotation token k to the direct attr i as a new part.
func (a *attributor) addPart(i, k int) {
	qi := int(a.toks[k].q)
	q := a.qs[qi]
	at := &a.attrs[i]
	if a.qs[at.q].typewriter {
		// Parts with their marks, as the content is reported.
		if at.parts == nil {
			// Room for the part appended below.
			first := a.qs[at.q]
			at.parts = append(a.partRoom(2), Span{Start: first.open, End: first.closeEnd})
		}
		at.parts = a.appendPart(at.parts, Span{Start: q.open, End: q.closeEnd})
		at.end = q.closeEnd
		at.closed = q.closed
		a.used[k] = true
		a.qAttr[qi] = i
		return
	}
	if at.parts == nil {
		// Room for the parts appended below.
		first := a.qs[at.q]
		at.parts = append(a.partRoom(1+max(len(q.parts), 1)), Span{Start: first.start, End: first.end})
	}
	if q.parts != nil {
		for _, p := range q.parts {
			at.parts = a.appendPart(at.parts, p)
		}
	} else {
		at.parts = a.appendPart(at.parts, Span{Start: q.start, End: q.end})
	}
	at.end = q.end
	at.closed = q.closed
	a.used[k] = true
	a.qAttr[qi] = i
}

// atClauseStart reports whether token k begins its sentence or follows a
// colon, a dash or an opening bracket.
func (a *attributor) atClauseStart(k int) bool {
	if k == 0 {
		return true
	}
	p := a.toks[k-1]
	if p.para != a.toks[k].para || p.sent != a.toks[k].sent || p.kind == tQuote {
		return true
	}
	if p.kind == tPunct {
		switch a.tokText(k - 1) {
		case "-":
			if a.afterDash(k-1) == k && a.toks[k].kind == tQuote && a.qEndsWithComma(k) {
				// A hyphen set apart by spaces is a dash, before a
				// quotation that its attribution follows: "… weak -
				// “We need it,” she said - and …".
				return true
			}
		case ",", "'", "\u2019", "/", "&":
		default:
			return true // ":", "(", "—", ".", and symbols that open a line: "•", "🚀"
		}
	}
	// A leading conjunction or interjection: And “…,” he said.
	if k >= 1 && a.wordIn(k-1, leadWords) && (k == 1 || a.toks[k-2].sent != a.toks[k].sent || a.toks[k-2].para != a.toks[k].para) {
		return true
	}
	return false
}

// postAttribution finds the attribution after quotation token k: “…,” X
// said; “…,” said X; “…” — X.
func (a *attributor) postAttribution(k int) (attr, bool) {
	if !a.atClauseStart(k) {
		return attr{}, false
	}
	_, hi := a.endSentBounds(k)
	j := k + 1
	if j < hi && a.isPunct(j, ",") {
		j++
	}
	if c, ok := a.headlineTail(k, j); ok {
		// “We Will Win,” Mayor Says: a headline's cue in title case,
		// which cueAt takes for a word of a name, ends the line.
		at := newAttr(Direct)
		at.cueTok, at.cueEnd = c, c+1
		at.spkTok, at.spkEnd = j, c
		return at, true
	}
	// The next sentence attributes the quotation only on its line: one
	// that opens a line after it is the next paragraph of a text whose
	// paragraphs are single lines ("“…!”\nAlpert’s metaphor is telling.").
	if j == hi && j < len(a.toks) && a.toks[j].para == a.toks[k].para && (!a.lineBreakBefore(j) || a.isDash(j)) {
		if a.isDash(j) {
			_, hi = a.sentBounds(j) // “Safety first.” — Commissioner Dana Pruitt
		} else if _, nhi := a.sentBounds(j); nhi-j <= 30 && (a.shortAttribution(j, nhi) || a.pastVerb(j) && a.capitalized(j+1) || a.qEndsAsked(k) && a.bareVerbEnds(j, nhi)) || a.qEndsAsked(k) && a.subjectCueOpens(j, nhi) {
			hi = nhi // “… missing.” Trump said. / “…!” beamed Donald Hartley. / “…?” Hannity pressed.
			// (At most thirty tokens: "Clinton remarked, alluding to …".)
		}
	} else if j == hi && a.creditLine(k, j) {
		_, hi = a.sentBounds(j) // “…” ¶ — Sen. Ann Lee.
	}
	if j >= hi {
		return attr{}, false
	}
	at := newAttr(Direct)
	// Dash attribution: ” — Commissioner X.
	if a.isDash(j) {
		d := j
		for a.isDash(j) {
			j++
		}
		s, e := a.rightNP(j, hi)
		if s < e && (e == hi || a.isPunct(e, ".") || a.isPunct(e, ",") || a.isPunct(e, "(")) {
			at.cueTok, at.cueEnd = d, j
			at.spkTok, at.spkEnd = s, e
			return at, true
		}
		return attr{}, false
	}
	// X said / said X: a cue within a few tokens, or after a name and a
	// long appositive: “…,” Trump, the front-runner in …, said.
	limit := min(hi, j+40)
	for c := j; c < limit; c++ {
		if a.toks[c].kind == tQuote {
			if c > j && a.termBetweenWords(c) {
				continue // a nickname or a term inside the speaker: Del. Ann “Cia” Price, wearing “Vote Lee” pins, said
			}
			break
		}
		var e cueEntry
		cend, ok := 0, false
		if a.opensCue(c) {
			e, cend, ok = a.cueAt(c, hi)
		}
		if !ok && c > j && a.stateVerb(c, j, hi) {
			e, cend, ok = cueEntry{class: cueSpeech, form: formThird}, c+1, true
		}
		if !ok || e.class != cueSpeech && e.class != cueBelief || c > j+14 && !a.isPunct(c-1, ",") {
			if a.toks[c].kind == tPunct && !a.isPunct(c, ".") && !a.isPunct(c, ",") && !a.isPunct(c, "(") && !a.isPunct(c, ")") &&
				!a.isPunct(c, "'") && !a.isPunct(c, "\u2019") && !a.isDash(c) {
				break
			}
			continue
		}
		if c == j {
			// said X
			s, e2 := a.rightNP(cend, hi)
			if s >= e2 && e.form != formFixed {
				s, e2 = a.bareTag(cend, hi) // “…,” say residents.
			}
			if s < e2 && e.form != formFixed && !a.tailOK(e2, hi) {
				e2 = a.longAppositive(e2, hi) // "said Lamar Smith, a Republican from Texas who chairs …, …."
			}
			if e.form == formFixed {
				// “…,” according to a statement from the group.
				if s3, e3, ok := a.sourceAfter(cend, hi); ok {
					s, e2 = s3, a.sourceToEnd(e3, a.contentEnd(j, hi))
				}
			}
			if s >= e2 {
				return attr{}, false
			}
			if e.form != formFixed {
				e2 = a.appositiveComma(s, e2, hi)
			}
			at.cueTok, at.cueEnd = c, cend
			at.spkTok, at.spkEnd = s, e2
			return at, true
		}
		s, e2 := a.leftNPFrom(c, j)
		if s < e2 && s > j+1 && equalFoldASCII(a.tokText(s-1), "and") {
			// Two noun phrases joined by "and", the speaker whole: “…,”
			// the senator and her chief of staff said.
			if s2, e3 := a.leftNPFrom(s-1, j); s2 == j && e3 == s-1 {
				s = j
			}
		}
		if s < e2 && s == j {
			at.cueTok, at.cueEnd = c, cend
			at.spkTok, at.spkEnd = s, e2
			return at, true
		}
		if a.isPunct(c-1, ",") {
			// The name and its long appositive, with the closing comma, as
			// annotators mark it: “…,” Trump, the front-runner in …, said.
			if n := a.nameRun(j, c); n > j && a.isPunct(n, ",") {
				at.cueTok, at.cueEnd = c, cend
				at.spkTok, at.spkEnd = j, c
				return at, true
			}
		}
		if s < e2 && e2-s == 1 && a.wordIn(s, relWords) && a.lowerWord(s) {
			c = cend - 1 // "Cruz, who has proposed …, said": the cue of a relative clause
			continue
		}
		return attr{}, false
	}
	// A verb the lexicon lacks, in the shape the convention makes plain:
	// “…,” Trump barked. / “…?” she wondered aloud.
	q := a.qs[a.toks[k].q]
	if last := lastRune(a.text[q.start:q.end]); last == ',' || last == '?' || last == '!' {
		if n := a.bareVerb(j, hi); n > j {
			at.cueTok, at.cueEnd = n, n+1
			at.spkTok, at.spkEnd = j, n
			if n+1 < hi && equalFoldASCII(a.tokText(n+1), "on") && (n+2 == hi || a.toks[n+2].kind == tPunct) {
				at.cueEnd = n + 2 // “…,” she went on.
			}
			return at, true
		}
		// Inverted: “…!” beamed Donald Hartley of Madison.
		if a.pastVerb(j) && j+1 < hi && a.capitalized(j+1) && !a.wordIn(j+1, npDeterminers) {
			s, e2 := a.rightNP(j+1, hi)
			if s < e2 && !a.tailOK(e2, hi) {
				e2 = a.longAppositive(e2, hi)
			}
			if s < e2 && a.tailOK(e2, hi) {
				at.cueTok, at.cueEnd = j, j+1
				at.spkTok, at.spkEnd = s, a.appositiveComma(s, e2, hi)
				return at, true
			}
		}
	}
	return attr{}, false
}

// bareTag returns the speaker after the cue of a quotation's tag that
// is a noun phrase with no determiner, to the end of the sentence, as
// headlines and British papers write it: "“…,” say residents", "'…',
// says defiant landlord". It is one plural noun or two or three words
// in lower case, none of them a function word, a time, an adverb or a
// verb's form ("said later", "said it again" are no speakers); 0, 0
// otherwise.
func (a *attributor) bareTag(k, hi int) (int, int) {
	m := k
	for m < hi && m < k+3 && a.lowerWord(m) && !a.wordIn(m, functionWords|boundaryWords|npPrepositions|auxWords|spkPronouns|objPronouns|timeWords|dayWords|relWords) && !a.adverb(m) && !a.gerund(m) && !a.pastVerb(m) {
		if _, _, ok := a.cueAt(m, hi); ok {
			return 0, 0
		}
		m++
	}
	if m == k || m == k+1 && !a.pluralNoun(k) {
		return 0, 0
	}
	if m+1 < hi && a.isPunct(m, ",") && a.wordIn(m+1, relWords) && a.lowerWord(m+1) {
		// A relative clause to the end of the sentence is the
		// speaker's, as rightNP reads it: "say residents, who …".
		if n := a.phraseToEnd(m+1, hi, 30); n > m+2 {
			return k, n
		}
	}
	if m < hi && !(m+1 == hi && (a.isPunct(m, ".") || a.isPunct(m, "!"))) {
		return 0, 0
	}
	return k, m
}

// subjectCueOpens reports whether the sentence [j, hi) opens with a name
// or pronoun and a verb of saying in the past or present with no clause
// of its own after it: "Marsh told a radio host in a segment broadcast on
// Friday when asked …" after "“…?”", which ends the sentence before it.
func (a *attributor) subjectCueOpens(j, hi int) bool {
	for c := j + 1; c < hi && c < j+5; c++ {
		if !a.opensCue(c) {
			continue
		}
		e, cend, ok := a.cueAt(c, hi)
		if !ok || e.class != cueSpeech || e.form != formPast && e.form != formThird {
			return false
		}
		if s, e2 := a.leftNPFrom(c, j); s != j || e2 <= s || !a.capitalized(j) && !a.wordIn(j, spkPronouns) {
			return false
		}
		return !a.wordIn(cend, thatWords|spkPronouns) && !a.isPunct(cend, ":")
	}
	return false
}

// termBetweenWords reports whether quotation token k is a term (termQuote)
// set between two words of its sentence, as a nickname inside a name
// ("Marcia “Cia” Price") or a name inside a noun phrase ("wearing “Vote
// Lee” pins"): part of the words around it, not a quotation that ends an
// attribution.
func (a *attributor) termBetweenWords(k int) bool {
	return a.qs[a.toks[k].q].closed && a.isWord(k-1) && a.isWord(k+1) && a.toks[k-1].sent == a.toks[k+1].sent && a.termQuote(k)
}

// headlineTail returns the cue of a headline's attribution after the
// quotation token k, whose line it opens, from token j to the end of the
// line: at most five capitalized words (the first may be a determiner)
// and a cue in title case, as a headline writes them ("“We Will Win,”
// Mayor Says", "“Why Now?” the Senator Asks."), the quotation ending with
// a comma, a question mark or an exclamation mark. It reads at most eight
// tokens.
func (a *attributor) headlineTail(k, j int) (int, bool) {
	if k > 0 && !a.lineBreakBefore(k) || j >= len(a.toks) || a.lineBreakBefore(j) {
		return 0, false
	}
	q := a.qs[a.toks[k].q]
	if last := lastRune(a.text[q.start:q.end]); last != ',' && last != '?' && last != '!' {
		return 0, false
	}
	e := j + 1
	for e < len(a.toks) && !a.lineBreakBefore(e) {
		if e-j >= 8 {
			return 0, false
		}
		e++
	}
	for e > j && a.isPunct(e-1, ".") {
		e--
	}
	c := e - 1
	if c <= j || c-j > 5 || !a.capitalized(c) || a.used[c] || !a.headlineCue(c) {
		return 0, false
	}
	for m := j; m < c; m++ {
		if !a.capitalized(m) && !(m == j && a.lowerWord(m) && a.wordIn(m, npDeterminers)) {
			return 0, false
		}
	}
	return c, true
}

// stateVerb reports whether word c, after the quotation's comma at j, is
// one of stateVerbs used as the verb of the noun phrase [j, c) before it:
// "“…,” the report states.", "…,” the envoys state in a letter". Only
// that shape, a noun phrase that fills the gap from the quotation and
// the end of the clause or a preposition after the verb, tells the verb
// from the noun ("“…,” said the secretary of state.").
func (a *attributor) stateVerb(c, j, hi int) bool {
	if !a.lowerWord(c) || !inFold(stateVerbs[:], a.tokText(c)) || a.wordIn(c-1, npPrepositions|npDeterminers|possessives) {
		return false
	}
	if c+1 < hi && a.toks[c+1].kind != tPunct && !a.wordIn(c+1, npPrepositions) {
		return false
	}
	s, e := a.leftNPFrom(c, j)
	return s == j && e == c
}

// creditLine reports whether quotation token k, which opens its paragraph,
// is credited by the short paragraph that token j opens with a dash: a
// quotation set apart as a paragraph, its speaker on the line below
// ("“We will win.” ¶ – Ann Lee, Ohio."). The line holds at most
// maxCreditLine tokens.
func (a *attributor) creditLine(k, j int) bool {
	if j >= len(a.toks) || a.toks[j].para != a.toks[k].para+1 || !a.isDash(j) || k > 0 && a.toks[k-1].para == a.toks[k].para {
		return false
	}
	for m := j + 1; m < len(a.toks) && m <= j+maxCreditLine; m++ {
		if a.toks[m].para != a.toks[j].para {
			return true
		}
	}
	return len(a.toks) <= j+maxCreditLine+1
}

// maxCreditLine is the most tokens of a credit line (creditLine): a name
// and a short appositive or circumstance.
const maxCreditLine = 16

// bareVerb returns the token after the name or pronoun that opens [j, hi),
// or after a determiner and the few words of its noun phrase, when it is
// a lower-case word in the shape of a verb in the past or the third
// person, followed by the end, punctuation or a lower-case word: "Trump
// barked", "she wondered aloud", "an angry Costa retaliated". Else it
// returns j.
func (a *attributor) bareVerb(j, hi int) int {
	n := j
	if a.wordIn(j, spkPronouns) {
		n = j + 1
	} else if a.lowerWord(j) && a.wordIn(j, npDeterminers) && !a.wordIn(j, relWords|thatWords) {
		// A determiner, its words and the verb: "an angry Costa
		// retaliated", "the crowd roared".
		n = j + 1
		for n < min(hi, j+6) && a.isWord(n) && !a.pastVerb(n) && !a.wordIn(n, functionWords|boundaryWords|auxWords) {
			n++
		}
		if n == j+1 || a.wordIn(n-1, npDeterminers|possessives) {
			return j
		}
	} else {
		n = a.nameRun(j, min(hi, j+6))
	}
	if n > j && n < hi && a.lowerWord(n) && (a.pastOrPresent(n) || a.pastVerb(n)) && (n+1 == hi || a.toks[n+1].kind == tPunct || a.lowerWord(n+1)) {
		return n
	}
	return j
}

// bareVerbEnds reports whether [j, hi) opens with a name or pronoun and a
// verb of bareVerb's shape that a comma or the end of the sentence
// follows: "Hannity pressed.", "Trump went on, as if …" (with "went on"),
// not "Trump acknowledged that …".
func (a *attributor) bareVerbEnds(j, hi int) bool {
	n := a.bareVerb(j, hi)
	if n == j {
		return false
	}
	if n+1 < hi && equalFoldASCII(a.tokText(n+1), "on") {
		n++ // "went on"
	}
	return n+1 == hi || a.isPunct(n+1, ",") || a.isPunct(n+1, ".")
}

// afterQuotation reports whether token k follows a quotation token of its
// sentence, or one and its comma: the place of an inverted attribution
// (“…,” read the email).
func (a *attributor) afterQuotation(k int) bool {
	p := k - 1
	if p > 0 && a.isPunct(p, ",") {
		p--
	}
	return p >= 0 && p < k && a.toks[p].kind == tQuote && a.toks[p].para == a.toks[k].para
}

// qEndsAsked reports whether the content of quotation token k ends with a
// question or exclamation mark, which ends the sentence before its
// attribution: “Why not?” she asked.
func (a *attributor) qEndsAsked(k int) bool {
	q := a.qs[a.toks[k].q]
	r := lastRune(a.text[q.start:q.end])
	return r == '?' || r == '!'
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// preAttribution finds the attribution before quotation token k that
// introduces it directly: X said: “…”; X said, “…”; X told reporters “…”;
// a colon lead-in with no cue word ("Republican pollster Daron Shaw: “…”"),
// whose cue is the colon.
func (a *attributor) preAttribution(k int) (attr, bool) {
	lo, _ := a.sentBounds(k)
	if k == lo {
		return attr{}, false
	}
	prev := k - 1
	colon := a.isPunct(prev, ":")
	comma := a.isPunct(prev, ",")
	if comma && a.wordIn(prev-1, workNouns) && a.lowerWord(prev-1) && a.titleQuote(k) {
		return attr{}, false // "said in her 2009 memoir, ''A Quiet Harbor.''"
	}
	from := max(lo, k-16)
	at := newAttr(Direct)
cues:
	for c := prev; c >= from; c-- {
		if a.toks[c].kind == tQuote && c != prev {
			break
		}
		if !a.opensCue(c) {
			continue
		}
		e, cend, ok := a.cueAt(c, k)
		if !ok || e.class == cueShow && !colon {
			continue
		}
		if a.quoteAside(c, cend, k) {
			continue // "Ellis said, and I quote, “…”": the cue is further back
		}
		// A longer cue that ends with this one: "went on to say: “…”".
		for c2 := c - 1; c2 >= from && c2 >= c-3; c2-- {
			if !a.opensCue(c2) {
				continue
			}
			if e2, cend2, ok2 := a.cueAt(c2, k); ok2 && cend2 == cend {
				c, e = c2, e2
				break
			}
		}
		gap := k - cend // tokens between the cue and the quotation
		if gap == 0 && e.label && e.form == formPast && !colon && !comma {
			if _, hi := a.sentBounds(k); a.namingParticiple(c, k, hi) {
				// "a show called “Lenders” that mocks the rich": the
				// participle names the noun before it; nobody is
				// reported to say the name.
				return attr{}, false
			}
		}
		switch {
		case colon, comma && gap <= 5, gap == 0 && a.qStartsUpper(k), e.object && gap <= 3 && a.qStartsUpper(k),
			comma && e.object && gap <= 16,                               // "she told the farmers who met in …, “…”"
			comma && gap <= 16 && a.qStartsUpper(k) && a.tailOK(cend, k): // "said in an op-ed before the hearing, “…”"
			at.cueTok, at.cueEnd = c, cend
			at.spkTok, at.spkEnd = a.speakerOf(c, cend, e, k)
			if at.spkTok >= at.spkEnd && (e.form == formGerund || a.isPunct(c-1, ",") || a.wordIn(c-1, coordWords)) {
				// The subject of a verb before the quotation, past
				// several leading phrases: "In 2019, when asked, he
				// laughed and said, “…”".
				at.spkTok, at.spkEnd = a.subjectAfter(lo, c, 3)
			}
			if at.spkTok >= at.spkEnd && (c == lo || a.shortLead(lo, c)) && e.form != formGerund {
				// An inverted cue that opens the sentence, or follows a
				// connective and its comma: "Said Ellis: “…”", "Said
				// Comey, “…”", "But, said Ortiz, “…”".
				at.spkTok, at.spkEnd = a.rightNPCore(cend, prev)
			}
			if at.spkTok >= at.spkEnd && colon && c == lo && a.commaIn(cend, prev) {
				// A participle that opens the sentence, its phrase closed
				// by a comma, before a clause of its own: "Asked about
				// the delay, Ruiz was blunt: “…”". The colon is that
				// clause's, and so is the speaker.
				break cues
			}
			if v, ok := a.issuedText(c, lo); ok && e.form == formGerund {
				if s, e2 := a.leftNP(v); s < e2 {
					at.cueTok, at.spkTok, at.spkEnd = v, s, e2 // "released a statement condemning “…”"
				}
			}
			return at, true
		case comma && c == lo && gap <= 16:
			// "Said Mabel Crane, who went to school with her, “…”"
			if s, e2 := a.rightNPCore(cend, k); s < e2 {
				at.cueTok, at.cueEnd = c, cend
				at.spkTok, at.spkEnd = s, e2
				return at, true
			}
		}
		return attr{}, false
	}
	if colon && a.qStartsUpper(k) {
		// A name just before the colon: "… doesn't surprise Republican
		// pollster Daron Shaw: “…”".
		s, e := a.leftNP(prev)
		for s < e && a.lowerWord(s) && a.wordIn(s-1, auxWords) {
			s++ // "does not surprise Republican pollster Daron Shaw"
		}
		if a.byline(s, e, lo) {
			// A byline before an excerpt: "“Museum to close,” by the
			// Times' Ann Lee: “…”" quotes an article, not its author's
			// words, and annotators leave it out.
			return attr{}, false
		}
		// (Not after a preposition of address, which makes the name the
		// addressee: "delivered a blunt message to Ruiz: “…”".)
		if s < e && e == prev && s > lo && a.capitalized(e-1) && a.properName(e-1, e) && !a.wordIn(s, spkPronouns) && a.plainName(s, e) && !(a.lowerWord(s-1) && a.wordIn(s-1, addresseePreps)) {
			at.cueTok, at.cueEnd = prev, k
			at.spkTok, at.spkEnd = s, e
			return at, true
		}
		if s, e := a.colonName(prev, lo); s < e && !a.byline(s, e, lo) {
			// The name after a verb, a preposition or a dash: "More from
			// Blumenthal and Cohen: “…”".
			at.cueTok, at.cueEnd = prev, k
			at.spkTok, at.spkEnd = s, e
			return at, true
		}
		if s, e := a.subjectNP(lo, prev); s < e && !a.byline(s, e, lo) {
			// The sentence's subject, whole up to its verb: "Tall
			// banners strung over the plaza shimmered with …: “…”".
			at.cueTok, at.cueEnd = prev, k
			at.spkTok, at.spkEnd = s, a.subjectToVerb(e, prev)
			if v := at.spkEnd; prev-v <= 8 && a.plainWords(v, prev) && (a.wordIn(v, cueAux) && a.lowerWord(v) || a.verbShape(v) || a.pastVerb(v)) {
				// The predicate before the colon, at most eight words
				// and no mark, is the cue with the colon, as annotators
				// mark it: "Kasich resisted:", "Trump went even
				// further:", "the leaders had one message:".
				at.cueTok = v
			}
			return at, true
		}
	}
	return attr{}, false
}

// quoteAside reports whether the cue [c, cend) is the writer's aside
// "I quote" between commas just before quotation token k ("said, and I
// quote, “…”"): the writer vouches for the words, the speaker is the
// subject of the cue before the aside.
func (a *attributor) quoteAside(c, cend, k int) bool {
	if cend != c+1 || k != cend+1 || !a.isPunct(cend, ",") || c < 2 {
		return false
	}
	if !a.lowerWord(c) || a.tokText(c) != "quote" || a.tokText(c-1) != "I" {
		return false
	}
	return a.isPunct(c-2, ",") || a.isPunct(c-3, ",") && equalFoldASCII(a.tokText(c-2), "and")
}

// titleBy reports whether quotation token k is the title of a work
// cited with its author, a term and no speech: a comma inside its marks
// and a lower-case "by" right after them ("“Museum to close,” by Ann
// Lee", "“A Memoir,” by the senator").
func (a *attributor) titleBy(k int) bool {
	return a.qEndsWithComma(k) && a.wordIn(k+1, byWord) && a.lowerWord(k+1)
}

// byline reports whether the name [s, e) before a colon follows a
// lower-case "by": the author of an excerpted article ("“Museum to
// close,” by the Times' Ann Lee: “…”"), whom annotators do not take
// for a speaker.
func (a *attributor) byline(s, e, lo int) bool {
	if s >= e || s-1 <= lo {
		return false
	}
	b := s - 1
	if a.isPunct(b, "'") || a.isPunct(b, "’") {
		b-- // a plural possessor split off: "by the Times' Ann Lee"
	}
	return b > lo && a.wordIn(b, byWord) && a.lowerWord(b)
}

// subjectToVerb returns where the subject that subjectNP found ending at e
// ends when its phrase runs on to the verb before the colon at colon:
// "A note at the end of the study makes it plain:", "Varga’s memo makes a
// point:", "Tall banners strung over the plaza shimmered with …:". The
// words up to the first verb (in the shape of one, or an auxiliary) join
// it; a comma, another mark, a relative or boundary word but "and", an
// adverb before a verb ("She then turned") or no verb in twelve tokens
// leaves e, and so does "be" after a possessor: "Clinton’s response was:"
// (annotators take the possessor alone).
func (a *attributor) subjectToVerb(e, colon int) int {
	for m := e; m < colon && m < e+12; m++ {
		if !a.isWord(m) {
			if a.isPunct(m, "'s") || a.isPunct(m, "’s") {
				continue
			}
			return e
		}
		if a.wordIn(m, cueAux) || a.verbShape(m) {
			if m > e && a.wordIn(m, passiveAux) && a.possessiveWord(e-1) {
				return e // "Clinton’s response was:", the possessor alone
			}
			return m // "… on Wednesday had one message:"
		}
		if a.wordIn(m, relWords|thatWords|boundaryWords) && !a.wordIn(m, coordWords) || (a.adverb(m) || a.wordIn(m, auxWords)) && a.verbShape(m+1) {
			return e // "the man who …", "She then turned …"
		}
	}
	return e
}

// plainWords reports whether the tokens [s, e) are words, at least one.
func (a *attributor) plainWords(s, e int) bool {
	for m := s; m < e; m++ {
		if !a.isWord(m) {
			return false
		}
	}
	return s < e
}

// verbShape reports whether token k is a lower-case word in the shape of a
// verb in the past or the third person: "glittered", "makes"; not a
// possessive ("city’s").
func (a *attributor) verbShape(k int) bool {
	return a.lowerWord(k) && (a.pastVerb(k) || a.pastOrPresent(k) && !a.pluralNoun(k) && !a.possessiveWord(k))
}

// colonName returns the name that ends right before the colon token
// colon, past at most eight tokens back: capitalized words, "and" between
// two of them ("Blumenthal and Cohen"), the periods of initials ("Jeffrey
// M. Jones") and role words before the name ("Republican pollster Daron
// Shaw"). A verb (in the shape of one, or after an auxiliary), "from" or
// a dash must stand before it, ending what comes first in the sentence: "… doesn’t surprise Republican
// pollster Daron Shaw:", "More from Blumenthal and Cohen:", "… TOO EARLY -
// Mark Blumenthal and Jon Cohen:". A name that opens the sentence is the
// subject's (subjectNP), and the span is empty.
func (a *attributor) colonName(colon, lo int) (int, int) {
	s := colon
	for s > lo && colon-s < 8 {
		m := s - 1
		switch {
		case a.capitalized(m) && !a.wordIn(m, leadWords|npPrepositions|npDeterminers):
		case a.abbrevDot(m) && s < colon:
		case a.lowerWord(m) && s < colon && a.capitalized(s) && a.roleWord(m):
		case a.lowerWord(m) && s < colon && m > lo && a.capitalized(s) && a.capitalized(m-1) && equalFoldASCII(a.tokText(m), "and"):
		default:
			goto done
		}
		s = m
	}
done:
	if s == colon || s <= lo || !a.capitalized(colon-1) {
		return 0, 0
	}
	b := s - 1
	verb := a.lowerWord(b) && (a.pastOrPresent(b) && !a.pluralNoun(b) || a.wordIn(b-1, auxWords) && !a.wordIn(b, functionWords|auxWords))
	if !a.isDash(b) && !verb && !equalFoldASCII(a.tokText(b), "from") {
		return 0, 0 // "to the Danish weekly Nordlys Posten:", an addressee
	}
	return s, colon
}

// roleWord reports whether token k is a lower-case noun of roleWords:
// "pollster", "spokesman".
func (a *attributor) roleWord(k int) bool {
	_, ok := roleOf(a.tokText(k))
	return ok
}

// roleFold reports whether token k, lowered, is a word of roleWords:
// "Minister", "Spokesman". The look-ups of capitalised words take this
// path, not strings.ToLower, which makes a new string of every word with
// a capital (foldedWord).
func (a *attributor) roleFold(k int) bool {
	var buf [maxFoldedWord]byte
	if b, ok := a.foldedWord(buf[:0], k); ok {
		_, ok := roleOf(string(b))
		return ok
	}
	_, ok := roleOf(strings.ToLower(a.tokText(k)))
	return ok
}

// prepositionFold reports whether token k, lowered, is a word of
// prepositions (roleFold says why not strings.ToLower).
func (a *attributor) prepositionFold(k int) bool {
	var buf [maxFoldedWord]byte
	if b, ok := a.foldedWord(buf[:0], k); ok {
		return prepositions[string(b)]
	}
	return prepositions[strings.ToLower(a.tokText(k))]
}

// maxFoldedWord bounds the words foldedWord lowers into a buffer on the
// stack (with 32 bytes or fewer, string(b) stays on the stack too);
// longer ones go to strings.ToLower.
const maxFoldedWord = 32

// foldedWord appends token k with its ASCII capitals lowered to b
// (foldInto).
func (a *attributor) foldedWord(b []byte, k int) ([]byte, bool) {
	return foldInto(b, a.tokText(k))
}

// foldInto appends w with its ASCII capitals lowered to b, and reports
// whether it did: not for a word with bytes outside ASCII, which
// strings.ToLower lowers by Unicode's rules, nor for one longer than
// maxFoldedWord. A look-up of string(b) in a map, or a switch on it,
// allocates nothing.
func foldInto(b []byte, w string) ([]byte, bool) {
	if len(w) > maxFoldedWord {
		return b, false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return b, false
		}
		b = append(b, lowerASCII[w[i]])
	}
	return b, true
}

// qStartsUpper reports whether the content of quotation token k starts with
// an upper-case letter.
func (a *attributor) qStartsUpper(k int) bool {
	q := a.qs[a.toks[k].q]
	r, _ := utf8.DecodeRuneInString(a.text[q.start:q.end])
	return unicode.IsUpper(r)
}

// nextField returns the first field of s at or after byte i, as
// strings.Fields splits s (around runs of unicode.IsSpace), or an empty
// span at len(s) when there is none: the fields read one at a time, with
// no slice allocated for them.
func nextField(s string, i int) (start, end int) {
	for i < len(s) && isFieldSpace(s, i) > 0 {
		i += isFieldSpace(s, i)
	}
	start = i
	for i < len(s) && isFieldSpace(s, i) == 0 {
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
	}
	return start, i
}

// isFieldSpace returns the length of the space that opens s[i:] by
// unicode.IsSpace, or 0 when s[i:] opens with no space.
func isFieldSpace(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		return b2i(c == ' ' || c >= '\t' && c <= '\r')
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// countFields returns len(strings.Fields(s)), counted up to max: the
// callers ask only whether it is above a few.
func countFields(s string, max int) int {
	n := 0
	for i := 0; n < max; n++ {
		st, e := nextField(s, i)
		if st == e {
			break
		}
		i = e
	}
	return n
}

// titleQuote reports whether the words of quotation token k longer than
// three letters are all capitalized, as in a title.
func (a *attributor) titleQuote(k int) bool {
	q := a.qs[a.toks[k].q]
	t := a.text[q.start:q.end]
	words, caps := 0, 0
	for i := 0; ; {
		s, e := nextField(t, i)
		if s == e {
			break
		}
		i = e
		w := strings.TrimLeft(t[s:e], "'\"“‘(")
		if len(w) <= 3 {
			continue
		}
		words++
		if c := w[0]; 'A' <= c && c <= 'Z' {
			caps++
		}
	}
	return words > 0 && caps == words
}

// sentenceLike reports whether a quotation reads as speech rather than a
// term: several words, or final punctuation inside the marks.
func (a *attributor) sentenceLike(q qspan) bool {
	words := 0
	inWord := false
	last := byte(0)
	for i := q.start; i < q.end; i++ {
		c := a.text[i]
		if isSpaceByte(c) {
			inWord = false
			continue
		}
		last = c
		if !inWord {
			words++
			inWord = true
			if words > 5 {
				return true
			}
		}
	}
	switch last {
	case '.', '?', '!', ',':
		return words >= 2
	}
	return false
}

// punctOutside reports whether quotation q, closed, of two words or more,
// has a comma or a full stop right after its closing mark, where British
// papers put them: "'We are not going anywhere', says the landlord." Its
// attribution is looked for as for a sentence in marks.
func (a *attributor) punctOutside(q qspan) bool {
	if !q.closed || q.closeEnd >= len(a.text) || indexByte(",.", a.text[q.closeEnd]) < 0 {
		return false
	}
	return countFields(a.text[q.start:q.end], 2) >= 2
}

// ---- speakers ----

func (a *attributor) reportedPass() {
	made := len(a.attrs) // the attributions before are directPass's
	a.transcriptLines()
	a.headlines()
	a.pollLeads()
	a.soundedNotes()
	nouns := [2]int{len(a.attrs)} // the attributions of nounCues
	a.nounCues()
	nouns[1] = len(a.attrs)
	first := len(a.attrs)
	a.trailingFirst()
	// Contents made by trailingFirst, in text order: a cue inside one is
	// nested.
	trail := a.attrs[first:]
	// Nouns of demanding after the trailing attributions, which they must
	// not swallow ("… promises to shake things up, Stovall said").
	for i := first; i < len(a.attrs); i++ {
		a.dropNouns(nouns, a.attrs[i].contentTokStart, a.attrs[i].contentTokEnd)
	}
	a.nounDemands()
	ti, mi := 0, 0
	inner := 0     // tokens before inner lie in the content of an attribution made
	fixed := 0     // tokens before fixed lie in the content after "According to X,"
	next := 0      // the first token after the last cue attributed
	innerCues := 0 // cues read since the last one outside every content made
	var at attr    // reported's answer
	for _, c := range a.cueToks {
		if c < next {
			continue
		}
		for ti < len(trail) && trail[ti].contentTokEnd <= c {
			ti++
		}
		inTrail := ti < len(trail) && trail[ti].contentTokStart <= c
		if inTrail {
			inner = max(inner, trail[ti].contentTokEnd)
		}
		if a.used[c] {
			continue
		}
		lo, hi := a.sentBounds(c)
		lo, hi = max(lo, c-maxCueWindow), min(hi, c+maxCueWindow)
		for mi < len(a.memo) && a.memo[mi].c < c {
			mi++
		}
		var e cueEntry
		var cend int
		var ok bool
		if mi < len(a.memo) && a.memo[mi].c == c {
			m := &a.memo[mi]
			e, cend, ok = m.e, m.end, m.ok
		} else {
			e, cend, ok = a.cueAt(c, hi)
		}
		if !ok {
			continue
		}
		// Inside a content, only a verb of saying makes an attribution of
		// its own, and only with a pronoun subject, a name and "that"
		// ("told reporters that he said …", "… that Smith said that …"),
		// any subject inside the content of a trailing attribution ("The
		// campaign said …, CNN reported"),
		// a subject after a conjunction ("… and Smith said …", "… while
		// aides said …"), a relative pronoun ("…, who has pledged to …")
		// or as a participle ("…, saying …"). The outer content keeps its
		// span.
		nested := c < inner && !(e.class == cueSpeech && (a.wordIn(c-1, spkPronouns) && a.lowerWord(c-1) || (e.form == formPast || e.form == formThird) && (inTrail || a.capitalized(c-1) && !a.wordIn(c-1, spkPronouns) && a.wordIn(cend, thatWords))))
		if nested && e.class != cueSpeech || c < fixed {
			// "According to an FBI summary, Mills and Clinton told
			// investigators they were unaware …": the clause after the
			// source is the summary's, as after a trailing "according
			// to" (dropInside); no verb inside it attributes.
			continue
		}
		if c >= inner {
			innerCues = 0
		} else if innerCues++; innerCues > maxInnerCues {
			continue // cue after cue inside the contents made: no prose (see maxInnerCues)
		}
		if a.reported(c, cend, e, lo, hi, &at) {
			if at.contentTokEnd <= c && a.reportedBy(at) {
				continue // “…,” Ruiz said, according to the Gazette. “…”: the source's, as in directPass
			}
			if c < inner && at.contentTokStart < at.spkTok && equalFoldASCII(a.tokText(at.contentTokStart), "what") {
				// "… denounced what she called a “reckless stunt”", "…
				// fight what he said were punitive rules": a free
				// relative inside another content is what the outer
				// speaker speaks of, and that content holds it whole;
				// PolNeAR's annotators give it no attribution of its
				// own, whatever the subject.
				continue
			}
			if e.form == formGerund && (e.class == cueBelief || e.class == cueStance && !a.wordIn(c-1, textNouns|occasionNouns) || e.class == cueShow && !a.wordIn(at.contentTokStart, thatWords)) && a.nounBefore(c) {
				// "investors expecting a quick sale", "anyone wanting to
				// learn more", "wishful thinking among investors", "voters
				// seeking change": a participle of believing, wanting or
				// taking a stand right after a noun modifies the noun or
				// is one, and PolNeAR's annotators rarely attribute it
				// (5 of 35 of ours were gold). After a text or an
				// occasion it stays: "ads attacking Smith", "a speech
				// denouncing the deal".
				continue
			}
			if e.form == formGerund && a.compoundParticiple(c-1) {
				// "a provider of AI-driven forecasting", "cloud-based
				// reporting tools": a participle compound before the
				// participle makes it a noun it qualifies, as the
				// boilerplate of press releases writes it.
				continue
			}
			if a.personObject(c, cend, at, hi) {
				// "The mayor dismissed her deputy.", "The club rejected
				// the coach.": a verb that takes a claim takes a person too,
				// and then reports nothing (not "dismissed him as a
				// fraud", whose content runs on).
				continue
			}
			if e.class != cueSpeech && at.contentTokStart > c && a.trailingSays(at.contentTokStart, at.contentTokEnd) {
				// "Both ports plan to double their traffic by 2030, the
				// minister said at the forum, Trend reports": the plan is
				// what the minister said, whose attribution follows.
				continue
			}
			if nested && !(e.form == formGerund && (a.isPunct(c-1, ",") || a.isDash(c-1) || a.wordIn(c-1, gerundLeads))) && !(at.spkTok > lo && a.lowerWord(at.spkTok-1) && a.wordIn(at.spkTok-1, nestedLeads)) &&
				!(at.spkEnd == at.spkTok+1 && a.wordIn(at.spkTok, relWords) && a.lowerWord(at.spkTok) && (e.form == formPast || e.form == formThird)) {
				continue
			}
			// The search for the "who" stops at the speaker's end, since a
			// "who" before it cannot take the speaker's place, and is not
			// made for a cue with no speaker to replace: most speakers
			// stand right before their cue, and the search is then empty.
			who := -1
			if at.spkTok >= 0 && at.spkTok < at.spkEnd {
				who = a.whoClause(c, max(lo, at.spkEnd-1))
			} else if at.spkTok < 0 && at.speaker.Start >= 0 {
				who = a.whoClause(c, lo)
			}
			if r := who; r >= 0 && (at.spkTok >= 0 && at.spkTok < at.spkEnd && at.spkEnd <= r || at.spkTok < 0 && at.speaker.Start >= 0 && at.speaker.End <= int(a.toks[r].start)) {
				// "…, who watched the crash and recounted …", "…, who was
				// slow to back …": a cue inside a relative clause
				// set off before it speaks through the relative pronoun,
				// as annotators mark it, not through the clause's
				// antecedent nor the sentence's subject.
				at.spkTok, at.spkEnd, at.speaker = r, r+1, noSpan
			}
			a.addReported(at)
			a.dropNouns(nouns, at.contentTokStart, at.contentTokEnd)
			// The noun of a cue phrase ("expressed hope that …", "voiced
			// fear that …") is the cue's, not a cue of its own as well.
			a.dropNouns(nouns, c+1, cend)
			if e.form == formFixed && at.contentTokEnd <= c {
				a.dropInside(made, at.contentTokStart, at.contentTokEnd)
			} else if e.form == formFixed {
				fixed = max(fixed, at.contentTokEnd)
			}
			inner = max(inner, at.contentTokEnd)
			next = cend
		}
	}
}

// dropNouns takes back the attributions of nounCues, attrs[nouns[0]:
// nouns[1]] in the order of their nouns, whose noun lies in the content
// [s, e) of an attribution made: "Levin dismissed concerns that he is
// bucking his state", "Critics mocked Trump's claim that Mexico would
// pay". The outer content holds the noun and its clause whole, and
// PolNeAR's annotators rarely give the noun an attribution of its own
// (about one in nine of ours is gold). The nouns of demanding stay
// ("repeated her promise to hold hearings": our fixtures keep them). A
// binary search finds the first noun at s.
func (a *attributor) dropNouns(nouns [2]int, s, e int) {
	lo, hi := nouns[0], nouns[1]
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a.attrs[m].cueTok < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < nouns[1] && a.attrs[i].cueTok < e; i++ {
		a.attrs[i].end = a.attrs[i].start
	}
}

// dropInside takes back the reported attributions made since made, the
// last before the one just added, whose cues lie in [s, e): the content
// of a trailing "according to" holds its clause whole, and PolNeAR's
// annotators attribute the clause to the source of "according to" alone,
// not the verbs inside it to their subjects as well ("Most voters say
// they prefer lower prices, according to a poll": the poll, not "Most
// voters say"). An attribution taken back keeps its tokens used but has
// no content, which emit skips. The walk back stops at the first cue
// before s, or after a few attributions: a clause holds a few.
func (a *attributor) dropInside(made, s, e int) {
	for i, n := len(a.attrs)-2, 0; i >= made && n < 8; i, n = i-1, n+1 {
		at := &a.attrs[i]
		if at.cueTok < s {
			break
		}
		if at.cueTok < e {
			at.end = at.start
		}
	}
	// A quotation with its tag inside the clause is the source's too:
	// "“We will win,” Ruiz said, according to the Daily Star." is one
	// attribution, the paper's, as annotators mark it; the direct one
	// that directPass made for Ruiz (before made) is taken back.
	for i, n := made-1, 0; i >= 0 && n < 8; i, n = i-1, n+1 {
		at := &a.attrs[i]
		if at.cueTok < 0 {
			continue
		}
		if at.cueTok < s {
			break
		}
		if at.cueTok < e && at.kind == Direct {
			at.end = at.start
		}
	}
}

// trailingFirst attributes the trailing attributions of verbs of saying
// first ("…, the governor's press officer said.", "…, said Smith."),
// so that a weaker cue earlier in the sentence cannot swallow them with
// its content ("… committed to maintaining the relationship, the
// spokesman said").
func (a *attributor) trailingFirst() {
	next := 0   // the first token after the last cue attributed
	var at attr // reported's answer
	for _, c := range a.cueToks {
		// Only a verb of saying in the past or the third person is
		// attributed here: a word with no such cue is left to
		// reportedPass before the comma is looked for.
		if c < next || a.used[c] || !a.lowerWord(c) || !a.entries[a.lex[c]].trailing || !a.commaBefore(c) {
			continue
		}
		lo, hi := a.sentBounds(c)
		lo, hi = max(lo, c-maxCueWindow), min(hi, c+maxCueWindow)
		e, cend, ok := a.cueAt(c, hi)
		a.memo = append(a.memo, cueMemo{c: c, end: cend, e: e, ok: ok})
		if !ok || e.class != cueSpeech || e.form != formPast && e.form != formThird {
			continue
		}
		// The cue and its speaker end the sentence.
		if !a.tailEnds(cend, hi) && !(a.isPunct(c-1, ",") && a.rightNPEnds(cend, hi)) {
			continue
		}
		ok = a.reported(c, cend, e, lo, hi, &at)
		// A content with an attribution inside ("Half a dozen donors …
		// have agreed to serve, the party announced", "The campaign said
		// …, CNN reported") is the whole clause, and the verb of saying
		// inside makes its own attribution in reportedPass; but not when
		// that attribution trails the content itself ("…, Ambassador Lu
		// Mei said in an article, Trend reports"): trailStart sorts the
		// two out later.
		if !ok || at.spkTok < 0 || at.contentTokEnd > at.spkTok || at.contentTokEnd > c || at.parts != nil || a.trailingSays(at.contentTokStart, at.contentTokEnd) {
			continue
		}
		a.addReported(at)
		next = cend
	}
}

// commaPredicate reports whether token k is a comma, "and" or "or" and a
// verb in the past: the verbs before are a series of predicates of one
// subject ("…, recited his ideas, and ripped into the rivals"), whose
// object is no inverted speaker.
func (a *attributor) commaPredicate(k, hi int) bool {
	if k+2 >= hi || !a.isPunct(k, ",") || !a.lowerWord(k+1) {
		return false
	}
	if w := a.tokText(k + 1); w != "and" && w != "or" {
		return false
	}
	v := k + 2
	if a.adverb(v) && v+1 < hi {
		v++
	}
	return a.pastVerb(v)
}

// commaBefore reports whether a comma stands among the few tokens before
// c in its sentence, where a trailing attribution's content ends: "…, the
// prime minister's spokesman said", "…, said Smith". A cheap test before
// cueAt.
func (a *attributor) commaBefore(c int) bool {
	sent := a.toks[c].sent
	for m := c - 1; m >= 0 && m >= c-12; m-- {
		switch t := &a.toks[m]; {
		case t.sent != sent:
			return false
		case t.kind == tQuote || t.kind == tPunct && t.end-t.start == 1 && a.text[t.start] == ',':
			return true
		}
	}
	return false
}

// trailingSays reports whether the last of two or more comma-separated
// segments of [s, e) ends with an attribution of its own, a verb of saying
// and nothing after it but a tail: "…, Ambassador Lu Mei said in an
// article" (not "…, Irene Holt, said the board needed a month").
func (a *attributor) trailingSays(s, e int) bool {
	for m := e - 1; m > s; m-- {
		if !a.isPunct(m, ",") {
			continue
		}
		for k := m + 1; k < e; k++ {
			if !a.lowerWord(k) || len(a.entries[a.lex[k]].cues) == 0 {
				continue
			}
			if c, cend, ok := a.cueAt(k, e); ok && c.class == cueSpeech && (c.form == formPast || c.form == formThird) {
				return cend >= e || a.tailOK(cend, e) // "…, Lu Mei said in an article": nothing after but its tail
			}
		}
		return false
	}
	return false
}

// saysInside reports whether tokens [s, e) hold a verb of saying in the
// past or present: "Lu Mei said …, Trend reports" is left to the passes
// in text order, which attribute the inner statement first.
func (a *attributor) saysInside(s, e int) bool {
	for k := s; k < e; k++ {
		if a.toks[k].kind != tWord || len(a.entries[a.lex[k]].cues) == 0 || !a.lowerWord(k) {
			continue
		}
		if c, _, ok := a.cueAt(k, e); ok && c.class == cueSpeech && (c.form == formPast || c.form == formThird) {
			return true
		}
	}
	return false
}

// tailEnds reports whether the words from k to the end of the sentence
// are a short tail of a cue with no comma: "said Tuesday.", "said in a
// statement."
func (a *attributor) tailEnds(k, hi int) bool {
	for m := k; m < hi && m < k+12; m++ {
		if a.isPunct(m, ".") || a.isPunct(m, "!") || a.isPunct(m, "?") {
			return m+1 >= hi || a.toks[m+1].sent != a.toks[m].sent
		}
		if a.isDash(m) && m > k && m+1 < hi && a.trailingDash(m) {
			return true // "… reported on Friday -- a change that …"
		}
		if !a.isWord(m) || a.wordIn(m, thatWords|complementizers) {
			return false
		}
	}
	return k >= hi
}

// rightNPEnds reports whether a speaker after the cue runs to the end of
// the sentence: "…, said Smith, who chairs the panel."
func (a *attributor) rightNPEnds(k, hi int) bool {
	s, e := a.rightNPWith(k, hi, false)
	return s < e && a.tailEnds(e, hi)
}

// nounCues attributes the "that" clause after a noun of saying or
// believing: "her warning that the town would have to choose", "Marsh's
// claim that …". The speaker is the possessive before the noun, if any
// (nounLead), or the subject of the word read as a verb: "They fear that
// …" (cueSubject).
func (a *attributor) nounCues() {
	next := 1 // the first token after the last content attributed
	for _, c := range a.nounToks {
		if c < next || c+2 >= len(a.toks) || !a.wordIn(c, nounCues) || !a.lowerWord(c) || !equalFoldASCII(a.tokText(c+1), "that") || a.used[c] {
			continue
		}
		if a.wordIn(c+2, finiteAux|auxWords) && !a.wordIn(c+2, spkPronouns) || a.pastOrPresent(c+2) && a.lowerWord(c+2) {
			continue // "the claim that was made": a relative clause
		}
		lo, hi := a.sentBounds(c)
		if c-1 >= lo && a.lowerWord(c-1) && a.opensCue(c-1) {
			if _, end, ok := a.cueAt(c-1, hi); ok && end > c {
				// The noun ends a phrase of the verb before it, which
				// attributes the clause itself ("expressed concern that
				// …"): the noun alone would attribute it twice.
				continue
			}
		}
		if a.occasionOfCue(c, lo, hi) {
			continue // "said in her closing speech that …": the verb's clause
		}
		if a.feelingOf(c, lo, hi) {
			continue // "expressed her hope that …": the verb's content holds it
		}
		at := newAttr(Indirect)
		if a.nounCueVerb(c, lo) {
			// "The mayor claims that", "Her allies fear that": the verb,
			// whose subject is the speaker.
			at.cueTok, at.cueEnd = c, c+1
			if s, e := a.leftNP(c); s < e {
				at.spkTok, at.spkEnd = s, e
			}
		} else if a.nounLead(&at, c, lo); at.cueTok == c && at.spkTok < 0 && at.speaker.Start < 0 {
			// No determiner, modifier or possessor before the word: it may
			// be the verb, whose subject is the speaker ("Sanders,
			// meanwhile, hopes that", "They fear that").
			if s, e := a.leftNP(c); s < e && a.cueSubject(e-1, c) {
				at.spkTok, at.spkEnd = s, e
			}
		}
		last := a.contentEnd(lo, hi)
		end := a.contentStop(c+1, last)
		if end <= c+2 {
			continue
		}
		at.contentTokStart, at.contentTokEnd = c+1, end
		a.addReported(at)
		next = end
	}
}

// feelingOf reports whether noun cue c is the feeling after "expressed"
// or "voiced" a few words back, which attributes the noun phrase and its
// clause (cueEntry.feeling): "expressed her hope that …", "voiced deep
// concern that …". The noun alone would attribute the clause twice.
func (a *attributor) feelingOf(c, lo, hi int) bool {
	for p := c - 1; p > lo && p >= c-4; p-- {
		if !a.isWord(p) || !a.lowerWord(p) {
			return false
		}
		if a.opensCue(p) {
			e, _, ok := a.cueAt(p, hi)
			return ok && e.feeling && e.rest == ""
		}
	}
	return false
}

// occasionOfCue reports whether noun cue c ends the phrase of a
// preposition right after a verb of saying, at most three words back
// from the noun: "said in her closing speech that …", "wrote in a
// statement that …". The "that" is the verb's, which attributes it.
func (a *attributor) occasionOfCue(c, lo, hi int) bool {
	for p := c - 1; p > lo && p >= c-4; p-- {
		if !a.isWord(p) || !a.lowerWord(p) {
			return false
		}
		if !a.wordIn(p, npPrepositions) {
			continue
		}
		v := p - 1
		if !a.lowerWord(v) || !a.opensCue(v) {
			return false
		}
		e, end, ok := a.cueAt(v, hi)
		return ok && end == p && e.class == cueSpeech
	}
	return false
}

// nounCueVerb reports whether word c of nounCues is the verb of the noun
// phrase before it, which opens with a determiner or a possessive: after
// a plural noun, the base form of a verb of the lexicon ("Her allies fear
// that", "the farm owners hope that"); after a person or a body, the form
// in -s ("The mayor claims that", "the union fears that"), and after a
// text or a filing ("the memo claims that", "the suit claims that"). After an
// adjective or a noun of another kind the word is a noun: "the false
// claims that", "the safety concerns that".
func (a *attributor) nounCueVerb(c, lo int) bool {
	n := c - 1
	if n <= lo || !a.lowerWord(n) {
		return false
	}
	if strings.HasSuffix(a.tokText(c), "s") {
		w := strings.ToLower(a.tokText(n))
		return (a.roleWord(n) || isOrgWord(w) || a.wordIn(n, textNouns) || inFold(filingNouns[:], w)) && a.wordIn(n-1, npDeterminers|possessives) && !a.wordIn(n-1, relWords|quantifiers|numberWords)
	}
	if !a.pluralNoun(n) || len(a.entries[a.lex[c]].cues) == 0 {
		return false
	}
	for d := n - 1; d >= lo && d > n-4; d-- {
		if a.wordIn(d, npDeterminers|possessives) && !a.wordIn(d, relWords) {
			return true
		}
		if !a.nounModifier(d) {
			return false
		}
	}
	return false
}

// cueSubject reports whether the noun phrase ending with word l is the
// subject of word c of nounCues read as a verb: a pronoun ("She fears
// that"), a name ("Trump claims that"), or a plural noun before the
// base form ("Party leaders hope that"). A verb ("he expressed concern
// that"), a possessive, an adjective or a singular noun before a word in
// -s ("the false claims that") may stand before a noun.
func (a *attributor) cueSubject(l, c int) bool {
	if a.pastVerb(l) || a.possessiveWord(l) {
		return false
	}
	if a.wordIn(l, spkPronouns) {
		return true
	}
	if a.capitalized(l) {
		return !a.wordIn(l, functionWords|npDeterminers)
	}
	return a.lowerWord(l) && !strings.HasSuffix(a.tokText(c), "s") && strings.HasSuffix(a.tokText(l), "s")
}

// maxNounMods bounds the modifiers nounLead reads back over between a
// noun cue and its determiner: "his stern warning", "a firmly held
// belief".
const maxNounMods = 2

// nounLead sets the cue and the speaker of the attribution of noun cue c
// from the words before it, back to lo. The cue takes the modifiers
// between the noun and its determiner, as PolNeAR's annotators mark it
// ("his recent call for", "her fundamental argument that"), and with no
// possessor an article or a demonstrative opens the cue ("a call for",
// "the hope that"). Without a determiner to anchor them, the words
// before the noun stay out: "renewed Republican calls for". A possessor
// right before the noun is the speaker ("his", "Mr. Trump's"); past
// modifiers it is left out, where PolNeAR's annotators as often
// attribute the whole phrase to another verb ("decried Trump's repeated
// calls to …"): taking it gained 8 and lost 9 speakers on our measure.
func (a *attributor) nounLead(at *attr, c, lo int) {
	at.cueTok, at.cueEnd = c, c+1
	d := c - 1
	for d >= lo && d > c-1-maxNounMods && a.nounModifier(d) {
		d--
	}
	if d < lo {
		return
	}
	// A verb in the past right after the determiner or an adverb is an
	// adjective ("the debunked claim", "the firmly held belief"); after
	// another word it is a verb, that word the end of its subject: "The
	// mayor voiced concern that" leaves the noun alone.
	for m := d + 2; m < c; m++ {
		if a.pastVerb(m) && !a.adverb(m-1) {
			return
		}
	}
	switch {
	case a.wordIn(d, possessives) && (a.lowerWord(d) || d == lo):
		if d == c-1 {
			at.spkTok, at.spkEnd = d, d+1
		}
	case a.possessiveWord(d):
		if d == c-1 {
			at.speaker = a.possessor(d, lo) // the name: "Mr. Trump's claim"
		}
	case a.wordIn(d, npDeterminers) && !a.wordIn(d, possessives|quantifiers|numberWords):
		// "an assertion that", "the hope that". A word between an article
		// and a noun in -s may be the noun, the noun cue its verb: "the
		// suit claims that", "the government hopes to".
		if d == c-1 || !strings.HasSuffix(a.tokText(c), "s") {
			at.cueTok = d
		}
		return
	default:
		return
	}
	at.cueTok = d + 1
}

// nounModifier reports whether word k may modify a noun cue after its
// determiner: a word in lower case that is no function word, auxiliary,
// preposition or determiner ("recent", "firmly", "held"), nor a
// possessive.
func (a *attributor) nounModifier(k int) bool {
	return a.isWord(k) && a.lowerWord(k) && !a.wordIn(k, functionWords|auxWords|npDeterminers|boundaryWords|npPrepositions|possessives) && !a.possessiveWord(k)
}

// possessor returns the name that possessive token p ends, with its "’s"
// as PolNeAR's annotators mark a noun cue's speaker, reading back over
// capitalised words and abbreviations to lo but not over a capitalised
// preposition or conjunction opening the sentence: "Mr. Trump's" of "Mr.
// Trump's claim", "Governor Lund’s" of "Despite Governor Lund’s claim".
func (a *attributor) possessor(p, lo int) Span {
	s := p
	for s-1 >= lo && (a.capitalized(s-1) && !a.wordIn(s-1, functionWords|subordinators|circumstancePreps) || a.isPunct(s-1, ".") && s-2 >= lo && a.capitalized(s-2) && a.toks[s-2].end == a.toks[s-1].start) {
		s--
	}
	return Span{Start: int(a.toks[s].start), End: int(a.toks[p].end)}
}

// nounDemands attributes what a noun of demanding or promising asks for
// or commits to: "her call for a limit on trucks crossing the bridge",
// "repeated its calls for the port authority to lower its fees", "calls
// to boycott his films", "her promise to build a wall". The noun
// (demandNouns) follows a determiner, a possessive, an adjective or a
// preposition; the content is what follows "for", or the infinitive; the
// speaker, the possessor.
func (a *attributor) nounDemands() {
	next := 1 // the first token after the last content attributed
	for _, c := range a.nounToks {
		// The noun as listed, in lower case: not "Calls".
		preps := a.entries[a.lex[c]].demand
		if c < next || c+2 >= len(a.toks) || preps == "" || hasUpperASCII(a.tokText(c)) || a.used[c] {
			continue
		}
		w := a.tokText(c)
		p := c - 1
		if !a.isWord(p) || a.wordIn(p, spkPronouns|auxWords|infinitiveTo) && !a.wordIn(p, possessives) || a.toks[p].sent != a.toks[c].sent {
			continue // "they call", "will call", "to call": the verb
		}
		if a.capitalized(p) && !a.possessiveWord(p) && !a.wordIn(p, possessives) {
			continue // "Pence calls for …": the verb
		}
		if !strings.HasSuffix(w, "s") && !a.wordIn(p, npDeterminers|possessives) && !a.possessiveWord(p) && !(a.lowerWord(p) && strings.HasSuffix(a.tokText(p), "ent")) {
			continue // the singular is a verb but after "a", "his", "Pence's", "recent"
		}
		start := c + 2
		switch n := a.tokText(c + 1); {
		case n == "for" && strings.Contains(preps, "for"):
		case n == "to" && strings.Contains(preps, "to") && a.lowerWord(c+2) && !a.wordIn(c+2, npDeterminers|possessives|functionWords):
			start = c + 1
		default:
			continue
		}
		lo, hi := a.sentBounds(c)
		last := a.contentEnd(lo, hi)
		if start >= last || !a.isWord(start) {
			continue
		}
		end := a.contentStop(start, last)
		for m := start; m < end; m++ {
			if a.used[m] { // the words of an attribution made: "…, Stovall said"
				for end = m; end > start && a.isPunct(end-1, ","); end-- {
				}
				break
			}
		}
		if end <= start {
			continue
		}
		at := newAttr(Indirect)
		a.nounLead(&at, c, lo)
		if start == c+2 {
			at.cueEnd = c + 2
		}
		at.contentTokStart, at.contentTokEnd = start, end
		a.addReported(at)
		next = end
	}
}

// transcriptLines attributes the lines of a transcript or interview:
// "Q: …", "CASTELLANOS: …", "Dana Whitcombe: …". The speaker is a
// name of up to four words written in capitals opening its paragraph, the cue the colon, the content the rest of the
// paragraph.
func (a *attributor) transcriptLines() {
	for p := 0; p+1 < len(a.paraTok); p++ {
		k, e := a.paraTok[p], a.paraTok[p+1]
		if k == e {
			continue
		}
		// Most paragraphs have no colon where the name's would be: asked
		// before the name is read.
		if !a.colonAhead(k) {
			continue
		}
		m := a.nameRun(k, min(len(a.toks), k+5))
		if m == k || m-k > 4 || !a.isPunct(m, ":") || m+1 >= len(a.toks) || a.toks[m+1].para != a.toks[k].para {
			continue
		}
		if a.toks[m].sent < 0 {
			continue // "KARACHI: …", a dateline (outside every sentence), no label
		}
		caps := true
		for i := k; i < m; i++ {
			caps = caps && (a.allCaps(i) || a.isPunct(i, "."))
		}
		if !caps || a.colonLabel(k, m) {
			continue // "Update:", "Wash Post Fact-Check: …" headlines, "BYLINE: …"
		}
		if a.toks[m+1].kind == tQuote {
			continue // Trump: “…” is a direct quotation with a colon lead-in
		}
		last := e
		for last > m+1 && a.toks[last-1].kind == tPunct && a.isPunct(last-1, ".") {
			last--
		}
		if last <= m+1 || a.narratedLine(m+1, e) {
			continue
		}
		if a.addLineSpk(k, m, m, m+1, last) {
			// A speaker's own words, like a quotation's: the verbs of
			// saying in them attribute what they report ("WHITCOMBE: The
			// union says response times will go up"), in the past or the
			// third person; others ("I think", "we're adding a station")
			// are left to the line.
			// The cue read at the word decides, not the word's first
			// entry: a form of "be" opens "was quoted as saying" and "was
			// surprised" alike.
			for i := m + 1; i < last; i++ {
				if len(a.entries[a.lex[i]].cues) == 0 {
					continue
				}
				if ce, _, ok := a.cueAt(i, last); ok && ce.class == cueSpeech && (ce.form == formPast || ce.form == formThird) {
					a.used[i] = false
				}
			}
		}
	}
}

// narratedLine reports whether the words [s, e) after a label in capitals
// and a colon attribute what they say to someone they name, in the
// reporter's voice: "…, Sheriff Ann Rowe said.", "“…,” Moss said." A
// speaker's turn in a transcript speaks for itself; these are the items
// of a news brief under run-in heads ("ROAD WORK: Crews will …, public
// works director Sam Ortega said."), whose heads are no speakers. The
// speaker between the comma and the cue is a short phrase, no pronoun
// ("…, I said." is a turn's).
func (a *attributor) narratedLine(s, e int) bool {
	for c := s + 1; c < e; c++ {
		if !a.lowerWord(c) || !a.entries[a.lex[c]].trailing || a.wordIn(c-1, spkPronouns) || !a.isWord(c-1) || a.lowerWord(c-1) && !a.capitalized(c-2) {
			continue
		}
		e2, cend, ok := a.cueAt(c, e)
		if !ok || e2.class != cueSpeech || e2.form != formPast && e2.form != formThird || !a.tailEnds(cend, e) {
			continue
		}
		for m := c - 1; m > s && m >= c-6; m-- {
			if a.isPunct(m, ",") || a.toks[m].kind == tQuote {
				return true
			}
			if !a.isWord(m) {
				break
			}
		}
	}
	return false
}

// colonAhead reports whether a colon may be one of the four tokens after
// k, where transcriptLines needs the colon after a name of one to four
// tokens opening at k: the tokens' words tell it (markWord), four
// comparisons. Near the end of the tokens, where fewer than four follow,
// it answers yes, and the name is read.
func (a *attributor) colonAhead(k int) bool {
	if k < 0 || k+5 > len(a.toks) {
		return true
	}
	t, colon := a.toks[k+1:k+5], markWord(':')
	return t[0].word == colon || t[1].word == colon || t[2].word == colon || t[3].word == colon
}

// addLine adds the attribution of a transcript line or a headline: the
// speaker [s, c), the one-token cue at c, the content [cs, last), whose
// tokens no other rule may use.
func (a *attributor) addLine(s, c, cs, last int) {
	a.addLineSpk(s, c, c, cs, last)
}

// addLineSpk is addLine with a speaker [s, se) that may end before the
// cue c: "Trump Just Revealed …". It reports whether it added one.
func (a *attributor) addLineSpk(s, se, c, cs, last int) bool {
	for m := s + 1; m+1 < se; m++ {
		if a.isPunct(m, ":") && a.colonLabel(s, m) {
			s = m + 1 // "Wow: Glenn Beck Responded …": the label is no part of the speaker
			break
		}
	}
	if !a.lettered(s, se, true) || !a.lettered(cs, last, false) {
		return false // "12:45 p.m.: …", "Clinton: 2,316."
	}
	at := newAttr(Indirect)
	at.spkTok, at.spkEnd = s, se
	at.cueTok, at.cueEnd = c, c+1
	at.contentTokStart, at.contentTokEnd = cs, last
	a.addReported(at)
	for i := cs; i < last; i++ {
		a.used[i] = true
	}
	return true
}

// titleAdjunct reports whether token k, after a headline's cue, opens a
// clause or phrase of time or circumstance ("as", "amid", "after",
// "despite", "because"), which no verb of saying takes as its content:
// the cue has none, or is a noun ("Profit Beats Forecasts as Orders
// Rebound"). "When" may open what was said ("Mayor Says When Road Will
// Open").
func (a *attributor) titleAdjunct(k int) bool {
	if !a.isWord(k) || !a.wordIn(k, circumstancePreps|subordinators) {
		return false
	}
	w := a.tokText(k)
	return !equalFoldASCII(w, "when") && !equalFoldASCII(w, "whenever") && !equalFoldASCII(w, "if") && !equalFoldASCII(w, "once")
}

// titleCueEnd returns where the content of a headline's cue c opens,
// before last: after the cue's preposition, which belongs to the cue as
// after a cue in lower case ("Senator Thinks About Voters", "Mayor
// Accused Of Fraud": cueExtent), or right after c.
func (a *attributor) titleCueEnd(c, last int) int {
	if c+2 < last && a.wordIn(c+1, cuePrepositions|speechPrepositions) && a.isWord(c+2) {
		return c + 2
	}
	return c + 1
}

// trailingHeadline attributes a title-case headline [k, e) that ends with
// its attribution: "Clinton Hid Health Problems, Former White House Doctor
// Says." The speaker is the capitalized run between the last comma and a
// cue in the third person.
func (a *attributor) trailingHeadline(k, e int) bool {
	last := e
	for last > k && a.toks[last-1].kind == tPunct {
		last--
	}
	c := last - 1
	if c <= k+2 || !a.capitalized(c) || a.used[c] {
		return false
	}
	if !a.headlineCue(c) {
		return false
	}
	s := c
	for s > k && a.capitalized(s-1) {
		s--
	}
	if s == c || s-1 <= k || c-s > 5 {
		return false
	}
	if a.toks[s-1].kind == tQuote && a.qEndsWithComma(s-1) {
		// "The Mayor Is A “Real Leader,” Board Finds.": the comma is
		// inside the closing mark, and the quotation ends the content.
		a.addLine(s, c, k, s)
		return true
	}
	if !a.isPunct(s-1, ",") {
		return false
	}
	a.addLine(s, c, k, s-1)
	return true
}

// headlineCue reports whether token c is a one-word cue in the third
// person or, for a verb of saying, in the past, as a headline's verb is:
// "Says", "Calls", "Asked", "Revealed".
func (a *attributor) headlineCue(c int) bool {
	// The one-word entry, which need not come first: the phrases of
	// cueNot ("show up", "find out") are listed before the verbs of
	// showing ("New Poll Shows Lead For …").
	for _, e := range a.entries[a.lex[c]].cues {
		if e.rest == "" {
			return e.form == formThird || e.form == formPast && e.class == cueSpeech || e.form == formBase && (e.class == cueSpeech || e.class == cueShow) && a.titlePlural(c-1)
		}
	}
	return false
}

// titlePlural reports whether token k is a capitalized plural noun, the
// subject of a base form in a headline: "Survivors Explain Why …",
// "Lawmakers Rip …".
func (a *attributor) titlePlural(k int) bool {
	if !a.isWord(k) || !a.capitalized(k) || a.allCaps(k) {
		return false
	}
	w := a.tokText(k)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i' &&
		!strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") // "Clinton’s Claim" is a noun
}

// lettered reports whether [s, e) holds a word with a letter and, when
// noDigits is set, no word that opens with a digit: a time or a count is
// neither a speaker nor a content.
func (a *attributor) lettered(s, e int, noDigits bool) bool {
	ok := false
	for k := s; k < e; k++ {
		if !a.isWord(k) {
			continue
		}
		w := a.tokText(k)
		if w[0] >= '0' && w[0] <= '9' {
			if noDigits {
				return false
			}
			continue
		}
		ok = true
	}
	return ok
}

// headlines attributes headlines written in title case, whose verbs are
// capitalized like every other word: "Harbor District Says Varga Should
// Lead Council Vote", "Mayor Quist Calls Rival Planner ‘A
// Menace’". A paragraph of at most 30 tokens whose longer words are
// nearly all capitalized is a headline; its first capitalized verb of
// saying in the third person is the cue, the name before it the speaker,
// the rest of the line the content.
func (a *attributor) headlines() {
	ci := 0 // the first cue token after k, for titleLines
	for p := 0; p+1 < len(a.paraTok); p++ {
		k, e := a.paraTok[p], a.paraTok[p+1]
		if k == e {
			continue
		}
		k = a.listNumber(k, e)
		for ci < len(a.cueToks) && a.cueToks[ci] <= k {
			ci++
		}
		title := e-k <= 30 && a.titleCase(k, e)
		// "Marsh: Okafor’s ‘Reckless Budget’ Sinking Party’s Hopes" in
		// title case; "Varga: No political pressure on port audit." in
		// sentence case, one sentence with a name of one to three words:
		// the name before the colon is the speaker.
		sentenceCase := e-k <= 30 && !title && a.toks[k].sent == a.toks[e-1].sent && !a.wordIn(k, npDeterminers) && !a.possessiveName(k)
		if title || sentenceCase {
			if m, ok := a.headlineColon(k, e); ok && (title || m-k <= 3) {
				last := a.headEnd(m+1, e)
				for last > m+1 && a.isPunct(last-1, ".") {
					last--
				}
				if title && last > m+1 || last > m+3 {
					a.addLine(k, m, m+1, last)
				}
				continue
			}
		}
		if !title {
			// It reads the paragraph's cue tokens: the next paragraph's
			// come after them.
			ci += a.titleLines(k, e, a.cueToks[ci:])
		}
		if title {
			if a.trailingHeadline(k, e) {
				continue
			}
			for c := k + 1; c < e-1 && c < k+10; c++ {
				if !a.capitalized(c) || a.used[c] || !a.headlineCue(c) {
					continue
				}
				if a.titleAdjunct(a.titleCueEnd(c, e)) {
					break // "Profit Beats Forecasts as Orders Rebound": a noun, or a verb with no object
				}
				sc := c // the speaker's end, before "Just", "Finally"
				for sc > k+1 && (a.wordIn(sc-1, auxWords) || a.adverb(sc-1) || strings.EqualFold(a.tokText(sc-1), "finally")) {
					sc--
				}
				// A comma and a second cue start a second attribution of
				// the same speaker: "Clinton Says Russians Hacked DNC,
				// Calls Trump’s Remarks ‘Troubling.’"
				for c > k {
					last, next := e, 0
					for m := c + 1; m < e; m++ {
						if a.isDash(m) || a.isPunct(m, ",") && a.wordIn(m+1, coordWords) || a.toks[m].sent != a.toks[c].sent {
							last = m // "… Which Team She Would Coach – The Answer May Shock Fans", "…, But He …"
							break
						}
						if a.isPunct(m, ",") && m+2 < e && a.capitalized(m+1) && !a.used[m+1] && a.headlineCue(m+1) {
							last, next = m, m+1
							break
						}
					}
					for last > c+1 && a.toks[last-1].kind == tPunct && !a.isPunct(last-1, ")") {
						last--
					}
					if last <= c+1 {
						break
					}
					a.addLineSpk(k, sc, c, a.titleCueEnd(c, last), last)
					c = next
				}
				break
			}
		}
	}
}

// headEnd returns where the headline that opens at k ends, before e, the
// end of its paragraph: at a semicolon that closes its line, or at a line
// break. A headline and its subhead are often set as one paragraph, the
// headline ending in a semicolon: "Mayor: Budget is 'a fiction'; \nCouncil
// members split on the vote." The subhead is the writer's, not what the
// speaker said.
func (a *attributor) headEnd(k, e int) int {
	for m := k; m < e; m++ {
		if a.lineBreakBefore(m) || a.isPunct(m, ";") && a.lineBreakBefore(m+1) {
			return m
		}
	}
	return e
}

// titleLines attributes the title-case lines inside the paragraph [k, e),
// as a live blog sets its entries' titles in its text: "…\nOkafor Says
// Dropping The Levy Showed Real Courage\nAmara Okafor defended …".
// The line holds a capitalized cue, at most four capitalized words before
// it, the speaker (none when the name is glued to a time: "9:52PMBush"),
// and after it a title-case content with no punctuation that runs to the
// end of the line. It returns the number of cues before e, which it
// has read.
func (a *attributor) titleLines(k, e int, cues []int) int {
	// The cue tokens of the paragraph, not its every token: cues are
	// those after k.
	for i, c := range cues {
		if c >= e {
			return i
		}
		if !a.capitalized(c) || a.used[c] || a.lineBreakBefore(c) || !a.headlineCue(c) {
			continue
		}
		// The line's end, read no further than a title's twenty words
		// after the cue: a paragraph with no line break is read once per
		// cue otherwise (quadratic).
		le := c + 1
		for le < e && le-c-1 <= 20 && !a.lineBreakBefore(le) {
			le++
		}
		if le-c-1 < 3 || le-c-1 > 20 || le == e && !a.lineBreakBefore(a.lineStart(k, c)) || !a.titleCase(c+1, le) {
			continue
		}
		bare := true
		for m := c + 1; m < le; m++ {
			bare = bare && a.toks[m].kind != tPunct
		}
		if !bare {
			continue
		}
		s := c
		for s > k && c-s < 4 && !a.lineBreakBefore(s) && a.isWord(s-1) {
			if r, _ := utf8.DecodeRuneInString(a.tokText(s - 1)); !unicode.IsUpper(r) {
				break
			}
			s--
		}
		at := newAttr(Indirect)
		at.spkTok, at.spkEnd = s, s
		if s < c {
			at.spkEnd = c
		}
		at.cueTok, at.cueEnd = c, c+1
		at.contentTokStart, at.contentTokEnd = a.titleCueEnd(c, le), le
		a.addReported(at)
		for m := c + 1; m < le; m++ {
			a.used[m] = true
		}
	}
	return len(cues)
}

// personObject reports whether the attribution at of the cue [c, cend)
// has for content, right after a verb of personObjectVerbs, a person and
// nothing else: a short noun phrase whose last word is a role ("his
// finance minister"). (Not a pronoun: "voters are rejecting him" is
// rejecting what he stands for, as annotators read it.)
func (a *attributor) personObject(c, cend int, at attr, hi int) bool {
	s, e := at.contentTokStart, at.contentTokEnd
	if s != cend || e <= s || e-s > 5 || !a.inList(c, inPersonObjectVerbs, personObjectVerbs[:]) {
		return false
	}
	for m := s; m <= e && m < hi; m++ {
		if a.isWord(m) && a.lowerWord(m) && equalFoldASCII(a.tokText(m), "as") {
			return false // "dismissed him as a fraud"
		}
	}
	last := e - 1
	return a.isWord(last) && a.lowerWord(last) && a.roleWord(last)
}

// sourceLine reports whether token k stands in a line that a label of
// sources opens ("Source: company reports", "Photo courtesy: …"), within
// a few tokens of its colon: the line lists where figures come from, and
// a word in it that reads as a verb ("reports", "estimates") has no
// subject.
func (a *attributor) sourceLine(k int) bool {
	// cueAt asks this of most cue words, and few have a colon before
	// them: the colon is looked for first, and only then the line breaks
	// between it and k, which stop the search as before.
	if uint(k) >= uint(len(a.toks)) {
		return false
	}
	toks, sent := a.toks, a.toks[k].sent
	lo := max(1, k-maxSourceLine)
	// A colon token is the byte ':' in the text: where the text before k
	// within reach has none, which one search of its bytes tells, no token
	// need be read.
	if lo >= k || strings.IndexByte(a.text[toks[lo].start:toks[k].start], ':') < 0 {
		return false
	}
	m := k - 1
	for m >= lo && toks[m].sent == sent && toks[m].word != markWord(':') {
		m--
	}
	if m < lo || toks[m].sent != sent {
		return false // no colon in reach
	}
	for j := m + 1; j <= k; j++ {
		if a.lineBreakBefore(j) {
			return false // the colon is on an earlier line
		}
	}
	return inFold(sourceLabels[:], a.tokText(m-1)) && (m == 1 || a.toks[m-2].para != a.toks[m].para || a.lineBreakBefore(m-1))
}

// maxSourceLine is the most tokens between a label of sources and a word
// it covers (sourceLine).
const maxSourceLine = 12

// lineBreakBefore reports whether a line break stands between token m and
// the token before it.
func (a *attributor) lineBreakBefore(m int) bool {
	return m > 0 && m < len(a.toks) && indexByte(a.text[a.toks[m-1].end:a.toks[m].start], '\n') >= 0
}

// lineStart returns the first token of the line of token c, not before k.
func (a *attributor) lineStart(k, c int) int {
	for c > k && !a.lineBreakBefore(c) {
		c--
	}
	return c
}

// listNumber returns the first token of the paragraph [k, e) after the
// number of a list item written alone on its line ("4\nSmith Asked Why
// …", "12.\n…"), or k when the paragraph opens with no such number.
func (a *attributor) listNumber(k, e int) int {
	// Most paragraphs open with no digit: that is asked first.
	if !a.isWord(k) || a.tokText(k)[0] < '0' || a.tokText(k)[0] > '9' {
		return k
	}
	m := k + 1
	if m < e && a.isPunct(m, ".") {
		m++
	}
	if m >= e || indexByte(a.text[a.toks[m-1].end:a.toks[m].start], '\n') < 0 {
		return k
	}
	for _, r := range a.tokText(k) {
		if r < '0' || r > '9' {
			return k
		}
	}
	return m
}

// pollLeads attributes sentences opening with the poll or study that
// reports them: "In a CNN poll conducted on Thursday, 73 percent of
// Americans …". The cue is "In", the source the noun phrase up to the
// comma, the content the clause after it.
func (a *attributor) pollLeads() {
	for s := 0; s+1 < len(a.sentTok); s++ {
		k := a.sentTok[s]
		// "In" is a word of occasionPreps, which few sentences open
		// with: its classes are asked before its text.
		if k+2 >= len(a.toks) || !a.wordIn(k, occasionPreps) || !a.isWord(k) || a.tokText(k) != "In" || a.used[k] ||
			!(a.wordIn(k+1, npDeterminers) || a.capitalized(k+1) || a.possessiveWord(k+1)) {
			continue
		}
		lo, hi := a.sentBounds(k)
		m, poll := k+1, false
		for m < hi && m < k+16 && a.isWord(m) {
			poll = poll || a.wordIn(m, pollNouns)
			m++
		}
		if !poll || !a.isPunct(m, ",") || m+1 >= hi || !a.isWord(m+1) {
			continue
		}
		last := a.contentEnd(lo, hi)
		at := newAttr(Indirect)
		at.cueTok, at.cueEnd = k, k+1
		at.spkTok, at.spkEnd = k+1, m
		// What a poll found runs to the end of the sentence, its
		// comparisons included ("…, while 40 percent chose Trump").
		at.contentTokStart, at.contentTokEnd = m+1, last
		if at.contentTokEnd > at.contentTokStart {
			a.addReported(at)
		}
	}
}

// soundedNotes attributes what a speaker "sounded a note" about: "she
// sounded a wary note about the harvest figures", "sounded a call for the
// country to …". The cue runs from the verb to the preposition, the
// content follows it; with "of" the note itself is the content ("sounded
// an unusual note of modesty").
func (a *attributor) soundedNotes() {
	// The nouns are cues of the lexicon ("note", "call", "warning"): the
	// pass reads the cue tokens, not every token.
	for _, n := range a.cueToks {
		if !a.noteWord(n) || !a.isWord(n+1) {
			continue
		}
		k := n - 2 // the verb, before a determiner and at most two words
		for k > 0 && k > n-4 && !a.wordIn(k+1, npDeterminers) {
			k--
		}
		w := a.tokText(k)
		if k < 1 || !a.wordIn(k+1, npDeterminers) || !a.lowerWord(k) || a.used[k] ||
			!(equalFoldASCII(w, "sound") || equalFoldASCII(w, "sounds") || equalFoldASCII(w, "sounded") || equalFoldASCII(w, "sounding")) {
			continue
		}
		lo, hi := a.sentBounds(k)
		s, e2 := a.leftNP(k)
		if s >= e2 || s < lo {
			continue
		}
		last := a.contentEnd(lo, hi)
		at := newAttr(Indirect)
		at.spkTok, at.spkEnd = s, e2
		at.cueTok = k
		p := a.tokText(n + 1)
		switch {
		case equalFoldASCII(p, "of"):
			at.cueEnd = k + 1
			at.contentTokStart, at.contentTokEnd = k+1, a.contentStop(k+1, last)
			if m := a.nextComma(n+1, at.contentTokEnd); m > n+2 {
				at.contentTokEnd = m
			}
		case equalFoldASCII(p, "about") || equalFoldASCII(p, "for") || equalFoldASCII(p, "on") || equalFoldASCII(p, "over"):
			at.cueEnd = n + 2
			at.contentTokStart, at.contentTokEnd = n+2, a.contentStop(n+2, last)
		default:
			continue
		}
		if at.contentTokEnd > at.contentTokStart {
			a.addReported(at)
		}
	}
}

// noteWord reports whether token k is a noun that one sounds
// (soundedNouns: "note", "call", "warning").
func (a *attributor) noteWord(k int) bool {
	return a.entries[a.lexAt(k)].sounded
}

// nextComma returns the first comma in [k, end), or end.
func (a *attributor) nextComma(k, end int) int {
	for k < end && !a.isPunct(k, ",") {
		k++
	}
	return k
}

// headlineColon reports whether the title-case line [k, e) opens with a
// name of at most four words and a colon, and returns the colon: "Paul
// Ryan: FBI Decision … Defies Explanation". Labels are not names: a name
// in capitals (a transcript line, "BYLINE:"), a single participle
// ("Breaking:", "Revealed:"), a list of names after the colon.
// colonLabel reports whether a word of [k, m) is one of colonLabels, or
// [k, m) one of soleColonLabels: the lead-in before a colon is a label,
// not a speaker.
func (a *attributor) colonLabel(k, m int) bool {
	if m-k == 1 && inFold(soleColonLabels[:], a.tokText(k)) {
		return true
	}
	for i := k; i < m; i++ {
		if a.entries[a.lexAt(i)].colonLabel {
			return true
		}
	}
	return false
}

func (a *attributor) headlineColon(k, e int) (int, bool) {
	m := a.nameRun(k, min(e, k+5))
	if m == k || m-k > 4 || !a.isPunct(m, ":") || m+2 >= e {
		return 0, false
	}
	if a.toks[m+1].kind == tQuote && m+2 < e && a.toks[m+2].kind == tPunct {
		return 0, false // Trump: ‘…’ is a quotation with a colon lead-in
	}
	caps := true
	for i := k; i < m; i++ {
		caps = caps && (a.allCaps(i) || !a.isWord(i))
	}
	if caps || m-k == 1 && (a.gerund(k) || strings.HasSuffix(a.tokText(k), "ed")) || a.colonLabel(k, m) {
		return 0, false
	}
	commas := 0
	for i := m + 1; i < e; i++ {
		if a.isPunct(i, ",") {
			commas++
		}
	}
	return m, commas < 3
}

// titleCase reports whether the words of [k, e) longer than three letters
// are nearly all capitalized, as in a headline. A token's kind, length
// and case are as good as random from one token to the next, so they are
// counted with no branch on them. The test for too many lower-case words
// runs at every token: once true it stays so, and the answer is false
// whenever it holds, even at a token that is not counted.
func (a *attributor) titleCase(k, e int) bool {
	words, caps := 0, 0
	end := min(e, len(a.toks))
	text := a.text
	for i := max(k, 0); i < end; i++ {
		t := &a.toks[i]
		long := b2i(t.kind == tWord) & b2i(t.end-t.start > 3)
		// The halves of contractions ("He’s") are not counted: a word
		// that opens with an apostrophe, straight or curly (E2 80 99).
		// A token within four bytes of the end is short.
		var head uint32
		if j := int(t.start); j+4 <= len(text) {
			head = load32(text[j:])
		}
		long &^= b2i(byte(head) == '\'') | b2i(head&0xFFFFFF == 0x9980E2)
		words += long
		caps += long & b2i(t.lead&leadUpper != 0)
		if 10*(words-caps) > words+end-1-i {
			return false // too many lower-case words for the rest to make up
		}
	}
	return words >= 3 && caps*10 >= words*9
}

// allCaps reports whether word k is written in capitals: "Q", "CASTELLANOS".
func (a *attributor) allCaps(k int) bool {
	if !a.isWord(k) {
		return false
	}
	letter := false
	for _, r := range a.tokText(k) {
		if unicode.IsLower(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}

// namingParticiple reports whether the label verb at c names what comes
// before it ("a group called Occupy DNC, …", "a website called “…”", "a
// movement called the Free Farmers Party"): it follows a common noun and
// is followed by one name, with "the" before it or not, and then no
// second noun phrase, or a preposition ("a party called Ice Ball at a
// hotel"), or the verb of the sentence ("a band called Redwing got the
// crowd dancing"). The noun may be an acronym after a lower-case word ("a
// super PAC called …") and the name end with a number ("Forward 21").
// Set off by commas after a plural noun, the participle names with one
// word ("elected officials, called superdelegates, …").
func (a *attributor) namingParticiple(c, start, last int) bool {
	if c == 0 {
		return false
	}
	n, appositive := c-1, false
	if c >= 3 && a.isPunct(n, ",") && a.lowerWord(c-2) {
		// Set off by commas after a plural noun: "elected officials,
		// called superdelegates, …".
		n, appositive = c-2, true
	}
	if !(a.lowerWord(n) || n >= 1 && a.allCaps(n) && len(a.tokText(n)) > 1 && a.lowerWord(n-1) || !appositive && a.peopleNoun(n)) ||
		a.wordIn(n, spkPronouns|auxWords|functionWords) || a.adverb(n) || appositive && !a.pluralNoun(n) {
		return false
	}
	m := start
	if appositive {
		// One word, a name or a term in lower case, and the closing
		// comma: a verb of naming would go on to the name it gives.
		if m+1 < last && a.isWord(m) && !a.wordIn(m, functionWords|objPronouns|spkPronouns|npDeterminers) && a.isPunct(m+1, ",") {
			return true
		}
		return false
	}
	if a.toks[m].kind == tQuote {
		m++
	} else {
		if a.lowerWord(m) && equalFoldASCII(a.tokText(m), "the") && a.capitalized(m+1) {
			m++ // "the Free Farmers Party"
		}
		if n := a.nameRun(m, last); n > m {
			m = n
			if m < last && a.isNumber(m) {
				m++ // "Forward 21"
			}
		} else if m == start && a.codeName(m) {
			m++ // "a firm called k412"
		} else {
			m = start
		}
	}
	if m == start {
		return false
	}
	return m >= last || a.toks[m].kind == tPunct && !a.isPunct(m, "(") ||
		a.lowerWord(m) && (a.wordIn(m, relWords|thatWords|finiteAux|npPrepositions|irregularPast) || a.pastOrPresent(m) && !a.pluralNoun(m)) ||
		a.namingTail(m, last)
}

// peopleNoun reports whether token k is a capitalized plural after a
// modifier in lower case, the name of a people or a party used as a
// common noun ("a band of exiled Ruritanians called …", "young
// Democrats"), not a person's name.
func (a *attributor) peopleNoun(k int) bool {
	if k < 1 || !a.capitalized(k) || a.allCaps(k) || !a.lowerWord(k-1) ||
		a.wordIn(k-1, functionWords|auxWords|spkPronouns|npPrepositions|complementizers|coordWords) || a.adverb(k-1) {
		return false
	}
	w := a.tokText(k)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// namingTail reports whether the words at m, after the name that a naming
// participle gives, go on with the noun phrase and not with a second
// complement of a verb of naming: another name in quotation marks ("a
// play called “Sons of Power,” or “Hijos,” …"), a second noun of a
// list ("one group called Stand Tall and another …"), or a participle
// with its agent ("a show called “Lenders,” written by …").
func (a *attributor) namingTail(m, last int) bool {
	if m+1 >= last || !a.lowerWord(m) {
		return false
	}
	switch w := a.tokText(m); {
	case equalFoldASCII(w, "or"):
		return a.toks[m+1].kind == tQuote
	case equalFoldASCII(w, "and"):
		return a.lowerWord(m+1) && equalFoldASCII(a.tokText(m+1), "another")
	}
	return a.lowerWord(m+1) && equalFoldASCII(a.tokText(m+1), "by") && !a.wordIn(m, functionWords|auxWords)
}

// codeName reports whether token k is a word in lower case with a digit in
// it, a name of letters and figures ("k412", "i360") that nameRun, which
// reads capitals, does not take.
func (a *attributor) codeName(k int) bool {
	if !a.isWord(k) {
		return false
	}
	w := a.tokText(k)
	digit, letter := false, false
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= '0' && b <= '9':
			digit = true
		case b >= 'a' && b <= 'z':
			letter = true
		case b >= 'A' && b <= 'Z':
			return false
		}
	}
	return digit && letter
}

// callToDo reports whether the content of a label verb starting at start
// is an object and an infinitive of purpose, with no name in quotation
// marks: "called a neighbour to borrow a ladder", "called her cousin to wish her
// luck", "called a meeting to discuss the vote". That is a telephone call
// or a summons, not a name given: the naming verb needs a second
// complement ("called the plan a way to …"), so the object is a short
// phrase with no second determiner before the "to".
func (a *attributor) callToDo(start, last int) bool {
	to := -1
	for m := start; m < last && m < start+7; m++ {
		if !a.isWord(m) {
			if a.isPunct(m, "'s") || a.isPunct(m, "’s") {
				continue
			}
			return false
		}
		if m > start && a.lowerWord(m) && a.wordIn(m, infinitiveTo) {
			to = m
			break
		}
		if m > start+1 && a.lowerWord(m) && a.wordIn(m, npDeterminers) {
			return false // "called the plan a way to …": a second phrase
		}
		if a.lowerWord(m) && a.wordIn(m, complementizers|spkPronouns|auxWords|finiteAux|relWords) && !(m == start && a.wordIn(m, objPronouns)) {
			return false // "called for … that she thinks he is unsuited to …": a clause, no object
		}
	}
	if to < 0 || !a.isWord(to+1) || !a.lowerWord(to+1) || a.wordIn(to+1, npDeterminers|possessives|objPronouns|spkPronouns) {
		return false // "called the bands to the stage"
	}
	for m := to + 2; m < last && m < start+maxCueWindow; m++ {
		if a.toks[m].kind == tQuote {
			return false // "called Tidewell's plans to build a depot “a blunder”"
		}
	}
	return true
}

// callAlone reports whether the content of a label verb starting at start
// is one name or pronoun and nothing after it but a day and the end of the
// sentence or a second verb: "Obama called Abedini.", "called both
// candidates Tuesday night and …". With no name given, the call is a
// telephone call.
func (a *attributor) callAlone(start, last int) bool {
	m := start
	if a.lowerWord(m) && a.wordIn(m, objPronouns) && !a.wordIn(m, spkPronouns) {
		m++
	} else if n := a.nameRun(m, last); n > m {
		m = n
	} else {
		return false
	}
	for m < last && a.wordIn(m, dayWords|dayParts) {
		m++
	}
	return m >= last || a.isPunct(m, ".") || a.lowerWord(m) && a.wordIn(m, coordWords) && a.pastVerb(m+1)
}

// labelClause reports whether the content of a label verb starting at
// start opens with a subject and its finite verb: a verb of naming takes
// an object and a name, never a clause, so the word was the noun ("an
// unofficial label it is trying to avoid", "the calls it has made").
func (a *attributor) labelClause(start int) bool {
	return a.lowerWord(start) && a.wordIn(start, spkPronouns|expletives) && !a.wordIn(start, relWords) &&
		a.lowerWord(start+1) && a.wordIn(start+1, finiteAux)
}

// measureAt reports whether a measure opens at token k: a number or an
// amount, after an adverb, a preposition or both ("40 percent", "to $2
// billion", "slightly from 58 percent"). After a verb that also tells a
// change in amount, it is no content: "Sales declined 40 percent".
func (a *attributor) measureAt(k int) bool {
	if a.adverb(k) {
		k++
	}
	if a.lowerWord(k) && a.wordIn(k, npPrepositions) {
		k++
	}
	if a.isNumber(k) || a.wordIn(k, numberWords) && a.lowerWord(k) {
		return true
	}
	// One more of a count: "added a second goal", "added a third".
	if k+1 < len(a.toks) && a.lowerWord(k) && (a.tokText(k) == "a" || a.tokText(k) == "an") && a.lowerWord(k+1) && countOrdinal(a.tokText(k+1)) {
		return true
	}
	return uint(k) < uint(len(a.toks)) && a.text[a.toks[k].start] == '$'
}

// spanOfTime reports whether [k, end) is only a phrase of time, which a
// verb used without an object leaves where its content would be: "decided
// over the last month", "projected over the next decade", "was skeptical
// at first". Nothing was said, thought or shown there. A final period or comma may close it.
func (a *attributor) spanOfTime(k, end int) bool {
	if end > k && a.toks[end-1].kind == tPunct && (a.isPunct(end-1, ".") || a.isPunct(end-1, ",")) {
		end--
	}
	if end-k < 2 || !a.lowerWord(k) || !a.isWord(k+1) {
		return false
	}
	w := a.tokText(k)
	if w == "every" || w == "each" {
		return a.habitTime(k+1, end)
	}
	if end-k == 2 {
		return w == "at" && a.tokText(k+1) == "first" // "at first"
	}
	if !inFold(spanPreps[:], w) {
		return false
	}
	m := k + 1
	if equalFoldASCII(a.tokText(m), "the") {
		m++
	}
	if m >= end || !inFold(spanModifiers[:], a.tokText(m)) {
		return false
	}
	m++
	if m < end-1 && (a.isNumber(m) || a.wordIn(m, numberWords) || equalFoldASCII(a.tokText(m), "few")) {
		m++ // "over the past three days", "in the next few years"
	}
	if m != end-1 {
		return false
	}
	n := strings.TrimSuffix(strings.ToLower(a.tokText(m)), "s")
	return timeNoun(n) || inFold(spanNouns[:], n)
}

// habitTime reports whether [k, end) is the rest of a habit's time after
// "every" or "each": a noun of time, then only hours and the words that
// bound them ("every morning", "each day from six until noon"). A verb
// such as "writes" or "reads" used without an object leaves it where its
// content would be: "she writes every morning".
func (a *attributor) habitTime(k, end int) bool {
	if k >= end || !a.lowerWord(k) {
		return false
	}
	if n := strings.TrimSuffix(strings.ToLower(a.tokText(k)), "s"); !timeNoun(n) && !inFold(spanNouns[:], n) && !a.wordIn(k, dayWords) {
		return false
	}
	for m := k + 1; m < end; m++ {
		if !a.isNumber(m) && !(a.lowerWord(m) && (a.wordIn(m, numberWords) || inFold(hourWords[:], a.tokText(m)))) {
			return false
		}
	}
	return true
}

// setOffEnd returns where the content [start, end) of the participle at c
// ends when a comma sets the participle off between a subject and its
// verb: at the closing comma before a verb in the past or a finite
// auxiliary, which is the subject's predicate ("The umpire, citing the
// rule book, walked out"). Else it returns end. It reads the sentence
// before c once, for the participle's cue only.
func (a *attributor) setOffEnd(c, start, end int) int {
	if c < 1 || !a.isPunct(c-1, ",") {
		return end
	}
	// Set off between a verb of saying and its "that": "The ministry
	// reported, citing customs data, that exports rose" ends at the
	// comma; the clause is the verb's.
	if c >= 2 && a.lowerWord(c-2) && a.opensCue(c-2) {
		for m := start + 1; m+1 < end; m++ {
			if a.isPunct(m, ",") && a.lowerWord(m+1) && a.wordIn(m+1, thatWords) {
				return m
			}
		}
	}
	// The subject has no verb yet: "The mayor spoke, saying the plan,
	// approved in May, was fair" keeps its whole clause.
	for m := c - 2; m >= 0 && a.toks[m].sent == a.toks[c].sent; m-- {
		if a.lowerWord(m) && (a.pastVerb(m) || a.pastOrPresent(m) && !a.pluralNoun(m) || a.wordIn(m, irregularPast|finiteAux) || a.opensCue(m)) {
			return end // and "“…,” he said, adding that Lee, his deputy, would stay"
		}
	}
	for m := start + 1; m+1 < end; m++ {
		if a.isPunct(m, ",") && a.lowerWord(m+1) && (a.pastVerb(m+1) || a.wordIn(m+1, irregularPast|finiteAux)) && !a.wordIn(m+1, spkPronouns|relWords) {
			return m
		}
	}
	return end
}

// objectInfinitive reports whether the content from token k is an object
// and an infinitive, what a participle of advice reports ("advising the
// council to wait"): a noun phrase of at most four words, then "to" and a
// word that is no determiner, possessive or number.
func (a *attributor) objectInfinitive(k, last int) bool {
	if k >= last || !a.isWord(k) || a.lowerWord(k) && !a.wordIn(k, npDeterminers|possessives) {
		return false
	}
	for m := k + 1; m < last && m <= k+4; m++ {
		if !a.isWord(m) {
			return false
		}
		if a.lowerWord(m) && a.wordIn(m, infinitiveTo) {
			return m+1 < last && a.lowerWord(m+1) && !a.wordIn(m+1, functionWords|npDeterminers|possessives) && !a.isNumber(m+1)
		}
	}
	return false
}

// clauseContent reports whether the content starting at k is a clause, as
// a cue marked "!" requires: a complementizer, a subject pronoun, a
// quotation, "there is", for a cue that takes one an infinitive, or an
// object with "as" ("see Clinton as …").
func (a *attributor) clauseContent(k int, e cueEntry) bool {
	switch {
	case a.toks[k].kind == tQuote:
		return true
	case a.wordIn(k, complementizers) && a.lowerWord(k):
		return true
	case a.wordIn(k, spkPronouns|expletives) && !a.wordIn(k, relWords) && (a.wordIn(k+1, auxWords|finiteAux) || a.pastOrPresent(k+1)):
		return true
	case e.inf && a.wordIn(k, infinitiveTo):
		return true
	}
	// An object and what it is seen as ("see Clinton as the stronger
	// candidate"), or a subject and its verb ("found Trump leading", "found
	// 45 percent of voters back him").
	for m := k + 1; m < len(a.toks) && m < k+8 && a.toks[m].sent == a.toks[k].sent; m++ {
		if a.wordIn(m, asWord) && a.lowerWord(m) || a.wordIn(m, finiteAux) && a.lowerWord(m) {
			return true
		}
		if a.lowerWord(m) && (a.gerund(m) || a.pastOrPresent(m) && !a.pluralNoun(m)) && !a.wordIn(m-1, npDeterminers|possessives|npPrepositions) {
			return true
		}
		if a.isPunct(m, ".") && a.toks[m-1].end == a.toks[m].start && a.isWord(m+1) {
			continue // an abbreviation's period: "the U.S. must …"
		}
		if !a.isWord(m) {
			break
		}
		if _, _, ok := a.cueAt(m, len(a.toks)); ok && a.lowerWord(m) && a.wordIn(m+1, thatWords) {
			break // "know him often say that …": the clause is another cue's
		}
	}
	return false
}

// pollSubject reports whether the noun phrase s..e is headed by a poll or
// a study ("A recent survey", "A poll by the college in March"): what
// such a source found is a finding even as a noun phrase ("found 60
// percent support for the plan", "found the mayor with a narrow lead"),
// where a person finding a thing is no attribution ("found his keys").
// The head is looked for before the first preposition or comma.
func (a *attributor) pollSubject(s, e int) bool {
	for m := s; m < e && m < s+8 && a.isWord(m); m++ {
		if a.wordIn(m, pollNouns) {
			return true
		}
		if a.lowerWord(m) && a.wordIn(m, npPrepositions) {
			break
		}
	}
	return false
}

// nameBeforeAppositive looks back from the comma before the cue at c for a
// name that follows a content's comma and opens an appositive running to
// that comma: "…,” Irma Solberg, deputy director of the board for
// housing, transport, and planning, said". It returns the name and its
// appositive with the closing comma, or an empty span.
func (a *attributor) nameBeforeAppositive(lo, c int) (int, int) {
	for p := c - 2; p > lo && p > c-40; p-- {
		if a.toks[p].kind == tQuote {
			if !a.qEndsWithComma(p) {
				return 0, 0
			}
		} else if !a.isPunct(p, ",") {
			continue
		}
		n := a.nameRun(p+1, c)
		if n > p+2 && n < c-1 && a.isPunct(n, ",") && a.lowerWord(n+1) {
			return p + 1, c
		}
	}
	return 0, 0
}

// gerundLead reads a phrase of saying that opens a sentence, whose speaker
// is the subject after it: "Noting that only Varga voted with the council,
// Marsh added …", "Since declaring in March that she would not stand,
// Ms. Oduya has …", "After saying he was nervous, the man …". The
// content runs from the cue's content to the comma that ends the phrase.
// Like askedLead, zeroRelative and thingRelative, it reports whether it
// read one, and sets at's speaker and content (and cue) only then: at is
// the attribution reported builds, not copied for each try.
func (a *attributor) gerundLead(c, cend int, e cueEntry, lo, last int, at *attr) bool {
	capital := a.capitalized(lo)
	if c == lo+2 && a.wordIn(lo, leadWords) && a.capitalized(lo) && a.lowerWord(lo+1) {
		lo++ // "And in explaining why …, Clinton described …"
		capital = true
	}
	if t := a.timedLead(lo, c); t > lo && capital {
		lo = t // "Two weeks after announcing …, Smith said": the participle's subject is the sentence's
	}
	having := c == lo+1 && e.form == formPast && equalFoldASCII(a.tokText(lo), "having") // "Having announced that …, Judge Berman …"
	lead := c == lo+1 && a.wordIn(lo, gerundLeads|leadParticipleWords) && capital
	if e.form != formGerund && !having || e.class != cueSpeech && !(lead && e.class == cueStance) {
		return false
	}
	if !(c == lo && a.capitalized(c) || c == lo+1 && (a.wordIn(lo, gerundLeads|leadParticipleWords) || having) && capital ||
		c == lo+3 && equalFoldASCII(a.tokText(lo), "in") && equalFoldASCII(a.tokText(lo+1), "addition") && a.wordIn(lo+2, infinitiveTo)) {
		return false // but "In addition to stating that …, Clinton has vowed"
	}
	// "Stressing the cost of the delay, Halloran said …": a participle
	// of saying that opens the sentence takes a noun phrase too.
	opening := c == lo && e.form == formGerund && e.class == cueSpeech && e.rest == "" // but "Speaking about the visit, she …" is a topic
	start, ok := a.contentStart(cend, last, e)
	if !ok || !(a.wordIn(start, complementizers) || a.wordIn(start, spkPronouns) && a.lowerWord(start) || lead && e.form == formGerund || opening) {
		return false
	}
	m := start
	for m < last && !a.isPunct(m, ",") && a.toks[m].kind != tQuote {
		m++
	}
	end := m // the content's end; the subject follows the comma
	if (opening || lead) && m < last && a.toks[m].kind == tQuote && a.qEndsWithComma(m) {
		end = m + 1 // "Citing “obligations in Tennessee,” the vice president …"
	} else if m >= last || !a.isPunct(m, ",") || m <= start || m == start+1 && !opening && !lead {
		return false // but "After talking about tariffs, Ms. Varga …"
	}
	s, e2 := a.subjectNP(m+1, last)
	if s >= e2 || s != m+1 {
		return false
	}
	if opening && !a.wordIn(start, complementizers|spkPronouns) {
		v := e2 // the subject's verb, past auxiliaries and adverbs: "Trump repeatedly said"
		for v < last && (a.wordIn(v, auxWords) || a.adverb(v)) && a.lowerWord(v) {
			v++
		}
		if _, _, ok := a.cueAt(v, last); !ok {
			return false // "Pointing to the report, the agency has …": the noun phrase only with a cue after
		}
	}
	at.spkTok, at.spkEnd = s, e2
	at.contentTokStart, at.contentTokEnd = start, end
	if having {
		at.cueTok = lo // the cue is "Having announced", as annotators mark it
	}
	return true
}

// setOffPassive reads a participle of saying set off by commas after the
// subject that opens the sentence, before the sentence's verb: "The plan,
// announced Friday, will cut fares", "The report, released by the
// agency on Monday, shows …". The subject is what was said; the agent
// after "by", if any, said it. It writes at and reports whether it read
// one.
func (a *attributor) setOffPassive(c, cend int, e cueEntry, lo, last int, at *attr) bool {
	if e.form != formPast || e.class != cueSpeech || e.object || e.label || e.rest != "" || c-2 <= lo || !a.isPunct(c-1, ",") || !a.lowerWord(c) {
		return false
	}
	if a.inList(c, inObjectVerbs, objectVerbs[:]) {
		return false // "The professor, accused by the state of …": the subject is whom it is said of
	}
	if !a.capitalized(lo) || !a.wordIn(lo, npDeterminers) || a.wordIn(lo, spkPronouns|relWords|thatWords) {
		return false // "The plan", "Her report": a noun phrase, not a name that may speak
	}
	if s, e2 := a.subjectNP(lo, c-1); s != lo || e2 != c-1 {
		return false
	}
	j := cend
	spkTok, spkEnd := -1, -1
	if j < last && a.lowerWord(j) && equalFoldASCII(a.tokText(j), "by") {
		s, e2 := a.rightNPCore(j+1, last)
		if s != j+1 || s >= e2 {
			return false
		}
		spkTok, spkEnd = s, e2
		j = e2
	}
	// A short phrase of time or place: "Friday", "on Monday", "in May".
	for m := j; m < last && m < j+5 && !a.isPunct(m, ","); m++ {
		if !a.isWord(m) || a.wordIn(m, finiteAux|thatWords|complementizers|relWords) || m == j && a.lowerWord(m) && !a.wordIn(m, npPrepositions) && !a.wordIn(m, timeWords) {
			return false
		}
		j = m + 1
	}
	if j+1 >= last || !a.isPunct(j, ",") || !a.lowerWord(j+1) || !(a.wordIn(j+1, finiteAux) || a.pastOrPresent(j+1)) {
		return false // the sentence's verb after the comma: "…, will cut fares"
	}
	at.spkTok, at.spkEnd = spkTok, spkEnd
	at.contentTokStart, at.contentTokEnd = lo, c-1
	return true
}

// shortLead reports whether the cue c follows a comma that ends a short
// connective phrase opening the sentence at lo: "But, said …", "In other
// words, explained …" (at most four words, a connective or a preposition
// first, no verb or subject pronoun; not a noun phrase: "The deal,
// announced Friday, …").
func (a *attributor) shortLead(lo, c int) bool {
	if c-1 <= lo || c-1-lo > 4 || !a.isPunct(c-1, ",") || !a.capitalized(lo) || !a.lowerWord(c) || !a.wordIn(lo, leadWords|npPrepositions) {
		return false
	}
	for m := lo; m < c-1; m++ {
		if !a.isWord(m) || a.wordIn(m, finiteAux|spkPronouns|thatWords|complementizers) || m > lo && !a.lowerWord(m) {
			return false
		}
	}
	return true
}

// timedLead returns the token of "after", "before" or "since" right
// before the participle c when a short measure of time opens the sentence
// [lo, c) before it ("One month after announcing", "Shortly before
// leaving", "Days after signing"), or lo when none does.
func (a *attributor) timedLead(lo, c int) int {
	if c-1 <= lo || c-1-lo > 3 || !a.lowerWord(c-1) || !a.wordIn(c-1, subordinators) || !a.wordIn(c-1, gerundLeads|leadParticipleWords) || equalFoldASCII(a.tokText(c-1), "while") {
		return lo
	}
	for m := lo; m < c-1; m++ {
		if !(a.wordIn(m, durationWords|numberWords|timeWords) || a.isNumber(m) || inFold(timeLeadWords[:], a.tokText(m))) {
			return lo
		}
	}
	return c - 1
}

// askedLead reads a question that opens a sentence: "Asked whether the
// plan would survive, …", "When asked on Monday about the merger, …",
// "Asked by reporters why …". The content runs from the complementizer (or
// past "about", which joins the cue) to the comma that ends the phrase.
func (a *attributor) askedLead(c, cend int, e cueEntry, lo, last int, at *attr) bool {
	if e.form != formPast || !e.object {
		return false
	}
	first := c == lo || c == lo+1 && a.toks[lo].kind == tQuote && !a.used[lo] // after a stray closing mark
	if !(first && a.capitalized(c) || c > lo && (equalFoldASCII(a.tokText(c-1), "when") || equalFoldASCII(a.tokText(c-1), "whenever"))) {
		return false
	}
	j := cend
	// at changes only when the question is read: its speaker and cue
	// until then.
	spkTok, spkEnd, cueEnd := at.spkTok, at.spkEnd, at.cueEnd
	// "by" and who asked: "Asked by Stephanopoulos whether …".
	if a.wordIn(j, byWord) && a.lowerWord(j) {
		s, e2 := a.rightNPCore(j+1, last)
		if s >= e2 {
			return false
		}
		spkTok, spkEnd = s, e2
		j = e2
	}
	// An adverb or an adverbial of a few words: "Asked specifically what",
	// "Asked on local radio who", "Asked during a March forum why".
	for m := j; m < last && m < j+8; m++ {
		if a.wordIn(m, complementizers|relWords) && a.lowerWord(m) || a.wordIn(m, aboutWords) || a.wordIn(m, infinitiveTo) && a.lowerWord(m) {
			j = m
			break
		}
		if !a.isWord(m) {
			return false
		}
	}
	if !(a.wordIn(j, complementizers|relWords) && a.lowerWord(j) || a.wordIn(j, aboutWords) || a.wordIn(j, infinitiveTo)) {
		return false
	}
	start := j
	if a.wordIn(j, aboutWords) && !a.wordIn(j, complementizers) {
		start = j + 1
		if j == cend {
			cueEnd = j + 1 // "asked about", as annotators mark the cue
		}
	}
	m := start
	for m < last && !a.isPunct(m, ",") && !(a.toks[m].kind == tQuote && a.qEndsWithComma(m)) {
		m++
		if m < last && a.isPunct(m, ",") && a.wordIn(m+1, relWords) && a.lowerWord(m+1) && a.setOffBeforeVerb(m, last) {
			// A relative clause set off before the question's verb is
			// inside it: "Asked whether the plan, which voters
			// rejected, would return, she said …". It ends within a few
			// words (setOffBeforeVerb), at the comma before the verb.
			n := m + 2
			for n < last && !a.isPunct(n, ",") {
				n++
			}
			m = n + 1
		}
	}
	if m <= start || m >= last && first {
		return false
	}
	if m < last && a.toks[m].kind == tQuote {
		m++ // “…,” ends the question with its quotation
	}
	at.spkTok, at.spkEnd, at.cueEnd = spkTok, spkEnd, cueEnd
	at.contentTokStart, at.contentTokEnd = start, m
	return true
}

// reported tries the reported-speech patterns for the cue [c, cend) in the
// sentence [lo, hi) and reports whether one gives an attribution, which it
// writes to at: through a pointer, since an attribution is large and most
// cues give none.
func (a *attributor) reported(c, cend int, e cueEntry, lo, hi int, at *attr) bool {
	*at = newAttr(Indirect)
	at.cueTok, at.cueEnd = c, cend
	if a.reducedPassive(c, lo) || a.readingObject(c) {
		return false
	}
	last := a.contentEnd(lo, hi)
	if e.form == formFixed && e.class == cueRaise {
		return a.hearsay(c, cend, lo, hi, last, at)
	}
	if e.form == formFixed {
		// According to X, … / …, according to X. The source runs to the
		// comma that opens the content, or to the end of the sentence.
		if s, e2, ok := a.sourceAfter(cend, last); ok {
			if c > lo && a.isPunct(c-1, ",") {
				e2 = a.sourceToEnd(e2, last) // "…, according to the Civic Fund, a group that tracks donors."
			}
			at.spkTok, at.spkEnd = s, e2
			if v := a.tokText(c - 1); c-2 == lo && (v == "’s" || v == "'s" || v == "is" || v == "was") && a.wordIn(c-2, expletives|verbDeterminers) {
				// "That’s according to county records": the
				// demonstrative is the content; the verb joins the cue.
				at.cueTok = c - 1
				at.contentTokStart, at.contentTokEnd = c-2, c-1
				return true
			}
			if a.isPunct(e2, ",") && e2+1 < last && !(c > lo && a.isPunct(c-1, ",")) && !(c > lo && a.isWord(c-1) && !(c-1 == lo && a.wordIn(c-1, leadWords))) {
				// "According to X, A, leading …": the rest of the sentence.
				// The source's appositive is the source's: "According to
				// the police spokesman, Ade Obi, the suspects …".
				if n := a.leadSourceAppositive(s, e2, last); n > e2 {
					at.spkEnd, e2 = n, n-1
				}
				at.contentTokStart, at.contentTokEnd = e2+1, last
				return true
			}
			end, ok := a.commaEnd(c)
			if !ok && c > lo && (a.isWord(c-1) || a.isDash(c-1)) && c-lo > 3 {
				// No comma: "Varga leads by 312 votes according to a
				// tally by the clerk", "… — or simply mistaken — according to
				// the journal".
				end, ok = c, true
			}
			if ok && c > lo {
				if m := a.sourceAppositive(e2, last); m > e2 {
					// "At the root of the dispute, according to Petra
					// Lindqvist, a former mediator, was a ruling …"
					e2 = m
					at.spkEnd = m
				}
				start := a.clauseStart(lo, end)
				if start > lo {
					start = a.fixedStart(lo, end)
				} else if start < end && a.capitalized(start) && a.wordIn(start, coordWords) {
					// A leading "And" or "But" too, which clauseStart
					// keeps for a speaker's trailing tag: before "according
					// to" the sentence is the writer's, and so is the
					// conjunction that ties it to the one before. Not when
					// nothing is left of it ("But, according to …").
					if fs := a.fixedStart(lo, end); fs < end {
						start = fs
					}
				}
				if start < end && a.isPunct(e2, ",") && e2+1 < last && a.isWord(e2+1) && a.lowerWord(end-1) && a.wordIn(end-1, subordinators|complementizers) {
					// "… ago after, according to him, Televisa censured
					// …": what is attributed opens after the source.
					at.contentTokStart, at.contentTokEnd = e2+1, a.contentStop(e2+1, last)
					return true
				}
				if start < end {
					at.contentTokStart, at.contentTokEnd = start, end
					if a.isPunct(e2, ",") && e2+1 < last && a.isWord(e2+1) && !a.gerund(e2+1) && (!a.wordIn(e2+1, npDeterminers) || a.verblessLead(start, end)) && (!a.wordIn(e2+1, cutWords) || equalFoldASCII(a.tokText(e2+1), "and")) {
						// "Since November, according to the group, forces
						// have killed …", "… in Japan, according to the
						// police, and there were only eight …": the whole
						// sentence, in two parts.
						at.contentTokEnd = a.contentStop(e2+1, last)
						at.parts = append(a.partRoom(2), a.span(start, end), a.span(e2+1, at.contentTokEnd))
					}
					return true
				}
			}
		}
		return false
	}
	if e.form == formBase && !e.pastSame && c > lo && a.isWord(c-1) && singularDeterminer(a.tokText(c-1)) {
		// "One view is that …": a noun after a determiner of one; but a
		// verb whose past is its bare form has a subject there: "no one
		// forecast the storm".
		return false
	}
	if e.form == formBase && !e.pastSame && c-1 > lo && a.singularModified(c-1) && !a.wordIn(c, nounCues) && a.entries[a.lex[c]].demand == "" {
		// "In a Facebook post Sunday, …", "a slide show that …": one
		// word between "a" and the bare form, which a singular subject
		// cannot take; the word is the noun's modifier. A noun that
		// attributes ("an impassioned call for …", "a detailed plan to
		// …") is read as one in its own rules.
		return false
	}
	if a.reducedRelative(c, cend, e, lo, last) {
		return false // "A survey published Monday said …": the verb after it attributes
	}
	// Passive: "It was announced by the ministry that …", "O’Malley’s move
	// was first reported by MSNBC".
	if e.form == formPast && a.wordIn(cend, byWord) && c > lo && !a.quotedAsSaying(c, cend, last) {
		j := c - 1
		for j > lo && (a.adverb(j) || a.wordIn(j, auxWords) && !a.wordIn(j, passiveAux)) {
			j--
		}
		if at2, ok := a.asReportedBy(c, cend, lo, hi, last, *at); ok {
			*at = at2
			return true
		}
		if a.wordIn(j, passiveAux) && a.lowerWord(j) {
			if s, e2 := a.rightNPCore(cend+1, hi); s < e2 {
				at.cueTok, at.cueEnd = j, cend // "was first reported" (by …)
				at.spkTok, at.spkEnd = s, e2
				if e2 < last && a.wordIn(e2, complementizers) && a.lowerWord(e2) {
					// "was asked by presenter Nell Hardy whether …"
					at.contentTokStart, at.contentTokEnd = e2, a.contentStop(e2, last)
					return true
				}
				ss, se := a.leftNPFrom(c, lo)
				if r := j - 1; ss >= se && r > lo && a.wordIn(r, relWords|extractRel) && a.lowerWord(r) && !a.wordIn(r, thatWords) {
					ss, se = r, r+1 // "…, which were blamed on the river gang"
				}
				if ss < se && (!a.wordIn(ss, expletives) || a.noComplement(e2, last)) { // but "it was never raised by the panel."
					at.contentTokStart, at.contentTokEnd = ss, se
					// "Marsh has been faulted by several of her colleagues for
					// neglecting to …": the whole clause, as with no agent;
					// the agent ends before the complement, or before the
					// comma that closes its relative clause. The content
					// is in two parts around the agent.
					for m := s + 1; m < last && m < s+20; m++ {
						if a.passiveClauseAt(c, m) && (m <= e2 || a.isPunct(m-1, ",")) {
							at.spkEnd = min(e2, m)
							at.contentTokEnd = a.passiveEnd(m, a.contentStop(m, last))
							at.parts = append(a.partRoom(2), a.span(ss, s), a.span(m, at.contentTokEnd))
							break
						}
					}
					return true
				}
				if start, ok := a.contentStart(e2, last, e); ok && a.wordIn(start, complementizers) {
					at.contentTokStart, at.contentTokEnd = start, a.contentStop(start, last)
					return true
				}
			}
		}
	}
	// "Trump seems to be winning", "It appears that …", "who are expected
	// to …": no source; the content holds the subject.
	if e.class == cueRaise {
		if a.expletiveRaise(c, cend, last) {
			// "It seems the public has tired of him", "it seems
			// increasingly likely that …": the clause or the adjective
			// after the verb is the content, with no source.
			at.contentTokStart, at.contentTokEnd = cend, a.contentStop(cend, last)
			return at.contentTokEnd > cend+1
		}
		// A phrase that ends with its preposition ("is seen as", "is
		// known for") has its predicate in the phrase's object.
		asPrep := a.wordIn(cend-1, npPrepositions)
		pred := !a.wordIn(cend, raiseNext) && !asPrep
		predEnd := last
		if pred {
			pe, ok := a.raisePredicate(c, cend, last)
			if !ok {
				return false // "he appeared on stage"
			}
			predEnd = pe
		}
		s, e2 := a.leftNP(c)
		if s >= e2 {
			// "which is expected to draw …", "who seemed to be confused":
			// the relative pronoun is the subject the content holds.
			r := c - 1
			for r > lo && a.wordIn(r, auxWords) && a.lowerWord(r) {
				r--
			}
			if r > lo && r < c && a.lowerWord(r) && a.wordIn(r, relWords) {
				s, e2 = r, r+1
			}
		}
		if s < e2 && !a.wordIn(s, expletives) {
			at.contentTokStart, at.contentTokEnd = s, a.contentStop(cend, predEnd)
			at.contentTokEnd = a.predicateEnd(cend, at.contentTokEnd, pred)
			if asPrep && e2 == s+1 && a.lowerWord(s) && a.wordIn(s, relWords) {
				// "Jones, who is seen as a moderate, hopes …": the
				// relative clause ends at its comma, before the verb
				// of the clause it sits in.
				at.contentTokEnd = a.passiveEnd(cend, at.contentTokEnd)
			}
			return at.contentTokEnd > cend
		}
		if pred {
			return false // "it seemed odd": no subject to hold
		}
		if start, ok := a.contentStart(cend, last, e); ok && (a.wordIn(start, complementizers) || a.wordIn(start, infinitiveTo)) {
			at.contentTokStart, at.contentTokEnd = start, a.contentStop(start, last)
			return true
		}
		return false
	}
	// "Asked whether the plan would survive, she said …", "When asked
	// about the merger, …": a question with no speaker of its own, unless
	// "by" names who asked.
	if a.askedLead(c, cend, e, lo, last, at) {
		return true
	}
	// gerundLead reads only a participle, or a past after "Having" (which
	// may follow a leading word): not most cues, which are not asked.
	if (e.form == formGerund || e.form == formPast && c <= lo+2) && a.gerundLead(c, cend, e, lo, last, at) {
		return true
	}
	// "everything he said", "a fact he frequently mentions": a relative
	// clause with no relative word, whose subject is a pronoun after a
	// noun; what was said is the noun phrase before it.
	if a.zeroRelative(c, cend, e, lo, hi, at) {
		return true
	}
	// "Ms. Varga was faulted for …", "Several aides are thought to be
	// pressing …": a passive with no agent that reports something of its
	// subject attributes the whole clause, with no source.
	label := e.label && e.form == formPast && a.labelEnd(cend, last) > cend // "is called No Respite"
	if e.class == cueSpeech && e.form == formPast && (a.passiveClause(c) || label) {
		j := c - 1 // past adverbs: "is often described as"
		for j > lo && (a.adverb(j) || a.wordIn(j, cueAdverbs) && a.lowerWord(j)) {
			j--
		}
		negated := false // "has never been charged with …" reports nothing
		for m := j; m > lo && a.wordIn(m, auxWords) && a.lowerWord(m); m-- {
			w := a.tokText(m)
			negated = negated || equalFoldASCII(w, "not") || equalFoldASCII(w, "never") || w == "n't" || w == "n’t"
		}
		if j > lo && a.wordIn(j, passiveAux) && a.lowerWord(j) && !negated {
			s, e2 := a.leftNP(c)
			r := j - 1 // the word before the auxiliaries
			for r > lo && a.wordIn(r, auxWords) && a.lowerWord(r) {
				r--
			}
			if s >= e2 && r > lo && a.wordIn(r, relWords|extractRel) && a.lowerWord(r) {
				s, e2 = r, r+1 // "…, who is said to have …", "what had been called the “Long Weekend”"
			}
			if s >= e2 && r-1 > lo && a.lowerWord(r) && equalFoldASCII(a.tokText(r-1), "whose") {
				s, e2 = r-1, r+1 // "whose government was criticized for …"
			}
			if r := s - 1; s < e2 && r > lo && equalFoldASCII(a.tokText(r), "whose") {
				s = r
			}
			if s < e2 && !a.wordIn(s, expletives) {
				at.cueTok = j
				if a.passivePrepAt(c, cend) {
					at.cueEnd = cend + 1 // "is accused of"
				}
				at.contentTokStart, at.contentTokEnd = s, a.passiveEnd(cend, a.contentStop(cend, last))
				if label {
					at.contentTokEnd = a.labelEnd(cend, last) // the name given
					return true
				}
				return at.contentTokEnd > cend+1
			}
		}
	}
	// "The sale terms were not revealed", "the results will be
	// announced on Saturday": a passive with no agent and no complement
	// attributes its subject.
	if e.class == cueSpeech && (e.form == formPast || e.pastSame) && a.passiveSubject(c) && (cend >= last ||
		a.toks[cend].kind == tPunct && !a.isPunct(cend, "(") ||
		a.lowerWord(cend) && a.wordIn(cend, npPrepositions|timeWords|subordinators|coordWords) && !a.wordIn(cend, byWord|asWord|infinitiveTo)) {
		j := c - 1 // past adverbs and "not": "was not disclosed"
		for j > lo && (a.adverb(j) || a.wordIn(j, auxWords) && !a.wordIn(j, passiveAux)) {
			j--
		}
		m := j
		for m > lo && a.wordIn(m-1, auxWords) && a.lowerWord(m-1) {
			m--
		}
		if j > lo && a.wordIn(j, passiveAux) && a.lowerWord(j) && !a.wordIn(m-1, infinitiveTo) {
			s, e2 := a.leftNP(c)
			if r := m - 1; s >= e2 && r > lo && a.wordIn(r, relWords|extractRel) && a.lowerWord(r) && !a.wordIn(r, thatWords) {
				s, e2 = r, r+1 // "…, which was announced …"
			}
			if s < e2 && (!a.wordIn(s, expletives) || a.noComplement(cend, last)) {
				at.cueTok = j
				at.contentTokStart, at.contentTokEnd = s, e2
				return true
			}
		}
	}
	// "He was asked about the merger", "she was told that …": the passive
	// of a verb with an addressee has no speaker; its subject was spoken
	// to.
	if e.class == cueSpeech && e.form == formPast && !a.wordIn(cend, byWord) && e.object {
		j := c - 1
		for j > lo && a.adverb(j) {
			j--
		}
		if j > lo && a.wordIn(j, passiveAux) && a.lowerWord(j) && a.wordIn(j, finiteAux|auxWords) {
			start := last // none: "Jokes are told, …" is the passive of the content's verb
			if a.wordIn(cend, aboutWords) {
				start = cend + 1
			} else if st, ok := a.contentStart(cend, last, e); ok {
				start = st
			}
			if start < last {
				at.cueTok = j
				at.contentTokStart, at.contentTokEnd = start, a.contentStop(start, last)
				return at.contentTokEnd > start
			}
		}
	}
	// "As Okafor noted, those tenants will …": the content follows the
	// comma.
	if cs, ce := a.leftNP(c); cs < ce && cs > lo && a.wordIn(cs-1, asWord) && (a.isPunct(cend, ",") || a.tailOK(cend, hi)) {
		m := cend
		if p := cs - 2; p >= lo && !a.isPunct(p, ",") && !a.isPunct(p, "(") && !(a.wordIn(p, leadWords|coordWords) && (p == lo || a.isPunct(p-1, ","))) {
			m = last // "… by spring as most traders had hoped, according to …": no content after the comma
		}
		for m < last && m < cend+12 && !a.isPunct(m, ",") {
			m++
		}
		if p := cs - 2; m+1 < last && a.isPunct(m, ",") && p > lo && a.isPunct(p, ",") && a.predicateAt(m+1, last) {
			// "The outcome, as she later put it, was a windfall": the
			// words before the aside are the subject of the predicate
			// after it, and the content is the whole clause, the aside
			// inside it, as for "A, X said, B", less a connective before
			// it ("And that, as he said, is …") or the clause that
			// governs it ("… and that the outcome, as she said, was …").
			start := a.clauseStart(lo, p)
			for start < p && a.wordIn(start, leadWords) {
				start++
			}
			for k := p - 2; k > start && k >= p-8 && a.isWord(k); k-- {
				if a.wordIn(k, thatWords) && a.lowerWord(k) {
					start = k + 1
					break
				}
			}
			if start < p {
				at.spkTok, at.spkEnd = cs, ce
				at.contentTokStart, at.contentTokEnd = start, a.contentStop(m+1, last)
				at.parts = append(a.partRoom(2), a.span(start, p), a.span(m+1, at.contentTokEnd))
				return true
			}
		}
		if m+1 < last && a.isPunct(m, ",") {
			at.spkTok, at.spkEnd = cs, ce
			at.contentTokStart, at.contentTokEnd = m+1, a.contentStop(m+1, last)
			return true
		}
		// "…, as Lena Marsh noted in The Ledger.": the content is the
		// clause before the comma.
		end := cs - 2
		if end > lo && a.toks[end].kind == tQuote && a.qEndsWithComma(end) {
			// "… is “a dead end,” as the mayor said": the comma is
			// inside the closing mark, and the quotation ends the
			// content.
			end = cs - 1
		}
		if end > lo && (a.isPunct(end, ",") || a.isDash(end) || end == cs-1) && a.tailOK(cend, hi) {
			if start := a.clauseStart(lo, end); start < end {
				at.spkTok, at.spkEnd = cs, ce
				at.contentTokStart, at.contentTokEnd = start, end
				return true
			}
		}
	}
	// A, X said, B: the attribution interrupts its content, which is the
	// whole sentence.
	if cs, ce := a.leftNP(c); cs < ce && cs > lo && (a.isPunct(cs-1, ",") || a.toks[cs-1].kind == tQuote && a.qEndsWithComma(cs-1)) {
		// The first segment ends before the comma, or with the quotation
		// whose text ends with it: "Those who watch ''cable shows,'' he
		// said, wind up …".
		end1 := cs - 1
		if a.toks[end1].kind == tQuote {
			end1 = cs
		}
		if b, ok := a.interruptionEnd(cend, last, hi); ok && b < last && a.isWord(b) && (!a.gerund(b) || a.verbAhead(b+1, min(last, b+6))) && !a.occasion(b, last) &&
			(a.wordIn(b, coordWords) || equalFoldASCII(a.tokText(b), "so") || !a.wordIn(b, leadWords) && !a.wordIn(b, cutWords)) &&
			!a.wordIn(b, relWords) && (!a.wordIn(b, complementizers) || equalFoldASCII(a.tokText(b), "that")) && !a.adjunctAfterCue(b) &&
			(!a.wordIn(b, timeWords) || a.wordIn(b, npDeterminers) && !a.wordIn(b+1, timeWords) || a.wordIn(b, expletives) && (a.wordIn(b+1, finiteAux) || a.raiseVerb(b+1))) {
			if !a.cueWithContent(b, hi, last) && !a.attributedClause(b, last) {
				start := a.clauseStart(lo, end1)
				// The writer's clause before a dash is no part of it.
				start = a.afterLoneDash(start, end1)
				if start < end1 && (a.connectiveEnd(start, end1+2) == end1+1 || a.leadOccasion(start, end1) || a.connectiveOnly(start, end1)) {
					// Only a connective ("In contrast, he said, …") or the
					// occasion of the saying ("In a statement Friday, she
					// said, …") before the speaker: the writer's, as a
					// single connective is; the content is what follows.
					at.spkTok, at.spkEnd = cs, ce
					at.contentTokStart, at.contentTokEnd = b, a.contentStop(b, last)
					return true
				}
				if start < end1 {
					at.spkTok, at.spkEnd = cs, ce
					at.contentTokStart, at.contentTokEnd = start, a.contentStop(b, last)
					// Its two segments, as for an interrupted direct quotation.
					at.parts = append(a.partRoom(2), a.span(start, end1), a.span(b, at.contentTokEnd))
					return true
				}
			}
		}
	}
	if a.setOffPassive(c, cend, e, lo, last, at) {
		return true
	}
	// A, said X, B: an inverted attribution set off by commas between the
	// subject and its verb ("The plan, said the mayor, will cost too
	// much"). The content is the whole sentence, in two segments; the
	// noun phrase after the second comma is no appositive of the speaker.
	if c-1 > lo && a.isPunct(c-1, ",") && e.class == cueSpeech && (e.form == formPast || e.form == formThird) && !e.object && e.rest == "" && !a.wordIn(cend, timeWords|dayWords) {
		if s, e2 := a.rightNPCore(cend, hi); s == cend && s < e2 && e2+1 < last && a.isPunct(e2, ",") && a.lowerWord(e2+1) && a.wordIn(e2+1, finiteAux) {
			start := a.clauseStart(lo, c-1)
			if ss, se := a.subjectNP(start, c-1); ss == start && ss < se {
				at.spkTok, at.spkEnd = s, e2
				at.contentTokStart, at.contentTokEnd = start, a.contentStop(e2+1, last)
				at.parts = append(a.partRoom(2), a.span(start, c-1), a.span(e2+1, at.contentTokEnd))
				return true
			}
		}
	}
	// …, X said. / …, said X.
	cs, ce := a.leftNP(c)
	var setOff [2]int
	if e.form == formGerund && e.class == cueSpeech && cs < ce && ce == c && a.isPunct(c-1, ",") && !(cs-1 > lo && a.lowerWord(cs-1) && a.cueEntriesAt(cs-1).class == cueSpeech) {
		// A noun phrase set off by commas before a participle is no
		// subject of it: "… the president of FIFA, who is under
		// investigation, saying …", "… in Bangor, Maine, promising …".
		// The participle is the clause's, read below. But after a verb
		// of saying the phrase is its speaker, and the participle's:
		// "…,” said Ann Li, a pollster, noting …". It stays the
		// speaker when no subject is found (setOff).
		setOff, cs, ce = [2]int{cs, ce}, 0, 0
	}
	if cs >= ce && c-1 > lo && a.lowerWord(c-1) && !a.wordIn(c-1, functionWords) && !a.wordIn(c-1, notSpeakers) &&
		!a.wordIn(c-1, auxWords) && !a.wordIn(c-1, boundaryWords) {
		if _, ok := a.commaEnd(c - 1); ok {
			cs, ce = c-1, c // "…, police said."
		}
	}
	if cs >= ce && a.isPunct(c-1, ",") && e.class == cueSpeech && a.tailOK(cend, hi) {
		// "…,” Irma Solberg, deputy director of the board for
		// housing, transport, and planning, said": a name after the
		// content's comma, then an appositive too rich in commas for
		// leftNP.
		cs, ce = a.nameBeforeAppositive(lo, c)
	}
	if cs < ce && cs > lo {
		// "…, an arrangement the union has criticized.": the subject of
		// a relative clause with no "that" speaks; its noun, after the
		// comma, is what the verb takes.
		if h := a.relativeHead(cs, ce, lo); h < cs && e.form != formGerund && a.tailOK(cend, hi) {
			at.spkTok, at.spkEnd = cs, ce
			at.contentTokStart, at.contentTokEnd = h, cs
			return true
		}
		// The comma first: most speakers open their sentence, and the
		// tail reads up to its end.
		// A verb of thinking whose tail opens with a preposition takes
		// that phrase as its object ("Her son, Tom, who farms, worries
		// about her."): no trailing attribution.
		if end, ok := a.commaEnd(cs); ok && a.tailOK(cend, hi) && !(e.class != cueSpeech && a.lowerWord(cend) && inFold(complementPreps[:], a.tokText(cend))) {
			start := a.trailStart(lo, end)
			// A short phrase before the comma that opens with a preposition
			// or an adverb is a leading phrase ("In 2008, she said …",
			// "Overall, he said …"), not what was said; a clause that
			// opens with a subordinator after a connective's comma is
			// ("However, when he ran, he …, she said").
			if start < end && !(a.lowerWord(start) && a.wordIn(start, npPrepositions) && !(start > lo && a.isPunct(start-1, ",") && a.wordIn(start, subordinators))) && !a.leadingAdverbial(start, end, cend, hi) && (!a.leadingPhrase(start, end) || start == lo && e.class == cueSpeech && !a.wordIn(start, npPrepositions|timeWords|leadWords) && a.endsAfter(cend, hi)) {
				at.spkTok, at.spkEnd = cs, ce
				at.contentTokStart, at.contentTokEnd = start, end
				return true
			}
		}
	}
	if e.class == cueSpeech && e.form == formPast && !e.object && e.rest == "" && a.shortLead(lo, c) {
		// "Still, said the mayor, the budget is tight.", "In other
		// words, explained Ng: …": an inverted cue between a connective
		// and what was said.
		if s, e2 := a.rightNPCore(cend, last); s == cend && s < e2 && e2+1 < last && (a.isPunct(e2, ",") || a.isPunct(e2, ":")) && a.isWord(e2+1) {
			at.spkTok, at.spkEnd = s, e2
			at.contentTokStart, at.contentTokEnd = e2+1, a.contentStop(e2+1, last)
			return true
		}
	}
	// "…, said Name" is inverted even when the words before the comma
	// could pass for a speaker set off by commas: "…, but for many, the
	// costs would exceed the savings, said Holcomb."
	inverted := a.isPunct(c-1, ",") && e.class == cueSpeech && !e.object && e.rest == "" && (a.capitalized(cend) || a.lowerWord(cend) && a.roleBeforeName(cend, hi)) && !a.wordIn(cend, timeWords)
	if (cs >= ce || inverted) && c > lo && e.form != formGerund && !a.inList(c, inObjectVerbs, objectVerbs[:]) {
		if end, ok := a.commaEnd(c); ok {
			s, e2 := a.rightNP(cend, hi)
			if s < e2 && !a.tailOK(e2, hi) {
				e2 = a.longAppositive(e2, hi)
			}
			if s < e2 && a.tailOK(e2, hi) && !a.commaPredicate(e2, hi) {
				e2 = a.appositiveComma(s, e2, hi)
				start := a.trailStart(lo, end)
				if start >= end || a.lowerWord(start) && a.wordIn(start, npPrepositions) {
					// What an attribution made earlier in the sentence left
					// over is no clause ("…, a county that she expected to
					// win, the vote will be close, said X"): the sentence.
					start = lo
				}
				if start < end && !(a.lowerWord(start) && a.wordIn(start, npPrepositions)) {
					at.spkTok, at.spkEnd = s, e2
					at.contentTokStart, at.contentTokEnd = start, end
					return true
				}
			}
		}
	}
	// "… erred in saying that …", "… aside from stating that …": a
	// preposition before a participle of saying and its clause.
	prepGerund := e.form == formGerund && e.class == cueSpeech && c > lo && a.lowerWord(c-1) && a.gerundPreposition(c-1) && a.isWord(cend) && equalFoldASCII(a.tokText(cend), "that")
	if cs >= ce && c > lo && (a.isPunct(c-1, ",") || a.isDash(c-1) || a.toks[c-1].kind == tQuote && a.qEndsWithComma(c-1) || e.form == formGerund && a.wordIn(c-1, gerundLeads) || prepGerund || e.form == formGerund && c-2 > lo && a.adverb(c-1) && a.isPunct(c-2, ",")) {
		// …, adding that … : the speaker of the sentence's attribution, or
		// else its subject ("Rubio pushed back on Thursday, saying …",
		// "… – saying …", "… by arguing that …", "… and questioning …",
		// "… by denouncing the New Deal").
		if e.form == formGerund && (e.class == cueSpeech || e.class == cueStance && a.wordIn(c-1, gerundLeads)) {
			// A verb that reports a clause only ("adding that …") adds a
			// thing with a noun phrase: "…, adding two new generators".
			if start, ok := a.contentStart(cend, last, e); ok && !(e.clause && !a.clauseContent(start, e) && !a.objectInfinitive(start, last)) {
				if s, e2 := a.clauseSubject(lo, c); s < e2 && (a.wordIn(c-1, gerundLeads) || prepGerund) {
					at.spkTok, at.spkEnd = s, e2 // "…, council members opened the session by asking …"
				} else if s, e2 := a.coordClauseSubject(lo, c); s < e2 {
					at.spkTok, at.spkEnd = s, e2 // "…, and the union has sued the city, saying …"
				} else if prev := a.sentenceSpeaker(lo, c); prev.Start >= 0 {
					at.speaker = prev
				} else if s, e2 := a.subjectNP(lo, c); s < e2 {
					at.spkTok, at.spkEnd = s, e2
				} else if setOff[0] < setOff[1] {
					at.spkTok, at.spkEnd = setOff[0], setOff[1]
				} else {
					return false
				}
				at.contentTokStart, at.contentTokEnd = start, a.setOffEnd(c, start, a.contentStop(start, last))
				return true
			}
		}
	}
	// "X issued a statement saying …": the speaker issued the text; the
	// cue runs from the verb to the participle.
	if e.form == formGerund && (e.class == cueSpeech || e.class == cueStance) {
		if v, ok := a.issuedText(c, lo); ok {
			if s, e2 := a.leftNP(v); s < e2 {
				if start, ok := a.contentStart(cend, last, e); ok {
					at.cueTok = v
					at.spkTok, at.spkEnd = s, e2
					at.contentTokStart, at.contentTokEnd = start, a.contentStop(start, last)
					return true
				}
			}
		}
	}
	// X said (that) ….
	s, e2 := a.leftNP(c)
	if s < e2 && e.form == formGerund && s-1 > lo && a.lowerWord(s-1) && a.wordIn(s-1, infinitiveTo) {
		// A participle after the words that follow "to" is not theirs but
		// the subject's: they are a verb ("tried to defend his remarks
		// calling …") or an addressee ("sent a memo to employees
		// explaining …").
		if ss, se := a.subjectNP(lo, c); ss < se && se < s {
			s, e2 = ss, se
		}
	}
	p := c - 1 // past auxiliaries: "… but did note that", "… and have pledged to"
	for p > lo && a.wordIn(p, auxWords) && a.lowerWord(p) && !a.wordIn(p, spkPronouns) {
		p--
	}
	if t := a.timeBefore(p, lo); t <= p {
		p = t - 1 // "… and on Monday announced"
	}
	if s >= e2 && (a.wordIn(p, coordWords) || (a.isPunct(c-1, ",") || a.isPunct(p, ",") && equalFoldASCII(a.tokText(p+1), "then")) && e.class == cueSpeech) && e.form != formGerund {
		// "… and accused the BMA of …": the subject of the first verb.
		// A verb that also tells a change in amount attributes nothing
		// with a measure after it here either: "cut costs and added 40
		// jobs", "scored early and added a second".
		// Nor a naming participle set off by commas: "elected
		// officials, called superdelegates, …".
		if start, ok := a.contentStart(cend, last, e); ok && (e.measure && a.measureAt(start) || e.label && a.namingParticiple(c, start, last)) {
			return false
		}
		if prev := a.sentenceSpeaker(lo, c); prev.Start >= 0 {
			if start, ok := a.contentStart(cend, last, e); ok {
				at.speaker = prev
				at.contentTokStart, at.contentTokEnd = start, a.contentStop(start, last)
				return true
			}
		}
		// "Jones joined the board and said he …", "Nora Pell, a
		// pollster who works with X, a lobby group, said …": the subject of
		// the sentence, when the first verb is no attribution and the
		// phrase before the comma is too long for leftNP. A verb of
		// stance or belief right after "and" has that subject too ("The
		// mayor met the union and refused to sign", "… and endorsed
		// Lee"), in the past or present only: after "but", auxiliaries or
		// a bare form the word is as often a noun or a second clause's
		// ("but often plans come together", "but do believe").
		if e.class == cueSpeech && (e.form == formPast || e.form == formThird || p < c-1) || (e.class == cueStance || e.class == cueBelief) && p == c-1 && equalFoldASCII(a.tokText(p), "and") && (e.form == formPast || e.form == formThird) {
			if ss, se := a.subjectNP(lo, c); ss < se {
				if start, ok := a.contentStart(cend, last, e); ok {
					if a.isPunct(c-1, ",") && a.isPunct(se, ",") {
						se = c // the name and its appositive, to the comma
					} else {
						se = a.appositiveSubject(ss, se, c) // "The chairman, Ann Li, banged the gavel and declared …"
					}
					at.spkTok, at.spkEnd = ss, se
					at.contentTokStart, at.contentTokEnd = start, a.contentStop(start, last)
					return true
				}
			}
		}
	}
	if s >= e2 && c-2 > lo && a.wordIn(c-1, infinitiveTo) && (a.wordIn(c-2, raiseAdjectives) || a.pastVerb(c-2)) && a.lowerWord(c-2) {
		// "Democratic voters are more likely to say that …", "he tried to
		// argue that …": the subject of the verb or adjective right
		// before it ("…, but she struggled to explain"), when the
		// sentence has a subject (else no attribution).
		s, e2 = a.subjectNP(lo, c-2)
		if s < e2 {
			if s2, e3 := a.leftNP(c - 2); s2 < e3 {
				s, e2 = s2, e3
			}
		}
		at.cueTok = c - 2
	} else if s >= e2 && c-2 > lo && a.wordIn(c-1, infinitiveTo) && e.class == cueSpeech &&
		!a.wordIn(c-2, unrealTo) && !a.wordIn(c-3, npDeterminers|possessives) && !(a.lowerWord(c-2) && a.wordIn(c-2, auxWords)) {
		// "took to Twitter to say …", "continues to insist …": the
		// subject of the sentence, unless the saying is only planned,
		// owed or judged ("plans to announce", "has yet to explain", "a
		// chance to respond", "hard to say"); after a verb of causing or
		// letting, its object ("The defeat led Republicans to say …",
		// "allowed him to call for …"). The cue holds the "to", as
		// annotators mark it.
		s, e2 = a.causedSubject(c-1, lo)
		if s >= e2 {
			s, e2 = a.subjectNP(lo, c-1)
		}
		at.cueTok = c - 1
	}
	if s >= e2 {
		return false
	}
	start, ok := a.contentStart(cend, last, e)
	if r := a.beforeFocus(s-1, lo); e.class == cueSpeech && r > lo && a.lowerWord(r) && a.wordIn(r, extractRel) && !equalFoldASCII(a.tokText(r), "that") &&
		a.relativeAt(r) && e.form != formGerund && a.tailOK(cend, hi) {
		// "a flat tax, which Senator Ted Cruz proposed", "what Melania
		// Trump told NBC News": the relative word is the object of the
		// cue and stands for what was said; after a preposition, with the
		// preposition ("the report about which she complained").
		at.spkTok, at.spkEnd = s, e2
		at.contentTokStart, at.contentTokEnd = r, r+1
		if a.wordIn(r, relWords) && a.lowerWord(r-1) && a.wordIn(r-1, npPrepositions) {
			at.contentTokStart = r - 1
		}
		return true
	}
	if !ok || e.clause && !a.clauseContent(start, e) && !a.chargedWith(c, start, last) && !(e.class == cueShow && a.pollSubject(s, e2)) || e.label && (a.namingParticiple(c, start, last) || (a.callToDo(start, last) || a.callAlone(start, last)) && !a.wordIn(a.beforeFocus(s-1, lo), extractRel) || a.labelClause(start)) || e.measure && a.measureAt(start) {
		return false
	}
	if e.form == formThird && start == cend && e2 == c && a.nounBeforeVerb(s, e2, start, lo) {
		return false
	}
	at.spkTok, at.spkEnd = s, e2
	at.contentTokStart, at.contentTokEnd = start, a.contentStop(start, last)
	if e.class == cueShow {
		// What a poll or a study shows or found runs to the end of the
		// sentence, its comparisons included.
		at.contentTokEnd = last
	}
	// relativeInSubject and relativeClauseEnd ask first for a speaker
	// that ends with a relative pronoun, which few have: the class is
	// tested here once, with no call for the others.
	rel := e2 > s && a.wordIn(e2-1, relWords)
	if at.contentTokEnd <= at.contentTokStart || rel && a.relativeInSubject(s, e2, start, at.contentTokEnd) || a.spanOfTime(start, at.contentTokEnd) {
		return false
	}
	if rel {
		if m := a.relativeClauseEnd(s, e2, start, at.contentTokEnd); m > start {
			at.contentTokEnd = m
		} else if m := a.relativeMainVerb(e2, start, at.contentTokEnd); m > start {
			at.contentTokEnd = m
		}
	}
	if (e.class == cueBelief || e.class == cueStance) && e.form == formPast {
		at.contentTokEnd = a.secondPastEnd(start, at.contentTokEnd)
	}
	if e.form == formGerund {
		at.contentTokEnd = a.setOffEnd(c, start, at.contentTokEnd)
	}
	if e.label {
		// "called the plan “a disaster,” an extraordinary charge": the
		// content ends with the name given.
		for m := start; m < at.contentTokEnd && m < start+12; m++ {
			if a.toks[m].kind == tQuote {
				if a.qEndsWithComma(m) || a.isPunct(m+1, ",") {
					at.contentTokEnd = m + 1
				}
				break
			}
			if a.toks[m].kind == tPunct && !a.isPunct(m, "'s") && !a.isPunct(m, "’s") && !a.abbrevDot(m) {
				break // but "Donald J. Trump's remarks"
			}
		}
	}
	if r := a.beforeFocus(s-1, lo); r > lo && a.lowerWord(r) && a.wordIn(r, extractRel) && a.relativeAt(r) && !a.wordIn(start, spkPronouns|complementizers) && e.form != formGerund &&
		!(a.wordIn(r, relWords) && a.lowerWord(r-1) && a.wordIn(r-1, npPrepositions)) {
		// "which he said was …", "what he calls corruption": the
		// relative word stands for what was said and opens the content,
		// in two parts around the speaker and the cue. After a
		// preposition "which" is the place or time of the saying ("a
		// speech in which she praised the library"), not what was said.
		at.parts = append(a.partRoom(2), a.span(r, s), a.span(start, at.contentTokEnd))
		at.contentTokStart = r
	} else if ns, m := a.gapInSpeaker(s, e2, start); ns < m && e.form != formGerund && e.form != formFixed && !e.label {
		// "a tactic Democrats hope will fail", "a probe the agency said
		// was ongoing": the speaker found runs the noun the relative
		// clause tells of into its subject; the subject alone speaks,
		// and the noun opens the content as below.
		at.spkTok = m
		at.parts = append(a.partRoom(2), a.span(ns, m), a.span(start, at.contentTokEnd))
		at.contentTokStart = ns
	} else if ns := a.gapAntecedent(s, start, lo); ns < s && e.form != formGerund && e.form != formFixed {
		// "a decision they say allowed terrorism to spread", "a probe
		// the agency said was ongoing": a relative clause with no
		// relative word whose subject is the gap; the noun it tells of
		// opens the content, in two parts around the speaker and the cue.
		at.parts = append(a.partRoom(2), a.span(ns, s), a.span(start, at.contentTokEnd))
		at.contentTokStart = ns
	}
	return true
}

// singularModified reports whether word k, in lower case or a name,
// follows "a" or "an", not after one of causativeVerbs, and is neither a count ("a few", "a dozen"), a
// number nor a function word: the noun phrase "a Facebook", "a sustained"
// is singular and has no head yet.
func (a *attributor) singularModified(k int) bool {
	if w := a.tokText(k - 1); !equalFoldASCII(w, "a") && !equalFoldASCII(w, "an") {
		return false
	}
	if k-2 >= 0 && a.lowerWord(k-2) && inFold(causativeVerbs[:], a.tokText(k-2)) {
		return false // "had an aide say that …": the bare form after a verb of causing or perceiving
	}
	if !a.isWord(k) || a.isNumber(k) || a.wordIn(k, functionWords|auxWords|numberWords|quantifiers|npDeterminers) || a.pluralNoun(k) {
		return false
	}
	return !inFold(countNouns[:], a.tokText(k))
}

// nounBeforeVerb reports whether a cue in -s whose speaker is [s, e) is
// a plural noun, the head of a subject whose verb is the finite
// auxiliary or verb of showing at start right after it: "Health worries
// have dogged the mayor", "his cost estimates have grown", "new filings
// reports show …" attribute nothing to the words before the noun. The
// caller asks only when the speaker ends right before the cue, with no
// auxiliary or adverb between, which a noun cannot have. A verb in -s
// has no finite verb right after it but in a relative clause whose gap
// is its content's subject, with a pronoun for its subject, a relative
// word or a noun before it: "a plan he says is ready", "which the mayor
// says will pass", "a levy the mayor says will fund …".
func (a *attributor) nounBeforeVerb(s, e, start, lo int) bool {
	if !a.lowerWord(start) || !a.wordIn(start, finiteAux) && a.cueEntriesAt(start).class != cueShow {
		return false
	}
	if a.wordIn(e-1, spkPronouns) || a.wordIn(e-1, quantifiers) {
		return false
	}
	if r := a.beforeFocus(s-1, lo); r >= lo && a.wordIn(r, relWords|extractRel) {
		return false
	}
	// "a levy the mayor says will fund …": the noun and the clause's
	// subject read as one phrase.
	if ns, m := a.gapInSpeaker(s, e, start); ns < m {
		return false
	}
	return a.gapAntecedent(s, start, lo) >= s
}

// cueWithContent reports whether a cue opens at token b, after the
// speaker and cue that interrupt a content, and starts an attribution of
// its own: a participle ("…, he said, adding that …"), a fixed phrase
// ("according to"), or a verb with a clause after it ("…, who told the
// paper that …"). A verb with no clause has the words before the
// interruption for its subject, and they and it are the content:
// "Bringing the band back, she said, feels right", "The chief, they
// said, ordered them to wait".
func (a *attributor) cueWithContent(b, hi, last int) bool {
	e, bend, ok := a.cueAt(b, hi)
	if !ok || e.form == formGerund || e.form == formFixed {
		return ok
	}
	start, ok := a.contentStart(bend, last, e)
	return ok && a.clauseContent(start, e)
}

// quotedAsSaying reports whether the passive "quoted" at c, whose agent
// opens at the "by" at cend, goes on to "as saying" (or "as telling",
// "as stating") within a few words, with no mark between: "the minister
// was quoted by the state agency as saying that …". The subject is the
// speaker, as in "was quoted as saying"; the agent is the channel that
// quotes it, in neither the speaker nor the content.
func (a *attributor) quotedAsSaying(c, cend, last int) bool {
	if !quotingVerb(a.tokText(c)) || !a.lowerWord(c) {
		return false
	}
	for m := cend + 1; m+1 < last && m <= cend+10; m++ {
		if !a.isWord(m) && !a.isPunct(m, "'s") && !a.isPunct(m, "’s") {
			return false
		}
		if a.lowerWord(m) && a.wordIn(m, asWord) {
			if e, _, ok := a.cueAt(m+1, last); ok && e.class == cueSpeech && e.form == formGerund {
				return true
			}
		}
	}
	return false
}

// reducedRelative reports whether the participle cue [c, cend), in the
// past after a noun phrase that opens with a determiner, modifies that
// noun rather than being its verb: a verb with a tense follows it, after
// its day or time or a phrase of a preposition, before last: "A survey
// published Monday said …", "The study released by the agency found
// that …", "A notice posted on the city website says …". The noun
// phrase, participle and all, is the subject of that verb.
func (a *attributor) reducedRelative(c, cend int, e cueEntry, lo, last int) bool {
	if e.form != formPast || c <= lo || !a.lowerWord(c) || !a.isWord(c-1) || a.wordIn(c-1, auxWords|functionWords) {
		return false
	}
	if s, e2 := a.leftNP(c); s >= e2 || e2 != c || !a.wordIn(s, npDeterminers) || a.wordIn(s, spkPronouns|relWords|thatWords) {
		return false // a name or a pronoun before the word is its subject: "Smith published Monday …"
	}
	at := cend + a.timeGap(cend, last)
	m := at
	if m < last && a.lowerWord(m) && a.wordIn(m, npPrepositions) && !a.wordIn(m, subordinators|infinitiveTo) {
		// The phrase of the preposition: words, none a complementizer,
		// an auxiliary, a conjunction or a relative pronoun, up to eight.
		for m++; m < last && m < cend+9 && a.isWord(m) && !a.wordIn(m, thatWords|relWords|auxWords|complementizers|coordWords) && !a.opensCue(m); m++ {
		}
	}
	if m >= last || !a.lowerWord(m) {
		return false
	}
	// Something stands between: right after the participle a word in the
	// past is an adjective ("noted published reports"), and a word in -s
	// its object ("announced plans to …", "cited reports of …"), which
	// it is as often right after a day: a verb in -s only after a
	// preposition's phrase.
	v, vend, ok := a.cueAt(m, last)
	return ok && m > cend && vend > m && vend < last && (v.form == formPast || v.form == formThird && m > at)
}

// hearsay attributes the clause around an adverb of hearsay at c ("The
// agency is reportedly weighing a merger", "Reportedly, he left early"),
// as PolNeAR's annotators mark it: the content runs from the clause's
// subject, the adverb inside it, and has no source; the cue is the
// adverb. A cue after the adverb ("reportedly said", "reportedly wants")
// makes the attribution, with the adverb in its cue.
func (a *attributor) hearsay(c, cend, lo, hi, last int, at *attr) bool {
	if c == lo && a.isPunct(cend, ",") && cend+1 < last {
		at.contentTokStart, at.contentTokEnd = cend+1, a.contentStop(cend+1, last)
		return at.contentTokEnd > cend+1
	}
	v := cend
	for v < last && a.wordIn(v, auxWords) && a.lowerWord(v) {
		v++
	}
	if v >= last || !a.isWord(v) || !a.lowerWord(v) {
		return false
	}
	if _, _, ok := a.cueAt(v, hi); ok {
		return false
	}
	s, e2 := a.leftNP(c)
	if s >= e2 || a.wordIn(s, expletives) {
		return false
	}
	at.contentTokStart, at.contentTokEnd = s, a.contentStop(cend, last)
	return at.contentTokEnd > v
}

// relativeInSubject reports whether the attribution whose speaker [s, e)
// ends with a relative pronoun and whose content is an infinitive at start lies
// in the subject of a verb of saying inside [start, end): "a woman who
// asked not to be named said she saw it", "officials who want to keep
// their jobs say …". The relative clause ends before that verb, which
// attributes the sentence; the clause itself is left to it. It reads at
// most twelve tokens.
func (a *attributor) relativeInSubject(s, e, start, end int) bool {
	if e <= s || !a.wordIn(e-1, relWords) || !a.lowerWord(e-1) || !a.wordIn(start, infinitiveTo) {
		return false
	}
	for m := start + 2; m < end && m < start+12; m++ {
		if !a.isWord(m) {
			return false
		}
		if a.wordIn(m-1, infinitiveTo) || !a.lowerWord(m) {
			continue
		}
		if c, _, ok := a.cueAt(m, end); ok && c.class == cueSpeech && (c.form == formPast || c.form == formThird) {
			return true
		}
	}
	return false
}

// raisePredicate reports whether a predicate that "seem" at c links to its
// subject follows at cend, after an adverb if any: "Clinton seemed
// irritated", "the race seems close", "voters seem equally unmoved". The
// content is then the whole clause, its subject, verb and predicate, as
// PolNeAR's annotators mark it and as with "seems to". "Appear" links a
// predicate too ("the crew appeared exhausted", "the race appears
// closer in the north"), but it also means showing up ("appeared live at
// the fair", "appeared rested at the hearing, …"), and a long tail after
// it is more often the writer's circumstance than the predicate: its
// predicate must end the sentence or reach a comma within
// maxAppearPredicate tokens, and the content ends there ("the fallout
// appears serious, at least for now"). It returns where the predicate
// may end at the latest: last for "seem".
func (a *attributor) raisePredicate(c, cend, last int) (int, bool) {
	seem := hasPrefixFold(a.tokText(c), "seem")
	if !seem && !hasPrefixFold(a.tokText(c), "appear") {
		return 0, false
	}
	v := cend
	if v < last && a.adverb(v) && a.lowerWord(v) {
		v++
	}
	if v >= last || !a.isWord(v) || !a.lowerWord(v) || a.wordIn(v, npPrepositions|npDeterminers|functionWords|auxWords|spkPronouns) {
		return 0, false
	}
	if seem {
		return last, true
	}
	for m := v + 1; m <= v+maxAppearPredicate; m++ {
		if m >= last || a.isPunct(m, ",") || a.isPunct(m, ".") {
			return min(m, last), true
		}
	}
	return 0, false
}

// maxAppearPredicate bounds the predicate of "appear" without "to" (see
// raisePredicate): "appeared headed for a long and costly contest".
const maxAppearPredicate = 8

// predicateEnd returns where the clause of a verb of seeming whose
// predicate starts at k ends, by end: before a semicolon, a parenthesis, a
// dash set apart by spaces or a comma and "but" ("the race seemed close,
// but that could change", "Acme is expected to cut 200 jobs -- the first
// wave of layoffs"), or a comma and a subordinator or a preposition of
// circumstance ("appears to have plummeted, when she …", "…, despite big
// holdouts"), which add the writer's words to the clause, or before the
// "that" of "so … that", its result. With colon, after a predicate
// with no "to" ("seemed irritated: …"), also before a colon; after "seems
// to …" a colon more often opens what the clause announces, and stays.
func (a *attributor) predicateEnd(k, end int, colon bool) int {
	for m := k; m < end; m++ {
		if colon && a.isPunct(m, ":") || a.isPunct(m, ";") || a.isPunct(m, "(") || a.isDash(m) && a.afterDash(m) > 0 || a.isPunct(m, ",") && equalFoldASCII(a.tokText(m+1), "but") {
			return m
		}
		if a.isPunct(m, ",") && m+1 < end && a.lowerWord(m+1) && a.wordIn(m+1, subordinators|circumstancePreps) && !a.wordIn(m-1, coordWords) {
			return m // "… appears to have plummeted, when she …", "…, despite big-name holdouts"
		}
		if a.isPunct(m, ",") && m+2 < end && a.adverb(m+1) && a.lowerWord(m+1) && a.lowerWord(m+2) && a.wordIn(m+2, subordinators|circumstancePreps) && !a.wordIn(m-1, coordWords) {
			return m // "…, largely because …", "…, particularly after …": the same, graded
		}
		if m >= k+2 && a.tokText(m) == "that" && a.tokText(m-2) == "so" {
			return m // "looked so bleak that it spurred …": the result is the writer's
		}
	}
	return end
}

// secondPastEnd returns where the content [start, end) of a verb of belief
// or stance in the past ends when "and" and a second verb in the past
// follow in it, with no comma: "blamed Clinton for the turmoil and cast
// her as …", "knew his drinking was a danger and failed at fishing". The
// second verb shares the cue's subject and tense; PolNeAR's annotators
// end the content before it. A verb in the past just before "and", with
// its particle if any, tells a coordination inside the content instead
// ("his cousins were detained and expelled", "was locked up and
// abandoned"). It returns end when there is none.
func (a *attributor) secondPastEnd(start, end int) int {
	for m := start + 1; m+1 < end; m++ {
		// The class of "and" first, a test of one bit, before the text.
		if !a.wordIn(m, coordWords) || !equalFoldASCII(a.tokText(m), "and") || !a.lowerWord(m) || !a.pastVerb(m+1) || a.pastVerb(m-1) || a.isPunct(m-1, ",") {
			continue
		}
		if _, _, ok := a.cueAt(m+1, end); ok {
			continue // "decided they had had enough and decided to …": left to the rules of a second cue
		}
		if !(a.wordIn(m-1, particles) && a.pastVerb(m-2)) {
			return m
		}
	}
	return end
}

// relativeClauseEnd returns where the content at start ends when its cue
// sits in a relative clause, before the verb of the clause whose subject
// the relative clause tells of, or -1: "delegates who want to attend the
// convention could be left out". The speaker [s, e) ends with the relative
// pronoun and the content is an infinitive, which holds no finite verb of
// its own, so the first finite auxiliary after its first word is the main
// clause's. A comma, a quotation or a word that opens a clause before it
// ends the search, and so does a conjunction before the auxiliary ("who
// declined to be named and is not …": the relative clause goes on). It
// reads at most fifteen tokens.
func (a *attributor) relativeClauseEnd(s, e, start, end int) int {
	if e <= s || !a.wordIn(e-1, relWords) || !a.lowerWord(e-1) || !a.wordIn(start, infinitiveTo) {
		return -1
	}
	for m := start + 1; m < end && m < start+15; m++ {
		if !a.isWord(m) && !a.abbrevDot(m) || a.wordIn(m, complementizers|relWords|thatWords|spkPronouns) && !a.wordIn(m, objPronouns) {
			return -1
		}
		if a.lowerWord(m) && a.wordIn(m, finiteAux) && !a.wordIn(m-1, infinitiveTo) {
			if a.wordIn(m-1, coordWords) {
				return -1
			}
			return m
		}
	}
	return -1
}

// relativeMainVerb returns where the content at start of a cue in a
// relative clause that tells of the subject ends, before the verb of the
// main clause, or -1: "senators who praised the bill warned that …",
// "a woman who has accused the mayor of fraud said Sunday that …",
// "economists who favor the tax agree that …", and after the comma that
// closes a relative clause set off by commas: "Ruiz, who says he will
// run, has not filed". PolNeAR's annotators attribute both: the object to
// the relative pronoun, the main clause to the whole noun phrase. The
// main verb is a cue in the past or the third person (or the base form
// before "that") after a word in lower case that no conjunction, pronoun
// or "to" is, before any complementizer (a clause of the cue's own holds
// its verbs: "who think that Lee said …"); a verb right after a name
// with no finite verb before it is the verb of the cue's clause ("who
// think Lee says …"). end is the relative pronoun's token + 1. It reads
// at most fifteen tokens.
func (a *attributor) relativeMainVerb(e, start, end int) int {
	r := e - 1
	if !a.lowerWord(r) || !equalFoldASCII(a.tokText(r), "who") && !equalFoldASCII(a.tokText(r), "which") {
		return -1
	}
	setOff := r > 0 && a.isPunct(r-1, ",")
	finite, clause := false, a.wordIn(start, complementizers|thatWords)
	for m := start + 1; m < end && m < start+15; m++ {
		if !a.isWord(m) {
			if a.isPunct(m, ",") && setOff && a.mainCueAt(m+1, end) {
				return m // "Ruiz, who says he will run, has not said"
			}
			if a.abbrevDot(m) {
				continue
			}
			return -1
		}
		if a.wordIn(m, complementizers|thatWords) && a.lowerWord(m) {
			clause = true
			continue
		}
		if !clause && a.lowerWord(m-1) && !a.wordIn(m-1, coordWords|spkPronouns|objPronouns|infinitiveTo|auxWords|functionWords) && a.mainCueAt(m, end) {
			return m
		}
		if a.capitalized(m) && !finite && m+1 < end && a.verbAt(m+1) {
			clause = true // "who think Lee says …": the cue's clause
		}
		if a.verbAt(m) {
			finite = true
		}
	}
	return -1
}

// mainCueAt reports whether a verb of saying or believing with a tense
// opens at token k, after at most three auxiliaries and adverbs: the verb
// of a main clause that relativeMainVerb looks for ("warned", "has
// said", "agree that"). Verbs of showing and stances stay out: after a
// relative clause their subject is as often a thing ("the association,
// which urged …, reflected both concerns"); so do a verb that gives a
// name, after a noun mostly a participle ("a club called Ten Books"),
// and a verb with nothing after it, mostly a plural noun ("to question
// terror suspects.").
func (a *attributor) mainCueAt(k, hi int) bool {
	for n := 0; n < 3 && k < hi && a.lowerWord(k) && (a.wordIn(k, auxWords) || a.adverb(k)); n++ {
		k++
	}
	if k >= hi || !a.lowerWord(k) || !a.opensCue(k) {
		return false
	}
	v, vend, ok := a.cueAt(k, hi)
	return ok && !v.label && vend < hi && (v.class == cueSpeech || v.class == cueBelief) && (v.form == formPast || v.form == formThird || v.form == formBase && a.wordIn(vend, thatWords))
}

// gapAntecedent returns the start of the noun phrase before the speaker at
// s of a relative clause with no relative word whose subject is missing:
// the content at start opens with a finite verb ("a tactic Democrats hope
// will fail"), the word before s is a common noun and a determiner opens
// its phrase at most four words back. It returns s when there is none.
func (a *attributor) gapAntecedent(s, start, lo int) int {
	if !a.verbAt(start) || a.pluralNoun(start) || a.wordIn(s, relWords) {
		return s
	}
	n := s - 1
	if n <= lo || !a.lowerWord(n) || a.wordIn(n, functionWords|auxWords|boundaryWords|timeWords|npPrepositions|objPronouns|spkPronouns|cueAdverbs|relWords|npDeterminers) || a.adverb(n) ||
		len(a.entries[a.lex[n]].cues) > 0 && !a.wordIn(n-1, npDeterminers) { // but a noun after its article: "a plan they say will …"
		return s
	}
	ns := n
	for ns > lo && ns > n-4 && !a.wordIn(ns, npDeterminers) && a.lowerWord(ns-1) && !a.wordIn(ns-1, auxWords|npPrepositions) {
		ns--
	}
	if !a.wordIn(ns, npDeterminers) || !a.lowerWord(ns) && ns > lo {
		return s
	}
	return ns
}

// gapInSpeaker finds, inside the speaker span [s, e) of a content at
// start that opens with a finite verb, the noun phrase of a relative
// clause with no relative word whose subject is the gap, run into the
// clause's subject: "a tactic Democrats", "a probe the agency", "It's a
// dynamic Greenberg". A common noun whose next word opens a noun phrase
// (a determiner, or a capital after a lower-case noun) ends the first
// phrase, and a determiner opens it at most four words back; a verb there
// ("the party chose the …") ends no noun phrase, and a name after it is
// the subject only when it runs to the cue. It returns the first phrase's
// determiner and the subject's first word, or (e, e) when there is none.
func (a *attributor) gapInSpeaker(s, e, start int) (int, int) {
	if !a.lowerWord(start) || !(a.wordIn(start, finiteAux) || a.pastOrPresent(start)) || a.pluralNoun(start) || e-s < 3 || e-s > 12 {
		return e, e
	}
	for m := s + 2; m < e; m++ {
		n := m - 1
		if !a.isWord(m) || !a.isWord(n) {
			return e, e
		}
		if !a.lowerWord(n) || a.wordIn(n, functionWords|auxWords|boundaryWords|timeWords|npPrepositions|objPronouns|spkPronouns|cueAdverbs|relWords|npDeterminers|possessives) || a.adverb(n) ||
			len(a.entries[a.lex[n]].cues) > 0 {
			continue
		}
		if a.verbAt(n) || !(a.wordIn(m, npDeterminers) && a.lowerWord(m) || a.capitalized(m) && a.allCapitalized(m, e)) {
			continue // not "the standard Northland 5-year bond"
		}
		for d := n - 1; d >= s && d >= n-4; d-- {
			if a.wordIn(d, npDeterminers) && a.lowerWord(d) {
				return d, m
			}
			if !a.lowerWord(d) || a.wordIn(d, auxWords|npPrepositions) {
				break
			}
		}
	}
	return e, e
}

// allCapitalized reports whether every word from m up to e is capitalized.
func (a *attributor) allCapitalized(m, e int) bool {
	for k := m; k < e; k++ {
		if a.isWord(k) && !a.capitalized(k) {
			return false
		}
	}
	return true
}

// expletiveRaise reports whether the verb of seeming at c, whose phrase
// ends at cend, has an expletive "it" for subject and a clause or an
// adjective after it, not "to" nor "that" (read as with other subjects),
// a preposition or a mark: "It seems the public has tired of him", "it
// seems increasingly likely that …", "It may seem unfair to …".
func (a *attributor) expletiveRaise(c, cend, last int) bool {
	s, e := a.leftNP(c)
	if e != s+1 || !equalFoldASCII(a.tokText(s), "it") || cend+1 >= last || !a.isWord(cend) {
		return false
	}
	return !a.wordIn(cend, npPrepositions|thatWords|infinitiveTo|coordWords) && !equalFoldASCII(a.tokText(cend), "like")
}

// passiveClause reports whether the participle at c and the words after
// it are one of passiveClauseCues: "said to be", "accused of".
func (a *attributor) passiveClause(c int) bool {
	return a.passiveClauseAt(c, c+1)
}

// passiveClauseAt reports whether the participle at c and the words from k
// on are one of passiveClauseCues: "accused" … "of".
func (a *attributor) passiveClauseAt(c, k int) bool {
	// The entries of c's verb, compared by their words' entries.
	for _, p := range a.entries[a.lexAt(c)].passives {
		if a.lexAt(k) == p.next && (p.after == 0 || a.lexAt(k+1) == p.after) {
			return true
		}
	}
	return false
}

// readingObject reports whether the cue at c is "reading" before no
// quotation, colon or comma: the act of reading a text ("after reading
// the report", "people reading this article"), not the words a sign or a
// message carries ("a banner reading “Go home”", "a cap reading, “…”").
func (a *attributor) readingObject(c int) bool {
	if !equalFoldASCII(a.tokText(c), "reading") || c+1 >= len(a.toks) {
		return false
	}
	return a.toks[c+1].kind != tQuote && !a.isPunct(c+1, ":") && !a.isPunct(c+1, ",")
}

// reducedPassive reports whether the participle at c, right before the
// preposition it governs in passiveClauseCues ("accused of", "charged
// with"), follows a word with no auxiliary between: a participle that
// qualifies the noun before it ("The man accused of arson sat …", "a
// group charged with fraud"), no verb of that noun. The active verb takes
// its object before the preposition ("accused him of") or before its
// subject, so the noun is no speaker, and the clause reports nothing.
func (a *attributor) reducedPassive(c, lo int) bool {
	if c <= lo || !a.isWord(c-1) || !a.passivePrepAt(c, c+1) {
		return false
	}
	// A pronoun subject takes its object before it, in a relative
	// clause: "the rivals who he accused of lying".
	return !a.wordIn(c-1, auxWords|spkPronouns|cueAdverbs) && !a.adverb(c-1)
}

// passivePrepAt reports whether the participle at c and the word at k are
// an entry of passiveClauseCues whose preposition belongs to the cue:
// "accused" "of".
func (a *attributor) passivePrepAt(c, k int) bool {
	for _, p := range a.entries[a.lexAt(c)].passives {
		if p.inCue && a.lexAt(k) == p.next && a.lowerWord(k) {
			return true
		}
	}
	return false
}

// gerundPreposition reports whether token k is a preposition that may
// stand before a participle of saying: "in saying", "of announcing",
// "despite admitting".
func (a *attributor) gerundPreposition(k int) bool {
	w := a.tokText(k)
	return a.wordIn(k, npPrepositions) || equalFoldASCII(w, "of") || equalFoldASCII(w, "despite") || equalFoldASCII(w, "without")
}

// noComplement reports whether no clause or infinitive follows a cue in
// [k, last) before the next punctuation: then "it" before the cue is no
// expletive ("when it was debated in March,") but what was said.
func (a *attributor) noComplement(k, last int) bool {
	for m := k; m < last && a.toks[m].kind != tPunct; m++ {
		if a.wordIn(m, complementizers|infinitiveTo) || a.toks[m].kind == tQuote {
			return false
		}
	}
	return true
}

// zeroRelative attributes the noun phrase before a relative clause with
// no relative word whose verb is the cue [c, cend): "takes back
// everything he said", "a fact he frequently mentions". The clause's
// subject is a pronoun after a common noun, the noun phrase opens with a
// determiner at most four words back or is a word in -thing, and the cue
// has nothing after it but a tail. (A name as the subject is left out:
// "Republican contender Donald Trump told" is a title and a name.)
func (a *attributor) zeroRelative(c, cend int, e cueEntry, lo, hi int, at *attr) bool {
	if e.class != cueSpeech || e.form != formPast && e.form != formThird {
		return false
	}
	if a.thingRelative(c, cend, lo, hi, at) {
		return true
	}
	p := c - 1 // the subject's last word, past auxiliaries and adverbs
	for p > lo && a.lowerWord(p) && (a.wordIn(p, auxWords) && !a.wordIn(p, spkPronouns) || a.adverb(p)) {
		if a.wordIn(p, passiveAux) {
			return false // "he was asked"
		}
		p--
	}
	if p <= lo || !a.lowerWord(p) || !(a.wordIn(p, spkPronouns) && !a.wordIn(p, relWords) && !equalFoldASCII(a.tokText(p), "it") || equalFoldASCII(a.tokText(p), "nobody")) {
		return false
	}
	n := p - 1 // the noun before the clause
	if n < lo || !a.lowerWord(n) || a.wordIn(n, functionWords|auxWords|boundaryWords|timeWords|npPrepositions|objPronouns|spkPronouns|cueAdverbs) || a.adverb(n) ||
		len(a.entries[a.lex[n]].cues) > 0 {
		return false
	}
	// The noun phrase opens with a determiner at most four words back
	// ("the establishment", "a point"), or is one word ("everything").
	ns := n
	for ns > lo && ns > n-4 && !a.wordIn(ns, npDeterminers) && !strings.HasSuffix(a.tokText(n), "thing") && a.lowerWord(ns-1) && !a.wordIn(ns-1, auxWords|npPrepositions) {
		ns--
	}
	if !a.wordIn(ns, npDeterminers) && !(ns == n && strings.HasSuffix(a.tokText(n), "thing")) {
		return false
	}
	// The tail last: it reads up to the end of the sentence, where the
	// tests of the words before the cue read a few tokens and fail for
	// most cues.
	if !a.tailOK(cend, hi) {
		return false
	}
	at.spkTok, at.spkEnd = p, p+1
	at.contentTokStart, at.contentTokEnd = ns, n+1
	return true
}

// thingRelative attributes a word in -thing before a relative clause with
// no relative word whose subject is a name and whose verb is the cue at
// c: "Everything Varga claims is a myth", "not everything Ms. Reed said was
// true". The clause is the sentence's subject: a finite verb follows the
// cue, or nothing but a tail.
func (a *attributor) thingRelative(c, cend, lo, hi int, at *attr) bool {
	if !a.capitalized(c - 1) {
		return false
	}
	s := c - 1
	for s > lo && s > c-4 && !hasSuffixFold(a.tokText(s-1), "thing") && (a.capitalized(s-1) || a.isPunct(s-1, ".") && a.capitalized(s-2)) {
		s--
	}
	n := s - 1
	if n < lo || !a.lowerWord(n) && n != lo || !hasSuffixFold(a.tokText(n), "thing") || !a.properName(s, c) {
		return false
	}
	if !(cend < hi && a.lowerWord(cend) && a.wordIn(cend, finiteAux) || a.tailOK(cend, hi)) {
		return false
	}
	at.spkTok, at.spkEnd = s, c
	at.contentTokStart, at.contentTokEnd = n, n+1
	return true
}

// passiveSubject reports whether the participle at c is one of
// passiveSubjectCues.
func (a *attributor) passiveSubject(c int) bool {
	return a.entries[a.lexAt(c)].passiveSubject
}

// labelEnd returns the end of the name that a passive verb of naming
// gives its subject from token k: a quotation ("was called “strategic
// ambiguity”"), a run of capitalized words ("is called No Respite after
// …") or a determiner and a few words, to a quotation included ("what had
// been called the “Long Weekend,”", "has been called a fraud by …").
// It returns k when no name follows.
func (a *attributor) labelEnd(k, last int) int {
	switch {
	case k >= last:
		return k
	case a.toks[k].kind == tQuote:
		return k + 1
	case a.capitalized(k) && !a.isNumber(k) && !a.wordIn(k, dayWords):
		return a.nameRun(k, last) // but "the race was called Tuesday"
	case a.wordIn(k, npDeterminers) && a.lowerWord(k) && !a.wordIn(k, relWords|thatWords):
		m := k + 1
		for m < last && m < k+6 && a.isWord(m) && !a.wordIn(m, byWord|coordWords|subordinators|npPrepositions|functionWords) {
			m++
		}
		if m < last && a.toks[m].kind == tQuote {
			return m + 1
		}
		if m > k+1 {
			return m
		}
	}
	return k
}

// passiveEnd returns the end of a passive clause's content that runs from
// before k to end: it stops at a dash, at a closing parenthesis, at the
// agent ("… by news organizations", but not in an infinitive's clause
// nor after a participle: "said to play by the rules") and at a comma that neither a
// preposition nor a list of names follows ("…, including …", "…, which
// …", "…, and there were …"); "…, in 2011, with …" and "in Ohio, Iowa and
// Utah" go on.
func (a *attributor) passiveEnd(k, end int) int {
	for m := k; m < end; m++ {
		if a.isDash(m) || a.isPunct(m, ")") || a.wordIn(m, byWord) && a.lowerWord(m) && !a.wordIn(k, infinitiveTo) && !strings.HasSuffix(a.tokText(m-1), "ed") ||
			a.isPunct(m, ",") && !(a.wordIn(m+1, npPrepositions) && a.lowerWord(m+1)) && !(a.capitalized(m-1) && a.capitalized(m+1)) {
			return m
		}
	}
	return end
}

// beforeFocus returns the token before the focusing adverbs that end at
// r ("which even critics say": "which"), or r.
func (a *attributor) beforeFocus(r, lo int) int {
	for r > lo && a.focusWord(r) {
		r--
	}
	return r
}

// chargedWith reports whether the cue at c is "charge" and its object is
// charged with something ("charged Holt with armed robbery"):
// a noun phrase that the clause-only verb takes as its content, not a fee
// ("charged a $2,500 entry fee").
func (a *attributor) chargedWith(c, start, last int) bool {
	if !hasPrefixFold(a.tokText(c), "charg") {
		return false
	}
	for m := start + 1; m < last && m < start+10 && a.isWord(m) || m < last && a.isPunct(m, ","); m++ {
		if equalFoldASCII(a.tokText(m), "with") && a.lowerWord(m) {
			return true
		}
	}
	return false
}

// raiseVerb reports whether token k is a verb of the raising class in the
// lexicon ("seem", "appears"), whatever its form: "there seem to be".
func (a *attributor) raiseVerb(k int) bool {
	if k >= len(a.toks) || !a.lowerWord(k) {
		return false
	}
	for _, e := range a.entries[a.lex[k]].cues {
		if e.class == cueRaise && e.rest == "" {
			return true
		}
	}
	return false
}

// abbrevDot reports whether token m is the period of a short capitalised
// abbreviation or an initial: "Rep." in "Rep. Jane Harman", "J." in
// "Donald J. Trump".
func (a *attributor) abbrevDot(m int) bool {
	if m < 1 || !a.isPunct(m, ".") || a.toks[m-1].end != a.toks[m].start || !a.capitalized(m-1) {
		return false
	}
	return len(a.tokText(m-1)) <= 4
}

// verblessLead reports whether [start, end) is a short phrase with no
// verb that opens a sentence: "Over the long term", "About 10:03 p.m.",
// "In Iowa". Before "according to X," it is no content of its own; the
// content goes on after the source.
func (a *attributor) verblessLead(start, end int) bool {
	if end-start > 6 {
		return false
	}
	if a.leadingPhrase(start, end) {
		return true
	}
	for m := start; m < end; m++ {
		if a.toks[m].kind == tQuote || a.isPunct(m, ",") || a.wordIn(m, finiteAux|cueAux|spkPronouns) && a.lowerWord(m) || a.lowerWord(m) && (a.pastVerb(m) || a.pastOrPresent(m) && !a.pluralNoun(m)) {
			return false
		}
	}
	return true
}

// asReportedBy attributes a passive cue after "as": "As reported by the
// Post, the deal …" (the content after the source's comma) and "…, as
// first reported by the Times." (the clause before "as"). The cue is the
// verb with the adverbs before it.
func (a *attributor) asReportedBy(c, cend, lo, hi, last int, at attr) (attr, bool) {
	m := c - 1
	for m >= lo && (a.adverb(m) || equalFoldASCII(a.tokText(m), "first")) {
		m--
	}
	if m < lo || !equalFoldASCII(a.tokText(m), "as") {
		return attr{}, false
	}
	s, e2 := a.rightNPCore(cend+1, hi)
	if s >= e2 {
		return attr{}, false
	}
	at.cueTok, at.spkTok, at.spkEnd = m+1, s, e2
	k := lo
	for k < m && a.wordIn(k, leadWords) {
		k++
	}
	if k == m && a.isPunct(e2, ",") && e2+1 < last && a.isWord(e2+1) {
		at.contentTokStart, at.contentTokEnd = e2+1, a.contentStop(e2+1, last)
		return at, true
	}
	if m-1 > lo && (a.isPunct(m-1, ",") || a.isDash(m-1)) && a.tailOK(e2, hi) {
		if start := a.clauseStart(lo, m-1); start < m-1 {
			at.contentTokStart, at.contentTokEnd = start, m-1
			return at, true
		}
	}
	return attr{}, false
}

// clauseSubject returns the subject of the clause that holds token c when
// the clause follows a comma after another attribution in the sentence:
// "Although the mayor said …, council members opened the session by
// asking …". It returns an empty span when there is none.
func (a *attributor) clauseSubject(lo, c int) (int, int) {
	k := c - 1
	for k > lo && !a.isPunct(k, ",") {
		k--
	}
	if k <= lo || a.sentenceSpeaker(lo, k).Start < 0 {
		return 0, 0
	}
	k++
	if s, e := a.subjectNP(k, c); s < e {
		return s, e
	}
	// A bare plural: "council members opened …".
	for m := k; m < c && m < k+4; m++ {
		if !a.lowerWord(m) || a.wordIn(m, functionWords|auxWords|boundaryWords) {
			break
		}
		if a.pluralNoun(m) && a.lowerWord(m+1) && a.pastOrPresent(m+1) {
			return k, m + 1
		}
	}
	return 0, 0
}

// issuedText returns the verb of "issued a statement", "put out a brief
// statement", "posted a video" before the participle at c (a day may come
// between: "issued a statement Monday evening denouncing"), or false.
func (a *attributor) issuedText(c, lo int) (int, bool) {
	m := c - 1
	for m > lo && m > c-4 && (a.wordIn(m, dayWords|dayParts) || a.wordIn(m, timeWords) && a.lowerWord(m)) {
		m-- // "issued a statement Monday evening denouncing …"
	}
	if m <= lo || !a.lowerWord(m) || !a.wordIn(m, textNouns) {
		return 0, false
	}
	d := m - 1
	for d > lo && d > m-3 && a.lowerWord(d) && !a.wordIn(d, functionWords|npDeterminers|possessives|auxWords) {
		d-- // "a brief statement", "a joint statement"
	}
	if d <= lo || !a.wordIn(d, npDeterminers|possessives) || !a.lowerWord(d) {
		return 0, false
	}
	v := d - 1
	if v > lo && a.wordIn(v, particles) {
		v--
	}
	if v <= lo || !a.lowerWord(v) || a.wordIn(v, functionWords|auxWords|boundaryWords) || a.gerund(v) {
		return 0, false
	}
	return v, true
}

// plainName reports whether [s, e) is a name with at most lower-case role
// words before it ("Republican pollster Daron Shaw"), with no function
// word, preposition or verb ("month on CNN", "voiced in his demand").
func (a *attributor) plainName(s, e int) bool {
	for m := s; m < e; m++ {
		if a.lowerWord(m) && (a.wordIn(m, functionWords|npPrepositions|auxWords|boundaryWords) || a.pastOrPresent(m) && !a.pluralNoun(m)) {
			return false
		}
	}
	return true
}

// sourceAppositive returns the comma that closes an appositive after the
// source of "according to" ending at the comma e ("according to Dennis
// Ross, a former envoy, was …") when a verb follows it, or e.
func (a *attributor) sourceAppositive(e, last int) int {
	if !a.isPunct(e, ",") || e+2 >= last || !(a.wordIn(e+1, npDeterminers) || a.lowerWord(e+1)) || a.wordIn(e+1, relWords|cutWords) {
		return e
	}
	m := e + 1
	for m < last && m < e+12 && a.isWord(m) {
		m++
	}
	if m+1 >= last || !a.isPunct(m, ",") || !a.appositive(e+1, m) || !a.lowerWord(m+1) ||
		!(a.wordIn(m+1, finiteAux) || a.pastOrPresent(m+1) && !a.pluralNoun(m+1)) {
		return e
	}
	return m
}

// relativeAt reports whether the word r of extractRel opens a relative
// clause: "that" after a noun ("the plan that he said …"), not after a
// verb or a comma, where it is a complementizer ("added that he said …"),
// nor after one of thatSubordinators ("given that the mayor endorsed
// …").
func (a *attributor) relativeAt(r int) bool {
	if !equalFoldASCII(a.tokText(r), "that") {
		return true
	}
	if !a.isWord(r-1) || a.wordIn(r-1, functionWords) || a.wordIn(r-1, auxWords) || inFold(thatSubordinators[:], a.tokText(r-1)) {
		return false
	}
	_, _, isCue := a.cueAt(r-1, r)
	return !isCue
}

// sentenceSpeaker returns the speaker of the last attribution made with
// its speaker in [lo, c), tokens of one sentence before token c, or
// noSpan. The passes append in their own order (the direct quotations
// first), so the last made is not the last in the text, and may come
// before those of every later sentence: spkLast, built when the last 32
// made do not hold the answer and kept by push from then on, holds each
// token's last attribution, and the answer is read from the window's
// tokens, not from the attributions of the whole text.
func (a *attributor) sentenceSpeaker(lo, c int) Span {
	if a.spkLast == nil {
		// Most answers are among the last few made: the table is built
		// only for one that is not.
		for i := len(a.attrs) - 1; i >= 0 && i >= len(a.attrs)-32; i-- {
			if at := &a.attrs[i]; at.spkTok >= lo && at.spkTok < c {
				return a.span(at.spkTok, at.spkEnd)
			}
		}
		if len(a.attrs) <= 32 {
			return noSpan
		}
		a.spkLast = zeroed(a.spkSpare, len(a.toks))
		for i := range a.attrs {
			a.noteSpeaker(i)
		}
	}
	last := int32(0)
	for k := max(lo, 0); k < c && k < len(a.spkLast); k++ {
		last = max(last, a.spkLast[k])
	}
	if last == 0 {
		return noSpan
	}
	at := &a.attrs[last-1]
	return a.span(at.spkTok, at.spkEnd)
}

// push appends at to the attributions.
func (a *attributor) push(at attr) {
	a.attrs = append(a.attrs, at)
	if a.spkLast != nil {
		a.noteSpeaker(len(a.attrs) - 1)
	}
	if a.prevBest != nil {
		a.notePrevious(len(a.attrs) - 1)
	}
}

// noteSpeaker records attribution i as the last made with its speaker's
// first token.
func (a *attributor) noteSpeaker(i int) {
	if k := a.attrs[i].spkTok; k >= 0 && k < len(a.spkLast) {
		a.spkLast[k] = int32(i + 1)
	}
}

func (a *attributor) addReported(at attr) {
	if at.contentTokEnd <= at.contentTokStart || at.contentTokStart < 0 {
		// No content: every caller passes one, and the spans below read
		// its first and last tokens; tested here, not by each caller.
		return
	}
	if at.spkEnd == at.spkTok+1 && at.spkEnd <= at.cueTok && at.contentTokEnd <= at.spkTok && at.contentTokEnd > at.contentTokStart && a.wordIn(at.spkTok, relWords) && a.lowerWord(at.spkTok) {
		// "“We lost,” said Ann Lee, who predicted …", "…, a rival of
		// Mr. Ortiz, who added …": a relative pronoun stands for the noun
		// before it, and the words before that noun are no content of the
		// clause it opens. Its content is what follows the cue in the
		// clause ("who predicted about a third of the vote …"). Only a
		// pronoun before its cue opens such a clause: after the cue
		// ("…, said who") the content read from the cue on would be the
		// speaker itself.
		_, hi := a.sentBounds(at.cueEnd - 1)
		for hi > at.cueEnd && (a.isPunct(hi-1, ".") || a.isPunct(hi-1, "!") || a.isPunct(hi-1, "?")) {
			hi--
		}
		if at.cueEnd >= hi || !a.isWord(at.cueEnd) {
			return
		}
		at.kind = Indirect
		at.contentTokStart, at.contentTokEnd = at.cueEnd, a.contentStop(at.cueEnd, hi)
		if at.contentTokEnd <= at.contentTokStart {
			return
		}
	}
	if at.spkTok < at.spkEnd && a.verbPhraseAt(at.spkTok) {
		// What was read back is a verb phrase, no speaker: the
		// attribution stands without one. (Its clause's subject, before
		// the auxiliaries, is gold's speaker about one time in five.)
		at.spkTok, at.spkEnd = 0, 0
	}
	if at.spkEnd == at.spkTok+1 && a.openerWord(at.spkTok) {
		// "Despite", "Besides", "Even" read back as a name from a cue in
		// the sentence's opening phrase: the subject comes after it,
		// farther than the rules read; the attribution stands without one.
		at.spkTok, at.spkEnd = 0, 0
	}
	// expletiveSubject's first test is made inline: most speakers are
	// no "it", and need no call.
	if at.spkEnd == at.spkTok+1 && a.wordIn(at.spkTok, expletives) && a.expletiveSubject(&at) {
		// "It was revealed that …", "it's been reported that …": no
		// source, as annotators mark it.
		at.spkTok, at.spkEnd = 0, 0
	}
	if at.spkEnd == at.spkTok+1 && a.wordIn(at.spkTok, relWords) && a.isPunct(at.spkTok-1, ",") {
		at.contentTokEnd = a.relativeEnd(at.contentTokStart, at.contentTokEnd)
	}
	if e := at.contentTokEnd; e-1 > at.contentTokStart && a.isPunct(e-1, ")") && !a.opensBefore(at.contentTokStart-1, e-1) {
		// "… praised the plan (though her aides said it was costly)": a
		// parenthesis opened before the content closes at its end, and
		// its mark is no part of it (contentEnd keeps it for the
		// sentence, where the content may hold the opening one).
		at.contentTokEnd--
		if n := len(at.parts); n > 0 && at.parts[n-1].End == int(a.toks[e-1].end) {
			at.parts[n-1].End = int(a.toks[e-2].end)
		}
	}
	s, e := at.contentTokStart, at.contentTokEnd
	at.start, at.end = int(a.toks[s].start), int(a.toks[e-1].end)
	// The quotation tokens of the content, found from the quotations.
	for i := a.quoteFrom(s); i < len(a.qs) && a.qTok[i] < e; i++ {
		if a.qTok[i] < 0 {
			continue
		}
		if !a.qs[i].typewriter {
			at.kind = Mixed
		}
		if a.qAttr[i] < 0 {
			a.qAttr[i] = len(a.attrs)
		}
	}
	if at.kind == Mixed && e-s == 1 && !a.predicateOpens(s, false) {
		// The whole content is one quotation: direct; not when it opens
		// with the verb of a subject outside it (predicateOpens).
		q := a.qs[a.toks[s].q]
		at.q = int(a.toks[s].q)
		setContent(&at, q)
	}
	a.markUsed(&at)
	a.push(at)
}

// expletiveSubject reports whether at's speaker is an expletive "it"
// before a passive cue with no agent ("It was revealed that …", "it's
// been reported that …", "It was widely reported that …") or before "be"
// and one of expletiveAdjectives ("It is doubtful he …"): the subject
// stands for the content that follows the cue, and no one is its source.
// Only auxiliaries and adverbs stand between the subject and the cue.
func (a *attributor) expletiveSubject(at *attr) bool {
	k := at.spkTok
	if at.spkEnd != k+1 || !a.wordIn(k, expletives) || at.cueTok < at.spkEnd || at.cueTok > at.spkEnd+3 ||
		at.contentTokStart < at.cueEnd || a.wordIn(at.cueEnd, byWord) {
		return false
	}
	passive := false
	for m := at.spkEnd; m <= at.cueTok; m++ {
		w := a.tokText(m)
		if w == "'s" || w == "’s" || a.wordIn(m, passiveAux) && a.lowerWord(m) {
			passive = true
		} else if m < at.cueTok && !a.lowerWord(m) {
			return false
		}
	}
	switch {
	case !passive:
		return false
	case a.wordIn(at.cueTok, auxWords):
		return inFold(expletiveAdjectives[:], a.tokText(at.cueEnd-1)) // "is doubtful"
	}
	return at.cueTok > at.spkEnd && a.cueEntriesAt(at.cueTok).form == formPast
}

// relativeEnd returns where the content [s, e) of a cue in a relative
// clause set off by commas ends: at the comma that closes the clause
// before the main verb resumes ("Tom Reed, who has pledged to fund the
// school, will speak"). Only the first comma can close it: "that the two
// firms, and Ms. Varga in particular, should act sooner" runs on.
func (a *attributor) relativeEnd(s, e int) int {
	for k := s + 1; k+1 < e; k++ {
		if a.isPunct(k, ",") {
			v := k + 1
			if a.adverb(v) {
				v++ // "…, quickly lost"
			}
			if a.verbAt(v) {
				return k
			}
			break
		}
	}
	return e
}

// endsAfter reports whether the sentence ending at hi ends at token k: a
// short phrase before an attribution that ends the sentence is what was
// said ("Sorry, Sanders said."), not a leading phrase.
func (a *attributor) endsAfter(k, hi int) bool {
	return k >= hi || k+1 == hi && (a.isPunct(k, ".") || a.isPunct(k, "!") || a.isPunct(k, "?"))
}

// leadingAdverbial reports whether [start, end), before the comma ahead of
// a subject and its cue, is a phrase that opens the sentence with a
// preposition or a subordinator and holds no comma ("In the third debate
// Saturday, Sanders apologized to …", "When pressed by the moderators,
// Sanders did apologize …") while the cue goes on after cend: then the
// sentence is the attribution's own, not a content and its trailing
// attribution.
func (a *attributor) leadingAdverbial(start, end, cend, hi int) bool {
	if !a.capitalized(start) || !a.wordIn(start, npPrepositions|subordinators) || a.endsAfter(cend, hi) {
		return false
	}
	for m := start; m < end; m++ {
		if a.isPunct(m, ",") || a.toks[m].kind == tQuote {
			return false
		}
	}
	return true
}

// trailStart returns where the content before a trailing attribution
// ("…, the mayor said", "…, said the mayor") ending at end starts: like
// that of "according to" (fixedStart), the sentence with the
// attributions made inside it ("Trump’s accusation that Obama created the
// group had imperiled troops, Biden said"), unless one of them is a verb of
// saying, whose own content the words are.
func (a *attributor) trailStart(lo, end int) int {
	if start := a.clauseStart(lo, end); start <= lo || a.saysInside(lo, end) {
		if start == lo {
			return a.runInHead(lo, end)
		}
		return start // "…, Ambassador Lu Mei said in an article, Trend reports"
	}
	return a.fixedStart(lo, end)
}

// soDegree reports whether word k is "so" before a word of degree or
// time ("So far", "so much"): an adverb phrase, no leading connective.
func (a *attributor) soDegree(k int) bool {
	return equalFoldASCII(a.tokText(k), "so") && a.isWord(k+1) && a.lowerWord(k+1) && inFold(soDegreeWords[:], a.tokText(k+1))
}

// runInHead returns the token after the run-in head that opens the
// paragraph at lo, one to four words in capitals and a colon ("ROAD WORK:
// Crews will repave …, the city said."): the head names the item, it is
// no part of what its source said. It returns lo when there is none.
func (a *attributor) runInHead(lo, end int) int {
	if lo >= end || lo > 0 && a.toks[lo-1].para == a.toks[lo].para {
		return lo
	}
	for m := lo; m < end && m <= lo+4; m++ {
		if a.isPunct(m, ":") {
			if m > lo && m+1 < end {
				return m + 1
			}
			return lo
		}
		if !a.allCaps(m) {
			return lo
		}
	}
	return lo
}

// fixedStart returns where the content before a trailing "according to"
// in [lo, end) starts: the sentence, attributions made inside it
// included ("Some 47 percent of tenants rate him poorly, according to
// a survey"), less a leading conjunction ("But", "However,"). A leading
// phrase or clause stays: PolNeAR's annotators keep it as often as not;
// but not one of concession (concessionEnd: "Despite …, ").
func (a *attributor) fixedStart(lo, end int) int {
	lo = a.pastOpenParen(a.lastLine(lo, end), end)
	s := a.connectiveEnd(lo, end)
	for s < end && a.wordIn(s, leadWords) && !a.soDegree(s) {
		s++
	}
	if s > lo && s < end && a.isPunct(s, ",") {
		s++
	}
	return a.concessionEnd(s, end)
}

// ---- pass 3: quotations left over ----

func (a *attributor) leftoverPass() {
	lastDirect := -1   // the last direct attr, for split quotations
	lastReported := -1 // the last reported attr ending with a quotation
	for qi, k := range a.qTok {
		if k < 0 {
			continue
		}
		if i := a.qAttr[qi]; i >= 0 {
			if a.attrs[i].q == qi {
				lastDirect = i
			}
			if at := &a.attrs[i]; at.kind != Direct && (at.contentTokEnd == k+1 || at.cueTok >= at.contentTokEnd) {
				lastReported = i // its content ends with this quotation, or its cue follows it
			}
			continue
		}
		q := a.qs[qi]
		if !a.sentenceLike(q) && !a.shortPart(q, k, lastDirect, lastReported) || !a.atClauseStart(k) || a.titleBy(k) {
			a.d.Terms = append(grow(a.d.Terms, q.start, len(a.text)), Span{Start: q.start, End: q.end, Text: a.text[q.start:q.end]})
			continue
		}
		// ''A,'' he said. ''B.'': a quotation after the attribution of a
		// content that ends with one goes on with that content.
		if lastReported >= 0 && a.attributionBetween(lastReported, k) {
			at := &a.attrs[lastReported]
			if at.parts == nil {
				at.parts = append(a.partRoom(2), Span{Start: at.start, End: at.end})
			}
			if q.typewriter {
				// ''A,'' he said. ''B.'': the parts with their marks, as
				// annotators mark quotations in two apostrophes.
				at.parts = a.appendPart(at.parts, Span{Start: q.open, End: q.closeEnd})
				at.end = q.closeEnd
			} else {
				at.parts = a.appendPart(at.parts, Span{Start: q.start, End: q.end})
				at.end = q.end
			}
			at.contentTokEnd = k + 1
			a.qAttr[qi] = lastReported
			continue
		}
		// The second part of a split quotation: “A,” he said. “B.”
		if lastDirect >= 0 && a.quotation(lastDirect, k) && a.sameParagraph(lastDirect, k) && !a.cueBetween(lastDirect, k) && !a.subjectBetween(lastDirect, k) {
			a.addPart(lastDirect, k)
			continue
		}
		at := newAttr(Direct)
		// A paragraph of quotation continuing the previous paragraph's
		// speaker, or following a colon lead-in.
		if a.toks[k].para > 0 && (k == 0 || a.toks[k-1].para != a.toks[k].para) {
			if prev := a.previousSpeaker(k); prev >= 0 && !a.ownTag(k) {
				if a.quotation(prev, k) {
					// The quotation goes on: one quote in parts, as
					// for “A,” he said. “B.”
					a.addPart(prev, k)
					lastDirect = prev
					continue
				}
				at.speaker, at.cue = a.attrs[prev].speaker, a.attrs[prev].cue
				at.spkTok, at.spkEnd, at.cueTok, at.cueEnd = a.attrs[prev].spkTok, a.attrs[prev].spkEnd, a.attrs[prev].cueTok, a.attrs[prev].cueEnd
			} else if c, cend, e, ok := a.leadIn(k); ok {
				at.cueTok, at.cueEnd = c, cend
				at.spkTok, at.spkEnd = a.speakerOf(c, cend, e, k)
				if lo, _ := a.sentBounds(c); at.spkTok >= at.spkEnd && c == lo {
					// An inverted lead-in: "Stated Stone:".
					at.spkTok, at.spkEnd = a.rightNPCore(cend, k-1)
				}
			} else if i := a.leadObject(k); i >= 0 {
				// "He then listed his demands:" ¶ "“…”": the speaker of
				// the lead-in, the colon its cue, as for priorSubject.
				at.spkTok, at.spkEnd = a.attrs[i].spkTok, a.attrs[i].spkEnd
				at.cueTok, at.cueEnd = k-1, k
				if lead := &a.attrs[i]; lead.kind == Indirect && a.leadNoContent(lead) {
					// "He told his audience:", "The agency describes
					// itself this way:": the object is a listener or the
					// speaker itself, not what was said; the quotation
					// is, with the lead-in's cue.
					at.cueTok, at.cueEnd = lead.cueTok, lead.cueEnd
					lead.end = lead.start
				}
			}
		}
		if at.cueTok < 0 && at.cue.Start < 0 && !q.single {
			// The subject of the sentence before: "Miller agreed. “…”".
			if s, e, c, ok := a.priorSubject(k); ok {
				at.spkTok, at.spkEnd = s, e
				at.cueTok, at.cueEnd = c, c+1
			}
		}
		if at.cueTok < 0 && at.cue.Start < 0 && q.closed {
			if i := a.runOnContent(k); i >= 0 {
				// Mei argued that the plan would fail. “Nobody wants
				// it.”: a quotation that nothing attributes, right after
				// a sentence that ends with reported content, goes on
				// with that content, marks and all, as annotators mark
				// it.
				r := &a.attrs[i]
				r.end, r.contentTokEnd = q.closeEnd, k+1
				if !q.typewriter {
					r.kind = Mixed
				}
				a.qAttr[qi] = i
				continue
			}
		}
		if at.cueTok < 0 && at.cue.Start < 0 && q.typewriter {
			// Nobody is reported to say it: a quotation with no
			// attribution in reach.
			continue
		}
		if at.cueTok < 0 && at.cue.Start < 0 && !q.closed {
			// A mark that never closes with nobody reported to say what
			// follows it: nothing shows that a quotation is there.
			continue
		}
		if at.cueTok < 0 && at.cue.Start < 0 && a.quotationAlone(k) {
			// A text that opens with a quotation and nothing else, no
			// attribution in its paragraph and none before it: an
			// excerpt set off by layout, a slogan, a post; nothing shows
			// whose words they are.
			continue
		}
		if at.cueTok < 0 && at.cue.Start < 0 && a.afterTerm(k) {
			// “Grease,” “Cats,” and “Evita”: one of a list of titles
			// or terms, with nobody reported to say it.
			a.d.Terms = append(grow(a.d.Terms, q.start, len(a.text)), Span{Start: q.start, End: q.end, Text: a.text[q.start:q.end]})
			continue
		}
		if at.cueTok < 0 && at.cue.Start < 0 && q.single {
			// In single marks with no attribution in reach: a title or
			// a slogan ('A healthy environment.'), a term.
			a.d.Terms = append(grow(a.d.Terms, q.start, len(a.text)), Span{Start: q.start, End: q.end, Text: a.text[q.start:q.end]})
			continue
		}
		at.q = qi
		setContent(&at, q)
		a.qAttr[qi] = len(a.attrs)
		a.push(at)
		lastDirect = len(a.attrs) - 1
	}
}

// runOnContent returns the reported attr whose content quotation token k
// goes on with, or -1: k opens a sentence of its paragraph and is the
// whole of it, and the sentence before ends with the content of a cue
// before it, a period after that content ("Mei argued that the plan
// would fail. “Nobody wants it.”").
func (a *attributor) runOnContent(k int) int {
	j := k - 1
	if j < 1 || !a.isPunct(j, ".") || a.toks[j].para != a.toks[k].para || a.toks[j].sent == a.toks[k].sent {
		return -1
	}
	if n := k + 1; n < len(a.toks) && a.toks[n].para == a.toks[k].para && a.toks[n].sent == a.toks[k].sent && !(a.toks[n].kind == tPunct && (n+1 == len(a.toks) || a.toks[n+1].sent != a.toks[k].sent || a.toks[n+1].para != a.toks[k].para)) {
		return -1 // “…” and more words of its sentence
	}
	i := a.contentEndingAt(j)
	if i < 0 {
		return -1
	}
	at := &a.attrs[i]
	if at.kind == Direct || at.cueTok < 0 || at.cueEnd > at.contentTokStart || at.end <= at.start {
		return -1
	}
	return i
}

// ownTag reports whether quotation token k is followed in its sentence
// by a verb of saying, right after it or after one word ("“…,” says
// Coach Ruiz", "“…,” Ruiz said"): a tag of its own, whose speaker the
// rules did not find, and no paragraph that continues the previous
// speaker's quotation.
func (a *attributor) ownTag(k int) bool {
	_, hi := a.endSentBounds(k)
	j := k + 1
	if j < hi && a.isPunct(j, ",") {
		j++
	}
	for c := j; c < hi && c <= j+1; c++ {
		if e, _, ok := a.cueAt(c, hi); ok && e.class == cueSpeech && e.form != formFixed && e.form != formGerund {
			return true
		}
	}
	return false
}

// quotationAlone reports whether quotation token k is the first paragraph
// of the text, but for punctuation after it ("“…”."), and the next
// paragraph, if any, does not open with a quotation too: a run of
// quotation paragraphs may be a block whose attribution comes at its end
// ("“A.” ¶ “B,” she said.").
func (a *attributor) quotationAlone(k int) bool {
	if k != 0 {
		return false
	}
	m := k + 1
	for ; m < len(a.toks) && a.toks[m].para == 0; m++ {
		if a.toks[m].kind != tPunct {
			return false
		}
	}
	return m == len(a.toks) || a.toks[m].kind != tQuote
}

// priorSubject finds the speaker of quotation token k, which has no
// attribution in reach, in the sentence just before it: its subject and
// verb ("Miller agreed. “…”", "The clerk then looked at us. “…”"), or the
// previous paragraph's last sentence when it ends with a colon ("He then
// listed the qualities he wants:" ¶ "“…”"). PolNeAR's annotators take
// that subject for the speaker even when the verb is not one of saying.
// The sentence opens with the subject (past leading conjunctions), its
// verb follows (past adverbs, not auxiliaries: "was deported" is no
// saying), and it holds no comma after the verb, no quotation and at most
// priorWindow tokens. c is the cue: the verb, or the colon that ends the
// lead-in.
func (a *attributor) priorSubject(k int) (s, e, c int, ok bool) {
	j := k - 1
	if j < 0 || !(a.isPunct(j, ".") && a.toks[j].para == a.toks[k].para && a.toks[j].sent != a.toks[k].sent ||
		a.isPunct(j, ":") && a.toks[j].para+1 == a.toks[k].para) {
		return 0, 0, 0, false
	}
	lo, _ := a.sentBounds(j)
	if j-lo > priorWindow {
		return 0, 0, 0, false
	}
	for m := lo; m < j; m++ {
		if a.toks[m].kind == tQuote || a.used[m] {
			// A quotation, or an attribution of its own ("Greene added
			// that …"), whose content annotators run on into the
			// quotation.
			return 0, 0, 0, false
		}
	}
	s, e = a.subjectNP(lo, j)
	for lo < s && a.wordIn(lo, leadWords) {
		lo++
	}
	if s >= e || s != lo || e-s == 1 && equalFoldASCII(a.tokText(s), "it") {
		return 0, 0, 0, false // "Read the latest updates below:", "And it threw him."
	}
	if a.isPunct(e, ",") && e+1 < j {
		// "Ann Reyes, the director of the agency, said in a statement.":
		// the subject and its appositive, to its closing comma, when the
		// speaker of the verb after that comma is the whole of them.
		for m := e + 1; m < j; m++ {
			if a.isPunct(m, ",") {
				if ls, le := a.leftNP(m + 1); ls == s && le == m+1 {
					e = le
				}
				break
			}
		}
	}
	v := e
	for v < j && (a.wordIn(v, auxWords) && !a.wordIn(v, cueAux) || a.adverb(v)) {
		v++ // "then turned", "also agreed"; not "was deported", "won’t go"
	}
	// A verb of saying is a boundary word, but the verb of the sentence
	// here when nothing said is in it: "Ann Reyes said in a statement.
	// “…”" (the quotation is what was said).
	if v >= j || !a.lowerWord(v) || a.wordIn(v, functionWords|boundaryWords|relWords) && a.cueEntriesAt(v).class != cueSpeech || !a.pastOrPresent(v) && !a.pastVerb(v) && a.cueEntriesAt(v).class != cueSpeech {
		return 0, 0, 0, false
	}
	for m := v + 1; m < j; m++ {
		if a.isPunct(m, ",") || a.isPunct(m, ";") {
			return 0, 0, 0, false // "…, Schiff said.", "…, but Sherman wants …": another clause
		}
	}
	if a.isPunct(j, ":") {
		return s, e, j, true
	}
	return s, e, v, true
}

// appositiveSubject returns the end of the subject [s, e) of a sentence
// with the appositive that a comma at e opens, to its closing comma, when
// the verb after that comma, before token c, has the whole of them for its
// speaker ("The chairman, Ann Li, banged the gavel and declared …", as
// leftNP reads "The chairman, Ann Li, banged"); else e. It reads at most
// 16 tokens.
func (a *attributor) appositiveSubject(s, e, c int) int {
	if !a.isPunct(e, ",") {
		return e
	}
	for m := e + 1; m < c-1 && m < e+16; m++ {
		if a.toks[m].kind == tQuote {
			return e
		}
		if a.isPunct(m, ",") {
			if ls, le := a.leftNP(m + 1); ls == s && le == m+1 {
				return le
			}
			return e
		}
	}
	return e
}

// priorWindow is the most tokens of the sentence in which priorSubject
// looks for a speaker: a subject, its verb and a short complement.
const priorWindow = 30

// attributionBetween reports whether only attr i's own speaker and cue and
// punctuation stand between the end of its content and token k, in one
// paragraph.
func (a *attributor) attributionBetween(i, k int) bool {
	at := a.attrs[i]
	e := at.contentTokEnd
	if e <= 0 || e > k || a.toks[e-1].para != a.toks[k].para || at.spkTok < e || at.cueTok < e {
		return false
	}
	tail := max(at.spkEnd, at.cueEnd) // a short tail ends the cue's sentence: "said in a phone interview."
	for j := e; j < k; j++ {
		if a.toks[j].kind == tPunct {
			continue
		}
		if j >= at.spkTok && j < at.spkEnd || j >= at.cueTok && j < at.cueEnd {
			continue
		}
		if j >= tail && j < tail+12 && a.toks[j].sent == a.toks[at.cueTok].sent && a.toks[k].sent != a.toks[j].sent {
			continue
		}
		return false
	}
	return true
}

func (a *attributor) sameParagraph(i, k int) bool {
	q := a.qs[a.attrs[i].q]
	for j := k - 1; j >= 0 && j > k-200; j-- {
		if a.toks[j].kind == tQuote && int(a.toks[j].start) == q.open {
			return a.toks[j].para == a.toks[k].para || a.toks[j].endSent >= 0 && a.paraOfPos(q.closeEnd) == int(a.toks[k].para)
		}
	}
	return false
}

func (a *attributor) paraOfPos(p int) int {
	ps := a.d.Paragraphs
	i, _ := slices.BinarySearchFunc(ps, p, func(s Span, p int) int {
		if s.End < p {
			return -1
		}
		if s.Start > p {
			return 1
		}
		return 0
	})
	return i
}

// cueBetween reports whether a cue not used by attr i stands between its
// quotation and token k.
func (a *attributor) cueBetween(i, k int) bool {
	// From the end of the attr's last part: each gap is scanned once. A
	// cue in the sentence of the attr's own cue belongs to its speaker's
	// description: “…,” said X, who has advised Y. “…”
	at := a.attrs[i]
	for j := k - 1; j >= 0 && int(a.toks[j].start) >= at.end; j-- {
		if at.cueTok >= 0 && a.toks[j].sent == a.toks[at.cueTok].sent && a.toks[j].sent >= 0 {
			continue
		}
		if a.isWord(j) && !a.used[j] {
			if _, _, ok := a.cueAt(j, k); ok {
				return true
			}
		}
	}
	return false
}

// afterTerm reports whether quotation token k follows, in its sentence,
// a quotation token that nobody is reported to say (a term).
func (a *attributor) afterTerm(k int) bool {
	p := k - 1
	return p >= 0 && a.toks[p].kind == tQuote && a.toks[p].sent == a.toks[k].sent && a.qAttr[a.toks[p].q] < 0
}

// subjectBetween reports whether a sentence of its own, with a subject
// and verb, stands between the attribution of the direct attr i and
// quotation token k: "“A,” Tom said, pointing. Ann shook her head. “B.”"
// The quotation is that subject's (priorSubject), not the second part of
// the one before.
func (a *attributor) subjectBetween(i, k int) bool {
	at := a.attrs[i]
	_, _, c, ok := a.priorSubject(k)
	if !ok || int(a.toks[c].start) < at.end {
		return false
	}
	return at.cueTok < 0 || a.toks[c].sent != a.toks[at.cueTok].sent
}

// previousSpeaker returns the attr of the previous paragraph's last direct
// quotation when that quotation ends the paragraph, or -1: the last made
// of the attributions of a quotation with a speaker (prevQualifies) that
// end in or before the previous paragraph, when it ends in that one.
//
// leftoverPass asks it of the paragraphs in order, after the other passes
// made their attributions for the whole text, so reading back through the
// attributions would read those of every later paragraph each time. The
// candidates are kept by paragraph instead (prevBest, built when the last
// 32 made do not decide; push adds the later ones), and folded into
// prevMax as the paragraphs are asked. An attribution can end later than when it was kept
// (addPart), never earlier: a candidate found ending after the paragraph
// is asked of the slow way, as is a paragraph before one already folded.
func (a *attributor) previousSpeaker(k int) int {
	para := int(a.toks[k].para) - 1
	if a.prevBest == nil {
		// Most texts answer within a few steps back: the candidates are
		// kept only for one that does not.
		if i, ok := a.previousSpeakerWalk(para, 32); ok {
			return i
		}
		a.prevBest = make([]int32, len(a.d.Paragraphs)+1)
		for i := range a.attrs {
			a.notePrevious(i)
		}
	}
	if para < a.prevFolded-1 {
		i, _ := a.previousSpeakerWalk(para, len(a.attrs))
		return i
	}
	for ; a.prevFolded <= para && a.prevFolded < len(a.prevBest); a.prevFolded++ {
		a.prevMax = max(a.prevMax, a.prevBest[a.prevFolded])
	}
	if a.prevMax == 0 {
		return -1
	}
	i := int(a.prevMax) - 1
	switch p := a.paraOfPos(a.attrs[i].end); {
	case p == para:
		return i
	case p < para:
		return -1
	}
	i, _ = a.previousSpeakerWalk(para, len(a.attrs))
	return i
}

// previousSpeakerWalk is previousSpeaker reading back through the last
// steps attributions made, with ok false when they do not decide.
func (a *attributor) previousSpeakerWalk(para, steps int) (i int, ok bool) {
	for i = len(a.attrs) - 1; i >= 0; i-- {
		if steps--; steps < 0 {
			return -1, false
		}
		if !a.prevQualifies(i) {
			continue
		}
		p := a.paraOfPos(a.attrs[i].end)
		if p == para {
			return i, true
		}
		if p < para {
			return -1, true
		}
	}
	return -1, true
}

// prevQualifies reports whether attr i may give its speaker to a
// quotation opening the next paragraph: the attribution of a direct
// quotation (or of one in typewriter marks) with a speaker.
func (a *attributor) prevQualifies(i int) bool {
	at := &a.attrs[i]
	return at.q >= 0 && (at.kind == Direct || a.qs[at.q].typewriter) && (at.spkTok >= 0 || at.speaker.Start >= 0)
}

// notePrevious keeps attr i, just made, among previousSpeaker's
// candidates.
func (a *attributor) notePrevious(i int) {
	if !a.prevQualifies(i) {
		return
	}
	p := min(a.paraOfPos(a.attrs[i].end), len(a.prevBest)-1)
	if p < a.prevFolded {
		a.prevMax = max(a.prevMax, int32(i+1))
	} else {
		a.prevBest[p] = max(a.prevBest[p], int32(i+1))
	}
}

// leadIn finds a cue [c, cend) in a previous paragraph that ends with a
// colon: "X said in a statement:", or the verb of a text issued, its noun
// and the colon: "X released the following statement:". The entry e is
// the cue's (zero for an issued text).
func (a *attributor) leadIn(k int) (c, cend int, e cueEntry, ok bool) {
	j := k - 1
	if j < 0 || !a.isPunct(j, ":") {
		return 0, 0, e, false
	}
	lo, _ := a.sentBounds(j)
	for c := j - 1; c >= lo && c > j-20; c-- {
		if a.used[c] {
			return 0, 0, e, false
		}
		if e, cend, ok := a.cueAt(c, j); ok && e.class != cueShow {
			return c, cend, e, true
		}
	}
	if v, ok := a.issuedText(j, lo); ok {
		return v, k, e, true
	}
	return 0, 0, e, false
}

// leadObject returns the reported attr whose content is the object that
// a lead-in names before the colon ending the paragraph before quotation
// token k ("He then listed his demands:", "The agency describes itself
// this way:"), or -1: the quotation is what the object names, said by
// the lead-in's speaker. A content that is a clause ("said that, given
// the field:", "was refusing to name it:") runs on into the quotation
// instead, and a verb of quoting names its own speaker in its object
// ("quoted the mayor:").
func (a *attributor) leadObject(k int) int {
	j := k - 1
	if j < 1 || !a.isPunct(j, ":") || a.toks[j].para+1 != a.toks[k].para {
		return -1
	}
	i := a.contentEndingAt(j)
	if i < 0 {
		return -1
	}
	at := &a.attrs[i]
	if at.spkTok < 0 || at.spkTok >= at.spkEnd || at.cueTok < 0 || at.cueEnd != at.contentTokStart || at.spkEnd > at.cueTok {
		return -1
	}
	if a.wordIn(at.contentTokStart, complementizers) || equalFoldASCII(a.tokText(at.contentTokStart), "to") || quotingVerb(a.tokText(at.cueTok)) {
		return -1
	}
	return i
}

// contentEndingAt returns the reported attr whose content ends at token
// j (its contentTokEnd), or -1, building leadEnds on the first call.
func (a *attributor) contentEndingAt(j int) int {
	if !a.leadBuilt {
		a.buildLeadEnds()
	}
	if i, ok := a.leadEnds[j]; ok {
		return i
	}
	return -1
}

// buildLeadEnds maps the reported attrs by the token that ends their
// content, once, on the first lead-in or run-on quotation asked about
// (leadObject, runOnContent), in the leftover pass, which makes no
// reported attrs.
func (a *attributor) buildLeadEnds() {
	a.leadBuilt = true
	if a.leadEnds == nil {
		a.leadEnds = make(map[int]int)
	}
	for i := range a.attrs {
		if at := &a.attrs[i]; at.kind != Direct && at.contentTokEnd > 0 {
			a.leadEnds[at.contentTokEnd] = i
		}
	}
}

// leadNoContent reports whether the object of the lead-in attr at, which
// leadObject found, is not what was said: the speaker itself ("describes
// itself in these words:") or the listener of a verb that takes one
// ("told the crowd:").
func (a *attributor) leadNoContent(at *attr) bool {
	w := a.tokText(at.contentTokStart)
	if a.lowerWord(at.contentTokStart) && (hasSuffixFold(w, "self") || hasSuffixFold(w, "selves")) {
		return true
	}
	e, _, ok := a.cueAt(at.cueTok, at.contentTokEnd)
	return ok && e.object
}

// ---- output ----

// titleAdverb reports whether token k is a capitalized word of more than
// four bytes ending in "ly", not one of notAdverbs: an adverb of a
// headline in title case ("Fully Supports").
func (a *attributor) titleAdverb(k int) bool {
	if uint(k) >= uint(len(a.toks)) || !a.capitalized(k) {
		return false
	}
	t := &a.toks[k]
	e := int(t.end)
	return e >= 2 && a.text[e-2:e] == "ly" && t.end-t.start > 4 && !a.wordIn(k, notAdverbs)
}

// titleWord reports whether word k and the word before it, in the same
// sentence, are capitalized: a word of a headline in title case ("Senator
// Thinks About Voters").
func (a *attributor) titleWord(k int) bool {
	return k >= 1 && a.capitalized(k) && a.capitalized(k-1) && a.toks[k].sent == a.toks[k-1].sent
}

// cueExtent returns the tokens of at's cue as annotators mark them: the
// auxiliaries and adverbs standing right before the verb ("has said",
// "did not say", "later said", "has also said"), a day, a preposition or
// an adverb between the verb and the content ("said Tuesday", "warned
// against", "said repeatedly that"), an object of "no" or "little" with
// its preposition ("showed no sign of", "said little about":
// scarceObject), a particle before a mark ("wrote back:"), "in a
// statement" and a colon ("said:"). "also" right after the subject stays
// out ("The ambassador also emphasized").
func (a *attributor) cueExtent(at *attr) (int, int) {
	s, e := at.cueTok, at.cueEnd
	if a.toks[s].kind != tWord {
		return s, e
	}
	if e == s+1 && a.adverb(s) && a.cueEntriesAt(s).form == formFixed {
		// An adverb of hearsay is the cue alone, inside its content:
		// "The agency has reportedly weighed a merger".
		return s, e
	}
	floor := 0
	if at.spkTok >= 0 && at.spkEnd <= s {
		floor = at.spkEnd
	}
	// The noun of the idiom "in the hope that", "in hopes of" takes its
	// preposition, as annotators mark it (8 of 8 on our measure): "… went
	// to court in the hope that the judge would agree".
	if n := e - 1; s-1 >= floor && s-1 >= 0 && a.toks[s-1].sent == a.toks[n].sent && (n == s || n == s+1 && a.wordIn(s, npDeterminers) && !a.wordIn(s, possessives)) &&
		(equalFoldASCII(a.tokText(n), "hope") || equalFoldASCII(a.tokText(n), "hopes")) && a.lowerWord(n) && equalFoldASCII(a.tokText(s-1), "in") {
		s--
	}
	// A cue that opens with the "to" of an infinitive takes the verb of
	// trying or going on before it, with that verb's own ("will keep
	// trying to explain", "is continuing to insist"), as annotators mark
	// it: the subject of both verbs is the speaker.
	if a.wordIn(s, infinitiveTo) {
		for s-1 >= floor && s-1 >= 0 && a.toks[s-1].sent == a.toks[s].sent && a.lowerWord(s-1) && controlVerb(a.tokText(s-1)) {
			s--
		}
	}
	// A gerund cue after "by" takes the verb in the past that "by"
	// modifies, with its particle, as annotators mark it: "began by
	// saying", "followed up by asking", "responded first by saying", when
	// the speaker is that verb's subject, right before it (an adverb
	// between): not "He said the council erred by claiming …", nor a
	// passive, whose "by" is no manner: "The plan is often justified by
	// arguing …".
	if s-2 >= floor && s-2 >= 0 && a.toks[s-2].sent == a.toks[s].sent && strings.HasSuffix(a.tokText(s), "ing") && a.lowerWord(s-1) && equalFoldASCII(a.tokText(s-1), "by") {
		v := s - 2
		if v-1 >= floor && v-1 >= 0 && (a.wordIn(v, particles) || a.adverb(v) || a.wordIn(v, cueAdverbs) && !a.wordIn(v, irregularPast)) && a.lowerWord(v) {
			v-- // "followed up by", "responded first by"
		}
		p := v - 1
		if p >= 0 && (a.adverb(p) || a.wordIn(p, cueAdverbs) && a.lowerWord(p)) {
			p--
		}
		// The verb may be "began", which is no pastVerb (an auxiliary of
		// a cue too: "began saying") but irregularPast holds it; the
		// speaker a token span or, taken from the verb's own attribution
		// ("He answered by asking …": "answered" is a cue too), a span of
		// text.
		subject := at.spkTok >= 0 && at.spkEnd == p+1 || at.spkTok < 0 && p >= 0 && at.speaker.Start >= 0 && at.speaker.End == int(a.toks[p].end)
		if (a.pastVerb(v) || a.wordIn(v, irregularPast) && a.lowerWord(v)) && subject {
			s = v
		}
	}
	// The comparative before an adjective that takes the infinitive of a
	// cue belongs to it, and so the copula and adverbs before it: "were
	// slightly more likely to say", "was more keen to talk about".
	if s-1 >= floor && s-1 >= 0 && s+1 < e && a.wordIn(s+1, infinitiveTo) && a.toks[s-1].sent == a.toks[s].sent && a.lowerWord(s-1) && a.wordIn(s-1, comparatives) {
		s--
	}
	// In a headline in title case the words of the verb group are
	// capitalized as the verb is: "Senator Just Revealed", "Board Finally
	// Confirms".
	title := a.capitalized(s) && s-1 >= 0 && a.toks[s-1].sent == a.toks[s].sent && a.capitalized(s-1)
	for s-1 >= floor && s-1 >= 0 && a.toks[s-1].sent == a.toks[s].sent && (a.lowerWord(s-1) || title && a.capitalized(s-1)) {
		if equalFoldASCII(a.tokText(s-1), "then") && s-2 >= 0 && (a.isPunct(s-2, ",") || equalFoldASCII(a.tokText(s-2), "and")) {
			// "then" after a comma or "and" joins a second verb to the
			// first and stays out of its cue, as annotators mark it: "He
			// paused, then said", "and then added".
			break
		}
		if a.wordIn(s-1, cueAux|cueAdverbs) || a.adverb(s-1) || title && a.titleAdverb(s-1) {
			s--
			continue
		}
		// "all but" (almost) before the verb belongs to the cue, as
		// annotators mark it: "have all but accused", "all but begged".
		if s-2 >= floor && a.toks[s-2].sent == a.toks[s].sent && a.lowerWord(s-2) && equalFoldASCII(a.tokText(s-1), "but") && equalFoldASCII(a.tokText(s-2), "all") {
			s -= 2
			continue
		}
		// A quantifier floated off the speaker right before it belongs
		// to the verb group, as annotators mostly mark it: "the
		// ministers all urged", "Li and Ortiz both said".
		if at.spkTok >= 0 && at.spkEnd == s-1 && a.lowerWord(s-1) && floating(a.tokText(s-1)) {
			s--
			continue
		}
		// "also" inside the verb group, after an auxiliary: "has also
		// said", "would also like". After the subject it stays out ("The
		// ambassador also emphasized"). A quantifier floated off a plural
		// subject belongs to the verb group too: "have all said", "have
		// both argued"; not the "both" of "both … and" after a singular
		// auxiliary, which annotators leave out ("has both endorsed him
		// and criticized him").
		if s-2 >= floor && a.toks[s-2].sent == a.toks[s].sent && a.lowerWord(s-2) && a.wordIn(s-2, cueAux) && (equalFoldASCII(a.tokText(s-1), "also") || floating(a.tokText(s-1)) && !inFold(singularAux[:], a.tokText(s-2))) {
			s -= 2
			continue
		}
		break
	}
	if e < len(a.toks) && a.wordIn(e, dayWords) && a.toks[e].sent == a.toks[e-1].sent && (at.contentTokStart > e || at.contentTokEnd <= s) {
		e++ // "said Tuesday"
		if e < len(a.toks) && a.wordIn(e, dayParts) && (at.contentTokStart > e || at.contentTokEnd <= s) {
			e++ // "said Tuesday night"
		}
	}
	if at.contentTokEnd <= s {
		// "…, he said recently.", "…, she said sarcastically.": an adverb
		// after a trailing cue belongs to it, as annotators mark it.
		// Not one of cueAdverbs with a word after it, which modifies that
		// word's phrase ("said just after midnight", "had written long
		// before", "has been confirmed since 2009"), and never into the
		// speaker after the cue ("according to even his allies").
		for e < len(a.toks) && a.toks[e].sent == a.toks[e-1].sent && a.lowerWord(e) && (a.adverb(e) || a.wordIn(e, cueAdverbs) && !a.wordIn(e, dayWords) && !(e+1 < len(a.toks) && a.isWord(e+1))) && (at.spkTok < s || e < at.spkTok) {
			e++
		}
		// So does the manner of the saying, a gesture or a sound with
		// "with a": "…,” she said with a laugh.", "he shot back with a
		// grin".
		if e+2 < len(a.toks) && a.toks[e+2].sent == a.toks[e-1].sent && a.lowerWord(e) && equalFoldASCII(a.tokText(e), "with") &&
			(equalFoldASCII(a.tokText(e+1), "a") || equalFoldASCII(a.tokText(e+1), "an")) && inFold(mannerNouns[:], a.tokText(e+2)) && (at.spkTok < s || e+2 < at.spkTok) {
			e += 3
		}
	}
	if at.contentTokStart >= e+2 && a.scarceObject(e, at.contentTokStart+1) == at.contentTokStart && a.toks[at.contentTokStart].sent == a.toks[e].sent {
		e = at.contentTokStart // "showed no sign of", "said little about": scarceObject
	}
	if tg := a.timeGap(e, len(a.toks)); tg > 0 && e+tg+1 == at.contentTokStart && a.lowerWord(e+tg) && a.wordIn(e+tg, cuePrepositions|speechPrepositions) {
		e += tg // "warned last week against the deal": the preposition below takes the time with it
	}
	if e+1 == at.contentTokStart && a.lowerWord(e) && a.toks[e].sent == a.toks[e-1].sent && (a.wordIn(e, cuePrepositions|speechPrepositions|particles) || a.adverb(e) || a.wordIn(e, cueAdverbs) && !a.wordIn(e, dayWords) || focusAdverb(a.tokText(e))) {
		// The preposition whose object is the content ("warned against
		// the deal", "worried about turnout"), the particle of the verb
		// ("called out the senator") or an adverb between the verb and
		// the content ("has said repeatedly that") belongs to the cue, as
		// annotators mark it.
		e++
	} else if e+1 == at.contentTokStart && a.titleWord(e) && a.wordIn(e, cuePrepositions|speechPrepositions) {
		e++ // the same in a headline in title case: "Senator Thinks About Voters"
	}
	if e < len(a.toks) && a.lowerWord(e) && a.wordIn(e, particles) && a.toks[e].sent == a.toks[e-1].sent && at.contentTokStart != e && (e+1 == len(a.toks) || a.toks[e+1].kind != tWord) {
		// A particle after the verb with a mark after it, no object,
		// belongs to the cue, as annotators mark it: "wrote back: “…”",
		// "…,” the crowd shouted back."
		e++
	}
	if end, ok := a.matchRest(e, len(a.toks), "in a statement"); ok && (at.contentTokStart >= end || at.contentTokEnd <= s) {
		e = end // "said in a statement", which annotators mostly mark whole
	}
	if a.inList(e-1, inPostVerbs, postVerbs[:]) {
		for _, place := range postPlaces {
			if end, ok := a.matchRest(e, len(a.toks), place); ok && (at.contentTokStart >= end || at.contentTokEnd <= s) {
				e = end // "wrote on Facebook": postVerbs
				break
			}
		}
	}
	if e < len(a.toks) && a.isPunct(e, ":") && (at.kind == Direct || at.contentTokStart > e || at.q >= 0 && at.start >= int(a.toks[e].end)) {
		e++
	}
	return s, e
}

// clauseSpeakersOut cuts from a speaker a relative clause set off by a
// comma whose pronoun speaks an attribution of its own: in "Ann Li, who
// endorsed Ortiz, said …" the clause is an attribution (its speaker
// "who"), and annotators leave it out of Ann Li's span, as they do in
// every such case of PolNeAR's (80 of 80; a clause that attributes
// nothing stays, "Ann Li, who runs the clinic, said", as they mostly
// mark it). The pronouns that speak are gathered first, in text order,
// and each speaker asks a binary search for one inside it.
func (a *attributor) clauseSpeakersOut() {
	rel := slices.Grow(a.order[:0], len(a.attrs)) // in a.order, as verbSpeakersOut's keys
	defer func() { a.order = rel[:0] }()
	for i := range a.attrs {
		at := &a.attrs[i]
		if r := at.spkTok; at.end > at.start && r >= 2 && at.spkEnd == r+1 && a.lowerWord(r) && a.wordIn(r, relWords) && a.isPunct(r-1, ",") {
			rel = append(rel, int64(r))
		}
	}
	if len(rel) == 0 {
		return
	}
	slices.Sort(rel)
	for i := range a.attrs {
		at := &a.attrs[i]
		if at.end <= at.start {
			continue
		}
		if at.spkTok >= 0 && at.spkEnd-at.spkTok > 2 {
			// The first pronoun after the speaker's second token: the
			// comma before it leaves a word to speak.
			k, _ := slices.BinarySearch(rel, int64(at.spkTok+2))
			if k < len(rel) && int(rel[k]) < at.spkEnd {
				at.spkEnd = int(rel[k]) - 1
			}
		} else if at.spkTok < 0 && at.speaker.Start >= 0 {
			// A speaker taken from another attribution's span (the
			// sentence's speaker of a participle) is cut the same way.
			k, _ := slices.BinarySearchFunc(rel, at.speaker.Start, func(r int64, b int) int { return int(a.toks[r-1].start) - b })
			for k < len(rel) && int(a.toks[rel[k]-1].start) <= at.speaker.Start {
				k++
			}
			if k < len(rel) && int(a.toks[rel[k]].end) <= at.speaker.End && int(a.toks[rel[k]-2].end) > at.speaker.Start {
				at.speaker.End = int(a.toks[rel[k]-2].end)
			}
		}
	}
}

// verbSpeakersOut gives a speaker that runs over the cue of another
// attribution with the same subject that subject alone: in "The
// chairman, Tom Li, called for a vote, declaring it passed" the phrase
// read back from "declaring" holds "called for a vote", whose
// attribution's speaker, "The chairman, Tom Li,", is the subject of
// both. The cues of the attributions with a speaker before them are
// sorted (cue token above the index), and each long speaker asks a
// binary search for the first cue inside it.
func (a *attributor) verbSpeakersOut() {
	// The sort keys live in a.order, which emit fills afterwards: no
	// allocation of their own.
	cues := slices.Grow(a.order[:0], len(a.attrs))
	defer func() { a.order = cues[:0] }()
	for i := range a.attrs {
		at := &a.attrs[i]
		if at.end > at.start && at.spkTok >= 0 && at.spkTok < at.spkEnd && at.spkEnd <= at.cueTok {
			cues = append(cues, int64(at.cueTok)<<32+int64(i))
		}
	}
	if len(cues) < 2 {
		return
	}
	slices.Sort(cues)
	for i := range a.attrs {
		at := &a.attrs[i]
		if at.end <= at.start || at.spkTok < 0 || at.spkEnd-at.spkTok < 4 || !a.isPunct(at.spkEnd-1, ",") {
			continue
		}
		k, _ := slices.BinarySearch(cues, int64(at.spkTok+1)<<32)
		if k == len(cues) || int(cues[k]>>32) >= at.spkEnd {
			continue
		}
		if o := &a.attrs[int(cues[k]&(1<<32-1))]; o.spkTok == at.spkTok && o.spkEnd < at.spkEnd {
			at.spkEnd = o.spkEnd
		}
	}
}

func (a *attributor) emit() {
	// The attributions in order of their starts, those that start
	// together in the order made: a sort of numbers that hold the start
	// above the index (start<<32 + i, i in the low 32 bits), not of the
	// attrs (184 bytes each), which stay where they are.
	a.order = a.order[:0]
	for i := range a.attrs {
		a.order = append(a.order, int64(a.attrs[i].start)<<32+int64(i))
	}
	sortFew(a.order)
	if len(a.attrs) > 0 && a.d.Quotes == nil {
		a.d.Quotes = make([]Quote, 0, len(a.attrs))
	}
	// The parts of the quotations of more than one, then the speakers and
	// cues the quotations point to, in one array: one allocation for the
	// document instead of several for each quotation. Each quotation's
	// parts are a full slice of it (length and capacity alike, as make
	// would give); the spans after them never grow past their capacity
	// (at most two a quotation), so the pointers stay valid.
	nParts := 0
	for i := range a.attrs {
		if at := &a.attrs[i]; at.end > at.start && len(at.parts) > 1 {
			nParts += len(at.parts)
		}
	}
	all := make([]Span, nParts+2*len(a.attrs))
	parts, spans := all[:nParts:nParts], all[nParts:nParts]
	keep := func(sp Span) *Span {
		spans = append(spans, sp)
		return &spans[len(spans)-1]
	}
	for _, key := range a.order {
		at := &a.attrs[uint32(key)]
		if at.end <= at.start {
			continue
		}
		q := Quote{Kind: at.kind, Start: at.start, End: at.end, Text: a.text[at.start:at.end], Closed: at.closed}
		if n := len(at.parts); n > 1 {
			q.Parts, parts = parts[:n:n], parts[n:]
			for i, p := range at.parts {
				q.Parts[i] = Span{Start: p.Start, End: p.End, Text: a.text[p.Start:p.End]}
			}
		}
		sp := at.speaker
		if at.spkTok >= 0 && at.spkEnd > at.spkTok {
			sp = a.span(at.spkTok, at.spkEnd)
		}
		if sp.Start >= 0 {
			sp.Text = a.text[sp.Start:sp.End]
			q.Speaker = keep(sp)
		}
		cue := at.cue
		if at.cueTok >= 0 && at.cueEnd > at.cueTok {
			cs, ce := a.cueExtent(at)
			cue = a.span(cs, ce)
		}
		if cue.Start >= 0 {
			cue.Text = a.text[cue.Start:cue.End]
			q.Cue = keep(cue)
		}
		a.d.Quotes = append(a.d.Quotes, q)
	}
}

// coordClauseSubject returns the subject of the last clause joined by ",
// and", ", but" or a semicolon before the participle cue at c, when a
// verb follows it: "Protest groups object, and the union has sued the
// city, saying …" gives "the union", whose clause the participle
// modifies. It reads at most 40 tokens back and returns an empty span
// when there is no such clause.
func (a *attributor) coordClauseSubject(lo, c int) (int, int) {
	for k := c - 2; k > lo && k > c-40; k-- {
		if a.toks[k].kind == tQuote {
			break
		}
		if !(a.isPunct(k, ";") || a.wordIn(k, coordWords) && a.lowerWord(k) && a.isPunct(k-1, ",")) {
			continue
		}
		s, e := a.subjectNP(k+1, c)
		if s >= e || e >= c-1 {
			return 0, 0
		}
		v := e
		for v < c-1 && (a.wordIn(v, auxWords) && a.lowerWord(v) || a.adverb(v)) {
			v++
		}
		if !(v > e && a.wordIn(v-1, finiteAux) || a.lowerWord(v) && a.pastOrPresent(v)) {
			return 0, 0
		}
		for m := v + 1; m < c-1; m++ {
			if a.isPunct(m, ",") || a.toks[m].kind == tQuote {
				return 0, 0 // the clause ends before the participle
			}
		}
		return s, e
	}
	return 0, 0
}

// nounBefore reports whether the word before the cue at c is a lower-case
// word that can end a noun phrase: no function word, auxiliary,
// preposition, conjunction, pronoun, relative, time word, adverb or
// participle ("investors expecting", but not "by expecting", "is
// expecting", "he said Monday expecting"), and the phrase is no object of
// a verb in the past or the third person a few words back, past its
// prepositions but not past a boundary word: "left the hall hoping the
// vote would pass" tells the subject's hope, "sent a note to council
// members opposing the levy" the subject's stand. A form of "be", a
// boundary word, takes no object ("is a help for anyone wanting to
// save"), and a participle is not asked: "is spending the last day of the
// race attacking a rival", "handling lawsuits seeking records" are
// seldom gold.
// leadSourceAppositive returns the end of an appositive set off by commas
// after the source [s, e) of an opening "according to", with its closing
// comma, or e when there is none: a description after a name ("According
// to Ann Li, the firm's finance chief, …"), a name after a role ("According
// to the police spokesman, Ade Obi, …") or a relative clause ("According
// to the report, which was published on Monday, …"). The phrase is at most
// maxSourceAppositive tokens, with no quotation mark, and a clause follows
// its comma, not a verb: in "According to the audit, Ann Li, the firm's
// director, signed …" the name after a source that is no role is the
// content's subject.
func (a *attributor) leadSourceAppositive(s, e, last int) int {
	if e+2 >= last || !a.isPunct(e, ",") {
		return e
	}
	m := e + 1
	for m < last && m <= e+maxSourceAppositive && a.toks[m].kind != tQuote && !a.isPunct(m, ",") {
		m++
	}
	if m >= last || m == e+1 || m > e+maxSourceAppositive || !a.isPunct(m, ",") || m+1 >= last || !a.isWord(m+1) {
		return e
	}
	if a.lowerWord(m+1) && (a.wordIn(m+1, finiteAux|auxWords) || a.pastOrPresent(m+1) && !a.pluralNoun(m+1) || a.pastVerb(m+1)) {
		return e // "…, Ann Li, the director, signed": the content's subject
	}
	k := e + 1
	switch {
	case a.lowerWord(k) && a.wordIn(k, relWords):
		// A relative clause: "…, which was published on Monday,".
	case a.properName(s, e) && (a.wordIn(k, npDeterminers|possessives) && a.lowerWord(k) || a.possessiveName(k)):
		// A description after a name, with no verb in it.
		if a.finiteIn(k, m) {
			return e
		}
	case a.properName(k, m) && a.roleIn(s, e):
		// A name after a role ("the police spokesman", "the Permanent
		// Secretary in the ministry", "a statement by his spokesman").
	default:
		return e
	}
	return m + 1
}

// roleIn reports whether a word of [s, e) is a role of roleWords.
func (a *attributor) roleIn(s, e int) bool {
	for k := s; k < e; k++ {
		if a.isWord(k) && a.roleFold(k) {
			return true
		}
	}
	return false
}

// maxSourceAppositive bounds the appositive leadSourceAppositive reads.
const maxSourceAppositive = 12

// compoundParticiple reports whether token k is a compound adjective
// whose last part is a past participle: "AI-driven", "cloud-based",
// "state-owned", "union-led".
func (a *attributor) compoundParticiple(k int) bool {
	if k < 0 || !a.isWord(k) {
		return false
	}
	w := a.tokText(k)
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || len(w)-h < 4 {
		return false
	}
	p := w[h+1:]
	if p[0] < 'a' || p[0] > 'z' {
		return false
	}
	return strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "en")
}

func (a *attributor) nounBefore(c int) bool {
	k := c - 1
	if k < 0 || !a.isWord(k) || !a.lowerWord(k) || a.wordIn(k, functionWords|auxWords|npPrepositions|boundaryWords|leadWords|spkPronouns|objPronouns|relWords|timeWords) || a.adverb(k) || a.gerund(k) || a.verbAt(k) && !a.pluralNoun(k) {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-8 && a.isWord(m) && (!a.wordIn(m, boundaryWords) || a.wordIn(m, npPrepositions)); m-- {
		if a.lowerWord(m) && (a.pastVerb(m) || a.verbAt(m)) {
			return false
		}
	}
	return true
}
