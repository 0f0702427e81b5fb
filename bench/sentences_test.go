package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchTexts returns the PolNeAR articles, or the library's fixtures when
// the data is absent.
func benchTexts(b *testing.B) []string {
	texts, err := Articles(PolNeARPath)
	if err == nil {
		return texts
	}
	names, _ := filepath.Glob(filepath.Join("..", "testdata", "*.txt"))
	for _, n := range names {
		if data, err := os.ReadFile(n); err == nil {
			texts = append(texts, string(data))
		}
	}
	if len(texts) == 0 {
		b.Skip("no texts")
	}
	return texts
}

// BenchmarkSentences runs every segmenter over the same texts.
func BenchmarkSentences(b *testing.B) {
	texts := benchTexts(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	segs, err := Segmenters()
	if err != nil {
		b.Fatal(err)
	}
	for _, s := range segs {
		b.Run(strings.ReplaceAll(s.Name, "/", "-"), func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				for _, t := range texts {
					n += s.Count(t)
				}
			}
			b.ReportMetric(float64(n)/float64(b.N), "sentences/op")
		})
	}
}

// TestPeerCases reports how many of the library's table cases each
// segmenter gets right (sentences compared with white space collapsed;
// the dateline cases expect the dateline left out, which only ours does).
// Run with -v to see the table.
func TestPeerCases(t *testing.T) {
	cases, err := Cases(CasesPath)
	if err != nil {
		t.Skip(err)
	}
	segs, err := Segmenters()
	if err != nil {
		t.Fatal(err)
	}
	var report strings.Builder
	// Paragraph and dateline cases need a blank-line and dateline layer
	// that only ours has; the second column leaves them out.
	other := 0
	for _, c := range cases {
		if c.Family != "paragraphs" && c.Family != "datelines" {
			other++
		}
	}
	fmt.Fprintf(&report, "| segmenter | cases right (of %d) | without paragraphs and datelines (of %d) |\n|---|---|---|\n", len(cases), other)
	for _, s := range segs {
		right, rightOther := 0, 0
		failed := map[string]int{}
		for _, c := range cases {
			if Same(c.Want, s.Segment(c.Text)) {
				right++
				if c.Family != "paragraphs" && c.Family != "datelines" {
					rightOther++
				}
			} else {
				failed[c.Family]++
			}
		}
		fmt.Fprintf(&report, "| %s | %d | %d |\n", s.Name, right, rightOther)
		t.Logf("%s: %d/%d right; wrong by family: %v", s.Name, right, len(cases), failed)
		if s.Name == "attribution" && right != len(cases) {
			t.Errorf("attribution gets %d of %d cases right", right, len(cases))
		}
	}
	t.Logf("\n%s", report.String())
}
