package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Record is one annotated text: a line of a gold JSON Lines file.
type Record struct {
	// ID identifies the record, as written in the file (string or number).
	ID json.RawMessage `json:"id"`
	// Text is the annotated text; all offsets are UTF-8 byte offsets into it.
	Text string `json:"text"`
	// Quotes are the gold attributions.
	Quotes []Attribution `json:"quotes"`
}

// Attribution is one gold attribution: content, source (speaker) and cue.
// Any of the three may be absent.
type Attribution struct {
	// Kind is "direct", "mixed" or "indirect", or "" when unknown.
	Kind string
	// Content is the reported content, or nil when the annotation has none.
	Content *Span
	// Fragments are the segments of the content: for a direct quote the
	// quoted segments, marks excluded. Empty when the content is one piece.
	Fragments []Span
	// Speaker is the source span, or nil when the annotation has none.
	Speaker *Span
	// Cue is the cue span, or nil when the annotation has none.
	Cue *Span
}

// Span is a half-open range of UTF-8 byte offsets, with its text when known.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

// attributionJSON is the wire form of an Attribution. It accepts both the
// PolNeAR form (speaker as a string with speaker_start/speaker_end,
// fragments) and the form that quotes itself writes (speaker and cue as
// span objects, parts).
type attributionJSON struct {
	Kind         *string         `json:"kind"`
	Start        *int            `json:"start"`
	End          *int            `json:"end"`
	Fragments    []Span          `json:"fragments"`
	Parts        []Span          `json:"parts"`
	Speaker      json.RawMessage `json:"speaker"`
	SpeakerStart *int            `json:"speaker_start"`
	SpeakerEnd   *int            `json:"speaker_end"`
	Cue          *Span           `json:"cue"`
}

// UnmarshalJSON decodes an attribution in the PolNeAR form or the form
// written by quotes (see doc.go).
func (a *Attribution) UnmarshalJSON(b []byte) error {
	var w attributionJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*a = Attribution{Cue: w.Cue}
	if w.Kind != nil {
		a.Kind = *w.Kind
	}
	if (w.Start == nil) != (w.End == nil) {
		return errors.New("start and end must both be set or both be null")
	}
	if w.Start != nil {
		a.Content = &Span{Start: *w.Start, End: *w.End}
	}
	a.Fragments = w.Fragments
	if a.Fragments == nil {
		a.Fragments = w.Parts
	}
	if (w.SpeakerStart == nil) != (w.SpeakerEnd == nil) {
		return errors.New("speaker_start and speaker_end must both be set or both be null")
	}
	if w.SpeakerStart != nil {
		a.Speaker = &Span{Start: *w.SpeakerStart, End: *w.SpeakerEnd}
	} else if s := bytes.TrimSpace(w.Speaker); len(s) > 0 && s[0] == '{' {
		var sp Span
		if err := json.Unmarshal(s, &sp); err != nil {
			return fmt.Errorf("speaker: %v", err)
		}
		a.Speaker = &sp
	}
	return nil
}

// Decode parses one line of a gold file and checks that every offset lies
// within the text, start ≤ end.
func Decode(line []byte) (*Record, error) {
	var w struct {
		ID     json.RawMessage `json:"id"`
		Text   *string         `json:"text"`
		Quotes []Attribution   `json:"quotes"`
	}
	if err := json.Unmarshal(line, &w); err != nil {
		return nil, err
	}
	if w.Text == nil {
		return nil, errors.New(`no "text" field`)
	}
	r := Record{ID: w.ID, Text: *w.Text, Quotes: w.Quotes}
	n := len(r.Text)
	check := func(what string, i int, s *Span) error {
		if s != nil && (s.Start < 0 || s.End < s.Start || s.End > n) {
			return fmt.Errorf("quote %d: %s [%d,%d) outside the text (%d bytes)", i, what, s.Start, s.End, n)
		}
		return nil
	}
	for i := range r.Quotes {
		a := &r.Quotes[i]
		for _, e := range []error{check("content", i, a.Content), check("speaker", i, a.Speaker), check("cue", i, a.Cue)} {
			if e != nil {
				return nil, e
			}
		}
		for j := range a.Fragments {
			if err := check("fragment", i, &a.Fragments[j]); err != nil {
				return nil, err
			}
		}
	}
	return &r, nil
}
