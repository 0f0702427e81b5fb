package attribution

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// refScorePronoun is scorePronoun without its early stop and without
// its podium: every mention of the window is scored, and the answer is
// read from the clusters in the order of their first mention back.
func refScorePronoun(r *resolver, mi, pos int, p pronoun) (int, bool) {
	ms := r.f.ms
	m := &ms[mi]
	own := r.spkQuotes(mi)
	floor := 0.0
	if p.neuter || p.plural {
		floor = 20
	}
	// The names the clause of a pronoun that opens its sentence governs,
	// found over all the mentions rather than those after pos.
	var later [][]string
	if r.opensSentence(m) {
		stop := int32(r.clauseEnd(int(m.tokHi)))
		for i := range ms {
			a := &ms[i]
			if a.tokLo >= m.tokHi && a.tokLo < stop && a.kind == mName && !a.inDirect && !a.definiteOrg && !a.modifier && !r.f.toks[a.tokHi-1].has(tPoss) && len(later) < 4 {
				later = append(later, r.nameKeys(a))
			}
		}
	} else if front := r.frontedParticiple(m); front >= 0 {
		// The names of a participle clause that opens the sentence, the
		// four nearest the pronoun, none when a speaker is in it.
		var names []*mention
		spoke := false
		for i := range ms {
			a := &ms[i]
			if a.tokLo < int32(front) || a.tokLo >= m.tokLo || a.sent != m.sent || a.start >= m.start {
				continue
			}
			if a.speaker && a.kind != mRel && !a.oblique {
				spoke = true
			}
			if a.kind == mName && !a.inDirect && !a.definiteOrg && !a.modifier && !r.f.toks[a.tokHi-1].has(tPoss) {
				names = append(names, a)
			}
		}
		slices.SortFunc(names, func(x, y *mention) int { return cmp.Compare(y.start, x.start) })
		for _, a := range names {
			if !spoke && len(later) < 4 {
				later = append(later, r.nameKeys(a))
			}
		}
	}
	var order []int32
	score := map[int32]float64{}
	// The window's first paragraph: windowParas back, or a later one that
	// a dateline opens after a story (the text's own dateline before it,
	// or a paragraph of a body in the window before it).
	paraFloor := m.para - windowParas
	for k := int32(1); k <= m.para && int(k) < len(r.d.Paragraphs); k++ {
		ps := r.d.Paragraphs
		if _, ok := datelineAt(r.text, ps[k], false); !ok || k <= m.para-windowParas {
			continue
		}
		story := r.d.Dateline != nil && r.d.Dateline.Start < ps[k].Start
		for j := max(k-windowParas, 0); j < k; j++ {
			if ps[j].End-ps[j].Start > 200 {
				story = true
			}
		}
		if story {
			paraFloor = k
		}
	}
	for k := pos - 1; k >= max(pos-maxLookBack, 0); k-- {
		a := &ms[r.order[k]]
		if a.para < paraFloor {
			break
		}
		if a.cluster < 0 || a.start >= m.start {
			continue
		}
		inOwn := r.ownWeight(own, a, m.kind != mPron && m.possPron.person != 0)
		if inOwn == 0 {
			continue
		}
		w, ok := r.compatible(p, &r.cs[a.cluster])
		if _, seen := score[a.cluster]; !seen {
			order = append(order, a.cluster)
			score[a.cluster] = 0
		}
		if !ok || namedIn(&r.cs[a.cluster], later) {
			continue
		}
		s := roleScore[flagIf(a.speaker)|flagIf(a.oblique)<<1|flagIf(a.subject)<<2|flagIf(a.inDirect)<<3]
		s *= halvings[min(max(m.sent-a.reach, 0), 30)] * inOwn
		score[a.cluster] = max(score[a.cluster], s*w)
	}
	return pronounAnswer(floor, order, score)
}

// TestScorePronounRef compares scorePronoun with refScorePronoun for
// every third-person pronoun of the fixtures (and, without -short, of
// the PolNeAR articles), and every phrase a pronoun owns ("his office"),
// on the state the resolution leaves, each pronoun asked as "he", "she",
// "it" and "they".
func TestScorePronounRef(t *testing.T) {
	var texts []string
	names, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, n := range names {
		if data, err := os.ReadFile(n); err == nil {
			texts = append(texts, string(data))
		}
	}
	if !testing.Short() {
		if _, err := os.Stat(filepath.Join("..", "shared", "data", "polnear", "dev.jsonl")); err == nil {
			texts = append(texts, sentBenchTexts(&testing.B{})...)
		}
	}
	if len(texts) == 0 {
		t.Skip("no texts")
	}
	prons := []pronoun{
		{person: 3, gender: genderMale},
		{person: 3, gender: genderFemale},
		{person: 3, neuter: true},
		{person: 3, plural: true},
	}
	asked := 0
	for _, text := range texts {
		d := defaultParser.segment(text)
		defaultParser.findQuotes(text, d)
		r := resolveDoc(text, d)
		if r == nil {
			continue
		}
		for pos, mi := range r.order {
			if m := &r.f.ms[mi]; m.kind != mPron && m.kind != mName && m.possPron.person == 0 {
				continue
			}
			for _, p := range prons {
				c, ok := r.scorePronoun(mi, pos, p)
				c0, ok0 := refScorePronoun(r, mi, pos, p)
				asked++
				if c != c0 || ok != ok0 {
					t.Fatalf("mention %d (%q) as %+v: scorePronoun (%d, %v), reference (%d, %v)", mi, text[r.f.ms[mi].start:r.f.ms[mi].end], p, c, ok, c0, ok0)
				}
			}
		}
	}
	if asked < 100 {
		t.Fatalf("only %d pronouns asked", asked)
	}
}

// TestRoleScoreBounds checks the bounds that scorePronoun stops by:
// maxRoleScore is the highest roleScore, maxOtherScore the highest of a
// mention that is not a speaker, and half of the first is no more than
// the second.
func TestRoleScoreBounds(t *testing.T) {
	spk, other := 0.0, 0.0
	for i, s := range roleScore {
		if i&1 != 0 {
			spk = max(spk, s)
		} else {
			other = max(other, s)
		}
	}
	if spk != maxRoleScore || other != maxOtherScore || maxRoleScore/2 > maxOtherScore {
		t.Errorf("highest roleScore of a speaker %v, of another mention %v; constants %v, %v", spk, other, maxRoleScore, maxOtherScore)
	}
}
