package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"

	"github.com/quotekit/attribution"
)

// The pipelines run on Beam's direct runner (or the one given with
// go test . -args -runner=NAME) and on prism; see localRunners.
//
// The tests run with TMPDIR set to a directory removed at the end: prism's
// loopback mode leaves an empty beamloopbackworker-* file in the temporary
// directory at every run (Beam SDK v2.77.0, runnerlib/execute.go).
func TestMain(m *testing.M) {
	tmp, err := os.MkdirTemp("", "attribution-beam-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("TMPDIR", tmp)
	code := ptest.MainRetWithDefault(m, defaultRunner)
	os.RemoveAll(tmp)
	os.Exit(code)
}

// testdataGlob is the library's article fixtures, from this directory.
const testdataGlob = "../../testdata/*.txt"

// document is one input document: its id as JSON and its text.
type document struct {
	id   string
	text string
}

// fixture is a tiny set of dispatches written for this test (not taken from
// any corpus): direct, interrupted, mixed and indirect quotes, cues before
// and after, curly, straight, low-9 and guillemet marks, non-ASCII text,
// CRLF line endings, the same speaker in two documents, a document without
// quotes, an empty one and one with invalid UTF-8. What Parse finds in them
// is computed, never written down here, so the test holds whatever Parse
// finds today.
var fixture = []struct{ name, text string }{
	{"direct.txt", "WASHINGTON, March 3. \u201cWe will compete vigorously in every state,\u201d Senator Jane Morris said on Tuesday.\n\n\"The numbers are clear,\" she told reporters. \"We are ahead.\"\n"},
	{"mixed.txt", "Morris says the campaign will \u201ccompete vigorously\u201d in the fall.\n\nAccording to the ministry, exports rose by 5 percent in May.\n\nThe minister noted that the budget was balanced.\n"},
	{"same_speaker.txt", "\u201cI have nothing to add,\u201d Jane Morris said.\n"},
	{"crlf.txt", "PARIS, May 1.\r\n\r\n\u00ab C\u2019est un grand jour \u00bb, a d\u00e9clar\u00e9 la ministre Am\u00e9lie Durand.\r\n\r\n\u201cThis is a great day,\u201d Durand said. \u201cWe waited for it.\u201d\r\n"},
	{"german.txt", "\u201eDas ist ein guter Tag\u201c, sagte Bundeskanzler Max M\u00fcller am Montag.\n"},
	{"none.txt", "The river rose by two metres overnight and the bridge was closed.\n"},
	{"empty.txt", ""},
	{"invalid.txt", "\"Bad \xff bytes here,\" the spokesman said.\n"},
}

// writeFixture writes the fixture into a new directory, one file per
// document, and returns a glob matching them.
func writeFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range fixture {
		if err := os.WriteFile(filepath.Join(dir, f.name), []byte(f.text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "*.txt")
}

// readFiles returns the documents matched by glob, with their path as id,
// as the pipeline reads them.
func readFiles(t *testing.T, glob string) []document {
	t.Helper()
	paths, err := filepath.Glob(glob)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no file matches %s", glob)
	}
	var docs []document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := json.Marshal(p)
		docs = append(docs, document{string(id), string(b)})
	}
	return docs
}

// expected computes, with attribution.Parse run directly, the sorted quote
// lines and entity count lines the pipeline must write for docs.
func expected(docs []document) (quotes, entities []string) {
	counts := map[string]int{}
	for _, d := range docs {
		for _, q := range attribution.Parse(d.text).Quotes {
			quotes = append(quotes, quoteLine(json.RawMessage(d.id), q))
			counts[entityKey(q.Entity)]++
		}
	}
	for k, n := range counts {
		entities = append(entities, formatCount(k, n))
	}
	sort.Strings(quotes)
	sort.Strings(entities)
	return quotes, entities
}

// written is what one pipeline run wrote, each file's lines sorted.
type written struct {
	quotes, entities, errors []string
}

// localRunners are the runners every pipeline test runs on: the one chosen
// with -runner (direct by default) and prism, Beam's portable local runner,
// which also checks what a remote runner needs: DoFn registration, coders,
// and the splittable DoFn of textio.
func localRunners() []string {
	rs := []string{ptest.DefaultRunner()}
	if *runners.Runner != "" {
		rs[0] = *runners.Runner
	}
	if rs[0] != "prism" {
		rs = append(rs, "prism")
	}
	return rs
}

// runPipeline runs the whole pipeline of main over glob on each local
// runner, checks that they all wrote the same, and returns what they wrote.
func runPipeline(t *testing.T, glob string, jsonLines bool) written {
	t.Helper()
	var first written
	for i, runner := range localRunners() {
		prefix := filepath.Join(t.TempDir(), "out")
		p, s := beam.NewPipelineWithRoot()
		buildPipeline(s, glob, prefix, jsonLines)
		if _, err := beam.Run(context.Background(), runner, p); err != nil {
			t.Fatalf("pipeline over %s on the %s runner: %v", glob, runner, err)
		}
		w := written{
			quotes:   readLines(t, prefix+"-quotes.jsonl"),
			entities: readLines(t, prefix+"-entities.jsonl"),
			errors:   readLines(t, prefix+"-errors.jsonl"),
		}
		if i == 0 {
			first = w
			continue
		}
		if diff := cmp.Diff(first, w, cmp.AllowUnexported(written{})); diff != "" {
			t.Errorf("the %s and %s runners wrote different lines (-%[1]s +%[2]s):\n%s", localRunners()[0], runner, diff)
		}
	}
	return first
}

// readLines returns the sorted lines of a file; a missing file (textio.Write
// writes none for an empty PCollection) has none.
func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(b) == 0 {
		lines = nil
	}
	sort.Strings(lines)
	return lines
}

func checkLines(t *testing.T, what string, want, got []string) {
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s lines differ from attribution.Parse run directly (-want +got):\n%s", what, diff)
	}
}

func TestPipelineFiles(t *testing.T) {
	for _, tc := range []struct{ name, glob string }{
		{"testdata", testdataGlob},
		{"fixture", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			glob := tc.glob
			if glob == "" {
				glob = writeFixture(t)
			}
			docs := readFiles(t, glob)
			wantQuotes, wantEntities := expected(docs)
			t.Logf("%d documents, %d quotes found by Parse", len(docs), len(wantQuotes))
			got := runPipeline(t, glob, false)
			checkLines(t, "quote", wantQuotes, got.quotes)
			checkLines(t, "entity count", wantEntities, got.entities)
		})
	}
}

// jsonlInput returns the JSON Lines form of docs, ids as given (strings,
// numbers, odd spacing, no id at all).
func jsonlInput(docs []document) []byte {
	var b bytes.Buffer
	for _, d := range docs {
		text, _ := json.Marshal(d.text)
		if d.id == "null" {
			fmt.Fprintf(&b, "{\"text\":%s,\"source\":\"ignored\"}\n", text)
			continue
		}
		fmt.Fprintf(&b, "{\"id\" : %s , \"text\":%s}\n", d.id, text)
	}
	return b.Bytes()
}

// jsonlDocs is the fixture plus the testdata articles with ids of every
// kind. Their texts are as a JSON Lines reader gets them back: invalid
// UTF-8 bytes become U+FFFD once they go through JSON.
func jsonlDocs(t *testing.T) []document {
	t.Helper()
	var docs []document
	for i, f := range fixture {
		id := fmt.Sprintf("%d", i+1) // numbers
		switch i % 3 {
		case 1:
			id = fmt.Sprintf("%q", "fixture/"+f.name) // strings
		case 2:
			id = fmt.Sprintf("%d.5", i) // non-integer numbers
		}
		if i == 0 {
			id = "null" // no id field
		}
		docs = append(docs, document{id, f.text})
	}
	docs = append(docs, readFiles(t, testdataGlob)...)
	for i, d := range docs {
		b, _ := json.Marshal(d.text)
		if err := json.Unmarshal(b, &docs[i].text); err != nil {
			t.Fatal(err)
		}
	}
	return docs
}

func TestPipelineJSONL(t *testing.T) {
	docs := jsonlDocs(t)
	in := jsonlInput(docs)
	// Lines that are not documents: blank lines are skipped, the others are
	// reported on the errors output.
	bad := "\n   \r\nnot json\n{\"id\": \"no-text\", \"title\": \"x\"}\n{\"id\": 99, \"text\": 12}\n"
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, append(slices.Clip(in), bad...), 0o644); err != nil {
		t.Fatal(err)
	}
	wantQuotes, wantEntities := expected(docs)
	t.Logf("%d documents, %d quotes found by Parse", len(docs), len(wantQuotes))
	got := runPipeline(t, path, true)
	checkLines(t, "quote", wantQuotes, got.quotes)
	checkLines(t, "entity count", wantEntities, got.entities)

	var errIDs []string
	for _, l := range got.errors {
		var e struct {
			ID    json.RawMessage `json:"id"`
			Error string          `json:"error"`
		}
		if err := json.Unmarshal([]byte(l), &e); err != nil || e.Error == "" {
			t.Errorf("error line %s: want {\"id\": ..., \"error\": \"...\"} (%v)", l, err)
		}
		errIDs = append(errIDs, string(e.ID))
	}
	sort.Strings(errIDs)
	if want := []string{`"no-text"`, "99", "null"}; !slices.Equal(errIDs, want) {
		t.Errorf("error lines for ids %v, want %v:\n%s", errIDs, want, strings.Join(got.errors, "\n"))
	}

	t.Run("quotes-command", func(t *testing.T) {
		cmdLines := quotesCommand(t, in)
		t.Logf("%d quote lines from quotes -jsonl", len(cmdLines))
		if f, ok := editedSinceTestBuild(t); ok {
			t.Skipf("%s was edited after this test binary was built: the command and the pipeline "+
				"would run different versions of the library; run the test again", f)
		}
		if diff := cmp.Diff(cmdLines, got.quotes); diff != "" {
			t.Errorf("pipeline quote lines differ from those of quotes -jsonl (-command +pipeline):\n%s\n"+
				"(the command is built from the working tree when this sub-test runs, the test binary "+
				"before: if the library was edited meanwhile, run the test again)", diff)
		}
	})
}

// editedSinceTestBuild reports a Go file of the repository (outside
// examples/) modified after the test binary was built, if any. It tells a
// true difference between the command and the pipeline from a library being
// edited while the test runs.
func editedSinceTestBuild(t *testing.T) (string, bool) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(exe)
	if err != nil {
		t.Fatal(err)
	}
	built := fi.ModTime()
	var edited string
	filepath.WalkDir("../..", func(path string, d os.DirEntry, err error) error {
		if err != nil || edited != "" {
			return filepath.SkipDir
		}
		if d.IsDir() && path != "../.." && (d.Name() == "examples" || strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			if info, err := d.Info(); err == nil && info.ModTime().After(built) {
				edited = path
			}
		}
		return nil
	})
	return edited, edited != ""
}

// quotesCommand builds the repository's cmd/quotes with its own module, runs
// it with -jsonl over in, and maps the quotes of every output document with
// quoteLine. It skips the test when the command does not echo ids yet.
func quotesCommand(t *testing.T, in []byte) []string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds cmd/quotes; skipped with -short")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "quotes")
	build := exec.Command("go", "build", "-buildvcs=false", "-o", bin, "./cmd/quotes")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/quotes: %v\n%s", err, out)
	}
	path := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(path, in, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	run := exec.Command(bin, "-jsonl", "-q", path)
	run.Stdout, run.Stderr = &stdout, &stderr
	runErr := run.Run()

	var lines []string
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 64<<20)
	n := 0
	for sc.Scan() {
		n++
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &fields); err != nil {
			t.Skipf("quotes -jsonl is not ready: output line %d is not a JSON object (%v); stderr: %s", n, err, stderr.Bytes())
		}
		id, ok := fields["id"] // a JSON null stays "null"
		if !ok {
			t.Skipf("quotes -jsonl is not ready: output line %d has no \"id\"; stderr: %s", n, stderr.Bytes())
		}
		if e, ok := fields["error"]; ok {
			t.Errorf("quotes -jsonl: error for line %d: %s", n, e)
			continue
		}
		var d struct {
			Quotes []attribution.Quote `json:"quotes"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("quotes -jsonl: output line %d: %v", n, err)
		}
		for _, q := range d.Quotes {
			lines = append(lines, quoteLine(json.RawMessage(compactID(id)), q))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if runErr != nil {
		t.Fatalf("quotes -jsonl: %v\n%s", runErr, stderr.Bytes())
	}
	if want := bytes.Count(in, []byte("\n")); n != want {
		t.Errorf("quotes -jsonl wrote %d lines for %d input lines", n, want)
	}
	sort.Strings(lines)
	return lines
}

// TestQuoteLine pins the per-quote line format.
func TestQuoteLine(t *testing.T) {
	text := "“Tout va bien & <vite>,” Amélie said."
	span := func(w string) *attribution.Span {
		i := strings.Index(text, w)
		return &attribution.Span{Start: i, End: i + len(w), Text: w}
	}
	content := span("Tout va bien & <vite>,")
	q := attribution.Quote{Kind: attribution.Direct, Start: content.Start, End: content.End,
		Text: content.Text, Speaker: span("Amélie"), Cue: span("said"), Entity: "Amélie Durand",
		Closed: true}
	for _, tc := range []struct {
		id   string
		q    attribution.Quote
		want string
	}{
		{`"a.txt"`, q, `{"id":"a.txt","kind":"direct","start":3,"end":25,"text":"Tout va bien & <vite>,","speaker":"Amélie","cue":"said","entity":"Amélie Durand"}`},
		{`12`, attribution.Quote{Kind: attribution.Indirect, Start: 0, End: 4, Text: "that"}, `{"id":12,"kind":"indirect","start":0,"end":4,"text":"that","speaker":null,"cue":null,"entity":null}`},
		{``, attribution.Quote{Kind: attribution.Mixed}, `{"id":null,"kind":"mixed","start":0,"end":0,"text":"","speaker":null,"cue":null,"entity":null}`},
	} {
		if got := quoteLine(json.RawMessage(tc.id), tc.q); got != tc.want {
			t.Errorf("quoteLine(%s, ...) =\n%s\nwant\n%s", tc.id, got, tc.want)
		}
	}
	if got, want := formatCount(entityKey("Lu Mei"), 3), `{"entity":"Lu Mei","quotes":3}`; got != want {
		t.Errorf("formatCount = %s, want %s", got, want)
	}
	if got, want := formatCount(entityKey(""), 2), `{"entity":null,"quotes":2}`; got != want {
		t.Errorf("formatCount = %s, want %s", got, want)
	}
}

func TestCheckInput(t *testing.T) {
	ctx := context.Background()
	if err := checkInput(ctx, testdataGlob); err != nil {
		t.Errorf("checkInput(%s) = %v, want nil", testdataGlob, err)
	}
	empty := filepath.Join(t.TempDir(), "*.txt")
	if err := checkInput(ctx, empty); err == nil {
		t.Errorf("checkInput(%s) = nil, want an error: no file matches", empty)
	}
}
