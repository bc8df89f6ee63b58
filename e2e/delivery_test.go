//go:build !(js && wasm)

package e2e

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/recount-explainer/recount/server"
)

// The `make static` output on a plain static file server, at the root and
// under a sub-path: presets are prerendered; a shared link never shows
// another race's verdict while the wasm loads, then shows its own.
func TestStaticHost(t *testing.T) {
	for _, prefix := range []string{"", "/recount"} {
		dir := t.TempDir()
		if err := server.GenerateStatic(dir, server.Options{WebDir: "../web", Prefix: prefix}); err != nil {
			t.Fatal(err)
		}
		// The presets' embeds and share cards are files too; an embed loads
		// no wasm until touched.
		embed, err := os.ReadFile(filepath.Join(dir, "embed", "atlanta-2017-runoff-certified", "index.html"))
		if err != nil || bytes.Contains(embed, []byte(`src="/app.js`)) || !bytes.Contains(embed, []byte("embed-child.js")) {
			t.Errorf("%q: static embed: %v", prefix, err)
		}
		if card, err := os.ReadFile(filepath.Join(dir, "card", "atlanta-2017-runoff-certified.png")); err != nil || !bytes.HasPrefix(card, []byte("\x89PNG")) {
			t.Errorf("%q: static card: %v", prefix, err)
		}
		mux := http.NewServeMux()
		mux.Handle(prefix+"/", http.StripPrefix(prefix, http.FileServer(http.Dir(dir))))
		static := httptest.NewServer(mux)
		defer static.Close()
		base := static.URL + prefix

		ctx := tab(t)
		var pre result
		run1(t, ctx, chromedp.Navigate(base+"/race/atlanta-2009-runoff-certified/"), chromedp.Evaluate(readResult, &pre), ready())
		if pre.Eligible != "true" || pre.Margin != "715" || pre.Deadline != "2009-12-08" {
			t.Errorf("%q: prerendered preset %+v", prefix, pre)
		}
		if r := read(t, ctx); r.Margin != "715" {
			t.Errorf("%q: live preset %+v", prefix, r)
		}

		// A shared link: the static index.html is the default race's
		// prerender, so the answer must be hidden until the wasm computes
		// the linked one.
		link := strings.NewReplacer("2017-12-05", "2021-11-30", "2017-12-11", "2021-12-06").Replace(atlanta2017)
		var hidden bool
		run1(t, ctx,
			chromedp.Navigate(base+"/?"+link),
			chromedp.Evaluate(`(() => { const v = document.getElementById("verdict"); return !v || v.offsetParent === null; })()`, &hidden),
			ready(),
		)
		if !hidden {
			t.Errorf("%q: another race's verdict was visible while the wasm loaded", prefix)
		}
		if r := read(t, ctx); r.Eligible != "false" || r.Threshold != "462" || r.Margin != "832" {
			t.Errorf("%q: shared link on a static host: %+v", prefix, r)
		}
		var visible bool
		run1(t, ctx, chromedp.Evaluate(`document.getElementById("verdict").offsetParent !== null`, &visible))
		if !visible {
			t.Errorf("%q: the verdict stays hidden after the wasm took over", prefix)
		}
	}
}

// After one visit, a shared link with a query string opens offline, any
// state answers there, and the wasm was downloaded once. The download count guards the reader's
// bandwidth whatever the mechanism: the worker does not precache the wasm,
// and Chromium's HTTP cache also serializes two requests for the same
// cacheable URL, so a precaching worker alone does not make it fail; an
// uncacheable wasm response would.
func TestOfflineSharedLink(t *testing.T) {
	ctx := tab(t)
	before := wasmDownloads.Load()
	wasmDelay.Store(int64(1500 * time.Millisecond))
	defer wasmDelay.Store(0)
	run1(t, ctx,
		network.Enable(),
		chromedp.Navigate(site.URL+"/?preset=atlanta-2017-runoff-certified"), ready(),
		// The service worker controls the page and holds the wasm.
		chromedp.Evaluate(`setInterval(() => caches.keys()
			.then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.keys()))))
			.then(lists => lists.flat().map(req => req.url))
			.then(urls => { window.wasmCached = urls.some(u => /\/app\.wasm(\?|$)/.test(u)) && urls.some(u => u.includes("/web/law/all.jsonl?v=")); }), 200)`, nil),
		chromedp.Poll(`navigator.serviceWorker.controller !== null && window.wasmCached === true`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		network.EmulateNetworkConditions(true, 0, -1, -1),
	)
	link := "/?date=2022-11-08&type=general&office=state&counties=159&candidate=A&votes=100100&candidate=B&votes=99900"
	run1(t, ctx, chromedp.Navigate(site.URL+link), ready())
	r := read(t, ctx)
	// 200 of 200,000 at 0.5%: the line is 1,000.
	if r.Eligible != "true" || r.Margin != "200" || r.Threshold != "1000" || r.Receiver != "secretary-of-state" {
		t.Errorf("offline shared link: %+v", r)
	}
	// Offline, another state answers too: the whole law was kept.
	run1(t, ctx,
		chromedp.Focus("#state", chromedp.ByQuery),
		chromedp.SendKeys("#state", "Virginia", chromedp.ByQuery),
		waitFor(`location.search.includes("state=VA") && !!document.getElementById("input-error")`),
	)
	// Georgia's 159 counties are more than Virginia has: its law says so.
	contains(t, "offline, Virginia", read(t, ctx).Error, "Virginia has 133 counties")
	run1(t, ctx, typeInto("counties", "1"), waitFor(`document.getElementById("verdict").dataset.stage !== undefined`))
	if r := read(t, ctx); r.Margin != "200" {
		t.Errorf("offline, Virginia: %+v", r)
	}
	if n := wasmDownloads.Load() - before; n != 1 {
		t.Errorf("the wasm was downloaded %d times, want 1", n)
	}
}

// Values typed into the prerendered form before the wasm arrives are still
// there after it takes over, and the answer follows them; go-app's loader
// does not cover the form meanwhile.
func TestTypedBeforeTakeoverSurvives(t *testing.T) {
	ctx := tab(t)
	paused := make(chan fetch.RequestID, 1)
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			paused <- e.RequestID
		}
	})
	run1(t, ctx,
		fetch.Enable().WithPatterns([]*fetch.RequestPattern{{URLPattern: "*app.wasm*"}}),
		chromedp.Navigate(site.URL+"/?preset=atlanta-2017-runoff-certified"),
	)
	var id fetch.RequestID
	select {
	case id = <-paused:
	case <-time.After(30 * time.Second):
		t.Fatal("the wasm was never requested")
	}
	var onTop bool
	run1(t, ctx,
		chromedp.Evaluate(`(() => { const e = document.getElementById("votes-2"); e.scrollIntoView({block: "center"}); const b = e.getBoundingClientRect();
			return document.elementFromPoint(b.left + 5, b.top + 5) === e; })()`, &onTop),
		chromedp.Focus("#votes-2", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("votes-2").select()`, nil),
		chromedp.SendKeys("#votes-2", "44,000", chromedp.ByID),
	)
	if !onTop {
		t.Error("something covers the form before the wasm has arrived")
	}
	run1(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		return fetch.ContinueRequest(id).Do(ctx)
	}), ready(), fetch.Disable())
	var typed string
	run1(t, ctx, chromedp.Value("#votes-2", &typed, chromedp.ByID))
	r := read(t, ctx)
	if typed != "44,000" || r.Margin != "2667" || r.Eligible != "false" || !strings.Contains(r.Search, "votes=44%2C000") {
		t.Errorf("after takeover: typed %q, %+v", typed, r)
	}
}
