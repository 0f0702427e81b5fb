// Command sentences prints the sentences the attribution segmenter finds.
//
//	sentences < file.txt          one sentence a line
//	sentences -check cases.jsonl  lines {"text": ..., "want": [...]}; reports mismatches
//
// With -check, sentences are compared with white space collapsed, as the
// evaluation does.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/quotekit/attribution"
)

func main() {
	check := flag.String("check", "", "JSON Lines file of {text, want} cases to check")
	flag.Parse()
	if *check != "" {
		os.Exit(runCheck(*check))
	}
	b, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	text := string(b)
	for _, s := range attribution.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func runCheck(path string) int {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	pass, total := 0, 0
	for sc.Scan() {
		var c struct {
			Text string   `json:"text"`
			Want []string `json:"want"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		total++
		var got []string
		for _, s := range attribution.Sentences(c.Text) {
			got = append(got, collapse(c.Text[s.Start:s.End]))
		}
		want := make([]string, len(c.Want))
		for i, w := range c.Want {
			want[i] = collapse(w)
		}
		if strings.Join(got, "\x00") == strings.Join(want, "\x00") {
			pass++
			continue
		}
		fmt.Printf("FAIL %q\n  want %q\n  got  %q\n", c.Text, want, got)
	}
	fmt.Printf("%d passed, %d failed\n", pass, total-pass)
	return 0
}
