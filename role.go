package attribution

import (
	"math"
	"slices"
	"strings"
)

// This file holds the word tables of entity resolution (entity.go, name.go):
// titles, role nouns, organisation and text nouns, pronouns. They are data,
// general English news vocabulary; no personal name is listed anywhere.
// Keys are lower case; entries written with a final period are
// abbreviations that take it ("sen." matches "Sen.").

// gender of a person as far as the text tells.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// wordClass says what a table word names.
type wordClass uint8

const (
	// classTitle is an honorific or a title that stands before a name:
	// "Mr.", "Sen.", "President". Titles that are also roles carry a role.
	classTitle wordClass = 1 + iota
	// classRole is a person's role or occupation: "ambassador",
	// "spokeswoman", "mother".
	classRole
	// classOrg is a head noun of a body: "ministry", "party", "company".
	classOrg
	// classText is a text that can be said to say something: "article",
	// "statement", "letter".
	classText
	// classGroup is a plural noun for people: "officials", "voters".
	classGroup
)

// wordInfo is one table entry.
type wordInfo struct {
	class  wordClass
	gender gender
	// role is the canonical role key ("senator" for "Sen."), "" for an
	// honorific that names no role ("Mr.").
	role string
}

// titleWords are honorifics and abbreviated titles that stand before a name.
var titleWords = map[string]wordInfo{
	"mr.": {classTitle, genderMale, ""}, "mr": {classTitle, genderMale, ""},
	"mrs.": {classTitle, genderFemale, ""}, "mrs": {classTitle, genderFemale, ""},
	"ms.": {classTitle, genderFemale, ""}, "ms": {classTitle, genderFemale, ""},
	"miss": {classTitle, genderFemale, ""}, "mx.": {classTitle, genderUnknown, ""},
	"madam": {classTitle, genderFemale, ""}, "madame": {classTitle, genderFemale, ""},
	"mme": {classTitle, genderFemale, ""}, "mme.": {classTitle, genderFemale, ""},
	"sir": {classTitle, genderMale, ""}, "dame": {classTitle, genderFemale, ""},
	"lord": {classTitle, genderMale, ""}, "lady": {classTitle, genderFemale, ""},
	"herr": {classTitle, genderMale, ""}, "frau": {classTitle, genderFemale, ""},
	"dr.": {classTitle, genderUnknown, "doctor"}, "dr": {classTitle, genderUnknown, "doctor"},
	"prof.":   {classTitle, genderUnknown, "professor"},
	"sen.":    {classTitle, genderUnknown, "senator"},
	"rep.":    {classTitle, genderUnknown, "representative"},
	"sens.":   {classTitle, genderUnknown, "senator"}, // "Sens. Ann Li and Tom Ortiz"
	"reps.":   {classTitle, genderUnknown, "representative"},
	"govs.":   {classTitle, genderUnknown, "governor"},
	"drs.":    {classTitle, genderUnknown, "doctor"},
	"messrs.": {classTitle, genderMale, ""},
	"gov.":    {classTitle, genderUnknown, "governor"},
	"lt.":     {classTitle, genderUnknown, "lieutenant"},
	"gen.":    {classTitle, genderUnknown, "general"},
	"col.":    {classTitle, genderUnknown, "colonel"},
	"capt.":   {classTitle, genderUnknown, "captain"},
	"sgt.":    {classTitle, genderUnknown, "sergeant"},
	"adm.":    {classTitle, genderUnknown, "admiral"},
	"maj.":    {classTitle, genderUnknown, "major"},
	"cmdr.":   {classTitle, genderUnknown, "commander"},
	"supt.":   {classTitle, genderUnknown, "superintendent"},
	"insp.":   {classTitle, genderUnknown, "inspector"},
	"det.":    {classTitle, genderUnknown, "detective"},
	"pres.":   {classTitle, genderUnknown, "president"},
	"amb.":    {classTitle, genderUnknown, "ambassador"},
	"atty.":   {classTitle, genderUnknown, "attorney"},
	"rev.":    {classTitle, genderUnknown, "reverend"},
	"fr.":     {classTitle, genderMale, "priest"},
	"sheikh":  {classTitle, genderMale, "sheikh"},
	"pope":    {classTitle, genderMale, "pope"},
	"king":    {classTitle, genderMale, "king"}, "queen": {classTitle, genderFemale, "queen"},
	"prince": {classTitle, genderMale, "prince"}, "princess": {classTitle, genderFemale, "princess"},
	"emperor": {classTitle, genderMale, "emperor"}, "empress": {classTitle, genderFemale, "empress"},
	// Honorifics of rank after "His", "Her" or "Your", as agency English
	// styles rulers, ministers and clergy: "His Highness Sheikh …", "His
	// Excellency Ali …", "Her Majesty". The possessive is the honorific's,
	// and the honorific alone refers back to the person it styled.
	"highness": {classTitle, genderUnknown, "highness"}, "excellency": {classTitle, genderUnknown, "excellency"},
	"majesty": {classTitle, genderUnknown, "majesty"}, "holiness": {classTitle, genderUnknown, "holiness"},
	"eminence": {classTitle, genderUnknown, "eminence"},
	// Honorifics of the British, South Asian, Malaysian, Gulf and West
	// African press: "Cllr Ann Bose", "Shri R.K. Varma", "Smt. Usha Rao",
	// "H.E. Ali Nasser", "Hon. Grace Ade", "the Rt Hon Tom Pike", "Datuk
	// Seri Amin Noor", "Tun Ali", "Alhaji Musa Bello", "Mallam Sani Umar", "Engr. Tunde Ojo".
	"cllr": {classTitle, genderUnknown, "councillor"}, "cllr.": {classTitle, genderUnknown, "councillor"},
	"shri": {classTitle, genderMale, ""}, "shri.": {classTitle, genderMale, ""},
	"shrimati": {classTitle, genderFemale, ""}, "smt": {classTitle, genderFemale, ""}, "smt.": {classTitle, genderFemale, ""},
	"h.e.": {classTitle, genderUnknown, "excellency"}, "hon.": {classTitle, genderUnknown, ""}, "hon": {classTitle, genderUnknown, ""},
	"rt": {classTitle, genderUnknown, ""}, "rt.": {classTitle, genderUnknown, ""},
	"datuk": {classTitle, genderUnknown, ""}, "dato": {classTitle, genderUnknown, ""}, "dato'": {classTitle, genderUnknown, ""},
	"datin": {classTitle, genderFemale, ""}, "seri": {classTitle, genderUnknown, ""}, "tun": {classTitle, genderUnknown, ""},
	"mallam": {classTitle, genderMale, ""}, "malam": {classTitle, genderMale, ""},
	"alhaji": {classTitle, genderMale, ""}, "alhaja": {classTitle, genderFemale, ""}, "hajiya": {classTitle, genderFemale, ""},
	"engr.": {classTitle, genderUnknown, "engineer"}, "engr": {classTitle, genderUnknown, "engineer"},
	// Spelled out, a plural title opens the names it joins as "Sens." does.
	"senators": {classTitle, genderUnknown, "senator"},
}

// roleWords are nouns for what a person is or does. Capitalised before a
// name they act as titles ("Ambassador Lu Mei"); after "the" they refer back
// ("the ambassador"). Gendered forms carry their gender.
var roleWords = map[string]wordInfo{}

func init() {
	for _, w := range []string{
		"ambassador", "envoy", "diplomat", "consul", "president", "vice-president",
		"minister", "premier", "chancellor", "secretary", "secretary-general",
		"senator", "representative", "governor", "mayor", "lawmaker", "legislator",
		"deputy", "delegate", "commissioner", "councillor", "councilor", "speaker",
		"leader", "chairperson", "chair", "director", "chief", "head", "official",
		"officer", "spokesperson", "adviser", "advisor", "aide", "counsel", "lawyer",
		"attorney", "judge", "justice", "prosecutor", "magistrate", "candidate",
		"nominee", "incumbent", "challenger", "executive", "ceo", "founder", "owner",
		"president-elect", "manager", "analyst", "expert", "economist", "researcher",
		"scientist", "professor", "doctor", "physician", "surgeon", "nurse", "teacher",
		"author", "writer", "reporter", "journalist", "editor", "columnist",
		"commentator", "correspondent", "historian", "strategist", "pollster",
		"consultant", "operative", "activist", "campaigner", "organiser", "organizer",
		"general", "colonel", "captain", "commander", "admiral", "sergeant",
		"lieutenant", "soldier", "detective", "sheriff", "inspector", "superintendent",
		"constable", "investigator", "bishop", "archbishop", "cardinal", "imam",
		"rabbi", "pastor", "priest", "reverend", "coach", "player", "host", "anchor",
		"producer", "singer", "artist", "student", "resident", "witness", "victim",
		"survivor", "farmer", "worker", "employee", "partner", "friend", "neighbour",
		"neighbor", "member", "representative-elect", "governor-elect", "mayor-elect",
		"ruler", "monarch", "dictator", "premier-elect", "treasurer", "auditor",
		"regulator", "negotiator", "mediator", "observer", "monitor", "source",
		"insider", "donor", "supporter", "critic", "opponent", "rival", "ally",
		"chairman-elect", "nominee-elect", "attorney-general", "solicitor",
		"barrister", "ombudsman", "whip", "major", "sheikh", "emir", "sultan",
		"pope", "president-designate", "secretary-designate", "spokesperson-designate",
		"drummer", "guitarist", "musician", "composer", "poet", "novelist",
		"photographer", "filmmaker", "director-general", "registrar", "consultant",
		"glaciologist", "geologist", "biologist", "physicist", "chemist",
		"epidemiologist", "psychologist", "sociologist", "political scientist",
		"engineer", "architect", "pilot", "driver", "shopkeeper", "owner-operator",
		"landlord", "tenant", "publican", "chef", "baker", "fisherman",
		"veteran", "retiree", "pensioner", "mp", "mep", "councillor-elect",
		"administrator", "lobbyist", "midfielder", "striker", "goalkeeper", "quarterback",
		"marshal",
		"trustee", "regent", "publicist", "cardiologist", "oncologist",
		"neurologist", "pediatrician", "psychiatrist", "virologist", "immunologist",
		"pharmacist", "dentist", "paramedic", "banker", "trader", "investor",
		"supervisor", "clerk", "comptroller", "tycoon", "philanthropist",
		"comedian", "moderator", "co-moderator", "co-anchor", "co-host",
		"entertainer", "rapper", "recorder", "editor-in-chief", "secretary-treasurer", "dj",
		// The "-general" offices of Commonwealth and African services:
		// "the Comptroller-General of Customs, Col. Ann Udo,".
		"comptroller-general", "inspector-general", "auditor-general", "accountant-general",
		"solicitor-general", "surveyor-general",
	} {
		roleWords[w] = wordInfo{classRole, genderUnknown, w}
	}
	for _, w := range []string{
		"spokesman", "chairman", "congressman", "councilman", "businessman",
		"assemblyman", "alderman", "anchorman", "policeman", "fireman", "statesman",
		"father", "son", "husband", "brother", "uncle", "nephew", "grandfather",
		"grandson", "king", "prince", "emperor", "boy", "man", "gentleman",
		"stepfather", "boyfriend", "widower", "actor", "monk", "duke", "count",
		"selectman", "committeeman", "dad", "daddy", "grandpa", "granddad",
		"grandad", "stepdad",
	} {
		roleWords[w] = wordInfo{classRole, genderMale, w}
	}
	for _, w := range []string{
		"spokeswoman", "chairwoman", "congresswoman", "councilwoman",
		"businesswoman", "assemblywoman", "alderwoman", "anchorwoman",
		"policewoman", "stateswoman", "mother", "daughter", "wife", "sister", "aunt",
		"niece", "grandmother", "granddaughter", "queen", "princess", "empress",
		"girl", "woman", "lady", "stepmother", "girlfriend", "widow", "actress",
		"nun", "duchess", "countess", "selectwoman", "committeewoman", "comedienne",
		"mum", "mom", "mummy", "mommy", "grandma", "granny", "stepmum", "stepmom",
	} {
		roleWords[w] = wordInfo{classRole, genderFemale, w}
	}
}

// mixedGenderRoles are role words male by form that news uses of women too
// ("the port chairman, Ann Lee", "Alderman Ann Lee"): the gender they give
// is soft (mention.softGender): it still tells "he" from "she", but a
// title of the other gender ("Ms. Lee") is not kept from them.
var mixedGenderRoles = map[string]bool{
	"chairman": true, "spokesman": true, "alderman": true, "selectman": true,
	"committeeman": true,
}

// softGender reports whether the gender of word w is soft (mixedGenderRoles).
func softGender(w wordInfo) bool {
	return w.gender != genderUnknown && w.class == classRole && mixedGenderRoles[w.role]
}

// rankWords before a role make another office of it: the prime minister
// is not any minister, the deputy mayor not the mayor (otherRank).
var rankWords = map[string]bool{
	"prime": true, "chief": true, "deputy": true, "vice": true, "assistant": true,
	"associate": true, "lieutenant": true, "junior": true,
}

// orgWords are head nouns of organisations and bodies. A capitalised run
// containing one is an organisation ("Foreign Ministry", "Ministry of
// Foreign Affairs"); "the ministry" refers back to it.
var orgWords = map[string]bool{
	"ministry": true, "department": true, "party": true, "company": true,
	"corporation": true, "corp.": true, "corp": true, "inc.": true, "inc": true,
	"co.": true, "ltd.": true, "ltd": true, "llc": true, "plc": true, "group": true,
	"agency": true, "committee": true, "council": true, "commission": true,
	"office": true, "bank": true, "association": true, "union": true,
	"institute": true, "institution": true, "university": true, "college": true,
	"school": true, "court": true, "government": true, "administration": true,
	"campaign": true, "embassy": true, "consulate": true, "foundation": true,
	"fund": true, "organization": true, "organisation": true, "bureau": true,
	"army": true, "navy": true, "police": true, "board": true, "authority": true,
	"federation": true, "confederation": true, "league": true, "coalition": true,
	"alliance": true, "network": true, "newspaper": true, "paper": true,
	"magazine": true, "channel": true, "station": true, "service": true,
	"services": true, "center": true, "centre": true,
	"parliament": true, "congress": true, "senate": true, "assembly": true,
	"cabinet": true, "secretariat": true, "presidency": true, "kremlin": true,
	"pentagon": true, "house": true, "times": true, "post": true, "news": true,
	"press": true, "journal": true, "herald": true, "tribune": true,
	"gazette": true, "team": true, "club": true, "church": true,
	"firm": true, "society": true, "industries": true, "holdings": true,
	"airlines": true, "watch": true, "institutes": true, "forces": true,
	"command": true, "tribunal": true, "regime": true,
	"republic": true, "nations": true, "movement": true, "front": true,
	"caucus": true, "camp": true, "staff": true, "registry": true,
	"exchange": true, "laboratory": true, "hospital": true, "clinic": true,
	"directorate": true, "inspectorate": true,
	"county": true, "city": true, "state": true,
	"municipality": true, "mission": true, "delegation": true, "panel": true,
	"jury": true, "lab": true, "think-tank": true, "charity": true,
	"broadcaster": true, "outlet": true, "website": true, "site": true,
	"airline": true, "manufacturer": true, "maker": true, "giant": true,
	"insurer": true, "retailer": true, "carrier": true, "operator": true,
	"ngo": true, "opposition": true, "military": true,
	"automaker": true, "carmaker": true, "chipmaker": true, "drugmaker": true,
	"steelmaker": true, "planemaker": true, "supplier": true, "startup": true,
	"conglomerate": true, "lender": true,
}

// agencyTails end the names of public agencies without being
// organisation words on their own ("Customs Enforcement", "Border
// Protection"; "law enforcement officials" is no body): asked only of the
// last word of a name that opens with a country's initials and joins two
// parts with "and" (andOrg). Lower case.
var agencyTails = [...]string{"enforcement", "protection", "security", "prevention", "affairs", "development"}

// textWords are texts that can be said to say, read or write: "the article
// reads" refers to the author of the article.
var textWords = map[string]bool{
	"article": true, "statement": true, "letter": true, "report": true,
	"op-ed": true, "oped": true, "editorial": true, "column": true,
	"post": true, "tweet": true, "message": true, "email": true, "e-mail": true,
	"memo": true, "memorandum": true, "document": true, "study": true,
	"survey": true, "poll": true, "release": true, "communique": true,
	"communiqué": true, "note": true, "declaration": true, "speech": true,
	"interview": true, "book": true, "essay": true, "filing": true,
	"complaint": true, "lawsuit": true, "ruling": true, "decision": true,
	"resolution": true, "text": true, "transcript": true, "blog": true,
	"ad": true, "advertisement": true, "commercial": true, "video": true,
	"petition": true, "notice": true, "announcement": true, "bill": true,
	"order": true, "decree": true, "directive": true, "proposal": true,
	"plan": true, "brief": true, "motion": true,
	"indictment": true, "verdict": true, "judgment": true, "opinion": true,
	"analysis": true, "review": true, "piece": true, "story": true,
	"manifesto": true, "platform": true, "agreement": true, "treaty": true,
	"testimony": true, "affidavit": true, "summary": true, "findings": true,
	"newsletter": true, "bulletin": true, "update": true, "posting": true,
	"facebook post": true, "remarks": true, "address": true,
}

// titleLowerWords are the words besides function words that a title in
// title case may write in lower case: the forms of "be" ("Violence is
// Beyond Compare").
var titleLowerWords = [...]string{"is", "are", "was", "were", "be", "been"}

// groupWords are plural nouns for people; as speakers without a name they
// are their own voice ("officials", "administration officials").
var groupWords = map[string]bool{
	"officials": true, "voters": true, "experts": true, "analysts": true,
	"critics": true, "lawmakers": true, "legislators": true, "residents": true,
	"people": true, "sources": true, "witnesses": true, "observers": true,
	"aides": true, "advisers": true, "advisors": true, "supporters": true,
	"opponents": true, "democrats": true, "republicans": true,
	"members": true, "leaders": true, "authorities": true, "police": true,
	"investigators": true, "prosecutors": true, "researchers": true,
	"scientists": true, "economists": true, "doctors": true, "activists": true,
	"protesters": true, "protestors": true, "demonstrators": true,
	"workers": true, "employees": true, "students": true, "parents": true,
	"families": true, "citizens": true, "participants": true, "respondents": true,
	"americans": true, "diplomats": true, "ministers": true, "senators": true,
	"representatives": true, "delegates": true, "candidates": true,
	"polls": true, "surveys": true, "studies": true, "reports": true,
	"documents": true, "records": true, "data": true, "figures": true,
	"statistics": true, "numbers": true, "results": true, "donors": true,
	"insiders": true, "strategists": true, "pollsters": true,
	"commentators": true, "journalists": true, "reporters": true,
	"groups": true, "organizations": true, "organisations": true,
	"allies": true, "backers": true, "rivals": true, "lawyers": true,
	"attorneys": true, "confidants": true, "friends": true, "associates": true,
	"colleagues": true, "loyalists": true, "surrogates": true, "staffers": true,
	"advocates": true, "defenders": true, "detractors": true, "fans": true,
	"followers": true, "relatives": true, "operatives": true, "consultants": true,
	"volunteers": true, "organizers": true, "organisers": true, "officers": true,
	"agents": true, "soldiers": true, "troops": true, "negotiators": true,
	"regulators": true, "executives": true, "bankers": true, "traders": true,
	"investors": true, "shareholders": true, "farmers": true, "teachers": true,
	"nurses": true, "patients": true, "immigrants": true, "refugees": true,
	"neighbors": true, "neighbours": true, "spokespeople": true,
	// The plurals of role words in -man and -woman: "the committee
	// chairmen" are chairmen, not the committee.
	"chairmen": true, "chairwomen": true, "congressmen": true,
	"congresswomen": true, "spokesmen": true, "spokeswomen": true,
	"businessmen": true, "businesswomen": true, "councilmen": true,
	"councilwomen": true, "assemblymen": true, "assemblywomen": true,
	"policemen": true, "firemen": true, "aldermen": true, "selectmen": true,
	"statesmen": true,
}

// documentGroups are the group words that name texts and numbers, not
// people: after a name they are the name's voice ("FEC records show",
// "Gallup polls found"), where "Trump aides" speak for themselves.
var documentGroups = map[string]bool{
	"polls": true, "surveys": true, "studies": true, "reports": true,
	"documents": true, "records": true, "data": true, "figures": true,
	"statistics": true, "numbers": true, "results": true,
}

// surnameRoles are role words that are also common surnames: last in a
// run of capitalised words after a first name they end the name ("Tom
// Baker", "Adam Driver", "Mike Judge", "Steve King"), not a title that
// names no one.
var surnameRoles = [...]string{"baker", "farmer", "driver", "judge", "singer", "pilot", "chef", "host", "coach", "major", "player", "partner", "king", "prince", "pope", "bishop"}

// surnameRole reports whether the lower-case key k is one of surnameRoles.
func surnameRole(k string) bool { return slices.Contains(surnameRoles[:], k) }

// placeSuffixes end the compound adjectives of a place that stand before
// a person's name: "Texas-based", "Korean-born".
var placeSuffixes = [...]string{"-based", "-born", "-bred", "-raised"}

// agentSuffixes end nouns of persons: "voter", "donor", "strategist",
// "appointee", "confidant", "historian".
var agentSuffixes = [...]string{"er", "or", "ist", "ee", "ant", "ian"}

// personNoun reports whether the lower-case noun k, whose table entry is
// e, names a person or a body: a role or an organisation word, or a word
// with an agent's suffix (agentSuffixes) that is no text ("letter") and
// no past participle ("covered").
func personNoun(k string, e *wordEntry) bool {
	if e.is&(lxRole|lxOrg) != 0 {
		return true
	}
	if e.is&lxHead != 0 && e.head.class == classText || len(k) < 4 || pastShaped(k) {
		return false
	}
	for _, suf := range agentSuffixes {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// properGroups are the group words that English always capitalises:
// "Republicans said" at a sentence start gives "Republicans", as
// "officials" is lowered.
var properGroups = map[string]bool{
	"democrats": true, "republicans": true, "americans": true, "dems": true,
}

// mouthpieceRoles speak for a body: the quotes of "a spokesman for the
// ministry" are the ministry's.
var mouthpieceRoles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true,
	"spokespeople": true, "spokesmen": true, "spokeswomen": true,
}

// timePhraseWords name or place a time; a speaker span made of them, numbers
// and dates alone ("last month", "this week") is no speaker.
var timePhraseWords = map[string]bool{
	"last": true, "next": true, "this": true, "that": true, "past": true,
	"the": true, "a": true, "early": true, "late": true, "earlier": true,
	"later": true,
	"day":   true, "days": true, "week": true, "weeks": true, "weekend": true,
	"month": true, "months": true, "year": true, "years": true,
	"decade": true, "decades": true, "century": true, "hour": true,
	"hours": true, "morning": true, "afternoon": true, "evening": true,
	"night": true, "today": true, "yesterday": true, "tomorrow": true,
	"tonight": true, "ago": true, "recently": true, "now": true,
}

// pronoun describes a personal, possessive or relative pronoun.
type pronoun struct {
	gender gender
	// person is 1, 2 or 3.
	person uint8
	plural bool
	// neuter is set for "it" and "its".
	neuter bool
	// relative is set for "who", "which", "that", "whom", "whose".
	relative bool
}

// pronouns, keyed by lower-case form.
var pronouns = map[string]pronoun{
	"he": {genderMale, 3, false, false, false}, "him": {genderMale, 3, false, false, false},
	"his": {genderMale, 3, false, false, false}, "himself": {genderMale, 3, false, false, false},
	"she": {genderFemale, 3, false, false, false}, "her": {genderFemale, 3, false, false, false},
	"hers": {genderFemale, 3, false, false, false}, "herself": {genderFemale, 3, false, false, false},
	"it": {genderUnknown, 3, false, true, false}, "its": {genderUnknown, 3, false, true, false},
	"itself": {genderUnknown, 3, false, true, false},
	"they":   {genderUnknown, 3, true, false, false}, "them": {genderUnknown, 3, true, false, false},
	"their": {genderUnknown, 3, true, false, false}, "themselves": {genderUnknown, 3, true, false, false},
	"i": {genderUnknown, 1, false, false, false}, "me": {genderUnknown, 1, false, false, false},
	"my": {genderUnknown, 1, false, false, false}, "myself": {genderUnknown, 1, false, false, false},
	"we": {genderUnknown, 1, true, false, false}, "us": {genderUnknown, 1, true, false, false},
	"our": {genderUnknown, 1, true, false, false}, "ourselves": {genderUnknown, 1, true, false, false},
	"you": {genderUnknown, 2, false, false, false}, "your": {genderUnknown, 2, false, false, false},
	"who": {genderUnknown, 3, false, false, true}, "whom": {genderUnknown, 3, false, false, true},
	"whose": {genderUnknown, 3, false, false, true}, "which": {genderUnknown, 3, false, false, true},
	"that": {genderUnknown, 3, false, false, true},
}

// possessivePronouns may stand as determiners: "his statement".
var possessivePronouns = map[string]bool{
	"his": true, "her": true, "its": true, "their": true, "my": true, "our": true,
}

// indefiniteSpeakers are quantifiers and indefinite pronouns: a quote said by
// "some" or "others" has no entity.
var indefiniteSpeakers = map[string]bool{
	"some": true, "many": true, "others": true, "other": true, "one": true,
	"those": true, "these": true, "this": true, "all": true, "both": true,
	"few": true, "several": true, "most": true, "each": true, "everyone": true,
	"everybody": true, "someone": true, "somebody": true, "anyone": true,
	"anybody": true, "nobody": true, "none": true, "either": true,
	"neither": true, "another": true, "any": true, "such": true,
	"more": true, "fewer": true, "majority": true, "minority": true,
	"said": true,
}

// determiners open a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true,
	"these": true, "those": true,
}

// clauseWords open a clause: a noun phrase does not run over them ("that
// wages rose while economists said" holds no phrase "that … economists").
var clauseWords = map[string]bool{
	"but": true, "while": true, "when": true, "because": true, "although": true,
	"though": true, "if": true, "since": true, "whereas": true, "unless": true,
	"until": true, "where": true, "which": true, "who": true, "whom": true,
	"whose": true, "whether": true, "so": true, "yet": true, "as": true,
}

// prepositions before a mention make it oblique, a weak antecedent.
var prepositions = map[string]bool{
	"of": true, "to": true, "with": true, "by": true, "for": true, "from": true,
	"about": true, "in": true, "on": true, "at": true, "into": true,
	"against": true, "between": true, "among": true, "toward": true,
	"towards": true, "than": true, "like": true, "including": true, "via": true,
	"under": true, "over": true, "after": true, "before": true, "during": true,
	"without": true, "through": true, "despite": true, "regarding": true,
	"behind": true, "beside": true, "near": true, "upon": true, "unlike": true,
	"around": true, "across": true, "along": true, "outside": true,
	"inside": true, "within": true, "throughout": true, "beyond": true,
	"above": true, "below": true, "amid": true, "amidst": true, "onto": true,
	"alongside": true, "past": true, "per": true, "besides": true,
	"concerning": true, "following": true, "versus": true, "vs.": true,
}

// affiliationWords name a party or a political camp. Capitalised before a
// name of capitalised words they qualify it like a title without a role
// ("Republican Donald Trump", "Democrat Zephyr Teachout" are Donald Trump
// and Zephyr Teachout); before an organisation word they are part of its
// name ("Republican Party", "Democratic National Committee").
var affiliationWords = map[string]bool{
	"republican": true, "democrat": true, "democratic": true, "gop": true,
	"conservative": true, "liberal": true, "progressive": true,
	"libertarian": true, "independent": true, "socialist": true,
	"labour": true, "tory": true, "centrist": true,
}

// partyWords map the words of a party to the party: two phrases naming
// different parties never name one person ("Democratic nominee Hillary
// Clinton" is not "the Republican nominee", "the GOP nominee" may be
// "Republican nominee Donald Trump"). Camps that are not parties
// ("conservative", "progressive") exclude no one.
var partyWords = map[string]string{
	"republican": "republican", "gop": "republican", "republicans": "republican",
	"democrat": "democratic", "democratic": "democratic", "democrats": "democratic",
	"labour": "labour", "tory": "conservative-uk", "tories": "conservative-uk",
}

// nameConnectors are lower-case words that may stand inside a capitalised
// name when a capitalised word follows: "Ministry of Foreign Affairs",
// "Charles de Gaulle".
var nameConnectors = map[string]bool{
	"of": true, "de": true, "da": true, "di": true, "du": true, "del": true,
	"della": true, "der": true, "den": true, "van": true, "von": true,
	"bin": true, "ibn": true, "bint": true, "al": true, "el": true, "le": true,
	"la": true, "dos": true, "das": true, "y": true, "ter": true, "ten": true, "zu": true,
}

// initialStopWords are capitalised at the start of a sentence without being
// names; they never start a name there (participles too: "Speaking",
// "Asked", and "Born" before a birth name in an obituary, "Born Ann Dunn
// in 1931, she …").
var initialStopWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true,
	"as": true, "but": true, "and": true, "or": true, "if": true, "when": true,
	"while": true, "after": true, "before": true, "this": true, "that": true,
	"these": true, "those": true, "it": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "his": true, "her": true, "their": true,
	"our": true, "its": true, "my": true, "you": true, "your": true,
	"meanwhile": true, "however": true, "according": true, "for": true,
	"from": true, "with": true, "by": true, "to": true, "of": true, "so": true,
	"yet": true, "still": true, "also": true, "then": true, "there": true,
	"here": true, "what": true, "who": true, "why": true, "how": true,
	"where": true, "which": true, "since": true, "although": true,
	"though": true, "because": true, "despite": true, "during": true,
	"under": true, "over": true, "speaking": true, "asked": true, "born": true, "now": true,
	"today": true, "yesterday": true, "last": true, "next": true, "some": true,
	"many": true, "most": true, "all": true, "no": true, "not": true,
	"every": true, "each": true, "one": true, "two": true, "both": true,
	"such": true, "other": true, "another": true, "more": true, "less": true,
	"until": true, "unless": true, "whether": true, "about": true,
	"among": true, "between": true, "instead": true, "even": true,
	"neither": true, "either": true, "nor": true, "only": true, "just": true,
	"everything": true, "nothing": true, "anything": true, "something": true,
	"perhaps": true, "maybe": true, "indeed": true, "thus": true,
	"therefore": true, "moreover": true, "furthermore": true, "besides": true,
	"unlike": true, "like": true, "once": true, "later": true, "earlier": true,
	"again": true, "never": true, "always": true, "sometimes": true,
	"please": true, "well": true, "yes": true, "oh": true, "dear": true,
	// Quantifiers, prepositions and adjectives that open a sentence before
	// a name and are no one's first name: "Several Democrats", "Outside
	// Acme", "Top Lee aides".
	"several": true, "few": true, "various": true, "numerous": true,
	"plus": true, "top": true, "outside": true, "inside": true,
	"within": true, "without": true, "against": true, "across": true,
	"around": true, "behind": true, "beyond": true, "through": true,
	"throughout": true, "toward": true, "towards": true, "upon": true,
	// Auxiliaries opening a question ("Does Trump believe …"); not "will"
	// and "may", which are also names.
	"do": true, "does": true, "did": true, "is": true, "are": true, "was": true,
	"were": true, "has": true, "have": true, "had": true, "can": true,
	"could": true, "would": true, "should": true, "must": true, "might": true,
}

// weekdays end a capitalised run: "New Hampshire Monday".
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

// months are, with weekdays, the date words: a day or a month is never
// the canonical name of a speaker ("fundraising reports filed on
// Saturday", "In May, a federal judge"), though a month may be the short
// form of a name already given in full ("Theresa May", then "May").
// Abbreviations are left out: "Jan" and "Sept" are also names.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
}

// broaderRoles lets a general role word refer back to a person introduced
// with a more specific one: "the diplomat" to "Ambassador Gábor Szalai",
// "the lawmaker" to "Sen. Jane Roe".
var broaderRoles = map[string][]string{
	"diplomat":   {"ambassador", "envoy", "consul", "diplomat"},
	"envoy":      {"ambassador", "envoy"},
	"lawmaker":   {"senator", "representative", "congressman", "congresswoman", "mp", "mep", "legislator", "deputy", "assemblyman", "assemblywoman"},
	"legislator": {"senator", "representative", "congressman", "congresswoman", "mp", "mep", "lawmaker", "deputy"},
	"politician": {"senator", "representative", "congressman", "congresswoman", "governor", "mayor", "minister", "president", "candidate", "lawmaker", "mp"},
	"official":   {"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "director", "commissioner", "official", "ambassador", "deputy", "undersecretary"},
	"leader":     {"president", "premier", "chancellor", "chairman", "chairwoman", "chair", "king", "queen", "leader", "minister"},
	"executive":  {"ceo", "chief", "chairman", "chairwoman", "executive", "director", "founder"},
	"candidate":  {"nominee", "candidate", "challenger"},
	"nominee":    {"nominee", "candidate"},
	"officer":    {"officer", "sergeant", "lieutenant", "captain", "detective", "sheriff", "constable"},
	"lawyer":     {"lawyer", "attorney", "counsel", "solicitor", "barrister"},
	"attorney":   {"lawyer", "attorney", "counsel"},
	// An honorific alone refers back to the person it styled, or to one
	// of the ranks it styles: "His Highness" to "Sheikh Rashid", "His
	// Excellency" to the minister or the ambassador.
	"highness":   {"highness", "sheikh", "emir", "sultan", "prince", "princess", "king", "queen"},
	"majesty":    {"majesty", "king", "queen", "emperor", "empress", "sultan", "monarch"},
	"excellency": {"excellency", "minister", "ambassador", "president", "premier", "governor", "secretary", "envoy", "consul"},
	"holiness":   {"holiness", "pope"},
	"eminence":   {"eminence", "cardinal", "archbishop"},
	"scientist":  {"scientist", "researcher", "glaciologist", "geologist", "biologist", "physicist", "chemist", "epidemiologist", "economist"},
}

// companyWords refer back to a company named with a corporate suffix:
// "the company" to "Acme Corp.".
var companyWords = map[string]bool{
	"company": true, "firm": true, "group": true, "maker": true, "giant": true,
	"operator": true, "carrier": true, "retailer": true, "insurer": true,
	"manufacturer": true, "airline": true, "conglomerate": true,
	"corporation": true, "lender": true, "bank": true,
	"automaker": true, "carmaker": true, "chipmaker": true, "drugmaker": true,
	"steelmaker": true, "planemaker": true, "supplier": true, "startup": true,
}

// bodyWords lets a general word for a body refer back to a body named
// with a more specific organisation word: "the group" to "the Harbor
// Heritage Foundation", "the agency" to "the Congressional Budget
// Office", "the union" to "the Association of Bus Drivers"; and, when
// initials is set, to a body named by its initials alone ("the FBI",
// then "the agency"). Only bodies named in the last few paragraphs
// (resolveRole): the general word is how writers avoid repeating a name
// they have just used. Each listed word is an organisation word
// (orgWords), under which the resolver files the bodies named with it.
var bodyWords = map[string]bodyWord{
	"group":        {groupBodies, true},
	"organization": {groupBodies, true},
	"organisation": {groupBodies, true},
	"nonprofit":    {groupBodies, true},
	"union":        {[]string{"association", "federation"}, true},
	"agency":       {[]string{"department", "bureau", "office", "administration", "service", "commission", "authority", "directorate", "inspectorate"}, true},
	"center":       {[]string{"centre"}, false},
	"centre":       {[]string{"center"}, false},
}

// bodyWord is an entry of bodyWords.
type bodyWord struct {
	words    []string
	initials bool
}

// groupBodies are the organisation words of the bodies "the group" and
// "the organization" name back: not a company's, a government's or a
// party's.
var groupBodies = []string{
	"association", "foundation", "institute", "center", "centre", "fund",
	"coalition", "alliance", "league", "federation", "network", "society",
	"union", "organization", "organisation", "group", "movement", "watch",
	"charity", "club",
}

// companyNouns, in lower case just before a capitalised name, make it a
// company's name: "the carmaker Velto Motors", "retailer Acme", "the oil
// giant Exxon Mobil", which "the company" may then name. Not the company
// words that as often head a relative clause without "that" ("the
// company Trump founded", "the group Fiorina addressed").
var companyNouns = map[string]bool{
	"maker": true, "giant": true, "operator": true, "carrier": true,
	"retailer": true, "insurer": true, "manufacturer": true, "airline": true,
	"conglomerate": true, "lender": true, "bank": true, "automaker": true,
	"carmaker": true, "chipmaker": true, "drugmaker": true, "steelmaker": true,
	"planemaker": true, "supplier": true, "startup": true,
}

// corpSuffixes mark a name as a company's: "Acme Corp.", "Nordlink
// Shipping Group".
var corpSuffixes = map[string]bool{
	"inc.": true, "inc": true, "corp.": true, "corp": true, "co.": true,
	"ltd.": true, "ltd": true, "llc": true, "plc": true, "group": true,
	"holdings": true, "industries": true, "airlines": true, "gmbh": true,
	"ag": true, "s.a.": true, "n.v.": true, "company": true, "corporation": true,
}

// lexFilter is a quick negative test for membership in a word table: bit n
// of first[c] is set when the table has a key of n bytes (mod 64) that
// starts with byte c, and bit n of last[c] when it has one that ends with
// c. Most words of a text fail it, and skip the map look-up; a word that
// passes is looked up as before, so answers do not change.
type lexFilter struct {
	first, last [256]uint64
}

func (f *lexFilter) add(k string) {
	if k != "" {
		f.first[k[0]] |= 1 << (len(k) & 63)
		f.last[k[len(k)-1]] |= 1 << (len(k) & 63)
	}
}

// may reports whether k can be a key of the table.
func (f *lexFilter) may(k string) bool {
	if k == "" {
		return false
	}
	bit := uint64(1) << (len(k) & 63)
	return f.first[k[0]]&bit != 0 && f.last[k[len(k)-1]]&bit != 0
}

// Filters of the tables looked up for every word. They are built once, by
// the init below (after the one that fills roleWords), and never modified.
var (
	pronounFilter, determinerFilter, prepositionFilter lexFilter
	titleFilter, roleFilter, headFilter, orgFilter     lexFilter
	// broaderFilter and companyFilter, of broaderRoles and
	// companyWords, refuse most of the roles and heads that the
	// resolver asks them about (resolveRole).
	broaderFilter, companyFilter lexFilter
	// findFilter passes the pronouns and the words that open a phrase
	// in find (detAt): a word that fails it is neither. Its last bytes
	// pass in either ASCII case, for the lexer, which tests words as
	// written when it lists the words find starts from (a few more
	// pass).
	findFilter lexFilter
)

func init() {
	for k := range pronouns {
		pronounFilter.add(k)
		findFilter.add(k)
	}
	for _, k := range [...]string{"the", "this", "that", "a", "an"} {
		findFilter.add(k)
	}
	for c := 'A'; c <= 'Z'; c++ {
		findFilter.last[c] |= findFilter.last[c+'a'-'A']
	}
	for k := range determiners {
		determinerFilter.add(k)
	}
	for k := range prepositions {
		prepositionFilter.add(k)
	}
	for k := range titleWords {
		titleFilter.add(k)
	}
	for k := range broaderRoles {
		broaderFilter.add(k)
	}
	for k := range companyWords {
		companyFilter.add(k)
	}
	for k := range roleWords {
		roleFilter.add(k)
		headFilter.add(k)
	}
	for k := range orgWords {
		orgFilter.add(k)
		headFilter.add(k)
	}
	for k := range textWords {
		headFilter.add(k)
	}
	for k := range groupWords {
		headFilter.add(k)
	}
	// headWords: the head tables in one map, the first table that has a
	// word winning as in headClass's order (text, role, organisation,
	// group): filled from the last to the first.
	headWords = map[string]headEntry{}
	for k, v := range groupWords {
		if v {
			headWords[k] = headEntry{class: classGroup}
		}
	}
	for k, v := range orgWords {
		if v {
			headWords[k] = headEntry{class: classOrg}
		}
	}
	for k, w := range roleWords {
		headWords[k] = headEntry{class: classRole, info: w}
	}
	for k, v := range textWords {
		if v {
			headWords[k] = headEntry{class: classText}
		}
	}
}

// headEntry is the class of a head noun and, for a role, its entry.
type headEntry struct {
	class wordClass
	info  wordInfo
}

// headWords maps a lower-case head noun to its class (see headClass); built
// by init, never modified.
var headWords map[string]headEntry

// pronounOf returns the pronoun k, as pronouns[k] does.
func pronounOf(k string) (pronoun, bool) {
	if !pronounFilter.may(k) {
		return pronoun{}, false
	}
	p, ok := pronouns[k]
	return p, ok
}

// pron returns pronouns[k].
func pron(k string) pronoun {
	p, _ := pronounOf(k)
	return p
}

// isDeterminer returns determiners[k].
func isDeterminer(k string) bool { return determinerFilter.may(k) && determiners[k] }

// isPreposition returns prepositions[k].
func isPreposition(k string) bool { return prepositionFilter.may(k) && prepositions[k] }

// isOrgWord returns orgWords[k].
func isOrgWord(k string) bool { return orgFilter.may(k) && orgWords[k] }

// roleOf returns roleWords[k].
func roleOf(k string) (wordInfo, bool) {
	if !roleFilter.may(k) {
		return wordInfo{}, false
	}
	w, ok := roleWords[k]
	return w, ok
}

// titleOf returns titleWords[k].
func titleOf(k string) (wordInfo, bool) {
	if !titleFilter.may(k) {
		return wordInfo{}, false
	}
	w, ok := titleWords[k]
	return w, ok
}

// broaderOf returns broaderRoles[role] and whether role has a list
// there.
func broaderOf(role string) ([]string, bool) {
	if !broaderFilter.may(role) {
		return nil, false
	}
	l, ok := broaderRoles[role]
	return l, ok
}

// isCompanyWord returns companyWords[k].
func isCompanyWord(k string) bool { return companyFilter.may(k) && companyWords[k] }

// wordFlags say which tables hold a word (see wordEntry).
type wordFlags uint32

const (
	lxPron     wordFlags = 1 << iota // pronouns
	lxPossPron                       // possessivePronouns
	lxDet                            // determiners
	lxPrep                           // prepositions
	lxAndOr                          // "and" or "or"
	lxTitle                          // titleWords
	lxRole                           // roleWords
	lxRoleDot                        // roleWords holds the word without its final period
	lxOrg                            // orgWords
	lxHead                           // headWords
	lxGroup                          // groupWords
	lxConn                           // nameConnectors
	lxStop                           // initialStopWords
	lxWeekday                        // weekdays
	lxCorp                           // corpSuffixes
	lxClause                         // clauseWords
	lxMonth                          // months
	lxAffil                          // affiliationWords
	lxSay                            // phraseEndVerbs
)

// lxDate are the date words: weekdays and months.
const lxDate = lxWeekday | lxMonth

// lxFunc are the function words that end a noun phrase's modifiers:
// determiners, prepositions, pronouns, "and" and "or".
const lxFunc = lxDet | lxPrep | lxPron | lxAndOr

// wordEntry is what the word tables of this file say about one lower-case
// word: which of them hold it and their entries for it.
type wordEntry struct {
	is     wordFlags
	det    uint8 // what detAt says of the word
	pron   pronoun
	clause clauseBits // the word's place in a clause: copula, relative, lead
	title  wordInfo   // titleWords
	role   wordInfo   // roleWords, or of the word without its final period (lxRoleDot)
	head   headEntry  // headWords
	lists  listBits   // the small word lists of the attribution rules it is in
}

// listBits name the small word lists (words.go) that the attribution rules
// ask of a token at their hottest call sites (attributor.inList): a bit of
// the token's entry, one test, instead of a loop of case-folded
// comparisons with each word of the list.
type listBits uint16

const (
	inPostVerbs           listBits = 1 << iota // postVerbs
	inZeroRelativeOpeners                      // zeroRelativeOpeners
	inAsideAdverbs                             // asideAdverbs
	inFocusAdverbs                             // focusAdverbs
	inObjectVerbs                              // objectVerbs
	inChannelPreps                             // channelPreps
	inPersonObjectVerbs                        // personObjectVerbs
	inScarceWords                              // scarceWords
	inOpeningWords                             // openingWords
)

// wordLists are the lists of listBits, each with its bit.
var wordLists = [...]struct {
	bit   listBits
	words []string
}{
	{inPostVerbs, postVerbs[:]},
	{inZeroRelativeOpeners, zeroRelativeOpeners[:]},
	{inAsideAdverbs, asideAdverbs[:]},
	{inFocusAdverbs, focusAdverbs[:]},
	{inObjectVerbs, objectVerbs[:]},
	{inChannelPreps, channelPreps[:]},
	{inPersonObjectVerbs, personObjectVerbs[:]},
	{inScarceWords, scarceWords[:]},
	{inOpeningWords, openingWords[:]},
}

// clauseBits say what a word does in a clause, for the rules that read
// the words after a mention (predicateAt, clauseEnd, opensSentence).
// They are a field of their own, not flags of wordEntry.is: a word in no
// table but these keeps is 0, which pluralName and ownedOrg ask.
type clauseBits uint8

const (
	wordCopula    clauseBits = 1 << iota // copulaVerbs
	wordCopulaAux                        // copulaAux
	wordRel                              // relWords
	wordLead                             // leadWords
)

// wordTable gathers the word tables in one: a word is looked up once
// (lexAt, token.word) and the scan asks its entry instead of the tables.
// Built by init, never modified; entry 0 is the empty entry of the words
// in no table.
var wordTable struct {
	index   map[string]uint16 // while init builds it; then tab
	tab     *wordTab
	entries []wordEntry
	filter  lexFilter
}

// wordIndex returns the index of k's entry, 0 when no table holds it.
func wordIndex(k string) uint16 {
	if !wordTable.filter.may(k) {
		return 0
	}
	return uint16(wordTable.tab.get(k))
}

// wordIndexIn returns wordIndex(s[i:j]), reading the word from s (see
// wordTab.getIn), for a word without ASCII capitals (a key of the lowered
// text): the table, which folds ASCII case, then finds what the tables
// hold. It asks the table alone: its own filter on the words' hashes
// refuses most words, and wordTable.filter, on their first and last
// bytes, before it only added a branch.
func wordIndexIn(s string, i, j int) uint16 {
	return uint16(wordTable.tab.getIn(s, i, j))
}

// wordUnknown is token.word before the look-up.
const wordUnknown = math.MaxUint16

// lexAt returns the entry of the key of toks[i], words of text, looking
// it up on first use (the look-up ignores ASCII case).
func lexAt(toks []token, i int, text string) *wordEntry {
	t := &toks[i]
	if t.word == wordUnknown {
		t.word = wordIndexIn(text, int(t.start), int(t.keyEnd))
	}
	return &wordTable.entries[t.word]
}

// lex returns the entry of token i's key.
// Small enough to inline: the look-up on first use is a call of its own.
func (f *finder) lex(i int) *wordEntry {
	if w := f.toks[i].word; w != wordUnknown {
		return &wordTable.entries[w]
	}
	return f.lexFirst(i)
}

// lexOf is lex for toks, f.toks held in a local by a caller whose stores
// would make lex reload it.
func (f *finder) lexOf(toks []token, i int) *wordEntry {
	if w := toks[i].word; w != wordUnknown {
		return &wordTable.entries[w]
	}
	return f.lexFirst(i)
}

// lexFirst is lex for a token not looked up yet. Not inlined, so that
// lex is.
//
//go:noinline
func (f *finder) lexFirst(i int) *wordEntry { return lexAt(f.toks, i, f.text) }

func init() {
	wordTable.index = map[string]uint16{}
	wordTable.entries = []wordEntry{{}}
	entry := func(k string) *wordEntry {
		i, ok := wordTable.index[k]
		if !ok {
			i = uint16(len(wordTable.entries))
			wordTable.index[k] = i
			wordTable.entries = append(wordTable.entries, wordEntry{})
			wordTable.filter.add(k)
		}
		return &wordTable.entries[i]
	}
	set := func(m map[string]bool, f wordFlags) {
		for k, v := range m {
			if v {
				entry(k).is |= f
			}
		}
	}
	for k, p := range pronouns {
		e := entry(k)
		e.is |= lxPron
		e.pron = p
	}
	set(possessivePronouns, lxPossPron)
	set(determiners, lxDet)
	for _, k := range [...]string{"the", "this", "that", "a", "an"} {
		entry(k).det = detAt(k, 0, len(k))
	}
	set(prepositions, lxPrep)
	entry("and").is |= lxAndOr
	entry("or").is |= lxAndOr
	for k, w := range titleWords {
		e := entry(k)
		e.is |= lxTitle
		e.title = w
	}
	for k, w := range roleWords {
		e := entry(k)
		e.is |= lxRole
		e.role = w
	}
	for k, w := range roleWords {
		// roleOf(strings.TrimSuffix(k, ".")) for a key with a period.
		if e := entry(k + "."); e.is&lxRole == 0 {
			e.is |= lxRoleDot
			e.role = w
		}
	}
	set(orgWords, lxOrg)
	for k, h := range headWords {
		e := entry(k)
		e.is |= lxHead
		e.head = h
	}
	set(groupWords, lxGroup)
	set(nameConnectors, lxConn)
	set(initialStopWords, lxStop)
	set(weekdays, lxWeekday)
	set(months, lxMonth)
	set(corpSuffixes, lxCorp)
	set(clauseWords, lxClause)
	set(affiliationWords, lxAffil)
	set(phraseEndVerbs, lxSay)
	for k := range copulaVerbs {
		entry(k).clause |= wordCopula
	}
	for k := range copulaAux {
		entry(k).clause |= wordCopulaAux
	}
	for k, c := range classOf {
		if c&relWords != 0 {
			entry(k).clause |= wordRel
		}
		if c&leadWords != 0 {
			entry(k).clause |= wordLead
		}
	}
	for _, l := range wordLists {
		for _, k := range l.words {
			entry(k).lists |= l.bit
		}
	}
	if len(wordTable.entries) >= wordUnknown {
		panic("wordTable: too many words")
	}
	index := make(map[string]int32, len(wordTable.index))
	for k, i := range wordTable.index {
		index[k] = int32(i)
	}
	wordTable.tab, wordTable.index = newWordTab(index), nil
}
