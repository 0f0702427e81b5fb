package attribution

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Entity resolution ("who is who"): every quote's speaker mention, as
// written ("she", "Mei", "the ambassador", "the article"), is linked to a
// canonical entity ("Lu Mei"). The work is one forward pass over the
// mentions of the text (name.go finds them), in text order:
//
//   - A speaker span is matched to the mention that heads it: the first one
//     inside it that is not a possessive modifier or a capitalised
//     modifier ("Hugh Hill" in "Hugh Hill, a doctor in Kansas,", "Pia
//     Lund" in "The Harbor Gazette's Pia Lund", "Karen Liebowitz" in
//     "Liberal strategist Karen Liebowitz"); a span without one is
//     read on its own words ("officials", "some", "who").
//   - Names join the cluster of an earlier name they are part of: "Mei",
//     "Mr. Mei" and "Lu Mei" are one cluster, named by the fullest form
//     seen, titles, roles and party labels stripped ("Chinese Ambassador
//     Lu Mei" gives "Lu Mei", "President of Azerbaijan Ilham Aliyev" gives
//     "Ilham Aliyev", "Republican Donald Trump" gives "Donald Trump"); a
//     name taken from a title-case headline gives way to the next one
//     written in prose. Generational suffixes must agree ("Donald Trump
//     Jr." is not "Donald Trump"). A surname shared by several clusters
//     ("Aliyev") goes to the one it was used for alone before, when it
//     had no rival then; else to the one mentioned last; as a speaker, to
//     the last one that spoke, if any did.
//   - Role phrases ("the ambassador", "the Florida senator", "the
//     ministry") go to the most recent cluster introduced with that role
//     (as a title, a role word before the name or an appositive) or
//     organisation word, preferring one whose context shares the phrase's
//     modifiers ("Florida Sen. Jane Roe"); a general role word covers the
//     specific ones ("the diplomat" an ambassador, "the lawmaker" a
//     senator: broaderRoles).
//   - Texts as speakers ("the article reads") go to their author: the
//     speaker of the sentence that introduced the text ("Lu Mei said in an
//     article", "In a statement, the ministry said") or its owner ("his
//     statement").
//   - He and she go to the most salient compatible cluster in a window of
//     the current and three previous paragraphs (at most maxLookBack
//     mentions): quote speakers weigh most, then sentence subjects, then
//     other mentions, then mentions after a preposition or inside a
//     quotation; weight halves with each sentence back. Gender comes from
//     titles (Mr., Ms.) and role words (spokeswoman, king), which exclude,
//     and from the text's own confident "he"/"she" resolutions, which
//     only weigh (not those with another person between the pronoun and
//     its antecedent in the sentence); never from lists of first names. A
//     bare capitalised word that never spoke and has no title ("Iran",
//     "Mexican") is not a person. It and they go only to bodies, texts and groups, and only
//     to a salient one close by. "I" and "we" inside a quotation go to the
//     speaker of that quotation; "who" to the nearest person before it in
//     the sentence, "which" to the nearest body or text.
//   - The lines of an interview ("Q: …", "A: …") go to the person named
//     most before its first line (the answers) and to the one named
//     after "with" in the paragraph leading into it (the questions).
//
// Decisions about what cannot be resolved, made for a user who counts
// voices:
//   - an unresolved pronoun, an indefinite ("some", "others") or a
//     first-person pronoun outside any quotation (an op-ed's author) gets
//     Entity "" and no entity entry;
//   - an unresolved role, organisation, text or group phrase ("a
//     spokesman", "the ministry", "the poll", "officials") is an entity of
//     its own, named as written without its leading article ("spokesman",
//     "ministry"); repeated phrases with the same words are one entity;
//   - an organisation keeps its name without a leading "the" ("the Foreign
//     Ministry" gives "Foreign Ministry"); "the Clinton campaign" and "his
//     campaign" (his = Clinton) give one entity "Clinton campaign";
//   - clusters that end with the same name are one entity.
//
// Entity.Mentions lists the speaker spans of the entity's quotes and the
// other mentions of it found in the text: its names and, outside
// quotations, its role phrases; not its pronouns unless they are speakers.
//
// Work is linear in the text: one pass over the words, map look-ups, and a
// bounded look-back for pronouns. Only derived keys are normalised (NFC and
// case folding); names are substrings of the text, with white space runs
// collapsed.

// maxLookBack bounds the mentions a pronoun looks back over.
const maxLookBack = 80

// windowParas is how many paragraphs before the current one a pronoun
// looks back into.
const windowParas = 3

// cluster is one entity being built.
type cluster struct {
	// name is the name as written (a substring of the text, or one made
	// of its words); the entity's name is cleanName of it, made only for
	// the few clusters that are asked (output, ownedOrg, resolveName's
	// acronyms): five in six clusters never are.
	name string
	// ctx holds, once each, the roles the cluster was introduced with and
	// the words that qualified them ("ambassador", "chinese"): what
	// context looks in. Kept deduplicated as the roles come, so that
	// context costs the same however often the cluster is mentioned.
	ctx      []string
	keys     []string // folded name words
	nameToks int32    // len(keys)
	male     int32    // confident "he" resolutions
	female   int32    // confident "she" resolutions
	lastPos  int32    // the start of its last mention so far
	// lastNamed is the start of its last mention so far that is not a
	// pronoun: what a quotation's own words name (resolveRole).
	lastNamed int32
	ek        entKind
	group     bool // a plural group ("officials")
	isText    bool // an unresolved text ("poll")
	gender    gender
	// softGender is set while gender comes only from role words used of
	// both sexes (mention.softGender).
	softGender bool
	speaker    bool
	// headName is set while the name comes from a sentence in title case
	// (tHeadline), whose capitals may run a name into the words around
	// it ("Conservative Icon Morton Blackwell Endorses …"): the next name
	// written in prose replaces it, even a shorter one ("Morton
	// Blackwell"); a surname alone replaces only a name of three words
	// or more ("Hollande" leaves "Francois Hollande").
	headName bool
	// bare is set once a one-word name in prose (not a headline's)
	// resolved to the cluster: the surname alone has been used for it,
	// and a later surname alone keeps to it (matchWord).
	bare bool
	// initName is set while the name's first word opens its sentence
	// and is capitalised nowhere else in the text (initialWord): it may
	// be a common word glued to the name ("Hold Ann Lee to her word"),
	// and the next name written without it ("Ann Lee") replaces it.
	initName bool
	// owner is 1 + the cluster that owns this body ("Clinton
	// campaign", made by ownedOrg), or 0.
	owner int32
	// madeName is set while the name is one made of the text's words
	// (arenaJoin), a string of the resolver's key arena: output copies
	// it before a Document holds it.
	madeName bool
}

// takeGender gives the cluster the gender of mention m when it has none,
// or only a soft one that m's firm gender replaces (mention.softGender).
func (c *cluster) takeGender(m *mention) {
	if m.gender != genderUnknown && (c.gender == genderUnknown || c.softGender && !m.softGender) {
		c.gender, c.softGender = m.gender, m.softGender
	}
}

// genderClash reports whether the known gender of mention m keeps it
// from cluster c. A soft gender on either side (mention.softGender)
// keeps nothing: "Ms. Lee" may be the chairman named before.
func (c *cluster) genderClash(m *mention) bool {
	if m.gender == genderUnknown || m.softGender {
		return false
	}
	g := c.gend()
	return g != genderUnknown && g != m.gender && !(c.softGender && c.gender == g)
}

func (c *cluster) gend() gender {
	if c.gender != genderUnknown {
		return c.gender
	}
	switch {
	case c.male > c.female:
		return genderMale
	case c.female > c.male:
		return genderFemale
	}
	return genderUnknown
}

// resolver holds the state of one resolution. It lives for one call.
type resolver struct {
	f     *finder
	text  string
	d     *Document
	cs    []cluster
	order []int // mention indexes in text order
	// sentMax[k] is twice the last sentence the mentions order[:k+1]
	// reach (mention.reach), which bounds how close to a pronoun they
	// stand, plus 1 when one of them reaching that sentence is a speaker,
	// which bounds what they weigh (scorePronoun).
	sentMax []int32
	// spk is, for each quote, the index of its speaker mention or -1;
	// spkList holds, for each speaker mention mi, its quotes at
	// spkList[spkStart[mi]:spkStart[mi+1]], in order (see spkQuotes).
	spk      []int
	spkStart []int32
	spkList  []int
	// keyBuf is the arena that nameKeys carves the key lists from; ints
	// and ctxBuf the arenas of the lists held in maps and clusters;
	// fullBuf and acroBuf the buffers of resolveName's keys.
	keyBuf           []string
	ints             []int
	ctxBuf           []string
	fullBuf, acroBuf []byte
	ownBuf           []byte // ownedOrg's key
	phraseBuf        []byte // phraseCluster's key, when lowered
	// keyArena holds the map keys made from those buffers (full names,
	// acronyms, owned organisations, lowered phrases) and the folded
	// words (caseFold), end to end: each is a substring of what it has
	// accumulated (see arenaKey), one allocation for many keys. A
	// Builder never changes the bytes it has written, so the strings
	// stay as they were when it grows or when a new one takes its place.
	// No key goes into a Document, and the maps that hold them are
	// emptied for each text: the arena is kept for the next text with
	// the resolver (reset), which fills the room left in it, a chunk
	// serving many texts (see arenaKey).
	keyArena strings.Builder
	// nameArena holds, end to end, the names of the entities output
	// that are not substrings of the text (made by arenaJoin, copied by
	// output). Made anew for each text, never written over: the names
	// that went into a Document (Entity.Name, Quote.Entity) keep that
	// text's arena.
	nameArena strings.Builder
	// arena is the size of a new chunk of keyBuf and ints (ctxBuf: half
	// of it): on PolNeAR a text carves about one int, 0.7 keys and 0.3
	// context words a mention.
	arena int
	// nameCands and roleCands are the candidate buffers of matchName
	// and resolveRole, reused from call to call, and mods the buffer of
	// resolveRole's modifiers.
	nameCands, roleCands []int
	mods                 []string
	// keyLists holds resolveName's lists of clusters, one a key, and
	// keyAt the indexes of their entries in words (-1: none).
	keyLists [][]int
	keyAt    []int32
	// pcands and candAt are the working arrays of scorePronoun.
	pcands []pcand
	candAt []int32

	full    strMap[int]   // folded full name → cluster
	words   strMap[[]int] // folded name word → clusters
	roles   strMap[[]int] // role key → clusters
	orgs    strMap[[]int] // organisation word → clusters
	phrases strMap[int]   // folded phrase → cluster
	acro    strMap[int]   // initials of a body's name → cluster
	corps   []int         // companies by their names ("Acme Corp.")

	textAuthor     strMap[int] // text noun → author cluster
	lastAuthor     int
	lastAuthorPara int32
	// lastMedia is the last name that reported ("the Harbor Gazette
	// reported"), in paragraph lastMediaPara, or -1: what "the
	// newspaper" names when no body was introduced with that word.
	lastMedia     int
	lastMediaPara int32
	// storyMemo[k] is, once asked (storyFloor), 2 when paragraph k opens
	// a story of its own, else 1; 0 before.
	storyMemo []uint8
	// lastAcro is 1 + the cluster of the last body named by its
	// initials alone ("the FBI"), or 0: what a general word for a body
	// may name back (bodyWords).
	lastAcro    int
	lastSpk     int // cluster of the last resolved speaker mention
	lastSpkSent int32
	pending     []int // text mentions waiting for their sentence's speaker

	caser cases.Caser
	// foldSrc and foldDst are caseFold's buffers, kept from call to
	// call.
	foldSrc, foldDst []byte

	// Working arrays of sortOrder and output: kept with the resolver
	// when Parse reuses it for the next text (see reset).
	tail                []int
	quotes, idx, counts []int
	outs                []int // output's mentions
	spans               []entSpan
	byName              strMap[int] // entity name → entity (output)
	// tokHint is where the last search of the words ended (searchFrom).
	tokHint int
	// endsSorted: the scanned mentions, f.ms[:scanned], are in order of
	// their ends (see attachSpeakers); msHint is where the last search of
	// them ended.
	endsSorted bool
	scanned    int
	msHint     int
}

// mentionAfter returns sort.Search(len(ms), ms[i].end > s) for ms, a
// prefix of the mentions.
func (r *resolver) mentionAfter(ms []mention, s int) int {
	f := func(i int) bool { return int(ms[i].end) > s }
	if !r.endsSorted || len(ms) > r.scanned {
		return sort.Search(len(ms), f)
	}
	// searchFrom(len(ms), r.msHint, f), with f written out: a call of
	// the closure at each step cost more than the step.
	h := min(max(r.msHint, 0), len(ms))
	var lo, hi int // as in searchFrom
	if h == len(ms) || int(ms[h].end) > s {
		hi = h
		for step := 1; ; step *= 2 {
			if lo = hi - step; lo < 0 {
				lo = -1
				break
			}
			if int(ms[lo].end) <= s {
				break
			}
			hi = lo
		}
	} else {
		lo = h
		for step := 1; ; step *= 2 {
			if hi = lo + step; hi >= len(ms) {
				hi = len(ms)
				break
			}
			if int(ms[hi].end) > s {
				break
			}
			lo = hi
		}
	}
	for lo+1 < hi {
		if mid := int(uint(lo+hi) >> 1); int(ms[mid].end) > s {
			hi = mid
		} else {
			lo = mid
		}
	}
	r.msHint = hi
	return hi
}

// tokenAfter returns the index of the first word that ends after offset
// s, len(r.f.toks) if none: searchFrom from r.tokHint, with the test
// written out (see mentionAfter).
func (r *resolver) tokenAfter(s int) int {
	toks := r.f.toks
	h := min(max(r.tokHint, 0), len(toks))
	var lo, hi int // as in searchFrom
	if h == len(toks) || int(toks[h].end) > s {
		hi = h
		for step := 1; ; step *= 2 {
			if lo = hi - step; lo < 0 {
				lo = -1
				break
			}
			if int(toks[lo].end) <= s {
				break
			}
			hi = lo
		}
	} else {
		lo = h
		for step := 1; ; step *= 2 {
			if hi = lo + step; hi >= len(toks) {
				hi = len(toks)
				break
			}
			if int(toks[hi].end) > s {
				break
			}
			lo = hi
		}
	}
	for lo+1 < hi {
		if mid := int(uint(lo+hi) >> 1); int(toks[mid].end) > s {
			hi = mid
		} else {
			lo = mid
		}
	}
	r.tokHint = hi
	return hi
}

// tokenNear returns tokenAfter(s), for the start s of a speaker span:
// walked to from the first word of the first scanned mention that ends
// after s, when it is a few words away, as it is for most spans. That
// mention is found in the mentions, a sixth as many as the words (and
// findMention asks for it next): the search of the words from the last
// span, many steps over a large array, is left to the others.
func (r *resolver) tokenNear(s int) int {
	ms, toks := r.f.ms[:r.scanned], r.f.toks
	if i := r.mentionAfter(ms, s); i < len(ms) {
		k := min(int(ms[i].tokLo), len(toks))
		for range 8 {
			switch {
			case k > 0 && int(toks[k-1].end) > s:
				k--
			case k < len(toks) && int(toks[k].end) <= s:
				k++
			default:
				r.tokHint = k
				return k
			}
		}
	}
	return r.tokenAfter(s)
}

// searchFrom returns what sort.Search(n, f) returns, for f false and then
// true over [0, n), searching from index h: it gallops from h towards the
// answer and bisects the last step, so that a search that starts near
// its answer (the words of the next quotation, of the next mention) costs
// the logarithm of the distance, not of n. The words of a long text are
// an array of many MB, where each step of a plain bisection misses the
// cache.
func searchFrom(n, h int, f func(int) bool) int {
	h = min(max(h, 0), n)
	var lo, hi int // the answer is in (lo, hi]; f(hi) is true or hi == n
	if h == n || f(h) {
		hi = h
		for step := 1; ; step *= 2 {
			lo = hi - step
			if lo < 0 {
				lo = -1
				break
			}
			if !f(lo) {
				break
			}
			hi = lo
		}
	} else {
		lo = h
		for step := 1; ; step *= 2 {
			hi = lo + step
			if hi >= n {
				hi = n
				break
			}
			if f(hi) {
				break
			}
			lo = hi
		}
	}
	return lo + 1 + sort.Search(hi-lo-1, func(i int) bool { return f(lo + 1 + i) })
}

// newResolver returns a resolver for the n mentions that finder f found
// in text. Size hints from the mentions found: on the PolNeAR articles,
// for 100 mentions, 36 clusters, 36 name words, 12 full names (of two
// words or more), 13 phrases, 10 acronyms, 7 roles and 4 organisation
// words. A long text
// that repeats its names has far fewer (the hints are capped at maxHint,
// past which the maps and clusters grow as they fill).
func newResolver(f *finder, text string, d *Document, n int) *resolver {
	r := &resolver{f: f, text: text, d: d, cs: make([]cluster, 0, min(n*2/5+8, maxHint)),
		lastAuthor: -1, lastMedia: -1, lastSpk: -1, lastSpkSent: -1, caser: cases.Fold(), arena: n + 16}
	r.makeMaps(n)
	return r
}

// makeMaps gives r new maps for a text of n mentions (see newResolver).
func (r *resolver) makeMaps(n int) {
	h := func(k int) int { return min(k, maxHint) }
	r.full, r.words, r.roles = sized[int](h(n/8)), sized[[]int](h(n*2/5)), sized[[]int](h(n/12))
	r.orgs, r.phrases, r.acro, r.textAuthor = sized[[]int](h(n/20)), sized[int](h(n/7)), sized[int](h(n/9)), strMap[int]{}
}

// maxHint caps the size hints of newResolver: 4096 clusters are the
// mentions of a text of about 1.5 MB of news.
const maxHint = 1 << 12

// reset returns r made ready for another text, as newResolver would make
// it, with its maps cleared and its arrays and arenas kept, even those
// made for a much larger text (strMap.reset empties large slots at the
// cost of the keys they hold, and drops the largest). Nothing a
// Document holds points into what it keeps: entity names are substrings
// of the text or strings of their own, mentions are copied out.
func (r *resolver) reset(f *finder, text string, d *Document, n int) *resolver {
	*r = resolver{f: f, text: text, d: d, cs: r.cs[:0],
		spk: r.spk, spkStart: r.spkStart, spkList: r.spkList, order: r.order, sentMax: r.sentMax,
		keyBuf: r.keyBuf[:0], ints: r.ints[:0], ctxBuf: r.ctxBuf[:0], fullBuf: r.fullBuf[:0], acroBuf: r.acroBuf[:0], ownBuf: r.ownBuf[:0], phraseBuf: r.phraseBuf[:0], foldSrc: r.foldSrc[:0], foldDst: r.foldDst,
		nameCands: r.nameCands[:0], roleCands: r.roleCands[:0], mods: r.mods[:0], pcands: r.pcands[:0], candAt: r.candAt, keyLists: r.keyLists[:0], keyAt: r.keyAt[:0], corps: r.corps[:0], pending: r.pending[:0],
		full: r.full, words: r.words, roles: r.roles, orgs: r.orgs, phrases: r.phrases, acro: r.acro, textAuthor: r.textAuthor,
		lastAuthor: -1, lastMedia: -1, lastSpk: -1, lastSpkSent: -1, caser: r.caser, arena: n + 16, keyArena: r.keyArena,
		tail: r.tail, storyMemo: r.storyMemo[:0], quotes: r.quotes, idx: r.idx, outs: r.outs, counts: r.counts, spans: r.spans, byName: r.byName}
	r.full.reset()
	r.words.reset()
	r.roles.reset()
	r.orgs.reset()
	r.phrases.reset()
	r.acro.reset()
	r.textAuthor.reset()
	r.byName.reset()
	return r
}

// resolveEntities groups the speakers of d's quotes into entities and sets
// each quote's Entity.
func resolveEntities(text string, d *Document) { resolveDoc(text, d) }

// resolveDoc is resolveEntities; it returns the resolver for tests to
// inspect, or nil when d has no quotes.
func resolveDoc(text string, d *Document) *resolver { return resolveDocIn(text, d, nil) }

// resolveDocIn is resolveDoc with the working arrays of sc (nil: new ones),
// which it leaves there for the next document.
func resolveDocIn(text string, d *Document, sc *scratch) *resolver {
	return resolveDocWith(text, d, sc, nil)
}

// resolveDocWith is resolveDocIn given words, the quote stage's tokens of
// text with their entries in wordTable (item.word), in text order: the
// words of the entity stage that cover the same bytes take their entries
// from there instead of looking them up again. words may be nil.
func resolveDocWith(text string, d *Document, sc *scratch, words []item) *resolver {
	d.Entities = d.Entities[:0]
	for i := range d.Quotes {
		d.Quotes[i].Entity = ""
	}
	if len(d.Quotes) == 0 {
		d.Entities = nil
		return nil
	}
	// The finder (a kilobyte of filters) is the scratch's, when there is
	// one: made anew for each text, but not allocated for each.
	var f *finder
	switch {
	case sc == nil:
		f = new(finder)
	case sc.fnd == nil:
		sc.fnd = new(finder)
		fallthrough
	default:
		f = sc.fnd
	}
	// The array of the tUpper words' list is kept (it holds no
	// reference), the list emptied: lexWords makes it anew.
	*f = finder{text: text, words: words, ups: f.ups[:0]}
	var capsSlots, lowSlots []spanSlot
	if sc != nil {
		capsSlots, lowSlots = sc.capsSlots, sc.lowSlots
	}
	f.capsSeen, f.lowSeen = newSpanSet(capsSlots), newSpanSet(lowSlots)
	if sc != nil {
		if sc.seen == nil {
			sc.seen = new(seenFilter)
		}
		if sc.lowArena == nil {
			sc.lowArena = new(strings.Builder)
		}
		f.spareToks, f.spareMs, f.ivs, f.starts, f.inits, f.lowBuf, f.strs, f.seen, f.lowArena = sc.ftoks, sc.fms, sc.fivs, sc.fstarts, sc.finits, sc.flows, sc.fstrs, sc.seen, sc.lowArena
		defer func() {
			clear(f.strs) // the mentions' keys may be strings of the text
			sc.ftoks, sc.fms, sc.fivs, sc.fstarts, sc.finits, sc.flows, sc.fstrs = f.toks, f.ms, f.ivs, f.starts, f.inits, f.lowBuf, f.strs[:0]
			sc.capsSlots, sc.lowSlots = f.capsSeen.emptied(), f.lowSeen.emptied()
			// The pool holds no reference to the caller's text through
			// the finder.
			*f = finder{ups: f.ups[:0]}
		}()
	}
	f.tokenize(d)
	f.find()
	n := len(f.ms)
	var r *resolver
	if sc != nil && sc.res != nil {
		r = sc.res.reset(f, text, d, n)
	} else {
		r = newResolver(f, text, d, n)
	}
	if sc != nil {
		if r.counts == nil {
			r.counts = make([]int, 0, 64)
		}
		// The resolver of a huge text is left to the collector.
		sc.res = nil
		if n <= maxScratch/4 {
			defer func() {
				// The pool holds no reference to the caller's Document
				// or text through the resolver's own fields, nor to the
				// arena of the names the Document holds.
				r.f, r.text, r.d = nil, "", nil
				r.nameArena = strings.Builder{}
				sc.res = r
			}()
		}
	}
	r.attachSpeakers()
	r.sortOrder()
	for pos, mi := range r.order {
		r.resolve(mi, pos)
	}
	r.firstPerson()
	r.interview()
	r.output()
	return r
}

// attachSpeakers links each quote's speaker span to a mention, making one
// from the span's words when the scan found none.
func (r *resolver) attachSpeakers() {
	f := r.f
	r.spk = resized(r.spk, len(r.d.Quotes)) // each set below
	n0 := len(f.ms)
	// The scanned mentions are searched by their ends: from where the
	// last search ended when the ends are in order (searchFrom), else by
	// bisection as always (the answer of which then depends on its path).
	// emit noted whether they are, as it made them.
	r.endsSorted, r.scanned = !f.endsOut, n0
	for qi := range r.d.Quotes {
		r.spk[qi] = -1
		s := r.d.Quotes[qi].Speaker
		if s == nil || s.Start < 0 || s.End > len(r.text) || s.Start >= s.End {
			continue
		}
		end := headEnd(r.text, s.Start, s.End)
		mi := -1
		if !r.groupFirst(s.Start, end) {
			var group int
			if mi, group = r.findMention(s.Start, end, n0); group > 0 {
				end = group
			}
		}
		if mi < 0 {
			mi = r.synthesize(s.Start, end)
		}
		if mi < 0 {
			continue
		}
		// A speaker span that leaves out the name its phrase stands in
		// apposition to, with no comma closing the phrase, puts the name
		// in another clause: in "…, the research was funded by the Heart
		// Foundation, the university said" the university is not the
		// foundation. ("Tom Baker, the mayor's aide, said" keeps him.)
		if m := &f.ms[mi]; m.sameAs >= 0 && int(f.ms[m.sameAs].end) <= s.Start && !closedAfter(r.text, int(m.end)) && !closedAfter(r.text, s.End) && !closedEnd(r.text[s.Start:s.End]) {
			m.sameAs = -1
		}
		if j := r.apposedHolder(mi, end, n0); j >= 0 {
			f.ms[mi].sameAs = int32(j)
		} else if r.nameOpens(s.Start, mi, n0) {
			// "Smith, a lawyer,": the name the finder left (a word
			// opening its sentence, seen nowhere else), which the role
			// describes.
			n := len(f.ms)
			if j := r.synthesize(s.Start, end); j >= n && f.ms[j].kind == mName {
				f.ms[mi].sameAs = int32(j)
				mi = j
			}
		}
		r.spk[qi] = mi
		f.ms[mi].speaker = true
	}
	r.groupQuotes(len(f.ms))
}

// apposedHolder returns, when the speaker mention mi is a role phrase
// that a person's name follows in apposition inside the speaker span
// ending at e, that name's mention; else -1. The span names one
// speaker, and the name is who holds the role, whatever qualifies the
// role between them ("A trader at the town market, Mrs. Ada Okon,", "the
// member representing Lorvik North, Hon. Tom Vance,"). The name follows
// a comma, has a title or two words, and a comma, a parenthesis or the
// span's end closes it; no "and" or "or" comes between (two people).
func (r *resolver) apposedHolder(mi, e, n int) int {
	f := r.f
	ms, toks := f.ms[:n], f.toks
	if mi >= n {
		return -1
	}
	m := &ms[mi]
	if m.kind != mRole || m.ek != kPerson || m.sameAs >= 0 {
		return -1
	}
	for j := mi + 1; j < len(ms) && j <= mi+8 && int(ms[j].start) < e; j++ {
		mj := &ms[j]
		if mj.kind != mName || mj.ek == kOrg || mj.modifier || int(mj.end) > e || f.dateName(mj) {
			continue
		}
		lo := int(mj.ctxLo)
		if lo <= int(m.tokHi) || lo-int(m.tokHi) > 12 || toks[lo].flags&(tGapComma|tGapPunct) != tGapComma {
			continue
		}
		if mj.ek != kPerson && mj.tokHi-mj.tokLo < 2 || toks[mj.tokHi-1].has(tPoss) {
			continue
		}
		if !closedAfter(r.text, int(mj.end)) && !asideClosed(r.text, int(mj.end)) && strings.TrimSpace(r.text[mj.end:e]) != "" {
			continue
		}
		for k := int(m.tokHi); k < lo; k++ {
			if w := f.key(&toks[k]); (w == "and" || w == "or") && !toks[k].has(tCap) {
				return -1
			}
		}
		return j
	}
	return -1
}

// nameOpens reports whether the speaker span starting at s opens with one
// to three capitalised words that no mention covers, then a comma and
// the role phrase mi ("Smith, a lawyer,", "Varga, the mayor of
// Lorvik,"): the words are a name the role stands in apposition to.
func (r *resolver) nameOpens(s, mi, n int) bool {
	f := r.f
	toks := f.toks
	if mi >= n {
		return false
	}
	m := &f.ms[mi]
	if m.kind != mRole || m.ek != kPerson || m.sameAs >= 0 || m.det == detNone {
		return false
	}
	a, k := r.tokenAfter(s), int(m.tokLo)
	if k-a < 1 || k-a > 3 || toks[k].flags&(tGapComma|tGapPunct) != tGapComma || mi > 0 && int(f.ms[mi-1].end) > int(toks[a].start) {
		return false
	}
	for x := a; x < k; x++ {
		if !toks[x].has(tCap) || x > a && toks[x].gapped() || f.lex(x).is&(lxFunc|lxStop|lxConn|lxClause|lxDate|lxGroup) != 0 {
			return false
		}
	}
	return true
}

// closedAfter reports whether a comma, a dash or a closing parenthesis
// follows offset i in text, past spaces: what closes an appositive.
func closedAfter(text string, i int) bool {
	for ; i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'); i++ {
	}
	if i >= len(text) {
		return false
	}
	switch text[i] {
	case ',', '-', ')', ';':
		return true
	}
	return strings.HasPrefix(text[i:], "—") || strings.HasPrefix(text[i:], "–")
}

// closedEnd reports whether span ends with what closes an appositive (see
// closedAfter), past spaces: "the head of Tidewell Freight -- …
// --".
func closedEnd(span string) bool {
	span = strings.TrimRight(span, " \t\n")
	if span == "" {
		return false
	}
	switch span[len(span)-1] {
	case ',', '-', ')', ';':
		return true
	}
	return strings.HasSuffix(span, "—") || strings.HasSuffix(span, "–")
}

// groupQuotes lists the quotes of each of the n mentions, from r.spk, for
// spkQuotes.
func (r *resolver) groupQuotes(n int) {
	// Group the quotes by speaker mention, in quote order (a counting
	// sort: no map). start[mi] counts the quotes of mi, then, summed,
	// those of the mentions up to mi: where mi's list ends. Placed from
	// the last quote back, each list is filled from its end, and start[mi]
	// comes down to where it begins, which is where mi-1's ends.
	r.spkStart = zeroed(r.spkStart, n+1)
	start := r.spkStart // in a local: the loops' stores would reload r's fields
	for _, mi := range r.spk {
		if mi >= 0 {
			start[mi]++
		}
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	r.spkList = resized(r.spkList, int(start[n])) // each set below
	list := r.spkList
	for qi := len(r.spk) - 1; qi >= 0; qi-- {
		if mi := r.spk[qi]; mi >= 0 {
			start[mi]--
			list[start[mi]] = qi
		}
	}
}

// headEnd returns where the head of the speaker span text[s:e] ends: before
// a relative clause ("Union leaders who met with the mayor" is not the
// mayor), else e.
func headEnd(text string, s, e int) int {
	if !hasWh(text[s:e]) {
		return e // most spans: one search instead of three
	}
	for _, rel := range [...]string{" who ", " whose ", " which "} {
		if k := strings.Index(text[s:e], rel); k > 0 {
			e = s + k
		}
	}
	return e
}

// hasWh reports whether s holds " wh", as strings.Index would: the spans
// are short and hold few w's, each found by IndexByte, which costs less
// than the search for the three bytes.
func hasWh(s string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], 'w')
		if k < 0 {
			return false
		}
		i += k
		if i > 0 && i+1 < len(s) && s[i-1] == ' ' && s[i+1] == 'h' {
			return true
		}
	}
}

// spkQuotes returns the quotes attributed to speaker mention mi, in order.
func (r *resolver) spkQuotes(mi int) []int {
	if mi < 0 || mi+1 >= len(r.spkStart) {
		return nil
	}
	return r.spkList[r.spkStart[mi]:r.spkStart[mi+1]]
}

// findMention returns the scanned mention that best matches the span s:e:
// the first one inside it that is not a possessive modifier (the head of
// "Hugh Hill, a doctor in Kansas," and of "The New Republic's Jeet
// Heer"), a parenthesis at the end left out ("Sen. Bernie Sanders
// (I-Vt.)"); else the shortest one around it. When the span opens with a
// name that qualifies a noun of people ("Trump aides", "a Sanders
// volunteer": headAfterName), it returns -1 and the end of that noun,
// where synthesize is to end the group's mention.
func (r *resolver) findMention(s, e, n int) (int, int) {
	ms := r.f.ms[:n]
	toks := r.f.toks
	he := e
	if sp := r.text[s:e]; strings.HasSuffix(sp, ")") {
		if k := strings.LastIndexByte(sp, '('); k > 0 {
			he = s + k
		}
	}

	i := r.mentionAfter(ms, s)
	first, poss := -1, -1
	around, aroundLen := -1, 0
	// The mentions before i end at s or before, when their ends are in
	// order: the loop skips them.
	from := max(0, i-4)
	if r.endsSorted && n <= r.scanned {
		from = i
	}
	for j := from; j < len(ms) && int(ms[j].start) < e && j < i+16; j++ {
		m := &ms[j]
		if int(m.end) <= s {
			continue
		}
		if int(m.start) >= s && int(m.end) <= e {
			if int(m.end) > he || m.modifier || int(m.start) > s && r.placed(s, int(m.tokLo)) {
				continue
			}
			// A day or a month is no speaker ("reports filed on
			// Saturday", "Thursday, he said"): the span's other words
			// are read, unless the date is all it holds ("May", which
			// may be Theresa May's).
			if r.f.dateName(m) && (int(m.start) > s || int(m.end) < e) {
				continue
			}
			// A possessive before more words is a modifier ("Italy's
			// delegation", "Its developer"), a role's too ("the
			// President's Communications Director Ali Kaya" is the
			// director, not the president named before).
			if ((m.kind == mName || m.kind == mRole && m.ek == kPerson) && toks[m.tokHi-1].has(tPoss) || m.kind == mPron && r.f.lex(int(m.tokLo)).is&lxPossPron != 0) && int(m.tokHi) < len(toks) && int(toks[m.tokHi].start) < he {
				if poss < 0 && m.kind != mPron {
					poss = j
				}
				continue
			}
			// A name before a group noun qualifies it: "Trump aides",
			// "Pentagon officials" speak for themselves, not for the
			// name, nor for a name after them ("Republican activists
			// trying to stop Donald Trump"): synthesize makes their
			// mention, to the group noun.
			if m.kind == mName && first < 0 && poss < 0 {
				if g := r.headAfterName(m, s, he); g > 0 {
					return -1, g
				}
				if r.apposedNoun(m, s, he) {
					continue
				}
			}
			// A party word before a lower-case word of the span qualifies
			// it ("Democratic primary voters", "a spokesman for Republican
			// candidate Ann Lee"): the span's other words are read; so
			// does a name that a hyphen joins to a lower-case word, which
			// the lexer ends at its last dot ("a U.K.-born blogger").
			if m.kind == mName && (r.partyAdjective(m, he) || hyphenated(r.text, int(m.end))) {
				continue
			}
			// Of mentions starting together ("Italy's delegation" and
			// "Italy"), the longer.
			if first < 0 || m.start == ms[first].start && m.end > ms[first].end {
				first = j
			}
			if first >= 0 && m.start > ms[first].start {
				break
			}
		} else if int(m.start) <= s && int(m.end) >= e {
			// Not a phrase the span stops short of: in "The suit claims
			// that …" the finder read "The suit claims" as one plural
			// phrase, the speaker span knows "claims" is the verb.
			if int(m.start) == s && int(m.end) > e && m.det != detNone {
				continue
			}
			if around < 0 || int(m.end-m.start) < aroundLen {
				around, aroundLen = j, int(m.end-m.start)
			}
		}
	}
	switch {
	case first >= 0:
		// A plural group name first of groups joined by "and" ("Democrats
		// and Republicans", "Both Democrats and independents") is not the
		// speaker alone: the groups speak together, and synthesize reads
		// the span whole. Only when they open it: in "31% of Democrats and
		// …" or "One reason Democrats and …" the span is more than them.
		if m := &ms[first]; m.group && (int(m.start) == s || m.tokLo > 0 && int(toks[m.tokLo-1].start) == s && r.f.key(&toks[m.tokLo-1]) == "both") {
			b := int(m.tokHi)
			for b < len(toks) && int(toks[b].start) < he {
				b++
			}
			if r.f.coordinated(int(m.tokLo), b) {
				return -1, 0
			}
		}
		if j := r.qualifiedName(ms, first, he); j >= 0 {
			return j, 0
		}
		if j := r.mouthpieceOf(ms, first, e); j >= 0 {
			return j, 0
		}
		if j := r.agentOf(ms, first, e); j >= 0 {
			return j, 0
		}
		return first, 0
	case poss >= 0:
		return poss, 0
	}
	return around, 0
}

// hyphenated reports whether a hyphen and a lower-case letter follow
// the name that ends at i: the name is part of a compound adjective
// ("D.C.-based").
func hyphenated(text string, i int) bool {
	return i+1 < len(text) && text[i] == '-' && text[i+1] >= 'a' && text[i+1] <= 'z'
}

// partyAdjective reports whether name mention m is a party word before a
// lower-case word of the span that ends at he, which it qualifies
// ("Democratic primary voters", "Republican candidate Ann Lee"); not a
// party's member that a word and a preposition follow ("one Republican
// involved in the talks", "a Democrat familiar with the plan").
func (r *resolver) partyAdjective(m *mention, he int) bool {
	f := r.f
	toks := f.toks
	k := int(m.tokHi)
	if m.tokHi != m.tokLo+1 || k >= len(toks) || int(toks[k].start) >= he || toks[k].gapped() || toks[k].has(tCap) || f.lex(int(m.tokLo)).is&lxAffil == 0 {
		return false
	}
	if f.key(&toks[m.tokLo]) == "democrat" {
		return false // a noun, never an adjective
	}
	return k+1 >= len(toks) || toks[k+1].gapped() || f.lex(k+1).is&lxPrep == 0
}

// headAfterName returns the end of the noun that the name m qualifies in
// the speaker span s:he, or 0 when it qualifies none. The noun follows
// the name in lower case with no punctuation between, and is either a
// group noun of people ("Trump aides", "White House officials"; not "FEC
// records": documentGroups) or a noun of a person or a body (personNoun)
// that is the last word of a span a determiner opens, or the word before
// its preposition ("a Sanders volunteer in Iowa", "the Trump voter", "a
// senior Tory backbencher", "the Obama administration"). A text or an
// event named by the name ("a CNN tally", "an FBI investigation") speaks
// for the name.
func (r *resolver) headAfterName(m *mention, s, he int) int {
	f := r.f
	toks := f.toks
	k := int(m.tokHi)
	if k >= len(toks) || int(toks[k].start) >= he {
		return 0
	}
	t := &toks[k]
	if t.gapped() || t.has(tCap) {
		return 0
	}
	e := f.lex(k)
	if e.is&lxGroup != 0 {
		if documentGroups[f.key(t)] {
			return 0
		}
		return int(t.end)
	}
	if e.is&(lxFunc|lxClause|lxStop) != 0 {
		return 0
	}
	if n := k + 1; n < len(toks) && int(toks[n].start) < he && (toks[n].has(tCap) || !toks[n].gapped() && f.lex(n).is&lxPrep == 0) {
		return 0 // "Okafor campaign manager Dale Hume", "the county's Liberal councillor, Nina Voss,"
	}
	// The noun's suffixes are read after the cheaper test of the word
	// after it, which refuses most words.
	if !personNoun(f.key(t), e) {
		return 0
	}
	// A determiner opens the span, and lower-case words alone come
	// between it and the name.
	a := r.tokenAfter(s)
	if a >= int(m.tokLo) || detAt(f.text, int(toks[a].start), int(toks[a].keyEnd)) == detNone && f.key(&toks[a]) != "one" {
		return 0
	}
	for j := a + 1; j < int(m.tokLo); j++ {
		if toks[j].has(tCap) || toks[j].gapped() {
			return 0
		}
	}
	return int(t.end)
}

// apposedNoun reports whether the name m qualifies a noun in lower case
// that a determiner opens and a name in apposition follows in the speaker
// span s:he ("An Icelandic blogger, Ann Holm,", "another leading Harbor
// Board critic, Piet Bos,"): the name after the comma is the speaker,
// not the adjective.
func (r *resolver) apposedNoun(m *mention, s, he int) bool {
	f := r.f
	toks := f.toks
	k := int(m.tokHi)
	if k+1 >= len(toks) || int(toks[k+1].start) >= he {
		return false
	}
	if t := &toks[k]; t.gapped() || t.has(tCap) || f.lex(k).is&(lxFunc|lxClause|lxStop|lxPrep) != 0 {
		return false
	}
	if n := &toks[k+1]; n.flags&tGapComma == 0 || !n.has(tCap) {
		return false
	}
	a := r.tokenAfter(s)
	if a >= int(m.tokLo) || detAt(f.text, int(toks[a].start), int(toks[a].keyEnd)) == detNone && f.key(&toks[a]) != "one" && f.key(&toks[a]) != "another" {
		return false
	}
	for j := a + 1; j < int(m.tokLo); j++ {
		if toks[j].has(tCap) || toks[j].gapped() {
			return false
		}
	}
	return true
}

// agentOf returns, when mention i is a text that "by", alone or after a
// participle, gives an author in the speaker span ending at e ("A survey
// released by the Cabinet Office", "a report published by the
// ministry", "an analysis by Ann Lee"), the author's mention, whose words
// the quote reports; else -1.
func (r *resolver) agentOf(ms []mention, i, e int) int {
	m := &ms[i]
	toks := r.f.toks
	if m.kind != mText {
		return -1
	}
	k := int(m.tokHi)
	if k+1 < len(toks) && r.f.key(&toks[k]) == "by" && !toks[k].gapped() {
		k-- // "an analysis by Ann Lee": "by" alone after the text names its author
	} else if k+2 >= len(toks) || !authorParticiples[r.f.key(&toks[k])] || r.f.key(&toks[k+1]) != "by" {
		return -1 // but "the memo obtained by The Ledger", "an essay quoted by his office"
	}
	after := toks[k+2].start
	for j := i + 1; j < len(ms) && int(ms[j].start) < e; j++ {
		mj := &ms[j]
		if mj.start < after || int(mj.end) > e || mj.kind != mName && mj.kind != mRole || r.f.dateName(mj) {
			continue // "conducted by members in Saturday's ballot": no day
		}
		if mj.modifier || mj.kind == mName && toks[mj.tokHi-1].has(tPoss) {
			continue // "written by Harbor Gazette's Pia Lund": the writer
		}
		return j
	}
	return -1
}

// authorParticiples make the agent after "by" the author of a text:
// "a survey conducted by …", "a report released by …".
var authorParticiples = map[string]bool{
	"released": true, "conducted": true, "published": true, "filed": true, "issued": true,
	"written": true, "commissioned": true, "prepared": true, "produced": true,
	"compiled": true, "sponsored": true, "signed": true, "sent": true, "posted": true,
}

// placed reports whether "in" stands between the start of a speaker span
// at s and token i: what follows places the speaker ("delegates at the
// convention in Philadelphia", "polls in Iowa and Ohio") and is not the
// speaker. ("From" names a source as often: "a report from WKOW".)
func (r *resolver) placed(s, i int) bool {
	for k := r.tokenAfter(s); k < i; k++ {
		if r.f.placeAt(k) || r.f.closeTo(k) {
			return true
		}
	}
	return false
}

// closeTo reports whether token k ends "familiar with" or "close to": what
// follows is what an unnamed source knows or is near ("a person familiar
// with the plans", "sources close to the coach"), not the source.
func (f *finder) closeTo(k int) bool {
	if k < 1 || f.toks[k].gapped() {
		return false
	}
	switch f.key(&f.toks[k]) {
	case "with":
		return f.key(&f.toks[k-1]) == "familiar"
	case "to":
		return f.key(&f.toks[k-1]) == "close"
	}
	return false
}

// focusWords are adverbs that may open a speaker span without being part
// of the speaker's name.
var focusWords = map[string]bool{"even": true, "just": true, "only": true}

// placeAt reports whether token k is "in" before a name or a
// determiner: a phrase that places a speaker ("delegates in Ohio", "polls
// in the state"), not "six in 10" nor "weighing in on".
func (f *finder) placeAt(k int) bool {
	return k+1 < len(f.toks) && f.key(&f.toks[k]) == "in" && (f.toks[k+1].has(tCap) || f.lex(k+1).is&lxDet != 0)
}

// qualifiedName returns, when name mention i opens a speaker span whose
// head (ending at he) is a later name, with only lower-case words
// between the two ("Liberal mayoral front-runner Tomas Varga",
// "Okafor campaign manager Dale Hume"), that later name; else -1. A
// comma, a preposition, a determiner or "and" between them makes the
// first name the head ("Ana Ruiz of the Foreign Ministry", "Smith and
// Jones").
func (r *resolver) qualifiedName(ms []mention, i, he int) int {
	if i+1 >= len(ms) || int(ms[i+1].start) >= he {
		return -1 // most speaker spans hold one mention
	}
	m := &ms[i]
	toks := r.f.toks
	if m.kind != mName || toks[m.tokHi-1].has(tPoss) {
		return -1
	}
	// A body's name split at its "and" before a role and a name: the
	// second part qualifies the name, and so does the first
	// ("Pharmacists and Dentists Union secretary-general Dr Ann Were").
	if i+2 < len(ms) && ms[i+1].modifier && ms[i+1].ctxLo == m.tokHi+1 && !toks[m.tokHi].gapped() && !toks[m.tokHi+1].gapped() && r.f.key(&toks[m.tokHi]) == "and" {
		if mj := &ms[i+2]; mj.kind == mName && mj.ek == kPerson && int(mj.end) == he {
			return i + 2
		}
	}
	for j := i + 1; j < len(ms) && j <= i+4 && int(ms[j].start) < he; j++ {
		mj := &ms[j]
		if mj.kind != mName || int(mj.end) != he || r.f.dateName(mj) {
			continue // not "Obama spent Thursday"
		}
		lo, hi := int(m.tokHi), int(mj.ctxLo)
		if hi <= lo || hi-lo > 4 {
			return -1
		}
		for k := lo; k <= hi && k < len(toks); k++ {
			t := &toks[k]
			if t.gapped() || k < hi && (t.has(tCap) || r.f.lex(k).is&(lxDet|lxPrep|lxConn|lxFunc|lxPron) != 0) {
				return -1
			}
		}
		return j
	}
	return -1
}

// mouthpieceOf returns, when mention i is a role that speaks for a body
// ("a spokesman for the ministry", "A spokeswoman for the European
// Automobile Manufacturers' Association"), the mention of that body in
// the speaker span ending at e, whose voice the quote is; else -1.
func (r *resolver) mouthpieceOf(ms []mention, i, e int) int {
	m := &ms[i]
	toks := r.f.toks
	if m.kind != mRole || m.sameAs >= 0 || !mouthpieceRoles[r.f.str(m.head)] || int(m.tokHi)+1 >= len(toks) || r.f.key(&toks[m.tokHi]) != "for" {
		return -1
	}
	after := toks[m.tokHi+1].start
	if int(after) >= e || strings.IndexByte(r.text[after:e], ',') >= 0 {
		return -1 // "a former spokesman for the ministry, Oleg Voloshyn": his own name follows
	}
	// The body's mention opens the phrase after "for" (past "the"): not a
	// word inside a longer name ("Association" of "the European
	// Automobile Manufacturers' Association").
	k := int(m.tokHi) + 1
	if k+1 < len(toks) && r.f.key(&toks[k]) == "the" {
		k++
	}
	for j := i + 1; j < len(ms) && int(ms[j].start) < e; j++ {
		if mj := &ms[j]; mj.start >= after && int(mj.end) <= e && mj.kind != mPron && !(mj.kind == mName && toks[mj.tokHi-1].has(tPoss)) {
			// A party word qualifies the role and name after it: "for
			// Democratic candidate Ann Lee".
			if mj.kind == mName && int(mj.tokLo) == k && r.partyAdjective(mj, e) {
				for k = int(mj.tokHi); k+1 < len(toks) && int(toks[k].end) < e && !toks[k].has(tCap); k++ {
				}
				continue
			}
			if mj.start > toks[k].start && !(mj.kind == mName && int(mj.ctxLo) <= k) {
				return -1 // but a name after its title: "for Sen. Marco Rubio"
			}
			return j
		}
	}
	return -1
}

// groupFirst reports whether the span s:e opens with a group noun that no
// mention covers: "Officials said", "Economists in Berlin"; not one that
// speaks for a named body ("Economists at the Kiel Institute").
func (r *resolver) groupFirst(s, e int) bool {
	f := r.f
	a := r.tokenNear(s)
	if a >= len(f.toks) || int(f.toks[a].start) >= e {
		return false
	}
	t := &f.toks[a]
	if f.lex(a).is&lxGroup == 0 && !f.initialPlural(a) {
		return false
	}
	// A capitalised title after it makes the group noun part of the
	// title: "Police Chief Ray Mendez", "Police Commissioner Hale" speak
	// for themselves, not for the police.
	if n := a + 1; n < len(f.toks) && int(f.toks[n].start) < e && !f.toks[n].gapped() && f.toks[n].has(tCap) && f.lex(n).is&(lxTitle|lxRole) != 0 {
		return false
	}
	if n := a + 1; n+1 < len(f.toks) && int(f.toks[n+1].start) < e && f.key(&f.toks[n]) == "at" &&
		(f.toks[n+1].has(tCap) || f.key(&f.toks[n+1]) == "the" && n+2 < len(f.toks) && f.toks[n+2].has(tCap)) {
		return false // "Economists at the Kiel Institute": the body's voice
	}
	ms := f.ms
	i := r.mentionAfter(ms, int(t.start))
	for j := max(0, i-2); j < len(ms) && j < i+3; j++ {
		if ms[j].start <= t.start && ms[j].end >= t.keyEnd {
			return false
		}
	}
	return true
}

// initialPlural reports whether token i, capitalised at a sentence
// start and never capitalised elsewhere, is a plural common noun outside
// the group table: one that looks plural (isPluralNoun) and is the
// plural of a role word ("Lawyers", "Officers") or that the text also
// writes in lower case ("Regulars" of "the regulars"). Another
// capitalised word ending in "s" is a name: a surname ("Sanders said"),
// a place or a body before a name ("Texas Sen. Ted Cruz", "Rules
// Committee Chairman Bruce Ash").
func (f *finder) initialPlural(i int) bool {
	t := &f.toks[i]
	if !t.has(tInitial) || !t.has(tCap) {
		return false
	}
	k := f.key(t)
	if !isPluralNoun(k) || f.capsSeen.has(f.text[t.start:t.keyEnd]) {
		return false
	}
	_, role := roleOf(k[:len(k)-1])
	return role || f.lowSeen.has(k)
}

// pluralName reports whether token i, capitalised at a sentence start
// and never elsewhere, ends in "s" like a plural but is in no word
// table, no plural of a role word and never written in lower case: a
// name ("Sanders"), not a common noun (see initialPlural).
func (f *finder) pluralName(i int) bool {
	t := &f.toks[i]
	return t.has(tInitial) && t.has(tCap) && isPluralNoun(f.key(t)) && f.lex(i).is == 0 && !f.initialPlural(i) && !f.capsSeen.has(f.text[t.start:t.keyEnd])
}

// synthesize makes a mention for a speaker span s:e from its words and
// returns its index, or -1.
func (r *resolver) synthesize(s, e int) int {
	f := r.f
	toks := f.toks
	a := r.tokenAfter(s)
	b := a
	for b < len(toks) && int(toks[b].start) < e {
		b++
	}
	if a >= b {
		return -1
	}
	// The span read ends at its first comma, parenthesis, colon or dash:
	// what follows is an age, an appositive or an aside ("Murphy,
	// though,", "Marquez, 24,", "Varga (who has 14 seats so far)",
	// "the sentence, albeit severe,"); not in a headline, where the name
	// comes last ("Railing Against Trump, Sanders").
	for k := a + 1; k < b && !toks[a].has(tHeadline); k++ {
		if asideGap(r.text[toks[k-1].end:toks[k].start]) {
			b, e = k, int(toks[k-1].end)
			break
		}
	}
	// Nor with the place after "in" ("delegates at the convention in
	// Philadelphia"): the span is read to it.
	for k := a + 2; k+1 < b; k++ { // two words at least: "someone in the audience" stays
		if f.placeAt(k) {
			b, e = k, int(toks[k-1].end)
			break
		}
	}
	// Nor does it end with the comma before a relative clause cut off by
	// headEnd ("Liberal councillors, who are near to …").
	if end := int(toks[b-1].end); end < e && strings.Trim(r.text[end:e], " ,;:\t\r\n") == "" {
		e = end
	}
	// Nor is "both" before coordinated groups ("Both Democrats and
	// Republicans" are "Democrats and Republicans").
	if f.key(&toks[a]) == "both" && f.coordinated(a+1, b) {
		a++
		s = int(toks[a].start)
	}
	// A focusing adverb is not part of the speaker: "Even a longtime ally
	// of the mayor", "Just 31 percent of customers".
	for b-a > 1 && focusWords[f.key(&toks[a])] {
		a++
		s = int(toks[a].start)
	}
	n := len(f.ms)
	// The word's key and its entry in wordTable, which holds what the
	// word tables say of it (pronoun, possessive pronoun).
	k, lk := f.key(&toks[a]), f.lex(a)
	// A relative pronoun opening a longer span stands for its antecedent
	// ("who in two earlier opinions").
	if p := lk.pron; lk.is&lxPron != 0 && p.relative && b-a > 1 && k != "that" {
		return f.emit(mention{start: toks[a].start, end: toks[a].end, kind: mRel, pron: p, tokLo: int32(a), tokHi: int32(a + 1), sameAs: -1, possessor: -1})
	}
	// "Economists at the Kiel Institute", "Regulars": a group opening the
	// span.
	if t := toks[a]; (f.lex(a).is&lxGroup != 0 || !t.has(tAllCaps) && f.initialPlural(a)) && !f.coordinated(a, b) {
		return f.emit(mention{start: t.start, end: t.keyEnd, kind: mGroup, tokLo: int32(a), tokHi: int32(a + 1), sameAs: -1, possessor: -1})
	}
	if b-a == 1 {
		if p := lk.pron; lk.is&lxPron != 0 {
			kind := mPron
			if p.relative {
				kind = mRel
			}
			return f.emit(mention{start: int32(s), end: int32(e), kind: kind, pron: p, tokLo: int32(a), tokHi: int32(b), sameAs: -1, possessor: -1})
		}
		if indefiniteSpeakers[k] {
			return f.emit(mention{start: int32(s), end: int32(e), kind: mIndef, tokLo: int32(a), tokHi: int32(b), sameAs: -1, possessor: -1})
		}
	}
	det := detNone
	switch {
	case k == "the" || k == "this" || k == "that":
		det = detDefinite
	case k == "a" || k == "an":
		det = detIndefinite
	case lk.is&lxPossPron != 0:
		det = detPossessive
	}
	if det != detNone {
		pk := ""
		if det == detPossessive {
			pk = k
		}
		f.spanHi = b // the span ends the phrase
		_, ok := f.phrase(a, det, -1, pk)
		f.spanHi = 0
		if ok && len(f.ms) > n {
			return len(f.ms) - 1
		}
	}
	// A group noun: "officials", "Officials" opening a sentence,
	// "administration officials".
	if last := toks[b-1]; f.lex(b-1).is&lxGroup != 0 && (!last.has(tCap) || last.has(tInitial) && !f.capsSeen.has(r.text[last.start:last.keyEnd]) || properGroups[f.key(&last)] && f.coordinated(a, b)) {
		m := mention{start: int32(s), end: int32(e), kind: mGroup, tokLo: int32(a), tokHi: int32(b), det: det, sameAs: -1, possessor: -1}
		if det != detNone || f.quantifierBefore(a, b) {
			m.start = toks[min(a+1, b-1)].start // "officials" of "the officials", "doctors" of "Some doctors"
		}
		return f.emit(m)
	}
	// The name in the span: its capitalised words; when the span holds a
	// date, not the date ("polls released Sunday") nor a function word
	// opening the sentence ("His fact-check Wednesday").
	dated := false
	for k := a; k < b; k++ {
		if toks[k].has(tCap) && f.lex(k).is&lxDate != 0 {
			dated = true
			break
		}
	}
	lo := a
	for lo < b && (!toks[lo].has(tCap) || dated && (f.lex(lo).is&lxDate != 0 || toks[lo].has(tInitial) && f.lex(lo).is&lxStop != 0)) {
		lo++
	}
	first := a // the first word after the determiner
	if det != detNone {
		first = min(a+1, b-1)
	}
	// A name that opens a dated span or a plural-looking name (see
	// pluralName), followed by a word that is not a plural noun, is its
	// subject ("Marsh later Thursday", "Varga began Sunday with",
	// "Okafor opened their fourth forum", not "New polls released
	// Sunday").
	subj := lo == first && lo+1 < b && (dated || f.pluralName(lo)) && !toks[lo+1].has(tCap) && !toks[lo+1].gapped() && !isPluralNoun(f.key(&toks[lo+1])) && f.lex(lo+1).is&lxDate == 0
	if last := b - 1; lo < b && (subj || toks[last].has(tCap) && !(dated && f.lex(last).is&lxDate != 0) || toks[last].has(tPoss)) {
		hi := lo
		for hi < b && (toks[hi].has(tCap) || f.lex(hi).is&lxConn != 0) {
			hi++
		}
		f.synth = true
		f.analyseRun(lo, hi)
		f.synth = false
		if len(f.ms) > n {
			return len(f.ms) - 1
		}
	}
	// Anything else is a phrase standing for itself, up to the end of
	// its noun phrase ("administration officials", "fundraising reports"
	// of "fundraising reports filed on Saturday"); a date alone is none.
	if f.timePhrase(a, b) {
		return -1 // "last month", "this week": a time, no speaker
	}
	hi, end := b, int32(e)
	if dated {
		if f.lex(first).is&lxPrep != 0 {
			return -1 // "Between September 2011 and …"
		}
		if hi = f.datedPhraseEnd(first, b); hi <= first {
			return -1
		}
		end = min(toks[hi-1].end, end)
	}
	m := mention{start: int32(s), end: end, kind: mGroup, tokLo: int32(a), tokHi: int32(hi), det: det, sameAs: -1, possessor: -1}
	if det != detNone || f.quantifierBefore(a, hi) {
		m.start = toks[min(a+1, hi-1)].start
	}
	return f.emit(m)
}

// coordinated reports whether the group noun at token a, which opens the
// words a:b of a speaker span, is the first of groups that "and" or "or"
// joins, up to a plural noun in lower case or a group that English
// capitalises that ends the span, with no punctuation between: "Teachers
// and union officials", "doctors and medical experts", "Democrats and
// Republicans". They speak together: the span names them all.
func (f *finder) coordinated(a, b int) bool {
	if b-a < 3 {
		return false
	}
	if k := f.key(&f.toks[a+1]); k != "and" && k != "or" {
		return false
	}
	if last := &f.toks[b-1]; last.has(tCap) && !properGroups[f.key(last)] || f.lex(b-1).is&lxGroup == 0 && !isPluralNoun(f.key(last)) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if f.toks[k].gapped() {
			return false
		}
	}
	return true
}

// quantifierBefore reports whether token a, before more words up to b,
// is a quantifier that is no part of a group's name: "Some doctors",
// "many residents at the meeting" (but "some of his rivals", "several
// hundred").
func (f *finder) quantifierBefore(a, b int) bool {
	if b-a < 2 || a+1 >= len(f.toks) {
		return false
	}
	next := f.key(&f.toks[a+1])
	if next == "of" || f.lex(a+1).is&lxPrep != 0 || next == "hundred" || next == "thousand" || next == "dozen" {
		return false // "some of his rivals", "many on either side", "several hundred"
	}
	switch f.key(&f.toks[a]) {
	case "some", "many", "several", "most":
		return true // not "few": "few people" are not people
	}
	return false
}

// asideGap reports whether gap, the text between two words, sets off
// what follows: a comma, a parenthesis, a colon, a semicolon or a dash.
func asideGap(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ',', '(', ')', ':', ';':
			return true
		case 0xE2: // — and – are E2 80 94 and E2 80 93
			if i+2 < len(gap) && gap[i+1] == 0x80 && (gap[i+2] == 0x94 || gap[i+2] == 0x93) {
				return true
			}
		}
	}
	return false
}

// timePhrase reports whether the words a:b only say when: time nouns,
// dates, years, numbers and the words that place them ("last month",
// "this week", "early Tuesday morning", "2012"); numbers alone ("42%")
// are not.
func (f *finder) timePhrase(a, b int) bool {
	when := false
	for k := a; k < b; k++ {
		t := &f.toks[k]
		w := f.key(t)
		switch {
		case timePhraseWords[w] || t.has(tCap) && f.lex(k).is&lxDate != 0:
			when = when || !determiners[w]
		case isNumber(w):
			when = when || isYearWord(w)
		default:
			return false
		}
	}
	return when
}

// datedPhraseEnd returns where the noun phrase that opens the words a:b,
// which hold a date, ends: before the first word after its first that
// begins what qualifies it (punctuation before it, a preposition other
// than "of", a clause word such as "where", the date itself, a past
// participle: "reports filed on Saturday", "polls released Sunday",
// "results tallied through Wednesday"), without date words at its end
// ("One Sunday"). It returns a when the phrase is a date alone.
func (f *finder) datedPhraseEnd(a, b int) int {
	toks := f.toks
	hi := a + 1
	for ; hi < b; hi++ {
		t := &toks[hi]
		if t.gapped() {
			break
		}
		k, is := f.key(t), f.lex(hi).is
		if is&lxClause != 0 || is&lxPrep != 0 && k != "of" || is&lxDate != 0 && t.has(tCap) {
			break
		}
		if pastShaped(k) && !t.has(tCap) && !strings.HasSuffix(f.key(&toks[hi-1]), "ly") {
			break
		}
	}
	for hi > a && toks[hi-1].has(tCap) && f.lex(hi-1).is&lxDate != 0 && !toks[hi-1].has(tPoss) {
		hi--
	}
	return hi
}

// sortOrder puts every mention index in text order.
func (r *resolver) sortOrder() {
	ms := r.f.ms
	r.order = resized(r.order, len(ms))
	order := r.order // in a local: the loops' stores would reload r's fields
	for i := range order {
		order[i] = i
	}
	// The scan emits most mentions in text order: sort only what follows
	// the sorted prefix (the speaker spans made by attachSpeakers), then
	// merge it in from the back, the prefix first on ties. The result is
	// that of a stable sort by start.
	p := 1
	for p < len(ms) && ms[p].start >= ms[p-1].start {
		p++
	}
	if p < len(ms) {
		r.mergeTail(p)
	}
	r.sentMax = resized(r.sentMax, len(ms))
	sentMax := r.sentMax[:len(order)]
	// The highest of reach<<1 | speaker: twice the last sentence
	// reached, plus 1 when a speaker reaches it. (The speakers were
	// marked by attachSpeakers.)
	last := int32(0)
	for k, mi := range order {
		m := &ms[mi]
		m.reach = m.sent
		if m.speaker {
			m.reach = max(m.sent, r.quotesReach(mi, m.start, m.sent)-1)
		}
		last = max(last, m.reach<<1|int32(flagIf(m.speaker)))
		sentMax[k] = last
	}
}

// quotesReach returns the last sentence in which a quotation of speaker
// mention mi ends, or sent if none ends later: the sentence of the last
// word before the quotation's end.
func (r *resolver) quotesReach(mi int, start, sent int32) int32 {
	for _, qi := range r.spkQuotes(mi) {
		// A quotation that ends before the mention ends in its sentence
		// or before: no search.
		if r.d.Quotes[qi].End <= int(start) {
			continue
		}
		if k := r.tokenAfter(r.d.Quotes[qi].End) - 1; k >= 0 {
			sent = max(sent, r.f.toks[k].sent)
		}
	}
	return sent
}

// mergeTail sorts the mentions order[p:] by start and merges them into
// the sorted order[:p] (see sortOrder). From the back: the prefix's
// mentions that start after the last of the tail not placed yet (found
// by bisection) move up past it in one copy, and it goes before them.
// The tail is a few speaker spans; the prefix, every mention found.
func (r *resolver) mergeTail(p int) {
	ms, order := r.f.ms, r.order
	byStart := func(a, b int) int { return cmp.Compare(ms[a].start, ms[b].start) }
	r.tail = append(r.tail[:0], order[p:]...)
	tail := r.tail
	slices.SortStableFunc(tail, byStart)
	n := p // the prefix not moved yet is order[:n]
	k := len(order)
	for j := len(tail) - 1; j >= 0; j-- {
		x := tail[j]
		start := ms[x].start
		// The prefix's mentions that start after x come after it; on a
		// tie, the prefix's mention first.
		q := sort.Search(n, func(i int) bool { return ms[order[i]].start > start })
		k -= n - q
		copy(order[k:], order[q:n])
		n = q
		k--
		order[k] = x
	}
}

// newCluster appends a cluster and returns its index.
func (r *resolver) newCluster(name string, ek entKind, m *mention) int {
	r.cs = append(r.cs, cluster{name: name, ek: ek, gender: m.gender, softGender: m.softGender, lastPos: m.start, lastNamed: m.start})
	return len(r.cs) - 1
}

// cleanName collapses white space inside a name taken from the text and
// drops its quotation marks when they do not pair up (`clawback” plan`
// of her “clawback” plan gives "clawback plan"): a name holds the marks
// of a nickname (Robert C. "Bobby" Scott), never a stray one. It never
// makes a name empty: a name of marks or spaces alone stays as it is.
func cleanName(s string) string {
	if !needsClean(s) {
		return s
	}
	if t, ok := dropNickname(s); ok {
		s = t
	}
	collapse := func(s string) string { return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ") }
	if strayQuotes(s) {
		var b strings.Builder
		b.Grow(len(s))
		for i, c := range s {
			if !quoteAt(s, i, c) {
				b.WriteRune(c)
			} else {
				b.WriteByte(' ')
			}
		}
		if t := collapse(b.String()); t != "" {
			return t
		}
		// Nothing but marks: the name keeps them, never empty.
	} else if !needsSpaceClean(s) {
		return s
	}
	if t := collapse(s); t != "" {
		return t
	}
	return s
}

// dropNickname removes a nickname in quotation marks between a given name
// and a surname ("Dwayne “Buck” Harlan" → "Dwayne Harlan", "Robert C.
// "Bobby" Scott" → "Robert C. Scott"): the canonical name is the formal
// one, which the other mentions ("Harlan") share. A quoted word elsewhere
// («Nord» Group) stays.
func dropNickname(s string) (string, bool) {
	// The words of s by their bounds, read without a copy: prev is the
	// word before the one at i.
	prev := -1
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if i >= j {
			break
		}
		w := s[i:j]
		r, n := utf8.DecodeRuneInString(w)
		// The nickname ends at the word that ends with a mark: this
		// one, or one of the next two ("“The Hammer”").
		e := -1
		if l, m := utf8.DecodeLastRuneInString(w); len(w) > n+m && isQuoteMark(l) {
			e = j
		} else if prev >= 0 && len(w) > n && isQuoteMark(r) {
			for x, words := j, 0; x < len(s) && words < 2; words++ {
				for x < len(s) && s[x] == ' ' {
					x++
				}
				y := x
				for y < len(s) && s[y] != ' ' {
					y++
				}
				if l, m := utf8.DecodeLastRuneInString(s[x:y]); y-x > m && isQuoteMark(l) {
					e = y
					break
				}
				x = y
			}
		}
		if prev >= 0 && e >= 0 && e < len(s) && isQuoteMark(r) {
			a, _ := utf8.DecodeRuneInString(s[prev:])
			k := e
			for k < len(s) && s[k] == ' ' {
				k++
			}
			if b, _ := utf8.DecodeRuneInString(s[k:]); unicode.IsUpper(a) && unicode.IsUpper(b) {
				return strings.TrimRight(s[:i], " ") + " " + s[k:], true
			}
		}
		prev, i = i, j
	}
	return s, false
}

// needsClean reports whether s holds a tab, a line break, a no-break
// space, two spaces in a row or a byte that may start a quotation mark
// (a byte loop: strings.IndexAny with a non-ASCII set decodes every
// rune).
func needsClean(s string) bool {
	// Eight bytes at a time (see swar.go) while they hold none of the
	// bytes from 0x80 nor under 0x20, which the byte loop reads: a mark
	// or two spaces in a row decide at once.
	const ones, high, low7 = 0x0101010101010101, 0x8080808080808080, 0x7F7F7F7F7F7F7F7F
	zeros := func(v uint64) uint64 { return ^((v&low7 + low7) | v) & high } // exact: the high bit of each zero byte
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64At(s, i)
		if x&high != 0 || ^((x&low7)+ones*0x60)&high != 0 {
			break // a byte from 0x80 or under 0x20
		}
		if zeros(x^ones*'"')|zeros(x^ones*'\'') != 0 {
			return true
		}
		if sp := zeros(x ^ ones*' '); sp&(sp>>8) != 0 || sp>>63 != 0 && i+8 < len(s) && s[i+8] == ' ' {
			return true
		}
	}
	// The last bytes, fewer than eight, when the loop read eight or more
	// without a break: in one load of the last eight bytes. Those it
	// reads again hold no mark, no byte under 0x20 and none from 0x80, and
	// it holds the pair of the last byte read and the first not read, so
	// its tests answer as the byte loop would. When it holds a byte under
	// 0x20 or from 0x80, after a break, and in a string shorter than
	// eight, the byte loop reads them.
	if i < len(s) && i+8 > len(s) && i >= 8 {
		if x := load64At(s, len(s)-8); x&high == 0 && ^((x&low7)+ones*0x60)&high == 0 {
			sp := zeros(x ^ ones*' ')
			return zeros(x^ones*'"')|zeros(x^ones*'\'')|sp&(sp>>8) != 0
		}
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '\t', '"', '\'':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case 0xC2: // U+00A0 is C2 A0; « and » are C2 AB and C2 BB
			return true
		case 0xE2, 0xE3, 0xEF: // “ ” ‘ ’ „ ‚ ‹ ›; 「 」 『 』 〝 〞; ＂
			return true
		}
	}
	return false
}

// needsSpaceClean reports whether s holds a tab, a line break, a
// no-break space or two spaces in a row.
func needsSpaceClean(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '\t':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return true
			}
		}
	}
	return false
}

// quoteAt reports whether rune c at offset i of s is a quotation mark,
// not an apostrophe: not between two word characters (O’Malley, don’t)
// nor after the "s" of a plural possessive (the Smiths’ house).
func quoteAt(s string, i int, c rune) bool {
	if !isQuoteMark(c) {
		return false
	}
	before, after := i > 0 && wordBefore(s, i), wordAt(s, i+utf8.RuneLen(c))
	if before && after {
		return false
	}
	if (c == '\'' || c == '’') && before && (s[i-1] == 's' || s[i-1] == 'S') {
		return false
	}
	return true
}

// wordBefore reports whether a word character ends at offset i of s.
func wordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

// strayQuotes reports whether the quotation marks of s (see quoteAt) do
// not pair up: double and single marks apart, each opening one (before
// a word) closed by a closing one (after a word) that follows it.
func strayQuotes(s string) bool {
	var depth [2]int // double, single
	for i, c := range s {
		if !quoteAt(s, i, c) {
			continue
		}
		k := 0
		switch c {
		case '\'', '‘', '’', '‚', '‹', '›', '「', '」':
			k = 1
		}
		switch before, after := i > 0 && wordBefore(s, i), wordAt(s, i+utf8.RuneLen(c)); {
		case after && !before:
			depth[k]++
		case before && !after && depth[k] > 0:
			depth[k]--
		default:
			return true // closing nothing, or standing alone
		}
	}
	return depth != [2]int{}
}

// fold returns the matching key of a word: NFC, case-folded, without
// possessive ending.
func (r *resolver) fold(t *token) string {
	if t.has(tASCII) || isASCII(r.text[t.start:t.keyEnd]) {
		// NFC and case folding leave ASCII as it is, but for the
		// letters, which fold to lower case.
		return r.f.key(t)
	}
	return r.caseFold(norm.NFC.String(r.text[t.start:t.keyEnd]))
}

// caseFold returns r.caser.String(s). Caser.String allocates a buffer
// of 256 bytes at each call, and the result when it differs from s;
// caseFold transforms s in buffers kept by the resolver, returns s
// itself when folding leaves it as it is (a word without capitals) and
// otherwise makes the result a string of the key arena (see arenaKey).
// The whole of s is transformed in one call, with the room it needs;
// should the transformer report anything else than a short destination,
// which it does not with all its input, Caser.String decides.
func (r *resolver) caseFold(s string) string {
	r.foldSrc = append(r.foldSrc[:0], s...)
	dst := r.foldDst[:cap(r.foldDst)]
	if len(dst) < 2*len(s)+16 {
		dst = make([]byte, max(64, 2*len(s)+16))
	}
	for {
		r.caser.Reset()
		nDst, nSrc, err := r.caser.Transform(dst, r.foldSrc, true)
		if err == transform.ErrShortDst {
			dst = make([]byte, 2*len(dst))
			continue
		}
		r.foldDst = dst
		if err != nil || nSrc != len(s) {
			return r.caser.String(s)
		}
		if out := dst[:nDst]; string(out) != s {
			return r.arenaKey(out)
		}
		return s
	}
}

// resolve resolves mention mi, at position pos of the order, once.
func (r *resolver) resolve(mi, pos int) int {
	ms := r.f.ms
	m := &ms[mi]
	if m.done {
		return int(m.cluster)
	}
	m.done = true
	c := -1
	if m.sameAs >= 0 && int(m.sameAs) != mi {
		c = r.resolve(int(m.sameAs), pos)
		if c < 0 {
			// In apposition to a date ("Monday, the senator said"):
			// read on its own.
			m.done = false
			m = &ms[mi]
			m.sameAs = -1
			return r.resolve(mi, pos)
		}
		if c >= 0 && m.ek == kOrg && r.cs[c].ek != kPerson {
			// "Halvorsen, the Norwegian company,": "the company" later.
			r.cs[c].ek = kOrg
			head := r.f.str(m.head)
			r.addOrg(head, c)
			if companyWords[head] && !containsInt(r.corps, c) {
				r.corps = append(r.corps, c)
			}
		} else if c >= 0 && m.role != 0 && m.ek != kOrg {
			r.addRole(c, m)
			r.cs[c].takeGender(m)
		}
	} else if m.kind == mName {
		// Most mentions: one test before the others' switch.
		if c = r.demonymEpithet(mi, pos); c < 0 {
			c = r.resolveName(m)
		}
	} else {
		switch m.kind {
		case mRole:
			c = r.resolveRole(mi, pos)
		case mText:
			c = r.resolveText(mi, pos)
		case mGroup:
			if c = r.ageEpithet(mi, pos); c < 0 {
				c = r.phraseCluster(m, kUnknown)
				r.cs[c].group = true
			}
		case mPron:
			c = r.resolvePronoun(mi, pos)
		case mRel:
			if c = r.resolveRelative(mi, pos); c < 0 {
				c = r.relativeGroup(mi)
			}
		}
	}
	m = &ms[mi]
	m.cluster = int32(c)
	if c < 0 {
		return -1
	}
	// The later start, without a branch: a new cluster has this one
	// already, an older cluster an earlier one, and the two come at
	// random.
	cl := &r.cs[c]
	cl.lastPos = max(cl.lastPos, m.start)
	if m.kind != mPron {
		cl.lastNamed = max(cl.lastNamed, m.start)
	}
	if m.speaker {
		cl.speaker = true
		r.lastSpk, r.lastSpkSent = c, m.sent
		if m.kind == mName && r.reported(mi) {
			r.lastMedia, r.lastMediaPara = c, m.para
		}
		// Texts introduced in this sentence were this speaker's.
		keep := r.pending[:0]
		for _, ti := range r.pending {
			t := &ms[ti]
			if t.sent == m.sent && ti != mi {
				if !r.respondents(r.f.str(t.head), c) {
					r.setAuthor(r.f.str(t.head), c, t.para)
				}
				continue
			}
			if t.sent >= m.sent {
				keep = append(keep, ti)
			}
		}
		r.pending = keep
	}
	return c
}

// nameKeys returns the folded words of name mention m, initials and
// connectors left out.
func (r *resolver) nameKeys(m *mention) []string {
	f := r.f
	n := m.tokHi - m.tokLo
	if cap(r.keyBuf)-len(r.keyBuf) < int(n) {
		r.keyBuf = make([]string, 0, max(r.arena, 2*int(n)))
	}
	// The lists are carved from an arena and capped, so that appending
	// to one never writes into the next.
	at := len(r.keyBuf)
	keys := r.keyBuf[at : at : at+int(n)]
	for k := m.tokLo; k < m.tokHi; k++ {
		t := &f.toks[k]
		if !t.has(tCap) {
			continue
		}
		if t.has(tASCII) {
			// Most words are ASCII: a rune is a byte, and the key is
			// the fold (see fold).
			// An initial is one letter, with or without its period: a
			// word of one byte other than a period, of two ending with
			// one. Only those have their last byte read.
			if n := t.keyEnd - t.start; n > 0 && n <= 2 && (n == 1) != (r.text[t.keyEnd-1] == '.') {
				continue // an initial
			}
			k := f.key(t)
			if len(k) > 3 && k[2] == '-' && (k[:3] == "al-" || k[:3] == "el-") {
				k = k[3:] // "Bashar al-Assad" and "Assad" are one name
			}
			keys = append(keys, k)
			continue
		}
		w := r.text[t.start:t.keyEnd]
		if w := strings.TrimSuffix(w, "."); len(w) <= utf8.UTFMax && utf8.RuneCountInString(w) == 1 {
			continue // an initial
		}
		keys = append(keys, r.fold(t))
	}
	r.keyBuf = r.keyBuf[:at+len(keys)]
	return keys
}

// arenaKey returns the bytes of b as a string of r.keyArena, for a new
// map key. A key that does not fit in the room left starts a new arena,
// twice the size of the last up to keyChunkMax, rather than growing
// the arena, which would copy the keys written: the old one stays with
// the strings made of it, and goes when the maps let them go.
func (r *resolver) arenaKey(b []byte) string {
	off := r.keyRoom(len(b))
	r.keyArena.Write(b)
	return r.keyArena.String()[off:]
}

// keyRoom makes room for n more bytes in r.keyArena (see arenaKey) and
// returns where they will start.
func (r *resolver) keyRoom(n int) int {
	if c := r.keyArena.Cap(); c-r.keyArena.Len() < n {
		r.keyArena = strings.Builder{}
		r.keyArena.Grow(max(n, min(2*c, keyChunkMax), keyArenaSize))
	}
	return r.keyArena.Len()
}

// arenaJoin returns a+b+c as a string of r.keyArena: for the names of
// new clusters that are not substrings of the text, which the caller
// marks (cluster.madeName). Most are never output (two in three on
// PolNeAR, in half the texts that make one): output copies those that
// are to the text's own arena (outName), so that no Document holds a
// string of the arena the resolver keeps, and a text whose names are
// never output allocates none.
func (r *resolver) arenaJoin(a, b, c string) string {
	off := r.keyRoom(len(a) + len(b) + len(c))
	r.keyArena.WriteString(a)
	r.keyArena.WriteString(b)
	r.keyArena.WriteString(c)
	return r.keyArena.String()[off:]
}

// outName returns a copy of name in r.nameArena, the text's own: for a
// made name that output gives a Document (see arenaJoin).
func (r *resolver) outName(name string) string {
	if r.nameArena.Cap() == 0 {
		r.nameArena.Grow(nameArenaSize)
	}
	off := r.nameArena.Len()
	r.nameArena.WriteString(name)
	return r.nameArena.String()[off:]
}

// keyArenaSize is the first size of a resolver's key arena, enough for
// the keys of about 4 PolNeAR articles in 5 (1024 bytes: 98 in 100).
// keyChunkMax caps the size of the key arenas that follow: one serves
// about ten PolNeAR texts.
const (
	keyArenaSize = 512
	keyChunkMax  = 8 << 10
)

// nameArenaSize is the first size of a text's name arena. Most texts
// that output a made name output one or two ("Clinton campaign"): of the sizes
// tried, 64 bytes had the arena grow more often, 256 and 512 held more
// bytes for each text (on PolNeAR, BenchmarkParse's B/op 9.13 M at 128,
// 9.21 M at 256, 9.37 M at 512).
const nameArenaSize = 128

// resolveName finds or makes the cluster of a proper name.
func (r *resolver) resolveName(m *mention) int {
	keys := r.nameKeys(m)
	if len(keys) == 0 {
		return -1
	}
	// A name of date words starts with one: most fail there, without
	// the call.
	if r.f.lex(int(m.tokLo)).is&lxDate != 0 && r.f.dateName(m) {
		return r.dateCluster(keys)
	}
	if len(keys) == 1 {
		return r.resolveWord(m, keys)
	}
	// The full key (the keys joined by spaces) and the acronym are built
	// in buffers: they are looked up as bytes, and a string is made only
	// to store a new key.
	c, known := -1, false // known: the full key is in r.full, for cluster c
	r.fullBuf = append(r.fullBuf[:0], keys[0]...)
	for _, k := range keys[1:] {
		r.fullBuf = append(append(r.fullBuf, ' '), k...)
	}
	if i := r.full.findBytes(r.fullBuf); i >= 0 {
		c, known = *r.full.at(i), true
	}
	// The clusters of each word and its entry, looked up once: r.words
	// is not changed before the words are added to it below. A known
	// full key needs none: its cluster is found, and the mention that
	// added the key added the cluster to the lists of all its words,
	// which only grow.
	// The arrays are sized first and filled by index, without appends.
	n := len(keys)
	if known {
		n = 0
	}
	if cap(r.keyLists) < n || cap(r.keyAt) < n {
		r.keyLists, r.keyAt = make([][]int, 0, 2*n), make([]int32, 0, 2*n)
	}
	lists, at := r.keyLists[:n], r.keyAt[:n]
	for x, k := range keys[:n] {
		i := r.words.find(k)
		var l []int
		if i >= 0 {
			l = *r.words.at(i)
		}
		lists[x], at[x] = l, i
	}
	// Acronyms: the full name after the acronym (the acronym after the
	// full name is resolveWord's).
	r.acroBuf = r.acroBuf[:0]
	if m.ek != kPerson {
		r.acroBuf = appendInitials(r.acroBuf, keys)
	}
	acronym := r.acroBuf
	if c < 0 && len(acronym) > 0 {
		var xs []int
		if i := r.words.findBytes(acronym); i >= 0 {
			xs = *r.words.at(i)
		}
		for _, x := range xs {
			if cl := &r.cs[x]; cl.nameToks == 1 && cl.ek != kPerson {
				if name := cleanName(cl.name); strings.ToUpper(name) == name {
					c = x
				}
			}
		}
	}
	if c < 0 {
		c = r.matchName(m, keys, lists)
	}
	// An acronym is stored only when a name may ask for it (see
	// finder.acroWant).
	setAcro := len(acronym) > 0 && r.f.acroWant.has(acronym) && r.acro.findBytes(acronym) < 0
	c = r.nameCluster(m, c, keys)
	// Only full keys of two words or more are looked up (a one-word key
	// holds no space and is never one of them): one-word names are found
	// through r.words. Nothing since the look-up above changed r.full.
	if !known {
		r.full.add(r.arenaKey(r.fullBuf), c)
	}
	for i := range lists {
		k := keys[i] // none when the full key is known (see lists)
		if containsString(keys[:i], k) {
			continue // a word said twice: its list holds c already
		}
		if ws := lists[i]; at[i] < 0 {
			r.words.add(k, r.pushInt(nil, c))
		} else if !containsInt(ws, c) {
			*r.words.at(at[i]) = r.pushInt(ws, c)
		}
	}
	if setAcro {
		r.acro.add(r.arenaKey(acronym), c)
	}
	r.nameFacts(m, c)
	return c
}

// resolveWord is resolveName for a name of one word, keys[0] (most
// names): no full key, no acronym, one list of clusters, without the
// branches on the number of words.
func (r *resolver) resolveWord(m *mention, keys []string) int {
	k := keys[0]
	i := r.words.find(k)
	var l []int
	if i >= 0 {
		l = *r.words.at(i)
	}
	c := -1
	if r.f.toks[m.tokLo].has(tAllCaps) {
		// An acronym: "DNC" after "the Democratic National Committee".
		if x, ok := r.acro.lookup(k); ok {
			c = x
		}
		// A surname in capitals, as transcripts write their speakers
		// ("CASTELLANOS:" after "Mayor Ibrahim Castellanos"): the person,
		// though a word in capitals alone is taken for a body.
		for _, x := range l {
			if c < 0 && r.cs[x].ek == kPerson && r.cs[x].nameToks > 1 {
				c = x
				m.ek = kPerson
			}
		}
	}
	if c < 0 {
		c = r.matchWord(m, k, l)
	}
	c = r.nameCluster(m, c, keys)
	if t := &r.f.toks[m.tokLo]; t.has(tAllCaps) && r.cs[c].ek != kPerson && initials(r.text[t.start:t.keyEnd]) {
		r.lastAcro = c + 1
	}
	if cl := &r.cs[c]; cl.ek != kOrg && !cl.headName && !r.f.toks[m.tokLo].has(tHeadline) && r.surnameOf(k, l) <= 1 {
		// Only a choice with no rival counts: a surname alone that had two
		// people to choose from may have taken the wrong one.
		cl.bare = true
	}
	// r.words is not changed between the look-up and here.
	if i < 0 {
		r.words.add(k, r.pushInt(nil, c))
	} else if !containsInt(l, c) {
		*r.words.at(i) = r.pushInt(l, c)
	}
	r.nameFacts(m, c)
	return c
}

// nameCluster returns cluster c, or a new cluster when c < 0, named by
// name mention m with keys, its name now when the keys are more than
// those of its name.
func (r *resolver) nameCluster(m *mention, c int, keys []string) int {
	// The name is taken only when it is used: most mentions join a
	// cluster named as fully before.
	// Whether the name is a headline's is asked only when it may matter:
	// for a new cluster, a fuller name, or a cluster named by a headline.
	if c < 0 {
		c = r.newCluster(r.text[m.start:m.end], m.ek, m)
		r.cs[c].nameToks = int32(len(keys))
		r.cs[c].keys = keys
		r.cs[c].headName = r.f.toks[m.tokLo].has(tHeadline)
		r.cs[c].initName = len(keys) > 1 && r.initialWord(m)
	} else if cl := &r.cs[c]; len(keys) > int(cl.nameToks) || cl.headName && (len(keys) > 1 || cl.nameToks > 2) && !r.f.toks[m.tokLo].has(tHeadline) {
		cl.name, cl.nameToks, cl.keys, cl.madeName = r.text[m.start:m.end], int32(len(keys)), keys, false
		cl.headName = r.f.toks[m.tokLo].has(tHeadline)
		cl.initName = r.initialWord(m)
	} else if cl.initName && len(keys) > 1 && len(keys)+1 == int(cl.nameToks) && slices.Equal(keys, cl.keys[1:]) && !r.initialWord(m) {
		cl.name, cl.nameToks, cl.keys, cl.madeName = r.text[m.start:m.end], int32(len(keys)), keys, false
		cl.headName = r.f.toks[m.tokLo].has(tHeadline)
		cl.initName = false
	}
	return c
}

// initialWord reports whether the first word of name mention m opens
// its sentence and is capitalised nowhere else in the text, and is no
// title: a common word may then have its capital only from its place
// ("Hold", "Top"), as a first name may ("Ann Lee said").
func (r *resolver) initialWord(m *mention) bool {
	t := &r.f.toks[m.tokLo]
	return t.has(tInitial) && !r.f.capsSeen.has(r.text[t.start:t.keyEnd]) && !r.f.titleLike(int(m.tokLo))
}

// nameFacts gives cluster c what name mention m tells of it: its kind,
// gender, plural, role and organisation words.
func (r *resolver) nameFacts(m *mention, c int) {
	cl := &r.cs[c]
	// "the" before a name is weak evidence of a body ("the White House")
	// against he and she resolved to the cluster already: "he was back
	// to the Trump of the primaries" names a person.
	if m.ek != kUnknown && (cl.ek == kUnknown || m.ek == kOrg) && !(m.definiteOrg && cl.male+cl.female > 0) {
		cl.ek = m.ek
	}
	if m.gender != genderUnknown && !(m.softGender && cl.gender != genderUnknown) {
		cl.gender, cl.softGender = m.gender, m.softGender
	}
	if m.group {
		cl.group = true
	}
	if m.role != 0 {
		r.addRole(c, m)
	}
	if m.company {
		r.addOrg(r.f.str(m.head), c)
		if !containsInt(r.corps, c) {
			r.corps = append(r.corps, c)
		}
	}
	if cl.ek == kOrg || m.head != 0 {
		for k := m.tokLo; k < m.tokHi; k++ {
			w, is := r.f.key(&r.f.toks[k]), r.f.lex(int(k)).is
			if is&lxOrg != 0 {
				r.addOrg(w, c)
			}
			if is&lxCorp != 0 && !containsInt(r.corps, c) {
				r.corps = append(r.corps, c)
			}
		}
	}
}

// acroBits is a filter of the keys that resolveName may ask r.acro
// about (finder.acroWant): a bit for each, by its length and its first
// and last bytes.
type acroBits [4]uint64

// acroBit returns the bit of key k in an acroBits.
func acroBit[S string | []byte](k S) uint8 {
	if len(k) == 0 {
		return 0
	}
	return uint8(len(k)*31 + int(k[0])*7 + int(k[len(k)-1]))
}

// add sets the bit of k.
func (a *acroBits) add(k string) {
	b := acroBit(k)
	a[b>>6] |= 1 << (b & 63)
}

// has reports whether the bit of k is set.
func (a *acroBits) has(k []byte) bool {
	b := acroBit(k)
	return a[b>>6]&(1<<(b&63)) != 0
}

// dateCluster returns the cluster a name of date words refers to, or -1:
// a day or a month is never a name of its own, but a month alone may be
// the surname of a person named in full before ("Theresa May", then
// "May"), the most recent such.
func (r *resolver) dateCluster(keys []string) int {
	if len(keys) != 1 {
		return -1
	}
	best := -1
	for _, c := range r.words.get(keys[0]) {
		cl := &r.cs[c]
		if cl.ek != kOrg && cl.nameToks > 1 && cl.keys[len(cl.keys)-1] == keys[0] && (best < 0 || cl.lastPos > r.cs[best].lastPos) {
			best = c
		}
	}
	return best
}

// addOrg adds cluster c to the clusters of organisation word w, once.
func (r *resolver) addOrg(w string, c int) { r.pushTo(&r.orgs, w, c) }

// pushTo adds cluster c to the list of key k in t, once.
func (r *resolver) pushTo(t *strMap[[]int], k string, c int) {
	i := t.find(k)
	if i < 0 {
		t.add(k, r.pushInt(nil, c))
		return
	}
	if l := t.at(i); !containsInt(*l, c) {
		*l = r.pushInt(*l, c)
	}
}

// pushInt appends c to s, a list held in a map. A new list is carved
// from the arena r.ints (room for two) instead of being allocated alone,
// and so is the room of a full one, twice its size, where append would
// allocate: lists carved from the arena are full slices, so the carving
// never writes over another list.
func (r *resolver) pushInt(s []int, c int) []int {
	if len(s) == cap(s) {
		m := max(2, 2*cap(s))
		if cap(r.ints)-len(r.ints) < m {
			r.ints = make([]int, 0, max(r.arena, m))
		}
		n := len(r.ints)
		r.ints = r.ints[:n+m]
		s = r.ints[n : n+copy(r.ints[n:], s) : n+m]
	}
	return append(s, c)
}

// matchName returns the earlier cluster a name of two words or more
// refers to, or -1: a cluster whose name contains all the words of this
// one, or a one-word cluster that this fuller name completes. lists
// holds the clusters of each key (r.words). Names of one word are
// matchWord's.
func (r *resolver) matchName(m *mention, keys []string, lists [][]int) int {
	best := -1
	cands := r.nameCands[:0]
	for _, c := range lists[len(lists)-1] {
		cl := &r.cs[c]
		if cl.genderClash(m) {
			continue
		}
		if (m.ek == kOrg) != (cl.ek == kOrg) && m.ek != kUnknown && cl.ek != kUnknown {
			continue
		}
		if nameSuffix(keys) != nameSuffix(cl.keys) {
			continue
		}
		// A name that opens a body's name before its organisation word
		// is what the body is named after: "Ann Lee" is not "the Ann Lee
		// Foundation", nor "Hillary Clinton" "a Hillary Clinton White
		// House" (but "Doral Resort" may be "Doral Resort Miami").
		if cl.ek == kOrg && m.ek != kOrg && r.namedAfter(keys, cl.keys) {
			continue
		}
		if !allIn(keys, cl.keys) {
			// A fuller name completes a one-word cluster ("Trump", then
			// "Donald Trump").
			if cl.nameToks == 1 {
				cands = append(cands, c)
			}
			continue
		}
		cands = append(cands, c)
	}
	r.nameCands = cands[:0] // the buffer, for the next call: cands is only read below
	// The most recent; when this mention is a speaker, the most recent
	// earlier speaker ("Aliyev said" after "President Ilham Aliyev" spoke
	// and "his father Heydar Aliyev" was mentioned).
	for _, c := range cands {
		if best < 0 || r.cs[c].lastPos > r.cs[best].lastPos {
			best = c
		}
	}
	if best >= 0 && m.speaker && !r.cs[best].speaker {
		for _, c := range cands {
			if r.cs[c].speaker && (!r.cs[best].speaker || r.cs[c].lastPos > r.cs[best].lastPos) {
				best = c
			}
		}
	}
	return best
}

// namedAfter reports whether keys open the longer name ckeys, which has
// an organisation word after them: a body named after what keys name.
func (r *resolver) namedAfter(keys, ckeys []string) bool {
	if len(ckeys) <= len(keys) || !slices.Equal(ckeys[:len(keys)], keys) {
		return false
	}
	for _, k := range ckeys[len(keys):] {
		if isOrgWord(k) {
			return true
		}
	}
	return false
}

// matchWord is matchName for a name of one word, k, whose clusters
// are l: the most recent cluster whose name holds k, or the most recent
// such speaker when m is a speaker and the most recent did not speak,
// found in one pass, without a list of candidates; among people whose
// surname is k, only those it was used for alone (cluster.bare) when one
// was.
func (r *resolver) matchWord(m *mention, k string, l []int) int {
	best, spk := -1, -1
	// A name with a title of gender ("Mrs. Clinton") goes to a cluster of
	// that gender when there is one, before a more recent one of no
	// known gender ("Bill Clinton's record" just before).
	same := m.gender != genderUnknown && r.sameGender(m, k, l)
	// A surname alone already used for one of two people of that name
	// ("Hillary Clinton … Clinton said … Bill Clinton …") keeps to that
	// one: writers tell the other by his full name or a title, and the
	// bare surname stays with the story's subject, however recently the
	// other was named.
	// With a title of gender ("Mr. Cruz") the one used must be known to
	// be of that gender. Only a surname used alone counts: "Hale" used
	// for John Hale does not keep "John" from Tom John, used as "John".
	bare := false
	for _, c := range l {
		if cl := &r.cs[c]; cl.bare && cl.surnameIs(k) && (m.gender == genderUnknown || cl.gend() == m.gender) {
			bare = true
			break
		}
	}
	// A surname is the person's ("Trump" is Donald Trump's) before it
	// is a word that qualifies a body named after that person ("Trump
	// University", "the Lee Foundation"), however recently that was
	// named; a body's name keeps the word when no person fits ("Acme"
	// for "Acme Motors"). Nor is it the words a title-case headline ran
	// into a name ("Lee Slams Ward Over Taxes"), once a person of that
	// surname was named in prose.
	person := false
	if m.ek != kOrg {
		for _, c := range l {
			if cl := &r.cs[c]; cl.ek != kOrg && cl.nameToks > 1 && !cl.headName && lastKey(cl.keys) == k && r.fitsWord(m, cl, same) {
				person = true
				break
			}
		}
	}
	for _, c := range l {
		cl := &r.cs[c]
		if !r.fitsWord(m, cl, same) || !containsString(cl.keys, k) {
			continue
		}
		if bare && !(cl.bare && cl.surnameIs(k)) && cl.ek != kOrg && cl.nameToks > 1 {
			continue
		}
		if person && (cl.headName || cl.ek != kPerson && lastKey(cl.keys) != k) {
			continue
		}
		if best < 0 || cl.lastPos > r.cs[best].lastPos {
			best = c
		}
		if cl.speaker && (spk < 0 || cl.lastPos > r.cs[spk].lastPos) {
			spk = c
		}
	}
	if best >= 0 && m.speaker && !r.cs[best].speaker && spk >= 0 {
		return spk
	}
	return best
}

// fitsWord reports whether cluster cl may be what the one-word name m
// refers to, by gender and kind (matchWord): same is set when a cluster
// of m's gender has the name.
func (r *resolver) fitsWord(m *mention, cl *cluster, same bool) bool {
	if cl.genderClash(m) {
		return false
	}
	if same && cl.gend() != m.gender {
		return false
	}
	return (m.ek == kOrg) == (cl.ek == kOrg) || m.ek == kUnknown || cl.ek == kUnknown
}

// lastKey returns the last of keys but a generational suffix: the
// surname in "Ann Lee Jr.".
func lastKey(keys []string) string {
	n := len(keys)
	if n > 1 && nameSuffix(keys) != "" {
		n--
	}
	if n == 0 {
		return ""
	}
	return keys[n-1]
}

// surnameIs reports whether the cluster is no body and is named in two
// words or more, the last of them k: a person whose surname is k.
func (cl *cluster) surnameIs(k string) bool {
	return cl.ek != kOrg && cl.nameToks > 1 && cl.keys[len(cl.keys)-1] == k
}

// surnameOf counts the clusters of l whose surname is k (surnameIs).
func (r *resolver) surnameOf(k string, l []int) int {
	n := 0
	for _, c := range l {
		if r.cs[c].surnameIs(k) {
			n++
		}
	}
	return n
}

// sameGender reports whether one of the clusters l whose name holds k has
// the known gender of name mention m, and is of its kind.
func (r *resolver) sameGender(m *mention, k string, l []int) bool {
	for _, c := range l {
		cl := &r.cs[c]
		if cl.gend() == m.gender && !((m.ek == kOrg) != (cl.ek == kOrg) && m.ek != kUnknown && cl.ek != kUnknown) && containsString(cl.keys, k) {
			return true
		}
	}
	return false
}

// addRole records that cluster c was introduced with the role of
// mention m, qualified by its modifiers.
func (r *resolver) addRole(c int, m *mention) {
	role := r.f.str(m.role)
	if role == "" {
		return
	}
	r.addContext(c, role)
	r.modWords(m, func(w string) { r.addContext(c, w) })
	r.pushTo(&r.roles, role, c)
	if r.cs[c].ek == kUnknown {
		r.cs[c].ek = kPerson
	}
}

// addContext adds w to the context words of cluster c, once. A new list
// is carved from an arena with room for four, and so is the room of a
// full one, twice its size, where append would allocate (as pushInt
// does): lists carved from the arena are full slices, so the carving
// never writes over another list.
func (r *resolver) addContext(c int, w string) {
	cl := &r.cs[c]
	if containsString(cl.ctx, w) {
		return
	}
	if len(cl.ctx) == cap(cl.ctx) {
		m := max(4, 2*cap(cl.ctx))
		if cap(r.ctxBuf)-len(r.ctxBuf) < m {
			r.ctxBuf = make([]string, 0, max(r.arena/2, m))
		}
		n := len(r.ctxBuf)
		r.ctxBuf = r.ctxBuf[:n+m]
		cl.ctx = r.ctxBuf[n : n+copy(r.ctxBuf[n:], cl.ctx) : n+m]
	}
	cl.ctx = append(cl.ctx, w)
}

// modWords calls fn with the key of each word in the byte range
// m.modLo:m.modHi, the words that qualify m's role.
func (r *resolver) modWords(m *mention, fn func(string)) {
	toks := r.f.toks
	lo, hi := m.modLo, m.modHi
	// The first word that starts at lo or after it, found by a walk from
	// the mention's first word (ctxLo), a few words from it, or else by
	// a search.
	k0 := min(int(m.ctxLo), len(toks))
	for steps := 0; ; steps++ {
		if steps == 8 {
			k0 = searchFrom(len(toks), k0, func(i int) bool { return toks[i].start >= lo })
			break
		}
		if k0 > 0 && toks[k0-1].start >= lo {
			k0--
		} else if k0 < len(toks) && toks[k0].start < lo {
			k0++
		} else {
			break
		}
	}
	r.tokHint = k0
	for k := k0; k < len(toks) && toks[k].end <= hi; k++ {
		if r.f.lex(k).is&(lxDet|lxPrep) != 0 {
			continue
		}
		fn(r.f.key(&toks[k]))
	}
}

// context reports whether word w qualifies cluster c: in its name, one of
// its roles or the words around one of them.
func (r *resolver) context(c int, w string) bool {
	cl := &r.cs[c]
	return containsString(cl.keys, w) || containsString(cl.ctx, w)
}

// resolveRole resolves a role or organisation phrase.
func (r *resolver) resolveRole(mi, pos int) int {
	m := &r.f.ms[mi]
	if m.ek == kOrg {
		if c := r.ownedOrg(mi, pos); c >= 0 {
			return c
		}
	}
	if m.det == detIndefinite {
		c := r.phraseCluster(m, m.ek)
		r.addRole(c, m)
		return c
	}
	cands := r.roleCands[:0]
	head, role := r.f.str(m.head), r.f.str(m.role)
	if more, ok := broaderOf(role); ok {
		for _, x := range more {
			cands = append(cands, r.roles.get(x)...)
		}
	} else {
		cands = append(cands, r.roles.get(role)...)
	}
	if m.ek == kOrg {
		cands = append(cands, r.orgs.get(head)...)
		if isCompanyWord(head) {
			cands = append(cands, r.corps...)
		}
	}
	if m.ek == kOrg && m.det == detDefinite && !r.namedPhrase(m) {
		// "The group said" after "the Harbor Heritage Foundation
		// said": a general word for a body names back a body named
		// close before it with a more specific one (bodyWords); not
		// one with a name of its own ("the Future Now group"). Only
		// the word alone names back initials: "the police union" is
		// not the last body so named, whatever it is.
		if b, ok := bodyWords[head]; ok {
			lo := r.d.Paragraphs[max(int(m.para)-windowParas, 0)].Start
			for _, w := range b.words {
				for _, c := range r.orgs.get(w) {
					if cl := &r.cs[c]; len(cl.keys) > 0 && int(cl.lastPos) >= lo && !containsInt(cands, c) {
						cands = append(cands, c)
					}
				}
			}
			if c := r.lastAcro - 1; b.initials && c >= 0 && m.tokHi-m.tokLo == 2 && int(r.cs[c].lastPos) >= lo && !containsInt(cands, c) {
				cands = append(cands, c)
			}
		}
	}
	r.roleCands = cands[:0] // the buffer, for the next call: cands is only read below
	// The phrase's modifiers other than its head, read once for all the
	// candidates.
	mods := r.mods[:0]
	if len(cands) > 0 {
		r.modWords(m, func(w string) {
			if w != head {
				mods = append(mods, w)
			}
		})
		r.mods = mods
	}
	// A body a role owns is that role's: "the governor's office" is no
	// earlier office but one the governor's context names.
	owner := ""
	if m.ek == kOrg && len(cands) > 0 {
		owner = r.roleOwner(m)
	}
	// The speaker of a quotation is not the one its words last named
	// (a pronoun in them may be resolved wrongly, and is not asked):
	// in “We met Minister of Economy Ana Ruiz today,” the minister noted,
	// the minister is not Ruiz. Such a candidate ranks after the others
	// with as many modifiers in common.
	own := r.spkQuotes(mi)
	best, bestScore := -1, -1
	for _, c := range cands {
		cl := &r.cs[c]
		if cl.genderClash(m) {
			continue
		}
		if r.otherCamp(c, mods) {
			continue // "the Republican nominee" is not "Democratic nominee Hillary Clinton"
		}
		if r.otherRank(c, head, mods) {
			continue // "the Prime Minister" is not "Federal Minister Ann Lee"
		}
		if m.ek == kOrg && (r.otherBody(c, head, mods) || owner != "" && !r.ownerIs(c, owner)) {
			continue // "the city health department" is not "the state health department"
		}
		score := 0
		for _, w := range mods {
			if r.context(c, w) {
				score += 2
			}
		}
		if len(own) == 0 || !r.insideQuotes(own, int(cl.lastNamed)) {
			score++
		}
		if score > bestScore || score == bestScore && cl.lastPos > r.cs[best].lastPos {
			best, bestScore = c, score
		}
	}
	if best >= 0 {
		r.cs[best].takeGender(m)
		return best
	}
	// "The newspaper reported …" after "the Harbor Gazette reported":
	// a name that reported is the outlet a media word names back, when
	// no body was introduced with that word.
	if m.det == detDefinite && m.tokHi-m.tokLo == 2 && r.lastMedia >= 0 && r.lastMediaPara >= m.para-windowParas && slices.Contains(mediaWords[:], head) {
		return r.lastMedia
	}
	if m.ek == kPerson && m.speaker && r.placedRole(m) {
		if c := r.namedBefore(mi, pos); c >= 0 && !r.cs[c].genderClash(m) {
			r.addRole(c, m)
			return c
		}
	}
	c := r.phraseCluster(m, m.ek)
	r.addRole(c, m)
	if m.ek == kOrg {
		r.cs[c].ek = kOrg
		r.addOrg(r.f.str(m.head), c)
	}
	return c
}

// namedPhrase reports whether a word of role phrase m before its head
// is capitalised: "the Future Now group" has a name of its own.
func (r *resolver) namedPhrase(m *mention) bool {
	for k := m.tokLo + 1; k < m.tokHi-1; k++ {
		if r.f.toks[k].has(tCap) {
			return true
		}
	}
	return false
}

// initials reports whether w is written as a body's initials: two to
// five capital ASCII letters ("FBI", "NAACP").
func initials(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// reported reports whether a quote of speaker mention mi has a cue of
// reporting ("reported", "reports"): news outlets report, people say.
func (r *resolver) reported(mi int) bool {
	for _, q := range r.spkQuotes(mi) {
		if cue := r.d.Quotes[q].Cue; cue != nil && cue.End-cue.Start >= 6 && strings.EqualFold(r.text[cue.Start:cue.Start+6], "report") {
			return true
		}
	}
	return false
}

// otherCamp reports whether a party word among a role phrase's
// modifiers, mods, names another party than a party word among cluster
// c's context words (partyWords): c was introduced as of another party
// ("Democratic nominee Hillary Clinton", then "the Republican nominee").
func (r *resolver) otherCamp(c int, mods []string) bool {
	for _, w := range mods {
		p, ok := partyWords[w]
		if !ok {
			continue
		}
		for _, x := range r.cs[c].ctx {
			if q, ok := partyWords[x]; ok && q != p {
				return true
			}
		}
	}
	return false
}

// otherRank reports whether one of the role phrase's modifiers mods is a
// rank word (rankWords) that cluster c was never qualified by, while c
// was qualified by another word than head: "the Prime Minister", "the
// Chief Minister" name another office than the "Federal Minister" named
// before. A cluster with no other qualifier may have lost the rank word
// (a sentence's first word is not always kept).
func (r *resolver) otherRank(c int, head string, mods []string) bool {
	for _, w := range mods {
		if !rankWords[w] || r.context(c, w) {
			continue
		}
		for _, x := range r.cs[c].ctx {
			if x != head && !containsString(mods, x) {
				return true
			}
		}
	}
	return false
}

// roleOwner returns the key of the role in lower case whose possessive
// qualifies the organisation phrase m ("governor" in "the governor's
// office", "the state attorney general's office"), or "".
func (r *resolver) roleOwner(m *mention) string {
	toks := r.f.toks
	for k := int(m.tokLo); k < int(m.tokHi)-1; k++ {
		if t := &toks[k]; t.has(tPoss) && t.flags&tCap == 0 && r.f.lex(k).head.class == classRole {
			return r.f.key(t)
		}
	}
	return ""
}

// ownerIs reports whether the role word w names body c's owner: its
// context holds it ("the governor's office" before), or the person or
// body that owns it was introduced with it ("the president's party" is
// the Obama party when Obama is the president).
func (r *resolver) ownerIs(c int, w string) bool {
	if r.context(c, w) {
		return true
	}
	o := r.cs[c].owner - 1
	return o >= 0 && r.context(int(o), w)
}

// otherBody reports whether an organisation phrase with head noun head
// and modifiers mods and cluster c, a body named by a phrase, are each
// qualified by a word the other lacks: "the city health department" and
// "the state health department" are two departments, while "the health
// department" and "the department" may be either.
func (r *resolver) otherBody(c int, head string, mods []string) bool {
	cl := &r.cs[c]
	if cl.ek != kOrg || len(cl.keys) > 0 {
		return false // a name ("Department of Health") is not qualified by context
	}
	mine := false
	for _, w := range mods {
		if !containsString(cl.ctx, w) {
			mine = true
			break
		}
	}
	if !mine {
		return false
	}
	for _, w := range cl.ctx {
		if w != head && !containsString(mods, w) {
			return true
		}
	}
	return false
}

// possessorOf resolves the owner a mention names with a possessive ("Trump's
// campaign", "his letter"); ok is false when it names none.
func (r *resolver) possessorOf(mi, pos int) (owner int, ok bool) {
	m := &r.f.ms[mi]
	switch {
	case m.possessor >= 0:
		return r.resolve(int(m.possessor), pos), true
	case m.possPron.person != 0:
		return r.pronounCluster(mi, pos, m.possPron), true
	}
	return -1, false
}

// ownedOrg resolves "his campaign", "Trump's campaign" and "the Clinton
// campaign" to one cluster per owner and organisation word, or returns -1
// when the phrase names no owner.
func (r *resolver) ownedOrg(mi, pos int) int {
	m := &r.f.ms[mi]
	owner, ok := r.possessorOf(mi, pos)
	if !ok {
		toks := r.f.toks
		for k := m.tokLo + 1; k < m.tokHi-1; k++ {
			if t := &toks[k]; t.has(tCap) {
				if cs := r.words.get(r.fold(t)); len(cs) > 0 {
					owner = cs[len(cs)-1]
				}
			}
		}
	}
	if owner < 0 || r.cs[owner].ek == kOrg {
		return -1
	}
	// The key, "owner head", is built in a buffer: the look-up with
	// string(bytes) does not allocate, and a string is made only to
	// store a new key.
	r.ownBuf = append(strconv.AppendInt(r.ownBuf[:0], int64(owner), 10), ' ')
	r.ownBuf = append(r.ownBuf, r.f.str(m.head)...)
	if i := r.phrases.findBytes(r.ownBuf); i >= 0 {
		return *r.phrases.at(i)
	}
	key := r.arenaKey(r.ownBuf)
	o := &r.cs[owner]
	short := cleanName(o.name)
	if i := strings.LastIndexByte(short, ' '); i >= 0 {
		short = short[i+1:]
	}
	c := r.newCluster(r.arenaJoin(short, " ", r.text[r.f.toks[m.tokHi-1].start:m.end]), kOrg, m)
	r.cs[c].gender, r.cs[c].softGender, r.cs[c].madeName = genderUnknown, false, true
	r.phrases.add(key, c)
	r.addOrg(r.f.str(m.head), c)
	r.cs[c].owner = int32(owner) + 1
	return c
}

// phraseCluster returns the cluster of a phrase that stands for itself,
// named as written without a leading determiner; the same words give the
// same cluster.
func (r *resolver) phraseCluster(m *mention, ek entKind) int {
	f := r.f
	lo := m.tokLo
	// The determiner is left out of the name, when the mention holds it:
	// a title alone after "the" starts after it ("The Prime Minister"
	// is "Prime Minister").
	if m.det != detNone && lo+1 < m.tokHi && (m.det == detPossessive || f.lex(int(lo)).is&lxDet != 0) {
		lo++
	}
	start := f.toks[lo].start
	if start < m.start {
		start = m.start
	}
	end := m.end
	name := r.text[start:end]
	var key string
	made := false    // the name is arenaJoin's
	lowered := false // the key is in r.phraseBuf, not made a string yet
	if isASCII(name) && (!needsClean(name) || cleanName(name) == name) {
		// What the steps below make of it: the name with its ASCII
		// letters lowered. Without capitals, the name itself; else
		// lowered in a buffer, and made a string only to be stored.
		if !hasUpperASCII(name) {
			key = name
		} else {
			r.phraseBuf = appendLower(r.phraseBuf[:0], r.text, int(start), int(end))
			if i := r.phrases.findBytes(r.phraseBuf); i >= 0 {
				return *r.phrases.at(i)
			}
			lowered = true
		}
	} else {
		key = strings.ToLower(cleanName(name))
		if !utf8.ValidString(key) {
			key = strings.ToValidUTF8(key, "\uFFFD")
		}
		if !isASCII(key) {
			// Folding leaves lower-case ASCII as it is.
			key = r.caseFold(key)
		}
	}
	if !lowered {
		if c, ok := r.phrases.lookup(key); ok {
			return c
		}
	}
	// A sentence-initial capital that the text never uses elsewhere is
	// lowered ("Officials said" gives "officials", "Other Republican
	// leaders" "other Republican leaders"), but for a name's ("Sanders’
	// aides": see pluralName), a possessive's ("Italy's delegation"), a
	// proper group's ("Republicans") and that of the first of two
	// capitalised words unknown in lower case ("Senate Republican leaders",
	// "Atlantic City officials"). The word is the name's first, after a
	// quantifier left out ("Many Democratic officials").
	for lo+1 < m.tokHi && f.toks[lo].start < start {
		lo++
	}
	if t := f.toks[lo]; t.has(tInitial) && !t.has(tPoss) && !f.capsSeen.has(r.text[t.start:t.keyEnd]) && !f.pluralName(int(lo)) && !properGroups[f.key(&t)] &&
		!(lo+1 < m.tokHi && f.toks[lo+1].has(tCap) && f.lex(int(lo)).is&^(lxOrg|lxHead|lxAffil|lxCorp|lxDate) == 0 && !f.lowSeen.has(f.key(&t))) {
		if c, w := utf8.DecodeRuneInString(name); unicode.IsUpper(c) {
			if c2, _ := utf8.DecodeRuneInString(name[w:]); unicode.IsLower(c2) {
				var low [utf8.UTFMax]byte
				name, made = r.arenaJoin(string(utf8.AppendRune(low[:0], unicode.ToLower(c))), name[w:], ""), true
			}
		}
	}
	c := r.newCluster(name, ek, m)
	r.cs[c].madeName = made
	if lowered {
		key = r.arenaKey(r.phraseBuf)
	}
	r.phrases.add(key, c)
	return c
}

// resolveText resolves a text ("the article", "a statement", "his letter")
// to its author. A text that is a speaker and has no author known is an
// entity of its own.
func (r *resolver) resolveText(mi, pos int) int {
	m := &r.f.ms[mi]
	author, ok := r.possessorOf(mi, pos)
	switch {
	case ok:
	case m.speaker:
		if c, ok := r.textAuthor.lookup(r.f.str(m.head)); ok {
			author = c
		} else if r.lastAuthor >= 0 && r.lastAuthorPara >= m.para-windowParas && m.det != detIndefinite {
			// "a survey" is a new text, not the last one's: not its author.
			author = r.lastAuthor
		}
	default:
		if r.lastSpk >= 0 && r.lastSpkSent == m.sent && !r.respondents(r.f.str(m.head), r.lastSpk) {
			author = r.lastSpk
		} else {
			r.pending = append(r.pending, mi)
			if c, ok := r.textAuthor.lookup(r.f.str(m.head)); ok && m.det == detDefinite {
				author = c
			}
		}
	}
	if author >= 0 {
		r.setAuthor(r.f.str(m.head), author, m.para)
	}
	if !m.speaker {
		return -1 // the text is not its author
	}
	if author >= 0 {
		return author
	}
	c := r.phraseCluster(m, kUnknown)
	r.cs[c].isText = true
	return c
}

// respondents reports whether cluster c, a group speaking in the
// sentence of a text with head word head, answered it rather than wrote
// it: a poll or a survey is not its respondents' ("In the poll, half of
// voters said …", "one in four voters told the survey …").
func (r *resolver) respondents(head string, c int) bool {
	return r.cs[c].group && slices.Contains(surveyTexts[:], head)
}

func (r *resolver) setAuthor(head string, c int, para int32) {
	r.textAuthor.set(head, c)
	r.lastAuthor, r.lastAuthorPara = c, para
}

// resolvePronoun resolves a personal pronoun. First-person pronouns are
// left to firstPerson; "it" and "they" are only resolved as speakers.
func (r *resolver) resolvePronoun(mi, pos int) int {
	m := &r.f.ms[mi]
	p := m.pron
	if p.person != 3 {
		return -1
	}
	if (p.neuter || p.plural) && !m.speaker {
		return -1
	}
	return r.pronounCluster(mi, pos, p)
}

// pronounCluster resolves pronoun p standing at mention mi and counts a
// confident "he" or "she" towards the gender of its cluster.
func (r *resolver) pronounCluster(mi, pos int, p pronoun) int {
	c, confident := r.scorePronoun(mi, pos, p)
	// A pronoun inside a direct quotation tells nothing of gender: its
	// speaker, who stands after it as often as before, cannot be the one
	// it names, yet is often the most salient ("if she wins," Smith said).
	if c >= 0 && confident && !p.plural && !p.neuter && !r.f.ms[mi].inDirect && !r.closerRival(mi, pos, c, p) {
		switch p.gender {
		case genderMale:
			r.cs[c].male++
		case genderFemale:
			r.cs[c].female++
		}
	}
	return c
}

// storyFloor returns the paragraph that opens the story of paragraph p
// when a dateline opens one of the windowParas paragraphs up to p ("…
// the minister said.\n\nPYONGYANG, March 4 (KCNA) -- Kim Ho inspected a
// plant.\n\nHe noted …"), else 0: a text that runs wire stories
// together starts anew at each dateline after a story (storyBefore), and
// a pronoun does not look back into the story before. What each
// paragraph opens with is read once, on first asking (storyMemo).
func (r *resolver) storyFloor(p int32) int32 {
	ps := r.d.Paragraphs
	if len(r.storyMemo) == 0 {
		r.storyMemo = zeroed(r.storyMemo, len(ps)+1)
	}
	for k := min(p, int32(len(ps))-1); k >= 1 && k > p-windowParas; k-- {
		if r.storyMemo[k] == 0 {
			r.storyMemo[k] = 1
			if _, ok := datelineAt(r.text, ps[k], false); ok && r.storyBefore(k) {
				r.storyMemo[k] = 2
			}
		}
		if r.storyMemo[k] == 2 {
			return k
		}
	}
	return 0
}

// storyBefore reports whether a story comes before paragraph k: the text
// opens with a dateline of its own (a run of dispatches), or one of the
// windowParas paragraphs before k is a story's body, longer than a
// headline or a byline. A dateline after a headline opens the story the
// headline announced.
func (r *resolver) storyBefore(k int32) bool {
	const bodyLen = 200
	ps := r.d.Paragraphs
	if dl := r.d.Dateline; dl != nil && dl.Start < ps[k].Start {
		return true
	}
	for j := max(k-windowParas, 0); j < k; j++ {
		if ps[j].End-ps[j].Start > bodyLen {
			return true
		}
	}
	return false
}

// closerRival reports whether, in the sentence of pronoun mention mi (at
// pos in r.order), a mention of a cluster other than c that p may refer
// to stands between c's last mention and the pronoun: the pronoun then
// tells nothing of c's gender, however c won ("Don Fowler, who has backed
// Hillary Clinton since her bid": "her" may be Clinton's). A mention of c
// after a preposition, as a possessive or as a modifier does not count: it
// names c without making c what the sentence is about ("Lee told Ward,
// after he admitted under Lee's questioning he had not been punished": the
// second "he" may be Ward as well as Lee). It reads at most eight mentions
// back.
func (r *resolver) closerRival(mi, pos, c int, p pronoun) bool {
	ms := r.f.ms
	m := &ms[mi]
	for k := pos - 1; k >= 0 && k >= pos-8; k-- {
		a := &ms[r.order[k]]
		if a.sent != m.sent {
			return false
		}
		if a.cluster < 0 || a.start >= m.start {
			continue
		}
		if int(a.cluster) == c {
			if a.oblique || a.modifier || a.kind == mName && r.f.toks[a.tokHi-1].has(tPoss) {
				continue
			}
			return false
		}
		if _, ok := r.compatible(p, &r.cs[a.cluster]); ok {
			return true
		}
	}
	return false
}

// scorePronoun returns the most salient cluster compatible with p among
// the mentions before position pos, and whether it clearly wins.
//
// A cluster's score is the best score of its mentions times the factor
// of its compatibility (compatible), which is the same for all of them
// and is asked once a cluster, at its first mention back (0 for a
// cluster that is not compatible: a score of 0 never wins nor comes
// second). Multiplying by a positive factor keeps the order of two
// numbers, ties included, so the best of the products is the product
// of the best. The clusters are kept once each, in the order of their
// first mention back, the order in which ties are broken.
//
// The look-back stops as soon as the mentions further back cannot change
// the answer: their scores are at most the highest for p (maxRoleScore
// times the highest factor of compatible for p) over 2^dist, dist the
// sentences back to the last of them, and at most maxOtherScore times
// that factor when no speaker stands in that sentence (a speaker before
// it scores at most half of maxRoleScore, less); once that bound is
// below the best score and cannot make the second best come within half
// of it, nor undo a doubt (settled), the answer is that of all the
// mentions.
//
// The podium follows the clusters by their indexes in cands, the
// lowest first on a tie: its leader is the first of the best in the
// order of cands, and its scores are those of the best and the second,
// the answer without a pass over cands.
func (r *resolver) scorePronoun(mi, pos int, p pronoun) (int, bool) {
	ms := r.f.ms
	m := &ms[mi]
	if len(r.candAt) < len(r.cs) {
		r.candAt = append(r.candAt, make([]int32, len(r.cs)-len(r.candAt))...)
	}
	candAt := r.candAt // for each cluster, 1 + its index in cands, or 0
	cands := r.pcands[:0]
	own := r.spkQuotes(mi)
	// p owns the speaker phrase mi ("his office"): the subject of its
	// reported content weighs as a speaker (ownWeight).
	owner := m.kind != mPron && m.possPron.person != 0
	lo := max(pos-maxLookBack, 0)
	para := max(m.para-windowParas, r.storyFloor(m.para))
	// "it" and "they" need a salient antecedent close by: a subject or a
	// speaker in the last two sentences, another mention in the last one.
	floor := 0.0
	if p.neuter || p.plural {
		floor = 20
	}
	top := podium{floor: floor, c1: -1}
	// The names in the clause of a subject "he" or "she" that opens its
	// sentence: the pronoun is none of them ("He accused Clinton of …" is
	// not Clinton; "He said Clinton would win" neither). Not a name that
	// qualifies a noun ("the Clinton campaign", "Clinton's plan"): writers
	// do write "He said his rival had tampered with Trump's microphone"
	// of Trump.
	var later [4][]string
	nl := 0
	if r.opensSentence(m) {
		stop := int32(r.clauseEnd(int(m.tokHi)))
		for k := pos + 1; k < len(r.order) && nl < len(later); k++ {
			a := &ms[r.order[k]]
			if a.tokLo >= stop || a.sent != m.sent {
				break
			}
			if a.kind == mName && !a.inDirect && !a.definiteOrg && !a.modifier && !r.f.toks[a.tokHi-1].has(tPoss) {
				later[nl] = r.nameKeys(a)
				nl++
			}
		}
	} else if front := r.frontedParticiple(m); front >= 0 {
		// "Asked whether Clinton could win, she said …": the participle's
		// subject is the pronoun, and the names in its clause are others.
		// The clause is at most 30 words: read to its start, for a speaker.
		for k := pos - 1; k >= 0; k-- {
			a := &ms[r.order[k]]
			if a.tokLo < int32(front) || a.sent != m.sent {
				break
			}
			if a.speaker && a.kind != mRel && !a.oblique {
				// "Asked about Trump, Christie said … — no different, he
				// said, …": the clause before the pronoun has a speaker
				// of its own, whom the pronoun may well be. Not the
				// asker after "by" ("Asked by Ward whether she would
				// stay, she said"): the agent of the participle is
				// someone else than its subject, the pronoun.
				nl = 0
				break
			}
			if nl < len(later) && a.kind == mName && !a.inDirect && !a.definiteOrg && !a.modifier && !r.f.toks[a.tokHi-1].has(tPoss) {
				later[nl] = r.nameKeys(a)
				nl++
			}
		}
	}
	// The highest score a mention can give, without and with a speaker
	// in its sentence: the highest roleScore of another mention and of a
	// speaker times the highest factor of compatible for p (1.5 only for
	// "he" and "she").
	maxScore := [2]float64{maxOtherScore, maxRoleScore}
	if owner {
		// A subject of the content, in no speaker's sentence, may weigh
		// maxOtherScore times ownerSubject, no more than a speaker.
		maxScore[0] = maxRoleScore
	}
	if !p.neuter && !p.plural {
		maxScore = [2]float64{1.5 * maxScore[0], 1.5 * maxScore[1]}
	}
	last := int32(-1) // the sentMax of the last bound asked
	// In locals: the loop's stores would reload r's and m's fields.
	order, sentMax := r.order[:pos], r.sentMax[:pos]
	sent, start := m.sent, m.start
	for k := pos - 1; k >= lo; k-- {
		a := &ms[order[k]]
		if a.para < para {
			break
		}
		// No mention from here back stands in a later sentence than
		// sentMax[k] tells, nor, unless it tells so, is a speaker in
		// that one. The bound is asked once a sentence: a stop a few
		// mentions later gives the same answer.
		if x := sentMax[k]; x != last {
			last = x
			d := sent - x>>1
			if top.settled(maxScore[x&1] * halvings[min(max(d, 0), 30)]) {
				break
			}
		}
		// A mention with a cluster is resolved (done): resolve sets the
		// cluster last.
		if a.cluster < 0 || a.start >= start {
			continue
		}
		inOwn := 1.0
		if len(own) > 0 {
			if inOwn = r.ownWeight(own, a, owner); inOwn == 0 {
				continue
			}
		}
		j := candAt[a.cluster]
		if j == 0 {
			w, ok := r.compatible(p, &r.cs[a.cluster])
			if !ok || nl > 0 && namedIn(&r.cs[a.cluster], later[:nl]) {
				w = 0
			}
			cands = append(cands, pcand{c: a.cluster, w: w})
			j = int32(len(cands))
			candAt[a.cluster] = j
		}
		c := &cands[j-1]
		if c.w == 0 {
			// An incompatible cluster keeps its score of 0, which moves
			// neither it nor the podium (whose leader scores above 0).
			continue
		}
		// The weight of the mention's role (roleScore), over 2^dist, dist
		// the sentences back: multiplying by the exact power is the same
		// number, without a division, and times 2^0 is s itself. No
		// branch: the roles come at random.
		s := roleScore[flagIf(a.speaker)|flagIf(a.oblique)<<1|flagIf(a.subject)<<2|flagIf(a.inDirect)<<3]
		s *= halvings[min(max(sent-a.reach, 0), 30)] * inOwn
		// max of two numbers, without a branch.
		c.s = max(c.s, s*c.w)
		top.add(j, c.s)
	}
	for _, c := range cands {
		candAt[c.c] = 0
	}
	r.pcands = cands[:0]
	// The best, the first of them in cands, when it passes the floor;
	// the second, the best of the others or the floor.
	if top.s1 <= floor {
		return -1, false
	}
	return int(cands[top.c1-1].c), max(top.s2, floor)*2 <= top.s1
}

// opensSentence reports whether pronoun mention m is a subject "he" or
// "she" that opens its sentence, alone or after a word such as "But":
// the pronoun then governs the whole sentence, and it cannot be a person
// named later in it. A pronoun in a clause that leads into the main one
// ("When he arrived, Clinton spoke") governs no more than that clause.
func (r *resolver) opensSentence(m *mention) bool {
	if m.inDirect || m.pron.plural || m.pron.neuter || m.pron.gender == genderUnknown || m.tokHi != m.tokLo+1 {
		return false
	}
	if w := r.text[m.start:m.end]; !strings.EqualFold(w, "he") && !strings.EqualFold(w, "she") {
		return false
	}
	toks := r.f.toks
	k := int(m.tokLo)
	if k == 0 || toks[k-1].sent != m.sent {
		return true
	}
	if k >= 2 && toks[k-2].sent == m.sent {
		return false
	}
	return r.f.lex(k-1).clause&wordLead != 0
}

// frontedParticiple returns the first token of the sentence of pronoun
// mention m when m is a subject "he" or "she" right after the comma that
// closes a participle clause opening the sentence ("Asked about the plan,
// she said", "Speaking to reporters on Monday, he said"), at most 30
// words before it; else -1. A participle is a word ending in "ed" or
// "ing" that is never written with a capital away from a sentence start
// (so not "Ewing" or "Reed" when the text names them elsewhere).
func (r *resolver) frontedParticiple(m *mention) int {
	if m.inDirect || m.pron.plural || m.pron.neuter || m.pron.gender == genderUnknown || m.tokHi != m.tokLo+1 {
		return -1
	}
	toks := r.f.toks
	k := int(m.tokLo)
	if k == 0 || !toks[k].has(tGapComma) || toks[k-1].sent != m.sent {
		return -1
	}
	if w := r.text[m.start:m.end]; !strings.EqualFold(w, "he") && !strings.EqualFold(w, "she") {
		return -1
	}
	s := k - 1
	for s > 0 && s > k-30 && toks[s-1].sent == m.sent {
		s--
	}
	if s > 0 && toks[s-1].sent == m.sent {
		return -1 // too far
	}
	t := &toks[s]
	w := r.f.key(t)
	if !t.has(tInitial) || len(w) < 5 || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") || r.f.capsSeen.has(r.text[t.start:t.keyEnd]) {
		return -1
	}
	return s
}

// clauseEnd returns the index of the first token from k on, in k's
// sentence, that a comma, other punctuation or a quotation mark
// separates from the word before it, or that opens a relative clause: the
// end of the clause a sentence's subject governs for certain. Writers name
// a pronoun's own person in an aside ("He called Cruz the heir of
// Reagan, whom Beck admires"). It reads at most 40 tokens.
func (r *resolver) clauseEnd(k int) int {
	toks := r.f.toks
	if k >= len(toks) {
		return k
	}
	sent := toks[k].sent
	for lim := min(k+40, len(toks)); k < lim; k++ {
		t := &toks[k]
		if t.sent != sent || t.gapped() || t.has(tGapQuote) || r.f.lexOf(toks, k).clause&wordRel != 0 {
			break
		}
	}
	return k
}

// namedIn reports whether one of the names, given by their keys, names
// cluster cl: each of its words is one of cl's.
func namedIn(cl *cluster, names [][]string) bool {
	for _, keys := range names {
		if len(keys) > 0 && allIn(keys, cl.keys) {
			return true
		}
	}
	return false
}

// allIn reports whether each of keys is one of set.
func allIn(keys, set []string) bool {
	for _, k := range keys {
		if !containsString(set, k) {
			return false
		}
	}
	return true
}

// maxRoleScore is the highest roleScore, a speaker's; maxOtherScore the
// highest of a mention that is not a speaker, a subject's. Half of
// maxRoleScore is less than maxOtherScore (see scorePronoun).
const (
	maxRoleScore  = 120.0
	maxOtherScore = 80.0
)

// pcand is a cluster in scorePronoun, the factor of its compatibility
// and its best score times that factor.
type pcand struct {
	c    int32
	w, s float64
}

// podium follows the two best scores of distinct clusters in
// scorePronoun, as the scores of the clusters grow, and the floor a
// score must pass to win.
type podium struct {
	floor float64
	// c1 is the cluster with the best score, s1, the lowest of them on a
	// tie, or -1.
	c1     int32
	s1, s2 float64 // s2: the best score of another cluster
}

// add records that cluster c (a number: scorePronoun's are indexes)
// has score s now, no less than before.
func (t *podium) add(c int32, s float64) {
	switch {
	case c == t.c1:
		t.s1 = s
	case s > t.s1 || s == t.s1 && c < t.c1:
		t.c1, t.s1, t.s2 = c, s, t.s1
	case s > t.s2:
		t.s2 = s
	}
}

// settled reports whether scores of at most bound, given to any
// cluster, leave scorePronoun's answer as it is: the winner (or none,
// when no score passes the floor) keeps a score above the bound, and a
// second best within half of the best stays so, or the bound cannot
// bring one there.
func (t *podium) settled(bound float64) bool {
	best, second := t.floor, t.s1 // what scorePronoun compares, floor included
	if t.s1 > t.floor {
		best, second = t.s1, max(t.floor, t.s2)
	}
	return bound < best && (t.s1 <= t.floor || second*2 > best || bound*2 <= best)
}

// roleScore is the weight in scorePronoun of an antecedent by its role,
// indexed by the bits speaker, oblique (1), subject (2) and inDirect (3)
// of the mention: a speaker weighs 120, a mention after a preposition
// 30, a subject 80, another mention 50; one inside a direct quotation
// that is not its speaker weighs 0.4 times as much.
var roleScore = func() (t [16]float64) {
	for i := range t {
		speaker, oblique, subject, inDirect := i&1 != 0, i&2 != 0, i&4 != 0, i&8 != 0
		s := 50.0
		switch {
		case speaker:
			s = 120
		case oblique:
			s = 30
		case subject:
			s = 80
		}
		if inDirect && !speaker {
			s *= 0.4
		}
		t[i] = s
	}
	return t
}()

// halvings[d] is 2^-d, exactly.
var halvings = func() (t [31]float64) {
	for d := range t {
		t[d] = math.Ldexp(1, -d)
	}
	return t
}()

// compatible reports whether pronoun p can refer to cl, and the factor
// by which weak or strong evidence weighs its score (1 for none).
func (r *resolver) compatible(p pronoun, cl *cluster) (w float64, ok bool) {
	w = 1
	switch {
	case p.neuter:
		// "it": a body or a text.
		if cl.ek != kOrg && !cl.isText {
			return w, false
		}
	case p.plural:
		// "they": a group or a body; a person only in the rare singular
		// use, which is left unresolved.
		if !cl.group && cl.ek != kOrg {
			return w, false
		}
		if !cl.group {
			w = 0.7
		}
	default:
		if cl.ek == kOrg || cl.group || cl.isText {
			return w, false
		}
		// Gender from a title or role word excludes; gender from the
		// text's own pronouns only weighs, since one of them may have
		// been resolved wrongly.
		if cl.gender != genderUnknown && cl.gender != p.gender {
			return w, false
		}
		if g := cl.gend(); g == p.gender {
			w = 1.5
		} else if g != genderUnknown {
			w = 0.2
		}
		// A bare capitalised word that never spoke and has no title is
		// more often a place or an adjective ("Iran", "Mexican") than a
		// person, who is introduced with a full name.
		if cl.ek == kUnknown && !cl.speaker && cl.nameToks <= 1 {
			return w, false
		}
	}
	return w, true
}

// ownWeight is the factor of the score of mention a for a pronoun
// speaker of the quotes qs: 0 inside the content of one of them, whose
// speaker is none of the people it names, but for the subject of a
// reported one, which may be the speaker the writer names in his place
// ("But Lee, who had left the firm, poured "scorn on the plan," she
// wrote", of her own idea): ownReported; else 1. When the pronoun owns
// the speaker (owner: "his office", "her spokesman"), that subject
// weighs as a speaker (ownerSubject, 1 for a speaker): an office speaks for its owner,
// and what it reports is most often what its owner does ("Governor
// Hale, back from Boston, will veto the bill, his office said", after a
// paragraph of another man's words).
func (r *resolver) ownWeight(qs []int, a *mention, owner bool) float64 {
	p := int(a.start)
	for _, qi := range qs {
		q := &r.d.Quotes[qi]
		if p >= q.Start && p < q.End {
			switch {
			case q.Kind == Direct || !a.subject:
				return 0
			case owner && !a.speaker:
				return ownerSubject
			case owner:
				return 1 // a speaker already
			}
			return ownReported
		}
	}
	return 1
}

// ownReported weighs the subject of a reported quote's content against
// its pronoun speaker (ownWeight): the speaker is most often someone
// else, named before.
const ownReported = 0.25

// ownerSubject weighs the subject of a reported quote's content for the
// pronoun that owns its speaker (ownWeight): a subject's score times it
// is a speaker's, maxRoleScore.
const ownerSubject = maxRoleScore / maxOtherScore

// insideQuotes reports whether offset p lies in the content of one of the
// quotes qs.
func (r *resolver) insideQuotes(qs []int, p int) bool {
	for _, qi := range qs {
		q := &r.d.Quotes[qi]
		if p >= q.Start && p < q.End {
			return true
		}
	}
	return false
}

// resolveRelative resolves a relative pronoun to the mention it follows:
// "who" to a person or group ("Texas Sen. Ted Cruz, who"), "which" and
// "that" to a body or text. The mention must stand right before it; one
// oblique mention may be skipped ("Sen. Tomas Varga of Oregon, who").
// Otherwise the antecedent is a common noun phrase that has no entity
// ("ads that", "a clash that") and the pronoun stays unresolved.
func (r *resolver) resolveRelative(mi, pos int) int {
	ms := r.f.ms
	m := &ms[mi]
	k := r.f.key(&r.f.toks[m.tokLo])
	who := k == "who" || k == "whom" || k == "whose"
	next := m.start // where the antecedent must end
	for k := pos - 1; k >= 0 && pos-k <= 4; k-- {
		a := &ms[r.order[k]]
		// Past an oblique mention next is where its preposition starts,
		// and a mention that ends after that is no antecedent either:
		// "In" read as a name, the preposition of "In her, who …" (and
		// the gap read below would run backwards).
		if a.sent != m.sent || a.end > next {
			if a.sent != m.sent {
				break
			}
			continue
		}
		if !adjacent(r.text[a.end:next]) {
			break
		}
		ok := a.done && a.cluster >= 0
		if ok {
			cl := &r.cs[a.cluster]
			if who {
				ok = cl.ek != kOrg && !cl.isText && !(cl.ek == kUnknown && !cl.speaker && !cl.group && cl.nameToks <= 1)
			} else {
				ok = cl.ek == kOrg || cl.isText
			}
		}
		if ok {
			return int(a.cluster)
		}
		if !a.oblique {
			break
		}
		// Skip "of Florida": the antecedent ends before the preposition.
		next = a.start
		if a.ctxLo > 0 {
			next = r.f.toks[a.ctxLo-1].start
		}
	}
	return -1
}

// ageEpithet resolves a speaker written as an age after "the" ("the
// 24-year-old said"), which feature and sports copy use for a person just
// named, to that person: the latest mention of a person in its paragraph,
// a subject before any other ("Ann Lee beat Jo Park in two sets. The
// 24-year-old said …" is Lee), never one after a preposition nor one in
// a quotation. Else -1: the age is read as a phrase. (Not further back:
// two articles of a test set named someone else in the paragraph before,
// a photo credit or a name in a quotation.)
func (r *resolver) ageEpithet(mi, pos int) int {
	f := r.f
	m := &f.ms[mi]
	if !m.speaker || m.det != detDefinite || m.tokHi-m.tokLo != 2 || f.key(&f.toks[m.tokLo]) != "the" || !ageWord(f.key(&f.toks[m.tokLo+1])) {
		return -1
	}
	return r.namedBefore(mi, pos)
}

// demonymEpithet resolves a speaker written as a demonym after "the"
// ("the Kenyan said", "the Texan said": demonymNouns) to the person its
// paragraph has just named, as ageEpithet does an age; else -1, and the
// word is read as a name.
func (r *resolver) demonymEpithet(mi, pos int) int {
	f := r.f
	m := &f.ms[mi]
	if !m.speaker || !m.definiteOrg || m.tokHi-m.tokLo != 1 || !demonymNouns[f.key(&f.toks[m.tokLo])] {
		return -1
	}
	// The demonym is the speaker, not a word qualifying it ("the
	// American political system").
	for _, qi := range r.spkQuotes(mi) {
		if sp := r.d.Quotes[qi].Speaker; strings.Trim(r.text[m.end:max(int(m.end), sp.End)], " ,") != "" {
			return -1
		}
	}
	return r.namedBefore(mi, pos)
}

// namedBefore returns the cluster of the person the paragraph of mention
// mi has named last before it (see ageEpithet), or -1.
func (r *resolver) namedBefore(mi, pos int) int {
	f := r.f
	m := &f.ms[mi]
	// Not a name quoted, in its own words or another's: "“Tomas is a
	// fighter,” said the 52-year-old" is not Tomas.
	qs := r.spkQuotes(mi)
	best, bestSubj := -1, false
	for k := pos - 1; k >= 0 && pos-k <= maxLookBack; k-- {
		a := &f.ms[r.order[k]]
		if a.para != m.para {
			break
		}
		if a.kind != mName || a.cluster < 0 || a.start >= m.start || a.modifier || a.oblique || a.inDirect || r.insideQuotes(qs, int(a.start)) {
			continue
		}
		cl := &r.cs[a.cluster]
		if cl.ek == kOrg || cl.group || cl.isText || cl.ek == kUnknown && !cl.speaker && cl.nameToks <= 1 {
			continue
		}
		if best < 0 || a.subject && !bestSubj {
			best, bestSubj = int(a.cluster), a.subject
		}
		if bestSubj {
			break
		}
	}
	return best
}

// placedRole reports whether role mention m is "the", capitalised words
// that qualify the role and "former", then the role word: "the Florida
// senator", "the former New Jersey governor". A role qualified by its
// place is an epithet of someone the writer has named (namedBefore).
// Not a party, a body or a nation ("the Democratic nominee", "the FBI
// director", "the American ambassador"): more than one person may hold
// such a role, and the person is then seldom the one just named.
func (r *resolver) placedRole(m *mention) bool {
	f := r.f
	lo, hi := int(m.tokLo), int(m.tokHi)
	if hi-lo < 3 || f.key(&f.toks[lo]) != "the" {
		return false
	}
	caps := false
	for k := lo + 1; k < hi-1; k++ {
		t := &f.toks[k]
		switch {
		case f.key(t) == "former" && !caps:
		case t.has(tCap) && !t.has(tAllCaps) && !t.has(tPoss) && f.lex(k).is&(lxAffil|lxOrg) == 0 && !demonymNouns[f.key(t)] && !nationShaped(f.key(t)) && !r.personWord(f.key(t)):
			caps = true
		default:
			return false
		}
	}
	return caps && !f.toks[hi-1].has(tCap)
}

// personWord reports whether k is a word of the name of a person known so
// far ("the Christie supporter" qualifies a supporter by a person).
func (r *resolver) personWord(k string) bool {
	if i := r.words.find(k); i >= 0 {
		for _, c := range *r.words.at(i) {
			if r.cs[c].ek == kPerson || r.cs[c].speaker {
				return true
			}
		}
	}
	return false
}

// nationShaped reports whether k ends as the adjectives of nations and
// peoples do ("Colombian", "Afro-Colombian", "British", "Chinese"): a
// role they qualify is held by many ("the British minister").
func nationShaped(k string) bool {
	return strings.HasSuffix(k, "an") || strings.HasSuffix(k, "ish") || strings.HasSuffix(k, "ese")
}

// ageWord reports whether k is an age written as one word: digits, then
// "-year-old" ("24-year-old").
func ageWord(k string) bool {
	n, ok := strings.CutSuffix(k, "-year-old")
	if !ok || n == "" || len(n) > 3 {
		return false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}

// relativeGroup resolves a speaker "who" that follows a plural noun for
// people of the group table, which no mention covers ("voters who said",
// "some analysts and activists, who warned"), to that group, as if it had
// spoken: the relative clause is what the group says. The group is the
// noun alone, or two joined by "and" or "or", lower case or opening the
// sentence; a capitalised one mid-sentence is a name's ("Democrats who")
// and was resolveRelative's. Texts and numbers ("polls", "data") are no
// "who". Else -1.
func (r *resolver) relativeGroup(mi int) int {
	f := r.f
	a := int(f.ms[mi].tokLo)
	if a == 0 || f.key(&f.toks[a]) != "who" {
		return -1
	}
	group := func(g int) bool {
		t := &f.toks[g]
		if t.sent != f.toks[a].sent || t.has(tPoss) || f.lex(g).is&lxGroup == 0 || documentGroups[f.key(t)] {
			return false
		}
		return !t.has(tCap) || t.has(tInitial) && !f.capsSeen.has(r.text[t.start:t.keyEnd])
	}
	g := a - 1
	if !group(g) || !adjacent(r.text[f.toks[g].end:f.toks[a].start]) {
		return -1
	}
	lo := g
	if g >= 2 && !f.toks[g].gapped() && !f.toks[g-1].gapped() {
		if k := f.key(&f.toks[g-1]); (k == "and" || k == "or") && group(g-2) {
			lo = g - 2
		}
	}
	m := mention{start: f.toks[lo].start, end: f.toks[g].keyEnd, kind: mGroup, tokLo: int32(lo), tokHi: int32(g + 1), sameAs: -1, possessor: -1}
	c := r.phraseCluster(&m, kUnknown)
	r.cs[c].group = true
	return c
}

// adjacent reports whether gap, the text between a mention and what
// follows it, is only spaces and at most one comma.
func adjacent(gap string) bool {
	commas := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '\t', '\n', '\r':
		case ',':
			commas++
		default:
			return false
		}
	}
	return commas <= 1
}

// firstPerson resolves "I", "we" and their forms spoken inside a quotation
// to the speaker of that quotation.
func (r *resolver) firstPerson() {
	ms := r.f.ms
	qs := r.d.Quotes
	for pass := 0; pass < 2; pass++ {
		for qi, mi := range r.spk {
			if mi < 0 || ms[mi].kind != mPron || ms[mi].pron.person != 1 || ms[mi].cluster >= 0 {
				continue
			}
			m := &ms[mi]
			j := sort.Search(len(qs), func(i int) bool { return qs[i].Start > int(m.start) })
			for k := j - 1; k >= 0 && k >= j-8; k-- {
				if k == qi || qs[k].End < int(m.end) || r.spk[k] < 0 {
					continue
				}
				if c := ms[r.spk[k]].cluster; c >= 0 {
					m.cluster = c
					r.cs[c].speaker = true
					break
				}
			}
		}
	}
}

// interview gives the lines of an interview written as "Q: …" and "A: …"
// their speakers: the answers are the person the text names most often
// before the first line, the questions the person named after "with" in
// the paragraph that leads into it ("Calhoun later sat down with the
// Herald's Megan Tolliver. …" then "Q: …" is Megan Tolliver's, "A: …"
// Calhoun's). One interview a text: the people are found once, at its
// first line. Lines whose speaker it cannot tell keep none.
func (r *resolver) interview() {
	qs := r.d.Quotes
	ans, ask, found := -1, -1, false
	for qi := range qs {
		sp := qs[qi].Speaker
		if sp == nil || sp.End-sp.Start != 1 {
			continue // most speakers: the one test
		}
		mi := r.spk[qi]
		if mi < 0 || r.f.ms[mi].cluster >= 0 || r.text[sp.Start] != 'Q' && r.text[sp.Start] != 'A' {
			continue
		}
		if !found {
			found = true
			ans, ask = r.interviewees(sp.Start)
		}
		// The line's speaker mention ("Q") joins the person's cluster.
		who := ans
		if r.text[sp.Start] != 'A' {
			who = ask
		}
		if who >= 0 {
			r.f.ms[mi].cluster = r.f.ms[who].cluster
		}
	}
}

// interviewees returns a mention of the interviewee and one of the
// interviewer of an interview whose first line starts at offset pos, or
// -1 (see interview). It reads at most 256 mentions back.
func (r *resolver) interviewees(pos int) (ans, ask int) {
	ms, order, toks := r.f.ms, r.order, r.f.toks
	k := sort.Search(len(order), func(i int) bool { return int(ms[order[i]].start) >= pos })
	ans, ask = -1, -1
	lead := int32(-1) // the paragraph that leads into the line
	// The mentions of each person cluster, counted in r.quotes (free
	// until output), and the cluster named most often.
	counts := zeroed(r.quotes, len(r.cs))
	best := int32(-1)
	for j := k - 1; j >= 0 && j >= k-256; j-- {
		mi := order[j]
		m := &ms[mi]
		if lead < 0 {
			lead = m.para
		}
		c := m.cluster
		if c < 0 || !r.person(c) || r.cs[c].ek != kPerson && r.cs[c].nameToks < 2 {
			continue
		}
		counts[c]++
		if best < 0 || counts[c] > counts[best] {
			best, ans = c, mi
		}
		// "sat down with the Herald's Megan Tolliver", "spoke with
		// senior writer Ana Ruiz": "with" at most four words before the
		// name, no punctuation between.
		if m.para == lead && m.kind == mName && ask < 0 {
			for x := int(m.tokLo) - 1; x >= 0 && x >= int(m.tokLo)-5; x-- {
				if f := r.f.key(&toks[x]); f == "with" {
					ask = mi
					break
				}
				if toks[x+1].gapped() {
					break
				}
			}
		}
	}
	if ans >= 0 && ask >= 0 && ms[ans].cluster == ms[ask].cluster {
		// The interviewer, named last before the first line, is as often
		// named as the interviewee ("Mayor Ann Li sat down with the
		// Herald's Tom Roe."): the answers are the other person's, the
		// one named most but the interviewer.
		other, n := -1, 0
		for j := k - 1; j >= 0 && j >= k-256; j-- {
			mi := order[j]
			if c := ms[mi].cluster; c >= 0 && c != ms[ask].cluster && counts[c] > 0 && counts[c] >= n {
				other, n = mi, counts[c]
			}
		}
		if other >= 0 && n == counts[ms[ask].cluster] {
			ans = other
		} else {
			ask = -1
		}
	}
	r.quotes = counts
	return ans, ask
}

// person reports whether cluster c may be a person: not a body, a group
// nor a text.
func (r *resolver) person(c int32) bool {
	cl := &r.cs[c]
	return cl.ek != kOrg && !cl.group && !cl.isText
}

// output fills d.Entities and each quote's Entity. The clusters with
// quotes, the only ones output, get their names cleaned first (see
// cluster.name).
func (r *resolver) output() {
	ms := r.f.ms
	// quotes[c+1] counts the quotes of cluster c; quotes[0], those of no
	// cluster (-1), stays 0: the mention loop below reads it for every
	// mention without a test of the cluster first.
	r.quotes = zeroed(r.quotes, len(r.cs)+1)
	quotes := r.quotes
	// idx[c] is the entity of cluster c, -1 until it has one. Only the
	// clusters with quotes are asked (add), and only theirs are set: in
	// the pass over the quotes, which finds them, with their names
	// cleaned, not in a pass over all the clusters.
	r.idx = resized(r.idx, len(r.cs))
	idx := r.idx
	withQuotes := 0
	for qi, mi := range r.spk {
		if mi < 0 || ms[mi].cluster < 0 {
			continue
		}
		c := ms[mi].cluster
		if quotes[c+1] == 0 {
			idx[c] = -1
			cl := &r.cs[c]
			if cl.name = cleanName(cl.name); cl.madeName {
				cl.name, cl.madeName = r.outName(cl.name), false
			}
			withQuotes++
		}
		quotes[c+1]++
		r.d.Quotes[qi].Entity = r.cs[c].name
	}
	// Clusters with the same name are one entity: a user counting voices
	// cannot tell them apart either. Only clusters with quotes make
	// entities, at most one each: room for them all at once, instead of
	// growing d.Entities (and a new byName) step by step.
	byName := &r.byName
	if cap(r.d.Entities) < withQuotes {
		r.d.Entities = make([]Entity, 0, withQuotes)
	}
	byName.hint = withQuotes
	// One pass over the mentions makes the entities and lists their
	// spans, each with its entity, and counts them; the spans are then
	// spread into one array, the entities' Mentions.
	spans, counts := r.spans[:0], r.counts[:0]
	add := func(c, start, end int) {
		if idx[c] < 0 {
			k, ok := byName.lookup(r.cs[c].name)
			if !ok {
				k = len(r.d.Entities)
				byName.add(r.cs[c].name, k)
				r.d.Entities = append(r.d.Entities, Entity{Name: r.cs[c].name})
				counts = append(counts, 0)
			}
			idx[c] = k
		}
		counts[idx[c]]++
		spans = append(spans, entSpan{idx[c], start, end})
	}
	// The mentions of clusters with quotes, in text order: a third of
	// them, at random among the others, listed without a branch (one on
	// the cluster of each mention was mispredicted for one in two).
	r.outs = resized(r.outs, len(r.order))
	outs, n := r.outs, 0
	for _, mi := range r.order {
		outs[n] = mi
		n += int(flagIf(quotes[ms[mi].cluster+1] > 0))
	}
	for _, mi := range outs[:n] {
		m := &ms[mi]
		c := m.cluster
		switch {
		case m.speaker:
			for _, qi := range r.spkQuotes(mi) {
				sp := r.d.Quotes[qi].Speaker
				add(int(c), sp.Start, sp.End)
			}
		case m.kind == mName || m.kind == mRole && !m.inDirect:
			add(int(c), int(m.start), int(m.end))
		}
	}
	r.spans, r.counts = spans[:0], counts[:0] // the buffers, for the next text
	total := 0
	for _, n := range counts {
		total += n
	}
	buf := make([]Span, total)
	for i, n := range counts {
		r.d.Entities[i].Mentions = buf[:0:n]
		buf = buf[n:]
	}
	for _, x := range spans {
		// A span is listed once: the same speaker span of consecutive
		// quotes, a name that is a speaker span.
		e := &r.d.Entities[x.e]
		if !slices.ContainsFunc(e.Mentions[max(0, len(e.Mentions)-4):], func(y Span) bool { return y.Start == x.start && y.End == x.end }) {
			e.Mentions = append(e.Mentions, Span{Start: x.start, End: x.end, Text: r.text[x.start:x.end]})
		}
	}
	for i := range r.d.Entities {
		e := &r.d.Entities[i]
		e.Mentions = e.Mentions[:len(e.Mentions):len(e.Mentions)]
		slices.SortStableFunc(e.Mentions, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	}
	slices.SortStableFunc(r.d.Entities, func(a, b Entity) int { return cmp.Compare(a.Mentions[0].Start, b.Mentions[0].Start) })
	if len(r.d.Entities) == 0 {
		r.d.Entities = nil
	}
}

// entSpan is the index of an entity and the bounds of one of its
// mentions (output).
type entSpan struct{ e, start, end int }

// appendInitials appends to b the first letters of keys ("dnc" for the
// Democratic National Committee) and returns it, or returns b unchanged
// when a key does not start with an ASCII letter.
func appendInitials(b []byte, keys []string) []byte {
	n := len(b)
	for _, k := range keys {
		if k == "" || k[0] < 'a' || k[0] > 'z' {
			return b[:n]
		}
		b = append(b, k[0])
	}
	return b
}

// nameSuffix returns the generational suffix of a name's keys ("jr."),
// or "".
func nameSuffix(keys []string) string {
	if len(keys) == 0 {
		return ""
	}
	switch k := keys[len(keys)-1]; k {
	case "jr.", "jr", "sr.", "sr", "ii", "iii", "iv":
		return k
	}
	return ""
}

func containsInt(s []int, x int) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func containsString(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// resized returns s with length n, its elements left as they are (the
// caller sets them all), or a new array when s is too small: zeroed
// without the clearing, for the working arrays that are written whole
// before they are read.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// isASCII reports whether s is all ASCII: eight bytes at a time (see
// swar.go), then a byte at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64At(s, i)&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
