package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/quotekit/attribution"
)

const fixture = "../../testdata/trend_ambassador_article.txt"

// runCmd runs the command in-process and returns its exit status, stdout
// and stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// writeFile writes content to name in a temporary directory and returns its
// path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestJSONOfFixture(t *testing.T) {
	text, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCmd(t, "", fixture)
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	want, _ := json.MarshalIndent(attribution.Parse(string(text)), "", "  ")
	if diff := cmp.Diff(string(want)+"\n", out); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
	var d attribution.Document
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("output is not a Document: %v", err)
	}
	// The same text on stdin gives the same document.
	code, out2, _ := runCmd(t, string(text))
	if code != 0 || out2 != out {
		t.Errorf("stdin: exit %d, output differs from the file's", code)
	}
}

// TestNoEntities: -no-entities gives what a Parser made WithoutEntities
// gives, which is the default output without its entities.
func TestNoEntities(t *testing.T) {
	text, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCmd(t, "", "-no-entities", fixture)
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	d := attribution.NewParser(attribution.WithoutEntities()).Parse(string(text))
	want, _ := json.MarshalIndent(d, "", "  ")
	if diff := cmp.Diff(string(want)+"\n", out); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
	if full := attribution.Parse(string(text)); len(full.Entities) == 0 || len(d.Entities) != 0 || len(d.Quotes) != len(full.Quotes) {
		t.Errorf("%d quotes and %d entities, want %d quotes and none (the fixture has %d)", len(d.Quotes), len(d.Entities), len(full.Quotes), len(full.Entities))
	}
}

// TestJSONSeveralFiles: one document per file, in argument order.
func TestJSONSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "“Yes,” she said.")
	b := writeFile(t, dir, "b.txt", "Nothing here at all.")
	code, out, _ := runCmd(t, "", "-j", "2", a, b, a)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var ends []int
	for dec.More() {
		var d attribution.Document
		if err := dec.Decode(&d); err != nil {
			t.Fatal(err)
		}
		ends = append(ends, d.Paragraphs[len(d.Paragraphs)-1].End)
	}
	if want := []int{len("“Yes,” she said."), len("Nothing here at all."), len("“Yes,” she said.")}; !cmp.Equal(ends, want) {
		t.Errorf("documents end at %v, want %v", ends, want)
	}
}

// decodeLines decodes JSON Lines output into generic objects.
func decodeLines(t *testing.T, out string) []map[string]json.RawMessage {
	t.Helper()
	var recs []map[string]json.RawMessage
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("output line %d is not JSON: %v: %.200s", i+1, err, l)
		}
		recs = append(recs, m)
	}
	return recs
}

func TestJSONLIDs(t *testing.T) {
	in := `{"id": "doc-1", "text": "“Go,” he said.", "source": "x"}
{"text": "She said it was late.", "id": 42}
{"id": 1.50, "text": ""}
{"id": {"a": [1, 2]}, "text": "Nothing."}
{"text": "no id"}
`
	code, out, stderr := runCmd(t, in, "-jsonl", "-q")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	recs := decodeLines(t, out)
	var ids []string
	for _, r := range recs {
		ids = append(ids, string(r["id"]))
	}
	if want := []string{`"doc-1"`, `42`, `1.50`, `{"a": [1, 2]}`, `null`}; !cmp.Equal(ids, want) {
		t.Errorf("ids %v, want %v", ids, want)
	}
	for i, l := range strings.Split(out, "\n")[:len(recs)] {
		if !strings.HasPrefix(l, `{"id":`) {
			t.Errorf("line %d does not start with id: %.60s", i+1, l)
		}
	}
	// Each line carries the Document of its text.
	var d attribution.Document
	if err := json.Unmarshal([]byte(strings.Split(out, "\n")[0]), &d); err != nil {
		t.Fatal(err)
	}
	want := attribution.Parse("“Go,” he said.")
	if diff := cmp.Diff(want, &d, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("document of line 1 (-want +got):\n%s", diff)
	}
}

func TestJSONLBadLines(t *testing.T) {
	in := `{"id": 1, "text": "One."}
{"id": 2, "text": "Two.
{"id": 3}

{"id": 4, "text": 4}
[1, 2]
{"id": 5, "text": "Five."}
`
	code, out, stderr := runCmd(t, in, "-jsonl", "-q")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	recs := decodeLines(t, out)
	type row struct{ ID, Error string }
	var got []row
	for _, r := range recs {
		var e string
		json.Unmarshal(r["error"], &e)
		got = append(got, row{string(r["id"]), e})
	}
	want := []row{
		{"1", ""},
		{"null", "invalid JSON: unexpected end of JSON input"},
		{"3", `no "text" field`},
		{"4", `"text" is not a string`},
		{"null", "not a JSON object"},
		{"5", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	for _, n := range []string{"<stdin>: line 2:", "<stdin>: line 3:", "<stdin>: line 5:", "<stdin>: line 6:"} {
		if !strings.Contains(stderr, n) {
			t.Errorf("stderr lacks %q:\n%s", n, stderr)
		}
	}
	if strings.Contains(stderr, "line 4") || strings.Contains(stderr, "line 7") {
		t.Errorf("stderr names a good line:\n%s", stderr)
	}
}

// TestJSONLLongLines: lines far longer than bufio's 64 KiB default, and one
// past -max-line, which gives an error record in place.
func TestJSONLLongLines(t *testing.T) {
	para := "“We will not stop,” the minister said on Tuesday. "
	mid := strings.Repeat(para, 100*1024/len(para)+1)  // > 100 KiB
	big := strings.Repeat(para, 5*1024*1024/len(para)) // ~5 MB
	var in strings.Builder
	for i, text := range []string{mid, "short", big} {
		b, _ := json.Marshal(map[string]any{"id": i, "text": text})
		in.Write(b)
		in.WriteString("\r\n") // CRLF line endings too
	}
	code, out, stderr := runCmd(t, in.String(), "-jsonl", "-q")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d output lines, want 3", len(lines))
	}
	for i, text := range []string{mid, "short", big} {
		var d struct {
			ID         int
			Paragraphs []attribution.Span
		}
		if err := json.Unmarshal([]byte(lines[i]), &d); err != nil {
			t.Fatal(err)
		}
		if d.ID != i || len(d.Paragraphs) == 0 || d.Paragraphs[len(d.Paragraphs)-1].End > len(text) {
			t.Errorf("line %d: id %d, paragraphs %v for a text of %d bytes", i+1, d.ID, d.Paragraphs, len(text))
		}
	}

	code, out, stderr = runCmd(t, in.String(), "-jsonl", "-q", "-max-line", "1000000")
	if code != 1 || !strings.Contains(stderr, "line 3: line too long") {
		t.Errorf("-max-line: exit %d, stderr %q", code, stderr)
	}
	recs := decodeLines(t, out)
	if len(recs) != 3 || recs[2]["error"] == nil || recs[0]["error"] != nil {
		t.Errorf("-max-line: records %d, third %v", len(recs), recs[len(recs)-1]["error"])
	}
}

func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "“A,” she said.")
	b := writeFile(t, dir, "b.txt", "“B,” he said.")
	missing := filepath.Join(dir, "missing.txt")
	code, out, stderr := runCmd(t, "", a, missing, b)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr, "missing.txt") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr should name the missing file once:\n%s", stderr)
	}
	if n := strings.Count(out, `"paragraphs"`); n != 2 {
		t.Errorf("%d documents, want 2", n)
	}

	// The same with JSON Lines files.
	ja := writeFile(t, dir, "a.jsonl", `{"id": "a", "text": "A."}`+"\n")
	jb := writeFile(t, dir, "b.jsonl", `{"id": "b", "text": "B."}`+"\n")
	code, out, stderr = runCmd(t, "", "-jsonl", "-q", ja, missing, jb)
	if code != 1 || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("-jsonl: exit %d, stderr %q", code, stderr)
	}
	if recs := decodeLines(t, out); len(recs) != 2 || string(recs[1]["id"]) != `"b"` {
		t.Errorf("-jsonl: output %q", out)
	}
}

// manyRecords returns n JSON Lines records of varied sizes and their ids.
func manyRecords(n int) string {
	var b strings.Builder
	parts := []string{
		"“We will win,” Smith said. ",
		"The minister told reporters that the plan had failed. ",
		"Prices rose in March, according to the bureau. ",
		"Nothing was said. ",
		"„Das ist gut“, sagte er. ",
	}
	for i := range n {
		var text strings.Builder
		for j := range i%17 + 1 {
			text.WriteString(parts[(i+j)%len(parts)])
			if j%4 == 3 {
				text.WriteString("\n\n")
			}
		}
		line, _ := json.Marshal(map[string]any{"id": fmt.Sprintf("r%d", i), "text": text.String()})
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestWorkersSameOutput: -j 1 and -j 4 give byte-identical output, one line
// per input line, in input order.
func TestWorkersSameOutput(t *testing.T) {
	in := manyRecords(2000)
	_, out1, _ := runCmd(t, in, "-jsonl", "-q", "-j", "1")
	code, out4, _ := runCmd(t, in, "-jsonl", "-q", "-j", "4")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if out1 != out4 {
		t.Fatal("-j 1 and -j 4 outputs differ")
	}
	for i, r := range decodeLines(t, out4) {
		if want := fmt.Sprintf(`"r%d"`, i); string(r["id"]) != want {
			t.Fatalf("line %d has id %s, want %s", i+1, r["id"], want)
		}
	}
}

// failingWriter accepts n bytes, then fails every write with err.
type failingWriter struct {
	n      int
	err    error
	writes atomic.Int64
}

func (w *failingWriter) Write(p []byte) (int, error) {
	w.writes.Add(1)
	if len(p) <= w.n {
		w.n -= len(p)
		return len(p), nil
	}
	k := w.n
	w.n = 0
	return k, w.err
}

// TestClosedStdout: `quotes ... | head` ends quietly, without processing the
// rest of the input.
func TestClosedStdout(t *testing.T) {
	in := manyRecords(20000)
	w := &failingWriter{n: 100 << 10, err: &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}}
	var errb bytes.Buffer
	done := make(chan int)
	go func() { done <- run([]string{"-jsonl", "-q", "-j", "2"}, strings.NewReader(in), w, &errb) }()
	select {
	case code := <-done:
		if code != 0 || errb.Len() != 0 {
			t.Errorf("exit %d, stderr %q; want a quiet end", code, errb.String())
		}
	case <-time.After(60 * time.Second):
		t.Fatal("run did not end after its output closed")
	}
	if n := w.writes.Load(); n > 3 {
		t.Errorf("%d writes after the pipe closed; want the run to stop", n)
	}

	// Documents and the text view too.
	errb.Reset()
	w = &failingWriter{err: syscall.EPIPE}
	if code := run([]string{"-format", "text", fixture, fixture}, strings.NewReader(""), w, &errb); code != 0 || errb.Len() != 0 {
		t.Errorf("files: exit %d, stderr %q", code, errb.String())
	}

	// Another write error is reported.
	errb.Reset()
	w = &failingWriter{err: errors.New("disk full")}
	if code := run([]string{fixture}, strings.NewReader(""), w, &errb); code != 1 || !strings.Contains(errb.String(), "disk full") {
		t.Errorf("disk full: exit %d, stderr %q", code, errb.String())
	}
}

func TestTextGroupsBySpeaker(t *testing.T) {
	text := "“We will win,” Smith said. Jones said that it was over. “Never,” he said. “Again.” " +
		strings.Repeat("long words ", 40)
	sp := func(s string, n int) *attribution.Span {
		i := strings.Index(text, s)
		for ; n > 0; n-- {
			i += len(s) + strings.Index(text[i+len(s):], s)
		}
		return &attribution.Span{Start: i, End: i + len(s), Text: s}
	}
	q := func(kind attribution.Kind, content string, speaker *attribution.Span, entity string) attribution.Quote {
		c := sp(content, 0)
		return attribution.Quote{Kind: kind, Start: c.Start, End: c.End, Text: content, Speaker: speaker,
			Cue: sp("said", 0), Entity: entity, Closed: true}
	}
	d := &attribution.Document{Quotes: []attribution.Quote{
		q(attribution.Direct, "We will win,", sp("Smith", 0), "John Smith"),
		q(attribution.Indirect, "that it was over", sp("Jones", 0), ""),
		q(attribution.Direct, "Never,", sp("he", 0), "John Smith"),
		q(attribution.Direct, "Again.", nil, ""),
		q(attribution.Indirect, strings.TrimSpace(strings.Repeat("long words ", 40)), nil, ""),
	}}
	var b bytes.Buffer
	if err := writeText(&b, text, d); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	want := `5 quotes, 2 speakers

John Smith: 2 quotes
  - direct: “We will win,”
    speaker “Smith”, cue “said”, bytes 3-15
  - direct: “Never,”
    speaker “he”, cue “said”, bytes 63-69

Jones: 1 quote
  - indirect: that it was over
    speaker “Jones”, cue “said”, bytes 42-58

(unattributed): 2 quotes
  - direct: “Again.”
    cue “said”, bytes 85-91
  - indirect: long words long words long words long words long words long words long words long words long words long words long words long words long words long words long … long words long words long words long words long words long words long words
    cue “said”, bytes 95-534
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("text view (-want +got):\n%s", diff)
	}

	// -jsonl -format text: one view per line, errors in place.
	code, out, _ := runCmd(t, `{"id": "a", "text": "“Yes,” she said."}`+"\n{\n", "-jsonl", "-q", "-format", "text")
	if code != 1 || !strings.HasPrefix(out, "== \"a\"\n") || !strings.HasSuffix(out, "== null\nerror: invalid JSON: unexpected end of JSON input\n\n") {
		t.Errorf("-jsonl -format text: exit %d, output:\n%s", code, out)
	}

	// The command's -format text on the fixture.
	code, out, _ = runCmd(t, "", "-format", "text", fixture)
	if code != 0 || !strings.Contains(out, " quote") {
		t.Errorf("-format text: exit %d, output %.200q", code, out)
	}
}

func TestHTML(t *testing.T) {
	code, out, _ := runCmd(t, "", "-format", "html", fixture)
	if code != 0 || !strings.HasPrefix(strings.ToLower(out), "<!doctype html") {
		t.Errorf("exit %d, output %.100q", code, out)
	}
	if code, _, _ := runCmd(t, "", "-format", "html", fixture, fixture); code != 2 {
		t.Errorf("html with two files: exit %d, want 2", code)
	}
}

func TestFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-nosuchflag"}, {"-format", "xml"}, {"-j", "0"}, {"-eval-errors", "3"},
		{"-jsonl", "-format", "html"}, {"-format", "html", "-no-entities"}, {"-eval", "x.jsonl", "y.txt"}, {"-eval-pred", "p.jsonl"},
		{"-eval", "x.jsonl", "-eval-errors", "2", "-eval-metrics", "direct,bogus"},
	} {
		code, out, stderr := runCmd(t, "", args...)
		if code != 2 || out != "" || !strings.Contains(stderr, "Usage:") {
			t.Errorf("%v: exit %d, stdout %q, stderr %.80q", args, code, out, stderr)
		}
	}
	code, _, stderr := runCmd(t, "", "-h")
	if code != 0 {
		t.Errorf("-h: exit %d", code)
	}
	// Every flag is listed, with an example.
	for _, name := range []string{"format", "jsonl", "j", "q", "no-entities", "max-line", "eval", "eval-json", "eval-errors", "eval-out", "eval-metrics", "eval-pred", "cpuprofile"} {
		if !strings.Contains(stderr, "  -"+name+" ") && !strings.Contains(stderr, "  -"+name+"\t") && !strings.Contains(stderr, "  -"+name+"\n") {
			t.Errorf("-h does not list -%s", name)
		}
	}
	if n := strings.Count(stderr, "(e.g. "); n != 13 {
		t.Errorf("-h gives %d flag examples, want 13", n)
	}
	if !strings.Contains(stderr, "Examples:") {
		t.Error("-h has no examples")
	}
}

// TestEval runs -eval on a small gold file and checks the plumbing (the
// scoring itself is tested in internal/eval).
func TestEval(t *testing.T) {
	dir := t.TempDir()
	text := "“We will win,” Smith said."
	gold := fmt.Sprintf(`{"id": "a", "text": %q, "quotes": [{"kind": "direct", "start": 3, "end": 15, "speaker_start": 19, "speaker_end": 24, "cue": {"start": 25, "end": 29}}]}
{"id": "b", "text": "Nothing.", "quotes": []}
{"id": "c", "text": "abc", "quotes": [{"kind": "indirect", "start": 1, "end": 99}]}
`, text)
	p := writeFile(t, dir, "gold.jsonl", gold)
	code, out, stderr := runCmd(t, "", "-q", "-eval", p)
	if code != 1 || !strings.Contains(stderr, "line 3:") {
		t.Errorf("exit %d (want 1 for the bad line), stderr %q", code, stderr)
	}
	for _, s := range []string{"records: 2", "direct exact", "speech recall", "skipped: 1"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	_, out, _ = runCmd(t, "", "-q", "-eval", p, "-eval-json")
	var s struct {
		Records int `json:"records"`
		Direct  struct {
			TP, FN, FP int
		} `json:"direct_exact"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil || s.Records != 2 || s.Direct.TP+s.Direct.FN != 1 {
		t.Errorf("-eval-json: %v %+v\n%s", err, s, out)
	}

	// -eval-pred on the saved -jsonl output gives the same figures; a
	// prediction file whose ids do not line up stops the evaluation.
	_, pred, _ := runCmd(t, "", "-q", "-jsonl", p)
	predFile := writeFile(t, dir, "pred.jsonl", pred)
	_, direct, _ := runCmd(t, "", "-q", "-eval", p)
	code, fromPred, stderr := runCmd(t, "", "-q", "-eval", p, "-eval-pred", predFile)
	if code != 1 || fromPred != direct {
		t.Errorf("-eval-pred: exit %d, figures differ:\n%s\n%s\n%s", code, direct, fromPred, stderr)
	}
	lines := strings.SplitAfter(pred, "\n")
	swapped := writeFile(t, dir, "swapped.jsonl", lines[1]+lines[0]+lines[2])
	code, out, stderr = runCmd(t, "", "-q", "-eval", p, "-eval-pred", swapped)
	if code != 1 || out != "" || !strings.Contains(stderr, `does not match`) {
		t.Errorf("-eval-pred misaligned: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	short := writeFile(t, dir, "short.jsonl", lines[0])
	code, _, stderr = runCmd(t, "", "-q", "-eval", p, "-eval-pred", short)
	if code != 1 || !strings.Contains(stderr, "ends before") {
		t.Errorf("-eval-pred short: exit %d, stderr %q", code, stderr)
	}

	// A prediction that finds nothing lists the miss; here gold with an
	// impossible speaker forces at least one problem.
	gold2 := writeFile(t, dir, "gold2.jsonl", `{"id": 9, "text": "Hello there.", "quotes": [{"kind": "indirect", "start": 0, "end": 5, "speaker_start": 6, "speaker_end": 11, "cue": null}]}`+"\n")
	errs := filepath.Join(dir, "errs.txt")
	code, _, _ = runCmd(t, "", "-q", "-eval", gold2, "-eval-errors", "5", "-eval-out", errs)
	b, err := os.ReadFile(errs)
	if code != 0 || err != nil || !strings.Contains(string(b), "content: missed (indirect) line 1 id 9") {
		t.Errorf("-eval-errors: exit %d, %v, %s", code, err, b)
	}
}

// TestParsePanic: a panic in Parse (a library bug) becomes an error record
// for its line; the other lines are processed.
func TestParsePanic(t *testing.T) {
	parse := func(s string, _ ...attribution.Option) *attribution.Document {
		if strings.Contains(s, "boom") {
			panic("boom")
		}
		return attribution.Parse(s)
	}
	in := `{"id": 1, "text": "One."}` + "\n" + `{"id": 2, "text": "boom"}` + "\n" + `{"id": 3, "text": "Three."}` + "\n"
	var out, errb bytes.Buffer
	code := runWith(parse, []string{"-jsonl", "-q"}, strings.NewReader(in), &out, &errb)
	recs := decodeLines(t, out.String())
	if code != 1 || len(recs) != 3 || recs[1]["error"] == nil || recs[2]["error"] != nil ||
		!strings.Contains(errb.String(), "line 2: internal error: Parse panicked: boom") {
		t.Errorf("exit %d, stdout %s, stderr %s", code, out.String(), errb.String())
	}
}

func TestLineReader(t *testing.T) {
	long := strings.Repeat("x", 200<<10)
	in := "\uFEFFfirst\r\n\n" + long + "\n" + strings.Repeat("y", 1000) + "\nlast"
	lr := newLineReader(strings.NewReader(in), 500<<10)
	var got []string
	for {
		b, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(b))
	}
	if want := []string{"first", "", long, strings.Repeat("y", 1000), "last"}; !cmp.Equal(got, want) {
		t.Errorf("lines differ: %d lines", len(got))
	}
	lr = newLineReader(strings.NewReader(in), 999)
	var errs []int
	n := 0
	for {
		_, err := lr.next()
		if err == io.EOF {
			break
		}
		n++
		if errors.Is(err, errLineTooLong) {
			errs = append(errs, lr.line)
		}
	}
	if n != 5 || !cmp.Equal(errs, []int{3, 4}) {
		t.Errorf("max 999: %d lines, too long: %v", n, errs)
	}
}

func TestOrdered(t *testing.T) {
	produce := func(yield func(int, int64) bool) error {
		for i := range 1000 {
			if !yield(i, 1) {
				return nil
			}
		}
		return nil
	}
	work := func(i int) int {
		if i%7 == 0 {
			time.Sleep(time.Millisecond)
		}
		return i * i
	}
	var got []int
	err := ordered(4, 8, produce, work, func(r int) error { got = append(got, r); return nil })
	if err != nil || len(got) != 1000 {
		t.Fatalf("err %v, %d results", err, len(got))
	}
	for i, r := range got {
		if r != i*i {
			t.Fatalf("result %d is %d", i, r)
		}
	}
	stop := errors.New("stop")
	n := 0
	err = ordered(4, 8, produce, work, func(int) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	})
	if err != stop || n != 10 {
		t.Errorf("err %v after %d results", err, n)
	}
}

// BenchmarkJSONL runs quotes -jsonl with one worker over PolNeAR dev
// (../../../shared/data/polnear/dev.jsonl; skipped when absent), output
// discarded: the command's cost per input byte, JSON in and out included.
// Run it with -cpu 1 and a -cpuprofile to see the share of the work outside
// Parse.
func BenchmarkJSONL(b *testing.B) {
	name := filepath.Join("..", "..", "..", "shared", "data", "polnear", "dev.jsonl")
	st, err := os.Stat(name)
	if err != nil {
		b.Skip("PolNeAR dev absent:", err)
	}
	b.SetBytes(st.Size())
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"-q", "-jsonl", "-j", "1", name}, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit status %d", code)
		}
	}
}

// TestCPUProfile checks that -cpuprofile writes a profile (bench/scripts/pgo
// makes default.pgo with it) and that a file it cannot create is an error.
func TestCPUProfile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "cpu.pgo")
	code, out, stderr := runCmd(t, `{"id": "a", "text": "\"We are ready,\" the mayor said."}`+"\n", "-q", "-jsonl", "-cpuprofile", p)
	if code != 0 || !strings.Contains(out, `"id":"a"`) {
		t.Fatalf("exit %d, stdout %.80q, stderr %q", code, out, stderr)
	}
	if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
		t.Errorf("no profile written: %v", err)
	}
	code, _, stderr = runCmd(t, "", "-q", "-jsonl", "-cpuprofile", filepath.Join(dir, "no", "such", "dir", "cpu.pgo"))
	if code != 1 || !strings.Contains(stderr, "quotes:") {
		t.Errorf("unwritable profile: exit %d, stderr %q", code, stderr)
	}
}
