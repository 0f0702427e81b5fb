package attribution

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPartsArray checks the parts of split quotations, which the passes
// take from an array that the Parser keeps for its next text (partRoom):
// the Documents of texts parsed one after another by one Parser, checked
// after the last, equal those of a Parser that keeps no arrays, so no
// Document points into the array that a later text rewrote. The texts
// hold quotations of two, three and many parts, straight and typewriter,
// enough of them to outgrow the array.
func TestPartsArray(t *testing.T) {
	texts := []string{
		"“We will win,” Smith said. “We have the votes.” “Nobody can stop us.” “Not now.”",
		"“A,” he said, “B,” and then, “C.”",
		"''We will win,'' Smith said. ''We have the votes.'' ''Nobody can stop us.''",
		"In cases of theft, it said, “the owner is a victim.”",
		"“It is,” Roe said, “a question of trust.” Officials said the talks would resume.",
	}
	var long strings.Builder
	long.WriteString("“We start,” Smith said.")
	for i := range 300 {
		long.WriteString(" “Part ")
		long.WriteString(strings.Repeat("x", i%7+1))
		long.WriteString(".”")
	}
	texts = append(texts, long.String())
	files, _ := filepath.Glob("testdata/*.txt")
	slices.Sort(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	p := NewParser()
	docs := make([]*Document, len(texts))
	parts := 0
	for i, text := range texts {
		docs[i] = p.Parse(text)
		for _, q := range docs[i].Quotes {
			parts += len(q.Parts)
		}
	}
	if parts < 300 {
		t.Fatalf("%d parts in all: the texts do not fill the array", parts)
	}
	fresh := NewParser()
	fresh.noScratch = true
	for i, text := range texts {
		if diff := cmp.Diff(fresh.Parse(text), docs[i]); diff != "" {
			t.Errorf("text %d: (-fresh +pooled):\n%s", i, diff)
		}
	}
}

// TestSpansArray checks that a Document's paragraphs and sentences,
// which segment takes from one array, do not share room: appending to
// one leaves the other as it was, for texts whose sentences fit in the
// room set aside and for one that outgrows it.
func TestSpansArray(t *testing.T) {
	texts := []string{
		// Sentences of some 200 bytes: they fit in the room.
		strings.Repeat("The committee said on Tuesday that it would review the budget of every department before the end of the year, and that the review would be published in full. ", 6) + "\n\nThe minister agreed.",
		"One. Two.\n\nThree.",
		strings.Repeat("Yes. ", 400) + "\n\n" + strings.Repeat("No. ", 400),
		"",
	}
	for _, text := range texts {
		d := Parse(text)
		sents := slices.Clone(d.Sentences)
		paras := slices.Clone(d.Paragraphs)
		_ = append(d.Paragraphs, Span{Start: -1, End: -1})
		if !slices.Equal(d.Sentences, sents) {
			t.Errorf("%.20q: appending a paragraph changed the sentences", text)
		}
		_ = append(d.Sentences, Span{Start: -2, End: -2})
		if !slices.Equal(d.Paragraphs, paras) {
			t.Errorf("%.20q: appending a sentence changed the paragraphs", text)
		}
	}
}
