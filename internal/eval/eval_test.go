package eval

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotekit/attribution"
)

// at returns the span of the n-th (0-based) occurrence of sub in text.
func at(t *testing.T, text, sub string, n int) Span {
	t.Helper()
	off := 0
	for {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			t.Fatalf("%q not in %q", sub, text)
		}
		if n == 0 {
			return Span{Start: off + i, End: off + i + len(sub)}
		}
		n--
		off += i + len(sub)
	}
}

func ptr(s Span) *Span { return &s }

func aspan(s Span) *attribution.Span { return &attribution.Span{Start: s.Start, End: s.End} }

const text1 = "“Hello there,” he said. She added that prices rose."

func gold1(t *testing.T) *Record {
	return &Record{ID: []byte(`"r1"`), Text: text1, Quotes: []Attribution{
		{Kind: "direct", Content: ptr(at(t, text1, "Hello there,", 0)),
			Speaker: ptr(at(t, text1, "he", 0)), Cue: ptr(at(t, text1, "said", 0))},
		{Kind: "indirect", Content: ptr(at(t, text1, "that prices rose", 0)),
			Speaker: ptr(at(t, text1, "She", 0)), Cue: ptr(at(t, text1, "added", 0))},
	}}
}

func TestScorePerfect(t *testing.T) {
	g := gold1(t)
	d := &attribution.Document{Quotes: []attribution.Quote{
		{Kind: attribution.Direct, Start: g.Quotes[0].Content.Start, End: g.Quotes[0].Content.End,
			Speaker: aspan(*g.Quotes[0].Speaker), Cue: aspan(*g.Quotes[0].Cue)},
		{Kind: attribution.Indirect, Start: g.Quotes[1].Content.Start, End: g.Quotes[1].Content.End,
			Speaker: aspan(*g.Quotes[1].Speaker), Cue: aspan(*g.Quotes[1].Cue)},
	}}
	got, probs := Score(g, d, true)
	want := Counts{Records: 1,
		Direct: PRF{TP: 1}, DirectSpeaker: Ratio{1, 1},
		Content: PRF{TP: 2}, ContentDirect: PRF{TP: 1}, ContentIndirect: PRF{TP: 1},
		ContentOverlap: PRF{TP: 2}, Source: PRF{TP: 2}, Cue: PRF{TP: 2},
		Speech: Ratio{2, 2}, SpeechSpeaker: Ratio{2, 2}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	if len(probs) != 0 {
		t.Errorf("problems: %+v", probs)
	}
	s := got.Summary()
	if s.Content.F1 != 1 || s.Speech.Value != 1 {
		t.Errorf("summary %+v", s)
	}
}

// TestScoreErrors: the direct quote predicted with a wrong speaker; the indirect one without
// its "that" (not exact, but IoU 11/16 ≥ 0.5) and no speaker; a spurious
// quote on "Hello".
func TestScoreErrors(t *testing.T) {
	g := gold1(t)
	hello := at(t, text1, "Hello there,", 0)
	d := &attribution.Document{Quotes: []attribution.Quote{
		{Kind: attribution.Direct, Start: hello.Start, End: hello.End,
			Speaker: aspan(at(t, text1, "She", 0)), Cue: aspan(at(t, text1, "said", 0))},
		{Kind: attribution.Indirect, Start: at(t, text1, "prices rose", 0).Start - 1, End: at(t, text1, "prices rose", 0).End,
			Cue: aspan(at(t, text1, "added", 0))},
		{Kind: attribution.Indirect, Start: at(t, text1, "rose.", 0).Start, End: at(t, text1, "rose.", 0).End},
	}}
	got, probs := Score(g, d, true)
	want := Counts{Records: 1,
		Direct:        PRF{TP: 1},
		DirectSpeaker: Ratio{0, 1},
		Content:       PRF{TP: 1, FP: 2, FN: 1}, ContentDirect: PRF{TP: 1},
		ContentIndirect: PRF{FP: 2, FN: 1},
		// "rose." overlaps "that prices rose" by 4/16 only.
		ContentOverlap: PRF{TP: 2, FP: 1},
		Source:         PRF{FN: 1, TP: 1}, // "She" predicted for the direct quote
		Cue:            PRF{TP: 2},
		Speech:         Ratio{2, 2}, SpeechSpeaker: Ratio{0, 2}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	type brief struct{ Metric, What, Gold, Pred string }
	var gotP []brief
	for _, p := range probs {
		b := brief{Metric: p.Metric, What: p.What}
		if p.Gold != nil {
			b.Gold = p.Gold.Text
		}
		if p.Pred != nil {
			b.Pred = p.Pred.Text
		}
		gotP = append(gotP, b)
	}
	wantP := []brief{
		{MetricDirectSpeaker, WrongSpeaker, "Hello there,", "Hello there,"},
		{MetricContent, Miss, "that prices rose", "prices rose"},
		{MetricContent, False, "that prices rose", "prices rose"},
		{MetricContent, False, "that prices rose", "rose."},
		{MetricSource, Miss, "he", ""},
		{MetricSpeechSpeaker, WrongSpeaker, "Hello there,", "Hello there,"},
		{MetricSpeechSpeaker, WrongSpeaker, "that prices rose", "prices rose"},
	}
	if diff := cmp.Diff(wantP, gotP); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	var b bytes.Buffer
	for _, p := range probs {
		WriteProblem(&b, 7, p)
	}
	if !strings.Contains(b.String(), `== content: missed (indirect) line 7 id "r1"`) {
		t.Errorf("WriteProblem:\n%s", b.String())
	}
}

// TestScoreWhiteSpace: spans are trimmed before comparison.
func TestScoreWhiteSpace(t *testing.T) {
	text := "He said:  \u00a0prices rose \n"
	g := &Record{Text: text, Quotes: []Attribution{{Kind: "indirect",
		Content: &Span{Start: 8, End: len(text)}, Speaker: &Span{Start: 0, End: 3}}}}
	d := &attribution.Document{Quotes: []attribution.Quote{{Kind: attribution.Indirect,
		Start: at(t, text, "prices rose", 0).Start, End: at(t, text, "prices rose", 0).End,
		Speaker: &attribution.Span{Start: 0, End: 2}}}}
	got, _ := Score(g, d, false)
	if got.Content != (PRF{TP: 1}) || got.Source != (PRF{TP: 1}) {
		t.Errorf("content %+v source %+v, want exact matches after trimming", got.Content, got.Source)
	}
}

// TestScoreSegments: a direct quote in two segments against a prediction of
// one span over both, then against the right two parts.
func TestScoreSegments(t *testing.T) {
	text := "“We will win,” she said. “And soon.”"
	a, b := at(t, text, "We will win,", 0), at(t, text, "And soon.", 0)
	g := &Record{Text: text, Quotes: []Attribution{{Kind: "direct",
		Content: &Span{Start: a.Start, End: b.End}, Fragments: []Span{a, b},
		Speaker: ptr(at(t, text, "she", 0)), Cue: ptr(at(t, text, "said", 0))}}}
	whole := attribution.Quote{Kind: attribution.Direct, Start: a.Start, End: b.End,
		Speaker: aspan(at(t, text, "she", 0))}
	got, _ := Score(g, &attribution.Document{Quotes: []attribution.Quote{whole}}, false)
	// One predicted segment [a.Start, b.End) of 36 bytes: IoU with "We will
	// win," (12 bytes) is 1/3, with "And soon." less: no overlap match.
	if got.Direct != (PRF{FP: 1, FN: 2}) || got.DirectSpeaker != (Ratio{}) || got.Content != (PRF{TP: 1}) {
		t.Errorf("whole: direct %+v speaker %+v content %+v", got.Direct, got.DirectSpeaker, got.Content)
	}
	parts := whole
	parts.Parts = []attribution.Span{{Start: a.Start, End: a.End}, {Start: b.Start, End: b.End}}
	got, _ = Score(g, &attribution.Document{Quotes: []attribution.Quote{parts}}, false)
	if got.Direct != (PRF{TP: 2}) || got.DirectSpeaker != (Ratio{2, 2}) || got.Speech != (Ratio{1, 1}) {
		t.Errorf("parts: direct %+v speaker %+v speech %+v", got.Direct, got.DirectSpeaker, got.Speech)
	}
}

func TestMatch(t *testing.T) {
	it := func(s, e int) item { return item{s: s, e: e} }
	for _, c := range []struct {
		name       string
		gold, pred []item
		want       []int
	}{
		{"iou exactly 0.5", []item{it(0, 10)}, []item{it(0, 5)}, []int{0}},
		{"iou below 0.5", []item{it(0, 10)}, []item{it(0, 4)}, []int{-1}},
		{"pred longer, 0.5", []item{it(10, 20)}, []item{it(5, 25)}, []int{0}},
		{"no overlap", []item{it(0, 10)}, []item{it(10, 20)}, []int{-1}},
		// p0 [4,14) has IoU 6/14 with g0 and 9/11 with g1; p1 [0,9) has
		// 9/10 with g0: each gold item gets its best.
		{"greedy by iou", []item{it(0, 10), it(5, 15)}, []item{it(4, 14), it(0, 9)}, []int{1, 0}},
		// One prediction, two equally good gold items: the earlier wins.
		{"one to one", []item{it(0, 10), it(0, 10)}, []item{it(0, 10)}, []int{0, -1}},
		{"empty pred", []item{it(0, 10)}, nil, []int{-1}},
	} {
		if got := match(c.gold, c.pred); !cmp.Equal(got, c.want) {
			t.Errorf("%s: match = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestMultiset: two attributions share one content span (two speakers); a
// single prediction matches one of them.
func TestMultiset(t *testing.T) {
	text := "Smith and Jones said the plan failed."
	content := at(t, text, "the plan failed", 0)
	g := &Record{Text: text, Quotes: []Attribution{
		{Kind: "indirect", Content: ptr(content), Speaker: ptr(at(t, text, "Smith", 0)), Cue: ptr(at(t, text, "said", 0))},
		{Kind: "indirect", Content: ptr(content), Speaker: ptr(at(t, text, "Jones", 0)), Cue: ptr(at(t, text, "said", 0))},
	}}
	d := &attribution.Document{Quotes: []attribution.Quote{{Kind: attribution.Indirect,
		Start: content.Start, End: content.End, Speaker: aspan(at(t, text, "Jones", 0)), Cue: aspan(at(t, text, "said", 0))}}}
	got, _ := Score(g, d, false)
	if got.Content != (PRF{TP: 1, FN: 1}) || got.Cue != (PRF{TP: 1, FN: 1}) || got.Source != (PRF{TP: 1, FN: 1}) {
		t.Errorf("content %+v cue %+v source %+v", got.Content, got.Cue, got.Source)
	}
	// Speech: two gold items, one prediction: one matched (the first gold
	// item, Smith), whose speaker is wrong.
	if got.Speech != (Ratio{1, 2}) || got.SpeechSpeaker != (Ratio{0, 1}) {
		t.Errorf("speech %+v speaker %+v", got.Speech, got.SpeechSpeaker)
	}
}

// TestNonSpeech: a belief attribution counts for content but not speech.
func TestNonSpeech(t *testing.T) {
	text := "Voters think the economy is weak."
	g := &Record{Text: text, Quotes: []Attribution{{Kind: "indirect",
		Content: ptr(at(t, text, "the economy is weak", 0)), Speaker: ptr(at(t, text, "Voters", 0)),
		Cue: ptr(at(t, text, "think", 0))}}}
	got, _ := Score(g, nil, false)
	if got.Content != (PRF{FN: 1}) || got.Speech != (Ratio{}) {
		t.Errorf("content %+v speech %+v", got.Content, got.Speech)
	}
}

func TestIsSpeechCue(t *testing.T) {
	for cue, want := range map[string]bool{
		"said": true, "says": true, "told reporters": true, "according to": true,
		"wrote": true, "pointed out": true, "tweeted": true, "in a statement": true,
		"Added": true, "asking": true, "testified": true, "quipped": true,
		"thinks": false, "believes": false, "shows": false, "wants": false,
		"don’t like": false, "found": false, "": false,
	} {
		if got := IsSpeechCue(cue); got != want {
			t.Errorf("IsSpeechCue(%q) = %v, want %v", cue, got, want)
		}
	}
}

func TestDecode(t *testing.T) {
	line := `{"id": 7, "text": "“Go,” he said.", "extra": 1, "quotes": [
	  {"kind": "direct", "start": 3, "end": 6, "fragments": [{"start": 3, "end": 6, "text": "Go,"}],
	   "speaker": "he", "speaker_start": 10, "speaker_end": 12, "cue": {"start": 13, "end": 17, "text": "said"}},
	  {"kind": null, "start": null, "end": null, "fragments": [], "speaker": null,
	   "speaker_start": null, "speaker_end": null, "cue": {"start": 13, "end": 17}},
	  {"kind": "direct", "start": 3, "end": 6, "parts": [{"start": 3, "end": 6}],
	   "speaker": {"start": 10, "end": 12, "text": "he"}, "cue": null}]}`
	r, err := Decode([]byte(line))
	if err != nil {
		t.Fatal(err)
	}
	want := &Record{ID: []byte("7"), Text: "“Go,” he said.", Quotes: []Attribution{
		{Kind: "direct", Content: &Span{Start: 3, End: 6}, Fragments: []Span{{3, 6, "Go,"}},
			Speaker: &Span{Start: 10, End: 12}, Cue: &Span{13, 17, "said"}},
		{Cue: &Span{Start: 13, End: 17}, Fragments: []Span{}},
		{Kind: "direct", Content: &Span{Start: 3, End: 6}, Fragments: []Span{{Start: 3, End: 6}},
			Speaker: &Span{10, 12, "he"}},
	}}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("Decode (-want +got):\n%s", diff)
	}
	for _, bad := range []string{
		`{"id": 1}`,
		`{"id": 1, "text": "abc", "quotes": [{"start": 1, "end": 9}]}`,
		`{"id": 1, "text": "abc", "quotes": [{"start": 2, "end": 1}]}`,
		`{"id": 1, "text": "abc", "quotes": [{"start": 1}]}`,
		`{"id": 1, "text": "abc", "quotes": [{"start": 0, "end": 1, "cue": {"start": -1, "end": 1}}]}`,
		`{"id": 1, "text": `,
	} {
		if _, err := Decode([]byte(bad)); err == nil {
			t.Errorf("Decode(%s): no error", bad)
		}
	}
}

func TestShorten(t *testing.T) {
	if got := Shorten("short", 10); got != "short" {
		t.Errorf("got %q", got)
	}
	long := strings.Repeat("é", 100) // 200 bytes
	got := Shorten(long, 30)
	if !strings.Contains(got, " … ") || len(got) > 40 {
		t.Errorf("Shorten = %q", got)
	}
	for _, r := range got {
		if r == '\uFFFD' {
			t.Fatalf("cut inside a rune: %q", got)
		}
	}
}

// TestPolNeARDev scores Parse on the PolNeAR dev data when it is present
// and logs the figures (no thresholds: see the library's own tests).
func TestPolNeARDev(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	f, err := os.Open("../../../shared/data/polnear/dev.jsonl")
	if err != nil {
		t.Skipf("PolNeAR dev data absent: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var total Counts
	n := 0
	for sc.Scan() {
		n++
		r, err := Decode(sc.Bytes())
		if err != nil {
			t.Errorf("line %d: %v", n, err)
			continue
		}
		c, _ := Score(r, attribution.Parse(r.Text), false)
		total.Add(c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	WriteTable(&b, total)
	t.Logf("PolNeAR dev, %d lines:\n%s", n, b.String())
}
