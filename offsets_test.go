package attribution

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// offsetTexts mix multi-byte runes (é, 中文, emoji), NBSP, CRLF and lone CR
// line endings with quotes, so that any confusion of bytes and runes, or any
// normalisation of the text before offsets are taken, shows.
var offsetTexts = []struct {
	name string
	text string
	// want, when set, is the content of the quotes Parse must find (parts
	// joined by " … "), checked unless ATTRIBUTION_EXPECT=report.
	want []string
}{
	{"accents", "“Le café est fermé,” said Hélène Dubois.", []string{"Le café est fermé,"}},
	{"cjk", "「中文の記事です,」 said Li Wei.", []string{"中文の記事です,"}},
	{"cjk speaker", "“We will open in June,” said 王小明, the director.", []string{"We will open in June,"}},
	{"emoji", "“Great day 🎉🇦🇿,” she said. 😀", []string{"Great day 🎉🇦🇿,"}},
	{"emoji before", "🚀🚀 “Launch is set,” the agency said.", []string{"Launch is set,"}},
	{"nbsp around guillemets", "«\u00a0Nous sommes prêts\u00a0», said Élodie Marchand.", []string{"Nous sommes prêts"}},
	{"nbsp speaker", "“Yes,” Mr.\u00a0Smith said.", []string{"Yes,"}},
	{"crlf paragraphs", "ROME (Reuters) - “We are ready,” Rossi said.\r\n\r\n“The plan starts Monday,” he added.\r\n", []string{"We are ready,", "The plan starts Monday,"}},
	{"crlf multi-paragraph", "“First we fix the road.\r\n\r\n“Then the school,” Ross said.\r\n", []string{"First we fix the road." + partSep + "Then the school,"}},
	{"crlf unclosed", "She said: “We never give up.\r\n\r\nThe vote is Friday.\r\n", []string{"We never give up."}},
	{"lone cr", "“Yes,” Ann said.\r\r“No,” Bob said.\r", []string{"Yes,", "No,"}},
	{"lone cr unclosed", "She said: “We never give up.\r\rThe vote is Friday.", []string{"We never give up."}},
	{"mixed scripts indirect", "Ministre Zoë Ørsted said that the ﬁnance plan costs €5bn.", nil},
	{"combining marks", "“Cafe\u0301 au lait,” said Jose\u0301.", []string{"Cafe\u0301 au lait,"}},
	{"wide quotes", "＂Ｗｅ ｗｉｎ,＂ she said.", []string{"Ｗｅ ｗｉｎ,"}},
	{"invalid utf8", "“Bad \xff byte,” he said. \xc3", nil},
	{"bom", "\ufeff“Hello,” she said.", []string{"Hello,"}},
	{"zero width", "“Hel\u200blo,” she\u200b said.", []string{"Hel\u200blo,"}},
	{"tab and vt", "\t“Tabbed,”\tshe\tsaid.\v", []string{"Tabbed,"}},
}

// openMarks and closeMarks are the quotation marks a direct quote's content
// may sit between (straight marks and ’ appear in both).
const (
	openMarks  = "\"'“‘„‚«»‹›「『＂”’"
	closeMarks = "\"'”’“‘«»‹›」』＂"
)

// checkSpan reports a span that is out of range, whose Text is not the text
// it covers, or that cuts a rune of valid UTF-8 text.
func checkSpan(t *testing.T, text, what string, s Span) {
	t.Helper()
	if s.Start < 0 || s.Start > s.End || s.End > len(text) {
		t.Errorf("%s: span [%d,%d) out of range (len %d)", what, s.Start, s.End, len(text))
		return
	}
	if s.Text != "" && s.Text != text[s.Start:s.End] {
		t.Errorf("%s: Text %q != text[%d:%d] %q", what, s.Text, s.Start, s.End, text[s.Start:s.End])
	}
	if utf8.ValidString(text) {
		for _, i := range []int{s.Start, s.End} {
			if i < len(text) && !utf8.RuneStart(text[i]) {
				t.Errorf("%s: offset %d inside a rune (%q)", what, i, text[s.Start:s.End])
			}
		}
	}
}

// checkDocumentSpans applies checkSpan to every span of d, and checks that
// direct quote content excludes its marks exactly.
func checkDocumentSpans(t *testing.T, text string, d *Document) {
	t.Helper()
	for i, p := range d.Paragraphs {
		checkSpan(t, text, fmt.Sprintf("paragraph %d", i), p)
	}
	for i, s := range d.Sentences {
		checkSpan(t, text, fmt.Sprintf("sentence %d", i), s)
	}
	for i, s := range d.Terms {
		checkSpan(t, text, fmt.Sprintf("term %d", i), s)
		if s.Text == "" {
			t.Errorf("term %d: empty Text", i)
		}
	}
	if d.Dateline != nil {
		checkSpan(t, text, "dateline", *d.Dateline)
	}
	for _, e := range d.Entities {
		for j, m := range e.Mentions {
			checkSpan(t, text, fmt.Sprintf("entity %q mention %d", e.Name, j), m)
		}
	}
	for i, q := range d.Quotes {
		what := fmt.Sprintf("quote %d", i)
		content := Span{Start: q.Start, End: q.End, Text: q.Text}
		checkSpan(t, text, what, content)
		if q.Start <= q.End && q.End <= len(text) && q.Start >= 0 && q.Text != text[q.Start:q.End] {
			t.Errorf("%s: Text %q is not text[%d:%d]", what, q.Text, q.Start, q.End)
		}
		if q.Speaker != nil {
			checkSpan(t, text, what+" speaker", *q.Speaker)
			segs := q.Parts
			if len(segs) == 0 {
				segs = []Span{{Start: q.Start, End: q.End}}
			}
			for _, p := range segs {
				if q.Speaker.Start < p.End && q.Speaker.End > p.Start {
					t.Errorf("%s: speaker %q inside its own content %q", what, q.Speaker.Text, p.Text)
				}
			}
		}
		if q.Cue != nil {
			checkSpan(t, text, what+" cue", *q.Cue)
		}
		segs := q.Parts
		if len(segs) == 0 {
			segs = []Span{content}
		}
		for j, p := range segs {
			checkSpan(t, text, fmt.Sprintf("%s part %d", what, j), p)
			if j == 0 && p.Start != q.Start || j == len(segs)-1 && p.End != q.End {
				t.Errorf("%s: parts run [%d,%d), content [%d,%d)", what, segs[0].Start, segs[len(segs)-1].End, q.Start, q.End)
			}
			if q.Kind != Direct || p.Start < 0 || p.End > len(text) || p.Start > p.End {
				continue
			}
			// Marks excluded exactly: the rune before the part (white
			// space skipped, as in « spaced guillemets ») is an opening
			// mark and, unless the quote is unclosed at its last part,
			// the rune after it is a closing mark.
			before := strings.TrimRight(text[:p.Start], " \u00a0\u202f\t")
			r, _ := utf8.DecodeLastRuneInString(before)
			// An HTML reference for a mark in scraped text ("&quot;")
			// is the mark.
			if k := strings.LastIndexByte(before, '&'); k >= 0 && strings.HasSuffix(before, ";") {
				if m, n := markEntity(before[k:]); n == len(before)-k {
					r = m
				}
			}
			if !strings.ContainsRune(openMarks, r) {
				// A multi-paragraph quote in the seed's form does not
				// reopen its mark in later paragraphs.
				if j == 0 || before == "" || !strings.ContainsAny(before[len(before)-1:], "\r\n") {
					t.Errorf("%s part %d: %q does not follow an opening mark", what, j, p.Text)
				}
			}
			if j < len(segs)-1 || q.Closed {
				after := strings.TrimLeft(text[p.End:], " \u00a0\u202f\t")
				r, _ := utf8.DecodeRuneInString(after)
				if m, n := markEntity(after); n > 0 {
					r = m
				}
				if !strings.ContainsRune(closeMarks, r) && !(j < len(segs)-1 && (after == "" || after[0] == '\n' || after[0] == '\r')) {
					t.Errorf("%s part %d: %q is not followed by a closing mark", what, j, p.Text)
				}
			}
		}
	}
}

// TestOffsets checks that every span Parse returns indexes the caller's text
// (bytes, not runes, no normalisation), on texts with non-ASCII runes, NBSP,
// CRLF and lone CR.
func TestOffsets(t *testing.T) {
	for _, c := range offsetTexts {
		t.Run(c.name, func(t *testing.T) {
			d := Parse(c.text)
			checkDocumentSpans(t, c.text, d)
			if c.want == nil {
				return
			}
			var got []string
			for _, q := range d.Quotes {
				if q.Kind == Direct {
					got = append(got, quoteContent(q))
				}
			}
			if strings.Join(got, "\x00") != strings.Join(c.want, "\x00") {
				expectMismatch(t, "Parse(%q) direct quotes:\n got %q\nwant %q", c.text, got, c.want)
			}
		})
	}
}

// TestOffsetsFixtures applies the span checks to every fixture, as written
// and with CRLF line endings.
func TestOffsetsFixtures(t *testing.T) {
	for _, name := range fixtureNames(t) {
		t.Run(name, func(t *testing.T) {
			text := readFixture(t, name)
			checkDocumentSpans(t, text, Parse(text))
			crlf := strings.ReplaceAll(text, "\n", "\r\n")
			checkDocumentSpans(t, crlf, Parse(crlf))
		})
	}
}
