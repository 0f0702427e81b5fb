// Package attribution reads a news dispatch and says who said what.
//
// Parse returns a Document: the text's paragraphs, sentences and quotations
// (direct, mixed and indirect), each with the speaker mention, the cue and
// the canonical speaker. Offsets are UTF-8 byte offsets into the caller's
// text.
package attribution
