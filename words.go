package attribution

import (
	"slices"
	"strings"
)

// The word classes the attribution rules read, all lower case. They are
// closed classes of English (spkPronouns, npDeterminers, auxiliaries,
// conjunctions, npPrepositions), not names: the rules find speakers from the
// shape of the sentence, never from a list of people.

// ruleClass is a set of word classes, one bit each, so that a token's
// classes are looked up once and tested with a mask.
type ruleClass uint64

const (
	// spkPronouns that can be speakers.
	spkPronouns ruleClass = 1 << iota

	// objPronouns are addressees after "told": told him that ….
	objPronouns

	// npDeterminers open a noun phrase: "the senator", "his spokesman".
	npDeterminers

	// auxWords stand between a subject and its cue: "has said", "would not say".
	auxWords

	// cueAux are the auxiliaries annotators count as part of a cue: "has
	// said", "did not say", "was asked".
	cueAux

	// leadWords open a sentence before its subject: "But he said".
	leadWords

	// boundaryWords end a noun phrase read backwards from a cue:
	// "the plan that Smith said" stops at "that".
	boundaryWords

	// relWords open a relative clause after a name: "Smith, who chairs it,".
	relWords

	// functionWords cannot end a noun phrase.
	functionWords

	// npPrepositions end a noun phrase read forwards: "said Smith on Tuesday".
	npPrepositions

	// npInner are lower-case words inside names and roles read forwards:
	// "the head of the union", "Ludwig van Beethoven".
	npInner

	// quantifiers stand alone as speakers: "most said", "many believe".
	quantifiers

	// notSpeakers are words that look like a noun phrase but never speak.
	notSpeakers

	// notAdverbs end in -ly but are not adverbs.
	notAdverbs

	// complementizers open reported content: "said that", "asked whether".
	complementizers

	// verbDeterminers are determiners that also stand as subjects: "that
	// says", "this shows", "some say", "many believe".
	verbDeterminers

	// verbPrepositions may stand before a verb: "as said", "to say",
	// "when asked".
	verbPrepositions

	// possessives mark a following word as a noun: "his remarks".
	possessives

	// baseFormSubjects may stand before the base form of a verb: "they
	// say", "will say", "to say".
	baseFormSubjects

	// passiveAux before a participle makes it passive: "is expected".
	passiveAux

	byWord

	// timeWords are adverbials of time that may follow a cue: "said
	// Tuesday that".
	timeWords

	// thatWords open reported content further along: "said on CNN, where …,
	// that".
	thatWords

	// cutWords end reported content after a comma: "…, but Cook did not
	// say when"; bareCutWords end it without one. "which" ends it only as
	// a trailing relative clause (see trailingRelative); cutWords keeps
	// it for the rules that read speakers.
	cutWords

	bareCutWords

	// coordWords join a second verb to the same subject: "described … and
	// accused".
	coordWords

	// aboutWords follow "Asked" before its topic.
	aboutWords

	// infinitiveTo is the "to" of an infinitive, not a preposition to skip.
	infinitiveTo

	// cuePrepositions belong to a cue rather than to its content: "accused
	// him of", "criticized for", "concerns about".
	cuePrepositions

	// speechPrepositions belong to any cue, a verb of saying too: "warned
	// of", "cautioned against", "boasted of".
	speechPrepositions
	// unrealTo before "to" and a verb of saying make the saying a plan, a
	// duty, a chance or a judgement, not something said: "plans to
	// announce", "has yet to explain", "anonymity to discuss", "hard to
	// say".
	unrealTo
	// subordinators open a sentence's leading clause: a content inside it
	// ends with it ("Although Obama said that … was over, Clinton won").
	subordinators
	// textNouns are what a speaker issues, posts or sends before a
	// participle of saying: "issued a statement saying …".
	textNouns
	// durationWords make a phrase of time: "Hours later,", "Two days ago,".
	durationWords
	// particles complete a verb: "put out a statement", "spoke out about",
	// "fired back a letter".
	particles
	// addresseePreps open the addressee, place or time between a verb of
	// speaking and its "about": "spoke to CNN about", "spoke at the White
	// House about".
	addresseePreps
	// circumstancePreps open a phrase of time or circumstance that ends a
	// short noun-phrase content: "criticized Bill Clinton during a
	// debate", "called for a ban following the shooting".
	circumstancePreps
	// nestedLeads open a clause with an attribution of its own inside
	// another's content: "… and Smith said …", "… while aides said …".
	nestedLeads

	// butRunOn after ", but" continue the same content: "…, but that …",
	// "not …, but only …".
	butRunOn

	// extractRel open a relative clause whose gap is what was said:
	// "which he said was …", "what she calls …".
	extractRel

	// pollNouns head a source that opens its sentence: "In a CNN poll, …".
	pollNouns

	// shareWords build a share of people with numbers: "more than 4 in 10".
	shareWords

	// expletives are subjects with no content: "It appears that …".
	expletives

	// gerundLeads stand before a participle of saying with the sentence's
	// subject: "by arguing that", "and questioning", "while insisting".
	gerundLeads

	// raiseNext may follow a verb of seeming that attributes: "seems to",
	// "appears that", "seemed likely".
	raiseNext

	// finiteAux are finite auxiliaries: a noun phrase holding one is a
	// clause ("the party has launched …").
	finiteAux

	// asWord opens "As X noted, …".
	asWord

	// notPlurals end in -s but are not plural nouns.
	notPlurals

	// prepParticiples end in -ing but act as prepositions: a comma before
	// them does not end reported content ("…, including the right to vote",
	// "…, depending on the weather", "…, ranging from fines to jail").
	prepParticiples

	// badContentStarts cannot open the content of a speech verb: "said
	// on Tuesday." alone, "said in a statement." alone.
	badContentStarts

	// cueAdverbs between the speaker and the verb belong to the cue, as
	// annotators mark it: "later said", "has repeatedly accused". Not
	// "also": the project's seed dispatch keeps "also emphasized" out of
	// its cue ("emphasized"), which PolNeAR would include. After an
	// auxiliary it is inside the verb group and in the cue ("has also
	// said"): cueExtent.
	cueAdverbs

	// comparatives open a quantity before "than": "More than half".
	comparatives

	// numberWords are numbers written as words.
	numberWords

	// nameAux are auxiliaries that are also first names: capitalized,
	// they open a name ("Will Hurd said"), not a question.
	nameAux

	// dayWords name the day of a statement; right after the verb they
	// belong to the cue, as annotators mark it: "said Tuesday", "told
	// reporters" apart. dayParts may follow them: "said Tuesday night".
	dayWords
	dayParts

	// occasionPreps and occasionNouns name the occasion of a statement at
	// the end of its content: "praised the plan in an interview", "…
	// during a rally in Ohio", "blasted the ruling on Twitter" (the names of
	// platforms may be capitalized right after the preposition). The
	// occasion belongs to the telling, not to what was told.
	occasionPreps
	occasionNouns

	// occasionTimes are the days and months that date a statement at the
	// end of its content: "praised the plan on Monday", "in June".
	occasionTimes

	// leadParticipleWords open a phrase of saying before the subject,
	// with gerundLeads: "Since announcing in October that …, Mr. Biden
	// has …", "In describing his rival, Cuban said …", "Despite
	// criticizing the plan, Smith voted for it".
	leadParticipleWords

	// workNouns name works whose titles stand in quotation marks after
	// them: "in her 2009 memoir, ''A Quiet Harbor.''" names the book; it is
	// not what he said.
	workNouns

	// raiseAdjectives stand between a subject and the infinitive of its
	// cue: "voters are more likely to say that …", "she was quick to
	// add".
	raiseAdjectives

	// nounCues are nouns of saying and believing that attribute the
	// "that" clause after them: "his warning that …", "Trump's claim
	// that …", "complaints that the ferry runs late", "the suggestion
	// that he resign". Nouns most often the object of a verb in a
	// relative clause ("the speculation that his remarks fueled", "the
	// rumors that she spread") are left out: their "that" opens no
	// content as often as it does.
	nounCues

	// irregularPast are verbs in the past whose form does not end in
	// -ed: "… comments and went straight back to its debate", "… and took the
	// podium". They complete pastVerb's test of a word's ending.
	irregularPast
)

// ruleClassWords lists the words of each class, lower case.
var ruleClassWords = []struct {
	class ruleClass
	words string
}{
	{spkPronouns, `he she they we i it you who`},
	{objPronouns, `him her them me us you it reporters journalists`},
	{npDeterminers, `the a an this that these those his her their its our my your some many several both all each another one two three four five six seven eight nine ten most few other such no any`},
	{auxWords, `has have had is was were are be been being will would could should can may might must did does do also not never later soon then again still previously already once recently further earlier just even repeatedly often ultimately finally initially first separately publicly privately reportedly apparently sometimes always usually long since now began begun himself herself themselves itself n't yet`},
	{cueAux, `has have had is are was were be been will would could should can may might must did does do not n't never yet`},
	// The verbs of contracted pronouns, split off by the tokenizer
	// ("he’s saying", "they’ve said").
	{auxWords | cueAux, `'s 're 've 'll 'd ’s ’re ’ve ’ll ’d`},
	// Negated auxiliaries are one token ("isn’t saying"): auxiliaries
	// before a cue, never part of the speaker. Both apostrophes.
	{auxWords | cueAux, `isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't shouldn't can't cannot doesn't don't didn't mustn't`},
	{auxWords | cueAux, `isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t couldn’t shouldn’t can’t cannot doesn’t don’t didn’t mustn’t`},
	{leadWords, `and but so yet or still now then also however meanwhile instead indeed moreover nevertheless nonetheless thus hence`},
	{boundaryWords, `that and but or because while when as after before since upon if though although so than where which what whether whom whose how why until unless once whereas nor yet to be is was were are has have had said says say told tells according not also`},
	{relWords, `who which whose whom`},
	{functionWords, `the a an of to in on at for with by from and or but that this these those his her their its our my your as about into over under than`},
	{npPrepositions, `on in at during after before while when to from with by about for as since until through via into outside inside near`},
	{npInner, `of the de van von der den da di du del la le bin ibn al el and for to`},
	{quantifiers, `most many some others all both few several half majority none someone somebody everyone everybody anyone anybody nobody another`},
	{notSpeakers, `there here this that what which it's why how when where whether as so if then but and or now today yesterday`},
	{notAdverbs, `family rally ally italy july reply supply apply early only daily weekly monthly yearly holy billy emily kelly molly sally polly bully`},
	{complementizers, `that whether if how why what when where who`},
	{verbDeterminers, `that this these those some many several both all most few others one two three four five six seven eight nine ten another`},
	{verbPrepositions, `to as when`},
	{possessives, `his her their its our my your whose`},
	{baseFormSubjects, `i we you they who to will would could should can may might must did does do not never also n't cannot still often generally and people women men
		children police staff voters
		don't doesn't didn't won't wouldn't can't couldn't shouldn't mustn't
		don’t doesn’t didn’t won’t wouldn’t can’t couldn’t shouldn’t mustn’t`},
	{passiveAux, `is are was were be been being well widely`},
	{byWord, `by`},
	{timeWords, `here there separately monday tuesday wednesday thursday friday saturday sunday today yesterday tonight recently earlier later last this next week month year weekend morning afternoon evening night again repeatedly often once twice previously then now`},
	{thatWords, `that whether`},
	{cutWords, `but while which whereas although though however and`},
	{bareCutWords, `while whereas`},
	{nestedLeads, `and but while when after`},
	{circumstancePreps, `during after before following amid despite since until while when through throughout`},
	{durationWords, `ago hours minutes days weeks months years`},
	{particles, `out up back`},
	{addresseePreps, `to with at on in`},
	{textNouns, `statement statements letter letters email emails e-mail tweet tweets post posts video videos ad ads release memo message messages note`},
	{subordinators, `although though while when whenever after before since because if as once unless until whereas despite`},
	{unrealTo, `plans plan planned planning want wants wanted wanting need needs needed has have had having yet going able unable anonymity hard easy difficult impossible soon safe fair important necessary enough way time chance opportunity reason reasons power effort efforts decision refusal inability unwillingness eagerness desire willing unwilling right wrong ready free likely unlikely supposed meant set expected required forced asked allowed`},
	{coordWords, `and but`},
	{aboutWords, `about`},
	{infinitiveTo, `to`},
	{cuePrepositions, `of for about on`},
	{speechPrepositions, `of against`},
	{butRunOn, `that not only also`},
	{extractRel, `which what whom that`},
	{pollNouns, `poll polls survey surveys study studies`},
	{shareWords, `in more less fewer than nearly almost about some roughly just only over under`},
	{expletives, `it there this`},
	{gerundLeads, `by and while after before`},
	{raiseNext, `to that likely poised set ready`},
	{finiteAux, `is are was were has have had will would could should can may might must does did`},
	{asWord, `as`},
	{notPlurals, `news this his its has was is us plus thus always perhaps various serious series whereas unless across besides`},
	{cueAdverbs, `later then still often once recently repeatedly previously already further earlier just even ultimately finally initially first separately publicly privately reportedly apparently never again frequently always sometimes usually long since now began begun`},
	{nameAux, `will may`},
	{comparatives, `more less fewer`},
	{numberWords, `one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions dozen dozens`},
	{dayWords, `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight`},
	{dayParts, `morning afternoon evening night`},
	{occasionTimes, `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan. feb. aug. sept. oct. nov. dec.`},
	{leadParticipleWords, `since upon without in despite besides`},
	{workNouns, `book books memoir memoirs novel article column essay op-ed editorial film movie documentary song album show series play report study`},
	{raiseAdjectives, `likely unlikely willing unwilling quick eager ready able unable reluctant hesitant inclined careful keen`},
	{irregularPast, `went took made gave got came began ran left held kept brought sent spent won lost met paid stood led sat became grew drew threw flew broke chose fell rose wore tore swore froze stole hid bit shook forgot beat fought sought bought caught taught built lent bent meant dealt knew spoke struck drove rode stuck hung swung fled sold slid withdrew undertook arose sank sprang swept upheld withheld overcame underwent oversaw overturned heard overheard saw foresaw understood withstood overtook overthrew mistook misled woke awoke slept wept sang swam drank ate dug spun clung flung stung forbade forgave rebuilt`},
	{nounCues, `complaint complaints suggestion suggestions assumption assumptions claim claims assertion assertions argument arguments belief beliefs fear fears concern concerns hope hopes warning warnings promise promises insistence contention assurance assurances allegation allegations accusation accusations remark remarks prediction predictions admission acknowledgment acknowledgement`},
	{occasionPreps, `in during at on via through`},
	{occasionNouns, `interview interviews statement statements speech speeches tweet tweets post posts rally rallies conference conferences debate debates broadcast appearance appearances address remarks hearing hearings forum briefing briefings op-ed editorial podcast meeting session stop event events town interview. twitter facebook instagram youtube condition anonymity print page media show column blog video email letter memo book article ad ads website`},
	{prepParticiples, `including excluding regarding concerning depending ranging totaling totalling comprising`},
	{badContentStarts, `on in at during after before to from with by about for as since until through via into and or but then later also again`},
}

// classOf maps a lower-case word to its classes. It is built once and only
// read afterwards.
var classOf = func() map[string]ruleClass {
	m := make(map[string]ruleClass, 512)
	for _, c := range ruleClassWords {
		for _, w := range strings.Fields(c.words) {
			m[w] |= c.class
		}
	}
	return m
}()

// contractedPronouns and contractedVerbs are the two halves of the
// contractions that contraction splits.
var (
	contractedPronouns = []string{"he", "she", "it", "they", "we", "i", "you", "who", "that", "there", "what"}
	contractedVerbs    = []string{"s", "re", "ve", "ll", "d"}
)

// demandNouns are the nouns of calling for and promising that attribute
// what follows them (nounDemands), with the words that may open it: "for"
// a noun phrase or "to" an infinitive. Lower case, as written; their
// singular is read as a noun only after a determiner or a possessive
// ("his call for", not "will call for"). Each word's entry in the cue
// table holds its prepositions (lexEntry.demand).
var demandNouns = map[string]string{
	"call": "for to", "calls": "for to",
	"promise": "to", "promises": "to", "pledge": "to", "pledges": "to", "vow": "to", "vows": "to",
	"plea": "for", "pleas": "for",
}

// passiveClauseCues are participles of saying whose passive with no agent,
// followed by next, reports something of its subject: "was said to be
// furious", "is accused of plotting", "were charged with fraud". The
// content is the whole clause, the subject and the cue with it. after,
// when set, is the word that must follow next ("said to be", "said to
// have"). inCue: next is the preposition the verb governs, part of the
// cue as annotators mark it ("is accused of", "was charged with"), where
// a free adjunct is not ("was criticized" for …).
var passiveClauseCues = []struct {
	verb, next, after string
	inCue             bool
}{
	{"said", "to", "be", false}, {"said", "to", "have", false},
	{"reported", "to", "be", false}, {"reported", "to", "have", false},
	{"criticized", "for", "", false}, {"criticised", "for", "", false}, {"criticized", "as", "", false},
	{"accused", "of", "", true}, {"charged", "with", "", true},
	{"described", "as", "", false}, {"mentioned", "as", "", false}, {"confirmed", "as", "", false},
	{"declared", "the", "", false}, {"announced", "the", "", false},
}

// passiveSubjectCues are participles of saying whose passive with no agent
// and no complement attributes its subject, what was said: "The price
// was not disclosed", "the results will be announced on Saturday".
var passiveSubjectCues = []string{
	"announced", "disclosed", "mentioned", "reported", "read", "requested", "confirmed",
	"noted", "argued", "revealed", "tweeted", "retweeted", "told",
}

// demonymNouns are nouns for a person of a nation or a state that news
// and sports copy use after "the" for someone just named ("Kiprop Tanui
// led. The Kenyan said …", "the Texan said"). Singular nouns only: "the
// Swiss", "the Chinese" are as often a people or a government, and "the
// New Yorker" a magazine. Lower case.
var demonymNouns = map[string]bool{
	"spaniard": true, "kenyan": true, "briton": true, "scot": true, "welshman": true,
	"welshwoman": true, "irishman": true, "irishwoman": true, "englishman": true,
	"englishwoman": true, "frenchman": true, "frenchwoman": true, "dutchman": true,
	"dutchwoman": true, "swede": true, "dane": true, "finn": true, "norwegian": true,
	"german": true, "italian": true, "american": true, "australian": true,
	"canadian": true, "brazilian": true, "argentine": true, "argentinian": true,
	"mexican": true, "colombian": true, "chilean": true, "peruvian": true,
	"venezuelan": true, "uruguayan": true, "cuban": true, "jamaican": true,
	"nigerian": true, "ethiopian": true, "ghanaian": true, "ugandan": true,
	"moroccan": true, "egyptian": true, "russian": true, "ukrainian": true,
	"pole": true, "serb": true, "croat": true, "hungarian": true, "romanian": true,
	"bulgarian": true, "greek": true, "turk": true, "israeli": true, "iranian": true,
	"indian": true, "pakistani": true, "korean": true, "belgian": true,
	"austrian": true, "kiwi": true, "aussie": true, "texan": true,
	"californian": true, "floridian": true, "vermonter": true, "ohioan": true,
	"virginian": true, "alaskan": true, "arizonan": true, "coloradan": true,
	"oklahoman": true, "minnesotan": true, "iowan": true, "kansan": true,
	"nevadan": true, "oregonian": true, "georgian": true, "kentuckian": true,
}

// colonLabels are the words of a newsroom label before a colon that opens
// a paragraph or a headline: "BYLINE: …", "Correction: …", "Paid
// Notice: …", "STAT OF THE WEEK: …", "UPDATE: …". A lead-in with one of
// them names no speaker (transcriptLines, headlineColon), nor the lines
// that close a press release. Words that may
// be part of a name ("Judicial Watch", "Morning Email") are not listed.
// Lower case.
var colonLabels = map[string]bool{
	"byline": true, "correction": true, "corrections": true, "update": true, "updated": true,
	"updates": true, "notice": true, "photo": true, "photos": true, "video": true,
	"related": true, "breaking": true, "exclusive": true, "credit": true, "dateline": true,
	"stat": true, "advertisement": true, "listen": true, "click": true, "subscribe": true,
	"developing": true, "boom": true, "wow": true, "quiz": true, "chart": true,
	"graphic": true, "transcript": true,
	// A press release's closing lines: "Media Contact: …", "Press
	// contacts: …", "Caption: …", "Courtesy: …".
	"contact": true, "contacts": true, "caption": true, "courtesy": true,
	// Where a chart's figures come from, who helped write the article:
	// "Source: company filings", "Additional reporting: …".
	"source": true, "sources": true, "reporting": true,
}

// personObjectVerbs take a claim as object, and then report it, or a
// person, and then report nothing: "dismissed the report" but "dismissed
// his deputy", "rejected the offer" but "rejected the coach" (personObject).
var personObjectVerbs = [...]string{
	"dismiss", "dismisses", "dismissed", "dismissing", "reject", "rejects", "rejected", "rejecting",
	"deny", "denies", "denied", "denying",
}

// timeLeadWords may stand in a measure of time before "after" or
// "before" that opens a sentence with a participle: "Shortly after
// leaving", "A week before announcing", "Just days after" (timedLead).
var timeLeadWords = [...]string{"a", "an", "just", "shortly", "soon", "only", "moments", "long", "immediately", "right"}

// soDegreeWords after "so" make it an adverb of degree or time, no
// connective: "So far, donors have paid a third" keeps its "So far".
var soDegreeWords = [...]string{"far", "much", "many", "few", "little", "long"}

// complementPreps open the object of a verb of thinking ("worries about
// him", "thinks of her", "fears for them"): after such a verb they are
// no tail of a trailing attribution.
var complementPreps = [...]string{"about", "of", "over", "for"}

// sourceLabels open a line that lists where an article's figures or
// pictures come from ("Sources: Census Bureau, company reports",
// "Courtesy: the family"): no word after them is a cue (sourceLine).
var sourceLabels = [...]string{"source", "sources", "courtesy", "credit", "credits"}

// soleColonLabels are labels only when they are the whole lead-in before
// the colon: "Email: …", "Phone: …", but not the newsletter of "Tuesday’s
// Morning Email: …". (The rule classes are full: the words are asked only
// of a lead-in of one word before a colon.)
var soleColonLabels = [...]string{"email", "e-mail", "phone", "telephone", "tel", "fax", "website", "web"}

// soundedNouns are the nouns one sounds, whose object soundedNotes
// attributes: "sounded a cautious note about …", "sounded a call for …".
// Lower case.
var soundedNouns = []string{"note", "call", "warning"}

// showMedia are the kinds of broadcast that make the next "show" or
// "shows" the noun, not the verb of a poll or a study: "the TV show",
// "talk shows", "a reality show". (The rule classes are full: the words
// are asked only before "show" and "shows".) Not "game": "the game shows
// that …" has its subject there.
var showMedia = [...]string{"tv", "television", "radio", "talk", "reality", "cable", "morning", "quiz", "cooking", "variety", "scripted"}

// concessiveWords open a leading phrase or clause of concession that a
// comma closes: "Despite a month of attacks, …", "Though he lost, …".
// Annotators leave it out of the content that follows it. (The rule
// classes are full: the words are few, asked only of a sentence's first
// word, and only when it is one of subordinators, which holds them all.)
var concessiveWords = [...]string{"despite", "though", "although"}

// concessive reports whether w is one of concessiveWords, in any case.
func concessive(w string) bool { return inFold(concessiveWords[:], w) }

// expletiveAdjectives are the adjectives of the cue phrases "be …" that
// take an expletive "it" as subject, whose clause is then the real one:
// "It is doubtful he will run", "it is certain that …". The "it" of those
// stands for the content, and no one is its source. (The rule classes are
// full: the words are asked only of a cue's last word after "it".)
var expletiveAdjectives = [...]string{"doubtful", "certain"}

// floatingWords are the quantifiers that float off their subject into
// the verb group: "Cruz and Rubio have both argued", "the candidates
// have all said". After an auxiliary they belong to the cue, as
// annotators mark it, and are no speaker. (The rule classes are full:
// the words are asked only of a word after an auxiliary before a cue.)
var floatingWords = [...]string{"all", "both", "each"}

// timeAfterWords close a measure of time that dates a clause from
// another time: "Two days later", "minutes earlier", "a year ago". (The
// rule classes are full: the words are asked only of a word after a
// noun of durationWords at the start of a clause.)
var timeAfterWords = [...]string{"later", "earlier", "ago"}

// pluralPronouns are the plural subject pronouns a quantifier floats
// off: "they all agree", "we both said".
var pluralPronouns = [...]string{"they", "we"}

// singularAux are the auxiliaries that agree only with a singular
// subject, which no quantifier floats off: after them "both" is that of
// "both … and" ("has both endorsed … and …"), no part of the cue.
var singularAux = [...]string{"has", "is", "was", "does"}

// focusAdverbs stand between a verb of saying and its "that" and narrow
// or contrast what is said: "said only that", "said instead that",
// "stated merely that". They are no content; annotators mark them with
// the verb as its cue ("said only"). (The rule classes are full: the
// words are asked only of the word right after a cue.)
var focusAdverbs = [...]string{"only", "merely", "simply", "instead"}

// focusAdverb reports whether w is one of focusAdverbs, in any case.
func focusAdverb(w string) bool { return inFold(focusAdverbs[:], w) }

// asideAdverbs are the sentence adverbs that may stand between a verb of
// saying and its "that": "suggest however that", "argued nonetheless
// that". They are the writer's, neither content nor cue.
var asideAdverbs = [...]string{"however", "nonetheless", "nevertheless", "moreover", "also", "too"}

// asideAdverb reports whether w is one of asideAdverbs, in any case.
func asideAdverb(w string) bool { return inFold(asideAdverbs[:], w) }

// connectivePhrases are the connectives of more than one word that may
// open a sentence before the content of an attribution at its end, in
// lower case: "In contrast, turnout fell, officials said". Like a single
// one ("However,") they are the writer's, no content.
var connectivePhrases = [...]string{"in contrast", "by contrast", "in addition", "at the same time", "for instance", "for example", "even so", "on the other hand"}

// postVerbs are the verbs of posting, and postPlaces the sites where a
// post is made: after such a verb the place belongs to the cue, as
// annotators mark it ("wrote on Facebook that …", "…,” she posted on
// Twitter."), unlike the occasion of a spoken statement ("said in an
// interview"), which they mostly leave out.
var postVerbs = [...]string{"write", "writes", "wrote", "writing", "post", "posts", "posted", "posting"}
var postPlaces = [...]string{"on twitter", "on facebook", "on instagram"}

// mannerNouns are the gestures and sounds that go with a saying, after a
// trailing cue and "with a": "…,” she said with a laugh." Annotators mark
// them in the cue (six of six on our measure), as they mark an adverb of
// manner ("said sarcastically").
var mannerNouns = [...]string{"laugh", "smile", "grin", "smirk", "shrug", "chuckle", "sigh", "wink", "nod", "giggle", "snort"}

// stateVerbs are forms of saying left out of the cue lexicon because in
// news they are mostly nouns ("the state", "states"; see nounForms). A
// quotation ending with a comma and a noun phrase before one make it the
// verb: "“…,” the report states.", "“…,” the two envoys state in a
// letter.".
var stateVerbs = [...]string{"state", "states"}

// floating reports whether w is one of floatingWords, in any case.
func floating(w string) bool { return inFold(floatingWords[:], w) }

// thatSubordinators are the participles and adverbs that join "that"
// into a subordinator: "given that", "provided that", "now that", "so
// that", "such that". The "that" after them opens a clause, not a
// relative one. (The rule classes are full: the words are asked only of
// the word before a "that" before a speaker.)
var thatSubordinators = [...]string{"given", "provided", "providing", "seeing", "assuming", "now", "so", "except", "such"}

// scarceWords open an object that denies or belittles the act of the
// cue before them, and that object with the preposition after it belongs
// to the cue, as annotators mark it: "showed no sign of giving up",
// "has said little about the levy", "shows no respect for the rules".
// scarcePreps are the prepositions that close it. (The rule classes are
// full: the words are asked only of the word right after a cue.)
var (
	scarceWords = [...]string{"no", "little"}
	scarcePreps = [...]string{"of", "for", "about", "on", "in", "with", "toward", "towards", "against"}
)

// ellipsisAuxWords stand for a verb phrase left out after "as", before
// their subject: "…, as have other leaders", "…, as did the mayor". The
// clause names someone else who did the same, the writer's addition to
// what was said. Forms of "be" ("…, as is the custom") compare what was
// said and are not here. (The rule classes are full: the words are asked
// only after ", as".)
var ellipsisAuxWords = [...]string{"has", "have", "had", "did", "does", "do"}

// ellipsisAux reports whether w is one of ellipsisAuxWords, in lower case.
func ellipsisAux(w string) bool {
	for _, c := range ellipsisAuxWords {
		if w == c {
			return true
		}
	}
	return false
}

// controlVerbs are the verbs of trying, going on and refusing whose
// subject is also the subject of the infinitive after them: "is trying to
// explain", "continues to insist", "refusing to concede". Annotators mark
// such a verb as part of the cue of the infinitive's verb, where a cue
// that opens with "to" after a noun stays as it is ("allowed lawmakers to
// compare"). "keep" takes the gerund of one of them: "will keep trying
// to". (The rule classes are full: the words are asked only of the word
// before a cue's "to", once a quotation.)
var controlVerbs = [...]string{
	"try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting",
	"continue", "continues", "continued", "continuing", "begin", "begins", "began", "begun", "beginning",
	"refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining",
	"fail", "fails", "failed", "failing", "struggle", "struggles", "struggled", "struggling",
	"keep", "keeps", "kept", "keeping",
}

// controlVerb reports whether w is one of controlVerbs, in any case.
func controlVerb(w string) bool { return inFold(controlVerbs[:], w) }

// causeVerbs are the verbs of causing, letting and pressing whose object
// is the subject of the infinitive after it: "led Republicans to say",
// "leaving some to question", "allowed him to call", "forced the bank to
// admit". (The rule classes are full: the words are asked only of the few
// words before the "to" of a cue whose speaker is not found before it.)
var causeVerbs = [...]string{
	"lead", "leads", "led", "leading", "leave", "leaves", "left", "leaving",
	"allow", "allows", "allowed", "allowing", "let", "lets", "letting",
	"force", "forces", "forced", "forcing", "drive", "drives", "drove", "driven", "driving",
	"cause", "causes", "caused", "causing", "prompt", "prompts", "prompted", "prompting",
	"push", "pushes", "pushed", "pushing", "pressure", "pressures", "pressured", "pressuring",
	"urge", "urges", "urged", "urging", "encourage", "encourages", "encouraged", "encouraging",
	"spur", "spurs", "spurred", "spurring", "inspire", "inspires", "inspired", "inspiring",
	"persuade", "persuades", "persuaded", "persuading", "convince", "convinces", "convinced", "convincing",
	"enable", "enables", "enabled", "enabling",
}

// causeShapes holds, for each first letter in lower case, a bit for each
// length of the causeVerbs that open with it: a test of one word that
// refuses most words before inFold compares them with the sixty verbs.
var causeShapes = func() (t [256]uint32) {
	for _, w := range causeVerbs {
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// causeVerb reports whether w is one of causeVerbs, in any case. Its
// first letter, lowered by its case bit, and its length must fit one of
// them (causeShapes) first.
func causeVerb(w string) bool {
	return len(w) > 0 && len(w) < 32 && causeShapes[w[0]|0x20]&(1<<len(w)) != 0 && inFold(causeVerbs[:], w)
}

// articles open a noun phrase: a second one inside a phrase read back
// from a cue opens a relative clause's subject (relativeNoThat); a word
// in -ed after one is an adjective (nounPhrase). (The
// rule classes are full: the words are asked only of a speaker's first
// words.)
var articles = [...]string{"the", "a", "an"}

// openingWords are adverbs that open a sentence with a phrase a comma
// closes before the subject, and never name anyone: "Even so, she said",
// "Back in 1999, he called", "Beyond that, he used". (The rule classes
// are full: the words are asked only of a sentence's first word, when it
// is capitalized and no other class skips it.)
var openingWords = [...]string{"even", "just", "back", "beyond", "likewise", "more", "similarly", "besides", "elsewhere", "moments", "shortly", "soon"}

// openingWord reports whether w is one of openingWords, in any case.
func openingWord(w string) bool { return inFold(openingWords[:], w) }

// singularDeterminers open a noun phrase of one: the word after them is
// no verb in its bare form, though it may look like a cue ("One view is
// that …", "another vote for …", "One protest organizer says …"). (The
// rule classes are full: the words are asked only of the word before a
// cue in its bare form.)
var singularDeterminers = [...]string{"a", "an", "one", "another", "each", "every"}

// countNouns after "a" make a plural subject, which takes a bare form:
// "a few say", "a majority believe", "a dozen want".
var countNouns = [...]string{"few", "lot", "lots", "number", "majority", "minority", "plurality", "handful", "dozen", "couple", "host", "bunch", "third", "quarter", "half", "fifth", "slew", "raft", "range", "variety", "series", "pair", "total"}

// causativeVerbs take an object and a bare form, which may be a cue
// after a singular object: "had an aide say that …", "heard a witness
// say …", "let a spokesman explain …".
var causativeVerbs = [...]string{"have", "has", "had", "having", "let", "lets", "make", "makes", "made", "help", "helped", "helps", "hear", "heard", "hears", "see", "saw", "sees", "watch", "watched", "watches", "bid"}

// singularDeterminer reports whether w is one of singularDeterminers, in
// any case.
func singularDeterminer(w string) bool { return inFold(singularDeterminers[:], w) }

// ordinalOpenings open a sentence as adverbs when a comma follows them
// at once: "First, they were designed to prove …", "Second, the auditors
// …"; not "First Lady Jane Doe, who …".
var ordinalOpenings = [...]string{"first", "second", "third", "fourth", "fifth", "next"}

// countOrdinals, after "a", make one more of a count: "added a second
// goal", "added a third". "First" is left out: "a first" opens no count.
var countOrdinals = [...]string{"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

// countOrdinal reports whether w is one of countOrdinals, in lower case.
func countOrdinal(w string) bool { return slices.Contains(countOrdinals[:], w) }

// ordinalOpening reports whether w is one of ordinalOpenings, in any case.
func ordinalOpening(w string) bool { return inFold(ordinalOpenings[:], w) }

// quantityAdverbs bound a quantity that opens a speaker: "nearly half of
// the voters", "only 40 percent", "not everyone", "almost all of them".
// Annotators keep them in the speaker, where a focusing adverb before a
// noun ("even a top aide") is left out. (The rule classes are full: the
// words are asked only of the first word of a speaker before its cue,
// and only before a number or a quantifier.)
var quantityAdverbs = [...]string{"nearly", "almost", "only", "not", "roughly"}

// quantityAdverb reports whether w is one of quantityAdverbs, in any case.
func quantityAdverb(w string) bool { return inFold(quantityAdverbs[:], w) }

// fractionWords name a part of a whole, alone ("a third") or after a
// number and a hyphen ("two-thirds"): a quantity that may open a speaker
// ("About two-thirds of the voters", "Less than a third"). (The rule
// classes are full: the words are asked only after a comparative's
// "than" or a quantity adverb.)
var fractionWords = [...]string{"third", "thirds", "quarter", "quarters", "fifth", "fifths"}

// fractionWord reports whether w is one of fractionWords, in any case.
func fractionWord(w string) bool { return inFold(fractionWords[:], w) }

// inList reports whether token k is a word of list, whose bit in
// wordEntry.lists is bit: inFold(list, a.tokText(k)), told by the entry of
// the token's word (item.word), looked up with its classes, with no loop
// over the list. A token not looked up (wordUnknown: no joined table,
// tokenWords) asks the list; a mark (markWord, past the entries) and a
// quotation mark (0) are in no list.
func (a *attributor) inList(k int, bit listBits, list []string) bool {
	if uint(k) >= uint(len(a.toks)) {
		return false
	}
	if w := int(a.toks[k].word); w < len(wordTable.entries) {
		return wordTable.entries[w].lists&bit != 0
	}
	return a.toks[k].word == wordUnknown && inFold(list, a.tokText(k))
}

// inFold reports whether w is one of list, ASCII case folded: the small
// word lists above, asked only where a rule needs them.
func inFold(list []string, w string) bool {
	for _, c := range list {
		if equalFoldASCII(w, c) {
			return true
		}
	}
	return false
}

// timeNouns name a stretch of time after "last", "this" or "next", or a
// part of a day after its name: "last week", "Tuesday night". (The rule
// classes are full: the words are asked only after a time word.)
var timeNouns = [...]string{"week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "spring", "summer", "fall", "winter"}

// timeNoun reports whether w is one of timeNouns, in any case.
func timeNoun(w string) bool { return inFold(timeNouns[:], w) }

// spanPreps, spanModifiers and spanNouns make a span of time after a verb
// ("over the last month", "in the next few years": spanOfTime). Lower
// case; spanNouns singular, besides timeNouns.
var (
	spanPreps     = [...]string{"over", "in", "within", "for"}
	spanModifiers = [...]string{"last", "past", "next", "coming", "previous", "following"}
	spanNouns     = [...]string{"day", "decade", "quarter", "hour", "century"}
)

// hourWords bound or name the hours of a habit's time after "every" or
// "each": "every morning from six until noon", "each night at ten".
// Lower case.
var hourWords = [...]string{"from", "until", "till", "to", "through", "at", "and", "noon", "midnight", "dawn", "dusk", "sunrise", "sunset", "o'clock"}

// writerPronouns are the writer's own subject in an aside set off by
// commas: "…, and I quote, “…”". Lower case. (Asked only before
// "quote".)
var writerPronouns = [...]string{"i", "we"}

// timeDeictics open a phrase of time with one of timeNouns: "last
// week", "this spring", "next year". Lower case.
var timeDeictics = [...]string{"last", "this", "next"}

// timeModifiers narrow a day within a phrase of time: "late Monday",
// "early Tuesday". (Asked only before a time word.)
var timeModifiers = [...]string{"late", "early"}

// timeModifier reports whether w is one of timeModifiers, in any case.
func timeModifier(w string) bool { return inFold(timeModifiers[:], w) }

// pastSameVerbs are verbs whose past is spelt as the base form ("cut",
// "set"): after a subject and before an object or a particle they are
// its verb ("The firm cut its forecast"), which the -ed of pastVerb does
// not show.
var pastSameVerbs = [...]string{"cut", "set", "hit", "shut", "let", "put", "quit", "spread", "cast", "bid", "hurt", "upset", "split", "bet", "rid", "thrust"}

// baseIsPast reports whether w is one of pastSameVerbs, in any case.
func baseIsPast(w string) bool { return inFold(pastSameVerbs[:], w) }

// compoundParticles close compound nouns whose last word is a
// preposition or a particle: "a voice over", "a passer by" (see
// particleCompound). Lower case.
var compoundParticles = [...]string{"over", "by", "in", "on", "off", "out"}

// filingNouns are writings that make claims of their own, as a person
// does: "the suit claims that", "the report claims that" (nounCueVerb).
// Lower case.
var filingNouns = [...]string{"suit", "lawsuit", "complaint", "filing", "petition", "motion", "report", "study", "survey", "indictment", "affidavit"}

// clauseOpeners open a clause whose subject follows them, never a noun
// phrase: the subordinators that are no prepositions ("as", "since",
// "after", "despite" may open "such as state and local taxes") and
// "then" (coordSubject). Lower case.
var clauseOpeners = [...]string{"when", "while", "whenever", "because", "although", "though", "if", "unless", "whereas", "once", "then"}

// zeroRelativeOpeners are the determiners that open the subject of a
// relative clause with no relative word right after the noun it
// modifies: "the kind of judge many voters want", "an idea some aides
// floated" (bareRelativeSubject). Lower case.
var zeroRelativeOpeners = [...]string{"the", "a", "an", "many", "some", "several", "most", "few"}

// objectVerbs are verbs of saying whose object is whom or what they
// target, never inverted after what was said: "…, praised the
// firefighters" has an object, not a speaker (unlike "…, said the
// mayor").
var objectVerbs = [...]string{"praised", "praises", "criticized", "criticizes", "criticised", "criticises", "accused", "accuses", "cited", "cites", "demanded", "demands", "proposed", "proposes", "urged", "urges",
	// "Tuilagi, speaking in English, thanked Japan for its aid": whom
	// the speaker thanks, as agency copy closes a visit.
	"thanked", "thanks", "commended", "commends"}

// copulaVerbs link a subject to a noun phrase that names it ("Lee is the
// mayor", "Lee became a senator"): see predicateAt.
var copulaVerbs = map[string]bool{
	"is": true, "was": true, "becomes": true, "became": true,
	"remains": true, "remained": true,
}

// copulaAux are the auxiliaries before "be", "been" or "become" ("would
// be", "will become", "has been"): see predicateAt.
var copulaAux = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true,
	"has": true, "had": true, "have": true,
}

// quotingVerbs take the speaker of a quotation as their object: "quoted
// the mayor:", "cites an aide:". A lead-in with one of them names its
// quotation's speaker, not its own (leadObject).
var quotingVerbs = [...]string{"quote", "quotes", "quoted", "quoting", "cite", "cites", "cited", "citing"}

// quotingVerb reports whether w is one of quotingVerbs, in any case.
func quotingVerb(w string) bool { return inFold(quotingVerbs[:], w) }

// phraseEndVerbs are finite verbs of saying that never qualify a noun: a
// noun phrase read from its determiner ends before them, so that "the
// suspect told officers" (where "suspect" is no known head) is not a
// phrase whose head is "officers". Lower case.
var phraseEndVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "wrote": true, "writes": true,
}

// rankRoles are role words that, before a noun and another role, rank
// that role rather than head the phrase: "chief financial officer",
// "deputy campaign manager", "head football coach" are an officer, a
// manager and a coach (compoundHead). Other role words before a noun are
// as often adjectives of something else ("general election candidate",
// "major party nominee"), which names no role of theirs.
var rankRoles = [...]string{"chief", "deputy", "head", "assistant", "associate"}

// irregularPlurals are plurals of people not made with -s, whose
// possessive takes "'s": capitalised, one goes on into an organisation
// word as a plural in a bare apostrophe does ("the UN Children's Fund",
// "the People's Party" are one name each, not "Fund" and "Party").
var irregularPlurals = [...]string{"children", "people", "women", "men"}

// surveyTexts are texts that groups answer: a group speaking in the
// sentence that introduces one is its respondents, not its author
// (respondents).
var surveyTexts = [...]string{"poll", "survey", "questionnaire", "census"}

// mediaWords are the organisation words that name a news outlet back:
// "the newspaper reported" is the outlet last named as reporting, when
// no body was introduced with the word itself.
var mediaWords = [...]string{"newspaper", "paper", "outlet", "network", "magazine", "website", "site", "broadcaster", "station", "channel", "publication"}

// channelPreps and channelNouns name the channel of a statement between
// its speaker and its verb, as agency English writes it: "The minister in
// a letter to the council emphasized", "the envoy during a phone
// conversation with his counterpart said". Things a speaker issues or
// gives, not places or events where people stand ("Delegates at the
// conference said": they are the delegates there).
var (
	channelPreps = [...]string{"in", "during", "via", "through"}
	channelNouns = [...]string{"statement", "letter", "message", "interview", "speech", "address", "remarks",
		"comments", "article", "op-ed", "tweet", "post", "note", "email", "e-mail", "video", "report",
		"conversation", "reply", "response", "appeal", "column", "editorial", "blog"}
)
