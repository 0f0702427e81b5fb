package attribution

import (
	"strings"
	"testing"
)

// checkStarts checks the words that find starts from, got: in order,
// each once, and among them every word that find acts on (needStart). A
// word more is harmless: find steps over it.
func checkStarts(t *testing.T, name string, toks []token, lower string, got []int32) {
	t.Helper()
	k := 0
	for i := range toks {
		if k < len(got) && int(got[k]) == i {
			k++
			continue
		}
		if needStart(toks, lower, i) {
			t.Fatalf("%s: find does not start from word %d %q", name, i, lower[toks[i].start:toks[i].keyEnd])
		}
	}
	if k != len(got) {
		t.Fatalf("%s: find starts from %v: not words in order", name, got)
	}
}

// needStart reports whether find may act on word i: it is capitalised,
// or its key is a pronoun, but a relative one or one of the second
// person that is not possessive, or a determiner (detAt).
func needStart(toks []token, lower string, i int) bool {
	t := &toks[i]
	if t.has(tCap) {
		return true
	}
	k := lower[t.start:t.keyEnd]
	if p, ok := pronouns[k]; ok && !p.relative && (p.person != 2 || possessivePronouns[k]) {
		return true
	}
	return detAt(k, 0, len(k)) != detNone
}

// TestStartWords checks that lexASCII's startSet keeps every word of at
// most seven bytes that find acts on, in any ASCII case, as lexASCII
// asks about it, and that it refuses most other words.
func TestStartWords(t *testing.T) {
	word := func(k string) uint64 {
		var w uint64
		for i := len(k) - 1; i >= 0; i-- {
			w = w<<8 | uint64(k[i])
		}
		return w | 0x2020202020202020&(1<<(8*len(k))-1)
	}
	var keys []string
	for k := range pronouns {
		keys = append(keys, k)
	}
	keys = append(keys, "the", "this", "that", "a", "an")
	n := 0
	for _, k := range keys {
		toks := []token{{start: 0, end: int32(len(k)), keyEnd: int32(len(k))}}
		if len(k) > 7 || !needStart(toks, k, 0) {
			continue
		}
		n++
		for _, v := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:]} {
			if startWords.may(word(v)) != 1 {
				t.Errorf("startWords refuses %q", v)
			}
		}
	}
	if n < 25 {
		t.Fatalf("only %d words find acts on", n)
	}
	passed := 0
	for _, k := range strings.Fields("said was were have has been will would could should about after before other more most also than then into over under when where while what which who whom whose only very do once there year") {
		passed += int(startWords.may(word(k)))
	}
	if passed > 5 {
		t.Errorf("startWords passes %d of 36 common words find does not act on", passed)
	}
}

// TestKeyShapes checks theAt and pastShapedAt, which read a word's bytes
// from the text with the case bit set and without a branch, against the
// tests of its key that they stand for, on words in every case, near
// both ends of the text and with possessive endings.
func TestKeyShapes(t *testing.T) {
	for _, text := range []string{
		"The THE the tHe them th thee Then Theo asked ASKED Asked red bed Rated seed sped “quoted” aimed’s naïve tied E Ed the",
		"The", "the", "Th", "a", "I asked", "Ted", "They voted", "so the", "word-ended words’ “The”",
	} {
		d := defaultParser.segment(text)
		f := &finder{text: text, capsSeen: newSpanSet(nil), lowSeen: newSpanSet(nil)}
		f.tokenize(d)
		for i := range f.toks {
			tk := &f.toks[i]
			k := f.key(tk)
			if got, want := f.theAt(tk), flagIf(k == "the"); got != want {
				t.Errorf("%q: theAt(%q) = %d, want %d", text, k, got, want)
			}
			if i == 0 {
				continue // pastShapedAt is not asked of the first word
			}
			if got, want := f.pastShapedAt(tk), flagIf(pastShaped(k)); got != want {
				t.Errorf("%q: pastShapedAt(%q) = %d, want %d", text, k, got, want)
			}
		}
	}
}

// TestOneLetterPronoun checks what find and phrase read from a word's
// length alone: "I" is the one pronoun of one letter (find's test of a
// capitalised pronoun), and "the" the one definite determiner of three
// (phrase's plural group after "the").
func TestOneLetterPronoun(t *testing.T) {
	for k := range pronouns {
		if len(k) == 1 && k != "i" {
			t.Errorf("pronoun %q has one letter: find takes every such pronoun for \"I\"", k)
		}
	}
	for _, k := range []string{"the", "The", "THE", "this", "that", "tha", "thy", "she", "a", "an"} {
		if detAt(k, 0, len(k)) == detDefinite && len(k) == 3 && strings.ToLower(k) != "the" {
			t.Errorf("determiner %q is definite and of three letters: phrase takes it for \"the\"", k)
		}
	}
	for k := range determiners {
		if detAt(k, 0, len(k)) == detDefinite && len(k) == 3 && k != "the" {
			t.Errorf("determiner %q is definite and of three letters: phrase takes it for \"the\"", k)
		}
	}
}
