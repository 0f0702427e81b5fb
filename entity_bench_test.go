package attribution

import (
	"testing"
	"time"
)

// Benchmarks of the entity stage's parts, on the texts of BenchmarkStage.
// BenchmarkStage/entities runs the stage without the pool of working
// arrays (resolveEntities); these run it as Parse does, with a scratch kept
// from text to text.

// BenchmarkEntityPooled is BenchmarkStage/entities with the working arrays
// reused from text to text, as Parse reuses them, and, as Parse does, the
// quote stage's tokens with their word-table entries (resolveDocWith).
func BenchmarkEntityPooled(b *testing.B) {
	texts, total := parseBenchTexts(b)
	docs := stageDocs(texts, 2)
	words := make([][]item, len(texts))
	for i, text := range texts {
		d := *docs[i]
		d.Quotes, d.Terms = nil, nil
		qsc := new(scratch)
		defaultParser.findQuotesIn(text, &d, qsc)
		words[i] = qsc.toks
	}
	sc := new(scratch)
	loopTexts(b, texts, total, func(i int, text string) {
		resolveDocWith(text, docs[i], sc, words[i])
	})
}

// reportCPU reports the process's CPU time of the b.N ops that took cpu,
// as a speed over total bytes an op: less disturbed than the wall clock
// when another program shares the machine.
func reportCPU(b *testing.B, cpu time.Duration, total int) {
	b.ReportMetric(float64(total)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
}

// BenchmarkEntityTokenize times the entity stage's tokenizer alone, its
// arrays reused.
func BenchmarkEntityTokenize(b *testing.B) {
	texts, total := parseBenchTexts(b)
	docs := stageDocs(texts, 2)
	var f finder
	loopTexts(b, texts, total, func(i int, text string) {
		f = finder{text: text, capsSeen: newSpanSet(nil), lowSeen: newSpanSet(nil), spareToks: f.toks, spareMs: f.ms, ivs: f.ivs, starts: f.starts}
		f.tokenize(docs[i])
	})
}
