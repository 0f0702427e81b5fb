package attribution

import (
	"math/bits"
	"slices"
	"strings"
)

// This file holds the word tables of the sentence segmenter: data, not code.
// Every list is case-sensitive and written without the final period; the
// segmenter looks a word up only when a '.' follows it. WithAbbreviations
// adds entries of the class abbrTitle.

// abbrevClass says what a period after an abbreviation means.
type abbrevClass uint8

const (
	// abbrNone: not an abbreviation; the period ends the sentence unless a
	// lowercase word follows.
	abbrNone abbrevClass = iota
	// abbrTitle: a word that stands before a name or a term and never ends
	// a sentence ("Mr. Smith", "Sen. Cruz", "e.g. this", "v. Wade").
	abbrTitle
	// abbrAmbiguous: ends the sentence only when the next word is one that
	// opens sentences (sentenceStarters) or a mark that opens one (a quote):
	// "in the U.S. He left" ends, "the U.S. Senate" does not; never before a
	// number ("Vol. 2", "p. 55", "Rte. 9").
	abbrAmbiguous
	// abbrPlace: a state ("Calif.", "D.C."); see stateAbbrevs.
	abbrPlace
	// abbrTime: a.m. and p.m.; ends the sentence before a capitalised word
	// unless it is a day or time zone, or the sentence so far is a fronted
	// time phrase ("At 5 a.m. Mr. Smith left").
	abbrTime
	// abbrUnit: a unit of measure or a month (unitAbbrevs, monthAbbrevs);
	// ends the sentence before a capital or a mark, not before a number.
	abbrUnit
	// abbrAnswer: an abbreviation that is also an answer ("No. 5", "No.");
	// ambiguous, but it ends the sentence before any capital when it
	// opens the sentence or a quotation ("Did he win? No. Smith did.").
	abbrAnswer
)

// titleAbbrevs never end a sentence: titles, ranks and Latin connectives.
var titleAbbrevs = []string{
	// Civil titles.
	"Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
	"Rev", "Revs", "Hon", "Esq", "Fr", "Msgr", "Pres", "Supt", "Amb", "Atty", "Det",
	"Insp", "Rt", "Sra", "Srta",
	// Titles of Nigerian and Ghanaian copy: engineer, barrister, Alhaji,
	// pastor ("Engr. Bisi Ade", "Barr. Uche Obi").
	"Engr", "Barr", "Alh", "Pst",
	// Political titles.
	"Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt",
	// Military ranks.
	"Gen", "Col", "Capt", "Cmdr", "Cdr", "Maj", "Sgt", "Cpl", "Pvt", "Adm", "Brig",
	"Lieut", "Ens", "Spc", "Pfc", "Cmdt", "Gens",
	// Places that precede a name.
	"Mt", "Ft", "Pt",
	// Old given-name abbreviations.
	"Wm", "Chas", "Jas", "Thos", "Geo",
	// Latin and connectives.
	"vs", "Vs", "v", "e.g", "i.e", "E.g", "I.e", "cf", "Cf", "viz", "approx", "Approx",
	"ca", "al", "resp",
}

// unitAbbrevs are units of measure, written in lower case after a number:
// a capital after them opens a sentence ("over 10 yrs. Critics say"), a
// number or a lowercase word does not ("5 ft. 10 in.", "3 hrs. of talks").
var unitAbbrevs = []string{
	"oz", "lb", "lbs", "ft", "yr", "yrs", "mo", "mos", "hr", "hrs", "mi", "min",
}

// answerAbbrevs stand before a number, and are words that answer a
// question alone (abbrAnswer).
var answerAbbrevs = []string{"No", "Nos"}

// numberAbbrevs stand before a number ("Vol. 2", "p. 55", "Rte. 9"); they
// are ambiguous (abbrAmbiguous) like the words below.
var numberAbbrevs = []string{
	"Nr", "p", "pp", "Pp", "Vol", "vol", "Vols", "Fig", "fig", "Figs",
	"Ch", "ch", "Chap", "Sec", "Sect", "Eq", "Apt", "Rm", "Ste", "Rte", "Hwy", "ext", "Ext",
	// Parts of laws, treaties and books: "Art. 5", "Para. 3", "Ps. 23".
	"Art", "Arts", "Para", "Paras", "Sched", "Ps",
}

// monthAbbrevs stand before a day ("Jan. 3"); news writes a month
// without a day in full, so a capital after one opens a sentence ("in
// Jan. Smith left"). They take the class of the units (abbrUnit).
var monthAbbrevs = []string{
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
}

// ambiguousAbbrevs end a sentence only before a sentence-opening word.
var ambiguousAbbrevs = []string{
	// Companies.
	"Inc", "Corp", "Co", "co", "Cos", "Ltd", "Bros", "Plc", "Assn", "Assoc", "Dept",
	"Univ", "Inst", "Intl", "Natl", "Govt", "Mfg",
	// Suffixes of names.
	"Jr", "Sr", "Ph.D", "M.D", "B.A", "M.A", "M.B.A",
	// Streets.
	"St", "st", "Ave", "ave", "Blvd", "Rd", "rd", "Ln", "Pl", "Sq", "Ct", "Pkwy",
	// Circuits of courts (also a street's "Circle"):
	// "(9th Cir. 2008)".
	"Cir",
	// Weekdays.
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
	// Countries and unions written with periods.
	"U.S", "U.K", "U.N", "E.U", "U.S.A", "U.S.S.R",
	// Units and others.
	"est", "Est", "max", "sq", "Abp", "Bp", "dept", "govt", "misc",
	// Titles in capitals, as transcripts label speakers ("MR. HOLT: One
	// more question."): a capital after them is a name; but "MS" and
	// "DR" are also initialisms that end sentences ("has MS. The").
	"MR", "MRS", "MS", "MESSRS", "DR", "SEN", "SENS", "REP", "REPS", "GOV", "GEN",
	"COL", "CAPT", "LT", "SGT", "PROF", "REV", "AMB", "ATTY",
}

// stateAbbrevs are U.S. states in AP style. After "City, " they end the
// sentence before any capitalised word ("in Bedminster, N.J. Roger Ailes
// ..."), since a state inside a sentence is followed by a comma; elsewhere
// they are ambiguous ("a Calif. law"). The two-letter forms with periods
// are listed one by one: other initials after a capitalised word and a
// comma are a person's ("the CEO, J.P. Morgan, left").
var stateAbbrevs = []string{
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
	"Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
	"Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Vt", "Va", "Wash",
	"Wis", "Wisc", "Wyo", "D.C", "W.Va",
	"N.C", "N.D", "N.H", "N.J", "N.M", "N.Y", "R.I", "S.C", "S.D", "P.R",
}

// timeAbbrevs are the time-of-day abbreviations.
var timeAbbrevs = []string{"a.m", "p.m", "A.M", "P.M"}

// sentenceStarters are capitalised words that usually open a sentence and
// rarely continue a name: pronouns, determiners, conjunctions, question
// words, auxiliaries and sentence adverbs. After an ambiguous
// abbreviation ("Inc.", "U.S.", "Jr.") they mark a sentence end. So do
// the honorifics Mr., Mrs., Ms. and Messrs., which follow no abbreviation
// inside a sentence ("The Fed met in Feb. Mr. Smith arrived"; a title of
// office may: "U.S. Rep. Ann Lee").
var sentenceStarters = []string{
	"Messrs", "Mr", "Mrs", "Ms",
	"A", "About", "Above", "Across", "After", "Afterward", "Again", "Against", "All",
	"Also", "Although", "Among", "An", "And", "Another", "Any", "Anyone", "Anything",
	"Are", "Around", "As", "At", "Because", "Before", "Both", "But", "By", "Can",
	"Could", "Despite", "Did", "Do", "Does", "During", "Each", "Earlier", "Either",
	"Even", "Every", "Everyone", "Everything", "Few", "Finally", "First", "For",
	"From", "Further", "Furthermore", "Had", "Has", "Have", "He", "Her", "Here",
	"Hers", "His", "How", "However", "I", "If", "In", "Indeed", "Instead", "Is", "It",
	"Its", "Initially", "Just", "Last", "Later", "Like", "Many", "Meanwhile",
	"Might", "More", "Moreover", "Most", "Much", "Must", "My", "Neither", "Never",
	"Nevertheless", "Next", "No", "Nobody", "None", "Nor", "Not", "Nothing", "Now",
	"Of", "Often", "On", "Once", "One", "Only", "Or", "Other", "Others", "Our",
	"Over", "Perhaps", "Rather", "Second", "Several", "Shall", "She", "Should",
	"Since", "So", "Some", "Someone", "Something", "Sometimes", "Soon", "Still",
	"Such", "That", "The", "Their", "Them", "Then", "There", "Therefore", "These",
	"They", "This", "Those", "Though", "Thus", "To", "Today", "Together", "Tomorrow",
	"Too", "Under", "Unless", "Unlike", "Until", "Upon", "Was", "We", "Were", "What",
	"Whatever", "When", "Where", "Whether", "Which", "While", "Who", "Whom", "Whose",
	"Why", "Will", "With", "Within", "Without", "Would", "Yes", "Yesterday", "Yet",
	"You", "Your",
}

// initialEnders are the sentence starters that no name takes as its
// surname: after a single capital that follows a capitalised word they
// end the sentence ("for Plan B. Others", "World War I. The"), where other
// starters may be a surname after a middle initial ("Dan A. Rather").
var initialEnders = []string{
	"And", "But", "He", "Her", "His", "I", "It", "Its", "Others", "She", "So",
	"That", "The", "Their", "Then", "There", "These", "They", "This", "Those",
	"We", "You",
}

// speechVerbs, after a quotation closed by '?' or '!' and a name, continue
// the sentence: "“Who is he?” Trump asked."
var speechVerbs = []string{
	"added", "adds", "answered", "asked", "asks", "continued", "cried", "declared",
	"demanded", "exclaimed", "insisted", "joked", "quipped", "replied", "responded",
	"said", "says", "shouted", "snapped", "tweeted", "wondered", "wrote", "yelled",
}

// valedictions close a letter or an email quoted in a text, alone on a
// line before the signature: "Sincerely,\nAnn Lee". The line ends there.
var valedictions = []string{
	"All the best", "Best", "Best regards", "Best wishes", "Cheers", "Cordially",
	"Kind regards", "Many thanks", "Regards", "Respectfully", "Respectfully yours",
	"Sincerely", "Sincerely yours", "Thank you", "Thanks", "Very truly yours",
	"Warm regards", "Warmly", "With gratitude", "With thanks", "Yours",
	"Yours faithfully", "Yours sincerely", "Yours truly",
}

// maxValediction is the length of the longest valediction.
const maxValediction = len("Respectfully yours")

// timeFollowers are capitalised words that continue a time of day: "at
// 5 p.m. Sunday", "10 a.m. EST".
var timeFollowers = []string{
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT",
	"GMT", "UTC", "BST", "CET", "Eastern", "Central", "Mountain", "Pacific",
	"Moscow", "Beijing", "London", "Baku", "Local",
}

// timeOpeners open a fronted time phrase ("At 5 a.m. Mr. Smith went").
var timeOpeners = []string{
	"After", "Around", "At", "Before", "Between", "By", "From", "Shortly", "Since",
	"Till", "Until", "About", "Just", "On", "Starting", "Beginning",
}

// datelineTags are capitalised words that open a story like a dateline
// place but are not places.
var datelineTags = []string{
	"ANALYSIS", "BREAKING", "COMMENTARY", "EDITORIAL", "EXCLUSIVE", "FACT", "LIVE",
	"OPINION", "PHOTOS", "UPDATE", "UPDATED", "VIDEO", "WATCH", "REVIEW", "NOTE",
	// Labels of a caption, a note or a transcript line: "FILE - In this
	// photo", "EDITOR'S NOTE — This story", "HOST — Welcome back".
	"FILE", "PHOTO", "EDITOR'S", "EDITORS", "CORRECTION", "CLARIFICATION", "HOST",
}

// monthNames are the month names and abbreviations that datelines use.
var monthNames = []string{
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
	"Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
}

// abbrevEntry is one word of the abbreviation table.
type abbrevEntry struct {
	word  string
	class abbrevClass
}

// abbrevTable is an immutable abbreviation table: its entries sorted,
// and the same words hashed for lookup, which the segmenter calls at
// every period (a binary search over the few hundred words took nine
// string comparisons, each a branch that goes either way). Words of up to
// seven bytes, all the built-in ones, are kept as numbers (abbrevKey) in an
// open-addressed table of twice their count or more, which a look-up
// probes without hashing a string; longer ones, added by
// WithAbbreviations, in a map. Most words before a period are no
// abbreviation ("said.", "year."): first, a set of the first bytes of
// the short words of each length rules out most of them (all but a few
// lowercase words), without the probe of the table.
type abbrevTable struct {
	entries []abbrevEntry
	slots   []abbrevSlot           // the short words, at abbrevKey's hash
	long    map[string]abbrevClass // the longer words → their class
	shift   uint                   // 64 - log2(len(slots))
	maxLen  int
	// first[n] has the bit c&63 set for the first byte c of each short
	// word of n bytes (two bytes may share a bit: the probe tells them
	// apart).
	first [maxAbbrevKeyLen + 1]uint64
}

// abbrevSlot is a slot of abbrevTable.slots: a word's key, 0 if empty.
type abbrevSlot struct {
	key   uint64
	class abbrevClass
}

// abbrevKey returns the key of a word of one to seven bytes: its bytes, the
// first lowest, and its length in the top byte, so that no two words
// share a key and no key is 0.
func abbrevKey(w string) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k | uint64(len(w))<<56
}

// maxAbbrevKeyLen is the longest word abbrevKey takes.
const maxAbbrevKeyLen = 7

// builtinAbbrevs is built once from the lists above and never modified.
var builtinAbbrevs = buildAbbrevs(nil)

// nameJoints are the lower-case words inside a byline's names: "By Ann
// de Vries and Li Wei - Trend:".
var nameJoints = []string{"and", "de", "van", "von", "der", "da", "di", "du", "del", "la", "le", "bin", "al", "el"}

// sorted copies of the word lists, for binary search.
var (
	sortedStarters      = sortedCopy(sentenceStarters)
	sortedInitialEnders = sortedCopy(initialEnders)
	sortedTimeFollowers = sortedCopy(timeFollowers)
	sortedSpeechVerbs   = sortedCopy(speechVerbs)
	sortedTimeOpeners   = sortedCopy(timeOpeners)
	sortedDatelineTags  = sortedCopy(datelineTags)
	sortedMonths        = sortedCopy(monthNames)
	sortedValedictions  = sortedCopy(valedictions)
	sortedNameJoints    = sortedCopy(nameJoints)
)

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return slices.Compact(c)
}

func inSorted(list []string, w string) bool {
	_, ok := slices.BinarySearch(list, w)
	return ok
}

// buildAbbrevs merges the built-in lists with extra abbreviations (written
// with or without their final period), which get the class abbrTitle. A
// word listed in several classes keeps the first of title, time, ambiguous; extra words override the built-in class.
func buildAbbrevs(extra []string) *abbrevTable {
	var es []abbrevEntry
	add := func(words []string, c abbrevClass) {
		for _, w := range words {
			w = strings.TrimSuffix(strings.TrimSpace(w), ".")
			if w != "" {
				es = append(es, abbrevEntry{w, c})
			}
		}
	}
	add(extra, abbrTitle)
	add(titleAbbrevs, abbrTitle)
	add(timeAbbrevs, abbrTime)
	add(stateAbbrevs, abbrPlace)
	add(answerAbbrevs, abbrAnswer)
	add(unitAbbrevs, abbrUnit)
	add(monthAbbrevs, abbrUnit)
	add(numberAbbrevs, abbrAmbiguous)
	add(ambiguousAbbrevs, abbrAmbiguous)
	// Stable sort keeps the first class given to a word first.
	slices.SortStableFunc(es, func(a, b abbrevEntry) int { return strings.Compare(a.word, b.word) })
	es = slices.CompactFunc(es, func(a, b abbrevEntry) bool { return a.word == b.word })
	size := 16
	for size < 2*len(es) {
		size *= 2
	}
	t := &abbrevTable{entries: es, slots: make([]abbrevSlot, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	for _, e := range es {
		t.maxLen = max(t.maxLen, len(e.word))
		if len(e.word) > maxAbbrevKeyLen {
			if t.long == nil {
				t.long = make(map[string]abbrevClass)
			}
			t.long[e.word] = e.class
			continue
		}
		t.first[len(e.word)] |= 1 << (e.word[0] & 63)
		k := abbrevKey(e.word)
		h := t.home(k)
		for t.slots[h].key != 0 {
			h = (h + 1) & (size - 1)
		}
		t.slots[h] = abbrevSlot{k, e.class}
	}
	return t
}

// home returns the slot where the search for key k starts.
func (t *abbrevTable) home(k uint64) int {
	return int(k * 0x9E3779B97F4A7C15 >> t.shift) // Fibonacci hashing
}

// lookup returns the class of the word text[ws:i], or abbrNone. Its key
// is read from the eight bytes that end at i when there are eight, shifted
// past those before ws.
func (t *abbrevTable) lookup(text string, ws, i int) abbrevClass {
	n := i - ws
	if n <= 0 || n > t.maxLen {
		return abbrNone
	}
	if n > maxAbbrevKeyLen {
		return t.long[text[ws:i]]
	}
	if t.first[n]>>(text[ws]&63)&1 == 0 {
		return abbrNone // no short word of n bytes starts with this byte
	}
	var k uint64
	if i >= 8 {
		k = load64(text[i-8:])>>(64-8*n) | uint64(n)<<56
	} else {
		k = abbrevKey(text[ws:i])
	}
	for h := t.home(k); ; h = (h + 1) & (len(t.slots) - 1) {
		switch t.slots[h].key {
		case k:
			return t.slots[h].class
		case 0:
			return abbrNone
		}
	}
}
