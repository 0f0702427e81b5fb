// Command quotes prints who said what in news dispatches.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/quotekit/attribution"
)

func main() {
	// STUB: owned by the command work.
	b, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotes:", err)
		os.Exit(1)
	}
	out, _ := json.MarshalIndent(attribution.Parse(string(b)), "", "  ")
	os.Stdout.Write(append(out, '\n'))
}
