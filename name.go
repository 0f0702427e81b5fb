package attribution

import (
	"cmp"
	"encoding/binary"
	"hash/maphash"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file finds the mentions that entity resolution works on: proper
// names (capitalised runs with their titles and roles), role phrases ("the
// ambassador"), texts ("the article"), groups ("officials") and pronouns. It
// is one forward pass over the words of the text; nothing is normalised in
// place, every mention is a byte range of the caller's text.

// tokFlags describe a word.
type tokFlags uint16

const (
	tCap      tokFlags = 1 << iota // first letter is upper case
	tAllCaps                       // two or more letters, all upper case
	tInitial                       // first word of a sentence, or after a quote mark or colon
	tPoss                          // ends in 's, ’s or s'
	tGapComma                      // a comma separates it from the previous word
	tGapPunct                      // other punctuation separates it from the previous word
	tASCII                         // all bytes are ASCII
	tHeadline                      // in a sentence written in title case
	tGapQuote                      // only spaces and one quotation mark separate it from the previous word
	tCapWord                       // capitalised away from a sentence start (feeds capsSeen)
	tLowWord                       // letters, none upper case (feeds lowSeen)
	tUpper                         // has an ASCII capital (in its key, or its ending): its key is lowered (finder.key)
)

// token is one word: letters and digits with inner hyphens, apostrophes and
// periods, a title's final period, and a possessive ending.
type token struct {
	start, end int32 // the word as written
	keyEnd     int32 // end without the possessive ending
	para, sent int32 // indexes of its paragraph and sentence
	flags      tokFlags
	// word is the entry of its key in wordTable, looked up on first use
	// (lexAt): wordUnknown until then.
	word uint16
	// low is the offset in finder.lows of the key lowered, for a tUpper
	// token (see finder.key).
	low int32
}

func (t *token) has(f tokFlags) bool { return t.flags&f != 0 }

// gapped reports whether punctuation separates t from the word before it.
func (t *token) gapped() bool { return t.flags&(tGapComma|tGapPunct) != 0 }

// mentionKind says what a mention is.
type mentionKind uint8

const (
	mName  mentionKind = 1 + iota // a proper name: "Lu Mei", "Foreign Ministry"
	mRole                         // a role phrase: "the ambassador", "President of Azerbaijan"
	mText                         // a text: "an article", "the statement", "his letter"
	mGroup                        // a plural group: "officials", "administration officials"
	mPron                         // a personal pronoun: "she", "they", "I"
	mRel                          // a relative pronoun as speaker: "who"
	mIndef                        // an indefinite as speaker: "some", "others"
)

// entKind is what a name or cluster refers to, as far as the text tells.
type entKind uint8

const (
	kUnknown entKind = iota
	kPerson
	kOrg
)

// determiner kinds of a noun phrase.
const (
	detNone uint8 = iota
	detDefinite
	detIndefinite
	detPossessive
)

// mention is one reference to a person, body or text. Its fields are laid
// out by size, without padding: the scan keeps one in about six words.
type mention struct {
	start, end int32 // the span: for names the name without titles and possessive ending
	// tokLo, tokHi are the tokens of the name (mName) or the phrase;
	// ctxLo is the first token of the whole run, titles included, which
	// decides whether the mention is a subject or after a preposition.
	tokLo, tokHi, ctxLo int32
	// modLo:modHi are the bytes of the words that qualify the role
	// ("Chinese", "Florida", "ministry").
	modLo, modHi int32
	// possessor is the mention index of the owner of a phrase ("his
	// statement", "Trump's campaign"), or -1.
	possessor  int32
	para, sent int32
	// reach is the sentence a pronoun after it counts its distance
	// from (scorePronoun): sent, or for a speaker the sentence before
	// the one where the last of its quotations ends, when that is later.
	// A speaker who opens a quotation of several sentences is present
	// through them ("“I disavow them,” Lee said. “It is wrong. Do I back
	// Ward? No.” He added: …" is Lee's "He"); one sentence short of its
	// end, so that a subject named after the quotation comes first, as
	// it did before it ("… Lee said. “I am done.” Ward was not. He
	// said: …" is Ward's "He").
	reach int32
	// sameAs is the index of a mention this one stands in apposition to,
	// or -1.
	sameAs  int32
	cluster int32 // resolved cluster, or -1
	// head is the role, organisation or text noun (lower case).
	head strID
	// role is the role key that the name carries ("ambassador" for
	// "Chinese Ambassador Lu Mei").
	role   strID
	kind   mentionKind
	ek     entKind
	gender gender
	// softGender is set when gender comes only from a role word used
	// of both sexes (mixedGenderRoles).
	softGender bool
	det        uint8
	pron       pronoun // for pronouns
	// possPron is the owning pronoun when the owner is a pronoun ("his
	// statement"); its person is 0 otherwise.
	possPron    pronoun
	subject     bool // first non-oblique mention of its sentence
	oblique     bool // after a preposition
	inDirect    bool // inside a direct quote's content
	definiteOrg bool // a name preceded by "the": "the White House"
	group       bool // a plural group name: "Democrats"
	modifier    bool // qualifies the name after it: "Republican" in "Republican strategist Karen Liebowitz"
	company     bool // a name after a company noun, its head: "chipmaker Halvorsen Micro"
	// speaker is set when a quote is attributed to this mention.
	speaker bool
	done    bool
}

// strID is a string that a mention holds (its head, its role), as an
// index in its finder's strs (finder.str): 0 is the empty string. The
// mentions hold no pointer: emit copies one without write barriers, and
// the array kept for the next text needs no clearing (a string of the
// text in it would keep the text alive); only strs does, much shorter.
type strID int32

// id returns the strID of s, adding s to f.strs unless it is empty.
func (f *finder) id(s string) strID {
	if s == "" {
		return 0
	}
	f.strs = append(f.strs, s)
	return strID(len(f.strs))
}

// str returns the string of id.
func (f *finder) str(id strID) string {
	if id == 0 {
		return ""
	}
	return f.strs[id-1]
}

// interval is the byte range s:e of a quote's content.
type interval struct{ s, e int }

// finder holds the state of one mention scan. It is made anew for each
// text (resolveDocIn; a Parser's scratch keeps one to fill again).
type finder struct {
	text string
	toks []token
	ms   []mention
	// spareToks and spareMs are arrays of an earlier document to reuse.
	spareToks []token
	spareMs   []mention
	// ivs holds the contents of the direct quotes, then the terms (an
	// earlier document's array on entry, to reuse); direct and terms
	// are their covers (markQuotes).
	ivs           []interval
	direct, terms cover
	// starts lists the words that find starts from (capitalised, or
	// passing findFilter), in order; an earlier document's array on
	// entry to tokenize, to reuse.
	starts []int32
	// inits lists the capitalised words that open a sentence (see
	// lexer.inits); an earlier document's array on entry, to reuse.
	inits []int32
	// lows holds the keys of the tUpper words, lowered, end to end
	// (lowerKeys): a string of the text's own, so that the keys the
	// resolver stores need no copy of their own. On the PolNeAR articles
	// it is a sixth of the text, where a lowered copy of the whole was
	// allocated before. lowBuf is the array it is written in first (an
	// earlier document's on entry, to reuse).
	lows   string
	lowBuf []byte
	// lowArena, the scratch's (nil without one), holds the lows of the
	// texts one after another, end to end (see lowerKeys): one
	// allocation for the keys of many texts.
	lowArena *strings.Builder
	// words are the quote stage's tokens of the text, whose words carry
	// their entries in wordTable (see resolveDocWith), or nil.
	words []item
	// capsSeen: capitalised words seen away from a sentence start (as
	// written); lowSeen: words seen in lower case (keys). Both
	// are only asked about the words of tInitial tokens, so they hold
	// those and mark the ones seen (see tokenize).
	capsSeen spanSet
	lowSeen  spanSet
	// apposDet is the token index of a determiner that opens an appositive
	// of mention apposOf.
	apposDet int
	apposOf  int32
	// apposPred: the phrase at apposDet is a predicate after a copula
	// (see predicateAt), not an appositive.
	apposPred bool
	subjSent  int32 // last sentence that got its subject
	// lastEnd is the end of the last mention emitted; endsOut, that a
	// mention ended before the one emitted before it (the mentions'
	// ends are out of order: see attachSpeakers).
	lastEnd int32
	endsOut bool
	// ups lists the tUpper words, as lexWords read them (nil when the
	// tokens came otherwise); its array is kept for the next text
	// (resolveDocWith).
	ups   []int32
	synth bool // analysing a speaker span alone: no look-around
	// spanHi, when above zero, is the token a speaker span read by
	// synthesize ends before: phrase reads no head past it ("The suit
	// claims that …" is the suit, not "suit claims").
	spanHi int
	// acroWant filters the keys that resolveName may ask the resolver's
	// acronyms about (see wantAcronyms).
	acroWant acroBits
	// strs holds the strings of the mentions' strIDs, in the order added
	// (id); an earlier document's array, emptied, on entry to reuse.
	strs []string
	// seen is markSeen's filter, empty: the scratch's, or nil.
	seen *seenFilter
}

// key returns the lower-case form (ASCII letters only) of token t without
// its possessive ending, for table look-ups: the word as written when it
// has no ASCII capital, as most words, else its key in f.lows.
func (f *finder) key(t *token) string {
	if t.flags&tUpper == 0 {
		return f.text[t.start:t.keyEnd]
	}
	return f.lows[t.low : t.low+t.keyEnd-t.start]
}

// lowerKeys writes the keys of the tUpper words, lowered, to f.lows, end
// to end, and sets their tokens' low. They are written in f.lowBuf, then
// copied once to a string of their size: the copy costs less than
// counting their bytes first would. The array has room for a quarter of
// the text (the keys of 19 PolNeAR articles in 20). The tUpper words, one
// in five or so, come at random: lexWords lists them as it reads them,
// without a branch (f.ups), which costs less than a pass over the words
// here would.
func (f *finder) lowerKeys() {
	text, toks := f.text, f.toks
	// b[:n] holds the keys written so far; a key of at most eight bytes
	// is written in one step, eight bytes lowered, when b has room past
	// n and the text past its start.
	b := spare(f.lowBuf, len(text)/4)
	b = b[:cap(b)]
	n := 0
	ups := f.ups
	if ups == nil {
		// Tokens not from lexWords (the tests' reference tokenizer): a
		// pass over them.
		for i := range toks {
			if toks[i].flags&tUpper != 0 {
				ups = append(ups, int32(i))
			}
		}
	}
	for _, i := range ups {
		t := &toks[i]
		// Read as unsigned, s needs no bounds check below.
		s, e := int(uint32(t.start)), int(t.keyEnd)
		t.low = int32(n)
		if e-s <= 8 && s+8 <= len(text) && n+8 <= len(b) {
			binary.LittleEndian.PutUint64(b[n:n+8], lower8(load64At(text, s)))
			n += e - s
			continue
		}
		b = appendLower(b[:n], text, s, e)
		n, b = len(b), b[:cap(b)]
	}
	f.lowBuf = b[:n]
	f.lows = f.arenaString(b[:n])
}

// arenaString returns b as a string of f.lowArena, or as a string of its
// own without one. A Builder never changes the bytes it has written, so
// the strings of earlier texts stay as they were; when b does not fit in
// the room left, a new arena takes its place, twice the size of the last
// up to lowChunkMax (the old one goes when nothing holds its strings).
func (f *finder) arenaString(b []byte) string {
	a := f.lowArena
	if a == nil {
		return string(b)
	}
	if c := a.Cap(); c-a.Len() < len(b) {
		*a = strings.Builder{}
		a.Grow(max(len(b), min(2*c, lowChunkMax), lowChunkMin))
	}
	off := a.Len()
	a.Write(b)
	return a.String()[off:]
}

// lowChunkMin and lowChunkMax bound the size of a new arena of lowered
// keys: a PolNeAR article's keys take some 800 bytes, so the largest
// serves about eighty articles.
const (
	lowChunkMin = 4 << 10
	lowChunkMax = 64 << 10
)

// appendLower appends text[i:j] to b with its ASCII letters lowered,
// eight bytes a step (lower8). The last step reads past j when text goes
// on, and appends those bytes too before cutting them off; else the last
// bytes are lowered one at a time. A word takes a step or two.
func appendLower(b []byte, text string, i, j int) []byte {
	for ; i+8 <= j; i += 8 {
		b = binary.LittleEndian.AppendUint64(b, lower8(load64At(text, i)))
	}
	if i < j && i+8 <= len(text) {
		n := len(b) + j - i
		return binary.LittleEndian.AppendUint64(b, lower8(load64At(text, i)))[:n]
	}
	for ; i < j; i++ {
		b = append(b, lowerASCII[text[i]])
	}
	return b
}

// lowerASCII maps each byte to itself, ASCII capitals to their lower
// case; built once, never modified.
var lowerASCII = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// isQuoteMark reports whether r is a quotation mark of any script.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』', '＂', '〝', '〞':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordASCII(byte(r))
	}
	if generalPunct(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// generalPunct reports whether r lies in U+2010–U+2027 of the General
// Punctuation block: dashes, quotation marks, bullets and the ellipsis,
// the most common runes of news text above ASCII. None is a letter, a
// digit, a mark or a space (TestGeneralPunct), so the tokenizers take
// them for punctuation without searching the Unicode tables.
func generalPunct(r rune) bool { return r >= 0x2010 && r <= 0x2027 }

// Classes of ASCII bytes for the tokenizer's scan (tokClass).
const (
	cLetter uint8 = 1 << iota // a letter
	cUpper                    // an upper-case letter
	cWord                     // a letter or a digit
	cSpace                    // a space, tab or line break
	cJoin                     // a hyphen, apostrophe or period: joins two word characters
	cLink                     // may join two parts of a word of the quote stage (tokenizer.word): ' - . & / ,
)

// tokClass holds the classes of each ASCII byte; built once, never
// modified.
var tokClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cLetter | cWord
		t[c-'a'+'A'] = cLetter | cUpper | cWord
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cWord
	}
	t[' '], t['\t'], t['\n'], t['\r'] = cSpace, cSpace, cSpace, cSpace
	t['-'], t['\''], t['.'] = cJoin, cJoin, cJoin
	for _, c := range "'-.&/," {
		t[c] |= cLink
	}
	return t
}()

// wordAt reports whether a word character (isWordRune) starts at offset
// i of text.
func wordAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return tokClass[c]&cWord != 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// isWordASCII is isWordRune for an ASCII byte, small enough to inline:
// c|0x20 lowers an ASCII letter and maps no other byte to one.
func isWordASCII(c byte) bool { return uint32(c|0x20)-'a' < 26 || uint32(c)-'0' < 10 }

// spanIndex returns, for offset p, the index of the last span starting at
// or before p, advancing *k from its previous value (offsets must come in
// increasing order).
func spanIndex(spans []Span, k *int, p int) int {
	for *k+1 < len(spans) && spans[*k+1].Start <= p {
		*k++
	}
	return *k
}

// flagIf returns 1 when b holds, else 0: the compiler makes it a
// conditional set, not a branch.
func flagIf(b bool) tokFlags {
	var x tokFlags
	if b {
		x = 1
	}
	return x
}

// spanStartAfter returns the start of spans[k+1], math.MaxInt when there
// is none.
func spanStartAfter(spans []Span, k int) int {
	if k+1 < len(spans) {
		return spans[k+1].Start
	}
	return math.MaxInt
}

// tokenize splits text into words. Sentence and paragraph indexes come from
// d; quote contents flag the words inside them. It reads the text once
// (lexWords, which also does the work of each word's sentence), then the
// words, in passes of a few variables each, where one loop doing it all
// kept thirty live.
func (f *finder) tokenize(d *Document) {
	f.lexWords(d)
	f.lowerKeys()
	f.wordEntries()
	f.markQuotes(d)
	// The sets hold words that open a sentence, a few dozen: their
	// tables are sized for those, not for the largest text seen.
	n := max(len(d.Sentences), len(d.Paragraphs))
	f.capsSeen.sized(n)
	f.lowSeen.sized(n)
	f.markSeen()
	// emit appends whole mentions, which hold no pointer (strID): the
	// array needs no clearing.
	f.ms = spare(f.spareMs, len(f.toks)/5+16)
}

// tOpens is a flag of lexWords' gaps, never of a token: the gap ends
// with a mark or bracket that opens something new ("“As", "(AP"), which
// makes a capitalised word after it tInitial.
const tOpens tokFlags = 1 << 15

// lexer holds what lexWords' loops share besides the gap: the sentence
// the next word belongs to, and the list of the words find starts from.
// The fast loop (lexASCII) reads and changes it through a pointer, in
// memory: its own variables keep the registers.
type lexer struct {
	f            *finder // whose text is read
	paras, sents []Span  // the paragraphs, and the sentences (the paragraphs when there are none)
	pk, sk       int     // the indexes of the current ones (spanIndex)
	// nextSpan is where the next sentence or paragraph starts: a word
	// at or after it opens a sentence (sentence); 0 before the first
	// word, which opens one in any case. spanNext is that offset as
	// spanIndex leaves it.
	nextSpan, spanNext int
	para, sent         int32
	// The sentence being read, for the headline test (headline): its
	// first word; its words of more than three bytes (low half of hl)
	// and the capitalised ones among them (high half); the flags all
	// its words have (tCap among them when all are capitalised).
	segLo  int
	hl     uint64
	capAnd tokFlags
	// starts[:nStarts] lists the words find starts from (see word);
	// starts is at least as long as the token array's capacity, so that
	// the fast loop appends without a test.
	starts  []int32
	nStarts int
	// ups[:nUps] lists the tUpper words, for lowerKeys: each word's
	// index is written, and kept by counting it when the word is tUpper
	// (no branch on the flag). As long as starts, for the same reason.
	ups  []int32
	nUps int
	// inits lists the capitalised words that open a sentence (tInitial
	// and tCap), in order, for holdInitials: a few in a hundred words,
	// listed in the branches that set tInitial (initial).
	inits []int32
}

// sentence ends the sentence being read (headline) and opens the one of
// word k, at offset start: it finds the new one's paragraph and sentence
// indexes (the paragraphs stand for the sentences when there are none).
func (lx *lexer) sentence(toks []token, k, start int) {
	para, sent := lx.para, lx.sent
	if start >= lx.spanNext {
		if len(lx.paras) > 0 {
			lx.para = int32(spanIndex(lx.paras, &lx.pk, start))
		}
		if len(lx.sents) > 0 {
			lx.sent = int32(spanIndex(lx.sents, &lx.sk, start))
		}
		lx.spanNext = min(spanStartAfter(lx.paras, lx.pk), spanStartAfter(lx.sents, lx.sk))
	}
	if k > 0 && lx.para == para && lx.sent == sent {
		// The first sentence's first word after a dateline's words on
		// its line: it opens the sentence, but the headline test reads
		// the dateline and the sentence as one, as the indexes do.
		lx.nextSpan = lx.spanNext
		return
	}
	// headline's tests that most sentences fail, made before the call.
	if long, caps := int(uint32(lx.hl)), int(lx.hl>>32); long >= 4 && caps*10 >= long*7 || lx.capAnd&tCap != 0 && k-lx.segLo >= 3 {
		// The text's first paragraph, one sentence alone, is its title.
		title := lx.segLo == 0 && para == 0 && lx.para != para
		lx.f.headline(toks[:k], lx.segLo, long, caps, int(lx.capAnd&tCap), title)
	}
	lx.nextSpan = lx.spanNext
	lx.segLo, lx.hl, lx.capAnd = k, 0, ^tokFlags(0)
}

// initial lists word k in inits, a capitalised word that opens a
// sentence. It is not inlined: lexASCII calls it in branches it seldom
// takes, where a call keeps its loop's registers.
//
//go:noinline
func (lx *lexer) initial(k int) {
	lx.inits = append(lx.inits, int32(k))
}

// word does the work of the sentence for the last word of toks, appended
// by lexStep (lexASCII does it inline for its words): its paragraph and
// sentence, tInitial when it opens a sentence, tCapWord when it is
// capitalised away from a sentence start, the headline counts, and the
// list of the words find starts from: the capitalised ones and those that
// may be a pronoun or a determiner (findFilter.may; its last bytes pass
// in either ASCII case, so the word is tested as written), and the list
// of the tUpper words (ups).
func (lx *lexer) word(toks []token) {
	k := len(toks) - 1
	t := &toks[k]
	if articleAt(lx.f.text, int(t.start), int(t.end)) && t.flags&tCap == 0 {
		t.flags |= tCap // "al-Assad": see articleName
	}
	if int(t.start) >= lx.nextSpan {
		lx.sentence(toks, k, int(t.start))
		t.flags |= tInitial
	}
	if t.flags&(tInitial|tCap) == tInitial|tCap {
		lx.initial(k)
	}
	t.para, t.sent = lx.para, lx.sent
	capF := flagIf(t.flags&tCap != 0)
	t.flags |= capF & flagIf(t.flags&tInitial == 0) * tCapWord
	l := uint64(flagIf(t.end-t.start > 3))
	lx.hl += l | l&uint64(capF)<<32
	lx.capAnd &= t.flags
	if len(lx.starts) < cap(toks) {
		lx.starts = append(lx.starts, make([]int32, cap(toks)-len(lx.starts))...)
	}
	if len(lx.ups) < cap(toks) {
		lx.ups = append(lx.ups, make([]int32, cap(toks)-len(lx.ups))...)
	}
	lx.ups[lx.nUps] = int32(k)
	lx.nUps += int(t.flags/tUpper) & 1
	text := lx.f.text
	bit := uint64(1) << ((t.keyEnd - t.start) & 63)
	last := text[max(t.keyEnd-1, t.start)]
	lx.starts[lx.nStarts] = int32(k)
	lx.nStarts += int(capF | flagIf(findFilter.first[text[t.start]]&findFilter.last[last]&bit != 0))
}

// lexWords splits f.text into f.toks and sets the flags that follow from
// the bytes of each word and of the gap before it: tCap, tAllCaps,
// tASCII, tPoss, tGapComma, tGapPunct, tGapQuote, tLowWord, and tInitial
// for a capitalised word after a colon or an opening mark. It does the
// work of each word's sentence as it goes (lexer.word): the paragraph and
// sentence indexes from d, tInitial for the first word of each sentence,
// tCapWord, tHeadline (headline), f.starts and f.ups. The words' entries
// are left unknown.
func (f *finder) lexWords(d *Document) {
	text := f.text
	// About one word in six bytes of news text.
	toks := spare(f.spareToks, len(text)/6+16)
	lx := lexer{f: f, paras: d.Paragraphs, sents: d.Sentences}
	if len(lx.sents) == 0 {
		lx.sents = d.Paragraphs
	}
	lx.spanNext = min(spanStartAfter(lx.paras, 0), spanStartAfter(lx.sents, 0))
	if len(lx.sents) > 0 && lx.sents[0].Start > 0 {
		// Words before the first sentence, a dateline's on its line
		// ("WASHINGTON (Reuters) - The minister said"): the sentence's
		// first word opens it still, no capitalised word inside a name.
		lx.spanNext = min(lx.spanNext, lx.sents[0].Start)
	}
	lx.starts = spare(f.starts, cap(toks))
	lx.inits = f.inits[:0]
	lx.starts = lx.starts[:cap(lx.starts)]
	lx.ups = spare(f.ups, cap(toks))
	lx.ups = lx.ups[:cap(lx.ups)]
	// The gap before the next word, read while skipping to it: the
	// flags it gives the word (see gapPunct), tInitial among them when
	// it holds a colon, and tOpens.
	var gap tokFlags
	// lexASCII reads the common text, lexStep the rest a step at a time.
	for i := 0; i < len(text); {
		i, gap, toks = lexASCII(text, &lx, i, gap, toks)
		if i < len(text) {
			i, gap, toks = f.lexStep(&lx, i, gap, toks)
		}
	}
	f.headline(toks, lx.segLo, int(uint32(lx.hl)), int(lx.hl>>32), int(lx.capAnd&tCap), false)
	f.toks = toks
	f.starts = lx.starts[:lx.nStarts]
	f.ups = lx.ups[:lx.nUps]
	f.inits = lx.inits
}

// lexASCII is lexWords' loop over the common text: gaps of ASCII bytes
// and of the common quotation marks and dashes above ASCII, and words
// of ASCII letters and digits (longASCII reads those of eight bytes or
// more) that end before an ASCII byte other than a joiner (cJoin), which
// no ending or key rule of wordTail concerns, or before a period that ends
// them (dotEnd), appended while toks has room. It stops at any other byte
// or word, returning where and the gap read so far, for lexStep. It
// leaves most calls (decoding a rune, growing toks, wordTail) to lexStep:
// a loop without them keeps more of its variables in registers.
func lexASCII(text string, lx *lexer, i int, gap tokFlags, toks []token) (int, tokFlags, []token) {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	n := len(text)
	for i < n {
		c := text[i]
		if c >= utf8.RuneSelf {
			// The common marks above ASCII, quotation marks and dashes
			// (E2 80 xx), are read here as lexStep would, the others
			// there.
			if c != 0xE2 || i+2 >= n || text[i+1] != 0x80 {
				break
			}
			if m := text[i+2]; m == 0x9C || m == 0x9D || m == 0x98 || m == 0x99 { // “ ” ‘ ’
				gap = gapPunct(gap, true) | tOpens
			} else if m == 0x94 || m == 0x93 { // — –
				gap = gapPunct(gap, false)&^tOpens | flagIf(m == 0x94)*tOpens
			} else {
				break
			}
			i += 3
			continue
		}
		if k := tokClass[c]; k&cWord == 0 {
			switch {
			case k&cSpace != 0:
				gap &^= tOpens
			case c == ',':
				gap = gap&^(tGapQuote|tOpens) | tGapComma
			default:
				q := c == '"' || c == '\''
				gap = gapPunct(gap, q)&^tOpens | flagIf(c == ':')*tInitial | flagIf(q || c == '(')*tOpens
			}
			i++
			// A space after the mark, read in the same step.
			if i < n && text[i] == ' ' {
				gap &^= tOpens
				i++
			}
			continue
		}
		// Words, while one space alone separates them.
		for {
			// A length is never above the capacity: tested with >=,
			// not ==, the room lets the compiler drop the bounds
			// check of toks[:k+1] below.
			if i+8 > n || len(toks) >= cap(toks) {
				return i, gap, toks
			}
			x := load64At(text, i)
			nw := nonWord8(x)
			if nw&0x80 != 0 {
				break // no word after the space: the loop above reads on
			}
			var end int
			var flags tokFlags
			var more bool      // one space follows, and maybe a word
			var start tokFlags // 1 when find may start from it, not capitalised
			if nw != 0 {
				end = i + bits.TrailingZeros64(nw)>>3
				c := text[end]
				more = c == ' '
				if mayGoOn[c] {
					// The word may go on, or wordTail may change it
					// (lexStep; so may a character reference, after
					// "&"); a period is the common case, read here.
					if c != '.' {
						return i, gap, toks
					}
					var ok bool
					if end, ok = dotEnd(text, i, end); !ok {
						return i, gap, toks
					}
				}
				// Of the word's bytes (keep: those below the lowest bit
				// of nw), letters and digits, the capitals have bit 6
				// set and bit 5 clear, the other letters both.
				keep := (nw ^ (nw - 1)) >> 8
				y, s := x&keep&(ones*0x40), x<<1
				up, lo := y&^s>>6, y&s
				// The flags, looked up by the number of capitals,
				// whether a letter is not a capital and whether the
				// first is one. The top byte of up*ones counts the
				// capitals, the byte below it at most seven, whose top
				// two bits stay clear: >>54 is the count times 4.
				flags = asciiFlags[((up*ones)>>54|uint64(flagIf(lo != 0))<<1|up&1)&63]
				// Whether find may start from the word, of at most seven
				// bytes, lowered (startWords).
				start = startWords.may((x | ones*0x20) & keep)
			} else {
				var ok bool
				if end, flags, more, ok = longASCII(text, i, x); !ok {
					return i, gap, toks
				}
				start = flagIf(findFilter.first[byte(x)]&findFilter.last[text[end-1]]&(1<<((end-i)&63)) != 0)
			}
			k := len(toks)
			// The flags of the gap before the word: its punctuation,
			// and tInitial when the word is capitalised after a colon
			// or an opening mark (tOpens), which makes it no tCapWord.
			// Without a branch on whether there is a gap: the loop
			// reads ", " and ". " (below), so one comes every few
			// words, at random.
			flags |= gap &^ (tInitial | tOpens)
			if m := flags & tCap & flagIf(gap&(tInitial|tOpens) != 0); m != 0 {
				flags = flags&^tCapWord | tInitial
				lx.initial(k)
			}
			if i >= lx.nextSpan {
				if flags&(tInitial|tCap) == tCap {
					lx.initial(k) // not listed above
				}
				lx.sentence(toks, k, i)
				flags = flags&^tCapWord | tInitial
			}
			capF := flags & tCap
			l := uint64(flagIf(end-i > 3))
			lx.hl += l | l&uint64(capF)<<32
			lx.capAnd &= flags
			lx.starts[lx.nStarts] = int32(k)
			lx.nStarts += int(capF | start)
			lx.ups[lx.nUps] = int32(k)
			lx.nUps += int(flags/tUpper) & 1
			// toks has room: append's growth would be a call.
			toks = toks[:k+1]
			t := &toks[k]
			t.start, t.end, t.keyEnd = int32(i), int32(end), int32(end)
			t.para, t.sent = lx.para, lx.sent
			t.flags, t.word, t.low = flags, wordUnknown, 0
			gap = 0
			i = end
			if !more {
				// A comma or a period, then a space or a line end (two
				// at a paragraph break), the commonest gaps between
				// words after a lone space, read here as the loop
				// above would read them (the mark in an empty gap,
				// then white space, which changes no flag of it): a
				// return to that loop costs a mispredicted branch or
				// two.
				if end+2 >= n {
					break
				}
				c, s := text[end], text[end+1]
				if c|2 != '.' || s != ' ' && s != '\n' { // ',' (0x2C) and '.' (0x2E) alone
					break
				}
				comma := flagIf(c == ',')
				gap = comma*tGapComma | (1-comma)*tGapPunct
				i += 1 + int(flagIf(text[end+2] == '\n'))
			}
			i++
		}
	}
	return i, gap, toks
}

// longASCII reads for lexASCII the word of eight ASCII letters and digits
// or more at offset i, eight bytes a step, first being the first eight
// (read by lexASCII already). It returns where the word ends,
// its flags (asciiFlags) and whether a space follows it; ok is
// false, for lexStep, when the word ends before a byte above ASCII or a
// joiner other than a period that ends it (dotEnd), or too near the end
// of text for a step.
func longASCII(text string, i int, first uint64) (end int, flags tokFlags, more, ok bool) {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	// up is the number of capitals; lo is not 0 when a letter is not
	// one. Of the bytes of first, all letters and digits, the capitals
	// have bit 6 set and bit 5 clear, the other letters both.
	y, s := first&(ones*0x40), first<<1
	up, lo := (y&^s>>6*ones)>>56, y&s
	for j := i + 8; j+8 <= len(text); j += 8 {
		x := load64At(text, j)
		nw := nonWord8(x)
		keep := ^uint64(0)
		if nw != 0 {
			keep = (nw&-nw)>>7 - 1
		}
		y, s := x&keep&(ones*0x40), x<<1
		up += (y &^ s >> 6 * ones) >> 56
		lo |= y & s
		if nw == 0 {
			continue
		}
		end = j + bits.TrailingZeros64(nw)>>3
		c := text[end]
		more = c == ' '
		if mayGoOn[c] {
			if c != '.' {
				return 0, 0, false, false
			}
			if end, ok = dotEnd(text, i, end); !ok {
				return 0, 0, false, false
			}
		}
		capF := uint64(tokClass[byte(first)]&cUpper) >> 1
		return end, asciiFlags[min(up, 8)<<2|uint64(flagIf(lo != 0))<<1|capF], more, true
	}
	return 0, 0, false, false
}

// mayGoOn tells the bytes after a word of ASCII letters and digits that
// may carry it on or change its key, for lexASCII and longASCII to leave
// it to lexStep: a joiner (cJoin), '&' (a character reference) and the
// bytes above ASCII. One look-up for three tests; built once, never
// modified.
var mayGoOn = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || tokClass[c]&cJoin != 0 || c == '&'
	}
	return t
}()

// asciiFlags holds the flags of a word of lexASCII by 4·u + 2·l + c, u
// being its number of capitals, l 1 when a letter is not a capital and c
// 1 when the first is a capital; built once, never modified.
var asciiFlags = func() (t [64]tokFlags) {
	for u := range 9 {
		for l := range 2 {
			for c := range 2 {
				f := tASCII | flagIf(c == 1)*(tCap|tCapWord) | flagIf(u > 0)*tUpper
				f |= flagIf(u >= 2 && l == 0) * tAllCaps
				f |= flagIf(u == 0 && l == 1) * tLowWord
				t[4*u+2*l+c] = f
			}
		}
	}
	return t
}()

// lexStep reads one step of lexWords at offset i: a rune of the gap
// before a word, or a word. It returns where it stopped and the gap read
// so far.
func (f *finder) lexStep(lx *lexer, i int, gap tokFlags, toks []token) (int, tokFlags, []token) {
	text := f.text
	n := len(text)
	// A rune of the gap (lexASCII reads the ASCII bytes), or the word's
	// first letter or digit.
	c := text[i]
	var cap bool // the first letter is upper case
	if c < utf8.RuneSelf {
		k := tokClass[c]
		if k&cWord == 0 {
			return lexASCII(text, lx, i, gap, toks)
		}
		cap = k&cUpper != 0
	} else {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			switch r {
			case '\u00a0', '\u202f', '\u2009':
				gap &^= tOpens
			default:
				q := isQuoteMark(r)
				gap = gapPunct(gap, q)&^tOpens | flagIf(q || r == '—')*tOpens
			}
			return i + w, gap, toks
		}
		cap = unicode.IsLetter(r) && (unicode.IsUpper(r) || unicode.IsTitle(r))
	}
	// The word: letters, digits and marks, with inner joiners (hyphen,
	// apostrophes, period) followed by a letter or digit.
	start := i
	ascii := true    // no byte up to the one that ends the word is above ASCII
	upper := 0       // its capitals
	asciiUp := 0     // its ASCII capitals, a share of upper
	var lower uint64 // not 0 when one of its letters is not a capital
	apos := -1       // offset of the first inner apostrophe
	dot := false     // an inner period
	entPoss := -1    // where a possessive ending written with a character reference starts
	for i < n {
		if i+8 <= n {
			// Eight bytes at a time while they are ASCII letters and
			// digits; the byte that stops them is read below.
			word, up, let := asciiWordBytes(load64At(text, i))
			if run := bits.TrailingZeros64(^word&0x8080808080808080) >> 3; run > 0 {
				keep := uint64(1)<<(8*run) - 1 // all ones when run is 8
				lower |= let &^ up & keep
				asciiUp += bits.OnesCount64(up & keep)
				i += run
				if run == 8 {
					continue
				}
			}
		}
		c := text[i]
		if c < utf8.RuneSelf {
			k := tokClass[c]
			if k&cWord != 0 {
				lower |= uint64((k & cLetter) &^ ((k & cUpper) >> 1)) // a letter, not a capital
				asciiUp += int(k&cUpper) >> 1
				i++
				continue
			}
			if k&cJoin == 0 || !wordAt(text, i+1) {
				if c == '&' && i > start {
					// The character reference of an apostrophe that
					// scraped text keeps inside a word ("O&rsquo;Neil",
					// "D&#8217;Souza"): one word, as with the mark, not
					// "O" and a stray "Neil"; before a final "s", a
					// possessive ending ("Lee&#39;s").
					if r, m := markEntity(text[i:]); (r == '\'' || r == '\u2019') && wordAt(text, i+m) {
						if text[i+m] == 's' && !wordAt(text, i+m+1) {
							entPoss = i
							i += m + 1
							break
						}
						i += m
						continue
					}
				}
				break
			}
			switch c {
			case '\'':
				if apos < 0 {
					apos = i
				}
			case '.':
				dot = true
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		ascii = false
		if isWordRune(r) {
			if unicode.IsLetter(r) {
				if unicode.IsUpper(r) || unicode.IsTitle(r) {
					upper++
				} else {
					lower = 1
				}
			}
			i += w
			continue
		}
		if i > start && mojibakeTrail(text, start, i, r) {
			i += w // "FranÃ§ois": a letter read as Latin-1
			continue
		}
		if r != '’' && r != '‑' || !wordAt(text, i+w) {
			break
		}
		if r == '’' && apos < 0 {
			apos = i
		}
		i += w
	}
	upper += asciiUp
	// A word followed by a period, an apostrophe or a byte of "’"
	// (E2), or holding an apostrophe, may end further or have a
	// shorter key (wordTail); one in six or so.
	end, keyEnd := i, i
	var flags tokFlags
	if apos >= 0 || end < n && (text[end] == '.' || text[end] == '\'' || text[end] == 0xE2) {
		var poss bool
		end, keyEnd, poss = f.wordTail(start, end, apos, dot, upper == 1 && lower == 0)
		flags = flagIf(poss) * tPoss
	}
	if entPoss >= 0 {
		keyEnd, flags = entPoss, tPoss
	}
	// The flags are made without a branch (flagIf): capitals,
	// possessives and quotation marks come at random, where a branch
	// on each would be mispredicted often.
	capF := flagIf(cap)
	flags |= capF*tCap | flagIf(upper >= 2)&flagIf(lower == 0)*tAllCaps | flagIf(ascii)*tASCII | flagIf(asciiUp > 0)*tUpper
	// tInitial after a colon or an opening mark when capitalised
	// (lexer.word adds the words that open a sentence).
	flags |= gap&^((1-capF)*tInitial|tOpens) | capF*(gap&tOpens)>>13
	// Letters without a capital.
	flags |= (1 - capF) & flagIf(upper == 0) & flagIf(lower != 0) * tLowWord
	toks = append(grow(toks, start, len(text)), token{start: int32(start), end: int32(end), keyEnd: int32(keyEnd), flags: flags, word: wordUnknown})
	lx.word(toks)
	return end, 0, toks
}

// wordTail returns where the word text[start:end] that lexWords read ends
// and where its key ends, and whether it is a possessive: a final period
// after a title, an initial (oneCap: its one letter, a capital) or a
// dotted abbreviation (dot: it holds a period) belongs to it; a
// possessive ending belongs to it but not to its key; a contraction's key
// is its first part. apos is the offset of its first inner apostrophe, or
// -1.
func (f *finder) wordTail(start, end, apos int, dot, oneCap bool) (int, int, bool) {
	text := f.text
	keyEnd := end
	poss := false
	// A final period after a title, an initial or a dotted abbreviation.
	if end < len(text) && text[end] == '.' {
		if (oneCap && end-start <= 2) || dot {
			end++
		} else {
			if titleDot(text, start, end) {
				end++
			}
		}
		keyEnd = end
	}
	// Possessive endings: all end in "s", and have an apostrophe inside
	// the word ("'s", "’s", the first inner one being set) or after it
	// ("s'", "s’").
	var next byte
	if end < len(text) {
		next = text[end]
	}
	if text[end-1] == 's' && (apos >= 0 || next == '\'' || next == 0xE2) {
		switch w := text[start:end]; {
		case strings.HasSuffix(w, "'s"):
			poss = true
			keyEnd = end - 2
		case strings.HasSuffix(w, "’s"):
			poss = true
			keyEnd = end - len("’s")
		case end < len(text) && (text[end] == '\'' || strings.HasPrefix(text[end:], "’")) && end-start > 2:
			n := 1
			if text[end] != '\'' {
				n = len("’")
			}
			after := end + n
			if after >= len(text) || !isWordRune(rune(text[after])) && text[after] < utf8.RuneSelf {
				poss = true
				end = after
			}
		}
	}
	// Contractions look up by their first part: "I've", "We're".
	if !poss {
		// The first apostrophe of text[start:end] is an inner one:
		// the word's other bytes are letters, digits, marks,
		// joiners and a title's final period.
		if k := apos - start; apos >= 0 && k > 0 {
			n := 1
			if text[start+k] != '\'' {
				n = len("’")
			}
			if start+k+n+2 >= end {
				var buf [16]byte
				switch string(appendLower(buf[:0], text, start+k+n, end)) {
				case "ve", "m", "ll", "d", "re":
					keyEnd = start + k
				}
			}
		}
	}
	return end, keyEnd, poss
}

// titleDot reports whether the word text[start:end], which a period
// follows, is a title or an abbreviation that the period belongs to
// ("Sen.", "Jr.", "Inc.").
func titleDot(text string, start, end int) bool {
	// Most words fail dotFilter, tested on the bytes as lowered: the
	// short words before a period ("said.", "it.") among them.
	if !dotFilter.mayLower(text, start, end) {
		return false
	}
	// The word and its period, lowered (on the stack when short).
	var buf [40]byte
	lk := string(appendLower(buf[:0], text, start, end+1))
	_, ok := titleOf(lk)
	return ok || slices.Contains(dotAbbrevs[:], lk)
}

// dotAbbrevs are the abbreviations other than titles that a period
// belongs to (titleDot).
var dotAbbrevs = [...]string{"jr.", "sr.", "inc.", "corp.", "co.", "ltd.", "st."}

// dotFilter passes the words that titleDot accepts, without their
// period: the keys of titleWords that end with one, and dotAbbrevs.
// Built once, never modified.
var dotFilter = func() (f lexFilter) {
	for k := range titleWords {
		if len(k) > 1 && k[len(k)-1] == '.' {
			f.add(k[:len(k)-1])
		}
	}
	for _, k := range dotAbbrevs {
		f.add(k[:len(k)-1])
	}
	return f
}()

// mayLower is may of text[start:end] lowered (ASCII letters), made on
// the bytes: lowering keeps a word's length and maps each byte alone.
func (f *lexFilter) mayLower(text string, start, end int) bool {
	bit := uint64(1) << ((end - start) & 63)
	return end > start && f.first[lowerASCII[text[start]]]&f.last[lowerASCII[text[end-1]]]&bit != 0
}

// dotEnd returns, for lexASCII, where the word text[start:end] of ASCII
// letters and digits that a period follows ends, as wordTail would have
// it: after the period for an initial (one capital and no other letter)
// or a title (titleDot), else before it. ok is false when a word
// character follows the period, which joins the word to it (lexStep reads
// it).
func dotEnd(text string, start, end int) (int, bool) {
	// wordAt, the ASCII byte tested without a call.
	if end+1 < len(text) {
		if c := text[end+1]; c < utf8.RuneSelf && tokClass[c]&cWord != 0 || c >= utf8.RuneSelf && wordAt(text, end+1) {
			return 0, false
		}
	}
	if end-start <= 2 {
		upper, lower := 0, false
		for _, c := range []byte(text[start:end]) {
			upper += int(tokClass[c]&cUpper) >> 1
			lower = lower || 'a' <= c && c <= 'z'
		}
		if upper == 1 && !lower {
			return end + 1, true
		}
	}
	if titleDot(text, start, end) {
		return end + 1, true
	}
	return end, true
}

// gapPunct returns the flags of a gap (see lexWords) with one more
// punctuation mark in it, q telling whether it is a quotation mark:
// tGapQuote holds while the gap has one mark, a quotation mark, and no
// comma.
func gapPunct(gap tokFlags, q bool) tokFlags {
	first := flagIf(gap&(tGapPunct|tGapComma) == 0)
	return gap&^tGapQuote | tGapPunct | first&flagIf(q)*tGapQuote
}

// wordEntries sets the entry in wordTable of each word that the quote
// stage read alike: one of its tokens (f.words, in text order) with the
// word's start and key end, which looked the key up already. The words
// inside a quotation, which the quote stage makes one token, are looked
// up here all at once (wordTab.keyEntries, a loop without calls), which
// costs less than one call each on first use. The other words are looked
// up on first use (lexAt).
func (f *finder) wordEntries() {
	// qws[j] is the first of the quote stage's tokens not before the
	// word toks[i]. The indexes are unsigned: their tests against the
	// lengths are the bounds checks.
	qws, toks := f.words, f.toks
	var i, j uint
	for i < uint(len(toks)) && j < uint(len(qws)) {
		t, q := &toks[i], &qws[j]
		if q.start < t.start {
			if q.kind == tQuote && q.end > t.start {
				k := i + 1
				for k < uint(len(toks)) && toks[k].start < q.end {
					k++
				}
				f.quoteEntries(toks[i:k])
				i = k
			}
			j++
			continue
		}
		// The token at the word's start is passed once read: the next
		// word starts after it.
		if q.start == t.start {
			if q.end == t.keyEnd && q.kind == tWord {
				t.word = q.word
			}
			j++
		}
		i++
	}
}

// quoteEntries sets the entries of toks, the words of one quotation.
func (f *finder) quoteEntries(toks []token) {
	tab := wordTable.tab
	for k := 0; ; k++ {
		if k = tab.keyEntries(f.text, toks, k); k >= len(toks) {
			return
		}
		t := &toks[k]
		t.word = uint16(tab.getIn(f.text, int(t.start), int(t.keyEnd)))
	}
}

// markQuotes makes f.direct, which tells the words that start inside the
// content of one of d's direct quotes. Only emit asks, about the few
// words that open a mention.
func (f *finder) markQuotes(d *Document) {
	ivs := spare(f.ivs, len(d.Quotes)+len(d.Terms))
	for _, q := range d.Quotes {
		if q.Kind == Direct && q.Start >= 0 && q.End <= len(f.text) && q.Start < q.End {
			ivs = append(ivs, interval{q.Start, q.End})
		}
	}
	n := len(ivs)
	for _, t := range d.Terms {
		if t.Start >= 0 && t.End <= len(f.text) && t.Start < t.End {
			ivs = append(ivs, interval{t.Start, t.End})
		}
	}
	f.ivs, f.direct, f.terms = ivs, newCover(ivs[:n:n]), newCover(ivs[n:])
}

// cover tells whether offsets fall inside one of the intervals of a
// text's quote contents. Its intervals are sorted by start, each end
// raised to the largest end so far: an offset p is inside one iff the
// last interval starting at or before p ends after p. The offsets come
// in text order mostly (find's mentions), each a step or none from the
// last; one before the last is searched for.
type cover struct {
	ivs []interval
	k   int // the number of intervals starting at or before the last offset
}

// newCover returns the cover of ivs, which it sorts and changes.
func newCover(ivs []interval) cover {
	slices.SortFunc(ivs, func(a, b interval) int { return cmp.Compare(a.s, b.s) })
	for i := 1; i < len(ivs); i++ {
		ivs[i].e = max(ivs[i].e, ivs[i-1].e)
	}
	return cover{ivs: ivs}
}

// has reports whether offset p is inside one of c's intervals.
func (c *cover) has(p int) bool {
	ivs, k := c.ivs, c.k
	if k > 0 && ivs[k-1].s > p {
		k = sort.Search(k, func(i int) bool { return ivs[i].s > p })
	}
	for k < len(ivs) && ivs[k].s <= p {
		k++
	}
	c.k = k
	return k > 0 && ivs[k-1].e > p
}

// holdInitials puts in the word sets the words they are asked about:
// those of capitalised sentence-initial tokens, lowSeen only those that
// are not stop words (run). markSeen marks the ones the other tokens show.
// (A word without a capital is never marked in capsSeen, whose marks come
// from capitalised words.) The lexer lists those tokens (f.inits), a few
// in a hundred words. It sets each word's bit in markSeen's
// filter as it adds it, which costs less than reading the sets' tables
// after. The words added last are kept by first byte and length, as in
// markSeen: the common ones ("The", "He") are added once, not at each
// sentence (a word's key, and so whether it is a stop word, follow from
// it).
func (f *finder) holdInitials(filter *seenFilter) {
	text, toks := f.text, f.toks
	var lastWords [64]string
	for _, i := range f.inits {
		t := &toks[i]
		w := text[t.start:t.keyEnd]
		if w == "" {
			continue
		}
		b := (int(w[0]) + 7*len(w)) & 63
		if lastWords[b] == w {
			continue
		}
		lastWords[b] = w
		f.capsSeen.add(w)
		filter.set(1<<10|int(w[0]&31)<<5|int(w[len(w)-1]&31), len(w))
		if f.lex(int(i)).is&lxStop == 0 {
			k := f.key(t)
			f.lowSeen.add(k)
			filter.set(int(k[0]&31)<<5|int(k[len(k)-1]&31), len(k))
		}
	}
}

// markSeen fills the word sets (holdInitials) and marks in them the
// words that the text shows capitalised away from a sentence start
// (capsSeen) or in lower case (lowSeen). The words marked last are kept by first byte and length:
// the common words that pass the filters ("the", "he") are marked once,
// not at each use.
func (f *finder) markSeen() {
	text, toks := f.text, f.toks
	// The set is picked by index, not by a branch: capitalised and
	// lower-case words come at random. A lower-case word has no ASCII
	// capital: its bytes in text are those of its key.
	sets := [2]*spanSet{&f.lowSeen, &f.capsSeen}
	// A filter of each set's words by first and last byte together, and
	// length, finer than spanSet.may's and one look-up a word: bit
	// len(w)&31 of filter[c<<10|(w[0]&31)<<5|w[len(w)-1]&31] for each
	// word w of sets[c]. A word that passes is looked up in the set.
	// holdInitials fills the sets and the filter. Rows of 32 bits keep
	// it to 8 KB: words whose lengths differ by 32 share a bit, which
	// adds a look-up now and then. The filter is the scratch's, of an
	// earlier text, emptied of its few rows (seenFilter.reset) rather
	// than cleared whole; without one it is a new one on the stack.
	filter := f.seen
	if filter == nil {
		var local seenFilter
		filter = &local
	}
	f.holdInitials(filter)
	var lastWords [2][64]string
	// The rows in a local: filter's nil check is made once, not for
	// each word.
	rows := &filter.rows
	for i := range toks {
		t := &toks[i]
		// The test of e against the text's length, with the offsets
		// read as unsigned, lets the compiler drop the bounds checks of
		// text[s] and text[e-1].
		s, e := int(uint32(t.start)), int(uint32(t.keyEnd))
		if e <= s || e > len(text) {
			continue
		}
		// The row of the set: tCapWord is bit 9, the set's bit 10.
		f := t.flags
		row := rows[int(f&tCapWord)<<1|int(text[s]&31)<<5|int(text[e-1]&31)]
		if row&(1<<((e-s)&31)) == 0 || f&(tCapWord|tLowWord) == 0 {
			continue
		}
		c := int(f&tCapWord) >> 9
		set, last, w := sets[c], &lastWords[c], text[s:e]
		if b := (int(w[0]) + 7*len(w)) & 63; last[b] != w {
			set.mark(w)
			last[b] = w
		}
	}
	filter.reset()
}

// seenFilter is markSeen's filter of the words of its two sets: bit
// n&31 of rows[r] is set for a word of n bytes whose set and first and
// last bytes make row r (see markSeen). dirty has a bit for each row
// set, so that the filter is emptied for the next text by clearing
// those, about eighty, not the whole 8 KB.
type seenFilter struct {
	rows  [2 << 10]uint32
	dirty [2 << 10 / 64]uint64
}

// set sets the bit of a word of n bytes in row r.
func (s *seenFilter) set(r, n int) {
	s.rows[r] |= 1 << (n & 31)
	s.dirty[r>>6] |= 1 << (r & 63)
}

// reset empties s, clearing the rows set.
func (s *seenFilter) reset() {
	for i, d := range s.dirty {
		for ; d != 0; d &= d - 1 {
			s.rows[i<<6|bits.TrailingZeros64(d)] = 0
		}
		s.dirty[i] = 0
	}
}

// headline flags the words toks[lo:] of one sentence when it is written
// in title case ("Mayor Quist Answers Critics Who Say He
// Overspent"): mostly capitalised, with capitalised function words
// inside. Their capitals say nothing about names. long is the number of
// its words of more than three bytes, caps the capitalised ones among
// them, allCap 1 when all its words are capitalised, else 0; title is
// true when the sentence is the text's first paragraph alone, where a
// sentence whose words are all capitalised but its function words is a
// title even with no capitalised function word ("Obama Says Museum Will
// Tell of 'Suffering'", "Ted Cruz Refuses to Disavow Graham Endorsement";
// not "Chairman of China Xi Jinping met President Ilham Aliyev"). The tokenizer calls it at the
// end of each sentence.
func (f *finder) headline(toks []token, lo, long, caps, allCap int, title bool) {
	hi := len(toks)
	if lo >= hi {
		return
	}
	fn := 0
	// Or a short line entirely in capitals: "Trump Addresses Munich
	// Attack."
	allCaps := hi-lo >= 3 && allCap != 0
	if !allCaps && long >= 4 && caps*10 >= long*7 {
		// Count the capitalised function words only now: most
		// sentences fail the test above.
		for k := lo + 1; k < hi && fn < 2; k++ {
			if t := &toks[k]; t.has(tCap) && !t.has(tInitial) && lexAt(toks, k, f.text).is&lxFunc != 0 {
				fn++
			}
		}
	}
	if title && !allCaps && fn < 2 && long >= 4 {
		// A title writes in lower case only its function words, forms
		// of "be" and numbers, short or long ("Pence Calls for Special
		// Prosecutor after Report", "Violence is Beyond Compare", "9
		// Things").
		for k := lo; k < hi && title; k++ {
			if t := &toks[k]; !t.has(tCap) && lexAt(toks, k, f.text).is&lxFunc == 0 && !titleLower(f.text[t.start:t.keyEnd]) {
				title = false
			}
		}
		if title {
			fn = 2
		}
	}
	if long >= 4 && caps*10 >= long*7 && fn >= 2 || allCaps {
		for k := lo; k < hi; k++ {
			toks[k].flags |= tHeadline
		}
	}
}

// titleLower reports whether w, a word in lower case, is one a title
// keeps in lower case besides function words: a number or a form of "be"
// (titleLowerWords).
func titleLower(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	for _, x := range titleLowerWords {
		if w == x {
			return true
		}
	}
	return false
}

// isTitle returns the title or capitalised role that token i is.
func (f *finder) isTitle(i int) (wordInfo, bool) {
	e := f.lex(i)
	if e.is&lxTitle != 0 {
		return e.title, true
	}
	if f.toks[i].has(tCap) && e.is&(lxRole|lxRoleDot) != 0 {
		return e.role, true
	}
	return wordInfo{}, false
}

// titleLike reports whether token i is a title or a role word.
func (f *finder) titleLike(i int) bool {
	_, ok := f.isTitle(i)
	return ok
}

// headClass returns the class of a lower-case head noun: text first, then
// role, organisation, group.
func headClass(k string) (wordClass, wordInfo) {
	if !headFilter.may(k) {
		return 0, wordInfo{}
	}
	if e, ok := headWords[k]; ok {
		return e.class, e.info
	}
	return 0, wordInfo{}
}

// emit appends m with the defaults filled in and returns its index.
func (f *finder) emit(m mention) int {
	m.cluster = -1
	if m.ctxLo == 0 || m.ctxLo > m.tokLo {
		m.ctxLo = m.tokLo
	}
	toks, ctx := f.toks, int(m.ctxLo) // in locals: the stores to m would reload them
	t := &toks[ctx]
	m.para, m.sent = t.para, t.sent
	// f.direct.has(p), answered here when p falls between the interval
	// the last look-up stopped after and the next one, as the mentions'
	// offsets, a few words apart, mostly do (has would leave its place
	// as it is then).
	if p, ivs, k := int(t.start), f.direct.ivs, f.direct.k; (k == 0 || ivs[k-1].s <= p) && (k == len(ivs) || ivs[k].s > p) {
		m.inDirect = k > 0 && ivs[k-1].e > p
	} else {
		m.inDirect = f.direct.has(p)
	}
	if ctx > 0 && !t.gapped() && t.sent == toks[ctx-1].sent {
		// The word's entry when it is known; else the filter, then the
		// look-up.
		if w := toks[ctx-1].word; w != wordUnknown {
			m.oblique = wordTable.entries[w].is&lxPrep != 0
		} else if prepositionFilter.may(f.key(&toks[ctx-1])) && f.lex(ctx-1).is&lxPrep != 0 {
			m.oblique = true
		}
	}
	// The first mention of its sentence neither oblique nor quoted is
	// its subject: set without a branch (which mentions are comes at
	// random).
	// A party word before a lower-case word qualifies it ("Democratic
	// front-runner Ann Lee"): no subject. The word's entry first, known
	// by now (its run or find read it): few words are party words,
	// where one-word names come at random among the mentions.
	affil := f.lex(int(m.tokLo)).is&lxAffil != 0 && m.kind == mName && m.tokHi == m.tokLo+1 && int(m.tokHi) < len(toks) && !toks[m.tokHi].gapped() && !toks[m.tokHi].has(tCap)
	subj := flagIf(!m.oblique) & flagIf(!m.inDirect) & flagIf(!affil) & flagIf(f.subjSent != m.sent+1)
	m.subject = subj != 0
	f.subjSent += int32(subj) * (m.sent + 1 - f.subjSent)
	if m.end < f.lastEnd {
		f.endsOut = true
	}
	f.lastEnd = m.end
	f.ms = append(grow(f.ms, int(m.start), len(f.text)), m)
	return len(f.ms) - 1
}

// find scans the tokens and fills f.ms in text order.
func (f *finder) find() {
	f.apposDet, f.apposOf = -1, -1
	toks := f.toks // find adds no words
	// Every other word is neither capitalised nor may be a pronoun or a
	// determiner: find would only step over it.
	i := 0 // the first word not yet read
	for _, s := range f.starts {
		if int(s) < i {
			continue
		}
		i = int(s)
		t := &toks[i]
		// What the tests below ask of the word: from its entry when the
		// quote stage looked it up, else from startWord.
		var is wordFlags
		var p pronoun
		var det uint8
		if w := t.word; w != wordUnknown {
			e := &wordTable.entries[w]
			is, p, det = e.is, e.pron, e.det
		} else {
			is, p, det = f.startWord(i)
		}
		// The word's flags, tInitial added below. Each path's test is
		// made of its parts without a branch each and decided by one:
		// capitalised words, pronouns and determiners come at random
		// among the starts, and a branch on each part was mispredicted
		// for about one start in two.
		fl := t.flags
		if fl&(tCap|tInitial|tGapPunct) == tCap|tGapPunct && f.lexOf(toks, i).is&lxStop != 0 {
			// A word that opens a sentence, capitalised after a dash or
			// a bracket and a space, opens a new clause as at a
			// sentence's start: "14:05 — The coastguard says", "Update —
			// She says". It is no name.
			fl |= tInitial
		}
		// Not capitalised, or capitalised by its place only.
		plain := flagIf(fl&(tCap|tInitial) != tCap)
		// "I", capitalised anywhere: of the pronouns, the one of one
		// letter (TestOneLetterPronoun), told by its length alone.
		me := flagIf(t.keyEnd-t.start == 1)
		if flagIf(is&lxPron != 0)&flagIf(!p.relative)&(plain|me) != 0 {
			if is&lxPossPron != 0 {
				if j, ok := f.phrase(i, detPossessive, -1, f.key(t)); ok {
					i = j
					continue
				}
			}
			if p.person != 2 {
				f.emit(mention{start: t.start, end: t.end, kind: mPron, pron: p, tokLo: int32(i), tokHi: int32(i + 1), sameAs: -1, possessor: -1})
			}
			i++
			continue
		}
		if flagIf(det != detNone)&plain != 0 {
			if j, ok := f.phrase(i, det, -1, ""); ok {
				i = j
				continue
			}
		}
		if fl&(tCap|tHeadline) == tCap && !(fl&tInitial != 0 && f.lexOf(toks, i).is&lxStop != 0) {
			i = f.run(i)
			continue
		}
		i++
	}
}

// startWord returns, for token i, a word not looked up yet, what find
// asks of it: its pronoun flags (lxPron, lxPossPron) and pronoun, and its
// determiner (detAt). The filters refuse most words before a look-up: a
// word that fails findFilter is neither a pronoun nor a determiner, one
// that fails pronounFilter no pronoun.
func (f *finder) startWord(i int) (wordFlags, pronoun, uint8) {
	t := &f.toks[i]
	k := f.key(t)
	if !findFilter.may(k) {
		return 0, pronoun{}, detNone
	}
	if pronounFilter.may(k) {
		e := f.lex(i)
		return e.is & (lxPron | lxPossPron), e.pron, e.det
	}
	return 0, pronoun{}, detAt(f.text, int(t.start), int(t.keyEnd))
}

// detAt returns the determiner that opens a phrase which s[i:j] is,
// without ASCII case: detDefinite for "the", "this" and "that",
// detIndefinite for "a" and "an", else detNone. The word's first four
// bytes are read at once (those past the end of s as zeros) and compared
// without a branch: a quarter of the words of news start with "t" or "a",
// at random. Setting the case bit 0x20 of each byte maps a byte to one of
// these letters only when it is that letter in either case; the bytes
// past the word are masked off.
func detAt(s string, i, j int) uint8 {
	var x uint32
	if i+4 <= len(s) {
		x = load32(s[i:])
	} else {
		for k := len(s) - 1; k >= i; k-- {
			x = x<<8 | uint32(s[k])
		}
	}
	x |= 0x20202020
	const (
		the  = 't' | 'h'<<8 | 'e'<<16
		this = 't' | 'h'<<8 | 'i'<<16 | 's'<<24
		that = 't' | 'h'<<8 | 'a'<<16 | 't'<<24
		an   = 'a' | 'n'<<8
	)
	n := j - i
	def := flagIf(n == 3)&flagIf(x&0xFFFFFF == the) | flagIf(n == 4)&(flagIf(x == this)|flagIf(x == that))
	ind := flagIf(n == 1)&flagIf(x&0xFF == 'a') | flagIf(n == 2)&flagIf(x&0xFFFF == an)
	return uint8(def)*detDefinite | uint8(ind)*detIndefinite
}

// phrase tries a noun phrase "DET [modifiers] HEAD" at token i, where DET
// is a determiner, a possessive pronoun (pk) or a possessive name (the
// mention possessor, whose last token is i). It emits the mention and
// returns the index after it.
func (f *finder) phrase(i int, det uint8, possessor int, pk string) (int, bool) {
	// The loop finds the head's token; its class and entry are read
	// after it, from the token's entry. Tests of several flags are made
	// without a branch each and decided by one: the words come at
	// random.
	headAt := -1
	compound := false // the head is a plural noun after a group noun
	ranked := false   // the head is a noun after a rank (rankedNoun)
	sent := f.toks[i].sent
	hi := len(f.toks)
	if f.spanHi > 0 {
		hi = f.spanHi
	}
	j := i + 1 // after the loop, the first word not in the phrase
	for ; j < hi && j <= i+4; j++ {
		t := &f.toks[j]
		if flagIf(t.gapped())|flagIf(t.sent != sent) != 0 {
			break
		}
		if t.flags&(tCap|tInitial) == tCap {
			// A capitalised modifier ("the Florida senator", "the Clinton
			// campaign") may stand before a lower-case head; a capitalised
			// head makes it a name.
			if headAt >= 0 {
				// "the ministry spokeswoman Ana Ruiz": a title before a name.
				return 0, false
			}
			if e := f.lex(j); e.is&(lxTitle|lxRole) != 0 && e.head.class == classRole && f.roleEnds(j) {
				// A capitalised role with no name after it is the head:
				// "The Foreign Secretary said talks …" ends at
				// "Secretary", not at the plural "talks".
				headAt = j
			}
			continue
		}
		e := f.lex(j)
		if e.is&(lxFunc|lxClause|lxSay) != 0 {
			// "the secretary of state's office": an office whose
			// owner is a role with its "of" phrase.
			// (Asked only after a head: most phrases that end here
			// have none.)
			if headAt >= 0 {
				if o := f.ofOwnerOrg(headAt, j, hi); o > 0 {
					headAt = o
				}
			}
			break
		}
		// A verb in the past after a name or a plural ends the phrase:
		// "a struggling Acme asked its staff", "the delegations urged
		// donors". The shape is asked first: few words end in "ed";
		// without a branch (pastShapedAt), as the words' lengths come
		// at random.
		if flagIf(j > i+1)&f.pastShapedAt(t) != 0 {
			if p := &f.toks[j-1]; p.flags&tCap != 0 || isPluralNoun(f.key(p)) {
				break
			}
		}
		if e.head.class == 0 {
			if headAt >= 0 {
				// A group noun qualifying the plural of an organisation
				// word is no head: "the national teachers unions". (Not
				// any plural-looking word: a verb follows a plural
				// subject as often, "the groups points out".)
				if k := f.key(t); j == headAt+1 && f.lex(headAt).head.class == classGroup && !f.toks[headAt].has(tPoss) && !t.has(tPoss) && isPluralNoun(k) && isOrgWord(k[:len(k)-1]) {
					headAt, compound = j, true
					continue
				}
				// A noun between two heads qualifies the second: "the
				// state health department", "the city election board"
				// are departments and boards, not a state and a city;
				// the name keeps every word ("state health department").
				if f.compoundHead(headAt, j, hi) {
					continue
				}
				if f.rankedNoun(headAt, j, hi) {
					// "the chief forecaster, Amira Haddad": the rank's
					// noun, no known role, is the role it ranks.
					headAt, ranked = j, true
					j++
				}
				break
			}
			// A plural counts when no head comes (below).
			continue
		}
		headAt, compound = j, false
		if t.has(tPoss) {
			// "the company's statement": keep looking for the head.
			continue
		}
	}
	var hc wordClass
	var hw wordInfo
	switch {
	case compound:
		hc = classGroup
	case ranked:
		hc, hw = classRole, wordInfo{class: classRole, role: f.key(&f.toks[headAt])}
	case headAt >= 0:
		h := &f.lex(headAt).head
		hc, hw = h.class, h.info
	default:
		// "the attendees", "the two countries": a plural group, after
		// "the" only (not after another determiner).
		plural := -1
		// Of the definite determiners ("the", "this", "that": detAt),
		// "the" is the one of three bytes: its length tells it, without
		// a comparison of the bytes, and the two tests are decided by
		// one branch (the determiners come at random).
		if t := &f.toks[i]; flagIf(det == detDefinite)&flagIf(t.keyEnd-t.start == 3) != 0 {
			plural = f.lastPlural(i+1, j)
		}
		if plural < 0 || plural+1 < len(f.toks) && !f.toks[plural+1].gapped() && isPluralNoun(f.key(&f.toks[plural+1])) {
			return 0, false
		}
		headAt, hc = plural, classGroup
	}
	if hc == classGroup {
		headAt = f.coordHead(headAt)
	}
	ht := &f.toks[headAt]
	if ht.has(tPoss) {
		return 0, false
	}
	m := mention{start: f.toks[i].start, end: ht.keyEnd, det: det, tokLo: int32(i), tokHi: int32(headAt + 1),
		head: f.id(f.key(ht)), possessor: int32(possessor), possPron: pron(pk), sameAs: -1}
	if det == detPossessive && possessor >= 0 {
		m.start = f.ms[possessor].start
	}
	m.modLo, m.modHi = f.toks[i].end, ht.end
	// "the senator from Texas": a capitalised qualifier after the head.
	if q := headAt + 2; q < len(f.toks) && !f.toks[q-1].gapped() && !f.toks[q].gapped() && f.toks[q].has(tCap) {
		switch f.key(&f.toks[q-1]) {
		case "from", "of", "for", "at", "in":
			m.modHi = f.toks[q].end
		}
	}
	switch hc {
	case classText:
		m.kind = mText
	case classRole:
		m.kind, m.ek, m.gender, m.role = mRole, kPerson, hw.gender, f.id(hw.role)
		m.softGender = softGender(hw)
	case classOrg:
		m.kind, m.ek, m.role = mRole, kOrg, m.head
	case classGroup:
		m.kind = mGroup
	}
	// A predicate names its subject only by a role ("Lee is the
	// mayor"): not by a body its words run on to ("Lee was a supporter
	// of the campaign").
	if f.apposDet == i && (!f.apposPred || hc == classRole) {
		switch det {
		case detIndefinite, detDefinite, detPossessive:
			m.sameAs = f.apposOf
		}
	}
	f.emit(m)
	return headAt + 1, true
}

// lastPlural returns the last of the words lo to hi-1 that is a plural
// noun in lower case (a capitalised first word of a sentence counts) and
// no possessive, or -1. phrase asks it of its modifiers once it has found
// no head, rather than of every word it reads: most phrases have a head
// or another determiner than "the".
func (f *finder) lastPlural(lo, hi int) int {
	for j := hi - 1; j >= lo; j-- {
		if t := &f.toks[j]; t.flags&(tCap|tInitial) != tCap && !t.has(tPoss) && isPluralNoun(f.key(t)) {
			return j
		}
	}
	return -1
}

// coordHead returns the head of the groups that "and" or "or" joins to
// the group noun at token h, a group noun in lower case at most two
// words after it with no punctuation between ("her advisers and allies",
// "the doctors and medical experts": one voice), or h.
func (f *finder) coordHead(h int) int {
	toks := f.toks
	n := h + 1
	if n >= len(toks) || toks[n].gapped() || toks[n].sent != toks[h].sent {
		return h
	}
	if k := f.key(&toks[n]); k != "and" && k != "or" {
		return h
	}
	for j := n + 1; j < len(toks) && j <= n+3; j++ {
		t := &toks[j]
		if t.gapped() || t.has(tCap) || t.has(tPoss) || t.sent != toks[h].sent {
			return h
		}
		e := f.lex(j)
		if e.is&lxGroup != 0 {
			return j
		}
		if e.is&(lxFunc|lxClause) != 0 || e.head.class != 0 {
			return h
		}
	}
	return h
}

// compoundHead reports whether the lower-case word j, which follows the
// head noun h of a phrase and is no head itself, is a noun qualifying a
// head right after it, before hi: "health" in "the state health
// department", "election" in "the county election board". The next word
// must be an organisation noun in lower case, in the sentence with no
// punctuation between, or a role noun when h ranks it (rankRoles: "the
// company's chief financial officer"); j must not look like an adverb, a
// verb or a plural ("the agency quickly ordered" ends at "agency").
func (f *finder) compoundHead(h, j, hi int) bool {
	toks := f.toks
	n := j + 1
	if n >= hi || toks[h].has(tPoss) || toks[j].has(tPoss) || toks[n].gapped() || toks[n].sent != toks[j].sent || toks[n].flags&tCap != 0 {
		return false
	}
	k := f.key(&toks[j])
	if strings.HasSuffix(k, "ly") || pastShaped(k) || strings.HasSuffix(k, "ing") || isPluralNoun(k) {
		return false
	}
	e := f.lex(n)
	if e.is&(lxFunc|lxClause|lxSay) != 0 {
		return false
	}
	switch e.head.class {
	case classOrg:
		return true
	case classRole:
		return slices.Contains(rankRoles[:], f.key(&toks[h]))
	}
	return false
}

// rankedNoun reports whether the lower-case word j after a rank (the head
// h is one of rankRoles) is a noun, known as no role, that the rank
// qualifies and that ends the phrase before a comma, a name or a verb of
// saying, before hi: "the chief forecaster, …", "the head groundsman
// said". A noun that is read as no head would otherwise leave the rank
// as the role: "chief".
func (f *finder) rankedNoun(h, j, hi int) bool {
	toks := f.toks
	if j != h+1 || toks[h].has(tPoss) || toks[j].has(tPoss) || !slices.Contains(rankRoles[:], f.key(&toks[h])) {
		return false
	}
	k := f.key(&toks[j])
	if strings.HasSuffix(k, "ly") || pastShaped(k) || strings.HasSuffix(k, "ing") || isPluralNoun(k) {
		return false
	}
	n := j + 1
	if n >= hi || toks[n].sent != toks[j].sent {
		return true
	}
	return toks[n].flags&tGapComma != 0 || !toks[n].gapped() && (toks[n].has(tCap) || f.lex(n).is&lxSay != 0)
}

// ofOwnerOrg returns the organisation word that ends "of NOUN's ORG"
// after the role head h, the "of" at token j, in lower case and before hi,
// or -1: "the secretary of state's office", "the minister of health's
// department" name an office, owned by a role its "of" phrase completes.
func (f *finder) ofOwnerOrg(h, j, hi int) int {
	toks := f.toks
	o := j + 2
	if h < 0 || o >= hi || f.key(&toks[j]) != "of" || f.lex(h).head.class != classRole || toks[h].has(tPoss) {
		return -1
	}
	for k := j + 1; k <= o; k++ {
		if t := &toks[k]; t.gapped() || t.sent != toks[j].sent || t.flags&tCap != 0 {
			return -1
		}
	}
	if !toks[j+1].has(tPoss) || toks[o].has(tPoss) || f.lex(o).head.class != classOrg {
		return -1
	}
	return o
}

// pluralPossessive reports whether t is a possessive in a bare
// apostrophe: "Farmers'", "Workers’".
func (f *finder) pluralPossessive(t *token) bool {
	tail := f.text[t.keyEnd:t.end]
	return t.has(tPoss) && (tail == "'" || tail == "’")
}

// run reads the capitalised run that starts at token i: a name with its
// titles, or a title alone. It returns the index after it.
func (f *finder) run(i int) int {
	toks := f.toks
	lo := i
	hi := i + 1
	titleOf := -1  // index of "of" or "to" after a title
	orgOf := false // an organisation word and a link word after it are in the run
	for hi < len(toks) {
		prev := &toks[hi-1]
		t := &toks[hi]
		// A dateline is in no sentence: its words take the sentence
		// before them, a headline's, and only the paragraph tells them
		// apart ("… at Legislature" ¶ "EDMONTON —").
		if t.sent != prev.sent || t.para != prev.para {
			break
		}
		if prev.has(tPoss) && !(hi-2 >= lo && f.lex(hi-2).is&lxConn != 0 || hi-2 >= lo && f.key(&toks[hi-2]) == "the") &&
			!((f.pluralPossessive(prev) || slices.Contains(irregularPlurals[:], f.key(prev))) && !t.gapped() && t.has(tCap) && f.lexOf(toks, hi).is&lxOrg != 0) {
			// A plural possessive goes on only into an organisation
			// word: "Young Farmers' Federation", "Workers' Party", "UN
			// Children's Fund", "People's Party".
			break
		}
		if t.gapped() {
			// A nickname in quotation marks inside a name, of one word
			// to three: Dwayne “Buck” Harlan, Jonny “The Hammer” Whitlow.
			if t.has(tGapQuote) && t.has(tCap) && prev.has(tCap) {
				if k := f.nicknameEnd(hi); k > 0 {
					hi = k
					continue
				}
			}
			break
		}
		if t.has(tCap) {
			if f.lexOf(toks, hi).is&lxWeekday != 0 {
				break
			}
			hi++
			continue
		}
		// A weekday in lower case ends the run below too: it is no link
		// word or connector.
		k := f.key(t)
		if !orgOf && (k == "of" || k == "for") && f.lexOf(toks, hi-1).is&lxOrg != 0 && prev.has(tCap) {
			orgOf = true
		}
		// "Ambassador to Azerbaijan", "Minister of Digital Development
		// and Transport": link words after a title.
		if next := hi + 1; next < len(toks) && !toks[next].gapped() && toks[next].has(tCap) {
			if (k == "to" || k == "of" || k == "for") && f.titleLike(hi-1) {
				titleOf = hi
				hi += 2
				continue
			}
			// "Foundation for Middle East Peace".
			if k == "for" && f.lexOf(toks, hi-1).is&lxOrg != 0 {
				hi += 2
				continue
			}
			if k == "and" && titleOf >= 0 && hi-titleOf <= 3 {
				hi += 2
				continue
			}
			// "and" inside the name of a body: after an organisation
			// word and its link ("Department of Health and Human
			// Services"), or after "the" when the words after "and" end
			// in an organisation word ("the Food and Drug
			// Administration"); not "Smith and Jones".
			if k == "and" && (orgOf || f.andOrg(lo, hi)) {
				hi += 2
				continue
			}
		}
		// "Federal Office for the Environment".
		if k == "for" && hi+2 < len(toks) && f.lexOf(toks, hi-1).is&lxOrg != 0 && f.key(&toks[hi+1]) == "the" && !toks[hi+1].gapped() && !toks[hi+2].gapped() && toks[hi+2].has(tCap) {
			hi += 3
			continue
		}
		// "Matthias Kessler of the Federal Institute", "Bernie Sanders of
		// Vermont": "of" after a plain name ends the name. But a second
		// "of" a word or two into a title's link phrase, with a place
		// and a name of two words or more after it, goes on with the
		// title: "Minister of Foreign Affairs of Ruritania Elnar Kovač".
		if k == "of" && f.lexOf(toks, hi-1).is&lxOrg == 0 && !f.titleLike(hi-1) && hi-1 > lo && !orgOf {
			if titleOf >= 0 && hi-titleOf <= 5 && f.capsAfter(hi+1) >= 3 {
				titleOf = hi
				hi += 2
				continue
			}
			// "of the Republic of Ruritania Elnar Kovač": "the" and a
			// capitalised word, then a third "of" and the place and the
			// name (or three capitalised words at once).
			if titleOf >= 0 && hi-titleOf <= 5 && hi+2 < len(toks) && f.key(&toks[hi+1]) == "the" && !toks[hi+1].gapped() {
				if c := f.capsAfter(hi + 2); c >= 3 || c >= 1 && hi+2+c < len(toks) && f.key(&toks[hi+2+c]) == "of" && !toks[hi+2+c].gapped() && f.capsAfter(hi+3+c) >= 3 {
					titleOf = hi
					hi += 3
					continue
				}
			}
			break
		}
		if f.lexOf(toks, hi).is&lxConn != 0 && hi+1 < len(toks) && !toks[hi+1].gapped() {
			n := &toks[hi+1]
			if n.has(tCap) {
				hi += 2
				continue
			}
			if k == "of" && f.key(n) == "the" && hi+2 < len(toks) && toks[hi+2].has(tCap) && !toks[hi+2].gapped() {
				hi += 3
				continue
			}
			// Two particles in a row: "Ana de la Cruz", "Hans van der
			// Berg".
			if k != "of" && f.lexOf(toks, hi+1).is&lxConn != 0 && hi+2 < len(toks) && toks[hi+2].has(tCap) && !toks[hi+2].gapped() {
				hi += 3
				continue
			}
		}
		break
	}
	// A sentence-initial word that is never capitalised elsewhere is not
	// a name on its own ("Speaking about ...").
	first := &toks[lo]
	if flagIf(first.has(tInitial))&flagIf(hi-lo == 1) != 0 && !f.capsSeen.has(f.text[first.start:first.keyEnd]) {
		if _, ok := f.isTitle(lo); !ok {
			return hi
		}
		if f.titleModifier(hi) {
			return hi
		}
	}
	// A sentence-initial common word: in the stop list, or written in
	// lower case elsewhere in the text ("Neither Donald Trump nor ...").
	if first.has(tInitial) && (f.lex(lo).is&lxStop != 0 || f.lowSeen.has(f.key(first)) && !f.capsSeen.has(f.text[first.start:first.keyEnd]) && !f.titleLike(lo)) {
		lo++
	}
	// A connector may neither start a run, once its first word is gone
	// ("Shares of Zentro Inc. fell"), nor end it.
	for lo < hi && !toks[lo].has(tCap) {
		lo++
	}
	for hi > lo && !toks[hi-1].has(tCap) {
		hi--
	}
	if lo >= hi {
		return i + 1
	}
	f.analyseRun(lo, hi)
	// "Trump's campaign", "Obama's statement".
	if toks[hi-1].has(tPoss) && len(f.ms) > 0 && f.ms[len(f.ms)-1].tokHi == int32(hi) {
		if j, ok := f.phrase(hi-1, detPossessive, len(f.ms)-1, ""); ok {
			return j
		}
	}
	return hi
}

// titleModifier reports whether the one or two words in lower case from
// token k on, after a title that opens a sentence, are a role noun that
// the title qualifies, before a name: "Chief forecaster Amira Haddad",
// "Head coach Ana Ruiz". The last of them is a known role, or the title
// is a rank (rankRoles) and the noun it ranks may be any. The title is
// then no mention of its own; the name after the role is the speaker.
// Not "Count former President Ana Ruiz among …", a verb before an
// adjective.
func (f *finder) titleModifier(k int) bool {
	toks := f.toks
	for j := k; j < len(toks) && j < k+3; j++ {
		t := &toks[j]
		if t.gapped() || t.sent != toks[k].sent {
			return false
		}
		if t.has(tCap) {
			return j > k && (f.lex(j-1).head.class == classRole || slices.Contains(rankRoles[:], f.key(&toks[k-1])))
		}
		if f.lexOf(toks, j).is&(lxFunc|lxClause|lxSay) != 0 {
			return false
		}
	}
	return false
}

// capsAfter counts the capitalised words from token k on in its sentence,
// up to 4, with no gap between them: the place and the name after a
// title's second "of".
func (f *finder) capsAfter(k int) int {
	n := 0
	for ; k < len(f.toks) && n < 4; k++ {
		t := &f.toks[k]
		if !t.has(tCap) || t.gapped() || t.sent != f.toks[k-1].sent {
			break
		}
		n++
	}
	return n
}

// andOrg reports whether the "and" at token and, inside the capitalised
// run that starts at token lo, joins the first words of an
// organisation's name to its last: the run follows "the" and the
// capitalised words after "and", up to four, end in an organisation word
// ("the Food and Drug Administration", "the Dock and Transport Workers
// Union"). A country's initials with stops open such a name as "the"
// does, and then one of agencyTails may end it too ("U.S. Immigration and
// Customs Enforcement"): no person's name starts with them. A body's name or an acronym before "and", or "the"
// after it, makes two bodies ("the FBI and Justice Department", "the Harbor
// Gazette and The Valley Ledger").
func (f *finder) andOrg(lo, and int) bool {
	toks := f.toks
	initials := false
	if f.key(&toks[lo]) != "the" && (lo == 0 || toks[lo].gapped() || f.key(&toks[lo-1]) != "the") {
		if initials = f.initials(lo); !initials {
			return false
		}
	}
	if l := &toks[and-1]; l.has(tAllCaps) || f.lexOf(toks, and-1).is&lxOrg != 0 || and+1 < len(toks) && f.key(&toks[and+1]) == "the" {
		return false // two bodies: "the FBI and Justice Department", "the House and Senate"
	}
	last := -1
	for k := and + 1; k < len(toks) && k <= and+4 && toks[k].has(tCap) && !toks[k].gapped(); k++ {
		last = k
	}
	return last >= 0 && (f.lexOf(toks, last).is&lxOrg != 0 || initials && inFold(agencyTails[:], f.key(&toks[last])))
}

// initials reports whether token k is upper-case initials with stops
// ("U.S.", "U.K."), the short form of a country's name.
func (f *finder) initials(k int) bool {
	t := &f.toks[k]
	w := f.text[t.start:t.end]
	return t.has(tAllCaps) && len(w) >= 4 && len(w) <= 6 && w[len(w)-1] == '.' && strings.Count(w, ".") == len(w)/2
}

// ownedName reports whether the words lo:hi after a possessive are all
// capitalised, none an organisation word nor a possessive: a person's
// name ("The Gazette's Ann Lee"), not a body's ("The People's Party").
func (f *finder) ownedName(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t := &f.toks[k]; !t.has(tCap) || t.has(tPoss) || f.lexOf(f.toks, k).is&lxOrg != 0 {
			return false
		}
	}
	return true
}

// ofOrg reports whether the title word at token title ends the run lo:hi
// after "of" or "of the": the run is then an organisation named after
// what the title word names ("Department of Justice", "Office of the
// Governor"), not a role.
func (f *finder) ofOrg(title, hi int) bool {
	if title != hi-1 || title < 2 {
		return false
	}
	k := title - 1
	if f.key(&f.toks[k]) == "the" {
		k--
	}
	return f.key(&f.toks[k]) == "of"
}

// nicknameEnd returns the token after the name word that closes a
// nickname opening at token i (capitalised, after one quotation mark):
// up to two more capitalised words joined to it by spaces, then a
// capitalised word after one quotation mark in the same sentence; or 0.
func (f *finder) nicknameEnd(i int) int {
	toks := f.toks
	for k := i + 1; k < len(toks) && k <= i+3 && toks[k].sent == toks[i].sent && toks[k].has(tCap); k++ {
		if toks[k].has(tGapQuote) {
			return k + 1
		}
		if toks[k].gapped() {
			break
		}
	}
	return 0
}

// shoutedLead reports whether token i is a tabloid lead's word in
// capitals ("A HEARTBROKEN mum has told …", "FURIOUS residents said …"):
// a word of seven letters or more in capitals, opening its sentence or
// after an article that does, before a word in lower case. It describes
// the noun after it and names no one; acronyms are shorter ("NATO
// spokesman", "UNICEF workers").
func (f *finder) shoutedLead(i int) bool {
	toks := f.toks
	t := &toks[i]
	if !t.has(tAllCaps) || t.keyEnd-t.start < 7 || i+1 >= len(toks) {
		return false
	}
	if n := &toks[i+1]; !n.has(tLowWord) || n.gapped() || n.sent != t.sent {
		return false
	}
	if t.has(tInitial) {
		return true
	}
	if i == 0 || !toks[i-1].has(tInitial) || toks[i-1].sent != t.sent || t.gapped() {
		return false
	}
	switch f.key(&toks[i-1]) {
	case "a", "an", "the":
		return true
	}
	return false
}

// analyseRun splits the run lo:hi into titles and name and emits it.
// A run inside a term is a title or a nickname, no one's name: the book
// “Trump Revealed” names no Trump of its own.
func (f *finder) analyseRun(lo, hi int) {
	toks := f.toks
	if !f.synth && len(f.terms.ivs) > 0 && f.terms.has(int(toks[lo].start)) {
		return
	}
	// Capitals first: few words are in capitals, where runs of one word
	// come at random.
	if toks[lo].has(tAllCaps) && hi-lo == 1 && f.shoutedLead(lo) {
		return
	}
	m := mention{kind: mName, sameAs: -1, possessor: -1}
	// Preceded by "the": an organisation or a place ("the White House").
	// Asked without a branch (theAt): which runs follow "the" comes at
	// random.
	if lo > 0 {
		m.definiteOrg = flagIf(!toks[lo].gapped())&f.theAt(&toks[lo-1]) != 0
	}
	if f.theAt(&toks[lo]) != 0 && lo+1 < hi {
		lo++
		m.definiteOrg = true
		// "As The Gazette's Ann Lee put it": the run went on past the
		// possessive after "The" (for "The People's Party"); two
		// capitalised words or more after it, none an organisation
		// word, are a person's name, the owner a modifier.
		if toks[lo].has(tPoss) && hi-lo >= 3 && f.ownedName(lo+1, hi) {
			lo++
			m.definiteOrg = false
		}
	}
	// The last title before the name, with an "of" phrase after it.
	nameLo := lo
	title := -1
	// The flags of the words the loop reads, all set when it stops
	// before the end: the tests below for an organisation word, "of" and
	// a group word read the words again only when one may be there.
	var read wordFlags
	for k := lo; k < hi; k++ {
		is := f.lexOf(toks, k).is
		read |= is
		if is&(lxTitle|lxRole|lxRoleDot) == 0 {
			continue // no title (isTitle), asked without a call
		}
		w, ok := f.isTitle(k)
		if !ok {
			continue
		}
		if k == hi-1 && f.surnameAt(lo, k) {
			continue // "Tom Baker", "Baker said": a surname
		}
		title = k
		if w.gender != genderUnknown {
			m.gender, m.softGender = w.gender, softGender(w)
		}
		if w.role != "" {
			m.role = f.id(w.role)
		}
		m.ek = kPerson
		nameLo = k + 1
		if nameLo < hi && runTitleLink(f.key(&toks[nameLo])) {
			// "President of Azerbaijan Ilham Aliyev", "Minister of
			// Digital Development and Transport Rashad Guliyev",
			// "Ambassador to Azerbaijan Gábor Szalai": after the last
			// link word, the name is the last two words when there are
			// three or more, else the last one.
			last := nameLo
			for x := nameLo; x < hi; x++ {
				if runTitleLink(f.key(&toks[x])) {
					last = x
				}
			}
			start := last + 1
			if start < hi && f.key(&toks[start]) == "the" {
				start++
			}
			switch n := hi - start; {
			case n >= 3:
				nameLo = hi - 2
				for nameLo > start+1 && isInitial(f.text[toks[nameLo-1].start:toks[nameLo-1].end]) {
					nameLo--
				}
			case n == 2:
				nameLo = start + 1
			default:
				nameLo = hi
			}
			// A title inside the rest still counts: "Minister of
			// Transport Ms. Aigerim Seitova".
			// It only narrows the name: "Head of the District Executive
			// Power Elchin Mammadli" keeps its last two words.
			for x := start; x < hi; x++ {
				if w, ok := f.isTitle(x); ok && x+1 < hi {
					if w.gender != genderUnknown {
						m.gender, m.softGender = w.gender, softGender(w)
					}
					nameLo = max(nameLo, x+1)
				}
			}
			// A name in apposition after a comma is the holder's: the
			// words after the link name the office, whole ("The
			// Governor of Kwandu State, Alhaji Musa Bello,", "the
			// Commissioner for Water Resources, Mrs. Ada Okon,"). Not
			// when three words or more follow the link, none an
			// organisation's, whose last two are a name ("President of
			// Varnia Ilham Tal, Prime Minister Ali Asad and …").
			if nameLo < hi && f.apposedName(hi) && (hi-start <= 2 || f.orgIn(start, hi)) {
				nameLo = hi
			}
			read = ^wordFlags(0)
			break
		}
	}
	// A chamber before a party qualifies the name after them as the
	// party alone does ("House Republican Ann Lee", "Senate Democrat Jo
	// Park"): the chamber's word makes no organisation of the run.
	chamber := hi-lo >= 3 && title < 0 && !m.definiteOrg && (f.key(&toks[lo]) == "house" || f.key(&toks[lo]) == "senate") && f.affiliated(lo+1, hi)
	// An organisation word anywhere in the name makes the run an
	// organisation, titles included ("Justice Department").
	org := false
	if read&lxOrg != 0 && !chamber {
		for k := lo; k < hi; k++ {
			t := &toks[k]
			if f.lexOf(toks, k).is&lxOrg != 0 && t.has(tCap) && (title < 0 || k >= nameLo || k < title && f.ofOrg(title, hi)) {
				org = true
			}
		}
	}
	if org {
		m.ek, m.role, m.gender, m.softGender = kOrg, 0, genderUnknown, false
		nameLo = lo
		title = -1
		for k := lo; k < hi; k++ {
			if f.lexOf(toks, k).is&lxOrg != 0 {
				m.head = f.id(f.key(&toks[k]))
			}
		}
	}
	// A party or camp before a name qualifies it: "Republican Donald
	// Trump", "Democrat Bernie Sanders", "Republicans Ann Lee and …".
	// Not before a group word ("Liberal Democrats") nor in a longer run,
	// a headline's.
	if chamber {
		m.ek = kPerson
		nameLo = lo + 2
		m.modLo, m.modHi = toks[lo].start, toks[lo+1].end
	} else if title >= 0 || org || m.definiteOrg {
		// No qualifier before a title, a body's name or "the": the
		// searches below are not made.
	} else if read&(lxAffil|lxGroup) != 0 && f.affiliated(lo, hi) {
		m.ek = kPerson
		nameLo = lo + 1
		m.modLo, m.modHi = toks[lo].start, toks[lo].end
	} else if p := f.bornIn(lo, hi); p >= 0 {
		// "Texas-based Ann Lee", "South Korean-born Jo Park": where the
		// person lives or was born qualifies the name.
		m.ek = kPerson
		nameLo = p + 1
		m.modLo, m.modHi = toks[lo].start, toks[p].end
	} else if read&lxAffil == 0 {
		// No party word in the run: no place before one.
	} else if p := f.placeParty(lo, hi); p > 0 {
		// A place before the party qualifies the name with it ("Ohio
		// Republican Ann Lee").
		m.ek = kPerson
		nameLo = p + 1
		m.modLo, m.modHi = toks[lo].start, toks[p].end
	}
	if title >= 0 {
		m.modLo, m.modHi = toks[lo].start, toks[title].start
		if nameLo > title+1 {
			m.modHi = toks[nameLo-1].end
		}
	}
	if nameLo >= hi {
		// A title alone: a role phrase ("President of Azerbaijan", "the
		// PRC Ambassador").
		if m.role == 0 {
			return
		}
		r := mention{kind: mRole, ek: kPerson, gender: m.gender, softGender: m.softGender, role: m.role, head: m.role,
			start: toks[lo].start, end: toks[hi-1].keyEnd, tokLo: int32(lo), tokHi: int32(hi),
			modLo: toks[lo].start, modHi: toks[hi-1].keyEnd, det: detDefinite, sameAs: -1, possessor: -1}
		if lo > 0 && !toks[lo].gapped() {
			if k := f.key(&toks[lo-1]); k == "a" || k == "an" {
				r.det = detIndefinite
			}
		}
		f.emit(r)
		return
	}
	// A person's name ends before "of": "Sen. Tomas Varga of Oregon".
	if !org && read&lxConn != 0 { // "of" is a connector
		for k := nameLo + 1; k < hi-1; k++ {
			if f.key(&toks[k]) == "of" {
				if m.modLo == m.modHi {
					m.modLo = toks[k].start
				}
				m.modHi = toks[hi-1].end
				hi = k
				break
			}
		}
	}
	if !org && toks[hi-1].has(tAllCaps) && hi-nameLo == 1 && title < 0 {
		m.ek = kOrg
	}
	// A name written as a web address ("Factcheck.org", "Harbor.com")
	// is a website, a body: never "he" or "she".
	if !org && title < 0 && m.ek == kUnknown && webName(f.text[toks[hi-1].start:toks[hi-1].keyEnd]) {
		m.ek = kOrg
	}
	if m.definiteOrg && m.ek == kUnknown {
		m.ek = kOrg
	}
	// "Americans", "Democrats": a plural group, not a person.
	if flagIf(read&lxGroup != 0)&flagIf(hi-nameLo == 1)&flagIf(title < 0) != 0 && f.lexOf(toks, nameLo).is&lxGroup != 0 {
		m.group = true
	}
	m.tokLo, m.tokHi, m.ctxLo = int32(nameLo), int32(hi), int32(lo)
	m.start, m.end = toks[nameLo].start, toks[hi-1].keyEnd
	if toks[nameLo].has(tAllCaps) {
		f.wantAcronyms(nameLo, hi)
	}
	if f.synth {
		f.emit(m)
		return
	}
	// The flags of the word just before the run when it is in lower
	// case with no punctuation between, else none: asked below for a
	// role or a company noun, which few words are, where the tests of
	// the gap and the case came at random. (The word's entry, most often
	// known, is read in any case.)
	var before wordFlags
	if lo > 0 {
		before = f.lexOf(toks, lo-1).is & -wordFlags(flagIf(toks[lo].flags&(tGapComma|tGapPunct) == 0)&flagIf(toks[lo-1].flags&tCap == 0))
	}
	// Lower-case roles just before the run: "ministry spokeswoman Ana Ruiz".
	if before&lxRole != 0 && !org {
		k := lo - 1
		if e := f.lexOf(toks, k); e.is&lxRole != 0 {
			w := e.role
			m.role = f.id(w.role)
			m.ek = kPerson
			if w.gender != genderUnknown {
				m.gender, m.softGender = w.gender, softGender(w)
			}
			mlo := k
			floor := int32(0)
			if n := len(f.ms); n > 0 {
				floor = f.ms[n-1].end
			}
			for x := k - 1; x >= 0 && x >= k-3; x-- {
				if toks[x+1].gapped() || toks[x].sent != toks[k].sent || toks[x].start < floor {
					break
				}
				if f.lexOf(toks, x).is&(lxDet|lxPrep|lxPron) != 0 || f.key(&toks[x]) == "and" || f.key(&toks[x]) == "said" {
					break
				}
				mlo = x
			}
			// A name just before the modifiers qualifies the name after
			// them ("Republican strategist Karen Liebowitz", "Foreign
			// Ministry spokeswoman Ana Ruiz").
			if n := len(f.ms); n > 0 {
				p := &f.ms[n-1]
				if p.kind == mName && p.tokHi == int32(mlo) && !toks[mlo].gapped() {
					p.modifier = true
					mlo = int(p.tokLo)
					if p.subject {
						// The subject is the name it qualifies: "Millbeck
						// coach Andrea Santos was less pleased".
						p.subject = false
						f.subjSent = p.sent
					}
				}
			}
			if m.modLo == m.modHi {
				m.modLo, m.modHi = toks[mlo].start, toks[k].start
			} else {
				m.modLo = toks[mlo].start
			}
		}
	}
	// A company noun just before the run (companyNouns): "chipmaker
	// Halvorsen Micro", "the retailer Acme", whom "the company" may then
	// name.
	if before&lxOrg != 0 && !org && title < 0 && m.ek == kUnknown {
		if w := f.key(&toks[lo-1]); companyNouns[w] {
			m.ek, m.head, m.company = kOrg, f.id(w), true
		}
	}
	// An appositive before: "The ministry's spokeswoman, Ana Ruiz, said".
	// The tests decided by one branch: commas before names come at
	// random. The gap holds a comma alone: a comma before a closing
	// quotation mark ends a quotation, not a role.
	if flagIf(toks[lo].flags&(tGapComma|tGapPunct) == tGapComma)&flagIf(lo > 0)&flagIf(len(f.ms) > 0)&flagIf(!org) != 0 {
		p := &f.ms[len(f.ms)-1]
		if p.kind != mRole || p.ek != kPerson {
			// The role may end in a body's name or phrase: "The head of
			// the State Energy Agency, Ali Mammadov, said". A person's
			// name has two words or a title ("the mayor of Roanoke,
			// Virginia," names a place), and a comma closes it ("… is a
			// friend of the people, Ambassador Lu Mei said" ends a
			// content), or a parenthesis and a comma ("The chairman of
			// the union, Col. Ben Ade (retd.), said").
			if n := len(f.ms); n > 1 && p.tokHi == int32(lo) && (hi-nameLo >= 2 || title >= 0) && hi < len(toks) && (toks[hi].has(tGapComma) || asideClosed(f.text, int(toks[hi-1].end))) && f.ofBody(int(f.ms[n-2].tokHi), int(p.tokLo)) {
				p = &f.ms[n-2]
			}
		}
		if p.kind == mRole && p.ek == kPerson && (p.tokHi == int32(lo) || f.roleQualifier(int(p.tokHi), lo) || p != &f.ms[len(f.ms)-1]) && p.sameAs < 0 {
			m.role, m.ek = p.role, kPerson
			if p.gender != genderUnknown {
				m.gender, m.softGender = p.gender, p.softGender
			}
			if m.modLo == m.modHi {
				m.modLo, m.modHi = p.modLo, p.modHi
			}
			p.sameAs = int32(len(f.ms))
		}
	}
	idx := f.emit(m)
	// An appositive after: "Hugh Hill, a doctor,", "Lu Mei, China's
	// ambassador": the phrase refers to this name.
	if hi < len(toks) && toks[hi].has(tGapComma) && !toks[hi].has(tGapPunct) {
		a := hi
		if toks[a].flags&tCap == 0 && isNumber(f.text[toks[a].start:toks[a].end]) && a+1 < len(toks) && toks[a+1].has(tGapComma) {
			a++ // "Hugh Hill, 45, a doctor"
		}
		if a < len(toks) {
			// The appositive's opening first, the sentence's shape after:
			// most names have no appositive, and frontedObject reads up to
			// eighteen tokens.
			k := f.key(&toks[a])
			if (k == "a" || k == "an" || k == "the" || f.lexOf(toks, a).is&lxPossPron != 0 || toks[a].has(tPoss)) && !f.frontedObject(lo, a) {
				// The phrase is emitted when the scan reaches it ("Lu
				// Mei, China's ambassador" through the possessive run).
				f.apposDet, f.apposOf, f.apposPred = a, int32(idx), false
			}
		}
	} else if a := f.predicateAt(nameLo, hi); a > 0 && !f.ms[idx].inDirect {
		f.apposDet, f.apposOf, f.apposPred = a, int32(idx), true
	}
}

// predicateAt returns the token of the determiner that opens a noun
// phrase after a copula after the name nameLo:hi, the subject of its
// clause ("Ann Lee is the mayor", "Lee would become the party nominee",
// "Lee has been his lawyer"), or 0: the phrase names the same one, as an
// appositive does. Only a definite phrase identifies the subject: "a
// supporter" classes it. Not inside a quotation, whose words tell of its
// speaker's view ("Lee is the best candidate"); not after a possessive ("Lee's aide is the …") or a
// name after a preposition ("a poll of voters in Ohio was the …").
func (f *finder) predicateAt(nameLo, hi int) int {
	toks := f.toks
	if hi+1 >= len(toks) || toks[hi-1].has(tPoss) || nameLo > 0 && toks[nameLo-1].sent == toks[nameLo].sent && f.lexOf(toks, nameLo-1).is&lxPrep != 0 {
		return 0
	}
	a := hi
	// The word's entry, most often known already, rather than two maps
	// asked about every name's next word.
	if c := f.lexOf(toks, a).clause; c&wordCopulaAux != 0 {
		switch f.key(&toks[a+1]) {
		case "be", "been", "become":
		default:
			return 0
		}
		a++
	} else if c&wordCopula == 0 {
		return 0
	}
	a++
	if a >= len(toks) || toks[hi].gapped() || toks[a].gapped() || toks[a].sent != toks[hi].sent {
		return 0
	}
	switch k := f.key(&toks[a]); {
	case k == "the" || f.lexOf(toks, a).is&lxPossPron != 0:
		return a
	}
	return 0
}

// frontedObject reports whether the name at lo ends a phrase that opens
// its sentence with a preposition ("In an interview with the Herald,"),
// or with one of openingWords or a participle and a preposition ("Back in
// Edmonton,", "Speaking to the Herald,"),
// and the phrase at a after its comma runs on without a comma for six
// words: the sentence's subject ("the mayor discussed the budget"), not an
// appositive ("In Paris, the capital, …"). A comma that opens a name
// closed by a comma of its own does not stop it: the name is the
// phrase's appositive, and the phrase the subject ("In Dunmore, a
// farmer, Ana Ruiz, said").
func (f *finder) frontedObject(lo, a int) bool {
	toks := f.toks
	sent := toks[lo].sent
	s := lo
	for s > 0 && lo-s < 12 && toks[s-1].sent == sent && !toks[s].gapped() {
		s--
	}
	if toks[s].gapped() && s > 0 && toks[s-1].sent == sent || !toks[s].has(tInitial) {
		return false
	}
	if f.lexOf(toks, s).is&lxPrep == 0 && !(s+1 < lo && (openingWord(f.key(&toks[s])) || leadGerund(f.key(&toks[s]))) && f.lexOf(toks, s+1).is&lxPrep != 0) {
		return false
	}
	for k := a + 1; k < len(toks) && k <= a+6 && toks[k].sent == sent; k++ {
		if toks[k].gapped() {
			return toks[k].flags&(tGapComma|tGapPunct|tCap) == tGapComma|tCap && f.commaName(k)
		}
	}
	return true
}

// leadGerund reports whether the key w is a word in -ing that may open a
// participle's phrase before its preposition: "Speaking to the Herald,",
// "Writing in the Times,".
func leadGerund(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

// commaName reports whether the capitalised words from token k, at most
// four in one sentence, end before a comma: "…, Ana Ruiz, said".
func (f *finder) commaName(k int) bool {
	toks := f.toks
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].sent == toks[k].sent; j++ {
		if toks[j].gapped() {
			return toks[j].flags&(tGapComma|tGapPunct) == tGapComma
		}
		if !toks[j].has(tCap) {
			return false
		}
	}
	return false
}

// roleEnds reports whether the capitalised role word j ends its phrase:
// punctuation or the text's end follows it, or a word in lower case that
// does not link the title to more of it ("the Minister of Energy Rauf
// Mammadli" goes on).
func (f *finder) roleEnds(j int) bool {
	if j+1 >= len(f.toks) {
		return true
	}
	n := &f.toks[j+1]
	return n.gapped() || n.flags&tCap == 0 && !runTitleLink(f.key(n))
}

// surnameAt reports whether the title or role word k that ends the run
// from lo is a surname: one of surnameRoles after an honorific ("Mr.
// King"; "Mr. Mayor" addresses a mayor), after a capitalised word that is
// no title, role, body or party ("Tom Baker") or alone with no
// determiner before it ("“…,” Baker said"; not "the Baker said" nor "the
// baker").
func (f *finder) surnameAt(lo, k int) bool {
	toks := f.toks
	if !surnameRole(f.key(&toks[k])) {
		return false
	}
	if k > lo {
		if w, ok := f.isTitle(k - 1); ok && w.role == "" {
			return true // "Mr. King": an honorific names a person ("Mr. Mayor" addresses one)
		}
		return toks[k-1].has(tCap) && f.lexOf(toks, k-1).is&(lxTitle|lxRole|lxRoleDot|lxOrg|lxAffil) == 0
	}
	return k == 0 || toks[k].gapped() || f.lexOf(toks, k-1).is&lxDet == 0
}

// affiliated reports whether the run of words lo:hi is an affiliation
// word and a name of one to three capitalised words, none a group word nor
// in capitals but an initial: "Republican Donald Trump", "Democrat Zephyr
// Teachout", not "Liberal Democrats" nor "Conservative Solutions PAC". A
// name of one word is not shaped as a plural or an adjective, as in a
// title's words ("Conservative Principles", "Republican Presidential").
func (f *finder) affiliated(lo, hi int) bool {
	toks := f.toks
	if n := hi - lo - 1; n < 1 || n > 3 || !toks[lo].has(tCap) {
		return false
	}
	// The plural of a party qualifies the names after it as its
	// singular does: "Democrats Ann Lee, Jo Park and …".
	if is := f.lex(lo).is; is&lxAffil == 0 && !(is&lxGroup != 0 && partyPlural(f.key(&toks[lo]))) {
		return false
	}
	if k := f.key(&toks[lo+1]); hi-lo == 2 && (isPluralNoun(k) || strings.HasSuffix(k, "al")) {
		return false
	}
	for k := lo + 1; k < hi; k++ {
		t := &toks[k]
		if !t.has(tCap) || t.gapped() || f.lex(k).is&(lxGroup|lxAffil) != 0 ||
			t.has(tAllCaps) && !isInitial(f.text[t.start:t.end]) {
			return false
		}
	}
	return true
}

// bornIn returns the word of the run lo:hi, its first or second, that is
// a compound adjective of a place (placeSuffixes) with a name of two
// words or more after it, or -1.
func (f *finder) bornIn(lo, hi int) int {
	toks := f.toks
	for p := lo; p <= lo+1 && hi-p >= 3; p++ {
		if p > lo && toks[p].gapped() {
			return -1
		}
		w := f.text[toks[p].start:toks[p].keyEnd]
		for _, suf := range placeSuffixes {
			if len(w) > len(suf)+1 && strings.EqualFold(w[len(w)-len(suf):], suf) {
				return p
			}
		}
	}
	return -1
}

// placeParty returns the party word after one or two capitalised words
// that open the run lo:hi and qualify it, a place ("Ohio Republican Ann
// Lee", "New Mexico Democrat Jo Park"), or 0: words that are no title,
// role, body, party, group or determiner, with no mark between them;
// not in a headline, whose capitals run words into the name ("Another
// GOP Figure").
func (f *finder) placeParty(lo, hi int) int {
	toks := f.toks
	if toks[lo].has(tHeadline) {
		return 0
	}
	for p := lo + 1; p <= lo+2 && p+1 < hi; p++ {
		if f.lexOf(toks, p-1).is&(lxTitle|lxRole|lxRoleDot|lxOrg|lxAffil|lxGroup|lxDet) != 0 || toks[p].gapped() || !toks[p-1].has(tCap) {
			return 0
		}
		if f.lexOf(toks, p).is&lxAffil != 0 {
			if f.affiliated(p, hi) {
				return p
			}
			return 0
		}
	}
	return 0
}

// webName reports whether word w ends with a web domain of the common
// kinds after a dot and a name ("Factcheck.org", "Breitbart.com").
func webName(w string) bool {
	n := len(w)
	if n < 6 || w[n-4] != '.' {
		return false
	}
	switch strings.ToLower(w[n-3:]) {
	case "com", "org", "net", "gov", "edu":
		return true
	}
	return false
}

// partyPlural reports whether group word k is the plural of a party's
// name ("democrats", "tories"), not a party's name itself.
func partyPlural(k string) bool {
	return partyWords[k] != "" && strings.HasSuffix(k, "s")
}

// wantAcronyms adds to f.acroWant the keys that resolveName may ask the
// resolver's acronyms about for the name of words lo:hi, whose first is
// in capitals: its one key, the fold of one of its capitalised words
// ("DNC"). The fold of an ASCII word is its key; a word of another
// script sets every bit.
func (f *finder) wantAcronyms(lo, hi int) {
	for k := lo; k < hi; k++ {
		switch t := &f.toks[k]; {
		case !t.has(tCap):
		case t.has(tASCII):
			f.acroWant.add(f.key(t))
		default:
			f.acroWant = acroBits{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		}
	}
}

// roleQualifier reports whether tokens a:b qualify the role phrase
// before them and lead to its appositive name: "of personnel" in "the
// company's head of personnel, Marion Seidel". They are "of", "for" or
// "at" and up to three lower-case words, with no punctuation between.
func (f *finder) roleQualifier(a, b int) bool {
	if b-a < 2 || b-a > 4 || f.toks[a].gapped() {
		return false
	}
	switch f.key(&f.toks[a]) {
	case "of", "for", "at":
	default:
		return false
	}
	for k := a + 1; k < b; k++ {
		t := &f.toks[k]
		if t.gapped() || t.has(tCap) || f.lex(k).is&(lxFunc|lxClause) != 0 {
			return false
		}
	}
	return true
}

// apposedName reports whether a comma alone separates token k from the
// word before it and a person's name begins at k, in apposition: a title
// ("Alhaji", "Mrs.", "Col."), or two to four capitalised words that a
// comma or a parenthesis closes ("…, Musa Bello, said").
func (f *finder) apposedName(k int) bool {
	toks := f.toks
	if k >= len(toks) || toks[k].flags&(tGapComma|tGapPunct) != tGapComma || !toks[k].has(tCap) {
		return false
	}
	if _, ok := f.isTitle(k); ok {
		return true
	}
	j := k + 1
	for j < len(toks) && j < k+4 && !toks[j].gapped() && toks[j].has(tCap) {
		j++
	}
	if j-k < 2 {
		return false
	}
	return j < len(toks) && toks[j].flags&(tGapComma|tGapPunct) == tGapComma || asideClosed(f.text, int(toks[j-1].end))
}

// orgIn reports whether one of the words lo:hi is an organisation word.
func (f *finder) orgIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if f.lexOf(f.toks, k).is&lxOrg != 0 {
			return true
		}
	}
	return false
}

// asideClosed reports whether a short parenthesis follows offset i of
// text, past spaces, and a comma follows it: "Col. Ben Ade (retd.),",
// "Ann Lee (PDP),". It reads at most maxAside bytes.
func asideClosed(text string, i int) bool {
	const maxAside = 40
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i >= len(text) || text[i] != '(' {
		return false
	}
	w := text[i+1 : min(len(text), i+1+maxAside)]
	k := strings.IndexAny(w, "()")
	if k < 0 || w[k] != ')' {
		return false
	}
	i += k + 2
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i < len(text) && text[i] == ','
}

// ofBody reports whether tokens a:b are "of", "for", "at" or "in" and an
// optional "the", with no punctuation: what joins a role to the body
// whose mention starts at b ("head of the agency", "the permanent
// secretary in the ministry").
func (f *finder) ofBody(a, b int) bool {
	if b-a < 1 || b-a > 2 || f.toks[a].gapped() || f.toks[b].gapped() {
		return false
	}
	switch f.key(&f.toks[a]) {
	case "of", "for", "at", "in":
	default:
		return false
	}
	return b-a == 1 || !f.toks[a+1].gapped() && f.key(&f.toks[a+1]) == "the"
}

// dateName reports whether m is a name made of date words alone:
// "Monday", "May" (see months).
func (f *finder) dateName(m *mention) bool {
	if m.kind != mName || m.tokLo >= m.tokHi {
		return false
	}
	if k := int(m.tokLo) - 1; k >= int(m.ctxLo) && f.lex(k).is&(lxTitle|lxRole) != 0 {
		return false // "Mrs May", "Prime Minister May": a title names a person
	}
	for k := int(m.tokLo); k < int(m.tokHi); k++ {
		if f.lex(k).is&lxDate == 0 {
			return false
		}
	}
	return true
}

// pastShaped reports whether the lower-case word k has the shape of a verb
// in the past or a past participle: five letters or more ending in "ed"
// ("asked", "released").
func pastShaped(k string) bool { return len(k) > 4 && strings.HasSuffix(k, "ed") }

// pastShapedAt is flagIf(pastShaped(f.key(t))) for a token t that is not
// the text's first, without a branch: the length, and the last two bytes
// of the key read from the text with the case bit set (which maps only
// 'E' and 'e' to 'e', 'D' and 'd' to 'd', as the key's lowering does).
// (max only keeps the reads in the text: the token before t puts t's
// key end at 2 or more.)
func (f *finder) pastShapedAt(t *token) tokFlags {
	e := max(int(t.keyEnd), 2)
	x := uint16(f.text[e-2]) | uint16(f.text[e-1])<<8
	return flagIf(t.keyEnd-t.start > 4) & flagIf(x|0x2020 == 'e'|'d'<<8)
}

// theAt is flagIf(f.key(t) == "the") without a branch but one that
// holds for all but the text's last words: the length, and three bytes
// of the text from t's start with the case bit set (which maps a byte to
// 't', 'h' or 'e' only from that letter in either case, as the key's
// lowering does), compared at once.
func (f *finder) theAt(t *token) tokFlags {
	s := int(uint32(t.start))
	if s+3 > len(f.text) {
		return 0 // a shorter key
	}
	x := uint64(uint32(t.keyEnd-t.start))<<32 | uint64(f.text[s]|0x20) | uint64(f.text[s+1]|0x20)<<8 | uint64(f.text[s+2]|0x20)<<16
	return flagIf(x == 3<<32|'t'|'h'<<8|'e'<<16)
}

// isPluralNoun guesses whether the lower-case word k is a plural noun:
// it ends in a single "s" and is not a common verb or function word.
func isPluralNoun(k string) bool {
	if len(k) < 4 || k[len(k)-1] != 's' {
		return false
	}
	switch k[len(k)-2] {
	case 's', 'u', 'i', '\'':
		return false
	}
	switch k {
	case "does", "goes", "says", "has", "was", "his", "its", "yes", "this", "thus", "less", "always", "perhaps", "sometimes", "towards", "afterwards", "besides", "news":
		return false
	}
	return true
}

// isTitleLink reports whether k links a title to what it is a title of.
func isTitleLink(k string) bool { return k == "of" || k == "to" || k == "and" }

// runTitleLink reports whether k links a title to its office inside a
// capitalised run: isTitleLink's words and "for", as British and
// Commonwealth styles name a minister ("Minister for Planning Ann
// Roe"). After a role word in lower case "for" is no link ("a
// spokesman for the ministry").
func runTitleLink(k string) bool { return isTitleLink(k) || k == "for" }

// isInitial reports whether w is an initial: one letter and a period.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w[n:] == "."
}

// isYearWord reports whether s is a year of four digits, 1900 to 2099.
func isYearWord(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && isNumber(s)
}

// isNumber reports whether s is all ASCII digits.
func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// spanSet is a set of words of one text, each a string of the text or of
// its keys, with a mark on each: an open-addressing hash table with
// linear probing, behind a filter on the first and last bytes and the
// length, which does not allocate as a map[string]bool would, and grows
// by doubling (amortised linear).
type spanSet struct {
	slots  []spanSlot
	key    wordKey // of the words' hashes: new for each set (newSpanSet)
	n      int
	filter [32]uint64 // bit len(w)&63 of filter[w[0]&31] for each word w
	last   [32]uint64 // bit len(w)&63 of last[w[len(w)-1]&31] for each word w
}

// spanSlot is one entry of a spanSet; w == "" marks an empty slot (words
// are never empty).
type spanSlot struct {
	w    string
	hash uint32
	seen bool
}

// newSpanSet returns an empty set with a key of its own (see hashWord),
// in slots, the table of a set of an earlier text (see emptied), or nil.
// The set's answers do not depend on the size of its table.
func newSpanSet(slots []spanSlot) spanSet {
	return spanSet{slots: slots, key: newWordKey()}
}

// emptied returns s's table emptied for another set, with no reference
// left to s's words (nor to their text), or nil when it is larger than
// maxSpanSlots (left to the collector). Only the slots in use are
// cleared: the array past them is empty already (see sized).
func (s *spanSet) emptied() []spanSlot {
	if cap(s.slots) > maxSpanSlots {
		return nil
	}
	clear(s.slots)
	return s.slots[:cap(s.slots)]
}

// sized makes room in the empty set s for about n words: a table of the
// first slots of its array, twice n or more (64 at least, maxSpanSlots
// at most), which grows as the set fills if n falls short. The array
// past those slots stays empty, which emptied relies on. A table sized
// for the text clears faster than the largest one the array was grown
// to, and is probed in fewer cache lines.
func (s *spanSet) sized(n int) {
	want := 64
	for want < 2*n+2 && want < maxSpanSlots {
		want *= 2
	}
	if cap(s.slots) >= want {
		s.slots = s.slots[:want]
	} else {
		s.slots = make([]spanSlot, want)
	}
}

// maxSpanSlots is the largest spanSet table kept for the next text.
const maxSpanSlots = 4096

// hashWord returns the hash of w under key k, for the tables of a text's
// words (spanSet, strMap). Their slots are taken from its low bits, so
// with a fixed hash a text could be written to make them collide: many
// distinct words of the same low bits, as FNV or any unkeyed hash lets
// one compute offline, would make each insert probe past all the others,
// quadratic in the text. Under a key each table makes at random and
// keeps to itself (newWordKey), nothing is left to plan: the hashes of a
// text's words are independent of the text's choice, and the expected
// probe length stays constant. No answer of the tables depends on where
// the words land.
//
// Almost every word is at most 16 bytes long: those are hashed here, in
// a few instructions and no call, in the manner of the runtime's
// fallback hash (wyhash): w's bytes make two 64-bit numbers a and b,
// which with its length tell w from any other word of at most 16 bytes
// (the loads overlap when the length is not 3, 4, 8 or 16); they are
// mixed with the key (wordKey.mix). Longer words go to maphash, the
// runtime's keyed hash.
func hashWord(k *wordKey, w string) uint32 {
	n := len(w)
	var a, b uint64
	switch {
	case n > 16:
		return uint32(maphash.String(k.seed, w))
	case n >= 8:
		a, b = load64(w), load64At(w, n-8)
	case n >= 4:
		a, b = uint64(load32(w)), uint64(load32(w[n-4:]))
	case n > 0:
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	return k.mix(a, b, n)
}

// hashBytes is hashWord of string(b), without making the string.
func hashBytes(k *wordKey, w []byte) uint32 {
	n := len(w)
	var a, b uint64
	le := binary.LittleEndian
	switch {
	case n > 16:
		return uint32(maphash.Bytes(k.seed, w))
	case n >= 8:
		a, b = le.Uint64(w), le.Uint64(w[n-8:])
	case n >= 4:
		a, b = uint64(le.Uint32(w)), uint64(le.Uint32(w[n-4:]))
	case n > 0:
		a = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	return k.mix(a, b, n)
}

// wordKey keys the hashes of one table (see hashWord): two random 64-bit
// numbers for the words of at most 16 bytes, a maphash seed for the
// others.
type wordKey struct {
	k0, k1 uint64
	seed   maphash.Seed
}

// newWordKey returns a new random key: a new maphash seed, and the two
// numbers drawn from it.
func newWordKey() wordKey {
	seed := maphash.MakeSeed()
	return wordKey{k0: maphash.String(seed, "k0"), k1: maphash.String(seed, "k1"), seed: seed}
}

// mix returns the hash of the numbers a and b made of a word of n bytes:
// each is xored with a number of the key, and their 128-bit product
// folded in two (mul) is multiplied again with the length.
func (k *wordKey) mix(a, b uint64, n int) uint32 {
	return uint32(mul(k.k1^uint64(n), mul(a^k.k0, b^k.k1)))
}

// mul returns the high and low halves of the product of a and b xored.
func mul(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// may reports whether w can be in the set.
func (s *spanSet) may(w string) bool {
	if w == "" {
		return false
	}
	bit := uint64(1) << (len(w) & 63)
	return s.filter[w[0]&31]&bit != 0 && s.last[w[len(w)-1]&31]&bit != 0
}

// add puts w in the set, unmarked.
func (s *spanSet) add(w string) {
	if w == "" {
		return
	}
	h := hashWord(&s.key, w)
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	s.filter[w[0]&31] |= 1 << (len(w) & 63)
	s.last[w[len(w)-1]&31] |= 1 << (len(w) & 63)
	mask := len(s.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		sl := &s.slots[i]
		if sl.w == "" {
			*sl = spanSlot{w: w, hash: h}
			s.n++
			return
		}
		if sl.hash == h && sl.w == w {
			return
		}
	}
}

// grow doubles the table (64 slots at first) and reinserts the words.
func (s *spanSet) grow() {
	old := s.slots
	s.slots = make([]spanSlot, max(64, 2*len(old)))
	mask := len(s.slots) - 1
	for _, sl := range old {
		if sl.w == "" {
			continue
		}
		i := int(sl.hash) & mask
		for s.slots[i].w != "" {
			i = (i + 1) & mask
		}
		s.slots[i] = sl
	}
}

// find returns the slot of w, or nil.
func (s *spanSet) find(w string) *spanSlot {
	if len(s.slots) == 0 || !s.may(w) {
		return nil
	}
	h := hashWord(&s.key, w)
	mask := len(s.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		sl := &s.slots[i]
		if sl.w == "" {
			return nil
		}
		if sl.hash == h && sl.w == w {
			return sl
		}
	}
}

// mark marks w when it is in the set.
func (s *spanSet) mark(w string) {
	if sl := s.find(w); sl != nil {
		sl.seen = true
	}
}

// has reports whether w is in the set and marked.
func (s *spanSet) has(w string) bool {
	sl := s.find(w)
	return sl != nil && sl.seen
}

// startSet holds the words of at most seven bytes that find may start
// from when they are not capitalised: the pronouns but the relative ones
// and those of the second person ("you", "your": find emits no mention
// of them, and "your" is no possessive of possessivePronouns), and the
// words that open a phrase (detAt), in lower case, as lexASCII reads
// them: the word's bytes lowered by setting the case bit, as a
// little-endian number (the bytes past the word zero). The entry of the
// hash of each (startHash) is 1; other words share an entry with one of
// them now and then, which only adds a start that find steps over.
type startSet [1 << startBits]uint8

// startBits is the number of bits of startHash.
const startBits = 11

// startHash returns the hash of the word w (see startSet).
func startHash(w uint64) uint64 { return w * 0x9E3779B97F4A7C15 >> (64 - startBits) }

// may returns 1 when the word w (see startSet) may be in s, else 0.
func (s *startSet) may(w uint64) tokFlags { return tokFlags(s[startHash(w)]) }

// startWords is the startSet of find; built once, never modified.
var startWords = func() (s startSet) {
	add := func(k string) {
		if len(k) <= 7 {
			var w uint64
			for i := len(k) - 1; i >= 0; i-- {
				w = w<<8 | uint64(k[i])
			}
			s[startHash(w)] = 1
		}
	}
	for k, p := range pronouns {
		if !p.relative && (p.person != 2 || possessivePronouns[k]) {
			add(k)
		}
	}
	for _, k := range [...]string{"the", "this", "that", "a", "an"} {
		add(k)
	}
	return s
}()
