package attribution

import "strings"

// This file decides where reported content starts and ends: after the cue
// (past an addressee or an adverbial, at "that"), before a trailing
// attribution, at the end of the sentence less its final punctuation, or
// at a comma that opens a new clause.

// leadingPhrase reports whether [start, end) is a short adverbial that
// opens a sentence: "In 2008", "In addition", "Overall", "Last week".
func (a *attributor) leadingPhrase(start, end int) bool {
	if end-start > 4 || a.toks[start].kind == tQuote {
		return false
	}
	w := a.tokText(start)
	return end-start == 1 || a.wordIn(start, npPrepositions) || a.wordIn(start, leadWords) || a.wordIn(start, timeWords) ||
		len(w) > 4 && equalFoldASCII(w[len(w)-2:], "ly")
}

// cueEntriesAt returns the entry of the single-word cue at token k, or
// the zero entry.
func (a *attributor) cueEntriesAt(k int) cueEntry {
	if !a.opensCue(k) {
		return cueEntry{}
	}
	if e, end, ok := a.cueAt(k, k+1); ok && end == k+1 {
		return e
	}
	return cueEntry{}
}

// objectCueAt reports whether token k is a single-word cue that takes
// its addressee as object ("told"), cueEntriesAt(k).object: the word's
// entry tells first, with no cueAt, for the most words, which have no
// such cue.
func (a *attributor) objectCueAt(k int) bool {
	return a.entries[a.lexAt(k)].objectCue && a.cueEntriesAt(k).object
}

// commaEnd reports whether token k follows a comma that closes content
// before a trailing attribution, and returns the end of that content: the
// comma itself (excluded), or a quotation whose text ends with the comma
// (“…,” or ”…,”, included).
func (a *attributor) commaEnd(k int) (int, bool) {
	switch {
	case k < 1:
		return 0, false
	case a.isPunct(k-1, ","):
		return k - 1, true
	case a.toks[k-1].kind == tQuote && a.qEndsWithComma(k-1):
		return k, true
	}
	return 0, false
}

// qEndsWithComma reports whether the content of quotation token k ends
// with a comma: “…,” adding that.
func (a *attributor) qEndsWithComma(k int) bool {
	q := a.qs[a.toks[k].q]
	return q.end > q.start && a.text[q.end-1] == ','
}

// qEndsSentence reports whether the content of quotation token k ends
// with a full stop, a question mark or an exclamation mark.
func (a *attributor) qEndsSentence(k int) bool {
	q := a.qs[a.toks[k].q]
	return q.end > q.start && strings.IndexByte(".?!", a.text[q.end-1]) >= 0
}

// wordsAfter reports whether words follow quotation token k before hi,
// other than a trailing attribution or a new clause after a comma.
func (a *attributor) wordsAfter(k, hi int) bool {
	j := k + 1
	if j < hi && a.toks[j].kind == tWord && !a.wordIn(j, leadWords) {
		return true
	}
	return false
}

// contentEnd returns the token after the last content token of the sentence
// [lo, hi): final punctuation outside quotation marks is dropped.
func (a *attributor) contentEnd(lo, hi int) int {
	e := hi
	for e > lo && a.toks[e-1].kind == tPunct {
		// The marks asked of are one byte: the token's word tells them
		// (markWord), with no read of the text.
		switch a.toks[e-1].word {
		case markWord('%'):
			// A sign that belongs to its figure: "a record 39%".
			return e
		case markWord(')'), markWord(']'):
			if a.opensBefore(lo, e-1) {
				return e
			}
			// The close of a parenthesis around the whole sentence.

		case markWord('.'):
			// The period of an abbreviation ending the sentence: the U.S.
			if w := e - 2; w >= lo && a.isWord(w) && a.toks[w].end == a.toks[e-1].start && indexByte(a.tokText(w), '.') >= 0 {
				return e
			}
		}
		e--
	}
	return e
}

// opensBefore reports whether a bracket in (lo, k) is left open for the
// closing bracket at k. lo may be -1, before the first token.
func (a *attributor) opensBefore(lo, k int) bool {
	depth := 0
	for j := k - 1; j >= max(lo, 0); j-- {
		if a.toks[j].kind != tPunct {
			continue
		}
		switch a.tokText(j) {
		case ")", "]":
			depth++
		case "(", "[":
			if depth == 0 {
				// One that opens the sentence holds it all: "(She says
				// it failed.)".
				return j > lo
			}
			depth--
		}
	}
	return false
}

// contentStop ends content before a trailing attribution in the same
// sentence (", he said", ", adding that", ", according to").
func (a *attributor) contentStop(start, last int) int {
	e := a.contentStopAt(start, last)
	for e > start+1 && e < last && (a.isPunct(e-1, ",") || a.isDash(e-1) && a.countDashes(start, a.dashStart(e-1))%2 == 0) {
		// "…, but declined", "… - and no one objects": the comma or the
		// dash before the cut is no content; a dash that closes a pair
		// ("… — a rare step — and …") ends the aside within it and stays.
		// The pairs are counted before the dash, both hyphens of "--".
		e--
	}
	return e
}

// maxContentCues is the most words that open a cue contentStopAt reads
// past before it gives up and lets the content run to the end of its
// sentence. Each cue of a sentence starts a scan to the sentence's end, so
// a sentence with a cue every few words ("Roe, who said that Roe, who said
// that …") would cost its length squared (FuzzQuadratic); with the cap a
// scan reads at most this many cues' worth of words. A real content holds
// far fewer.
const maxContentCues = 8

// contentStopAt is contentStop before a comma left before the cut is
// dropped.
func (a *attributor) contentStopAt(start, last int) int {
	// A word ends the content only as one of these classes, by the rules
	// of words below; punctuation and quotation marks only by the rules
	// after those, which no word meets.
	const stops = bareCutWords | coordWords | occasionPreps | asWord | circumstancePreps | timeWords
	dashes := -1 // in [start, last), counted when first needed
	// inLeadingClause is asked of the first comma only: it holds for no
	// later one, whose clause would hold that comma.
	leadAsked := false
	// The content's first comma, found when first needed (isFirstComma).
	first := -1
	cues := 0 // words that open a cue, up to maxContentCues
	for k := start; k < last; k++ {
		if a.toks[k].kind == tWord {
			if a.opensCue(k) {
				if cues++; cues > maxContentCues {
					return last
				}
			}
			if a.cls[k]&stops == 0 {
				continue // most words
			}
			if a.wordIn(k, cutWords) && k > start && !a.isPunct(k-1, ",") && a.wordIn(k, bareCutWords) && a.contrastCut(k, last) {
				return k // "yes while 48 percent agreed"
			}
			if a.wordIn(k, coordWords) && k > start && a.lowerWord(k+1) {
				if e, _, ok := a.cueAt(k+1, last); ok && (e.form == formPast || e.form == formThird || e.form == formGerund && e.class == cueSpeech) &&
					(e.class != cueBelief && e.class != cueStance || a.nounPhrase(start, k)) {
					return k // "described the strike as … and accused the BMA"
				}
				if a.auxCue(k+1, last) {
					return k // "… but did not say it would be Trump", "… and has since said"
				}
				if a.secondPredicate(start, k) && !a.verbAhead(k+2, last) {
					return k // "praised her skills and even questioned …", "… and has invited"
				}
				if a.secondParticiple(start, k) {
					return k // "thanking the chairman and congratulating the winners"
				}
				if equalFoldASCII(a.tokText(k), "and") && a.newClause(k+1, last) {
					return k // "… hacked the committee's computers and she accused …"
				}
			}
			if equalFoldASCII(a.tokText(k), "and") && k > start && a.lowerWord(k) && !a.wordIn(start, thatWords) && !a.wordIn(k-1, spkPronouns) && !a.isPunct(k-2, ",") &&
				!(a.capitalized(k-1) && a.capitalized(k+1)) && a.speakerClause(k+1, last) {
				// A clause with a speaker and a cue of its own is the
				// writer's next statement, not more of what was said:
				// "declined to comment and her aides later said …", "…
				// and Senate aides said …". Names on both sides are one
				// subject: "what Trump and Lee said".
				return k
			}
			// An object that is itself an occasion takes the phrase as
			// its own: "mocked his appearance on the show", "praised
			// her remarks at the dinner".
			if k > start && a.wordIn(k, occasionPreps) && a.occasion(k, last) && (a.nounPhrase(start, k) && !(a.lowerWord(k-1) && a.wordIn(k-1, occasionNouns)) || a.toks[k-1].kind == tQuote && a.qEndsWithComma(k-1)) {
				return k // "praised the plan in an interview", "doesn’t need “that nonsense,” in an interview with a local radio station"
			}
			if k > start && a.wordIn(k, timeWords) && a.bareTime(k, last) && a.nounPhrase(start, k) {
				return k // "praised the plan last week", "endorsed Clinton Tuesday, hours after …"
			}
			// A quotation alone before the word is the whole object, as a
			// noun phrase would be: "chanted “fair pay now” after the
			// talks broke down".
			quoteObject := k == start+1 && a.toks[start].kind == tQuote
			if k > start && a.lowerWord(k) && a.subordinateClause(k, last) && (quoteObject || a.nounPhrase(start, k) || a.infinitive(start, k)) {
				return k // "shared his observations as he lined up outside", "declined to comment when she was asked"
			}
			if k > start && k-start <= 6 && a.lowerWord(k) && a.wordIn(k, circumstancePreps) &&
				(quoteObject || (a.wordIn(start, npDeterminers|possessives) || a.capitalized(start)) && a.nounPhrase(start, k)) && !a.verbAhead(k+1, last) &&
				!(a.isPunct(k-1, ",") && a.setOffBeforeVerb(k-1, last)) {
				if k-1 > start && a.adverb(k-1) {
					return k - 1 // "declared a state of emergency shortly after 6 p.m."
				}
				return k // "criticized Ms. Varga during a forum"
			}
			continue
		}
		if a.isPunct(k, "(") && k > start+1 && a.finalAside(k, last) {
			return k // "… the bus fare (with much less zeal)", "… legal (though few agreed)"
		}
		if a.isPunct(k, ";") || a.isPunct(k, ":") && k > start && a.attributedClause(k+1, last) {
			return k // "…: Former Sen. Iris Moll called it …" has its own attribution
		}
		if a.isDash(k) && k > start+1 && k+1 < last && a.dashContrast(k, last) {
			return k // "… was not at odds with tenants -- but it plainly was …"
		}
		if a.isDash(k) && k > start+1 && k+1 < last && a.attributedAside(k, last) {
			return k // "… plans to move the plant - “a disgrace,” he said - and …"
		}
		if a.isDash(k) && k > start+1 && k+1 < last && a.trailingDash(k) {
			if dashes < 0 {
				dashes = a.countDashes(start, last)
			}
			if dashes == 1 {
				return k // "… — a divisive idea she has floated"
			}
		}
		if a.toks[k].kind == tQuote && k > start && a.qEndsSentence(k) && a.attributedClause(k+1, last) {
			// A quotation that ends its sentence inside its marks, then a
			// speaker and a cue: the content ends with the quotation.
			// "… “should come!” Roe wrote that …"; the sentence goes on
			// only because the marks hid its end from the segmenter.
			return k + 1
		}
		if !(a.isPunct(k, ",") || a.toks[k].kind == tQuote && a.qEndsWithComma(k)) || k+1 >= last {
			continue
		}
		if a.isPunct(k, ",") && a.frontedComma(start, k, last) {
			continue // "said that after the vote, the board …": the clause goes on
		}
		if k > start && !leadAsked {
			// The first comma, or a quotation that ends with it: "While
			// Li calls the plan “bold,” she sees …" ends after the
			// quotation.
			leadAsked = true
			if a.inLeadingClause(start, k) {
				if a.toks[k].kind == tQuote {
					return k + 1
				}
				return k
			}
		}
		// The rules of a comma are asked only when the word after it is
		// of the class each opens with, a test of its classes (a.cls) with
		// no call: most commas open none.
		if a.isPunct(k, ",") && k > start+1 && a.wordIn(k+1, relWords) && a.trailingRelative(k, last) && a.isFirstComma(start, k, last, &first) {
			return k // "…, who declared she is ending her bid"
		}
		if a.isPunct(k, ",") && k > start+1 && a.wordIn(k+1, npPrepositions) && a.absoluteWith(k, last) && a.isFirstComma(start, k, last, &first) {
			return k // "…, with councillors taking aim at the mayor's office"
		}
		if a.isPunct(k, ",") && k > start+1 && a.wordIn(k+1, npDeterminers) && a.trailingAppositive(k, last) && a.isFirstComma(start, k, last, &first) {
			return k // "…, a longstanding provision that bars it"
		}
		if a.isPunct(k, ",") && k > start && a.wordIn(k+1, npDeterminers) && a.sentenceAppositive(start, k, last) {
			return k // "…, a jab at the recent protests"
		}
		if a.toks[k].kind == tQuote {
			// A quotation that ends with its comma closes the clause as
			// the comma would, and stays in the content with its marks.
			if e, _, ok := a.cueAt(k+1, last); ok && (e.form == formGerund || e.form == formFixed ||
				a.lowerWord(k+1) && (e.form == formPast || e.form == formThird) && e.class == cueSpeech) {
				return k + 1 // “…,” adding that …; “…,” according to …; "losses “in the millions,” described the damage as …"
			}
			if a.trailingAfter(k+1, last) {
				return k + 1 // “…,” Lewandowski added: a trailing attribution
			}
			if a.namedClause(k+1, last) {
				return k + 1 // "calls it “bread for every table,” Okafor pounced on it": a new clause
			}
			if equalFoldASCII(a.tokText(k+1), "and") && a.lowerWord(k+1) && a.attributedClause(k+2, last) {
				return k + 1 // "called it “a highway,” and Johnson talks about …": a clause with its own attribution
			}
			continue
		}
		if a.wordIn(k+1, coordWords) && equalFoldASCII(a.tokText(k+1), "and") {
			// ", and" ends the content only before a new verb or clause:
			// ", and accused", ", and he railed"; not ", and that …".
			if a.wordIn(k+2, auxWords) && !a.adverb(k+2) || a.wordIn(k+2, spkPronouns) && !a.wordIn(k+2, relWords) {
				return k
			}
			if (a.capitalized(k+2) && !a.wordIn(k+2, spkPronouns) || a.lowerWord(k+2) && (a.wordIn(k+2, npDeterminers|possessives|quantifiers) || a.pluralNoun(k+2)) && !a.wordIn(k+2, relWords|thatWords)) && a.clauseAfterAnd(k+2, last) {
				return k // ", and Emanuel released the video", ", and those tenants backed Ms. Varga"
			}
			if e, _, ok := a.cueAt(k+2, last); ok && e.form != formBase {
				return k
			}
			if a.attributedClause(k+2, last) {
				return k // ", and three-quarters said …"
			}
			if a.isWord(start) && a.pastPredicate(k+2, last) {
				return k // ", and pushed to arm the rebels", ", and railed about the deal"
			}
			if a.wordIn(k+2, npDeterminers) && a.lowerWord(k+2) && !a.wordIn(k+2, relWords|thatWords) {
				for m := k + 3; m < last && m <= k+5; m++ {
					if a.wordIn(m, finiteAux) && a.lowerWord(m) {
						return k // ", and the union has …"
					}
					if !a.isWord(m) || a.wordIn(m, functionWords) {
						break
					}
				}
			}
			continue
		}
		if a.isPunct(k, ",") && !a.wordIn(start, thatWords) && a.concessiveTail(k+1, last) {
			return k // "…, despite a drop in the polls", "…, just as she did in 2008"
		}
		if a.isPunct(k, ",") && a.wordIn(k+1, asWord) && a.lowerWord(k+1) && k+2 < last && a.isWord(k+2) && ellipsisAux(a.tokText(k+2)) {
			// An auxiliary before its subject stands for the verb left
			// out: "…, as have other leaders", "…, as did the mayor".
			// Another actor did the same: the writer's addition, which
			// PolNeAR's annotators leave out of the content.
			return k
		}
		if a.wordIn(k+1, cutWords) && !a.wordIn(k+1, relWords) && a.contrastCut(k+1, last) && !a.quotedAfter(k+1, last) && !a.setOffModifier(k+1, last) && !a.setOffBeforeVerb(k, last) {
			if equalFoldASCII(a.tokText(k+1), "but") && (a.wordIn(k+2, butRunOn) && !a.demonstrativeThat(k+2, last) || k+2 < last && a.toks[k+2].kind == tQuote || a.predicateAt(k+2, last)) {
				continue // "…, but that …", "not only …, but also …", "…, but “…”", "…, but will make Iran rich"
			}
			if equalFoldASCII(a.tokText(k+1), "but") && a.notBut(start, k, last) {
				continue // "…, not for what he did, but because of who he is", "not only a setback, but a disaster"
			}
			if a.verblessConcession(k + 1) {
				continue // "…, though not the results", "…, though mixed with some truth"
			}
			return k
		}
		if a.wordIn(k+1, spkPronouns) && !a.wordIn(k+1, relWords) && a.lowerWord(k+1) {
			// ", he said" ends it; ", he would …" and ", he would advise
			// buying it" run on.
			for m := k + 2; m < last && m <= k+3; m++ {
				if e, _, ok := a.cueAt(m, last); ok && (e.form != formBase || m == k+2) {
					return k
				}
			}
			continue
		}
		if a.isPunct(k, ",") && a.mainVerbAfter(k+1, last) && a.isFirstComma(start, k, last, &first) && !a.connectiveBefore(start, k) && !a.auxCue(k+1, last) {
			// The content sat in a clause set off before the main verb:
			// "The rule, which aides said will start in May, will not
			// apply to …". Not before an auxiliary that opens a verb of
			// saying ("Ms. Reed, who …, has said"): the attribution it
			// opens would take the set-off clause into its speaker,
			// which PolNeAR marks without it about as often as with it.
			return k
		}
		if equalFoldASCII(a.tokText(k+1), "compared") && a.lowerWord(k+1) {
			return k // "…, compared with 38 percent for Ms. Varga": the comparison is the writer's
		}
		if e, _, ok := a.cueAt(k+1, last); ok && (e.form == formGerund || e.form == formFixed ||
			a.lowerWord(k+1) && (e.form == formPast || e.form == formThird) && e.class == cueSpeech) {
			return k // "…, adding", "…, according to", "voted against the measure, said it …"
		}
		if a.gerund(k+1) && a.lowerWord(k+1) && !a.wordIn(k+1, prepParticiples) && !a.quotedAfter(k+2, last) && !a.setOffBeforeVerb(k, last) &&
			!(a.isPunct(k+2, ",") || a.wordIn(k+2, coordWords) || equalFoldASCII(a.tokText(k+2), "or")) &&
			(a.isFirstComma(start, k, last, &first) || a.sayingAhead(k+2, last)) {
			// After an earlier comma the participle mostly belongs to
			// the clause it follows ("that if the county blocked the
			// sale, the lender could seize its buildings, leaving no
			// money"), unless it holds an attribution of its own.
			return k // "…, drawing boos from the crowd", but "a warm, patient and decent neighbour"
		}
		if a.namedClause(k+1, last) {
			return k // ", Judge Berman proceeded to …"
		}
		if j := k + 1; a.wordIn(j, auxWords) && a.lowerWord(j) && a.attributedClause(j+1, last) {
			return k // "…, even a senior party organiser said …"
		}
		if j := k + 1; a.isPunct(k, ",") && !a.wordIn(j, relWords|leadWords|npPrepositions) && a.attributedClause(j, last) && !a.atClauseEnd(j, last) {
			return k // "…, his campaign has argued that …": a new clause with its own attribution
		}
		// A short speaker after the comma and its cue: the speaker ends
		// at most three tokens on, where a cue must open.
		if c := min(k+4, last); a.opensCue(k+2) || a.opensCue(k+3) || a.opensCue(c) {
			if s, e2 := a.leftNPFrom(c, k+1); s == k+1 && e2 > s {
				if _, _, ok := a.cueAt(e2, last); ok && a.tailOK(e2+1, last) {
					return k
				}
			}
		}
	}
	return last
}

// finalAside reports whether the parenthesis opened at k closes at the end
// of the content, last, and opens with a word in lower case: the writer's
// aside on what was said ("(although he allowed …)", "(with far less
// intensity …)"), which PolNeAR's annotators leave out. An aside of one
// or two words mostly qualifies what was said ("closed (for now)"); a
// name's
// party and state ("(R-Texas)"), an acronym ("(TPP)") or a figure ("(61
// percent)") opens with a capital or a digit and stays.
func (a *attributor) finalAside(k, last int) bool {
	if !a.isPunct(last-1, ")") || last-1 < k+4 || !a.lowerWord(k+1) {
		return false
	}
	for m := k + 1; m < last-1; m++ {
		if a.isPunct(m, "(") || a.isPunct(m, ")") {
			return false
		}
	}
	return true
}

// namedClause reports whether a new clause with a named subject and a verb
// in the past or the present opens at j, after a comma: "…, Judge Berman
// proceeded to …", "…,” Clinton seized upon the reference". The clause
// before the comma ends there.
func (a *attributor) namedClause(j, last int) bool {
	if !a.capitalized(j) || a.wordIn(j, npDeterminers|leadWords) {
		return false
	}
	n := a.nameRun(j, last)
	return n < last && n > j && a.lowerWord(n) && a.pastOrPresent(n) && !a.pluralNoun(n)
}

// trailingAfter reports whether a short speaker, a verb of saying and
// nothing but a tail open at k and end the content at last: "Lewandowski
// added", "the mayor said Tuesday".
func (a *attributor) trailingAfter(k, last int) bool {
	for m := k + 1; m < last && m <= k+6; m++ {
		c, cend, ok := a.cueAt(m, last)
		if !ok {
			continue
		}
		if c.class != cueSpeech || c.form != formPast && c.form != formThird || !a.lowerWord(m) {
			return false
		}
		s, e := a.leftNPFrom(m, k)
		return s == k && e > s && (cend >= last || a.tailOK(cend, last))
	}
	return false
}

// occasion reports whether a phrase naming the occasion of a statement
// starts at k and runs to the end of the content at last: a preposition,
// a few modifiers, an occasion noun ("in an interview with KPL on Monday",
// "during a rally in Ohio", "in late May"), then nothing that opens a
// clause, or a second predicate of the speaker after "and" or "but"
// ("endorsed her in May and said …") or a comma before the speaker's next
// act ("…, calling her …"), where the phrase ends.
func (a *attributor) occasion(k, last int) bool {
	if !a.wordIn(k, occasionPreps) || !a.lowerWord(k) {
		return false
	}
	n := -1
	for m := k + 1; m < last && m <= k+6; m++ {
		if !a.isWord(m) && !a.isPunct(m, "'s") && !a.isPunct(m, "’s") || a.wordIn(m, coordWords) {
			// "and" before the noun joins a list the preposition governs:
			// "his ban on imports and other statements" is no occasion.
			return false
		}
		if a.wordIn(m, occasionNouns) && !a.wordIn(m-1, infinitiveTo) && (a.lowerWord(m) || m > k+1 || a.wordIn(m, occasionTimes)) || a.wordIn(m, occasionTimes|occasionNouns) && a.capitalized(m) && (m == k+1 || m == k+2 && a.lowerWord(k+1) && timeModifier(a.tokText(k+1))) {
			n = m
			break
		}
	}
	if n < 0 {
		return false
	}
	// A comma after the occasion and a verb after it close a clause set
	// off (a relative clause: "which endorsed Ramirez in May, is seen as
	// …", "who spoke on Friday, said …"): what follows is the sentence's,
	// not the content's.
	if n+2 < last && a.isPunct(n+1, ",") && a.lowerWord(n+2) && (a.wordIn(n+2, finiteAux) || a.verbShape(n+2) || a.opensCue(n+2) && !hasSuffixFold(a.tokText(n+2), "ing")) {
		return true
	}
	for m := n + 1; m < last; m++ {
		if a.isPunct(m, ",") && m+1 < last && a.lowerWord(m+1) && (a.gerund(m+1) || a.wordIn(m+1, spkPronouns|coordWords) && !a.wordIn(m+1, relWords)) {
			// A comma, then a participle, a subject pronoun or "and"/"but"
			// opens the speaker's next act or a new clause ("praised Lee
			// at a rally, calling her …", "thanked the crews on Monday,
			// but she said …"): the content ends at the comma whatever
			// follows, and the words after it tell nothing of the phrase.
			return true
		}
		if a.toks[m].kind == tQuote || a.wordIn(m, thatWords|finiteAux|complementizers|relWords) {
			return false
		}
		if a.wordIn(m, coordWords) && a.lowerWord(m) && a.predicateAfter(m) {
			return true
		}
	}
	return true
}

// bareTime reports whether a phrase of time with no preposition starts at
// k and ends the content at last, at a comma, or before a second predicate
// or an occasion of the speaker: a day ("Tuesday",
// "Tuesday night"), "last" or "this" and a noun of time or a month ("last
// week", "this month", "last June"), "yesterday". After a noun-phrase
// content it dates the statement, not what was said: "praised the plan
// last week". "next" dates what was said ("called for a vote next week")
// and is not here.
func (a *attributor) bareTime(k, last int) bool {
	// The phrase must be bare: not the object of a preposition ("on
	// Tuesday"), a determiner or another word of time ("late Monday").
	if !a.isWord(k-1) || a.wordIn(k-1, npPrepositions|functionWords|npDeterminers|timeWords) || timeModifier(a.tokText(k-1)) {
		return false
	}
	m := k + 1
	switch w := a.tokText(k); {
	case a.capitalized(k) && a.wordIn(k, occasionTimes):
		// A day: the days are both time words and occasion times.
	case a.lowerWord(k) && (w == "last" || w == "this"):
		if !(a.lowerWord(m) && timeNoun(a.tokText(m)) || a.capitalized(m) && a.wordIn(m, occasionTimes)) {
			return false
		}
		m++
	case a.lowerWord(k) && (w == "yesterday" || w == "today" || w == "tonight"):
	default:
		return false
	}
	if m < last && a.lowerWord(m) && timeNoun(a.tokText(m)) {
		m++ // "Tuesday night", "last Friday morning"
	}
	// A quotation after the comma goes on with what was said: "called them
	// in a letter last week, ''cowards''".
	// A second predicate of the speaker ("endorsed Garcia last week and
	// has campaigned …") or an occasion ("defended the vote this week on
	// her radio show") after the phrase ends the content as a comma does.
	if m < last && a.lowerWord(m) && (a.wordIn(m, coordWords) && a.predicateAfter(m) || a.wordIn(m, occasionPreps) && a.occasion(m, last)) {
		return true
	}
	return m >= last || a.isPunct(m, ",") && (m+1 >= last || a.toks[m+1].kind != tQuote)
}

// nounPhrase reports whether the content [start, end) reads as a noun
// phrase, the object of its cue ("praised the plan"), not a clause: no
// complementizer or "to" first, no auxiliary, gerund, past participle or
// subject pronoun.
func (a *attributor) nounPhrase(start, end int) bool {
	if a.wordIn(start, complementizers|infinitiveTo) {
		return false
	}
	for m := start; m < end; m++ {
		if !a.isWord(m) {
			continue
		}
		verbal := a.gerund(m) && !(m > start && a.wordIn(m-1, npDeterminers|possessives)) // "the ruling" is a noun
		if a.wordIn(m, finiteAux|cueAux|thatWords) || verbal || a.wordIn(m, spkPronouns) && !a.wordIn(m, objPronouns) {
			return false
		}
		// A word in -ed after an article or a possessive is an adjective
		// of the noun: "the proposed ban", "her adopted state", "an
		// increased role". Elsewhere it is a verb: "the two raised …".
		if w := a.tokText(m); a.lowerWord(m) && len(w) > 3 && w[len(w)-2:] == "ed" && !strings.Contains(w, "-") &&
			!(m > start && (inFold(articles[:], a.tokText(m-1)) || a.wordIn(m-1, possessives) || a.isPunct(m-1, "'s") || a.isPunct(m-1, "’s"))) {
			return false
		}
	}
	return true
}

// subordinateClause reports whether a clause of time or manner with its
// own subject and verb opens at k, after an object or an infinitive: "as
// he lined up", "when she was asked", "after his son came out". It tells
// when the speaker spoke or acted, the writer's words, which PolNeAR's
// annotators leave out of the content. Not a relative clause after a noun
// of time ("the days when …", "a time when …", "last fall, when …") or a phrase of time before
// the word ("four days before …", "shortly after …"); and after a word
// that is also a preposition, not a determiner ("before the primary will
// give …"): the noun phrase may be the subject of what was said.
func (a *attributor) subordinateClause(k, last int) bool {
	if !a.wordIn(k, subordinators) || !a.wordIn(k, asWord|circumstancePreps) || a.wordIn(k, bareCutWords) {
		return false // as, when, after, before, since, until; "while" is contrastCut's
	}
	if a.wordIn(k-1, durationWords|timeWords|cueAdverbs|coordWords) || a.adverb(k-1) || a.isDash(k-1) && a.countDashes(k, last) > 0 ||
		equalFoldASCII(a.tokText(k-1), "time") || equalFoldASCII(a.tokText(k-1), "or") {
		return false // "shortly after", "or even when"; "— when …, —" sets off an aside
	}
	w := a.tokText(k)
	if equalFoldASCII(w, "when") && a.isPunct(k-1, ",") {
		return false // "… last fall, when he mocked …": a relative clause of the time before it
	}
	if !equalFoldASCII(w, "as") && !equalFoldASCII(w, "when") && a.wordIn(k+1, npDeterminers) && !(a.wordIn(k+1, possessives) && a.lowerWord(k+1)) {
		// A possessive is the subject's ("after his son came out"):
		// what was said seldom runs on past a clause of time with one.
		return false
	}
	return a.clauseAt(k+1, last)
}

// infinitive reports whether the content [start, end) opens with "to" or
// "not to" and a verb: "declined to comment", "asked not to be named".
func (a *attributor) infinitive(start, end int) bool {
	if equalFoldASCII(a.tokText(start), "not") {
		start++
	}
	return start+1 < end && a.wordIn(start, infinitiveTo) && a.lowerWord(start) && a.lowerWord(start+1)
}

// pastVerb reports whether token k is a lower-case verb in the past:
// "questioned", "signaled", "went" (irregularPast).
func (a *attributor) pastVerb(k int) bool {
	if !a.isWord(k) || !a.lowerWord(k) || a.wordIn(k, functionWords|auxWords) {
		return false
	}
	if a.wordIn(k, irregularPast) {
		return true
	}
	w := a.tokText(k)
	return len(w) > 4 && w[len(w)-2:] == "ed" && !strings.Contains(w, "-")
}

// secondPredicate reports whether the conjunction at k opens a second
// predicate of the speaker after a noun-phrase content [start, k): a verb
// in the past ("praised her skills and even questioned her judgment") or,
// when the content does not open with a pronoun, an auxiliary or a verb in
// the present ("denied the charges and has counter-sued").
func (a *attributor) secondPredicate(start, k int) bool {
	v := k + 1
	if a.adverb(v) || a.wordIn(v, cueAdverbs) {
		v++
	} else if a.alsoAt(v) {
		// "praised the plan but also used it to …"; but after a relative
		// clause the predicate may be the clause's own: "the bill, which
		// hired more police, but also led to …".
		for m := k - 1; m >= start && m > k-30; m-- {
			if a.wordIn(m, relWords) && a.lowerWord(m) {
				return false
			}
		}
		v++
	}
	verb := a.pastVerb(v) ||
		!a.wordIn(start, spkPronouns) && (a.wordIn(v, finiteAux) && a.lowerWord(v) || a.pastOrPresent(v) && !a.pluralNoun(v))
	if verb && a.nounPhrase(start, k) {
		return true
	}
	// An infinitive takes no finite verb in a coordination of its own:
	// "wants to keep the park open and celebrated the ruling", "asked not
	// to be named and is not part of …". A participle after a passive or
	// perfect infinitive is part of it: "to be loved and respected".
	if !a.infinitive(start, k) {
		return false
	}
	if a.wordIn(v, finiteAux) && a.lowerWord(v) {
		return true
	}
	if !a.pastVerb(v) {
		return false
	}
	for m := start; m < k; m++ {
		switch w := a.tokText(m); {
		case equalFoldASCII(w, "be"), equalFoldASCII(w, "been"), equalFoldASCII(w, "have"), equalFoldASCII(w, "get"):
			return false
		}
	}
	return true
}

// alsoAt reports whether token k is "also" in lower case: an adverb
// between "and" or "but" and the verb of a second predicate, which
// cueAdverbs leaves out of the cue.
func (a *attributor) alsoAt(k int) bool {
	return k < len(a.toks) && a.lowerWord(k) && a.tokText(k) == "also"
}

// predicateAfter reports whether the conjunction at k opens a second
// predicate: a verb in the past, a finite auxiliary or a cue after it,
// past an adverb ("and said", "but has insisted", "and later wrote").
func (a *attributor) predicateAfter(k int) bool {
	v := k + 1
	if a.adverb(v) || a.wordIn(v, cueAdverbs) {
		v++
	}
	return a.pastVerb(v) || a.wordIn(v, finiteAux) && a.lowerWord(v) || a.lowerWord(v) && a.opensCue(v) // "and said"
}

// secondParticiple reports whether the conjunction at k opens a second
// participle of the speaker after the noun-phrase content [start, k) of a
// cue in -ing: "thanking the chairman and congratulating the winners",
// "touting her record and pointedly attacking his". The cue stands right
// before the content or before its preposition ("calling for a ban and
// carrying signs"), and the second participle takes an object of its own,
// after a particle if any (a determiner, a pronoun, a name, a plural or a
// preposition: "handing out medals"), so a list of nouns in -ing ("saying
// the hiring and firing was unfair") is no second predicate.
func (a *attributor) secondParticiple(start, k int) bool {
	c := start - 1
	if a.wordIn(c, npPrepositions|cuePrepositions|speechPrepositions|particles) && a.lowerWord(c) {
		c--
	}
	if !a.gerund(c) || !a.lowerWord(c) || !a.opensCue(c) || !a.isWord(start) {
		return false
	}
	v := k + 1
	if a.adverb(v) || a.wordIn(v, cueAdverbs) {
		v++
	}
	if !a.gerund(v) || !a.lowerWord(v) || a.wordIn(v, prepParticiples) || strings.Contains(a.tokText(v), "-") {
		return false // "cronyism and access-peddling at …" is a noun
	}
	o := v + 1
	if a.wordIn(o, particles) {
		o++ // "handing out medals"
	}
	object := a.wordIn(o, npDeterminers|possessives|objPronouns|npPrepositions|infinitiveTo) || a.capitalized(o) || a.pluralNoun(o) && a.lowerWord(o)
	return object && a.nounPhrase(start, k)
}

// contrastCut reports whether the cut word at k ends the content: "while"
// after a comma ("…, while Okafor will win at least 43"; PolNeAR's
// annotators end the content there about four times in five) or before a
// clause with its own speaker and cue ("… while 48 percent said …"); a
// bare "while" otherwise belongs to what was said.
func (a *attributor) contrastCut(k, last int) bool {
	if !equalFoldASCII(a.tokText(k), "while") {
		return true
	}
	if a.isPunct(k-1, ",") {
		return true // "…, while Okafor will win at least 43"
	}
	return a.attributedClause(k+1, last)
}

// demonstrativeThat reports whether "that" at k is the subject of its own
// clause, a verb right after it: "…, but that could change", "…, but
// that wasn't the case". The writer's comment on what was said, it ends
// the content; "…, but that he would not …" goes on with a second clause
// of what was said.
func (a *attributor) demonstrativeThat(k, last int) bool {
	if !equalFoldASCII(a.tokText(k), "that") {
		return false
	}
	v := k + 1
	if v < last && a.lowerWord(v) && (a.adverb(v) || a.wordIn(v, cueAdverbs)) {
		v++
	}
	return v < last && (a.verbAt(v) || a.lowerWord(v) && a.wordIn(v, cueAux))
}

// notBut reports whether the comma at k and the "but" after it complete
// "not X, but Y", one thing said: "not" stands a few words before the
// comma, and Y has no verb of its own up to the end of the content or to
// a comma that opens no clause ("…, not for what he did, but because of
// who he is", "not only a setback, but a disaster", "not by the
// mayor, but by her aides"). "…, but for voters, it is …" and "…, but did
// not buy it" go on with a clause or a predicate of their own.
func (a *attributor) notBut(start, k, last int) bool {
	not := false
	for m := k - 1; m >= start && m >= k-8; m-- {
		if w := a.tokText(m); equalFoldASCII(w, "not") || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			not = true
			break
		}
	}
	if !not {
		return false
	}
	for m := k + 2; m < last; m++ {
		if a.isPunct(m, ",") {
			return !a.clauseAt(m+1, last)
		}
		if a.isWord(m) && (a.verbAt(m) || m == k+2 && a.wordIn(m, spkPronouns) && !a.wordIn(m, relWords) && !a.wordIn(m, objPronouns)) {
			return false
		}
		if _, _, ok := a.cueAt(m, last); ok {
			return false
		}
	}
	return true
}

// verblessConcession reports whether "though" or "although" at k opens a
// concession with no subject or verb of its own, "not" or a participle
// after it: "…, though not the results", "…, though mixed with some
// truth". It qualifies a word of what was said, and stays in the content
// as a clause of the writer's ("…, though she did not say who") does not.
func (a *attributor) verblessConcession(k int) bool {
	w := a.tokText(k)
	if !equalFoldASCII(w, "though") && !equalFoldASCII(w, "although") {
		return false
	}
	return a.lowerWord(k+1) && (equalFoldASCII(a.tokText(k+1), "not") || a.pastVerb(k+1))
}

// concessiveTail reports whether a phrase of concession or comparison
// opens at j, after a comma, and runs to the end of the content at last
// with no comma or quotation of its own: "despite" ("…, despite a drop in the polls"),
// or "even" or "just" before "as" ("…, even as rivals gained", "…, just
// as she did in 2008"). It qualifies the statement, and PolNeAR's
// annotators leave it out of a content that is an object or a bare clause
// ("praised the plan, despite …"); after "that" the clause reported keeps
// it about as often as not, so the caller asks for none there. "even if"
// sets a condition of what was said and stays; on "even though" the
// annotators split, and it stays too.
func (a *attributor) concessiveTail(j, last int) bool {
	if j+1 >= last || !a.lowerWord(j) {
		return false
	}
	w := a.tokText(j)
	switch {
	case equalFoldASCII(w, "despite"):
	case equalFoldASCII(w, "even") || equalFoldASCII(w, "just"):
		if !equalFoldASCII(a.tokText(j+1), "as") {
			return false
		}
	default:
		return false
	}
	// The scan stops at the next comma, which the next call starts after:
	// the commas of a content are read once in all.
	for m := j + 1; m < last; m++ {
		if a.isPunct(m, ",") {
			return false // "Trump, despite his wealth, is …": set off inside
		}
		if a.toks[m].kind == tQuote {
			return false // "…, despite what it called ‘fruitless’ talks": the speaker's words
		}
	}
	return true
}

// attributedClause reports whether a clause with its own speaker and cue
// starts at j: a noun phrase of a few words, then a cue in the past or
// third person or a base form ("Ms. Acosta said", "other leaders have
// argued", "Democrats sometimes say").
func (a *attributor) attributedClause(j, last int) bool {
	if j >= last || a.toks[j].kind != tWord {
		return false // a speaker opens with a word, not a mark: "…, “All who doubt …”"
	}
	for m := j + 1; m < last && m <= j+7; m++ {
		if a.toks[m].kind != tWord {
			if a.abbrevDot(m) {
				continue // "Rep. Jane Harman called"
			}
			return false
		}
		if !a.opensCue(m) {
			continue
		}
		e, _, ok := a.cueAt(m, last)
		if !ok || !a.lowerWord(m) || e.class != cueSpeech || e.form != formPast && e.form != formThird && e.form != formBase {
			continue
		}
		if s, e2 := a.leftNPFrom(m, j); s == j && e2 > s {
			return true
		}
	}
	return false
}

// speakerClause reports whether a clause with a speaker and a verb of
// saying of its own opens at j, after "and" with no comma: a noun phrase
// with no verb in it, then a cue in the past or the third person, or
// auxiliaries before one ("her aides later said", "his office did not
// respond"). A cue in the past before "with" or "by" is a participle
// that qualifies the noun ("members charged with …") and opens none.
func (a *attributor) speakerClause(j, last int) bool {
	if a.verbAt(j) || a.pastVerb(j) || a.wordIn(j, relWords) {
		return false // "and provided new details": a second predicate
	}
	for m := j + 1; m < last && m <= j+4; m++ {
		if a.toks[m].kind != tWord {
			if a.abbrevDot(m) {
				continue // "Rep. Jane Harman said"
			}
			return false
		}
		cue := a.lowerWord(m) && a.wordIn(m, finiteAux) && a.auxCue(m, last)
		if !cue && a.lowerWord(m) && a.opensCue(m) {
			e, _, ok := a.cueAt(m, last)
			next := a.tokText(m + 1)
			cue = ok && e.class == cueSpeech && (e.form == formPast || e.form == formThird) &&
				!equalFoldASCII(next, "with") && !equalFoldASCII(next, "by")
		}
		if cue {
			s, e2 := a.leftNPFrom(m, j)
			return s == j && e2 > s
		}
		if a.verbAt(m) {
			return false
		}
	}
	return false
}

// clauseStart returns where the content before a trailing attribution
// starts: the sentence start, past a leading attribution already made.
func (a *attributor) clauseStart(lo, end int) int {
	lo = a.lastLine(lo, end)
	s := lo
	for k := end - 1; k >= lo; k-- {
		if a.used[k] && k+1 < end {
			s = k + 1
			for s < end && a.toks[s].kind == tPunct {
				s++
			}
			break
		}
	}
	for k := s; k < end; k++ {
		if !a.used[k] {
			s = a.pastOpenParen(s, end)
			if c := a.concessionEnd(s, end); c > s {
				return c
			}
			if c := a.connectiveEnd(s, end); c > s {
				return c // "In contrast, turnout fell, officials said"
			}
			if s+2 < end && a.capitalized(s) && a.wordIn(s, leadWords) && !a.wordIn(s, coordWords) && !a.soInversion(s) {
				// "Still, her remarks did not trouble him, …
				// said": no connective, as annotators mark it ("And"
				// and "But" they keep as often as not).
				if a.isPunct(s+1, ",") {
					return s + 2
				}
				return s + 1
			}
			return s
		}
	}
	// Only the words of an attribution made are left: “…,” X said,
	// according to Y. The content is the whole clause.
	return lo
}

// soInversion reports whether word k is "so" before an auxiliary, which
// comes before its subject: "So are two of the unions", "So did the
// mayor". The "so" is the clause's own ("the unions are too"), no
// connective of the writer's.
func (a *attributor) soInversion(k int) bool {
	return equalFoldASCII(a.tokText(k), "so") && a.lowerWord(k+1) && a.wordIn(k+1, finiteAux)
}

// pastOpenParen returns the token after an opening parenthesis at s that
// opens a sentence set in parentheses, whose closing one falls after end:
// "(The Danes, as it happens, are keen viewers of the series, she said.)". The
// parenthesis is the writer's; a letter in brackets ("(T)hose who …") is
// the content's. It returns s when there is none.
func (a *attributor) pastOpenParen(s, end int) int {
	if s+2 < end && a.isPunct(s, "(") && a.isWord(s+1) && !a.isPunct(s+2, ")") {
		for m := s + 2; m < end; m++ {
			if a.isPunct(m, ")") {
				return s // closed inside: "(in part) because …"
			}
		}
		return s + 1
	}
	return s
}

// connectiveEnd returns the token after a connective phrase of
// connectivePhrases and its comma that opens the content at s ("In
// contrast, …", "At the same time, …"), or s when there is none. The
// connective is the writer's, as a single one is ("However, …").
func (a *attributor) connectiveEnd(s, end int) int {
	if !a.capitalized(s) {
		return s
	}
	for _, p := range connectivePhrases {
		if k, ok := a.matchRest(s, end, p); ok && k+1 < end && a.isPunct(k, ",") {
			return k + 1
		}
	}
	return s
}

// lastLine returns the first token of the last line of [lo, end): a
// sentence that runs over a line break after a semicolon holds two lines
// of a summary ("… recast image; \nIncendiary style is an act, he
// said"), and the content of an attribution at its end is on the last.
func (a *attributor) lastLine(lo, end int) int {
	for k := end - 1; k > lo && k >= end-maxCueWindow; k-- {
		if a.isPunct(k-1, ";") && a.lineBreakBefore(k) {
			return k
		}
	}
	return lo
}

// concessionEnd returns the token after the comma that closes a phrase or
// clause of concession opening the content at s, or s when there is none:
// "Despite a month of attacks, Sanders remains …, he said", "Though the
// vote failed, the plan lives on, according to …". The concession is the
// writer's; annotators start the content after it.
func (a *attributor) concessionEnd(s, end int) int {
	if !a.capitalized(s) || !a.wordIn(s, subordinators) || !concessive(a.tokText(s)) {
		return s
	}
	for m := s + 2; m+2 < end && m < s+25; m++ {
		if a.isPunct(m, ",") {
			return m + 1
		}
		if a.toks[m].kind == tQuote || a.isPunct(m, ";") || a.isPunct(m, ":") {
			break
		}
	}
	return s
}

// tailOK reports whether what follows a trailing attribution is short: the
// end of the sentence, a time or place ("said Tuesday", "said in a
// statement"), or a new clause after a comma.
func (a *attributor) tailOK(k, hi int) bool {
	if k >= hi {
		return true
	}
	if a.isPunct(k, ".") || a.isPunct(k, ";") || a.isPunct(k, "!") || a.isPunct(k, "?") {
		return true
	}
	if a.isPunct(k, "(") {
		// An aside in parentheses: "…,'' said Ms. Halden (a view shared
		// by most people I asked)."
		for m := k + 1; m < hi && m < k+40; m++ {
			if a.isPunct(m, "(") || a.toks[m].kind == tQuote {
				return false
			}
			if a.isPunct(m, ")") {
				return a.tailOK(m+1, hi)
			}
		}
		return false
	}
	if a.isPunct(k, ",") {
		// "…, he said, adding that …" or "…, he said, but …". A
		// participle in capitals before a role is a title, an
		// appositive: "said Ann Li, Managing Partner at …".
		return k+1 >= hi || a.gerund(k+1) && !(a.capitalized(k+1) && a.gerundRole(k+1)) || a.wordIn(k+1, leadWords) || a.wordIn(k+1, boundaryWords) ||
			a.wordIn(k+1, npPrepositions) || a.wordIn(k+1, timeWords) || a.wordIn(k+1, relWords)
	}
	if a.isWord(k) && (a.capitalized(k) || a.wordIn(k, objPronouns|npDeterminers|possessives)) && k > 0 {
		// The addressee after "told": "…, a spokesman told The Wall
		// Street Journal.", "…, she told the judge in her motion."
		if a.objectCueAt(k - 1) {
			m := a.nameRun(k, hi)
			if m == k && a.wordIn(k, npDeterminers|possessives) && a.lowerWord(k) {
				// "a Senate panel", "his closest advisers": to the noun.
				for m = k + 1; m < hi && m < k+5 && a.isWord(m) && !a.wordIn(m, functionWords|npPrepositions|boundaryWords); m++ {
				}
				if m == k+1 && !(a.wordIn(k, objPronouns) && (m >= hi || !a.isWord(m))) {
					return false // "told her." is an addressee
				}
			}
			if m == k {
				m = k + 1
			}
			return m >= hi || a.tailOK(m, hi)
		}
	}
	if a.isWord(k) && a.lowerWord(k) && k > 0 && !a.wordIn(k, functionWords|thatWords|infinitiveTo|npPrepositions|timeWords) && a.objectCueAt(k-1) {
		// A short addressee in lower case that ends the sentence: "…,
		// a union leader told local radio.", "…, she told state
		// television." (not "told local officials that …").
		m := k
		for m < hi && m < k+3 && a.isWord(m) && a.lowerWord(m) && !a.wordIn(m, functionWords|thatWords|infinitiveTo|npPrepositions|timeWords) {
			m++
		}
		if m > k && m < hi && (a.isPunct(m, ".") || a.isPunct(m, "!")) && (m+1 >= hi || a.toks[m+1].sent != a.toks[m].sent) {
			return true
		}
	}
	if a.timeTail(k, hi) {
		return true // "reported a few days later.", "said two weeks ago."
	}
	if !a.wordIn(k, npPrepositions) && !a.wordIn(k, timeWords) && !a.adverb(k) && !(a.wordIn(k, cueAdverbs) && a.lowerWord(k)) {
		return false
	}
	if a.atLeast(k) {
		return false // "reported at least six planes …" is content, not a tail
	}
	if a.wordIn(k, timeWords) && a.wordIn(k+1, finiteAux) {
		return false // "said there was no evidence" is content, not a tail
	}
	// "said Tuesday", "said in an article published in an official outlet"
	n := 0
	for j := k; j < hi; j++ {
		if a.toks[j].kind == tQuote && a.titleQuote(j) {
			n++
			continue // "said Wednesday on MSNBC’s “Morning Joe.”"
		}
		if a.toks[j].kind != tWord {
			if a.isDash(j) && j > k && j+1 < hi && a.trailingDash(j) {
				return true // "reported on Friday -- a change that …"
			}
			return a.isPunct(j, ".") || a.isPunct(j, ",") || a.isPunct(j, "!") || a.isPunct(j, "?") || a.isPunct(j, "'") || a.isPunct(j, "\u2019")
		}
		if a.wordIn(j, thatWords) || a.wordIn(j, infinitiveTo) && a.lowerWord(j+1) && !a.wordIn(j+1, npDeterminers|possessives) && !a.capitalized(j+1) {
			return false // "asked the network to donate …": content, not a tail
		}
		n++
		if n > 30 {
			return false
		}
	}
	return true
}

// timeTail reports whether a short phrase of time ends the sentence at k:
// "a few days later", "two weeks ago", "this week" (at most five words, an
// article, a number or a time word first, a word of time in it).
func (a *attributor) timeTail(k, hi int) bool {
	if w := a.tokText(k); !a.lowerWord(k) || !a.wordIn(k, timeWords|numberWords) && !a.isNumber(k) && w != "a" && w != "an" {
		return false
	}
	time := false
	for m := k; m < hi && m < k+6; m++ {
		if !a.isWord(m) {
			return time && (a.isPunct(m, ".") || a.isPunct(m, ",") || a.isPunct(m, ")"))
		}
		if a.wordIn(m, complementizers|relWords|spkPronouns) {
			return false
		}
		time = time || a.wordIn(m, durationWords) || equalFoldASCII(a.tokText(m), "later") || equalFoldASCII(a.tokText(m), "earlier")
	}
	return time && k+6 > hi
}

// finiteSpeechAfter reports whether a finite verb of saying opens at k,
// after at most three auxiliaries and adverbs, all in lower case: "said",
// "has also argued", "later wrote"; not a participle before "by". It reads
// at most five tokens.
func (a *attributor) finiteSpeechAfter(k, last int) bool {
	for n := 0; n < 3 && k < last && a.lowerWord(k) && (a.wordIn(k, auxWords|cueAdverbs) || a.adverb(k)) && !a.opensCue(k); n++ {
		k++
	}
	if k >= last || !a.lowerWord(k) || !a.opensCue(k) {
		return false
	}
	e, end, ok := a.cueAt(k, last)
	// Not a participle with its agent: "…, written by an aide, that …".
	return ok && e.class == cueSpeech && (e.form == formPast || e.form == formThird) && !(end < last && a.wordIn(end, byWord))
}

// contentStart returns the first content token after a cue ending at cend:
// "that" when it follows within a few words ("said Tuesday that"), past the
// addressee of "told" and its kin.
func (a *attributor) contentStart(cend, last int, e cueEntry) (int, bool) {
	if cend >= last {
		return 0, false
	}
	j := cend
	if a.isPunct(j, ",") && j+1 < last && equalFoldASCII(a.tokText(j+1), "that") && a.lowerWord(j+1) && e.class == cueSpeech {
		return j + 1, true // "He added, that …"
	}
	if a.isPunct(j, ",") {
		// A phrase set off by commas before "that": "said, per a
		// translator, that …"; or before the clause itself: "says, win or
		// lose in Monday’s vote, she’s keeping her seat".
		for m := j + 1; m < last && m < j+12; m++ {
			if a.isPunct(m, ",") {
				if m > j+1 && a.wordIn(m+1, thatWords) && a.lowerWord(m+1) {
					return m + 1, true
				}
				if m > j+1 && e.class == cueSpeech && a.wordIn(m+1, spkPronouns) && !a.wordIn(m+1, relWords) && a.lowerWord(m+1) &&
					(a.wordIn(m+2, auxWords|finiteAux) || a.pastOrPresent(m+2)) {
					return j + 1, true
				}
				if m > j+2 && a.lowerWord(j+1) && a.wordIn(j+1, npPrepositions) && a.lowerWord(m+1) && a.wordIn(m+1, npDeterminers) && !a.wordIn(m+1, thatWords) {
					return m + 1, true // "outlined, in rather harsh words, a list of …": past the aside
				}
				break
			}
			if !a.isWord(m) {
				break
			}
		}
	}
	if a.isPunct(j, ",") || a.isPunct(j, ".") || a.isPunct(j, ";") || a.isPunct(j, ")") {
		return 0, false
	}
	if a.isPunct(j, ":") {
		j++
	}
	if n := a.scarceObject(j, last); n > j {
		return n, true // "showed no sign of giving up"
	}
	if j+1 < last && a.wordIn(j, particles) && a.lowerWord(j) && a.isWord(j+1) && !a.wordIn(j+1, npPrepositions|coordWords) {
		// The particle completes the verb and belongs to the cue:
		// "called out his rival", "tweeting out false reports".
		j++
	}
	if j < last && a.wordIn(j, complementizers) {
		return j, true
	}
	if j+1 < last && a.lowerWord(j) && (a.inList(j, inFocusAdverbs, focusAdverbs[:]) || a.inList(j, inAsideAdverbs, asideAdverbs[:])) && a.wordIn(j+1, thatWords) && a.lowerWord(j+1) {
		return j + 1, true // "said only that …", "suggest however that …": the adverb is no content
	}
	if j+1 < last && a.wordIn(j, aboutWords) && a.lowerWord(j) && e.class == cueSpeech && e.rest == "" && e.form == formPast && !e.object &&
		a.isWord(j+1) && !a.wordIn(j+1, thatWords|quantifiers|numberWords|objPronouns|npPrepositions) && !a.isNumber(j+1) && !equalFoldASCII(a.tokText(j-1), "said") && !a.wordIn(j-2, passiveAux) {
		// "complained about the tone of the race", "mused about the race";
		// but "said about half of …", "the things he said about Latinos",
		// "the risk the board cautioned about in its memo", "was
		// questioned about".
		return j + 1, true
	}
	// An adverbial or an addressee before "that": "said Tuesday that",
	// "said in a statement that", "told reporters on Tuesday that", "said
	// on ABC's “This Week” that" (a title in marks is part of it), "claimed
	// without evidence that", "said over the weekend that". An
	// existential "there" opens the clause itself: "said there was clear
	// evidence that …".
	if j < last && (a.wordIn(j, npPrepositions) && (!a.isNumber(j+1) || a.isYear(j+1)) && !(a.wordIn(j, infinitiveTo) && a.lowerWord(j+1) && !a.wordIn(j+1, npDeterminers|possessives)) ||
		a.wordIn(j, timeWords) && !a.existentialThere(j) && !(a.wordIn(j, npDeterminers) && !a.wordIn(j+1, timeWords)) || a.adverb(j) || e.object || a.lowerWord(j) && (equalFoldASCII(a.tokText(j), "without") || equalFoldASCII(a.tokText(j), "over")) || a.isDash(j) ||
		a.lowerWord(j) && a.wordIn(j+1, dayWords|timeWords) && timeModifier(a.tokText(j))) { // "said late Tuesday that"
		for m := j; m < last && m < j+30; m++ {
			// Marks first, and only for tokens that are not words.
			if a.toks[m].kind != tWord {
				if a.isDash(m) {
					if n := a.dashAsideEnd(m, last); n > m {
						m = n // "proclaimed in July - falsely - that …"
						continue
					}
					if n := a.dashAsideBeforeThat(m, last); n > m {
						m = n // "said — on the radio, as it happens — that …"
						continue
					}
				}
				if a.toks[m].kind == tQuote && !a.titleQuote(m) || a.isPunct(m, ";") || a.isPunct(m, ":") || a.isDash(m) {
					break
				}
				if m > j && a.isPunct(m, ",") && a.opensCue(m+1) && a.gerund(m+1) && a.lowerWord(m+1) {
					// A participle of saying after a comma has the "that"
					// after it: "warned last week against cutting rates,
					// saying that …" gives it to "saying", not to "warned".
					break
				}
				if m > j && a.isPunct(m, ",") && a.finiteSpeechAfter(m+1, last) {
					// A finite verb of saying after a comma is the main
					// verb, the cue before it in a clause set off before
					// it, and the "that" is the main verb's: "Reyes, a
					// judge who argued with the mayor at the hearing, said
					// in an interview that …".
					break
				}
			}
			if a.wordIn(m, thatWords) {
				if a.relativeThat(m) {
					break // a relative clause: "relief that would go …"
				}
				return m, true
			}
			if m > j+1 && a.wordIn(j, timeWords|dayWords) && a.wordIn(m, finiteAux) && a.lowerWord(m) && !a.wordIn(m-1, spkPronouns|relWords) {
				// A finite verb before any "that": a clause has opened
				// after the day, and the "that" is its own ("said Tuesday
				// his worry is that …").
				break
			}
			if m > j && a.wordIn(m, coordWords) && a.lowerWord(m) && a.predicateAfter(m) {
				// A second predicate of the speaker: the "that" after it
				// is its own ("expressed concern about the plan and said
				// that …", "spoke at the rally but made clear that …").
				break
			}
			if e.object && m > j && a.wordIn(m, infinitiveTo) && a.lowerWord(m) && a.lowerWord(m+1) && !a.wordIn(m+1, npDeterminers|possessives) {
				// The addressee's infinitive comes first: "asked the
				// department to investigate whether …" holds both.
				break
			}
			if m > j && a.wordIn(m, spkPronouns) && !a.wordIn(m, objPronouns|relWords) && a.lowerWord(m) && (a.wordIn(m+1, finiteAux|auxWords) || a.pastOrPresent(m+1) || a.pastVerb(m+1)) &&
				(a.capitalized(m-1) || a.wordIn(m-1, timeWords)) {
				// A clause opens after a name or a day, before any "that":
				// "said on Friday he met Trump and that …", "told AP he
				// was …" hold both. After a common noun the pronoun opens
				// a relative clause: "the pledge he has given is that".
				break
			}
			if e.object && m > j && equalFoldASCII(a.tokText(m), "if") && a.lowerWord(m) && hasPrefixFold(a.tokText(cend-1), "ask") && m+1 < last && a.wordIn(m+1, spkPronouns) {
				return m, true // "asked the contender if he has been preparing …"
			}
			if (e.object || a.wordIn(j, infinitiveTo) && e.class == cueSpeech) && m > j && (equalFoldASCII(a.tokText(m), "how") || equalFoldASCII(a.tokText(m), "why")) && a.lowerWord(m) {
				return m, true // "telling attendees at the gala how he saved the hotel"
			}
		}
	}
	// An adverbial of time or occasion and no "that": the content opens at
	// the subject pronoun of the clause after it ("said after the
	// convention he would not …").
	if j < last && a.wordIn(j, npPrepositions) && a.lowerWord(j) && !a.wordIn(j, infinitiveTo) && !e.object {
		for m := j + 1; m < last && m < j+10; m++ {
			if !a.isWord(m) || a.wordIn(m, complementizers|relWords) && !a.wordIn(m, spkPronouns) {
				break
			}
			if m > j+1 && a.wordIn(m, spkPronouns) && !a.wordIn(m, objPronouns|relWords) && a.lowerWord(m) && (a.wordIn(m+1, finiteAux|auxWords) || a.pastOrPresent(m+1) || a.pastVerb(m+1)) {
				return m, true
			}
		}
	}
	if j+2 < last && a.lowerWord(j) && a.wordIn(j+1, dayWords) && timeModifier(a.tokText(j)) && !a.wordIn(j+2, auxWords) {
		j++ // "said early Monday the …": the day is skipped below
	}
	for j < last && a.wordIn(j, timeWords) && !a.wordIn(j+1, auxWords) && !a.existentialThere(j) && !(a.wordIn(j, npDeterminers) && !a.wordIn(j+1, timeWords)) {
		j++ // "said Tuesday the …", "said this week the …", but not "said there is …", "said there certainly was …" nor "reciting this passage"
	}
	if j+2 < last && equalFoldASCII(a.tokText(j), "on") && a.wordIn(j+1, dayWords) && a.capitalized(j+1) && !a.wordIn(j+2, auxWords|infinitiveTo) {
		j += 2 // "reported on Wednesday the harbour police had …"
	}
	if e.object {
		// told him / told reporters / told The Post
		obj := j
		if a.wordIn(j, objPronouns) && a.wordIn(j, possessives) && a.lowerWord(j+1) && !a.wordIn(j+1, functionWords|complementizers|infinitiveTo|auxWords) && a.wordIn(j+2, infinitiveTo) {
			j += 2 // "asks her assistant to print …": "her" is a determiner
		} else if a.wordIn(j, objPronouns) {
			j++
		} else if a.capitalized(j) {
			for j < last && (a.capitalized(j) || a.abbrevDot(j)) {
				j++ // "asked Mrs. Clinton about …": the period of a title is the name's
			}
		} else if a.pluralNoun(j) && !a.wordIn(j, functionWords) {
			j++
		} else if a.wordIn(j, npDeterminers) && j+1 < last && a.isWord(j+1) {
			j += 2
			for j < last && a.capitalized(j) && a.capitalized(j-1) {
				j++ // "asked the Supreme Court for …"
			}
			if j < last && a.lowerWord(j) && !a.wordIn(j, complementizers|spkPronouns|infinitiveTo|aboutWords|npPrepositions|timeWords|npDeterminers|possessives) {
				j = obj // "telling their family stories": an object, no addressee
			}
		}
		if j > obj && j < last && a.wordIn(j, infinitiveTo) && a.lowerWord(j) {
			return obj, true // "asked her to call": addressee and infinitive
		}
		// A longer addressee: "told a crowd in Newark last week she
		// would …": the content opens at the first subject pronoun.
		if !(a.wordIn(j, spkPronouns) && a.lowerWord(j)) {
			for m := j; m < last && m < obj+12; m++ {
				if a.isPunct(m, "'s") || a.isPunct(m, "’s") {
					continue // "told USA TODAY's weekly series it is …"
				}
				if !a.isWord(m) || a.wordIn(m, complementizers|relWords) {
					break
				}
				if a.wordIn(m, spkPronouns) && (!a.wordIn(m, objPronouns) || equalFoldASCII(a.tokText(m), "it") && a.wordIn(m+1, finiteAux)) && a.lowerWord(m) && a.lowerWord(m+1) {
					return m, true
				}
				if m > j && a.wordIn(m, npDeterminers) && a.lowerWord(m) && !a.wordIn(m, thatWords) && !a.wordIn(m-1, npDeterminers) && a.clauseAt(m, last) && a.verbAhead(m, min(last, m+5)) {
					return m, true // "told a crowd in Ohio the plan would fail"
				}
			}
		}
		if a.isPunct(j, ",") || a.isPunct(j, ":") {
			j++
		}
		if j > obj && a.wordIn(j, aboutWords) && a.lowerWord(j) && j+1 < last {
			j++ // "asked Holcomb about her dealings with …"
		}
	}
	if j > cend && j+1 < last && a.isPunct(j, ",") && a.isWord(j+1) {
		if a.inOpeningPhrase(cend, j) {
			return 0, false // "In an interview published Friday, he said …": a participle, no cue
		}
		j++ // "said yesterday, the plan …": the comma after the day is no content
	}
	if j >= last {
		return 0, false
	}
	// The cue's own preposition is not content: "accused X of", "estimates
	// of", "criticized for", "warned of", "cautioned against"; after a
	// phrase of saying that ends in its noun, the noun's: "expressed
	// concern about turnout", "made the case for a tax".
	if a.lowerWord(j) && (a.wordIn(j, cuePrepositions) && (e.class != cueSpeech || a.nounPhraseCue(cend, e)) || a.wordIn(j, speechPrepositions)) && j+1 < last {
		j++
	}
	if e.inf && a.wordIn(j, infinitiveTo) {
		return j, true // "vowed to rebuild the road"
	}
	if (e.inf || e.object) && j > cend && a.lowerWord(j) && a.wordIn(j, npPrepositions) && !a.wordIn(j, infinitiveTo) {
		// An occasion between the cue and its infinitive: "promised Sunday
		// at a Duluth town hall to scrap …", "tells his supporters at a rally
		// to “go vote”".
		for m := j + 1; m < last && m < j+10; m++ {
			if !a.isWord(m) || a.wordIn(m, complementizers|relWords) && a.lowerWord(m) {
				break
			}
			if a.wordIn(m, infinitiveTo) && a.lowerWord(m) {
				if n := m + 1; n < last && (a.lowerWord(n) && !a.wordIn(n, npDeterminers|possessives) || a.toks[n].kind == tQuote) {
					return m, true
				}
				break
			}
		}
	}
	if e.rest == "" && a.wordIn(j, badContentStarts) && !a.approximately(j) { // "said about 600 tractors …"
		return 0, false
	}
	if e.rest == "" && a.adverb(j) && j+1 < last && a.lowerWord(j+1) && (a.wordIn(j+1, circumstancePreps) || equalFoldASCII(a.tokText(j+1), "in") || equalFoldASCII(a.tokText(j+1), "at")) {
		// "conceded shortly before midnight", "testified voluntarily in
		// May": a time or a place, no content; but "wrote extensively on
		// the court" names its topic.
		return 0, false
	}
	if a.wordIn(j, coordWords) && a.lowerWord(j) && a.nounPhraseCue(cend, e) {
		// A phrase ending in its noun has its object in it: what follows
		// "and" or "but" is a second predicate ("has expressed concern but
		// has said …").
		return 0, false
	}
	return j, true
}

// inOpeningPhrase reports whether the comma at k closes a phrase that
// opens the sentence with a preposition and holds the cue ending before
// cend: "In a message posted Friday, Cruz said …". The cue is a
// participle there, and what follows the comma is no content of it. It
// reads at most maxCueWindow tokens back.
func (a *attributor) inOpeningPhrase(cend, k int) bool {
	lo, _ := a.sentBounds(cend - 1)
	if lo < k-maxCueWindow || !a.capitalized(lo) || !a.wordIn(lo, npPrepositions) {
		return false
	}
	for m := lo + 1; m < k; m++ {
		if a.isPunct(m, ",") {
			return false
		}
	}
	return true
}

// nounPhraseCue reports whether the cue phrase e that ends before token
// cend ends in a noun, a lower-case word of no closed class: "express
// concern", "make the case", not "point out" or "put it". A preposition
// after it is the noun's ("concern about"), where after a verb of saying
// it may open the content ("said about 600 …", "said for years").
func (a *attributor) nounPhraseCue(cend int, e cueEntry) bool {
	k := cend - 1
	return e.rest != "" && k >= 0 && a.lowerWord(k) && !a.wordIn(k, functionWords|particles|npPrepositions|objPronouns|auxWords)
}

// scarceObject returns the token after the preposition that closes an
// object opened at j, right after a cue, by one of scarceWords: "showed no
// sign of giving up", "shows little real concern for the figures",
// "said little about the plan". The object and its preposition belong to
// the cue (cueExtent) and the content is what the preposition governs. At
// most three lower-case words, none a function word, stand between the
// two; "no one" is a subject ("said no one in the room knew") and "little
// of" a quantity, and a finite verb after the preposition's object makes
// the words the subject of a clause ("said no decision on the matter had
// been made"). It returns j when there is no such object.
func (a *attributor) scarceObject(j, last int) int {
	if j+2 >= last || !a.lowerWord(j) || !a.inList(j, inScarceWords, scarceWords[:]) || equalFoldASCII(a.tokText(j+1), "one") {
		return j
	}
	for m := j + 1; m < last && m <= j+4; m++ {
		if !a.lowerWord(m) {
			return j
		}
		if inFold(scarcePreps[:], a.tokText(m)) {
			if m+1 >= last || m == j+1 && equalFoldASCII(a.tokText(m), "of") || !(a.isWord(m+1) || a.toks[m+1].kind == tQuote) || a.verbAhead(m+1, last) {
				return j // a clause follows: "said no decision on the matter had been made"
			}
			return m + 1
		}
		if a.wordIn(m, functionWords|auxWords|complementizers|spkPronouns|relWords|npPrepositions) {
			return j
		}
	}
	return j
}

// relativeThat reports whether "that" at k opens a relative clause, a
// finite verb right after it: an auxiliary ("relief that would go …"), a
// verb in the past ("a memo that showed …") or one in the present with its
// object after it ("a shelter that serves the city"). A complementizer has
// a subject first: "said at the rally that voters …", "that officials said".
func (a *attributor) relativeThat(k int) bool {
	n := k + 1
	if !a.lowerWord(n) {
		return false
	}
	return a.wordIn(n, finiteAux) || a.pastVerb(n) ||
		a.pastOrPresent(n) && a.wordIn(n+1, npDeterminers|possessives|objPronouns|quantifiers) && !a.wordIn(n+1, thatWords)
}

// existentialThere reports whether "there" at k is the subject of a
// clause, a finite verb after it, an adverb between: "there was", "there
// certainly was", "there remains"; not the place of "said there that".
func (a *attributor) existentialThere(k int) bool {
	if !equalFoldASCII(a.tokText(k), "there") {
		return false
	}
	v := k + 1
	if a.adverb(v) {
		v++
	}
	// A verb in "-s" reads as a plural noun unless "to" follows: "there
	// needs to be", "there seems to be".
	return a.lowerWord(v) && (a.wordIn(v, finiteAux) || a.pastOrPresent(v) && (!a.pluralNoun(v) || a.wordIn(v+1, infinitiveTo)))
}

// dashAsideEnd returns the closing dash of a short aside that opens with
// the dash at m ("- falsely -", "-- at least publicly --"): at most four
// words between. It returns m when there is none.
func (a *attributor) dashAsideEnd(m, last int) int {
	k := m + 1
	for k < last && a.isDash(k) {
		k++ // "--" is two tokens
	}
	for n := k; n < last && n <= k+4; n++ {
		if a.isDash(n) {
			if n == k {
				return m
			}
			for n+1 < last && a.isDash(n+1) {
				n++
			}
			return n
		}
		if !a.isWord(n) {
			return m
		}
	}
	return m
}

// dashAsideBeforeThat returns the closing dash of a longer aside that
// opens with the dash at m and is followed by "that" or "whether": "said
// — on the radio, as it happens — that …", "argued - rebuking his rival
// by name - that …". The aside is the writer's, and the content opens at
// the "that". It reads at most twenty tokens and returns m when there is
// no such aside.
func (a *attributor) dashAsideBeforeThat(m, last int) int {
	k := m + 1
	for k < last && a.isDash(k) {
		k++
	}
	for n := k + 1; n+1 < last && n <= k+20; n++ {
		if a.toks[n].kind == tQuote || a.isPunct(n, ";") || a.isPunct(n, ":") || a.isPunct(n, ".") {
			return m
		}
		if a.isDash(n) {
			e := n
			for e+1 < last && a.isDash(e+1) {
				e++
			}
			if e+1 < last && a.wordIn(e+1, thatWords) && a.lowerWord(e+1) {
				return e
			}
			return m
		}
	}
	return m
}

// quotedAfter reports whether a quotation follows from token k, before
// the end of the content at last and before any cue: the words after a
// contrast, a relative or a participle belong to the content when they
// quote its speaker ("called it a “rush to judgment,” because
// superdelegates “can change their mind”"), as annotators mark it.
func (a *attributor) quotedAfter(k, last int) bool {
	for m := k; m < last && m < k+40; m++ {
		if a.toks[m].kind == tQuote {
			return true
		}
		if _, _, ok := a.cueAt(m, last); ok && a.lowerWord(m) {
			return false
		}
	}
	return false
}

// inLeadingClause reports whether the content from start lies in a
// leading subordinate clause of its sentence that the comma at k closes:
// "Although Obama said that the era was over, Clinton won": the
// subordinator opens the sentence, or follows a measure of time ("A few
// weeks after Obama announced …,") or a short phrase and its comma, and
// the comma is the first after it.
func (a *attributor) inLeadingClause(start, k int) bool {
	lo, _ := a.sentBounds(start)
	if lo < start-maxCueWindow {
		return false // bounded, for linear time in a huge sentence
	}
	s := lo
	for s < start && a.wordIn(s, leadWords) && !a.wordIn(s, subordinators) {
		s++
	}
	if s < start && !a.wordIn(s, subordinators) {
		// A measure of time first: "A few days after Varga revealed
		// …,", "Years after he claimed …,", "Even after …,".
		for m := s; m < start && m <= s+4; m++ {
			if a.wordIn(m, subordinators) && a.lowerWord(m) {
				if m > s {
					s = m
				}
				break
			}
			if !a.wordIn(m, durationWords|timeWords|numberWords|npDeterminers|cueAdverbs) && !a.adverb(m) {
				break
			}
		}
	}
	if s < start && !a.wordIn(s, subordinators) {
		// A short phrase first: "In June 2001, after HP asked …,".
		for m := s + 1; m < start && m <= s+6; m++ {
			if a.isPunct(m, ",") {
				if a.lowerWord(m+1) && a.wordIn(m+1, subordinators) {
					s = m + 1
				}
				break
			}
		}
	}
	if s >= start || !a.wordIn(s, subordinators) {
		return false
	}
	for m := s + 1; m < k; m++ {
		if a.isPunct(m, ",") || a.toks[m].kind == tQuote {
			return false // only the first comma closes the clause
		}
	}
	return true
}

// atLeast reports whether "at least" or "at most" starts at token k: a
// quantity, not a place ("reported at least six planes …").
func (a *attributor) atLeast(k int) bool {
	return equalFoldASCII(a.tokText(k), "at") && (equalFoldASCII(a.tokText(k+1), "least") || equalFoldASCII(a.tokText(k+1), "most"))
}

// sentenceAppositive reports whether the comma at k opens a noun phrase
// that comments on the whole clause before it: "…, a swipe at the
// recent disturbances", "…, a play on words with …", "…, a higher share
// than in May".
func (a *attributor) sentenceAppositive(start, k, last int) bool {
	// The words after the comma first, which refuse most commas; the
	// clause before it last, which is read whole.
	d := k + 1
	if !(equalFoldASCII(a.tokText(d), "a") || equalFoldASCII(a.tokText(d), "an")) || !a.lowerWord(d) {
		return false
	}
	for m := d + 1; m < last && m <= d+3; m++ {
		if !a.lowerWord(m) {
			return false
		}
		if a.wordIn(m, npPrepositions|relWords|thatWords) && m > d+1 {
			return !a.nounPhrase(start, k)
		}
		if (equalFoldASCII(a.tokText(m), "of") || equalFoldASCII(a.tokText(m), "than")) && m > d+1 {
			// "…, a higher share than in May", "…, a sign of …", when
			// the comma is the content's first: after another it may
			// close a fronted clause ("that, even if …, a recount of the
			// vote could not be done") or end a list.
			return !a.commaIn(start, k) && !a.nounPhrase(start, k)
		}
	}
	return false
}

// commaIn reports whether a comma lies in [s, e).
func (a *attributor) commaIn(s, e int) bool {
	for m := s; m < e; m++ {
		if a.isPunct(m, ",") {
			return true
		}
	}
	return false
}

// newClause reports whether a clause with its own subject pronoun and
// finite verb starts at j: "she accused", "he reiterated", "they have".
func (a *attributor) newClause(j, last int) bool {
	if j+1 >= last || !a.wordIn(j, spkPronouns) || a.wordIn(j, relWords) || !a.lowerWord(j) {
		return false
	}
	v := j + 1
	if a.adverb(v) || a.wordIn(v, cueAdverbs) {
		v++
	}
	e, _, ok := a.cueAt(v, last)
	return ok && e.class == cueSpeech && a.lowerWord(v) && (e.form == formPast || e.form == formThird)
}

// trailingRelative reports whether the comma at k opens a relative clause
// about the last noun of the content that runs to its end, with no comma
// after it: "praised Ann Lee, who ran the clinic", "said the agency had the
// help of Tobin Marsh, who built the database". PolNeAR's annotators
// leave such a clause out more often than not when its comma is the
// content's first; one followed by a comma ("Ann Lee, who ran the clinic,
// will retire") is inside the content.
func (a *attributor) trailingRelative(k, last int) bool {
	if !a.wordIn(k+1, relWords) || !a.lowerWord(k+1) || equalFoldASCII(a.tokText(k+1), "whom") {
		return false
	}
	for m := k + 2; m < last; m++ {
		if a.isPunct(m, ",") {
			return false
		}
	}
	return true
}

// trailingAppositive reports whether the comma at k opens an appositive
// that runs to the end of the content at last with no comma or quotation:
// "…, a longstanding federal provision that bars it", "…, the
// presumptive nominee". PolNeAR's annotators leave it out when the comma
// is the content's first (after another, it ends a list or follows a
// leading phrase: "that, with the vote done, the council …").
func (a *attributor) trailingAppositive(k, last int) bool {
	if w := a.tokText(k + 1); !a.lowerWord(k+1) || w != "a" && w != "an" && w != "the" {
		return false
	}
	for m := k + 2; m < last; m++ {
		if a.isPunct(m, ",") || a.toks[m].kind == tQuote {
			return false
		}
	}
	return !a.listEnd(k+1, last)
}

// listEnd reports whether [j, last), after a comma, ends a list of noun
// phrases rather than naming again the one before the comma: a noun phrase
// with no verb or relative word, joined to a last item by "and" or "or"
// ("differ on trade, the nuclear deal and the court", "…, the health law
// or the budget"). An appositive with a coordination of its own mostly
// holds a verb ("the law that … and …", "an official overseeing … and …").
func (a *attributor) listEnd(j, last int) bool {
	coord := false
	for m := j; m < last; m++ {
		if a.wordIn(m, relWords) {
			return false
		}
		if m > j && a.lowerWord(m) && (equalFoldASCII(a.tokText(m), "and") || equalFoldASCII(a.tokText(m), "or")) {
			coord = true
		}
	}
	return coord && a.nounPhrase(j, last)
}

// isFirstComma reports whether no comma comes before k in the content
// [start, last); *first caches the index of the content's first comma (-1
// until found), so that the content is read once however many commas ask.
func (a *attributor) isFirstComma(start, k, last int, first *int) bool {
	if *first < 0 {
		*first = last
		for m := start; m < last; m++ {
			if a.isPunct(m, ",") {
				*first = m
				break
			}
		}
	}
	return k <= *first
}

// trailingDash reports whether the dash at k, set apart by spaces, opens
// an appositive: "… — a pun on the name of the bridge", "… — all
// businesses he has assailed". When it is the content's only dash, the
// appositive runs to its end and leaves the content; a clause after the
// dash ("— and that he would …") stays.
func (a *attributor) trailingDash(k int) bool {
	n := a.afterDash(k)
	if n < 0 {
		return false
	}
	w := a.tokText(n)
	return a.lowerWord(n) && (w == "a" || w == "an" || w == "the" || w == "all" || w == "even")
}

// afterDash returns the token after the dash at k when the dash is set
// apart by spaces ("--" is two tokens), or -1: "above- and below-ground"
// has none.
func (a *attributor) afterDash(k int) int {
	n := k + 1
	if a.isPunct(n, "-") && a.isPunct(k, "-") && a.toks[k].end == a.toks[n].start {
		n++
	}
	if k < 1 || n >= len(a.toks) || a.toks[k].start == a.toks[k-1].end || a.toks[n-1].end == a.toks[n].start {
		return -1
	}
	return n
}

// dashContrast reports whether the dash at k, set apart by spaces, opens a
// contrast that the writer adds to the content: a contrastive
// subordinator ("— although Varga leads every other rival", "- though it
// is unclear …") or "but" and a clause with its own subject ("-- but he
// never accepted any blame for it"). PolNeAR's annotators end the content
// at the dash, as at the comma of ", but he …"; "— but never finished"
// shares the content's subject and stays.
func (a *attributor) dashContrast(k, last int) bool {
	n := a.afterDash(k)
	if n < 0 || n >= last || !a.lowerWord(n) {
		return false
	}
	if a.wordIn(n, cutWords) && a.wordIn(n, subordinators) {
		return true // although, though, while, whereas
	}
	return equalFoldASCII(a.tokText(n), "but") && a.clauseAt(n+1, last)
}

// maxAside is the most tokens attributedAside reads between two dashes.
const maxAside = 40

// attributedAside reports whether the dash at k opens an aside that
// carries an attribution of its own and closes with a second dash before
// last: "… to Mexico - “I love it,” he said, “I will never buy it” - and
// …", "… her weak ratings - her “soft spots,” she called them - but …". The aside is a quotation with its speaker, not more of the content,
// which PolNeAR's annotators end at the first dash. The scan stops at the
// closing dash and reads at most maxAside tokens.
func (a *attributor) attributedAside(k, last int) bool {
	n := a.afterDash(k)
	if n < 0 {
		return false
	}
	q, tagged := -1, false // q: the last quotation token of the aside
	for m := n; m < last && m < n+maxAside; m++ {
		if a.isDash(m) {
			return tagged && a.afterDash(m) >= 0
		}
		if a.toks[m].kind == tQuote {
			q = m
			continue
		}
		if q < 0 || tagged || !a.opensCue(m) || !a.lowerWord(m) {
			continue
		}
		if e, _, ok := a.cueAt(m, last); ok && (e.form == formPast || e.form == formThird) {
			j := q + 1
			if a.isPunct(j, ",") {
				j++
			}
			s, e2 := a.leftNPFrom(m, j)
			tagged = s == j && e2 > s // "he said", "Mr. Lee said twice", "he called them"
		}
	}
	return false
}

// countDashes counts the dashes in [s, e), "--" as one.
func (a *attributor) countDashes(s, e int) int {
	n := 0
	for m := s; m < e; m++ {
		if a.isDash(m) && !(m > s && a.isPunct(m, "-") && a.isPunct(m-1, "-") && a.toks[m-1].end == a.toks[m].start) {
			n++
		}
	}
	return n
}

// absoluteWith reports whether the comma at k opens a phrase of "with" and
// a participle or a relative pronoun, which tells the circumstances of the
// statement, not what was said: "…, with councillors taking aim at the
// mayor's office", "…, with whom he clashed". PolNeAR's annotators leave it
// out of the content.
func (a *attributor) absoluteWith(k, last int) bool {
	if !equalFoldASCII(a.tokText(k+1), "with") || !a.lowerWord(k+1) {
		return false
	}
	if a.wordIn(k+2, relWords) {
		return true
	}
	for m := k + 2; m < last && m <= k+7; m++ {
		if a.gerund(m) && a.lowerWord(m) {
			return true
		}
	}
	return false
}

// verbAhead reports whether a finite auxiliary follows in [k, last) before
// a comma or a quotation, within a few words: the noun phrase before k was
// the subject of a clause ("said the frost and gusty winds could
// linger", "said the typical gift over the spring was $19").
func (a *attributor) verbAhead(k, last int) bool {
	for m := k; m < last && m < k+12; m++ {
		if a.isPunct(m, ",") || a.toks[m].kind == tQuote || a.wordIn(m, relWords|thatWords) {
			return false
		}
		if a.wordIn(m, finiteAux) && a.lowerWord(m) {
			return true
		}
	}
	return false
}

// setOffModifier reports whether the conjunction at k opens a short
// modifier set off by commas inside a noun phrase: "traditionally
// Democratic, though culturally conservative, areas", "a crucial,
// although brief, opportunity". Nothing in it is a verb.
func (a *attributor) setOffModifier(k, last int) bool {
	for m := k + 1; m < last && m <= k+4; m++ {
		if a.isPunct(m, ",") {
			return m > k+1 && m+1 < last && a.lowerWord(m+1) && !a.wordIn(m+1, functionWords|auxWords|spkPronouns|cutWords|relWords)
		}
		if !a.isWord(m) || a.wordIn(m, finiteAux|auxWords|spkPronouns|npDeterminers) || a.pastVerb(m) {
			return false
		}
	}
	return false
}

// verbAt reports whether token k is a finite verb in lower case: an
// auxiliary ("would", "has"), a verb in the past ("went", "questioned") or
// a verb in the third person ("says"), not a plural noun ("bases").
func (a *attributor) verbAt(k int) bool {
	return a.lowerWord(k) && (a.wordIn(k, finiteAux) || a.pastVerb(k) || a.pastOrPresent(k) && !a.pluralNoun(k))
}

// clauseAt reports whether a clause with its own subject opens at j: a
// personal pronoun, a name or a short noun phrase with a determiner, then
// a finite verb ("he lined up", "former Gov. Jeb Bush listens", "the
// crowd cheered"), not a noun phrase alone ("a weak leader who …").
func (a *attributor) clauseAt(j, last int) bool {
	if j >= last {
		return false
	}
	v := -1
	switch {
	case a.wordIn(j, spkPronouns) && !a.wordIn(j, relWords) && a.lowerWord(j):
		v = j + 1
	case a.capitalized(j) && !a.wordIn(j, npDeterminers):
		v = a.nameRun(j, last)
	case a.wordIn(j, npDeterminers|possessives) && a.lowerWord(j):
		for m := j + 1; m < last && m <= j+4; m++ {
			if !a.isWord(m) || a.wordIn(m, relWords|functionWords|boundaryWords) && !a.wordIn(m, finiteAux) {
				return false
			}
			if m > j+1 && a.verbAt(m) {
				v = m
				break
			}
		}
	default:
		return false
	}
	if v < 0 || v >= last {
		return false
	}
	if a.adverb(v) {
		v++
	}
	return v < last && (a.verbAt(v) || a.lowerWord(v) && a.wordIn(v, cueAux))
}

// atClauseEnd reports whether the attribution that opens at j ends its
// clause: a speaker, a cue and nothing after it but a short tail ("…,
// officials said."), the trailing attribution of what comes before.
func (a *attributor) atClauseEnd(j, last int) bool {
	for m := j + 1; m < last && m <= j+6; m++ {
		if _, cend, ok := a.cueAt(m, last); ok {
			return a.tailEnds(cend, last) || cend >= last || a.isPunct(cend, ",")
		}
	}
	return false
}

// setOffBeforeVerb reports whether the comma at k opens a short phrase
// set off by commas between a subject and its verb: "Millennials,
// numbering 75.3 million, surpassed …", "the email scandal, while
// troublesome, was dealt with …". The phrase has no verb of its own
// after its first word, and the word after its closing comma is a
// finite auxiliary or a verb in the past.
func (a *attributor) setOffBeforeVerb(k, last int) bool {
	for m := k + 2; m < last && m <= k+8; m++ {
		if a.isPunct(m, ",") {
			v := m + 1
			return v < last && a.lowerWord(v) && (a.wordIn(v, finiteAux) || a.pastVerb(v))
		}
		if !a.isWord(m) || a.wordIn(m, finiteAux|relWords|spkPronouns) {
			return false
		}
	}
	return false
}

// predicateAt reports whether a predicate with no subject of its own opens
// at k, after "but": "…, but hasn’t decided", "…, but strongly favored
// the rule", "…, but will make Iran rich", "…, but rather …". It shares
// the content's subject and belongs to the content.
func (a *attributor) predicateAt(k, last int) bool {
	if k < last && a.lowerWord(k) && (equalFoldASCII(a.tokText(k), "rather") || equalFoldASCII(a.tokText(k), "never")) {
		return true
	}
	for k < last && a.lowerWord(k) && (a.adverb(k) || a.wordIn(k, cueAdverbs)) {
		k++
	}
	if _, _, ok := a.cueAt(k, last); ok || equalFoldASCII(a.tokText(k), "did") {
		return false // "…, but declined to …", "…, but did not recommend …": the speaker's own
	}
	return k < last && (a.verbAt(k) || a.lowerWord(k) && a.wordIn(k, cueAux))
}

// pastPredicate reports whether a verb in the past with no subject of its
// own opens at j, after ", and", and takes an object, a preposition or a
// clause: "…, and pushed to arm the rebels", "…, and dared them to try",
// "…, and railed about the deal". The comma before "and" sets it apart as
// the speaker's next act, not more of what was said; not in a content
// that opens with a quotation mark (closed or not) or other punctuation,
// the speaker's own words ("“if the vote were held today, and limited to
// members, …"). A participle before
// a bare noun is an item of a list ("new roads, and repaired bridges"),
// one before "by" a passive ("…, and opened by his wife").
func (a *attributor) pastPredicate(j, last int) bool {
	if a.adverb(j) || a.wordIn(j, cueAdverbs) {
		j++
	}
	o := j + 1
	if o >= last || !a.pastVerb(j) || a.wordIn(o, byWord) {
		return false
	}
	return a.wordIn(o, npDeterminers|possessives|objPronouns|npPrepositions|infinitiveTo|thatWords|complementizers) && a.lowerWord(o) || a.capitalized(o)
}

// maxAndSubject is the most tokens clauseAfterAnd reads for the subject
// of a clause after "and" before its verb: "the civil liberties union of
// the state has sued" holds seven.
const maxAndSubject = 8

// negatedAux reports whether token k is a negated auxiliary in lower case,
// one token: "don't", "won’t", "cannot".
func (a *attributor) negatedAux(k int) bool {
	if !a.lowerWord(k) || !a.wordIn(k, cueAux) {
		return false
	}
	w := a.tokText(k)
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || w == "cannot"
}

// clauseAfterAnd reports whether a clause with a subject of its own and a
// finite verb starts at j, after "and": "Emanuel fired", "Ms. Acosta
// said", "the dock workers' guild also weighed in".
func (a *attributor) clauseAfterAnd(j, last int) bool {
	for m := j + 1; m < last && m <= j+maxAndSubject; m++ {
		if !a.isWord(m) && !a.isPunct(m, ".") && !a.isPunct(m, "’s") && !a.isPunct(m, "'s") {
			return false
		}
		if a.verbAt(m) || a.negatedAux(m) {
			return true
		}
		if a.lowerWord(m) && a.wordIn(m, functionWords|relWords) && !a.wordIn(m, npInner) {
			return false
		}
	}
	return false
}

// auxCue reports whether auxiliaries, then a verb of saying, open at k:
// "did not say", "has since said", "would later describe".
func (a *attributor) auxCue(k, last int) bool {
	m := k
	for m < last && m < k+4 && a.lowerWord(m) && (a.wordIn(m, auxWords) || a.adverb(m)) && !a.wordIn(m, spkPronouns) {
		m++
	}
	if m == k || m >= last || !a.lowerWord(m) || !a.wordIn(k, finiteAux|cueAux) {
		return false
	}
	e, _, ok := a.cueAt(m, last)
	return ok && e.class == cueSpeech
}

// sayingAhead reports whether a verb of saying opens in the few words from
// k, before a comma: the phrase from k holds an attribution of its own
// ("…, adding up to what the auditors said was …").
func (a *attributor) sayingAhead(k, last int) bool {
	for m := k; m < last && m < k+12; m++ {
		if a.isPunct(m, ",") {
			return false
		}
		if _, _, ok := a.cueAt(m, last); ok && a.lowerWord(m) {
			return true
		}
	}
	return false
}

// mainVerbAfter reports whether the finite auxiliary of a main clause
// follows the comma before j, after an adverb at most: the content so far
// was set off between a subject and its verb ("Officials, who said the
// rule will start in May, will not apply it", "The campaign, which
// declined to comment, has …"), and ends at the comma. An auxiliary
// before its subject asks a condition ("…, should she win") and is not
// one.
func (a *attributor) mainVerbAfter(j, last int) bool {
	if j < last && a.lowerWord(j) && (a.adverb(j) || a.wordIn(j, cueAdverbs)) && !a.wordIn(j, finiteAux) {
		j++ // "…, still has"
	}
	if j >= last || !a.lowerWord(j) || !a.wordIn(j, finiteAux) {
		return false
	}
	return !(a.wordIn(j+1, spkPronouns) && !a.wordIn(j+1, relWords) && a.lowerWord(j+1))
}

// connectiveBefore reports whether the comma at k closes a connective
// phrase opened by a conjunction a few words before it: "… left them
// waiting and as a consequence, now needs to …". The verb after that comma
// shares the content's subject.
func (a *attributor) connectiveBefore(start, k int) bool {
	for m := k - 1; m >= start && m >= k-4; m-- {
		if a.wordIn(m, coordWords) && a.lowerWord(m) {
			return a.wordIn(m+1, npPrepositions|leadWords)
		}
	}
	return false
}

// frontedComma reports whether the comma at k closes a phrase or clause
// fronted inside a content that opens with a complementizer: "said that
// after the vote, the board would …", "reported that during his visit,
// Erdogan repeated …", "argued that, while the tax may pass, workers …".
// The clause after the comma is what was said, so the comma ends nothing:
// the first comma when a preposition or subordinator follows the
// complementizer, the first two when a comma does.
func (a *attributor) frontedComma(start, k, last int) bool {
	if !a.wordIn(start, thatWords) || !a.lowerWord(start) || k <= start+1 && !a.isPunct(start+1, ",") {
		return false
	}
	open := start + 1
	if a.isPunct(open, ",") {
		if k == open {
			return true
		}
		open++
	}
	if !a.lowerWord(open) || !a.wordIn(open, npPrepositions|subordinators|circumstancePreps) {
		return false
	}
	if k-open > maxFronted {
		return false
	}
	for m := open + 1; m < k; m++ {
		if a.isPunct(m, ",") || a.toks[m].kind == tQuote {
			return false // only the comma that closes the fronted phrase
		}
	}
	// The clause after it opens with its subject, which has no cue of its
	// own: not "…, but this would not happen", "…, he argued the probe …".
	n := k + 1
	if a.wordIn(n, cutWords|coordWords|relWords|subordinators) || a.gerund(n) && a.lowerWord(n) {
		return false
	}
	return !a.attributedClause(n, last)
}

// maxFronted bounds, in tokens, a phrase fronted inside a content
// (frontedComma): "after the rape", "while Okafor may not have the
// support of most members". A longer one most often had no comma of its
// own, and the comma found is a later one.
const maxFronted = 12
