package main

import "io"

// progress reports the advance of a -jsonl batch: documents done, bytes
// read, throughput and elapsed time. It draws only when w is a terminal.
// STUB: owned by the HTML/progress work.
type progress struct{}

// newProgress returns a progress reporter writing to w (normally os.Stderr);
// it is silent when quiet is set or w is not a terminal. total is the input
// size in bytes when known, or -1.
func newProgress(w io.Writer, quiet bool, total int64) *progress { return &progress{} }

// add records n more documents, of size bytes in all.
func (p *progress) add(n int, bytes int64) {}

// finish ends the display.
func (p *progress) finish() {}
