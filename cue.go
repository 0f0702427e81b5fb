package attribution

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// cueClass says what an attributing word reports.
type cueClass uint8

const (
	// cueSpeech: verbs and phrases of saying and writing ("said", "told",
	// "according to", "wrote", "pointed out").
	cueSpeech cueClass = 1 + iota
	// cueBelief: verbs of believing, knowing and wanting ("thinks",
	// "believes", "hopes").
	cueBelief
	// cueShow: verbs of showing and finding, whose sources are mostly
	// documents and studies ("shows", "found", "suggests").
	cueShow
	// cueStance: verbs of taking a position towards a proposal or a
	// person ("endorsed", "opposes", "declined", "blamed").
	cueStance
	// cueRaise: verbs of seeming and expectation with no source of their
	// own ("seems", "appeared", "is expected"); their content includes
	// their subject. Its fixed phrases are adverbs of hearsay, whose
	// content is the clause around them ("The agency is reportedly
	// weighing a merger").
	cueRaise
	// cueNot: phrases that open with a cue's verb but attribute nothing
	// ("showed up", "find out"); the longest phrase matched wins, so they
	// cancel the verb alone.
	cueNot
)

// cueEntry is one cue phrase after inflection: the words after the first
// (rest, lower case, space separated) and its class. object says the verb
// takes the addressee as its object ("told reporters that …"); inf, that
// its content may be an infinitive ("vowed to rebuild").
type cueEntry struct {
	rest   string
	class  cueClass
	object bool
	inf    bool // takes an infinitive as content: "vowed to rebuild"
	// label: the content is an object and the name given to it, ending
	// with a quoted name: "called the plan “a disaster,” …".
	label bool
	// chain: the phrase attributes only before "to" and a cue, which it
	// joins: "went on to say that …", "goes on to slam …".
	chain bool
	// clause: the content must be a clause ("knew that …", "knew he
	// …") or, with inf, an infinitive; with a noun phrase object the verb
	// attributes nothing ("continued his assault", "knew him well").
	clause bool
	// measure: the verb also tells a change in amount, and a measure as
	// its content ("declined 40 percent", "declined slightly from 58
	// percent") attributes nothing.
	measure bool
	// pastSame: the past is spelt as the base form ("read", "put"), so a
	// bare form after a singular subject is the past: "the email read".
	pastSame bool
	form     verbForm
	// next is the entry (cueTable.entries) of the first word of rest, or
	// -1 when rest is empty or its first word cannot be looked up
	// (lookedUp): cueAt compares the next token's entry with it before
	// it reads the token's text.
	next int32
	// gapped: rest is "about" or "of", which gappedRest may find after
	// other words ("spoke briefly of").
	gapped bool
	// feeling: the verb alone ("expressed", "voiced") is a cue only
	// before a feeling its phrases name, with a determiner or modifiers
	// before it ("expressed his deep concern", feelingObject).
	feeling bool
}

// verbForm is the inflection of a cue's first word.
type verbForm uint8

const (
	formBase verbForm = iota
	formThird
	formPast
	formGerund
	formFixed // not a verb: "according to"
)

// expressedFeelings are the feelings and attitudes a speaker expresses or
// voices, whose object or clause is the content: "expressed confidence
// that …", "expressed misgivings about the plan", "voiced concern over
// the dams", as agency and wire English word them. The last ones carry
// the feeling's own preposition, which "about", "for", "of" and "on" are
// by themselves (cuePrepositions). feelingCues makes the cue phrases of
// "express" and "voice" of them; "voice" alone stays out ("other
// voices", "voices of hope").
var expressedFeelings = [...]string{
	"confidence", "hope", "concern", "doubt", "regret", "support", "satisfaction", "gratitude",
	"frustration", "alarm", "skepticism", "scepticism", "dismay", "outrage", "astonishment",
	"misgivings", "reservations", "discomfort", "interest", "sympathy", "optimism", "doubts",
	"concerns", "disappointment", "anger", "fear", "surprise", "enthusiasm", "amusement", "desire",
	"willingness", "admiration", "remorse", "solidarity", "opposition", "unease", "displeasure",
	"worry", "pessimism", "shock", "readiness", "determination", "commitment", "intention",
	"appreciation", "condolences", "sorrow", "belief", "eagerness", "reluctance", "unwillingness",
	"approval", "disapproval", "fears", "objections", "pride", "pride in",
	"dismay at", "dismay over", "frustration at", "frustration over", "frustration with",
	"discomfort with", "outrage at", "outrage over", "astonishment at", "anger at", "anger over",
	"surprise at", "disappointment at", "disappointment over", "disappointment with",
	"displeasure at", "displeasure over", "displeasure with", "alarm at", "alarm over", "shock at",
	"shock over", "unease over", "unease with", "concern over", "concerns over", "satisfaction with",
	"solidarity with", "sympathy with", "concern at", "concerns at", "joy", "joy at", "joy over",
	"delight", "delight at", "delight over", "relief", "relief at", "relief over",
}

// feelingCues returns the cue phrases "express F" and "voice F" for the
// feelings F of expressedFeelings.
func feelingCues() []string {
	var ps []string
	for _, verb := range [...]string{"express", "voice"} {
		for _, f := range expressedFeelings {
			ps = append(ps, verb+" "+f)
		}
	}
	return ps
}

// cueLexicon is the built-in lexicon of attribution cues, one phrase per
// entry, the first word in its base form. Inflections of the first word are
// derived (irregular forms from irregularVerbs). A leading "=" marks a fixed
// phrase that is not inflected; a trailing "+" marks a verb that takes its
// addressee as object ("tell", "inform"); a trailing "^" a verb whose
// content may be an infinitive ("vow", "decline": "vowed to rebuild"); a
// trailing ">" a phrase that is a cue only with the infinitive of a cue
// after it, whose content is then that cue's ("went on to say that …"); a
// trailing "*" a verb that gives its object a name, whose content ends with
// the name in quotation marks ("called the plan “a disaster”"); a
// trailing "!" a verb whose content must be a clause, not a noun phrase
// ("continued that …" but not "continued his assault"); a trailing "%" a
// verb that also tells a change in amount, attributing nothing with a
// measure after it ("declined 40 percent"); a trailing "~" a verb that is
// a cue alone only before a feeling of expressedFeelings ("expressed his
// hope").
// Classes: speech (saying, writing, announcing), belief (thinking,
// knowing, wanting), stance, raising and show (showing, finding), after
// PARC and PolNeAR's attribution relations.
var cueLexicon = []struct {
	class   cueClass
	phrases []string
}{
	{cueSpeech, []string{
		// "add" reports a clause or a quotation only ("added that …",
		// "“…,” she added"): with a noun phrase it adds a thing ("had
		// added a second oven", "could add fuel to the protests").
		"say", "tell+", "add!%", "note", "write", "ask+^", "announce", "explain", "tweet",
		"argue", "claim^", "state", "declare", "insist", "warn", "suggest", "acknowledge",
		"admit", "recall", "report", "respond", "reply", "answer", "continue!", "conclude",
		"comment", "observe", "remark", "point out", "emphasize", "emphasise", "stress",
		"confirm", "deny", "urge", "predict", "promise^", "vow^", "pledge^", "assert",
		"contend", "maintain!", "charge!", "complain", "concede", "boast", "joke", "quip",
		"testify", "allege", "reveal", "disclose", "mention", "repeat", "reiterate",
		"counter", "retort", "object", "protest", "caution", "advise!", "recommend",
		"propose", "demand", "accuse", "criticize", "criticise", "praise", "cite",
		"inform+", "assure+", "remind+", "proclaim", "shout", "yell", "scream", "whisper",
		"mutter", "exclaim", "wonder", "speculate", "estimate", "read", "post", "blog",
		"email", "indicate", "hint", "imply", "affirm", "reaffirm", "clarify",
		"elaborate", "detail", "underline", "underscore", "highlight", "lament", "plead",
		"brag", "grumble", "snap", "fume", "question", "inquire", "enquire", "interject",
		"agree^", "disagree", "dispute", "rebut", "refute", "reject", "dismiss", "defend",
		"slam", "blast", "mock", "thank", "apologize", "apologise",
		// A topic raised in a speech or a talk, as summaries of speeches
		// word it: "the minister also touched upon the budget", "she drew
		// attention to the backlog".
		"touch on", "touch upon", "draw attention to",
		// A remark on a topic, as "comment on" words it: "the senator
		// remarked upon the fact that …" (the topic is the content). So
		// is a reflection on one; "reflect" alone is no cue ("the
		// tariff reflects a shift", "turnout reflected the anger":
		// annotators mark 5 of its 60 uses in dev).
		"remark on", "remark upon", "comment upon", "reflect on", "reflect upon",
		// The words of an idiom or a frame belong to the cue: "pleaded
		// guilty to fraud" (the charge is the content), "told the story
		// of a nurse who …" (the story's subject is).
		"plead guilty", "tell the story of",
		// A stress laid on a topic, as South Asian papers word it: "the
		// chief minister stressed on the need for …".
		"stress on", "stress upon",
		// "The minister added further that …" (a clause only: "added
		// further pressure" adds no words).
		"add further!",
		"make clear", "make it clear", "rail against", "shoot back",
		"go on>", "describe", "call*",
		"call for", "call on", "call upon", "refer to", "point to", "talk about", "speak about", "comment on",
		"discuss", "speak of", "joke about", "compare", "request", "publish",
		// A passive of saying whose subject is the speaker, as agencies
		// and wires write it: "the envoy was quoted as saying (that) …".
		// An inflected "be" phrase, not a fixed one like "according to"
		// (whose source follows it): the cue holds its auxiliary, and the
		// frames of "said" apply (subject first, or a trailing tag).
		"=according to", "be quoted as saying",
		// A feeling with a determiner or a modifier of its own, which
		// no phrase of feelingCues names: "expressed his hope that …",
		// "voiced their deep concern over …". The cue is the verb, the
		// content the whole noun phrase, as PolNeAR's annotators mark it.
		"express~", "voice~",
		"recount", "bemoan", "retweet", "chant", "invoke", "reference", "lay out", "assail", "downplay",
		"encourage^", "put it", "take aim at", "muse", "surmise", "posit", "opine", "scoff",
		"taunt", "chastise", "castigate", "disparage", "belittle", "deride", "berate", "trash",
		"bash", "knock", "rip", "grill", "list", "commend", "confide", "outline", "pronounce",
		"quote", "regret", "reprimand", "swear", "contradict", "preach", "recite", "lecture",
		// A singer's words, in reviews and profiles: "she sings, “I left
		// the light on”" (a clause only: not "sang the anthem").
		"sing!",
		"trumpet", "pay tribute to", "take issue with", "implore", "exhort", "raise questions about",
		"raise concerns about", "reply to", "describe as", "respond to", "make the case", "make the point", "write about",
		"make no mention of", "make comments about", "hint at", "vouch for", "speak out against",
		"speak out about", "weigh in on", "talk up", "reassure+", "ask for", "plead for",
		"apologize for", "apologise for", "lash out at", "lash out against",
		// A court's or an official's decision, with its clause: "the judge
		// ruled that …" (not "ruled the city": a clause only).
		"rule!",
		// Verbs of saying of West African and South Asian English, in
		// which a paper's own voice reports a speech: "the chairman
		// averred that …", "he enjoined the youths to …", "lauded the
		// governor for …", "extolled the virtues of …".
		"aver", "enjoin", "laud", "extol",
	}},
	// Feelings expressed or voiced (expressedFeelings).
	{cueSpeech, feelingCues()},
	{cueBelief, []string{
		"think", "believe", "feel", "expect", "hope^", "fear", "worry", "doubt",
		"suspect", "know!", "assume", "reckon", "guess", "consider", "understand!",
		"realize", "realise", "recognize!", "recognise!", "want^", "wish", "imagine",
		"be convinced", "be confident", "be sure", "be concerned", "remember", "view",
		"see!", "anticipate", "mull", "ponder", "envision", "contemplate", "be optimistic",
		"be hopeful", "be worried", "be skeptical", "be certain", "be aware", "be adamant",
		"be pessimistic", "be afraid", "be unsure", "be doubtful", "be wary of", "be eager^",
		"be upset!", "be angry!", "be frustrated!", "be disappointed!", "be surprised!", "be shocked!",
		"be pleased!", "be glad!", "be proud!", "be furious!", "be thrilled!", "be happy!",
		// A group of opinion holders split over a question: "voters are
		// evenly divided on whether …".
		"be split on", "be split over", "be divided on", "be divided over",
		// A belief held on, or reached, with its clause: "the donors remain
		// confident that he will win", "he came away convinced that …"
		// (a clause only: "remained confident throughout" says nothing).
		"remain confident!", "remain convinced!", "remain hopeful!", "remain optimistic!",
		"remain skeptical!", "remain certain!", "remain sure!", "remain worried!",
		"remain concerned!", "remain doubtful!", "remain adamant!", "remain pessimistic!",
		"come away convinced!", "become convinced!",
		// An opinion held, in the English of South Asian papers: "the
		// minister was of the view that …" (a clause only).
		"be of the view!", "be of the opinion!",
	}},
	{cueStance, []string{
		"denounce", "blame", "decline^%", "refuse^", "echo", "endorse", "prefer", "oppose", "seek^",
		"condemn", "decry", "tout", "hail", "welcome", "label*", "dub*", "liken", "characterize",
		"portray", "credit", "support", "favor", "embrace", "champion", "push for",
		"vote for", "vote against", "attack", "applaud", "lambaste", "ridicule", "rebuke",
		"chide", "scold", "fault", "question", "doubt", "challenge", "insist", "demand", "plan^!",
		"intend", "threaten^", "decide^", "identify", "order^", "be critical of",
		// A name given, as "label" gives it, in South Asian and African
		// copy: "the senator termed the budget (as) “anti-people”".
		"term*",
		// Positions taken towards a person or a plan, whose particle or
		// preposition annotators mark with the verb: "distanced herself
		// from the plan", "singled out the board", "sparred over the
		// budget", "shrugged off the criticism", "played down the
		// risk", "has made no secret of her plans".
		"distance himself from", "distance herself from", "distance themselves from", "distance itself from",
		"single out", "spar over", "shrug off", "play down", "make no secret of",
	}},
	{cueRaise, []string{"seem", "appear", "be expected", "=reportedly", "=allegedly", "=reputedly", "=purportedly",
		// Passives of opinion and repute with no agent: what people at
		// large see or know of the subject ("the bill is seen as a
		// compromise", "she is known for her temper"); the content is the
		// clause, its subject with it.
		"be seen as", "be known as", "be known for", "be viewed as", "be regarded as",
	}},
	{cueNot, []string{"rule out", "show up", "show off", "find out", "call off", "call in", "thank to", "compare to", "compare with", "write off",
		// A sum ("the pledges add up to $3 million") or a coherence ("the
		// numbers don't add up"), not words added.
		"add up",
		// Finding oneself somewhere is being there, not a finding: "the
		// senator found himself defending the bill".
		"find himself", "find herself", "find itself", "find themselves", "find myself",
		"find ourselves", "find yourself", "find yourselves", "find oneself",
		// Demonstrating somewhere is protesting: "hundreds demonstrated
		// outside the embassy".
		"demonstrate outside", "demonstrate against", "demonstrate amid", "demonstrate near",
		"demonstrate across", "demonstrate along", "demonstrate throughout",
	}},
	{cueShow, []string{
		"show", "find!", "calculate", "demonstrate", "prove", "forecast", "project", "indicate", "reveal",
		"estimate", "document", "learn", "discover", "suggest",
		// "Showing" is no cue alone (nounForms: "data showing a rise",
		// "the showing of the film"); after a form of "be" with a clause it
		// is the verb: "early returns are showing that turnout rose".
		"be showing!",
	}},
}

// irregularVerbs gives third person, past and gerund forms where the
// regular rules of inflect do not. The past participle of these verbs,
// when it differs from the past, is listed as a fourth form.
var irregularVerbs = map[string][]string{
	"say":        {"says", "said", "saying"},
	"aver":       {"avers", "averred", "averring"},
	"extol":      {"extols", "extolled", "extolling"},
	"lay":        {"lays", "laid", "laying"},
	"tell":       {"tells", "told", "telling"},
	"write":      {"writes", "wrote", "writing", "written"},
	"think":      {"thinks", "thought", "thinking"},
	"know":       {"knows", "knew", "knowing", "known"},
	"feel":       {"feels", "felt", "feeling"},
	"find":       {"finds", "found", "finding"},
	"read":       {"reads", "read", "reading"},
	"understand": {"understands", "understood", "understanding"},
	"show":       {"shows", "showed", "showing", "shown"},
	"prove":      {"proves", "proved", "proving", "proven"},
	"go":         {"goes", "went", "going", "gone"},
	"make":       {"makes", "made", "making"},
	"be":         {"is", "was", "being", "been", "are", "were", "am"},
	"forecast":   {"forecasts", "forecast", "forecasting"},
	"blog":       {"blogs", "blogged", "blogging"},
	"snap":       {"snaps", "snapped", "snapping"},
	"spar":       {"spars", "sparred", "sparring"},
	"shrug":      {"shrugs", "shrugged", "shrugging"},
	"quip":       {"quips", "quipped", "quipping"},
	"slam":       {"slams", "slammed", "slamming"},
	"admit":      {"admits", "admitted", "admitting"},
	"regret":     {"regrets", "regretted", "regretting"},
	"refer":      {"refers", "referred", "referring"},
	"seek":       {"seeks", "sought", "seeking"},
	"speak":      {"speaks", "spoke", "speaking", "spoken"},
	"swear":      {"swears", "swore", "swearing"},
	"sing":       {"sings", "sang", "singing"},
	"plan":       {"plans", "planned", "planning"},
	"dub":        {"dubs", "dubbed", "dubbing"},
	"label":      {"labels", "labeled", "labeling"},
	"favor":      {"favors", "favored", "favoring"},
	"vote":       {"votes", "voted", "voting"},
	"shoot":      {"shoots", "shot", "shooting"},
	"prefer":     {"prefers", "preferred", "preferring"},
	"brag":       {"brags", "bragged", "bragging"},
	"rebut":      {"rebuts", "rebutted", "rebutting"},
	"rip":        {"rips", "ripped", "ripping"},
	"put":        {"puts", "put", "putting"},
	"see":        {"sees", "saw", "seeing"},
	"take":       {"takes", "took", "taking", "taken"},
	"draw":       {"draws", "drew", "drawing", "drawn"},
	"come":       {"comes", "came", "coming", "come"},
	"become":     {"becomes", "became", "becoming", "become"},
}

// inflect returns the inflected forms of a regular English verb: third
// person singular, past and gerund.
func inflect(base string) []string {
	if f, ok := irregularVerbs[base]; ok {
		return f
	}
	n := len(base)
	var third, past, ger string
	switch {
	case strings.HasSuffix(base, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(base[n-2])):
		stem := base[:n-1]
		third, past, ger = stem+"ies", stem+"ied", base+"ing"
	case strings.HasSuffix(base, "ee") || strings.HasSuffix(base, "ye") || strings.HasSuffix(base, "oe"):
		// The final e stays before -ing: "agreeing", "dyeing".
		third, past, ger = base+"s", base+"d", base+"ing"
	case strings.HasSuffix(base, "e"):
		third, past, ger = base+"s", base+"d", base[:n-1]+"ing"
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") ||
		strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z"):
		third, past, ger = base+"es", base+"ed", base+"ing"
	default:
		third, past, ger = base+"s", base+"ed", base+"ing"
	}
	return []string{third, past, ger}
}

// cueTable indexes the cue lexicon by the lower-case form of each phrase's
// first word. It is built once and only read afterwards.
type cueTable struct {
	first map[string][]cueEntry
	// words joins first with the word classes of words.go, so that a token
	// is looked up once: it gives an index into entries, whose entry 0 is
	// the empty one (a word in no table). A token then carries 4 bytes of
	// what the rules know of it, without pointers.
	words   *wordTab
	entries []lexEntry
	// clsOf[e] is entries[e].cls: what the pass over every token
	// (findQuotesIn) reads of each word's entry, in 13 KB, where the
	// entries (96 bytes each) would cost it a cache line a word. The
	// entries 1 to listed are those of the listed words
	// (lexEntry.listed), the others follow: the pass tells the few it
	// reads further with no look-up.
	clsOf  []ruleClass
	listed int32
	// lens[c-'a'] has bit n set when a word of words starts with c and has
	// n bytes: a filter before the table.
	lens [26]uint32
}

// lexEntry is what the attribution rules know of a word: its classes and
// the cues it opens.
type lexEntry struct {
	cls  ruleClass
	cues []cueEntry
	// phrasal: each of cues is a phrase that needs the next word to be
	// the first of its rest, as the forms of "be" do ("is expected",
	// "was convinced"): the word opens a cue only before one of those
	// (opensBefore).
	phrasal bool
	// nexts has bit n%64 set for the entry n (cueEntry.next) of the first
	// word of the rest of each of cues: a filter on the next word.
	nexts uint64
	// demand is what may open the content after a noun of demanding
	// (demandNouns): "for to", "to"; "" for other words.
	demand string
	// passives are the words that follow the word in the entries of
	// passiveClauseCues of which it is the verb, as entries; passiveSubject:
	// it is one of passiveSubjectCues.
	passives       []passiveNext
	passiveSubject bool
	// colonLabel: the word is one of colonLabels; focus, one of
	// focusWords (the entity stage's list).
	colonLabel, focus bool
	// sounded: the word is one of soundedNouns.
	sounded bool
	// feeling: the word is the first of one of expressedFeelings.
	feeling bool
	// listed: the word is read by a pass over a list of tokens
	// (attributor.cueToks, nounToks): it opens cues, is of the class
	// nounCues or has a demand.
	listed bool
	// objectCue: one of cues is the word alone and takes its addressee
	// as object ("told"), which cueEntriesAt may then find: a filter
	// before it (attributor.objectCueAt).
	objectCue bool
	// trailing: one of cues may give cueAt an answer in the past or the
	// third person that is a verb of saying, the only cues trailingFirst
	// attributes: its form is, and its class is cueSpeech or it chains
	// to another verb, whose class it takes. A filter before
	// trailingFirst's search for a comma and cueAt.
	trailing bool
}

// passiveNext is an entry of passiveClauseCues after its verb: the
// entries (cueTable.entries) of its next word and of the word after that,
// 0 when there is none, and whether the next word is part of the cue.
type passiveNext struct {
	next, after int32
	inCue       bool
}

// opensBefore reports whether the word of le may open a cue before the
// word whose entry is next: always, unless le is phrasal and next is the
// first word of none of its phrases' rests (a test of nexts that lets a
// few others through).
func (le *lexEntry) opensBefore(next int32) bool {
	return !le.phrasal || le.nexts&(1<<(next%64)) != 0
}

// opensBeforeExact is opensBefore without the others the test of nexts
// lets through: next is the first word of one of le's phrases' rests.
// cueAt asks it before it looks past a gap ("is widely expected"): a
// word let through by nexts ("widely", by the place of its entry) would
// otherwise be taken for the phrase's next word, and the gap never tried.
func (le *lexEntry) opensBeforeExact(next int32) bool {
	if !le.opensBefore(next) {
		return false
	}
	if !le.phrasal {
		return true
	}
	for i := range le.cues {
		if le.cues[i].next == next {
			return true
		}
	}
	return false
}

// lookedUp reports whether cueTable.word can find the lower-case word w
// (at most 24 bytes, opening with a letter, a byte above ASCII or a
// straight apostrophe: the verb of a contraction, "he 's"), and so
// whether a token's entry tells whether it is w.
func lookedUp(w string) bool {
	return len(w) > 0 && len(w) <= 24 && (w[0] >= utf8.RuneSelf || w[0] == '\'' || 'a' <= w[0] && w[0] <= 'z')
}

func newCueTable(extra []string) *cueTable {
	t := &cueTable{first: make(map[string][]cueEntry, 1024)}
	for _, group := range cueLexicon {
		for _, p := range group.phrases {
			t.addPhrase(p, group.class)
		}
	}
	// Forms that are far more often nouns than cues in news text. The
	// phrases of a base form stay ("would not comment on"); a plural's go
	// ("his comments on").
	for _, w := range nounForms {
		if !strings.HasSuffix(w, "s") {
			t.first[w] = slices.DeleteFunc(t.first[w], func(e cueEntry) bool { return e.rest == "" })
		}
		if len(t.first[w]) == 0 || strings.HasSuffix(w, "s") {
			delete(t.first, w)
		}
	}
	for _, p := range extra {
		t.addPhrase(strings.ToLower(strings.TrimSpace(p)), cueSpeech)
	}
	byWord := make(map[string]lexEntry, len(t.first)+len(classOf))
	for w, cls := range classOf {
		byWord[w] = lexEntry{cls: cls}
	}
	for w, cues := range t.first {
		e := byWord[w]
		e.cues = cues
		byWord[w] = e
	}
	// The word lists the rules ask about one word at a time are flags of
	// its entry, which a word of no class gets for them.
	set := func(w string, f func(e *lexEntry)) {
		e := byWord[w]
		f(&e)
		byWord[w] = e
	}
	for w, preps := range demandNouns {
		set(w, func(e *lexEntry) { e.demand = preps })
	}
	for _, w := range passiveSubjectCues {
		set(w, func(e *lexEntry) { e.passiveSubject = true })
	}
	for w := range colonLabels {
		set(w, func(e *lexEntry) { e.colonLabel = true })
	}
	for w := range focusWords {
		set(w, func(e *lexEntry) { e.focus = true })
	}
	for _, w := range soundedNouns {
		set(w, func(e *lexEntry) { e.sounded = true })
	}
	for _, f := range expressedFeelings {
		w, _, _ := strings.Cut(f, " ")
		set(w, func(e *lexEntry) { e.feeling = true })
	}
	// The words of passiveClauseCues and the first words of the phrases'
	// rests have entries too, so that the passives and cueEntry.next name
	// them by entry (below).
	for _, p := range passiveClauseCues {
		for _, w := range []string{p.verb, p.next, p.after} {
			if w != "" {
				set(w, func(*lexEntry) {})
			}
		}
	}
	for _, cues := range t.first {
		for _, e := range cues {
			if w, _, _ := strings.Cut(e.rest, " "); lookedUp(w) {
				set(w, func(*lexEntry) {})
			}
		}
	}
	// Entries in the order of their words, so that the table is the same
	// whatever the map's order: first the listed words' (see
	// lexEntry.listed), from 1 to t.listed, so that a range test tells
	// them, then the others'.
	listed := func(le *lexEntry) bool {
		return len(le.cues) > 0 || le.cls&nounCues != 0 || le.demand != ""
	}
	words := slices.Sorted(maps.Keys(byWord))
	slices.SortStableFunc(words, func(a, b string) int {
		la, lb := byWord[a], byWord[b]
		return cmp.Compare(b2i(!listed(&la)), b2i(!listed(&lb)))
	})
	index := make(map[string]int32, len(byWord))
	t.entries = make([]lexEntry, 1, len(byWord)+1)
	for _, w := range words {
		index[w] = int32(len(t.entries))
		t.entries = append(t.entries, byWord[w])
	}
	t.clsOf = make([]ruleClass, len(t.entries))
	for i := range t.entries {
		le := &t.entries[i]
		t.clsOf[i] = le.cls
		le.phrasal = len(le.cues) > 0
		le.listed = listed(le)
		if le.listed {
			t.listed = int32(i)
		}
		for j := range le.cues {
			e := &le.cues[j]
			e.next = -1
			if w, _, _ := strings.Cut(e.rest, " "); lookedUp(w) {
				e.next = index[w]
				le.nexts |= 1 << (e.next % 64)
			}
			// gappedRest may find "about" and "of" further on.
			e.gapped = e.rest == "about" || e.rest == "of"
			le.objectCue = le.objectCue || e.rest == "" && e.object
			le.trailing = le.trailing || (e.form == formPast || e.form == formThird) && (e.class == cueSpeech || e.chain)
			if e.next < 0 || e.gapped {
				le.phrasal = false
			}
		}
	}
	for _, p := range passiveClauseCues {
		e := &t.entries[index[p.verb]]
		e.passives = append(e.passives, passiveNext{next: index[p.next], after: index[p.after], inCue: p.inCue})
	}
	t.words = newWordTab(index)
	for w := range index {
		if c := w[0]; 'a' <= c && c <= 'z' && len(w) < 32 {
			t.lens[c-'a'] |= 1 << len(w)
		}
	}
	return t
}

// word returns the index in entries of the classes of w and the cues it
// opens, compared without case, in one look-up; 0 when w is in no table.
// It does not allocate.
func (t *cueTable) word(w string) int32 {
	if len(w) == 0 || len(w) > 24 {
		return 0
	}
	// Most words are in no table: a first letter and a length no entry
	// has settle that without hashing.
	if f := w[0] | 0x20; w[0] < 0x80 && w[0] != '\'' && (f < 'a' || f > 'z' || t.lens[f-'a']&(1<<len(w)) == 0) {
		return 0
	}
	return t.words.get(w)
}

// wordIn returns t.word(s[i:j]), looked up with wordTab.getIn: a token is
// a slice of the whole text, whose bytes past it let a short word be read
// with one load.
func (t *cueTable) wordIn(s string, i, j int) int32 {
	w := s[i:j]
	if len(w) == 0 || len(w) > 24 {
		return 0
	}
	if f := w[0] | 0x20; w[0] < 0x80 && w[0] != '\'' && (f < 'a' || f > 'z' || t.lens[f-'a']&(1<<len(w)) == 0) {
		return 0
	}
	return t.words.getIn(s, i, j)
}

// nounForms are inflected forms removed from the lexicon because in news
// they are mostly nouns ("the state", "his comments", "the attacks",
// "support for") or mostly not attributions ("showing"): on annotated
// news they were right less than one time in five. "seek" and its forms
// stay: PolNeAR marks what is sought ("sought to calm the crowd", "is
// seeking a pay rise") when no other content holds it. A base form
// keeps its phrases ("would not comment on"). "plans" stays: as a verb
// its content must be an infinitive or a clause ("plan^!"), which the
// noun seldom has after it ("her plans for the city"). "rule" is a cue
// in the past and the participle only ("the judge ruled that …"): "the
// rules", "a new rule". "term" likewise ("termed", not "a second term").
var nounForms = []string{"state", "states", "comment", "comments", "email", "emails", "attack",
	"attacks", "support", "supports", "supporting",
	"showing", "questions", "thought", "remarks", "challenges", "report", "known",
	"prove", "proves", "proved", "proven", "rule", "rules", "term", "terms"}

func (t *cueTable) addPhrase(p string, class cueClass) {
	if p == "" {
		return
	}
	feeling := strings.HasSuffix(p, "~")
	p = strings.TrimSuffix(p, "~")
	measure := strings.HasSuffix(p, "%")
	p = strings.TrimSuffix(p, "%")
	chain := strings.HasSuffix(p, ">")
	p = strings.TrimSuffix(p, ">")
	clause := strings.HasSuffix(p, "!")
	p = strings.TrimSuffix(p, "!")
	label := strings.HasSuffix(p, "*")
	p = strings.TrimSuffix(p, "*")
	inf := strings.HasSuffix(p, "^")
	p = strings.TrimSuffix(p, "^")
	object := strings.HasSuffix(p, "+")
	p = strings.TrimSuffix(p, "+")
	if fixed, ok := strings.CutPrefix(p, "="); ok {
		head, rest, _ := strings.Cut(fixed, " ")
		t.add(head, cueEntry{rest: rest, class: class, form: formFixed, inf: inf})
		return
	}
	head, rest, _ := strings.Cut(p, " ")
	forms := inflect(head)
	t.add(head, cueEntry{rest: rest, class: class, object: object, form: formBase, inf: inf, chain: chain, label: label, clause: clause, measure: measure, feeling: feeling, pastSame: forms[1] == head})
	for i, f := range forms {
		form := formPast
		switch i {
		case 0:
			form = formThird
		case 2:
			form = formGerund
		}
		if head == "be" {
			form = formThird
		}
		t.add(f, cueEntry{rest: rest, class: class, object: object, form: form, inf: inf, chain: chain, label: label, clause: clause, measure: measure, feeling: feeling})
	}
}

func (t *cueTable) add(word string, e cueEntry) {
	for _, old := range t.first[word] {
		if old.rest == e.rest {
			return
		}
	}
	t.first[word] = append(t.first[word], e)
}

// b2i returns 1 when b holds, else 0.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
