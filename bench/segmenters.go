package bench

import (
	"github.com/clipperhouse/uax29/v2/sentences"
	prosesegment "github.com/jdkato/prose/v3/segment"
	neurosnap "github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
	"github.com/quotekit/attribution"
)

// Segmenter splits a text into sentences. Segment returns the sentence
// texts, for accuracy; Count only counts them, with each segmenter's
// cheapest API, for speed.
type Segmenter struct {
	Name    string
	Segment func(text string) []string
	Count   func(text string) int
}

// Segmenters returns ours and the peers, each built once.
func Segmenters() ([]Segmenter, error) {
	nt, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, err
	}
	ps, err := prosesegment.New()
	if err != nil {
		return nil, err
	}
	return []Segmenter{
		{
			Name: "attribution",
			Segment: func(text string) []string {
				var out []string
				for _, s := range attribution.Sentences(text) {
					out = append(out, text[s.Start:s.End])
				}
				return out
			},
			Count: func(text string) int { return len(attribution.Sentences(text)) },
		},
		{
			Name: "uax29",
			Segment: func(text string) []string {
				var out []string
				for it := sentences.FromString(text); it.Next(); {
					if v := Collapse(it.Value()); v != "" {
						out = append(out, v)
					}
				}
				return out
			},
			Count: func(text string) int {
				n := 0
				for it := sentences.FromString(text); it.Next(); {
					n++
				}
				return n
			},
		},
		{
			Name: "neurosnap",
			Segment: func(text string) []string {
				return texts(nt.Tokenize(text))
			},
			Count: func(text string) int { return len(nt.Tokenize(text)) },
		},
		{
			Name: "prose/v3",
			Segment: func(text string) []string {
				var out []string
				for _, s := range ps.Segment(text) {
					if v := Collapse(s.Text); v != "" {
						out = append(out, v)
					}
				}
				return out
			},
			Count: func(text string) int { return len(ps.Segment(text)) },
		},
	}, nil
}

func texts(ss []*neurosnap.Sentence) []string {
	var out []string
	for _, s := range ss {
		if v := Collapse(s.Text); v != "" {
			out = append(out, v)
		}
	}
	return out
}
