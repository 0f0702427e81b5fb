package main

import (
	"encoding/binary"
	"encoding/json"
	"math/bits"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeRecord reads the "id" and "text" of a JSON Lines record without
// encoding/json: on news archives, json.Unmarshal (which validates the line,
// then decodes it by reflection) costs about a sixth of Parse. It reports
// ok only for a line on which json.Unmarshal into a jsonlRecord would
// succeed with the same result: one JSON object, keys without escapes, each
// key at most once, no key that matches "id" or "text" only without case
// (encoding/json would take it), a "text" that is a string or null, strings
// of valid UTF-8 without escaped surrogates, nesting under 1,000 levels. For
// anything else it reports !ok and the caller falls back on json.Unmarshal,
// whose answer (or error) is then the command's. FuzzDecodeRecord checks
// the two against each other.
func decodeRecord(b []byte) (id json.RawMessage, text *string, ok bool) {
	d := recordDecoder{b: b}
	d.space()
	if !d.byte('{') {
		return nil, nil, false
	}
	d.space()
	seenID, seenText := false, false
	if !d.byte('}') {
		for {
			key, ok := d.rawString()
			if !ok {
				return nil, nil, false
			}
			d.space()
			if !d.byte(':') {
				return nil, nil, false
			}
			d.space()
			start := d.i
			switch {
			case key == "id":
				if seenID || !d.value(0) {
					return nil, nil, false
				}
				seenID = true
				id = json.RawMessage(b[start:d.i])
			case key == "text":
				if seenText {
					return nil, nil, false
				}
				seenText = true
				if d.literal("null") {
					break
				}
				s, ok := d.stringValue()
				if !ok {
					return nil, nil, false
				}
				text = &s
			case strings.EqualFold(key, "id") || strings.EqualFold(key, "text"):
				return nil, nil, false
			default:
				if !d.value(0) {
					return nil, nil, false
				}
			}
			d.space()
			if d.byte('}') {
				break
			}
			if !d.byte(',') {
				return nil, nil, false
			}
			d.space()
		}
	}
	d.space()
	if d.i != len(b) {
		return nil, nil, false
	}
	return id, text, true
}

// recordDecoder is a position in a JSON line.
type recordDecoder struct {
	b []byte
	i int
}

// maxRecordDepth bounds the nesting decodeRecord reads itself.
const maxRecordDepth = 1000

func (d *recordDecoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// byte consumes c if it comes next.
func (d *recordDecoder) byte(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// literal consumes lit if it comes next.
func (d *recordDecoder) literal(lit string) bool {
	if len(d.b)-d.i >= len(lit) && string(d.b[d.i:d.i+len(lit)]) == lit {
		d.i += len(lit)
		return true
	}
	return false
}

// rawString reads a string without escapes, of valid UTF-8 and no control
// characters, and returns its contents.
func (d *recordDecoder) rawString() (string, bool) {
	if !d.byte('"') {
		return "", false
	}
	start := d.i
	d.i = plainEnd(d.b, d.i)
	if d.i < len(d.b) && d.b[d.i] == '"' {
		s := d.b[start:d.i]
		d.i++
		return string(s), utf8.Valid(s)
	}
	return "", false // a backslash, a control byte or the end of the line
}

// stringValue reads a string with its escapes decoded.
func (d *recordDecoder) stringValue() (string, bool) {
	if !d.byte('"') {
		return "", false
	}
	start := d.i
	// Most texts have no escapes: find the end first.
	d.i = plainEnd(d.b, d.i)
	if d.i < len(d.b) && d.b[d.i] == '"' {
		s := d.b[start:d.i]
		d.i++
		return string(s), utf8.Valid(s)
	}
	out := make([]byte, 0, d.i-start+64)
	out = append(out, d.b[start:d.i]...)
	for d.i < len(d.b) {
		// The plain bytes up to the next quote, backslash or control byte.
		j := plainEnd(d.b, d.i)
		out = append(out, d.b[d.i:j]...)
		d.i = j
		if d.i >= len(d.b) {
			break
		}
		switch c := d.b[d.i]; {
		case c == '"':
			d.i++
			return string(out), utf8.Valid(out)
		case c < 0x20:
			return "", false
		}
		if d.i+1 >= len(d.b) {
			return "", false
		}
		e := d.b[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := d.hex4()
			if !ok || utf16.IsSurrogate(r) {
				return "", false // surrogates: left to encoding/json
			}
			out = utf8.AppendRune(out, r)
		default:
			return "", false
		}
	}
	return "", false
}

// skipString skips a string, checking its escapes. Like encoding/json's
// scanner it accepts any byte from 0x20 up: the strings it skips are not
// decoded.
func (d *recordDecoder) skipString() bool {
	if !d.byte('"') {
		return false
	}
	for {
		d.i = plainEnd(d.b, d.i)
		if d.i >= len(d.b) {
			return false
		}
		switch c := d.b[d.i]; {
		case c == '"':
			d.i++
			return true
		case c < 0x20:
			return false
		}
		// A backslash.
		if d.i+1 >= len(d.b) {
			return false
		}
		e := d.b[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		case 'u':
			if _, ok := d.hex4(); !ok {
				return false
			}
		default:
			return false
		}
	}
}

// plainEnd returns the index of the first byte of b from i on that a
// string cannot hold as it is: a quotation mark, a backslash or a control
// byte (under 0x20); len(b) if there is none. It reads eight bytes at a
// time: in a word x, a byte equal to c shows as a zero byte of x^c, and
// (v-0x01…)&^v sets the high bit of every zero byte of v; (x-0x20…)&^x
// sets it of every byte under 0x20. A borrow can set a high bit falsely,
// but only above a byte that was set truly, so the lowest bit set is the
// first such byte. TestPlainEnd checks it against a byte loop.
func plainEnd(b []byte, i int) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		q, s := x^(ones*'"'), x^(ones*'\\')
		if m := ((q-ones)&^q | (s-ones)&^s | (x-ones*0x20)&^x) & high; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c == '"' || c == '\\' || c < 0x20 {
			return i
		}
	}
	return len(b)
}

// hex4 reads the four hexadecimal digits of a \u escape.
func (d *recordDecoder) hex4() (rune, bool) {
	if len(d.b)-d.i < 4 {
		return 0, false
	}
	var r rune
	for _, c := range d.b[d.i : d.i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	d.i += 4
	return r, true
}

// value skips one JSON value, checking its syntax.
func (d *recordDecoder) value(depth int) bool {
	if d.i >= len(d.b) || depth >= maxRecordDepth {
		return false
	}
	switch c := d.b[d.i]; {
	case c == '"':
		return d.skipString()
	case c == '{':
		d.i++
		d.space()
		if d.byte('}') {
			return true
		}
		for {
			if !d.skipString() {
				return false
			}
			d.space()
			if !d.byte(':') {
				return false
			}
			d.space()
			if !d.value(depth + 1) {
				return false
			}
			d.space()
			if d.byte('}') {
				return true
			}
			if !d.byte(',') {
				return false
			}
			d.space()
		}
	case c == '[':
		d.i++
		d.space()
		if d.byte(']') {
			return true
		}
		for {
			if !d.value(depth + 1) {
				return false
			}
			d.space()
			if d.byte(']') {
				return true
			}
			if !d.byte(',') {
				return false
			}
			d.space()
		}
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == 'n':
		return d.literal("null")
	case c == '-' || '0' <= c && c <= '9':
		return d.number()
	}
	return false
}

// number skips a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (d *recordDecoder) number() bool {
	d.byte('-')
	if d.byte('0') {
		// no more integer digits
	} else if !d.digits() {
		return false
	}
	if d.byte('.') && !d.digits() {
		return false
	}
	if d.byte('e') || d.byte('E') {
		if !d.byte('+') {
			d.byte('-')
		}
		if !d.digits() {
			return false
		}
	}
	return true
}

// digits consumes one or more decimal digits.
func (d *recordDecoder) digits() bool {
	start := d.i
	for d.i < len(d.b) && '0' <= d.b[d.i] && d.b[d.i] <= '9' {
		d.i++
	}
	return d.i > start
}
