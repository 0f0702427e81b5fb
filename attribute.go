package attribution

// findQuotes finds the quotations of text and their speakers.
func (p *Parser) findQuotes(text string, d *Document) {
	s := quoteScanner{text: text}
	for _, para := range d.Paragraphs {
		s.scanParagraph(para.Start, para.End)
	}
	s.flush()
	d.Truncated = d.Truncated || s.truncated
	for _, q := range s.pairs {
		d.Quotes = append(d.Quotes, Quote{Kind: Direct, Start: q.start, End: q.end, Parts: q.parts, Text: text[q.start:q.end], Closed: q.closed})
	}
}
