package attribution

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
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
	{"text's own pronouns give gender", "Robin Hale opened the plant on Monday, and she thanked the workers. Sam Ortiz, a union leader, said he was proud of the workers.\n\n\"We built it,\" Ortiz said. \"The plant is ours,\" she said.",
		[]tq{
			{Indirect, "he was proud", "the workers", "Sam Ortiz, a union leader, said", "Sam Ortiz", "Sam Ortiz"},
			{Direct, "We built it", "it,", "Ortiz said", "Ortiz", "Sam Ortiz"},
			{Direct, "The plant is", "ours,", "she said", "she", "Robin Hale"},
		}},
	{"a role after a word of its office is a title", "The fire began in a shed, Fire Marshal Dana Pruitt said.",
		[]tq{
			{Indirect, "The fire began", "in a shed", "Fire Marshal Dana Pruitt said", "Fire Marshal Dana Pruitt", "Dana Pruitt"},
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
	{"a transcript speaker in capitals is the person named before", "Senator Ana Morales spoke to host Tim Ruiz on Monday.\n\nRUIZ: Why now?\n\nMORALES: Because it is time.",
		[]tq{
			{Indirect, "Why now", "now?", "RUIZ", "RUIZ", "Tim Ruiz"},
			{Indirect, "Because it", "time", "MORALES", "MORALES", "Ana Morales"},
		}},
	{"a phrase does not run over a clause", "The report found that wages rose while economists said prices fell.",
		[]tq{
			{Indirect, "prices fell", "fell", "economists said", "economists", "economists"},
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
	{"appositive before the name after a qualified role", "The company's head of personnel, Dana White, said talks had failed.\n\nThe head of personnel also said jobs were safe.",
		[]tq{
			{Indirect, "talks had failed", "talks had failed", "Dana White, said", "Dana White", "Dana White"},
			{Indirect, "jobs were safe", "jobs were safe", "The head of personnel also said", "The head of personnel", "Dana White"},
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
	{"speaker span with an appositive", "Hugh Hill, a doctor who runs a clinic in rural western Kansas, said the bill would close it. Sir Alan Prentice, the chief executive of NHS Providers, disagreed.\n\n\"It will not,\" he said.",
		[]tq{
			{Indirect, "the bill would", "close it", "Hugh Hill, a doctor who runs a clinic in rural western Kansas,", "Hugh Hill, a doctor who runs a clinic in rural western Kansas,", "Hugh Hill"},
			{Indirect, "It will not", "not,", "Sir Alan Prentice, the chief executive of NHS Providers,", "Sir Alan Prentice, the chief executive of NHS Providers,", "Alan Prentice"},
			{Direct, "It will not", "not,", "he said", "he", "Alan Prentice"},
		}},
	{"possessive organisation before the name", "\"We were wrong,\" The Harbor Review's Tomas Ekwall wrote. \"Fine,\" Sen. Ruth Calloway (I-Vt.) said.",
		[]tq{
			{Direct, "We were wrong", "wrong,", "The Harbor Review's Tomas Ekwall", "The Harbor Review's Tomas Ekwall", "Tomas Ekwall"},
			{Direct, "Fine", "Fine,", "Sen. Ruth Calloway (I-Vt.)", "Sen. Ruth Calloway (I-Vt.)", "Ruth Calloway"},
		}},
	{"name of a place after of", "Glaciologist Matthias Kessler of the Federal Institute of Technology said the ice was thinning.\n\nKessler said it would not recover.",
		[]tq{
			{Indirect, "the ice was", "was thinning", "Glaciologist Matthias Kessler of the Federal Institute of Technology", "Glaciologist Matthias Kessler of the Federal Institute of Technology", "Matthias Kessler"},
			{Indirect, "it would not", "not recover", "Kessler said", "Kessler", "Matthias Kessler"},
		}},
	{"titles with of, to and and", "Azerbaijani Minister of Digital Development and Transport Rashad Guliyev met Hungarian Ambassador to Azerbaijan Gábor Szalai.\n\nThe minister said ties were good. The diplomat said they would improve.",
		[]tq{
			{Indirect, "ties were good", "were good", "The minister said", "The minister", "Rashad Guliyev"},
			{Indirect, "they would", "would improve", "The diplomat said", "The diplomat", "Gábor Szalai"},
		}},
	{"an organisation named after a title word", "The Department of Justice said the case was closed.\n\nThe department said it would not appeal.",
		[]tq{
			{Indirect, "the case", "was closed", "The Department of Justice said", "The Department of Justice", "Department of Justice"},
			{Indirect, "it would", "not appeal", "The department said", "The department", "Department of Justice"},
		}},
	{"an organisation with for the", "The Federal Office for the Environment said the glacier had shrunk.",
		[]tq{
			{Indirect, "the glacier", "had shrunk", "", "The Federal Office for the Environment", "Federal Office for the Environment"},
		}},
	{"an organisation before a role and a name qualifies the name", "Foreign Ministry spokeswoman Ana Ruiz said talks would resume.\n\nWhite House press secretary Tom Vance said the visit was on.",
		[]tq{
			{Indirect, "talks would", "resume", "", "Foreign Ministry spokeswoman Ana Ruiz", "Ana Ruiz"},
			{Indirect, "the visit", "was on", "", "White House press secretary Tom Vance", "Tom Vance"},
		}},
	{"a plural possessive inside an organisation's name", "The Young Farmers' Federation said prices were too low.\n\nA spokeswoman for the National Teachers’ Union declined to comment.",
		[]tq{
			{Indirect, "prices were", "too low", "", "The Young Farmers' Federation", "Young Farmers' Federation"},
			{Indirect, "to comment", "to comment", "", "A spokeswoman for the National Teachers’ Union", "National Teachers’ Union"},
		}},
	{"a name before lower-case words and a name qualifies it", "The polls were wrong, Republican presidential front-runner Dana Cole said.\n\nMayor Li Wen of the Harbor Council said the polls were right.",
		[]tq{
			{Indirect, "The polls", "were wrong", "", "Republican presidential front-runner Dana Cole", "Dana Cole"},
			{Indirect, "the polls", "were right", "", "Mayor Li Wen of the Harbor Council", "Li Wen"},
		}},
	{"a party before a name qualifies it", "The vote was rigged, Republican Dana Cole said.\n\nDemocrat Li Wen said the count was fair, and Liberal Democrats said so too.",
		[]tq{
			{Indirect, "The vote", "was rigged", "", "Republican Dana Cole", "Dana Cole"},
			{Indirect, "the count", "was fair", "", "Democrat Li Wen", "Li Wen"},
			{Indirect, "so", "so", "", "Liberal Democrats", "Liberal Democrats"},
		}},
	{"and, of and for inside the name of a body", "The Harbor and Canal Workers Union said the strike would end.\n\nThe Department of Roads and Public Works said the bridge was safe.\n\nThe Institute for the Study of Coastal Erosion said the dunes were thinning.\n\nThe Harbor Council and Port Authority said dredging would resume.",
		[]tq{
			{Indirect, "the strike", "would end", "", "The Harbor and Canal Workers Union", "Harbor and Canal Workers Union"},
			{Indirect, "the bridge", "was safe", "", "The Department of Roads and Public Works", "Department of Roads and Public Works"},
			{Indirect, "the dunes", "were thinning", "", "The Institute for the Study of Coastal Erosion", "Institute for the Study of Coastal Erosion"},
			{Indirect, "dredging", "would resume", "", "The Harbor Council and Port Authority", "Harbor Council"},
		}},
	{"a company noun before a name makes it a company's", "Regulators fined the carmaker Velto Motors on Monday.\n\nThe company said it would appeal.",
		[]tq{
			{Indirect, "it would", "would appeal", "", "The company", "Velto Motors"},
		}},
	{"a possessive pronoun gives no gender to its antecedent", "“We are ready,” said Tom Vance, who has backed Dana Ruiz since her first campaign.\n\nVance said he expects Ruiz to win easily. But he said the party should plan ahead.",
		[]tq{
			{Direct, "We are ready", "ready,", "said Tom Vance", "Tom Vance", "Tom Vance"},
			{Indirect, "he expects", "win easily", "Vance said", "Vance", "Tom Vance"},
			{Indirect, "the party", "plan ahead", "But he said", "he", "Tom Vance"},
		}},
	{"the lines of an interview: the answers the person named most, the questions the one named after with", "Mayor Dana Ruiz defended the budget on Monday. “We kept our promises,” Ruiz said.\n\nRuiz later spoke with the Ledger's Tom Vance. An excerpt:\n\nQ: Will taxes rise?\n\nA: No. Not this year.",
		[]tq{
			{Direct, "We kept", "promises,", "Ruiz said", "Ruiz", "Dana Ruiz"},
			{Indirect, "Will taxes", "rise?", "Q:", "Q", "Tom Vance"},
			{Indirect, "No.", "this year.", "A:", "A", "Dana Ruiz"},
		}},
	{"the lines of an interview: the interviewer named as often as the interviewee asks the questions", "Mayor Dana Ruiz of Eastport sat down with the Ledger's Tom Vance to talk about the harbour.\n\nQ: Will the ferry run?\n\nA: Yes. Every day.",
		[]tq{
			{Indirect, "Will the", "run?", "Q:", "Q", "Tom Vance"},
			{Indirect, "Yes.", "Every day.", "A:", "A", "Dana Ruiz"},
		}},
	{"a role of another party names someone else", "Democratic presidential candidate Ana Ruiz spoke in Ohio on Monday.\n\nThe Democratic presidential candidate said the plan would work.\n\nThe Republican nominee said it would fail.",
		[]tq{
			{Indirect, "the plan", "would work", "", "The Democratic presidential candidate", "Ana Ruiz"},
			{Indirect, "it would", "would fail", "", "The Republican nominee", "Republican nominee"},
		}},
	{"a name written in prose replaces a title's", "Longtime Gadfly Ana Ruiz Says Levy Will Pass.\n\nAna Ruiz said on Monday that the vote was near.\n\n“We have the votes,” Ruiz said.",
		[]tq{
			{Indirect, "Levy Will", "Will Pass", "", "Longtime Gadfly Ana Ruiz", "Ana Ruiz"},
			{Indirect, "the vote", "was near", "", "Ana Ruiz", "Ana Ruiz"},
			{Direct, "We have", "votes,", "” Ruiz said", "Ruiz", "Ana Ruiz"},
		}},
	{"a title paragraph names no one", "Harlan Says Budget Is Safe for Schools.\n\nThe governor spoke in Albany on Monday.\n\n“We will not cut schools,” Mr. Harlan said.",
		[]tq{
			{Direct, "We will not", "cut schools,", "Mr. Harlan said", "Mr. Harlan", "Harlan"},
		}},
	{"nickname in quotation marks", "Ohio Gov. Dwayne “Buck” Harlan came out swinging on Thursday.\n\n“Eight budgets,” Harlan said.",
		[]tq{
			{Direct, "Eight budgets", "budgets,", "” Harlan said", "Harlan", "Dwayne Harlan"},
		}},
	{"capitalised modifier before a role", "\"He has a plan,\" Republican strategist Karen Liebowitz said.",
		[]tq{
			{Direct, "He has a plan", "plan,", "Republican strategist Karen Liebowitz", "Republican strategist Karen Liebowitz", "Karen Liebowitz"},
		}},
	{"group opening the speaker span", "Economists at the Kiel Institute said growth would slow.",
		[]tq{
			{Indirect, "growth would", "would slow", "Economists at the Kiel Institute", "Economists at the Kiel Institute", "Kiel Institute"},
		}},
	{"acronym after the name", "The Democratic National Committee apologized on Monday.\n\nThe DNC said the emails were wrong. \"We regret it,\" the committee said.",
		[]tq{
			{Indirect, "the emails were", "were wrong", "The DNC said", "The DNC", "Democratic National Committee"},
			{Direct, "We regret it", "it,", "the committee said", "the committee", "Democratic National Committee"},
		}},
	{"name after the acronym", "\"No comment,\" the NRA said.\n\nThe National Rifle Association later said it would respond.",
		[]tq{
			{Direct, "No comment", "comment,", "the NRA said", "the NRA", "National Rifle Association"},
			{Indirect, "it would respond", "would respond", "The National Rifle Association later", "The National Rifle Association", "National Rifle Association"},
		}},
	{"the company", "Regulators fined Nordvik Holdings and Halvorsen, the Norwegian company, on Monday.\n\nThe company said the fine was unfair. \"We will appeal,\" the firm said.",
		[]tq{
			{Indirect, "the fine was", "was unfair", "The company said", "The company", "Halvorsen"},
			{Direct, "We will appeal", "appeal,", "the firm said", "the firm", "Halvorsen"},
		}},
	{"a date is no name: the phrase's head", "Turnout was high, early exit polls released Monday showed.\n\n\"It is close,\" fundraising reports filed on Saturday suggest.",
		[]tq{
			{Indirect, "Turnout was", "was high", "early exit polls released Monday", "early exit polls released Monday", "early exit polls"},
			{Direct, "It is close", "close,", "fundraising reports filed on Saturday", "fundraising reports filed on Saturday", "fundraising reports"},
		}},
	{"a date opening the span is skipped", "In May, a federal judge ruled that the law stands. Thursday, he expanded upon his ruling.\n\nGowdy earlier Thursday said the panel would meet.",
		[]tq{
			{Indirect, "that the law", "law stands", "May, a federal judge", "May, a federal judge", "federal judge"},
			{Indirect, "his ruling", "his ruling", "Thursday, he", "Thursday, he", "federal judge"},
			{Indirect, "the panel would", "would meet", "Gowdy earlier Thursday", "Gowdy earlier Thursday", "Gowdy"},
		}},
	{"a month alone is the surname of a name given in full", "Prime Minister Theresa May spoke in London on Monday.\n\n\"We will leave,\" May said.\n\n\"It is over,\" Tuesday said.",
		[]tq{
			{Direct, "We will leave", "leave,", "May said", "May", "Theresa May"},
			{Direct, "It is over", "over,", "Tuesday said", "Tuesday", ""},
		}},
	{"quotation marks in a speaker span pair up or go", "Taxes would rise, her “clawback” plan says.\n\nRents would fall, his \"clawback\" plan says.\n\nMarine John “Tig” Tiegen said the base held.",
		[]tq{
			{Indirect, "Taxes would", "would rise", "her “clawback” plan", "her “clawback” plan", "clawback plan"},
			{Indirect, "Rents would", "would fall", "his \"clawback\" plan", "his \"clawback\" plan", "clawback plan"},
			{Indirect, "the base", "base held", "Marine John “Tig” Tiegen", "Marine John “Tig” Tiegen", "Marine John Tiegen"},
		}},
	{"a capital ending in s at a sentence start is a name unless the text says otherwise", "Sanders said the rally was big. Texas Sen. Ted Cruz said the race was close.\n\nLawyers following the case said the fine was fair. Sanders’ aides said the poll was wrong. Protesters said the fine was low, and the protesters left.",
		[]tq{
			{Indirect, "the rally was", "was big", "Sanders said", "Sanders", "Sanders"},
			{Indirect, "the race was", "was close", "Texas Sen. Ted Cruz", "Texas Sen. Ted Cruz", "Ted Cruz"},
			{Indirect, "the fine was fair", "was fair", "Lawyers following the case", "Lawyers following the case", "lawyers"},
			{Indirect, "the poll was", "was wrong", "Sanders’ aides", "Sanders’ aides", "Sanders’ aides"},
			{Indirect, "the fine was low", "was low", "Protesters said", "Protesters", "protesters"},
		}},
	{"a name before a noun of a person qualifies it, one before a text or an event speaks through it", "Mayor Ann Okafor spoke on Monday. The plan is dead, said an Okafor volunteer in Dayton.\n\nThe race is close, a WXYZ tally shows. The budget is short, the Okafor administration said.",
		[]tq{
			{Indirect, "The plan is", "is dead", "said an Okafor volunteer in Dayton", "an Okafor volunteer in Dayton", "Okafor volunteer"},
			{Indirect, "The race is", "is close", "a WXYZ tally shows", "a WXYZ tally", "WXYZ"},
			{Indirect, "The budget is", "is short", "the Okafor administration said", "the Okafor administration", "Okafor administration"},
		}},
	{"a name that ends an opening phrase has no appositive after its comma", "In an interview with the Herald, the mayor said the budget was balanced.\n\nIn Dayton, the capital of the county, the mayor said the plan was dead.",
		[]tq{
			{Indirect, "the budget was", "was balanced", "the mayor said the budget", "the mayor", "mayor"},
			{Indirect, "the plan was", "was dead", "the mayor said the plan", "the mayor", "mayor"},
		}},
	{"a connector does not open a name when the sentence's first word is dropped", "Shares of Zentro Inc. fell on Thursday. The company said it would buy back shares.",
		[]tq{
			{Indirect, "it would", "back shares", "The company said", "The company", "Zentro Inc."},
		}},
	{"a name after the Arabic article is capitalised and matches without it", "President Omar al-Rashid said the talks would go on.\n\nRashid added that the border was open. \"We will win,\" al-Rashid said.",
		[]tq{
			{Indirect, "the talks would", "would go on", "President Omar al-Rashid said", "President Omar al-Rashid", "Omar al-Rashid"},
			{Indirect, "that the border", "was open", "Rashid added", "Rashid", "Omar al-Rashid"},
			{Direct, "We will", "win,", "al-Rashid said", "al-Rashid", "Omar al-Rashid"},
		}},
	{"an administrator is a title, groups speak for themselves", "The Environmental Protection Agency issued a rule. EPA Administrator Ana Ruiz said the rule was fair.\n\nEnvironmental groups said it was weak.",
		[]tq{
			{Indirect, "the rule was", "was fair", "EPA Administrator Ana Ruiz said", "EPA Administrator Ana Ruiz", "Ana Ruiz"},
			{Indirect, "it was", "was weak", "Environmental groups said", "Environmental groups", "Environmental groups"},
		}},
	{"a lower-case particle inside a name", "Coach Anne ten Bosch said the team would recover.\n\n\"We stick together,\" ten Bosch said.",
		[]tq{
			{Indirect, "the team would", "would recover", "Coach Anne ten Bosch said", "Coach Anne ten Bosch", "Anne ten Bosch"},
			{Direct, "We stick", "together,", "ten Bosch said", "ten Bosch", "Anne ten Bosch"},
		}},
	{"a month after a title is a surname", "Prime Minister Ana May flew to Brussels in May. The deal was good, Mrs May said.\n\nThe talks would go on, said Mr June.",
		[]tq{
			{Indirect, "The deal was", "was good", "Mrs May said", "Mrs May", "Ana May"},
			{Indirect, "The talks would", "would go on", "said Mr June", "Mr June", "June"},
		}},
	{"a name before a group noun of people qualifies it, one before a document noun speaks through it", "Mayor Ann Okafor spoke on Monday. The plan is dead, Okafor aides said.\n\nSenate Finance Committee aides said the bill was dead. The race is close, Gallup polls show. Many Finance Committee members said the bill would pass.",
		[]tq{
			{Indirect, "The plan is", "is dead", "Okafor aides said", "Okafor aides", "Okafor aides"},
			{Indirect, "the bill was", "was dead", "Senate Finance Committee aides said", "Senate Finance Committee aides", "Senate Finance Committee aides"},
			{Indirect, "The race is", "is close", "Gallup polls show", "Gallup polls", "Gallup"},
			{Indirect, "the bill would", "would pass", "Many Finance Committee members said", "Many Finance Committee members", "Finance Committee members"},
		}},
	{"a speaker span read on its own ends at a comma or parenthesis; a relative opening it is its antecedent", "Marquez, 24, said the store was closed. Kasich (who has 25 delegates) said he would stay.\n\nJustice Samuel Alito, who in two earlier opinions wrote that the law stood, spoke.",
		[]tq{
			{Indirect, "the store was", "was closed", "Marquez, 24,", "Marquez, 24,", "Marquez"},
			{Indirect, "he would stay", "would stay", "Kasich (who has 25 delegates)", "Kasich (who has 25 delegates)", "Kasich"},
			{Indirect, "that the law", "law stood", "who in two earlier opinions", "who in two earlier opinions", "Samuel Alito"},
		}},
	{"a proper group keeps its capital; a time is no speaker", "Republicans said the bill was dead.\n\nTurnout rose, last year showed.",
		[]tq{
			{Indirect, "the bill was", "was dead", "Republicans said", "Republicans", "Republicans"},
			{Indirect, "Turnout rose", "Turnout rose", "last year showed", "last year", ""},
		}},
	{"capitalised groups joined by and speak together", "Both Democrats and Republicans said the bill was flawed.\n\nDemocrats and independents say the vote was rushed.",
		[]tq{
			{Indirect, "the bill was", "was flawed", "Both Democrats and Republicans said", "Both Democrats and Republicans", "Democrats and Republicans"},
			{Indirect, "the vote was", "was rushed", "Democrats and independents say", "Democrats and independents", "Democrats and independents"},
		}},
	{"a span cut before its relative clause leaves no comma", "One attendee, who asked not to be named, said the talks failed.",
		[]tq{
			{Indirect, "the talks", "talks failed", "One attendee, who asked not to be named,", "One attendee, who asked not to be named,", "one attendee"},
		}},
	{"a verb of saying ends the phrase a determiner opens", "The suspect told officers he had been asleep.",
		[]tq{
			{Indirect, "he had been", "been asleep", "The suspect told", "The suspect", "suspect"},
		}},
	{"a group noun before a title is part of the title", "Police said the bridge was shut.\n\nPolice Commissioner Dan Royce said it would open on Friday.",
		[]tq{
			{Indirect, "the bridge was", "was shut", "Police said", "Police", "police"},
			{Indirect, "it would open", "on Friday", "Police Commissioner Dan Royce said", "Police Commissioner Dan Royce", "Dan Royce"},
		}},
	{"fuller name later", "Trump spoke in Iowa. Donald Trump Jr. did not.\n\nDonald Trump said the polls were wrong.",
		[]tq{
			{Indirect, "the polls were", "were wrong", "Donald Trump said", "Donald Trump", "Donald Trump"},
		}},
}

// TestCleanName checks the canonical form of names taken from the text:
// white space collapsed, quotation marks kept when they pair up, dropped
// when they do not, apostrophes kept.
func TestCleanName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Lu Mei", "Lu Mei"},
		{"Lu\n  Mei", "Lu Mei"},
		{"Lu\u00a0Mei", "Lu Mei"},
		{"clawback” plan", "clawback plan"},
		{`clawback" plan`, "clawback plan"},
		{"“clawback plan", "clawback plan"},
		{"clawback ' plan", "clawback plan"},
		{`Robert C. "Bobby" Scott`, `Robert C. Scott`},
		{"Marine John “Tig” Tiegen", "Marine John Tiegen"},
		{"Dwayne “Buck” Harlan", "Dwayne Harlan"},
		{"Martin O’Malley", "Martin O’Malley"},
		{"D'Souza", "D'Souza"},
		{"Sanders’ campaign", "Sanders’ campaign"},
		{"Winning Isn’t The Only Goal", "Winning Isn’t The Only Goal"},
		{"«Nord» Group", "«Nord» Group"},
		{"Nord» Group", "Nord Group"},
		{"' ", "'"},
		{`"`, `"`},
		{"\n", "\n"},
	} {
		if got := cleanName(c.in); got != c.want {
			t.Errorf("cleanName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
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

// polnearRecord is one line of ../shared/data/polnear/dev.jsonl.
type polnearRecord struct {
	DocID  string `json:"doc_id"`
	Paras  [2]int `json:"paragraphs"`
	Text   string `json:"text"`
	Quotes []struct {
		Kind         Kind `json:"kind"`
		Start        int  `json:"start"`
		End          int  `json:"end"`
		SpeakerStart *int `json:"speaker_start"`
		SpeakerEnd   *int `json:"speaker_end"`
	} `json:"quotes"`
}

// TestEntityPolNeAR resolves the gold speakers of PolNeAR dev articles
// (paragraphs joined with blank lines; gold quotes and speaker spans, the
// parser's paragraphs and sentences) and reports how many are resolved, by
// kind of mention, with two consistency checks that need no gold
// coreference: no entity is both "he" and "she", and a resolved pronoun
// names an entity that the article also names as a speaker. The data is
// not part of the repository: the test skips without it, and under -short.
func TestEntityPolNeAR(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	f, err := os.Open("../shared/data/polnear/dev.jsonl")
	if err != nil {
		t.Skip("PolNeAR dev data absent:", err)
	}
	defer f.Close()
	type doc struct {
		text   strings.Builder
		quotes []Quote
	}
	docs := map[string]*doc{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r polnearRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		d := docs[r.DocID]
		if d == nil {
			d = &doc{}
			docs[r.DocID] = d
			order = append(order, r.DocID)
		}
		if d.text.Len() > 0 {
			d.text.WriteString("\n\n")
		}
		off := d.text.Len()
		d.text.WriteString(r.Text)
		for _, q := range r.Quotes {
			x := Quote{Kind: q.Kind, Start: off + q.Start, End: off + q.End}
			if q.SpeakerStart != nil && q.SpeakerEnd != nil && *q.SpeakerStart < *q.SpeakerEnd {
				x.Speaker = &Span{Start: off + *q.SpeakerStart, End: off + *q.SpeakerEnd}
			}
			d.quotes = append(d.quotes, x)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	// linked counts resolutions to an entity named otherwise than the
	// mention itself ("the ambassador" → "Lu Mei", not "ambassador").
	type tally struct{ n, resolved, linked int }
	by := map[string]*tally{}
	classOf := func(s string) string {
		k := strings.ToLower(strings.TrimSpace(s))
		switch {
		case k == "he" || k == "she" || k == "him" || k == "her" || k == "his":
			return "he/she"
		case k == "they" || k == "it" || k == "their" || k == "its" || k == "them":
			return "they/it"
		case k == "i" || k == "we" || k == "me" || k == "my" || k == "our" || k == "us":
			return "I/we"
		case k == "who" || k == "which" || k == "that":
			return "who/which"
		case strings.HasPrefix(k, "the ") || strings.HasPrefix(k, "a ") || strings.HasPrefix(k, "an "):
			return "the/a phrase"
		}
		if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
			return "name"
		}
		return "other"
	}
	mixed, pron, pronNamed := 0, 0, 0
	var elapsed time.Duration
	var bytes int
	var samples []string
	for _, id := range order {
		dd := docs[id]
		text := dd.text.String()
		d := Parse(text)
		d.Quotes, d.Entities = dd.quotes, nil
		for i := range d.Quotes {
			q := &d.Quotes[i]
			if q.Start < 0 || q.End > len(text) || q.Start > q.End {
				q.Start, q.End = 0, 0
			}
			q.Text = text[q.Start:q.End]
			if q.Speaker != nil {
				if q.Speaker.End > len(text) {
					q.Speaker = nil
				} else {
					q.Speaker.Text = text[q.Speaker.Start:q.Speaker.End]
				}
			}
		}
		sort.SliceStable(d.Quotes, func(a, b int) bool { return d.Quotes[a].Start < d.Quotes[b].Start })
		start := time.Now()
		r := resolveDoc(text, d)
		elapsed += time.Since(start)
		if sub := os.Getenv("ENTITY_DEBUG"); sub != "" && strings.Contains(text, sub) {
			for _, mi := range r.order {
				m := &r.f.ms[mi]
				name := ""
				if m.cluster >= 0 {
					name = r.cs[m.cluster].name
				}
				cl := cluster{}
				if m.cluster >= 0 {
					cl = r.cs[m.cluster]
				}
				t.Logf("%6d p%d s%d %-30q kind=%d ek=%d subj=%v obl=%v spk=%v → %q ek=%d g=%d m=%d f=%d", m.start, m.para, m.sent, text[m.start:m.end], m.kind, m.ek, m.subject, m.oblique, m.speaker, name, cl.ek, cl.gender, cl.male, cl.female)
			}
		}
		bytes += len(text)
		checkEntityInvariants(t, text, d)
		named := map[string]bool{}
		gender := map[string]string{}
		for _, q := range d.Quotes {
			if q.Speaker != nil && q.Entity != "" && classOf(q.Speaker.Text) == "name" {
				named[q.Entity] = true
			}
		}
		for _, q := range d.Quotes {
			if q.Speaker == nil {
				continue
			}
			c := classOf(q.Speaker.Text)
			tl := by[c]
			if tl == nil {
				tl = &tally{}
				by[c] = tl
			}
			tl.n++
			if q.Entity == "" {
				continue
			}
			tl.resolved++
			if !strings.Contains(strings.ToLower(q.Speaker.Text), strings.ToLower(q.Entity)) {
				tl.linked++
			}
			if want := os.Getenv("ENTITY_SAMPLES"); want != "" && want != "he/she" && c == want && len(samples) < 40 && (tl.n*7919)%13 == 0 &&
				(os.Getenv("ENTITY_UNLINKED") == "" || strings.Contains(strings.ToLower(q.Speaker.Text), strings.ToLower(q.Entity))) {
				lo := max(0, q.Speaker.Start-250)
				samples = append(samples, fmt.Sprintf("%s → %s | …%s", q.Speaker.Text, q.Entity,
					strings.ReplaceAll(text[lo:q.Speaker.End], "\n", " ")))
			}
			if c == "he/she" {
				pron++
				if named[q.Entity] {
					pronNamed++
				}
				g := "m"
				if k := strings.ToLower(q.Speaker.Text); k == "she" || k == "her" {
					g = "f"
				}
				if old, ok := gender[q.Entity]; ok && old != g && old != "x" {
					mixed++
					gender[q.Entity] = "x"
				} else if !ok {
					gender[q.Entity] = g
				}
				if os.Getenv("ENTITY_SAMPLES") == "he/she" && len(samples) < 40 && (pron*7919)%97 == 0 {
					lo := max(0, q.Speaker.Start-300)
					samples = append(samples, fmt.Sprintf("%s → %s | …%s", q.Speaker.Text, q.Entity,
						strings.ReplaceAll(text[lo:q.Speaker.End], "\n", " ")))
				}
			}
		}
	}
	names := make([]string, 0, len(by))
	for c := range by {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		tl := by[c]
		t.Logf("%-14s %5d speakers, %5d resolved (%.1f%%), %5d to another name (%.1f%%)", c, tl.n, tl.resolved,
			100*float64(tl.resolved)/float64(max(tl.n, 1)), tl.linked, 100*float64(tl.linked)/float64(max(tl.n, 1)))
	}
	t.Logf("he/she resolved: %d; to an entity also named as a speaker: %d (%.1f%%); entities both he and she: %d",
		pron, pronNamed, 100*float64(pronNamed)/float64(max(pron, 1)), mixed)
	t.Logf("%d articles, %.1f MB, resolution %v (%.1f MB/s)", len(order), float64(bytes)/1e6, elapsed,
		float64(bytes)/1e6/elapsed.Seconds())
	if os.Getenv("ENTITY_SAMPLES") != "" {
		for _, s := range samples {
			t.Log(s)
		}
	}
}

// TestEntityThroughParse runs whole texts through Parse. The quote finder is
// written alongside this resolver: a case whose quotes Parse does not find
// yet, or finds without the expected speaker, is skipped, not failed; only
// the entity of a quote whose speaker is found is checked.
func TestEntityThroughParse(t *testing.T) {
	cases := []struct {
		name string
		text string
		want map[string]string // speaker text → entity
	}{
		// A role word male by form but used of women too ("chairman",
		// "Alderman") gives a soft gender: a later "Ms." or "Mrs." with
		// the surname is still that person, and "Mr." with a surname
		// still finds a spokesman named before.
		{"a chairman or alderman may be a woman", "The harbor board chairman, Dina Varga, said the cranes would be fixed.\n\nMs Varga said later that the unions had agreed.\n\nAlderman Ruth Okafor said the ward needed a clinic. Mrs. Okafor said the money was there.\n\nA spokesman for the board, Ivo Brandt, said the work was late. Mr. Brandt said it would cost more.",
			map[string]string{"Ms Varga": "Dina Varga", "Mrs. Okafor": "Ruth Okafor", "Mr. Brandt": "Ivo Brandt"}},
		// A speaker "who" after a plural noun for people that no mention
		// covers is that group: the clause is what the group says.
		{"who after a group noun is the group", "Voters who said the bridge mattered most backed the mayor.",
			map[string]string{"who": "voters"}},
		{"who after two groups joined by and", "Rents rose again this year, angering nurses and teachers, who said the city had failed them.",
			map[string]string{"who": "nurses and teachers"}},
		// A role at the end of a quotation is no appositive of the name
		// after the closing mark: "her father,” Wirth said" does not make
		// Wirth a father, a man apart from Ms. Wirth.
		{"a role closing a quotation is not the speaker's", "Ms. Dana Wirth spoke on Monday.\n\n“I hope to see more of what she sees in her father,” Wirth said.",
			map[string]string{"Wirth": "Dana Wirth"}},
		// Family words of everyday and tabloid English are roles, with
		// their gender: "the mum" is the mother named before.
		{"mum and dad are roles", "A grieving mum, Tessa Vold, said the road was unsafe. The mum said the council ignored her.\n\nA dad, Rolf Berg, said the limit was too high. The dad said he had written twice.",
			map[string]string{"The mum": "Tessa Vold", "The dad": "Rolf Berg"}},
		// An age after "the" as a speaker is the person its paragraph
		// has just named, its subject first; not a name in a quotation.
		{"an age epithet is the person just named", "Ann Lee beat Jo Park in two sets on Sunday. The 24-year-old said she had trained for months.",
			map[string]string{"The 24-year-old": "Ann Lee"}},
		{"an age epithet is not a name it quotes", "Her speech drew cheers.\n\n“Ruth Vale is a fine leader,” said the 46-year-old.",
			map[string]string{"the 46-year-old": "46-year-old"}},
		// So is a demonym after "the"; not one qualifying a noun.
		// A speaker span that holds a person's name and a role in
		// apposition names the person, whatever qualifies the role.
		{"a role then a name in apposition", "A baker at the old market, Mrs. Ada Varn, said the flour had run out.\n\nThe member representing Lorvik South, Hon. Tom Bekk, said the road was closed.",
			map[string]string{"A baker at the old market, Mrs. Ada Varn,": "Ada Varn", "The member representing Lorvik South, Hon. Tom Bekk,": "Tom Bekk"}},
		{"a name then a role in apposition", "Kovar, a lawyer, said the case was weak.\n\nLater, the lawyer said it would fail.",
			map[string]string{"Kovar, a lawyer,": "Kovar", "the lawyer": "Kovar"}},
		// An office with a link phrase, then a comma and a name: the
		// whole office is a role ("Governor of Varna State" was taken for
		// a body, "Resources" for a name).
		{"an office with a link phrase, then its holder", "The Governor of Varna State, Alhaji Sani Dauda, said the bridge would open.\n\nThe Commissioner for Water Resources, Mrs. Efe Obi, said the pipes were old.",
			map[string]string{"The Governor of Varna State, Alhaji Sani Dauda,": "Sani Dauda", "The Commissioner for Water Resources, Mrs. Efe Obi,": "Efe Obi"}},
		// A role of a body, "in" a body or closed by a parenthesis
		// before the comma, still stands in apposition to the name.
		{"a role in a body, a name with a parenthesis", "The chairman of the Harbor Traders Union, Col. Ben Udo (retd.), opened the market on Monday. The chairman said trade would grow.\n\nThe permanent secretary in the ministry, Dr. Ife Ola, visited the plant. The permanent secretary said the funds had come.",
			map[string]string{"The chairman": "Ben Udo", "The permanent secretary": "Ife Ola"}},
		// A role that owns the speaker's role is no speaker: "the
		// President's Communications Director" is the director.
		{"a possessive role before a named role", "President Omar Tal said the talks were over.\n\nThe Varnian President's Communications Director Ali Kaya said the talks would resume.",
			map[string]string{"The Varnian President's Communications Director Ali Kaya": "Ali Kaya"}},
		// "Mallam" is an honorific, and "-general" offices are roles.
		{"mallam and a comptroller-general", "Mallam Ado Bako, a farmer, said the rain was late. Bako said prices would rise.\n\nThe Comptroller-General of Customs, Col. Ibi Tanko (retd.), said the border was shut.",
			map[string]string{"Bako": "Ado Bako", "The Comptroller-General of Customs, Col. Ibi Tanko (retd.),": "Ibi Tanko"}},
		// A text that runs wire dispatches together starts anew at each
		// dateline: "He" is the new story's subject, not the speaker of
		// the story before.
		{"a dateline opens a new story", "VARNA, May 2 (Varnpress) -- Foreign Minister Ivo Dragan said on Monday that the talks had gone well.\n\n\"We are pleased with the result,\" Mr. Dragan told reporters.\n\nAccording to the minister, the two sides discussed trade and energy.\n\nLORVIK, May 2 (Lorpress) -- Tomas Brek, member of the Presidium of the State Council of the Republic, inspected a steel plant.\n\nHe noted that output had doubled.",
			map[string]string{"He": "Tomas Brek"}},
		// A body's name split at its "and" before a role and a name
		// qualifies the name with both parts.
		{"a body's name with and before a role and a name", "Varna Tailors and Weavers Guild chairperson Eli Moss said the mills were closed.",
			map[string]string{"Varna Tailors and Weavers Guild chairperson Eli Moss": "Eli Moss"}},
		{"a demonym epithet is the person just named", "Kiprop Tanui led from the start. The Kenyan said the wind had helped him.\n\nMarco Velasquez won in four sets. “I played my best tennis,” the Spaniard said.",
			map[string]string{"The Kenyan": "Kiprop Tanui", "the Spaniard": "Marco Velasquez"}},
		// A role qualified by a place ("the Ohio senator") that no one
		// was introduced with is the person the paragraph has just
		// named; not one qualified by a party.
		{"a role qualified by a place is the person just named", "Tom Vance toured the flooded towns on Monday. The Ohio senator said the state would help.\n\nAnn Lee spoke at the rally. The Democratic nominee said the race was close.",
			map[string]string{"The Ohio senator": "Tom Vance", "The Democratic nominee": "Democratic nominee"}},
		// A nickname of two or three words in quotation marks inside a
		// name is part of it, and left out of the entity's name.
		{"a nickname of several words inside a name", "Jonny “The Hammer” Whitlow said he was ready. Whitlow said the crowd helped.\n\nLia \"Little Big Shot\" Moss said she was tired.",
			map[string]string{"Jonny “The Hammer” Whitlow": "Jonny Whitlow", "Whitlow": "Jonny Whitlow", "Lia \"Little Big Shot\" Moss": "Lia Moss"}},
		// A tabloid lead's long word in capitals before a noun describes
		// the noun: no name of its own ("HEARTBROKEN" was the entity).
		{"a word in capitals opening a tabloid lead", "A HEARTBROKEN mum has told how the storm took her roof.\n\nA NATO spokesman said the drills would go on.",
			map[string]string{"A HEARTBROKEN mum": "HEARTBROKEN mum", "A NATO spokesman": "NATO spokesman"}},
		// A rank word before a role ("Prime", "Chief") makes another
		// office than the one named before with another qualifier; the
		// same rank still refers back.
		{"a prime or chief minister is not the federal minister", "Federal Minister for Ports Ali Raza said the harbour would reopen.\n\nThe Prime Minister said the state would pay.\n\nThe Chief Minister said the province had asked for more.\n\nOn Monday, Deputy Mayor Ann Lee said the budget was late. The deputy mayor said later it was not.",
			map[string]string{"The Prime Minister": "Prime Minister", "The Chief Minister": "Chief Minister", "The deputy mayor": "Ann Lee"}},
		// A compound adjective of a place before a name qualifies it.
		{"a place-based or place-born adjective before a name", "Texas-based Matt Lutz said the bill was dead.\n\nSouth Varnian-born Jo Park said the vote was late.\n\nLater, Park said it was close.",
			map[string]string{"Texas-based Matt Lutz": "Matt Lutz", "South Varnian-born Jo Park": "Jo Park", "Park": "Jo Park"}},
		// A name written as a web address is a website, a body: "He"
		// after it is Hale, not the site that spoke last.
		{"a web address is no person", "Tom Hale has long attacked the press.\n\nHale, in turn, cites his fans as the source of his own figures, such as his claim that crime rose by half (the real rise is closer to 5 percent, according to Harborcheck.org). He defended his plan by citing a poll.",
			map[string]string{"He": "Tom Hale"}},
		// A place before a party qualifies the name after them as the
		// party alone does; not a determiner in a headline's capitals.
		{"a place before a party before a name", "Lorvik Republican Ray Bunt said the bill was dead.\n\nNew Varna Democrat Jo Park said the vote was late.\n\nLater, Bunt said the count was close.",
			map[string]string{"Lorvik Republican Ray Bunt": "Ray Bunt", "New Varna Democrat Jo Park": "Jo Park", "Bunt": "Ray Bunt"}},
		// A character reference of an apostrophe inside a name, as
		// scraped text keeps it, is part of the name ("Tom O" was the
		// entity), and before a final "s" a possessive ending.
		{"a character reference of an apostrophe inside a name", "Tom O&rsquo;Neil said the bridge was safe.\n\nO&rsquo;Neil added that the road would open.\n\nAnn D&#8217;Souza said the port was busy. D&#8217;Souza&#39;s office said it was late.",
			map[string]string{"Tom O&rsquo;Neil": "Tom O&rsquo;Neil", "O&rsquo;Neil": "Tom O&rsquo;Neil", "Ann D&#8217;Souza": "Ann D&#8217;Souza", "D&#8217;Souza&#39;s office": "D&#8217;Souza office"}},
		// Occupations of the stage, the studio and the county office are
		// roles: before a name they are stripped from it as titles are.
		{"occupations before a name are roles", "Comedian Ann Vale said the show was over.\n\nCo-anchor Lia Marsh said the news was good.\n\nLorvik County Recorder Nell Haas said the polls were open.\n\nState Party Committeeman Ray Dunn said the count was fair.",
			map[string]string{"Comedian Ann Vale": "Ann Vale", "Co-anchor Lia Marsh": "Lia Marsh", "Lorvik County Recorder Nell Haas": "Nell Haas", "State Party Committeeman Ray Dunn": "Ray Dunn"}},
		{"a disc jockey and a secretary-treasurer before a name", "DJ Ann Bond said the set was long.\n\nHarbor Workers Secretary-Treasurer Gary Lutz said the strike was over.",
			map[string]string{"DJ Ann Bond": "Ann Bond", "Harbor Workers Secretary-Treasurer Gary Lutz": "Gary Lutz"}},
		// A surname used alone keeps to its person over one whose first
		// name is that word and whose own surname was used alone: "John"
		// is Tom John, not John Hale, named last.
		{"a surname used alone is not another's first name", "Paul Grant, the county treasurer, opposed the plan.\n\n\"It is bad,\" said Ned Paul, head of the ward committee. Paul is standing for the board.\n\nGrant, the treasurer, declined to comment. He said the vote would be close.\n\nPaul, the ward chairman, said the group worked to rally members.",
			map[string]string{"Paul, the ward chairman,": "Ned Paul"}},
		// A title's link phrase with "of the Republic of" and a place
		// before the name goes on with the title ("minister of Energy"
		// was the entity), after a link phrase with "and" too.
		{"of the Republic of a place inside a title before the name", "Minister of Energy of the Republic of Velmora Elna Brask said the plant will open.",
			map[string]string{"Minister of Energy of the Republic of Velmora Elna Brask": "Elna Brask"}},
		{"a link phrase with and before a second of", "Minister of Youth and Sports of Velmora Elna Brask said the games will open.",
			map[string]string{"Minister of Youth and Sports of Velmora Elna Brask": "Elna Brask"}},
		// An honorific of rank after "His" or "Her" is a title: stripped
		// from the name it styles, and alone it refers back to that
		// person ("His Highness" was the entity "Highness").
		{"an honorific alone refers back to the person it styled", "His Highness Sheikh Tamir bin Khalid Al Nouri received the envoy on Monday.\n\nHis Highness said the two nations were close friends.",
			map[string]string{"His Highness": "Tamir bin Khalid Al Nouri"}},
		{"a majesty refers back to the queen", "Her Majesty Queen Elin of Varnland opened the bridge.\n\nHer Majesty said the bridge would unite the coast.",
			map[string]string{"Her Majesty": "Elin"}},
		{"an excellency before a name is a title", "His Excellency Omar Saleh Al Rumi, Minister of State, said the port will open in May.",
			map[string]string{"His Excellency Omar Saleh Al Rumi, Minister of State,": "Omar Saleh Al Rumi"}},
		// The honorifics of the British, South Asian, Malaysian, Gulf and
		// West African press are titles, stripped from the name.
		{"a councillor's abbreviation is a title", "Cllr Nora Vance said the library would stay open.",
			map[string]string{"Cllr Nora Vance": "Nora Vance"}},
		{"Shri is a title", "Opposition leader Shri Vikram Dole said the bridge was unsafe.",
			map[string]string{"Opposition leader Shri Vikram Dole": "Vikram Dole"}},
		{"H.E. is a title", "H.E. Omar Rumi noted that the port will open in May.",
			map[string]string{"H.E. Omar Rumi": "Omar Rumi"}},
		{"Hon. is a title", "The Minister of Roads, Hon. Ada Okafor, said the bridge will open.",
			map[string]string{"The Minister of Roads, Hon. Ada Okafor,": "Ada Okafor"}},
		{"Datuk Seri are titles", "Home Minister Datuk Seri Amin Noor said the checks will go on.",
			map[string]string{"Home Minister Datuk Seri Amin Noor": "Amin Noor"}},
		// "for" links a title to its office as "of" does, in British and
		// Commonwealth styles: "Minister for Planning Ann Roe".
		{"a title linked by for", "Federal Minister for Ports Mr. Tariq Lodhi said the harbour will open.",
			map[string]string{"Federal Minister for Ports Mr. Tariq Lodhi": "Tariq Lodhi"}},
		{"a title linked by for after the", "The Minister for Harbours Ola Berg said the pier was safe.",
			map[string]string{"The Minister for Harbours Ola Berg": "Ola Berg"}},
		{"a secretary linked by for", "Secretary for Home Affairs Ola Berg said the border was calm.",
			map[string]string{"Secretary for Home Affairs Ola Berg": "Ola Berg"}},
		// A role set off before a name after a participle's phrase is
		// the name's, not that of the paper the phrase names.
		{"a role after a participle's phrase is the next name's", "Speaking to The Harbour Post, the port chief, Elsa Hart, warned that the dam may fail.",
			map[string]string{"the port chief, Elsa Hart,": "Elsa Hart"}},
		// The first word of a sentence after a dateline on its line opens
		// the sentence: "The" is no name ("The" was the entity).
		{"a determiner after a dateline on its line", "LORVIK (Reuters) - The harbour master said the pier was safe.",
			map[string]string{"The harbour master": "harbour master"}},
		{"a determiner after a wire's bare credit", "Velmar, IRNA -- The harbour master said the pier was safe.",
			map[string]string{"The harbour master": "harbour master"}},
		// A title whose link phrase has a second "of" before the name
		// ("of Foreign Affairs of Ruritania") is one title: the name is
		// the last words, not "Affairs".
		{"a second of inside a title before the name", "Deputy Minister of Foreign Affairs of Ruritania Elnar Kovač said the border would stay open.",
			map[string]string{"Deputy Minister of Foreign Affairs of Ruritania Elnar Kovač": "Elnar Kovač"}},
		// A title word inside the words after the link ("Executive") only
		// narrows the name the link gives; it does not widen it.
		{"a title word after the link does not widen the name", "Head of the Lorvik District Executive Power Elchin Mammadli said the road was open.",
			map[string]string{"Head of the Lorvik District Executive Power Elchin Mammadli": "Elchin Mammadli"}},
		// The asker after "by" in a participle clause that opens the
		// sentence is not the pronoun, its subject: "she" is Lee.
		{"the agent of a fronted participle is not its pronoun subject", "The singer Ann Lee arrived in town on Monday.\n\nAsked by Tom Ward whether she would stay, she said: \"Only for a week.\"",
			map[string]string{"she": "Ann Lee"}},
		// An office speaks for its owner: "his office" is Hale's, the
		// subject of what it reports, not Ward's, whose words fill the
		// paragraph before.
		{"a pronoun that owns the speaker is the subject of its content", "Senator Tom Ward spoke at length on Monday about the budget. He said the state would cut costs and close two libraries.\n\nGovernor Sam Hale, who was in Boston, will veto the bill this week, his office said.",
			map[string]string{"his office": "Hale office"}},
		// A speaker who opens a quotation of several sentences is present
		// through them: "He" after it is Hale, not Ortiz, whom the
		// quotation names in its last sentences.
		{"a speaker stays salient through his quotation", "\"I regret the remarks,\" Tom Hale said. \"They were wrong. I said so at once. I will not say them again. But is Sam Ortiz the answer? No.\"\n\nHe added: \"We will win in the fall.\"",
			map[string]string{"He": "Tom Hale"}},
		// A definite predicate names its subject: "the party nominee" is
		// Ann Lee, and so is the later "the nominee".
		{"a predicate after a copula names the subject", "Few expected that Ann Lee would become the party nominee.\n\nThe nominee said the polls were wrong.",
			map[string]string{"The nominee": "Ann Lee"}},
		// A subject "he" is none of the people its own clause names: not
		// Grant, whom he accuses, though Grant was the last subject.
		{"a subject pronoun is not the name in its clause", "Paul Grant faced Sam Ortiz at a debate on Sunday, but a hoarse Ortiz landed several blows.\n\nHe accused Grant of ignoring the farmers.",
			map[string]string{"He": "Sam Ortiz"}},
		// A general word for a body names back the body named just
		// before with a more specific word or by its initials: "the
		// group" is the foundation, "the agency" the bureau.
		{"a general word for a body names the body named before", "The Harbor Heritage Foundation counted 40 closed piers in the county.\n\nMost were built before 1950, the group said.",
			map[string]string{"the group": "Harbor Heritage Foundation"}},
		{"a general word for a body names back initials", "The report was sent to the NTSB on Monday.\n\nThe agency said it would review the crash within a month.",
			map[string]string{"The agency": "NTSB"}},
		// Not a body with a name of its own, nor one named long before.
		{"a body word with a name of its own is its own body", "The Harbor Heritage Foundation counted 40 closed piers in the county.\n\nMost were built before 1950, the Pier Watch group said.",
			map[string]string{"the Pier Watch group": "Pier Watch group"}},
		// A capitalised adjective before a noun that is no role word is
		// not the speaker: the name in apposition after it is.
		{"an adjective before a noun and a name in apposition", "The harbor reopened on Monday.\n\nAn Icelandic blogger, Ann Holm, reported this week that she had seen the plans.",
			map[string]string{"An Icelandic blogger, Ann Holm,": "Ann Holm"}},
		// A surname alone is the person's, not that of the body named
		// after the person just before ("the Hale Foundation"); a word
		// that no person's name ends with keeps to the body.
		{"a surname is the person's before a body named after the person", "Mayor Tom Hale opened the new library on Monday.\n\nThe Hale Foundation paid for most of the building.\n\n\"It is a gift to the town,\" Hale said.",
			map[string]string{"Hale": "Tom Hale"}},
		{"a word of a body's name with no person of that name is the body's", "The Ostrander Foundation paid for most of the new library.\n\n\"It is a gift to the town,\" Ostrander said.",
			map[string]string{"Ostrander": "Ostrander Foundation"}},
		// "By" alone after a text names its author, as after a
		// participle ("released by").
		{"by after a text names its author", "The bridge opened in May.\n\nMost drivers use it twice a day, a survey by the Harbor Institute found.",
			map[string]string{"a survey by the Harbor Institute": "Harbor Institute"}},
		{"a name of two words before a noun and a name in apposition", "The harbor reopened on Monday.\n\n\"It is a sad day,\" said another Harbor Board critic, Piet Bos.",
			map[string]string{"another Harbor Board critic, Piet Bos": "Piet Bos"}},
		// A name the lexer ends at its dot before a hyphen is part of a
		// compound adjective: the speaker is the phrase.
		{"a name before a hyphen is an adjective", "The court ruled on Monday.\n\nA U.K.-born blogger said the ruling was wrong.",
			map[string]string{"A U.K.-born blogger": "U.K.-born blogger"}},
		// A chamber and a party before a name qualify it, as the party
		// alone does: the chamber's word makes no body of the name.
		{"a chamber and a party before a name", "The vote is set for Friday.\n\nHouse Republican Tom Hale said the bill would pass.\n\nSenate Democrat Ann Vale said it would fail.",
			map[string]string{"House Republican Tom Hale": "Tom Hale", "Senate Democrat Ann Vale": "Ann Vale"}},
		// A capital "The" inside a sentence does not carry a run of
		// capitals past the possessive of its body into a person's name.
		{"a person named after a body's possessive with a capital The", "The mayor resigned on Monday.\n\nAs The Gazette's Ann Lee put it, the mayor had no choice.",
			map[string]string{"The Gazette's Ann Lee": "Ann Lee"}},
		// "Mrs." picks the Vale known to be a woman over the Vale named
		// last, of no known gender.
		{"a title of gender picks the cluster of that gender", "Ann Vale opened the school on Monday, and she was cheered by parents.\n\nTom Vale's record on taxes was debated on Tuesday.\n\n\"We will win,\" Mrs. Vale said.",
			map[string]string{"Mrs. Vale": "Ann Vale"}},
		// A participle clause that opens the sentence has the pronoun for
		// its subject: Ward, whom it names, is not "she".
		{"a pronoun is not the name in its fronted participle clause", "The actress Ann Lee backed the school bond on Monday.\n\nAsked about the mayor, Tom Ward, who has opposed the bond for years, she said: \"I don't know him.\"",
			map[string]string{"she": "Ann Lee"}},
		// A surname alone used for one Vale keeps to her when another
		// Vale is named later: "Vale said" is still the mayor.
		{"a surname alone keeps to the person it was used for", "Mayor Ann Vale opened the bridge on Monday. Vale said it was on time.\n\nHer brother, Tom Vale, said his firm had built it for less.\n\nVale said the toll would fall next year.",
			map[string]string{"Vale": "Ann Vale"}},
		// A speaker phrase ends where its span ends: the verb after it is
		// no part of its name, though it looks like a plural noun
		// ("claims", "reports") or a noun after a modifier ("focuses").
		{"a speaker phrase is not named with its verb", "The lawsuit claims that the council ignored the leaks.\n\nThe Harbor Gazette reports that the mayor will resign.",
			map[string]string{"The lawsuit": "lawsuit", "The Harbor Gazette": "Harbor Gazette"}},
		// The people a name's possessive introduces speak for themselves.
		{"a name's allies are not the name", "Mayor Dana Cole lost the vote on Monday.\n\nCole's allies said the count was wrong. Some Cole backers said the same.",
			map[string]string{"Cole's allies": "allies", "Some Cole backers": "Cole backers"}},
		// The university is the speaker, not an appositive of the
		// foundation that ends the content before it.
		{"a role after a name with no closing comma is a speaker", "The study was published on Monday. The research was funded by the Heart Foundation, the university said.",
			map[string]string{"the university": "university"}},
		// A name that qualifies a role and a name is no subject: the
		// coach is.
		{"a name before a role and a name is no subject", "Harrowgate beat Millbeck United on Saturday. Millbeck took the lead early.\n\nMillbeck coach Andrea Santos was less pleased. \"We gave away two goals,\" she said.",
			map[string]string{"she": "Andrea Santos"}},
		// A noun between two heads qualifies the second: the boards are
		// boards, not a state and a county, named with the words that
		// tell them apart, and two of them. A rank before a noun and a
		// role ranks the role: the speaker is an officer, not a chief.
		{"a noun between two heads qualifies the second", "The state election board said turnout rose. The county election board said turnout fell.\n\nMarlow Foods posted a loss. The company's chief financial officer said costs rose.",
			map[string]string{"The state election board": "state election board", "The county election board": "county election board", "The company's chief financial officer": "company's chief financial officer"}},
		// A role's "of" phrase and its possessive before an office own
		// it: the office is named whole, not "secretary". An office a
		// role owns is no earlier office of another owner.
		{"an office owned by a role", "The secretary of state's office said the count was final.\n\nMayor Ann Lee was away. Lee's office said she was ill. The governor's office said the budget was late. The mayor's office said she was back.",
			map[string]string{"The secretary of state's office": "secretary of state's office", "Lee's office": "Lee office", "The governor's office": "governor's office", "The mayor's office": "Lee office"}},
		// An irregular plural's possessive goes on into an organisation
		// word, as "Workers'" does: one name, not "Fund".
		{"an irregular plural's possessive inside a name", "The Northland Children's Fund said the clinics would open.\n\nThe Women's League said the race was off.",
			map[string]string{"The Northland Children's Fund": "Northland Children's Fund", "The Women's League": "Women's League"}},
		// A plural role in -men after a body is a group of people, not
		// the body named before.
		{"a plural role in -men is a group", "The Harbor Committee met on Monday.\n\nThe committee chairmen said the vote would wait.",
			map[string]string{"The committee chairmen": "committee chairmen"}},
		// The voters who answer a survey did not write it: the survey
		// that speaks later is its own entity, not "voters".
		{"a survey is not its respondents'", "Half of the voters in the new survey said the town needed a pool. The survey also found that taxes were unpopular.",
			map[string]string{"The survey": "survey"}},
		// An outlet that reported is what "the newspaper" names back,
		// though its name holds no word for a newspaper.
		{"a media word names the outlet that reported", "The mayor toured the flooded district on Monday, the Harbor Sentinel reported.\n\nThe newspaper reported that the repairs would cost millions.",
			map[string]string{"The newspaper": "Harbor Sentinel"}},
		// A plural and a verb in -ed after it end the noun phrase: the
		// donors are the verb's object, not the head of the speaker.
		{"a plural and its verb end the phrase", "The delegations urged donors to pay more.",
			map[string]string{"The delegations": "delegations"}},
		// Two particles in a row are part of the name: "de la", "van der".
		{"a name with two particles", "Inés de la Vega, the curator, said the gallery would reopen. \"We are ready,\" de la Vega said.\n\nPieter van der Holt said the canal froze.",
			map[string]string{"Inés de la Vega, the curator,": "Inés de la Vega", "de la Vega": "Inés de la Vega", "Pieter van der Holt": "Pieter van der Holt"}},
		// A party word before a lower-case noun is no subject: Lee is.
		{"a party word is no subject", "Tom Ward spoke first.\n\nOn Sunday, Democratic front-runner Ann Lee pressed Ward on taxes as she sought to win back voters.",
			map[string]string{"she": "Ann Lee"}},
		// "a survey" is a new text: the plan's author did not write it.
		{"an indefinite text has no earlier author", "The mayor criticized the plan on Monday, saying it would cost too much.\n\nShoppers remained cautious, according to a survey.",
			map[string]string{"The mayor": "mayor", "a survey": "survey"}},
		// A role that ends in its body's name takes the appositive name
		// after it; a place after a comma is no name of a person.
		{"a role with its body, then a name", "The head of the Port Authority, Nadia Osei, said the pier would reopen.\n\nThe mayor of Lakeport, Ohio, said the town was ready.",
			map[string]string{"The head of the Port Authority, Nadia Osei,": "Nadia Osei", "The mayor of Lakeport, Ohio,": "mayor"}},
		// The minister the quotation names is not the minister who says it.
		{"a role speaker is not named in its own quotation", "Energy Minister Omar Sadiq visited the plant on Monday.\n\n\"We met Trade Minister Lena Holt to discuss the cable,\" the minister said.",
			map[string]string{"the minister": "Omar Sadiq"}},
		// "she" inside Hale's quotation tells nothing of Hale's gender.
		{"a pronoun in a quotation gives no gender", "Tom Hale spoke on Tuesday.\n\n\"If she wins, she will raise taxes,\" Hale said of Ann Burke.\n\nAnn Burke replied on Wednesday. \"That is wrong,\" she said.",
			map[string]string{"Hale": "Tom Hale", "she": "Ann Burke"}},
		// "the" before a name is weak evidence of a body: it does not
		// undo "he" resolved to the name before.
		{"the before a person's name", "Tom Vale spoke in Denver on Friday. He said the tax would fall.\n\nBy evening he was back to the Vale of his first campaign. \"We will win,\" he said.",
			map[string]string{"He": "Tom Vale", "he": "Tom Vale"}},
		// Ward stands between the second "he" and Lee's last mention
		// that is no possessive: the pronoun gives Lee no gender, and the
		// last "she" is hers.
		{"a possessive name is no proof of a pronoun's gender", "Sen. Ann Lee questioned bank chief Tom Ward on Tuesday over the missing funds.\n\n“You should resign,” Lee told Ward, after he admitted under Lee’s questioning he had not been punished.\n\n“This is not right,” Lee said. “You blamed the tellers,” she said.",
			map[string]string{"she": "Ann Lee"}},
		// Groups that "and" joins speak together: not the first alone.
		{"groups joined by and", "Nurses and hospital officials said the ward would close.\n\nThe mayor met farmers and grain traders, who said prices would fall. Doctors and nurses said the same.",
			map[string]string{"Nurses and hospital officials": "nurses and hospital officials", "Doctors and nurses": "doctors and nurses"}},
		// "nurses" qualifies "unions": the unions speak.
		{"a group noun before a plural body", "The state nurses unions said the ward would close.",
			map[string]string{"The state nurses unions": "state nurses unions"}},
		// A name's publicist speaks for the publicist, not for the name.
		{"a name's publicist", "Actor Tom Vale and his wife split on Monday.\n\nVale's publicist said the split was friendly.",
			map[string]string{"Vale's publicist": "publicist"}},
		// A trustee's title is no part of her name.
		{"a trustee's title", "Trustee Ann Pell said the vote was close.",
			map[string]string{"Trustee Ann Pell": "Ann Pell"}},
		// A place that a fronted phrase names is not the subject after
		// its comma, with an adverb before the preposition, or with a
		// name after the subject set off by commas.
		{"a fronted place is no subject's name", "In Dunmore, a farmer, Ed Cole, said the crop had failed.\n\nBack in Marlow, a baker, Ana Ruiz, said flour was scarce. \"We close at noon,\" she said.",
			map[string]string{"a farmer, Ed Cole,": "Ed Cole", "a baker, Ana Ruiz,": "Ana Ruiz", "she": "Ana Ruiz"}},
		// A title may write "is" in lower case: its capitals make no
		// name ("Dunn Tells Board Delay").
		{"a title with a lower-case verb be", "Dunn Tells Board Delay is Costly.\n\nCity treasurer Kay Dunn told the board on Monday that the audit was worrying.\n\n“We cannot wait,” Dunn said.",
			map[string]string{"Dunn": "Kay Dunn"}},
		// The body is named after Lee: Lee is not the body.
		{"a name is not the body named after it", "The Ann Lee Foundation gave the school a new library on Monday.\n\n“We are proud of it,” Ann Lee said.",
			map[string]string{"Ann Lee": "Ann Lee"}},
		// The subject of a reported quote's content may be its pronoun
		// speaker, named by the writer in her place, when no one more
		// salient stands before.
		{"the subject of reported content may be its speaker", "Ann Lee founded the firm in 1990. It grew fast. The board met on Monday to weigh a merger with a rival.\n\nBut Dana Reyes, who had joined the board a year before, poured “cold water on the plan at once,” she wrote in her book.",
			map[string]string{"she": "Dana Reyes"}},
		{"groups joined by and after a determiner", "Ann Lee lost the vote on Monday.\n\nHer aides and close allies said the count was wrong.",
			map[string]string{"Her aides and close allies": "aides and close allies"}},
		{"name then pronoun", "Gov. Pat Long visited the flooded town on Friday.\n\n\"We will rebuild,\" Long said. \"It will take a year,\" he said.",
			map[string]string{"Long": "Pat Long", "he": "Pat Long"}},
		{"role then role", "\"The border is open,\" Foreign Minister Ana Ruiz said on Monday.\n\n\"Trade will resume,\" the minister said.",
			map[string]string{"Foreign Minister Ana Ruiz": "Ana Ruiz", "the minister": "Ana Ruiz"}},
		{"text as speaker", "Lu Mei said in an article published on Monday that ties were strong.\n\n\"Our countries are friends,\" the article reads.",
			map[string]string{"Lu Mei": "Lu Mei", "the article": "Lu Mei"}},
		{"organisation", "\"The decision is final,\" the Foreign Ministry said in a statement.\n\n\"No talks are planned,\" the ministry said.",
			map[string]string{"the Foreign Ministry": "Foreign Ministry", "the ministry": "Foreign Ministry"}},
		{"a name and its verb make no phrase", "In May 2003, after a struggling KVB asked staff to accept a wage freeze, 12,000 workers stayed.",
			map[string]string{"a struggling KVB": "KVB"}},
		// The second speaker, "A spokeswoman", ends before "for": the body
		// lies outside its span (this once sliced out of range).
		// A country's initials open the name of an agency that "and"
		// joins ("U.S. Immigration and Customs Enforcement"); "law
		// enforcement" in lower case names no body.
		{"a country's initials open a body's name with and", "A spokeswoman for U.S. Harbor and Coastal Enforcement said the pier was closed.\n\nA senior law enforcement official said the pier would reopen.",
			map[string]string{"A spokeswoman for U.S. Harbor and Coastal Enforcement": "U.S. Harbor and Coastal Enforcement", "A senior law enforcement official": "senior law enforcement official"}},
		// A name in a term is a title's: the show names no Lee of its own.
		{"a title in marks names no one", "Ann Lee runs the city.\n\nHer nephew hosts the talk show “Lee Tonight,” which began in May.\n\n“We are fine,” Lee said.",
			map[string]string{"Lee": "Ann Lee"}},
		{"a spokeswoman speaks for her body", "A spokeswoman for the House Budget Committee emailed reporters with the text of the law, arguing, “Plainly, the bill says nothing of the sort.”",
			map[string]string{"A spokeswoman for the House Budget Committee": "House Budget Committee"}},
		// A name after "in" places the speaker; it is not the speaker.
		{"a place is no speaker", "Some guests at the summit in Boise said they would walk out.",
			map[string]string{"Some guests at the summit in Boise": "guests at the summit"}},
		// A group with no body it speaks for is the group.
		{"a group speaks for itself", "Economists in Berlin said growth would slow.",
			map[string]string{"Economists in Berlin": "economists"}},
		// A text and its author after "by": the author's words.
		{"a text and its author", "A survey conducted by the Harbor Institute found that most riders want more buses.",
			map[string]string{"A survey conducted by the Harbor Institute": "Harbor Institute"}},
		{"a place after a name", "Mr. Ortiz’s campaign in Nevada said it had raised $2 million.",
			map[string]string{"Mr. Ortiz’s campaign in Nevada": "Ortiz campaign"}},
		// A capitalised role with no name after it heads its phrase,
		// which ends there; a title linked by "of" goes on to its name.
		{"a capitalised role heads its phrase", "The Foreign Secretary said talks would continue.\n\nThe minister of trade, Ann Li, said exports rose.",
			map[string]string{"The Foreign Secretary": "Foreign Secretary"}},
		// After an honorific a title word is a surname; a title alone
		// after "the" keeps its modifier in the name.
		{"a title word after an honorific is a surname", "LONDON — The Prime Minister said the bank was safe.\n\nAnn King runs the bank.\n\n“We are fine,” Ms. King said.",
			map[string]string{"Ms. King": "Ann King", "The Prime Minister": "Prime Minister"}},
		// A role word that is also a surname ends a name after a first
		// name; after "the" it is the role.
		{"a surname that is a role word", "Gov. Tom Baker met farmers.\n\n\"We will help,\" Baker said. \"Bread is dear,\" the baker said.",
			map[string]string{"Baker": "Tom Baker", "the baker": "baker"}},
		// A plural title opens the names it joins (the test through
		// Parse: its sentences do not end at the initials).
		{"a plural title before coordinated names", "U.S. Sens. Ann Li and Tom Ortiz said the bill was weak.",
			map[string]string{"U.S. Sens. Ann Li and Tom Ortiz": "Ann Li"}},
		// A verb opening a sentence-case headline is capitalised only
		// there: the name written without it in prose replaces it.
		{"a common word glued to a name at a sentence start", "Thank Ann Lee for the new bridge.\n\nLast year, Ann Lee won the vote for it. \"We kept our word,\" Lee said.",
			map[string]string{"Lee": "Ann Lee"}},
		// A party word before lower-case words qualifies them: it is not
		// the speaker, nor the body a spokesman speaks for; a party's
		// member before a word and a preposition is.
		{"a party word qualifies the words after it", "Most Republican primary voters said the tax was too high.\n\nA spokesman for Democratic candidate Ann Lee said she would cut it. One Republican involved in the talks said the cut was too small.",
			map[string]string{"Most Republican primary voters": "Republican primary voters", "A spokesman for Democratic candidate Ann Lee": "Ann Lee", "One Republican involved in the talks": "Republican"}},
		// A quantifier or an adjective opening a sentence is no first
		// name: "Top" does not join the name after it.
		{"a sentence-initial adjective is no first name", "Vale spoke in Denver on Monday.\n\nTop Vale aides said the plan was weak. \"We will win,\" Vale said.",
			map[string]string{"Vale": "Vale"}},
		// "Supervisor" is a role, whose "of" phrase ends before the name;
		// "Senators" a plural title, as "Sens." is.
		{"a role of and a plural title spelled out", "Ocean County Supervisor of Elections Maria Ortiz said the count was over.\n\nSenators Ann Li and Tom Ward met on Monday. \"We agree,\" Li said. \"It is over,\" Ortiz said.",
			map[string]string{"Li": "Ann Li", "Ortiz": "Maria Ortiz"}},
		// A party's plural before names qualifies them as its singular
		// does.
		{"a party's plural before names", "Democrats Ann Lee and Tom Ward spoke in Denver on Monday.\n\n\"We will win,\" Lee said.",
			map[string]string{"Lee": "Ann Lee"}},
		// A live blog's timestamp and dash open an entry as a sentence's
		// start does: "The" after them is no name ("The" was the
		// entity), "She" a pronoun ("She" was the entity).
		{"a determiner after a live blog's timestamp and dash", "09:40 — The ferry operator says the morning sailings are cancelled.",
			map[string]string{"The ferry operator": "ferry operator"}},
		{"a pronoun after a live blog's timestamp and dash", "Our reporter Mia Lund is at the pier.\n\n09:55 — She says the queue of cars is now a mile long.",
			map[string]string{"She": "Mia Lund"}},
		// A title that opens the sentence before a role in lower case
		// and a name ranks the role: the name speaks ("Chief" and "Head"
		// were the entities).
		{"a title ranking a role before a name", "Chief forecaster Ola Brenn said the gale would pass by noon.",
			map[string]string{"Chief forecaster Ola Brenn": "Ola Brenn"}},
		{"head coach before a name", "Head coach Ines Varga said the team was tired.",
			map[string]string{"Head coach Ines Varga": "Ines Varga"}},
		// A rank before a noun that is no known role: the noun is the
		// role, and the appositive name the speaker ("chief" was the
		// entity).
		{"a rank before an unknown role noun and an appositive name", "The chief forecaster, Ola Brenn, said the gale would pass by noon.",
			map[string]string{"The chief forecaster, Ola Brenn,": "Ola Brenn"}},
		// "Born" opening an obituary's sentence is no part of the name
		// after it ("Born Ann Dunn" was the entity).
		{"born before a name opening a sentence", "Born Ann Dunn in 1931, she trained as a nurse. \"I loved every shift,\" she said in 2004.",
			map[string]string{"she": "Ann Dunn"}},
		// What an unnamed source knows or is near is not the source
		// ("plans" and "Ines Varga" were the entities).
		{"a person familiar with a thing is not the thing", "A person familiar with the plans said the mill would close.",
			map[string]string{"A person familiar with the plans": "person familiar with the plans"}},
		{"a source close to a person is not the person", "Ines Varga left the club on Monday.\n\nA source close to Varga said she had been unhappy for months.",
			map[string]string{"A source close to Varga": "source"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Parse(c.text)
			checkEntityInvariants(t, c.text, d)
			checked := 0
			for _, q := range d.Quotes {
				if q.Speaker == nil {
					continue
				}
				want, ok := c.want[q.Speaker.Text]
				if !ok {
					continue
				}
				checked++
				if q.Entity != want {
					t.Errorf("speaker %q: entity %q, want %q", q.Speaker.Text, q.Entity, want)
				}
			}
			if checked == 0 {
				t.Skip("Parse finds none of the expected speakers yet")
			}
		})
	}
	// The seed, end to end: every quote that Parse attributes is Lu Mei's.
	b, err := os.ReadFile("testdata/trend_ambassador_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := Parse(string(b))
	n := 0
	for _, q := range d.Quotes {
		if q.Speaker == nil {
			continue
		}
		n++
		if q.Entity != "Lu Mei" {
			t.Errorf("seed: speaker %q has entity %q, want Lu Mei", q.Speaker.Text, q.Entity)
		}
	}
	if n == 0 {
		t.Log("seed: Parse finds no speakers yet")
	}
}

// TestMentionsInParagraph checks that no mention runs over a paragraph
// break: the words of a dateline are in no sentence, and take the
// headline's before them ("… at Harbour" ¶ "LAKEPORT —").
func TestMentionsInParagraph(t *testing.T) {
	text := "Nurses Rally at Harbour\n\nLAKEPORT \u2014 Nurses marched on Monday.\n\nLakeport officials said the march was calm."
	d := defaultParser.segment(text)
	defaultParser.findQuotes(text, d)
	r := resolveDoc(text, d)
	if r == nil {
		t.Fatal("no resolver")
	}
	for _, m := range r.f.ms {
		if s := text[m.start:m.end]; strings.Contains(s, "\n\n") {
			t.Errorf("mention %q runs over a paragraph break", s)
		}
	}
}

// TestEntityLinear checks that resolution stays linear on a long text with
// many speakers, names and pronouns, and on pathological input.
func TestEntityLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	var sb strings.Builder
	var qs []Quote
	for i := 0; i < 4000; i++ {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		fmt.Fprintf(&sb, "Sen. Name%c Surname%d of State%d met the ambassador. ", 'A'+i%26, i%50, i%7)
		s := sb.Len() + 1
		sb.WriteString("\"We talked,\" ")
		e := s + len("We talked,")
		sp := sb.Len()
		sb.WriteString("he said.")
		qs = append(qs, Quote{Kind: Direct, Start: s, End: e, Speaker: &Span{Start: sp, End: sp + 2}})
	}
	text := sb.String()
	for i := range qs {
		qs[i].Text = text[qs[i].Start:qs[i].End]
		qs[i].Speaker.Text = text[qs[i].Speaker.Start:qs[i].Speaker.End]
	}
	d := &Document{Paragraphs: testParagraphs(text)}
	d.Sentences = testSentences(text, d.Paragraphs)
	d.Quotes = qs
	start := time.Now()
	resolveEntities(text, d)
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("resolution of %d bytes took %v", len(text), el)
	}
	checkEntityInvariants(t, text, d)
	for _, q := range d.Quotes[:3] {
		if !strings.HasPrefix(q.Entity, "Name") {
			t.Errorf("he → %q, want a NameX SurnameY", q.Entity)
		}
	}
	// One sentence of 200,000 capitalised words, one speaker at the end.
	long := strings.Repeat("Abc ", 200000) + "\"Yes,\" he said."
	i := strings.Index(long, "Yes")
	h := strings.LastIndex(long, "he")
	d = &Document{Paragraphs: []Span{{Start: 0, End: len(long)}}, Sentences: []Span{{Start: 0, End: len(long)}},
		Quotes: []Quote{{Kind: Direct, Start: i, End: i + 4, Text: "Yes,", Speaker: &Span{Start: h, End: h + 2, Text: "he"}}}}
	start = time.Now()
	resolveEntities(long, d)
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("resolution of a long run took %v", el)
	}
}

// FuzzResolveEntities checks that resolution never panics and keeps its
// invariants whatever the quotes and speaker spans are.
func FuzzResolveEntities(f *testing.F) {
	f.Add("Mr. John Smith said it. \"Yes,\" he said. The ministry's spokeswoman, Ana Ruiz, agreed.", 5, 14, 25, 29)
	f.Add("\"I think that it fails,\" Donald Trump said.", 1, 22, 25, 37)
	f.Add("Lu Mei said in an article. \"Fine,\" the article reads.", 28, 33, 36, 47)
	f.Fuzz(func(t *testing.T, text string, qs, qe, ss, se int) {
		if qs < 0 || qe > len(text) || qs > qe || ss < 0 || se > len(text) || ss >= se {
			return
		}
		d := &Document{Paragraphs: testParagraphs(text)}
		d.Sentences = testSentences(text, d.Paragraphs)
		d.Quotes = []Quote{{Kind: Direct, Start: qs, End: qe, Text: text[qs:qe],
			Speaker: &Span{Start: ss, End: se, Text: text[ss:se]}}}
		resolveEntities(text, d)
		checkEntityInvariants(t, text, d)
	})
}

// TestEntityFixtures runs every fixture through Parse, with LF and CRLF line
// endings, and checks the entity invariants; the seed must give Lu Mei in
// both.
func TestEntityFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, crlf := range []bool{false, true} {
			text := string(b)
			if crlf {
				text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\n", "\r\n")
			}
			d := Parse(text)
			checkEntityInvariants(t, text, d)
			for _, e := range d.Entities {
				if strings.ContainsAny(e.Name, "\r\n\t") {
					t.Errorf("%s: entity name %q has control characters", f, e.Name)
				}
			}
			if filepath.Base(f) == "trend_ambassador_article.txt" {
				for _, q := range d.Quotes {
					if q.Speaker != nil && q.Entity != "Lu Mei" {
						t.Errorf("seed (crlf %v): speaker %q → %q", crlf, q.Speaker.Text, q.Entity)
					}
				}
			}
		}
	}
}

// TestEntityConcurrent resolves the same document from several goroutines:
// the tables are read-only and each call has its own state, so the results
// agree (run with -race).
func TestEntityConcurrent(t *testing.T) {
	b, err := os.ReadFile("testdata/trend_ambassador_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	want := Parse(text)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				if diff := cmp.Diff(want.Entities, Parse(text).Entities); diff != "" {
					errs <- diff
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Parse gave other entities (-want +got):\n%s", e)
	}
}

// TestTableFilters checks that the filtered look-ups of role.go (lexFilter,
// headWords, broaderOf, isCompanyWord) and the flags of wordTable that
// the resolver reads for possessive pronouns and name connectors answer
// as the plain maps do, for every table word, their variants and the
// words of the fixtures.
func TestTableFilters(t *testing.T) {
	words := map[string]bool{"": true, "x": true, "the": true, "zz": true, "politician": true, "lender": true, "conglomerate": true}
	for _, m := range []map[string]bool{orgWords, textWords, groupWords, determiners, prepositions, possessivePronouns, companyWords, nameConnectors} {
		for k := range m {
			words[k] = true
		}
	}
	for k, l := range broaderRoles {
		words[k] = true
		for _, w := range l {
			words[w] = true
		}
	}
	for k := range pronouns {
		words[k] = true
	}
	for k := range roleWords {
		words[k] = true
	}
	for k := range titleWords {
		words[k] = true
	}
	for k := range words {
		words[k+"s"], words[k+"."], words[strings.TrimSuffix(k, ".")], words[strings.TrimSuffix(k, "s")] = true, true, true, true
	}
	names, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, n := range names {
		b, _ := os.ReadFile(n)
		for _, w := range strings.Fields(strings.ToLower(string(b))) {
			words[w] = true
		}
	}
	for k := range words {
		p1, ok1 := pronounOf(k)
		p2, ok2 := pronouns[k]
		if p1 != p2 || ok1 != ok2 {
			t.Errorf("pronounOf(%q)", k)
		}
		if isDeterminer(k) != determiners[k] || isPreposition(k) != prepositions[k] || isOrgWord(k) != orgWords[k] {
			t.Errorf("determiner, preposition or organisation word %q", k)
		}
		r1, ok1 := roleOf(k)
		r2, ok2 := roleWords[k]
		if r1 != r2 || ok1 != ok2 {
			t.Errorf("roleOf(%q)", k)
		}
		t1, ok1 := titleOf(k)
		t2, ok2 := titleWords[k]
		if t1 != t2 || ok1 != ok2 {
			t.Errorf("titleOf(%q)", k)
		}
		c, w := headClass(k)
		// The chain of look-ups headClass replaced.
		var wc wordClass
		var ww wordInfo
		if textWords[k] {
			wc = classText
		} else if r, ok := roleWords[k]; ok {
			wc, ww = classRole, r
		} else if orgWords[k] {
			wc = classOrg
		} else if groupWords[k] {
			wc = classGroup
		}
		if c != wc || w != ww {
			t.Errorf("headClass(%q) = %v %v, want %v %v", k, c, w, wc, ww)
		}
		l1, ok1 := broaderOf(k)
		l2, ok2 := broaderRoles[k]
		if ok1 != ok2 || !slices.Equal(l1, l2) {
			t.Errorf("broaderOf(%q) = %v, %v; want %v, %v", k, l1, ok1, l2, ok2)
		}
		if isCompanyWord(k) != companyWords[k] {
			t.Errorf("isCompanyWord(%q) = %v", k, !companyWords[k])
		}
		e := &wordTable.entries[wordIndex(k)]
		if (e.is&lxPossPron != 0) != possessivePronouns[k] || (e.is&lxConn != 0) != nameConnectors[k] {
			t.Errorf("flags of %q: possessive pronoun %v, connector %v", k, e.is&lxPossPron != 0, e.is&lxConn != 0)
		}
	}
}

// TestSpanSet checks the word set of name.go against a map.
func TestSpanSet(t *testing.T) {
	base := "alpha beta Alpha gamma beta delta alphabet a b ab ba"
	s := newSpanSet(nil)
	want := map[string]bool{}
	for i := 0; i < len(base); {
		j := strings.IndexByte(base[i:], ' ')
		if j < 0 {
			j = len(base) - i
		}
		if (i/3)%2 == 0 {
			s.add(base[i : i+j])
			want[base[i:i+j]] = false
		}
		i += j + 1
	}
	for _, w := range []string{"beta", "a", "zeta"} {
		s.mark(w)
		if _, ok := want[w]; ok {
			want[w] = true
		}
	}
	for _, w := range strings.Fields(base + " zeta omega") {
		if s.has(w) != want[w] {
			t.Errorf("has(%q) = %v, want %v", w, s.has(w), want[w])
		}
	}
	// Growth: a thousand words, every other one marked.
	var b strings.Builder
	var at []int
	for i := range 1000 {
		at = append(at, b.Len())
		fmt.Fprintf(&b, "w%d ", i)
	}
	text := b.String()
	big := newSpanSet(nil)
	for i, p := range at {
		big.add(text[p : p+len(fmt.Sprintf("w%d", i))])
	}
	for i := 0; i < 1000; i += 2 {
		big.mark(fmt.Sprintf("w%d", i))
	}
	for i := range 1001 {
		if got := big.has(fmt.Sprintf("w%d", i)); got != (i%2 == 0 && i < 1000) {
			t.Errorf("has(w%d) = %v", i, got)
		}
	}
	if big.n != 1000 {
		t.Errorf("%d words in the set, want 1000", big.n)
	}
}

// pronounAnswer is scorePronoun's answer read from the clusters of order
// (in the order of their first mention back) and their scores: the
// first of the best above floor, and whether the second (or the floor)
// is within half of it.
func pronounAnswer(floor float64, order []int32, score map[int32]float64) (int, bool) {
	best, second, bestS := -1, 0.0, floor
	for _, c := range order {
		if s := score[c]; s > bestS {
			second = bestS
			best, bestS = int(c), s
		} else if s > second {
			second = s
		}
	}
	return best, best >= 0 && second*2 <= bestS
}

// TestPodiumSettled checks the early stop of scorePronoun: once
// podium.settled(bound) holds, scores of at most bound, given to old or
// new clusters, leave its answer (the best cluster, the first on a tie,
// and whether the second is within half of it) as it is.
func TestPodiumSettled(t *testing.T) {
	answer := pronounAnswer
	scores := []float64{0, 2.5, 10, 12, 20, 22.5, 30, 40, 45, 60, 80, 90, 120, 180}
	rng := rand.New(rand.NewSource(1))
	settled := 0
	for trial := 0; trial < 200000; trial++ {
		floor := 0.0
		if rng.Intn(2) == 0 {
			floor = 20
		}
		top := podium{floor: floor, c1: -1}
		best := map[int32]float64{}
		var order []int32
		add := func(c int32, s float64) {
			if _, ok := best[c]; !ok {
				order = append(order, c)
			}
			best[c] = max(best[c], s)
			top.add(c, best[c])
		}
		for range rng.Intn(8) {
			add(int32(rng.Intn(6)), scores[rng.Intn(len(scores))])
		}
		bound := scores[rng.Intn(len(scores))]
		if !top.settled(bound) {
			continue
		}
		settled++
		c0, ok0 := answer(floor, order, best)
		for range 1 + rng.Intn(10) {
			s := bound
			if rng.Intn(2) == 0 {
				s = scores[rng.Intn(len(scores))]
				if s > bound {
					s = bound * rng.Float64()
				}
			}
			add(int32(rng.Intn(9)), s)
		}
		if c, ok := answer(floor, order, best); c != c0 || ok != ok0 {
			t.Fatalf("trial %d: settled at bound %v, answer (%d, %v) became (%d, %v)", trial, bound, c0, ok0, c, ok)
		}
	}
	if settled < 1000 {
		t.Fatalf("only %d trials settled", settled)
	}
}
