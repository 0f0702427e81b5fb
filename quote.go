package attribution

// findQuotes finds the quotations of text and their speakers. STUB.
func (p *Parser) findQuotes(text string, d *Document) {}
