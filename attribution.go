package attribution

import (
	"encoding/json"
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
	// "Mei" or "the ambassador"), or "" when there is no speaker.
	Entity string
	// Closed is false when the opening quotation mark never closed; the
	// quote then ends at the end of its paragraph.
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
	// first mention.
	Entities []Entity `json:"entities"`
	// Terms are words in quotation marks that nobody is reported to have
	// said: scare quotes, titles, nicknames, slogans.
	Terms []Span `json:"terms,omitempty"`
	// Dateline is the dateline that opens a wire dispatch ("BAKU,
	// Azerbaijan, April 22."), or nil.
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
// and entity are null when absent.
func (q Quote) MarshalJSON() ([]byte, error) {
	w := quoteJSON{Kind: q.Kind, Start: q.Start, End: q.End, Parts: q.Parts, Text: q.Text,
		Speaker: q.Speaker, Cue: q.Cue, Closed: q.Closed}
	if q.Entity != "" {
		e := q.Entity
		w.Entity = &e
	}
	return json.Marshal(w)
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

// MarshalJSON encodes d with empty lists as [] rather than null.
func (d *Document) MarshalJSON() ([]byte, error) {
	type plain Document
	c := plain(*d)
	if c.Paragraphs == nil {
		c.Paragraphs = []Span{}
	}
	if c.Sentences == nil {
		c.Sentences = []Span{}
	}
	if c.Quotes == nil {
		c.Quotes = []Quote{}
	}
	if c.Entities == nil {
		c.Entities = []Entity{}
	}
	return json.Marshal(c)
}

// Parser parses dispatches with a fixed configuration. Its zero value is not
// usable; make one with NewParser. A Parser is immutable and safe for
// concurrent use.
type Parser struct {
	seg  *segmenter
	cues *cueTable
}

// Option configures a Parser.
type Option func(*config)

type config struct {
	abbrevs []string
	cues    []string
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

// NewParser returns a Parser with the built-in tables extended by opts.
func NewParser(opts ...Option) *Parser {
	var c config
	for _, o := range opts {
		o(&c)
	}
	return &Parser{seg: newSegmenter(c.abbrevs), cues: newCueTable(c.cues)}
}

// defaultParser is built once and never modified.
var defaultParser = NewParser()

// Parse finds the paragraphs, sentences and quotations of text, with their
// speakers, using the built-in tables. It accepts any string, including
// invalid UTF-8, runs in time linear in len(text) and is safe for
// concurrent use.
func Parse(text string, opts ...Option) *Document {
	if len(opts) == 0 {
		return defaultParser.Parse(text)
	}
	return NewParser(opts...).Parse(text)
}

// Parse is like the package-level Parse with p's configuration.
func (p *Parser) Parse(text string) *Document {
	d := &Document{Sentences: make([]Span, 0, len(text)/100+1)}
	d.Paragraphs = p.seg.paragraphs(text, nil)
	if dl, ok := p.seg.dateline(text, d.Paragraphs); ok {
		dl.Text = text[dl.Start:dl.End]
		d.Dateline = &dl
	}
	for _, para := range d.Paragraphs {
		start := para.Start
		if d.Dateline != nil && d.Dateline.Start >= para.Start && d.Dateline.End <= para.End {
			start = d.Dateline.End
		}
		d.Sentences = p.seg.sentences(text, start, para.End, d.Sentences)
	}
	p.findQuotes(text, d)
	resolveEntities(text, d)
	return d
}
