package attribution

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// This file checks the quotation scanner's skip of the bytes that belong
// to no mark (markFrom, markBytes8) against a scan byte by byte.

// mayBeMark reports whether byte c may belong to a quotation mark, as
// markFrom reads it: a straight mark, '#' or '&', or a byte above ASCII.
func mayBeMark(c byte) bool {
	return c == '"' || c == '\'' || c == '#' || c == '&' || c >= utf8.RuneSelf
}

// markFromRef is markFrom byte by byte: the first byte of text[i:pe] that
// may belong to a mark, or pe.
func markFromRef(text string, i, pe int) int {
	for i < pe && !mayBeMark(text[i]) {
		i++
	}
	return i
}

func TestMarkBytes8(t *testing.T) {
	// Every byte value in every position, among bytes that are no mark.
	for c := range 256 {
		for k := range 8 {
			b := []byte("abc d.ef")
			b[k] = byte(c)
			x := load64(string(b))
			var want uint64
			for j := range 8 {
				if mayBeMark(b[j]) {
					want |= 0x80 << (8 * j)
				}
			}
			if got := markBytes8(x); got != want {
				t.Fatalf("markBytes8(%q) = %#x, want %#x", b, got, want)
			}
		}
	}
}

func TestMarkFrom(t *testing.T) {
	// Random texts of a few lengths, mostly ASCII letters and spaces,
	// with a few bytes that may belong to a mark, for every start and
	// for paragraph ends before the text's end and at it.
	r := rand.New(rand.NewPCG(5, 12))
	some := []string{"\"", "'", "#", "&", "\u201C", "\u2019", "é", "\u2014", "\xff"}
	for range 2000 {
		n := r.IntN(140)
		b := make([]byte, 0, n+4)
		for len(b) < n {
			switch k := r.IntN(100); {
			case k < 3:
				b = append(b, some[r.IntN(len(some))]...)
			case k < 20:
				b = append(b, ' ')
			default:
				b = append(b, byte('a'+r.IntN(26)))
			}
		}
		text := string(b)
		for pe := max(0, len(text)-40); pe <= len(text); pe++ {
			for i := 0; i <= pe; i++ {
				want := markFromRef(text, i, pe)
				got := markFrom(text, i, pe)
				if got != want && (want < pe || got < pe) {
					t.Fatalf("markFrom(%q, %d, %d) = %d, want %d", text, i, pe, got, want)
				}
			}
		}
	}
}

// BenchmarkQuoteScan times the quotation scanner alone (scanParagraph,
// flush and topLevel) on the benchmark texts, segmented once.
func BenchmarkQuoteScan(b *testing.B) {
	texts, total := parseBenchTexts(b)
	docs := stageDocs(texts, 1)
	sc := new(scratch)
	loopTexts(b, texts, total, func(i int, text string) {
		s := quoteScanner{text: text, stack: sc.qstack[:0], pairs: spare(sc.qpairs, 0)}
		for _, para := range docs[i].Paragraphs {
			s.scanParagraph(para.Start, para.End)
		}
		s.flush()
		topLevel(text, s.pairs, s.opened, sc)
		clear(s.pairs)
		clear(sc.qall)
		sc.qstack, sc.qpairs = s.stack[:0], s.pairs[:0]
	})
}
