package attribution

import "testing"

// TestAbbrevLookupFirstByte checks the first-byte filter of the
// abbreviation table's look-up: every word made of an entry with its
// first byte replaced by any byte, so that bytes which share a bit of
// the filter are tried, is found exactly when it is an entry, with its
// class.
func TestAbbrevLookupFirstByte(t *testing.T) {
	for _, tab := range []*abbrevTable{builtinAbbrevs, buildAbbrevs([]string{"Lieutenant.", "Bldg", "x", "qz"})} {
		classes := map[string]abbrevClass{}
		for _, e := range tab.entries {
			classes[e.word] = e.class
		}
		for _, e := range tab.entries {
			for c := range 256 {
				w := string([]byte{byte(c)}) + e.word[1:]
				for _, pre := range []string{"", "some text: "} {
					text := pre + w + ". Next"
					if got := tab.lookup(text, len(pre), len(pre)+len(w)); got != classes[w] {
						t.Errorf("lookup %q in %q = %d, want %d", w, text, got, classes[w])
					}
				}
			}
		}
	}
}

// TestDatelineTagsCaps checks what datelineAt assumes when it looks up
// only a first word in capitals among the dateline tags: each tag is a
// word that placeWord reads whole and reports in capitals.
func TestDatelineTagsCaps(t *testing.T) {
	for _, tag := range sortedDatelineTags {
		q, allCaps, ok := placeWord(tag+" rest", 0)
		if !ok || !allCaps || q != len(tag) {
			t.Errorf("placeWord(%q) = %d, %v, %v; want %d, true, true", tag, q, allCaps, ok, len(tag))
		}
	}
}
