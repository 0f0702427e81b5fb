package eval

import (
	"strings"
	"unicode"
)

// speechVerbs are the verbs of saying or writing that make a gold cue a
// "speech" cue for the speech recall figures (EVALUATION.md). Each entry is a
// base form; speechWords derives its inflections (third person, past,
// gerund) with the regular English rules, and irregularForms supplies the
// rest. The list is deliberately about reporting speech and writing: verbs
// of believing ("think"), wanting ("want") and showing ("show", "find")
// are left out, so beliefs, wishes and poll results do not count.
var speechVerbs = []string{
	"say", "tell", "add", "note", "write", "ask", "state", "announce", "explain", "tweet",
	"retweet", "post", "blog", "email", "report", "claim", "declare", "insist", "argue",
	"warn", "reply", "respond", "answer", "remark", "comment", "mention", "testify",
	"acknowledge", "admit", "deny", "confirm", "assert", "contend", "recall", "recount",
	"describe", "emphasize", "emphasise", "stress", "point", "reiterate", "repeat", "urge",
	"promise", "pledge", "vow", "predict", "concede", "conclude", "complain", "boast", "brag",
	"joke", "quip", "shout", "yell", "scream", "whisper", "mutter", "exclaim", "proclaim",
	"allege", "reveal", "disclose", "quote", "cite", "speak", "talk", "inform", "assure",
	"remind", "advise", "caution", "counter", "retort", "rebut", "object", "protest",
	"question", "inquire", "enquire", "interject", "lament", "plead", "tout", "vouch",
	"swear", "affirm", "reaffirm", "clarify", "elaborate", "underline", "underscore",
	"dictate", "narrate", "preach", "lecture", "scold", "criticize", "criticise", "condemn",
	"denounce", "praise", "thank", "apologize", "apologise", "accuse", "charge", "demand",
	"request", "propose", "recommend", "implore", "beg", "call", "publish", "read", "hint",
	"specify", "pronounce", "muse", "opine", "editorialize", "editorialise", "dispute",
	"refute", "decry", "deplore", "slam", "blast", "rip", "lash", "mock", "ridicule",
	"threaten", "guarantee", "attest", "certify", "notify", "recite",
}

// speechWords are words that are not verbs but mark speech or writing in a
// cue: "according to", "in a statement", "in an interview", "quoted".
var speechWords = []string{
	"according", "statement", "statements", "interview", "interviews", "letter",
	"op-ed", "editorial", "speech", "remarks", "testimony", "tweet", "tweets",
	"quoted", "quote", "quotes", "spokesman", "spokeswoman", "spokesperson",
}

// irregularForms lists the inflected forms that the regular rules miss.
var irregularForms = map[string][]string{
	"say":     {"says", "said", "saying"},
	"tell":    {"tells", "told", "telling"},
	"write":   {"writes", "wrote", "written", "writing"},
	"speak":   {"speaks", "spoke", "spoken", "speaking"},
	"swear":   {"swears", "swore", "sworn", "swearing"},
	"read":    {"reads", "reading"},
	"beg":     {"begs", "begged", "begging"},
	"rip":     {"rips", "ripped", "ripping"},
	"quip":    {"quips", "quipped", "quipping"},
	"admit":   {"admits", "admitted", "admitting"},
	"testify": {"testifies", "testified", "testifying"},
	"deny":    {"denies", "denied", "denying"},
	"reply":   {"replies", "replied", "replying"},
	"specify": {"specifies", "specified", "specifying"},
	"certify": {"certifies", "certified", "certifying"},
	"notify":  {"notifies", "notified", "notifying"},
	"decry":   {"decries", "decried", "decrying"},
}

// speechSet is the set of lower-case speech words, with all inflections.
var speechSet = buildSpeechSet()

func buildSpeechSet() map[string]bool {
	m := make(map[string]bool, len(speechVerbs)*4+len(speechWords))
	for _, v := range speechVerbs {
		m[v] = true
		if forms, ok := irregularForms[v]; ok {
			for _, f := range forms {
				m[f] = true
			}
			continue
		}
		for _, f := range inflect(v) {
			m[f] = true
		}
	}
	for _, w := range speechWords {
		m[w] = true
	}
	return m
}

// inflect returns the third person, past and gerund forms of a regular verb.
func inflect(v string) []string {
	var third, past, ger string
	switch {
	case strings.HasSuffix(v, "e"):
		third, past, ger = v+"s", v+"d", v[:len(v)-1]+"ing"
	case strings.HasSuffix(v, "y") && len(v) > 1 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		third, past, ger = v[:len(v)-1]+"ies", v[:len(v)-1]+"ied", v+"ing"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"),
		strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"):
		third, past, ger = v+"es", v+"ed", v+"ing"
	default:
		third, past, ger = v+"s", v+"ed", v+"ing"
	}
	return []string{third, past, ger}
}

// IsSpeechCue reports whether a cue's text contains a verb of saying or
// writing (or a word such as "according" that marks one), the test that
// selects the gold attributions counted by speech recall.
func IsSpeechCue(cue string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(cue), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		if speechSet[w] {
			return true
		}
	}
	return false
}
