package attribution

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence segmentation.
//
// The segmenter makes one forward pass over the bytes of a paragraph. Most
// bytes are skipped through a 256-entry table; it stops only at '.', '?',
// '!', line ends and the lead bytes of the few non-ASCII runes that matter
// (ellipsis, bullets, full-width stops, Unicode spaces and line separators).
// At a stop it looks a bounded distance back (the word before a period) and
// forward (the next word), so the whole pass is linear. Offsets are UTF-8
// byte offsets; invalid UTF-8 is skipped a byte at a time.
//
// The decisions, in order:
//   - A run of terminal marks (". ? ! … ‼", spaced ". . ."), then closing
//     quotes and brackets, then white space, is a candidate boundary; the
//     sentence ends after the closing marks.
//   - A lowercase next word never starts a sentence ("“Why?” she asked",
//     "Yahoo! in", "co. at noon"); nor does a name followed by a verb of
//     saying after a quotation closed by '?' or '!' ("“Why?” Trump asked"),
//     unless a verb of saying and a comma or colon introduced the
//     quotation ("He asked, “Why?” Nobody replied.").
//   - Without the white space, a word, a terminal mark and a capitalised
//     word still make a boundary ("Tuesday.Mr. Smith"), except in
//     abbreviations, initialisms, addresses and file names.
//   - A three-dot ellipsis written with spaces, or inside brackets ("[...]"),
//     never ends a sentence; "..." and "…" end one before a capital, as do
//     four dots.
//   - After a period, the word before it decides (see abbrev.go): titles
//     never end a sentence, ambiguous abbreviations only before a word that
//     opens sentences, states also before any capital after "City, ", a.m./p.m. before a capital unless a day or time zone
//     follows or the sentence so far is a fronted time phrase; single
//     capitals are initials unless they follow a lowercase word and the next
//     word opens a sentence ("you and I. Did"); "A.B.C" style words are
//     ambiguous abbreviations; other words and numbers end the sentence.
//     An abbreviation other than a title or an initial that ends a line
//     before a capital ends the sentence, as a line without a period does
//     ("…snubs U.S.\nBeijing says").
//   - A list marker ("1.", "1.)", "2)", "a.", "(a)", "(1)", "•", "⁃")
//     opening a sentence is part of it; a marker of the same kind later on
//     the line starts a new sentence, as a bullet after a colon does ("Key
//     points: • A • B"), and a lowercase marker opening the next line after
//     a terminal mark ("the form.\nb. Pay").
//   - A single line break ends a sentence when the next line starts with a
//     capital, a digit, a mark or a list marker and the line before does not
//     end in a comma, a hyphen or a function word: headlines and list items
//     stay on their own lines, a stray newline inside a sentence joins; a
//     valediction ("Sincerely,") is a line of its own despite its comma. A
//     lowercase line is an item too when no terminal mark follows in the
//     rest of the text ("features\ncontact manager"), when it is a byline
//     ("Headline\nby Jane Roe"), or when it follows a line that ended in a
//     colon and the items after it ("includes:\n40 buses\na fare cap").
//   - In a hard-wrapped text (wrapWidth: inner lines of one width, many
//     going on in lower case) a line end where the next word would not
//     have fit is a space ("said council\nPresident Ann Lee"), unless a
//     list marker, a byline or a deeper indent follows, or the line is a
//     headline in title case.
//   - A blank line always ends a sentence.

// segmenter splits text into paragraphs and sentences. It is immutable once
// built and safe for concurrent use.
type segmenter struct {
	abbrevs *abbrevTable
}

// newSegmenter returns a segmenter with the built-in tables extended by
// extra abbreviations (with or without the final period), which are then
// never taken as a sentence end.
func newSegmenter(extra []string) *segmenter {
	if len(extra) == 0 {
		return &segmenter{abbrevs: builtinAbbrevs}
	}
	return &segmenter{abbrevs: buildAbbrevs(extra)}
}

// Sentences returns the sentences of text, using the built-in tables: text
// is split into blank-line separated paragraphs, a dateline opening the
// first paragraph is set apart (it is not part of any sentence), as are
// those that open later paragraphs of a wire round-up, and each
// paragraph is split into sentences. Spans are byte offsets into text,
// trimmed of white space, in order and disjoint; none crosses a paragraph
// break. It accepts any string and is safe for concurrent use.
func Sentences(text string) []Span {
	return defaultParser.Sentences(text)
}

// Sentences is like the package-level Sentences with p's abbreviations.
func (p *Parser) Sentences(text string) []Span {
	var buf [32]Span
	paras, lines := p.seg.paragraphLines(text, buf[:0])
	dl, hasDL := p.seg.dateline(text, paras)
	return p.seg.sentencesOf(text, paras, dl, hasDL, lines, make([]Span, 0, len(text)/128+1))
}

// Kinds of line ends in a text, as paragraphLines reports them.
const (
	linesAny  = iota // \r, U+0085, U+2028 or U+2029 may end lines
	linesLF          // only \n ends lines
	linesNone        // only \n, and no paragraph holds one: each is one line
)

// sentencesOf appends to dst the sentences of the paragraphs paras of
// text, those of the paragraph that opens with the dateline dl (when hasDL)
// after it, and returns the extended slice. lines is the kind of line ends
// of text (paragraphLines): unless it is linesAny, the scanner tests fewer
// bytes up to the next '!', '?' or '\n' (see sentScanner.plain). Each is
// looked for in the whole text, at most once per paragraph and occurrence,
// and '\n' only when a paragraph may hold one.
func (s *segmenter) sentencesOf(text string, paras []Span, dl Span, hasDL bool, lines int, dst []Span) []Span {
	// The first '!', '?' and '\n' at or after the last paragraph's start,
	// or len(text); -1 before the first look-up.
	bang, quest, nl := -1, -1, -1
	sc := sentScanner{seg: s, dst: dst} // one for all the paragraphs
	if lines != linesNone {
		sc.wrap = wrapWidth(text, paras, lines == linesLF)
	}
	for _, para := range paras {
		start := para.Start
		if hasDL && dl.Start >= para.Start && dl.End <= para.End {
			if dl.Start > para.Start {
				// The lines before a dateline inside the paragraph.
				sc.scan(text, para.Start, dl.Start, para.Start)
			}
			start = dl.End
		} else if hasDL && para.Start > dl.End {
			// A round-up of wire stories: a later paragraph that opens
			// with a dateline of its own ("OSLO (AP) — …") is set apart
			// as the first is. Only after a first dateline, and only
			// with a place in capitals or an agency, where a sentence
			// never opens so.
			if d, ok := laterDateline(text, para); ok {
				start = d.End
			}
		}
		if start == para.Start {
			// A live blog's entry: "14:05 — The coastguard says …".
			start = timestampLead(text, para)
		}
		plain := start
		if lines != linesAny && start < para.End {
			if bang < start {
				bang = indexFrom(text, start, '!')
			}
			if quest < start {
				quest = indexFrom(text, start, '?')
			}
			plain = min(bang, quest, para.End)
			if lines == linesLF {
				if nl < start {
					nl = indexFrom(text, start, '\n')
				}
				plain = min(plain, nl)
			}
		}
		sc.scan(text, start, para.End, plain)
	}
	return sc.dst
}

// indexFrom returns the position of the first c at or after i in text, or
// len(text).
func indexFrom(text string, i int, c byte) int {
	if j := strings.IndexByte(text[i:], c); j >= 0 {
		return i + j
	}
	return len(text)
}

// Byte classes for the scanning loop.
const (
	bNone  = iota
	bTerm  // '.', '?', '!'
	bNL    // '\n', '\r'
	bMulti // lead byte of a rune that may matter
	bSpace // ' ', '\t': only in list mode
)

var (
	scanTable = makeScanTable(false)
	listTable = makeScanTable(true)
)

func makeScanTable(list bool) *[256]uint8 {
	var t [256]uint8
	t['.'], t['?'], t['!'] = bTerm, bTerm, bTerm
	t['\n'], t['\r'] = bNL, bNL
	// C2: U+0085, NBSP; E2: … ‼ ⁇ bullets, U+2028/9; E3: 。 U+3000; EF: ！？
	t[0xC2], t[0xE2], t[0xE3], t[0xEF] = bMulti, bMulti, bMulti, bMulti
	if list {
		t[' '], t['\t'] = bSpace, bSpace
	}
	return &t
}

// isSpaceRune reports white space other than line ends, including the
// no-break and zero-width spaces and the byte order mark.
func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200B
}

// spaceAt returns the size of the white space rune (not a line end) at i, or 0.
// It is small enough to be inlined: a call per byte cost more than the test.
func spaceAt(text string, i int) int {
	if c := text[i]; c < utf8.RuneSelf {
		return int(asciiSpace[c])
	}
	return spaceRuneAt(text, i)
}

// spaceRuneAt is spaceAt for a byte above ASCII at i. It matches the
// bytes of the spaces of isSpaceRune above ASCII, without decoding the
// rune: most bytes here start curly quotes and dashes, which the second
// or third byte rules out (TestSpaceRuneAt).
func spaceRuneAt(text string, i int) int {
	switch text[i] {
	case 0xC2: // U+00A0
		if i+1 < len(text) && text[i+1] == 0xA0 {
			return 2
		}
	case 0xE1: // U+1680
		if i+2 < len(text) && text[i+1] == 0x9A && text[i+2] == 0x80 {
			return 3
		}
	case 0xE2: // U+2000 to U+200B, U+202F, U+205F
		if i+2 < len(text) {
			c1, c2 := text[i+1], text[i+2]
			if c1 == 0x80 && (c2-0x80 <= 0x0B || c2 == 0xAF) || c1 == 0x81 && c2 == 0x9F {
				return 3
			}
		}
	case 0xE3: // U+3000
		if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x80 {
			return 3
		}
	case 0xEF: // U+FEFF
		if i+2 < len(text) && text[i+1] == 0xBB && text[i+2] == 0xBF {
			return 3
		}
	}
	return 0
}

// newlineAt returns the size of the line end at i ("\r\n" is one), or 0.
func newlineAt(text string, i int) int {
	switch c := text[i]; c {
	case '\n':
		return 1
	case '\r':
		if i+1 < len(text) && text[i+1] == '\n' {
			return 2
		}
		return 1
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0x85 {
			return 2
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// otherBreaks reports whether text holds a line break other than \n
// (newlineAt): \r, U+0085, U+2028 or U+2029. The three runes are found
// from their last bytes (0x85, 0xA8, 0xA9), rare in text, with
// strings.IndexByte: strings.Contains would stop at every 0xC2 and 0xE2,
// the first bytes of no-break spaces, curly quotes and dashes.
func otherBreaks(text string) bool {
	return strings.IndexByte(text, '\r') >= 0 || hasRune(text, "\u0085") ||
		hasRune(text, "\u2028") || hasRune(text, "\u2029")
}

// hasRune reports whether text holds r, the UTF-8 form of a rune, by
// looking for its last byte and checking the bytes before it.
func hasRune(text, r string) bool {
	last := r[len(r)-1]
	for i := len(r) - 1; i < len(text); i++ {
		j := strings.IndexByte(text[i:], last)
		if j < 0 {
			return false
		}
		i += j
		if text[i+1-len(r):i+1] == r {
			return true
		}
	}
	return false
}

// trimRight returns hi moved back over white space and line ends, not
// before lo.
func trimRight(text string, lo, hi int) int {
	for hi > lo {
		c := text[hi-1]
		if c < utf8.RuneSelf {
			if c == ' ' || c-'\t' <= '\r'-'\t' { // \t, \n, \v, \f, \r: one range
				hi--
				continue
			}
			return hi
		}
		if !spaceLast[c] {
			// Not the last byte of a space or line end above ASCII:
			// a closing quotation mark, most often (TestSpaceLast).
			return hi
		}
		r, size := utf8.DecodeLastRuneInString(text[lo:hi])
		if isSpaceRune(r) || r == 0x85 || r == 0x2028 || r == 0x2029 {
			hi -= size
			continue
		}
		return hi
	}
	return hi
}

// spaceLast holds true for the last bytes of the white space runes above
// ASCII and of the line ends U+0085, U+2028 and U+2029, which trimRight
// decodes; the bytes of a closing quotation mark are not among them.
var spaceLast = func() (t [256]bool) {
	for c := 0x80; c <= 0x8B; c++ {
		t[c] = true // U+2000 to U+200B, U+1680, U+3000 (0x80), U+0085
	}
	for _, c := range []byte{0x9F, 0xA0, 0xA8, 0xA9, 0xAF, 0xBF} {
		t[c] = true // U+205F, U+00A0, U+2028, U+2029, U+202F, U+FEFF
	}
	return t
}()

// skipSpace returns the first position at or after i that is not white
// space or a line end, and whether a blank line (two line ends with only
// white space between) was crossed.
func skipSpace(text string, i int) (int, bool) {
	lines := 0
	for i < len(text) {
		if c := text[i]; c > ' ' && c < utf8.RuneSelf {
			break // printable ASCII, the usual end
		}
		if sz := spaceAt(text, i); sz > 0 {
			i += sz
			continue
		}
		if sz := newlineAt(text, i); sz > 0 {
			// U+2029 PARAGRAPH SEPARATOR counts as a blank line by itself.
			if sz == 3 && text[i+2] == 0xA9 {
				lines++
			}
			lines++
			i += sz
			continue
		}
		break
	}
	return i, lines > 1
}

// paragraphs appends to dst the blank-line separated blocks of text, trimmed
// of surrounding white space, and returns the extended slice. A line of
// only white space is blank; "\r\n", "\r", U+0085 and U+2028 end lines, and
// U+2029 ends a paragraph.
func (s *segmenter) paragraphs(text string, dst []Span) []Span {
	dst, _ = s.paragraphLines(text, dst)
	return dst
}

// paragraphLines is paragraphs that also reports the kind of line ends of
// text (linesAny, linesLF or linesNone).
func (s *segmenter) paragraphLines(text string, dst []Span) ([]Span, int) {
	n := len(text)
	pStart, pEnd := -1, 0
	// Most texts break lines with \n alone: then the line ends are found
	// with strings.IndexByte, many bytes at a time, instead of byte by byte
	// past every non-ASCII byte.
	lfOnly := !otherBreaks(text)
	lines := linesAny
	if lfOnly {
		lines = linesNone
	}
	i := 0
	for i < n {
		// Skip the line's leading white space.
		j := i
		for j < n {
			sz := spaceAt(text, j)
			if sz == 0 {
				break
			}
			j += sz
		}
		// Find the line end.
		k := j
		nl := 0
		if lfOnly {
			if j < n && text[j] == '\n' {
				nl = 1 // a blank line: half the lines of most texts
			} else if e := strings.IndexByte(text[j:], '\n'); e >= 0 {
				k, nl = j+e, 1
			} else {
				k = n
			}
		}
		for k < n && nl == 0 {
			if k+8 <= n && !maybeBreak8(load64At(text, k)) {
				k += 8 // eight bytes of ASCII without a line break
				continue
			}
			c := text[k]
			if c == '\n' || c == '\r' || c == 0xC2 || c == 0xE2 {
				if nl = newlineAt(text, k); nl > 0 {
					break
				}
			}
			k++
		}
		paraSep := nl == 3 && text[k+2] == 0xA9
		if j == k {
			// Blank line.
			if pStart >= 0 {
				dst = append(grow(dst, k, n), Span{Start: pStart, End: pEnd})
				pStart = -1
			}
		} else {
			if pStart < 0 {
				pStart = j
			} else if lines == linesNone {
				lines = linesLF // a paragraph of two lines or more
			}
			pEnd = trimRight(text, j, k)
			if paraSep {
				dst = append(grow(dst, k, n), Span{Start: pStart, End: pEnd})
				pStart = -1
			}
		}
		if nl == 0 {
			break
		}
		i = k + nl
	}
	if pStart >= 0 {
		dst = append(grow(dst, n, n), Span{Start: pStart, End: pEnd})
	}
	return dst, lines
}

// List marker kinds.
const (
	listNone        = iota
	listBullet      // • ⁃ ‣ ◦ ▪ ● and, at a line start, - *
	listNumDot      // 1.
	listNumDotParen // 1.)
	listNumParen    // 1)
	listLetterDot   // a.
	listLetterParen // a)
	listEnclosed    // (1) (a)
)

// isBullet reports whether r is a list bullet.
func isBullet(r rune) bool {
	switch r {
	case '•', '⁃', '‣', '◦', '▪', '●', '◾', '▸', '►', '⦁':
		return true
	}
	return false
}

// markerAt returns the kind of list marker at p and the position after it,
// or listNone. ASCII bullets ('-', '*') count only when asciiBullets is set
// (at a line start) and a space follows.
func markerAt(text string, p int, asciiBullets bool) (kind, end int) {
	n := len(text)
	if p >= n {
		return listNone, p
	}
	c := text[p]
	if c >= utf8.RuneSelf {
		// The bullets are all three bytes from 0xE2 (TestMarkerAtBullets):
		// the curly quotes that open many sentences are ruled out
		// without decoding them.
		if c != 0xE2 {
			return listNone, p
		}
		r, ok := decode3(text, p)
		if !ok || !isBullet(r) {
			return listNone, p
		}
		end = p + 3
		q, _ := skipSpace(text, end)
		if c := text[min(q, n-1)]; q < n && (isDigit(c) || isLetter(c)) {
			if k, e := markerAt(text, q, false); k != listNone {
				end = e
			}
		}
		return listBullet, end
	}
	if c == '(' {
		// "(1)", "(12)", "(a)": one or two digits or a lowercase
		// letter in parentheses, then a space.
		q := p + 1
		for q < n && q-p <= 3 && isDigit(text[q]) {
			q++
		}
		if q == p+1 && q < n && isLower(text[q]) {
			q++
		}
		if q > p+1 && q-p <= 3 && q+1 < n && text[q] == ')' && (text[q+1] == ' ' || text[q+1] == '\t') {
			return listEnclosed, q + 1
		}
		return listNone, p
	}
	if c == '-' || c == '*' {
		if asciiBullets && p+1 < n && (text[p+1] == ' ' || text[p+1] == '\t') {
			return listBullet, p + 1
		}
		return listNone, p
	}
	q := p
	if isDigit(c) {
		for q < n && q-p < 4 && isDigit(text[q]) {
			q++
		}
		if q-p > 3 {
			return listNone, p
		}
	} else if isLetter(c) {
		q++
		if q < n && isLetter(text[q]) {
			return listNone, p
		}
	} else {
		return listNone, p
	}
	if q >= n {
		return listNone, p
	}
	digits := isDigit(c)
	switch text[q] {
	case ')':
		if !digits && !isLetter(c) {
			return listNone, p
		}
		if digits {
			return listNumParen, q + 1
		}
		return listLetterParen, q + 1
	case '.':
		if q+1 < n && text[q+1] == ')' {
			if digits {
				return listNumDotParen, q + 2
			}
			return listNone, p
		}
		if q+1 < n && (text[q+1] == ' ' || text[q+1] == '\t') {
			if digits {
				return listNumDot, q + 1
			}
			if c >= 'a' && c <= 'z' {
				return listLetterDot, q + 1
			}
		}
	}
	return listNone, p
}

// abbrevByte holds the bytes of the word before a period: ASCII letters,
// digits and periods.
var abbrevByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isLetter(byte(c)) || isDigit(byte(c)) || c == '.'
	}
	return t
}()

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isLower(c byte) bool  { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }

// Kinds of the token after a candidate boundary.
const (
	nextEnd   = iota // nothing follows
	nextLower        // a lowercase letter
	nextUpper        // a capital or a letter without case
	nextDigit        // a digit
	nextOther        // anything else
)

// nextToken describes what follows a candidate boundary.
type nextToken struct {
	kind int
	para bool // a blank line lies between
	dash bool // a dash comes first ("N.H. -- The")
	at   int  // the first byte after the white space (skipSpace)
	pos  int  // where the next word starts
}

// word returns the ASCII letters of the next word, at most 16, when it
// starts with an ASCII capital, or "". Few periods need it: it is read
// only then.
func (t nextToken) word(text string) string {
	p := t.pos
	if t.kind != nextUpper || !isUpper(text[p]) {
		return ""
	}
	q := p + 1
	for q < len(text) && q-p < 16 && isLetter(text[q]) {
		q++
	}
	return text[p:q]
}

// closerAt returns the size of the closing quotation mark or bracket at i, or 0.
// It is small enough to be inlined.
func closerAt(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		return int(asciiCloser[c])
	}
	return closerRuneAt(text, i)
}

// asciiCloser and asciiOpener hold 1 for the ASCII closing and opening
// quotation marks and brackets, asciiSpace for the ASCII white space that
// is not a line end. Arrays, not pointers to them: an index of one is a
// single load, with no load of the pointer first.
var (
	asciiCloser = asciiSet(`"')]}`)
	asciiOpener = asciiSet(`"'([{`)
	asciiSpace  = asciiSet(" \t\v\f")
)

func asciiSet(chars string) (t [utf8.RuneSelf]uint8) {
	for i := 0; i < len(chars); i++ {
		t[chars[i]] = 1
	}
	return t
}

// closerRuneAt is closerAt for a byte above ASCII at i. The marks are
// of two bytes from 0xC2 or three from 0xE2, 0xE3 or 0xEF, decoded
// inline (decode3), not by utf8.DecodeRuneInString (TestCloserRuneAt).
func closerRuneAt(text string, i int) int {
	switch text[i] {
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0xBB { // »
			return 2
		}
	case 0xE2, 0xE3, 0xEF:
		r, ok := decode3(text, i)
		if !ok {
			return 0
		}
		switch r {
		case '”', '’', '›', '」', '』', '＂', '）', '〉', '》', '“':
			return 3
		}
	}
	return 0
}

// openerAt returns the size of the opening quotation mark or bracket at i, or 0.
// It is small enough to be inlined.
func openerAt(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		return int(asciiOpener[c])
	}
	return openerRuneAt(text, i)
}

// openerRuneAt is openerAt for a byte above ASCII at i, decoded as in
// closerRuneAt (TestCloserRuneAt).
func openerRuneAt(text string, i int) int {
	switch text[i] {
	case 0xC2:
		if i+1 < len(text) {
			switch text[i+1] {
			case 0xAB, 0xBF, 0xA1: // « ¿ ¡
				return 2
			}
		}
	case 0xE2, 0xE3, 0xEF:
		r, ok := decode3(text, i)
		if !ok {
			return 0
		}
		switch r {
		case '“', '‘', '‹', '„', '‚', '「', '『', '＂', '（', '〈', '《':
			return 3
		}
	}
	return 0
}

// peekNext classifies what follows white space from k.
func peekNext(text string, k int) nextToken {
	p, para := skipSpace(text, k)
	t := nextToken{para: para, at: p}
	for p < len(text) {
		sz := openerAt(text, p)
		if sz == 0 {
			// Dashes between: "“Wrong!” — he said".
			if sz = dashRun(text, p) - p; sz == 0 {
				break
			}
			t.dash = true
			p += sz
			p, _ = skipSpace(text, p)
			continue
		}
		p += sz
	}
	if p >= len(text) {
		return t
	}
	c := text[p]
	t.pos = p
	switch {
	case isLower(c):
		t.kind = nextLower
	case isUpper(c):
		t.kind = nextUpper
	case isDigit(c):
		t.kind = nextDigit
	case c < utf8.RuneSelf:
		t.kind = nextOther
	default:
		r, _ := utf8.DecodeRuneInString(text[p:])
		switch {
		case unicode.IsLower(r):
			t.kind = nextLower
		case unicode.IsLetter(r):
			t.kind = nextUpper
		case unicode.IsDigit(r), r == '§', r == '¶':
			// A section or paragraph sign stands before a number and
			// goes with it: "42 U.S.C. § 1983" as "Sec. 3".
			t.kind = nextDigit
		default:
			t.kind = nextOther
		}
	}
	return t
}

// sentScanner is the state of one sentences call.
type sentScanner struct {
	seg         *segmenter
	text        string // the input, cut at the end of the range
	dst         []Span
	tbl         *[256]uint8
	sStart      int // start of the current sentence, or -1
	markerEnd   int // end of the list marker opening it
	listKind    int
	lastTermEnd int  // end (after closing marks) of the last terminal run seen
	termAhead   int  // position of the next terminal mark, when computed; -1 before
	items       bool // the current sentence opens a line after a line that ended in ':' or after such an item
	plain       int  // the text before it holds no '!', '?', '\n' or '\r' (plainMask8)
	wrap        int  // the width, in runes, at which the text is hard-wrapped (wrapWidth), or 0
}

// sentences appends to dst the sentences of text[start:end], a paragraph or
// the part of one after its dateline, and returns the extended slice.
func (s *segmenter) sentences(text string, start, end int, dst []Span) []Span {
	return s.sentencesIn(text, start, end, start, dst)
}

// sentencesIn is sentences for a caller that knows that text[start:plain]
// holds no '!', no '?' and no line end ('\n', '\r'); plain ≤ start says
// nothing.
func (s *segmenter) sentencesIn(text string, start, end, plain int, dst []Span) []Span {
	sc := sentScanner{seg: s, dst: dst}
	sc.scan(text, start, end, plain)
	return sc.dst
}

// scan appends to sc.dst the sentences of text[start:end], as sentencesIn.
func (sc *sentScanner) scan(text string, start, end, plain int) {
	end = min(end, len(text))
	start = max(start, 0)
	if start >= end {
		return
	}
	sc.text, sc.tbl, sc.plain = text[:end], scanTable, min(plain, end)
	sc.sStart, sc.lastTermEnd, sc.termAhead = -1, -1, -1
	sc.items = false
	sc.run(start)
}

func (sc *sentScanner) run(i int) {
	text := sc.text
	n := len(text)
	i = sc.begin(i)
	for i < n {
		tbl := sc.tbl
		if tbl == scanTable {
			i = nextStop(text, i, sc.plain)
		}
		if i >= n {
			break
		}
		switch tbl[text[i]] {
		case bNone:
			// A byte the mask could not rule out (a continuation byte,
			// the last bytes of the text) or, in a list, any byte.
			i++
		case bTerm:
			i = sc.terminal(i)
		case bNL:
			i = sc.newline(i)
		case bSpace:
			i = sc.listSpace(i)
		default:
			i = sc.multi(i)
		}
	}
	if sc.sStart >= 0 {
		if e := trimRight(text, sc.sStart, n); e > sc.sStart {
			sc.dst = append(grow(sc.dst, e, len(sc.text)), Span{Start: sc.sStart, End: e})
		}
		sc.sStart = -1
	}
}

// nextStop returns the first position at or after i where the scanner
// outside lists (scanTable) must look at the byte, or len(text); it may
// stop early, at a byte the table passes. The text before plain holds no
// '!', no '?' and no line end. Eight bytes are tested at a time while none of them
// may matter, in rounds of four words before plain (a round's words are
// loaded without bounds checks); the last few bytes, fewer than eight, in
// the word that ends the text, shifted past the bytes before i. Before
// plain, the lead bytes of runes that never matter there (curly quotes,
// dashes, letters) are passed at once (plainStop).
func nextStop(text string, i, plain int) int {
	s := text[:plain]
	for ; i < len(s)-31; i += 32 {
		if m := plainMask8(load64(s[i:])); m != 0 {
			if p := plainStop(text, i, m); p >= 0 {
				return p
			}
		}
		if m := plainMask8(load64(s[i+8:])); m != 0 {
			if p := plainStop(text, i+8, m); p >= 0 {
				return p
			}
		}
		if m := plainMask8(load64(s[i+16:])); m != 0 {
			if p := plainStop(text, i+16, m); p >= 0 {
				return p
			}
		}
		if m := plainMask8(load64(s[i+24:])); m != 0 {
			if p := plainStop(text, i+24, m); p >= 0 {
				return p
			}
		}
	}
	for ; i < len(s)-7; i += 8 {
		if m := plainMask8(load64(s[i:])); m != 0 {
			if p := plainStop(text, i, m); p >= 0 {
				return p
			}
		}
	}
	n := len(text)
	for ; i < n-7; i += 8 {
		if m := stopMask8(load64(text[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	if i < n && n >= 8 {
		// The masks never miss a byte that matters, whatever the bytes
		// before it: a bit set for a byte before i, shifted out, leaves
		// at most a false stop.
		if m := stopMask8(load64(text[n-8:])) >> (8 * (i - (n - 8))); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		return n
	}
	return i
}

// plainStop returns the first byte flagged in m, plainMask8 of the eight
// bytes at i before plain, where the scanner must stop, or -1. plainMask8
// flags exactly the lead bytes before the first '.', and the '.', so each
// can be looked at in turn.
// Where no line end but \n can be, the lead bytes above ASCII that matter
// start '…', '‼' and '•' (E2 80 A6, E2 80 BC, E2 80 A2), the other marks of multi (E2 81,
// E3, EF) and truncated runes; multi passes every other one.
func plainStop(text string, i int, m uint64) int {
	for ; m != 0; m &= m - 1 {
		p := i + bits.TrailingZeros64(m)>>3
		switch text[p] {
		case 0xE2:
			if p+2 >= len(text) || text[p+1] != 0x80 || text[p+2] == 0xA6 || text[p+2] == 0xBC || text[p+2] == 0xA2 {
				return p
			}
		case 0xE3, 0xEF:
			return p
		default:
			if text[p] < utf8.RuneSelf {
				return p
			}
		}
	}
	return -1
}

// begin starts a sentence at the first non-space at or after i and returns
// the position to scan from.
func (sc *sentScanner) begin(i int) int {
	p, _ := skipSpace(sc.text, i)
	return sc.beginAt(p)
}

// beginAt is begin for a position p that skipSpace has returned.
func (sc *sentScanner) beginAt(p int) int {
	sc.listKind = listNone
	sc.tbl = scanTable
	if p >= len(sc.text) {
		sc.sStart = -1
		return len(sc.text)
	}
	sc.sStart = p
	if p+1 < len(sc.text) && isLetter(sc.text[p]) && isLetter(sc.text[p+1]) {
		sc.markerEnd = p // a word, the usual start: no list marker
		return p
	}
	sc.listKind, sc.markerEnd = markerAt(sc.text, p, true)
	if sc.listKind != listNone {
		sc.tbl = listTable
	}
	return p
}

// emit ends the current sentence at e.
func (sc *sentScanner) emit(e int) {
	if sc.sStart >= 0 && e > sc.sStart {
		sc.dst = append(grow(sc.dst, e, len(sc.text)), Span{Start: sc.sStart, End: e})
	}
	sc.sStart = -1
	sc.items = false
}

// multi handles a non-ASCII lead byte at i.
func (sc *sentScanner) multi(i int) int {
	text := sc.text
	// Most lead bytes here start curly quotes and dashes: rule them out
	// from the bytes before decoding.
	if i+1 < len(text) {
		switch c1 := text[i+1]; text[i] {
		case 0xC2:
			if c1 != 0x85 && (c1 != 0xA0 || sc.listKind == listNone) {
				return i + 1
			}
		case 0xE2:
			if i+2 < len(text) {
				c2 := text[i+2]
				if c1 == 0x80 && c2 != 0xA6 && c2 != 0xA8 && c2 != 0xA9 && c2 != 0xBC && c2 != 0xA2 && (c2 > 0x8B || sc.listKind == listNone) {
					return i + 1
				}
			}
		}
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？':
		return sc.terminal(i)
	case 0x85, 0x2028, 0x2029:
		return sc.newline(i)
	}
	if sc.listKind != listNone && isSpaceRune(r) {
		return sc.listSpace(i)
	}
	if sc.listKind == listNone && isBullet(r) && sc.sStart < i {
		// Items run in after a colon on one line ("Key points: •
		// Rates rise • Taxes fall"): the colon ends its sentence, as
		// at a line end, and each bullet opens an item (listSpace).
		if e := trimRight(text, sc.sStart, i); e < i && text[e-1] == ':' {
			sc.emit(e)
			return sc.beginAt(i)
		}
	}
	return i + size
}

// decode3 returns the rune of the three bytes at j, the first of them
// 0xE2, 0xE3 or 0xEF, and true; false when text ends before the third
// or the next two are not continuation bytes. With these first bytes
// every such sequence is valid UTF-8 (no surrogate, no overlong form):
// utf8.DecodeRuneInString returns the same rune, or a size of one where
// decode3 returns false (TestDecode3). Small enough to be inlined.
func decode3(text string, j int) (rune, bool) {
	if j+2 >= len(text) || text[j+1]&0xC0 != 0x80 || text[j+2]&0xC0 != 0x80 {
		return 0, false
	}
	return rune(text[j]&0x0F)<<12 | rune(text[j+1]&0x3F)<<6 | rune(text[j+2]&0x3F), true
}

// terminal handles a run of sentence-ending marks starting at i.
func (sc *sentScanner) terminal(i int) int {
	text := sc.text
	n := len(text)
	j := i
	dots := 0
	qe, spaced, ideo := false, false, false
	gap := -1 // the space of "bad. …"
run:
	for j < n {
		switch c := text[j]; c {
		case '.':
			dots++
			j++
		case '?', '!':
			qe = true
			j++
		case ' ':
			// ". . .", and "bad. …" as "bad. ...": one run of marks.
			if dots > 0 && j+1 < n && (text[j+1] == '.' || strings.HasPrefix(text[j+1:], "…")) {
				if dots == 1 && text[j+1] != '.' {
					gap = j
				}
				spaced = true
				j++
				continue
			}
			break run
		case 0xE2, 0xE3, 0xEF:
			// Decoded inline (decode3), not by a call, which would
			// keep the loop's values on the stack on every turn.
			r, ok := decode3(text, j)
			if !ok {
				break run // invalid UTF-8: no terminal mark
			}
			size := 3
			switch r {
			case '…':
				dots += 3
			case '‼', '⁇', '⁈', '⁉':
				qe = true
			case '。', '！', '？':
				ideo = true
			default:
				break run
			}
			j += size
		default:
			break run
		}
	}
	runEnd := j
	for j < n {
		sz := closerAt(text, j)
		if sz == 0 {
			break
		}
		j += sz
	}
	if j == runEnd && j < n {
		j = spacedGuillemet(text, j)
	}
	k := j
	sc.lastTermEnd = k
	if k >= n {
		return n
	}
	sp := spaceAt(text, k)
	if !ideo && sp == 0 && newlineAt(text, k) == 0 {
		if dots <= 1 && sc.glued(i, k) {
			if k-runEnd == 1 && text[runEnd] == '"' {
				k = runEnd // authorities."We: the straight quote opens the next sentence
			} else if k-runEnd >= 3 && text[k-3:k] == "“" {
				k -= 3 // Monday.“We, Monday.”“We: so does a left curly quote
			}
			sc.emit(k)
			return sc.begin(k)
		}
		return runEnd
	}
	next := peekNext(text, k+sp) // past the space that skipSpace would pass first
	if next.kind == nextEnd {
		return n
	}
	if gap >= 0 && next.kind == nextLower && sc.boundary(i, 1, false, false, false, nextToken{kind: nextUpper, at: k, pos: k}) {
		// "a grown-up. … he came": the period ends the sentence, the
		// ellipsis opens the next one, which goes on in lower case.
		sc.emit(gap)
		sc.beginAt(gap + 1)
		return k
	}
	if dots >= 3 && !qe && !next.para && sc.sStart >= 0 && sc.opensSentence(i) {
		// An ellipsis that opens the sentence marks words left out
		// before it ("bad. … It’s always", "“… There is"): it is no
		// sentence of its own.
		return k
	}
	if next.para || ideo || sc.boundary(i, dots, qe, spaced, k > runEnd, next) ||
		dots == 1 && !qe && sc.abbrevLineEnd(i, k, next) {
		sc.emit(k)
		return sc.beginAt(next.at)
	}
	return k
}

// abbrevLineEnd reports whether an abbreviation ending in the period at i
// (closing marks up to k) ends the sentence because it ends the line and
// the next line starts with a capital: "Talks stall as China snubs
// U.S.\nBeijing says" is a headline and a sub-headline, as any line
// before a capital is (lineBreaks). A title ("Sen.\nCruz"), an initial
// and a list marker still join.
func (sc *sentScanner) abbrevLineEnd(i, k int, next nextToken) bool {
	if next.kind != nextUpper || next.dash || i < sc.markerEnd {
		return false
	}
	text := sc.text
	p := k
	for p < next.at && newlineAt(text, p) == 0 {
		p++
	}
	if p == next.at {
		return false // no line end between
	}
	if sc.wrap > 0 && sc.softWrap(trimRight(text, sc.sStart, p), next.at) {
		return false // "the U.S.\nEmbassy" wrapped where the width ran out
	}
	ws, _ := abbrevWordStart(text, max(sc.sStart, i-40), i)
	return i-ws > 1 && sc.seg.abbrevs.lookup(text, ws, i) != abbrTitle
}

// boundary decides whether the terminal run at i ends the sentence.
func (sc *sentScanner) boundary(i, dots int, qe, spaced, closed bool, next nextToken) bool {
	text := sc.text
	if next.kind == nextLower && !camelAt(text, next.pos) {
		// A lowercase list marker opening the next line opens an item
		// ("the form.\nb. Pay the fee", "(b) pay"); any other
		// lowercase word goes on.
		if !lineStart(text, i, next.at) {
			return false
		}
		k, _ := markerAt(text, next.at, false)
		return k != listNone
	}
	if qe {
		// “Who is he?” Trump asked; but a quotation that a verb of
		// saying has introduced has its attribution: "He asked, “Why?”
		// Nobody replied." is two sentences.
		return !(closed && next.kind == nextUpper && speechFollows(text, next.pos) && !sc.introduced(i))
	}
	if dots >= 3 {
		if i > 0 && (text[i-1] == '[' || text[i-1] == '(') {
			return false // "[...]": an omission mark
		}
		return !(spaced && dots == 3)
	}
	if i < sc.markerEnd {
		return false // the period of a list marker
	}
	// The word before the period: ASCII letters, digits and periods, at
	// most 40 bytes.
	ws, dotted := abbrevWordStart(text, max(sc.sStart, i-40), i)
	word := text[ws:i]
	if ws > sc.sStart && (text[ws-1] == '\'' || (ws >= 3 && text[ws-3:ws] == "’")) {
		return true // "Trump's.", "don’t."
	}
	if ws > sc.sStart && (inURLTail(text[ws-1]) || letterBefore(text, ws)) {
		// Not a word but the end of one: of a web address, a query or
		// a path ("…/a.b?c=d. The"), or the ASCII letters after a
		// non-ASCII one ("fiancée. At", not "e." as in "p. 55").
		return true
	}
	if next.kind == nextLower {
		// A brand in camel case opens a sentence after an ordinary
		// word ("Sales rose. iPhone sales fell."), not after an
		// abbreviation or an initial ("Apple Inc. iPhone", "U.S. eBay").
		return ws == i || (len(word) > 1 && !(dotted && isInitialism(word)) &&
			sc.seg.abbrevs.lookup(text, ws, i) == abbrNone)
	}
	if ws == i {
		// "N°. 5"
		if i >= 3 && text[i-2:i] == "°" && text[i-3]|0x20 == 'n' && next.kind == nextDigit {
			return false
		}
		return true
	}
	if ws > sc.sStart {
		switch text[ws-1] {
		case '/', '=', '?', '#', '_', '@', '~', '%':
			// The tail of a web address or a path ("…/a.b?c=d. The"),
			// not a word of its own: no abbreviation ends there. (Not
			// after "&", which joins the letters of "S.&P.")
			return true
		}
	}
	switch sc.seg.abbrevs.lookup(text, ws, i) {
	case abbrTitle:
		return false
	case abbrAmbiguous:
		if next.kind == nextUpper && (closed && sc.quotedWord(ws, next) || quoteOpens(text, next)) {
			return true // “in the U.S.” “We”; in the U.S. “Trade is
		}
		return ambiguousEnds(text, next)
	case abbrUnit:
		return next.kind != nextDigit && !next.dash
	case abbrAnswer:
		if next.kind == nextUpper && (sc.quotedWord(ws, next) || quoteOpens(text, next)) {
			return true // “No.” “Maybe.”; "Did he win? No. Smith did."
		}
		return ambiguousEnds(text, next)
	case abbrPlace:
		// Not before a dash, or an agency and a dash, that close a
		// dateline: "SPRINGFIELD, Ill. (AP) — The".
		if next.kind == nextUpper && !next.dash && !agencyDash(text, next.at) && afterPlaceComma(text, sc.sStart, ws) {
			return true
		}
		return ambiguousEnds(text, next)
	case abbrTime:
		switch next.kind {
		case nextDigit:
			return false
		case nextUpper:
			if inSorted(sortedTimeFollowers, next.word(text)) || sc.frontedTime(ws) {
				return false
			}
		}
		return true
	}
	if len(word) == 1 {
		c := word[0]
		switch {
		case isUpper(c):
			if ws > sc.sStart && (isDigit(text[ws-1]) || (ws-sc.sStart >= 2 && text[ws-2:ws] == "°")) {
				return true // a unit, not an initial: "40°C.", "a 10K."
			}
			prevLower := sc.prevWordLower(ws)
			if c == 'I' && prevLower {
				return true
			}
			if next.kind != nextUpper {
				return false
			}
			if prevLower {
				return inSorted(sortedStarters, next.word(text))
			}
			return ws > sc.sStart && inSorted(sortedInitialEnders, next.word(text))
		case isLower(c):
			return false // "p. 55", "c. 1850"
		}
		return true
	}
	if dotted && isInitialism(word) {
		return ambiguousEnds(text, next)
	}
	if next.kind == nextDigit && isUpper(word[0]) && len(word) <= 5 && chapterVerse(text, next.pos) {
		// A book of scripture cited by chapter and verse ("Matt.
		// 5:9", "Deut. 6:4"): no sentence opens with "5:9".
		return false
	}
	return true
}

// chapterVerse reports whether a chapter and verse, one to three digits,
// a colon and one to three digits, start at p ("25:21").
func chapterVerse(text string, p int) bool {
	q := p
	for q < len(text) && q-p < 4 && isDigit(text[q]) {
		q++
	}
	if q == p || q-p > 3 || q+1 >= len(text) || text[q] != ':' || !isDigit(text[q+1]) {
		return false
	}
	r := q + 1
	for r < len(text) && r-q <= 4 && isDigit(text[r]) {
		r++
	}
	return r-q-1 <= 3
}

// lineStart reports whether p, after white space that follows i, opens a
// line: a '\n' or '\r' comes after the spaces and tabs before it.
func lineStart(text string, i, p int) bool {
	k := p - 1
	for k > i && (text[k] == ' ' || text[k] == '\t') {
		k--
	}
	return k > i && (text[k] == '\n' || text[k] == '\r')
}

// introduced reports whether the quotation that the terminal mark at i
// ends was introduced by a verb of saying and a comma or colon ("He
// asked, “Is that legal?”"). The opening mark is looked for at most
// maxIntroLook bytes back, within the sentence.
func (sc *sentScanner) introduced(i int) bool {
	text := sc.text
	lo := max(sc.sStart, i-maxIntroLook)
	o := i - 1
	for ; o >= lo; o-- {
		if c := text[o]; c == '"' || (c == 0xE2 || c == 0xC2) && openerAt(text, o) > 1 {
			break
		}
	}
	if o < lo {
		return false
	}
	p := o
	for p > lo && (text[p-1] == ' ' || text[p-1] == '\t') {
		p--
	}
	if p == lo || (text[p-1] != ',' && text[p-1] != ':') {
		return false
	}
	e := p - 1
	q := e
	for q > lo && e-q < 16 && isLower(text[q-1]) {
		q--
	}
	return inSorted(sortedSpeechVerbs, text[q:e])
}

// maxIntroLook bounds the look back of introduced for the opening mark.
const maxIntroLook = 400

// quotedWord reports, for a word at ws before a period and closing marks,
// whether the period ends a quotation rather than an abbreviation: the
// word is all the quotation or sentence holds ("“No.” Smith left.", "he
// said, “No.” Reporters") or an opening mark follows ("in the U.S.” “We").
// Then "No." is an answer, not "No. 5".
func (sc *sentScanner) quotedWord(ws int, next nextToken) bool {
	if next.at < next.pos && !next.dash {
		return true
	}
	return sc.opensSentence(ws)
}

// quoteOpens reports whether next starts with a quotation mark that
// opens (a double one, or a curly or low single one): a quotation after
// an abbreviation opens a sentence ("in the U.S. “Trade is key,” he
// said"); a bracket does not ("Acme Inc. (ACME) said").
func quoteOpens(text string, next nextToken) bool {
	if next.dash || next.at >= next.pos {
		return false
	}
	switch {
	case text[next.at] == '"':
		return true
	case next.at+3 <= len(text):
		switch text[next.at : next.at+3] {
		case "“", "‘", "„", "‚":
			return true
		}
	}
	return strings.HasPrefix(text[next.at:], "«")
}

// opensSentence reports whether the word at ws opens the sentence or a
// quotation: only opening marks lie before it.
func (sc *sentScanner) opensSentence(ws int) bool {
	text := sc.text
	switch {
	case ws == sc.sStart:
		return true
	case ws-sc.sStart >= 3 && openerAt(text, ws-3) == 3:
		return true
	case ws-sc.sStart >= 2 && openerAt(text, ws-2) == 2:
		return true
	}
	return openerAt(text, ws-1) == 1
}

// camelAt reports whether the lowercase word at p is in camel case: one
// or two lowercase letters, then a capital and a letter ("iPhone",
// "eBay", "iOS").
func camelAt(text string, p int) bool {
	q := p
	for q < len(text) && q-p < 3 && isLower(text[q]) {
		q++
	}
	return q > p && q-p <= 2 && q+1 < len(text) && isUpper(text[q]) && isLetter(text[q+1])
}

// spacedGuillemet returns the end of a closing guillemet set off by a
// space, as French writes it, after the terminal marks that end at j
// ("« Enfin ! » dit-il", "« Oui ! », dit-il"), or j. White space, the end
// or a punctuation mark must follow: "Ja. »Nej«" opens a Danish quotation.
func spacedGuillemet(text string, j int) int {
	g := j + spaceAt(text, j)
	if g == j {
		return j
	}
	var e int
	switch {
	case strings.HasPrefix(text[g:], "»"):
		e = g + len("»")
	case strings.HasPrefix(text[g:], "›"):
		e = g + len("›")
	default:
		return j
	}
	if e < len(text) && spaceAt(text, e) == 0 && newlineAt(text, e) == 0 {
		switch text[e] {
		case ',', ';', ':', '.', ')':
		default:
			return j
		}
	}
	return e
}

// letterBefore reports whether a letter above ASCII ends at ws.
func letterBefore(text string, ws int) bool {
	if ws <= 0 || text[ws-1] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:ws])
	return unicode.IsLetter(r)
}

// inURLTail reports whether c, the byte before a word, makes the word the
// end of a web address, a query or a path ("?id=d", "/a", "#x", "_b").
func inURLTail(c byte) bool {
	switch c {
	case '/', '=', '?', '#', '_', '%', '~':
		return true
	}
	return false
}

// abbrevWordStart returns the start of the word before a period at i:
// the run of abbrevByte bytes that ends at i, not before lo (lo ≤ i). It
// also reports whether the word may hold a period: false only when it
// holds none, so that isInitialism, which needs one, need not be asked.
// The word is followed back eight bytes at a time (nonAbbrev8), without a
// loop over its bytes whose exit, at every period, is a mispredicted
// branch; the first eight bytes of the text a byte at a time.
func abbrevWordStart(text string, lo, i int) (int, bool) {
	const high = 0x8080808080808080
	dotted := false
	for ; i >= 8; i -= 8 {
		m, dots := nonAbbrev8(load64(text[i-8:]))
		if b := lo - (i - 8); b > 0 {
			m |= high & (1<<(8*b) - 1) // the bytes before lo stop the word
		}
		if m != 0 {
			// The highest byte flagged is the last one before the word.
			z := bits.LeadingZeros64(m)
			return i - z>>3, dotted || dots&^(^uint64(0)>>z) != 0
		}
		dotted = dotted || dots != 0
	}
	ws := i
	for ws > lo && abbrevByte[text[ws-1]] {
		ws--
	}
	return ws, true
}

// nonAbbrev8 returns the high bits of the bytes of x that are not ASCII
// letters, digits or periods (not abbrevByte), exact on every byte, and
// those of the periods.
func nonAbbrev8(x uint64) (non, dots uint64) {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	v := x ^ ones*'.'
	// A byte of v is zero, a period, when neither its high bit nor, added
	// to 0x7F, its low seven bits set the high bit: no carry between bytes.
	dots = ^((v&^high + ones*0x7F) | v) & high
	return nonWordBytes8(x) &^ dots, dots
}

// afterPlaceComma reports whether the word at ws follows "Place, ": a
// comma after a capitalised word.
func afterPlaceComma(text string, lo, ws int) bool {
	if ws-2 <= lo || text[ws-1] != ' ' || text[ws-2] != ',' {
		return false
	}
	q := ws - 2
	for q > lo && ws-q < 40 && isLetter(text[q-1]) {
		q--
	}
	return q < ws-2 && isUpper(text[q])
}

// speechFollows reports whether the text at p is up to three capitalised
// words (a name, "Mr. Smith") and then a verb of saying: "Trump asked". A
// capitalised pronoun opens a new sentence unless the verb ends it: "“…?”
// He answered, “…”" is two sentences, "“Why?” He asked." one.
func speechFollows(text string, p int) bool {
	pronoun := false
	for w := 0; w < 7 && p < len(text); w++ {
		q := p
		for q < len(text) && q-p < 20 && (isLetter(text[q]) || isDigit(text[q]) || text[q] == '.' || text[q] == '-') {
			q++
		}
		word := text[p:q]
		if word == "" {
			return false
		}
		if isLower(word[0]) {
			return inSorted(sortedSpeechVerbs, trimDot(word)) && (!pronoun || word[len(word)-1] == '.')
		}
		if w == 0 {
			switch word {
			case "He", "She", "They", "It", "We", "I", "You":
				pronoun = true
			}
		}
		// A name takes an age or a party and state set off by commas
		// ("Sen. Ann Lee, D-Ohio, shouted"), all capitalised or numbers.
		if q < len(text) && text[q] == ',' && !pronoun {
			q++
		}
		if q >= len(text) || text[q] != ' ' {
			return false
		}
		p = q + 1
	}
	return false
}

// glued reports a sentence end with the space missing: a word of two or
// more letters or a number, then a terminal mark at i (closing marks up to
// k), then a capitalised word ("Tuesday.Mr. Smith", "1,000.That is").
// Abbreviations, initialisms, e-mail addresses, domains and file names do
// not qualify.
func (sc *sentScanner) glued(i, k int) bool {
	text := sc.text
	if k >= len(text) || !isUpper(text[k]) || i-sc.sStart < 2 {
		return false
	}
	// The next word: a capital, lowercase letters, then a space or a
	// punctuation mark that can follow a word.
	q := k + 1
	for q < len(text) && isLower(text[q]) {
		q++
	}
	if q == k+1 {
		return false
	}
	if q < len(text) {
		switch text[q] {
		case ' ', ',', ';', ':', '\'', '"', '\n', '\r', '\t', 0xE2:
		case '.':
			if q+1 < len(text) && text[q+1] != ' ' && text[q+1] != '\n' {
				return false
			}
		default:
			return false
		}
	}
	// The word before.
	ws := i
	for ws > sc.sStart && i-ws < 40 {
		c := text[ws-1]
		if !isLetter(c) && !isDigit(c) && c != '.' && c != ',' {
			break
		}
		ws--
	}
	word := text[ws:i]
	if len(word) < 2 || !(isLower(word[len(word)-1]) || isDigit(word[len(word)-1])) {
		return false
	}
	for j := 0; j < len(word); j++ {
		if word[j] == '.' {
			return false
		}
	}
	if ws > sc.sStart {
		switch text[ws-1] {
		case '@', '/', '_', '-', '\\', '=', '#':
			return false
		}
	}
	return sc.seg.abbrevs.lookup(text, ws, i) == abbrNone
}

// ambiguousEnds is the rule for an ambiguous abbreviation followed by next.
func ambiguousEnds(text string, next nextToken) bool {
	switch next.kind {
	case nextDigit:
		return false
	case nextUpper:
		return !next.dash && inSorted(sortedStarters, next.word(text))
	}
	return !next.dash
}

// isInitialism reports whether w is letters in groups of one or two
// separated by periods: "U.S", "H.W", "Ph.D".
func isInitialism(w string) bool {
	groups, run := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if run == 0 {
				return false
			}
			groups++
			run = 0
		case isLetter(c):
			run++
			if run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return run > 0 && groups >= 1
}

// prevWordLower reports whether the word before position ws (in the current
// sentence) starts with a lowercase letter.
func (sc *sentScanner) prevWordLower(ws int) bool {
	text := sc.text
	p := ws
	for p > sc.sStart && (text[p-1] == ' ' || text[p-1] == '\t') {
		p--
	}
	if p == ws {
		return false
	}
	q := p
	for q > sc.sStart && p-q < 40 && isLetter(text[q-1]) {
		q--
	}
	return q < p && isLower(text[q])
}

// frontedTime reports whether the sentence up to ws is a short phrase
// opened by a time preposition ("At 5 a.m.").
func (sc *sentScanner) frontedTime(ws int) bool {
	text := sc.text
	if ws-sc.sStart > 40 {
		return false
	}
	q := sc.sStart
	for q < ws && isLetter(text[q]) {
		q++
	}
	if !inSorted(sortedTimeOpeners, text[sc.sStart:q]) {
		return false
	}
	spaces := 0
	for p := q; p < ws; p++ {
		if text[p] == ' ' {
			spaces++
		}
	}
	return spaces <= 4
}

// continuation words: a line ending in one of these continues on the next.
func endsInFunctionWord(text string, lo, e int) bool {
	q := e
	for q > lo && e-q < 6 && isLower(text[q-1]) {
		q--
	}
	if q > lo && isLetter(text[q-1]) {
		return false
	}
	switch text[q:e] {
	case "a", "an", "the", "of", "and", "or", "but", "to", "in", "on", "at", "by",
		"for", "with", "from", "that", "as", "is", "was", "are", "were", "be",
		"his", "her", "their", "its", "our", "my", "your", "this", "than", "into", "nor":
		return true
	}
	return false
}

// newline handles a line end at i inside a sentence.
func (sc *sentScanner) newline(i int) int {
	text := sc.text
	nl := newlineAt(text, i)
	if nl == 0 {
		return i + 1
	}
	if sc.sStart < 0 {
		return sc.begin(i + nl)
	}
	p, blank := skipSpace(text, i)
	if p >= len(text) {
		return len(text)
	}
	prevEnd := trimRight(text, sc.sStart, i)
	if prevEnd <= sc.sStart {
		return p
	}
	items := false
	if !blank {
		if prevEnd == sc.lastTermEnd {
			return p // the terminal mark there has been decided
		}
		if !sc.lineBreaks(prevEnd, p) {
			return p
		}
		// A line that ends in a colon opens a block of items, one a
		// line, which goes on while each item ends its line.
		items = text[prevEnd-1] == ':' || sc.items
	}
	sc.emit(prevEnd)
	p = sc.beginAt(p)
	sc.items = items
	return p
}

// lineBreaks decides whether a single line end between a line ending at
// prevEnd and the next starting at p ends the sentence.
func (sc *sentScanner) lineBreaks(prevEnd, p int) bool {
	text := sc.text
	// A bullet opens an item whatever ends the line before ("• raise
	// wages;\n• cut fees"), as does a marker of the kind that opened this
	// item ("1. Taxes,\n2. Fees").
	if k, _ := markerAt(text, p, sc.listKind == listBullet); k == listBullet || (k != listNone && k == sc.listKind) {
		return true
	}
	switch text[prevEnd-1] {
	case ',':
		// A line that ends in a comma goes on, unless it is the
		// closing of a letter alone on its line ("Sincerely,\nAnn
		// Lee"), which the signature follows.
		if prevEnd-sc.sStart > maxValediction+1 || !inSorted(sortedValedictions, text[sc.sStart:prevEnd-1]) {
			return false
		}
	case ';', '-', '&', '/', '(', '[':
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(text[sc.sStart:prevEnd]); r == '–' || r == '—' {
		return false
	}
	// In hard-wrapped text a line that the next word would have
	// overflowed ends where the width ran out, not where its sentence
	// does: the line end is a space. A number and a period opening the
	// next line are still a list marker; a hyphen and a space are a dash
	// there ("said the mayor\n- a Democrat - on Monday"). A byline line
	// after a headline as wide as the text is no wrap.
	soft := sc.wrap > 0 && sc.softWrap(prevEnd, p) && !bylineLine(text, p)
	if k, _ := markerAt(text, p, !soft); k != listNone {
		return true
	}
	if soft {
		return false
	}
	if endsInFunctionWord(text, sc.sStart, prevEnd) {
		return false
	}
	if peekNext(text, p).kind != nextLower || bylineLine(text, p) {
		return true
	}
	if sc.items && text[prevEnd-1] != ':' {
		// An item in a block of items after a colon ends its line,
		// though the next starts in lower case ("includes:\n40 new
		// buses\na fare cap").
		return true
	}
	// A lowercase line continues the sentence, unless no terminal mark
	// follows in the rest of the text: then the lines are a list of items
	// or headings ("features\ncontact manager\nevents, activities").
	if sc.termAhead < p {
		sc.termAhead = nextTerminal(text, p)
	}
	return sc.termAhead >= len(text)
}

// Hard-wrapped text (e-mail, wire copy, plain-text archives) has a line
// end wherever a line reached the width it was wrapped to, inside
// sentences and before capitals ("said council\nPresident Ann Lee"). Lines
// between minWrapWidth and maxWrapWidth runes are looked at.
const (
	minWrapWidth = 40  // narrower: lists, verse, code, newspaper columns
	maxWrapWidth = 120 // wider: paragraphs or sentences a line
)

// wrapWidth returns the width, in runes, to which the paragraphs of text
// are hard-wrapped, or 0 when they are not. It reads the inner lines of
// paragraphs (those a single line end follows) in bands (W - W/4, W]: the
// text is wrapped at W when the band holds two lines at least, a third of
// them go on in lower case on the next line (words in lower case, most of
// those of prose, open most wrapped lines; a list of headlines or items
// opens none) and at most a quarter of them, or one, are longer than W
// (a headline, a web address). lfOnly says that
// only '\n' ends lines. It is linear in the length of text and allocates
// nothing.
func wrapWidth(text string, paras []Span, lfOnly bool) int {
	var all, lower [maxWrapWidth + 2]int32 // counts of inner lines by length, cumulated below
	over := int32(0)                       // inner lines longer than maxWrapWidth
	for _, para := range paras {
		ls := para.Start
		for ls > 0 && (text[ls-1] == ' ' || text[ls-1] == '\t') {
			ls-- // the indent of the first line, which paragraphs trims
		}
		item, _ := markerAt(text, para.Start, true)
		for {
			le := para.End
			if lfOnly {
				le = indexFrom(text[:para.End], ls, '\n')
			} else {
				le = lineEnd(text, ls, para.End)
			}
			if le >= para.End {
				break
			}
			ns, _ := skipSpace(text, le) // a paragraph holds no blank line: ns < para.End
			next, _ := markerAt(text, ns, true)
			// List items end their lines whatever their length, and
			// may be longer than the width of the text around them:
			// the lines of a list are not counted.
			if n := runesIn(text, ls, trimRight(text, ls, le)); item != listNone || next != listNone {
			} else if n > maxWrapWidth {
				over++
			} else {
				all[n+1]++
				if isLower(text[ns]) {
					lower[n+1]++
				}
			}
			ls, item = le+max(newlineAt(text, le), 1), next
		}
	}
	for n := 1; n < len(all); n++ {
		all[n] += all[n-1]
		lower[n] += lower[n-1]
	}
	// all[n+1] and lower[n+1] count the lines of at most n runes. The
	// width is the narrowest whose band holds the most lines that go on
	// in lower case, the surest sign of a wrap: a list item or a headline
	// much longer than the width, which no lowercase line follows, does
	// not widen it.
	lc, width := int32(0), 0
	for w := minWrapWidth; w <= maxWrapWidth; w++ {
		if c := lower[w+1] - lower[w-w/4+1]; c > lc {
			lc, width = c, w
		}
	}
	if width == 0 {
		return 0
	}
	// The lines that go on in capitals may be a little wider: the
	// widest line up to a sixteenth wider is the width.
	for w := min(width+width/16, maxWrapWidth); w > width; w-- {
		if all[w+1] > all[w] {
			width = w
			break
		}
	}
	in := all[width+1] - all[width-width/4+1]
	longer := over + all[maxWrapWidth+1] - all[width+1]
	if in < 2 || 4*lc < in || longer > max(1, in/4) {
		return 0
	}
	return width
}

// runesIn returns the number of runes in text[i:j], an invalid byte
// counting as one.
func runesIn(text string, i, j int) int {
	n := 0
	for ; i < j; i++ {
		if text[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// softWrap reports whether, in a text hard-wrapped at sc.wrap runes, the
// line that ends at e (white space trimmed) was broken because the word at
// p, which opens the next line, would not have fit on it: the line is at
// most the width and at least half of it, and it, a space and the word
// are wider. A next line indented deeper opens a paragraph, except under
// a list item (a hanging indent). The line's start is looked for at most
// as many bytes back as the width can take, the word read as far ahead.
func (sc *sentScanner) softWrap(e, p int) bool {
	text := sc.text
	w := sc.wrap
	lo := max(0, e-utf8.UTFMax*(w+1))
	ls := e
	for ls > lo && text[ls-1] != '\n' && text[ls-1] != '\r' {
		ls--
	}
	if ls == lo && lo > 0 && text[lo-1] != '\n' && text[lo-1] != '\r' {
		return false // longer than the width
	}
	n := runesIn(text, ls, e)
	if n > w || 2*n < w {
		return false
	}
	indent := 0
	for ls+indent < e && (text[ls+indent] == ' ' || text[ls+indent] == '\t') {
		indent++
	}
	next := p
	for next > e && (text[next-1] == ' ' || text[next-1] == '\t') {
		next--
	}
	if p-next > indent && sc.listKind == listNone {
		return false
	}
	m := 0
	for q := p; q < len(text) && m <= w && text[q] != ' ' && text[q] != '\t' && newlineAt(text, q) == 0; q++ {
		if text[q]&0xC0 != 0x80 {
			m++
		}
	}
	if n+1+m <= w {
		return false
	}
	// The next line, read as far as the width can take: a wrap fills
	// every line of a paragraph but its last, so a short line that ends
	// no sentence and that another line follows is a line of its own
	// ("Headline\nAnn Bell\n3 Min Read"). A headline in title case goes on
	// in title case when it wraps, not in a sentence ("Bill Passes, Averting
	// Shutdown\nThe measure funds").
	ne := p
	for ne < len(text) && ne-p <= utf8.UTFMax*(w+1) && newlineAt(text, ne) == 0 {
		ne++
	}
	ne = trimRight(text, p, ne)
	if after, blank := skipSpace(text, ne); 2*runesIn(text, p, ne) < w && !blank && after < len(text) && !endsSentence(text, p, ne) {
		return false
	}
	if words, title := titleCase(text, ls, e); words >= 3 && title {
		_, title = titleCase(text, p, ne)
		return title
	}
	return true
}

// endsSentence reports whether text[lo:e] ends in a terminal mark, before
// any closing quotation marks and brackets.
func endsSentence(text string, lo, e int) bool {
	for e > lo {
		r, size := utf8.DecodeLastRuneInString(text[lo:e])
		switch r {
		case '.', '?', '!', '…':
			return true
		case '"', '\'', ')', ']', '”', '’', '»':
			e -= size
			continue
		}
		return false
	}
	return false
}

// titleCase returns the number of words of text[ls:e] and whether they
// are in title case: two thirds of them capitalised and none of four
// letters or more in lower case ("House Passes Stopgap Bill, Averting
// Shutdown for Now"). A line of three such words or more is a headline.
func titleCase(text string, ls, e int) (int, bool) {
	words, caps := 0, 0
	for i := ls; i < e; {
		for i < e && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		j := i
		for j < e && text[j] != ' ' && text[j] != '\t' {
			j++
		}
		if j == i {
			break
		}
		words++
		if upperAt(text, i) {
			caps++
		} else if isLower(text[i]) && j-i >= 4 {
			return words, false
		}
		i = j
	}
	return words, 3*caps >= 2*words
}

// bylineLine reports whether the line at p is a byline after a headline:
// "by" or "By", then one to six capitalised names joined by
// "and", "&" or commas, and the line end or the end of the text ("by Jane
// Roe and Li Wei"). A sentence broken before "by" goes on after the
// name ("signed\nby Gov. Ann Lee on Friday"), or on the next line in
// lower case.
func bylineLine(text string, p int) bool {
	if !strings.HasPrefix(text[p:], "by ") && !strings.HasPrefix(text[p:], "By ") {
		return false
	}
	p += len("by ")
	name := false // the last word read is a name
	for w := 0; w < 8 && p < len(text); w++ {
		q := p
		for q < len(text) && q-p < 24 && text[q] != ' ' && newlineAt(text, q) == 0 {
			q++
		}
		word := strings.TrimSuffix(text[p:q], ",")
		switch {
		case word == "and" || word == "&":
			name = false
		case word != "" && upperAt(word, 0):
			name = true
		default:
			return false
		}
		if q < len(text) && text[q] != ' ' && newlineAt(text, q) == 0 {
			return false // a word too long to be a name
		}
		for q < len(text) && text[q] == ' ' {
			q++
		}
		if q >= len(text) || newlineAt(text, q) > 0 {
			// Not when the next line goes on in lower case ("signed\nby
			// Lee\nand then").
			return name && (q >= len(text) || peekNext(text, q).kind != nextLower)
		}
		p = q
	}
	return false
}

// upperAt reports whether the rune at i in s is a capital letter.
func upperAt(s string, i int) bool {
	if s[i] < utf8.RuneSelf {
		return isUpper(s[i])
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// nextTerminal returns the position of the first '.', '?', '!' or '…' at or
// after p, or len(text).
func nextTerminal(text string, p int) int {
	for ; p < len(text); p++ {
		switch text[p] {
		case '.', '?', '!':
			return p
		case 0xE2:
			if p+2 < len(text) && text[p+1] == 0x80 && text[p+2] == 0xA6 {
				return p
			}
		}
	}
	return len(text)
}

// listSpace handles white space at i inside a sentence that opened with a
// list marker: a marker of the same kind after it starts a new sentence.
func (sc *sentScanner) listSpace(i int) int {
	text := sc.text
	p := i
	for p < len(text) {
		sz := spaceAt(text, p)
		if sz == 0 {
			break
		}
		p += sz
	}
	if p >= len(text) {
		return len(text)
	}
	if p <= sc.markerEnd {
		return p
	}
	kind, mEnd := markerAt(text, p, false)
	if kind != sc.listKind {
		return p
	}
	if kind == listNumDot || kind == listLetterDot {
		if nx := peekNext(text, mEnd); nx.kind == nextLower {
			return p
		}
	}
	sc.emit(trimRight(text, sc.sStart, i))
	return sc.begin(p)
}

// dateline returns the dateline that opens the text, if any:
// a place in capitals ("BAKU", "NEW YORK", "ST. LOUIS"), then optionally a
// region and a date after commas ("Azerbaijan", "April 22", "Jan. 3", "7th
// March, 2026"), and an agency in parentheses ("(Reuters)"), closed by a
// dash ("-", "--", "—") or, after a date, a period; an agency in
// parentheses may close it alone ("NEW DELHI, Jan 5 (PTI) The …"), and a
// wire between slashes may follow the date's period ("MOSCOW, February
// 14. /TASS/."). A place in title case needs an agency or a date. The span
// includes the closing dash or period.
func (s *segmenter) dateline(text string, paras []Span) (Span, bool) {
	// The dateline opens the first paragraph, or the second or third when
	// those before it are short: a headline, a byline. In a text whose
	// paragraphs are single lines (as scrapers join them), it may open
	// a line after such short lines; there it is a wire dateline, with
	// a place in capitals or an agency ("WASHINGTON —", "Washington
	// (CNN) --"), not "Clinton, April 22." that opens a sentence.
	lines := 0
	for i, para := range paras {
		if i > 2 {
			break
		}
		for start := para.Start; start < para.End && lines < maxDatelineLines; lines++ {
			if dl, ok := datelineAt(text, Span{Start: start, End: para.End}, start > para.Start); ok {
				return dl, true
			}
			e := lineEnd(text, start, min(para.End, start+maxDatelineLead+1))
			if e-start > maxDatelineLead {
				return Span{}, false
			}
			start, _ = skipSpace(text, e)
		}
	}
	return Span{}, false
}

// colonDatelineStory reports whether the text after a dateline closed by
// a colon ("KARACHI: …"), whose line runs from start to end, reads as a
// story, not as the turns of a transcript, whose first label has the
// dateline's shape ("TAPPER: And you …"): the line speaks in the third
// person until its first quotation mark (firstPerson), another line
// follows it, and no line opens with a label in capitals before a colon
// ("Q:", "MR. HOLT:"). It reads the text once, only for a dateline closed
// by a colon.
func colonDatelineStory(text string, start, end int) bool {
	if firstPerson(text[start:end]) {
		return false
	}
	lines := 0
	for i := end; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text) - i
		}
		if s, _ := skipSpace(text, i); s < i+j {
			lines++
			if capsLabel(text[s : i+j]) {
				return false
			}
		}
		i += j + 1
	}
	return lines > 0
}

// firstPerson reports whether s has a pronoun of the first or second
// person ("I", "we", "you", "our", "I’m") before its first double
// colonLabel reports whether w, the first word of a line before its
// colon, is a newsroom label ("BOOM:") or a title ("MR. HOLT:"): no
// dateline.
func colonLabel(w string) bool {
	var buf [maxFoldedWord]byte
	b, ok := foldInto(buf[:0], w)
	if !ok {
		k := strings.ToLower(w)
		return colonLabels[k] || titleWords[k].class == classTitle
	}
	return colonLabels[string(b)] || titleWords[string(b)].class == classTitle
}

// quotation mark: the words of a speaker, not a reporter's.
func firstPerson(s string) bool {
	w := -1 // the start of the word of ASCII letters being read
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isLetter(s[i]) {
			if w < 0 {
				w = i
			}
			continue
		}
		if w >= 0 {
			var buf [maxFoldedWord]byte
			if b, ok := foldInto(buf[:0], s[w:i]); ok { // else too long for a pronoun
				switch string(b) {
				case "i", "me", "my", "we", "us", "our", "you", "your":
					return true
				}
			}
			w = -1
		}
		if i < len(s) && (s[i] == '"' || strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "”")) {
			return false
		}
	}
	return false
}

// capsLabel reports whether line opens with one to four words in
// capitals (or one capital, "Q") and a colon, or with one capital and a
// period ("Q. Did you …"): a transcript's label.
func capsLabel(line string) bool {
	if len(line) > 2 && isUpper(line[0]) && line[1] == '.' && line[2] == ' ' {
		return true
	}
	words := 0
	for i := 0; i < len(line) && i < 48; i++ {
		c := line[i]
		switch {
		case c == ':':
			return words > 0 && words <= 4 && line[i-1] != ' '
		case c == ' ':
			if i == 0 || line[i-1] == ' ' {
				return false
			}
		case isUpper(c) || c == '.' || c == '\'' || c == '-':
			if i == 0 || line[i-1] == ' ' {
				words++
			}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(line[i:])
			if !unicode.IsUpper(r) {
				return false
			}
			if i == 0 || line[i-1] == ' ' {
				words++
			}
			i += size - 1
		default:
			return false
		}
	}
	return false
}

// A dateline is looked for at the start of the first maxDatelineLines
// lines of the first three paragraphs, while the lines before it are at
// most maxDatelineLead bytes long.
const (
	maxDatelineLines = 8
	maxDatelineLead  = 250
)

// lineEnd returns the position of the first line end (newlineAt) at or
// after i, or hi.
func lineEnd(text string, i, hi int) int {
	for ; i < hi; i++ {
		switch text[i] {
		case '\n', '\r', 0xC2, 0xE2:
			if newlineAt(text, i) > 0 {
				return i
			}
		}
	}
	return hi
}

// datelineAt returns the dateline opening para, if any. Inside a
// paragraph (inner), at the start of a line after its first, a place in
// title case needs an agency.
func datelineAt(text string, para Span, inner bool) (Span, bool) {
	t := text[:para.End]
	p := para.Start
	// The place: up to four words. Each is read once: the test of the
	// word after a space, which decides whether the place goes on, is
	// the reading of that word.
	caps := true
	words := 0
	q, allCaps, ok := placeWord(t, p)
	first := q // the end of the first word
	for ok && words < 4 {
		// The tags are in capitals: a first word in title case, that of
		// most paragraphs, is not looked up (TestDatelineTagsCaps).
		if words == 0 && allCaps && inSorted(sortedDatelineTags, t[p:q]) {
			return Span{}, false
		}
		caps = caps && allCaps
		words++
		p = q
		if p+1 < len(t) && t[p] == ' ' && isUpper(t[p+1]) {
			if q, allCaps, ok = placeWord(t, p+1); ok {
				p++
				continue
			}
		}
		break
	}
	if words == 0 {
		return Span{}, false
	}
	hasDate, hasAgency, parts := false, false, 0
	for parts < 3 && p+2 < len(t) && t[p] == ',' && t[p+1] == ' ' {
		if q, ok := datePart(t, p+2); ok {
			hasDate = true
			p = q
		} else if q := p + 6; hasDate && q <= len(t) && isDigit(t[p+2]) && isDigit(t[p+3]) && isDigit(t[p+4]) && isDigit(t[p+5]) && (q == len(t) || !isDigit(t[q])) {
			p = q // the year after the day and month: "7th March, 2026"
		} else if q, ok := regionPart(t, p+2); ok && !hasDate {
			p = q
		} else {
			break
		}
		parts++
	}
	if q, ok := agencyPart(t, p); ok {
		hasAgency = true
		p = q
	} else if q, ok := bareAgency(t, p); ok {
		hasAgency = true
		p = q
	} else if hasDate && p+2 < len(t) && t[p] == '.' && t[p+1] == ' ' && t[p+2] == '/' {
		// "MOSCOW, February 14. /TASS/.": a wire between slashes after
		// the date's period, closed by a period of its own.
		if q, ok := agencyPart(t, p+1); ok && q < len(t) && t[q] == '.' {
			hasAgency = true
			p = q
		}
	}
	if !caps && !hasAgency && (!hasDate || inner) {
		return Span{}, false
	}
	// The closing mark.
	end := -1
	q = p
	for q < len(t) && t[q] == ' ' {
		q++
	}
	if d := dashRun(t, q); d > q {
		end = d
	} else if hasDate && p < len(t) && t[p] == '.' {
		end = p + 1
	} else if hasDate && p > 0 && t[p-1] == '.' && p < len(t) && t[p] == ' ' {
		end = p // "Jan." closes the dateline itself
	} else if hasAgency && (hasDate || caps) && p > 0 && t[p-1] == ')' && p+1 < len(t) && t[p] == ' ' && (isUpper(t[p+1]) || openerAt(t, p+1) > 0) {
		end = p // "NEW DELHI, Jan 5 (PTI) The …": the agency closes it, with no mark after
	} else if caps && !inner && p+1 < len(t) && t[p] == ':' && t[p+1] == ' ' && !colonLabel(t[para.Start:first]) && colonDatelineStory(text, p+1, lineEnd(text, p+1, len(text))) {
		// "ISLAMABAD: The minister …", "NEW DELHI, Jan 5: …": the colon
		// of South Asian, Gulf and Malaysian papers. A speaker's label in a
		// transcript has the same shape ("TAPPER: Well, …"): dateline
		// takes it only in a story that goes on after its paragraph and
		// has no such labels (colonDatelineStory). A newsroom label
		// ("BOOM:", "STAT OF THE WEEK:") is none, nor a name with its
		// title ("MR. HOLT:").
		end = p + 1
	}
	if end < 0 && caps && !hasDate && !hasAgency && words <= 2 && !inner && p == len(t) && p == para.End && t[p-1] != '.' {
		// "ANKARA" alone, a paragraph of its own before the story, as
		// Anadolu writes it; a headline in capitals has more words, and
		// a label its period ("ABSTRACT.", "TOP STORIES.").
		if r, _ := skipSpace(text, p); r < len(text) {
			return Span{Start: para.Start, End: p}, true
		}
	}
	if end < 0 || end >= len(t) {
		return Span{}, false
	}
	if hasDate && t[end-1] == '.' {
		// "BAKU, Azerbaijan, May 14. By Ann Roe - Trend:": a byline with
		// the agency's credit after the date.
		end = bylineCredit(t, end)
		if end == len(t) {
			// The byline closes the paragraph, the story follows.
			if r, _ := skipSpace(text, end); end == para.End && r < len(text) {
				return Span{Start: para.Start, End: end}, true
			}
			return Span{}, false
		}
	}
	// "BOSTON —Standing": a dash may touch the first word.
	if spaceAt(t, end) == 0 && !(t[end-1] != '.' && (isUpper(t[end]) || openerAt(t, end) > 0)) {
		return Span{}, false
	}
	if r, _ := skipSpace(t, end); r >= len(t) {
		return Span{}, false
	}
	return Span{Start: para.Start, End: end}, true
}

// timestampLead returns where the sentence opens in para after a clock
// time and a dash that open it, as a live blog stamps its entries ("14:05
// — The coastguard says …", "2:15 p.m. – Police say …", "09.40 GMT -
// …"), or para.Start. No sentence opens with a time and a dash: the
// stamp is the writer's, as a dateline is, and no part of what anybody
// said.
func timestampLead(text string, para Span) int {
	t := text[:para.End]
	p := para.Start
	d := p
	for d < len(t) && d-p < 2 && isDigit(t[d]) {
		d++
	}
	if d == p || d+3 > len(t) || t[d] != ':' && t[d] != '.' || !isDigit(t[d+1]) || !isDigit(t[d+2]) {
		return para.Start // the common case: no digit first
	}
	q := d + 3
	if q < len(t) && t[q] == ' ' {
		q++
	}
	// "a.m.", "pm", "GMT": one short word of letters and periods.
	if w := q; w < len(t) && isLetter(t[w]) {
		for w < len(t) && w-q < 5 && (isLetter(t[w]) || t[w] == '.') {
			w++
		}
		if w < len(t) && t[w] == ' ' {
			q = w + 1
		}
	}
	e := dashRun(t, q)
	if e == q || e >= len(t) || t[e] != ' ' {
		return para.Start
	}
	for e < len(t) && t[e] == ' ' {
		e++
	}
	if e >= len(t) {
		return para.Start
	}
	return e
}

// laterDateline returns the dateline that opens para, a paragraph after
// the one that holds the text's first dateline, if it has a place in
// capitals or an agency (datelineAt with inner: "Paris, May 3." may open
// a sentence, "PARIS —" and "Paris (AP) —" do not).
func laterDateline(text string, para Span) (Span, bool) {
	if para.End-para.Start < 4 || !isUpper(text[para.Start]) {
		return Span{}, false // the common case, read in one byte
	}
	return datelineAt(text, para, true)
}

// placeWord reads a word of a dateline place at p: letters (and '.', '-',
// '\”) starting with a capital. It reports the end, whether all its letters
// are capitals (at least two), and whether it is a place word.
func placeWord(t string, p int) (int, bool, bool) {
	if p >= len(t) {
		return p, false, false
	}
	if r, _ := utf8.DecodeRuneInString(t[p:]); !unicode.IsUpper(r) {
		return p, false, false
	}
	q := p
	upper, lower := 0, 0
	for q < len(t) && q-p < 40 {
		c := t[q]
		if c < utf8.RuneSelf {
			switch {
			case isUpper(c):
				upper++
			case isLower(c):
				lower++
			case c == '.' || c == '-' || c == '\'':
			default:
				goto done
			}
			q++
			continue
		}
		// Non-ASCII letters (BOGOTÁ), and marks and format characters
		// inside a word (combining accents, zero-width spaces), which
		// change no letter's case.
		r, size := utf8.DecodeRuneInString(t[q:])
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		default:
			goto done
		}
		q += size
	}
done:
	allCaps := lower == 0 && upper >= 2
	if !allCaps && (lower == 0 || upper > 2) {
		return p, false, false
	}
	return q, allCaps, true
}

// regionPart reads one to three title-case words ("Azerbaijan", "Calif.",
// "D.C.", "South Korea").
func regionPart(t string, p int) (int, bool) {
	words := 0
	q := p
	e, allCaps, ok := placeWord(t, q) // each word read once, as in datelineAt
	for words < 3 {
		if !ok || (allCaps && !isInitialism(trimDot(t[q:e]))) {
			break
		}
		words++
		q = e
		if q+1 < len(t) && t[q] == ' ' && isUpper(t[q+1]) {
			if e, allCaps, ok = placeWord(t, q+1); ok {
				q++
				continue
			}
		}
		break
	}
	return q, words > 0
}

func trimDot(s string) string {
	if len(s) > 0 && s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}

// datePart reads a month and a day ("April 22", "Jan. 3", "Nov 26"),
// optionally with a year (", 2016"), or a day and a month in British and
// European order ("6 May", "14 June 2025").
func datePart(t string, p int) (int, bool) {
	if q, ok := dayFirst(t, p); ok {
		return q, true
	}
	// The month's letters, past any mark or format character inside it
	// (Ap\u200bril): the look-up key is built from the letters alone.
	q := p
	var buf [16]byte
	n := 0
	for q < len(t) && n < len(buf) {
		if isLetter(t[q]) {
			buf[n] = t[q]
			n++
			q++
			continue
		}
		if t[q] >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(t[q:]); unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) && n > 0 {
				q += size
				continue
			}
		}
		break
	}
	if !inSorted(sortedMonths, string(buf[:n])) {
		return p, false
	}
	if q < len(t) && t[q] == '.' {
		q++
	}
	if q >= len(t) || t[q] != ' ' {
		return p, false
	}
	q++
	d := q
	for q < len(t) && isDigit(t[q]) && q-d < 2 {
		q++
	}
	if q == d || (q < len(t) && isDigit(t[q])) {
		return p, false
	}
	if q+6 <= len(t) && t[q] == ',' && t[q+1] == ' ' && isDigit(t[q+2]) && isDigit(t[q+3]) &&
		isDigit(t[q+4]) && isDigit(t[q+5]) && (q+6 == len(t) || !isDigit(t[q+6])) {
		q += 6
	}
	return q, true
}

// dayFirst reads a day and a month at p, and a year after them: "6 May",
// "14 June 2025".
func dayFirst(t string, p int) (int, bool) {
	q := p
	for q < len(t) && isDigit(t[q]) && q-p < 2 {
		q++
	}
	if q > p && q+2 < len(t) {
		// An ordinal day: "7th March", "21st May".
		switch t[q : q+2] {
		case "st", "nd", "rd", "th":
			q += 2
		}
	}
	if q == p || q+1 >= len(t) || t[q] != ' ' || !isUpper(t[q+1]) {
		return p, false
	}
	m := q + 1
	e := m
	for e < len(t) && isLetter(t[e]) && e-m < 10 {
		e++
	}
	if !inSorted(sortedMonths, t[m:e]) {
		return p, false
	}
	if e < len(t) && t[e] == '.' {
		e++
	}
	if e+5 <= len(t) && t[e] == ' ' && isDigit(t[e+1]) && isDigit(t[e+2]) && isDigit(t[e+3]) && isDigit(t[e+4]) &&
		(e+5 == len(t) || !isDigit(t[e+5])) {
		e += 5
	}
	return e, true
}

// bareAgency reads an agency's name in capitals after a comma, closed by
// a dash: ", IRNA --", as some wires credit themselves after the place
// ("Tehran, IRNA -- The …"). Two to eight capitals.
func bareAgency(t string, p int) (int, bool) {
	if p+2 >= len(t) || t[p] != ',' || t[p+1] != ' ' {
		return p, false
	}
	q := p + 2
	for q < len(t) && isUpper(t[q]) && q-p-2 <= 8 {
		q++
	}
	if n := q - p - 2; n < 2 || n > 8 || q >= len(t) || t[q] != ' ' {
		return p, false
	}
	if d := dashRun(t, q+1); d == q+1 {
		return p, false
	}
	return q, true
}

// bylineCredit returns the end of a byline that closes with its agency's
// credit at p, after a dateline's date ("By Ann Roe - Trend:", on the
// same line or the next): "By", one to five words of a name in title
// case or capitals (and "and", "de", "van" between), a dash, one to three
// words of the agency and a colon. Else it returns p.
func bylineCredit(t string, p int) int {
	q := p
	for q < len(t) && (t[q] == ' ' || t[q] == '\r' || t[q] == '\n') && q-p < 3 {
		q++
	}
	if q+3 >= len(t) || t[q:q+3] != "By " {
		return p
	}
	q += 3
	words, dashed := 0, false
	for words < 8 && q < len(t) {
		w := q
		for q < len(t) && (isLetter(t[q]) || t[q] == '.' || t[q] == '-' || t[q] == '\'' || t[q] >= utf8.RuneSelf) {
			q++
		}
		if q == w || q >= len(t) || !upperAt(t, w) && !inSorted(sortedNameJoints, t[w:q]) {
			return p
		}
		words++
		if t[q] == ':' {
			if dashed && words >= 3 {
				return q + 1
			}
			return p
		}
		if t[q] != ' ' {
			return p
		}
		q++
		if d := dashRun(t, q); d > q {
			if words > 5 || d >= len(t) || t[d] != ' ' {
				return p
			}
			q = d + 1 // the agency's words follow
			dashed = true
		}
	}
	return p
}

// agencyPart reads " (Reuters)" style credits: a parenthesised name of up
// to 40 bytes of letters, spaces, '-', '/', '&' and '.'; or a press-release
// wire between slashes, " /PRNewswire/".
func agencyPart(t string, p int) (int, bool) {
	q := p
	if q < len(t) && t[q] == ' ' {
		q++
	}
	if q < len(t) && t[q] == '/' {
		// A press-release wire between slashes: "/PRNewswire/".
		q++
		start := q
		for q < len(t) && q-start <= 40 {
			if isLetter(t[q]) || isDigit(t[q]) || t[q] == '-' {
				q++
				continue
			}
			// Marks and format characters inside the name, which change
			// no letter ("/TA\u200bSS/").
			if r, size := utf8.DecodeRuneInString(t[q:]); t[q] >= utf8.RuneSelf && q > start && unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
				q += size
				continue
			}
			break
		}
		if q < len(t) && t[q] == '/' && q > start && isUpper(t[start]) {
			return q + 1, true
		}
		return p, false
	}
	if q >= len(t) || t[q] != '(' {
		return p, false
	}
	q++
	start := q
	for q < len(t) && q-start <= 40 {
		c := t[q]
		if c == ')' {
			if q == start || !isUpper(t[start]) || q == start+1 || t[start+1] == '-' {
				// Not an agency but a politician's party and
				// state: "Sen. Ann Lee (D-Ore.) —", "(R)".
				return p, false
			}
			return q + 1, true
		}
		if c >= utf8.RuneSelf {
			// Letters beyond ASCII, and marks and format characters
			// inside the name (Ky\u200bodo).
			r, size := utf8.DecodeRuneInString(t[q:])
			if !unicode.IsLetter(r) && !unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
				return p, false
			}
			q += size
			continue
		}
		if !isLetter(c) && c != ' ' && c != '-' && c != '/' && c != '&' && c != '.' {
			return p, false
		}
		q++
	}
	return p, false
}

// agencyDash reports whether an agency in parentheses and a dash follow
// at p, as they close a dateline ("(AP) —").
func agencyDash(t string, p int) bool {
	q, ok := agencyPart(t, p)
	if !ok {
		return false
	}
	for q < len(t) && t[q] == ' ' {
		q++
	}
	return dashRun(t, q) > q
}

// dashRun returns the end of a dash ("-", "--", "–", "—") at q, or q.
// The horizontal bar "―" (U+2015), which some sites print for the em
// dash ("WASHINGTON ― The …"), is one too, as isDash reads it.
func dashRun(t string, q int) int {
	e := q
	for e < len(t) {
		if t[e] == '-' {
			e++
			continue
		}
		if e+3 <= len(t) && t[e] == 0xE2 && t[e+1] == 0x80 && (t[e+2] == 0x93 || t[e+2] == 0x94 || t[e+2] == 0x95) {
			e += 3
			continue
		}
		break
	}
	if e-q > 6 {
		return q
	}
	return e
}
