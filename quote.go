package attribution

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file pairs quotation marks. One forward pass over each paragraph
// keeps a stack of open marks; whether a mark may open or close is decided
// from the characters on its two sides (the test goldmark applies to
// emphasis delimiters), and a closer pairs with the nearest compatible
// opener on the stack. Quotes may run over paragraphs in the two forms news
// uses: the wire convention (each paragraph reopens the mark, only the last
// closes) and the plain one (opened once, closed in a later paragraph).

// markFamily groups quotation marks that can pair with each other.
type markFamily uint8

const (
	famNone markFamily = iota
	famDouble
	famSingle
	famAngle       // « »
	famAngleSingle // ‹ ›
	famCorner      // 「 」
	famWhiteCorner // 『 』
)

// markRole is what a mark can do before its context is seen.
type markRole uint8

const (
	roleOpen    markRole = 1 << iota // an opening mark: “ ‘ „ ‚ 「 『
	roleClose                        // a closing mark: ” ’ 」 』
	roleEither                       // direction from context: " ' ＂ « » ‹ ›
	roleReverse                      // « » ‹ ›: usually opens (« ‹) or closes (» ›), reversed in Danish
)

// quoteMarks is the table of quotation marks recognised, with their family
// and role. Unicode's Pi/Pf categories do not tell direction (“ closes
// German „…“, » opens Danish »…«), so direction is decided from context.
var quoteMarks = []struct {
	r      rune
	family markFamily
	role   markRole
}{
	{'"', famDouble, roleEither},
	{'\'', famSingle, roleEither},
	{'\uFF02', famDouble, roleEither},                   // ＂ full-width
	{'\u201C', famDouble, roleOpen},                     // “ (also closes „ and sloppy “…“)
	{'\u201D', famDouble, roleClose},                    // ”
	{'\u201E', famDouble, roleOpen},                     // „
	{'\u201F', famDouble, roleOpen},                     // ‟
	{'\u2018', famSingle, roleOpen},                     // ‘
	{'\u2019', famSingle, roleClose},                    // ’ (also the apostrophe)
	{'\u201A', famSingle, roleOpen},                     // ‚
	{'\u00AB', famAngle, roleOpen | roleReverse},        // «
	{'\u00BB', famAngle, roleClose | roleReverse},       // »
	{'\u2039', famAngleSingle, roleOpen | roleReverse},  // ‹
	{'\u203A', famAngleSingle, roleClose | roleReverse}, // ›
	{'\u300C', famCorner, roleOpen},                     // 「
	{'\u300D', famCorner, roleClose},                    // 」
	{'\u300E', famWhiteCorner, roleOpen},                // 『
	{'\u300F', famWhiteCorner, roleClose},               // 』
}

// markEntities are the HTML character references of quotation marks,
// which text scraped from web pages keeps when it was escaped twice.
var markEntities = []struct {
	name string
	r    rune
}{
	{"&quot;", '"'}, {"&#34;", '"'}, {"&#x22;", '"'},
	{"&apos;", '\''}, {"&#39;", '\''}, {"&#x27;", '\''},
	{"&ldquo;", '\u201C'}, {"&#8220;", '\u201C'}, {"&#x201C;", '\u201C'}, {"&#x201c;", '\u201C'},
	{"&rdquo;", '\u201D'}, {"&#8221;", '\u201D'}, {"&#x201D;", '\u201D'}, {"&#x201d;", '\u201D'},
	{"&lsquo;", '\u2018'}, {"&#8216;", '\u2018'}, {"&#x2018;", '\u2018'},
	{"&rsquo;", '\u2019'}, {"&#8217;", '\u2019'}, {"&#x2019;", '\u2019'},
	{"&bdquo;", '\u201E'}, {"&#8222;", '\u201E'},
	{"&laquo;", '\u00AB'}, {"&#171;", '\u00AB'},
	{"&raquo;", '\u00BB'}, {"&#187;", '\u00BB'},
}

// markEntity returns the quotation mark that the character reference
// opening s stands for, and the reference's length; 0 when s opens with
// none.
func markEntity(s string) (rune, int) {
	if len(s) < 5 || s[1] != 'q' && s[1] != 'a' && s[1] != '#' && s[1] != 'l' && s[1] != 'r' && s[1] != 'b' {
		return 0, 0
	}
	for _, e := range markEntities {
		if strings.HasPrefix(s, e.name) {
			return e.r, len(e.name)
		}
	}
	return 0, 0
}

// markOf returns the family and role of r, or famNone. The marks from
// U+2018 to U+203F, the curly ones of news text, are read from
// punctMarks; the others are looked for in quoteMarks.
func markOf(r rune) (markFamily, markRole) {
	switch {
	case r == '"' || r == '\'':
	case uint32(r-0x2018) < uint32(len(punctMarks)):
		m := punctMarks[r-0x2018]
		return m.family, m.role
	case r < 0x00AB || (r > 0x00BB && r < 0x2018) || (r > 0x203A && r < 0x300C) || (r > 0x300F && r != 0xFF02):
		return famNone, 0
	}
	for _, m := range quoteMarks {
		if m.r == r {
			return m.family, m.role
		}
	}
	return famNone, 0
}

// punctMarks is quoteMarks for the runes from U+2018 to U+203F, indexed
// by r-0x2018 (famNone for the runes that are no mark); built once from
// it, never modified.
var punctMarks = func() (t [0x28]struct {
	family markFamily
	role   markRole
}) {
	for _, m := range quoteMarks {
		if k := m.r - 0x2018; k >= 0 && int(k) < len(t) {
			t[k].family, t[k].role = m.family, m.role
		}
	}
	return t
}()

// typewriterMark stands for two apostrophes used as a double quotation
// mark (”…”), as in some newspaper archives. They pair only with each
// other. Annotated news corpora (PolNeAR among them) do not count them as
// quotation marks: a quotation in them is reported as reported speech
// (Indirect) whose content includes the marks, so that the speaker and cue
// are still found by the rules for direct quotations.
const typewriterMark rune = -2

// maxQuoteDepth caps the nesting of open quotation marks. Marks past it are
// treated as text and the Document is marked Truncated.
const maxQuoteDepth = 32

// qspan is a top-level quotation: the text between a pair of marks, or
// between an opening mark and the end of its paragraph.
type qspan struct {
	open, openEnd   int // the opening mark
	close, closeEnd int // the closing mark; close == closeEnd == end of content when unclosed
	start, end      int // the content, marks excluded
	parts           []Span
	closed          bool
	single          bool // straight or curly single marks
	typewriter      bool // two apostrophes: see typewriterMark
	seq             int  // the number of its opening mark in text order
}

type openMark struct {
	pos, end int
	r        rune
	family   markFamily
	seq      int // the opener's number in text order
}

// charClass is the kind of character beside a mark.
type charClass uint8

const (
	ccSpace  charClass = iota // white space, or the edge of the paragraph
	ccOpenP                   // opening punctuation and dashes: ( [ { — – - /
	ccCloseP                  // closing and sentence punctuation: ) ] } . , ; : ! ? …
	ccQuote                   // another quotation mark
	ccLetter                  // letters
	ccDigit                   // digits
	ccOther                   // anything else
)

// asciiClass is the class of each ASCII character (see classify); built
// once, never modified.
var asciiClass = func() (t [utf8.RuneSelf]charClass) {
	for r := range rune(len(t)) {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
			t[r] = ccSpace
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			t[r] = ccLetter
		case '0' <= r && r <= '9':
			t[r] = ccDigit
		case r == '(' || r == '[' || r == '{' || r == '-' || r == '/':
			t[r] = ccOpenP
		case r == ')' || r == ']' || r == '}' || r == '.' || r == ',' || r == ';' || r == ':' || r == '!' || r == '?':
			t[r] = ccCloseP
		case r == '"' || r == '\'':
			t[r] = ccQuote
		default:
			t[r] = ccOther
		}
	}
	return t
}()

// classify returns the class of r, a character beside a mark; a
// negative r (no character: the edge of the paragraph) is a space. Small
// enough to be inlined for ASCII, the common case.
func classify(r rune) charClass {
	if uint32(r) < utf8.RuneSelf {
		return asciiClass[r]
	}
	return classifyRune(r)
}

// classifyRune is classify above ASCII, and for a negative r.
func classifyRune(r rune) charClass {
	switch {
	case r < 0:
		return ccSpace
	case unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF || 0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069 || r == 0x200E || r == 0x200F:
		return ccSpace // and the invisible marks of direction: U+202A–202E, U+2066–2069, LRM, RLM
	case r == 0x2014 || r == 0x2013 || r == 0x2015 || r == 0x2012:
		return ccOpenP
	case r == 0x2026:
		return ccCloseP
	}
	if f, _ := markOf(r); f != famNone {
		return ccQuote
	}
	if unicode.IsLetter(r) || unicode.IsMark(r) {
		return ccLetter
	}
	if unicode.IsDigit(r) {
		return ccDigit
	}
	return ccOther
}

// compatible reports whether closer c can close opener o.
func compatible(o openMark, c rune, cfam markFamily) bool {
	if o.r == typewriterMark || c == typewriterMark {
		return o.r == c
	}
	switch o.r {
	case '"', '\uFF02', '\u201C', '\u201D', '\u201E', '\u201F':
		return cfam == famDouble
	case '\'', '`':
		return c == '\'' || c == '\u2019'
	case '\u2018':
		return c == '\u2019' || c == '\''
	case '\u201A':
		return c == '\u2018' || c == '\u2019'
	case '\u00AB':
		return c == '\u00BB'
	case '\u00BB':
		return c == '\u00AB'
	case '\u2039':
		return c == '\u203A'
	case '\u203A':
		return c == '\u2039'
	case '\u300C':
		return c == '\u300D'
	case '\u300E':
		return c == '\u300F'
	}
	return false
}

// runeBefore returns the rune ending at i within [lo, i), or -1 at lo.
func runeBefore(text string, lo, i int) rune {
	if i <= lo {
		return -1
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return rune(c) // ASCII, with no call
	}
	r, _ := utf8.DecodeLastRuneInString(text[lo:i])
	return r
}

// runeAt returns the rune starting at i within [i, hi), or -1 at hi.
func runeAt(text string, i, hi int) rune {
	if i >= hi {
		return -1
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c) // ASCII, with no call
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return r
}

// quoteScanner pairs the quotation marks of a document, paragraph by
// paragraph.
type quoteScanner struct {
	text     string
	stack    []openMark
	pairs    []qspan // closed and unclosed quotations, nested ones included
	carry    qspan   // a quotation left open at the end of the previous paragraph, when carrying
	carrying bool
	reopened bool // the current paragraph reopened the carried quotation
	opened   int  // openers pushed so far: the next opener's seq
	// parts holds the parts of the quotations that run over paragraphs,
	// one array for the text: the carried quotation's, still growing,
	// are parts[from:], after those of the quotations finished before
	// it, which hold full slices of them (finish).
	parts []Span
	from  int
	// dropped counts, by family, the openers dropped past maxQuoteDepth in
	// this paragraph, so that their closers are text as well.
	dropped   [famWhiteCorner + 1]int
	truncated bool
}

// scanParagraph pairs the marks of text[ps:pe].
func (s *quoteScanner) scanParagraph(ps, pe int) {
	text := s.text
	s.stack = s.stack[:0]
	i := ps
	if s.carrying {
		// Wire convention: the paragraph reopens the quotation.
		r, size := utf8.DecodeRuneInString(text[i:pe])
		if s.carry.typewriter {
			r, size = typewriterMark, 2
		}
		if s.carry.typewriter && (strings.HasPrefix(text[i:pe], "''") || strings.HasPrefix(text[i:pe], "``")) && classify(runeAt(text, i+2, pe)) != ccSpace ||
			!s.carry.typewriter && s.reopens(r, size, i, pe) {
			s.parts = append(s.parts, Span{Start: i + size, End: i + size})
			s.reopened = true
			i += size
		} else {
			// Plain convention: a closer with nothing to close ends it.
			s.parts = append(s.parts, Span{Start: i, End: i})
			s.reopened = false
		}
		cr := runeAt(text, s.carry.open, len(text))
		if s.carry.typewriter {
			cr = typewriterMark
		}
		s.stack = append(s.stack, openMark{pos: s.carry.open, end: s.carry.openEnd, r: cr, family: famNone})
	}
	tick := tickFrom(text, i, pe)
	for i < pe {
		m := markFrom(text, i, pe)
		if tick < min(m, pe) {
			// Grave accents, rare, which markFrom does not look for:
			// ``…'' and `…' (TeX's convention, and that of some news
			// archives) open quotations.
			i = s.graves(tick, ps, pe)
			tick = tickFrom(text, i, pe)
			continue
		}
		if i = m; i >= pe {
			break
		}
		c := text[i]
		if c == '&' {
			// A character reference left in scraped text: &quot;,
			// &#8220;, &rsquo; stand for the marks they name.
			if r, n := markEntity(text[i:pe]); n > 0 {
				fam, role := markOf(r)
				s.mark(i, i+n, r, fam, role, ps, pe)
				i += n
				continue
			}
		}
		if c < utf8.RuneSelf && c != '"' && c != '\'' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c == 0xE2 && i+2 < pe && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
			// U+2000 to U+2FFF, the curly marks among them, decoded
			// here: every such sequence is valid UTF-8.
			r, size = rune(c&0x0F)<<12|rune(text[i+1]&0x3F)<<6|rune(text[i+2]&0x3F), 3
		} else if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:pe])
		}
		fam, role := markOf(r)
		if fam == famNone {
			i += size
			continue
		}
		if c == '\'' && i+1 < pe && text[i+1] == '\'' {
			// Two apostrophes standing for a double mark: ''…'', the
			// typewriter convention of some archives (see typewriterMark).
			j := i + 2
			if j < pe && text[j] == '\'' {
				for j < pe && text[j] == '\'' {
					j++
				}
				if j-i == 3 {
					// A single mark beside a double one, as in ''… 'a
					// special case,''' or '''We'll …: the single goes
					// inside the double.
					sf, sr := markOf('\'')
					if pc := classify(runeBefore(text, ps, i)); pc == ccSpace || pc == ccOpenP {
						s.mark(i, i+2, typewriterMark, famDouble, roleEither, ps, pe)
						s.mark(i+2, j, '\'', sf, sr, ps, pe)
					} else {
						s.mark(i, i+1, '\'', sf, sr, ps, pe)
						s.mark(i+1, j, typewriterMark, famDouble, roleEither, ps, pe)
					}
				}
				i = j // four or more: not a mark
				continue
			}
			s.mark(i, j, typewriterMark, famDouble, roleEither, ps, pe)
			i = j
			continue
		}
		// An apostrophe between ASCII letters or digits (don't,
		// Ardern’s), most single marks: what mark would find from the
		// bytes on its two sides, without the call.
		if (r == '\'' || r == '\u2019') && i > ps && i+size < pe && isWordByte(text[i-1]) && isWordByte(text[i+size]) {
			i += size
			continue
		}
		s.mark(i, i+size, r, fam, role, ps, pe)
		i += size
	}
	s.endParagraph(ps, pe)
}

// tickFrom returns the offset of the first grave accent (`) in
// text[i:pe], or pe.
func tickFrom(text string, i, pe int) int {
	if k := strings.IndexByte(text[i:pe], '`'); k >= 0 {
		return i + k
	}
	return pe
}

// graves handles the run of grave accents at i in the paragraph [ps, pe)
// and returns the offset after it. Two of them open a quotation closed by
// two apostrophes, as TeX and some news archives write a double mark
// (read as typewriterMark: annotated corpora count neither as quotation
// marks); one opens a single quotation closed by an apostrophe. They open only before a word and after a space, a
// mark or an opening bracket: a grave between letters stands for an
// apostrophe (don`t), and one after a digit or letter for a minute or an
// accent.
func (s *quoteScanner) graves(i, ps, pe int) int {
	j := i
	for j < pe && s.text[j] == '`' {
		j++
	}
	pc, nc := classify(runeBefore(s.text, ps, i)), classify(runeAt(s.text, j, pe))
	if pc != ccSpace && pc != ccOpenP && pc != ccQuote || nc == ccSpace || nc == ccCloseP {
		return j
	}
	switch j - i {
	case 1:
		s.mark(i, j, '`', famSingle, roleOpen, ps, pe)
	case 2:
		s.mark(i, j, typewriterMark, famDouble, roleOpen, ps, pe)
	}
	return j
}

// markFrom returns the offset of the first byte of text[i:pe] that may
// belong to a quotation mark: a straight mark, a byte above ASCII, or
// '#' or '&', rare, which the caller steps past; pe or more when there is
// none. markFromRef is its reference.
func markFrom(text string, i, pe int) int {
	const high = 0x8080808080808080
	// Thirty-two bytes at a time while none may belong to a mark (most
	// of a paragraph: its marks are some seventy bytes apart).
	for i+32 <= pe {
		b := text[i : i+32]
		x0, x1, x2, x3 := load64(b), load64(b[8:]), load64(b[16:]), load64(b[24:])
		// The high bit of each byte of markLow8 is clear where the
		// byte's low seven bits are those of a straight mark (or '#',
		// '&'); every byte above ASCII has its own high bit.
		a := markLow8(x0) & markLow8(x1) & markLow8(x2) & markLow8(x3)
		if (x0|x1|x2|x3|^a)&high != 0 {
			break
		}
		i += 32
	}
	if i+32 <= len(text) {
		// The first of the thirty-two bytes that may belong to a mark,
		// from one mask of them, exact on every byte: with no bit set,
		// 64 bytes on, past pe, since the loop above left these
		// thirty-two only if they have such a byte or run past pe.
		b := text[i : i+32]
		m := pack8(markBytes8(load64(b))) | pack8(markBytes8(load64(b[8:])))<<8 |
			pack8(markBytes8(load64(b[16:])))<<16 | pack8(markBytes8(load64(b[24:])))<<24
		return i + bits.TrailingZeros64(m)
	}
	// The end of the text: eight bytes at a time, then byte by byte.
	for i+8 <= pe {
		if m := markMask8(load64At(text, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	for i < pe && text[i] < utf8.RuneSelf && text[i] != '"' && text[i] != '\'' && text[i] != '#' && text[i] != '&' {
		i++
	}
	return i
}

// markLow8 returns x with the high bit of each byte clear where the low
// seven bits of the byte are those of a straight mark: the double mark is
// 0x22 and the apostrophe 0x27, and xored with 0x22 and masked with 0x7A
// the bytes 0x22, 0x23, 0x26 and 0x27 alone become zero ('#' and '&',
// rare, the caller steps past). The bytes are at most 0x7A once masked:
// adding 0x7F sets the high bit of every other byte, with no carry into
// the next.
func markLow8(x uint64) uint64 {
	const ones = 0x0101010101010101
	return (x^ones*'"')&(ones*0x7A) + ones*0x7F
}

// markBytes8 returns the high bits of the bytes of x that may belong to a
// quotation mark, as markMask8 does, but exact on every byte: a straight
// mark (or '#', '&'), and every byte above ASCII.
func markBytes8(x uint64) uint64 {
	const high = 0x8080808080808080
	return (x | ^markLow8(x)) & high
}

// reopens reports whether the mark r of size bytes at the start i of a
// paragraph reopens the carried quotation (the wire convention).
func (s *quoteScanner) reopens(r rune, size, i, pe int) bool {
	fam, role := markOf(r)
	if fam == famNone || role&(roleOpen|roleEither) == 0 || classify(runeAt(s.text, i+size, pe)) == ccSpace {
		return false
	}
	f, _ := markOf(runeAt(s.text, s.carry.open, len(s.text)))
	return f == fam
}

// mark handles one quotation mark at text[i:j] in the paragraph [ps, pe).
func (s *quoteScanner) mark(i, j int, r rune, fam markFamily, role markRole, ps, pe int) {
	text := s.text
	prev, next := runeBefore(text, ps, i), runeAt(text, j, pe)
	pc, nc := classify(prev), classify(next)
	// Apostrophes: a single mark between letters or digits (don’t, Ardern’s,
	// 1990’s), or before a digit after a space (’90s).
	if fam == famSingle && r != '\u2018' && r != '\u201A' {
		if (pc == ccLetter || pc == ccDigit) && (nc == ccLetter || nc == ccDigit) {
			return
		}
		if nc == ccDigit && (pc == ccSpace || pc == ccOpenP) {
			return
		}
	}
	if fam == famDouble && pc == ccDigit && footInch(text, ps, i) {
		return // the inch mark of a height or length: 5'9", 6’2”
	}
	leftFlank := pc == ccSpace || pc == ccOpenP || pc == ccQuote
	rightFlank := nc == ccSpace || nc == ccCloseP || nc == ccQuote || nc == ccOpenP
	var canOpen, canClose bool
	switch {
	case role&roleEither != 0:
		canOpen = leftFlank && nc != ccSpace
		canClose = !leftFlank || pc == ccQuote
		canClose = canClose && rightFlank
		if pc == ccCloseP && (nc == ccSpace || nc == ccCloseP || nc == ccQuote) {
			canClose = true // ." or ," — closing after punctuation
		}
		if pc == ccCloseP && nc == ccLetter && unicode.IsUpper(next) && (prev == ',' || prev == '.' || prev == '?' || prev == '!') {
			canClose = true // `audiences,"Katie Packer said`: the space is missing
		}
		if pc == ccCloseP && (nc == ccLetter || nc == ccDigit) && (prev == '.' || prev == '?' || prev == '!' || prev == ':' || prev == ',' || prev == ';') {
			// `the authorities."We were deceived`, `Rep. Ann Lee:"I have`:
			// the space before an opening mark is missing. It opens when
			// nothing is open to close.
			canOpen = true
		}
		if r == typewriterMark && pc == ccSpace && nc == ccSpace {
			canClose = true // "coalitions, '' said": archives set it apart
		}
		if r == '"' && pc == ccSpace && nc == ccSpace && i-1 > ps {
			// "… the 'Gold Partner,' " Nils Brandt wrote: a space after a
			// closing single mark or a comma, before the double one.
			if b := classify(runeBefore(text, ps, i-1)); b == ccQuote || b == ccCloseP {
				canClose = true
			}
		}
		if (r == '"' || r == '\uFF02') && pc == ccSpace && nc == ccSpace {
			// `" We will win, " she said`: text that sets its straight
			// marks apart from the words inside them. Such a mark closes
			// an opener set apart so, and opens before a capital or a
			// digit when no double mark is open, unless punctuation ends
			// the words before it (`Why not? " Ana asked`: a closer whose
			// opener is missing).
			canClose = canClose || s.floatingOpen()
			canOpen = s.floatingOpens(i, j, ps, pe)
		}
	case role&roleReverse != 0:
		// « and ‹ open, » and › close; French puts spaces inside.
		if role&roleOpen != 0 {
			canOpen = true
			canClose = pc != ccSpace && rightFlank
		} else {
			canClose = true
			canOpen = leftFlank && nc != ccSpace
		}
	case role&roleOpen != 0:
		canOpen = nc != ccSpace || fam == famCorner || fam == famWhiteCorner
		canClose = pc != ccSpace && rightFlank
	case role&roleClose != 0:
		canClose = true
		if fam == famSingle && pc == ccSpace {
			canClose = false // a lone ’ after a space: rock ’n’ roll
		}
		if fam == famDouble && pc == ccSpace && nc == ccLetter {
			// ”…” with the closing mark for both, as some texts and
			// Swedish and Finnish typography write it: it opens when
			// nothing is open to close.
			canOpen = true
		}
	}
	if canClose && fam == famSingle && (prev == 's' || prev == 'S') && nc == ccSpace && s.laterSingleCloser(j, pe) {
		// The Smiths’ house …’: a plural possessive, when a later mark
		// can close the quotation.
		canClose = false
	}
	if canClose && s.dropped[fam] > 0 && (!canOpen || role&roleEither == 0) {
		s.dropped[fam]--
		return // the closer of an opener dropped past the depth cap
	}
	// Close first when something compatible is open.
	if canClose {
		for k := len(s.stack) - 1; k >= 0; k-- {
			o := s.stack[k]
			if o.family == famNone && s.carrying && k == 0 {
				// The carried quotation from the previous paragraph.
				if compatible(openMark{r: o.r}, r, fam) {
					s.parts[len(s.parts)-1].End = i
					s.carry.close, s.carry.closeEnd = i, j
					s.carry.closed = true
					s.finish()
					s.stack = s.stack[:0]
					return
				}
				continue
			}
			if compatible(o, r, fam) {
				s.stack = s.stack[:k]
				if o.family == famSingle && i-o.end <= 2 {
					return // elisions around a letter or two: rock 'n' roll
				}
				cs, ce := trimSpace(s.text, o.end, i)
				q := qspan{open: o.pos, openEnd: o.end, close: i, closeEnd: j, start: cs, end: ce, closed: true,
					single: o.family == famSingle, typewriter: o.r == typewriterMark, seq: o.seq}
				s.pairs = append(grow(s.pairs, i, len(s.text)), q)
				return
			}
			if role&roleEither != 0 && canOpen {
				break // an ambiguous mark that cannot close the top opens
			}
		}
	}
	if canOpen {
		// An opening curly mark that can also close (“ closing „) and a
		// reversed guillemet (» opening Danish »…«) open only when they
		// cannot close.
		if len(s.stack) >= maxQuoteDepth {
			s.truncated = true
			s.dropped[fam]++
			return
		}
		s.stack = append(s.stack, openMark{pos: i, end: j, r: r, family: fam, seq: s.opened})
		s.opened++
	}
}

// floatingOpen reports whether the innermost open double mark has white
// space after it, as marks set apart from the words inside them do.
func (s *quoteScanner) floatingOpen() bool {
	for k := len(s.stack) - 1; k >= 0; k-- {
		if o := s.stack[k]; o.family == famDouble {
			return o.end < len(s.text) && isSpaceByte(s.text[o.end])
		}
	}
	return false
}

// floatingOpens reports whether the straight double mark text[i:j], with
// white space on its two sides, may open a quotation: no double mark is
// open, the next word starts with a capital or a digit, and the character
// before the space is no comma or other punctuation after which a mark
// closes (a colon and a full stop, which end a sentence before it,
// excepted).
// The looks on either side are a few bytes.
func (s *quoteScanner) floatingOpens(i, j, ps, pe int) bool {
	for _, o := range s.stack {
		if o.family == famDouble || o.family == famNone && s.carrying {
			return false
		}
	}
	k := j
	for k < pe && k < j+8 && isSpaceByte(s.text[k]) {
		k++
	}
	if next := runeAt(s.text, k, pe); !unicode.IsUpper(next) && classify(next) != ccDigit {
		return false
	}
	b := i
	for b > ps && b > i-8 && isSpaceByte(s.text[b-1]) {
		b--
	}
	prev := runeBefore(s.text, ps, b)
	return prev == ':' || prev == '.' || classify(prev) != ccCloseP && classify(prev) != ccQuote
}

// footInch reports whether the double mark at i, after a digit, ends a
// measure in feet and inches (5'9", 6’2”, 10'11"): one or two digits
// after a single mark after a digit. The look-back is a few bytes.
func footInch(text string, ps, i int) bool {
	k := i - 1
	for k > ps && i-k <= 2 && text[k] >= '0' && text[k] <= '9' {
		k--
	}
	if k == i-1 || k <= ps || text[k+1] < '0' || text[k+1] > '9' {
		return false
	}
	switch {
	case text[k] == '\'':
		k--
	case k-2 > ps && text[k-2:k+1] == "’":
		k -= 3
	default:
		return false
	}
	return k >= ps && text[k] >= '0' && text[k] <= '9'
}

// laterSingleCloser reports whether a single closing mark followed by a
// lower-case word at j is followed, within a short distance in the
// paragraph, by another single mark that could close a quotation. The
// look-ahead is bounded, so the scan stays linear.
func (s *quoteScanner) laterSingleCloser(j, pe int) bool {
	text := s.text
	k := j
	for k < pe && isSpaceByte(text[k]) {
		k++
	}
	if k >= pe || text[k] < 'a' || text[k] > 'z' {
		return false
	}
	end := min(pe, j+200)
	for i := k; i < end; i++ {
		c := text[i]
		if c != '\'' && !(c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x99) {
			continue
		}
		size := 1
		if c == 0xE2 {
			size = 3
		}
		if i > 0 && !isSpaceByte(text[i-1]) && classify(runeAt(text, i+size, pe)) != ccLetter {
			return true
		}
	}
	return false
}

// finish computes the content of the carried quotation, which runs over
// paragraphs, and ends it. Its parts, when it keeps two or more, are a
// full slice of s.parts (length and capacity alike), so that an append to
// them copies them; the room of those it drops is reused.
func (s *quoteScanner) finish() {
	q := &s.carry
	s.carrying = false
	parts := s.parts[s.from:]
	q.start = parts[0].Start
	q.end = parts[len(parts)-1].End
	parts = trimParts(s.text, parts)
	if len(parts) > 0 {
		q.start, q.end = parts[0].Start, parts[len(parts)-1].End
	}
	q.parts = nil
	if n := len(parts); n >= 2 {
		q.parts = parts[:n:n]
	}
	s.parts = s.parts[:s.from+len(q.parts)]
	s.pairs = append(grow(s.pairs, q.closeEnd, len(s.text)), *q)
}

// endParagraph decides what happens to marks still open at the end of the
// paragraph [ps, pe). A carried quotation that this paragraph reopened runs
// on to the next paragraph; one it neither reopened nor closed ends, unclosed,
// where the previous paragraph ended. Of the marks opened here, the outermost
// double or guillemet opener is carried to the next paragraph, which may
// continue it; a single opener only when it opens the paragraph's quoted
// sentence and the next paragraph reopens it (sentenceOpener,
// singleReopens); other single marks are dropped.
func (s *quoteScanner) endParagraph(ps, pe int) {
	s.dropped = [len(s.dropped)]int{}
	stack := s.stack
	if s.carrying {
		stack = stack[1:] // the carried quotation's sentinel
		if s.reopened && (!s.carry.single || s.singleReopens(pe)) {
			s.parts[len(s.parts)-1].End = pe
			s.stack = s.stack[:0]
			return
		}
		if s.reopened {
			// A single quotation that the next paragraph does not
			// reopen ends here, unclosed: single marks that close a
			// quotation later are as often apostrophes (the Smiths').
			s.parts[len(s.parts)-1].End = pe
			s.closeCarry()
			s.stack = s.stack[:0]
			return
		}
		s.parts = s.parts[:len(s.parts)-1]
		s.closeCarry()
	}
	for n, o := range stack {
		if o.family == famNone {
			continue
		}
		if o.family == famSingle && (n > 0 || !s.sentenceOpener(o, ps, pe) || !s.singleReopens(pe)) {
			// A single opener is carried only as the outermost mark of
			// a paragraph, opening a sentence, that the next paragraph
			// reopens with a single mark, as British papers run a
			// quotation over paragraphs; otherwise it may be an
			// apostrophe ('em, 'cause).
			continue
		}
		s.carry = qspan{open: o.pos, openEnd: o.end, typewriter: o.r == typewriterMark, single: o.family == famSingle, seq: o.seq}
		s.carrying = true
		if s.parts == nil {
			s.parts = make([]Span, 0, 8) // a few quotations of a few parts
		}
		s.from = len(s.parts)
		s.parts = append(s.parts, Span{Start: o.end, End: pe})
		break
	}
	s.stack = s.stack[:0]
}

// sentenceOpener reports whether the opener o in the paragraph [ps, pe)
// opens a quoted sentence: a capital after it, and before it the start of
// the paragraph, a colon or a comma ("she said: 'We …", "'We …").
func (s *quoteScanner) sentenceOpener(o openMark, ps, pe int) bool {
	if !unicode.IsUpper(runeAt(s.text, o.end, pe)) {
		return false
	}
	k := o.pos
	for k > ps && k > o.pos-8 && isSpaceByte(s.text[k-1]) {
		k--
	}
	return k == ps || s.text[k-1] == ':' || s.text[k-1] == ','
}

// singleReopens reports whether the paragraph after the one ending at pe
// opens with a single mark before a capital (the wire convention of a
// quotation in single marks that goes on). The look-ahead is bounded.
func (s *quoteScanner) singleReopens(pe int) bool {
	text := s.text
	k := pe
	for k < len(text) && k < pe+64 && isSpaceByte(text[k]) {
		k++
	}
	switch {
	case k < len(text) && text[k] == '\'':
		k++
	case strings.HasPrefix(text[k:], "\u2018"):
		k += len("\u2018")
	default:
		return false
	}
	return unicode.IsUpper(runeAt(text, k, len(text)))
}

// flush ends a quotation still open at the end of the document.
func (s *quoteScanner) flush() {
	if s.carrying {
		s.closeCarry()
	}
}

// closeCarry ends a carried quotation unclosed at the end of its last part.
func (s *quoteScanner) closeCarry() {
	last := s.parts[len(s.parts)-1]
	s.carry.close, s.carry.closeEnd = last.End, last.End
	s.carry.closed = false
	s.finish()
}

// trimParts trims white space from both ends of each part and drops empty
// parts.
func trimParts(text string, parts []Span) []Span {
	out := parts[:0]
	for _, p := range parts {
		p.Start, p.End = trimSpace(text, p.Start, p.End)
		if p.End > p.Start {
			out = append(out, p)
		}
	}
	return out
}

// trimSpace returns [s, e) without the white space at either end, Unicode
// spaces included (the no-break spaces French puts inside « »).
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		if c := text[s]; c < utf8.RuneSelf {
			if !isSpaceByte(c) {
				break // the common case: unicode.IsSpace of an ASCII byte
			}
			s++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != 0x200B && r != 0xFEFF {
			break
		}
		s += size
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if !isSpaceByte(c) {
				break
			}
			e--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != 0x200B && r != 0xFEFF {
			break
		}
		e -= size
	}
	return s, e
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
