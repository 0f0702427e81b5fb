package attribution

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// This file keeps the entity stage's tokenizer as it was before the
// byte-class scanner of name.go (commit 19848d5), as tokenizeRef, and
// checks that both give the same words, flags and word sets on every
// text at hand and on random texts of the characters the scanner treats
// specially.

// tokenizeRef splits text into words. Sentence and paragraph indexes come from
// d; quote contents flag the words inside them.
func (f *finder) tokenizeRef(d *Document) {
	text := f.text
	lower := asciiLower(text)
	sents := d.Sentences
	if len(sents) == 0 {
		sents = d.Paragraphs
	}
	pk, sk := 0, 0
	// About one word in six bytes of news text; one mention in six words.
	f.toks = reuse(f.spareToks, len(text)/6+16)
	prevSent, prevPara, prevStart := -1, -1, -1
	// The gap before the next word, read while skipping to it: its
	// flags, whether it holds a colon or ends with a mark or bracket that
	// opens something new ("“As", ": The", "(AP"), and its counts of
	// quotation marks and other punctuation.
	var gap tokFlags
	quoteOrColon, opens := false, false
	quotes, other := 0, 0
	for i := 0; i < len(text); {
		r, w := rune(text[i]), 1
		var word bool
		if r < utf8.RuneSelf {
			word = isWordASCII(byte(r))
		} else {
			r, w = utf8.DecodeRuneInString(text[i:])
			word = isWordRune(r)
		}
		if !word {
			switch {
			case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\u202f' || r == '\u2009':
				opens = false
			case r == ',':
				gap |= tGapComma
				opens = false
			default:
				gap |= tGapPunct
				if r == ':' {
					quoteOrColon = true
				}
				q := isQuoteMark(r)
				opens = q || r == '(' || r == '—'
				if q {
					quotes++
				} else {
					other++
				}
			}
			i += w
			continue
		}
		if opens {
			quoteOrColon = true
		}
		start := i
		ascii := true
		upper := 0
		letters := 0
		first := true
		cap := false
		apos := -1 // offset of the first inner apostrophe
		entPoss := -1
		for i < len(text) {
			c := text[i]
			if 'a' <= c && c <= 'z' {
				// A run of lower-case ASCII letters.
				j := i + 1
				for j < len(text) && 'a' <= text[j] && text[j] <= 'z' {
					j++
				}
				letters += j - i
				first = false
				i = j
				continue
			}
			if c < utf8.RuneSelf {
				// ASCII fast path: the same decisions as below.
				switch {
				case 'A' <= c && c <= 'Z':
					letters++
					upper++
					if first {
						cap = true
					}
					first = false
					i++
					continue
				case '0' <= c && c <= '9':
					first = false
					i++
					continue
				}
				// Not a word byte: a joiner or the end.
				r, w = rune(c), 1
			} else {
				r, w = utf8.DecodeRuneInString(text[i:])
				ascii = false
				if isWordRune(r) {
					if unicode.IsLetter(r) {
						letters++
						if unicode.IsUpper(r) || unicode.IsTitle(r) {
							upper++
							if first {
								cap = true
							}
						}
					}
					first = false
					i += w
					continue
				}
				if i > start && mojibakeTrail(text, start, i, r) {
					i += w
					continue
				}
			}
			// The character reference of an apostrophe inside a word;
			// before a final "s", a possessive ending.
			if r == '&' && i > start {
				if er, m := markEntity(text[i:]); (er == '\'' || er == '\u2019') && wordAt(text, i+m) {
					if text[i+m] == 's' && !wordAt(text, i+m+1) {
						entPoss = i
						i += m + 1
						break
					}
					i += m
					continue
				}
			}
			// Inner joiners: hyphen, apostrophes, period, followed by a letter or digit.
			if r == '-' || r == '\'' || r == '’' || r == '.' || r == '‑' {
				if i+w < len(text) {
					r2, _ := utf8.DecodeRuneInString(text[i+w:])
					if isWordRune(r2) {
						if r >= utf8.RuneSelf {
							ascii = false
						}
						if apos < 0 && (r == '\'' || r == '’') {
							apos = i
						}
						i += w
						continue
					}
				}
			}
			break
		}
		end := i
		keyEnd := end
		var flags tokFlags
		if hasUpperASCII(text[start:end]) {
			flags |= tUpper
		}
		// A final period after a title, an initial or a dotted abbreviation.
		if end < len(text) && text[end] == '.' {
			word := text[start:end]
			if (letters == 1 && upper == 1 && end-start <= 2) || strings.IndexByte(word, '.') >= 0 {
				end++
			} else if _, ok := titleOf(lower[start : end+1]); ok {
				end++
			} else if lk := lower[start : end+1]; lk == "jr." || lk == "sr." || lk == "inc." || lk == "corp." || lk == "co." || lk == "ltd." || lk == "st." {
				end++
			}
			keyEnd = end
		}
		// Possessive endings: all end in "s".
		if text[end-1] == 's' {
			switch w := text[start:end]; {
			case strings.HasSuffix(w, "'s"):
				flags |= tPoss
				keyEnd = end - 2
			case strings.HasSuffix(w, "’s"):
				flags |= tPoss
				keyEnd = end - len("’s")
			case end < len(text) && (text[end] == '\'' || strings.HasPrefix(text[end:], "’")) && end-start > 2:
				n := 1
				if text[end] != '\'' {
					n = len("’")
				}
				after := end + n
				if after >= len(text) || !isWordRune(rune(text[after])) && text[after] < utf8.RuneSelf {
					flags |= tPoss
					end = after
				}
			}
		}
		// Contractions look up by their first part: "I've", "We're".
		if flags&tPoss == 0 {
			// The first apostrophe of text[start:end] is an inner one:
			// the word's other bytes are letters, digits, marks,
			// joiners and a title's final period.
			if k := apos - start; apos >= 0 && k > 0 {
				n := 1
				if text[start+k] != '\'' {
					n = len("’")
				}
				switch lower[start+k+n : end] {
				case "ve", "m", "ll", "d", "re":
					keyEnd = start + k
				}
			}
		}
		if entPoss >= 0 {
			keyEnd, flags = entPoss, flags|tPoss
		}
		i = end
		// A name after the Arabic article is capitalised, but not where
		// the lexer decides on a capital after a quotation mark or a
		// colon (see lexer.word).
		lexCap := cap
		if !cap && articleAt(text, start, end) {
			cap = true
		}
		if cap {
			flags |= tCap
		}
		if upper >= 2 && upper == letters {
			flags |= tAllCaps
		}
		if ascii {
			flags |= tASCII
		}
		para := 0
		if len(d.Paragraphs) > 0 {
			para = spanIndex(d.Paragraphs, &pk, start)
		}
		sent := 0
		if len(sents) > 0 {
			sent = spanIndex(sents, &sk, start)
		}
		flags |= gap
		if quotes == 1 && other == 0 && gap&tGapComma == 0 {
			flags |= tGapQuote
		}
		// The first word of a sentence that words of a dateline precede
		// on its line opens it too.
		if sent != prevSent || para != prevPara || quoteOrColon && lexCap || len(sents) > 0 && start >= sents[sent].Start && prevStart < sents[sent].Start {
			flags |= tInitial
		}
		if cap && flags&tInitial == 0 {
			flags |= tCapWord
		} else if !cap && upper == 0 && letters > 0 {
			flags |= tLowWord
		}
		f.toks = append(grow(f.toks, start, len(f.text)), token{start: int32(start), end: int32(end), keyEnd: int32(keyEnd), para: int32(para), sent: int32(sent), flags: flags})
		prevSent, prevPara, prevStart = sent, para, start
		gap, quoteOrColon, opens, quotes, other = 0, false, false, 0, 0
		// The word sets are only asked about the words of
		// sentence-initial tokens: hold those, then (below) mark the
		// ones the other tokens show.
		if flags&tInitial != 0 {
			f.capsSeen.add(text[start:keyEnd])
			f.lowSeen.add(lower[start:keyEnd])
		}
	}
	// The words marked last, by first byte and length: the common words
	// that pass the filters ("the", "he") are marked once, not at each
	// use.
	var lastCap, lastLow [64]string
	for _, t := range f.toks {
		switch {
		case t.has(tCapWord):
			if w := text[t.start:t.keyEnd]; f.capsSeen.may(w) {
				if b := (int(w[0]) + 7*len(w)) & 63; lastCap[b] != w {
					f.capsSeen.mark(w)
					lastCap[b] = w
				}
			}
		case t.has(tLowWord):
			if w := lower[t.start:t.keyEnd]; f.lowSeen.may(w) {
				if b := (int(w[0]) + 7*len(w)) & 63; lastLow[b] != w {
					f.lowSeen.mark(w)
					lastLow[b] = w
				}
			}
		}
	}
	f.lowerKeys()
	f.markHeadlinesRef()
	f.ms = reuse(f.spareMs, len(f.toks)/5+16)
}

// tokenizeBoth runs both tokenizers on text as Parse would see it and
// reports the first difference.
func tokenizeBoth(t *testing.T, name, text string) {
	t.Helper()
	p := defaultParser
	d := p.segment(text)
	// The new tokenizer takes the quote stage's plain words as they are
	// (finder.words), as Parse gives them.
	sc := new(scratch)
	if len(text) < maxAttributedLen {
		p.findQuotesIn(text, d, sc)
	}
	lower := asciiLower(text)
	a := &finder{text: text, capsSeen: newSpanSet(nil), lowSeen: newSpanSet(nil)}
	b := &finder{text: text, capsSeen: newSpanSet(nil), lowSeen: newSpanSet(nil), words: sc.toks}
	a.tokenizeRef(d)
	b.tokenize(d)
	if len(a.toks) != len(b.toks) {
		t.Errorf("%s: %d words, want %d", name, len(b.toks), len(a.toks))
	}
	for i := range min(len(a.toks), len(b.toks)) {
		y := b.toks[i]
		if y.word != wordUnknown && y.word != wordIndex(lower[y.start:y.keyEnd]) {
			t.Fatalf("%s: word %d: entry %d, want %d", name, i, y.word, wordIndex(lower[y.start:y.keyEnd]))
		}
		y.word = 0 // tokenizeRef leaves it
		if x := a.toks[i]; x != y {
			t.Fatalf("%s: word %d: got %+v %q, want %+v %q", name, i, y, text[y.start:y.end], x, text[x.start:x.end])
		}
	}
	// find starts from the capitalised words and from those whose keys
	// may be a pronoun or a determiner that it acts on (checkStarts).
	checkStarts(t, name, a.toks, lower, b.starts)
	// The word sets answer alike on what they are asked: capsSeen about
	// any word (the new one keeps only capitalised initial words; the
	// others are never marked), lowSeen about the capitalised initial
	// words that are not stop words (run).
	for _, tk := range a.toks {
		w, lw := text[tk.start:tk.keyEnd], lower[tk.start:tk.keyEnd]
		if a.capsSeen.has(w) != b.capsSeen.has(w) {
			t.Fatalf("%s: capsSeen differs on %q", name, w)
		}
		if tk.has(tInitial) && tk.has(tCap) && !initialStopWords[lw] && a.lowSeen.has(lw) != b.lowSeen.has(lw) {
			t.Fatalf("%s: lowSeen differs on %q", name, w)
		}
	}
}

// tokenizeTexts returns the fixtures, the fuzz corpus and the PolNeAR
// articles and paragraphs when present.
func tokenizeTexts(t *testing.T) map[string]string {
	texts := map[string]string{}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
		texts[f+" crlf"] = strings.ReplaceAll(string(b), "\n", "\r\n")
	}
	fuzz, _ := filepath.Glob("testdata/fuzz/*/*")
	for _, f := range fuzz {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// The corpus files hold Go literals: take each quoted one.
		for _, line := range strings.Split(string(b), "\n") {
			if i := strings.IndexByte(line, '('); i >= 0 && strings.HasSuffix(line, ")") {
				if s, err := strconv.Unquote(line[i+1 : len(line)-1]); err == nil {
					texts[f] = s
				}
			}
		}
	}
	return texts
}

func TestTokenizeSame(t *testing.T) {
	for name, text := range tokenizeTexts(t) {
		tokenizeBoth(t, name, text)
	}
	eachPolnearArticle(t, func(name, text string) {
		tokenizeBoth(t, name, text)
		for j, p := range strings.Split(text, "\n\n") {
			tokenizeBoth(t, name+" paragraph "+strconv.Itoa(j), p)
		}
	})
}

// tokenizePieces are what the random texts are made of: every class of
// character the tokenizer decides on.
// randomPieces returns a text of 1 to n pieces of tokenizePieces, drawn
// by rng, each followed by a separator: a group of seps is drawn for
// each piece, then one string of the group (no draw for a group of one);
// a nil group adds nothing.
func randomPieces(rng *rand.Rand, n int, seps [][]string) string {
	var b strings.Builder
	for range 1 + rng.IntN(n) {
		b.WriteString(tokenizePieces[rng.IntN(len(tokenizePieces))])
		switch g := seps[rng.IntN(len(seps))]; len(g) {
		case 0:
		case 1:
			b.WriteString(g[0])
		default:
			b.WriteString(g[rng.IntN(len(g))])
		}
	}
	return b.String()
}

var tokenizePieces = []string{
	"a", "b", "s", "z", "A", "S", "Z", "0", "9", "é", "É", "ß", "ǅ", "\u0301", "日", "٣",
	"'", "’", "‘", "-", "‑", ".", ",", ":", ";", "!", "?", " ", " ", " ", "\n", "\r\n", "\t",
	"\"", "“", "”", "„", "«", "»", "「", "(", ")", "—", "–", "\u00a0", "\u202f", "\u2009",
	"'s", "’s", "s'", "s’", "'ve", "’re", "'d", "'m", "'ll", "Mr.", "mr.", "Sen.", "Jr.", "jr.",
	"Inc.", "Corp.", "co.", "St.", "U.S.", "J.", "\xff", "\xe2\x80", "\xc2", "Ambassador",
	"the", "The", "He", "he", "said", "I", "I'd", "we're", "Democrats'", "Trump’s", "of", "de",
	"\n\n", "Officials", "ministry", "“We", "said.”", "Lu Mei", "HELLO", "A1.", "É.",
	"&rsquo;", "&#39;", "&#8217;s", "&amp;",
}

func TestTokenizeSameRandom(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		text := randomPieces(rng, 60, [][]string{{" "}, nil, nil})
		tokenizeBoth(t, "random "+strconv.Itoa(i)+" "+strconv.Quote(text), text)
	}
}

func FuzzTokenizeSame(f *testing.F) {
	for _, s := range tokenizePieces {
		f.Add(s + " " + s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<16 {
			return
		}
		tokenizeBoth(t, "fuzz", s)
	})
}

// markHeadlinesRef flags the words of sentences written in title case
// ("Mayor Quist Answers Critics Who Say He Overspent"): mostly
// capitalised, with capitalised function words inside. Their capitals say
// nothing about names.
func (f *finder) markHeadlinesRef() {
	toks := f.toks
	for i := 0; i < len(toks); {
		j := i
		long, caps, fn := 0, 0, 0
		allCap := true
		sent, para := toks[i].sent, toks[i].para
		for j < len(toks) && toks[j].sent == sent && toks[j].para == para {
			t := toks[j]
			if t.end-t.start > 3 {
				long++
				if t.has(tCap) {
					caps++
				}
			}
			if !t.has(tCap) {
				allCap = false
			}
			j++
		}
		// Or a short line entirely in capitals: "Trump Addresses Munich
		// Attack."
		allCaps := j-i >= 3 && allCap
		if !allCaps && long >= 4 && caps*10 >= long*7 {
			// Count the capitalised function words only now: most
			// sentences fail the test above.
			for k := i + 1; k < j && fn < 2; k++ {
				if t := &toks[k]; t.has(tCap) && !t.has(tInitial) {
					k := f.key(t)
					if isPreposition(k) || isDeterminer(k) || pron(k).person != 0 || k == "and" || k == "or" {
						fn++
					}
				}
			}
		}
		// The text's first paragraph, one sentence alone, is its title
		// when its words are all capitalised but its function words,
		// forms of "be" and numbers.
		if i == 0 && para == 0 && j < len(toks) && toks[j].para != para && !allCaps && fn < 2 && long >= 4 {
			title := true
			for k := i; k < j; k++ {
				if t := &toks[k]; !t.has(tCap) {
					k := f.key(t)
					if !(isPreposition(k) || isDeterminer(k) || pron(k).person != 0 || k == "and" || k == "or" || titleLower(k)) {
						title = false
					}
				}
			}
			if title {
				fn = 2
			}
		}
		if long >= 4 && caps*10 >= long*7 && fn >= 2 || allCaps {
			for k := i; k < j; k++ {
				f.toks[k].flags |= tHeadline
			}
		}
		i = j
	}
}

// TestWordTable checks the entries of the combined word table against the
// tables they gather, for every key of every table, with and without a
// final period, and for words of no table.
func TestWordTable(t *testing.T) {
	keys := map[string]bool{"": true, "and": true, "or": true, "said": true, "zzz": true, "u.s.": true, "sen": true, "Sen.": true}
	for _, m := range []map[string]bool{possessivePronouns, determiners, prepositions, orgWords, groupWords, nameConnectors, initialStopWords, weekdays, corpSuffixes, textWords, indefiniteSpeakers, companyWords} {
		for k := range m {
			keys[k] = true
		}
	}
	for k := range pronouns {
		keys[k] = true
	}
	for k := range titleWords {
		keys[k] = true
	}
	for k := range roleWords {
		keys[k] = true
	}
	for k := range keys {
		keys[k+"."] = true
		keys[strings.TrimSuffix(k, ".")] = true
	}
	for k := range keys {
		e := &wordTable.entries[wordIndex(k)]
		p, isPron := pronouns[k]
		_, isTitle := titleWords[k]
		check := func(name string, got, want bool) {
			if got != want {
				t.Errorf("%q: %s = %v, want %v", k, name, got, want)
			}
		}
		check("pronoun", e.is&lxPron != 0, isPron)
		if e.pron != p {
			t.Errorf("%q: pronoun %+v, want %+v", k, e.pron, p)
		}
		check("possessive pronoun", e.is&lxPossPron != 0, possessivePronouns[k])
		check("determiner", e.is&lxDet != 0, determiners[k])
		check("preposition", e.is&lxPrep != 0, prepositions[k])
		check("and/or", e.is&lxAndOr != 0, k == "and" || k == "or")
		check("function word", e.is&lxFunc != 0, isDeterminer(k) || isPreposition(k) || pron(k).person != 0 || k == "and" || k == "or")
		check("title", e.is&lxTitle != 0, isTitle)
		if isTitle && e.title != titleWords[k] {
			t.Errorf("%q: title %+v", k, e.title)
		}
		w1, ok1 := roleOf(k)
		w2, ok2 := roleOf(strings.TrimSuffix(k, "."))
		check("role", e.is&lxRole != 0, ok1)
		check("role with a period", e.is&(lxRole|lxRoleDot) != 0, ok1 || ok2)
		if ok1 && e.role != w1 || !ok1 && ok2 && e.role != w2 {
			t.Errorf("%q: role %+v", k, e.role)
		}
		check("organisation", e.is&lxOrg != 0, orgWords[k])
		c, w := headClass(k)
		if e.head.class != c || e.head.info != w {
			t.Errorf("%q: head %+v, want %v %+v", k, e.head, c, w)
		}
		check("group", e.is&lxGroup != 0, groupWords[k])
		check("connector", e.is&lxConn != 0, nameConnectors[k])
		check("stop word", e.is&lxStop != 0, initialStopWords[k])
		check("weekday", e.is&lxWeekday != 0, weekdays[k])
		check("corporate suffix", e.is&lxCorp != 0, corpSuffixes[k])
	}
}

// asciiLower returns text with its ASCII letters lowered; byte offsets are
// the same as in text.
func asciiLower(text string) string {
	b := []byte(text)
	for i, c := range b {
		b[i] = lowerASCII[c]
	}
	return string(b)
}

// TestSearchFrom checks searchFrom against sort.Search for every length up
// to 40, every answer and every hint.
func TestSearchFrom(t *testing.T) {
	for n := 0; n <= 40; n++ {
		for ans := 0; ans <= n; ans++ {
			f := func(i int) bool { return i >= ans }
			for h := -2; h <= n+2; h++ {
				if got := searchFrom(n, h, f); got != ans {
					t.Fatalf("searchFrom(%d, %d) = %d, want %d", n, h, got, ans)
				}
			}
		}
	}
	// A long array, hints near and far.
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		n := rng.IntN(1 << 20)
		ans := rng.IntN(n + 1)
		h := rng.IntN(n + 1)
		if got := searchFrom(n, h, func(i int) bool { return i >= ans }); got != ans {
			t.Fatalf("searchFrom(%d, %d) = %d, want %d", n, h, got, ans)
		}
	}
}

// TestDetAt checks detAt against a switch on the word, for words at every
// place of a string, its end included.
func TestDetAt(t *testing.T) {
	want := func(w string) uint8 {
		switch asciiLower(w) {
		case "the", "this", "that":
			return detDefinite
		case "a", "an":
			return detIndefinite
		}
		return detNone
	}
	words := []string{"the", "this", "that", "a", "an", "th", "t", "thes", "thi", "tha", "an'", "and", "ann", "at", "these", "those", "thisx", "x", "é", "th\x00", "a\x00", "\x00\x00\x00\x00", "The", "THIS", "tHaT", "A", "An", "AN", "T\x00", "Th", "tha\x54", "\x54he"}
	for _, w := range words {
		for _, pad := range []string{"", " ", "xxxxxxxx"} {
			for _, s := range []string{w, pad + w, w + pad, pad + w + pad} {
				for i := 0; i < len(s); i++ {
					for j := i + 1; j <= len(s); j++ {
						if got := detAt(s, i, j); got != want(s[i:j]) {
							t.Errorf("detAt(%q, %d, %d) = %d, want %d", s, i, j, got, want(s[i:j]))
						}
					}
				}
			}
		}
	}
}

// TestCover checks cover.has against a loop over the intervals, on
// random intervals (overlapping, nested, empty) and offsets asked in
// order, then at random.
func TestCover(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for round := range 300 {
		n := rng.IntN(12)
		var ivs []interval
		for range n {
			s := rng.IntN(100)
			ivs = append(ivs, interval{s, s + rng.IntN(30)})
		}
		want := func(p int) bool {
			for _, v := range ivs {
				if v.s <= p && p < v.e {
					return true
				}
			}
			return false
		}
		c := newCover(slices.Clone(ivs))
		for p := range 140 {
			if got := c.has(p); got != want(p) {
				t.Fatalf("round %d: in order: has(%d) = %v with %v", round, p, got, ivs)
			}
		}
		for range 200 {
			p := rng.IntN(140)
			if got := c.has(p); got != want(p) {
				t.Fatalf("round %d: at random: has(%d) = %v with %v", round, p, got, ivs)
			}
		}
	}
}
