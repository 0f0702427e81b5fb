package attribution

import (
	"bufio"
	"encoding/json"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// provenanceRun is the length, in words, of a run shared with PolNeAR's
// text that TestNoPolNeARText reports. Eight words of news prose in the same
// order are, with rare exceptions, a copy; shorter runs catch phrases any
// reporter writes ("said in a statement on").
const provenanceRun = 8

// TestNoPolNeARText checks that no line of the project (Go files, the
// fixtures' texts, the case tables, the docs) shares a run of
// provenanceRun words with a PolNeAR paragraph. PolNeAR is for measuring
// only: a rule whose test or comment quotes it was written for that
// paragraph, and the library is scored on text it has not seen. Rewrite a
// reported line in your own words (invented names, the same grammatical
// shape). It reads ../shared/data/polnear/dev.jsonl and skips when the file
// is absent or under -short.
func TestNoPolNeARText(t *testing.T) {
	if testing.Short() {
		t.Skip("reads all of PolNeAR: not under -short")
	}
	f, err := os.Open(filepath.Join("..", "shared", "data", "polnear", "dev.jsonl"))
	if err != nil {
		t.Skipf("PolNeAR not found: %v", err)
	}
	defer f.Close()
	runs := make(map[uint64]struct{}, 1<<21)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("dev.jsonl: %v", err)
		}
		eachRun(provenanceWords(rec.Text), func(h uint64, _ []string) { runs[h] = struct{}{} })
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("dev.jsonl: %v", err)
	}
	var files []string
	for _, pat := range []string{"*.go", "*/*.go", "*/*/*.go", "*.md", "*/*.md", "testdata/*.txt", "testdata/*.tsv"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no files to check")
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			reported := false
			eachRun(provenanceWords(line), func(h uint64, run []string) {
				if _, ok := runs[h]; ok && !reported {
					reported = true
					t.Errorf("%s:%d shares %q with PolNeAR: rewrite it in your own words", name, i+1, strings.Join(run, " "))
				}
			})
		}
	}
}

// provenanceWords returns the words of s, lower-cased: runs of letters,
// digits and underscores, as Python's \w+ reads them.
func provenanceWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
}

// eachRun calls fn with a hash of each run of provenanceRun words of
// words, and the run.
func eachRun(words []string, fn func(h uint64, run []string)) {
	for i := 0; i+provenanceRun <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+provenanceRun] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		fn(h.Sum64(), words[i:i+provenanceRun])
	}
}
