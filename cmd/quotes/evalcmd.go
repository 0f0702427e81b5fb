package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/quotekit/attribution"
	"github.com/quotekit/attribution/internal/eval"
)

// evalOut is what a worker makes of one gold record.
type evalOut struct {
	line   int
	counts eval.Counts
	probs  []eval.Problem
	msg    string
	size   int64
}

// problemKey names a list of examples: a metric and a kind of error.
type problemKey struct{ metric, what string }

// lineProblem is a problem with the line of its record.
type lineProblem struct {
	line int
	p    eval.Problem
}

// runEval scores Parse against the gold records of the named file and
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
	work := func(l line) evalOut {
		o := evalOut{line: l.num, size: int64(len(l.data))}
		if l.num == 0 {
			o.msg = l.err.Error()
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
		o.counts, o.probs = eval.Score(r, attribution.Parse(r.Text), collect)
		return o
	}
	err := ordered(c.workers, 4*c.workers, c.produceLines([]string{name}), work, func(o evalOut) error {
		prog.add(1, o.size)
		if o.msg != "" {
			c.errorf("%s", o.msg)
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
