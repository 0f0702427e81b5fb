package attribution

import (
	"strings"
	"testing"
)

// TestCueGapEveryAdverb checks that a phrase opened by an auxiliary is
// found past any adverb in the word tables ("is widely expected"), not
// only past those whose table entry the filter of the phrase's next words
// (lexEntry.nexts) happens to refuse: one it lets through must not be
// taken for the phrase's next word.
func TestCueGapEveryAdverb(t *testing.T) {
	cues := newCueTable(nil)
	var words []string
	cues.words.each(func(k string, _ int32) {
		if len(k) > 4 && strings.HasSuffix(k, "ly") && strings.Trim(k, "abcdefghijklmnopqrstuvwxyz") == "" && classOf[k]&notAdverbs == 0 {
			words = append(words, k)
		}
	})
	if len(words) == 0 {
		t.Fatal("no adverb in the word tables")
	}
	for _, w := range words {
		text := "The levy is " + w + " expected to pass."
		doc := Parse(text)
		found := false
		for _, q := range doc.Quotes {
			if q.Cue != nil && q.Cue.Text == "is "+w+" expected" {
				found = true
			}
		}
		if !found {
			t.Errorf("Parse(%q): no cue %q", text, "is "+w+" expected")
		}
	}
}
