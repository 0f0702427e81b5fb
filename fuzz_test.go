package attribution

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// This file holds the fuzz targets of issue 6. FuzzParse checks the
// documented invariants of a Document on any input; FuzzQuadratic repeats a
// unit chosen by the fuzzer to 512 KiB (the cmark-gfm practice) so that a
// superlinear path shows up as a slow input. FuzzSentences, for the
// segmenter alone, lives in sentence_test.go.

// peerBreakers are the inputs that broke other quotation and sentence tools
// (issue 6): runs of spaces between sentences, CoreNLP's `""=` (issue 1147),
// a quotation ending in a period in two consecutive paragraphs, long digit
// runs and dotted numbers, a quoted letter repeated (textacy's odd count of
// marks) and a short abbreviation-like word repeated.
func peerBreakers() []string {
	return []string{
		"He left.     She stayed.        \"Fine,\" he said.   End.",
		"A.\t\t \u00a0 \u00a0B.",
		`""=`,
		`""=""=""="`,
		"\"Bob.\"\n\n\"What.\"",
		"\"Bob.\"\r\n\r\n\"What.\"\r\n",
		"\u201cBob.\u201d\n\n\u201cWhat.\u201d\n",
		strings.Repeat("1234567890", 500) + ".",
		"Version 1.2.3.4.5.6.7.8.9 shipped. It cost 3.14159265358979 million, up 0.5.",
		strings.Repeat("1.", 2000),
		strings.Repeat(`"a"`, 1000),
		strings.Repeat(`"a" `, 1000),
		strings.Repeat("abc.", 3000),
		strings.Repeat("abc. ", 3000),
	}
}

// FuzzParse checks, on any input, the invariants of a Document listed in
// checkInvariants, and that Parse is deterministic. It is seeded from every
// testdata/*.txt fixture, every rule-table case, the peer breakers and a few
// hostile strings; the inputs of issue 6 that broke peers are also committed
// under testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, g := range ruleGroups {
		for _, c := range g.cases {
			f.Add(c.text)
		}
	}
	for _, s := range peerBreakers() {
		f.Add(s)
	}
	for _, s := range []string{
		"",
		"\xff\xfe\x00\"\xe2\x80\x9c",
		"\u201c\u201c\u201c\u201d",
		"\u00bb\u00ab\u00bb\u00ab",
		"\u300c\u300e\u300f\u300d",
		"Mr. \"Smith\" said: \u201cno.\u201d\r\rMrs. Jones said it was \u201cbad.\u201d",
		"\u201cA,\u201d he said, \u201cB.\u201d",
		"BAKU, Azerbaijan, April 22. \u201cYes,\u201d she said.",
		"\u201cOpen\n\n\u201cStill open\n\n\u201cClosed,\u201d he said.",
		"''A,'' he said.",
		"a\u200bb. c\u0301d. e\u202ef.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := Parse(text)
		checkInvariants(t, text, d)
		// reflect.DeepEqual first: cmp.Diff on equal documents costs
		// more than the Parse, and only its report is needed.
		again := Parse(text)
		if !reflect.DeepEqual(d, again) {
			t.Fatalf("second Parse differs (-first +second):\n%s", cmp.Diff(d, again))
		}
		if _, err := json.Marshal(d); err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
		// WithoutEntities gives the same document, less its entities
		// (again is the copy that may be changed).
		for i := range again.Quotes {
			again.Quotes[i].Entity = ""
		}
		again.Entities = nil
		if got := noEntitiesParser.Parse(text); !reflect.DeepEqual(again, got) {
			t.Fatalf("WithoutEntities differs from Parse (-Parse +WithoutEntities):\n%s", cmp.Diff(again, got))
		}
	})
}

// fuzzPieces are the words and marks FuzzPieces writes its texts with, 64
// of them: quotation marks of each family, brackets, dashes and the other
// marks, cues, pronouns and function words, titles, names, nouns of
// speakers, a possessive, a number, a transcript label, a dateline's
// word, a no-break space and a CRLF. Texts of these reach the rules that
// read a token's neighbours far more often than random bytes do: from
// the seeds below, FuzzPieces found a speaker inside its own content
// ("he said, said who") in a second of its first run.
var fuzzPieces = [64]string{
	"\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u300c",
	"(", ")", "\u2014", "\u2013", "-", ",", ".", ":", ";", "?", "!", "\u2026", "[", "\u2022",
	"said", "Said", "says", "say", "told", "according to", "According to", "added", "wrote", "thinks", "reported", "asked",
	"he", "He", "she", "it", "they", "who", "that", "the", "a", "and", "In", "of",
	"Ann", "Lee", "Sen.", "Mr.", "U.S.", "Inc.", "President", "officials", "spokesman", "statement",
	"'s", "4", "Q:", "BOSTON", "\u00a0", "\r\n",
}

// fuzzSeps are the separators FuzzPieces puts before a piece.
var fuzzSeps = [4]string{" ", "", "\n\n", "\n"}

// piecesText reads b as a text of fuzzPieces, at most 256: each byte's
// low six bits pick a piece, its top two the separator before it.
func piecesText(b []byte) string {
	var sb strings.Builder
	for i, c := range b[:min(len(b), 256)] {
		if i > 0 {
			sb.WriteString(fuzzSeps[c>>6])
		}
		sb.WriteString(fuzzPieces[c&63])
	}
	return sb.String()
}

// FuzzPieces is FuzzParse on texts of words and marks (piecesText): the
// fuzzer's mutations of bytes become insertions, deletions and swaps of
// words, which reach the rules' edge cases (a content at the first token,
// a mention inside another's preposition) that byte-level mutations of
// fixtures rarely do. It checks the invariants of checkInvariants.
func FuzzPieces(f *testing.F) {
	for _, b := range [][]byte{
		{1, 64 | 39, 64 | 15, 64 | 2, 36, 24, 64 | 16},              // “it,” he said.
		{30, 55, 64 | 15, 36, 24, 64 | 16},                          // According to officials, he said.
		{44, 64 | 11, 64 | 15, 36, 34, 64 | 16},                     // a), he reported.
		{37, 64 | 13, 64 | 46, 36, 64 | 15, 41, 32, 39, 64 | 16},    // He–In he, who wrote it.
		{61, 12, 1, 64 | 48, 49, 64 | 16, 64 | 2, 128 | 60, 36, 24}, // BOSTON — “Ann Lee.” ¶ Q: he said
	} {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text := piecesText(b)
		checkInvariants(t, text, Parse(text))
	})
}

// noEntitiesParser is the Parser FuzzParse checks WithoutEntities with.
var noEntitiesParser = NewParser(WithoutEntities())

// checkInvariants checks the properties every Document satisfies, whatever
// the input:
//
//   - every span (paragraph, sentence, quote content and part, speaker, cue,
//     entity mention, term, dateline) has 0 ≤ Start ≤ End ≤ len(text), and
//     Text == text[Start:End] wherever Text is set (a quote's Text always);
//   - when text is valid UTF-8, every offset is on a rune boundary;
//   - paragraphs and sentences are non-empty, in order and disjoint, every
//     sentence lies inside a paragraph, and none overlaps the dateline;
//   - a quote's Kind is Direct, Mixed or Indirect; quotes are in text order
//     of their content; parts are ordered, disjoint, the first starts at the
//     quote's Start and the last ends at its End;
//   - a speaker never overlaps its own quote's content: none of its parts
//     when it has parts (the attribution may interrupt the content, “A,” he
//     said, “B.” or "The plan, Smith said, will work.", so it can lie inside
//     [Start, End) between two parts), else the range [Start, End);
//   - an entity has a non-empty name and its mentions in text order;
//     entities are in order of first mention; a quote's Entity, when set,
//     is the name of one of the entities, the quote has a speaker, and the
//     speaker is one of that entity's mentions.
func checkInvariants(t *testing.T, text string, d *Document) {
	t.Helper()
	valid := utf8.ValidString(text)
	errs := 0
	fail := func(format string, args ...any) {
		t.Helper()
		errs++
		if errs <= 20 {
			t.Errorf(format, args...)
		}
	}
	span := func(what string, s Span, wantText bool) bool {
		t.Helper()
		if s.Start < 0 || s.Start > s.End || s.End > len(text) {
			fail("%s [%d,%d) out of range (len %d)", what, s.Start, s.End, len(text))
			return false
		}
		if (s.Text != "" || wantText) && s.Text != text[s.Start:s.End] {
			fail("%s [%d,%d): Text %q, text holds %q", what, s.Start, s.End, s.Text, text[s.Start:s.End])
		}
		if valid {
			for _, i := range [2]int{s.Start, s.End} {
				if i < len(text) && !utf8.RuneStart(text[i]) {
					fail("%s [%d,%d): offset %d inside a rune", what, s.Start, s.End, i)
				}
			}
		}
		return true
	}
	ordered := func(what string, spans []Span) {
		t.Helper()
		for i, s := range spans {
			span(fmt.Sprintf("%s %d", what, i), s, false)
			if s.Start == s.End {
				fail("%s %d [%d,%d) empty", what, i, s.Start, s.End)
			}
			if i > 0 && spans[i-1].End > s.Start {
				fail("%s %d [%d,%d) not after %s %d [%d,%d)", what, i, s.Start, s.End, what, i-1, spans[i-1].Start, spans[i-1].End)
			}
		}
	}
	ordered("paragraph", d.Paragraphs)
	ordered("sentence", d.Sentences)
	p := 0
	for i, s := range d.Sentences {
		for p < len(d.Paragraphs) && d.Paragraphs[p].End < s.End {
			p++
		}
		if p == len(d.Paragraphs) || s.Start < d.Paragraphs[p].Start {
			fail("sentence %d [%d,%d) is inside no paragraph", i, s.Start, s.End)
		}
		if dl := d.Dateline; dl != nil && s.Start < dl.End && dl.Start < s.End {
			fail("sentence %d [%d,%d) overlaps the dateline [%d,%d)", i, s.Start, s.End, dl.Start, dl.End)
		}
	}
	if d.Dateline != nil {
		span("dateline", *d.Dateline, true)
	}
	for i, s := range d.Terms {
		span(fmt.Sprintf("term %d", i), s, true)
	}
	mentions := map[string]map[Span]bool{} // by entity name
	for i, e := range d.Entities {
		if e.Name == "" {
			fail("entity %d has no name", i)
		}
		if mentions[e.Name] == nil {
			mentions[e.Name] = map[Span]bool{}
		}
		for j, m := range e.Mentions {
			span(fmt.Sprintf("entity %q mention %d", e.Name, j), m, true)
			if j > 0 && e.Mentions[j-1].Start > m.Start {
				fail("entity %q mention %d at %d after mention %d at %d: not in text order", e.Name, j, m.Start, j-1, e.Mentions[j-1].Start)
			}
			mentions[e.Name][m] = true
		}
		if i > 0 && len(e.Mentions) > 0 && len(d.Entities[i-1].Mentions) > 0 && d.Entities[i-1].Mentions[0].Start > e.Mentions[0].Start {
			fail("entity %d %q first mentioned at %d, before entity %d %q at %d: not in order of first mention",
				i, e.Name, e.Mentions[0].Start, i-1, d.Entities[i-1].Name, d.Entities[i-1].Mentions[0].Start)
		}
	}
	for i, q := range d.Quotes {
		what := fmt.Sprintf("quote %d (%s)", i, q.Kind)
		switch q.Kind {
		case Direct, Mixed, Indirect:
		default:
			fail("%s: unknown kind %q", what, q.Kind)
		}
		if !span(what, Span{Start: q.Start, End: q.End, Text: q.Text}, true) {
			continue
		}
		if i > 0 && d.Quotes[i-1].Start > q.Start {
			fail("%s at %d after quote %d at %d: not in text order", what, q.Start, i-1, d.Quotes[i-1].Start)
		}
		for j, pt := range q.Parts {
			pw := fmt.Sprintf("%s part %d", what, j)
			span(pw, pt, false)
			if pt.Start < q.Start || pt.End > q.End {
				fail("%s [%d,%d) outside the quote [%d,%d)", pw, pt.Start, pt.End, q.Start, q.End)
			}
			if j > 0 && q.Parts[j-1].End > pt.Start {
				fail("%s [%d,%d) overlaps the part before [%d,%d)", pw, pt.Start, pt.End, q.Parts[j-1].Start, q.Parts[j-1].End)
			}
		}
		if n := len(q.Parts); n > 0 && (q.Parts[0].Start != q.Start || q.Parts[n-1].End != q.End) {
			fail("%s: parts run [%d,%d), content [%d,%d)", what, q.Parts[0].Start, q.Parts[n-1].End, q.Start, q.End)
		}
		if q.Cue != nil {
			span(what+" cue", *q.Cue, true)
		}
		if q.Entity != "" && mentions[q.Entity] == nil {
			fail("%s: entity %q is not among the entities", what, q.Entity)
		}
		if q.Speaker == nil {
			if q.Entity != "" {
				fail("%s: entity %q without a speaker", what, q.Entity)
			}
			continue
		}
		sp := *q.Speaker
		if !span(what+" speaker", sp, true) {
			continue
		}
		if q.Entity != "" && mentions[q.Entity] != nil && !mentions[q.Entity][sp] {
			fail("%s: speaker %q [%d,%d) is not a mention of its entity %q", what, sp.Text, sp.Start, sp.End, q.Entity)
		}
		content := q.Parts
		if len(content) == 0 {
			content = []Span{{Start: q.Start, End: q.End}}
		}
		for _, c := range content {
			if sp.Start < c.End && c.Start < sp.End {
				fail("%s: speaker %q [%d,%d) inside its own content [%d,%d) %q", what, sp.Text, sp.Start, sp.End, c.Start, c.End, text[c.Start:c.End])
			}
		}
	}
}

// raceEnabled reports whether the test binary was built with -race, under
// which timings mean nothing.
func raceEnabled() bool {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range bi.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
}

// quadSize is the size FuzzQuadratic fills with the repeated unit.
const quadSize = 512 << 10

// quadBudget is the time a Parse of a 512 KiB input may take.
const quadBudget = 2 * time.Second

// quadSlow is the CPU time of a Parse of 512 KiB above which FuzzQuadratic
// compares the time per byte with that of an eighth of the text, and
// quadRatio the most it allows: a linear parser gives about 1, one that
// reads the rest of a paragraph per cue about 8.
const (
	quadSlow  = 100 * time.Millisecond
	quadRatio = 4
)

// parseCPU returns the least CPU time of tries Parses of text.
func parseCPU(text string, tries int) time.Duration {
	best := time.Duration(1 << 62)
	for range tries {
		t0 := cpuTime()
		Parse(text)
		best = min(best, cpuTime()-t0)
	}
	return best
}

// quadText is prefix, unit repeated, suffix: about size bytes in all.
// Prefix and suffix are cut to 4 KiB so that the repeated unit dominates.
func quadText(prefix, unit, suffix string, size int) string {
	prefix = prefix[:min(len(prefix), 4<<10)]
	suffix = suffix[:min(len(suffix), 4<<10)]
	n := max(1, (size-len(prefix)-len(suffix))/len(unit))
	return prefix + strings.Repeat(unit, n) + suffix
}

// FuzzQuadratic repeats a unit chosen by the fuzzer between a prefix and a
// suffix to fill 512 KiB (64 KiB under -short) and requires Parse to finish
// in 2 s, and, when it takes over 100 ms, to take at most quadRatio times
// the time per byte of an eighth of the text. The time checks are skipped
// under -race. The invariants of checkInvariants are checked too.
func FuzzQuadratic(f *testing.F) {
	for _, s := range [][3]string{
		{"", "\u201c", ""},
		{"", "\"", ""},
		{"", "'", ""},
		{"", "\"'", ""},
		{"", "\u00ab", ""},
		{"", "\u300c", ""},
		{"", "\u201e", ""},
		{"", "\u201c\u201d", ""},
		{"He said: ", "\u201cYes,\u201d he said. ", ""},
		{"", "Mr. ", ""},
		{"", "said ", ""},
		{"", ", ", ""},
		{"", "\n\n", "x"},
		{"", "\r", ""},
		{"", "a ", "."},
		{"\u201c", "a ", "\u201d"},
		{"", "\"a\"", ""},
		{"", "abc.", ""},
		{"", "1.", ""},
		{"", "\u200b", ""},
		{"", "e\u0301", ""},
		{"The minister said ", "that ", "it works."},
		{"", "\u201cA,\u201d ", "he said."},
		{"", "according to ", "him."},
		{"", "he said, ", "\u201cno.\u201d"},
		{"", "\u201cA", "\u201d"},
		{"", "He said. ", ""},
		{"", "She. ", ""},
		{"", "Smith ", "said."},
		{"", "Senator Dana Roe Says Voters Should Back the School Bond. ", ""},
		{"", "\u201cThe bond is fair,\u201d Roe said, citing the cost of new roofs. ", ""},
		{"", "Roe wrote that, \u201cAll who doubt it should come!\u201d ", ""},
		{"", "Roe wrote that, \u201cAll who doubt it should come,\u201d ", ""},
		{"", "Roe, who said that ", ""},
		{"", "he said that she said that ", ""},
		{"", "a call for a ban on trucks on Monday ", ""},
		// Cue after cue in one sentence: every cue paid for all the rules
		// of reported (maxInnerCues), 1.5 s of CPU instrumented.
		{"", "asked ", ""},
		{"", "he told ", ""},
		{"", "telling ", ""},
		{"", "wrote ", ""},
		{"", "\u201cThe bond is fair,\u201d Roe said.\n\n\u201cIt pays for new roofs.\u201d\n\n", ""},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, prefix, unit, suffix string) {
		if unit == "" {
			t.Skip("empty unit")
		}
		size := quadSize
		if testing.Short() {
			size = 64 << 10
		}
		text := quadText(prefix, unit, suffix, size)
		start, cpu := time.Now(), cpuTime()
		d := Parse(text)
		el, elCPU := time.Since(start), cpuTime()-cpu
		// CPU time decides (see parseTime); the wall time is reported.
		if !raceEnabled() && elCPU > quadBudget*time.Duration(size)/quadSize+100*time.Millisecond {
			t.Errorf("Parse of %d bytes (unit %q, prefix %q, suffix %q) took %v of CPU (%v wall)", len(text), unit, prefix, suffix, elCPU, el)
		} else if !raceEnabled() && elCPU > quadSlow*time.Duration(size)/quadSize {
			// Slow but in budget: a rule quadratic in a paragraph may
			// still be in budget at this size. The time per byte is
			// compared with that of an eighth of the text.
			small := quadText(prefix, unit, suffix, size/8)
			ts := parseCPU(small, 2)
			tb := parseCPU(text, 2)
			ratio := (float64(tb) / float64(len(text))) / (float64(ts) / float64(len(small)))
			if ratio > quadRatio {
				t.Errorf("Parse of %d bytes (unit %q, prefix %q, suffix %q) took %v of CPU, %.1f× the time per byte of %d bytes (%v)", len(text), unit, prefix, suffix, tb, ratio, len(small), ts)
			}
		}
		checkInvariants(t, text, d)
	})
}
