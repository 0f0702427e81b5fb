package attribution

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordTab checks wordTab.get against a map looked up with the ASCII
// letters lowered, and getIn against get with the word inside others, on the keys of the cue table, their capitalised and
// upper-case forms, and random words of letters, digits and non-ASCII
// bytes.
func TestWordTab(t *testing.T) {
	ct := newCueTable(nil)
	m := map[string]int32{}
	var words []string
	for _, c := range ruleClassWords {
		words = append(words, strings.Fields(c.words)...)
	}
	for w := range ct.first {
		words = append(words, w)
	}
	for i, w := range words {
		m[w] = int32(i + 1)
	}
	tab := newWordTab(m)
	lower := func(w string) string {
		b := []byte(w)
		for i, c := range b {
			b[i] = lowerASCII[c]
		}
		return string(b)
	}
	check := func(w string) {
		t.Helper()
		if got, want := tab.get(w), m[lower(w)]; got != want {
			t.Errorf("get(%q) = %d, want %d", w, got, want)
		}
		for _, pad := range []string{"", "x", "xxxxxxxx", "XyZ-’ \xff\x00abcdef"} {
			s := pad + w + pad
			if got, want := tab.getIn(s, len(pad), len(pad)+len(w)), tab.get(w); got != want {
				t.Errorf("getIn(%q, %d, %d) = %d, want %d", s, len(pad), len(pad)+len(w), got, want)
			}
		}
		h1, t1 := wordParts(w)
		if h2, t2 := wordParts(lower(w)); h1 != h2 || t1 != t2 {
			t.Errorf("wordParts(%q) differs from that of its lower case", w)
		}
	}
	checkWordVariants(words, "x", 1, 20, check)
}

// TestCueWordIn checks cueTable.wordIn against word with the word inside
// others, on the keys of the cue table and their capitalised forms.
func TestCueWordIn(t *testing.T) {
	ct := newCueTable(nil)
	check := func(w string) {
		t.Helper()
		for _, pad := range []string{"", "x", "xxxxxxxx", "XyZ-’ \xff\x00abcdef"} {
			s := pad + w + pad
			if got, want := ct.wordIn(s, len(pad), len(pad)+len(w)), ct.word(w); got != want {
				t.Errorf("wordIn(%q, %d, %d) = %d, want %d", s, len(pad), len(pad)+len(w), got, want)
			}
		}
	}
	for w := range ct.first {
		check(w)
		check(strings.ToUpper(w[:1]) + w[1:])
		check(w + "s")
	}
	check("")
	check("é")
}

// checkWordVariants calls check on each word, its upper-case and
// capitalised forms, the word with suffix after it and "x" before it,
// 20,000 random strings of up to maxLen of the characters the word tables
// treat specially (drawn with the given seed), and the empty string.
func checkWordVariants(words []string, suffix string, seed uint64, maxLen int, check func(string)) {
	for _, w := range words {
		check(w)
		check(strings.ToUpper(w))
		check(strings.ToUpper(w[:1]) + w[1:])
		check(w + suffix)
		check("x" + w)
	}
	pieces := []rune("aAzZ09@[`{’é\u00c9\x80\xff-'.")
	r := rand.New(rand.NewPCG(seed, seed+1))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(maxLen) {
			b.WriteString(string(pieces[r.IntN(len(pieces))]))
		}
		check(b.String())
	}
	check("")
}

// TestDemandNouns checks the filter nounDemands applies before its
// look-up: every noun has three to eight letters and opens with c, p or v.
func TestDemandNouns(t *testing.T) {
	for w := range demandNouns {
		if len(w) < 3 || len(w) > 8 || w[0] != 'c' && w[0] != 'p' && w[0] != 'v' {
			t.Errorf("demandNouns[%q]: nounDemands never looks it up", w)
		}
	}
}

// TestCueListed checks the dense views of the cue table's entries that
// the pass over every token reads (findQuotesIn): clsOf holds each
// entry's classes, and the entries 1 to listed are exactly the listed
// ones, with extra phrases too.
func TestCueListed(t *testing.T) {
	for _, extra := range [][]string{nil, {"opine", "weigh in heavily"}} {
		ct := newCueTable(extra)
		if len(ct.clsOf) != len(ct.entries) {
			t.Fatalf("%d classes for %d entries", len(ct.clsOf), len(ct.entries))
		}
		for e := range ct.entries {
			le := &ct.entries[e]
			if ct.clsOf[e] != le.cls {
				t.Errorf("entry %d: clsOf %x, cls %x", e, ct.clsOf[e], le.cls)
			}
			if in := e >= 1 && e <= int(ct.listed); in != le.listed {
				t.Errorf("entry %d: in 1 to %d %v, listed %v", e, ct.listed, in, le.listed)
			}
		}
	}
}

// TestKeyEntries checks wordTab.keyEntries, with getIn for the words it
// leaves, against getIn on every word of the fixtures as the entity
// stage reads them (finder.lexWords), capitalised or not, near the end of
// the text or not.
func TestKeyEntries(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	tab := wordTable.tab
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range []string{string(data), strings.ToUpper(string(data))} {
			f := &finder{text: text}
			f.lexWords(&Document{})
			toks := f.toks
			for k := 0; ; k++ {
				if k = tab.keyEntries(text, toks, k); k >= len(toks) {
					break
				}
				toks[k].word = uint16(tab.getIn(text, int(toks[k].start), int(toks[k].keyEnd)))
			}
			for _, tk := range toks {
				if want := uint16(tab.getIn(text, int(tk.start), int(tk.keyEnd))); tk.word != want {
					t.Errorf("%s: word %q: keyEntries gives %d, getIn %d", name, text[tk.start:tk.keyEnd], tk.word, want)
				}
			}
		}
	}
}
