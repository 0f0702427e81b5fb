package attribution

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

var hunt = flag.Bool("hunt", false, "run TestLinearHunt over the PolNeAR paragraphs and articles and units of fragments (about 20 minutes)")

// TestLinearHunt looks for texts on which Parse takes time that grows
// faster than their length. It is a search, not a check, run by hand:
//
//	go test -run TestLinearHunt -hunt -v -timeout 1h .
//
// Each PolNeAR dev paragraph is repeated into 32 KiB and 256 KiB of text in
// four ways: as one paragraph ("para"), as one sentence with its sentence
// ends made commas ("sent"), as lines ("line") and with no punctuation at
// all ("bare"). Every unit of three huntFragments is repeated the same way
// ("fragments"). Each article (a doc_id's paragraphs joined by blank lines)
// is repeated into 128 KiB and 1 MiB, as paragraphs ("doc") and flattened
// into one paragraph ("flat"). A text whose time per byte at the larger
// size is well above that at the smaller, measured twice, is logged as a
// hit; profile it (TestParseLinearParagraph and FuzzQuadratic hold the
// cases found so far). A small text is parsed faster per byte (its arrays
// stay in cache and in the pool), so ratios of 3 or so on the articles are
// usually that, not a rescan: a rescan gives 5 to 20. Profile a hit at 1
// and 4 MiB before believing it. At 2ee11a1 the hunt took 20 minutes (with
// a fuzzer on the other core) and logged no paragraph and no unit of
// fragments, and three articles at 2.9–4.6×; the worst is linear from 1 MiB
// to 4 MiB (3.5× the time).
func TestLinearHunt(t *testing.T) {
	if !*hunt {
		t.Skip("run with -hunt")
	}
	f, err := os.Open("../shared/data/polnear/dev.jsonl")
	if err != nil {
		t.Skip("PolNeAR dev data absent:", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	seen := map[string]bool{}
	var docIDs []string
	docs := map[string]*strings.Builder{}
	for line := 1; sc.Scan(); line++ {
		var r polnearRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		d := docs[r.DocID]
		if d == nil {
			d = &strings.Builder{}
			docs[r.DocID] = d
			docIDs = append(docIDs, r.DocID)
		} else {
			d.WriteString("\n\n")
		}
		d.WriteString(r.Text)
		if len(r.Text) < 40 || seen[r.Text] {
			continue
		}
		seen[r.Text] = true
		p := strings.ReplaceAll(r.Text, "\n", " ")
		for _, v := range []struct{ name, unit, sep string }{
			{"para", p, " "},
			{"sent", strings.NewReplacer(". ", ", ", "? ", ", ", "! ", ", ", ".\u201d", ",\u201d", ".\"", ",\"").Replace(strings.TrimRight(p, ".")), " "},
			{"line", p, "\n"},
			{"bare", strings.NewReplacer(".", "", ",", "", "!", "", "?", "", ";", "", ":", "").Replace(p), " "},
		} {
			huntOne(t, "line "+strconv.Itoa(line)+" "+v.name, v.unit, v.sep, 32<<10, 256<<10, 2.5, 30*time.Millisecond)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	// Units of three fragments of attributions, marks and breaks, in
	// every order: shapes the paragraphs may not hold.
	for _, a := range huntFragments {
		for _, b := range huntFragments {
			for _, c := range huntFragments {
				u := a + " " + b + " " + c + " "
				huntOne(t, "fragments", u, "", 32<<10, 256<<10, 3, 40*time.Millisecond)
			}
		}
	}
	for _, id := range docIDs {
		text := docs[id].String()
		if len(text) < 200 {
			continue
		}
		huntOne(t, id+" doc", text, "\n\n", 128<<10, 1<<20, 2.5, 60*time.Millisecond)
		huntOne(t, id+" flat", strings.ReplaceAll(text, "\n\n", " "), " ", 128<<10, 1<<20, 2.5, 60*time.Millisecond)
	}
}

// huntFragments are TestLinearHunt's pieces of text for units of three.
var huntFragments = []string{
	"Roe said", "said Roe", "he said", "according to Roe", "Roe, a senator,", "Mr. Roe",
	"\u201cWe will win", "\u201d", "\u201cYes.\u201d", ", ", ". ", ": ", "; ", " \u2014 ", "\n", "\n\n",
	"that", "and", "the plan", "Sen. Dana Roe", "She", "The ministry said", "(", ")", "\"", "'",
	"Q:", "ROE:", "told reporters", "citing", "adding that", "Says", "in an interview on Monday",
	"who said", "calls for", "1.", "U.S.", "?", "!", "\u2018", "\u2019", "\u00ab", "\u00bb",
}

// huntOne parses unit repeated (joined by sep) to small and to big bytes
// and logs a hit when the time per byte at big is over ratio times that at
// small and the big text takes over floor, twice.
func huntOne(t *testing.T, name, unit, sep string, small, big int, ratio float64, floor time.Duration) {
	join := func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			if b.Len() > 0 {
				b.WriteString(sep)
			}
			b.WriteString(unit)
		}
		return b.String()
	}
	s, l := join(small), join(big)
	for try := 0; try < 2; try++ {
		// Once each first, which clears almost every text; a possible
		// hit is measured again, the best of two.
		ts, tl := parseCPU(s, 1+try), parseCPU(l, 1+try)
		r := (float64(tl) / float64(len(l))) / (float64(ts) / float64(len(s)))
		if r <= ratio || tl <= floor {
			return
		}
		if try == 1 {
			t.Logf("HIT %s: %.1f× per byte (%v for %d B, %v for %d B): %q", name, r, ts, len(s), tl, len(l), unit[:min(len(unit), 200)])
		}
	}
}
