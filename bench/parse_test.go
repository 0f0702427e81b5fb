package bench

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotekit/attribution"
)

// parsePeers are what Parse is compared with on the same texts: the full
// attribution pipeline against itself without its entity stage
// (WithoutEntities) and sentence segmentation alone (uax29, the issue's
// yardstick, and our own segmenter), which do far less.
func parsePeers(b testing.TB) []struct {
	name string
	run  func(string) int
} {
	segs, err := Segmenters()
	if err != nil {
		b.Fatal(err)
	}
	peers := []struct {
		name string
		run  func(string) int
	}{{"attribution.Parse", func(t string) int { return len(attribution.Parse(t).Quotes) }}}
	noEnt := attribution.NewParser(attribution.WithoutEntities())
	peers = append(peers, struct {
		name string
		run  func(string) int
	}{"Parse, WithoutEntities", func(t string) int { return len(noEnt.Parse(t).Quotes) }})
	for _, s := range segs {
		if s.Name == "uax29" || s.Name == "attribution" {
			peers = append(peers, struct {
				name string
				run  func(string) int
			}{s.Name + " sentences", s.Count})
		}
	}
	return peers
}

// BenchmarkParse runs Parse and the sentence segmenters over the same
// texts (the PolNeAR articles, else the fixtures). Compare MB/s; or run
// TestParseRatios -v for the ratios in one table.
func BenchmarkParse(b *testing.B) {
	texts := benchTexts(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	for _, p := range parsePeers(b) {
		b.Run(strings.NewReplacer("/", "-", " ", "-").Replace(p.name), func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range texts {
					p.run(t)
				}
			}
		})
	}
}

// TestParseRatios measures Parse and the segmenters with testing.Benchmark
// in one run and prints MB/s, allocations and the ratio of Parse's speed to
// each (issue 5 asks Parse ≥ 0.6× uax29). Run on one core:
//
//	go test -run TestParseRatios -v -cpu 1 .
func TestParseRatios(t *testing.T) {
	if testing.Short() {
		t.Skip("timing run skipped under -short")
	}
	var texts []string
	total := 0
	// benchTexts wants a *testing.B; a benchmark that only loads them.
	testing.Benchmark(func(b *testing.B) { texts = benchTexts(b) })
	if len(texts) == 0 {
		t.Skip("no texts")
	}
	for _, s := range texts {
		total += len(s)
	}
	type row struct {
		name        string
		mbs         float64
		allocs, bop int64
	}
	var rows []row
	for _, p := range parsePeers(t) {
		r := testing.Benchmark(func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range texts {
					p.run(s)
				}
			}
		})
		mbs := float64(total) * float64(r.N) / r.T.Seconds() / 1e6
		rows = append(rows, row{p.name, mbs, r.AllocsPerOp(), r.AllocedBytesPerOp()})
	}
	// The speed of each row against uax29's (issue 5 asks 0.6× of Parse).
	uax := 0.0
	for _, r := range rows {
		if strings.HasPrefix(r.name, "uax29") {
			uax = r.mbs
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d texts, %d bytes\n", len(texts), total)
	fmt.Fprintf(&b, "| %-22s | %8s | %10s | %12s | %s | %s |\n", "", "MB/s", "allocs/op", "B/op", "Parse ÷ this", "this ÷ uax29")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %-22s | %8.1f | %10d | %12d | %12.3f | %12.3f |\n", r.name, r.mbs, r.allocs, r.bop, rows[0].mbs/r.mbs, r.mbs/uax)
	}
	t.Log("\n" + b.String())
}
