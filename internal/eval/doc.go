// Package eval scores predicted attributions against gold annotations, with
// the figures of the project's EVALUATION.md. The command quotes uses it for
// -eval.
//
// # Annotation format
//
// Gold data is JSON Lines, one record per line, UTF-8. A record is
//
//	{"id": "doc1:p7", "text": "“We will win,” Smith said. ...",
//	 "quotes": [
//	   {"kind": "direct", "start": 3, "end": 15,
//	    "fragments": [{"start": 3, "end": 15}],
//	    "speaker": "Smith", "speaker_start": 19, "speaker_end": 24,
//	    "cue": {"start": 25, "end": 29, "text": "said"}}]}
//
// The fields of a record:
//
//   - id: any JSON value (string or number); it names the record in the
//     error listings. Other record fields are ignored.
//   - text: required. Every offset is a UTF-8 byte offset into it, half
//     open: text[start:end].
//   - quotes: the attributions, possibly empty.
//
// The fields of an attribution:
//
//   - kind: "direct" (the whole content inside quotation marks), "mixed"
//     (content containing quoted words) or "indirect"; null or absent when
//     unknown. Only direct items enter the direct figures.
//   - start, end: the content; for a direct quote, marks excluded. null
//     when the attribution has no content (it then counts only for source
//     and cue).
//   - fragments (or parts): the segments of the content. For a direct quote
//     interrupted by its attribution (“A,” he said. “B.”) or spread over
//     paragraphs, each quoted segment, marks excluded; when absent or empty,
//     the content span is the one segment.
//   - speaker_start, speaker_end: the source mention; null when there is
//     none. "speaker" may hold its text (ignored), or instead be a span
//     object {"start": ..., "end": ...} as quotes writes it.
//   - cue: {"start": ..., "end": ...} (text optional), or null. A cue whose
//     words include a verb of saying or writing (IsSpeechCue) makes the
//     attribution count for speech recall.
//
// This is the format of the PolNeAR conversion in shared/data/polnear
// (whose extra fields, such as marked_start and speaker_fragments, are
// ignored), and the quotes JSON output with a "quotes" list is accepted too.
// A line that is not valid JSON, has no text, or has an offset outside its
// text is reported and skipped.
//
// # Scoring
//
// All spans, gold and predicted, are trimmed of surrounding white space
// (unicode.IsSpace) first; spans empty after trimming are dropped.
//
// Exact figures (direct, content, source, cue) compare, per record, the
// multiset of gold (start, end) pairs with the multiset of predicted ones:
// TP is the size of their intersection, FP and FN the rest. Direct compares
// segments: gold fragments of direct quotes against the parts (or content
// span) of predicted direct quotes.
//
// Overlap matching pairs gold and predicted items one to one: every pair
// whose intersection over union is at least 0.5 is a candidate, and pairs
// are taken greedily in decreasing IoU (ties: earlier gold item, then
// earlier predicted item). A speaker is right when the predicted speaker
// span shares at least one byte with the gold one; a missing predicted
// speaker is wrong.
//
//   - direct speaker accuracy: over gold direct segments matched to a
//     predicted direct segment and whose gold quote has a speaker.
//   - speech recall: gold attributions with content and a speech cue,
//     matched against the contents of all predicted quotes (any kind).
//   - speech speaker accuracy: over the matched speech attributions that
//     have a gold speaker.
//
// Development aids, not in EVALUATION.md: content exact per kind (gold and
// predicted items of that kind only) and content matched by overlap.
package eval
