package eval

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// PRFSummary is a PRF with its derived figures, for JSON output.
type PRFSummary struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
	TP int     `json:"tp"`
	FP int     `json:"fp"`
	FN int     `json:"fn"`
}

// RatioSummary is a Ratio with its value, for JSON output.
type RatioSummary struct {
	Value float64 `json:"value"`
	Hit   int     `json:"hit"`
	Total int     `json:"total"`
}

// Summary is the machine-readable form of Counts (quotes -eval-json).
type Summary struct {
	Records         int          `json:"records"`
	Direct          PRFSummary   `json:"direct_exact"`
	DirectSpeaker   RatioSummary `json:"direct_speaker_accuracy"`
	Content         PRFSummary   `json:"content_exact"`
	Source          PRFSummary   `json:"source_exact"`
	Cue             PRFSummary   `json:"cue_exact"`
	Speech          RatioSummary `json:"speech_recall"`
	SpeechSpeaker   RatioSummary `json:"speech_speaker_accuracy"`
	ContentDirect   PRFSummary   `json:"content_exact_direct"`
	ContentMixed    PRFSummary   `json:"content_exact_mixed"`
	ContentIndirect PRFSummary   `json:"content_exact_indirect"`
	ContentOverlap  PRFSummary   `json:"content_overlap"`
}

func (m PRF) summary() PRFSummary {
	return PRFSummary{P: round(m.Precision()), R: round(m.Recall()), F1: round(m.F1()), TP: m.TP, FP: m.FP, FN: m.FN}
}

func (r Ratio) summary() RatioSummary {
	return RatioSummary{Value: round(r.Value()), Hit: r.Hit, Total: r.Total}
}

func round(x float64) float64 { return float64(int64(x*1e4+0.5)) / 1e4 }

// Summary returns the figures of c with precision, recall, F1 and
// accuracies computed (rounded to 4 decimals).
func (c Counts) Summary() Summary {
	return Summary{
		Records:         c.Records,
		Direct:          c.Direct.summary(),
		DirectSpeaker:   c.DirectSpeaker.summary(),
		Content:         c.Content.summary(),
		Source:          c.Source.summary(),
		Cue:             c.Cue.summary(),
		Speech:          c.Speech.summary(),
		SpeechSpeaker:   c.SpeechSpeaker.summary(),
		ContentDirect:   c.ContentDirect.summary(),
		ContentMixed:    c.ContentMixed.summary(),
		ContentIndirect: c.ContentIndirect.summary(),
		ContentOverlap:  c.ContentOverlap.summary(),
	}
}

// WriteTable writes the figures of c as a table for people.
func WriteTable(w io.Writer, c Counts) error {
	var b strings.Builder
	fmt.Fprintf(&b, "records: %d\n\n", c.Records)
	fmt.Fprintf(&b, "%-26s %7s %7s %7s %7s %7s %7s\n", "metric", "P", "R", "F1", "TP", "FP", "FN")
	prf := func(name string, m PRF) {
		fmt.Fprintf(&b, "%-26s %7.3f %7.3f %7.3f %7d %7d %7d\n", name, m.Precision(), m.Recall(), m.F1(), m.TP, m.FP, m.FN)
	}
	prf("direct exact", c.Direct)
	prf("content exact", c.Content)
	prf("  direct (by kind)", c.ContentDirect)
	prf("  mixed (by kind)", c.ContentMixed)
	prf("  indirect (by kind)", c.ContentIndirect)
	prf("  any kind, by overlap", c.ContentOverlap)
	prf("source exact", c.Source)
	prf("cue exact", c.Cue)
	fmt.Fprintf(&b, "\n%-26s %7s %7s %7s\n", "metric", "value", "hit", "total")
	ratio := func(name string, r Ratio) {
		fmt.Fprintf(&b, "%-26s %7.3f %7d %7d\n", name, r.Value(), r.Hit, r.Total)
	}
	ratio("direct speaker accuracy", c.DirectSpeaker)
	ratio("speech recall", c.Speech)
	ratio("speech speaker accuracy", c.SpeechSpeaker)
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteProblem writes p for a person: a heading line naming the metric,
// the kind of error, the record and where it is, then the gold and the
// predicted item, each with its speaker and cue.
func WriteProblem(w io.Writer, line int, p Problem) error {
	var b strings.Builder
	what := map[string]string{Miss: "missed", False: "false positive", WrongSpeaker: "wrong speaker"}[p.What]
	fmt.Fprintf(&b, "== %s: %s (%s) line %d id %s\n", p.Metric, what, orNone(p.Kind), line, p.ID)
	item := func(label string, s, sp, cue *Span) {
		fmt.Fprintf(&b, "   %s %s\n", label, showSpan(s))
		if s != nil {
			fmt.Fprintf(&b, "        speaker %s  cue %s\n", showSpan(sp), showSpan(cue))
		}
	}
	item("gold", p.Gold, p.GoldSpeaker, p.GoldCue)
	item("pred", p.Pred, p.PredSpeaker, p.PredCue)
	_, err := io.WriteString(w, b.String())
	return err
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// showSpan writes a span as [start,end) "text", the text shortened in the
// middle when it is long.
func showSpan(s *Span) string {
	if s == nil {
		return "—"
	}
	return fmt.Sprintf("[%d,%d) %q", s.Start, s.End, Shorten(s.Text, 160))
}

// Shorten returns s when it has at most n bytes, and otherwise its first
// and last parts (about two thirds and one third of n) joined by " … ",
// cut on rune boundaries.
func Shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	head, tail := n*2/3, n/3
	for head > 0 && !utf8.RuneStart(s[head]) {
		head--
	}
	t := len(s) - tail
	for t < len(s) && !utf8.RuneStart(s[t]) {
		t++
	}
	return s[:head] + " … " + s[t:]
}
