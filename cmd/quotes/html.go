package main

import (
	"io"

	"github.com/quotekit/attribution"
)

// writeHTML writes one self-contained HTML page showing text with the quotes
// and speakers of d highlighted. title names the document (a file name).
// STUB: owned by the HTML work.
func writeHTML(w io.Writer, title, text string, d *attribution.Document) error {
	_, err := io.WriteString(w, "<!doctype html><title>quotes</title>\n")
	return err
}
