package attribution

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// This file holds the robustness tests of issue 6: pathological inputs
// timed at two sizes, the nesting cap, equivalences under line endings and
// invisible characters, concurrent use and an allocation bound.

// pathoFamily is a pathological input: gen(k) builds it with k repetitions
// of its unit; it is timed at k = n and k = 10n.
type pathoFamily struct {
	name string
	n    int
	gen  func(k int) string
}

// unmatchedN is n for a run of the mark m: ten times more of the straight
// apostrophe, which the scanner passes over fast.
func unmatchedN(m string) int {
	if m == "'" {
		return 100000
	}
	return 10000
}

// rep returns a generator repeating unit k times between prefix and suffix.
func rep(prefix, unit, suffix string) func(int) string {
	return func(k int) string { return prefix + strings.Repeat(unit, k) + suffix }
}

// pathoFamilies are the families of issue 6. n is a tenth of the size the
// issue names (100k marks, 1 MB, 10k nested quotes, …), or the size itself
// for families parsed so fast that a tenth takes well under a millisecond,
// where the clock and the cache, not the parser, would make the ratio.
func pathoFamilies() []pathoFamily {
	var fs []pathoFamily
	for _, m := range []string{"\u201c", "\u2018", "\u201e", "\u00ab", "\u300c", "\"", "'"} {
		fs = append(fs,
			pathoFamily{name: "unmatched " + m + " in a row", n: unmatchedN(m), gen: rep("", m, "")},
			pathoFamily{name: "unmatched " + m + " before words", n: 10000, gen: rep("", m+"ab ", "")},
		)
	}
	lorem := "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
	fs = append(fs,
		pathoFamily{name: "only straight double quotes", n: 10000, gen: rep("", "\"", "")},
		pathoFamily{name: "straight quotes around words", n: 10000, gen: rep("", "\"a \"b '", "")},
		pathoFamily{name: "alternating \"'", n: 10000, gen: rep("", "\"'", "")},
		pathoFamily{name: "1 MB without punctuation", n: 100000 / len(lorem), gen: rep("", lorem, "")},
		pathoFamily{name: "one 1 MB sentence", n: 100000 / (len(lorem) + 2), gen: rep("The ", lorem+", ", "end.")},
		pathoFamily{name: "nested quotes", n: 1000, gen: func(k int) string {
			return strings.Repeat("\u201ca \u2018b ", k) + strings.Repeat("\u2019 \u201d", k) + " he said."
		}},
		pathoFamily{name: "Mr. ", n: 10000, gen: rep("", "Mr. ", "")},
		pathoFamily{name: "invalid UTF-8", n: 10000, gen: rep("", "\xff\xfe a\x80 \xe2\x80\u201c. ", "")},
		pathoFamily{name: "NUL bytes", n: 10000, gen: rep("", "a\x00b. \x00\"\x00", "")},
		pathoFamily{name: "lone CR line endings", n: 10000, gen: rep("", "\u201cYes,\u201d he said.\r\r", "")},
		pathoFamily{name: "lone CR only", n: 100000, gen: rep("", "\r", "")},
		pathoFamily{name: "zero-width and bidi controls", n: 10000, gen: rep("", "a\u200bb\u200e \u202e\u201cc\u2066. \ufeff", "")},
		pathoFamily{name: "combining marks in words", n: 10000, gen: rep("", "e\u0301\u0301 ", "")},
		pathoFamily{name: "one base with combining marks", n: 10000, gen: rep("e", "\u0301", ".")},
		pathoFamily{name: "real quotations", n: 10000, gen: rep("", "\u201cYes,\u201d he said. ", "")},
		pathoFamily{name: "real quotations in paragraphs", n: 10000, gen: rep("", "\u201cYes,\u201d Anna Berg said.\n\n", "")},
		pathoFamily{name: "blank lines", n: 100000, gen: rep("", "\n\n", "")},
		pathoFamily{name: "text between blank lines", n: 10000, gen: rep("", "a\n\n", "")},
		pathoFamily{name: "said", n: 10000, gen: rep("", "said ", "")},
		pathoFamily{name: "commas", n: 100000, gen: rep("", ",", "")},
		pathoFamily{name: "words and commas", n: 10000, gen: rep("", "a, ", "")},
		pathoFamily{name: "abc.", n: 100000, gen: rep("", "abc.", "")},
		pathoFamily{name: "quoted a", n: 10000, gen: rep("", "\"a\"", "")},
		pathoFamily{name: "digits and dots", n: 100000, gen: rep("", "1.2", ".")},
		// A long clause, then many attributed quotations in one sentence:
		// no rule may scan back to the sentence's start for each of them.
		pathoFamily{name: "long clause then quotations", n: 4000, gen: func(k int) string {
			return strings.Repeat("a ", 3*k) + strings.Repeat("x, he said, \u201ca b\u201d ", k)
		}},
	)
	return fs
}

// parseTime returns the least CPU time, over runs tries, of reps Parses of
// text in a row, each try after a collection and with the collector off
// while it runs. CPU time, not wall time: the machines that run the tests
// are shared, and a Parse that waits for a core is not slower. The
// collector is off so that an input whose allocations stay under the
// collector's first goal (4 MB) is not compared, GC-free, with a larger one
// that pays for collections. Parses use pathoParser. The small input of a family is parsed ten times
// in a row against the large one once, so that both measure the same number
// of bytes, through fresh memory: one Parse of a small input that finds its
// arrays still in the processor's cache from the run before is not its
// per-byte cost.
func parseTime(text string, reps, runs int) time.Duration {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	best := time.Duration(1 << 62)
	for range runs {
		runtime.GC()
		start := cpuTime()
		for range reps {
			pathoParser.Parse(text)
		}
		best = min(best, cpuTime()-start)
	}
	return best
}

// pathoParser parses the pathological inputs without the pool of working
// arrays (Parser.scratch): the pool keeps the arrays of texts up to a size
// and lets the next Parse skip their allocation, which makes ten small
// Parses in a row cheaper per byte than one large one and would measure the
// pool, not the cost of parsing.
var pathoParser = func() *Parser { p := NewParser(); p.noScratch = true; return p }()

// pathoSlack is added to the allowed time at 10n, so that inputs parsed in
// a millisecond or two do not fail on the clock's granularity (getrusage
// counts in ticks of up to 4 ms on some kernels) and cache effects.
const pathoSlack = 10 * time.Millisecond

// pathoBudget is the CPU time Parse of any family at 10n may take at most.
const pathoBudget = 20 * time.Second

// TestPathological parses each family at n and 10n repetitions and requires
// t(10n) ≤ 12·t(n) + pathoSlack, the bound (16 with ROBUST_LOOSE=1,
// for a machine so loaded that memory traffic varies from run to run), each
// time the least of a few runs (see parseTime), and t(10n) ≤ pathoBudget. The invariants of checkInvariants are checked on
// the larger input. Skipped under -short and -race.
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("pathological inputs are slow; skipped under -short")
	}
	if raceEnabled() {
		t.Skip("timings mean nothing under -race")
	}
	limit := 12.0
	if os.Getenv("ROBUST_LOOSE") != "" {
		limit = 16 // a quadratic path still gives 30 to 100
	}
	for _, f := range pathoFamilies() {
		t.Run(f.name, func(t *testing.T) {
			small, large := f.gen(f.n), f.gen(10*f.n)
			var t1, t10 time.Duration
			var ratio float64
			// Measured again on failure, up to three times: on a shared
			// machine ratios of the linear families vary by a tenth or
			// two from run to run; a superlinear path gives 30 to 100
			// every time.
			const tries = 3
			for try := 0; try < tries; try++ {
				t1 = parseTime(small, 10, 3) / 10 // per Parse
				if t1 > pathoBudget {
					t.Fatalf("n=%d (%d bytes): %v, over the budget", f.n, len(small), t1)
				}
				t10 = parseTime(large, 1, 3)
				ratio = float64(t10) / float64(max(t1, time.Microsecond))
				t.Logf("%d bytes %v, %d bytes %v, ratio %.1f", len(small), t1, len(large), t10, ratio)
				if float64(t10) <= limit*float64(t1)+float64(pathoSlack) && t10 <= pathoBudget {
					break
				}
				if try == tries-1 {
					t.Errorf("not linear: %d bytes in %v, %d bytes in %v (ratio %.1f > %.0f)", len(small), t1, len(large), t10, ratio, limit)
				}
			}
			checkInvariants(t, large, Parse(large))
		})
	}
}

// edgePieces are what TestEdgeShapes builds its texts of: the marks and
// words whose neighbours the rules read (x[k-1], x[k+1], x[k+2]) without
// a bounds check of their own: quotation marks of each family and
// direction, brackets, dashes, a comma, a period, a colon, a paragraph
// break, a cue in both cases, "according to", a title and a name, a
// pronoun, a relative, a possessive, a number and a headline's words.
var edgePieces = []string{
	"\"", "\u201c", "\u201d", "'", "\u2019", "\u00ab", "\u00bb", "\u300c",
	"(", ")", "\u2014", "--", ",", ".", ":", "\n\n",
	"said", "Says", "according to", "Sen.", "Ann Lee", "he", "who", "Lee's", "4", "Q",
}

// TestEdgeShapes parses every text of one to three pieces (edgePieces),
// joined by a space or by nothing, and checks the invariants of a
// Document on each: in turn every piece opens and ends the text, stands
// alone and stands next to every other, where a rule that reads the token
// before or after would step outside the text. The inputs are those of
// the review of the raw index reads (a content at the first token, a
// speaker at the last, a cue as the first word, a lone mark or bracket,
// a text of marks only, an empty paragraph). Under -short, two pieces at
// most.
func TestEdgeShapes(t *testing.T) {
	most := 3
	if testing.Short() {
		most = 2
	}
	var texts []string
	var build func(prefix string, n int)
	build = func(prefix string, n int) {
		for _, p := range edgePieces {
			for i, sep := range [2]string{" ", ""} {
				if prefix == "" && i > 0 {
					continue
				}
				s := p
				if prefix != "" {
					s = prefix + sep + p
				}
				texts = append(texts, s)
				if n > 1 {
					build(s, n-1)
				}
			}
		}
	}
	build("", most)
	for _, text := range texts {
		var d *Document
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Parse(%q) panicked: %v", text, r)
				}
			}()
			d = Parse(text)
		}()
		checkInvariants(t, text, d)
		if t.Failed() {
			t.Fatalf("on %q", text)
		}
	}
}

// TestQuoteDepthCap checks that quotation marks nested past maxQuoteDepth
// are treated as text, the Document is marked Truncated, and the structure
// below the cap is kept: the outermost quotation is found and attributed.
func TestQuoteDepthCap(t *testing.T) {
	nest := func(depth int) string {
		var b strings.Builder
		b.WriteString("\u201c")
		for i := 1; i < depth; i++ {
			if i%2 == 1 {
				b.WriteString("a \u2018")
			} else {
				b.WriteString("b \u201c")
			}
		}
		b.WriteString("core")
		for i := depth - 1; i >= 1; i-- {
			if i%2 == 1 {
				b.WriteString("\u2019")
			} else {
				b.WriteString("\u201d")
			}
		}
		b.WriteString(",\u201d Anna Berg said.")
		return b.String()
	}
	for _, depth := range []int{2, maxQuoteDepth, maxQuoteDepth + 1, 2 * maxQuoteDepth, 10000} {
		t.Run(fmt.Sprint(depth), func(t *testing.T) {
			text := nest(depth)
			d := Parse(text)
			checkInvariants(t, text, d)
			if want := depth > maxQuoteDepth; d.Truncated != want {
				t.Errorf("Truncated = %v, want %v", d.Truncated, want)
			}
			if len(d.Quotes) == 0 {
				t.Fatalf("no quote found")
			}
			q := d.Quotes[0]
			if q.Kind != Direct || q.Start != len("\u201c") {
				t.Errorf("first quote %s at %d, want the outermost direct quotation at %d", q.Kind, q.Start, len("\u201c"))
			}
			if q.Speaker == nil || q.Speaker.Text != "Anna Berg" {
				t.Errorf("speaker %v, want Anna Berg", q.Speaker)
			}
		})
	}
	// Unclosed openers past the cap: still Truncated, still one answer.
	text := strings.Repeat("\u201ca ", 2*maxQuoteDepth)
	if d := Parse(text); !d.Truncated {
		t.Errorf("%d unclosed openers: Truncated false", 2*maxQuoteDepth)
	}
}

// offsetMap maps offsets of a text with "\n" line endings to the same text
// with every "\n" replaced by nl ("\r\n" or "\r").
type offsetMap struct {
	extra int   // len(nl) - 1
	nls   []int // nls[i] = number of '\n' in text[:i]
}

func newOffsetMap(text, nl string) offsetMap {
	m := offsetMap{extra: len(nl) - 1, nls: make([]int, len(text)+1)}
	n := 0
	for i := 0; i < len(text); i++ {
		m.nls[i] = n
		if text[i] == '\n' {
			n++
		}
	}
	m.nls[len(text)] = n
	return m
}

func (m offsetMap) span(s Span) Span {
	return Span{Start: s.Start + m.extra*m.nls[s.Start], End: s.End + m.extra*m.nls[s.End]}
}

// lineView is what must not change with the line endings: sentence spans
// and quotes (kind, content, parts, speaker, cue, entity), Text fields left
// out since they hold the line endings.
type lineView struct {
	Sentences []Span
	Quotes    []lineQuote
}

type lineQuote struct {
	Kind          Kind
	Content       Span
	Parts         []Span
	Speaker, Cue  Span
	Entity        string
	Closed, HasSp bool
}

func viewOf(d *Document, m *offsetMap) lineView {
	mp := func(s Span) Span {
		s.Text = ""
		if m != nil {
			return m.span(s)
		}
		return s
	}
	var v lineView
	for _, s := range d.Sentences {
		v.Sentences = append(v.Sentences, mp(s))
	}
	for _, q := range d.Quotes {
		lq := lineQuote{Kind: q.Kind, Content: mp(Span{Start: q.Start, End: q.End}), Entity: q.Entity, Closed: q.Closed}
		for _, p := range q.Parts {
			lq.Parts = append(lq.Parts, mp(p))
		}
		if q.Speaker != nil {
			lq.Speaker, lq.HasSp = mp(*q.Speaker), true
		}
		if q.Cue != nil {
			lq.Cue = mp(*q.Cue)
		}
		v.Quotes = append(v.Quotes, lq)
	}
	return v
}

// fixtureTexts returns the testdata/*.txt fixtures by name, with "\r\n"
// line endings turned into "\n".
func fixtureTexts(t testing.TB) map[string]string {
	t.Helper()
	files, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range files {
		if name, ok := strings.CutSuffix(f.Name(), ".txt"); ok {
			b, err := os.ReadFile("testdata/" + f.Name())
			if err != nil {
				t.Fatal(err)
			}
			out[name] = strings.ReplaceAll(string(b), "\r\n", "\n")
		}
	}
	if len(out) == 0 {
		t.Fatal("no fixtures")
	}
	return out
}

// TestLineEndingEquivalence parses every fixture with "\n", "\r\n" and "\r"
// line endings and requires the same sentences and quotes, offsets mapped.
func TestLineEndingEquivalence(t *testing.T) {
	for name, text := range fixtureTexts(t) {
		want := viewOf(Parse(text), nil)
		for _, nl := range []string{"\r\n", "\r"} {
			t.Run(fmt.Sprintf("%s/%q", name, nl), func(t *testing.T) {
				m := newOffsetMap(text, nl)
				other := strings.ReplaceAll(text, "\n", nl)
				d := Parse(other)
				checkInvariants(t, other, d)
				// Back-map the other text's view to compare with want.
				if diff := cmp.Diff(mapView(want, m), viewOf(d, nil)); diff != "" {
					t.Errorf("with %q line endings (-LF mapped +got):\n%s", nl, diff)
				}
			})
		}
	}
}

// mapView maps the offsets of an LF view with m.
func mapView(v lineView, m offsetMap) lineView {
	out := lineView{}
	for _, s := range v.Sentences {
		out.Sentences = append(out.Sentences, m.span(s))
	}
	for _, q := range v.Quotes {
		q2 := q
		q2.Content = m.span(q.Content)
		q2.Parts = nil
		for _, p := range q.Parts {
			q2.Parts = append(q2.Parts, m.span(p))
		}
		if q.HasSp {
			q2.Speaker = m.span(q.Speaker)
		}
		if q.Cue != (Span{}) {
			q2.Cue = m.span(q.Cue)
		}
		out.Quotes = append(out.Quotes, q2)
	}
	return out
}

// insideWords inserts ins after the second byte of every ASCII word of four
// or more letters, so that it lands strictly inside the word.
func insideWords(text, ins string) string {
	var b strings.Builder
	run := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			run++
		} else {
			run = 0
		}
		b.WriteByte(c)
		if run == 2 && i+2 < len(text) && isASCIILetter(text[i+1]) && isASCIILetter(text[i+2]) {
			b.WriteString(ins)
		}
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// TestInvisibleEquivalence inserts zero-width characters and combining
// marks inside the words of every fixture and requires the same number of
// sentences and of paragraphs.
func TestInvisibleEquivalence(t *testing.T) {
	for name, text := range fixtureTexts(t) {
		want := Parse(text)
		for _, ins := range []string{"\u200b", "\u200d", "\u2060", "\u00ad", "\u0301", "\u0308\u0323"} {
			t.Run(fmt.Sprintf("%s/%U", name, []rune(ins)[0]), func(t *testing.T) {
				other := insideWords(text, ins)
				d := Parse(other)
				checkInvariants(t, other, d)
				if (d.Dateline != nil) != (want.Dateline != nil) {
					// A lost dateline becomes a sentence or joins the
					// first one: the counts below would differ too.
					t.Errorf("dateline %v; without %+q: %v", d.Dateline, ins, want.Dateline)
				}
				if len(d.Sentences) != len(want.Sentences) || len(d.Paragraphs) != len(want.Paragraphs) {
					t.Errorf("%d sentences, %d paragraphs; without %+q: %d, %d",
						len(d.Sentences), len(d.Paragraphs), ins, len(want.Sentences), len(want.Paragraphs))
				}
			})
		}
	}
}

// TestConcurrentParse parses every fixture from many goroutines at once
// (run it under -race) and requires the serial results.
func TestConcurrentParse(t *testing.T) {
	texts := fixtureTexts(t)
	var names []string
	for name := range texts {
		names = append(names, name)
	}
	slices.Sort(names)
	want := make([]*Document, len(names))
	for i, name := range names {
		want[i] = Parse(texts[name])
	}
	p := NewParser(WithAbbreviations("Supt."), WithCues("quip"))
	wantP := make([]*Document, len(names))
	for i, name := range names {
		wantP[i] = p.Parse(texts[name])
	}
	const workers = 8
	var wg sync.WaitGroup
	errs := make(chan string, workers*len(names))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range names {
				i := (k + w) % len(names)
				if diff := cmp.Diff(want[i], Parse(texts[names[i]])); diff != "" {
					errs <- fmt.Sprintf("worker %d, %s: differs from the serial Parse:\n%s", w, names[i], diff)
				}
				if diff := cmp.Diff(wantP[i], p.Parse(texts[names[i]])); diff != "" {
					errs <- fmt.Sprintf("worker %d, %s: Parser.Parse differs from the serial one:\n%s", w, names[i], diff)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// allocArticle returns a realistic article of about 10 KB: the fixtures
// joined by blank lines, cut at a paragraph break.
func allocArticle(t testing.TB) string {
	t.Helper()
	texts := fixtureTexts(t)
	var names []string
	for name := range texts {
		names = append(names, name)
	}
	slices.Sort(names)
	var b strings.Builder
	for _, name := range names {
		for _, para := range strings.Split(texts[name], "\n\n") {
			if b.Len()+len(para) > 10000 {
				break
			}
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(para)
		}
		if b.Len() > 9000 {
			break
		}
	}
	s := b.String()
	if !utf8.ValidString(s) {
		t.Fatal("article is not valid UTF-8")
	}
	return s
}

// maxAllocsPer10KB bounds the allocations of one Parse of the ~10 KB
// article of allocArticle (9,587 bytes). Measured on 2026-11-27 at 05:50
// UTC, after the speakers and cues of the quotations were put in one array:
// 231 allocations and 386,441 bytes (40 bytes per input byte) per Parse
// (374 and 472,744 before). Measured again at 08:00 UTC, after the entity
// stage kept its resolver and word-set tables in the pool of working
// arrays (branch perf2): 150 allocations and 58,796 bytes per Parse in a
// loop (224 and 168,498 before). Measured again on 2026-11-28 (thirteenth
// session), after the allocations of the output were gathered and the
// working strings put in arenas kept with the pool (9,997 bytes): 14
// allocations per Parse (30 at the start of the twelfth session). The bound
// has 50 % headroom over that.
const maxAllocsPer10KB = 21

// TestAllocs bounds the number of allocations of Parse on a ~10 KB article.
func TestAllocs(t *testing.T) {
	if raceEnabled() {
		t.Skip("allocation counts differ under -race")
	}
	text := allocArticle(t)
	n := testing.AllocsPerRun(20, func() { Parse(text) })
	t.Logf("%d bytes: %.0f allocations per Parse (bound %d)", len(text), n, maxAllocsPer10KB)
	if n > maxAllocsPer10KB {
		t.Errorf("%.0f allocations for a %d-byte article, want ≤ %d", n, len(text), maxAllocsPer10KB)
	}
}

// BenchmarkParseArticle parses the ~10 KB article; B/op divided by the
// article's size (logged) is the allocated bytes per input byte.
func BenchmarkParseArticle(b *testing.B) {
	text := allocArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text)
	}
}

// eachPolnearArticle calls check on each PolNeAR dev article (see
// polnearArticles) with its name, unless the test is -short or the data
// is absent: the extra cases of the reference tests, not a reason to skip
// them.
func eachPolnearArticle(t *testing.T, check func(name, text string)) {
	t.Helper()
	if testing.Short() {
		return
	}
	if _, err := os.Stat("../shared/data/polnear/dev.jsonl"); err != nil {
		return
	}
	for i, text := range polnearArticles(t) {
		check("polnear article "+strconv.Itoa(i), text)
	}
}

// polnearArticles returns the PolNeAR dev articles (each document's
// paragraphs joined by a blank line), or skips when the data is absent.
func polnearArticles(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("../shared/data/polnear/dev.jsonl")
	if err != nil {
		t.Skipf("PolNeAR data absent: %v", err)
	}
	defer f.Close()
	var order []string
	docs := map[string][]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r struct {
			DocID string `json:"doc_id"`
			Text  string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if docs[r.DocID] == nil {
			order = append(order, r.DocID)
		}
		docs[r.DocID] = append(docs[r.DocID], r.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(order))
	for i, id := range order {
		out[i] = strings.Join(docs[id], "\n\n")
	}
	return out
}

// TestInvariantsPolNeAR checks the invariants of checkInvariants on every
// PolNeAR dev article, and the same sentences and quotes with "\r\n" line
// endings. Skipped under -short and when the data is absent.
func TestInvariantsPolNeAR(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 20 MB of data; skipped under -short")
	}
	arts := polnearArticles(t)
	bad := 0
	for i, text := range arts {
		ok := t.Run(fmt.Sprint(i), func(t *testing.T) {
			d := Parse(text)
			checkInvariants(t, text, d)
			m := newOffsetMap(text, "\r\n")
			crlf := strings.ReplaceAll(text, "\n", "\r\n")
			if diff := cmp.Diff(mapView(viewOf(d, nil), m), viewOf(Parse(crlf), nil)); diff != "" {
				t.Errorf("with \"\\r\\n\" line endings (-LF mapped +got):\n%s", diff)
			}
		})
		if !ok {
			bad++
			if bad >= 5 {
				t.Fatalf("stopping after %d failing articles", bad)
			}
		}
	}
	t.Logf("%d articles", len(arts))
}

// TestParserReuse parses every fixture twice, in turn, with one Parser, and
// compares each Document with a fresh Parser's: the working arrays a Parser
// keeps between Parses (see scratch) must not carry anything over.
func TestParserReuse(t *testing.T) {
	texts := fixtureTexts(t)
	names := slices.Sorted(maps.Keys(texts))
	p := NewParser()
	for round := range 2 {
		for _, name := range names {
			got, _ := p.Parse(texts[name]).MarshalJSON()
			want, _ := NewParser().Parse(texts[name]).MarshalJSON()
			if !bytes.Equal(got, want) {
				t.Errorf("round %d, %s: a reused Parser gives another Document", round, name)
			}
		}
	}
}
