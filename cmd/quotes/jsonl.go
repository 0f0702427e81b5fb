package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/quotekit/attribution"
)

// line is one input line of a JSON Lines batch.
type line struct {
	name string // file name, for messages
	num  int    // line number, from 1
	data []byte
	err  error // a read error for this line (too long)
}

// lineOut is what a worker makes of a line: the output line and, for a bad
// line, the message for stderr.
type lineOut struct {
	out  []byte
	msg  string
	size int64
}

// inputs opens the named files in turn (stdin for none or "-") and calls
// each with a reader for it, or with the error that kept it from opening.
// each's error stops the walk.
func (c *cmd) inputs(names []string, each func(name string, r io.Reader, err error) error) error {
	if len(names) == 0 {
		names = []string{"-"}
	}
	for _, name := range names {
		if name == "-" {
			if err := each("<stdin>", c.stdin, nil); err != nil {
				return err
			}
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			if err := each(name, nil, err); err != nil {
				return err
			}
			continue
		}
		err = each(name, f, nil)
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// totalSize is the sum of the sizes of the named regular files, or -1 when
// one of them is stdin or cannot be sized.
func totalSize(names []string) int64 {
	if len(names) == 0 {
		return -1
	}
	var n int64
	for _, name := range names {
		if name == "-" {
			return -1
		}
		fi, err := os.Stat(name)
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		n += fi.Size()
	}
	return n
}

// produceLines feeds the lines of the named inputs to yield. Blank lines are
// skipped. A file that cannot be opened or read is fed as a line numbered 0
// with the error (num 0: it has no output line, only a message), so that
// messages come out in input order.
func (c *cmd) produceLines(names []string) func(yield func(line, int64) bool) error {
	return func(yield func(line, int64) bool) error {
		var stopped = errors.New("stopped")
		err := c.inputs(names, func(name string, r io.Reader, err error) error {
			if err != nil {
				if !yield(line{name: name, err: err}, 0) {
					return stopped
				}
				return nil
			}
			lr := newLineReader(r, c.maxLine)
			for {
				b, err := lr.next()
				if err == io.EOF {
					return nil
				}
				if err != nil && !errors.Is(err, errLineTooLong) {
					if !yield(line{name: name, err: fmt.Errorf("%s: reading line %d: %w", name, lr.line+1, err)}, 0) {
						return stopped
					}
					return nil
				}
				if err == nil && len(bytes.TrimSpace(b)) == 0 {
					continue
				}
				if !yield(line{name: name, num: lr.line, data: b, err: err}, int64(len(b))) {
					return stopped
				}
			}
		})
		if err == stopped {
			return nil
		}
		return err
	}
}

// batchLen and batchBytes bound a batch of lines handed to one worker.
// Lines of news are small (a paragraph parses in tens of microseconds), so
// one task per line spends more on hand-offs between goroutines than on
// work, and two cores do no better than one.
const (
	batchLen   = 64
	batchBytes = 256 << 10
)

// batchLines groups the lines of produce into batches, in order.
func batchLines(produce func(yield func(line, int64) bool) error) func(yield func([]line, int64) bool) error {
	return func(yield func([]line, int64) bool) error {
		var batch []line
		var size int64
		ok := true
		err := produce(func(l line, n int64) bool {
			batch = append(batch, l)
			size += n
			if len(batch) >= batchLen || size >= batchBytes {
				ok = yield(batch, size)
				batch, size = nil, 0
			}
			return ok
		})
		if ok && len(batch) > 0 {
			yield(batch, size)
		}
		return err
	}
}

// runJSONL processes JSON Lines inputs: one output line per input line, in
// order.
func (c *cmd) runJSONL(names []string) {
	prog := newProgress(c.stderr, c.quiet, totalSize(names))
	defer prog.finish()
	work := func(b []line) []lineOut {
		outs := make([]lineOut, len(b))
		for i, l := range b {
			outs[i] = c.jsonlLine(l)
		}
		return outs
	}
	err := ordered(c.workers, 4*c.workers, batchLines(c.produceLines(names)), work, func(outs []lineOut) error {
		for _, o := range outs {
			if o.msg != "" {
				c.errorf("%s", o.msg)
			}
			prog.add(1, o.size)
			if _, err := c.out.Write(o.out); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		c.writeFailed(err)
	}
}

// safeParse is c.parse (attribution.Parse), with a panic (a bug in the
// library) turned into an error so that one record cannot end a whole batch.
func (c *cmd) safeParse(text string) (d *attribution.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("internal error: Parse panicked: %v", r)
		}
	}()
	c.gc.reserve(len(text))
	return c.parse(text), nil
}

// jsonlRecord is the part of an input line that quotes reads.
type jsonlRecord struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
}

// jsonlLine parses one input line and returns its output line.
func (c *cmd) jsonlLine(l line) lineOut {
	o := lineOut{size: int64(len(l.data))}
	var rec jsonlRecord
	bad := func(msg string) lineOut {
		id := rec.ID
		if len(id) == 0 {
			id = json.RawMessage("null")
		}
		o.msg = fmt.Sprintf("%s: line %d: %s", l.name, l.num, msg)
		if c.format == "text" {
			o.out = fmt.Appendf(nil, "== %s\nerror: %s\n\n", id, msg)
			return o
		}
		e, _ := json.Marshal(msg)
		o.out = append(append(append(append([]byte(`{"id":`), id...), `,"error":`...), e...), "}\n"...)
		return o
	}
	if l.num == 0 { // a file that could not be opened or read
		o.msg = l.err.Error()
		return o
	}
	if l.err != nil {
		return bad(l.err.Error())
	}
	if t := bytes.TrimSpace(l.data); len(t) > 0 && t[0] != '{' && json.Valid(t) {
		return bad("not a JSON object")
	}
	if id, text, ok := decodeRecord(l.data); ok {
		rec.ID, rec.Text = id, text
	} else if err := json.Unmarshal(l.data, &rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "text" {
			return bad(`"text" is not a string`)
		}
		if errors.As(err, &te) {
			return bad(err.Error())
		}
		rec.ID = nil
		return bad("invalid JSON: " + err.Error())
	}
	if rec.Text == nil {
		return bad(`no "text" field`)
	}
	d, err := c.safeParse(*rec.Text)
	if err != nil {
		return bad(err.Error())
	}
	id := rec.ID
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	if c.format == "text" {
		var b bytes.Buffer
		fmt.Fprintf(&b, "== %s\n", id)
		writeText(&b, *rec.Text, d)
		b.WriteByte('\n')
		o.out = b.Bytes()
		return o
	}
	// d.MarshalJSON writes the same bytes as json.Marshal(d) without
	// encoding/json's second pass over them.
	js, err := d.MarshalJSON()
	if err != nil { // cannot happen: a Document always encodes
		return bad(err.Error())
	}
	out := make([]byte, 0, len(js)+len(id)+8)
	out = append(out, `{"id":`...)
	out = append(out, id...)
	if len(js) > 2 {
		out = append(out, ',')
	}
	out = append(out, js[1:]...)
	o.out = append(out, '\n')
	return o
}
