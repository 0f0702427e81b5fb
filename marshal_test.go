package attribution

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The hand-written JSON of Document and Quote (attribution.go, appendJSON)
// must be byte for byte what encoding/json writes for the same struct tags.
// refDocument is the reference: Document's fields with Quotes in their wire
// form, encoded by encoding/json (what MarshalJSON did before the appender).
type refDocument struct {
	Paragraphs []Span      `json:"paragraphs"`
	Sentences  []Span      `json:"sentences"`
	Quotes     []quoteJSON `json:"quotes"`
	Entities   []Entity    `json:"entities"`
	Terms      []Span      `json:"terms,omitempty"`
	Dateline   *Span       `json:"dateline,omitempty"`
	Truncated  bool        `json:"truncated,omitempty"`
}

// referenceJSON encodes d with encoding/json, as MarshalJSON did before.
func referenceJSON(t testing.TB, d *Document) []byte {
	t.Helper()
	r := refDocument{Paragraphs: d.Paragraphs, Sentences: d.Sentences, Entities: d.Entities,
		Terms: d.Terms, Dateline: d.Dateline, Truncated: d.Truncated, Quotes: []quoteJSON{}}
	if r.Paragraphs == nil {
		r.Paragraphs = []Span{}
	}
	if r.Sentences == nil {
		r.Sentences = []Span{}
	}
	if r.Entities == nil {
		r.Entities = []Entity{}
	}
	for _, q := range d.Quotes {
		w := quoteJSON{Kind: q.Kind, Start: q.Start, End: q.End, Parts: q.Parts, Text: q.Text,
			Speaker: q.Speaker, Cue: q.Cue, Closed: q.Closed}
		if q.Entity != "" {
			e := q.Entity
			w.Entity = &e
		}
		r.Quotes = append(r.Quotes, w)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkJSON compares d's MarshalJSON, json.Marshal(d) and each quote's
// MarshalJSON with the reference.
func checkJSON(t testing.TB, name string, d *Document) {
	t.Helper()
	want := referenceJSON(t, d)
	got, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s: MarshalJSON differs from encoding/json\n got %s\nwant %s", name, got, want)
	}
	viaPkg, err := json.Marshal(d)
	if err != nil || !bytes.Equal(viaPkg, want) {
		t.Fatalf("%s: json.Marshal(d) differs (%v)\n got %s\nwant %s", name, err, viaPkg, want)
	}
	for i := range d.Quotes {
		q := d.Quotes[i]
		w := quoteJSON{Kind: q.Kind, Start: q.Start, End: q.End, Parts: q.Parts, Text: q.Text,
			Speaker: q.Speaker, Cue: q.Cue, Closed: q.Closed}
		if q.Entity != "" {
			e := q.Entity
			w.Entity = &e
		}
		want, _ := json.Marshal(w)
		got, _ := q.MarshalJSON()
		if !bytes.Equal(got, want) {
			t.Fatalf("%s: quote %d differs\n got %s\nwant %s", name, i, got, want)
		}
	}
}

// TestMarshalJSONTags checks that refDocument mirrors Document's tags, so
// that the reference stays the contract.
func TestMarshalJSONTags(t *testing.T) {
	dt, rt := reflect.TypeOf(Document{}), reflect.TypeOf(refDocument{})
	if dt.NumField() != rt.NumField() {
		t.Fatalf("Document has %d fields, refDocument %d", dt.NumField(), rt.NumField())
	}
	for i := range dt.NumField() {
		if a, b := dt.Field(i), rt.Field(i); a.Name != b.Name || a.Tag != b.Tag {
			t.Errorf("field %d: Document %s %q, refDocument %s %q", i, a.Name, a.Tag, b.Name, b.Tag)
		}
	}
}

// TestMarshalJSONFixtures checks the appender on every fixture, LF and CRLF.
func TestMarshalJSONFixtures(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if len(names) == 0 {
		t.Skip("no fixtures")
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		checkJSON(t, n, Parse(string(b)))
		checkJSON(t, n+" (CRLF)", Parse(string(bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")))))
	}
	var all []byte
	for c := range 256 {
		all = append(all, byte(c))
	}
	checkJSON(t, "every byte", Parse(`"`+string(all)+`," she said.`))
	checkJSON(t, "empty", &Document{})
	checkJSON(t, "zero quote", &Document{Quotes: []Quote{{}}, Entities: []Entity{{}}})
}

// jsonDoc builds a document that puts s in every string field, with the
// optional parts chosen by the bits of flags.
func jsonDoc(s string, flags uint8) *Document {
	d := Parse(s)
	sp := Span{Start: 1, End: -2, Text: s}
	q := Quote{Kind: Kind(s), Start: -1, End: 1 << 40, Text: s, Closed: flags&1 != 0}
	if flags&2 != 0 {
		q.Speaker, q.Entity = &sp, s
	}
	if flags&4 != 0 {
		q.Cue = &Span{Start: 3}
	}
	if flags&8 != 0 {
		q.Parts = []Span{sp, {}}
	} else if flags&16 != 0 {
		q.Parts = []Span{}
	}
	d.Quotes = append(d.Quotes, q)
	d.Entities = append(d.Entities, Entity{Name: s})
	if flags&32 != 0 {
		d.Terms = append(d.Terms, sp)
		d.Dateline = &sp
	}
	if flags&64 != 0 {
		d.Truncated = true
		d.Entities = append(d.Entities, Entity{Name: s, Mentions: []Span{}})
	}
	if flags&128 != 0 {
		d.Paragraphs, d.Sentences = nil, []Span{}
	}
	return d
}

// FuzzMarshalJSON checks the appender against encoding/json on fuzzed
// documents: any string (invalid UTF-8, controls, <>&, U+2028) in every
// string field, with the optional fields present or absent.
func FuzzMarshalJSON(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, n := range names {
		if b, err := os.ReadFile(n); err == nil {
			f.Add(string(b), uint8(0xff))
		}
	}
	for i, s := range []string{"", "<a href=\"x\">&amp;</a>", "\u2028\u2029", "\xff\xfe\xc2", "\x00\x01\x1f\x7f\b\f\n\r\t",
		`"\"`, "“Quote,” she said. <>", "é\u00a0ß\U0001F600"} {
		f.Add(s, uint8(i*37))
	}
	f.Fuzz(func(t *testing.T, s string, flags uint8) {
		checkJSON(t, "fuzz", jsonDoc(s, flags))
	})
}

// TestMarshalJSONRandom runs the fuzz property on generated strings drawn
// from the bytes and runes that JSON escaping treats apart.
func TestMarshalJSONRandom(t *testing.T) {
	pieces := []string{"a", " ", "Mr.", "\"", "“", "”", "'", "\\", "<", ">", "&", "\u2028", "\u2029", "\x00", "\x1f",
		"\x7f", "\b", "\f", "\n", "\r", "\t", "\xff", "\xc2", "\xe2\x80", "é", "\u00a0", "\U0001F600", ",", " said ", "\n\n"}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkJSON(t, "random", jsonDoc(b.String(), uint8(i)))
	}
}
