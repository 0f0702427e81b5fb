package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/quotekit/attribution"
)

// root is the repository root, seen from this module's directory.
const root = ".."

// chromium returns the path of a Chromium binary: $QUOTES_CHROMIUM when
// set, else /usr/bin/chromium or the first of the usual names on $PATH.
// Without one the test is skipped, unless CI=true: CI installs Chromium, so
// there it must be found.
func chromium(t *testing.T) string {
	t.Helper()
	found := ""
	if p := os.Getenv("QUOTES_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err == nil {
			found = p
		}
	} else if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		found = "/usr/bin/chromium"
	} else {
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
			if p, err := exec.LookPath(name); err == nil {
				found = p
				break
			}
		}
	}
	if found != "" {
		return found
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium binary found (CI=true: install Debian's chromium package)")
	}
	t.Skip("no Chromium binary found (apt-get install chromium, or set QUOTES_CHROMIUM); skipping the browser test")
	return ""
}

// buildQuotes builds the quotes command into dir and returns its path.
func buildQuotes(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "quotes")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goTool); err != nil {
		goTool = "go"
	}
	cmd := exec.Command(goTool, "build", "-buildvcs=false", "-o", bin, "./cmd/quotes")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/quotes: %v\n%s", err, out)
	}
	return bin
}

// run runs the command and returns its standard output.
func run(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("quotes %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return stdout.Bytes()
}

// browser starts headless Chromium with a fresh profile and returns a
// context for one tab.
func browser(t *testing.T, exe string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless, // --headless, --hide-scrollbars, --mute-audio
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 1000),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx, chromedp.WithLogf(t.Logf))
	t.Cleanup(cancelTab)
	// Start the browser; let the page act as focused, so that :focus
	// styles apply to an element focused by script in headless mode.
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
		return err
	})); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return ctx
}

// dom is what the page shows, read from the live DOM by domJS.
type dom struct {
	Quotes []struct {
		Quote    int    `json:"quote"`
		Part     int    `json:"part"`
		Cont     bool   `json:"cont"`
		Kind     string `json:"kind"`
		Entity   string `json:"entity"`
		Text     string `json:"text"`
		Tabindex string `json:"tabindex"`
		Bg       string `json:"bg"`
		Border   string `json:"border"`
	} `json:"quotes"`
	Marks []struct {
		Class  string `json:"class"`
		Quotes string `json:"quotes"`
		Text   string `json:"text"`
	} `json:"marks"`
	Panel []struct {
		Entity string `json:"entity"`
		Count  string `json:"count"`
		Shown  string `json:"shown"`
		Items  int    `json:"items"`
	} `json:"panel"`
	Scripts   int      `json:"scripts"`
	OnAttrs   []string `json:"onAttrs"`
	Foreign   []string `json:"foreign"`
	Injected  string   `json:"injected"`
	Article   string   `json:"article"`
	BodyShown string   `json:"bodyShown"`
	Tip       string   `json:"tip"`
}

// domJS reads the page. It focuses the first quote (if any) to read its
// popup, the content of the ::after box shown on focus.
const domJS = `(() => {
  const out = {quotes: [], marks: [], panel: [], onAttrs: [], foreign: []};
  for (const m of document.querySelectorAll('mark.quote[data-quote]')) {
    const cs = getComputedStyle(m);
    out.quotes.push({quote: +m.dataset.quote, part: +m.dataset.part, cont: m.classList.contains('cont'),
      kind: m.dataset.kind, entity: m.dataset.entity, text: m.textContent,
      tabindex: m.getAttribute('tabindex') || '', bg: cs.backgroundColor, border: cs.borderBottomColor});
  }
  for (const m of document.querySelectorAll('main .speaker, main .cue')) {
    out.marks.push({class: m.classList.contains('speaker') ? 'speaker' : 'cue', quotes: m.dataset.quotes, text: m.textContent});
  }
  for (const s of document.querySelectorAll('aside section.entity')) {
    out.panel.push({entity: s.dataset.entity, count: s.dataset.count,
      shown: s.querySelector('.count').textContent, items: s.querySelectorAll('li').length});
  }
  out.scripts = document.scripts.length;
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) if (a.name.toLowerCase().startsWith('on')) out.onAttrs.push(el.tagName + ' ' + a.name);
  }
  for (const el of document.querySelectorAll('script, img, svg, iframe, b, i, a[href^="javascript"], object, embed, form, input, link, base')) {
    out.foreign.push(el.outerHTML.slice(0, 80));
  }
  out.injected = typeof window.__injected;
  out.article = document.querySelector('main').textContent;
  out.bodyShown = getComputedStyle(document.body).display;
  const first = document.querySelector('mark.quote[tabindex]');
  out.tip = '';
  if (first) {
    first.focus();
    out.tip = getComputedStyle(first, '::after').content;
  }
  return out;
})()`

// page renders fixture name with the command, opens it and returns the
// text, the Document the command prints as JSON, and what the DOM shows. It
// saves a screenshot under dir.
func page(t *testing.T, ctx context.Context, bin, dir, name string) (string, *attribution.Document, *dom, string) {
	t.Helper()
	src, err := filepath.Abs(filepath.Join(root, "testdata", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	var d attribution.Document
	if err := json.Unmarshal(run(t, bin, "-format", "json", src), &d); err != nil {
		t.Fatalf("quotes -format json %s: %v", name, err)
	}
	htmlPath := filepath.Join(dir, name+".html")
	if err := os.WriteFile(htmlPath, run(t, bin, "-format", "html", src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1440, 1000),
		chromedp.Navigate("file://"+filepath.ToSlash(htmlPath)),
		chromedp.WaitReady(chromedp.CSS("aside.panel")),
	); err != nil {
		t.Fatalf("%s: browser: %v", name, err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[*dom](domJS)) // focuses the first quote
	if err != nil {
		t.Fatalf("%s: reading the DOM: %v", name, err)
	}
	save := func(file string, shot []byte) string {
		path := filepath.Join(dir, file)
		if err := os.WriteFile(path, shot, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: screenshot %s (%d bytes)", name, path, len(shot))
		return path
	}
	// The window with the first quote focused and its popup shown.
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("%s: screenshot: %v", name, err)
	}
	save(name+"-focus.png", shot)
	// The whole page, in a window as tall as the page so that the sticky
	// side panel is not cut at the window's height.
	height, err := chromedp.Run(ctx, chromedp.Evaluate[int64](
		`document.activeElement && document.activeElement.blur(), window.scrollTo(0, 0), document.documentElement.scrollHeight`))
	if err != nil {
		t.Fatalf("%s: page height: %v", name, err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1440, max(1000, min(height, 12000)))); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if shot, err = chromedp.Run(ctx, chromedp.FullScreenshot(100)); err != nil { // quality 100: PNG
		t.Fatalf("%s: screenshot: %v", name, err)
	}
	png := save(name+".png", shot)
	return string(text), &d, got, png
}

// shown is the text a browser shows for s: line breaks normalised, invalid
// UTF-8 replaced.
func shown(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

// segments returns the spans of q's content drawn as quote elements: the
// parts of a direct quote, else the whole content.
func segments(q *attribution.Quote) []attribution.Span {
	if q.Kind == attribution.Direct && len(q.Parts) > 0 {
		return q.Parts
	}
	return []attribution.Span{{Start: q.Start, End: q.End}}
}

// checkQuotes checks that every quote of d has exactly one highlighted
// element (plus continuations) per part, with its kind, entity and text,
// that its speaker and cue are marked, and that the panel counts agree.
func checkQuotes(t *testing.T, text string, d *attribution.Document, got *dom) {
	t.Helper()
	type seg struct{ q, part int }
	firsts := map[seg]int{}
	texts := map[seg]string{}
	colour := map[string]string{} // entity to border colour
	for _, m := range got.Quotes {
		if m.Quote < 0 || m.Quote >= len(d.Quotes) {
			t.Errorf("element for quote %d, which the JSON does not have", m.Quote)
			continue
		}
		q := &d.Quotes[m.Quote]
		if m.Kind != string(q.Kind) || m.Entity != shown(q.Entity) {
			t.Errorf("quote %d: drawn as %s of %q, JSON says %s of %q", m.Quote, m.Kind, m.Entity, q.Kind, q.Entity)
		}
		if m.Bg == "" || m.Bg == "rgba(0, 0, 0, 0)" || m.Bg == "transparent" {
			t.Errorf("quote %d: not highlighted (background %q)", m.Quote, m.Bg)
		}
		if c, ok := colour[m.Entity]; ok && c != m.Border {
			t.Errorf("quote %d: entity %q drawn in %s and in %s", m.Quote, m.Entity, c, m.Border)
		}
		colour[m.Entity] = m.Border
		k := seg{m.Quote, m.Part}
		if !m.Cont {
			firsts[k]++
			if m.Tabindex != "0" {
				t.Errorf("quote %d part %d: cannot be focused", m.Quote, m.Part)
			}
		}
		texts[k] += m.Text
	}
	named := len(colour)
	if _, ok := colour[""]; ok {
		named-- // quotes without speaker are grey, outside the palette
	}
	if named <= 10 { // the palette has 10 colours
		seen := map[string]string{}
		for e, c := range colour {
			if o, ok := seen[c]; ok {
				t.Errorf("entities %q and %q share the colour %s", o, e, c)
			}
			seen[c] = e
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		for j, s := range segments(q) {
			k := seg{i, j}
			if firsts[k] != 1 {
				t.Errorf("quote %d part %d: %d highlighted elements, want 1", i, j, firsts[k])
			}
			if want := shown(text[s.Start:s.End]); texts[k] != want {
				t.Errorf("quote %d part %d: shows %q, want %q", i, j, texts[k], want)
			}
		}
		for _, m := range []struct {
			class string
			span  *attribution.Span
		}{{"speaker", q.Speaker}, {"cue", q.Cue}} {
			if m.span == nil {
				continue
			}
			found := false
			for _, g := range got.Marks {
				if g.Class == m.class && slices.Contains(strings.Fields(g.Quotes), fmt.Sprint(i)) {
					found = true
					if want := shown(text[m.span.Start:m.span.End]); !strings.Contains(want, g.Text) {
						t.Errorf("quote %d: %s shows %q, want %q", i, m.class, g.Text, want)
					}
				}
			}
			if !found {
				t.Errorf("quote %d: %s %q not marked", i, m.class, m.span.Text)
			}
		}
	}
	want := map[string]int{}
	for _, q := range d.Quotes {
		want[shown(q.Entity)]++
	}
	for _, p := range got.Panel {
		if fmt.Sprint(want[p.Entity]) != p.Count || p.Count != p.Shown || p.Items != want[p.Entity] {
			t.Errorf("panel: %q shows %s (data %s, %d items), want %d", p.Entity, p.Shown, p.Count, p.Items, want[p.Entity])
		}
		delete(want, p.Entity)
	}
	for e, n := range want {
		t.Errorf("panel: no section for %q (%d quotes)", e, n)
	}
	if len(d.Quotes) > 0 && !strings.Contains(got.Tip, string(d.Quotes[0].Kind)) {
		t.Errorf("focusing the first quote shows %q, want its kind, speaker, cue and entity", got.Tip)
	}
	if strings.TrimSpace(got.Article) != strings.TrimSpace(shown(text)) {
		t.Errorf("the article does not show the text as given")
	}
}

// checkSafe checks that nothing in the page ran or was taken as markup.
func checkSafe(t *testing.T, got *dom) {
	t.Helper()
	if got.Injected != "undefined" {
		t.Errorf("window.__injected is %s: a payload ran", got.Injected)
	}
	if got.Scripts != 0 {
		t.Errorf("page has %d script elements", got.Scripts)
	}
	if len(got.OnAttrs) > 0 {
		t.Errorf("page has event handler attributes: %v", got.OnAttrs)
	}
	if len(got.Foreign) > 0 {
		t.Errorf("page has elements from the input: %v", got.Foreign)
	}
	if got.BodyShown == "none" {
		t.Error("a style in the input hid the page")
	}
}

func TestBrowser(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	bin := buildQuotes(t, dir)
	ctx := browser(t, exe)

	t.Run("seed", func(t *testing.T) {
		text, d, got, png := page(t, ctx, bin, dir, "trend_ambassador_article")
		t.Logf("seed: %d quotes, %d entities in the JSON; %d quote elements in the page", len(d.Quotes), len(d.Entities), len(got.Quotes))
		checkQuotes(t, text, d, got)
		checkSafe(t, got)
		// A copy for people to look at: /tmp/seed-page.png.
		copyTo := "/tmp"
		if fi, err := os.Stat(copyTo); err != nil || !fi.IsDir() {
			copyTo = os.TempDir()
		}
		copyTo = filepath.Join(copyTo, "seed-page.png")
		if b, err := os.ReadFile(png); err == nil {
			if err := os.WriteFile(copyTo, b, 0o644); err == nil {
				t.Logf("seed: screenshot copied to %s", copyTo)
			}
		}
	})
	t.Run("injection", func(t *testing.T) {
		text, d, got, _ := page(t, ctx, bin, dir, "injection")
		checkQuotes(t, text, d, got)
		checkSafe(t, got)
		for _, payload := range []string{
			`<script>window.__injected = 1</script>`,
			`</div></mark>`,
			`<img src=x onerror="window.__injected = 'img'">`,
			`"harmless &amp; safe"`,
			`&lt;escaped&gt;`,
			`<!-- not a comment -->`,
			`<style>body { display: none }</style>`,
		} {
			if !strings.Contains(got.Article, payload) {
				t.Errorf("the page does not show %q as text", payload)
			}
		}
	})
}
