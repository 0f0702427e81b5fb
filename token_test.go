package attribution

import (
	"testing"
	"unicode"
)

// TestThousands checks which commas the quote stage's tokenizer keeps
// inside a number.
func TestThousands(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"2,400", true},
		{"1,000,000", true},
		{"2,40", false},
		{"2,4000", false},
		{"2, 400", false},
		{"a,400", false},
		{"2012,2016", false},
	} {
		i := 0
		for i < len(c.text) && c.text[i] != ',' {
			i++
		}
		if got := thousands(c.text, i, len(c.text)); got != c.want {
			t.Errorf("thousands(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestGeneralPunct checks that the runes generalPunct takes for
// punctuation are no letter, digit, mark or space, as the tokenizers
// assume.
func TestGeneralPunct(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !generalPunct(r) {
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF {
			t.Errorf("generalPunct(%U) but it is a letter, digit, mark or space", r)
		}
	}
}

// TestLeadOf checks that the case class of a word read from its first
// byte (leadOf) is the one its decoded runes give (leadCase), for words
// opening with every byte and with letters of other scripts.
func TestLeadOf(t *testing.T) {
	words := []string{"’s", "'re", "Élan", "élan", "Über", "ßa", "Ωmega", "ωmega", "٣٤", "“x", "\xff"}
	for c := range 256 {
		words = append(words, string([]byte{byte(c), 'a'}), string([]byte{byte(c), 'A'}))
	}
	for _, w := range words {
		got := leadOf[w[0]]
		if got == leadRune {
			got = leadCase(w)
		}
		if want := leadCase(w); got != want {
			t.Errorf("lead of %q = %b, want %b", w, got, want)
		}
	}
}

// TestContraction checks the split of a contracted pronoun and verb,
// compared without case: ASCII words byte by byte, others as
// strings.EqualFold folds them (the long s folds to s, the Kelvin sign
// to k).
func TestContraction(t *testing.T) {
	for _, c := range []struct {
		w    string
		want int
	}{
		{"he’s", 2}, {"She's", 3}, {"THEY’RE", 4}, {"I'll", 1}, {"there’re", 5},
		{"Trump’s", 0}, {"don't", 0}, {"he’x", 0}, {"ſhe’s", len("ſhe")}, {"we’ſ", 2},
		{"ﬀ’s", 0}, {"it’\u212A", 0},
	} {
		if got := contraction(c.w); got != c.want {
			t.Errorf("contraction(%q) = %d, want %d", c.w, got, c.want)
		}
	}
}

// TestClassify checks the class of characters beside a mark, through the
// ASCII table and above it.
func TestClassify(t *testing.T) {
	for r, want := range map[rune]charClass{
		-1: ccSpace, ' ': ccSpace, '\v': ccSpace, 'a': ccLetter, 'Z': ccLetter, '7': ccDigit,
		'(': ccOpenP, '/': ccOpenP, '?': ccCloseP, '"': ccQuote, '\'': ccQuote, '#': ccOther, 0x7F: ccOther,
		'\u00a0': ccSpace, '\u200e': ccSpace, '—': ccOpenP, '…': ccCloseP, '“': ccQuote, '«': ccQuote,
		'é': ccLetter, '٣': ccDigit, '€': ccOther,
	} {
		if got := classify(r); got != want {
			t.Errorf("classify(%q) = %d, want %d", r, got, want)
		}
	}
}
