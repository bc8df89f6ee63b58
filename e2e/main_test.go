//go:build !(js && wasm)

// Package e2e tests the page as readers use it: the real server, the real
// wasm, headless Chromium driven by chromedp. It needs `make build` first
// (make test does it) and Chromium installed (make test installs it).
package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/recount-explainer/recount/server"
)

var (
	site       *httptest.Server // the Go server
	chromePath string
	// wasmDownloads counts full downloads of the wasm from the server (not
	// revalidations), whoever asks: the page or its service worker.
	wasmDownloads atomic.Int64
	// wasmDelay holds the wasm back, as a slow network would, so that a
	// page and its service worker would both be fetching it at once.
	wasmDelay atomic.Int64
	shotDir   = "screenshots"
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if _, err := os.Stat("../web/app.wasm"); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: the wasm is not built: run `make build` (make test does it)")
		return 1
	}
	chrome := os.Getenv("CHROME_PATH")
	if chrome == "" {
		var err error
		if chrome, err = exec.LookPath("chromium"); err != nil {
			fmt.Fprintln(os.Stderr, "e2e: Chromium is required: apt-get update && apt-get install -y chromium")
			return 1
		}
	}
	h, err := server.New(server.Options{WebDir: "../web"})
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	site = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/app.wasm") && r.Header.Get("If-None-Match") == "" {
			wasmDownloads.Add(1)
			time.Sleep(time.Duration(wasmDelay.Load()))
		}
		h.ServeHTTP(w, r)
	}))
	defer site.Close()

	chromePath = chrome
	_ = os.MkdirAll(shotDir, 0o755)
	return m.Run()
}

// tab starts a fresh Chromium with its own empty profile (its own cache
// and service worker) for one test, with a time limit.
func tab(t *testing.T) context.Context {
	t.Helper()
	dir, err := os.MkdirTemp("", "e2e-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromePath),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.Env("HOME="+dir, "XDG_CONFIG_HOME="+dir, "XDG_CACHE_HOME="+dir),
		chromedp.WindowSize(1280, 900),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	ctx, cancelT := context.WithTimeout(ctx, 120*time.Second)
	t.Cleanup(func() {
		cancelT()
		cancel()
		cancelAlloc()
		_ = os.RemoveAll(dir) // after the browser has exited
	})
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return ctx
}

func run1(t *testing.T, ctx context.Context, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// ready waits until the wasm has taken over the page.
func ready() chromedp.Action {
	return chromedp.Poll(`document.documentElement.dataset.app === "ready" && performance.getEntriesByName("app-ready").length === 1`,
		nil, chromedp.WithPollingTimeout(60*time.Second))
}

// loaded waits until a page is as a reader uses it: for most pages, when
// the wasm has taken over; the teacher's guide and the glossary load no
// wasm, so when the document has loaded.
func loaded(page string) chromedp.Action {
	if withoutWasm(page) {
		return chromedp.Poll(`document.readyState === "complete"`, nil, chromedp.WithPollingTimeout(30*time.Second))
	}
	return ready()
}

// withoutWasm reports whether an address is one of the pages served
// without the wasm.
func withoutWasm(page string) bool {
	path, _, _ := strings.Cut(page, "?")
	path, _, _ = strings.Cut(path, "#")
	return strings.HasSuffix(path, "/teach") || strings.HasSuffix(path, "/glossary")
}

// result is what a reader (or an embedding script) reads off the page.
type result struct {
	Eligible  string `json:"eligible"`
	Margin    string `json:"margin"`
	Threshold string `json:"threshold"`
	Percent   string `json:"percent"`
	Receiver  string `json:"receiver"`
	Deadline  string `json:"deadline"`
	Verdict   string `json:"verdict"`
	Error     string `json:"error"`
	Search    string `json:"search"`
}

const readResult = `(() => {
  const a = (id, name) => { const e = document.getElementById(id); return e ? (e.getAttribute(name) ?? "(absent)") : "(none)"; };
  const t = (id) => { const e = document.getElementById(id); return e ? e.innerText : ""; };
  const time = document.querySelector("#deadline time");
  return {
    eligible: a("verdict", "data-eligible"), margin: a("margin", "data-votes"),
    threshold: a("threshold", "data-votes"), percent: a("threshold", "data-percent"),
    receiver: a("receiver", "data-receiver"), deadline: time ? time.getAttribute("datetime") : "",
    verdict: t("verdict"), error: t("input-error"), search: location.search,
  };
})()`

func read(t *testing.T, ctx context.Context) result {
	t.Helper()
	var r result
	run1(t, ctx, chromedp.Evaluate(readResult, &r))
	return r
}

// typeInto replaces an input's text the way a reader does: select all, type.
func typeInto(id, text string) chromedp.Action {
	return chromedp.Tasks{
		chromedp.Focus("#"+id, chromedp.ByQuery),
		chromedp.Evaluate(fmt.Sprintf(`document.getElementById(%q).select()`, id), nil),
		chromedp.SendKeys("#"+id, text, chromedp.ByQuery),
	}
}

// submit clicks a button that navigates, tolerating the navigation ending
// the click's own round trip, and waits until a new document has loaded: the
// old one is marked first, so the wait cannot end on it.
func submit(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	navigate(t, ctx, chromedp.Click(sel, chromedp.ByQuery))
}

// click clicks an element, tolerating the navigation it may start ending
// the click's own round trip.
func click(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.Click(sel, chromedp.ByQuery)); err != nil && !strings.Contains(err.Error(), "navigated") {
		t.Fatal(err)
	}
}

// navigate runs an action that loads a new document and waits for it.
func navigate(t *testing.T, ctx context.Context, a chromedp.Action) {
	t.Helper()
	run1(t, ctx, chromedp.Evaluate(`window.__before = true`, nil))
	if err := chromedp.Run(ctx, a); err != nil && !strings.Contains(err.Error(), "navigated") {
		t.Fatal(err)
	}
	// A wait that starts while the old document is going away fails with
	// "navigated or closed" or "cannot find context": then it waits again,
	// on the new document, within the same overall time limit.
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := chromedp.Run(ctx, waitFor(`window.__before !== true && document.readyState === "complete"`))
		if err == nil {
			return
		}
		if msg := err.Error(); time.Now().After(deadline) ||
			!strings.Contains(msg, "navigated") && !strings.Contains(msg, "Cannot find context") && !strings.Contains(msg, "Execution context was destroyed") {
			t.Fatal(err)
		}
	}
}

// frames waits for the browser to lay out and paint twice.
func frames() chromedp.Action {
	return chromedp.Evaluate(`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, nil,
		func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) })
}

// waitFor polls a JavaScript condition.
func waitFor(cond string) chromedp.Action {
	return chromedp.Poll(cond, nil, chromedp.WithPollingTimeout(30*time.Second))
}

// shot writes a full-page screenshot at a viewport width, for review.
func shot(t *testing.T, ctx context.Context, name string, width int64) {
	t.Helper()
	var buf []byte
	run1(t, ctx, chromedp.EmulateViewport(width, 800), frames(), chromedp.FullScreenshot(&buf, 100))
	path := filepath.Join(shotDir, name+".png")
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s (%d bytes)", path, len(buf))
}

func contains(t *testing.T, what, got, want string) {
	t.Helper()
	if !strings.Contains(got, want) {
		t.Errorf("%s: %q does not contain %q", what, got, want)
	}
}
