package attribution

import "strings"

// This file finds speakers: the noun phrase before a cue ("Hugh Hill, a
// doctor, said"), after it ("said Rosa Lind Ortega, head of the guild"),
// after "according to", and the subject of a sentence for participles and
// coordinated verbs. Every search is bounded by the cue window.

// shortAttribution reports whether the sentence [j, hi) is nothing but an
// attribution: a name or pronoun and a verb of saying, in either order,
// with at most a short tail ("Trump said.", "said Ms. Cole on Tuesday.").
func (a *attributor) shortAttribution(j, hi int) bool {
	for c := j; c < hi && c < j+5; c++ {
		e, cend, ok := a.cueAt(c, hi)
		if !ok || e.class != cueSpeech {
			continue
		}
		if c > j {
			if s, e2 := a.leftNPFrom(c, j); s != j || e2 <= s {
				return false
			}
		} else if s, e2 := a.rightNP(cend, hi); s >= e2 {
			return false
		}
		return a.tailOK(cend, hi)
	}
	return false
}

// nameRun returns the end of the run of capitalized words (a name, with
// abbreviation periods and inner particles) starting at token j, before hi.
func (a *attributor) nameRun(j, hi int) int {
	k := j
	for k < hi {
		switch {
		case a.capitalized(k):
			k++
		case k > j && a.wordIn(k, npInner) && a.capitalized(k+1):
			k++
		case k > j && a.isPunct(k, ".") && a.toks[k-1].end == a.toks[k].start && a.capitalized(k+1):
			k++
		case k > j && a.toks[k].kind == tQuote && a.nickname(k):
			k++ // Dwayne “Buck” Harlan
		default:
			return k
		}
	}
	return k
}

// pastOrPresent reports whether word k has the shape of a verb in the past
// or the third person: "barked", "says".
func (a *attributor) pastOrPresent(k int) bool {
	if !a.isWord(k) {
		return false
	}
	w := a.tokText(k)
	n := len(w)
	if n < 4 || a.wordIn(k, functionWords) || a.wordIn(k, auxWords) {
		return false
	}
	return w[n-2:] == "ed" || w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}

// speakerOf finds the speaker of the cue [c, cend) whose content starts at
// or after token hi: after "according to", before a verb, or for a
// participle ("…, saying") the subject of the sentence.
func (a *attributor) speakerOf(c, cend int, e cueEntry, hi int) (int, int) {
	if e.form == formFixed {
		return a.rightNP(cend, hi)
	}
	if s, e2 := a.leftNP(c); s < e2 {
		return s, e2
	}
	lo, _ := a.sentBounds(c)
	v := c // the verb, or the phrase of time before it: "and on Monday announced"
	if t := a.timeBefore(c-1, max(lo, c-6)); t < c {
		v = t
	}
	if e.form == formGerund || a.isPunct(v-1, ",") || a.wordIn(v-1, coordWords) || v-2 > lo && a.isPunct(v-2, ",") && a.lowerWord(v-1) && equalFoldASCII(a.tokText(v-1), "then") {
		// "…, saying", "He laughed and said", "He paused, then added:":
		// the speaker of a verb of saying before it ("even a strategist
		// said …, saying"), else the sentence's subject.
		if e.form == formGerund {
			for m := c - 2; m > lo && m > c-40; m-- {
				e2, _, ok := a.cueAt(m, c)
				if !ok || !a.lowerWord(m) || e2.class != cueSpeech {
					continue
				}
				if e2.form == formGerund && a.wordIn(c-1, coordWords) {
					// Two participles joined: "with Lee tweeting that … and
					// asking, “…”": the first one's subject.
					if s, e3 := a.leftNP(m); s < e3 {
						return s, e3
					}
					continue
				}
				if e2.form == formPast || e2.form == formThird {
					if s, e3 := a.leftNP(m); s < e3 && !(e3-s == 1 && a.wordIn(s, relWords) && a.lowerWord(s)) && !a.wordIn(s-1, subordinators) {
						return s, e3
					}
					// A verb of saying in a relative or a subordinate
					// clause is not the participle's: "Marsh was
					// curt about a builder who said she was
					// unpaid, saying …", "although he thanked them, he
					// sounded a rare note, saying …".
					break
				}
			}
		}
		return a.subjectNP(lo, c)
	}
	return 0, 0
}

// subjectNP finds the subject at the start of the sentence [lo, hi): a
// pronoun, a name, or a determiner and its noun, past leading conjunctions
// and a leading phrase closed by a comma ("In her speech, she …").
func (a *attributor) subjectNP(lo, hi int) (int, int) {
	return a.subjectAfter(lo, hi, 1)
}

// subjectAfter is subjectNP past at most phrases leading phrases, each
// closed by a comma: "On Thursday, after a long silence, Warren endorsed
// her, saying, “…”" has two.
func (a *attributor) subjectAfter(lo, hi, phrases int) (int, int) {
	k := lo
	if k < hi && a.toks[k].kind == tPunct && a.tokText(k) == `"` {
		k++ // a stray mark that opens the sentence (strayStraight)
	}
	for k < hi && a.wordIn(k, leadWords) {
		k++
	}
	if k > lo && k < hi && a.isPunct(k, ",") {
		k++ // "However, he held his fire …"
	}
	for n := 0; n < phrases && k < hi && (a.wordIn(k, npPrepositions) || a.gerund(k) || a.wordIn(k, boundaryWords) || a.leadParticiple(k) || a.timePhrase(k, hi) || a.openingPhrase(k, hi) || k == lo && a.leadClause(k, hi)); n++ {
		for k < hi && !a.isPunct(k, ",") {
			k++
		}
		k++
		if m := a.stateComma(k, hi); m > k {
			k, n = m+1, n-1 // "At a fair in Salina, Kansas, on Monday, Ms. Varga …"
		}
	}
	k = a.bareTimeLead(k, hi)
	if k >= hi {
		return 0, 0
	}
	switch {
	case a.wordIn(k, spkPronouns) && !a.wordIn(k, relWords):
		return k, k + 1
	case a.capitalized(k) && !a.wordIn(k, npDeterminers):
		n := a.nameRun(k, hi)
		for n < hi && a.wordIn(n, npInner) && a.capitalized(n+1) {
			n = a.nameRun(n+1, hi)
		}
		for r := 0; r < 2; r++ {
			m := a.subjectRole(n, hi)
			if m == n {
				break
			}
			n = a.nameRun(m, hi) // "Okafor campaign spokeswoman Dana Pill", "Veteran columnist and Channel Nine commentator Ruth Amsel"
		}
		// A name may modify the plural noun that heads the subject:
		// "Democratic voters are …", "Trump campaign officials said …".
		if n < hi && a.lowerWord(n) && !a.possessiveWord(n-1) {
			if m := a.pluralRun(n, hi); m > n {
				return k, m
			}
		}
		// The possessor is the noun's determiner when a verb in the past
		// follows the noun: "Cruz’s lawyers relied on …, arguing". Before
		// another word the noun may be the cue ("Rubio’s response to"),
		// whose speaker annotators mark as the possessor alone.
		if n < hi && a.possessiveWord(n-1) && a.lowerWord(n) && !a.adverb(n) {
			if m := a.nounRun(n-1, hi); m > n && m < hi && a.lowerWord(m) && a.pastVerb(m) {
				return k, m
			}
		}
		return k, a.parenthetical(n, hi) // "Sen. Ted Cruz (R-Texas)"
	case a.wordIn(k, npDeterminers):
		if n := a.nounRun(k, hi); n > k+1 {
			return k, n
		}
	}
	return 0, 0
}

// openerWord reports whether word k, capitalized as the first word of a
// sentence, is a preposition, a subordinator, a connective or an adverb
// that opens a phrase or a clause ("Despite", "Besides", "Even",
// "There"): no name, and no noun phrase alone, though its capital makes
// it look like one.
func (a *attributor) openerWord(k int) bool {
	if !a.capitalized(k) {
		return false
	}
	if lo, _ := a.sentBounds(k); lo != k {
		return false
	}
	return a.wordIn(k, circumstancePreps|subordinators|leadWords|npPrepositions|notSpeakers) || a.focusWord(k) || a.inList(k, inOpeningWords, openingWords[:])
}

// leadClause reports whether token k opens a phrase or clause of
// circumstance that a comma closes before hi (within 30 tokens), which is
// no subject: a subordinator, a preposition of circumstance or a focusing
// adverb ("Despite her distrust of the board, Varga …", "Even
// after the appeal was lodged, Halloran …").
func (a *attributor) leadClause(k, hi int) bool {
	if !a.wordIn(k, subordinators|circumstancePreps) && !a.focusWord(k) {
		return false
	}
	for m := k + 1; m < hi && m < k+30; m++ {
		if a.isPunct(m, ",") {
			return true
		}
		if a.toks[m].kind == tQuote {
			return false
		}
	}
	return false
}

// nounRun returns the end of the words of a noun phrase after the
// determiner at k, before hi: "The senator" before "took to Twitter". At
// most seven words, none an auxiliary or a cue; a word after the first
// with the shape of a verb ("took", "says") or before "to" ends it. An
// "of" after a common noun takes its complement, up to four words after
// a determiner ("The board of directors", "the head of the agency").
// It returns k+1 when there is none.
func (a *attributor) nounRun(k, hi int) int {
	n := k + 1
	for n < hi && n < k+8 {
		if n > k+1 && a.abbrevDot(n) {
			// The period of an abbreviation belongs to the phrase, which
			// goes on after it before a capitalized word: "a U.S.
			// District Court judge", "the U.S. Senate".
			n++
			if n < hi && a.capitalized(n) && a.toks[n].sent == a.toks[n-1].sent {
				continue
			}
			break
		}
		if n > k+1 && n+1 < hi && a.lowerWord(n) && equalFoldASCII(a.tokText(n), "of") && a.lowerWord(n-1) && !a.verbAt(n-1) &&
			(a.wordIn(n+1, npDeterminers) && !a.wordIn(n+1, relWords|thatWords) || a.pluralNoun(n+1) && !a.wordIn(n+1, functionWords|auxWords) || a.capitalized(n+1)) {
			// "The board of directors", "The head of the agency": the
			// noun's complement, up to the verb.
			m := n + 1
			if a.wordIn(m, npDeterminers) {
				m++
			}
			c := m
			for m < hi && m < c+4 && a.isWord(m) && !a.wordIn(m, functionWords|auxWords|boundaryWords|npPrepositions) && !a.pastVerb(m) &&
				(a.capitalized(m) || a.pluralNoun(m) || !a.pastOrPresent(m)) {
				if _, _, ok := a.cueAt(m, hi); ok {
					break
				}
				m++
			}
			if m == c {
				break
			}
			n = m
			continue
		}
		if !(a.isWord(n) && !a.wordIn(n, auxWords) && !(n > k+1 && a.adverb(n)) &&
			(!a.wordIn(n, functionWords) || n > k+1 && a.wordIn(n, npInner) && a.capitalized(n-1) && a.capitalized(n+1))) {
			break
		}
		if _, _, ok := a.cueAt(n, hi); ok {
			break
		}
		if n > k+1 && a.pluralHead(n, hi) {
			return n + 1 // "two local farm groups rolled out": the noun in -s, before its verb
		}
		if n > k+1 && a.lowerWord(n) && (a.pastOrPresent(n) || a.wordIn(n, irregularPast) || a.wordIn(n+1, infinitiveTo)) {
			break // "The senator took to Twitter", "The mayor sent a memo"
		}
		if n > k+1 && a.lowerWord(n) && (a.wordIn(n+1, npDeterminers|possessives|particles) && a.lowerWord(n+1) || n+1 < hi && a.isNumber(n+1) && !a.isYear(n+1)) && baseIsPast(a.tokText(n)) {
			break // "The firm cut its forecast", "The minister hit back", "The firm cut 200 jobs": a verb whose past is its base form, before its object or particle
		}
		// The mark after the object may be the sentence's last token, at
		// or past hi: "…, the firm cut costs."
		if n > k+1 && n+1 < hi && n+2 < len(a.toks) && a.lowerWord(n) && a.lowerWord(n+1) && a.pluralNoun(n+1) && (a.lowerWord(n+2) && a.wordIn(n+2, coordWords) || a.toks[n+2].kind == tPunct) && baseIsPast(a.tokText(n)) {
			break // "The firm cut costs and said …": a bare plural object closed by "and" or a mark; "a tax cut plan" runs on
		}
		n++
	}
	return n
}

// bareRelativeSubject returns the start of the subject of a relative
// clause with no relative word whose verb is the cue, inside the words
// [s, end) before it: "the kind of plan many voters want", "an idea
// some aides floated", "something most economists favor". A determiner
// of zeroRelativeOpeners right after a common noun opens a second noun
// phrase, the clause's subject, which speaks; the noun before it, with
// its own determiner or possessor a few words back (bareNounPhrase), is
// what the clause is about. A role before the determiner is a title
// ("Vatican spokesman the Rev. Ann Li"), and a verb an object's ("would
// spend many hours"), which no determiner before it shows. It returns s
// when there is none.
func (a *attributor) bareRelativeSubject(s, end int) int {
	for k := end - 1; k > s; k-- {
		if !a.lowerWord(k) || !a.inList(k, inZeroRelativeOpeners, zeroRelativeOpeners[:]) {
			continue
		}
		n := k - 1
		if !a.lowerWord(n) || a.wordIn(n, functionWords|npDeterminers|quantifiers|auxWords|boundaryWords|npPrepositions|numberWords|comparatives|particles|timeWords) ||
			prepositions[a.tokText(n)] || a.adverb(n) || a.pastVerb(n) || a.gerund(n) || a.verbAt(n) || a.roleWord(n) || a.atLeast(n-1) {
			return s
		}
		if !a.bareNounPhrase(n, s) || !a.validNP(k, end) {
			return s
		}
		return k
	}
	return s
}

// bareNounPhrase reports whether the common noun at n ends a noun phrase
// opened by a determiner or a possessor at most four words back, past
// words in lower case and "of" ("the kind of plan", "Ruiz's idea"), or
// after "which" or "what" just before s, where the phrase [s, …) starts
// ("at which point"); or is a pronoun in -thing ("something").
func (a *attributor) bareNounPhrase(n, s int) bool {
	if w := a.tokText(n); len(w) > 5 && strings.HasSuffix(w, "thing") {
		return true
	}
	for m := n - 1; m >= s-1 && m >= n-5; m-- {
		switch {
		case m == s-1:
			w := a.tokText(m)
			return a.lowerWord(m) && (w == "which" || w == "what")
		case a.wordIn(m, npDeterminers|possessives) && !a.wordIn(m, relWords) || a.possessiveWord(m):
			return true
		case a.lowerWord(m) && (equalFoldASCII(a.tokText(m), "of") || !a.wordIn(m, functionWords|auxWords|boundaryWords|npPrepositions) && !prepositions[a.tokText(m)] && !a.verbAt(m) && !a.pastVerb(m) && !a.gerund(m)):
		default:
			return false
		}
	}
	return false
}

// clauseAndName returns the start of a name after "and" that ends the
// words [s, end) before a finite cue c when an auxiliary stands before
// "and": the words are a clause and a second subject ("The mayor was
// copied on the letters and Ortiz said"), which npBack reads as one
// phrase past a plural noun ("teachers and union officials"). (A verb in
// the past alone may be a participle that modifies a noun: "a poll
// released by the Post and ABC News".) It returns s otherwise.
func (a *attributor) clauseAndName(s, end, c int) int {
	if a.gerund(c) {
		return s
	}
	for m := end - 2; m > s; m-- {
		if !a.isWord(m) || a.capitalized(m) {
			continue
		}
		if !equalFoldASCII(a.tokText(m), "and") || !a.properName(m+1, end) {
			return s
		}
		for k := max(s-1, 0); k < m; k++ { // the auxiliary may be where npBack stopped: "was copied on …"
			if a.lowerWord(k) && a.wordIn(k, finiteAux) {
				return m + 1
			}
		}
		return s
	}
	return s
}

// particleCompound reports whether the words [s, end) before a cue are
// a noun phrase that ends with a particle of a compound noun ("a voice
// over", "a passer by"): a preposition right before a finite verb has
// no object, so it closes the noun before it, after a determiner. (Before
// a gerund it is the gerund's: "ended her speech by quoting".)
func (a *attributor) particleCompound(s, end int) bool {
	p := end - 1
	if p-1 <= s || !a.lowerWord(p) || !inFold(compoundParticles[:], a.tokText(p)) {
		return false
	}
	n := p - 1
	if !a.lowerWord(n) || a.wordIn(n, functionWords|auxWords|boundaryWords|npPrepositions|npDeterminers) || a.verbAt(n) || a.gerund(n) || a.adverb(n) {
		return false
	}
	return a.wordIn(s, npDeterminers) && !a.wordIn(s, relWords) && a.validNP(s, p)
}

// pluralHead reports whether word n, a plural noun in lower case, heads
// a subject whose verb follows it, past one adverb: an auxiliary, a verb
// in the past or a cue ("voters are", "groups rolled out", "candidates
// briefly put", "officials say"). Its "-s" is then a plural's, not a
// verb's, as the verb after it shows. A word that opens a cue ("claims",
// "says") is left to the cue.
func (a *attributor) pluralHead(n, hi int) bool {
	if n+1 >= hi || !a.pluralNoun(n) || a.opensCue(n) {
		return false
	}
	v := n + 1
	if v+1 < hi && (a.adverb(v) || a.wordIn(v, cueAdverbs) && a.lowerWord(v)) {
		v++
	}
	if !a.lowerWord(v) {
		return false
	}
	return a.wordIn(v, finiteAux) || a.pastVerb(v) || baseIsPast(a.tokText(v)) || a.opensCue(v)
}

// pluralRun returns the end of the nouns in lower case from n that end
// with a plural heading the subject before its verb (pluralHead), after
// the capitalized words that modify them: "Democratic voters are",
// "Trump campaign officials said". At most three words, none a function
// word, a verb or an adverb. It returns n when there are none.
func (a *attributor) pluralRun(n, hi int) int {
	for m := n; m < hi && m < n+3; m++ {
		if !a.lowerWord(m) || a.wordIn(m, functionWords|auxWords|boundaryWords|npPrepositions) || a.adverb(m) || a.gerund(m) {
			return n
		}
		if a.pluralHead(m, hi) {
			return m + 1
		}
		if a.pastOrPresent(m) || a.wordIn(m, irregularPast) || a.opensCue(m) {
			return n
		}
	}
	return n
}

// subjectRole returns the start of the name after a role in lower case
// that follows the capitalized words ending at n ("Clinton campaign
// spokesman Brian Fallon", "Presumptive Republican presidential nominee
// Donald Trump"), or n: at most four words, each of the shape of a noun
// or an adjective (no verb in the past, no "-s" of a verb, no function
// word or preposition, no cue), then a capitalized word. "Trump visited
// Iowa" is a clause, and "Trump’s appeal among Republicans" no role.
func (a *attributor) subjectRole(n, hi int) int {
	if n >= hi || !a.lowerWord(n) || !a.roleBeforeName(n, hi) {
		return n
	}
	m := n
	for m < hi && a.lowerWord(m) {
		if a.pastVerb(m) || a.pastOrPresent(m) || a.gerund(m) || prepositions[a.tokText(m)] {
			return n
		}
		m++
	}
	return m
}

// stateComma returns the comma after a state or country that follows the
// place closing a leading phrase ("In Dover, New Jersey, Okafor went
// after Marsh"): at most three capitalized words (and abbreviation
// periods) from k up to a comma, after a comma that a capitalized word
// stands before. It returns k otherwise.
func (a *attributor) stateComma(k, hi int) int {
	if k < 2 || !a.isPunct(k-1, ",") || !a.capitalized(k-2) || !a.capitalized(k) {
		return k
	}
	for m := k + 1; m < hi && m <= k+4; m++ {
		switch {
		case a.isPunct(m, ","):
			return m
		case a.capitalized(m) || a.isPunct(m, ".") && a.toks[m-1].end == a.toks[m].start:
		default:
			return k
		}
	}
	return k
}

// openingPhrase reports whether the sentence opens at k with a phrase of
// circumstance or a capitalized adverb that a comma closes within a few
// words, before the subject: "Throughout the race, Smith has tried to
// …", "Shortly before the vote, she …", "Likewise, Jones …", "First,
// they …". Such a word is capitalized only because it comes first, and
// is never a name.
func (a *attributor) openingPhrase(k, hi int) bool {
	if !a.capitalized(k) {
		return false
	}
	w := a.tokText(k)
	if a.isPunct(k+1, ",") && ordinalOpening(w) {
		return true // "First, they were designed to prove …"
	}
	if !a.wordIn(k, circumstancePreps|subordinators) && !openingWord(w) && !(len(w) > 4 && hasSuffixFold(w, "ly") && !a.wordIn(k, notAdverbs)) {
		return false
	}
	for m := k + 1; m < hi && m <= k+12; m++ {
		if a.isPunct(m, ",") {
			return m > k+1 || !a.wordIn(k, circumstancePreps|subordinators)
		}
		if a.toks[m].kind == tQuote {
			return false
		}
	}
	return false
}

// timePhrase reports whether a short phrase of time closed by a comma
// opens at k: "Hours later,", "Two days ago,", "Last week,".
func (a *attributor) timePhrase(k, hi int) bool {
	if w := a.tokText(k); !a.wordIn(k, timeWords|dayWords|durationWords|numberWords|occasionTimes) && !a.isNumber(k) && !equalFoldASCII(w, "a") && !equalFoldASCII(w, "an") {
		return false // "The nurse later sued," is a clause
	}
	time := false
	for m := k; m < hi && m < k+5; m++ {
		if a.isPunct(m, ",") {
			return time && m > k
		}
		if !a.isWord(m) {
			return false
		}
		time = time || a.wordIn(m, timeWords|dayWords|durationWords)
	}
	return false
}

// bareTimeLead returns where the subject starts after a phrase of time
// that opens the clause at k with no comma, a measure of time closed by
// one of timeAfterWords, before a subject pronoun, a name or a
// determiner: "A few hours later they changed course and said …",
// "Two days ago Smith wrote …"; or "last", "this" or "next" and a noun of
// time: "Last week the mayor said …". It returns k when there is none. It reads
// at most six tokens.
func (a *attributor) bareTimeLead(k, hi int) int {
	if n := k + 2; n < hi && a.isWord(k+1) && inFold(timeDeictics[:], a.tokText(k)) && (timeNoun(a.tokText(k+1)) || a.wordIn(k+1, dayWords)) &&
		(a.wordIn(n, spkPronouns) && !a.wordIn(n, relWords) || a.capitalized(n) && !a.wordIn(n, npDeterminers) || a.lowerWord(n) && a.wordIn(n, npDeterminers|quantifiers)) {
		return n // "Last week the mayor said …", "This spring no one forecast …"
	}
	measure := false
	for m := k; m < hi && m < k+6; m++ {
		if !a.isWord(m) {
			return k
		}
		if m > k && measure && inFold(timeAfterWords[:], a.tokText(m)) && a.lowerWord(m) {
			if n := m + 1; n < hi && (a.wordIn(n, spkPronouns) && !a.wordIn(n, relWords) || a.capitalized(n) && !a.wordIn(n, npDeterminers) || a.lowerWord(n) && a.wordIn(n, npDeterminers)) {
				return n
			}
			return k
		}
		measure = measure || a.wordIn(m, durationWords)
	}
	return k
}

// relativeNoThat returns where a second noun phrase starts in the
// phrase [s, e), an article and at most three words, then "the", "a" or
// "an" or a subject pronoun that runs to e: "a move the bank", "a step
// they": a relative clause with no "that", whose subject is the speaker
// ("…, a move the bank had urged"). It returns s when there is none.
func (a *attributor) relativeNoThat(s, e int) int {
	if e-s < 3 || !a.lowerWord(s) || !inFold(articles[:], a.tokText(s)) {
		return s
	}
	for k := s + 2; k < e && k <= s+4; k++ {
		if !a.isWord(k-1) || !a.lowerWord(k-1) || a.wordIn(k-1, functionWords|npDeterminers|quantifiers|spkPronouns|npPrepositions|boundaryWords|auxWords) || prepositions[a.tokText(k-1)] || a.gerund(k-1) || a.pastVerb(k-1) || a.pastOrPresent(k-1) && !a.pluralNoun(k-1) {
			return s
		}
		if !a.lowerWord(k) {
			return s
		}
		if inFold(articles[:], a.tokText(k)) || a.wordIn(k, spkPronouns) && !a.wordIn(k, relWords) && k+1 == e {
			return k
		}
	}
	return s
}

// relativeHead returns, when the speaker [s, e) is the subject of a
// relative clause with no "that" (relativeNoThat) whose noun phrase opens
// after a comma, the start of that noun phrase: "…, a move the bank" gives
// "a". It returns s otherwise.
func (a *attributor) relativeHead(s, e, lo int) int {
	for h := s - 2; h > lo && h >= s-4; h-- {
		if a.isPunct(h-1, ",") && a.relativeNoThat(h, e) == s {
			return h
		}
	}
	return s
}

// leftNP finds the speaker before cue token c: the noun phrase that ends
// just before it (skipping auxiliaries and adverbs: "has also said").
// The rules of reported ask it several times about the same cue: the last
// answer is kept. It reads only the tokens and their words, which do not
// change during the passes (not a.used nor the attributions), so the same
// c has the same answer.
func (a *attributor) leftNP(c int) (int, int) {
	if a.npAt == c+1 {
		return a.npS, a.npE
	}
	a.npS, a.npE = a.leftNPScan(c)
	if a.npS+2 < a.npE {
		// A phrase of time that opens the sentence with no comma is no
		// part of the subject: "Last week the mayor said …".
		if n := a.bareTimeLead(a.npS, a.npE); n > a.npS && n < a.npE {
			a.npS = n
		}
		// "…, a move the bank had urged", "an honor he said …": a noun
		// with a relative clause that has no "that", whose subject is
		// the speaker.
		if n := a.relativeNoThat(a.npS, a.npE); n > a.npS {
			a.npS = n
		}
	}
	a.npAt = c + 1
	return a.npS, a.npE
}

// leftNPScan is leftNP without the memo.
func (a *attributor) leftNPScan(c int) (int, int) {
	lo, _ := a.sentBounds(c)
	lo = max(lo, c-maxCueWindow)
	// "Ivo Stanek, the forger known as “Magpie,” said": a name, then
	// an appositive that ends with a name in marks and the comma. Only a
	// quotation token before the cue may close one.
	if c-1 > lo && a.toks[c-1].kind == tQuote {
		if s, e := a.namedAppositive(c, lo); s < e {
			return s, e
		}
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

// pastAuxPhrase returns the noun phrase [s, e) read back from a cue, or,
// when a preposition and an auxiliary stand before it, the subject before
// the auxiliary: in "Friends of the mayor have in the past said", "The
// mayor has in recent weeks said" the phrase is the object of the
// preposition. It returns an empty span when there is no subject there,
// after lo.
func (a *attributor) pastAuxPhrase(s, e, lo int) (int, int) {
	p := s - 1
	if s >= e || p-1 <= lo || !a.lowerWord(p) || !a.wordIn(p, npPrepositions) || a.wordIn(p, subordinators|infinitiveTo) || !a.lowerWord(p-1) || !a.wordIn(p-1, finiteAux) {
		return s, e
	}
	if s2, e2 := a.leftNPFrom(p, lo); s2 < e2 {
		return s2, e2
	}
	return 0, 0
}

// namedAppositive returns the speaker before cue c that is a name and an
// appositive closed by a name or a title in quotation marks with its
// comma: "Ivo Stanek, the forger known as “Magpie,” stated", "Lotte
// Amsel, a host of “Night Desk,” refused", or an empty span.
func (a *attributor) namedAppositive(c, lo int) (int, int) {
	q := c - 1
	if q <= lo || a.toks[q].kind != tQuote || !a.qEndsWithComma(q) || !a.qStartsUpper(q) {
		return 0, 0
	}
	if qs := a.qs[a.toks[q].q]; countFields(a.text[qs.start:qs.end], 4) > 3 {
		return 0, 0 // a name, not a sentence
	}
	if w := a.tokText(q - 1); !(a.lowerWord(q-1) && (w == "as" || w == "called" || w == "dubbed" || w == "nicknamed")) && !(a.titleQuote(q) && (a.isPunct(q-1, "'s") || a.isPunct(q-1, "’s") || w == "of")) {
		return 0, 0 // "known as “Guccifer,”", "star of television’s “Scandal,”"
	}
	for m := q - 2; m > lo && m > q-12; m-- {
		if a.toks[m].kind == tQuote {
			return 0, 0
		}
		if a.isPunct(m, ",") {
			if s := a.npBack(m, lo); s < m && a.properName(s, m) {
				return s, c
			}
			return 0, 0
		}
	}
	return 0, 0
}

// relativeWithTerm returns the speaker before cue c when a relative
// clause set off by commas ends with a term in quotation marks that holds
// its closing comma: "Ann Li, who calls the plan a “fraud,” said" gives
// "Ann Li" (a relative clause that attributes is no part of the speaker,
// as annotators mark it), "Ann Li, who runs the “Blue Door,” said" the
// name and the clause to the mark. The clause is at most twelve tokens,
// with no other comma or quotation; it returns an empty span otherwise.
func (a *attributor) relativeWithTerm(c, lo int) (int, int) {
	q := c - 1
	if q <= lo || a.toks[q].kind != tQuote || !a.qEndsWithComma(q) || !a.qs[a.toks[q].q].closed || !a.isWord(q-1) || a.toks[q-1].sent != a.toks[c].sent {
		return 0, 0
	}
	if qs := a.qs[a.toks[q].q]; countFields(a.text[qs.start:qs.end], 3) > 2 && !a.titleQuote(q) {
		return 0, 0 // a term of two words at most, or a title: no quotation of a sentence
	}
	for r := q - 1; r > lo+1 && r > q-12; r-- {
		if a.toks[r].kind == tQuote || a.toks[r].kind == tPunct && !a.isPunct(r, ".") {
			return 0, 0
		}
		if w := a.tokText(r); a.lowerWord(r) && a.wordIn(r, relWords) && (w == "who" || w == "which") {
			if !a.isPunct(r-1, ",") || !a.lowerWord(r+1) {
				return 0, 0 // (the pronoun the subject of its clause: not "which Ann Li called a “fraud,”")
			}
			s := a.npBack(r-1, lo)
			if s >= r-1 || !a.validNP(s, r-1) || a.openingAdverb(s, r-1) || a.wordIn(s, relWords) {
				return 0, 0
			}
			if a.eventRelative(r+1, q) {
				return s, r - 1
			}
			return s, c
		}
	}
	return 0, 0
}

// npOpening moves the start s of the noun phrase [s, end) found before
// a cue to where the speaker opens: past a focusing adverb ("even a top
// GOP strategist said": the adverb is not the speaker's, but "only 40
// percent" keeps it), back to "whose" after a comma or a dash ("Trump,
// whose attorneys argued", as annotators mark it; but "McCain, whose
// record Trump belittled" has a subject of its own after the noun), or
// back to "neither" before "… nor" ("Neither the mayor nor his aides
// said", past the abbreviations of a name: "Neither Mr. Li nor his
// aides"). whole reports that the span from the new start to end is the
// speaker, as the last two are.
func (a *attributor) npOpening(s, end, lo int) (start int, whole bool) {
	for s+1 < end && a.focusWord(s) && !a.approximately(s) {
		s++
	}
	if s-2 >= lo && (a.isPunct(s-2, ",") || a.isDash(s-2)) && a.wordIn(s-1, relWords) && a.lowerWord(s-1) && equalFoldASCII(a.tokText(s-1), "whose") && a.validNP(s, end) && !a.nameAfterNoun(s, end) {
		return s - 1, true
	}
	if s-1 > lo && equalFoldASCII(a.tokText(s-1), "nor") {
		for m := s - 2; m >= lo && m > s-8 && (a.isWord(m) || a.isPunct(m, ".") && a.toks[m].sent == a.toks[s].sent); m-- {
			if equalFoldASCII(a.tokText(m), "neither") {
				return m, true
			}
		}
	}
	return s, false
}

// auxAt reports whether the word at j is an auxiliary between a subject
// and its verb. A capitalized "May" or "Will" after a capitalized word is
// a surname, the end of the subject: "Theresa May said", "Mrs May said".
// (After a capitalized word that opens the sentence, "While Will
// acknowledges", or after a quotation, "“…,” Will wrote", it is a first
// name alone: a subject too.)
func (a *attributor) auxAt(j, lo int) bool {
	return a.wordIn(j, auxWords) && !(a.capitalized(j) && a.wordIn(j, nameAux) && (j > lo && a.capitalized(j-1) || j > 0 && a.toks[j-1].kind == tQuote && a.toks[j-1].sent == a.toks[j].sent)) &&
		!(j > lo && a.nameAfterHonorific(j, lo))
}

// nameAfterHonorific reports whether the capitalized word j follows an
// honorific of titleWords ("Dr", "Mrs.") with at most two capitalized
// words between (lo bounds the search): it is a name, an auxiliary's
// spelling included ("Dr Were told the paper", "Dr Amos Were said").
func (a *attributor) nameAfterHonorific(j, lo int) bool {
	if !a.capitalized(j) {
		return false
	}
	for k := j - 1; k >= lo && k >= j-3 && a.isWord(k) && a.capitalized(k); k-- {
		var buf [maxFoldedWord]byte
		if b, ok := a.foldedWord(buf[:0], k); ok {
			if _, ok := titleOf(string(b)); ok {
				return true
			}
		}
	}
	return false
}

// relativeOwner returns the name before a relative clause of "who" or
// "whose" (at most six words, after a comma) that ends with the comma
// before the name at n: "Ms. Gil, whose firm, Harbor Works, builds
// boats," read back from "Harbor Works" gives "Ms. Gil", the speaker, as
// annotators mark it; the name at n is inside the clause. It returns an
// empty span otherwise.
func (a *attributor) relativeOwner(n, lo int) (int, int) {
	if n-2 <= lo || !a.isPunct(n-1, ",") {
		return 0, 0
	}
	for r := n - 2; r > lo+1 && r > n-8; r-- {
		if !a.isWord(r) {
			return 0, 0
		}
		if a.lowerWord(r) && a.wordIn(r, relWords) && (equalFoldASCII(a.tokText(r), "whose") || equalFoldASCII(a.tokText(r), "who")) {
			if !a.isPunct(r-1, ",") {
				return 0, 0
			}
			if s := a.npBack(r-1, lo); s < r-1 && a.properName(s, r-1) && !a.openingAdverb(s, r-1) {
				return s, r - 1
			}
			return 0, 0
		}
	}
	return 0, 0
}

// whichSpeaks reports whether a "which" after a comma can be the speaker
// of the cue at c, as annotators mark it: before a verb of saying, of
// believing or of taking a stand ("the union, which endorsed Ruiz"), but
// not of showing ("the report, which showed a rise"), whose "which" is
// mostly an event or a fact and rarely a source.
func (a *attributor) whichSpeaks(c int) bool {
	cl := a.cueEntriesAt(c).class
	return cl == cueSpeech || cl == cueBelief || cl == cueStance
}

// dashStart returns the first token of the dash at k: k-1 for the second
// hyphen of "--", which is two tokens, else k.
func (a *attributor) dashStart(k int) int {
	if k > 0 && a.isPunct(k, "-") && a.isPunct(k-1, "-") && a.toks[k-1].end == a.toks[k].start {
		return k - 1
	}
	return k
}

// leftNPFrom is leftNP with the search bounded below by token lo.
func (a *attributor) leftNPFrom(c, lo int) (int, int) {
	j := c - 1
	// auxAt is called for an auxiliary only: its class, tested inline
	// first, spares the other words the call.
	for j >= lo && (a.wordIn(j, auxWords) && a.auxAt(j, lo) || a.adverb(j) || a.focusWord(j) && a.lowerWord(j) && j > lo && a.isWord(j-1) && !a.wordIn(j-1, auxWords) || a.floatShape(j) && (a.floatAfterAux(j, lo) || a.floatAfterSubject(j, lo)) || a.allBut(j, lo, c)) {
		// A focus adverb after the subject too ("The mayor only said"),
		// but not after an auxiliary ("not only found", "would only say"),
		// where it is the verb's.
		j--
	}
	// "The Post, which said …", "McConnell, who in 2010 said …": a
	// relative pronoun after a comma is the speaker, as annotators mark
	// it, past a preposition and a year or a day.
	if r := j; r-1 > lo {
		if r-3 > lo && a.wordIn(r-1, npPrepositions) && a.lowerWord(r-1) && (a.isYear(r) || a.capitalized(r) && a.wordIn(r, dayWords)) {
			r -= 2
		}
		// The class of the word (relWords, which holds both pronouns) is
		// asked before its text, whose length is as good as random; the
		// words between the pronoun and the cue are read for a passive
		// auxiliary ("who was told") only when the pronoun and its comma
		// are there, which they seldom are.
		if w := a.tokText(r); a.wordIn(r, relWords) && (w == "who" || w == "which" && a.whichSpeaks(c)) && a.isPunct(r-1, ",") && !a.passiveBetween(r+1, c) {
			return r, r + 1 // "which said …", "which endorsed …", but "which showed …" is no speaker's
		}
	}
	// "Sheriff Wade Calhoun on Tuesday defended", "Priebus later Thursday
	// told", "The senators last week said": the time is not part of the
	// speaker.
	dayEnd := -1 // the end before the time was skipped
	if t := a.timeBefore(j, lo); t <= j {
		dayEnd = j + 1
		j = t - 1
		for j >= lo && (a.wordIn(j, auxWords) && a.auxAt(j, lo) || a.adverb(j)) {
			j--
		}
	}
	// "The minister in a letter to the council emphasized", "Karimi in
	// his speech noted": the channel of the statement is not part of the
	// speaker, nor a time before it ("The envoy on Monday in a statement
	// said").
	if o := a.channelBefore(j, lo); o <= j {
		j = o - 1
		if t := a.timeBefore(j, lo); t <= j {
			j = t - 1
		}
		for j >= lo && (a.wordIn(j, auxWords) && a.auxAt(j, lo) || a.adverb(j)) {
			j--
		}
	}
	// "The governor, in a statement signed by his spokesman, Ann Obi,
	// said", "Smith, through his lawyer, denied": a channel set off by
	// commas is read as the one without them; a name in it is the
	// channel's, not the speaker.
	if j > lo && a.isPunct(j, ",") {
		if q := a.setOffChannel(j, lo); q < j {
			// The phrase before it with its comma ("The governor, who
			// spoke through his aide, in a statement, said", "The
			// Governor, Prince Ade Coker, in a statement, said"), or
			// without ("The governor, in a statement, said"), and
			// without a participle that opens the sentence ("Reacting,
			// the party, in a statement, said").
			if s, e := a.leftNPFrom(q+1, lo); s < e && !(a.gerund(s) && a.isPunct(s+1, ",")) {
				return s, e
			}
			return a.leftNPFrom(q, lo)
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
				if s := a.npBack(d, lo); s < d && a.validNP(s, d) {
					if a.lowerWord(m+1) && a.wordIn(m+1, relWords|npPrepositions) {
						// "The mayor — who had feuded with the council —
						// said": a relative clause is not the speaker's,
						// nor a phrase of time or circumstance ("The mayor
						// — after a long pause — said").
						return s, d
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
			// "Ann Lee stood at the podium, and, citing the rules, …": a
			// conjunction set off by commas joins the cue to the clause
			// before; no noun phrase ends before it (the caller finds the
			// clause's subject).
			return 0, 0
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
	if end-1 >= lo && a.isNumber(end-1) {
		if s := a.numberSubject(end, lo); s < end {
			return s, end // "more than 3 in 8 said", "43 said"
		}
	}
	s := a.npBack(end, lo)
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
			return a.leftNPFrom(v, lo) // "Smith fired back a response saying": Smith
		}
	}
	if end-1 > s && a.wordIn(end-1, relWords) && a.lowerWord(end-1) {
		return end - 1, end // "thinkers who consider …": the relative pronoun, as annotators mark it
	}
	if s0 := a.coordSubject(s, end, lo); s0 < s {
		return s0, end // "Current and former officials said", "He and his lawyer argued"
	}
	if !comma {
		if s0 := a.listStart(s, end, lo); s0 < s {
			return s0, end // "Friends, lobbyists and former aides said"
		}
	}
	// A relative clause ends with a word just before s: after a mark or
	// at the window's start there is none to look for.
	rel := false
	if s-1 > lo && a.isWord(s-1) {
		if s0 := a.relativeSubject(s, end, lo); s0 < s {
			s, rel = s0, true
		}
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
			return s0, end // "Democrats trying to win the Senate say", "A study by two economists found"
		}
	}
	// Appositive or relative clause: "Hugh Hill, a doctor, said",
	// "Smith, who chairs the panel, said", "Jim Bennett, 57, told".
	// The comma before s is asked first: holdsRelative reads the phrase.
	if s-1 > lo && a.isPunct(s-1, ",") && (comma || a.holdsRelative(s, end)) && a.appositive(s, end) {
		s2 := a.npBack(s-1, lo)
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
			s2 := a.npBack(s-1, lo)
			if s2 < s-1 && s2-1 > lo && a.isWord(s2-1) {
				// A role with a relative clause of its own, then the
				// name: "A nurse who has worked there for years, Ann
				// Roe, said". The phrase is read back to "who".
				if s0 := a.relativeSubject(s2, s-1, lo); s0 < s2 {
					return s0, end + 1
				}
			}
			if s2 < s-1 && a.validNP(s2, s-1) {
				if s2-2 > lo && a.lowerWord(s2) && a.wordIn(s2, relWords) && a.isPunct(s2-1, ",") {
					// No role but a relative clause that ends with a
					// name: "Ann Reyes, who lives near the capital,
					// Salem, said", "A doctor at the clinic, who gave
					// only his first name, Pavlo, said". The phrase
					// before it is the speaker's.
					if s3 := a.npBack(s2-1, lo); s3 < s2-1 && a.validNP(s3, s2-1) && !a.openingAdverb(s3, s2-1) {
						return s3, end + 1
					}
				}
				return s2, end + 1
			}
		}
		return 0, 0
	}
	if k := a.bareRelativeSubject(s, end); k > s {
		return k, end // "the kind of judge many voters want": the relative clause's subject
	}
	if v := a.verbSubject(s, end, a.gerund(c)); v > s {
		if end == c && (a.pastVerb(c) || a.lowerWord(c) && a.cueEntriesAt(c).pastSame) {
			// "The family heard a message read aloud": a participle
			// right after the object of a verb in the past modifies
			// it (a reduced relative); no one speaks.
			return 0, 0
		}
		return s, v // "he started raising questions", "Marsh made an unexpected plea for": the subject
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
		return 0, 0
	}
	return s, end
}

// haveObject reports whether the words from s, read back from cue c,
// open with an article right after a lower-case "have": they are the
// object of "have", and the cue's word is a noun or an adjective in it,
// not a verb ("the pair have a common stance on …", "she does not have
// the needed seats for …", "he has a meeting booked for Friday").
// A participle after the object is the object's ("has a team working
// on it") and is left to the other rules, and so is a bare form with
// no preposition after it, which may be the verb of a causative "have"
// ("the mayor had an aide say that …").
func (a *attributor) haveObject(s, c, lo int) bool {
	p := s - 1
	if p <= lo || !a.lowerWord(p) || !a.lowerWord(s) || a.gerund(c) {
		return false
	}
	if v := a.tokText(c); !strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ed") && !a.nounPrepAt(c+1) {
		return false
	}
	if w := a.tokText(s); w != "the" && w != "a" && w != "an" {
		return false
	}
	w := a.tokText(p)
	return w == "have" || w == "has" || w == "had" || w == "having"
}

// nounPrepAt reports whether token k is a preposition that a noun cue
// takes for its object: "of", "for", "about", "on" ("a view of", "the
// call for").
func (a *attributor) nounPrepAt(k int) bool {
	if !a.lowerWord(k) {
		return false
	}
	w := a.tokText(k)
	return w == "of" || w == "for" || w == "about" || w == "on"
}

// timeBefore returns the first token of a phrase of time that ends at
// token j, between a subject and its verb, or j+1 when there is none: a
// day ("Tuesday", "on Tuesday", "later Thursday", "Sunday night") or a
// unit after "last", "this" or "next" ("last week", "earlier this
// month"). A phrase after a participle dates the participle, not the
// verb of saying, and so does one after a poll, which it names: "a poll
// released Tuesday", "a survey out this week", "a poll last week", "a
// report released by the agency last year".
func (a *attributor) timeBefore(j, lo int) int {
	if !a.wordIn(j, dayWords|dayParts|timeWords) {
		return j + 1 // most words, asked once
	}
	k := j
	if k > lo && a.lowerWord(k) && a.wordIn(k, dayParts) && a.capitalized(k-1) && a.wordIn(k-1, dayWords) {
		k-- // "Sunday night"
	}
	switch {
	case a.capitalized(k) && a.wordIn(k, dayWords) && a.wordIn(k, occasionTimes) && !(a.capitalized(k-1) && a.lowerWord(k-2) && a.wordIn(k-2, npPrepositions)):
		// A day of the week, but not in a name ("on Super Tuesday").
		if k-1 > lo && a.lowerWord(k-1) && (equalFoldASCII(a.tokText(k-1), "on") || a.timeAdverb(k-1)) {
			k-- // "on Tuesday", "later Thursday"
		}
	case a.lowerWord(k) && a.wordIn(k, dayWords) && a.pastAfterDay(k+1):
		// "The company today announced", "Smith yesterday said", as
		// press releases and British and Indian papers place the day;
		// before a present it is the present age, the subject's: "the
		// party today agrees", "critics today argue".
		if k-1 > lo && a.lowerWord(k-1) && a.timeAdverb(k-1) {
			k-- // "earlier today"
		}
	case k-1 > lo && a.lowerWord(k) && a.wordIn(k, timeWords) && !a.wordIn(k, auxWords|dayWords) &&
		a.lowerWord(k-1) && a.wordIn(k-1, timeWords) && !a.wordIn(k-1, auxWords|dayWords):
		k-- // "last week"
		if k-1 > lo && a.lowerWord(k-1) && a.timeAdverb(k-1) {
			k-- // "earlier this week"
		}
	default:
		return j + 1
	}
	if k-1 < lo || a.isWord(k-1) && (a.gerund(k-1) || a.wordIn(k-1, pollNouns) || a.lowerWord(k-1) && a.wordIn(k-1, particles|npPrepositions|functionWords) && !a.wordIn(k-1, coordWords)) {
		return j + 1
	}
	// A participle a few words back takes the time too: "a survey
	// released by the ministry last month".
	for m := k - 1; m >= lo && m >= k-6 && a.isWord(m) && !a.wordIn(m, coordWords); m-- {
		if a.pastVerb(m) {
			return j + 1
		}
	}
	return k
}

// pastAfterDay reports whether token k, after "today" or "yesterday", is
// a verb in the past, a cue in the past ("said", "told") or an auxiliary.
func (a *attributor) pastAfterDay(k int) bool {
	if k >= len(a.toks) || !a.lowerWord(k) {
		return false
	}
	if a.pastVerb(k) || a.wordIn(k, auxWords) {
		return true
	}
	e, _, ok := a.cueAt(k, len(a.toks))
	return ok && e.form == formPast
}

// channelBefore returns the first token of a phrase that names the
// channel of a statement and ends at token j, between a subject and its
// verb, as agency English places it ("The minister in a letter to the
// council emphasized", "Karimi in his speech noted", "The envoy in an
// interview with the paper said"), or j+1 when there is none: a
// lower-case preposition of channelPreps, a determiner or a possessive,
// a noun of channelNouns within three words, and words after it to j,
// at most maxChannelWords in all, no mark but a possessive "'s" and no
// word that opens a clause. A noun phrase (a capitalized word, or a word
// that is no function word) must end before it, so that the phrase
// modifies a subject. Places and events ("Delegates at the conference
// said") are left to the subject: who stands there is whom the phrase
// names.
func (a *attributor) channelBefore(j, lo int) int {
	if j-3 < lo || !a.isWord(j) || a.wordIn(j, functionWords|boundaryWords|spkPronouns) {
		return j + 1
	}
	at := j + 1
	for p := j - 2; p > lo && p >= j-maxChannelWords; p-- {
		if !a.isWord(p+1) && !a.isPunct(p+1, "'s") && !a.isPunct(p+1, "’s") || a.wordIn(p+1, finiteAux|thatWords|relWords|complementizers) {
			break
		}
		if !a.lowerWord(p) || !a.inList(p, inChannelPreps, channelPreps[:]) || !a.wordIn(p+1, npDeterminers|possessives) {
			continue
		}
		for m := p + 2; m <= j && m <= p+4; m++ {
			if a.lowerWord(m) && inFold(channelNouns[:], a.tokText(m)) {
				// The word before ends a noun phrase: not a verb ("wrote
				// in a statement", "reads in an article"), an adverb or
				// a time ("did not attack her directly in his remarks",
				// "days ago in an interview").
				if a.isWord(p-1) && (a.capitalized(p-1) || !a.wordIn(p-1, functionWords|npPrepositions|auxWords|timeWords|durationWords) && !a.adverb(p-1) && !a.pastVerb(p-1) && !a.opensCue(p-1)) {
					at = p
				}
				break
			}
		}
	}
	return at
}

// setOffChannel returns the comma that opens a phrase naming the channel
// of a statement, set off by commas and closed by the comma at j: a
// preposition of channelPreps, a determiner or a possessive, and within
// three words a noun of channelNouns or, after "through" or "via", a
// role ("through his spokesman", "via her lawyer"). West African papers
// name the official who issued a statement inside it: "in a statement
// signed by his Chief Press Secretary, Mr. Ade Obi,". It reads at most
// maxSetOffChannel tokens back, no mark of quotation, colon or semicolon
// among them, and returns j when there is none.
func (a *attributor) setOffChannel(j, lo int) int {
	for q := j - 1; q > lo && q >= j-maxSetOffChannel; q-- {
		if a.toks[q].kind == tQuote || a.isPunct(q, ";") || a.isPunct(q, ":") {
			break
		}
		if !a.isPunct(q, ",") || q+3 >= j || !a.lowerWord(q+1) {
			continue
		}
		if a.representedBy(q + 1) {
			return q
		}
		if !a.inList(q+1, inChannelPreps, channelPreps[:]) || !a.wordIn(q+2, npDeterminers|possessives) {
			continue
		}
		via := equalFoldASCII(a.tokText(q+1), "through") || equalFoldASCII(a.tokText(q+1), "via")
		for m := q + 3; m < j && m <= q+5; m++ {
			if a.lowerWord(m) && inFold(channelNouns[:], a.tokText(m)) || via && a.isWord(m) && a.roleFold(m) {
				return q
			}
		}
	}
	return j
}

// representedBy reports whether "represented by" opens at token k, or
// "who was represented by": the official who stood in for a speaker and
// read the speech, as Nigerian papers name him ("The governor,
// represented by his deputy, Ade Ojo, said"), is no speaker.
func (a *attributor) representedBy(k int) bool {
	if a.wordIn(k, relWords) && equalFoldASCII(a.tokText(k), "who") && a.wordIn(k+1, passiveAux) {
		k += 2
	}
	return k+1 < len(a.toks) && equalFoldASCII(a.tokText(k), "represented") && equalFoldASCII(a.tokText(k+1), "by")
}

// maxSetOffChannel bounds the phrase setOffChannel reads back.
const maxSetOffChannel = 24

// maxChannelWords bounds the phrase channelBefore reads back.
const maxChannelWords = 10

// timeAdverb reports whether word k is an adverb of time that may open a
// phrase of time: "later", "earlier", "recently" (a time word that is
// also an auxiliary word, which stands between a subject and its verb).
func (a *attributor) timeAdverb(k int) bool {
	return a.wordIn(k, timeWords) && a.wordIn(k, auxWords)
}

// includingList returns the start of a noun phrase and the members it
// names after ", including" (or a dash and "including") that end at
// token end: "Several senators, including Ann Li and Tom Ortiz," said.
// The members belong to the speaker, as annotators mark them. It reads at
// most 30 tokens back, none a quotation, a colon or a semicolon; a finite
// verb among the members must stand in a relative clause ("Officials,
// including some who were there, said"), and the phrase must open the
// sentence or follow a comma. It returns end when there is none.
func (a *attributor) includingList(end, lo int) int {
	if end-1 <= lo || a.wordIn(end-1, spkPronouns|relWords) {
		return end // "…, including one in January when he said", "…, including Acme, which said"
	}
	// Most subjects hold no "including": one look at each word's
	// classes finds that, before the reading below.
	found := false
	for m := end - 1; m > lo && m > end-30 && !found; m-- {
		found = a.wordIn(m, prepParticiples)
	}
	if !found {
		return end
	}
	verb := false                // a finite verb after the last relative pronoun read
	coord, apart := false, false // a conjunction after the last comma; a last member without one
	for m := end - 1; m > lo && m > end-30; m-- {
		if a.toks[m].kind == tQuote || a.isPunct(m, ";") || a.isPunct(m, ":") {
			return end
		}
		if a.wordIn(m, coordWords) {
			coord = true
		}
		if a.isPunct(m, ",") && !coord {
			apart = true // "…, including A and B, the report said": the report is no member
		}
		if !a.lowerWord(m) {
			continue
		}
		switch {
		case a.wordIn(m, relWords):
			if a.lowerWord(m-1) && a.wordIn(m-1, npPrepositions) {
				return end // "…, including one in which organizers said": a clause with its own subject
			}
			verb = false
		case a.wordIn(m, finiteAux):
			verb = true
		case a.wordIn(m, prepParticiples) && m+1 < end:
			if verb || apart || !a.isPunct(m-1, ",") && !a.isDash(m-1) {
				return end
			}
			if s := a.npBack(m-1, lo); s < m-1 && a.validNP(s, m-1) && (a.sentenceSubject(s) || a.isPunct(s-1, ",")) {
				return s
			}
			return end
		}
	}
	return end
}

// coordSubject returns the start of a subject of two noun phrases joined
// by "and" or "or" whose second one is [s, end): "Current and former
// officials said", "Smith and his lawyers argued", "Politicians and even
// some technologists say". Annotators mark the whole coordination as the
// speaker. The first phrase opens the sentence (after leading
// conjunctions, or after a phrase of time or circumstance and its comma:
// "In separate interviews, current and former aides said"), has at most six tokens and holds no verb (no auxiliary,
// no verb in the past, no cue), which keeps out a clause joined by "and"
// ("The bill failed and Democrats said"); it returns s when there is none.
// After a serial comma the list has at least two members before "and",
// read as listStart reads them: "Nurses, porters, and most doctors say".
func (a *attributor) coordSubject(s, end, lo int) int {
	c := s - 1
	if c-1 >= lo && a.focusWord(c) {
		c-- // "and even"
	}
	if c-1 < lo || !a.lowerWord(c) || !(equalFoldASCII(a.tokText(c), "and") || equalFoldASCII(a.tokText(c), "or")) {
		return s // most subjects
	}
	if a.isPunct(c-1, ",") {
		// A serial comma: "Labor unions, church groups, and many
		// lawmakers said". Two members at least before it, the list
		// opening the sentence, as listStart reads it.
		if !a.validNP(s, end) {
			return s
		}
		if t := a.commaListStart(c, lo, 1); t >= 0 {
			return t
		}
		return s
	}
	e0 := c // the end of the first phrase's noun
	if a.isPunct(c-1, ")") {
		// A party tag in parentheses closes the first name: "Former
		// Gov. Ann Li (D) and former Gov. Tom Ortiz (R) said".
		for m := c - 2; m > lo && m >= c-6; m-- {
			if a.isPunct(m, "(") {
				e0 = m
				break
			}
			if !a.isWord(m) && !a.isPunct(m, "-") && !a.isPunct(m, ".") {
				break
			}
		}
		if e0 == c {
			return s
		}
	}
	s0 := a.npBack(e0, lo)
	// A lone modifier before "and" shares the noun of the second phrase:
	// "state and local leaders".
	modifier := s0 == c-1 && a.lowerWord(s0) && a.lowerWord(s) && !a.wordIn(s0, functionWords|auxWords|boundaryWords) && !a.pastOrPresent(s0) && !a.pastVerb(s0) && !a.gerund(s0)
	if s0 >= e0 || e0-s0 > 6 || !a.validNP(s0, e0) && !modifier || !a.validNP(s, end) {
		return s
	}
	if !a.sentenceSubject(s0) && !(s0-1 > lo && a.isPunct(s0-1, ",") && (a.leadOpens(s0-1) || a.sentenceSubject(s0-1))) && !a.clauseOpener(s0-1, lo) {
		return s
	}
	for k := s0; k < c; k++ {
		if a.lowerWord(k) && (a.wordIn(k, auxWords|finiteAux|relWords) || a.pastVerb(k)) {
			return s
		}
		if _, _, ok := a.cueAt(k, c); ok && a.lowerWord(k) {
			return s
		}
	}
	return s0
}

// clauseOpener reports whether the word at k, after lo, opens a clause
// whose subject follows it: one of clauseOpeners in lower case ("… when
// state and local leaders said", "and then current and former aides
// said").
func (a *attributor) clauseOpener(k, lo int) bool {
	return k >= lo && a.lowerWord(k) && inFold(clauseOpeners[:], a.tokText(k))
}

// leadOpens reports whether the comma at m closes a phrase of time or
// circumstance that opens its sentence, after leading conjunctions: "In
// separate interviews,", "But after the vote,".
func (a *attributor) leadOpens(m int) bool {
	lo, _ := a.sentBounds(m)
	k := lo
	for k < m && a.wordIn(k, leadWords) {
		k++
	}
	for n := k; n < m; n++ {
		if !a.isWord(n) {
			return false
		}
	}
	return k < m && a.leadPhrase(k, m)
}

// eventRelative reports whether the relative clause whose verb opens at
// token k (before end, past adverbs) is itself an attribution, its verb
// one of saying ("who said he would vote for her", "who recently
// estimated that …"), but not one of naming ("who called him a liar").
// Annotators leave such a clause out of the speaker and keep one that
// describes ("who runs the lobbying arm", "who is a pollster").
func (a *attributor) eventRelative(k, end int) bool {
	for k < end && a.lowerWord(k) && a.adverb(k) {
		k++ // "who recently said"
	}
	if k >= end || !a.lowerWord(k) {
		return false
	}
	e, _, ok := a.cueAt(k, end)
	return ok && e.class == cueSpeech && !e.label
}

// commaListStart walks back from word t over the members of a list
// joined by commas, at most five, each a noun phrase of at most six words
// and no pronoun, and returns the start of the first member once it
// opens the sentence (or follows the comma of a phrase of time or
// circumstance that opens it: "On Monday, nurses, porters and cooks
// said"), after more than min members; else -1 ("Friends, lobbyists and
// former aides said", "Labor unions, church groups, and many lawmakers
// said").
func (a *attributor) commaListStart(t, lo, min int) int {
	for n := 0; n < 5 && t-1 > lo && a.isPunct(t-1, ","); n++ {
		u := a.npBack(t-1, lo)
		if u >= t-1 || t-1-u > 6 || !a.validNP(u, t-1) || a.wordIn(u, spkPronouns) || a.leadPhrase(u, t-1) {
			return -1
		}
		t = u
		if n >= min && (a.sentenceSubject(t) || t-1 > lo && a.isPunct(t-1, ",") && a.leadOpens(t-1)) {
			return t
		}
	}
	return -1
}

// listStart returns the start of a list of noun phrases joined by commas
// whose last two members are the phrase [s, end) ("lobbyists and former
// aides"): "Friends, lobbyists and former aides said". The list opens
// the sentence, after leading conjunctions, and has at most five members
// before s, none a pronoun; it returns s when there is none.
func (a *attributor) listStart(s, end, lo int) int {
	if s-1 <= lo || !a.isPunct(s-1, ",") {
		return s // no member before s: most subjects
	}
	and := false
	for k := s + 1; k < end-1; k++ {
		if a.lowerWord(k) && a.wordIn(k, coordWords|npInner) && equalFoldASCII(a.tokText(k), "and") {
			and = true
		}
	}
	if !and || a.wordIn(s, spkPronouns) {
		return s
	}
	if t := a.commaListStart(s, lo, 0); t >= 0 {
		return t
	}
	return s
}

// leadPhrase reports whether the words [s, e) before a comma read as a
// phrase of time or circumstance rather than a noun: one that opens with
// a preposition (of role.go's prepositions too), a subordinator or a
// word of time ("Despite the feud", "Among Republicans", "Earlier this
// month"), ends with an adverb or a
// word of time ("Most recently", "On Tuesday") or holds a year ("Back in
// 1988").
func (a *attributor) leadPhrase(s, e int) bool {
	if a.wordIn(s, npPrepositions|subordinators|circumstancePreps|timeWords|leadWords) || a.adverb(e-1) || a.wordIn(e-1, timeWords|dayWords) {
		return true
	}
	if a.prepositionFold(s) {
		return true // "Among Republicans", capitalized as the sentence opens
	}
	for k := s; k < e; k++ {
		if a.isYear(k) || a.lowerWord(k) && a.wordIn(k, npPrepositions) && !a.wordIn(k, npInner) {
			return true
		}
	}
	return false
}

// placeComma returns the comma before m when the words [m+1, end) are a
// state or country after a place ("from Sumter, South Carolina", "of
// Baldwin, Miss."): capitalized words and abbreviation periods, after a
// capitalized word that a preposition of place opens (at most three words
// back, not counting the periods of abbreviations: "based in St. Louis,
// Mo."). The place may be the last of several joined by "and" or "or",
// each with its state ("in Austin, Texas, and Dresden, Germany,"): the
// three words are counted again in each. It returns m otherwise.
func (a *attributor) placeComma(m, end, lo int) int {
	if end-m-1 > 4 || !a.capitalized(m+1) {
		return m
	}
	for k := m + 1; k < end; k++ {
		if !a.capitalized(k) && !(a.isPunct(k, ".") && a.toks[k-1].end == a.toks[k].start) {
			return m
		}
	}
	if !a.capitalized(m - 1) {
		return m
	}
	coord := false // a place joined by "and" or "or" was passed
	for k, n := m-2, 0; k > lo && n < 3 && k > m-24; k-- {
		if a.isPunct(k, ".") && a.capitalized(k-1) && a.toks[k-1].end == a.toks[k].start {
			continue // the period of an abbreviation: "in St. Louis, Mo.,"
		}
		if !coord && a.lowerWord(k) && (equalFoldASCII(a.tokText(k), "and") || equalFoldASCII(a.tokText(k), "or")) && (a.capitalized(k-1) || a.isPunct(k-1, ",") && a.capitalized(k-2)) {
			coord, n = true, 0 // "Austin, Texas, and Dresden, Germany"
			if a.isPunct(k-1, ",") {
				k--
			}
			continue
		}
		if coord && a.isPunct(k, ",") && a.capitalized(k-1) && a.capitalized(k+1) {
			n = 0 // the state of an earlier place: "Austin, Texas"
			continue
		}
		n++
		if a.lowerWord(k) && (equalFoldASCII(a.tokText(k), "from") || equalFoldASCII(a.tokText(k), "in") || equalFoldASCII(a.tokText(k), "of")) {
			for p := k - 1; p > lo && p > k-16; p-- {
				if a.isPunct(p, ",") {
					return p
				}
				if a.toks[p].kind == tQuote {
					return m
				}
			}
			return m
		}
		if !a.capitalized(k) {
			return m
		}
	}
	return m
}

// passiveBetween reports whether a word of [s, e) is a passive auxiliary.
func (a *attributor) passiveBetween(s, e int) bool {
	for m := s; m < e; m++ {
		if a.wordIn(m, passiveAux) {
			return true
		}
	}
	return false
}

// nameAfterNoun reports whether a capitalized word follows a word in
// lower case in [s, e): "record Trump", a noun and the subject after it.
func (a *attributor) nameAfterNoun(s, e int) bool {
	for k := s + 1; k < e; k++ {
		if a.capitalized(k) && a.lowerWord(k-1) {
			return true
		}
	}
	return false
}

// floatShape reports whether token j has the shape of a lower-case word
// of floatingWords: three or four bytes, and a first byte whose low six
// bits are those of "a", "b" or "e" (floatFirsts). It is a test inlined
// before the calls of floatAfterAux and floatAfterSubject, which the loop
// of leftNPFrom makes at every word where it stops, and which ask for a
// lower-case word of floatingWords.
func (a *attributor) floatShape(j int) bool {
	if uint(j) >= uint(len(a.toks)) {
		return false
	}
	t := &a.toks[j]
	return uint32(t.end-t.start-3) <= 1 && floatFirsts>>(a.text[t.start]&63)&1 != 0
}

// floatFirsts has the bits of the low six bits of the first bytes of
// floatingWords: "all", "both", "each".
const floatFirsts = 1<<('a'&63) | 1<<('b'&63) | 1<<('e'&63)

// floatAfterAux reports whether token j is a quantifier of floatingWords
// after an auxiliary, floated off the subject before it: "Cruz and Rubio
// have both argued", "they have all said", or the "both" of "both …
// and" ("who has both endorsed him and criticized him"). It is part of
// the verb group, not the speaker.
func (a *attributor) floatAfterAux(j, lo int) bool {
	return j > lo && a.lowerWord(j) && a.auxAt(j-1, lo) && a.lowerWord(j-1) && floating(a.tokText(j))
}

// floatAfterSubject reports whether token j is a quantifier of
// floatingWords floated off the plural subject that ends right before
// it, a plural noun, "they" or "we", a relative pronoun or names joined by
// "and": "the ministers all urged", "they all agree", "who both back",
// "Li and Ortiz both said". It belongs to the verb group, as annotators
// mostly mark it, not to the speaker.
func (a *attributor) floatAfterSubject(j, lo int) bool {
	p := j - 1
	if p < lo || !a.lowerWord(j) || !a.isWord(p) || !floating(a.tokText(j)) {
		return false
	}
	if a.pluralNoun(p) || a.wordIn(p, relWords) && a.lowerWord(p) || inFold(pluralPronouns[:], a.tokText(p)) {
		return true
	}
	for m := p - 1; m >= lo && m >= p-3 && a.isWord(m); m-- {
		if a.wordIn(m, coordWords) && a.lowerWord(m) {
			return equalFoldASCII(a.tokText(m), "and")
		}
	}
	return false
}

// allBut reports whether token j is the "all" or the "but" of the adverb
// "all but" (almost) right before the verb group ending at c, in lower
// case: "Republicans have all but accused him", "He all but said it". It
// is part of the cue, as annotators mark it, not of the speaker; "all but
// two said" keeps it, a noun phrase before no verb.
func (a *attributor) allBut(j, lo, c int) bool {
	if j < lo || !a.lowerWord(j) {
		return false
	}
	switch {
	case equalFoldASCII(a.tokText(j), "but"):
		return j-1 >= lo && a.lowerWord(j-1) && equalFoldASCII(a.tokText(j-1), "all")
	case equalFoldASCII(a.tokText(j), "all"):
		return j+1 < c && equalFoldASCII(a.tokText(j+1), "but")
	}
	return false
}

// focusWord reports whether token k is one of focusWords ("even", "only",
// "just"), an adverb that may open a noun phrase without being part of it.
func (a *attributor) focusWord(k int) bool {
	return a.entries[a.lexAt(k)].focus
}

// relativeSubject returns the start of a subject that holds a relative
// clause and ends with the noun phrase [s, end) before a cue: "Officials
// who spoke to reporters said", "Residents whose homes flooded say". The
// subject opens the sentence (after leading conjunctions) or, opening with
// a determiner, follows a comma ("While Clinton has condemned it, the
// groups who wrote to her say"), its head is a
// noun phrase before "who" or "whose", and no punctuation stands between
// the relative word and the cue. It returns s when there is none.
func (a *attributor) relativeSubject(s, end, lo int) int {
	r := s - 1
	for r > lo && r > s-16 && a.isWord(r) && !(a.wordIn(r, relWords) && a.lowerWord(r)) {
		r--
	}
	if r <= lo || !a.lowerWord(r) || !(equalFoldASCII(a.tokText(r), "who") || equalFoldASCII(a.tokText(r), "whose")) {
		return s
	}
	if r-1 > lo && equalFoldASCII(a.tokText(r-1), "and") {
		// Two relative clauses: "Another man who worshiped there and who
		// did not want to be named said".
		r2 := r - 2
		for r2 > lo && r2 > r-18 && a.isWord(r2) && !(a.wordIn(r2, relWords) && a.lowerWord(r2)) {
			r2--
		}
		if r2 > lo && a.lowerWord(r2) && equalFoldASCII(a.tokText(r2), a.tokText(r)) {
			r = r2
		}
	}
	s0 := a.npBack(r, lo)
	if s0 >= r || !a.validNP(s0, r) || a.wordIn(s0, spkPronouns) && !a.wordIn(s0, npDeterminers) {
		return s
	}
	k := lo
	for k < s0 && a.wordIn(k, leadWords) {
		k++
	}
	if k != s0 && !(a.isPunct(s0-1, ",") && a.wordIn(s0, npDeterminers) && a.lowerWord(s0)) {
		return s
	}
	return s0
}

// trailingName returns the start of the name of two or more capitalized
// words that ends the phrase [s, end) after a lower-case word, or s.
func (a *attributor) trailingName(s, end int) int {
	k := end - 1
	if a.isPunct(k, ")") {
		for k > s && !a.isPunct(k, "(") {
			k--
		}
		k--
	}
	n := 0
	for k > s && (a.capitalized(k) || a.isPunct(k, ".") && a.capitalized(k-1)) {
		if a.isWord(k) {
			n++
		}
		k--
	}
	if n < 2 || k <= s || !a.lowerWord(k) || a.wordIn(k, npInner) || !a.validNP(k+1, end) {
		return s
	}
	return k + 1
}

// leadParticiple reports whether token k is the past participle of a cue
// opening a phrase before the subject: "Asked on Monday whether …, Mrs.
// Clinton said", "Pressed by reporters, he …".
func (a *attributor) leadParticiple(k int) bool {
	w := a.tokText(k)
	if !a.capitalized(k) || len(w) < 5 || w[len(w)-2:] != "ed" {
		return false
	}
	for _, e := range a.entries[a.lex[k]].cues {
		if e.form == formPast && e.object {
			return true
		}
	}
	return false
}

// numberSubject returns the start of a share of people ending at end, a
// subject of a poll's finding: "43", "more than 4 in 10", "nearly nine
// out of 10"; end when there is none.
func (a *attributor) numberSubject(end, lo int) int {
	if end-1 < lo || !a.isNumber(end-1) {
		return end
	}
	s := end - 1
	for s-1 >= lo {
		if a.isNumber(s-1) || a.wordIn(s-1, shareWords|numberWords) {
			s--
		} else if s-3 >= lo && equalFoldASCII(a.tokText(s-1), "of") && equalFoldASCII(a.tokText(s-2), "out") &&
			(a.isNumber(s-3) || a.wordIn(s-3, numberWords)) {
			s -= 2 // "nine out of 10"
		} else {
			break
		}
	}
	for s < end-1 && equalFoldASCII(a.tokText(s), "in") {
		s++
	}
	if s-1 >= lo && (a.isPunct(s-1, "'") || a.isPunct(s-1, "\u2019")) && a.toks[s-1].end == a.toks[s].start {
		return end // "the class of '85 said": a year cut short, no share
	}
	if s-1 >= lo && a.wordIn(s-1, npPrepositions) {
		return end // "In 2008 said": a time, not a subject
	}
	if s-1 >= lo && a.wordIn(s-1, npDeterminers) && !a.wordIn(s-1, relWords|thatWords) {
		s-- // "the 43-year-old asked", "all 43 said"
	}
	return s
}

// verbBeforeGerund returns the verb in the past inside the phrase [s, end)
// read before a participle cue c, or -1 when there is none: "Smith fired
// back a response saying …", "The board on Tuesday released a report
// charging …". The phrase is a clause, its subject, a verb and its object
// (a determiner, a possessive or a noun in lower case after the verb, or
// after its particle), and the speaker is the subject before the verb. A
// participle after a noun that dates or places it is no such verb: "a
// poll released Tuesday showing", "a report released by the agency".
func (a *attributor) verbBeforeGerund(s, end, c int) int {
	// A participle's cue opens with a word in -ing (the gerund of
	// inflect; TestGerundCuesEndInIng): its ending, read from the text,
	// spares most cues the call of cueAt.
	if end != c || end-s < 3 || end-s > 12 || !a.lowerWord(c) || !hasSuffixFold(a.tokText(c), "ing") {
		return -1
	}
	if e, _, ok := a.cueAt(c, min(c+4, len(a.toks))); !ok || e.form != formGerund {
		return -1
	}
	if a.wordIn(c-1, functionWords|npPrepositions) {
		return -1 // "took the step of criticizing": the phrase is the cue's
	}
	v0 := s + 1
	if s > 0 && a.isPunct(s-1, ",") && a.lowerWord(s) {
		// The subject ends with the comma before the verb: "The chairman,
		// Ann Li, banged the gavel declaring …" (the caller reads it
		// back from the verb).
		v0 = s
	}
	for v := v0; v < end-1; v++ {
		if !a.pastVerb(v) {
			continue
		}
		if _, _, ok := a.cueAt(v, end); ok {
			// "emailed supporters saying": a cue of its own, whose speaker
			// this phrase holds; a verb that opens only phrases not there
			// is none ("made rounds", "took turns").
			return -1
		}
		o := v + 1
		if a.wordIn(o, particles) && o+1 < end {
			o++ // "fired back a response", "put out a statement"
		}
		if a.wordIn(o, npDeterminers|possessives) || a.lowerWord(o) && !a.wordIn(o, npPrepositions|functionWords|auxWords) {
			return v
		}
	}
	return -1
}

// modifiedSubject returns the start of a sentence's subject whose noun is
// followed by a phrase that ends with the noun phrase [s, end) before the
// cue c: "Democrats trying to regain the Senate say", "Organizers of the
// push to boycott the speech said", "People who have fought online
// threats say", "A study about the upkeep of bridges noted".
// Annotators mark the whole subject. [s, end) follows a preposition, "to"
// or the auxiliary of a relative clause, where no subject starts; the
// subject opens the sentence (after leading conjunctions) with a word that
// is no preposition, pronoun, auxiliary or time ("In Iowa voters said"),
// at most twenty words back, and only words stand between it and the
// cue, with no other cue and no clause of its own. It returns s when
// there is none.
func (a *attributor) modifiedSubject(s, end, c, lo int) int {
	p := s - 1
	if p <= lo || !a.lowerWord(p) || a.wordIn(s, spkPronouns) && (!equalFoldASCII(a.tokText(p), "of") || a.wordIn(s, expletives)) {
		return s // "at which he said": the pronoun is the subject; but "Many of you said"
	}
	// The word before the phrase, asked first: most phrases fail this
	// test, which reads one word, before those of the phrase and the cue.
	switch {
	case a.wordIn(p, npPrepositions|infinitiveTo|cuePrepositions):
	case a.wordIn(p, auxWords) && (a.wordIn(p-1, relWords) || a.wordIn(p-1, thatWords)):
	default:
		return s // not after "that", a complementizer: "told the crowd that he believes"
	}
	if !a.validNP(s, end) {
		return s
	}
	// The cue is a verb with its tense ("say", "found", "have noted"):
	// before a participle or a noun the phrase is no subject ("One
	// advantage to the union in endorsing", "the question nobody asked").
	if !a.lowerWord(c) {
		return s
	}
	if e := a.cueEntriesAt(c); e.form != formPast && e.form != formThird && e.form != formBase {
		return s
	}
	k, _ := a.sentBounds(s)
	for k < s && a.wordIn(k, leadWords) {
		k++
	}
	if k < lo || k >= p || s-k > 20 || !a.isWord(k) || a.wordIn(k, npPrepositions|subordinators|spkPronouns|complementizers|auxWords|timeWords|dayWords) && !a.wordIn(k, npDeterminers) || a.wordIn(k, notSpeakers) {
		return s
	}
	for m := k; m < s; m++ {
		if !a.isWord(m) {
			return s
		}
		if _, _, ok := a.cueAt(m, end); ok {
			return s
		}
		if m == k || !a.lowerWord(m) {
			continue
		}
		// No clause of its own: a conjunction, a pronoun or a verb with
		// its tense ("Clinton was booed when she said", "Trump drew
		// boos as he spoke") ends the search, but for a relative clause
		// ("people who have fought", "a study that appeared in") and a
		// participle before a preposition ("a report issued by").
		rel := a.wordIn(m-1, relWords) || equalFoldASCII(a.tokText(m-1), "that")
		switch {
		case a.wordIn(m, subordinators|coordWords|spkPronouns) && !a.wordIn(m, relWords):
			return s
		case a.wordIn(m, auxWords|cueAux) && !rel:
			return s
		case a.pastVerb(m) && !rel && !(m+1 < s && a.wordIn(m+1, npPrepositions)):
			return s
		}
	}
	return k
}

// holdsRelative reports whether [s, e) holds a relative clause after its
// first word: an appositive whose closing comma is missing ("X, the guru
// who founded Y tweeted") rather than the subject of an interruption
// ("Mrs. Clinton, the analysts said, has …"). A relative pronoun alone is
// the speaker itself: "X, who voted against it".
func (a *attributor) holdsRelative(s, e int) bool {
	for k := s + 1; k < e; k++ {
		if a.wordIn(k, relWords) {
			return true
		}
	}
	return false
}

// subjectOpens reports whether token k may open the subject of a
// clause: a determiner or a possessive in lower case, a subject pronoun
// or a capitalized word.
func (a *attributor) subjectOpens(k int) bool {
	return a.lowerWord(k) && (a.wordIn(k, npDeterminers|possessives) || a.wordIn(k, spkPronouns) && !a.wordIn(k, relWords)) || a.capitalized(k)
}

// pastAfterNoun reports whether a verb in the past follows a word in
// [k, end) that is no determiner, preposition or function word: "and
// the council sued the landlord". It reads at most eight words.
func (a *attributor) pastAfterNoun(k, end int) bool {
	for n := k; n < end && n < k+8; n++ {
		if a.pastVerb(n) && a.isWord(n-1) && !a.wordIn(n-1, npDeterminers|npPrepositions|functionWords|possessives) {
			return true
		}
	}
	return false
}

// finiteAfter reports whether a finite auxiliary in lower case ("has",
// "was", "will") stands in [k, end), before any relative word or "that":
// the words there make a clause ("and the council has sued").
func (a *attributor) finiteAfter(k, end int) bool {
	for n := k; n < end && !a.wordIn(n, relWords|thatWords); n++ {
		if a.lowerWord(n) && a.wordIn(n, finiteAux) {
			return true
		}
	}
	return false
}

// setOff reads a speaker whose name is followed by a phrase set off by
// commas, ending at token end (its closing comma is at end): "Abel Crane,
// Reyes' senior press adviser," "Halloran, who has clashed with Varga
// often," "Federal officials familiar with it, speaking on condition
// of anonymity,". An appositive belongs to the speaker span with its comma;
// a relative or participial clause does not. A clause with a pronoun for
// its subject is no appositive and makes no speaker: "Two days later, he
// echoed the charge, saying …" (the caller finds "he" another way).
func (a *attributor) setOff(end, lo int) (int, int) {
	m := end - 1
	for m >= lo && m > end-30 && !a.isPunct(m, ",") {
		if a.toks[m].kind == tQuote && !a.termBetweenWords(m) || a.isPunct(m, ";") || a.isPunct(m, ":") || a.isPunct(m, ".") && !a.isWord(m-1) {
			return 0, 0 // (a term between words is one: "wearing “Vote Lee” pins,")
		}
		m--
	}
	if m < lo || !a.isPunct(m, ",") || m+1 >= end {
		return 0, 0
	}
	if p := a.placeComma(m, end, lo); p < m {
		m = p // "Dean Ruiz, a salesman from Sumter, South Carolina,"
	}
	s := a.npBack(m, lo)
	if s >= m || !a.validNP(s, m) || a.verbSubject(s, m, false) > s {
		return 0, 0 // "Ann Li gave it a try, though, tweeting": a clause (the caller finds its subject)
	}
	if s-2 >= lo && a.lowerWord(s-1) && a.wordIn(s-1, npPrepositions) && !a.wordIn(s-1, subordinators) && a.isPunct(s-2, ",") {
		// "The envoy, for his part, thanked Velmora, saying …": the noun
		// of a phrase set off after the subject is no subject of the
		// verb after it (the caller finds the sentence's).
		return 0, 0
	}
	// The state of a place in an appositive is no phrase of its own: "Ann
	// Reyes, a nurse from Tulsa, Okla., who …," reads back from "Okla."
	// to the appositive the place is in (not to a clause: "Ann Reyes sat
	// at her desk in Tulsa, Okla., and, …").
	if s-2 > lo && a.isPunct(s-1, ",") {
		if p := a.placeComma(s-1, m, lo); p < s-2 && a.verbSubject(p+1, s-1, false) <= p+1 {
			s = p + 1
		}
	}
	// A name before an appositive that holds a comma: "Ana Ruiz, a
	// pollster who works with Civic Data, a research group,", "Gideon
	// Marsh, chief executive of Tidewell, a Portland software firm,",
	// "Elmer Quist, 61, who lives outside Duluth,".
	// Two of them: "Ann Reyes, 59, of Tulsa, Okla., who …,". A party and
	// state is one too: "Sen. Ann Reyes, R-Okla., a critic of the plan,".
	named := s // the phrase before the comma, when no name is read before it
	for n := 0; n < 2 && s-1 > lo && a.isPunct(s-1, ",") && (!a.capitalized(s) || a.isNumber(s) || a.partyTag(s) || a.officeTitle(s, m)); n++ {
		s2 := a.npBack(s-1, lo)
		if !(s2 < s-1 && a.properName(s2, s-1) && !a.openingAdverb(s2, s-1) && !a.wordIn(s2, npPrepositions) && !a.prepObject(s2, lo)) {
			break
		}
		s = s2
	}
	// A name after a description in lower case ("retired teacher Ann
	// Roe, 71,") opens the sentence, follows a quotation ("“…,” retired
	// teacher Ann Roe, 71, said") or a comma.
	desc := a.describedName(s, m) && (a.sentenceSubject(s) || a.afterQuote(s) || s > lo && a.isPunct(s-1, ","))
	if !(a.capitalized(s) || desc || a.wordIn(s, npDeterminers) || a.lowerWord(s) && a.sentenceSubject(s)) {
		return 0, 0
	}
	if n, ne := a.relativeOwner(s, lo); n < ne {
		return n, ne // "Ms. Gil, whose firm, Harbor Works, builds boats, said": Ms. Gil
	}
	// "Even" before the name is not part of it: "Even Ann Li, a longtime
	// ally, said". ("Just" and "only" stay: "Just over half, 49%, said".)
	if s+1 < m && equalFoldASCII(a.tokText(s), "even") {
		s++
	}
	// A role set off before the name that opens the sentence is the
	// speaker's too: "His daughter, Ann, who runs a bakery,".
	r := a.leadRole(s, lo, desc)
	if k := m + 1; a.wordIn(k, coordWords) && a.lowerWord(k) && (a.finiteAfter(k+1, end) || a.subjectOpens(k+1) && a.pastAfterNoun(k+2, end)) {
		// "The tenants moved out in May, and the council has sued the
		// landlord, saying …", "He backed her when the mayor came under
		// fire, and has not said why, stating …": a clause or a verb
		// phrase joined by "and" or "but", with a finite auxiliary, or
		// with its subject and a verb in the past, is no phrase set off
		// (the caller finds its subject another way). A verb in the past
		// with no subject before it continues a relative clause: "Beck,
		// who backed Cruz, and openly opposed Trump, said".
		return 0, 0
	}
	switch k := m + 1; {
	case a.wordIn(k, spkPronouns) && !a.wordIn(k, relWords|expletives) && a.lowerWord(k):
		return 0, 0 // "Two days later, he echoed the charge,": a clause with its subject, no appositive
	case a.wordIn(k, coordWords) && a.lowerWord(k) && a.subjectFirst(k+1) && a.finiteIn(k+2, end):
		// "The tenants left, and the council has sued the landlord,": a
		// second clause with its own subject, no appositive (but a second
		// predicate is: "A memo drafted in May, and obtained by AP,").
		return 0, 0
	case a.wordIn(k, relWords) && a.lowerWord(k) && a.eventRelative(k+1, end):
		return r, m // "Ortiz, who said he would vote no,"
	case a.wordIn(k, relWords) && a.lowerWord(k):
		return r, end + 1 // "Chris Cox, who runs the lobbying arm,"
	case a.placeFrom(k, end):
		return r, end + 1 // "Ann Roe, 62, from Leeds,": where she is from is an appositive
	case (a.gerund(k) || a.lowerWord(k) && a.pastOrPresent(k) && !a.pluralNoun(k)) && s-1 > lo && a.lowerWord(s-1) && a.wordIn(s-1, auxWords):
		// "Khan, who is Muslim, decried the ban,": the phrase after an
		// auxiliary is the predicate of a clause that ends at the comma,
		// no subject of the verb after it (the caller finds the subject).
		return 0, 0
	case a.gerund(k) || a.lowerWord(k) && a.pastOrPresent(k) && !a.pluralNoun(k) || a.adverb(k) && k+2 < end && a.lowerWord(k+1) && (a.wordIn(k+1, finiteAux) || a.pastOrPresent(k+1) || a.pastVerb(k+1)) && !a.wordIn(k+2, npPrepositions) && (r < s || a.sentenceSubject(s)) ||
		a.lowerWord(k) && a.wordIn(k, npPrepositions|leadWords) || k+1 == end && a.lowerWord(k) && a.wordIn(k, subordinators):
		if r < s {
			return r, m + 1 // the comma closes the name set off after the role: "His son, Tom, wrote …,"
		}
		if s < named && a.lowerWord(k) && !a.gerund(k) && (a.pastOrPresent(k) || a.pastVerb(k)) && !a.pluralNoun(k) {
			return s, m + 1 // the comma closes the name's appositive: "Li, the chairman, banged the gavel,"
		}
		return s, m // "McCain, who …," / "officials, speaking …," / "Ann Li, quietly left the room," / "the government, for instance," / "Smith, though,"
	case a.wordIn(k, npDeterminers) || a.isNumber(k) || a.lowerWord(k) || a.possessiveName(k):
		if a.finiteAfter(k+1, end) {
			return 0, 0 // "…, even a top strategist said Clinton will …,": a clause, no appositive
		}
		return r, end + 1 // "Abel Crane, Reyes' senior press adviser,"
	}
	return 0, 0
}

// officeTitle reports whether the capitalised phrase [s, e) is a title
// and its office, a role word and a link word in lower case ("Minister
// of State for Trade", "Secretary to the Cabinet"): an appositive, as
// agency and Gulf copy set it after a name ("Omar Rumi, Minister of State
// for Trade, for his part, said"), not a title before a name ("President
// Ann Lee").
func (a *attributor) officeTitle(s, e int) bool {
	if s+2 >= e || !a.lowerWord(s+1) {
		return false
	}
	switch a.tokText(s + 1) {
	case "of", "for", "to":
	default:
		return false
	}
	return a.roleFold(s)
}

// afterQuote reports whether token s follows a quotation in its
// sentence: the subject of "“…,” X said" opens no sentence.
func (a *attributor) afterQuote(s int) bool {
	return s > 0 && a.toks[s-1].kind == tQuote && a.toks[s-1].para == a.toks[s].para
}

// describedName reports whether [s, e) is a name after a description of
// the person in lower case, as features and British papers write it
// ("retired teacher Ann Roe", "local baker Tom Li"): a few lower-case
// words that are no function words or gerunds ("including the Post" is
// no description), then capitalized ones.
func (a *attributor) describedName(s, e int) bool {
	if e-s < 2 || e-s > 6 || !a.lowerWord(s) {
		return false
	}
	k := e - 1
	for k > s && a.capitalized(k) {
		k--
	}
	if k == e-1 {
		return false
	}
	for m := s; m <= k; m++ {
		if !a.lowerWord(m) || a.gerund(m) || a.wordIn(m, functionWords|auxWords|npPrepositions|spkPronouns|relWords|coordWords|npDeterminers) {
			return false
		}
	}
	return true
}

// placeFrom reports whether the phrase [k, end) set off after a name
// says where the person is from: "from" and a place, capitalized words
// (with the periods of abbreviations and a comma before a state: "from
// Leeds", "from St. Ives, Cornwall"), no day or month ("from Monday" is
// no place). British papers write it after a name and an age; the
// phrase is the name's appositive, not an aside of the sentence ("the
// mayor, for instance,").
func (a *attributor) placeFrom(k, end int) bool {
	if end-k < 2 || end-k > 8 || !a.lowerWord(k) || !equalFoldASCII(a.tokText(k), "from") {
		return false
	}
	for m := k + 1; m < end; m++ {
		switch {
		case a.capitalized(m) && !a.wordIn(m, timeWords|dayWords):
		case a.isPunct(m, ".") && a.capitalized(m-1) && a.toks[m-1].end == a.toks[m].start:
		case a.isPunct(m, ",") && m > k+1 && m+1 < end && a.capitalized(m+1):
		default:
			return false
		}
	}
	return true
}

// leadRole returns the start of a role set off by a comma before the
// name at s, when the role opens the sentence with a determiner or a
// possessor and ends with a common noun: "His daughter, Ann, who runs a
// bakery, said", "The party chairman, Tom Li, 61, said", "the mayor's
// aide, Ann Li, a lawyer, said". Annotators mark the role, the name and
// what follows as one speaker. It returns s otherwise ("In May, Ann Li,
// …", "Last week, Ann Li, …": no role).
func (a *attributor) leadRole(s, lo int, desc bool) int {
	if s-2 < lo || !a.isPunct(s-1, ",") || !a.capitalized(s) && !desc || a.wordIn(s, npDeterminers|spkPronouns) || !a.lowerWord(s-2) || a.wordIn(s-2, timeWords|functionWords) {
		return s
	}
	r := a.npBack(s-1, lo)
	if r >= s-2 || !a.sentenceSubject(r) && !a.afterQuote(r) || !(a.wordIn(r, npDeterminers|possessives) && !a.wordIn(r, spkPronouns|relWords) || a.possessiveWord(r)) || !a.validNP(r, s-1) {
		return s
	}
	for k := r + 1; k < s-1; k++ {
		if !a.isWord(k) && !a.isPunct(k, "'s") && !a.isPunct(k, "’s") || a.lowerWord(k) && (a.pastVerb(k) || a.gerund(k) || a.wordIn(k, timeWords)) {
			return s
		}
	}
	return r
}

// subjectFirst reports whether word k may open a subject: it is no verb,
// auxiliary or adverb ("and has also not answered", "and virulently
// opposed" go on with the same subject).
func (a *attributor) subjectFirst(k int) bool {
	return a.isWord(k) && !a.verbAt(k) && !a.pastVerb(k) && !a.gerund(k) && !a.adverb(k) && !a.wordIn(k, auxWords)
}

// finiteIn reports whether a finite verb in lower case (an auxiliary, a
// verb in the past or the third person) stands in [k, end): the words
// after a conjunction make a clause ("and the council has sued …"), not
// a second noun ("and his lawyer"). The phrases it reads are set off by
// commas, at most 30 tokens.
func (a *attributor) finiteIn(k, end int) bool {
	for ; k < end; k++ {
		if a.isWord(k) && a.verbAt(k) {
			return true
		}
	}
	return false
}

// sentenceSubject reports whether token s opens its sentence, after
// leading conjunctions ("But numerous veterans …").
func (a *attributor) sentenceSubject(s int) bool {
	lo, _ := a.sentBounds(s)
	k := lo
	for k < s && a.wordIn(k, leadWords) {
		k++
	}
	return k == s
}

// possessiveName reports whether token k is a name followed by a
// possessive mark: "Sanders' senior adviser", "Obama’s spokesman".
func (a *attributor) possessiveName(k int) bool {
	if !a.capitalized(k) {
		return false
	}
	w := a.tokText(k)
	return len(w) > 2 && (w[len(w)-2:] == "'s" || len(w) > 4 && w[len(w)-4:] == "\u2019s") || a.isPunct(k+1, "'") || a.isPunct(k+1, "\u2019")
}

// possessiveWord reports whether token k is a word with a possessive
// "'s" that is not a contraction of a pronoun ("he's", "that’s"): "Mr.
// Trump's remarks", "Editor’s note", "the company's report".
func (a *attributor) possessiveWord(k int) bool {
	if !a.isWord(k) {
		return false
	}
	// Both endings end in "s", which most words do not: the last byte is
	// read first, before the length (as good as random from one word to
	// the next) is asked and the text is cut.
	if t := &a.toks[k]; a.text[t.end-1] != 's' || t.end-t.start <= 2 {
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

// appositive reports whether [s, e) reads as an appositive or a relative
// clause after a name: "a doctor", "57", "the group's president", "who
// chairs the panel".
func (a *attributor) appositive(s, e int) bool {
	switch {
	case a.wordIn(s, spkPronouns) && !a.wordIn(s, relWords):
		return false
	case a.wordIn(s, relWords) || a.isNumber(s):
		return true
	case a.wordIn(s, npDeterminers):
		return s+1 < e && a.lowerWord(s+1)
	}
	return a.lowerWord(s) && e-s <= 5
}

// properName reports whether [s, e) is a run of capitalized words (with
// inner particles and abbreviation periods), not opened by a preposition.
func (a *attributor) properName(s, e int) bool {
	if s >= e || !a.capitalized(s) || a.wordIn(s, npPrepositions) || a.wordIn(s, leadWords) {
		return false
	}
	// A parenthetical after the name is no part of it: "Hameed Bala
	// (retd.)", "Ann Okafor (SAN)".
	if e-3 > s && a.isPunct(e-1, ")") {
		for m := e - 2; m > s && m >= e-5; m-- {
			if a.isPunct(m, "(") {
				e = m
				break
			}
		}
	}
	for k := s; k < e; k++ {
		if a.isWord(k) && !a.capitalized(k) && !a.wordIn(k, npInner) {
			return false
		}
	}
	return true
}

// npBack returns the start of the noun phrase ending at token end (exclusive).
func (a *attributor) npBack(end, lo int) int {
	j := end - 1
	n := 0
	for j >= lo && n < 12 {
		t := &a.toks[j]
		if t.kind == tWord {
			// Only a boundary word may end the phrase or be one of the
			// exceptions below: any other word joins it, with one test of
			// its class (its case and length, as good as random from one
			// word to the next, are not asked).
			if !a.wordIn(j, boundaryWords) {
				j--
				n++
				continue
			}
			// "to", "but" and "than" are boundary words of two to four
			// letters: the text is cut only for words of those lengths.
			if l := t.end - t.start; j > lo && l >= 2 && l <= 4 {
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
			if a.lowerWord(j) &&
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
	for s < end && (a.wordIn(s, leadWords|boundaryWords) ||
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

// nickname reports whether quotation token k is a nickname inside a name:
// a word or two in marks between two capitalised words, "Dwayne “Buck”
// Harlan".
func (a *attributor) nickname(k int) bool {
	if k < 1 || k+1 >= len(a.toks) || a.toks[k].kind != tQuote || !a.capitalized(k-1) || !a.capitalized(k+1) || a.toks[k-1].sent != a.toks[k+1].sent {
		return false
	}
	return a.qStartsUpper(k) && a.termQuote(k)
}

// approximately reports whether token k opens a quantity: "About four in
// 10 voters", "at least a dozen members", "nearly half", "only 40
// percent", "not everyone".
func (a *attributor) approximately(k int) bool {
	if a.atLeast(k) {
		return true
	}
	if !a.isNumber(k+1) && !a.wordIn(k+1, numberWords|quantifiers) && !a.fractionAt(k+1) {
		return false
	}
	w := a.tokText(k)
	return equalFoldASCII(w, "about") || quantityAdverb(w)
}

// fractionAt reports whether a fraction opens at token k: a word that
// ends with one of fractionWords after a hyphen ("two-thirds"), or "a" or
// "one" before one ("a third").
func (a *attributor) fractionAt(k int) bool {
	if !a.isWord(k) {
		return false
	}
	w := a.tokText(k)
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		return fractionWord(w[i+1:])
	}
	return (equalFoldASCII(w, "a") || equalFoldASCII(w, "one")) && a.isWord(k+1) && fractionWord(a.tokText(k+1))
}

// demonstrative reports whether "That" or "This" opening the sentence at s,
// or "this", "these" or "those" anywhere, is the determiner of a noun
// phrase ending at end: "That person said", "This official said", "“…,”
// this source told the Post", "this Ruiz look-alike declared" (a name
// may modify the noun in lower case that ends the phrase).
func (a *attributor) demonstrative(s, end int) bool {
	if end-s < 2 || !a.wordIn(s, npDeterminers) || !a.wordIn(s, boundaryWords|notSpeakers) {
		return false
	}
	if w := a.tokText(s); a.lowerWord(s) {
		if w != "this" && w != "these" && w != "those" {
			return false // "that" may open a clause: "… that voters said"
		}
	} else if lo, _ := a.sentBounds(s); lo != s {
		return false
	}
	for k := s + 1; k < end; k++ {
		if k < end-1 && a.capitalized(k) && a.lowerWord(end-1) {
			continue // a name that modifies the noun: "this Ruiz look-alike", "this Ohio senator"
		}
		if !a.lowerWord(k) || a.wordIn(k, functionWords|auxWords|timeWords) {
			return false
		}
	}
	return true
}

// openingAdverb reports whether tokens [s, e) are one adverb opening the
// sentence ("Significantly, the judge said"), capitalized only because it
// comes first: not a name with an appositive after it.
func (a *attributor) openingAdverb(s, e int) bool {
	if e-s != 1 || !a.isWord(s) {
		return false
	}
	if lo, _ := a.sentBounds(s); lo != s {
		return false
	}
	w := a.tokText(s)
	// A word of time too: "Earlier, the ministry said", "Monday, the
	// envoy told".
	return a.wordIn(s, leadWords|timeWords|dayWords) || len(w) > 4 && strings.HasSuffix(w, "ly") && !a.wordIn(s, notAdverbs)
}

// prepObject reports whether the name at s follows a preposition after
// lo: it is the object of a phrase of time, place or circumstance ("On
// Monday, the ministry, citing …, said", "In Boston, the mayor, a
// lawyer, said"), not a name that a phrase set off by commas after it
// describes.
func (a *attributor) prepObject(s, lo int) bool {
	return s-1 >= lo && a.wordIn(s-1, npPrepositions) && a.isWord(s-1)
}

// longTitle returns where a noun phrase read back to token j, at npBack's
// limit, starts instead when it is a long title before a name, as
// agencies write them: capitalised words and the joints between them
// ("of", "the", "for", "and") back to a role word that opens the chain
// ("Head of the Press Service of the Ministry of Emergency Situations
// Orhan Tali", "Deputy Chairman of the Board of the State Oil Company
// Rafiq Aliyev"). Without such a role word it returns j: a long run of
// capitalised words is no speaker by that alone. It reads at most
// maxTitleExtra tokens more.
func (a *attributor) longTitle(j, lo int) int {
	start := -1
	for k, n := j, 0; k >= lo && n < maxTitleExtra; k, n = k-1, n+1 {
		switch {
		case a.capitalized(k):
			if a.roleFold(k) {
				start = k
			}
			continue
		case a.lowerWord(k) && a.wordIn(k, npInner) && k+1 <= j+1 && (a.capitalized(k+1) || a.lowerWord(k+1) && a.wordIn(k+1, npInner)):
			continue
		}
		break
	}
	if start < 0 || start > 0 && start-1 >= lo && a.capitalized(start-1) {
		return j
	}
	return start - 1
}

// maxTitleExtra bounds the tokens longTitle reads past npBack's limit.
const maxTitleExtra = 10

// titleJoints counts the words of [s, e) that join the parts of a long
// title, "of" and "the" before a capitalised word: "Head of the Press
// Service of the Ministry of Emergency Situations Orhan Tali" holds 13
// words, 3 of them joints. A phrase that does not open with a role word,
// or of more than twice the longest a speaker may be, has none.
func (a *attributor) titleJoints(s, e int) int {
	if e-s > 24 || !a.capitalized(s) {
		return 0
	}
	if !a.roleFold(s) {
		return 0 // a long title opens with its role (longTitle)
	}
	n := 0
	for k := s; k+1 < e; k++ {
		if a.lowerWord(k) && a.wordIn(k, npInner) && a.capitalized(k+1) {
			n++
		}
	}
	return n
}

// validNP reports whether tokens [s, e) can be a speaker.
func (a *attributor) validNP(s, e int) bool {
	if s >= e || e-s > 12 && e-s-a.parenLen(s, e) > 5 && e-s-a.titleJoints(s, e) > 12 {
		return false // but a short name with a long parenthesis, or a long title
	}
	if a.wordIn(e-1, functionWords) && !a.wordIn(e-1, spkPronouns) {
		return false
	}
	if e-s == 1 {
		if a.wordIn(s, spkPronouns) {
			return true
		}
		if a.wordIn(s, notSpeakers) {
			return false
		}
		if a.lowerWord(s) {
			// A role without a determiner, as headlines write it:
			// "Investment, official says, helped …".
			if a.roleFold(s) {
				return true
			}
		}
		return a.capitalized(s) || a.pluralNoun(s) || a.wordIn(s, quantifiers)
	}
	if a.wordIn(s, notSpeakers) && !a.demonstrative(s, e) {
		return false
	}
	// A noun phrase holds no verb: "the party launched its initiative
	// against the plan" before "proposed" is a clause, not a speaker.
	depth := 0 // a parenthesis may hold a clause: "Kasich (who has 25 delegates)"
	for k := s + 1; k < e; k++ {
		switch {
		case a.isPunct(k, "("):
			depth++
		case a.isPunct(k, ")"):
			depth--
		case depth <= 0 && a.wordIn(k, finiteAux) && a.lowerWord(k):
			return false
		}
	}
	return a.capitalized(s) || a.wordIn(s, npDeterminers) || a.isNumber(s) || a.lowerWord(s)
}

// pastVerbIn reports whether a verb in the past stands in [k, end).
func (a *attributor) pastVerbIn(k, end int) bool {
	for ; k < end; k++ {
		if a.pastVerb(k) {
			return true
		}
	}
	return false
}

// verbSubject returns the end of the subject when the words [s, end)
// before a cue (gerundCue: a gerund) are a clause, not a noun phrase: a name (capitalized words,
// no determiner) or a subject pronoun, then a verb in the past (past an
// adverb) and its object, or the verb last. The cue is then a noun or a
// verb after the clause's verb, and the speaker is its subject: "Marsh
// made an unexpected plea for", "She even dropped a few hints of", "Bloomberg
// started publishing". It returns s otherwise. A participle after the name
// before a preposition or a time modifies it ("People briefed on the
// talks", "a Gallup Poll released Sunday"), and so does one before a
// plain noun ("Democratic registered voters"); after a plural the verb
// last is one too ("Americans polled said"). The words end with a noun
// or the verb: before a preposition or a determiner the cue is a noun of
// the object ("fired off a string of posts mocking"), and a gerund after
// the object modifies it, except just after the verb ("started raising").
// A noun phrase opened by a determiner or a possessive is a subject too
// when a verb in the past and an object opened by a determiner follow its
// noun, not before a gerund cue ("The coach changed his story …,
// stating": the coach).
func (a *attributor) verbSubject(s, end int, gerundCue bool) int {
	// (The name's run and roles are read only when a verb in the past
	// follows somewhere: most spans have none, and the roles cost.)
	if a.wordIn(end-1, functionWords) {
		return s
	}
	k := s + 1
	pronoun := a.wordIn(s, spkPronouns) && !a.wordIn(s, relWords)
	if !pronoun && !gerundCue && a.wordIn(s, npDeterminers|possessives) && !a.wordIn(s, quantifiers|numberWords|relWords|thatWords) && a.pastVerbIn(s+2, end) {
		// A noun phrase and a verb in the past with its object, opened by
		// a determiner, are a clause too: "His campaign sued the party",
		// "The bishop sent a message" (but "A poll released the day
		// before": a participle and a time).
		n := a.nounRun(s, end)
		if n+2 < end && a.pastVerb(n) && a.wordIn(n+1, npDeterminers|possessives) && !a.wordIn(n+1, relWords|thatWords) && !a.wordIn(n+2, timeWords|dayWords) {
			return n
		}
		return s
	}
	if !pronoun {
		if !a.capitalized(s) || a.wordIn(s, npDeterminers|quantifiers|numberWords) || !a.pastVerbIn(s+1, end) {
			return s
		}
		k = a.nameRun(s, end)
		for r := 0; r < 2; r++ {
			m := a.subjectRole(k, end)
			if m == k {
				break
			}
			k = a.nameRun(m, end) // "Clinton campaign spokesman Brian Fallon"
		}
	}
	v := k
	if k+1 < end && (a.adverb(k) || a.focusWord(k)) {
		k++
	}
	// After a pronoun a word of the shape of the third person is its verb
	// ("he now entertains detailed questions"); after a name it may be a
	// plural noun ("Sanders supporters").
	if k >= end || !a.pastVerb(k) && !(pronoun && a.lowerWord(k) && a.pastOrPresent(k)) {
		return s
	}
	if k+1 == end {
		if w := a.tokText(k - 1); len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
			return s
		}
		return v
	}
	if gerundCue {
		return s
	}
	if a.wordIn(k+1, npDeterminers|possessives|objPronouns) && !a.wordIn(k+1, relWords|thatWords) || a.capitalized(k+1) {
		return v
	}
	return s
}

func (a *attributor) pluralNoun(k int) bool {
	if !a.isWord(k) {
		return false
	}
	// The ending, read from the text (not cut from it), is tested first:
	// most words do not end in "s", where their length is as good as
	// random.
	t := &a.toks[k]
	if a.text[t.end-1] != 's' || t.end-t.start <= 3 {
		return false
	}
	c := a.text[t.end-2]
	return c != 's' && c != 'u' && c != 'i' && a.lowerWord(k) && !a.wordIn(k, notPlurals)
}

func (a *attributor) isNumber(k int) bool {
	if !a.isWord(k) {
		return false
	}
	c := a.text[a.toks[k].start]
	return '0' <= c && c <= '9'
}

// isYear reports whether token k is a year of four digits, 1900 to 2099:
// "said in 2010 that …".
func (a *attributor) isYear(k int) bool {
	return a.isWord(k) && isYearWord(a.tokText(k))
}

// adverb reports whether token k is a lower-case word of more than four
// bytes ending in "ly", but not one of notAdverbs. The ending, read from
// the text (not cut from it), is tested first: seldom true, it is a
// branch well predicted, where the case and the length are as good as
// random from one word to the next.
func (a *attributor) adverb(k int) bool {
	if uint(k) >= uint(len(a.toks)) {
		return false
	}
	t := &a.toks[k]
	e := int(t.end)
	return e >= 2 && a.text[e-2:e] == "ly" && t.lead&leadLower != 0 && t.end-t.start > 4 && !a.wordIn(k, notAdverbs)
}

// sourceAfter reads the source after "according to": the words up to the
// next comma or the end of the content, at most 20 tokens, opened by a
// determiner, a name, a pronoun or a noun ("the exit polls in New
// Hampshire", "spokesman Todd Mesek", "state corporate records", "him").
func (a *attributor) sourceAfter(k, last int) (int, int, bool) {
	if k >= last || !a.isWord(k) || a.wordIn(k, complementizers) && !a.wordIn(k, npDeterminers) {
		return 0, 0, false
	}
	if a.wordIn(k, spkPronouns) || a.wordIn(k, objPronouns) && !(a.wordIn(k, possessives) && (a.isWord(k+1) || k+1 < last && a.toks[k+1].kind == tQuote)) {
		return k, k + 1, true // "according to him", but "according to her plan"
	}
	e, depth := k, 0
	for e < last && e < k+20 && !a.isPunct(e, ",") && !a.isPunct(e, ";") && (a.toks[e].kind != tQuote || e > k && a.termQuote(e)) {
		// A closing parenthesis with none opened in the source closes
		// the parenthesis the phrase stands in: "The plan (“a bold
		// idea,” according to the mayor) would cost …".
		// A dash, or a parenthesis opened by a word in lower case, sets
		// off an aside that goes on with the content, not the source:
		// "according to the survey - the third this year - most …",
		// "according to exit polls (a wide margin)". A name's
		// parenthesis ("the union (AFT)") stays.
		if e > k && (a.isDash(e) || a.isPunct(e, "(") && e+1 < last && a.lowerWord(e+1)) {
			break
		}
		if a.isPunct(e, "(") {
			depth++
		} else if a.isPunct(e, ")") {
			if depth == 0 {
				break
			}
			depth--
		}
		e++ // a title or a word in marks belongs to the source: "her “clawback” plan"
	}
	if e == k+20 && e < last && !a.isPunct(e, ",") {
		return 0, 0, false
	}
	for e > k && a.toks[e-1].kind == tPunct && !a.isPunct(e-1, ")") {
		e--
	}
	return k, e, e > k
}

// sourceToEnd extends a source after "according to" that ends at a
// comma (token e) over the appositive or relative clause that closes the
// sentence, as annotators mark it: "…, according to the Civic Fund, a
// group that tracks donors.", "…, according to Ann Li, who ran the
// count." The phrase runs to hi (the end of the content) in one part or
// two ("…, director of the center, which ran the poll."), each opened as
// appositiveOpens says, of at most 30 tokens, with no cue and no
// quotation. It returns e when there is none.
func (a *attributor) sourceToEnd(e, hi int) int {
	if n := a.nameToEnd(e, hi); n > e {
		return n // "…, according to the network operator, Western Grid."
	}
	if !a.appositiveOpens(e, hi) {
		return e
	}
	if n := a.phraseToEnd(e+1, hi, 30); n > e+1 {
		return n
	}
	m := e + 1
	for m < hi && m < e+31 && a.isWord(m) {
		m++
	}
	if a.appositiveOpens(m, hi) {
		if n := a.phraseToEnd(m+1, hi, 30); n > m+1 {
			return n
		}
	}
	return e
}

// nameToEnd returns hi when token e is a comma followed by nothing but a
// name of at most five capitalised words up to hi, the name of the
// source described before it ("…, according to the operator, Western
// Grid."), else e.
func (a *attributor) nameToEnd(e, hi int) int {
	if !a.isPunct(e, ",") {
		return e
	}
	m := e + 1
	for m < hi && m <= e+5 && a.isWord(m) && a.capitalized(m) {
		m++
	}
	if m == hi && m > e+1 {
		return hi
	}
	return e
}

// appositiveOpens reports whether token e is a comma followed by a word
// that opens an appositive or a relative clause, and no clause: a
// relative pronoun, "a" or "an", a number, or a word in lower case that
// is no function word, boundary word, gerund or verb ("director of …"),
// with no finite auxiliary or verb in the past before a relative pronoun
// ("…, some are swinging", "…, a network censured his report" are
// clauses). "The" is left out: "…, the troops left" is as
// likely a clause.
func (a *attributor) appositiveOpens(e, hi int) bool {
	k := e + 1
	if k >= hi || !a.isPunct(e, ",") {
		return false
	}
	switch {
	case !a.lowerWord(k):
		if !a.isNumber(k) {
			return false
		}
	case a.wordIn(k, relWords):
		return true
	case a.wordIn(k, npDeterminers):
		if w := a.tokText(k); w != "a" && w != "an" {
			return false
		}
	case a.wordIn(k, functionWords|boundaryWords|auxWords) || a.gerund(k) || a.pastVerb(k):
		return false
	}
	for n := k + 1; n < hi && n < k+30 && !a.wordIn(n, relWords|thatWords); n++ {
		if a.lowerWord(n) && (a.wordIn(n, finiteAux) || a.pastVerb(n)) {
			return false
		}
	}
	return true
}

// parenLen returns how many tokens of [s, e) stand inside parentheses:
// "Sen. Tomas Varga (an Oregon Democrat so youthful he is often
// taken for an intern)" is a name of three words.
func (a *attributor) parenLen(s, e int) int {
	n, depth := 0, 0
	for k := s; k < e; k++ {
		switch {
		case a.isPunct(k, "("):
			depth++
		case a.isPunct(k, ")"):
			if depth > 0 {
				depth--
				n++
			}
		}
		if depth > 0 {
			n++
		}
	}
	return n
}

// termQuote reports whether quotation token k names something rather than
// quotes someone: a title in capitals (“The Fixers”) or two words at
// most ("“clawback”"), ending with no punctuation of its own.
func (a *attributor) termQuote(k int) bool {
	q := a.qs[a.toks[k].q]
	t := a.text[q.start:q.end]
	if t == "" || strings.ContainsAny(t[len(t)-1:], ",.!?") {
		return false
	}
	return a.titleQuote(k) || countFields(t, 3) <= 2
}

// rightNPCore finds the speaker after a cue: "said Mary Kay Henry", "said
// the spokesman", "said he". It returns [s, e).
func (a *attributor) rightNPCore(k, hi int) (int, int) {
	s := k
	j := k
	if j < hi && (a.wordIn(j, spkPronouns) || a.wordIn(j, objPronouns) && a.lowerWord(j) && !a.possessiveBefore(j, hi)) {
		return j, j + 1 // "said he", "according to him"
	}
	// A number opens a noun phrase as a determiner does: "by 64 percent
	// of the electorate", "according to 40 voters" (but not a year).
	det := j < hi && (a.wordIn(j, npDeterminers) || a.isNumber(j) && !a.isYear(j))
	if !det && !a.capitalized(j) {
		// A role in lower case before a name: "said conservative
		// activist Bob Klaus", "said former bank executive Mona Pratt".
		m := j
		for m < hi && m < j+6 && a.lowerWord(m) && (!a.wordIn(m, functionWords|boundaryWords|npPrepositions|auxWords) || m > j && (equalFoldASCII(a.tokText(m), "and") || equalFoldASCII(a.tokText(m), "of") && a.lowerWord(m+1)) && a.isWord(m+1)) && !a.gerund(m) {
			if _, _, ok := a.cueAt(m, hi); ok {
				break
			}
			m++
		}
		// A number is no name ("said crews treated 12 people": a clause).
		if m == j || !a.capitalized(m) || a.isNumber(m) || a.wordIn(m, npDeterminers) {
			return 0, 0
		}
		det = true
	}
	n := 0
	of := false // an "of" after a capitalized word: "Tom Baker of the …"
	tail := 0   // the lower-case words taken after its name
	for j < hi && n < 10 {
		t := a.toks[j]
		if t.kind == tWord {
			if !det && j > s && a.lowerWord(j) && a.capitalized(j-1) && a.possessiveWord(j-1) && a.afterQuoteTag(s) {
				// A name's possessive is the determiner of the noun after
				// it in a tag after a quotation: "“…,” said Ann Lee's
				// lawyer". After a verb elsewhere the phrase is as likely
				// its object ("laments Ann Lee's legacy").
				det = true
			}
			if a.lowerWord(j) && equalFoldASCII(a.tokText(j), "as") && j > s+1 && a.lowerWord(j-1) && j+1 < hi && a.capitalized(j+1) {
				if w := a.tokText(j - 1); w == "known" || w == "called" || w == "dubbed" || w == "nicknamed" {
					j = a.nameRun(j+1, hi) // "said the shift foreman known as Red"
					break
				}
			}
			if a.lowerWord(j) && !det && of && j-1 > s && (a.capitalized(j-1) || tail > 0 && tail < 3) && !a.wordIn(j, functionWords|boundaryWords|npPrepositions|auxWords|relWords) && !a.pastVerb(j) && !a.gerund(j) {
				// The noun after the name of a place or a body that "of"
				// opens: "said Tom Baker of the New York delegation".
				if _, _, ok := a.cueAt(j, hi); !ok {
					j++
					n++
					tail++
					continue
				}
			}
			if a.lowerWord(j) && equalFoldASCII(a.tokText(j), "of") && j > s && a.capitalized(j-1) {
				of = true
			}
			if a.lowerWord(j) && equalFoldASCII(a.tokText(j), "and") && j > s && a.lowerWord(j-1) && j+1 < hi && (a.capitalized(j+1) || a.roleBeforeName(j+1, hi)) && !a.wordIn(j+1, npDeterminers) {
				j++ // "said lawyer and party strategist Ned Farrow"
				n++
				continue
			}
			if a.lowerWord(j) && (a.wordIn(j, boundaryWords) || a.wordIn(j, npPrepositions) && !a.wordIn(j, npInner) || a.wordIn(j, relWords)) {
				break
			}
			if det && j > s && a.lowerWord(j) && a.wordIn(j, finiteAux) && !a.wordIn(j-1, functionWords) {
				// A finite verb after the noun makes the phrase the
				// subject of a clause, what was said, and no speaker:
				// "…, said the border would remain shut".
				return 0, 0
			}
			if a.lowerWord(j) && !det && !a.wordIn(j, npInner) && !a.roleBeforeName(j, hi) {
				break
			}
			if _, _, ok := a.cueAt(j, hi); ok && j > s && a.lowerWord(j) {
				break
			}
			j++
			n++
			continue
		}
		if t.kind == tPunct && a.tokText(j) == "." && j+1 < hi && a.toks[j+1].sent == t.sent && a.toks[j-1].end == t.start {
			j++
			continue
		}
		if m := a.parenthetical(j, hi); m > j && j > s {
			j = m // "said Rep. Lila Moss (D-Ore.)"
			break
		}
		break
	}
	e := j
	for e > s && a.wordIn(e-1, functionWords) {
		e--
	}
	if e <= s {
		return 0, 0
	}
	return s, e
}

// afterQuoteTag reports whether token s follows a one-word cue right
// after a quotation's closing mark, or its comma: "“…,” said s", "“…”,
// said s".
func (a *attributor) afterQuoteTag(s int) bool {
	return s >= 2 && (a.toks[s-2].kind == tQuote || s >= 3 && a.isPunct(s-2, ",") && a.toks[s-3].kind == tQuote)
}

// possessiveBefore reports whether the pronoun at j, which may be an
// object or a possessive ("her"), is the possessive of the noun after it:
// "said her husband", "confirmed by her son", but "criticized by her.",
// "asked by her whether …".
func (a *attributor) possessiveBefore(j, hi int) bool {
	return a.wordIn(j, possessives) && j+1 < hi && a.isWord(j+1) && !a.wordIn(j+1, functionWords|boundaryWords|relWords|complementizers)
}

// parenthetical returns the token after a short parenthesis opening at
// token j, ")" included ("(D-Va.)", "(R-Texas)", "(Maine)"), or j when
// there is none: at most six tokens, in the sentence.
func (a *attributor) parenthetical(j, hi int) int {
	if j >= hi || !a.isPunct(j, "(") || j+1 < hi && a.lowerWord(j+1) {
		return j // but an aside: "Ms. Halden (a view shared by others)"
	}
	for m := j + 1; m < hi && m <= j+7; m++ {
		if a.toks[m].kind == tQuote || a.toks[m].sent != a.toks[j].sent {
			return j
		}
		if a.isPunct(m, ")") {
			return m + 1
		}
	}
	return j
}

// roleBeforeName reports whether the lower-case words from token j are a
// role between a capitalized modifier and a name: "Liberal party chair
// Hanna Rooke", "Okafor’s senior trade policy adviser Ben Ashdown", "Marsh
// neighbour Vic Palomo". At most four such words, none a function word,
// a preposition or a cue, then a capitalized word.
func (a *attributor) roleBeforeName(j, hi int) bool {
	for n := j; n < hi && n < j+5; n++ {
		if !a.isWord(n) || a.toks[n].sent != a.toks[j].sent {
			return false
		}
		if !a.lowerWord(n) {
			return n > j && a.capitalized(n)
		}
		if a.wordIn(n, functionWords|boundaryWords|npPrepositions|auxWords) && !(n > j && equalFoldASCII(a.tokText(n), "and")) {
			return false // but "lawyer and party strategist Ned Farrow"
		}
		if _, _, ok := a.cueAt(n, hi); ok {
			return false
		}
	}
	return false
}

// rightNP is rightNPCore extended by an appositive: "said Mary Kay Henry,
// president of the union".
func (a *attributor) rightNP(k, hi int) (int, int) {
	return a.rightNPWith(k, hi, true)
}

// rightNPWith is rightNP, with the phrase that completes a noun
// (complementEnd) when complement is set. Whether a speaker ends its
// sentence (rightNPEnds) is asked without: "…, as the crowd cheered on
// the floor." is no inversion.
func (a *attributor) rightNPWith(k, hi int, complement bool) (int, int) {
	s, e := a.rightNPCore(k, hi)
	if s >= e || e-s == 1 && a.wordIn(s, spkPronouns) {
		return s, e
	}
	if complement {
		e = a.complementEnd(s, e, hi)
	}
	// A relative clause to the end of the sentence, up to 30 tokens: ",
	// who went to school with Rosa on the same street."
	if e < hi && a.isPunct(e, ",") && e+1 < hi && a.wordIn(e+1, relWords) && a.lowerWord(e+1) {
		if n := a.phraseToEnd(e+1, hi, 30); n > e+2 {
			return s, n
		}
	}
	// One with no comma, which may hold a cue of its own: "said a number
	// of farmers who cite her record on water."
	if e < hi && a.wordIn(e, relWords) && a.lowerWord(e) {
		m := e + 1
		for m < hi && m < e+25 && a.toks[m].kind != tQuote && !a.isPunct(m, ",") && !(a.isPunct(m, ".") && (m+1 >= hi || a.toks[m+1].sent != a.toks[m].sent)) {
			m++
		}
		if m > e+1 && (m == hi || a.isPunct(m, ".")) {
			return s, m
		}
	}
	// Appositive to the end of the sentence: ", president of the union."
	// An auxiliary after the comma goes on with the verb of a clause the
	// cue interrupts: "The senator, reported the Times, will vote no."
	if e < hi && a.isPunct(e, ",") && e+1 < hi && !a.wordIn(e+1, relWords) && (a.possessiveName(e+1) || a.wordIn(e+1, npDeterminers) || a.lowerWord(e+1) && !a.wordIn(e+1, boundaryWords|finiteAux) && (!a.gerund(e+1) || a.gerundRole(e+1)) && !a.participle(e+1, hi) || a.isNumber(e+1)) {
		m := e + 1
		for m < hi && m < e+16 && a.toks[m].kind != tQuote && !a.isPunct(m, ",") && !(a.isPunct(m, ".") && a.toks[m].sent != a.toks[m-1].sent) {
			if _, _, ok := a.cueAt(m, hi); ok && a.lowerWord(m) {
				break
			}
			// An ampersand joins the words of a name ("Marlow & Co.").
			if a.toks[m].kind == tPunct && !a.isPunct(m, ".") && !a.isPunct(m, "'") && !a.isPunct(m, "\u2019") && !a.isPunct(m, "&") {
				break
			}
			m++
		}
		if m == hi || a.isPunct(m, ".") || a.isPunct(m, ",") {
			if m > e+1 {
				age := m == e+2 && a.isNumber(e+1) // "Ann Roe, 71,"
				e = m
				// A period just before the closing comma is an
				// abbreviation's, part of the name ("Hollins Inc.,").
				for e > s && (a.isPunct(e-1, ".") && !(e == m && a.isPunct(m, ",")) || a.isPunct(e-1, ",")) {
					e--
				}
				if e == m && m+1 < len(a.toks) && a.isPunct(m, ",") && a.toks[m+1].kind == tQuote && a.toks[m+1].sent == a.toks[m].sent {
					e = m + 1 // the comma that closes it before the quotation goes on: "said Ann Li, a lawyer, “and …"
				}
				// A second appositive to the end of the sentence: ",
				// co-director of the center, a liberal think tank."
				if m < hi && a.isPunct(m, ",") && a.wordIn(m+1, npDeterminers) && a.lowerWord(m+1) {
					if n := a.appositiveToEnd(m+1, hi); n > m+2 {
						e = n
					}
				}
				// Where the person is from, after an age, to the end of
				// the sentence, as British papers write it: "said Ann
				// Roe, 71, from Leeds." (placeFrom, as before the cue).
				if age && m < hi && a.isPunct(m, ",") {
					if n := a.phraseToEnd(m+1, hi, 8); n > m+2 && a.placeFrom(m+1, n) {
						e = n
					}
				}
				// A relative clause after the appositive, to the end of
				// the sentence (up to 30 tokens), belongs to the speaker
				// as annotators mark it: "said Ann Li, a lawyer for the
				// city, who filed the suit."
				if m < hi && a.isPunct(m, ",") && a.wordIn(m+1, relWords) && a.lowerWord(m+1) {
					if n := a.phraseToEnd(m+1, hi, 30); n > m+2 {
						e = n
					}
				}
			}
		}
	}
	return s, e
}

// complementEnd returns the end of a prepositional phrase that completes
// the speaker [s, e) after a cue, a noun phrase opened by a determiner or
// a number: "said a friend close to the mayor.", "said one councillor
// aware of the plans, who …", "said the former chief adviser to Governor
// Lund." The phrase runs to the end of the sentence or to a comma before
// a relative pronoun, at most twelve tokens, and holds no quotation, other
// punctuation, cue, occasion or time ("said the spokesman in a
// statement", "said the aide on Tuesday"); the noun phrase holds no
// particle and no verb in the past but a participle before the
// preposition ("a source involved in …"). It returns e when there is none.
func (a *attributor) complementEnd(s, e, hi int) int {
	if e >= hi || !a.lowerWord(e) || !prepositions[a.tokText(e)] || !(a.wordIn(s, npDeterminers) || a.isNumber(s)) {
		return e
	}
	m := e + 1
	for ; m < hi && m < e+12; m++ {
		if a.isPunct(m, ",") || a.isPunct(m, ".") && (m+1 >= hi || a.toks[m+1].sent != a.toks[m].sent) {
			break
		}
		if a.toks[m].kind == tQuote || a.toks[m].kind == tPunct && !a.isPunct(m, ".") && !a.isPunct(m, "'") && !a.isPunct(m, "\u2019") {
			return e
		}
		if a.wordIn(m, occasionNouns|timeWords|dayWords) {
			return e
		}
		if _, _, ok := a.cueAt(m, hi); ok && a.lowerWord(m) {
			return e
		}
	}
	if m == e+1 || m < hi && !a.isPunct(m, ".") && !(a.isPunct(m, ",") && a.lowerWord(m+1) && a.wordIn(m+1, relWords)) {
		return e // "liken my case to the one of Brandt, jeweller, …": an object, no speaker
	}
	for k := s + 1; k < e; k++ {
		if a.lowerWord(k) && (a.wordIn(k, particles) || k < e-1 && a.pastVerb(k)) {
			return e // "the leaves drifted down on the square": a clause
		}
	}
	return m
}

// appositiveComma returns e+1 when the speaker [s, e) after a cue holds
// an appositive and token e is the comma that closes it, the sentence
// going on after it: "said Ann Li, a lawyer for the city, in a
// statement.", "said Ann Li, 41, on Tuesday." The closing comma is part
// of the speaker, as annotators mark it. It returns e otherwise.
func (a *attributor) appositiveComma(s, e, hi int) int {
	if e+1 >= hi || !a.isPunct(e, ",") || a.isPunct(e+1, ".") || a.gerund(e+1) || a.wordIn(e+1, relWords) || a.toks[e+1].kind == tQuote {
		// "…, referring to", "…, who said": mostly left out. Before the
		// rest of a split quotation ("said X, a lawyer, “but …”") our
		// fixtures leave it out too.
		return e
	}
	for m := s + 1; m < e; m++ {
		if a.isPunct(m, ",") {
			return e + 1
		}
	}
	return e
}

// appositiveToEnd returns the end of a noun phrase from token k that runs
// to the end of the sentence (at most 15 tokens, no cue, no quotation, no
// comma), or k.
func (a *attributor) appositiveToEnd(k, hi int) int {
	return a.phraseToEnd(k, hi, 15)
}

// phraseToEnd is appositiveToEnd for a phrase of at most n tokens: a
// relative clause may run longer than an appositive (", who ran the board
// for nine years and now teaches …").
func (a *attributor) phraseToEnd(k, hi, n int) int {
	m := k
	for m < hi && m < k+n && a.toks[m].kind != tQuote && !a.isPunct(m, ",") && !(a.isPunct(m, ".") && (m+1 >= hi || a.toks[m+1].sent != a.toks[m].sent)) {
		if _, _, ok := a.cueAt(m, hi); ok && a.lowerWord(m) {
			return k
		}
		m++
	}
	if m == hi || a.isPunct(m, ".") {
		return m
	}
	return k
}

// gerundRole reports whether the participle k qualifies the role after
// it, a title of office: "managing director", "acting president",
// "founding partner".
func (a *attributor) gerundRole(k int) bool {
	return k+1 < len(a.toks) && a.isWord(k+1) && a.roleFold(k+1)
}

// longAppositive extends a speaker that ends at e, after "…, said X", over
// an appositive to the end of the sentence too long or too rich in commas
// for rightNP: ", director of the Civic Engagement Project at the
// University of California, Davis." It returns e when there is none: the
// appositive opens with a word that is no relative pronoun or gerund, runs
// at most 40 tokens to the end of the sentence, and holds no quotation, no
// colon or semicolon and no cue with a clause of its own.
func (a *attributor) longAppositive(e, hi int) int {
	if e+1 >= hi || !a.isPunct(e, ",") || a.wordIn(e+1, relWords|boundaryWords) && !a.wordIn(e+1, npDeterminers) || a.lowerWord(e+1) && a.wordIn(e+1, finiteAux) ||
		!(a.possessiveName(e+1) || a.wordIn(e+1, npDeterminers|possessives) || a.isWord(e+1) && (!a.gerund(e+1) || a.gerundRole(e+1)) && !a.participle(e+1, hi)) {
		return e
	}
	// The state or country of a place that closes the appositive, and
	// then a short tail: "said Mark Dell, a senator from Salem, Ore., on
	// Tuesday" ends with the state.
	if m := a.stateComma(e+1, hi); m > e+1 && !a.wordIn(m+1, relWords) && a.tailOK(m, hi) {
		return m
	}
	m := e + 1
	for m < hi && m < e+40 {
		if a.toks[m].kind == tQuote || a.isPunct(m, ";") || a.isPunct(m, ":") {
			return e
		}
		if a.isPunct(m, ".") && (m+1 >= hi || a.toks[m+1].sent != a.toks[m].sent) {
			break
		}
		if _, _, ok := a.cueAt(m, hi); ok && a.lowerWord(m) && a.wordIn(m+1, complementizers) {
			return e
		}
		m++
	}
	if m < hi && !a.isPunct(m, ".") {
		return e
	}
	return m
}

// participle reports whether token k is a verb in the past that opens a
// participial phrase after a speaker's name, which annotators leave out of
// the speaker: "said Ann Li, angered that the board met without her",
// "said the mayor, surrounded by aides". A cue is not one: "said Ann Li,
// asked about her claims that …" keeps the phrase in the speaker, where
// no attribution of its own is read.
func (a *attributor) participle(k, hi int) bool {
	if !a.pastVerb(k) {
		return false
	}
	_, _, ok := a.cueAt(k, hi)
	return !ok
}

// gerund reports whether token k is a word of more than four bytes ending
// in "ing". The ending, read from the text, is tested first: seldom true,
// it is a branch well predicted, where the length is as good as random
// from one word to the next.
func (a *attributor) gerund(k int) bool {
	if uint(k) >= uint(len(a.toks)) {
		return false
	}
	t := &a.toks[k]
	e := int(t.end)
	return e >= 3 && a.text[e-3:e] == "ing" && t.kind == tWord && t.end-t.start > 4
}

// verbPhraseAt reports whether the speaker read back from a cue, from
// word s, is a verb phrase, not its subject: a participle after an
// auxiliary, a relative word or a conjunction ("Trump is spending the
// final day … attacking a rival", "a speech that included Trump vowing",
// "rather than trimming the one clause the drafters kept", "…
// and placed newspaper ads calling …"), or a verb in the past after a
// comma ("Two survivors …, both from the town, made an impassioned call
// for": the subject's appositive ends there). At a clause's
// start a participle does open a noun phrase ("retired Gen. John Allen
// said", "leaked emails showed"), and after a phrase of time or
// circumstance that opens the sentence ("On Monday, retired teacher Ann
// Li said").
func (a *attributor) verbPhraseAt(s int) bool {
	if s < 1 || !a.lowerWord(s) || !(a.gerund(s) || a.pastVerb(s)) {
		return false
	}
	if lo, _ := a.sentBounds(s); s-1 < lo {
		return false
	}
	return a.wordIn(s-1, auxWords|relWords|coordWords) && a.lowerWord(s-1) || equalFoldASCII(a.tokText(s-1), "than") || a.isPunct(s-1, ",") && a.pastVerb(s) && !a.shortLeadOpens(s-1)
}

// maxLeadTokens bounds the phrase before a comma that shortLeadOpens
// reads from the sentence's start, so that a long sentence is not read
// again for each cue.
const maxLeadTokens = 24

// shortLeadOpens reports whether the comma at m closes a phrase of at
// most maxLeadTokens words that opens its sentence with a preposition, a
// subordinator or a word of time: after "On Monday," or "Though tired," a
// participle opens the subject ("retired teacher Ann Li said"), where
// after an appositive's comma it is the verb.
func (a *attributor) shortLeadOpens(m int) bool {
	lo, _ := a.sentBounds(m)
	k := lo
	for k < m && a.wordIn(k, leadWords) {
		k++
	}
	if m-k > maxLeadTokens || k >= m || !(a.wordIn(k, npPrepositions|subordinators|circumstancePreps|timeWords) || a.prepositionFold(k)) {
		return false
	}
	for n := k; n < m; n++ {
		if !a.isWord(n) {
			return false
		}
	}
	return true
}

// ---- pass 2: reported speech ----

// causedSubject returns the noun phrase between a verb of causing,
// letting or pressing, or "for", and the "to" at token to, which is the
// subject of the infinitive after it: "The defeat led Republicans to say",
// "leaving some to question", "allowed him to call for", "an opening for
// Clinton to highlight", or an empty span. The phrase holds at most six
// tokens and no boundary word.
func (a *attributor) causedSubject(to, lo int) (int, int) {
	if controlVerb(a.tokText(to - 1)) {
		return 0, 0 // "is for the moment still planning to paint": the verb's subject
	}
	for v := to - 2; v >= lo && v >= to-7; v-- {
		if a.isPunct(v, ".") && v > lo && a.isWord(v-1) && a.toks[v-1].end == a.toks[v].start {
			continue // an abbreviation: "forced Sen. Bob Smith to"
		}
		if !a.isWord(v) {
			return 0, 0
		}
		if !a.lowerWord(v) || !causeVerb(a.tokText(v)) && !equalFoldASCII(a.tokText(v), "for") {
			continue
		}
		if to-v == 2 && a.wordIn(v+1, objPronouns) && a.lowerWord(v+1) {
			return v + 1, to // "led her to declare"
		}
		// A noun phrase whole, no preposition nor comma in it: not
		// "spurred by his failure to", nor "leading the integration, to".
		if a.npBack(to, v+1) == v+1 && a.validNP(v+1, to) && !a.wordIn(v+1, objPronouns|possessives|npPrepositions) {
			return v + 1, to
		}
		return 0, 0
	}
	return 0, 0
}

// whoClause returns the "who" that opens, after a comma or a dash, the
// relative clause holding cue token c, or -1: "Lina Ward, who watched the
// crash and recounted", "Omar Stitt, who was slow to back". The
// clause runs to c without a comma, a dash or a quotation (which would
// close it first: "…, who won, said"), within 25 tokens.
func (a *attributor) whoClause(c, lo int) int {
	for r := c - 1; r > lo && r >= c-25; r-- {
		if a.isWord(r) {
			if a.lowerWord(r) && a.wordIn(r, relWords) && equalFoldASCII(a.tokText(r), "who") {
				if a.isPunct(r-1, ",") || a.isDash(r-1) && a.toks[r-1].kind == tPunct {
					return r
				}
				return -1
			}
			continue
		}
		if a.toks[r].kind == tQuote || a.isPunct(r, ",") || a.isDash(r) || a.isPunct(r, ";") || a.isPunct(r, ":") || a.isPunct(r, "(") || a.isPunct(r, ")") {
			return -1
		}
	}
	return -1
}

// bareAppositive returns the start of the name before the phrase [s, end)
// found before the cue at c when the phrase is an appositive that an
// article opens and no comma closes: "Tom Baker, the spokesman for the
// mayor said" gives Tom Baker, whose appositive the speaker holds, as
// annotators mark it. The name, two words or more with no number, day or
// time, must open the window or follow a quotation: "In Paris, the mayor
// said" and "Last Tuesday, the mayor said" hold no name and appositive.
// A comma after the cue makes the attribution an aside ("Mrs. Li, the
// analysts said, has …"), whose speaker is the phrase alone. It returns s
// otherwise.
func (a *attributor) bareAppositive(s, end, c, lo int) int {
	if s-3 < lo || !a.isPunct(s-1, ",") || a.isPunct(c+1, ",") || s+1 >= end || !a.lowerWord(s+1) {
		return s
	}
	if w := a.tokText(s); !a.lowerWord(s) || !(w == "the" || w == "a" || w == "an") {
		return s
	}
	s2 := a.npBack(s-1, lo)
	if s2 > s-3 || !a.properName(s2, s-1) || s2 > lo && a.toks[s2-1].kind != tQuote {
		return s
	}
	if a.gerund(s2) && a.lowerWord(s2+1) {
		return s // "Speaking to PTI, the collector said": a participle's phrase, no name
	}
	for k := s2; k < s-1; k++ {
		if a.isNumber(k) || a.wordIn(k, dayWords|timeWords|leadWords) {
			return s
		}
	}
	return s2
}

// partyTag reports whether word k is a party and a state, as news writes
// them after a legislator's name: "R-Okla", "D-N.M", "I-Vt".
func (a *attributor) partyTag(k int) bool {
	if !a.isWord(k) {
		return false
	}
	w := a.tokText(k)
	return len(w) >= 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && 'A' <= w[2] && w[2] <= 'Z'
}
