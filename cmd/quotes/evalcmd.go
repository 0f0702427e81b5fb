package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/quotekit/attribution"
	"github.com/quotekit/attribution/internal/eval"
)

// evalIn is one gold line and, with -eval-pred, its prediction line.
type evalIn struct {
	gold     line
	pred     []byte // nil: parse the gold text
	predName string
	predNum  int
}

// evalOut is what a worker makes of one gold record.
type evalOut struct {
	line   int
	counts eval.Counts
	probs  []eval.Problem
	msg    string
	fatal  bool // the prediction file does not line up: stop
	size   int64
}

// errEvalStopped ends an evaluation whose prediction file does not line up
// with the gold file (the message is already written).
var errEvalStopped = errors.New("evaluation stopped")

// produceEval feeds the gold lines, each with its prediction line when
// -eval-pred is set. Blank lines are skipped in both files, as quotes
// -jsonl skips them, so the n-th record of one is the n-th of the other.
func (c *cmd) produceEval(gold string) func(yield func(evalIn, int64) bool) error {
	lines := c.produceLines([]string{gold})
	if c.evalPred == "" {
		return func(yield func(evalIn, int64) bool) error {
			return lines(func(l line, size int64) bool { return yield(evalIn{gold: l}, size) })
		}
	}
	return func(yield func(evalIn, int64) bool) error {
		var r io.Reader = c.stdin
		name := c.evalPred
		if name == "-" {
			name = "<stdin>"
		} else {
			f, err := os.Open(c.evalPred)
			if err != nil {
				yield(evalIn{gold: line{name: name, err: err}}, 0)
				return nil
			}
			defer f.Close()
			r = f
		}
		lr := newLineReader(r, c.maxLine)
		return lines(func(l line, size int64) bool {
			in := evalIn{gold: l, predName: name}
			if l.num > 0 {
				for {
					b, err := lr.next()
					if err == nil && len(bytes.TrimSpace(b)) == 0 {
						continue
					}
					in.predNum = lr.line
					if err == io.EOF {
						err = fmt.Errorf("%s ends before the prediction for %s line %d", name, l.name, l.num)
					}
					if err != nil {
						in.gold.err, in.gold.num = err, 0
					}
					in.pred = b
					break
				}
			}
			return yield(in, size+int64(len(in.pred)))
		})
	}
}

// problemKey names a list of examples: a metric and a kind of error.
type problemKey struct{ metric, what string }

// lineProblem is a problem with the line of its record.
type lineProblem struct {
	line int
	p    eval.Problem
}

// runEval scores Parse (or, with -eval-pred, the predictions of a quotes
// -jsonl output file) against the gold records of the named file and
// prints the figures; with -eval-errors N it lists up to N problems of each
// metric and kind.
func (c *cmd) runEval(name string) {
	prog := newProgress(c.stderr, c.quiet, totalSize([]string{name}))
	var total eval.Counts
	skipped := 0
	examples := map[problemKey][]lineProblem{}
	seen := map[problemKey]int{}
	collect := c.evalErrors > 0
	var only map[string]bool
	if c.evalMetrics != "" {
		only = map[string]bool{}
		for _, m := range strings.Split(c.evalMetrics, ",") {
			only[strings.TrimSpace(m)] = true
		}
	}
	work := func(in evalIn) evalOut {
		l := in.gold
		o := evalOut{line: l.num, size: int64(len(l.data))}
		if l.num == 0 {
			o.msg = l.err.Error()
			o.fatal = in.predName != ""
			return o
		}
		if l.err != nil {
			o.msg = fmt.Sprintf("%s: line %d: %v", l.name, l.num, l.err)
			return o
		}
		r, err := eval.Decode(l.data)
		if err != nil {
			o.msg = fmt.Sprintf("%s: line %d: %v", l.name, l.num, err)
			return o
		}
		var d *attribution.Document
		if in.pred == nil {
			if d, err = c.safeParse(r.Text); err != nil {
				o.msg = fmt.Sprintf("%s: line %d: %v", l.name, l.num, err)
				return o
			}
		} else {
			var p struct {
				ID    json.RawMessage `json:"id"`
				Error *string         `json:"error"`
			}
			d = new(attribution.Document)
			err := json.Unmarshal(in.pred, &p)
			if err == nil {
				err = json.Unmarshal(in.pred, d)
			}
			switch {
			case err != nil:
				o.msg = fmt.Sprintf("%s: line %d: %v", in.predName, in.predNum, err)
				return o
			case !sameJSON(p.ID, r.ID):
				o.msg = fmt.Sprintf("%s: line %d: id %s does not match %s line %d id %s", in.predName, in.predNum, p.ID, l.name, l.num, r.ID)
				o.fatal = true
				return o
			case p.Error != nil:
				o.msg = fmt.Sprintf("%s: line %d: error record: %s", in.predName, in.predNum, *p.Error)
				return o
			}
		}
		o.counts, o.probs = eval.Score(r, d, collect)
		return o
	}
	err := ordered(c.workers, 4*c.workers, c.produceEval(name), work, func(o evalOut) error {
		prog.add(1, o.size)
		if o.msg != "" {
			c.errorf("%s", o.msg)
			if o.fatal {
				return errEvalStopped
			}
			skipped++
			return nil
		}
		total.Add(o.counts)
		for _, p := range o.probs {
			if only != nil && !only[p.Metric] {
				continue
			}
			k := problemKey{p.Metric, p.What}
			seen[k]++
			if len(examples[k]) < c.evalErrors {
				examples[k] = append(examples[k], lineProblem{o.line, p})
			}
		}
		return nil
	})
	prog.finish()
	if errors.Is(err, errEvalStopped) {
		return
	}
	if err != nil {
		c.writeFailed(err)
		return
	}
	if c.evalJSON {
		s := struct {
			File    string `json:"file"`
			Skipped int    `json:"skipped"`
			eval.Summary
		}{name, skipped, total.Summary()}
		b, _ := json.MarshalIndent(s, "", "  ")
		_, err = c.out.Write(append(b, '\n'))
	} else {
		fmt.Fprintf(c.out, "%s\n", name)
		if skipped > 0 {
			fmt.Fprintf(c.out, "skipped: %d bad lines\n", skipped)
		}
		err = eval.WriteTable(c.out, total)
	}
	if err != nil {
		c.writeFailed(err)
		return
	}
	if collect {
		c.writeExamples(examples, seen)
	}
}

// sameJSON reports whether two JSON values are written alike once
// compacted (ids: "a" and 1.0 differ from a and 1).
func sameJSON(a, b json.RawMessage) bool {
	var x, y bytes.Buffer
	if json.Compact(&x, a) != nil || json.Compact(&y, b) != nil {
		return bytes.Equal(a, b)
	}
	return bytes.Equal(x.Bytes(), y.Bytes())
}

// writeExamples writes the collected problems to -eval-out or stderr,
// grouped by metric and kind of error.
func (c *cmd) writeExamples(examples map[problemKey][]lineProblem, seen map[problemKey]int) {
	w := c.stderr
	if c.evalOut != "" {
		f, err := os.Create(c.evalOut)
		if err != nil {
			c.errorf("%v", err)
			return
		}
		defer func() {
			if err := f.Close(); err != nil {
				c.errorf("%v", err)
			}
		}()
		w = f
	}
	bw := bufio.NewWriter(w)
	for _, m := range eval.Metrics {
		for _, what := range []string{eval.Miss, eval.False, eval.WrongSpeaker} {
			k := problemKey{m, what}
			list := examples[k]
			if len(list) == 0 {
				continue
			}
			fmt.Fprintf(bw, "\n##### %s, %s: %d of %d\n\n", m, what, len(list), seen[k])
			for _, lp := range list {
				eval.WriteProblem(bw, lp.line, lp.p)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		c.errorf("writing examples: %v", err)
	}
}
