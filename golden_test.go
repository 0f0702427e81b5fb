package attribution

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden files")

// fixtureNames returns the names (without .txt) of the fixture dispatches.
func fixtureNames(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt fixtures")
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = strings.TrimSuffix(filepath.Base(f), ".txt")
	}
	sort.Strings(names)
	return names
}

// readFixture returns the text of testdata/NAME.txt.
func readFixture(t *testing.T, name string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

// goldenJSON is the golden form of a Document: indented JSON with a final
// newline.
func goldenJSON(t *testing.T, d *Document) []byte {
	t.Helper()
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// TestGolden parses every testdata/NAME.txt and compares the JSON with
// testdata/NAME.golden. With -update it rewrites the golden files instead;
// review the diff before committing them.
func TestGolden(t *testing.T) {
	var missing []string
	for _, name := range fixtureNames(t) {
		t.Run(name, func(t *testing.T) {
			got := goldenJSON(t, Parse(readFixture(t, name)))
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if os.IsNotExist(err) {
				missing = append(missing, name+".golden")
				t.Fatalf("missing %s: run go test -run TestGolden -update and review it", path)
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
			}
		})
	}
	if len(missing) > 0 {
		t.Errorf("fixtures without a golden file: %s", strings.Join(missing, ", "))
	}
}

// crlfMap maps byte offsets in a text to offsets in the same text with every
// "\n" replaced by "\r\n".
type crlfMap struct {
	offsetMap // the general map of robust_test.go, for "\r\n"
}

func newCRLFMap(text string) crlfMap { return crlfMap{newOffsetMap(text, "\r\n")} }

// off maps an offset of the LF text to the CRLF text.
func (m crlfMap) off(i int) int {
	if i < 0 || i >= len(m.nls) {
		return i
	}
	return i + m.extra*m.nls[i]
}

// span maps a span of the LF text to the CRLF text, Text kept as is.
func (m crlfMap) span(s Span) Span {
	return Span{Start: m.off(s.Start), End: m.off(s.End), Text: s.Text}
}

func (m crlfMap) spanPtr(s *Span) *Span {
	if s == nil {
		return nil
	}
	c := m.span(*s)
	return &c
}

// normCRLF undoes the LF to CRLF replacement in a text field.
func normCRLF(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

// TestGoldenCRLF parses every fixture with "\n" replaced by "\r\n" and checks
// that the quotes, terms, sentences and entities are those of the LF text,
// with offsets mapped.
func TestGoldenCRLF(t *testing.T) {
	for _, name := range fixtureNames(t) {
		t.Run(name, func(t *testing.T) {
			lf := readFixture(t, name)
			crlf := strings.ReplaceAll(lf, "\n", "\r\n")
			m := newCRLFMap(lf)
			want, got := Parse(lf), Parse(crlf)

			// The LF results, mapped into the CRLF text.
			var wantQ []Quote
			for _, q := range want.Quotes {
				c := q
				c.Start, c.End = m.off(q.Start), m.off(q.End)
				c.Parts = nil
				for _, p := range q.Parts {
					c.Parts = append(c.Parts, m.span(p))
				}
				c.Speaker, c.Cue = m.spanPtr(q.Speaker), m.spanPtr(q.Cue)
				wantQ = append(wantQ, c)
			}
			// The CRLF results, texts normalised back to LF.
			var gotQ []Quote
			for _, q := range got.Quotes {
				c := q
				c.Text = normCRLF(q.Text)
				c.Parts = nil
				for _, p := range q.Parts {
					p.Text = normCRLF(p.Text)
					c.Parts = append(c.Parts, p)
				}
				if q.Speaker != nil {
					s := *q.Speaker
					s.Text = normCRLF(s.Text)
					c.Speaker = &s
				}
				if q.Cue != nil {
					s := *q.Cue
					s.Text = normCRLF(s.Text)
					c.Cue = &s
				}
				gotQ = append(gotQ, c)
			}
			if diff := cmp.Diff(wantQ, gotQ); diff != "" {
				t.Errorf("quotes differ with CRLF line endings (-LF mapped +CRLF):\n%s", diff)
			}

			var wantT, gotT []Span
			for _, s := range want.Terms {
				wantT = append(wantT, m.span(s))
			}
			for _, s := range got.Terms {
				s.Text = normCRLF(s.Text)
				gotT = append(gotT, s)
			}
			if diff := cmp.Diff(wantT, gotT); diff != "" {
				t.Errorf("terms differ with CRLF line endings (-LF mapped +CRLF):\n%s", diff)
			}

			if len(want.Sentences) != len(got.Sentences) {
				t.Errorf("sentences: %d with LF, %d with CRLF", len(want.Sentences), len(got.Sentences))
			}
			if len(want.Paragraphs) != len(got.Paragraphs) {
				t.Errorf("paragraphs: %d with LF, %d with CRLF", len(want.Paragraphs), len(got.Paragraphs))
			}
			var wantE, gotE []string
			for _, e := range want.Entities {
				wantE = append(wantE, e.Name)
			}
			for _, e := range got.Entities {
				gotE = append(gotE, normCRLF(e.Name))
			}
			if diff := cmp.Diff(wantE, gotE); diff != "" {
				t.Errorf("entities differ with CRLF line endings (-LF +CRLF):\n%s", diff)
			}
			if (want.Dateline == nil) != (got.Dateline == nil) {
				t.Errorf("dateline: %v with LF, %v with CRLF", want.Dateline, got.Dateline)
			}
		})
	}
}

// TestCRLFMap checks the offset mapping helper itself.
func TestCRLFMap(t *testing.T) {
	lf := "ab\ncd\n\nef"
	crlf := strings.ReplaceAll(lf, "\n", "\r\n")
	m := newCRLFMap(lf)
	for i := 0; i <= len(lf); i++ {
		j := m.off(i)
		if i < len(lf) && lf[i] != '\n' && crlf[j] != lf[i] {
			t.Errorf("off(%d) = %d: %q, want %q", i, j, crlf[j], lf[i])
		}
		if i < len(lf) && lf[i] == '\n' && crlf[j:j+2] != "\r\n" {
			t.Errorf("off(%d) = %d: %q, want \\r\\n", i, j, crlf[j:j+2])
		}
	}
	if got := m.off(len(lf)); got != len(crlf) {
		t.Errorf("off(len) = %d, want %d", got, len(crlf))
	}
}
