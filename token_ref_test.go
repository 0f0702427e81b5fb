package attribution

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"unicode"
	"unicode/utf8"
)

// This file keeps the quote stage's tokenizer as it was before its
// thirty-two byte scan of plain words (tokenizer.plainWords), as runRef
// and wordRef, and checks that both give the same tokens and token index
// on every text at hand and on random texts.

// runRef is tokenizer.run, calling wordRef.
func (t *tokenizer) runRef() {
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
					i = t.wordRef(i, para.End, next, pi)
				case k&cSpace != 0 || c == '\f' || c == '\v': // isSpaceByte
					i++
				default:
					if !t.put(i, i+1, pi, tPunct) { // tok, with its common case inlined
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
				i = t.wordRef(i, para.End, next, pi)
			default:
				t.tok(i, i+size, pi, tPunct)
				i += size
			}
		}
		pos = i
	}
	t.paraTok[len(t.paras)] = len(t.toks)
	for s := int(t.nextSent); s < len(t.sentTok); s++ {
		t.sentTok[s] = len(t.toks)
	}
}

// wordRef is tokenizer.word without plainWords: one word at a time.
func (t *tokenizer) wordRef(i, end, next, pi int) int {
	// The text up to end, so that the eight-byte loads, bounded by its
	// length, need no other check.
	text := t.text[:end]
	for {
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
						// town&#39;s, O&rsquo;Brien: one word.
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
				i += size
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
		if !t.put(start, i, pi, tWord) { // tok, with its common case inlined
			t.add(start, i, pi, tWord)
		}
		if !space {
			// A comma or a period and a space after the word, the
			// commonest marks, are emitted here as run would: the
			// mark, then the next word past the space.
			if i+2 > end || i+2 > next || text[i+1] != ' ' || text[i] != ',' && text[i] != '.' {
				return i
			}
			t.tok(i, i+1, pi, tPunct)
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

// twoTokenizers returns two tokenizers of text (testTokenizer); their
// token arrays start small, so that they grow as run goes.
func twoTokenizers(text string) (*tokenizer, *tokenizer) {
	a, _ := testTokenizer(text, make([]item, 0, 4))
	b := *a
	n, np := len(a.sentTok), len(a.paraTok)
	all := make([]int, n+np+len(a.qTok))
	b.sentTok, b.paraTok, b.qTok = all[:n], all[n:n+np], all[n+np:]
	b.toks = make([]item, 0, 4)
	return a, &b
}

// testTokenizer returns a tokenizer of text, segmented and its
// quotations found as Parse does, not yet run, appending to toks, and
// the Document of the segmentation.
func testTokenizer(text string, toks []item) (*tokenizer, *Document) {
	d := defaultParser.segment(text)
	s := quoteScanner{text: text}
	for _, para := range d.Paragraphs {
		s.scanParagraph(para.Start, para.End)
	}
	s.flush()
	qs, _ := topLevel(text, s.pairs, s.opened, &scratch{})
	tz := &tokenizer{text: text, sents: d.Sentences, paras: d.Paragraphs, qs: qs, toks: toks}
	n, np := len(d.Sentences), len(d.Paragraphs)
	all := make([]int, n+1+np+1+len(qs))
	tz.sentTok, tz.paraTok, tz.qTok = all[:n+1], all[n+1:n+1+np+1], all[n+1+np+1:]
	return tz, d
}

// quoteTokensBoth tokenizes text with run and with runRef and reports
// any difference.
func quoteTokensBoth(t *testing.T, name, text string) {
	t.Helper()
	got, want := twoTokenizers(text)
	got.run()
	want.runRef()
	if !slices.Equal(got.toks, want.toks) {
		for k := range min(len(got.toks), len(want.toks)) {
			if got.toks[k] != want.toks[k] {
				t.Fatalf("%s: token %d is %+v, want %+v", name, k, got.toks[k], want.toks[k])
			}
		}
		t.Fatalf("%s: %d tokens, want %d", name, len(got.toks), len(want.toks))
	}
	if !slices.Equal(got.sentTok, want.sentTok) || !slices.Equal(got.paraTok, want.paraTok) || !slices.Equal(got.qTok, want.qTok) {
		t.Fatalf("%s: the token index differs", name)
	}
}

func TestQuoteTokensSame(t *testing.T) {
	for name, text := range tokenizeTexts(t) {
		quoteTokensBoth(t, name, text)
	}
	eachPolnearArticle(t, func(name, text string) { quoteTokensBoth(t, name, text) })
}

func TestQuoteTokensSameRandom(t *testing.T) {
	n := 5000
	if testing.Short() {
		n = 500
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range n {
		text := randomPieces(rng, 80, [][]string{{" "}, {", ", ". ", " ", "  ", ",", "."}, nil, nil})
		quoteTokensBoth(t, "random "+strconv.Itoa(i)+" "+strconv.Quote(text), text)
	}
}
