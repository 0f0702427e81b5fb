package eval

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/attribution"
)

// PRF counts a match of predicted items against gold items: true positives,
// false positives (predicted, not gold) and false negatives (gold, not
// predicted).
type PRF struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), or 0 when nothing was predicted.
func (m PRF) Precision() float64 { return frac(m.TP, m.TP+m.FP) }

// Recall is TP/(TP+FN), or 0 when there is no gold item.
func (m PRF) Recall() float64 { return frac(m.TP, m.TP+m.FN) }

// F1 is the harmonic mean of precision and recall, 2TP/(2TP+FP+FN), or 0
// when there is neither a gold nor a predicted item.
func (m PRF) F1() float64 { return frac(2*m.TP, 2*m.TP+m.FP+m.FN) }

func (m *PRF) add(o PRF) { m.TP += o.TP; m.FP += o.FP; m.FN += o.FN }

// Ratio counts Hit successes out of Total cases (an accuracy or a recall).
type Ratio struct {
	Hit, Total int
}

// Value is Hit/Total, or 0 when Total is 0.
func (r Ratio) Value() float64 { return frac(r.Hit, r.Total) }

func (r *Ratio) add(o Ratio) { r.Hit += o.Hit; r.Total += o.Total }

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Counts holds the figures of EVALUATION.md, as counts that add up over
// records (so records can be scored in parallel and summed with Add).
type Counts struct {
	// Records is the number of records scored.
	Records int
	// Direct: gold direct segments (fragments, or the content span) against
	// predicted direct segments (parts, or the content span), exact.
	Direct PRF
	// DirectSpeaker: over gold direct segments matched by overlap whose
	// quote has a speaker, the predicted speaker overlaps the gold one.
	DirectSpeaker Ratio
	// Content: content spans of every attribution, any kind, exact.
	Content PRF
	// ContentDirect, ContentMixed and ContentIndirect: content exact,
	// restricted to gold and predicted items of one kind (a development aid,
	// not a figure of EVALUATION.md).
	ContentDirect, ContentMixed, ContentIndirect PRF
	// ContentOverlap: content spans, any kind, matched by overlap (a
	// development aid).
	ContentOverlap PRF
	// Source: speaker spans, exact.
	Source PRF
	// Cue: cue spans, exact.
	Cue PRF
	// Speech: gold attributions with a speech cue (IsSpeechCue) matched by
	// overlap with a predicted quote (speech recall).
	Speech Ratio
	// SpeechSpeaker: over the matched speech attributions that have a gold
	// speaker, the predicted speaker overlaps the gold one.
	SpeechSpeaker Ratio
}

// Add adds o's counts to c.
func (c *Counts) Add(o Counts) {
	c.Records += o.Records
	c.Direct.add(o.Direct)
	c.DirectSpeaker.add(o.DirectSpeaker)
	c.Content.add(o.Content)
	c.ContentDirect.add(o.ContentDirect)
	c.ContentMixed.add(o.ContentMixed)
	c.ContentIndirect.add(o.ContentIndirect)
	c.ContentOverlap.add(o.ContentOverlap)
	c.Source.add(o.Source)
	c.Cue.add(o.Cue)
	c.Speech.add(o.Speech)
	c.SpeechSpeaker.add(o.SpeechSpeaker)
}

// The metrics a Problem can belong to.
const (
	MetricDirect        = "direct"
	MetricDirectSpeaker = "direct-speaker"
	MetricContent       = "content"
	MetricSource        = "source"
	MetricCue           = "cue"
	MetricSpeech        = "speech"
	MetricSpeechSpeaker = "speech-speaker"
)

// Metrics lists the metric names of problems, in report order.
var Metrics = []string{MetricDirect, MetricDirectSpeaker, MetricContent, MetricSource,
	MetricCue, MetricSpeech, MetricSpeechSpeaker}

// The kinds of problem.
const (
	// Miss: a gold item that no predicted item matches.
	Miss = "miss"
	// False: a predicted item that matches no gold item.
	False = "false"
	// WrongSpeaker: the gold and predicted items match, but the predicted
	// speaker is missing or does not overlap the gold speaker.
	WrongSpeaker = "speaker"
)

// Problem is one error of the prediction, for a person to read.
type Problem struct {
	// Metric is one of Metrics; What is Miss, False or WrongSpeaker.
	Metric, What string
	// ID is the record's id as written in the file.
	ID string
	// Kind is the kind of the gold item (of the predicted one for False).
	Kind string
	// Gold is the gold item (nil for False, unless one overlaps: then the
	// gold item that overlaps it most). Pred is the predicted item (for a
	// Miss, the predicted item that overlaps the gold one most, or nil).
	Gold, Pred *Span
	// GoldSpeaker, GoldCue, PredSpeaker and PredCue are the speakers and
	// cues of the attributions that Gold and Pred belong to.
	GoldSpeaker, GoldCue, PredSpeaker, PredCue *Span
}

// item is one span to match, with the speaker and cue of its attribution.
type item struct {
	s, e         int
	kind         string
	speaker, cue *Span
}

// Score compares the prediction d for r.Text with the gold attributions of
// r and returns the counts. When collect is set it also returns the
// problems, in the order of Metrics, each in text order.
func Score(r *Record, d *attribution.Document, collect bool) (Counts, []Problem) {
	text := r.Text
	sc := scorer{text: text, id: string(r.ID), collect: collect}
	if sc.id == "" {
		sc.id = "null"
	}
	c := Counts{Records: 1}

	var gContent, gDirect, gSource, gCue, gSpeech []item
	for i := range r.Quotes {
		a := &r.Quotes[i]
		base := item{kind: a.Kind, speaker: sc.goldSpan(a.Speaker), cue: sc.goldSpan(a.Cue)}
		if a.Content != nil {
			if it, ok := sc.mk(base, a.Content.Start, a.Content.End); ok {
				gContent = append(gContent, it)
				if base.cue != nil && IsSpeechCue(base.cue.Text) {
					gSpeech = append(gSpeech, it)
				}
			}
		}
		if a.Kind == string(attribution.Direct) {
			if len(a.Fragments) > 0 {
				for _, f := range a.Fragments {
					if it, ok := sc.mk(base, f.Start, f.End); ok {
						gDirect = append(gDirect, it)
					}
				}
			} else if a.Content != nil {
				if it, ok := sc.mk(base, a.Content.Start, a.Content.End); ok {
					gDirect = append(gDirect, it)
				}
			}
		}
		if base.speaker != nil {
			gSource = append(gSource, item{s: base.speaker.Start, e: base.speaker.End, kind: a.Kind, speaker: base.speaker, cue: base.cue})
		}
		if base.cue != nil {
			gCue = append(gCue, item{s: base.cue.Start, e: base.cue.End, kind: a.Kind, speaker: base.speaker, cue: base.cue})
		}
	}

	var pContent, pDirect, pSource, pCue []item
	if d != nil {
		for i := range d.Quotes {
			q := &d.Quotes[i]
			base := item{kind: string(q.Kind), speaker: sc.predSpan(q.Speaker), cue: sc.predSpan(q.Cue)}
			it, ok := sc.mk(base, q.Start, q.End)
			if ok {
				pContent = append(pContent, it)
			}
			if q.Kind == attribution.Direct {
				if len(q.Parts) > 0 {
					for _, p := range q.Parts {
						if it, ok := sc.mk(base, p.Start, p.End); ok {
							pDirect = append(pDirect, it)
						}
					}
				} else if ok {
					pDirect = append(pDirect, it)
				}
			}
			if base.speaker != nil {
				pSource = append(pSource, item{s: base.speaker.Start, e: base.speaker.End, kind: base.kind, speaker: base.speaker, cue: base.cue})
			}
			if base.cue != nil {
				pCue = append(pCue, item{s: base.cue.Start, e: base.cue.End, kind: base.kind, speaker: base.speaker, cue: base.cue})
			}
		}
	}

	// direct exact, and direct speaker accuracy over overlap matches.
	c.Direct = sc.exact(MetricDirect, gDirect, pDirect)
	for gi, pi := range match(gDirect, pDirect) {
		g := gDirect[gi]
		if pi < 0 || g.speaker == nil {
			continue
		}
		c.DirectSpeaker.Total++
		if p := pDirect[pi]; overlaps(p.speaker, g.speaker) {
			c.DirectSpeaker.Hit++
		} else {
			sc.problem(MetricDirectSpeaker, WrongSpeaker, g.kind, &g, &p)
		}
	}

	c.Content = sc.exact(MetricContent, gContent, pContent)
	c.ContentDirect = countExact(ofKind(gContent, attribution.Direct), ofKind(pContent, attribution.Direct))
	c.ContentMixed = countExact(ofKind(gContent, attribution.Mixed), ofKind(pContent, attribution.Mixed))
	c.ContentIndirect = countExact(ofKind(gContent, attribution.Indirect), ofKind(pContent, attribution.Indirect))
	m := 0
	for _, pi := range match(gContent, pContent) {
		if pi >= 0 {
			m++
		}
	}
	c.ContentOverlap = PRF{TP: m, FP: len(pContent) - m, FN: len(gContent) - m}

	c.Source = sc.exact(MetricSource, gSource, pSource)
	c.Cue = sc.exact(MetricCue, gCue, pCue)

	// speech recall and speech speaker accuracy.
	c.Speech.Total = len(gSpeech)
	for gi, pi := range match(gSpeech, pContent) {
		g := gSpeech[gi]
		if pi < 0 {
			sc.problem(MetricSpeech, Miss, g.kind, &g, nearest(g, pContent))
			continue
		}
		c.Speech.Hit++
		if g.speaker == nil {
			continue
		}
		c.SpeechSpeaker.Total++
		if p := pContent[pi]; overlaps(p.speaker, g.speaker) {
			c.SpeechSpeaker.Hit++
		} else {
			sc.problem(MetricSpeechSpeaker, WrongSpeaker, g.kind, &g, &p)
		}
	}
	if collect {
		sortProblems(sc.probs)
	}
	return c, sc.probs
}

// scorer holds what the steps of Score share.
type scorer struct {
	text    string
	id      string
	collect bool
	probs   []Problem
}

// trim returns [s,e) clamped to the text and trimmed of white space.
func (sc *scorer) trim(s, e int) (int, int) {
	n := len(sc.text)
	s = min(max(s, 0), n)
	e = min(max(e, s), n)
	for s < e {
		r, size := utf8.DecodeRuneInString(sc.text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(sc.text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// goldSpan and predSpan return a trimmed copy of sp with its text, or nil
// when sp is nil or empty once trimmed.
func (sc *scorer) goldSpan(sp *Span) *Span {
	if sp == nil {
		return nil
	}
	return sc.trimSpan(sp.Start, sp.End)
}

func (sc *scorer) predSpan(sp *attribution.Span) *Span {
	if sp == nil {
		return nil
	}
	return sc.trimSpan(sp.Start, sp.End)
}

func (sc *scorer) trimSpan(s, e int) *Span {
	s, e = sc.trim(s, e)
	if s >= e {
		return nil
	}
	return &Span{Start: s, End: e, Text: sc.text[s:e]}
}

// mk returns base with the trimmed span [s,e), and false when it is empty.
func (sc *scorer) mk(base item, s, e int) (item, bool) {
	s, e = sc.trim(s, e)
	base.s, base.e = s, e
	return base, s < e
}

func (sc *scorer) span(it *item) *Span {
	if it == nil {
		return nil
	}
	return &Span{Start: it.s, End: it.e, Text: sc.text[it.s:it.e]}
}

func (sc *scorer) problem(metric, what, kind string, g, p *item) {
	if !sc.collect {
		return
	}
	pr := Problem{Metric: metric, What: what, ID: sc.id, Kind: kind, Gold: sc.span(g), Pred: sc.span(p)}
	if g != nil {
		pr.GoldSpeaker, pr.GoldCue = g.speaker, g.cue
	}
	if p != nil {
		pr.PredSpeaker, pr.PredCue = p.speaker, p.cue
	}
	sc.probs = append(sc.probs, pr)
}

// exact matches gold and predicted spans as multisets of (start, end),
// recording the unmatched ones as problems.
func (sc *scorer) exact(metric string, gold, pred []item) PRF {
	if !sc.collect {
		return countExact(gold, pred)
	}
	g, p := sortedItems(gold), sortedItems(pred)
	var m PRF
	i, j := 0, 0
	for i < len(g) || j < len(p) {
		switch {
		case i < len(g) && j < len(p) && g[i].s == p[j].s && g[i].e == p[j].e:
			m.TP++
			i++
			j++
		case j >= len(p) || i < len(g) && less(g[i], p[j]):
			m.FN++
			sc.problem(metric, Miss, g[i].kind, &g[i], nearest(g[i], pred))
			i++
		default:
			m.FP++
			near := nearest(p[j], gold)
			sc.problem(metric, False, p[j].kind, near, &p[j])
			j++
		}
	}
	return m
}

// countExact is exact without problems.
func countExact(gold, pred []item) PRF {
	g, p := sortedItems(gold), sortedItems(pred)
	var m PRF
	i, j := 0, 0
	for i < len(g) && j < len(p) {
		switch {
		case g[i].s == p[j].s && g[i].e == p[j].e:
			m.TP++
			i++
			j++
		case less(g[i], p[j]):
			i++
		default:
			j++
		}
	}
	m.FN = len(g) - m.TP
	m.FP = len(p) - m.TP
	return m
}

func less(a, b item) bool { return a.s < b.s || a.s == b.s && a.e < b.e }

func sortedItems(in []item) []item {
	out := append([]item(nil), in...)
	sort.SliceStable(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func ofKind(in []item, k attribution.Kind) []item {
	var out []item
	for _, it := range in {
		if it.kind == string(k) {
			out = append(out, it)
		}
	}
	return out
}

// nearest returns the item of cands that overlaps x most, or nil.
func nearest(x item, cands []item) *item {
	best, bestLen := -1, 0
	for i, c := range cands {
		if n := min(x.e, c.e) - max(x.s, c.s); n > bestLen {
			best, bestLen = i, n
		}
	}
	if best < 0 {
		return nil
	}
	c := cands[best]
	return &c
}

// overlaps reports whether two spans share at least one byte.
func overlaps(a, b *Span) bool {
	return a != nil && b != nil && min(a.End, b.End) > max(a.Start, b.Start)
}

// match pairs gold and predicted items one to one, greedily by decreasing
// intersection over union, among the pairs whose IoU is at least 0.5. Ties
// go to the earlier gold item, then the earlier predicted one. It returns,
// for each gold item, the index of its predicted item or -1.
func match(gold, pred []item) []int {
	out := make([]int, len(gold))
	for i := range out {
		out[i] = -1
	}
	if len(gold) == 0 || len(pred) == 0 {
		return out
	}
	order := make([]int, len(pred))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return pred[order[a]].s < pred[order[b]].s })
	type pair struct{ inter, union, g, p int }
	var pairs []pair
	for gi, g := range gold {
		// IoU ≥ 0.5 bounds the predicted item: its length is at most twice
		// the gold one's and it starts at most len(gold) bytes before it.
		from := g.s - (g.e - g.s)
		k := sort.Search(len(order), func(k int) bool { return pred[order[k]].s >= from })
		for ; k < len(order) && pred[order[k]].s < g.e; k++ {
			p := pred[order[k]]
			inter := min(g.e, p.e) - max(g.s, p.s)
			union := max(g.e, p.e) - min(g.s, p.s)
			if inter > 0 && 2*inter >= union {
				pairs = append(pairs, pair{inter, union, gi, order[k]})
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool {
		x, y := pairs[a], pairs[b]
		if l, r := int64(x.inter)*int64(y.union), int64(y.inter)*int64(x.union); l != r {
			return l > r
		}
		if x.g != y.g {
			return x.g < y.g
		}
		return x.p < y.p
	})
	used := make([]bool, len(pred))
	for _, pr := range pairs {
		if out[pr.g] < 0 && !used[pr.p] {
			out[pr.g] = pr.p
			used[pr.p] = true
		}
	}
	return out
}

// sortProblems orders problems by metric (the order of Metrics), then by
// position in the text.
func sortProblems(ps []Problem) {
	rank := func(m string) int {
		for i, x := range Metrics {
			if x == m {
				return i
			}
		}
		return len(Metrics)
	}
	pos := func(p Problem) int {
		if p.Gold != nil {
			return p.Gold.Start
		}
		if p.Pred != nil {
			return p.Pred.Start
		}
		return 0
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if a, b := rank(ps[i].Metric), rank(ps[j].Metric); a != b {
			return a < b
		}
		return pos(ps[i]) < pos(ps[j])
	})
}
