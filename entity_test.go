package attribution

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The tests of entity resolution build Documents by hand: paragraphs and
// sentences from a naive splitter below, quotes with speaker spans found
// with strings.Index, so that they do not depend on the quote finder.

// tq describes a quote of a test text: its content runs from the first
// occurrence of from to the end of the first occurrence of to after it;
// its speaker is the first occurrence of spk inside the first occurrence of
// ctx (ctx "" means spk itself, first occurrence after the content's end
// when after is set).
type tq struct {
	kind     Kind
	from, to string
	ctx, spk string
	want     string // expected Entity
}

// testParagraphs splits text at blank lines.
func testParagraphs(text string) []Span {
	var ps []Span
	start := -1
	lineStart := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		line := text[lineStart:i]
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				end := lineStart
				for end > start && (text[end-1] == '\n' || text[end-1] == ' ' || text[end-1] == '\r') {
					end--
				}
				ps = append(ps, Span{Start: start, End: end})
				start = -1
			}
		} else if start < 0 {
			start = lineStart + len(line) - len(strings.TrimLeft(line, " \t"))
		}
		lineStart = i + 1
	}
	if start >= 0 {
		end := len(text)
		for end > start && (text[end-1] == '\n' || text[end-1] == ' ' || text[end-1] == '\r') {
			end--
		}
		ps = append(ps, Span{Start: start, End: end})
	}
	return ps
}

// testSentences splits each paragraph after . ! ? (and closing quotes)
// followed by a space and a capital letter or an opening quote, except
// after a few abbreviations.
func testSentences(text string, paras []Span) []Span {
	var ss []Span
	for _, p := range paras {
		start := p.Start
		for i := p.Start; i < p.End; i++ {
			c := text[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < p.End {
				if r, w := utf8.DecodeRuneInString(text[j:]); r == '"' || r == '”' || r == '’' {
					j += w
					continue
				}
				break
			}
			if j >= p.End || text[j] != ' ' {
				continue
			}
			k := j + 1
			r, _ := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsUpper(r) && r != '"' && r != '“' {
				continue
			}
			w := i
			for w > start && text[w-1] != ' ' {
				w--
			}
			switch text[w:i] {
			case "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "St", "Jr", "Lt", "Gen", "Prof":
				continue
			}
			ss = append(ss, Span{Start: start, End: j})
			start = k
		}
		if start < p.End {
			ss = append(ss, Span{Start: start, End: p.End})
		}
	}
	return ss
}

// buildDoc makes the Document of text with the quotes qs.
func buildDoc(t *testing.T, text string, qs []tq) *Document {
	t.Helper()
	d := &Document{Paragraphs: testParagraphs(text)}
	d.Sentences = testSentences(text, d.Paragraphs)
	for _, x := range qs {
		s := strings.Index(text, x.from)
		if s < 0 {
			t.Fatalf("content start %q not found", x.from)
		}
		e := strings.Index(text[s:], x.to)
		if e < 0 {
			t.Fatalf("content end %q not found", x.to)
		}
		e += s + len(x.to)
		q := Quote{Kind: x.kind, Start: s, End: e, Text: text[s:e], Closed: true}
		if x.spk != "" {
			ctx := x.ctx
			if ctx == "" {
				ctx = x.spk
			}
			c := strings.Index(text, ctx)
			if c < 0 {
				t.Fatalf("speaker context %q not found", ctx)
			}
			k := strings.Index(ctx, x.spk)
			if k < 0 {
				t.Fatalf("speaker %q not in its context %q", x.spk, ctx)
			}
			q.Speaker = &Span{Start: c + k, End: c + k + len(x.spk), Text: x.spk}
		}
		d.Quotes = append(d.Quotes, q)
	}
	return d
}

// checkEntities resolves d and compares each quote's entity with want.
func checkEntities(t *testing.T, text string, d *Document, qs []tq) {
	t.Helper()
	resolveEntities(text, d)
	var got, want []string
	for i, q := range d.Quotes {
		spk := ""
		if q.Speaker != nil {
			spk = q.Speaker.Text
		}
		got = append(got, spk+" → "+q.Entity)
		want = append(want, spk+" → "+qs[i].want)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	checkEntityInvariants(t, text, d)
}

// checkEntityInvariants checks what must hold of any resolution: mention
// spans inside the text with their Text, entities in order of first
// mention, mentions in order, each named entity used by a quote, each
// quote's speaker among its entity's mentions.
func checkEntityInvariants(t *testing.T, text string, d *Document) {
	t.Helper()
	names := map[string]int{}
	prev := -1
	for i, e := range d.Entities {
		if e.Name == "" {
			t.Errorf("entity %d has no name", i)
		}
		if _, dup := names[e.Name]; dup {
			t.Errorf("entity name %q twice", e.Name)
		}
		names[e.Name] = i
		if len(e.Mentions) == 0 {
			t.Errorf("entity %q has no mentions", e.Name)
			continue
		}
		if e.Mentions[0].Start < prev {
			t.Errorf("entity %q out of order", e.Name)
		}
		prev = e.Mentions[0].Start
		for j, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || m.Text != text[m.Start:m.End] {
				t.Errorf("entity %q: bad mention %+v", e.Name, m)
			}
			if j > 0 && m.Start < e.Mentions[j-1].Start {
				t.Errorf("entity %q: mentions out of order", e.Name)
			}
		}
	}
	used := map[string]bool{}
	for _, q := range d.Quotes {
		if q.Entity == "" {
			continue
		}
		used[q.Entity] = true
		i, ok := names[q.Entity]
		if !ok {
			t.Errorf("quote entity %q not among the entities", q.Entity)
			continue
		}
		found := false
		for _, m := range d.Entities[i].Mentions {
			if q.Speaker != nil && m.Start == q.Speaker.Start && m.End == q.Speaker.End {
				found = true
			}
		}
		if !found {
			t.Errorf("speaker %q of a quote of %q is not among its mentions", q.Speaker.Text, q.Entity)
		}
	}
	for name := range names {
		if !used[name] {
			t.Errorf("entity %q has no quote", name)
		}
	}
}

func TestEntitySeed(t *testing.T) {
	b, err := os.ReadFile("testdata/trend_ambassador_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	qs := []tq{
		{Indirect, "President of Azerbaijan Ilham Aliyev is", "the Chinese people", "Chinese Ambassador Lu Mei said", "Chinese Ambassador Lu Mei", "Lu Mei"},
		{Indirect, "this visit will contribute", "two countries", "she expressed", "she", "Lu Mei"},
		{Direct, "As soon as I took", "our countries and peoples,", "the article reads", "the article", "Lu Mei"},
		{Indirect, "that China and Azerbaijan", "strategic partners", "Mei noted", "Mei", "Lu Mei"},
		{Direct, "In recent years", "achieved great results,", "the article said", "the article", "Lu Mei"},
		{Indirect, "the enormous contribution", "bilateral relations\n", "The ambassador also", "The ambassador", "Lu Mei"},
		{Direct, "Heydar Aliyev was the founder", "important matter,", "the article says", "the article", "Lu Mei"},
		{Indirect, "that President Ilham Aliyev attaches", "the Chinese people", "Mei also pointed", "Mei", "Lu Mei"},
		{Direct, "Chairman of the People's Republic", "China-Azerbaijan strategic partnership,", "the article concludes", "the article", "Lu Mei"},
	}
	d := buildDoc(t, text, qs)
	checkEntities(t, text, d, qs)
	if len(d.Entities) != 1 || d.Entities[0].Name != "Lu Mei" {
		t.Fatalf("entities = %+v, want one, Lu Mei", d.Entities)
	}
	// Every speaker mention, plus the introducing one, in text order.
	var ms []string
	for _, m := range d.Entities[0].Mentions {
		ms = append(ms, m.Text)
	}
	want := []string{"Chinese Ambassador Lu Mei", "she", "the article", "Mei", "the article",
		"The ambassador", "the article", "Mei", "the article"}
	if diff := cmp.Diff(want, ms); diff != "" {
		t.Errorf("mentions of Lu Mei (-want +got):\n%s", diff)
	}
}
