package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

// recordCases are JSON lines for decodeRecord: fast says whether the fast
// path must take the line (rather than leave it to encoding/json).
var recordCases = []struct {
	line string
	fast bool
}{
	{`{"id":1,"text":"Hello."}`, true},
	{` {"id" : "a-1" , "text" : "He said \"no\".\n\nShe didn\u2019t."} `, true},
	{`{"text":"caf\u00e9 \/ tab\t","id":{"doc":[1,2.5e-3,true,null]}}`, true},
	{`{"id":null,"text":null}`, true},
	{`{"text":"only text"}`, true},
	{`{"id":7}`, true},
	{`{}`, true},
	{`{"id":1,"text":"x","quotes":[{"kind":"direct","start":0,"end":1,"speaker":"\ud83d\ude00"}]}`, true},
	{`{"id":-0.5E+2,"text":"€ and ☃"}`, true},
	// Strings longer than the eight bytes plainEnd reads at a time, with
	// their escapes, multi-byte runes and ends at every offset of a word.
	{`{"id":"a long identifier","text":"A text of some length, with \"quotes\" in it.\nAnd a line après.","meta":{"k":"a value \\ with \u00e9 escapes","n":"12345678\t"}}`, true},
	{`{"text":"1234567\n12345678\"123456789","id":"1234567"}`, true},
	// Left to encoding/json.
	{`{"ID":1,"text":"x"}`, false},
	{`{"id":1,"Text":"x"}`, false},
	{`{"id":1,"text":"a","text":"b"}`, false},
	{`{"id":1,"text":"\ud83d\ude00"}`, false},
	{`{"id":1,"text":"\ud83d"}`, false},
	{"{\"id\":1,\"text\":\"\xff\"}", false},
	{`{"id":1,"text":5}`, false},
	{`{"id":1,"text":"x"} trailing`, false},
	{`{"id":1,"text":"x",}`, false},
	{`{"id":01,"text":"x"}`, false},
	{`{"id":1,"text":"x"`, false},
	{`["id",1]`, false},
	{`null`, false},
	{"{\"id\":1,\"text\":\"a\tb\"}", false},
	{"{\"id\":1,\"text\":\"a longer text\tand a tab\"}", false},
	{"{\"id\":1,\"text\":\"ok\",\"other\":\"a longer value\x01 with a control byte\"}", false},
	{"{\"id\":1,\"text\":\"a longer text\\\"ok\\\"\x7f\xc3\xa9 then\x1f\"}", false},
	{`{"id":1,"te\u0078t":"x"}`, false},
	{`{"id":1,"text":"x","n":[1,]}`, false},
	{`{"id":1,"text":"x","n":tru}`, false},
	{`{"id":1,"text":"x","n":1.}`, false},
	{`{"id":1,"text":"x","n":"\q"}`, false},
}

func TestDecodeRecord(t *testing.T) {
	for _, c := range recordCases {
		_, _, ok := decodeRecord([]byte(c.line))
		if ok != c.fast {
			t.Errorf("decodeRecord(%q): ok %v, want %v", c.line, ok, c.fast)
		}
		checkRecord(t, []byte(c.line))
	}
}

// checkRecord checks that whenever decodeRecord takes a line, json.Unmarshal
// accepts it and gives the same id and text.
func checkRecord(t *testing.T, line []byte) {
	t.Helper()
	id, text, ok := decodeRecord(line)
	if !ok {
		return
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		t.Fatalf("decodeRecord took %q, which json.Unmarshal rejects: %v", line, err)
	}
	if !bytes.Equal(id, rec.ID) {
		t.Errorf("%q: id %q, json.Unmarshal gives %q", line, id, rec.ID)
	}
	switch {
	case (text == nil) != (rec.Text == nil):
		t.Errorf("%q: text %v, json.Unmarshal gives %v", line, text, rec.Text)
	case text != nil && *text != *rec.Text:
		t.Errorf("%q: text %q, json.Unmarshal gives %q", line, *text, *rec.Text)
	}
}

func FuzzDecodeRecord(f *testing.F) {
	for _, c := range recordCases {
		f.Add([]byte(c.line))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		checkRecord(t, line)
	})
}

// TestPlainEnd checks plainEnd, which reads eight bytes at a time,
// against a byte loop, from every start in strings of the bytes that
// matter (the three it stops at, their neighbours, and bytes from 0x80)
// at every offset.
func TestPlainEnd(t *testing.T) {
	ref := func(b []byte, i int) int {
		for ; i < len(b); i++ {
			if c := b[i]; c == '"' || c == '\\' || c < 0x20 {
				return i
			}
		}
		return len(b)
	}
	special := []byte{'"', '\\', 0x00, 0x1f, 0x20, '!', '#', '[', ']', 0x7f, 0x80, 0xa0, 0xdc, 0xff, 0x21, 0x5c ^ 0x80, 0x22 ^ 0x80}
	n := 0
	for _, c := range special {
		for _, d := range special {
			for at := 0; at < 20; at++ {
				b := bytes.Repeat([]byte{'a'}, 24)
				b[at] = c
				b[at+3] = d
				for i := 0; i <= len(b); i++ {
					if got, want := plainEnd(b, i), ref(b, i); got != want {
						t.Fatalf("plainEnd(%q, %d) = %d, want %d", b, i, got, want)
					}
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("nothing checked")
	}
}
