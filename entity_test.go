package attribution

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The tests of entity resolution build Documents by hand: paragraphs and
// sentences from a naive splitter below, quotes with speaker spans found
// with strings.Index, so that they do not depend on the quote finder.

// tq describes a quote of a test text: its content runs from the first
// occurrence of from to the end of the first occurrence of to after it;
// its speaker is the first occurrence of spk inside the first occurrence of
// ctx (ctx "" means spk itself, first occurrence after the content's end
// when after is set).
type tq struct {
	kind     Kind
	from, to string
	ctx, spk string
	want     string // expected Entity
}

// testParagraphs splits text at blank lines.
func testParagraphs(text string) []Span {
	var ps []Span
	start := -1
	lineStart := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		line := text[lineStart:i]
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				end := lineStart
				for end > start && (text[end-1] == '\n' || text[end-1] == ' ' || text[end-1] == '\r') {
					end--
				}
				ps = append(ps, Span{Start: start, End: end})
				start = -1
			}
		} else if start < 0 {
			start = lineStart + len(line) - len(strings.TrimLeft(line, " \t"))
		}
		lineStart = i + 1
	}
	if start >= 0 {
		end := len(text)
		for end > start && (text[end-1] == '\n' || text[end-1] == ' ' || text[end-1] == '\r') {
			end--
		}
		ps = append(ps, Span{Start: start, End: end})
	}
	return ps
}

// testSentences splits each paragraph after . ! ? (and closing quotes)
// followed by a space and a capital letter or an opening quote, except
// after a few abbreviations.
func testSentences(text string, paras []Span) []Span {
	var ss []Span
	for _, p := range paras {
		start := p.Start
		for i := p.Start; i < p.End; i++ {
			c := text[i]
			if c != '.' && c != '!' && c != '?' {
				continue
			}
			j := i + 1
			for j < p.End {
				if r, w := utf8.DecodeRuneInString(text[j:]); r == '"' || r == '”' || r == '’' {
					j += w
					continue
				}
				break
			}
			if j >= p.End || text[j] != ' ' {
				continue
			}
			k := j + 1
			r, _ := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsUpper(r) && r != '"' && r != '“' {
				continue
			}
			w := i
			for w > start && text[w-1] != ' ' {
				w--
			}
			switch text[w:i] {
			case "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "St", "Jr", "Lt", "Gen", "Prof":
				continue
			}
			ss = append(ss, Span{Start: start, End: j})
			start = k
		}
		if start < p.End {
			ss = append(ss, Span{Start: start, End: p.End})
		}
	}
	return ss
}

// buildDoc makes the Document of text with the quotes qs.
func buildDoc(t *testing.T, text string, qs []tq) *Document {
	t.Helper()
	d := &Document{Paragraphs: testParagraphs(text)}
	d.Sentences = testSentences(text, d.Paragraphs)
	for _, x := range qs {
		s := strings.Index(text, x.from)
		if s < 0 {
			t.Fatalf("content start %q not found", x.from)
		}
		e := strings.Index(text[s:], x.to)
		if e < 0 {
			t.Fatalf("content end %q not found", x.to)
		}
		e += s + len(x.to)
		q := Quote{Kind: x.kind, Start: s, End: e, Text: text[s:e], Closed: true}
		if x.spk != "" {
			ctx := x.ctx
			if ctx == "" {
				ctx = x.spk
			}
			c := strings.Index(text, ctx)
			if c < 0 {
				t.Fatalf("speaker context %q not found", ctx)
			}
			k := strings.Index(ctx, x.spk)
			if k < 0 {
				t.Fatalf("speaker %q not in its context %q", x.spk, ctx)
			}
			q.Speaker = &Span{Start: c + k, End: c + k + len(x.spk), Text: x.spk}
		}
		d.Quotes = append(d.Quotes, q)
	}
	return d
}

// checkEntities resolves d and compares each quote's entity with want.
func checkEntities(t *testing.T, text string, d *Document, qs []tq) {
	t.Helper()
	resolveEntities(text, d)
	var got, want []string
	for i, q := range d.Quotes {
		spk := ""
		if q.Speaker != nil {
			spk = q.Speaker.Text
		}
		got = append(got, spk+" → "+q.Entity)
		want = append(want, spk+" → "+qs[i].want)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
	checkEntityInvariants(t, text, d)
}

// checkEntityInvariants checks what must hold of any resolution: mention
// spans inside the text with their Text, entities in order of first
// mention, mentions in order, each named entity used by a quote, each
// quote's speaker among its entity's mentions.
func checkEntityInvariants(t *testing.T, text string, d *Document) {
	t.Helper()
	names := map[string]int{}
	prev := -1
	for i, e := range d.Entities {
		if e.Name == "" {
			t.Errorf("entity %d has no name", i)
		}
		if _, dup := names[e.Name]; dup {
			t.Errorf("entity name %q twice", e.Name)
		}
		names[e.Name] = i
		if len(e.Mentions) == 0 {
			t.Errorf("entity %q has no mentions", e.Name)
			continue
		}
		if e.Mentions[0].Start < prev {
			t.Errorf("entity %q out of order", e.Name)
		}
		prev = e.Mentions[0].Start
		for j, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || m.Text != text[m.Start:m.End] {
				t.Errorf("entity %q: bad mention %+v", e.Name, m)
			}
			if j > 0 && m.Start < e.Mentions[j-1].Start {
				t.Errorf("entity %q: mentions out of order", e.Name)
			}
		}
	}
	used := map[string]bool{}
	for _, q := range d.Quotes {
		if q.Entity == "" {
			continue
		}
		used[q.Entity] = true
		i, ok := names[q.Entity]
		if !ok {
			t.Errorf("quote entity %q not among the entities", q.Entity)
			continue
		}
		found := false
		for _, m := range d.Entities[i].Mentions {
			if q.Speaker != nil && m.Start == q.Speaker.Start && m.End == q.Speaker.End {
				found = true
			}
		}
		if !found {
			t.Errorf("speaker %q of a quote of %q is not among its mentions", q.Speaker.Text, q.Entity)
		}
	}
	for name := range names {
		if !used[name] {
			t.Errorf("entity %q has no quote", name)
		}
	}
}

func TestEntitySeed(t *testing.T) {
	b, err := os.ReadFile("testdata/trend_ambassador_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	qs := []tq{
		{Indirect, "President of Azerbaijan Ilham Aliyev is", "the Chinese people", "Chinese Ambassador Lu Mei said", "Chinese Ambassador Lu Mei", "Lu Mei"},
		{Indirect, "this visit will contribute", "two countries", "she expressed", "she", "Lu Mei"},
		{Direct, "As soon as I took", "our countries and peoples,", "the article reads", "the article", "Lu Mei"},
		{Indirect, "that China and Azerbaijan", "strategic partners", "Mei noted", "Mei", "Lu Mei"},
		{Direct, "In recent years", "achieved great results,", "the article said", "the article", "Lu Mei"},
		{Indirect, "the enormous contribution", "bilateral relations\n", "The ambassador also", "The ambassador", "Lu Mei"},
		{Direct, "Heydar Aliyev was the founder", "important matter,", "the article says", "the article", "Lu Mei"},
		{Indirect, "that President Ilham Aliyev attaches", "the Chinese people", "Mei also pointed", "Mei", "Lu Mei"},
		{Direct, "Chairman of the People's Republic", "China-Azerbaijan strategic partnership,", "the article concludes", "the article", "Lu Mei"},
	}
	d := buildDoc(t, text, qs)
	checkEntities(t, text, d, qs)
	if len(d.Entities) != 1 || d.Entities[0].Name != "Lu Mei" {
		t.Fatalf("entities = %+v, want one, Lu Mei", d.Entities)
	}
	// Every speaker mention, plus the introducing one, in text order.
	var ms []string
	for _, m := range d.Entities[0].Mentions {
		ms = append(ms, m.Text)
	}
	want := []string{"Chinese Ambassador Lu Mei", "she", "the article", "Mei", "the article",
		"The ambassador", "the article", "Mei", "the article"}
	if diff := cmp.Diff(want, ms); diff != "" {
		t.Errorf("mentions of Lu Mei (-want +got):\n%s", diff)
	}
}

// entityCases are small texts, each for one rule of entity resolution.
var entityCases = []struct {
	name string
	text string
	qs   []tq
}{
	{"title gender picks she", "Mr. John Smith and Ms. Jane Doe met on Monday. Smith said the talks went well. \"We agreed on a plan,\" she said.",
		[]tq{
			{Indirect, "the talks went", "went well", "Smith said", "Smith", "John Smith"},
			{Direct, "We agreed", "plan,", "she said", "she", "Jane Doe"},
		}},
	{"role gender picks she", "Defence Minister Carl Berg met ministry spokeswoman Ana Ruiz on Monday.\n\nBerg said his army was ready. \"The talks will go on,\" she said.",
		[]tq{
			{Indirect, "his army was", "was ready", "Berg said", "Berg", "Carl Berg"},
			{Direct, "The talks will", "go on,", "she said", "she", "Ana Ruiz"},
		}},
	{"text's own pronouns give gender", "Robin Hale opened the plant on Monday. Sam Ortiz, a union leader, said he was proud of the workers.\n\n\"We built it,\" Ortiz said. \"The plant is ours,\" she said.",
		[]tq{
			{Indirect, "he was proud", "the workers", "Sam Ortiz, a union leader, said", "Sam Ortiz", "Sam Ortiz"},
			{Direct, "We built it", "it,", "Ortiz said", "Ortiz", "Sam Ortiz"},
			{Direct, "The plant is", "ours,", "she said", "she", "Robin Hale"},
		}},
	{"he after the last speaker", "Prime Minister Tom Reed spoke in Parliament on Tuesday.\n\n\"We will not raise taxes,\" Reed said.\n\n\"Not this year,\" he said.",
		[]tq{
			{Direct, "We will not", "taxes,", "Reed said", "Reed", "Tom Reed"},
			{Direct, "Not this year", "year,", "he said", "he", "Tom Reed"},
		}},
	{"he skips the name inside his own quote", "Gov. Pat Long answered questions on Friday.\n\n\"Senator Dale Crane is wrong about the budget,\" he said.",
		[]tq{
			{Direct, "Senator Dale Crane", "budget,", "he said", "he", "Pat Long"},
		}},
	{"subject beats object", "Carla Diaz thanked Marta Vidal for her help on Sunday. \"It was a long week,\" she said.",
		[]tq{
			{Direct, "It was a long", "week,", "she said", "she", "Carla Diaz"},
		}},
	{"surname goes to the speaker with that name", "President Ilham Aliyev received the delegation in Baku. \"We are old friends,\" Aliyev said.\n\nHe recalled that his father Heydar Aliyev had signed the first treaty in 1994.\n\n\"This is a new era,\" Aliyev said.",
		[]tq{
			{Direct, "We are old", "friends,", "friends,\" Aliyev said", "Aliyev", "Ilham Aliyev"},
			{Direct, "This is a new", "era,", "era,\" Aliyev said", "Aliyev", "Ilham Aliyev"},
		}},
	{"surname goes to the most recent otherwise", "Anna Berg founded the firm in 1990. Her son Lars Berg runs it now.\n\nBerg said sales had doubled.",
		[]tq{
			{Indirect, "sales had", "doubled", "Berg said", "Berg", "Lars Berg"},
		}},
	{"titles are stripped", "Sen. Marco Rubio spoke first. President Barack Obama answered. Mr. Trump left.\n\nRubio said the deal was bad. Obama said it was good. Trump said nothing new.",
		[]tq{
			{Indirect, "the deal was", "was bad", "Rubio said", "Rubio", "Marco Rubio"},
			{Indirect, "it was good", "was good", "Obama said", "Obama", "Barack Obama"},
			{Indirect, "nothing new", "nothing new", "Trump said", "Trump", "Trump"},
		}},
	{"title of a country", "Chairman of the People's Republic of China Xi Jinping met President of Azerbaijan Ilham Aliyev.\n\nXi said the talks were fruitful.",
		[]tq{
			{Indirect, "the talks were", "fruitful", "Xi said", "Xi", "Xi Jinping"},
		}},
	{"role phrase with its modifier", "Florida Sen. Jane Roe and Texas Sen. John Doe voted against the bill.\n\n\"It was rushed,\" the Florida senator said. \"I agree,\" the senator from Texas said.",
		[]tq{
			{Direct, "It was rushed", "rushed,", "the Florida senator said", "the Florida senator", "Jane Roe"},
			{Direct, "I agree", "agree,", "the senator from Texas", "the senator", "John Doe"},
		}},
	{"role before the name", "The talks ended late, ministry spokeswoman Ana Ruiz told reporters.\n\nThe spokeswoman said a new round would start in May.",
		[]tq{
			{Indirect, "The talks ended", "ended late", "ministry spokeswoman Ana Ruiz", "ministry spokeswoman Ana Ruiz", "Ana Ruiz"},
			{Indirect, "a new round", "in May", "The spokeswoman said", "The spokeswoman", "Ana Ruiz"},
		}},
	{"appositive after the name", "Hugh Hill, a doctor at the clinic, treated the victims.\n\nThe doctor said most of them would recover.",
		[]tq{
			{Indirect, "most of them", "would recover", "The doctor said", "The doctor", "Hugh Hill"},
		}},
	{"appositive before the name", "The company's chief executive, Dana White, said profits rose.\n\nThe executive also said jobs were safe.",
		[]tq{
			{Indirect, "profits rose", "profits rose", "Dana White, said", "Dana White", "Dana White"},
			{Indirect, "jobs were safe", "jobs were safe", "The executive also", "The executive", "Dana White"},
		}},
	{"organisation keeps its name", "In a statement, the Foreign Ministry said the envoy had been recalled. The ministry added that talks were over.\n\n\"We regret it,\" the statement said. It said the embassy would stay open.",
		[]tq{
			{Indirect, "the envoy had", "been recalled", "the Foreign Ministry said", "the Foreign Ministry", "Foreign Ministry"},
			{Indirect, "that talks were over", "were over", "The ministry added", "The ministry", "Foreign Ministry"},
			{Direct, "We regret it", "it,", "the statement said", "the statement", "Foreign Ministry"},
			{Indirect, "the embassy would", "stay open", "It said the embassy", "It", "Foreign Ministry"},
		}},
	{"the White House", "The White House said on Monday that the visit was off.",
		[]tq{
			{Indirect, "that the visit", "was off", "The White House said", "The White House", "White House"},
		}},
	{"text speaker goes to its author", "Lu Mei said in an article published on Monday that ties were strong.\n\n\"Our countries are friends,\" the article reads.",
		[]tq{
			{Indirect, "that ties were", "were strong", "Lu Mei said", "Lu Mei", "Lu Mei"},
			{Direct, "Our countries are", "friends,", "the article reads", "the article", "Lu Mei"},
		}},
	{"text introduced before its author", "In a letter sent on Friday, Mayor Joan Park asked for more funds.\n\n\"The city cannot wait,\" the letter says.",
		[]tq{
			{Indirect, "for more funds", "more funds", "Mayor Joan Park asked", "Mayor Joan Park", "Joan Park"},
			{Direct, "The city cannot", "wait,", "the letter says", "the letter", "Joan Park"},
		}},
	{"possessive text", "Senator Ed Ross left the party on Monday.\n\n\"I had no choice,\" his statement said.",
		[]tq{
			{Direct, "I had no", "choice,", "his statement said", "his statement", "Ed Ross"},
		}},
	{"possessive name", "President Barack Obama spoke on Monday. Obama's spokesman said the trip was on.\n\nObama's remarks, the spokesman said, were clear.",
		[]tq{
			{Indirect, "the trip was", "was on", "Obama's spokesman", "Obama's spokesman", "spokesman"},
		}},
	{"owned organisation", "Hillary Clinton spoke in Ohio. The Clinton campaign said the rally drew 5,000 people.\n\nHer campaign later said the number was 6,000.",
		[]tq{
			{Indirect, "the rally drew", "5,000 people", "The Clinton campaign said", "The Clinton campaign", "Clinton campaign"},
			{Indirect, "the number was", "6,000", "Her campaign later", "Her campaign", "Clinton campaign"},
		}},
	{"relative who", "The bill was opposed by Sen. Marco Rubio, who said it cost too much.",
		[]tq{
			{Indirect, "it cost too", "too much", "Rubio, who said", "who", "Marco Rubio"},
		}},
	{"first person inside a quote", "\"I think that the plan will fail,\" Donald Trump said.",
		[]tq{
			{Direct, "I think that", "will fail,", "Donald Trump said", "Donald Trump", "Donald Trump"},
			{Indirect, "that the plan", "will fail", "\"I think", "I", "Donald Trump"},
		}},
	{"unresolved cases", "A spokesman said the plant was closed. Some said it would never reopen.\n\n\"We are sad,\" they said. Officials said the site was safe. \"Nothing leaked,\" the officials said.",
		[]tq{
			{Indirect, "the plant was", "was closed", "A spokesman said", "A spokesman", "spokesman"},
			{Indirect, "it would never", "never reopen", "Some said", "Some", ""},
			{Direct, "We are sad", "sad,", "they said", "they", ""},
			{Indirect, "the site was", "was safe", "Officials said", "Officials", "officials"},
			{Direct, "Nothing leaked", "leaked,", "the officials said", "the officials", "officials"},
		}},
	{"unresolved she", "\"It is over,\" she said.",
		[]tq{
			{Direct, "It is over", "over,", "she said", "she", ""},
		}},
	{"the president", "President Ana Costa opened the summit.\n\nThe president said the region needed peace.",
		[]tq{
			{Indirect, "the region needed", "needed peace", "The president said", "The president", "Ana Costa"},
		}},
	{"non-ASCII names fold", "Chancellor Zoë Ångström met the press in Berlin.\n\nÅngström said the coalition would hold. ÅNGSTRÖM'S aides agreed.",
		[]tq{
			{Indirect, "the coalition would", "would hold", "Ångström said", "Ångström", "Zoë Ångström"},
		}},
	{"fuller name later", "Trump spoke in Iowa. Donald Trump Jr. did not.\n\nDonald Trump said the polls were wrong.",
		[]tq{
			{Indirect, "the polls were", "were wrong", "Donald Trump said", "Donald Trump", "Donald Trump"},
		}},
}

func TestEntityRules(t *testing.T) {
	for _, c := range entityCases {
		t.Run(c.name, func(t *testing.T) {
			d := buildDoc(t, c.text, c.qs)
			checkEntities(t, c.text, d, c.qs)
			if t.Failed() {
				for _, e := range d.Entities {
					t.Logf("entity %q: %v", e.Name, e.Mentions)
				}
			}
		})
	}
}
