package main

import (
	"bufio"
	"cmp"
	"fmt"
	"html"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quotekit/attribution"
)

// The HTML view is one self-contained page: inline CSS, no script, no
// external asset. The article is drawn by a single sweep over the boundaries
// of every span to draw (paragraphs, the dateline, quote content and parts,
// terms, speakers, cues). At each boundary the set of open elements is put
// in a fixed nesting order (paragraph outermost, then dateline, quote,
// quoted words, term, speaker, cue) and the markup closes and reopens what it
// must, so tags are always well nested however the spans overlap. An element
// split that way is drawn as several fragments: the first one carries the id
// and tabindex, the later ones the class "cont". Every fragment of a quote
// carries data-quote (its index in Document.Quotes) and data-part (the index
// of the segment it belongs to), so the text of segment j of quote i is the
// concatenated text of the elements mark.quote[data-quote=i][data-part=j].
//
// Every piece of the caller's text, title and entity names is escaped;
// invalid UTF-8 is drawn as U+FFFD. A Content-Security-Policy forbids any
// script in the page as a second guard.

// swatch is one entity colour: fg for text and rules, bg for direct quotes
// and quoted words, soft for the reported clause of mixed and indirect
// quotes.
type swatch struct{ fg, bg, soft string }

// palette colours entities by their order in the document, cycling past the
// end. The hues are far apart and the tints light enough for dark text.
var palette = [...]swatch{
	{"#1d5fb0", "#cfe1fa", "#e9f1fc"}, // blue
	{"#b4530a", "#fcdcb8", "#fdefdf"}, // orange
	{"#237a2b", "#cdebd0", "#e8f5e9"}, // green
	{"#7a3aa8", "#e6d3f6", "#f4ebfb"}, // purple
	{"#b3261e", "#f8d0cc", "#fcebe9"}, // red
	{"#0b7169", "#c6ebe6", "#e4f5f3"}, // teal
	{"#9c1b9f", "#f4cdf5", "#faeafb"}, // magenta
	{"#7d6300", "#f3e39c", "#faf3d2"}, // ochre
	{"#7a4528", "#ebd8ca", "#f6eee7"}, // brown
	{"#3b3bb8", "#d9d9fa", "#eeeefd"}, // indigo
}

// noEntity colours quotes that have no speaker.
var noEntity = swatch{"#5f6670", "#e3e5e8", "#f1f2f4"}

// Nesting order of the elements drawn in the article, outermost first.
const (
	prioPara = iota
	prioDateline
	prioQuote
	prioQuoted
	prioTerm
	prioSpeaker
	prioCue
)

// elem is one span to draw.
type elem struct {
	start, end int
	prio       int
	order      int    // creation order, the last tie-break
	open       string // opening tag of the first fragment
	cont       string // opening tag of the later fragments
	close      string
	started    bool
}

// less orders elements from outermost to innermost.
func (a *elem) less(b *elem) int {
	return cmp.Or(cmp.Compare(a.prio, b.prio), cmp.Compare(a.start, b.start),
		cmp.Compare(b.end, a.end), cmp.Compare(a.order, b.order))
}

// esc escapes s for HTML text or a quoted attribute value. Invalid UTF-8 and
// NUL bytes become U+FFFD.
func esc(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	return html.EscapeString(s)
}

// clampSpan returns start and end limited to [0, n], and ok when the result
// is not empty.
func clampSpan(start, end, n int) (int, int, bool) {
	start = max(0, min(start, n))
	end = max(0, min(end, n))
	return start, end, start < end
}

// spanText returns the text of s, from s.Text when set, else from text.
func spanText(text string, s attribution.Span) string {
	if s.Text != "" {
		return s.Text
	}
	if a, b, ok := clampSpan(s.Start, s.End, len(text)); ok {
		return text[a:b]
	}
	return ""
}

// excerpt returns s with its white space collapsed, cut to about n bytes
// on a rune boundary.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strings.TrimRight(s[:n], " ") + "…"
}

// view holds what writeHTML derives from a Document.
type view struct {
	text     string
	d        *attribution.Document
	names    []string       // entity names: d.Entities, then others named by quotes
	index    map[string]int // entity name to its index in names
	mentions [][]string     // distinct mention texts per entity
	byEntity [][]int        // quote indices per entity
	none     []int          // quotes without entity
}

func newView(text string, d *attribution.Document) *view {
	v := &view{text: text, d: d, index: map[string]int{}}
	add := func(name string) int {
		if k, ok := v.index[name]; ok {
			return k
		}
		v.index[name] = len(v.names)
		v.names = append(v.names, name)
		v.mentions = append(v.mentions, nil)
		v.byEntity = append(v.byEntity, nil)
		return len(v.names) - 1
	}
	for _, e := range d.Entities {
		if e.Name == "" {
			continue
		}
		k := add(e.Name)
		for _, m := range e.Mentions {
			if t := strings.Join(strings.Fields(spanText(text, m)), " "); t != "" && !slices.Contains(v.mentions[k], t) {
				v.mentions[k] = append(v.mentions[k], t)
			}
		}
	}
	for i, q := range d.Quotes {
		if q.Entity == "" {
			v.none = append(v.none, i)
			continue
		}
		k := add(q.Entity)
		v.byEntity[k] = append(v.byEntity[k], i)
	}
	return v
}

// entity returns the index of the entity of name, or -1 for none.
func (v *view) entity(name string) int {
	if k, ok := v.index[name]; ok && name != "" {
		return k
	}
	return -1
}

// colourClass returns the classes that colour an element of entity k.
func colourClass(k int) string {
	if k < 0 {
		return "cn"
	}
	return "c" + strconv.Itoa(k%len(palette)) + " e" + strconv.Itoa(k)
}

// kindName returns the display name of a quote kind.
func kindName(k attribution.Kind) string {
	if k == "" {
		return "quote"
	}
	return string(k)
}

// kindClass returns the class that styles a quote of kind k.
func kindClass(k attribution.Kind) string {
	switch k {
	case attribution.Direct, attribution.Mixed, attribution.Indirect:
		return string(k)
	}
	return "other"
}

// tip describes quote i for its title and focus popup.
func (v *view) tip(i int) string {
	q := &v.d.Quotes[i]
	var b strings.Builder
	b.WriteString(kindName(q.Kind))
	b.WriteString(" quote")
	b.WriteString(" · speaker: ")
	if q.Speaker != nil {
		b.WriteString("“" + excerpt(spanText(v.text, *q.Speaker), 60) + "”")
	} else {
		b.WriteString("none found")
	}
	b.WriteString(" · cue: ")
	if q.Cue != nil {
		b.WriteString("“" + excerpt(spanText(v.text, *q.Cue), 60) + "”")
	} else {
		b.WriteString("none found")
	}
	b.WriteString(" · entity: ")
	if q.Entity != "" {
		b.WriteString(excerpt(q.Entity, 80))
	} else {
		b.WriteString("none")
	}
	if !q.Closed {
		b.WriteString(" · the quotation mark never closes")
	}
	return b.String()
}

// elems lists the spans to draw in the article.
func (v *view) elems() []*elem {
	n := len(v.text)
	var es []*elem
	push := func(start, end, prio int, open, cont, close string) {
		if a, b, ok := clampSpan(start, end, n); ok {
			es = append(es, &elem{start: a, end: b, prio: prio, order: len(es), open: open, cont: cont, close: close})
		}
	}
	paras := v.d.Paragraphs
	if len(paras) == 0 && strings.TrimSpace(v.text) != "" {
		paras = []attribution.Span{{Start: 0, End: n}}
	}
	for i, p := range paras {
		attr := ` data-para="` + strconv.Itoa(i) + `"`
		push(p.Start, p.End, prioPara, `<p`+attr+`>`, `<p class="cont"`+attr+`>`, `</p>`)
	}
	if dl := v.d.Dateline; dl != nil {
		push(dl.Start, dl.End, prioDateline, `<span class="dateline">`, `<span class="dateline cont">`, `</span>`)
	}
	for _, t := range v.d.Terms {
		const title = ` title="term: in quotation marks, but nobody is reported to have said it"`
		push(t.Start, t.End, prioTerm, `<span class="term"`+title+`>`, `<span class="term cont"`+title+`>`, `</span>`)
	}
	// One speaker or cue element per distinct span, listing its quotes.
	type key struct{ start, end int }
	type ref struct {
		quotes []string
		k      int
	}
	var refKeys [2][]key
	refs := [2]map[key]*ref{{}, {}}
	attach := func(which int, s *attribution.Span, i, k int) {
		a, b, ok := clampSpan(s.Start, s.End, n)
		if !ok {
			return
		}
		r := refs[which][key{a, b}]
		if r == nil {
			r = &ref{k: k}
			refs[which][key{a, b}] = r
			refKeys[which] = append(refKeys[which], key{a, b})
		}
		r.quotes = append(r.quotes, strconv.Itoa(i))
	}
	for i := range v.d.Quotes {
		q := &v.d.Quotes[i]
		k := v.entity(q.Entity)
		kind := esc(string(q.Kind))
		class := "quote " + kindClass(q.Kind) + " " + colourClass(k)
		if !q.Closed {
			class += " open"
		}
		tip := esc(v.tip(i))
		attrs := func(part int) string {
			return ` data-quote="` + strconv.Itoa(i) + `" data-part="` + strconv.Itoa(part) +
				`" data-kind="` + kind + `" data-entity="` + esc(q.Entity) +
				`" title="` + tip + `" data-tip="` + tip + `"`
		}
		id := func(part int) string {
			if part == 0 {
				return ` id="q` + strconv.Itoa(i) + `"`
			}
			return ` id="q` + strconv.Itoa(i) + `-` + strconv.Itoa(part) + `"`
		}
		segs := quoteSegments(q)
		for j, s := range segs {
			push(s.Start, s.End, prioQuote, `<mark class="`+class+`"`+id(j)+attrs(j)+` tabindex="0">`,
				`<mark class="`+class+` cont"`+attrs(j)+`>`, `</mark>`)
		}
		if len(segs) == 1 && len(q.Parts) > 1 {
			// Mixed: the quoted words inside the reported clause.
			for _, p := range q.Parts {
				push(p.Start, p.End, prioQuoted, `<span class="quoted">`, `<span class="quoted cont">`, `</span>`)
			}
		}
		if q.Speaker != nil {
			attach(0, q.Speaker, i, k)
		}
		if q.Cue != nil {
			attach(1, q.Cue, i, k)
		}
	}
	prios := [2]int{prioSpeaker, prioCue}
	for which, class := range [2]string{"speaker", "cue"} {
		for _, key := range refKeys[which] {
			r := refs[which][key]
			name := ""
			if r.k >= 0 {
				name = v.names[r.k]
			}
			attrs := ` data-quotes="` + strings.Join(r.quotes, " ") + `" data-entity="` + esc(name) + `"`
			push(key.start, key.end, prios[which], `<span class="`+class+` `+colourClass(r.k)+`"`+attrs+`>`,
				`<span class="`+class+` cont `+colourClass(r.k)+`"`+attrs+`>`, `</span>`)
		}
	}
	return es
}

// quoteSegments returns the segments of q's content that are drawn as
// quote elements: the parts of a direct quote, else the whole content.
func quoteSegments(q *attribution.Quote) []attribution.Span {
	if q.Kind == attribution.Direct && len(q.Parts) > 0 {
		return q.Parts
	}
	return []attribution.Span{{Start: q.Start, End: q.End}}
}

// writeArticle draws the text with its elements by one sweep over the
// sorted boundaries of the elements.
func writeArticle(w *bufio.Writer, text string, es []*elem) {
	bounds := make([]int, 0, 2*len(es)+2)
	bounds = append(bounds, 0, len(text))
	for _, e := range es {
		bounds = append(bounds, e.start, e.end)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	byStart := slices.Clone(es)
	slices.SortStableFunc(byStart, func(a, b *elem) int { return cmp.Compare(a.start, b.start) })

	var stack, active []*elem
	next := 0 // into byStart
	for bi, b := range bounds {
		// The elements open over [b, bounds[bi+1]).
		active = slices.DeleteFunc(active, func(e *elem) bool { return e.end <= b })
		for next < len(byStart) && byStart[next].start <= b {
			active = append(active, byStart[next])
			next++
		}
		target := slices.Clone(active)
		slices.SortFunc(target, (*elem).less)
		k := 0
		for k < len(stack) && k < len(target) && stack[k] == target[k] {
			k++
		}
		for j := len(stack) - 1; j >= k; j-- {
			w.WriteString(stack[j].close)
		}
		for _, e := range target[k:] {
			if e.started {
				w.WriteString(e.cont)
			} else {
				w.WriteString(e.open)
				e.started = true
			}
		}
		stack = target
		if bi+1 < len(bounds) {
			w.WriteString(esc(text[b:bounds[bi+1]]))
		}
	}
	for j := len(stack) - 1; j >= 0; j-- {
		w.WriteString(stack[j].close)
	}
}

// writeHTML writes one self-contained HTML page showing text with the quotes
// and speakers of d highlighted, and a side panel of who said what. title
// names the document (a file name). Nothing in title, text or d can inject
// markup or script: every piece of text is escaped.
func writeHTML(w io.Writer, title, text string, d *attribution.Document) error {
	if d == nil {
		d = &attribution.Document{}
	}
	if title == "" {
		title = "quotes"
	}
	v := newView(text, d)
	bw := bufio.NewWriter(w)
	bw.WriteString("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	bw.WriteString(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` + "\n")
	bw.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	bw.WriteString("<meta name=\"generator\" content=\"quotes\">\n")
	bw.WriteString("<title>" + esc(title) + " — who said what</title>\n<style>\n")
	writeCSS(bw, len(v.names))
	bw.WriteString("</style>\n</head>\n<body>\n<header>\n<h1>" + esc(title) + "</h1>\n")
	v.writeSummary(bw)
	bw.WriteString("</header>\n<div class=\"layout\">\n<main class=\"article\">\n")
	writeArticle(bw, text, v.elems())
	bw.WriteString("\n</main>\n")
	v.writePanel(bw)
	bw.WriteString("</div>\n</body>\n</html>\n")
	return bw.Flush()
}

// plural returns "n word" or "n words".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// writeSummary writes the counts and the legend under the title.
func (v *view) writeSummary(w *bufio.Writer) {
	kinds := map[attribution.Kind]int{}
	open := 0
	for _, q := range v.d.Quotes {
		kinds[q.Kind]++
		if !q.Closed {
			open++
		}
	}
	fmt.Fprintf(w, "<p class=\"summary\">%s (%d direct, %d mixed, %d indirect) · %s · %s",
		plural(len(v.d.Quotes), "quote"), kinds[attribution.Direct], kinds[attribution.Mixed],
		kinds[attribution.Indirect], plural(len(v.names), "speaker"), plural(len(v.d.Terms), "term"))
	if open > 0 {
		fmt.Fprintf(w, " · %d unclosed", open)
	}
	if v.d.Truncated {
		w.WriteString(" · <strong>truncated</strong>: the text passed the parser's limits")
	}
	w.WriteString("</p>\n")
	w.WriteString(`<p class="legend" aria-label="legend">` +
		`<mark class="quote direct c0">direct</mark> ` +
		`<mark class="quote mixed c0">mixed with <span class="quoted">quoted words</span></mark> ` +
		`<mark class="quote indirect c0">indirect</mark> ` +
		`<mark class="quote direct open c0">unclosed</mark> ` +
		`<mark class="quote direct cn">no speaker</mark> ` +
		`<span class="speaker c0">speaker</span> ` +
		`<span class="cue c0">cue</span> ` +
		`<span class="term">term</span>` +
		`<span class="hint">Hover or tab to a quote for its details.</span></p>` + "\n")
}

// writePanel writes the side panel: quotes grouped by entity.
func (v *view) writePanel(w *bufio.Writer) {
	w.WriteString("<aside class=\"panel\" aria-label=\"Who said what\">\n<h2>Who said what</h2>\n")
	if len(v.d.Quotes) == 0 {
		w.WriteString("<p class=\"empty\">No quotation found.</p>\n")
	}
	for k, name := range v.names {
		qs := v.byEntity[k]
		fmt.Fprintf(w, "<section class=\"entity %s\" id=\"e%d\" data-entity=\"%s\" data-count=\"%d\">\n",
			colourClass(k), k, esc(name), len(qs))
		fmt.Fprintf(w, "<h3><span class=\"dot\"></span><span class=\"name\">%s</span><span class=\"count\" title=\"%s\">%d</span></h3>\n",
			esc(name), plural(len(qs), "quote"), len(qs))
		if ms := v.mentions[k]; len(ms) > 0 {
			shown := ms[:min(len(ms), 8)]
			parts := make([]string, len(shown))
			for i, m := range shown {
				parts[i] = esc(excerpt(m, 60))
			}
			more := ""
			if len(ms) > len(shown) {
				more = fmt.Sprintf(", +%d", len(ms)-len(shown))
			}
			fmt.Fprintf(w, "<p class=\"mentions\">as %s%s</p>\n", strings.Join(parts, ", "), more)
		}
		v.writeQuoteList(w, qs)
		w.WriteString("</section>\n")
	}
	if len(v.none) > 0 {
		fmt.Fprintf(w, "<section class=\"entity cn\" id=\"enone\" data-entity=\"\" data-count=\"%d\">\n", len(v.none))
		fmt.Fprintf(w, "<h3><span class=\"dot\"></span><span class=\"name\">No speaker found</span><span class=\"count\">%d</span></h3>\n", len(v.none))
		v.writeQuoteList(w, v.none)
		w.WriteString("</section>\n")
	}
	if len(v.d.Terms) > 0 {
		w.WriteString("<section class=\"terms\">\n<h3>Terms <span class=\"note\">in quotation marks, said by nobody</span></h3>\n<p>")
		for i, t := range v.d.Terms {
			if i > 0 {
				w.WriteString(" ")
			}
			w.WriteString("<span class=\"term\">" + esc(excerpt(spanText(v.text, t), 80)) + "</span>")
		}
		w.WriteString("</p>\n</section>\n")
	}
	w.WriteString("</aside>\n")
}

// content returns the words of q for the panel: the parts of a direct
// quote joined by an ellipsis (leaving out the attribution between them),
// else its text.
func (v *view) content(q *attribution.Quote) string {
	segs := quoteSegments(q)
	words := make([]string, 0, len(segs))
	for _, s := range segs {
		if len(segs) == 1 && q.Text != "" {
			return q.Text
		}
		words = append(words, spanText(v.text, attribution.Span{Start: s.Start, End: s.End}))
	}
	return strings.Join(words, " … ")
}

// writeQuoteList writes the list of quotes qs, each linking to its place
// in the article.
func (v *view) writeQuoteList(w *bufio.Writer, qs []int) {
	if len(qs) == 0 {
		return
	}
	w.WriteString("<ol>\n")
	for _, i := range qs {
		q := &v.d.Quotes[i]
		extra := ""
		if !q.Closed {
			extra = ` <span class="badge">unclosed</span>`
		}
		fmt.Fprintf(w, "<li><a href=\"#q%d\" title=\"%s\"><span class=\"kind %s\">%s</span>%s <span class=\"excerpt\">%s</span></a></li>\n",
			i, esc(v.tip(i)), kindClass(q.Kind), esc(kindName(q.Kind)), extra, esc(excerpt(v.content(q), 150)))
	}
	w.WriteString("</ol>\n")
}

// writeCSS writes the style sheet: the layout, one rule set per palette
// colour and, for each of the n entities, the rule that outlines its
// quotes while its panel entry is hovered.
func writeCSS(w *bufio.Writer, n int) {
	w.WriteString(baseCSS)
	for i, s := range palette {
		fmt.Fprintf(w, ".c%d{--c:%s;--bg:%s;--soft:%s}\n", i, s.fg, s.bg, s.soft)
	}
	fmt.Fprintf(w, ".cn{--c:%s;--bg:%s;--soft:%s}\n", noEntity.fg, noEntity.bg, noEntity.soft)
	for k := range n {
		fmt.Fprintf(w, "body:has(#e%d:hover) mark.e%d,body:has(#e%d:hover) .speaker.e%d{outline:2px solid var(--c);outline-offset:1px}\n", k, k, k, k)
	}
}

const baseCSS = `*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fbfaf7;color:#1f2328;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header{padding:1.4rem 2rem 1rem;border-bottom:1px solid #e4e1da;background:#fff}
h1{margin:0 0 .3rem;font:600 1.45rem/1.25 Georgia,"Times New Roman",serif;overflow-wrap:anywhere}
.summary{margin:0 0 .6rem;color:#57606a;font-size:.92rem}
.legend{margin:0;display:flex;flex-wrap:wrap;gap:.45rem .8rem;align-items:baseline;font-size:.86rem}
.legend .hint{color:#6e7781;font-style:italic}
.layout{display:grid;grid-template-columns:minmax(0,44rem) minmax(16rem,24rem);gap:2.5rem;justify-content:center;padding:1.6rem 2rem 4rem}
.article{font:1.08rem/1.75 Georgia,"Iowan Old Style","Times New Roman",serif;overflow-wrap:break-word;min-width:0}
.article p{margin:0 0 1.1em}
.dateline{font-variant:small-caps;letter-spacing:.03em;font-weight:600;color:#444c56}
mark{color:inherit}
mark.quote{background:var(--bg);border-bottom:2px solid var(--c);padding:.08em 0;border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help;scroll-margin:40vh}
mark.quote.mixed{background:var(--soft)}
mark.quote.indirect{background:var(--soft);border-bottom-style:dotted}
mark.quote.open{outline:1.5px dashed var(--c);outline-offset:1px}
mark.quote .quoted{background:var(--bg);border-radius:2px}
mark.quote:focus{outline:2px solid var(--c);outline-offset:2px}
mark.quote:target{outline:3px solid var(--c);outline-offset:2px}
.speaker{color:var(--c);font-weight:700;text-decoration:underline 2px var(--c);text-underline-offset:3px}
.cue{color:var(--c);font-style:italic;text-decoration:underline dotted 2px var(--c);text-underline-offset:3px}
.term{color:#6a717a;font-style:italic;background:#eef0f2;border-bottom:1px dashed #9aa1a9;border-radius:2px}
mark.quote[data-tip]:hover::after,mark.quote[data-tip]:focus::after{content:attr(data-tip);position:fixed;left:1rem;bottom:1rem;max-width:min(40rem,calc(100vw - 2rem));z-index:10;padding:.55rem .8rem;background:#1f2328;color:#fff;border-left:6px solid var(--c);border-radius:4px;font:.85rem/1.4 system-ui,sans-serif;font-style:normal;font-weight:400;box-shadow:0 4px 14px rgba(0,0,0,.25);pointer-events:none;white-space:normal}
.panel{position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);overflow:auto;background:#fff;border:1px solid #e4e1da;border-radius:8px;padding:1rem 1.1rem;font-size:.9rem}
.panel h2{margin:0 0 .7rem;font-size:1.05rem;letter-spacing:.01em}
.panel .empty{color:#6e7781;font-style:italic}
.entity{margin:0 0 1rem;padding:.1rem 0 .2rem .75rem;border-left:4px solid var(--c)}
.entity h3{display:flex;align-items:center;gap:.45rem;margin:0 0 .15rem;font-size:.98rem;color:var(--c)}
.entity .name{overflow-wrap:anywhere}
.dot{flex:none;width:.75rem;height:.75rem;border-radius:50%;background:var(--c)}
.count{margin-left:auto;min-width:1.6rem;text-align:center;padding:0 .45rem;border-radius:999px;background:var(--bg);color:var(--c);font-size:.8rem;font-weight:700}
.mentions{margin:0 0 .35rem;color:#6e7781;font-size:.82rem;overflow-wrap:anywhere}
.entity ol{margin:0;padding:0;list-style:none}
.entity li{margin:.3rem 0}
.entity a{display:block;color:#1f2328;text-decoration:none;padding:.25rem .4rem;border-radius:4px;background:var(--soft);line-height:1.4;overflow-wrap:anywhere}
.entity a:hover,.entity a:focus{background:var(--bg)}
.kind{display:inline-block;margin-right:.3rem;padding:0 .35rem;border-radius:3px;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:#fff;background:var(--c)}
.kind.mixed{background:#fff;color:var(--c);border:1.5px solid var(--c);padding:0 .25rem}
.kind.indirect{background:#fff;color:var(--c);border:1.5px dotted var(--c);padding:0 .25rem}
.badge{font-size:.72rem;color:var(--c);border:1px dashed var(--c);border-radius:3px;padding:0 .3rem}
.terms h3{margin:.2rem 0 .35rem;font-size:.95rem}
.terms .note{font-weight:400;color:#6e7781;font-size:.8rem}
.terms p{margin:0;line-height:1.9}
@media (max-width:60rem){.layout{grid-template-columns:minmax(0,1fr);padding:1rem}.panel{position:static;max-height:none}}
@media print{.panel{position:static;max-height:none}.layout{display:block}}
`
