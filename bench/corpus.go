// Package bench compares the attribution sentence segmenter with other Go
// segmenters on the same texts. It is a separate module so that the
// library's go.mod stays free of the peers' dependencies.
//
// corpus.go loads the shared inputs: the PolNeAR article texts and the
// library's table of sentence cases. Each benchmark file (sentences_test.go
// now, others later) takes its texts from here.
package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// PolNeARPath is the PolNeAR dev file, relative to this directory.
var PolNeARPath = filepath.Join("..", "..", "shared", "data", "polnear", "dev.jsonl")

// CasesPath is the library's table of sentence cases, relative to this
// directory.
var CasesPath = filepath.Join("..", "testdata", "sentences.tsv")

// Articles returns the PolNeAR article texts: each document's paragraphs,
// in order of their first paragraph number, joined by a blank line. It
// returns an error when the file is absent.
func Articles(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	type para struct {
		n    int
		text string
	}
	docs := map[string][]para{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var r struct {
			DocID      string `json:"doc_id"`
			Paragraphs []int  `json:"paragraphs"`
			Text       string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, err
		}
		if len(r.Paragraphs) == 0 {
			continue
		}
		if _, ok := docs[r.DocID]; !ok {
			order = append(order, r.DocID)
		}
		docs[r.DocID] = append(docs[r.DocID], para{r.Paragraphs[0], r.Text})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	texts := make([]string, 0, len(order))
	for _, id := range order {
		ps := docs[id]
		slices.SortStableFunc(ps, func(a, b para) int { return a.n - b.n })
		parts := make([]string, len(ps))
		for i, p := range ps {
			parts[i] = p.text
		}
		texts = append(texts, strings.Join(parts, "\n\n"))
	}
	return texts, nil
}

// Case is one line of the sentence table: an input and its sentences.
type Case struct {
	Line   int
	Family string
	Text   string
	Want   []string
}

// Cases reads the sentence table (see the header of sentences.tsv).
func Cases(path string) ([]Case, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cases []Case
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want family, input and sentences", path, i+1)
		}
		c := Case{Line: i + 1, Family: fields[0], Text: unescape(fields[1])}
		for _, w := range fields[2:] {
			c.Want = append(c.Want, unescape(w))
		}
		cases = append(cases, c)
	}
	return cases, nil
}

func unescape(s string) string {
	r := strings.NewReplacer(`\\`, `\`, `\n`, "\n", `\r`, "\r", `\t`, "\t")
	return r.Replace(s)
}

// Collapse joins the fields of s with single spaces: sentences are compared
// with white space collapsed, as the evaluation does.
func Collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// Same reports whether got equals want with white space collapsed.
func Same(want, got []string) bool {
	if len(want) != len(got) {
		return false
	}
	for i := range want {
		if Collapse(want[i]) != Collapse(got[i]) {
			return false
		}
	}
	return true
}
