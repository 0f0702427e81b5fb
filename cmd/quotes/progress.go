package main

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress reports the advance of a -jsonl batch: documents done, bytes
// read, throughput (MB/s) and elapsed time. It draws only when its writer is
// a terminal and quiet was not asked for; otherwise every method is a no-op.
// A progress is meant for use from one goroutine.
type progress struct {
	bar   *progressbar.ProgressBar // nil when silent
	total int64                    // expected bytes, or -1 when unknown
	docs  int                      // documents done
	bytes int64                    // bytes done
}

// newProgress returns a progress reporter writing to w (normally os.Stderr);
// it is silent when quiet is set or w is not a terminal. total is the input
// size in bytes when known, or -1.
func newProgress(w io.Writer, quiet bool, total int64) *progress {
	if quiet || !isTerminal(w) {
		return &progress{total: total}
	}
	return newProgressBar(w, total)
}

// isTerminal reports whether w is a file descriptor attached to a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgressBar returns a progress that draws on w whatever w is; tests use
// it to see the bar without a terminal.
func newProgressBar(w io.Writer, total int64) *progress {
	if total <= 0 {
		total = -1 // progressbar draws a spinner when the length is unknown
	}
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("0 docs"),
		progressbar.OptionShowBytes(true), // throughput in MB/s
		progressbar.OptionShowTotalBytes(true),
		progressbar.OptionShowCount(), // bytes done (of the total)
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionSetWidth(20),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(w) }),
	)
	return &progress{bar: bar, total: total}
}

// add records n more documents, of size bytes in all.
func (p *progress) add(n int, bytes int64) {
	p.docs += n
	p.bytes += bytes
	if p.bar == nil {
		return
	}
	p.bar.Describe(fmt.Sprintf("%d docs", p.docs))
	done := p.bytes
	if p.total > 0 && done >= p.total {
		// The byte count given may run past the announced total (line
		// breaks, a size read before the file grew); the bar completes
		// only in finish.
		done = p.total - 1
	}
	_ = p.bar.Set64(done) // errors only report a full bar; drawing goes on
}

// finish ends the display: the bar is completed with the final document
// count and the line is ended.
func (p *progress) finish() {
	if p.bar == nil {
		return
	}
	p.bar.Describe(fmt.Sprintf("%d docs", p.docs))
	if p.total > 0 && p.bytes > 0 && p.bytes != p.total {
		// The total was an estimate: end on the bytes really read.
		p.bar.ChangeMax64(p.bytes)
	}
	_ = p.bar.Finish()
	p.bar = nil
}
