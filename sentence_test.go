package attribution

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// sentCase is one line of testdata/sentences.tsv: an input and the exact
// sentences (slices of the input) that Sentences must return.
type sentCase struct {
	line   int
	family string
	text   string
	want   []string
}

// sentUnescape undoes the escapes of sentences.tsv: \n \r \t \\.
func sentUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// readSentCases reads testdata/sentences.tsv. The same file is read by the
// peer comparison in bench/.
func readSentCases(t testing.TB) []sentCase {
	f, err := os.Open(filepath.Join("testdata", "sentences.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []sentCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			t.Fatalf("sentences.tsv:%d: want family, input and sentences", n)
		}
		c := sentCase{line: n, family: fields[0], text: sentUnescape(fields[1])}
		for _, w := range fields[2:] {
			c.want = append(c.want, sentUnescape(w))
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

func sentTexts(text string, spans []Span) []string {
	out := make([]string, 0, len(spans))
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

// TestSentenceCases runs the table of testdata/sentences.tsv, one subtest
// per family.
func TestSentenceCases(t *testing.T) {
	cases := readSentCases(t)
	if len(cases) < 150 {
		t.Errorf("only %d cases, want at least 150", len(cases))
	}
	var families []string
	byFamily := map[string][]sentCase{}
	for _, c := range cases {
		if _, ok := byFamily[c.family]; !ok {
			families = append(families, c.family)
		}
		byFamily[c.family] = append(byFamily[c.family], c)
	}
	for _, fam := range families {
		t.Run(fam, func(t *testing.T) {
			for _, c := range byFamily[fam] {
				got := Sentences(c.text)
				if diff := cmp.Diff(c.want, sentTexts(c.text, got)); diff != "" {
					t.Errorf("sentences.tsv:%d %q (-want +got):\n%s", c.line, c.text, diff)
				}
				checkSentenceSpans(t, c.text, got)
			}
		})
	}
}

// checkSentenceSpans checks the invariants of a sentence list: spans within
// the text, ordered, disjoint, non-empty, trimmed, on rune boundaries for
// valid UTF-8, and never across a blank line.
func checkSentenceSpans(t testing.TB, text string, spans []Span) {
	t.Helper()
	prevEnd := 0
	valid := utf8.ValidString(text)
	paras := newSegmenter(nil).paragraphs(text, nil)
	for i, s := range spans {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %v out of order or range (previous end %d, len %d)", i, s, prevEnd, len(text))
		}
		prevEnd = s.End
		if valid {
			if !utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End])) {
				t.Fatalf("span %d %v not on rune boundaries", i, s)
			}
			if trimRight(text, s.Start, s.End) != s.End {
				t.Fatalf("span %d %q ends in white space", i, text[s.Start:s.End])
			}
			if p, _ := skipSpace(text, s.Start); p != s.Start {
				t.Fatalf("span %d %q starts with white space", i, text[s.Start:s.End])
			}
		}
		// Every sentence lies within one paragraph.
		j, _ := slices.BinarySearchFunc(paras, s.Start, func(p Span, x int) int {
			if p.End <= x {
				return -1
			}
			if p.Start > x {
				return 1
			}
			return 0
		})
		if j == len(paras) || s.Start < paras[j].Start || s.End > paras[j].End {
			t.Fatalf("span %d %v %q not inside one paragraph", i, s, text[s.Start:s.End])
		}
	}
}

// TestSentenceSeed checks the seed article sentence by sentence.
func TestSentenceSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "trend_ambassador_article.txt"))
	if err != nil {
		t.Skip(err)
	}
	for _, crlf := range []bool{false, true} {
		text := string(b)
		if crlf {
			text = strings.ReplaceAll(text, "\n", "\r\n")
		}
		p := NewParser()
		seg := p.seg
		paras := seg.paragraphs(text, nil)
		if len(paras) != 10 {
			t.Errorf("crlf=%v: %d paragraphs, want 10", crlf, len(paras))
		}
		dl, ok := seg.dateline(text, paras)
		if !ok || text[dl.Start:dl.End] != "BAKU, Azerbaijan, April 22." {
			t.Fatalf("crlf=%v: dateline %v %v", crlf, dl, ok)
		}
		got := sentTexts(text, p.Sentences(text))
		if len(got) != 17 {
			t.Errorf("crlf=%v: %d sentences, want 17:\n%s", crlf, len(got), strings.Join(got, "\n"))
		}
		for _, want := range []string{
			"President of Azerbaijan Ilham Aliyev is a good friend of the Chinese people, Chinese Ambassador Lu Mei said in an article published in an official media outlet, Trend reports.",
			"The ambassador also emphasized the enormous contribution of the national leader of the Azerbaijani people Heydar Aliyev to the development of bilateral relations",
			"I am confident that this visit will be completely successful.",
			`Political mutual trust continues to strengthen, and cooperation within the framework of the joint construction of the "One Belt - One Road" and in the international arena has achieved great results," the article said.`,
			"As a result, they have established a trusting working relationship and deep personal friendship.",
		} {
			if !slices.Contains(got, want) {
				t.Errorf("crlf=%v: missing sentence %q", crlf, want)
			}
		}
	}
}

// TestSentenceOffsets checks byte offsets with non-ASCII text, no-break
// spaces and CRLF line ends.
func TestSentenceOffsets(t *testing.T) {
	cases := []struct {
		text string
		want []Span
	}{
		{"Ça va. Très bien.", []Span{{Start: 0, End: 7}, {Start: 8, End: 19}}},
		{"“Ja.” Él dijo.", []Span{{Start: 0, End: 9}, {Start: 10, End: 19}}},
		{"\u00a0Hi there.\u00a0\u00a0Bye now.\u00a0", []Span{{Start: 2, End: 11}, {Start: 15, End: 23}}},
		{"One.\r\nTwo.\r\n\r\nThree.\r\n", []Span{{Start: 0, End: 4}, {Start: 6, End: 10}, {Start: 14, End: 20}}},
		{"A line\r\ncut here.", []Span{{Start: 0, End: 17}}},
		{"Wait… 日本語。Next.", []Span{{Start: 0, End: 7}, {Start: 8, End: 20}, {Start: 20, End: 25}}},
		{"\ufeffBOM first. Then.", []Span{{Start: 3, End: 13}, {Start: 14, End: 19}}},
		{"Line one\u2028Line two.", []Span{{Start: 0, End: 8}, {Start: 11, End: 20}}},
		{"Para one.\u2029Para two.", []Span{{Start: 0, End: 9}, {Start: 12, End: 21}}},
	}
	for _, c := range cases {
		got := Sentences(c.text)
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s\ngot texts %q", c.text, diff, sentTexts(c.text, got))
		}
		checkSentenceSpans(t, c.text, got)
	}
	// CRLF and lone CR behave exactly like LF.
	for _, c := range readSentCases(t) {
		if !strings.Contains(c.text, "\n") || strings.Contains(c.text, "\r") {
			continue
		}
		lf := Sentences(c.text)
		for _, nl := range []string{"\r\n", "\r"} {
			text := strings.ReplaceAll(c.text, "\n", nl)
			got := sentTexts(text, Sentences(text))
			want := make([]string, len(lf))
			for i, s := range sentTexts(c.text, lf) {
				want[i] = strings.ReplaceAll(s, "\n", nl)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("sentences.tsv:%d with %q line ends (-want +got):\n%s", c.line, nl, diff)
			}
		}
	}
}

// TestSentenceParagraphs checks paragraph splitting.
func TestSentenceParagraphs(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"", nil},
		{" \n\t\n", nil},
		{"a", []string{"a"}},
		{"a\nb\n\nc", []string{"a\nb", "c"}},
		{"  a  \n \n  b  ", []string{"a", "b"}},
		{"a\r\n\r\nb", []string{"a", "b"}},
		{"a\r\rb\rc", []string{"a", "b\rc"}},
		{"a\n\u00a0\u3000\nb", []string{"a", "b"}},
		{"a\u2029b", []string{"a", "b"}},
		{"a\n\n\n\nb\n", []string{"a", "b"}},
	}
	seg := newSegmenter(nil)
	for _, c := range cases {
		got := sentTexts(c.text, seg.paragraphs(c.text, nil))
		if len(got) == 0 {
			got = nil
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}

// TestSentenceDateline checks datelines, and texts that only look like one.
func TestSentenceDateline(t *testing.T) {
	cases := []struct{ text, want string }{
		{"BAKU, Azerbaijan, April 22. The talks began.", "BAKU, Azerbaijan, April 22."},
		{"WASHINGTON (Reuters) - The Senate voted.", "WASHINGTON (Reuters) -"},
		{"LONDON, Nov 26 (AFP) - Prices fell.", "LONDON, Nov 26 (AFP) -"},
		{"BEIJING, Jan. 3 (Xinhua) -- China opened a port.", "BEIJING, Jan. 3 (Xinhua) --"},
		{"NEW YORK (AP) — Stocks rose.", "NEW YORK (AP) —"},
		{"WASHINGTON — The president signed it.", "WASHINGTON —"},
		{"ST. LOUIS, Mo. — The jury met.", "ST. LOUIS, Mo. —"},
		{"Washington (CNN) -- The House voted.", "Washington (CNN) --"},
		{"SEOUL, South Korea, March 3, 2016 - Talks resumed.", "SEOUL, South Korea, March 3, 2016 -"},
		{"  \n\nPARIS (AFP) - Rain.", "PARIS (AFP) -"},
		{"WASHINGTON (Reuters) -", ""},
		{"EXCLUSIVE – Stone speaks out.", ""},
		{"NATO allies met.", ""},
		{"FBI Director James Comey spoke.", ""},
		{"Trump — who else? — won.", ""},
		{"DEATH, LIES AND PANDERING ON THE TRAIL", ""},
		{"The talks began. BAKU, Azerbaijan, April 22. More.", ""},
		{"Clinton, April 22. She spoke.", "Clinton, April 22."},
		{"Senate Votes\nBy Ann Bell\nWASHINGTON (Reuters) - It passed.", "WASHINGTON (Reuters) -"},
		{"Senate Votes\r\nWashington (CNN) -- It passed.", "Washington (CNN) --"},
		{"Senate Votes\nClinton, April 22. She spoke.", ""},
		{"FILE - In this photo, the senator speaks.", ""},
		{"Senate Votes\nEDITOR'S NOTE — This story was corrected.", ""},
		{"HOST — Welcome back.", ""},
		{"It rained.\nBAKU, Azerbaijan, April 22. The talks began.", "BAKU, Azerbaijan, April 22."},
		// A colon closes the datelines of South Asian and Gulf papers, in a
		// story that goes on; a transcript's labels have its shape.
		{"KARACHI: The port reopened.\n\nTrade resumed.", "KARACHI:"},
		{"NEW DELHI, Jan 5: Rain fell.\nTrains ran late.", "NEW DELHI, Jan 5:"},
		{"ROWE: We will win.", ""},
		{"ROWE: We will win.\n\nQ: When?", ""},
		{"ROWE: We will win.\n\nMR. DALE: Not so fast.", ""},
		{"Karachi: The port reopened.\n\nTrade resumed.", ""},
		{"UPDATE: The port reopened.\n\nTrade resumed.", ""},
		{"BOOM: The port reopened.\n\nTrade resumed.", ""},
		{"ROWE: And you know, we will win.\n\nThey cheered.", ""},
		{"MR. ROWE: Next question.\n\nThey cheered.", ""},
		{"ROWE: Next question.\nQ. Did you win?", ""},
		{"BAKU, Azerbaijan, May 2. By Ann Roe - Trend: The talks began.", "BAKU, Azerbaijan, May 2. By Ann Roe - Trend:"},
		{"KARACHI: \"We will win,\" the mayor said.\n\nThey cheered.", "KARACHI:"},
	}
	seg := newSegmenter(nil)
	for _, c := range cases {
		dl, ok := seg.dateline(c.text, seg.paragraphs(c.text, nil))
		got := ""
		if ok {
			got = c.text[dl.Start:dl.End]
		}
		if got != c.want {
			t.Errorf("%q: dateline %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSentenceAbbreviationOption checks that WithAbbreviations extends the
// built-in table without changing it.
func TestSentenceAbbreviationOption(t *testing.T) {
	text := "The report came from Dir. Hale. Gen. Hale agreed."
	if got := len(Sentences(text)); got != 3 {
		t.Errorf("built-in tables: %d sentences, want 3", got)
	}
	p := NewParser(WithAbbreviations("Dir.", "Qtr"))
	if got := sentTexts(text, p.Sentences(text)); len(got) != 2 {
		t.Errorf("with Dir.: %q, want 2 sentences", got)
	}
	if got := sentTexts("In the first Qtr. Sales rose.", p.Sentences("In the first Qtr. Sales rose.")); len(got) != 1 {
		t.Errorf("with Qtr: %q, want 1 sentence", got)
	}
	if got := len(Sentences("In the first Qtr. Sales rose.")); got != 2 {
		t.Errorf("built-in tables changed: %d sentences, want 2", got)
	}
}

// TestSentenceLinear feeds pathological inputs that would be quadratic for a
// segmenter that rescans.
func TestSentenceLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	units := []string{".", ". ", "a. ", "1. ", "• ", "\n", " \n", "?\u201d ", "U.S. ", "Mr. ", "… ", "\r",
		"a\n", "a\nb. ", "Mr.\n", "A. ", "1.) ", "• 1. ", ". . ", "“Who?” A B ", "BAKU, ", "(", "'", "\u00a0",
		"a) ", "- ", "p.m. ", "At 5 p.m. ", "x, N.J. ", "\u2028", "\u2029", "\xe2\x80", "\xff."}
	for _, unit := range units {
		text := strings.Repeat(unit, 100000)
		start := time.Now()
		got := Sentences(text)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%q × 100000: %v", unit, d)
		}
		checkSentenceSpans(t, text, got)
	}
}

// FuzzSentences checks the invariants on arbitrary input: no panic; spans
// within the text, ordered, disjoint, on rune boundaries for valid UTF-8,
// never across a blank line; the same result twice.
func FuzzSentences(f *testing.F) {
	for _, c := range readSentCases(f) {
		f.Add(c.text)
	}
	if b, err := os.ReadFile(filepath.Join("testdata", "trend_ambassador_article.txt")); err == nil {
		f.Add(string(b))
	}
	f.Add("\xff. A\xe2\x80. \xe2\x80\xa6\r\n\r")
	f.Fuzz(func(t *testing.T, text string) {
		got := Sentences(text)
		checkSentenceSpans(t, text, got)
		if again := Sentences(text); !slices.Equal(got, again) {
			t.Fatalf("second run differs: %v vs %v", got, again)
		}
		// paragraphs finds \n line ends by strings.IndexByte when the text
		// has no other kind; a \r appended after a last \n takes the
		// byte-by-byte path and must change nothing.
		if !otherBreaks(text) {
			seg := newSegmenter(nil)
			fast := seg.paragraphs(text, nil)
			if slow := seg.paragraphs(text+"\n\r", nil); !slices.Equal(fast, slow) {
				t.Fatalf("paragraphs: %v with \\n line ends only, %v with a \\r after them", fast, slow)
			}
		}
	})
}

// sentBenchTexts returns the PolNeAR article texts (each document's
// paragraphs in order, joined by a blank line), or the testdata/*.txt
// fixtures when the data is absent.
func sentBenchTexts(b *testing.B) []string {
	f, err := os.Open(filepath.Join("..", "shared", "data", "polnear", "dev.jsonl"))
	if err != nil {
		names, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
		var texts []string
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
	defer f.Close()
	type para struct {
		n    int
		text string
	}
	docs := map[string][]para{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var r struct {
			DocID      string `json:"doc_id"`
			Paragraphs []int  `json:"paragraphs"`
			Text       string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil || len(r.Paragraphs) == 0 {
			continue
		}
		if _, ok := docs[r.DocID]; !ok {
			order = append(order, r.DocID)
		}
		docs[r.DocID] = append(docs[r.DocID], para{r.Paragraphs[0], r.Text})
	}
	texts := make([]string, 0, len(order))
	for _, id := range order {
		ps := docs[id]
		slices.SortStableFunc(ps, func(a, b para) int { return a.n - b.n })
		parts := make([]string, len(ps))
		for i, p := range ps {
			parts[i] = p.text
		}
		texts = append(texts, strings.Join(parts, "\n\n"))
	}
	return texts
}

// BenchmarkSentences measures Sentences over the article texts.
func BenchmarkSentences(b *testing.B) {
	texts := sentBenchTexts(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, t := range texts {
			n += len(Sentences(t))
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "sentences/op")
}

// BenchmarkSentencesReuse measures the segmenter with a reused result slice:
// no allocation at all.
func BenchmarkSentencesReuse(b *testing.B) {
	texts := sentBenchTexts(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	seg := newSegmenter(nil)
	var paras, dst []Span
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			paras = seg.paragraphs(t, paras[:0])
			dst = dst[:0]
			for _, p := range paras {
				dst = seg.sentences(t, p.Start, p.End, dst)
			}
		}
	}
}

func ExampleParser_Sentences() {
	p := NewParser(WithAbbreviations("Supt.", "Insp."))
	text := "The case went to Supt. Hale. He left the U.S. He returned later.\n\n" +
		"“Why now?” Hale asked. The U.S. Senate met at 9 a.m. Monday."
	for _, s := range p.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// The case went to Supt. Hale.
	// He left the U.S.
	// He returned later.
	// “Why now?” Hale asked.
	// The U.S. Senate met at 9 a.m. Monday.
}

// TestSentenceDocuments segments the whole documents of testdata/documents
// (invented news pages as scrapers and wires give them: headlines,
// bylines, time stamps, captions, lists, tables, transcripts, sign-offs,
// joined by single or double line breaks) and compares the sentences, with
// white space collapsed, to NAME.sents, one a line, as whole documents are
// scored. The dateline is no sentence. Each runs again with CRLF line ends.
func TestSentenceDocuments(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "documents", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no documents: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			wantB, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".sents")
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Split(strings.TrimRight(string(wantB), "\n"), "\n")
			for _, crlf := range []bool{false, true} {
				s := strings.ReplaceAll(string(text), "\r\n", "\n")
				if crlf {
					s = strings.ReplaceAll(s, "\n", "\r\n")
				}
				var got []string
				for _, sent := range sentTexts(s, Sentences(s)) {
					got = append(got, strings.Join(strings.Fields(sent), " "))
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("crlf=%v (-want +got):\n%s", crlf, diff)
				}
			}
		})
	}
}
