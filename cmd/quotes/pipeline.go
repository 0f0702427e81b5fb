package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"
)

// inFlightBytes bounds the input bytes held by an ordered pipeline at once
// (lines read but not yet written out), whatever the number of workers; a
// single line larger than this is still processed, alone.
const inFlightBytes = 32 << 20

// task is one item of an ordered pipeline.
type task[T, R any] struct {
	in   T
	size int64
	out  R
	done chan struct{}
}

// ordered runs work on the items that produce yields, on workers
// goroutines, and hands the results to consume in the order of the items.
// At most window items, and about inFlightBytes bytes of them (size is each
// item's weight), are in flight at once, so memory stays bounded however
// long the input. When consume fails, production stops and ordered returns
// that error; otherwise it returns produce's error. consume runs on the
// calling goroutine.
func ordered[T, R any](workers, window int, produce func(yield func(in T, size int64) bool) error,
	work func(T) R, consume func(R) error) error {
	workers = max(workers, 1)
	window = max(window, workers)
	jobs := make(chan *task[T, R], window)
	queue := make(chan *task[T, R], window)
	stop := make(chan struct{})

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var held int64
	stopped := false

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range jobs {
				t.out = work(t.in)
				close(t.done)
			}
		}()
	}

	var perr error
	go func() {
		defer close(queue)
		defer close(jobs)
		perr = produce(func(in T, size int64) bool {
			mu.Lock()
			for held > 0 && held+size > inFlightBytes && !stopped {
				cond.Wait()
			}
			if stopped {
				mu.Unlock()
				return false
			}
			held += size
			mu.Unlock()
			t := &task[T, R]{in: in, size: size, done: make(chan struct{})}
			select {
			case queue <- t:
			case <-stop:
				return false
			}
			select {
			case jobs <- t:
			case <-stop:
				return false
			}
			return true
		})
	}()

	var cerr error
	for t := range queue {
		if cerr == nil {
			select {
			case <-t.done:
				cerr = consume(t.out)
			case <-stop:
			}
			if cerr != nil {
				mu.Lock()
				stopped = true
				close(stop)
				cond.Broadcast()
				mu.Unlock()
			}
		}
		mu.Lock()
		held -= t.size
		cond.Broadcast()
		mu.Unlock()
	}
	wg.Wait()
	if cerr != nil {
		return cerr
	}
	return perr
}

// lineReader reads the lines of a JSON Lines input one at a time, with a
// bounded buffer: a line of any length up to max bytes is returned whole,
// and a longer one is skipped without being held in memory.
type lineReader struct {
	r    *bufio.Reader
	max  int
	line int // number of the line last returned, from 1
	// slab holds the lines read in one piece, one after the other: one
	// allocation for many short lines instead of one each. A line keeps
	// its slab alive until it is done with.
	slab []byte
}

// slabSize is the size of a slab of lines.
const slabSize = 256 << 10

// errLineTooLong is returned (wrapped) for a line longer than the limit.
var errLineTooLong = errors.New("line too long")

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), max: max}
}

// next returns the next line, without its line ending (\n or \r\n), in a
// new slice. At the end of the input it returns io.EOF. For a line longer
// than the limit it consumes the line and returns an error wrapping
// errLineTooLong; the following line can still be read.
func (lr *lineReader) next() ([]byte, error) {
	var buf []byte
	n := 0
	for {
		chunk, err := lr.r.ReadSlice('\n')
		n += len(chunk)
		switch {
		case n > lr.max+2: // +2: the line ending
			buf = nil
		case buf == nil && err != bufio.ErrBufferFull && len(chunk) <= slabSize/4:
			// A whole short line: copied into the slab.
			if cap(lr.slab)-len(lr.slab) < len(chunk) {
				lr.slab = make([]byte, 0, slabSize)
			}
			at := len(lr.slab)
			lr.slab = append(lr.slab, chunk...)
			buf = lr.slab[at:len(lr.slab):len(lr.slab)]
		default:
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			if n == 0 {
				return nil, io.EOF
			}
			break
		}
		if err != nil {
			return nil, err
		}
		break
	}
	lr.line++
	if lr.line == 1 {
		buf = bytes.TrimPrefix(buf, []byte("\uFEFF"))
	}
	buf = bytes.TrimSuffix(buf, []byte("\n"))
	buf = bytes.TrimSuffix(buf, []byte("\r"))
	if len(buf) > lr.max || n > lr.max+2 {
		return nil, fmt.Errorf("%w: more than %d bytes", errLineTooLong, lr.max)
	}
	return buf, nil
}
