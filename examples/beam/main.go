// Command beam runs attribution.Parse over an archive with Apache Beam, on
// the local runner or on a distributed one (Dataflow, Flink, Spark).
//
// It reads either text files, each file one document whose id is its path as
// matched by -input, or JSON Lines files (-jsonl) of {"id": ..., "text": ...}
// objects, and writes
//
//	PREFIX-quotes.jsonl    one JSON line per quote (see quoteLine)
//	PREFIX-entities.jsonl  {"entity": NAME or null, "quotes": N} per speaker
//	PREFIX-errors.jsonl    {"id": ..., "error": "..."} per unreadable input line
//
// where PREFIX is -output. Lines come in no particular order.
//
// Usage:
//
//	beam -input 'archive/*.txt' -output out/run1
//	beam -jsonl -input 'archive/*.jsonl' -output out/run1 -runner prism
//
// Beam's own flags (-runner, -project, -region, -endpoint, ...) are
// accepted as well; see README.md.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/quotekit/attribution"
)

var (
	input  = flag.String("input", "", "glob of the input files (local path, gs://...); required")
	output = flag.String("output", "quotes", "prefix of the output files: PREFIX-quotes.jsonl, PREFIX-entities.jsonl, PREFIX-errors.jsonl")
	jsonl  = flag.Bool("jsonl", false, `read JSON Lines of {"id": ..., "text": ...} instead of one document per file`)
)

// defaultRunner is used when -runner is not given. beamx's own default is
// "prism"; this example keeps the local "direct" runner.
const defaultRunner = "direct"

func init() {
	register.Function3x1(readDocument)
	register.Function4x0(decodeLine)
	register.Function5x0(parseDocument)
	register.Function2x1(formatCount)
	register.Emitter1[string]()
	register.Emitter2[string, string]()
}

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" {
		fmt.Fprintln(os.Stderr, "beam: -input is required (a glob of text or JSON Lines files); see -help")
		os.Exit(2)
	}
	if *runners.Runner == "" {
		*runners.Runner = defaultRunner
	}
	ctx := context.Background()
	if err := checkInput(ctx, *input); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
	p := beam.NewPipeline()
	buildPipeline(p.Root(), *input, *output, *jsonl)
	if err := beamx.Run(ctx, p); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}

// checkInput fails when glob matches no file, before the pipeline starts: a
// run over nothing would otherwise succeed and write no file at all.
func checkInput(ctx context.Context, glob string) error {
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return err
	}
	defer fs.Close()
	files, err := fs.List(ctx, glob)
	if err != nil {
		return fmt.Errorf("listing %s: %w", glob, err)
	}
	if len(files) == 0 {
		return fmt.Errorf("no file matches %s", glob)
	}
	return nil
}

// buildPipeline adds to s the whole pipeline: read the documents matched by
// glob, parse them, write the three outputs under prefix.
func buildPipeline(s beam.Scope, glob, prefix string, jsonLines bool) {
	quotes, entities, errs := attribute(s, readInput(s, glob, jsonLines))
	textio.Write(s, prefix+"-quotes.jsonl", quotes)
	textio.Write(s, prefix+"-entities.jsonl", entities)
	if errs.IsValid() {
		textio.Write(s, prefix+"-errors.jsonl", errs)
	}
}

// readInput returns the documents as a PCollection<KV<string, string>> of
// (id as JSON, text) and, for JSON Lines, the error lines as a
// PCollection<string> (left invalid for text files, which have none: an
// unreadable file fails the pipeline).
func readInput(s beam.Scope, glob string, jsonLines bool) docs {
	s = s.Scope("readInput")
	if jsonLines {
		lines := textio.Read(s, glob)
		d, errs := beam.ParDo2(s, decodeLine, lines)
		return docs{d, errs}
	}
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, glob))
	return docs{docs: beam.ParDo(s, readDocument, files)}
}

// docs is the result of readInput.
type docs struct {
	docs beam.PCollection // KV<string, string>: id as JSON, text
	errs beam.PCollection // string: error lines; invalid for text files
}

// attribute parses every document and returns the quote lines, the
// per-entity count lines and the error lines, all PCollection<string>.
func attribute(s beam.Scope, in docs) (quotes, entities, errs beam.PCollection) {
	s = s.Scope("attribute")
	quotes, keys := beam.ParDo2(s, parseDocument, in.docs)
	entities = beam.ParDo(s, formatCount, stats.Count(s, keys))
	return quotes, entities, in.errs
}

var (
	documentsRead = beam.NewCounter("attribution", "documents")
	quotesFound   = beam.NewCounter("attribution", "quotes")
	badLines      = beam.NewCounter("attribution", "bad_input_lines")
)

// readDocument reads a whole file as one document whose id is its path.
func readDocument(ctx context.Context, f fileio.ReadableFile, emit func(string, string)) error {
	b, err := f.Read(ctx)
	if err != nil {
		return fmt.Errorf("reading %s: %w", f.Metadata.Path, err)
	}
	id, err := json.Marshal(f.Metadata.Path)
	if err != nil {
		return err
	}
	emit(string(id), string(b))
	return nil
}

// decodeLine decodes one JSON Lines input line {"id": ..., "text": ...}.
// The id is kept as written (compacted), so strings stay strings and numbers
// numbers; a missing id is null. A blank line is skipped; a line that is not
// a JSON object with a string "text" becomes an error line.
func decodeLine(ctx context.Context, line string, emit func(string, string), emitErr func(string)) {
	if len(bytes.TrimSpace([]byte(line))) == 0 {
		return
	}
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	err := json.Unmarshal([]byte(line), &in)
	if err == nil && in.Text == nil {
		err = fmt.Errorf(`no "text" field`)
	}
	id := compactID(in.ID)
	if err != nil {
		badLines.Inc(ctx, 1)
		emitErr(marshal(struct {
			ID    json.RawMessage `json:"id"`
			Error string          `json:"error"`
		}{json.RawMessage(id), err.Error()}))
		return
	}
	emit(id, *in.Text)
}

// compactID returns raw, a JSON value, without insignificant space, or
// "null" when raw is empty or invalid.
func compactID(raw json.RawMessage) string {
	var b bytes.Buffer
	if len(raw) == 0 || json.Compact(&b, raw) != nil {
		return "null"
	}
	return b.String()
}

// parseDocument runs attribution.Parse on one document and emits one quote
// line per quote, and the entity key of each quote (see entityKey).
func parseDocument(ctx context.Context, id, text string, emitQuote, emitEntity func(string)) {
	documentsRead.Inc(ctx, 1)
	d := attribution.Parse(text)
	quotesFound.Inc(ctx, int64(len(d.Quotes)))
	for _, q := range d.Quotes {
		emitQuote(quoteLine(json.RawMessage(id), q))
		emitEntity(entityKey(q.Entity))
	}
}

// quoteRecord is the wire form of one output quote line.
type quoteRecord struct {
	ID      json.RawMessage  `json:"id"`
	Kind    attribution.Kind `json:"kind"`
	Start   int              `json:"start"`
	End     int              `json:"end"`
	Text    string           `json:"text"`
	Speaker *string          `json:"speaker"`
	Cue     *string          `json:"cue"`
	Entity  *string          `json:"entity"`
}

// quoteLine is THE format of the pipeline's per-quote JSON line, shared by
// the pipeline and its tests: {"id", "kind", "start", "end", "text",
// "speaker", "cue", "entity"}, where id is the document id (a JSON value,
// echoed as given), start/end are byte offsets of the content into the
// document's text, text is the content, speaker and cue are the text of
// those spans, and speaker, cue and entity are null when absent. The line
// has no trailing newline; HTML characters are not escaped.
func quoteLine(id json.RawMessage, q attribution.Quote) string {
	r := quoteRecord{ID: id, Kind: q.Kind, Start: q.Start, End: q.End, Text: q.Text}
	if len(r.ID) == 0 {
		r.ID = json.RawMessage("null")
	}
	if q.Speaker != nil {
		r.Speaker = &q.Speaker.Text
	}
	if q.Cue != nil {
		r.Cue = &q.Cue.Text
	}
	if q.Entity != "" {
		r.Entity = &q.Entity
	}
	return marshal(r)
}

// marshal encodes v, a value of this file's types, as JSON without HTML
// escaping and without a trailing newline.
func marshal(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// Only an invalid json.RawMessage can fail; the pipeline builds
		// none: ids come from json.Marshal or json.Compact.
		panic(fmt.Sprintf("marshal: %v", err))
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

// entityKey is the key under which a quote is counted: its entity as a JSON
// string, or null for a quote without a speaker.
func entityKey(entity string) string {
	if entity == "" {
		return "null"
	}
	return marshal(entity)
}

// formatCount formats one per-entity count line.
func formatCount(key string, n int) string {
	return `{"entity":` + key + `,"quotes":` + strconv.Itoa(n) + `}`
}
