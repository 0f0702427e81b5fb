// Command quotes prints who said what in news dispatches: the quotations of
// each text (direct, mixed and indirect) with their speakers, cues and
// entities, as found by github.com/quotekit/attribution.
//
// Usage:
//
//	quotes [flags] [FILE...]
//	quotes -jsonl [flags] [FILE.jsonl...]
//	quotes -eval GOLD.jsonl [-eval-errors N] [-eval-json] [-eval-pred PRED.jsonl]
//
// With FILE arguments (or standard input when there are none, or for "-")
// each file is one document's plain UTF-8 text, and quotes prints one
// indented JSON Document per file (the contract is shared/spec/OUTPUT.md):
// paragraphs, sentences, quotes with content, parts, speaker, cue, entity
// and closed, and entities. Every offset is a UTF-8 byte offset into the
// file. -format text prints instead a view for people, the quotes grouped by
// speaker with counts; -format html prints a page with the quotes and
// speakers highlighted (one input file).
//
// With -jsonl the inputs are JSON Lines, one {"id": ..., "text": "..."}
// object per line (other fields are ignored), and the output is JSON Lines,
// one Document per input line, in input order, with "id" first, echoed
// exactly as given. A line that is not a JSON object or has no text string
// yields {"id": ..., "error": "..."} in its place, with a message naming
// the file and line on standard error, and the exit status is then 1; the
// other lines are processed. Blank lines are skipped. The input is streamed
// (memory stays bounded whatever its size; lines of any length up to
// -max-line bytes), parsed on -j workers, and written in input order.
//
// With -eval the input is annotated data (the format is described in the
// documentation of package internal/eval: PolNeAR's JSON Lines conversion,
// one paragraph or article per line with gold attributions). quotes parses
// each text and prints the figures of shared/spec/EVALUATION.md: direct
// exact P/R/F1, direct speaker accuracy, content, source and cue exact
// P/R/F1, speech recall and speech speaker accuracy, with content exact per
// kind as a development aid. -eval-errors N lists up to N examples of each
// kind of error (missed, false positive, wrong speaker) for each metric,
// gold and predicted spans side by side with their text. -eval-pred scores
// a saved quotes -jsonl output of the gold file (or another system's output
// in that form) instead of parsing.
//
// The annotation format, the figures and the error listings are described
// in EVAL.md beside this file.
//
// Flags:
//
//	-format json|text|html  output format for text files (json, text with -jsonl)
//	-jsonl                  JSON Lines in and out
//	-j N                    parallel workers (default: the number of CPUs)
//	-q                      no progress display on standard error
//	-max-line BYTES         longest JSON Lines line accepted (default 256 MiB)
//	-eval FILE              score against the gold annotations in FILE
//	-eval-json              print the figures as JSON
//	-eval-errors N          list up to N examples of each kind of error per metric
//	-eval-out FILE          write the examples to FILE instead of standard error
//	-eval-metrics LIST      list examples for these metrics only
//	-eval-pred FILE         score a saved -jsonl output instead of parsing
//	-cpuprofile FILE        write a CPU profile of the run (see bench/scripts/pgo)
//
// Memory: the collector runs against a budget of about 40 MB and 12 MB a
// worker (raised for a document over 1 MB) rather than a growth ratio;
// setting GOGC or GOMEMLIMIT in the environment restores the runtime's own
// policy.
//
// Exit status: 0 when every input was processed, 1 when an input could not
// be read or a line was bad (the others are still processed), 2 for bad
// flags. When standard output is closed early (quotes ... | head), quotes
// ends quietly.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"syscall"

	"github.com/quotekit/attribution"
	"github.com/quotekit/attribution/internal/eval"
)

func main() {
	// The collector runs against a memory budget (see gcBudget) unless
	// the environment sets GOGC or GOMEMLIMIT, which then win.
	budget := os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == ""
	os.Exit(runOpts(attribution.Parse, budget, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// defaultMaxLine is the default limit on the length of a JSON Lines line.
const defaultMaxLine = 256 << 20

// cmd is one run of the command: its flags, its streams and whether
// something failed.
type cmd struct {
	stdin  io.Reader
	out    *bufio.Writer
	stderr io.Writer
	parse  func(string) *attribution.Document

	format      string
	jsonl       bool
	workers     int
	quiet       bool
	noEntities  bool
	maxLine     int
	evalFile    string
	evalJSON    bool
	evalErrors  int
	evalOut     string
	evalMetrics string
	evalPred    string
	cpuProfile  string

	gc *gcBudget // nil: the collector as the environment set it

	mu     sync.Mutex
	failed bool // an input or a line could not be processed
	broken bool // standard output is closed: stop quietly
}

const usageText = `Usage:
  quotes [flags] [FILE...]                 one JSON document per text file (stdin if none)
  quotes -jsonl [flags] [FILE.jsonl...]    JSON Lines in ({"id", "text"}), JSON Lines out
  quotes -eval GOLD.jsonl [flags]          score against annotated data

Examples:
  quotes testdata/trend_ambassador_article.txt
  quotes -format text article.txt
  quotes -format html article.txt > article.html
  cat article.txt | quotes -format text
  quotes -jsonl -j 2 -q articles.jsonl > quotes.jsonl
  quotes -eval ../shared/data/polnear/dev.jsonl
  quotes -eval ../shared/data/polnear/dev.jsonl -eval-errors 20 -eval-metrics content,speech 2> errors.txt
  quotes -eval ../shared/data/polnear/dev.jsonl -eval-json > figures.json
  quotes -jsonl -q dev.jsonl > pred.jsonl && quotes -eval dev.jsonl -eval-pred pred.jsonl

Flags:
`

// run is the command, with its arguments (without the program name) and
// streams; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runWith(attribution.Parse, args, stdin, stdout, stderr)
}

// runWith is run with parse in place of attribution.Parse (tests give a
// parser that fails).
func runWith(parse func(string, ...attribution.Option) *attribution.Document, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runOpts(parse, false, args, stdin, stdout, stderr)
}

// runOpts is runWith that, with budget, runs the collector against a
// memory budget (gcBudget) once the flags are read.
func runOpts(parse func(string, ...attribution.Option) *attribution.Document, budget bool, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cmd{stdin: stdin, stderr: stderr, parse: func(s string) *attribution.Document { return parse(s) }}
	fs := flag.NewFlagSet("quotes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.format, "format", "json", "output `format`: json, text or html (e.g. -format text)")
	fs.BoolVar(&c.jsonl, "jsonl", false, `read JSON Lines {"id": ..., "text": ...} and write JSON Lines (e.g. -jsonl in.jsonl > out.jsonl)`)
	fs.IntVar(&c.workers, "j", runtime.NumCPU(), "number of parallel `workers` for -jsonl, -eval and several files (e.g. -j 2)")
	fs.BoolVar(&c.quiet, "q", false, "no progress display on standard error (e.g. -q)")
	fs.BoolVar(&c.noEntities, "no-entities", false, "skip the entity stage (attribution.WithoutEntities): quotes keep their speakers and cues but get no canonical entity; Parse runs about 2.3 times as fast (e.g. -jsonl -no-entities)")
	fs.IntVar(&c.maxLine, "max-line", defaultMaxLine, "longest JSON Lines line accepted, in `bytes`; longer lines give an error record (e.g. -max-line 1000000)")
	fs.StringVar(&c.evalFile, "eval", "", "score Parse against the gold annotations in `FILE` (JSON Lines; - for stdin) and print the figures (e.g. -eval dev.jsonl)")
	fs.BoolVar(&c.evalJSON, "eval-json", false, "with -eval, print the figures as JSON (e.g. -eval dev.jsonl -eval-json)")
	fs.IntVar(&c.evalErrors, "eval-errors", 0, "with -eval, list up to `N` examples of each kind of error per metric on standard error (e.g. -eval-errors 20)")
	fs.StringVar(&c.evalOut, "eval-out", "", "with -eval-errors, write the examples to `FILE` instead of standard error (e.g. -eval-out errors.txt)")
	fs.StringVar(&c.evalPred, "eval-pred", "", "with -eval, score the predictions in `FILE` (the quotes -jsonl output for the gold file, line by line, ids checked) instead of parsing (e.g. -eval-pred pred.jsonl)")
	fs.StringVar(&c.evalMetrics, "eval-metrics", "", "with -eval-errors, only these `metrics`, comma separated: "+strings.Join(eval.Metrics, ",")+" (e.g. -eval-metrics direct,direct-speaker)")
	fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `FILE`, in the form go build -pgo reads; bench/scripts/pgo makes default.pgo with it (e.g. -cpuprofile cpu.pgo)")
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "quotes: "+format+"\n", a...)
		fs.Usage()
		return 2
	}
	switch c.format {
	case "json", "text", "html":
	default:
		return usageErr("unknown -format %q (want json, text or html)", c.format)
	}
	if c.workers < 1 {
		return usageErr("-j must be at least 1")
	}
	if c.maxLine < 1 {
		return usageErr("-max-line must be at least 1")
	}
	if c.noEntities {
		// One Parser for the run (Parse with an option would build its
		// tables for each text), in place of parse: only tests give
		// another parse, and none with this flag.
		c.parse = attribution.NewParser(attribution.WithoutEntities()).Parse
	}
	if budget {
		c.gc = newGCBudget(c.workers)
	}
	files := fs.Args()
	switch {
	case c.evalFile != "" && (c.jsonl || len(files) > 0):
		return usageErr("-eval takes its file as its value and no other input")
	case c.evalFile == "" && (c.evalJSON || c.evalErrors > 0 || c.evalOut != "" || c.evalMetrics != "" || c.evalPred != ""):
		return usageErr("-eval-json, -eval-errors, -eval-out, -eval-metrics and -eval-pred go with -eval")
	case c.evalFile == "-" && c.evalPred == "-":
		return usageErr("-eval and -eval-pred cannot both read standard input")
	case c.jsonl && c.format == "html":
		return usageErr("-format html does not go with -jsonl")
	case c.format == "html" && c.noEntities:
		return usageErr("-format html groups the quotes by entity: it does not go with -no-entities")
	case c.format == "html" && len(files) > 1:
		return usageErr("-format html makes one page: give one file")
	}
	if c.evalErrors < 0 {
		return usageErr("-eval-errors must not be negative")
	}
	if c.evalMetrics != "" {
		for _, m := range strings.Split(c.evalMetrics, ",") {
			if !slices.Contains(eval.Metrics, strings.TrimSpace(m)) {
				return usageErr("unknown metric %q in -eval-metrics (want %s)", m, strings.Join(eval.Metrics, ","))
			}
		}
	}

	if c.cpuProfile != "" {
		stop, err := startCPUProfile(c.cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "quotes: %v\n", err)
			return 1
		}
		defer func() {
			if err := stop(); err != nil {
				fmt.Fprintf(stderr, "quotes: %v\n", err)
			}
		}()
	}
	c.out = bufio.NewWriterSize(stdout, 64<<10)
	switch {
	case c.evalFile != "":
		c.runEval(c.evalFile)
	case c.jsonl:
		c.runJSONL(files)
	default:
		c.runFiles(files)
	}
	if !c.broken {
		if err := c.out.Flush(); err != nil {
			c.writeFailed(err)
		}
	}
	if c.failed {
		return 1
	}
	return 0
}

// startCPUProfile starts a CPU profile of the run into path (-cpuprofile)
// and returns the function that ends it and closes the file.
func startCPUProfile(path string) (stop func() error, err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() error {
		pprof.StopCPUProfile()
		return f.Close()
	}, nil
}

// errorf reports a failure on stderr and marks the run as failed.
func (c *cmd) errorf(format string, a ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.failed = true
	fmt.Fprintf(c.stderr, "quotes: "+format+"\n", a...)
}

// writeFailed handles an error writing standard output: a closed pipe ends
// the run quietly, anything else is reported.
func (c *cmd) writeFailed(err error) {
	if errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed) {
		c.broken = true
		return
	}
	c.errorf("writing output: %v", err)
	c.broken = true
}

// fileOut is the rendered output for one input file.
type fileOut struct {
	out []byte
	msg string
}

// runFiles parses each named file (stdin for none or "-") as one document
// and prints it in the chosen format, in argument order.
func (c *cmd) runFiles(names []string) {
	if len(names) == 0 {
		names = []string{"-"}
	}
	produce := func(yield func(string, int64) bool) error {
		for _, n := range names {
			if !yield(n, 1) {
				return nil
			}
		}
		return nil
	}
	var stdinOnce sync.Once
	work := func(name string) fileOut {
		var b []byte
		var err error
		title := name
		if name == "-" {
			title = "stdin"
			err = errors.New("standard input given twice")
			stdinOnce.Do(func() { b, err = io.ReadAll(c.stdin) })
		} else {
			b, err = os.ReadFile(name)
		}
		if err != nil {
			return fileOut{msg: err.Error()}
		}
		text := string(b)
		d, err := c.safeParse(text)
		if err != nil {
			return fileOut{msg: title + ": " + err.Error()}
		}
		var buf bytes.Buffer
		switch c.format {
		case "text":
			if len(names) > 1 {
				fmt.Fprintf(&buf, "== %s\n", title)
			}
			writeText(&buf, text, d)
			if len(names) > 1 {
				buf.WriteByte('\n')
			}
		case "html":
			if err := writeHTML(&buf, title, text, d); err != nil {
				return fileOut{msg: err.Error()}
			}
		default:
			js, err := json.MarshalIndent(d, "", "  ")
			if err != nil {
				return fileOut{msg: err.Error()}
			}
			buf.Write(js)
			buf.WriteByte('\n')
		}
		return fileOut{out: buf.Bytes()}
	}
	err := ordered(c.workers, c.workers, produce, work, func(o fileOut) error {
		if o.msg != "" {
			c.errorf("%s", o.msg)
			return nil
		}
		_, err := c.out.Write(o.out)
		return err
	})
	if err != nil {
		c.writeFailed(err)
	}
}
