package attribution

import (
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The attribution stage reads the text as a stream of tokens: words,
// punctuation, and whole top-level quotations (one token from the opening
// mark to the closing mark). Each token knows its sentence and paragraph, so
// the rules look at a bounded neighbourhood instead of rescanning text.

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
	tQuote
)

type item struct {
	start, end int32
	sent       int32 // index of the sentence holding start; -1 outside any sentence
	endSent    int32 // for quotations, the sentence holding the closing mark
	para       int32
	q          int32 // quotation index for tQuote
	kind       tokKind
	// lead is, for a tWord token, the case of its first letter (see
	// leadCase), set with its look-up (tokenWords.cueEntries): what the
	// rules ask of the neighbours of every cue.
	lead uint8
	// word is, for a tWord token, the entry in wordTable of its text,
	// set with the look-up of its classes (tokenWords.cueEntries) for the entity
	// stage: wordUnknown when that did not look it up. For a punctuation
	// token of one byte it is markWord of the byte, above every entry
	// (newTokenWords), so that attributor.isPunct tests it alone, without
	// reading the text or the token's kind; 0 for any other token.
	word uint16
}

// markWord is item.word of a punctuation token of one byte, c: no entry
// of wordTable is as high (newTokenWords makes sure).
func markWord(c byte) uint16 { return 0xFF00 | uint16(c) }

// tokenizer builds the token stream of a document.
type tokenizer struct {
	text  string
	sents []Span
	paras []Span
	qs    []qspan // top-level quotations in text order
	toks  []item
	// The index of the tokens (attributor.sentTok, paraTok, qTok), set as
	// they are emitted: sentTok[s] is the first token whose sentence is s
	// or later, paraTok[p] the first of paragraph p or later, qTok[i] the
	// token of quotation i, -1 when it has none. Each has room for all its
	// elements; nextSent is the first sentence whose sentTok is not set.
	sentTok, paraTok, qTok []int
	nextSent               int32
	// fast bounds the starts of the tokens that tok may emit in sentence
	// si with no more tests: the end of si when add's last token was in
	// si, or sooner when toks has room for fewer tokens than the bytes up
	// to there (each token starts past the one before); 0 when add's last
	// token was outside any sentence or a quotation came after.
	fast int
	si   int // current sentence
	// The bounds of sentence si, math.MaxInt both when there is none:
	// most calls of sentOf compare with them alone.
	siStart, siEnd int
	// words, when set, looks up the words of toks (tokenWords.cueEntries)
	// a batch at a time as run emits them (lookUp), while their items and
	// their text are still in the nearest cache, rather than in a second
	// pass over all of them: lex[k] is the cue-table entry of token k, for
	// the first looked tokens.
	words  *tokenWords
	lex    []int32
	looked int
}

// lookBatch is the count of new tokens past which run looks them up at
// the end of a paragraph: a few paragraphs of news text, whose items
// (7 KB) stay in the nearest cache, and few enough calls that their cost
// is lost in the look-ups.
const lookBatch = 256

// lookUp looks up the tokens emitted since the last call (see words),
// growing lex in step with toks.
func (t *tokenizer) lookUp() {
	if t.words == nil {
		return
	}
	n := len(t.toks)
	if cap(t.lex) < n {
		lex := make([]int32, t.looked, cap(t.toks))
		copy(lex, t.lex)
		t.lex = lex
	}
	t.lex = t.lex[:n]
	t.words.cueEntries(t.text, t.toks[t.looked:n], t.lex[t.looked:n])
	t.looked = n
}

// sentOf returns the index of the sentence holding byte offset p, moving
// forward only; p must not decrease between calls.
func (t *tokenizer) sentOf(p int) int32 {
	if p >= t.siEnd {
		t.sentFrom(p)
	}
	if t.siStart <= p {
		return int32(t.si)
	}
	return -1
}

// sentFrom moves si to the first sentence that ends after p (the count of
// sentences when there is none) and reads its bounds.
func (t *tokenizer) sentFrom(p int) {
	for t.si < len(t.sents) && t.sents[t.si].End <= p {
		t.si++
	}
	t.siStart, t.siEnd = math.MaxInt, math.MaxInt
	if t.si < len(t.sents) {
		t.siStart, t.siEnd = t.sents[t.si].Start, t.sents[t.si].End
	}
}

// run tokenizes the whole text, and looks up its words when words is
// set.
func (t *tokenizer) run() {
	text := t.text
	t.sentFrom(-1)
	qi, pos := 0, 0
	// nextOpen is where quotation qi opens, past the text when there is
	// none: most steps (a word, a space) are before it and test only it.
	nextOpen := func(qi int) int {
		if qi < len(t.qs) {
			return t.qs[qi].open
		}
		return len(text) + 1
	}
	next := nextOpen(0)
	for i := range t.qTok {
		t.qTok[i] = -1 // set below for each quotation that has a token
	}
	for pi, para := range t.paras {
		t.paraTok[pi] = len(t.toks)
		i := max(para.Start, pos)
		for i < para.End {
			if i >= next && t.qs[qi].open < i {
				qi++ // a quotation that started inside an earlier token
				next = nextOpen(qi)
				continue
			}
			if i == next {
				q := t.qs[qi]
				tok := item{start: int32(q.open), end: int32(q.closeEnd), kind: tQuote, para: int32(pi), q: int32(qi)}
				tok.sent = t.sentOf(q.open)
				if tok.sent < 0 {
					tok.sent = t.sentOf(q.start)
				}
				tok.endSent = tok.sent
				if q.close > q.open {
					if s := t.sentOf(q.close); s >= 0 {
						tok.endSent = s
					}
				}
				if tok.sent >= t.nextSent {
					t.firstOf(tok.sent)
				}
				t.qTok[qi] = len(t.toks)
				t.toks = append(grow(t.toks, q.open, len(text)), tok)
				t.fast = 0 // sentOf may have moved on: add is next
				qi++
				next = nextOpen(qi)
				i = q.closeEnd // past the paragraph when the quotation runs on
				continue
			}
			c := text[i]
			if c < utf8.RuneSelf {
				switch k := tokClass[c]; {
				case k&cWord != 0:
					i = t.word(i, para.End, next, pi)
				case k&cSpace != 0 || c == '\f' || c == '\v': // isSpaceByte
					i++
				default:
					if !t.putWord(i, i+1, pi, tPunct, markWord(c)) { // tok, with its common case inlined
						t.add(i, i+1, pi, tPunct)
					}
					i++
				}
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:para.End])
			switch {
			case generalPunct(r):
				t.tok(i, i+size, pi, tPunct)
				i += size
			case unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF:
				i += size
			case isWordRune(r):
				i = t.word(i, para.End, next, pi)
			default:
				t.tok(i, i+size, pi, tPunct)
				i += size
			}
		}
		pos = i
		if len(t.toks)-t.looked >= lookBatch {
			t.lookUp()
		}
	}
	t.lookUp()
	t.paraTok[len(t.paras)] = len(t.toks)
	for s := int(t.nextSent); s < len(t.sentTok); s++ {
		t.sentTok[s] = len(t.toks)
	}
}

// firstOf records the next token, of sentence s, as the first of each
// sentence up to s that has none yet (in sentTok); s is -1 (no sentence)
// or not below the sentences of the tokens before. Called only when s ≥
// nextSent: once per sentence.
func (t *tokenizer) firstOf(s int32) {
	for ; t.nextSent <= s; t.nextSent++ {
		t.sentTok[t.nextSent] = len(t.toks)
	}
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// word scans a word starting at i: letters, digits and marks, with inner
// apostrophes, hyphens, periods, ampersands and slashes (don’t,
// well-known, U.S., AT&T, 3.5, CNN/ORC, U.S.-born). It goes on past one
// space before next, the opening of the next quotation, as run's loop
// would: the scan of a word from there takes what run would have taken
// for a word (a letter, a digit or a word rune first; no inner mark
// first), so that it needs no test of the byte after the space. It
// returns where run must go on: the end of the last word, past the space
// after it, or, when the scan past a space found no word, at its start.
// Words of ASCII letters and digits between spaces, most of news text,
// are plainWords' when thirty-two bytes are left.
func (t *tokenizer) word(i, end, next, pi int) int {
	// The text up to end, so that the eight-byte loads, bounded by its
	// length, need no other check.
	text := t.text[:end]
	for {
		if i+32 <= len(t.text) {
			var done bool
			if i, done = t.plainWords(i, end, next, pi); done {
				return i
			}
		}
		start := i
		space := false // a space found by the eight-byte scan ends the word
		apos := false  // an inner apostrophe: the word may be a contraction
		for i < end {
			if i+8 <= len(text) {
				// Eight bytes at a time while they are ASCII letters
				// and digits; the byte that stops them is read below,
				// unless it is a space, the common end, which ends the
				// word here.
				x := load64At(text, i)
				run := bits.TrailingZeros64(nonWord8(x)) >> 3
				i += run
				if run == 8 {
					continue
				}
				if text[i] == ' ' {
					space = true
					break
				}
			}
			c := text[i]
			if c < utf8.RuneSelf {
				k := tokClass[c]
				if k&cWord != 0 {
					i++
					continue
				}
				if k&cLink == 0 {
					break // a space or a mark: the common end
				}
				if (c == '\'' || c == '-' || c == '.' || c == '&' || c == '/') && i+1 < end && i > start {
					n := text[i+1]
					if c == '&' && (n == '#' || n == 'a' || n == 'r') {
						// The character reference of an apostrophe that
						// scraped text keeps inside a word (town&#39;s,
						// O&rsquo;Brien): one word, as with the mark.
						if r, m := markEntity(text[i:end]); (r == '\'' || r == '\u2019') && i+m < end && isWordByte(text[i+m]) {
							i += m
							continue
						}
					}
					if isWordByte(n) || (n >= utf8.RuneSelf && c != '.' && isLetterAt(text, i+1, end)) {
						apos = apos || c == '\''
						i++ // don’t, well-known, U.S, AT&T, CNN/ORC
						continue
					}
					if c == '.' && n == '-' && i+2 < end && isWordByte(text[i+2]) {
						i += 2 // U.S.-born
						continue
					}
				}
				if c == ',' && thousands(text, i, end) {
					i++ // 2,400: one number
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(text[i:end])
			if isWordRune(r) {
				i += size
				continue
			}
			if r == '\u2019' && i > start && i+size < end && isLetterAt(text, i+size, end) {
				apos = true
				i += size
				continue
			}
			if i > start && mojibakeTrail(text, start, i, r) {
				i += size // "FranÃ§ois": one letter of UTF-8 read as Latin-1
				continue
			}
			break
		}
		if i == start {
			return i // past a space: no word there (run starts a word only where the loop takes one)
		}

		// Only a word with an inner apostrophe can be a contraction.
		if apos {
			if c := contraction(text[start:i]); c > 0 {
				t.tok(start, start+c, pi, tWord) // he’s, they’re: the pronoun, then the verb
				start += c
			}
		}
		if !t.putWord(start, i, pi, tWord, 0) { // tok, with its common case inlined
			t.add(start, i, pi, tWord)
		}
		if !space {
			// A comma or a period and a space after the word, the
			// commonest marks, are emitted here as run would: the
			// mark, then the next word past the space.
			if i+2 > end || i+2 > next || text[i+1] != ' ' || text[i] != ',' && text[i] != '.' {
				return i
			}
			if !t.putWord(i, i+1, pi, tPunct, markWord(text[i])) {
				t.add(i, i+1, pi, tPunct)
			}
			i++
		}
		// Past the space, which no quotation opens at: the next word,
		// if one starts there, without a return to run.
		i++
		if i >= next {
			return i
		}
	}
}

// plainWords is word's common case, thirty-two bytes at a time: from i
// on, it emits each word of ASCII letters and digits that a space ends,
// or a comma or a period and a space (the mark too, as word does). Where
// each word ends is read from one mask of the bytes of the thirty-two
// that are not letters or digits: a word's end waits on no load from the
// word before, and its length costs no branch. It returns with done false
// at the start of any other word, or of one that does not end within the
// thirty-two bytes and the paragraph (end), for word to read; with done
// true where word would return to run: where no word starts past a
// space, or at next or past it.
func (t *tokenizer) plainWords(i, end, next, pi int) (_ int, done bool) {
	text := t.text
	for i+32 <= len(text) {
		b := text[i : i+32]
		x0, x1, x2, x3 := load64(b), load64(b[8:]), load64(b[16:]), load64(b[24:])
		lim := min(32, end-i)
		// Bit k of nw is set when byte k is not a letter or a digit;
		// bit 32 ends the count of a word that runs past the window.
		nw := pack8(nonWordBytes8(x0)) | pack8(nonWordBytes8(x1))<<8 | pack8(nonWordBytes8(x2))<<16 | pack8(nonWordBytes8(x3))<<24 | 1<<32
		p := 0
		for p < 32 {
			e := bits.TrailingZeros64(nw>>p) + p
			if e == p {
				// No word: word reads what is at the start, run
				// what follows a space.
				return i + p, p > 0
			}
			if e >= lim {
				if p == 0 {
					return i, false // longer than the window
				}
				break // read again from the word's start
			}
			c := b[e]
			if c != ' ' && (c != ',' && c != '.' || e+1 >= lim || b[e+1] != ' ') {
				return i + p, false
			}
			if !t.putWord(i+p, i+e, pi, tWord, 0) {
				t.add(i+p, i+e, pi, tWord)
			}
			if c != ' ' {
				// A comma or a period, then a space, as word emits them.
				if i+e+2 > next {
					return i + e, true
				}
				if !t.putWord(i+e, i+e+1, pi, tPunct, markWord(c)) {
					t.add(i+e, i+e+1, pi, tPunct)
				}
				e++
			}
			p = e + 1
			if i+p >= next {
				return i + p, true
			}
		}
		i += p
	}
	return i, false
}

// tok emits the word or mark text[start:end] of paragraph pi.
func (t *tokenizer) tok(start, end, pi int, kind tokKind) {
	if !t.put(start, end, pi, kind) {
		t.add(start, end, pi, kind)
	}
}

// put is the common case of tok, a token inside the sentence of the one
// before, which tests only that (fast, which also keeps it within the
// room of toks): it reports whether it emitted the token, or add must
// (the sentence, the index, growth).
func (t *tokenizer) put(start, end, pi int, kind tokKind) bool {
	return t.putWord(start, end, pi, kind, t.wordOf(start, end, kind))
}

// wordOf is the item.word of a new token: markWord of a punctuation
// token of one byte, else 0 (a word's is set with its look-up).
func (t *tokenizer) wordOf(start, end int, kind tokKind) uint16 {
	if kind == tPunct && end-start == 1 {
		return markWord(t.text[start])
	}
	return 0
}

// putWord is put given the token's word (wordOf), which its callers
// know: it makes no call, so that it is inlined into word and
// plainWords, whose tokens are most.
func (t *tokenizer) putWord(start, end, pi int, kind tokKind, word uint16) bool {
	n := len(t.toks)
	if start >= t.fast {
		return false
	}
	// The new element through a local slice, whose length n+1 the
	// compiler knows: &t.toks[n] would check n again, against the
	// length stored just before. The check of the room is left.
	toks := t.toks[:n+1]
	t.toks = toks
	// Field by field: a composite literal is built on the stack
	// and copied. Every field is written (toks is not cleared).
	p, si := &toks[n], int32(t.si)
	p.start, p.end, p.sent, p.endSent, p.para, p.q = int32(start), int32(end), si, si, int32(pi), 0
	p.kind, p.lead, p.word = kind, 0, word
	return true
}

// add is tok for any token.
func (t *tokenizer) add(start, end, pi int, kind tokKind) {
	s := t.sentOf(start)
	if s >= t.nextSent {
		t.firstOf(s)
	}
	// Field by field into the room grow makes, as putWord does: no
	// literal built on the stack and copied.
	toks := grow(t.toks, start, len(t.text))
	n := len(toks)
	toks = toks[:n+1]
	t.toks = toks
	p := &toks[n]
	p.start, p.end, p.sent, p.endSent, p.para, p.q = int32(start), int32(end), s, s, int32(pi), 0
	p.kind, p.lead, p.word = kind, 0, t.wordOf(start, end, kind)
	t.fast = 0
	if s >= 0 {
		// The rest of sentence s, tok's common case, as far as toks
		// has room: a token for each byte past start at most.
		t.fast = min(t.siEnd, start+1+cap(t.toks)-len(t.toks))
	}
}

// Case classes of a word's start (item.lead).
const (
	leadUpper uint8 = 1 << iota // a capital or a digit first (attributor.capitalized)
	leadLower                   // a lower-case letter first, past an apostrophe (attributor.lowerWord)
	leadRune                    // (leadOf only) the first rune must be decoded: leadCase
)

// leadOf is the case class of a word by its first byte, leadRune for an
// apostrophe and the bytes above ASCII; built once, never modified.
var leadOf = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = leadUpper
		case 'a' <= c && c <= 'z':
			t[c] = leadLower
		case c == '\'' || c >= utf8.RuneSelf:
			t[c] = leadRune
		}
	}
	return t
}()

// articleName reports whether a word whose first four bytes are x, in
// little-endian order, is a name after the Arabic article, written in
// lower case with a hyphen: "al-Assad", "el-Sisi", "al-Qaeda". It is a
// capitalised word (leadUpper) and, in the entity stage, a name's.
func articleName(x uint32) bool {
	// One test for "al-" and "el-", which differ in bit 2 of their first
	// byte alone: almost always false, and then the only branch taken.
	return x&0xFFFFFB == 'a'|'l'<<8|'-'<<16 && uint32(byte(x>>24))-'A' < 26
}

// articleAt reports whether the word text[i:j] is a name after the Arabic
// article (articleName). The bytes are read first and the length tested
// last: a test of the word's length first, as good as random from one
// word to the next, would mispredict, where articleName is almost always
// false.
func articleAt(text string, i, j int) bool {
	return i+4 <= len(text) && articleName(load32(text[i:])) && j-i > 3
}

// leadCase returns the case class of word w: leadUpper when its first
// rune is a capital or a digit, leadLower when it is a lower-case letter
// or, after an apostrophe, the next one is (the verb of "he’s": see
// contraction).
func leadCase(w string) uint8 {
	r, size := utf8.DecodeRuneInString(w)
	var lead uint8
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		lead = leadUpper
	}
	if r == '\'' || r == '\u2019' {
		r, _ = utf8.DecodeRuneInString(w[size:])
	}
	if unicode.IsLower(r) {
		lead |= leadLower
	}
	return lead
}

// contraction returns the length of the pronoun of a contracted pronoun
// and verb ("he’s", "they’re", "we’ve", "I’ll", "she’d"), or 0 for any
// other word. The two are separate tokens, so that the pronoun can be a
// speaker and the verb an auxiliary of the cue: "he’s predicting".
// Possessives ("Trump’s") stay one word.
func contraction(w string) int {
	if len(w) < 3 || len(w) > 10 { // "I'd" to "there’re"
		return 0
	}
	k := 1
	for k < len(w) && k <= 5 && w[k] != '\'' && w[k] != 0xE2 { // ’ is E2 80 99
		k++
	}
	if k > 5 || k == len(w) || w[k] == 0xE2 && !strings.HasPrefix(w[k:], "\u2019") || !contractedFilter.mayFold(w[:k]) || !anyFold(w[:k], contractedPronouns) {
		return 0
	}
	_, size := utf8.DecodeRuneInString(w[k:])
	if !anyFold(w[k+size:], contractedVerbs) {
		return 0
	}
	return k
}

// contractedFilter passes the words of contractedPronouns (and a few
// more), most possessives failing it ("Trump’s"). Built once, never
// modified.
var contractedFilter = func() (f lexFilter) {
	for _, k := range contractedPronouns {
		f.add(k)
	}
	return f
}()

// mayFold is may of w compared without case: a word of ASCII bytes is
// tested lowered (mayLower), any other passes, since above ASCII a rune
// of another length may fold to a letter of the words ("ſ" to s).
func (f *lexFilter) mayFold(w string) bool {
	return !isASCII(w) || f.mayLower(w, 0, len(w))
}

// anyFold reports whether w is one of words, which are lower-case ASCII,
// compared without case. An ASCII w is compared byte by byte
// (equalFoldASCII); strings.EqualFold is needed only above ASCII, where
// the Kelvin sign folds to k and the long s to s.
func anyFold(w string, words []string) bool {
	if isASCII(w) {
		for _, x := range words {
			if equalFoldASCII(w, x) {
				return true
			}
		}
		return false
	}
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

func isLetterAt(text string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return !generalPunct(r) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// thousands reports whether the comma at i separates the thousands of a
// number: a digit before it, three after it and no fourth ("2,400",
// "1,000,000"), not a list of numbers ("in 2012,2016").
func thousands(text string, i, end int) bool {
	if i == 0 || i+3 >= end+1 || !isDigit(text[i-1]) {
		return false
	}
	for k := i + 1; k <= i+3; k++ {
		if k >= end || !isDigit(text[k]) {
			return false
		}
	}
	return i+4 >= end || !isDigit(text[i+4])
}

// mojibakeTrail reports whether r, at i in the word that starts at start,
// is the second byte of a letter's UTF-8 read as Latin-1 or Windows-1252,
// as crawled news often is: "FranÃ§ois" holds "ç" (C3 A7) as "Ã" and
// "§". The byte stands for a sign of its own (U+0080–U+00BF) or one of
// the marks Windows-1252 puts in its place (a dash, "…", "™"); after the
// lead of a two-byte sequence (Â to ß, U+00C2–U+00DF) it is part of the
// word, or the name would be cut inside it. Quotation marks (« » and the
// curly ones) are not taken: the quote stage reads them first; nor is a
// no-break space, which follows a real "É" or "ß" as often as it stands
// for "à".
func mojibakeTrail(text string, start, i int, r rune) bool {
	if !(r >= 0x80 && r <= 0xBF && r != 0xA0 && r != '«' && r != '»' || r == '–' || r == '—' || r == '…' || r == '™' || r == '€' || r == '†' || r == '‡' || r == '•' || r == '‰' || r == '˜') {
		return false
	}
	if i-2 < start {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[start:i])
	return p >= 0xC2 && p <= 0xDF
}
