package attribution_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/quotekit/attribution"
)

// withoutEntities is d as a Parser made WithoutEntities must give it: the
// same document with no entity on its quotes and no entities.
func withoutEntities(d *attribution.Document) *attribution.Document {
	for i := range d.Quotes {
		d.Quotes[i].Entity = ""
	}
	d.Entities = nil
	return d
}

// TestWithoutEntities checks that a Parser made WithoutEntities gives the
// quotations, speakers and cues of Parse, and no entity, on every fixture
// and on each PolNeAR dev paragraph (when the data is present).
func TestWithoutEntities(t *testing.T) {
	p := attribution.NewParser(attribution.WithoutEntities())
	files, _ := filepath.Glob("testdata/*.txt")
	entities := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := attribution.Parse(string(b))
		entities += len(want.Entities)
		if diff := cmp.Diff(withoutEntities(want), p.Parse(string(b))); diff != "" {
			t.Errorf("%s: WithoutEntities (-want +got):\n%s", f, diff)
		}
	}
	if entities == 0 {
		t.Fatal("no fixture has an entity: the test compares nothing")
	}
	t.Run("polnear", func(t *testing.T) {
		sc := polnearLines(t)
		n := 0
		for sc.Scan() {
			var r struct{ ID, Text string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("bad record: %v", err)
			}
			if diff := cmp.Diff(withoutEntities(attribution.Parse(r.Text)), p.Parse(r.Text)); diff != "" {
				if n++; n <= 5 {
					t.Errorf("%s: WithoutEntities (-want +got):\n%s", r.ID, diff)
				}
			}
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		if n > 5 {
			t.Errorf("and %d more paragraphs differ", n-5)
		}
	})
}

func ExampleWithoutEntities() {
	p := attribution.NewParser(attribution.WithoutEntities())
	d := p.Parse("“We will appeal,” Mayor Ana Ortiz said. “The ruling is wrong,” she added.")
	for _, q := range d.Quotes {
		fmt.Printf("%q by %q, entity %q\n", q.Text, q.Speaker.Text, q.Entity)
	}
	fmt.Println(len(d.Entities), "entities")
	// Output:
	// "We will appeal," by "Mayor Ana Ortiz", entity ""
	// "The ruling is wrong," by "she", entity ""
	// 0 entities
}

// TestCueGapWithCues checks that a phrase after an auxiliary and an
// adverb ("is widely expected") is found whatever words WithCues adds:
// each fixed phrase ("=…", not inflected) moves the entries after its
// word by one, and the word after the auxiliary must not be taken for the
// phrase's next word when it only shares its bit in the filter of the
// words that may follow (lexEntry.opensBefore).
func TestCueGapWithCues(t *testing.T) {
	const text = "The levy is widely expected to pass."
	var extra []string
	for i := range 70 {
		p := attribution.NewParser(attribution.WithCues(extra...), attribution.WithoutEntities())
		d := p.Parse(text)
		if len(d.Quotes) != 1 || d.Quotes[0].Cue.Text != "is widely expected" {
			t.Errorf("with %d added cues: quotes %+v, want one with the cue \"is widely expected\"", i, d.Quotes)
		}
		extra = append(extra, "=zblurt"+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
}
