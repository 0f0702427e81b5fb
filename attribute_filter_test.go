package attribution

import (
	"strconv"
	"testing"
)

// This file checks the filters and fast paths of the attribution passes
// against the tests they stand for, kept here as the references: a filter
// asked before a rule must let through every token the rule could take,
// and a fast path must give the answer of the plain form.

// filtersSame compares, on every token of text: the lexicon's trailing
// flag with cueAt (trailingFirst attributes a token only when cueAt finds
// a verb of saying in the past or the third person there, which the flag
// must then allow); colonAhead with a search for the colon by isPunct;
// opensCue with the entry's cues; sourceLine with its search that tests
// each line break on the way;
// listNumber and contentEnd with their plain forms, from the token to the
// end of its paragraph and over its sentence.
func filtersSame(t *testing.T, name, text string) {
	t.Helper()
	a := spkAttributor(text)
	for k := range a.toks {
		lo, hi := a.sentBounds(k)
		if e, _, ok := a.cueAt(k, min(hi, k+maxCueWindow)); ok && e.class == cueSpeech && (e.form == formPast || e.form == formThird) && !a.entries[a.lex[k]].trailing {
			t.Fatalf("%s: token %d %q opens a trailing cue but its entry is not trailing", name, k, a.tokText(k))
		}
		if got, want := a.colonAhead(k), a.colonAheadRef(k); got != want && !(got && k+5 > len(a.toks)) {
			t.Fatalf("%s: colonAhead(%d) = %v, want %v", name, k, got, want)
		}
		if e, cend, ok := a.cueAt(k, min(hi, k+maxCueWindow)); ok {
			for _, l := range []int{max(lo, k-maxCueWindow), k - 1, k - 2, k - 3} {
				var at attr
				if l < 0 {
					continue
				}
				last := a.contentEnd(l, hi)
				if !(e.form == formGerund || e.form == formPast && k <= l+2) && a.gerundLead(k, cend, e, l, last, &at) {
					t.Fatalf("%s: gerundLead(%d) with lo %d holds for a cue reported does not ask it of", name, k, l)
				}
			}
		}
		// The classes contentStopAt asks before the rules of a word and
		// of a comma, which those rules need.
		if a.isWord(k) && a.tokText(k) == "In" && !a.wordIn(k, occasionPreps) {
			t.Fatalf("%s: token %d %q is not of occasionPreps", name, k, a.tokText(k)) // pollLeads asks the class first
		}
		if !a.wordIn(k, occasionPreps) && a.occasion(k, hi) {
			t.Fatalf("%s: occasion(%d) %q holds for a word not of occasionPreps", name, k, a.tokText(k))
		}
		if a.isPunct(k, ",") {
			switch {
			case !a.wordIn(k+1, relWords) && a.trailingRelative(k, hi):
				t.Fatalf("%s: trailingRelative(%d) holds before a word not of relWords", name, k)
			case !a.wordIn(k+1, npPrepositions) && a.absoluteWith(k, hi):
				t.Fatalf("%s: absoluteWith(%d) holds before a word not of npPrepositions", name, k)
			case !a.wordIn(k+1, npDeterminers) && a.trailingAppositive(k, hi):
				t.Fatalf("%s: trailingAppositive(%d) holds before a word not of npDeterminers", name, k)
			case !a.wordIn(k+1, npDeterminers) && k > lo && a.sentenceAppositive(lo, k, hi):
				t.Fatalf("%s: sentenceAppositive(%d) holds before a word not of npDeterminers", name, k)
			}
		}
		if got, want := a.opensCue(k), len(a.entries[a.lex[k]].cues) != 0; got != want {
			t.Fatalf("%s: opensCue(%d) = %v, want %v", name, k, got, want)
		}
		if got, want := a.sourceLine(k), a.sourceLineRef(k); got != want {
			t.Fatalf("%s: sourceLine(%d) = %v, want %v", name, k, got, want)
		}
		e := a.paraTok[a.toks[k].para+1]
		if got, want := a.listNumber(k, e), a.listNumberRef(k, e); got != want {
			t.Fatalf("%s: listNumber(%d, %d) = %d, want %d", name, k, e, got, want)
		}
		for _, l := range []int{lo, k} {
			if got, want := a.contentEnd(l, hi), a.contentEndRef(l, hi); got != want {
				t.Fatalf("%s: contentEnd(%d, %d) = %d, want %d", name, l, hi, got, want)
			}
		}
	}
}

// titleLinesCount checks that titleLines returns the number of the cue
// tokens it is given that come before the paragraph's end: headlines
// takes the next paragraph's from there.
func titleLinesCount(t *testing.T, name, text string) {
	t.Helper()
	a := spkAttributor(text)
	a.used = make([]bool, len(a.toks))
	a.qAttr = make([]int, len(a.qs))
	for i := range a.qAttr {
		a.qAttr[i] = -1
	}
	for p := 0; p+1 < len(a.paraTok); p++ {
		k, e := a.paraTok[p], a.paraTok[p+1]
		ci := 0
		for ci < len(a.cueToks) && a.cueToks[ci] <= k {
			ci++
		}
		want := 0
		for _, c := range a.cueToks[ci:] {
			if c < e {
				want++
			}
		}
		if got := a.titleLines(k, e, a.cueToks[ci:]); got != want {
			t.Fatalf("%s: titleLines of paragraph %d = %d, want %d", name, p, got, want)
		}
	}
}

// TestAttributionFiltersSame runs filtersSame on the tokenizer's test
// texts, on cases of each filter, and, without -short, on the PolNeAR
// articles.
func TestAttributionFiltersSame(t *testing.T) {
	for name, text := range tokenizeTexts(t) {
		filtersSame(t, name, text)
		titleLinesCount(t, name, text)
	}
	for i, text := range []string{
		"Having announced that the plan would fail, Judge Berman said it was over. And having claimed that it was done, Smith said no.",
		"In a CNN poll conducted on Thursday, 73 percent of Americans backed it. In June, he left.",
		"Noting that only Kirk voted with Democrats, Tester added more. Asked why, he said, “No.”",
		"“It is over,” the spokesman said. “We won,” says Smith. The minister went on to say it, and he has gone on to claim more.",
		"Q: Why?\nCASTELLANOS: Because.\nDana Whitcombe: No.\nUpdate: none.",
		"Live\n\nRubio Says Abandoning Reform Was A Sign Of Leadership\nMarco Rubio defended it. Cruz Says The Deal Is Bad\nHe said so.\n\nQ:",
		"4\nSmith Asked Why\n\n12.\nJones Says No\n\n2016 was a year.",
		"He left the U.S. They met (at noon). [It ended.] “Done.”",
		"He praised the plan in an interview, a swipe at rivals. She backed it, with aides cheering. He spoke, who knew, the end, an irony of sorts.",
		"Source: company reports, state estimates\nSources:\ncensus data. Note: figures show it. Photo courtesy: the family reports",
	} {
		filtersSame(t, "case "+strconv.Itoa(i), text)
		titleLinesCount(t, "case "+strconv.Itoa(i), text)
	}
	eachPolnearArticle(t, func(name, text string) {
		filtersSame(t, name, text)
		titleLinesCount(t, name, text)
	})
}

// TestGerundCuesEndInIng checks what verbBeforeGerund asks before cueAt:
// every cue in the participle opens with a word in -ing.
func TestGerundCuesEndInIng(t *testing.T) {
	for w, es := range defaultParser.cues.first {
		for _, e := range es {
			if e.form == formGerund && !hasSuffixFold(w, "ing") {
				t.Errorf("cue %q %q is a participle whose word does not end in -ing", w, e.rest)
			}
		}
	}
}

// The references: the tests as they were before their fast paths.

func (a *attributor) colonAheadRef(k int) bool {
	for m := k + 1; m <= k+4; m++ {
		if a.isPunct(m, ":") {
			return true
		}
	}
	return false
}

func (a *attributor) sourceLineRef(k int) bool {
	for m := k - 1; m > 0 && m >= k-maxSourceLine && a.toks[m].sent == a.toks[k].sent; m-- {
		if a.lineBreakBefore(m + 1) {
			return false
		}
		if a.isPunct(m, ":") {
			return inFold(sourceLabels[:], a.tokText(m-1)) && (m == 1 || a.toks[m-2].para != a.toks[m].para || a.lineBreakBefore(m-1))
		}
	}
	return false
}

func (a *attributor) listNumberRef(k, e int) int {
	m := k + 1
	if m < e && a.isPunct(m, ".") {
		m++
	}
	if m >= e || !a.isWord(k) || a.tokText(k)[0] < '0' || a.tokText(k)[0] > '9' || indexByte(a.text[a.toks[m-1].end:a.toks[m].start], '\n') < 0 {
		return k
	}
	for _, r := range a.tokText(k) {
		if r < '0' || r > '9' {
			return k
		}
	}
	return m
}

func (a *attributor) contentEndRef(lo, hi int) int {
	e := hi
	for e > lo && a.toks[e-1].kind == tPunct {
		switch a.tokText(e - 1) {
		case "%":
			return e
		case ")", "]":
			if a.opensBefore(lo, e-1) {
				return e
			}
		case ".":
			if w := e - 2; w >= lo && a.isWord(w) && a.toks[w].end == a.toks[e-1].start && indexByte(a.tokText(w), '.') >= 0 {
				return e
			}
		}
		e--
	}
	return e
}
