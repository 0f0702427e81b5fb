package attribution

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWordTableLookups compares the look-ups that stand for the maps in
// the resolver (broaderOf and isCompanyWord, filtered, and the flags of
// wordTable read for possessivePronouns and nameConnectors) with the
// maps, the reference, on the keys of every table, their variants and
// the words of the fixtures, lowered as keys are.
func TestWordTableLookups(t *testing.T) {
	words := map[string]bool{"": true, "politician": true, "lender": true, "conglomerate": true}
	for _, m := range []map[string]bool{companyWords, possessivePronouns, nameConnectors, orgWords, groupWords, textWords} {
		for k := range m {
			words[k] = true
		}
	}
	for k, l := range broaderRoles {
		words[k] = true
		for _, w := range l {
			words[w] = true
		}
	}
	for k := range roleWords {
		words[k] = true
	}
	for k := range words {
		words[k+"s"], words[k+"."], words[strings.TrimSuffix(k, "s")] = true, true, true
	}
	names, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, n := range names {
		b, _ := os.ReadFile(n)
		for _, w := range strings.Fields(strings.ToLower(string(b))) {
			words[w] = true
		}
	}
	for k := range words {
		l1, ok1 := broaderOf(k)
		l2, ok2 := broaderRoles[k]
		if ok1 != ok2 || !slices.Equal(l1, l2) {
			t.Errorf("broaderOf(%q) = %v, %v; want %v, %v", k, l1, ok1, l2, ok2)
		}
		if isCompanyWord(k) != companyWords[k] {
			t.Errorf("isCompanyWord(%q) = %v", k, !companyWords[k])
		}
		e := &wordTable.entries[wordIndex(k)]
		if (e.is&lxPossPron != 0) != possessivePronouns[k] || (e.is&lxConn != 0) != nameConnectors[k] {
			t.Errorf("flags of %q: possessive pronoun %v, connector %v", k, e.is&lxPossPron != 0, e.is&lxConn != 0)
		}
	}
}
