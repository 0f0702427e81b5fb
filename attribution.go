package attribution

import (
	"encoding/json"
	"math"
	"math/bits"
	"strconv"
	"sync"
	"unicode/utf8"
)

// Span is a half-open range of UTF-8 byte offsets into the text given to
// Parse: text[Start:End]. Text, when set, is exactly text[Start:End]; it is
// set on spans that name words (quote content, speakers, cues, mentions,
// terms, the dateline) and left empty on paragraphs and sentences, whose text
// the caller can slice from the input.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Kind says how a quotation is reported.
type Kind string

// The kinds of quotation.
const (
	// Direct: the whole content stands inside quotation marks.
	Direct Kind = "direct"
	// Mixed: reported content that contains quoted words.
	Mixed Kind = "mixed"
	// Indirect: reported speech without quotation marks.
	Indirect Kind = "indirect"
)

// Quote is one attribution of speech or writing: what was said (the
// content), who said it (the speaker mention and its entity) and the words
// that attribute it (the cue).
type Quote struct {
	// Kind is Direct, Mixed or Indirect.
	Kind Kind
	// Start and End delimit the content. For a direct quote they exclude the
	// quotation marks; for a quote in several segments (interrupted by its
	// attribution, or running over paragraphs) they run from the first
	// segment's start to the last segment's end. For mixed and indirect
	// quotes they cover the reported clause, including a leading "that".
	Start, End int
	// Parts lists the quoted segments, marks excluded, when there are more
	// than one; it is nil otherwise.
	Parts []Span
	// Text is the content, text[Start:End].
	Text string
	// Speaker is the mention the quote is attributed to, as written ("he",
	// "Mei", "the article"), or nil when none was found.
	Speaker *Span
	// Cue is the attributing words ("said", "pointed out", "according to"),
	// or nil when none was found.
	Cue *Span
	// Entity is the canonical name of the speaker ("Lu Mei" for "she",
	// "Mei" or "the ambassador"), or "" when there is no speaker or the
	// Parser was made WithoutEntities.
	Entity string
	// Closed is false when the opening quotation mark never closed; the
	// quote then ends at the end of its paragraph. Such a quote is given
	// only when an attribution says whose it is.
	Closed bool
}

// Entity is a speaker: its canonical name and every mention of it that the
// document attributes a quote to, in text order.
type Entity struct {
	// Name is the fullest form of the name used in the text, with titles
	// and roles stripped ("Chinese Ambassador Lu Mei" gives "Lu Mei").
	Name string `json:"name"`
	// Mentions are the spans that refer to this entity.
	Mentions []Span `json:"mentions"`
}

// Document is the result of Parse. All offsets are UTF-8 byte offsets into
// the text that was parsed.
type Document struct {
	// Paragraphs are the blank-line separated blocks of the text, in order.
	Paragraphs []Span `json:"paragraphs"`
	// Sentences are in order and do not overlap; none crosses a paragraph
	// break, and a dateline is never part of one.
	Sentences []Span `json:"sentences"`
	// Quotes are the attributions found, in text order of their content.
	Quotes []Quote `json:"quotes"`
	// Entities are the speakers, each with all its mentions, in order of
	// first mention (none from a Parser made WithoutEntities).
	Entities []Entity `json:"entities"`
	// Terms are words in quotation marks that nobody is reported to have
	// said: scare quotes, titles, nicknames, slogans.
	Terms []Span `json:"terms,omitempty"`
	// Dateline is the dateline that opens a wire dispatch ("BAKU,
	// Azerbaijan, April 22.", "WASHINGTON (Reuters) -"), after a headline
	// if there is one, or nil.
	Dateline *Span `json:"dateline,omitempty"`
	// Truncated is true when the text held more nesting or more marks than
	// the parser's documented limits; what lies past the limits is treated
	// as plain text.
	Truncated bool `json:"truncated,omitempty"`
}

// quoteJSON is the wire form of a Quote (see OUTPUT.md): absent speakers,
// cues and entities are null.
type quoteJSON struct {
	Kind    Kind    `json:"kind"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Parts   []Span  `json:"parts,omitempty"`
	Text    string  `json:"text"`
	Speaker *Span   `json:"speaker"`
	Cue     *Span   `json:"cue"`
	Entity  *string `json:"entity"`
	Closed  bool    `json:"closed"`
}

// MarshalJSON encodes q as described in the output contract: speaker, cue
// and entity are null when absent. The bytes are those encoding/json
// writes for the quoteJSON form (see appendJSON).
func (q Quote) MarshalJSON() ([]byte, error) {
	return q.appendJSON(make([]byte, 0, 128+2*len(q.Text))), nil
}

// UnmarshalJSON decodes the form written by MarshalJSON.
func (q *Quote) UnmarshalJSON(b []byte) error {
	var w quoteJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*q = Quote{Kind: w.Kind, Start: w.Start, End: w.End, Parts: w.Parts, Text: w.Text,
		Speaker: w.Speaker, Cue: w.Cue, Closed: w.Closed}
	if w.Entity != nil {
		q.Entity = *w.Entity
	}
	return nil
}

// MarshalJSON encodes d with empty lists as [] rather than null. It writes
// the JSON by hand, in one buffer, byte for byte what encoding/json writes
// for the struct tags above (marshal_test.go checks it on the fixtures and
// on fuzzed documents); call it directly to skip encoding/json's
// re-validation of the bytes.
func (d *Document) MarshalJSON() ([]byte, error) {
	return d.appendJSON(make([]byte, 0, d.jsonSize())), nil
}

// jsonSize estimates the encoded size of d, to size the buffer once.
func (d *Document) jsonSize() int {
	n := 64 + 30*(len(d.Paragraphs)+len(d.Sentences)) + 40*len(d.Terms)
	for i := range d.Quotes {
		n += 200 + 2*len(d.Quotes[i].Text)
	}
	for i := range d.Entities {
		n += 20 + len(d.Entities[i].Name) + 60*len(d.Entities[i].Mentions)
	}
	return n
}

// appendJSON appends the JSON form of d to b.
func (d *Document) appendJSON(b []byte) []byte {
	b = append(b, `{"paragraphs":`...)
	b = appendSpans(b, d.Paragraphs, true)
	b = append(b, `,"sentences":`...)
	b = appendSpans(b, d.Sentences, true)
	b = append(b, `,"quotes":[`...)
	for i := range d.Quotes {
		if i > 0 {
			b = append(b, ',')
		}
		b = d.Quotes[i].appendJSON(b)
	}
	b = append(b, `],"entities":[`...)
	for i := range d.Entities {
		if i > 0 {
			b = append(b, ',')
		}
		e := &d.Entities[i]
		b = append(b, `{"name":`...)
		b = appendJSONString(b, e.Name)
		b = append(b, `,"mentions":`...)
		b = appendSpans(b, e.Mentions, false)
		b = append(b, '}')
	}
	b = append(b, ']')
	if len(d.Terms) > 0 {
		b = append(b, `,"terms":`...)
		b = appendSpans(b, d.Terms, false)
	}
	if d.Dateline != nil {
		b = append(b, `,"dateline":`...)
		b = appendSpan(b, *d.Dateline)
	}
	if d.Truncated {
		b = append(b, `,"truncated":true`...)
	}
	return append(b, '}')
}

// appendJSON appends the JSON form of q (the quoteJSON fields) to b.
func (q *Quote) appendJSON(b []byte) []byte {
	b = append(b, `{"kind":`...)
	b = appendJSONString(b, string(q.Kind))
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(q.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(q.End), 10)
	if len(q.Parts) > 0 {
		b = append(b, `,"parts":`...)
		b = appendSpans(b, q.Parts, false)
	}
	b = append(b, `,"text":`...)
	b = appendJSONString(b, q.Text)
	b = append(b, `,"speaker":`...)
	b = appendSpanPtr(b, q.Speaker)
	b = append(b, `,"cue":`...)
	b = appendSpanPtr(b, q.Cue)
	b = append(b, `,"entity":`...)
	if q.Entity != "" {
		b = appendJSONString(b, q.Entity)
	} else {
		b = append(b, "null"...)
	}
	if q.Closed {
		b = append(b, `,"closed":true}`...)
	} else {
		b = append(b, `,"closed":false}`...)
	}
	return b
}

// appendSpans appends a JSON array of spans; a nil slice is null unless
// emptyAsArray.
func appendSpans(b []byte, spans []Span, emptyAsArray bool) []byte {
	if spans == nil && !emptyAsArray {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendSpan(b, s)
	}
	return append(b, ']')
}

func appendSpanPtr(b []byte, s *Span) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendSpan(b, *s)
}

func appendSpan(b []byte, s Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	if s.Text != "" {
		b = append(b, `,"text":`...)
		b = appendJSONString(b, s.Text)
	}
	return append(b, '}')
}

// appendJSONString appends s as a JSON string exactly as encoding/json
// does with HTML escaping on (its default): ", \ and the control
// characters escaped (\b \f \n \r \t by name), <, > and & as \u003c,
// \u003e and \u0026, U+2028 and U+2029 escaped, and each byte of invalid
// UTF-8 replaced by \ufffd.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Plain ASCII eight bytes at a time, up to the first byte that
		// may need escaping (jsonStops8).
		for i+8 <= len(s) {
			if m := jsonStops8(load64At(s, i)); m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// Parser parses dispatches with a fixed configuration. Its zero value is not
// usable; make one with NewParser. A Parser is immutable and safe for
// concurrent use.
type Parser struct {
	seg  *segmenter
	cues *cueTable
	// words returns the join of cues with the entity stage's word table,
	// so that each word is looked up once for both stages; made on first
	// use (see tokenWords).
	words func() *tokenWords
	// scratch keeps working arrays between Parses (see scratch); the pool
	// is safe for concurrent use and holds nothing a caller sees.
	scratch sync.Pool
	// noScratch turns the pool off (tests that time one Parse at a time).
	noScratch bool
	// noEntities skips the entity stage (WithoutEntities).
	noEntities bool
}

// Option configures a Parser.
type Option func(*config)

type config struct {
	abbrevs    []string
	cues       []string
	noEntities bool
}

// WithAbbreviations adds abbreviations, written with their final period
// ("Supt.", "Adm."), that do not end a sentence, to the built-in list.
func WithAbbreviations(abbrevs ...string) Option {
	return func(c *config) { c.abbrevs = append(c.abbrevs, abbrevs...) }
}

// WithCues adds verbs of saying, in the base form ("quip", "opine"), to the
// built-in cue lexicon; their inflections are derived.
func WithCues(verbs ...string) Option {
	return func(c *config) { c.cues = append(c.cues, verbs...) }
}

// WithoutEntities skips the last stage of Parse, which groups the speaker
// mentions into entities: each Quote keeps its speaker mention, cue and
// content, but its Entity is empty, and Document.Entities is empty. The
// quotations, speakers and cues are exactly those Parse gives without the
// option. That stage takes about three fifths of the time of Parse on
// news text, so a program that needs who said what as written, not the
// canonical speaker ("she" → "Lu Mei"), parses about 2.3 times as fast
// with it (bench/README.md has the figures). Make the Parser once:
// Parse(text, WithoutEntities()) builds one on every call.
func WithoutEntities() Option {
	return func(c *config) { c.noEntities = true }
}

// NewParser returns a Parser with the built-in tables extended by opts.
func NewParser(opts ...Option) *Parser {
	var c config
	for _, o := range opts {
		o(&c)
	}
	cues := newCueTable(c.cues)
	words := sync.OnceValue(func() *tokenWords { return newTokenWords(cues) })
	return &Parser{seg: newSegmenter(c.abbrevs), cues: cues, words: words, noEntities: c.noEntities}
}

// defaultParser is built once and never modified.
var defaultParser = NewParser()

// Parse finds the paragraphs, sentences and quotations of text, with their
// speakers, using the built-in tables extended by opts. It accepts any
// string, including invalid UTF-8, runs in time linear in len(text) and is
// safe for concurrent use. With options it builds a Parser on every call:
// to parse many texts with the same options, make one with NewParser.
func Parse(text string, opts ...Option) *Document {
	if len(opts) == 0 {
		return defaultParser.Parse(text)
	}
	return NewParser(opts...).Parse(text)
}

// Parse is like the package-level Parse with p's configuration.
func (p *Parser) Parse(text string) *Document {
	d := p.segment(text)
	if len(text) > maxAttributedLen {
		// Offsets inside the attribution stage are 32-bit: past 2 GiB
		// the text keeps its paragraphs and sentences only.
		d.Truncated = true
		return d
	}
	sc := p.getScratch()
	p.findQuotesIn(text, d, sc)
	// The entity stage takes the word-table entries of the quote
	// stage's words (sc.toks, see tokenWords.cueEntries).
	if !p.noEntities {
		resolveDocWith(text, d, sc, sc.toks)
	}
	p.putScratch(sc)
	return d
}

// segment returns a Document holding the paragraphs, dateline and
// sentences of text: the first stage of Parse, apart for the benchmarks
// and tests that time or check the stages after it.
func (p *Parser) segment(text string) *Document {
	// The paragraphs are found in an array on the stack, then copied to
	// the front of one array that also holds room for the sentences
	// (about one in a hundred bytes; sentencesOf grows them past it):
	// one allocation for both, without counting the lines first. Each
	// slice is capped where the other starts (so an append by the
	// caller copies).
	var buf [paraBuf]Span
	paras, lines := p.seg.paragraphLines(text, buf[:0])
	all := make([]Span, len(paras), len(paras)+len(text)/100+1)
	copy(all, paras)
	var ps []Span // nil without paragraphs, as before: "paragraphs": null
	if len(paras) > 0 {
		ps = all[:len(paras):len(paras)]
	}
	dl, hasDL := p.seg.dateline(text, ps)
	var d *Document
	if hasDL {
		// The dateline is allocated with the document, one allocation
		// for the two (a wire dispatch in six or so has one). A copy,
		// not &dl: dl would be moved to the heap for every text, with a
		// dateline or not.
		dd := new(datedDocument)
		dd.dateline = dl
		dd.dateline.Text = text[dl.Start:dl.End]
		d = &dd.Document
		d.Dateline = &dd.dateline
	} else {
		d = new(Document)
	}
	d.Paragraphs = ps
	d.Sentences = p.seg.sentencesOf(text, ps, dl, hasDL, lines, all[len(paras):len(paras)])
	return d
}

// datedDocument is a Document and the Span its Dateline points to, in one
// allocation (Parser.segment).
type datedDocument struct {
	Document
	dateline Span
}

// paraBuf is the number of paragraphs Parse finds without an allocation
// before the one it returns; past it grow extrapolates.
const paraBuf = 64

// maxAttributedLen is the longest text whose quotations are looked for:
// the attribution stage keeps byte offsets in 32 bits, which makes a token
// 24 bytes instead of 40. Longer texts get paragraphs, sentences and Truncated.
const maxAttributedLen = math.MaxInt32
