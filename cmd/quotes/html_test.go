package main

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotekit/attribution"
)

// The documents below are built by hand, not by Parse: these tests are about
// drawing whatever a Document says.

// at returns the span of the n-th (from 0) occurrence of sub in text.
func at(t testing.TB, text, sub string, n int) attribution.Span {
	t.Helper()
	off := 0
	for ; n >= 0; n-- {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			t.Fatalf("%q: occurrence not found", sub)
		}
		off += i
		if n > 0 {
			off += len(sub)
		}
	}
	return attribution.Span{Start: off, End: off + len(sub), Text: sub}
}

// between returns the span from the start of a to the end of b, both
// searched from the start of text.
func between(t testing.TB, text, a, b string) attribution.Span {
	t.Helper()
	s := at(t, text, a, 0)
	i := strings.Index(text[s.Start:], b)
	if i < 0 {
		t.Fatalf("%q: not found after %q", b, a)
	}
	s.End = s.Start + i + len(b)
	s.Text = text[s.Start:s.End]
	return s
}

// shorten keeps the first n bytes of s.
func shorten(s attribution.Span, n int) attribution.Span {
	s.End = s.Start + n
	s.Text = s.Text[:n]
	return s
}

func ptr(s attribution.Span) *attribution.Span { return &s }

// quote builds a Quote whose content is span c.
func quote(text string, kind attribution.Kind, c attribution.Span, speaker, cue *attribution.Span, entity string, closed bool) attribution.Quote {
	return attribution.Quote{Kind: kind, Start: c.Start, End: c.End, Text: text[c.Start:c.End],
		Speaker: speaker, Cue: cue, Entity: entity, Closed: closed}
}

// paragraphs returns the blank-line separated blocks of text.
func paragraphs(text string) []attribution.Span {
	var ps []attribution.Span
	for off := 0; off < len(text); {
		end := strings.Index(text[off:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		if s := strings.TrimRight(text[off:end], "\n"); s != "" {
			ps = append(ps, attribution.Span{Start: off, End: off + len(s)})
		}
		off = end + 2
	}
	return ps
}

// withEntities fills d.Entities from the speakers of d.Quotes.
func withEntities(d *attribution.Document) *attribution.Document {
	for _, q := range d.Quotes {
		if q.Entity == "" {
			continue
		}
		k := slices.IndexFunc(d.Entities, func(e attribution.Entity) bool { return e.Name == q.Entity })
		if k < 0 {
			d.Entities = append(d.Entities, attribution.Entity{Name: q.Entity})
			k = len(d.Entities) - 1
		}
		if q.Speaker != nil && !slices.Contains(d.Entities[k].Mentions, *q.Speaker) {
			d.Entities[k].Mentions = append(d.Entities[k].Mentions, *q.Speaker)
		}
	}
	return d
}

// seedDoc is what Parse should find in the seed article, written by hand.
func seedDoc(t testing.TB, text string) *attribution.Document {
	const lu = "Lu Mei"
	d := &attribution.Document{Paragraphs: paragraphs(text), Dateline: ptr(at(t, text, "BAKU, Azerbaijan, April 22.", 0))}
	art := func(n int) *attribution.Span { return ptr(at(t, text, "the article", n)) }
	multi := quote(text, attribution.Direct, between(t, text, "Chairman of the People", "strategic partnership,"), art(3), ptr(at(t, text, "concludes", 0)), lu, true)
	multi.Parts = []attribution.Span{
		between(t, text, "Chairman of the People", "personal friendship."),
		between(t, text, "Looking to the future", "strategic partnership,"),
	}
	d.Quotes = []attribution.Quote{
		quote(text, attribution.Indirect, between(t, text, "President of Azerbaijan Ilham", "the Chinese people"),
			ptr(at(t, text, "Chinese Ambassador Lu Mei", 0)), ptr(at(t, text, "said", 0)), lu, true),
		quote(text, attribution.Indirect, between(t, text, "that this visit will contribute", "the two countries"),
			ptr(shorten(at(t, text, "she expressed", 0), 3)), ptr(at(t, text, "expressed confidence", 0)), lu, true),
		quote(text, attribution.Direct, between(t, text, "As soon as I took", "countries and peoples,"), art(0), ptr(at(t, text, "reads", 0)), lu, true),
		quote(text, attribution.Indirect, between(t, text, "that China and Azerbaijan", "strategic partners"),
			ptr(at(t, text, "Mei", 1)), ptr(at(t, text, "noted", 0)), lu, true),
		quote(text, attribution.Direct, between(t, text, "In recent years", "great results,"), art(1), ptr(at(t, text, "said", 1)), lu, true),
		quote(text, attribution.Indirect, between(t, text, "the enormous contribution", "bilateral relations\n"),
			ptr(at(t, text, "The ambassador", 0)), ptr(at(t, text, "emphasized", 0)), lu, true),
		quote(text, attribution.Direct, between(t, text, "Heydar Aliyev was the founder", "this important matter,"), art(2), ptr(at(t, text, "says", 0)), lu, true),
		quote(text, attribution.Indirect, between(t, text, "that President Ilham Aliyev attaches", "the Chinese people."),
			ptr(at(t, text, "Mei", 2)), ptr(at(t, text, "pointed out", 0)), lu, true),
		multi,
	}
	d.Quotes[5].End-- // drop the line break
	d.Quotes[5].Text = text[d.Quotes[5].Start:d.Quotes[5].End]
	d.Quotes[7].End-- // drop the period
	d.Quotes[7].Text = text[d.Quotes[7].Start:d.Quotes[7].End]
	d.Terms = []attribution.Span{at(t, text, "One Belt - One Road", 0)}
	return withEntities(d)
}

// injectionDoc marks up the injection fixture by hand, with entity names
// that carry markup too.
func injectionDoc(t testing.TB, text string) *attribution.Document {
	jane := `Jane <b onmouseover="window.__injected = 'speaker'">Doe</b>`
	tom := `Tom O'Neil & Co. "><script>window.__injected = 'entity'</script>`
	d := &attribution.Document{Paragraphs: paragraphs(text), Dateline: ptr(at(t, text, "WASHINGTON, May 3.", 0))}
	mixed := quote(text, attribution.Mixed, between(t, text, "that the <img", "changed nothing"),
		ptr(at(t, text, "Tom O'Neil & Co.", 0)), ptr(at(t, text, "said", 1)), tom, true)
	mixed.Parts = []attribution.Span{at(t, text, "harmless &amp; safe", 0), at(t, text, "</main></body>", 0)}
	memo := quote(text, attribution.Direct, between(t, text, "<style>", "wrote, adding"), // content fixed below
		ptr(at(t, text, "the memo's author, <svg", 0)), ptr(at(t, text, "wrote", 0)), "", true)
	memo.Parts = []attribution.Span{between(t, text, "<style>", "either,"), between(t, text, "&lt;escaped&gt; stays", "stays text.")}
	memo.End = memo.Parts[1].End
	memo.Text = text[memo.Start:memo.End]
	last := quote(text, attribution.Direct, between(t, text, "An unclosed quote", "</iframe>"), nil, nil, "", false)
	d.Quotes = []attribution.Quote{
		quote(text, attribution.Direct, between(t, text, "<script>window.__injected = 'quote'", "</mark>,"),
			ptr(at(t, text, jane, 0)), ptr(at(t, text, "said", 0)), jane, true),
		mixed,
		memo,
		last,
	}
	d.Terms = []attribution.Span{at(t, text, "<i>Trojan</i> & Horse", 0), at(t, text, ` onfocus="window.__injected = 'attr'" autofocus x=`, 0)}
	return withEntities(d)
}

func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func render(t testing.TB, title, text string, d *attribution.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := writeHTML(&b, title, text, d); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// tag is an element of the page as the checker below reads it.
type tag struct {
	name  string
	attrs map[string]string
	text  strings.Builder // unescaped text directly or deeply inside
}

var (
	attrRE  = regexp.MustCompile(`^\s+([a-z][a-z-]*)="([^"<>]*)"`)
	entRE   = regexp.MustCompile(`&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);`)
	voidTag = map[string]bool{"meta": true}
	okTags  = map[string]bool{"html": true, "head": true, "meta": true, "title": true, "style": true,
		"body": true, "header": true, "h1": true, "h2": true, "h3": true, "p": true, "div": true,
		"main": true, "aside": true, "section": true, "span": true, "mark": true, "ol": true,
		"li": true, "a": true, "strong": true}
	okAttrs = map[string]bool{"lang": true, "charset": true, "http-equiv": true, "content": true,
		"name": true, "class": true, "id": true, "title": true, "tabindex": true, "href": true,
		"aria-label": true}
)

// page is the page as the checker reads it.
type page struct {
	tags []*tag  // every element, in document order
	main *tag    // the article
	open []*tag  // at the end: must be empty
	errs []error // what is wrong
}

// check reads the page as a strict, tiny HTML tokenizer would: every '<'
// outside the style sheet opens a known tag whose attributes are known and
// quoted; tags nest well; text holds no '<' or '>' and only well-formed
// character references. It returns the elements with their text.
func check(t *testing.T, out string) *page {
	t.Helper()
	p := &page{}
	fail := func(format string, args ...any) { p.errs = append(p.errs, fmt.Errorf(format, args...)) }
	if !utf8.ValidString(out) {
		fail("page is not valid UTF-8")
	}
	s := out
	if !strings.HasPrefix(s, "<!doctype html>") {
		fail("no doctype")
	}
	s = strings.TrimPrefix(s, "<!doctype html>")
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			i = len(s)
		}
		text := s[:i]
		if strings.ContainsAny(text, ">") {
			fail("raw '>' in text %q", text)
		}
		if rest := entRE.ReplaceAllString(text, ""); strings.Contains(rest, "&") {
			fail("bare '&' in text %q", text)
		}
		for _, o := range p.open {
			o.text.WriteString(html.UnescapeString(text))
		}
		s = s[i:]
		if s == "" {
			break
		}
		j := strings.IndexByte(s, '>')
		if j < 0 {
			fail("unterminated tag %q", s)
			break
		}
		raw := s[1:j]
		s = s[j+1:]
		if strings.HasPrefix(raw, "/") {
			name := raw[1:]
			if len(p.open) == 0 || p.open[len(p.open)-1].name != name {
				fail("</%s> does not close the innermost open tag", name)
				continue
			}
			p.open = p.open[:len(p.open)-1]
			continue
		}
		n := 0
		for n < len(raw) && raw[n] >= 'a' && raw[n] <= 'z' || n > 0 && n < len(raw) && raw[n] >= '1' && raw[n] <= '6' {
			n++
		}
		el := &tag{name: raw[:n], attrs: map[string]string{}}
		if !okTags[el.name] {
			fail("unexpected tag <%s>", raw)
		}
		for rest := raw[n:]; rest != ""; {
			m := attrRE.FindStringSubmatch(rest)
			if m == nil {
				fail("bad attributes in <%s>: %q", raw, rest)
				break
			}
			if !okAttrs[m[1]] && !strings.HasPrefix(m[1], "data-") {
				fail("unexpected attribute %s in <%s>", m[1], raw)
			}
			el.attrs[m[1]] = html.UnescapeString(m[2])
			rest = rest[len(m[0]):]
		}
		p.tags = append(p.tags, el)
		if el.name == "main" {
			p.main = el
		}
		if el.name == "style" {
			k := strings.Index(s, "</style>")
			if k < 0 || strings.Contains(s[:k], "<") {
				fail("style sheet holds '<' or is not closed")
				break
			}
			s = s[k+len("</style>"):]
			continue
		}
		if !voidTag[el.name] {
			p.open = append(p.open, el)
		}
	}
	if len(p.open) > 0 {
		fail("%d tags left open, innermost <%s>", len(p.open), p.open[len(p.open)-1].name)
	}
	if p.main == nil {
		fail("no <main>")
	}
	for _, err := range p.errs {
		t.Error(err)
	}
	return p
}

// hasClass reports whether el has class c.
func (el *tag) hasClass(c string) bool {
	return slices.Contains(strings.Fields(el.attrs["class"]), c)
}

// clean is the text a page shows for s.
func clean(s string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

// checkQuotes checks that every segment of every quote is drawn once, with
// its text, kind and entity, and that speakers and cues are marked.
func checkQuotes(t *testing.T, p *page, text string, d *attribution.Document) {
	t.Helper()
	type seg struct{ q, part int }
	firsts := map[seg]int{}
	texts := map[seg]string{}
	speakers := map[int]string{}
	cues := map[int]string{}
	for _, el := range p.tags {
		switch {
		case el.name == "mark" && el.hasClass("quote") && el.attrs["data-quote"] != "":
			qi, err1 := strconv.Atoi(el.attrs["data-quote"])
			pi, err2 := strconv.Atoi(el.attrs["data-part"])
			if err1 != nil || err2 != nil || qi >= len(d.Quotes) {
				t.Errorf("bad quote element %v", el.attrs)
				continue
			}
			q := d.Quotes[qi]
			if got := el.attrs["data-entity"]; got != clean(q.Entity) {
				t.Errorf("quote %d: data-entity %q, want %q", qi, got, q.Entity)
			}
			if got := el.attrs["data-kind"]; got != string(q.Kind) {
				t.Errorf("quote %d: data-kind %q, want %q", qi, got, q.Kind)
			}
			if !el.hasClass("cont") {
				firsts[seg{qi, pi}]++
				if el.attrs["tabindex"] != "0" {
					t.Errorf("quote %d part %d: first fragment has no tabindex", qi, pi)
				}
			}
			if !strings.Contains(el.attrs["title"], string(q.Kind)) {
				t.Errorf("quote %d: title %q does not give the kind", qi, el.attrs["title"])
			}
			texts[seg{qi, pi}] += el.text.String()
		case el.hasClass("speaker") || el.hasClass("cue"):
			for _, f := range strings.Fields(el.attrs["data-quotes"]) {
				qi, _ := strconv.Atoi(f)
				if el.hasClass("speaker") {
					speakers[qi] += el.text.String()
				} else {
					cues[qi] += el.text.String()
				}
			}
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		for j, s := range quoteSegments(q) {
			k := seg{i, j}
			if firsts[k] != 1 {
				t.Errorf("quote %d part %d: %d first fragments, want 1", i, j, firsts[k])
			}
			if want := clean(text[s.Start:s.End]); texts[k] != want {
				t.Errorf("quote %d part %d: text %q, want %q", i, j, texts[k], want)
			}
		}
		if q.Speaker != nil && speakers[i] != clean(text[q.Speaker.Start:q.Speaker.End]) {
			t.Errorf("quote %d: speaker %q, want %q", i, speakers[i], q.Speaker.Text)
		}
		if q.Cue != nil && cues[i] != clean(text[q.Cue.Start:q.Cue.End]) {
			t.Errorf("quote %d: cue %q, want %q", i, cues[i], q.Cue.Text)
		}
	}
	if p.main != nil {
		if got, want := strings.TrimSpace(p.main.text.String()), strings.TrimSpace(clean(text)); got != want {
			t.Errorf("article text differs from the input:\n got %q\nwant %q", got, want)
		}
	}
}

// checkPanel checks the side panel's counts.
func checkPanel(t *testing.T, p *page, d *attribution.Document) {
	t.Helper()
	want := map[string]int{}
	for _, q := range d.Quotes {
		want[clean(q.Entity)]++
	}
	got := map[string]int{}
	for _, el := range p.tags {
		if el.name == "section" && el.hasClass("entity") {
			n, _ := strconv.Atoi(el.attrs["data-count"])
			got[el.attrs["data-entity"]] += n
		}
	}
	for name, n := range want {
		if got[name] != n {
			t.Errorf("panel: entity %q counts %d quotes, want %d", name, got[name], n)
		}
	}
}

func TestWriteHTMLSeed(t *testing.T) {
	text := readFixture(t, "trend_ambassador_article.txt")
	d := seedDoc(t, text)
	out := render(t, "trend_ambassador_article.txt", text, d)
	p := check(t, out)
	checkQuotes(t, p, text, d)
	checkPanel(t, p, d)
	if dir := os.Getenv("QUOTES_HTML_DIR"); dir != "" {
		// For looking at the design: render the hand-built documents.
		if err := os.WriteFile(filepath.Join(dir, "seed.html"), []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		inj := readFixture(t, "injection.txt")
		if err := os.WriteFile(filepath.Join(dir, "injection.html"), []byte(render(t, "injection.txt", inj, injectionDoc(t, inj))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWriteHTMLInjection(t *testing.T) {
	text := readFixture(t, "injection.txt")
	d := injectionDoc(t, text)
	d.Entities[0].Mentions = append(d.Entities[0].Mentions, attribution.Span{Start: 0, End: 8}) // Text unset
	title := `x"><script>window.__injected = 'title'</script>.txt`
	out := render(t, title, text, d)
	p := check(t, out)
	checkQuotes(t, p, text, d)
	checkPanel(t, p, d)
	for _, bad := range []string{"<script", "<img", "<svg", "<iframe", "<b ", "<i>", "<a href=\"javascript",
		"onerror=\"", "onmouseover=\"", "onfocus=\"", "onload=\"", "<!--", "<![CDATA["} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	if n := strings.Count(out, "<style"); n != 1 {
		t.Errorf("page has %d <style> tags, want only its own", n)
	}
	for _, want := range []string{
		`&lt;script&gt;window.__injected = &#34;dateline&#34;&lt;/script&gt;`,
		`&lt;/div&gt;&lt;/p&gt;`,
		`&amp;amp; safe`,
		`&amp;lt;escaped&amp;gt;`,
		`x&#34;&gt;&lt;script&gt;window.__injected = &#39;title&#39;&lt;/script&gt;.txt`,
		`data-entity="Tom O&#39;Neil &amp; Co. &#34;&gt;&lt;script&gt;`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks the escaped text %s", want)
		}
	}
	if !strings.Contains(out, `Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"`) {
		t.Error("page has no Content-Security-Policy that forbids scripts")
	}
}

// TestWriteHTMLNesting draws spans that overlap every way: a term across a
// quote's end, a speaker inside another quote, quotes that overlap, a part
// across a paragraph break, spans on the paragraph edges.
func TestWriteHTMLNesting(t *testing.T) {
	text := "Alpha beta gamma delta.\n\nEpsilon zeta eta theta.\n\nIota kappa lambda."
	sp := func(a, b int) attribution.Span { return attribution.Span{Start: a, End: b, Text: text[a:b]} }
	q0 := quote(text, attribution.Direct, sp(0, 30), ptr(sp(6, 10)), ptr(sp(11, 16)), "Beta Person", true)
	q0.Parts = []attribution.Span{sp(0, 10), sp(17, 30)} // the second part crosses a paragraph break
	q1 := quote(text, attribution.Mixed, sp(8, 45), ptr(sp(25, 32)), ptr(sp(33, 37)), "Epsilon", false)
	q1.Parts = []attribution.Span{sp(9, 12), sp(40, 45)}
	q2 := quote(text, attribution.Indirect, sp(51, 56), nil, ptr(sp(51, 56)), "", true) // cue on its own content
	q3 := quote(text, attribution.Indirect, sp(25, 49), ptr(sp(6, 10)), nil, "Beta Person", true)
	d := &attribution.Document{
		Paragraphs: paragraphs(text),
		Quotes:     []attribution.Quote{q0, q1, q3, q2},
		Terms:      []attribution.Span{sp(20, 28), sp(56, 61), sp(61, 68)},
		Dateline:   ptr(sp(0, 5)),
	}
	withEntities(d)
	out := render(t, "nesting", text, d)
	p := check(t, out)
	checkQuotes(t, p, text, d)
	checkPanel(t, p, d)
	if t.Failed() {
		t.Log(out[strings.Index(out, "<main"):strings.Index(out, "</main>")])
	}
}

// TestWriteHTMLTotal feeds documents that do not fit their text: offsets
// out of range or reversed, spans that split a rune, invalid UTF-8, NUL
// bytes, no paragraphs, a nil document.
func TestWriteHTMLTotal(t *testing.T) {
	text := "caf\xc3\xa9 \xff\xfe \x00 «bonjour» \"x\" — fin"
	bad := []attribution.Span{{Start: -5, End: 3}, {Start: 4, End: 2}, {Start: 3, End: 4}, {Start: 10, End: 1000}, {Start: 1000, End: 2000}}
	var quotes []attribution.Quote
	for i, s := range bad {
		q := attribution.Quote{Kind: attribution.Direct, Start: s.Start, End: s.End, Speaker: &bad[(i+1)%len(bad)],
			Cue: &bad[(i+2)%len(bad)], Entity: "\xffname\x00", Parts: bad[:i%3]}
		quotes = append(quotes, q)
	}
	docs := map[string]*attribution.Document{
		"nil":    nil,
		"empty":  {},
		"broken": {Paragraphs: bad, Quotes: quotes, Terms: bad, Dateline: &bad[2], Entities: []attribution.Entity{{Name: "", Mentions: bad}}, Truncated: true},
	}
	// A span that splits a rune leaves two pieces of invalid UTF-8, each
	// drawn as U+FFFD.
	bounds := []int{0, len(text)}
	for _, s := range bad {
		bounds = append(bounds, max(0, min(s.Start, len(text))), max(0, min(s.End, len(text))))
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	var pieces strings.Builder
	for i := 1; i < len(bounds); i++ {
		pieces.WriteString(clean(text[bounds[i-1]:bounds[i]]))
	}
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			out := render(t, "\xff<t>", text, d)
			p := check(t, out)
			want := clean(text)
			if name == "broken" {
				want = pieces.String()
			}
			if p.main != nil {
				if got, want := strings.TrimSpace(p.main.text.String()), strings.TrimSpace(want); got != want {
					t.Errorf("article text %q, want %q", got, want)
				}
			}
		})
	}
	for _, text := range []string{"", " \n\n ", "x"} {
		check(t, render(t, "", text, &attribution.Document{}))
	}
}

// TestWriteHTMLColours checks that entities get distinct palette colours in
// order of first mention and that quotes without speaker are grey.
func TestWriteHTMLColours(t *testing.T) {
	text := "A said x. B said y. C said z. Someone said w."
	var d attribution.Document
	for i, name := range []string{"A", "B", "C", ""} {
		s := at(t, text, "said", i)
		d.Quotes = append(d.Quotes, quote(text, attribution.Indirect, attribution.Span{Start: s.End + 1, End: s.End + 2}, nil, &s, name, true))
	}
	withEntities(&d)
	p := check(t, render(t, "colours", text, &d))
	want := []string{"c0 e0", "c1 e1", "c2 e2", "cn"}
	n := 0
	for _, el := range p.tags {
		if el.name == "mark" && el.attrs["data-quote"] != "" {
			qi, _ := strconv.Atoi(el.attrs["data-quote"])
			if !strings.HasSuffix(el.attrs["class"], want[qi]) {
				t.Errorf("quote %d: class %q, want colour %q", qi, el.attrs["class"], want[qi])
			}
			n++
		}
	}
	if n != len(d.Quotes) {
		t.Errorf("%d quote elements, want %d", n, len(d.Quotes))
	}
}

type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteHTMLError(t *testing.T) {
	if err := writeHTML(errWriter{}, "t", "text", &attribution.Document{}); err == nil {
		t.Error("writeHTML to a failing writer returned no error")
	}
}

func TestProgressSilent(t *testing.T) {
	for _, quiet := range []bool{false, true} {
		var b bytes.Buffer
		p := newProgress(&b, quiet, 100)
		p.add(1, 50)
		p.add(2, 80)
		p.finish()
		if b.Len() != 0 {
			t.Errorf("quiet=%v on a buffer: wrote %q", quiet, b.String())
		}
	}
	f, err := os.CreateTemp(t.TempDir(), "progress")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := newProgress(f, false, -1)
	p.add(1, 10)
	p.finish()
	if fi, _ := f.Stat(); fi.Size() != 0 {
		t.Errorf("progress wrote %d bytes to a regular file", fi.Size())
	}
}

func TestProgressBar(t *testing.T) {
	for _, total := range []int64{-1, 0, 1000, 10} {
		var b bytes.Buffer
		p := newProgressBar(&b, total)
		for range 3 {
			p.add(1, 100)
		}
		p.finish()
		p.finish() // a second finish is harmless
		out := b.String()
		if !strings.Contains(out, "3 docs") {
			t.Errorf("total %d: output lacks the document count: %q", total, out)
		}
		if !strings.Contains(out, "B") || !strings.HasSuffix(out, "\n") {
			t.Errorf("total %d: output lacks bytes or the final line break: %q", total, out)
		}
	}
}

// FuzzWriteHTML draws documents laid out from the fuzzer's bytes over its
// text, with spans on rune boundaries that overlap at random. Properties:
// the page is well formed and safe (check), every quote segment, speaker
// and cue is drawn once with its text, and the article shows the text.
func FuzzWriteHTML(f *testing.F) {
	seed := readFixture(f, "trend_ambassador_article.txt")
	inj := readFixture(f, "injection.txt")
	f.Add(seed, []byte{0, 10, 200, 30, 1, 0, 2, 40, 90, 60, 2, 5, 1, 100, 250, 80, 3, 3})
	f.Add(inj, []byte{0, 0, 255, 10, 1, 0, 1, 5, 250, 128, 0, 1, 2, 3, 4, 5, 6, 7, 8})
	f.Add("«Oui», dit-il.\n\n\xffé\x00\n\n“x”", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Add("a", []byte{255, 255, 255, 255, 255, 255})
	f.Fuzz(func(t *testing.T, text string, layout []byte) {
		if len(text) == 0 || len(text) > 1<<16 || len(layout) > 600 {
			return
		}
		d := fuzzDoc(text, layout)
		out := render(t, "fuzz", text, d)
		p := check(t, out)
		if utf8.ValidString(text) {
			checkQuotes(t, p, text, d)
			checkPanel(t, p, d)
		}
	})
}

// fuzzDoc lays out a document over text from the bytes of layout: six
// bytes give a quote (kind, content, speaker, cue, entity, parts, closed),
// or a term when they give no content.
func fuzzDoc(text string, layout []byte) *attribution.Document {
	names := []string{"", "Lu Mei", `<b>"X" & 'Y'</b>`, "Mei"}
	n := len(text)
	// off maps a byte to an offset on a rune boundary.
	off := func(b byte) int {
		o := int(b) * n / 255
		for o > 0 && o < n && !utf8.RuneStart(text[o]) {
			o--
		}
		return o
	}
	span := func(a, b byte) (attribution.Span, bool) {
		s, e := off(a), off(b)
		if s > e {
			s, e = e, s
		}
		return attribution.Span{Start: s, End: e, Text: text[s:e]}, s < e
	}
	d := &attribution.Document{Paragraphs: paragraphs(text)}
	for ; len(layout) >= 6; layout = layout[6:] {
		b := layout[:6]
		c, ok := span(b[1], b[2])
		sp, ok2 := span(b[3], b[3]+b[5]%16)
		if !ok || !ok2 {
			if t, ok := span(b[1], b[4]); ok {
				d.Terms = append(d.Terms, t)
			}
			continue
		}
		kind := []attribution.Kind{attribution.Direct, attribution.Mixed, attribution.Indirect}[b[0]%3]
		q := quote(text, kind, c, &sp, nil, names[b[4]%4], b[5]%2 == 0)
		if cue, ok := span(b[4], b[4]+3); ok && b[0]%2 == 0 {
			q.Cue = &cue
		}
		if mid := off(byte((int(b[1]) + int(b[2])) / 2)); b[5]%3 == 0 && mid > c.Start && mid < c.End {
			q.Parts = []attribution.Span{{Start: c.Start, End: mid}, {Start: mid, End: c.End}}
		}
		d.Quotes = append(d.Quotes, q)
	}
	return withEntities(d)
}
