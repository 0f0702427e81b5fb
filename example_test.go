package attribution_test

import (
	"fmt"

	"github.com/quotekit/attribution"
)

func ExampleParse() {
	text := `LONDON, Nov 26 (AFP) - Britain will open talks on the treaty next week, Foreign Secretary Jane Ruiz said on Tuesday.

"We are ready to sign," she told reporters. "But not at any price."

Ruiz noted that the deadline was "not set in stone."`

	d := attribution.Parse(text)
	fmt.Println("dateline:", d.Dateline.Text)
	for _, q := range d.Quotes {
		fmt.Printf("%s %q\n  speaker %q, cue %q, entity %q\n", q.Kind, q.Text, q.Speaker.Text, q.Cue.Text, q.Entity)
	}
	// Output:
	// dateline: LONDON, Nov 26 (AFP) -
	// indirect "Britain will open talks on the treaty next week"
	//   speaker "Foreign Secretary Jane Ruiz", cue "said", entity "Jane Ruiz"
	// direct "We are ready to sign,\" she told reporters. \"But not at any price."
	//   speaker "she", cue "told", entity "Jane Ruiz"
	// mixed "that the deadline was \"not set in stone.\""
	//   speaker "Ruiz", cue "noted", entity "Jane Ruiz"
}

func ExampleParse_parts() {
	text := `“The budget is balanced,” Harris said. “We did it together.”`
	q := attribution.Parse(text).Quotes[0]
	for _, p := range q.Parts {
		fmt.Printf("[%d:%d] %s\n", p.Start, p.End, p.Text)
	}
	// Output:
	// [3:26] The budget is balanced,
	// [46:65] We did it together.
}

func ExampleSentences() {
	text := "WASHINGTON (Reuters) - Sen. Ann Cole met U.S. officials on Jan. 3. “Why now?” she asked. Talks ended at 5 p.m. on Friday."
	for _, s := range attribution.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Sen. Ann Cole met U.S. officials on Jan. 3.
	// “Why now?” she asked.
	// Talks ended at 5 p.m. on Friday.
}

func ExampleNewParser() {
	p := attribution.NewParser(attribution.WithCues("opine"))
	d := p.Parse("The council, Mayor Ortiz opined, had waited too long.")
	for _, q := range d.Quotes {
		fmt.Printf("%q by %q (%s)\n", q.Text, q.Speaker.Text, q.Cue.Text)
	}
	// Output:
	// "The council, Mayor Ortiz opined, had waited too long" by "Mayor Ortiz" (opined)
}
