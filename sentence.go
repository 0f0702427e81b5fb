package attribution

// segmenter splits text into paragraphs and sentences. It is immutable once
// built and safe for concurrent use.
type segmenter struct {
	abbrevs map[string]bool
}

func newSegmenter(extra []string) *segmenter {
	s := &segmenter{abbrevs: map[string]bool{}}
	for _, a := range extra {
		s.abbrevs[a] = true
	}
	return s
}

// paragraphs appends to dst the blank-line separated blocks of text, trimmed
// of surrounding white space, and returns the extended slice.
func (s *segmenter) paragraphs(text string, dst []Span) []Span {
	// STUB: replaced by the real segmenter.
	start := -1
	i := 0
	lastNonSpace := 0
	for i < len(text) {
		c := text[i]
		if c == '\n' {
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' && start >= 0 {
				dst = append(dst, Span{Start: start, End: lastNonSpace})
				start = -1
			}
			i++
			continue
		}
		if c != ' ' && c != '\t' && c != '\r' {
			if start < 0 {
				start = i
			}
			lastNonSpace = i + 1
		}
		i++
	}
	if start >= 0 {
		dst = append(dst, Span{Start: start, End: lastNonSpace})
	}
	return dst
}

// dateline returns the dateline that opens the first paragraph, if any.
func (s *segmenter) dateline(text string, paras []Span) (Span, bool) {
	return Span{}, false
}

// sentences appends to dst the sentences of text[start:end], a paragraph or
// the part of one after its dateline, and returns the extended slice.
func (s *segmenter) sentences(text string, start, end int, dst []Span) []Span {
	// STUB: one sentence per paragraph.
	for start < end && (text[start] == ' ' || text[start] == '\t' || text[start] == '\n' || text[start] == '\r') {
		start++
	}
	if start < end {
		dst = append(dst, Span{Start: start, End: end})
	}
	return dst
}
