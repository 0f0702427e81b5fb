// Package browsertest checks the HTML page of the quotes command in a real
// browser: it builds the command, renders the seed article and an injection
// fixture, opens each page in headless Chromium through the DevTools
// protocol (github.com/chromedp/chromedp) and inspects the live DOM.
//
// It is a module of its own so that the library's go.mod stays free of
// chromedp. Run it with
//
//	cd browsertest && go test ./...
//
// It uses $QUOTES_CHROMIUM, /usr/bin/chromium or a Chromium or Chrome on
// $PATH. The test skips when no browser is found, except when CI=true, where
// it fails. It saves screenshots under its temporary directory, logs their
// paths, and copies the seed article's page to /tmp/seed-page.png.
package browsertest
