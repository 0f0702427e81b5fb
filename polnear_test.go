package attribution_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/quotekit/attribution"
	"github.com/quotekit/attribution/internal/eval"
)

// polnearPath is the PolNeAR development data, outside the repository; the
// test is skipped when it is absent (a user's clone does not have it).
const polnearPath = "../shared/data/polnear/dev.jsonl"

// polnearFloors are the figures of EVALUATION.md the rules must keep on
// PolNeAR dev: a regression guard a little under what they reach now
// (README.md has the current figures). Raise them as the rules improve.
var polnearFloors = []struct {
	name  string
	value func(c eval.Counts) float64
	floor float64
}{
	{"direct exact F1", func(c eval.Counts) float64 { return c.Direct.F1() }, 0.90},
	{"direct speaker accuracy", func(c eval.Counts) float64 { return c.DirectSpeaker.Value() }, 0.96},
	{"content exact F1", func(c eval.Counts) float64 { return c.Content.F1() }, 0.624},
	{"source exact F1", func(c eval.Counts) float64 { return c.Source.F1() }, 0.721},
	{"cue exact F1", func(c eval.Counts) float64 { return c.Cue.F1() }, 0.688},
	{"speech recall", func(c eval.Counts) float64 { return c.Speech.Value() }, 0.85},
	{"speech speaker accuracy", func(c eval.Counts) float64 { return c.SpeechSpeaker.Value() }, 0.955},
}

// TestPolNeARAccuracy scores Parse on each PolNeAR dev paragraph, as
// the annotations were made, and holds the figures to polnearFloors.
func TestPolNeARAccuracy(t *testing.T) {
	sc := polnearLines(t)
	var total eval.Counts
	for sc.Scan() {
		r, err := eval.Decode(sc.Bytes())
		if err != nil {
			t.Fatalf("bad record: %v", err)
		}
		c, _ := eval.Score(r, attribution.Parse(r.Text), false)
		total.Add(c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	checkFloors(t, total)
}

// polnearLines returns a scanner of the lines of the PolNeAR dev data,
// closed when t ends. It skips t under -short and when the data is absent.
func polnearLines(t *testing.T) *bufio.Scanner {
	t.Helper()
	if testing.Short() {
		t.Skip("PolNeAR accuracy is measured without -short")
	}
	f, err := os.Open(polnearPath)
	if err != nil {
		t.Skipf("PolNeAR data not available: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	return sc
}

// checkFloors logs the figures of total and fails t for each under its
// floor in polnearFloors.
func checkFloors(t *testing.T, total eval.Counts) {
	t.Helper()
	for _, m := range polnearFloors {
		v := m.value(total)
		t.Logf("%-24s %.3f (floor %.3f)", m.name, v, m.floor)
		if v < m.floor {
			t.Errorf("%s fell to %.3f, under its floor %.3f", m.name, v, m.floor)
		}
	}
}

// TestPolNeARArticleAccuracy scores Parse on the PolNeAR dev articles
// whole (each doc_id's paragraphs joined with a blank line, the gold
// offsets moved with them), as users parse news, and holds the figures to
// the same floors as the paragraphs. A rule that works within a paragraph
// but is misled by the rest of a long text lowers these figures only:
// sentenceSpeaker's old cut after four attributions of earlier sentences
// cost 74 content and 87 source matches here, 4 and 5 on the paragraphs.
func TestPolNeARArticleAccuracy(t *testing.T) {
	sc := polnearLines(t)
	var total eval.Counts
	var art eval.Record
	doc, articles := "", 0
	score := func() {
		if art.Text != "" {
			c, _ := eval.Score(&art, attribution.Parse(art.Text), false)
			total.Add(c)
			articles++
		}
	}
	for sc.Scan() {
		r, err := eval.Decode(sc.Bytes())
		if err != nil {
			t.Fatalf("bad record: %v", err)
		}
		var id struct {
			DocID string `json:"doc_id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &id); err != nil {
			t.Fatal(err)
		}
		if id.DocID != doc || doc == "" {
			score()
			art, doc = eval.Record{}, id.DocID
		} else {
			art.Text += "\n\n"
		}
		off := len(art.Text)
		art.Text += r.Text
		for _, q := range r.Quotes {
			art.Quotes = append(art.Quotes, shiftAttribution(q, off))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	score()
	t.Logf("%d articles", articles)
	checkFloors(t, total)
}

// shiftAttribution returns q with its spans moved off bytes on.
func shiftAttribution(q eval.Attribution, off int) eval.Attribution {
	shift := func(s *eval.Span) *eval.Span {
		if s == nil {
			return nil
		}
		m := *s
		m.Start += off
		m.End += off
		return &m
	}
	q.Content, q.Speaker, q.Cue = shift(q.Content), shift(q.Speaker), shift(q.Cue)
	frags := make([]eval.Span, len(q.Fragments))
	for i := range q.Fragments {
		frags[i] = *shift(&q.Fragments[i])
	}
	q.Fragments = frags
	return q
}
