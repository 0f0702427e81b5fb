package attribution

import (
	"strconv"
	"testing"
)

// This file checks the speaker searches of speaker.go against their
// earlier forms, kept here as the reference: the fast paths ask the
// word's class before its text or its case, and skip work whose answer
// is not asked, which must not change any answer. The references are
// the rules as they stand, written plainly: a change to what a search
// finds (a new rule) is made to both, a change to how fast it finds it
// to the search alone.

// spkAttributor returns the attributor of text as findQuotesIn builds it,
// its tokens and their classes set, before the passes.
func spkAttributor(text string) *attributor {
	p := defaultParser
	ntok := len(text)/5 + 8
	tz, d := testTokenizer(text, spare([]item(nil), ntok))
	tz.words, tz.lex = p.words(), spare([]int32(nil), ntok)
	qs := tz.qs
	tz.run()
	a := &attributor{p: p, text: text, d: d, toks: tz.toks, qs: qs, entries: p.cues.entries, listed: uint32(p.cues.listed)}
	a.lex = tz.lex
	a.cls = make([]ruleClass, len(a.toks))
	a.tokenClasses()
	a.sentTok, a.paraTok, a.qTok = tz.sentTok, tz.paraTok, tz.qTok
	return a
}

// speakerSame compares the speaker searches with their references on
// every token of text: leftNPScan, npBack and leftNPFrom from the start
// of the sentence and from a cue window before the token, nameRun to the
// end of the sentence, and the word tests on every token.
func speakerSame(t *testing.T, name, text string) {
	t.Helper()
	a := spkAttributor(text)
	for k := range a.toks {
		tok := &a.toks[k]
		if tok.kind == tWord && tok.end <= tok.start {
			t.Fatalf("%s: word token %d is empty", name, k) // pluralNoun and possessiveWord read its last byte
		}
		if w := a.tokText(k); (w == "who" || w == "which") && !a.wordIn(k, relWords) {
			t.Fatalf("%s: token %d %q is not of relWords", name, k, w) // leftNPFrom asks the class first
		}
		if got, want := a.pluralNoun(k), a.pluralNounRef(k); got != want {
			t.Fatalf("%s: pluralNoun(%d) %q = %v, want %v", name, k, a.tokText(k), got, want)
		}
		if got, want := a.possessiveWord(k), a.possessiveWordRef(k); got != want {
			t.Fatalf("%s: possessiveWord(%d) %q = %v, want %v", name, k, a.tokText(k), got, want)
		}
		lo, hi := a.sentBounds(k)
		if got, want := a.nameRun(k, hi), a.nameRunRef(k, hi); got != want {
			t.Fatalf("%s: nameRun(%d, %d) = %d, want %d", name, k, hi, got, want)
		}
		s, e := a.leftNPScan(k)
		if s0, e0 := a.leftNPScanRef(k); s != s0 || e != e0 {
			t.Fatalf("%s: leftNPScan(%d) = %d, %d, want %d, %d", name, k, s, e, s0, e0)
		}
		for _, l := range []int{lo, max(lo, k-maxCueWindow), max(0, k-3)} {
			if got, want := a.npBack(k, l), a.npBackRef(k, l); got != want {
				t.Fatalf("%s: npBack(%d, %d) = %d, want %d", name, k, l, got, want)
			}
			s, e := a.leftNPFrom(k, l)
			s0, e0 := a.leftNPFromRef(k, l)
			if s != s0 || e != e0 {
				t.Fatalf("%s: leftNPFrom(%d, %d) = %d, %d, want %d, %d", name, k, l, s, e, s0, e0)
			}
		}
	}
}

// TestSpeakerSearchesSame compares the speaker searches with their
// references (speakerSame) on the tokenizer's test texts, on cases of
// each rule with a fast path, and, without -short, on the PolNeAR
// articles.
func TestSpeakerSearchesSame(t *testing.T) {
	for name, text := range tokenizeTexts(t) {
		speakerSame(t, name, text)
	}
	for i, text := range []string{
		"Hugh Hill, a doctor, said it. Smith, who chairs the panel, said so.",
		"The Post, which said it, and McConnell, who in 2010 said no, and the man, who was told, said.",
		"Officials who spoke to reporters said. Sources close to the campaign said. All but two said.",
		"More than half said. The Manufacturers' Association said. Sen. Ted Cruz (R-Texas) said.",
		"Dwayne “Buck” Harlan said. Bush and his rivals said. Teachers and union officials say.",
		"Varga’s press officer, Dale Hume, told. It’s the company's report, Obama’s.",
		"A nurse who has worked there for years, Ann Roe, said. A doctor at the clinic, who gave his first name, Pavlo, said.",
	} {
		speakerSame(t, "case "+strconv.Itoa(i), text)
	}
	eachPolnearArticle(t, func(name, text string) { speakerSame(t, name, text) })
}

// The references: the searches as they were before their fast paths.

func (a *attributor) npBackRef(end, lo int) int {
	j := end - 1
	n := 0
	for j >= lo && n < 12 {
		t := &a.toks[j]
		if t.kind == tWord {
			// "to", "but" and "than" are boundary words of two to four
			// letters: the text is cut only for a word of that class, which
			// the test after these asks of the same word, and of those
			// lengths. The length alone, true of about half the words, is
			// as good as random.
			if l := t.end - t.start; j > lo && a.wordIn(j, boundaryWords) && l >= 2 && l <= 4 {
				w := a.text[t.start:t.end]
				if equalFoldASCII(w, "to") && equalFoldASCII(a.tokText(j-1), "close") {
					j -= 2 // "sources close to the campaign"
					n += 2
					continue
				}
				if equalFoldASCII(w, "than") && a.wordIn(j-1, comparatives) &&
					(a.isNumber(j+1) || a.wordIn(j+1, quantifiers|numberWords) || a.fractionAt(j+1)) {
					j-- // "More than half", "fewer than 40 percent"
					n++
					continue
				}
				if j+1 < end && equalFoldASCII(w, "but") && equalFoldASCII(a.tokText(j-1), "all") && (a.isNumber(j+1) || a.wordIn(j+1, numberWords)) {
					j -= 2 // "all but two said"
					n += 2
					continue
				}
			}
			if a.lowerWord(j) && a.wordIn(j, boundaryWords) &&
				!(a.wordIn(j, npInner) && a.capitalized(j-1) && a.capitalized(j+1) && j+1 < end) &&
				!(equalFoldASCII(a.tokText(j), "and") && j > lo && j+1 < end && (a.capitalized(j-1) || a.wordIn(j-1, spkPronouns) && !a.wordIn(j-1, relWords|objPronouns)) &&
					a.wordIn(j+1, npDeterminers|possessives) && !a.wordIn(j+1, relWords|thatWords)) && // "Bush and his rivals", "The State Department and the Pentagon"
				!(a.wordIn(j, npInner) && j > lo && j+1 < end && a.pluralNoun(j-1) &&
					(a.capitalized(j+1) || a.wordIn(j+1, npDeterminers|possessives) ||
						equalFoldASCII(a.tokText(j), "and") && a.lowerWord(j+1) && !a.wordIn(j+1, functionWords|auxWords|boundaryWords) && a.pluralNoun(end-1))) {
				break // but "Minister of Development and Transport", "Ambassador to Azerbaijan", "aides to the governor", "teachers and union officials"
			}
			j--
			n++
			continue
		}
		if t.kind == tQuote && j > lo && a.nickname(j) {
			j-- // Dwayne “Buck” Harlan
			n++
			continue
		}
		if t.kind == tPunct {
			s := a.tokText(j)
			if s == "%" && j > lo && a.isNumber(j-1) {
				j-- // "26% say"
				continue
			}
			if (s == "'" || s == "\u2019") && j > lo && a.isWord(j-1) && a.toks[j-1].end == t.start && j+1 < end && a.isWord(j+1) {
				j-- // plural possessive: the Manufacturers' Association
				continue
			}
			if (s == "'" || s == "\u2019") && j > lo && j+1 < end && a.isNumber(j+1) && t.end == a.toks[j+1].start && t.end-a.toks[j+1].end == -2 {
				j-- // the year of a class, cut: the class of '85
				continue
			}
			if s == "." && j > lo && a.isWord(j-1) && a.toks[j-1].end == t.start && a.toks[j].sent == a.toks[j-1].sent {
				j-- // abbreviation: Sen. Ted Cruz
				continue
			}
			if s == ")" {
				// A parenthetical: Ted Cruz (R-Texas) said.
				m := j - 1
				for m >= lo && m > j-20 && !a.isPunct(m, "(") {
					m--
				}
				if m >= lo && a.isPunct(m, "(") {
					j = m - 1
					continue
				}
			}
		}
		break
	}
	if n >= 12 {
		j = a.longTitle(j, lo)
	}
	s := j + 1
	// Drop leading conjunctions and adverbials ("But he", "Now Smith",
	// "naturally he") and the auxiliary of a question ("Does Trump
	// believe", "what do you call").
	for s < end && (a.wordIn(s, leadWords) || a.wordIn(s, boundaryWords) ||
		s+1 < end && (a.adverb(s) || a.wordIn(s, finiteAux|cueAux|npPrepositions) && !(a.capitalized(s) && a.wordIn(s, nameAux)))) &&
		!a.demonstrative(s, end) && !a.approximately(s) {
		s++
	}
	// A personal pronoun just before the cue is the whole subject: "At the
	// bottom it reads", "by the time he said".
	if end-s > 1 && a.wordIn(end-1, spkPronouns) && !a.wordIn(end-1, relWords) {
		s = end - 1
	}
	return s
}

func (a *attributor) leftNPFromRef(c, lo int) (int, int) {
	j := c - 1
	for j >= lo && (a.auxAt(j, lo) || a.adverb(j) || a.focusWord(j) && a.lowerWord(j) && j > lo && a.isWord(j-1) && !a.wordIn(j-1, auxWords) || a.floatAfterAux(j, lo) || a.floatAfterSubject(j, lo) || a.allBut(j, lo, c)) {
		j--
	}
	// "The Post, which said …", "McConnell, who in 2010 said …": a
	// relative pronoun after a comma is the speaker, as annotators mark
	// it, past a preposition and a year or a day.
	if r := j; r-1 > lo {
		if r-3 > lo && a.wordIn(r-1, npPrepositions) && a.lowerWord(r-1) && (a.isYear(r) || a.capitalized(r) && a.wordIn(r, dayWords)) {
			r -= 2
		}
		passive := false
		for m := r + 1; m < c; m++ {
			passive = passive || a.wordIn(m, passiveAux)
		}
		if w := a.tokText(r); (w == "who" || w == "which" && a.whichSpeaks(c)) && !passive && a.isPunct(r-1, ",") {
			return r, r + 1 // "which" not before a verb of showing: "which showed …" is no speaker's
		}
	}
	// "Sheriff Wade Calhoun on Tuesday defended", "Priebus later Thursday
	// told": the time is not part of the speaker.
	dayEnd := -1 // the end before the time was skipped
	if t := a.timeBefore(j, lo); t <= j {
		dayEnd = j + 1
		j = t - 1
		for j >= lo && (a.auxAt(j, lo) || a.adverb(j)) {
			j--
		}
	}
	// "The minister in a letter to the council emphasized": the channel
	// is not part of the speaker.
	if o := a.channelBefore(j, lo); o <= j {
		j = o - 1
		if t := a.timeBefore(j, lo); t <= j {
			j = t - 1
		}
		for j >= lo && (a.auxAt(j, lo) || a.adverb(j)) {
			j--
		}
	}
	// "The governor, in a statement signed by his spokesman, Ann Obi,
	// said": a channel set off by commas.
	if j > lo && a.isPunct(j, ",") {
		if q := a.setOffChannel(j, lo); q < j {
			// The phrase before it with its comma ("The governor, who
			// spoke through his aide, in a statement, said", "The
			// Governor, Prince Ade Coker, in a statement, said"), or
			// without ("The governor, in a statement, said"), and
			// without a participle that opens the sentence ("Reacting,
			// the party, in a statement, said").
			if s, e := a.leftNPFromRef(q+1, lo); s < e && !(a.gerund(s) && a.isPunct(s+1, ",")) {
				return s, e
			}
			return a.leftNPFromRef(q, lo)
		}
	}
	// "Many speakers — including Muslims and Jews — said": the phrase
	// between dashes belongs to the speaker, as annotators mark it.
	if j > lo && a.isDash(j) && a.toks[j].kind == tPunct {
		for m := a.dashStart(j) - 1; m > lo && m > j-30; m-- {
			if a.toks[m].kind == tQuote {
				break
			}
			if a.isDash(m) && a.toks[m].kind == tPunct {
				d := a.dashStart(m)
				if s := a.npBackRef(d, lo); s < d && a.validNP(s, d) {
					if a.lowerWord(m+1) && a.wordIn(m+1, relWords|npPrepositions) {
						return s, d // "The mayor — who had feuded with the council — said", "The mayor — after a long pause — said"
					}
					return s, j + 1
				}
				break
			}
		}
	}
	// "Hugh Hill, a doctor, said": the appositive's closing comma is part
	// of the speaker, as annotators mark it.
	comma := j > lo && a.isPunct(j, ",")
	if comma {
		j--
		if j-1 > lo && a.lowerWord(j) && a.wordIn(j, coordWords) && a.isPunct(j-1, ",") {
			return 0, 0 // ", and, citing …": no noun phrase before the conjunction
		}
	}
	end := j + 1
	if comma {
		if s := a.includingList(end, lo); s < end {
			return s, end + 1 // "Several senators, including Ann Li and Tom Ortiz, said"
		}
		if s, e := a.setOff(end, lo); s < e {
			return s, e
		}
	}
	if s := a.numberSubject(end, lo); s < end {
		return s, end // "more than 4 in 10 said", "43 said"
	}
	s := a.npBackRef(end, lo)
	if s >= end {
		return 0, 0
	}
	s, whole := a.npOpening(s, end, lo)
	if whole {
		return s, end
	}
	if n := a.clauseAndName(s, end, c); n > s {
		return n, end // "The mayor was copied on the letters and Ortiz said": a clause before "and"
	}
	if !comma {
		if v := a.verbBeforeGerund(s, end, c); v >= s {
			return a.leftNPFromRef(v, lo) // "Smith fired back a response saying": Smith
		}
	}
	if end-1 > s && a.wordIn(end-1, relWords) && a.lowerWord(end-1) {
		return end - 1, end // "thinkers who consider …": the relative pronoun, as annotators mark it
	}
	if s0 := a.coordSubject(s, end, lo); s0 < s {
		return s0, end // "Current and former officials said"
	}
	if !comma {
		if s0 := a.listStart(s, end, lo); s0 < s {
			return s0, end // "Friends, lobbyists and former aides said"
		}
	}
	rel := false
	if s0 := a.relativeSubject(s, end, lo); s0 < s {
		s, rel = s0, true
	}
	if dayEnd > end && (rel || a.holdsRelative(s, end)) {
		// A relative clause keeps its day: "Union leaders who met with
		// the mayor on Monday say".
		return s, dayEnd
	}
	if rel {
		return s, end
	}
	if !comma {
		if s0 := a.modifiedSubject(s, end, c, lo); s0 < s {
			return s0, end // "Democrats trying to win the Senate say"
		}
	}
	// Appositive or relative clause: "Hugh Hill, a doctor, said",
	// "Smith, who chairs the panel, said", "Jim Bennett, 57, told".
	if (comma || a.holdsRelative(s, end)) && s-1 > lo && a.isPunct(s-1, ",") && a.appositive(s, end) {
		s2 := a.npBackRef(s-1, lo)
		if s2 < s-1 && a.properName(s2, s-1) && !a.openingAdverb(s2, s-1) && !a.wordIn(s2, npPrepositions) && !a.prepObject(s2, lo) {
			if a.wordIn(s, relWords) {
				return s2, s - 1
			}
			if comma {
				return s2, end + 1
			}
			return s2, end
		}
	}
	if !comma {
		if s2 := a.bareAppositive(s, end, c, lo); s2 < s {
			return s2, end // "Tom Baker, the spokesman for the mayor said"
		}
	}
	if comma {
		// "Varga’s press officer, Dale Hume, told": a role, then the
		// name set off by commas.
		if a.properName(s, end) && s-1 > lo && a.isPunct(s-1, ",") {
			s2 := a.npBackRef(s-1, lo)
			if s2 < s-1 && s2-1 > lo && a.isWord(s2-1) {
				// "A nurse who has worked there for years, Ann Roe,
				// said": a role with a relative clause, then the name.
				if s0 := a.relativeSubject(s2, s-1, lo); s0 < s2 {
					return s0, end + 1
				}
			}
			if s2 < s-1 && a.validNP(s2, s-1) {
				if s2-2 > lo && a.lowerWord(s2) && a.wordIn(s2, relWords) && a.isPunct(s2-1, ",") {
					// A relative clause that ends with a name: "Ann
					// Reyes, who lives near the capital, Salem, said", "A
					// doctor at the clinic, who gave only his first name,
					// Pavlo, said". The phrase before it is the speaker's.
					if s3 := a.npBackRef(s2-1, lo); s3 < s2-1 && a.validNP(s3, s2-1) && !a.openingAdverb(s3, s2-1) {
						return s3, end + 1
					}
				}
				return s2, end + 1
			}
		}
		return 0, 0
	}
	if k := a.bareRelativeSubject(s, end); k > s {
		return k, end // "the kind of plan many voters want"
	}
	if v := a.verbSubject(s, end, a.gerund(c)); v > s {
		if end == c && (a.pastVerb(c) || a.lowerWord(c) && a.cueEntriesAt(c).pastSame) {
			// "The family heard a message read aloud": a participle
			// right after the object of a verb in the past modifies
			// it (a reduced relative); no one speaks.
			return 0, 0
		}
		return s, v // "he started raising questions"
	}
	if !a.validNP(s, end) {
		if !a.gerund(c) && a.particleCompound(s, end) {
			return s, end // "“…,” a voice over says"
		}
		// A long run of words before a name: "Sunday at the state
		// caucus Sen. Helen Brandt (D-OR) said". The speaker is the
		// name and its title, after the last lower-case word.
		if n := a.trailingName(s, end); n > s {
			return n, end
		}
		return 0, 0
	}
	if a.haveObject(s, c, lo) {
		return 0, 0 // "have the required votes for"
	}
	return s, end
}

func (a *attributor) pluralNounRef(k int) bool {
	if !a.isWord(k) {
		return false
	}
	t := &a.toks[k] // the ending read from the text, not cut from it
	if t.end-t.start <= 3 || a.text[t.end-1] != 's' {
		return false
	}
	c := a.text[t.end-2]
	return c != 's' && c != 'u' && c != 'i' && a.lowerWord(k) && !a.wordIn(k, notPlurals)
}

func (a *attributor) possessiveWordRef(k int) bool {
	if !a.isWord(k) {
		return false
	}
	// Both endings end in "s", which most words do not: the last byte is
	// read before the text is cut.
	if t := &a.toks[k]; t.end-t.start <= 2 || a.text[t.end-1] != 's' {
		return false
	}
	w := a.tokText(k)
	var stem string
	switch {
	case len(w) > 2 && (w[len(w)-2:] == "'s"):
		stem = w[:len(w)-2]
	case len(w) > 4 && w[len(w)-4:] == "’s":
		stem = w[:len(w)-4]
	default:
		return false
	}
	idx := a.p.cues.word(stem)
	return idx == 0 || a.entries[idx].cls&(spkPronouns|notSpeakers|relWords|complementizers) == 0
}

func (a *attributor) nameRunRef(j, hi int) int {
	k := j
	for k < hi {
		switch {
		case a.capitalized(k):
			k++
		case k > j && a.wordIn(k, npInner) && a.capitalized(k+1):
			k++
		case k > j && a.isPunct(k, ".") && a.toks[k-1].end == a.toks[k].start && a.capitalized(k+1):
			k++
		case k > j && a.nickname(k):
			k++ // Dwayne “Buck” Harlan
		default:
			return k
		}
	}
	return k
}

func (a *attributor) leftNPScanRef(c int) (int, int) {
	lo, _ := a.sentBounds(c)
	lo = max(lo, c-maxCueWindow)
	// "Marcel Lehel, the hacker known as “Guccifer,” said": a name, then
	// an appositive that ends with a name in marks and the comma.
	if s, e := a.namedAppositive(c, lo); s < e {
		return s, e
	}
	// "Ann Li, who calls the plan a “fraud,” said": a relative clause
	// that ends with a term in marks and its comma.
	if s, e := a.relativeWithTerm(c, lo); s < e {
		return s, e
	}
	// Stop after a quotation token, but a nickname's.
	for j := a.quoteBefore(c); j >= lo; j = a.quoteBefore(j) {
		if !a.nickname(j) {
			lo = j + 1
			break
		}
	}
	s, e := a.leftNPFrom(c, lo)
	return a.pastAuxPhrase(s, e, lo)
}
