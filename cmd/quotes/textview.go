package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/attribution"
)

// textQuoteMax is the longest quote content, in bytes, that the text view
// prints whole; longer contents keep their start and end around " … ".
const textQuoteMax = 240

// unattributed names the group of quotes without a speaker.
const unattributed = "(unattributed)"

// speakerGroup is the quotes of one speaker, in text order.
type speakerGroup struct {
	name   string
	quotes []*attribution.Quote
}

// groupBySpeaker groups the quotes of d by entity (or, when the library
// gave none, by the speaker mention as written), biggest group first, ties
// in order of first quote; quotes without a speaker come last.
func groupBySpeaker(text string, d *attribution.Document) []*speakerGroup {
	var groups []*speakerGroup
	index := map[string]*speakerGroup{}
	var none *speakerGroup
	for i := range d.Quotes {
		q := &d.Quotes[i]
		name := q.Entity
		if name == "" && q.Speaker != nil {
			name = spanWords(text, *q.Speaker)
		}
		if name == "" {
			if none == nil {
				none = &speakerGroup{name: unattributed}
			}
			none.quotes = append(none.quotes, q)
			continue
		}
		g := index[name]
		if g == nil {
			g = &speakerGroup{name: name}
			index[name] = g
			groups = append(groups, g)
		}
		g.quotes = append(g.quotes, q)
	}
	sort.SliceStable(groups, func(i, j int) bool { return len(groups[i].quotes) > len(groups[j].quotes) })
	if none != nil {
		groups = append(groups, none)
	}
	return groups
}

// writeText writes the "who said what" view of d: a count line, then each
// speaker with the number of their quotes and, for each quote, its kind,
// its content (shortened when long) and the mention and cue that attribute
// it, with the byte offsets of the content.
func writeText(w io.Writer, text string, d *attribution.Document) error {
	var b strings.Builder
	groups := groupBySpeaker(text, d)
	speakers := len(groups)
	if speakers > 0 && groups[speakers-1].name == unattributed {
		speakers--
	}
	fmt.Fprintf(&b, "%s, %s\n", countOf(len(d.Quotes), "quote"), countOf(speakers, "speaker"))
	for _, g := range groups {
		fmt.Fprintf(&b, "\n%s: %s\n", g.name, countOf(len(g.quotes), "quote"))
		for _, q := range g.quotes {
			content := oneLine(textOf(text, q.Start, q.End))
			content = shortenMiddle(content, textQuoteMax)
			if q.Kind == attribution.Direct {
				content = "“" + content + "”"
			}
			fmt.Fprintf(&b, "  - %s: %s\n", q.Kind, content)
			var by []string
			if q.Speaker != nil {
				by = append(by, "speaker “"+spanWords(text, *q.Speaker)+"”")
			}
			if q.Cue != nil {
				by = append(by, "cue “"+spanWords(text, *q.Cue)+"”")
			}
			if !q.Closed && q.Kind == attribution.Direct {
				by = append(by, "not closed")
			}
			by = append(by, fmt.Sprintf("bytes %d-%d", q.Start, q.End))
			fmt.Fprintf(&b, "    %s\n", strings.Join(by, ", "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// countOf returns "1 quote", "2 quotes", "no quotes".
func countOf(n int, word string) string {
	switch n {
	case 0:
		return "no " + word + "s"
	case 1:
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// textOf returns text[start:end], clamped to the text.
func textOf(text string, start, end int) string {
	start = min(max(start, 0), len(text))
	end = min(max(end, start), len(text))
	return text[start:end]
}

// spanWords is the text of s on one line.
func spanWords(text string, s attribution.Span) string {
	return oneLine(textOf(text, s.Start, s.End))
}

// oneLine collapses every run of white space (line breaks included) into
// one space and trims the ends.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// shortenMiddle returns s if it has at most n bytes, or else its first two
// thirds and last third of n bytes, cut after whole words where one is near,
// joined by " … ".
func shortenMiddle(s string, n int) string {
	if len(s) <= n {
		return s
	}
	head, tail := n*2/3, n/3
	for head > 0 && !utf8.RuneStart(s[head]) {
		head--
	}
	if i := strings.LastIndexByte(s[:head], ' '); i > head*3/4 {
		head = i
	}
	t := len(s) - tail
	for t < len(s) && !utf8.RuneStart(s[t]) {
		t++
	}
	if i := strings.IndexByte(s[t:], ' '); i >= 0 && i < tail/4 {
		t += i + 1
	}
	return strings.TrimRight(s[:head], " ") + " … " + s[t:]
}
