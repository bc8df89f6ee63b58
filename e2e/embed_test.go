//go:build !(js && wasm)

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/app"
)

const embedRace = "preset=atlanta-2017-runoff-certified"

// hostServer is a news site on another origin (127.0.0.2) with three
// articles embedding the race: with NPR's pym.js, with our /embed.js, and
// as a bare iframe; each records the messages it receives and its own
// layout shifts.
func hostServer(t *testing.T, height int) *httptest.Server {
	t.Helper()
	pym, err := os.ReadFile("node_modules/pym.js/dist/pym.v1.min.js")
	if err != nil {
		t.Fatal("pym.js is not installed: run make test (it runs npm ci in e2e/)")
	}
	u, _ := url.Parse("/?" + embedRace)
	a := address.Parse(u)
	snippet := app.Snippet(site.URL, a, "Atlanta mayor runoff", height)
	page := func(body string) string {
		return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A news article</title><style>body{margin:0;font:16px/1.5 sans-serif} main{max-width:48rem;margin:0 auto} main>p,main>h1{padding:0 8px}</style>
<script>window.msgs=[];window.shift=0;addEventListener("message",e=>msgs.push(e.data));
new PerformanceObserver(l=>{for(const e of l.getEntries()){if(!e.hadRecentInput)shift+=e.value}}).observe({type:"layout-shift",buffered:true});</script>
</head><body><main><h1>A close race</h1><p>The story before the embed, with <a href="#before">a link</a>.</p>` + body +
			`<p>The story after the embed, with <a id="after" href="#after">a link</a>.</p></main></body></html>`
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/pym.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		_, _ = w.Write(pym)
	})
	mux.HandleFunc("/own", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte(page(snippet))) })
	mux.HandleFunc("/bare", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(page(regexp.MustCompile(`(?s)<script.*?</script>`).ReplaceAllString(snippet, ""))))
	})
	mux.HandleFunc("/pym", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(page(`<div id="recount"></div><script src="/pym.js"></script><script>
window.pymParent = new pym.Parent("recount", "` + site.URL + `/embed?` + embedRace + `", {title: "Atlanta mayor runoff"});</script>`)))
	})
	l, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Fatalf("a second loopback address for the host page: %v", err)
	}
	s := httptest.NewUnstartedServer(mux)
	s.Listener = l
	s.Start()
	t.Cleanup(s.Close)
	return s
}

// frameCtx returns a context running in the embed's frame (a cross-origin
// iframe is a target of its own).
func frameCtx(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	var id target.ID
	run1(t, ctx, chromedp.Poll(`document.querySelector("iframe") !== null`, nil, chromedp.WithPollingTimeout(30*time.Second)))
	deadline := time.Now().Add(30 * time.Second)
	for id == "" && time.Now().Before(deadline) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, ti := range infos {
			if ti.Type == "iframe" && strings.HasPrefix(ti.URL, site.URL+"/embed") {
				id = ti.TargetID
			}
		}
	}
	if id == "" {
		t.Fatal("no embed frame")
	}
	fctx, _ := chromedp.NewContext(ctx, chromedp.WithTargetID(id))
	return fctx
}

// sizes reads the iframe's height on the host and its content's height
// inside it, and whether the frame scrolls.
func sizes(t *testing.T, ctx, fctx context.Context) (frame, content float64, scrolls bool) {
	t.Helper()
	run1(t, ctx, chromedp.Evaluate(`document.querySelector("iframe").getBoundingClientRect().height`, &frame))
	run1(t, fctx, chromedp.Evaluate(`document.getElementById("explainer").getBoundingClientRect().height`, &content),
		chromedp.Evaluate(`document.documentElement.scrollHeight > document.documentElement.clientHeight + 1`, &scrolls))
	return
}

// settle waits until the iframe's height matches its content within 2 px.
func settle(t *testing.T, ctx, fctx context.Context, what string) (float64, float64) {
	t.Helper()
	var frame, content float64
	deadline := time.Now().Add(20 * time.Second)
	for {
		var scrolls bool
		frame, content, scrolls = sizes(t, ctx, fctx)
		if math.Abs(frame-content) <= 2 && !scrolls {
			return frame, content
		}
		if time.Now().After(deadline) {
			t.Errorf("%s: the frame is %.0f px for %.0f px of content (scrolls: %v)", what, frame, content, scrolls)
			return frame, content
		}
		run1(t, ctx, frames())
	}
}

// The embed on another origin: it sizes itself with pym.js and with our
// script at three widths, grows and shrinks with its content, posts its
// messages in their exact shapes, loads no wasm until touched, then comes
// alive without losing what was typed; the bare iframe keeps the default
// height with no layout shift; focus moves into and out of it by keyboard.
func TestEmbedOnAnotherOrigin(t *testing.T) {
	// The embed's real height at 375 px is the snippet's default height.
	ctx := tab(t)
	var real375 float64
	run1(t, ctx, chromedp.EmulateViewport(375, 800), chromedp.Navigate(site.URL+"/embed?"+embedRace),
		chromedp.WaitVisible("#verdict", chromedp.ByID), frames(),
		chromedp.Evaluate(`document.getElementById("explainer").getBoundingClientRect().height`, &real375))
	host := hostServer(t, int(math.Ceil(real375)))

	for _, width := range []int64{320, 600, 1000} {
		for _, kind := range []string{"own", "pym"} {
			name := fmt.Sprintf("%s at %d px", kind, width)
			ctx := tab(t)
			var wasm []string
			chromedp.ListenTarget(ctx, func(ev any) {
				if e, ok := ev.(*network.EventRequestWillBeSent); ok && strings.Contains(e.Request.URL, "app.wasm") {
					wasm = append(wasm, e.Request.URL)
				}
			})
			run1(t, ctx, chromedp.EmulateViewport(width, 900), network.Enable(), chromedp.Navigate(host.URL+"/"+kind))
			fctx := frameCtx(t, ctx)
			run1(t, fctx, network.Enable(), chromedp.WaitVisible("#verdict", chromedp.ByID))
			before, _ := settle(t, ctx, fctx, name+", on load")
			// The messages, in their exact shapes.
			var msgs []any
			run1(t, ctx, chromedp.Evaluate(`msgs`, &msgs))
			checkMessages(t, name, msgs, kind == "pym")
			// Open the form: the frame grows; close it: it shrinks back.
			run1(t, fctx, chromedp.Click("#embed-form summary", chromedp.ByQuery), chromedp.WaitVisible("#votes-2", chromedp.ByID))
			grown, _ := settle(t, ctx, fctx, name+", form open")
			if grown <= before {
				t.Errorf("%s: the frame did not grow (%.0f → %.0f)", name, before, grown)
			}
			if len(wasm) > 0 {
				t.Errorf("%s: the wasm was requested before the reader typed: %v", name, wasm)
			}
			// Type: the wasm loads, takes over, and keeps what was typed.
			// Keys go to whatever has the focus, which the takeover gives back
			// to the field being typed in.
			run1(t, fctx, chromedp.Evaluate(`(() => { const e = document.getElementById("votes-2"); e.focus(); e.select(); })()`, nil),
				chromedp.KeyEvent("44000"),
				ready(),
				chromedp.Poll(`document.getElementById("verdict").dataset.eligible === "false" && document.getElementById("numberline").textContent.includes("2,667")`, nil, chromedp.WithPollingTimeout(30*time.Second)))
			var typed string
			run1(t, fctx, chromedp.Value("#votes-2", &typed, chromedp.ByQuery))
			if typed != "44000" {
				t.Errorf("%s: typed %q, kept %q", name, "44000", typed)
			}
			settle(t, ctx, fctx, name+", live")
			run1(t, fctx, chromedp.Click("#embed-form summary", chromedp.ByQuery))
			shrunk, _ := settle(t, ctx, fctx, name+", form closed")
			if shrunk >= grown {
				t.Errorf("%s: the frame did not shrink (%.0f → %.0f)", name, grown, shrunk)
			}
			run1(t, ctx, chromedp.Evaluate(`msgs`, &msgs))
			if !hasVerdictChanged(msgs) {
				t.Errorf("%s: no verdict-changed message after the verdict changed", name)
			}
			if width == 320 {
				shot(t, ctx, "embed-"+kind+"-320", 320)
			}
		}
	}

	// The bare iframe: the snippet's default height, no script, no shift,
	// and the keyboard moves into the frame and out of it.
	for _, width := range []int64{375, 320, 1000} {
		ctx := tab(t)
		run1(t, ctx, chromedp.EmulateViewport(width, 900), chromedp.Navigate(host.URL+"/bare"))
		fctx := frameCtx(t, ctx)
		run1(t, fctx, chromedp.WaitVisible("#verdict", chromedp.ByID))
		var shift float64
		var height float64
		run1(t, ctx, frames(), chromedp.Evaluate(`shift`, &shift),
			chromedp.Evaluate(`document.querySelector("iframe").getBoundingClientRect().height`, &height))
		if shift != 0 {
			t.Errorf("bare at %d px: the host page shifted by %.4f", width, shift)
		}
		if math.Abs(height-math.Ceil(real375)) > 1 {
			t.Errorf("bare at %d px: the frame is %.0f px, not the snippet's %.0f", width, height, math.Ceil(real375))
		}
		if width == 375 {
			// At 375 px the default height is the embed's own: no scrollbar.
			frame, content, scrolls := sizes(t, ctx, fctx)
			if math.Abs(frame-content) > 2 || scrolls {
				t.Errorf("bare at 375 px: %.0f px for %.0f px of content (scrolls %v)", frame, content, scrolls)
			}
			keyboardThroughFrame(t, ctx, fctx)
		}
	}
	axeOn(t, host.URL+"/own", "host page with the embed")
	axeOn(t, site.URL+"/embed?"+embedRace, "the embed")
}

// checkMessages checks the embed's messages: our JSON with its id, AMP's
// embed-size, and pym's string when pym is the parent.
func checkMessages(t *testing.T, name string, msgs []any, pym bool) {
	t.Helper()
	var own, amp, pymMsg bool
	for _, m := range msgs {
		switch v := m.(type) {
		case string:
			if regexp.MustCompile(`^pymxPYMx[\w-]+xPYMxheightxPYMx\d+$`).MatchString(v) {
				pymMsg = true
			}
			if strings.HasPrefix(v, "{") {
				var j map[string]any
				if err := json.Unmarshal([]byte(v), &j); err == nil && j["type"] == "recount:height" {
					h, ok := j["height"].(float64)
					_, hasID := j["id"].(string)
					if !ok || h <= 0 || !hasID || len(j) != 3 {
						t.Errorf("%s: our message %v", name, v)
					}
					own = true
				}
			}
		case map[string]any:
			if v["sentinel"] == "amp" {
				h, ok := v["height"].(float64)
				if v["type"] != "embed-size" || !ok || h <= 0 || len(v) != 3 {
					t.Errorf("%s: AMP message %v", name, v)
				}
				amp = true
			}
		}
	}
	if !own || !amp || pym != pymMsg {
		t.Errorf("%s: own %v, AMP %v, pym %v (want pym %v)", name, own, amp, pymMsg, pym)
	}
}

func hasVerdictChanged(msgs []any) bool {
	for _, m := range msgs {
		if s, ok := m.(string); ok && strings.Contains(s, `"recount:verdict-changed"`) {
			return true
		}
	}
	return false
}

// keyboardThroughFrame presses Tab from the host's first link until the
// focus is in the embed, then until it is on the host's link after it.
func keyboardThroughFrame(t *testing.T, ctx, fctx context.Context) {
	t.Helper()
	run1(t, ctx, chromedp.Focus(`a[href="#before"]`, chromedp.ByQuery))
	inside, after := false, false
	for i := 0; i < 60 && !after; i++ {
		run1(t, ctx, chromedp.KeyEvent(kb.Tab))
		var active string
		run1(t, ctx, chromedp.Evaluate(`document.activeElement.tagName + "#" + document.activeElement.id`, &active))
		switch active {
		case "IFRAME#":
			inside = true
		case "A#after":
			after = true
		}
	}
	if !inside || !after {
		t.Errorf("keyboard: into the frame %v, out of it %v", inside, after)
	}
}

// axeOn runs the axe-core audit on a page that needs no wasm (an embed, or
// a host page of embeds).
func axeOn(t *testing.T, addr, what string) {
	t.Helper()
	ctx := tab(t)
	run1(t, ctx, chromedp.Navigate(addr), chromedp.WaitReady("body", chromedp.ByQuery), frames())
	axeCheck(t, ctx, what)
}

// "Embed this race" on the full page, as an editor uses it: open it, wait
// for the live preview to report its height into the snippet, read the
// snippet as HTML, copy it with the button, and check that what reached
// the clipboard is the snippet an editor would paste.
func TestSnippetBuilder(t *testing.T) {
	ctx := tab(t)
	run1(t, ctx, browser.GrantPermissions([]browser.PermissionType{browser.PermissionTypeClipboardReadWrite, browser.PermissionTypeClipboardSanitizedWrite}).WithOrigin(site.URL),
		chromedp.EmulateViewport(1000, 900),
		chromedp.Navigate(site.URL+"/race/atlanta-2017-runoff-certified/"),
		// The wasm replaces the prerendered nodes when it takes over, so
		// the builder is opened once it has (a node clicked while being
		// replaced is gone by the time the click lands).
		ready())
	run1(t, ctx, chromedp.Click("#embed-builder summary", chromedp.ByQuery))
	// Scrolled by script, not by chromedp's node id: the id of an iframe
	// whose document is loading can go stale between the lookup and the
	// scroll ("Could not find node with given id", seen once in make test).
	run1(t, ctx, chromedp.Evaluate(`document.getElementById("embed-preview").scrollIntoView()`, nil),
		// The preview reports its own height, which replaces the default.
		chromedp.Poll(`!document.getElementById("embed-code").value.includes(' height="`+fmt.Sprint(app.EmbedHeight)+`"')`, nil, chromedp.WithPollingTimeout(30*time.Second)))
	var code string
	var previewH, contentH float64
	run1(t, ctx, chromedp.Value("#embed-code", &code, chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("embed-preview").getBoundingClientRect().height`, &previewH))
	// The snippet, read as HTML.
	for _, want := range []string{
		`<iframe src="` + site.URL + `/embed/atlanta-2017-runoff-certified/"`,
		`title="Atlanta mayor runoff, Georgia, Tuesday, December 5, 2017: certified results."`,
		`loading="lazy"`, `width="100%"`, `allow="clipboard-write"`,
		`<script src="` + site.URL + `/embed.js" async></script>`,
		`<a href="` + site.URL + `/race/atlanta-2017-runoff-certified/">`,
		`<img src="` + site.URL + `/card/atlanta-2017-runoff-certified.png"`,
	} {
		if !strings.Contains(code, want) {
			t.Errorf("the snippet lacks %s:\n%s", want, code)
		}
	}
	h := regexp.MustCompile(` height="(\d+)"`).FindStringSubmatch(code)
	if h == nil {
		t.Fatalf("the snippet has no height:\n%s", code)
	}
	// The height in the snippet is the preview's, which is its content's
	// (the preview is on the page's own origin, so the page can read it).
	run1(t, ctx, chromedp.Poll(`(() => { const d = document.getElementById("embed-preview").contentDocument; return d && d.getElementById("verdict") !== null })()`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(`document.getElementById("embed-preview").contentDocument.getElementById("explainer").getBoundingClientRect().height`, &contentH))
	if got := fmt.Sprint(math.Ceil(contentH)); h[1] != got || math.Abs(previewH-contentH) > 2 {
		t.Errorf("snippet height %s, preview %.0f px, its content %.0f px", h[1], previewH, contentH)
	}
	// Copy: the status says so, and the clipboard holds the snippet.
	var status, clip string
	run1(t, ctx, chromedp.Click("#embed-copy", chromedp.ByID),
		chromedp.Poll(`document.getElementById("embed-copied").textContent !== ""`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Text("#embed-copied", &status, chromedp.ByID),
		chromedp.Evaluate(`navigator.clipboard.readText()`, &clip, awaitPromise))
	if status != "Copied." && status != "Copied" {
		t.Errorf("after copying, the status says %q", status)
	}
	if clip != code {
		t.Errorf("the clipboard holds\n%s\nnot the snippet\n%s", clip, code)
	}
	// Typing with the builder open: the snippet follows (it did not once
	// the preview's height was in it), and the preview loads the new race
	// once typing pauses, not once a keystroke (each new address is a page
	// load in the frame).
	var changes int
	var src string
	run1(t, ctx,
		chromedp.Evaluate(`window.srcChanges = 0; new MutationObserver(l => { window.srcChanges += l.length; })
			.observe(document.getElementById("embed-preview"), {attributes: true, attributeFilter: ["src"]})`, nil),
		typeInto("votes-2", "44000"),
		waitFor(`document.getElementById("embed-code").value.includes("votes=44000")`),
		waitFor(`document.getElementById("embed-preview").getAttribute("src").includes("votes=44000")`),
		// and the snippet takes the new race's height from the preview.
		waitFor(`(() => { const d = document.getElementById("embed-preview").contentDocument;
			const e = d && d.getElementById("explainer"); return !!e && d.location.search.includes("votes=44000") &&
			document.getElementById("embed-code").value.includes(' height="' + Math.ceil(e.getBoundingClientRect().height) + '"') })()`),
		chromedp.Evaluate(`window.srcChanges`, &changes),
		chromedp.Evaluate(`document.getElementById("embed-preview").getAttribute("src")`, &src))
	if changes > 2 {
		t.Errorf("typing 5 digits changed the preview's address %d times", changes)
	}
	if !strings.HasPrefix(src, "/embed?") {
		t.Errorf("the preview shows %q", src)
	}
}

// The embed's folded form costs its host nothing before a reader wants it:
// no form control is in the document (the fields wait as markup), and
// unfolding it puts the form in place, filled with the race. Without any
// script, the browser shows the same form and it works by round trip.
func TestEmbedFoldedForm(t *testing.T) {
	ctx := tab(t)
	var before, after int
	var votes string
	run1(t, ctx, chromedp.Navigate(site.URL+"/embed?"+embedRace),
		chromedp.WaitVisible("#verdict", chromedp.ByID),
		chromedp.Evaluate(`document.querySelectorAll("input, select, textarea").length`, &before),
		chromedp.Click("#embed-form summary", chromedp.ByQuery),
		chromedp.WaitVisible("#votes-2", chromedp.ByID),
		chromedp.Evaluate(`document.querySelectorAll("#embed-form input, #embed-form select").length`, &after),
		chromedp.Value("#votes-2", &votes, chromedp.ByID))
	if before != 0 || after < 10 || votes != "45,835" {
		t.Errorf("form controls before unfolding %d (want 0), after %d; votes-2 %q", before, after, votes)
	}

	off := tab(t)
	run1(t, off, emulation.SetScriptExecutionDisabled(true),
		chromedp.Navigate(site.URL+"/embed?"+embedRace),
		chromedp.Click("#embed-form summary", chromedp.ByQuery),
		chromedp.WaitVisible("#votes-2", chromedp.ByID),
		chromedp.SetValue("#votes-2", "44000", chromedp.ByID))
	click(t, off, `#embed-form button.primary`)
	// Only the new document has this verdict; the page runs no script.
	run1(t, off, chromedp.WaitReady(`#verdict[data-eligible="false"]`, chromedp.ByQuery))
	var line, kept string
	run1(t, off, chromedp.Text("#numberline", &line, chromedp.ByID), chromedp.Value("#votes-2", &kept, chromedp.ByID))
	if !strings.Contains(line, "2,667") || kept != "44000" {
		t.Errorf("without scripts, after submitting 44,000: the number line says %q, the form holds %q", line, kept)
	}
}

// The embed's themes: dark=true and dark=false fix the colour scheme (so a
// host of that scheme gets no opaque box behind the frame), auto follows
// the reader's; the page behind the embed is transparent in all three,
// and the accent a host sets reaches the links.
func TestEmbedThemes(t *testing.T) {
	for _, c := range []struct{ dark, scheme, ink string }{
		{"true", "dark", "rgb(236, 237, 238)"},
		{"false", "light", ""},
		{"auto", "light dark", ""},
	} {
		ctx := tab(t)
		var scheme, bg, ink, link string
		run1(t, ctx, chromedp.Navigate(site.URL+"/embed?"+embedRace+"&dark="+c.dark+"&accent=8a2be2"),
			chromedp.WaitVisible("#verdict", chromedp.ByID),
			chromedp.Evaluate(`getComputedStyle(document.documentElement).colorScheme`, &scheme),
			chromedp.Evaluate(`getComputedStyle(document.body).backgroundColor`, &bg),
			chromedp.Evaluate(`getComputedStyle(document.getElementById("explainer")).color`, &ink),
			chromedp.Evaluate(`getComputedStyle(document.querySelector("#explainer a[href]")).color`, &link))
		if scheme != c.scheme {
			t.Errorf("dark=%s: color-scheme %q, want %q", c.dark, scheme, c.scheme)
		}
		if bg != "rgba(0, 0, 0, 0)" {
			t.Errorf("dark=%s: the embed paints %s behind itself", c.dark, bg)
		}
		if c.ink != "" && ink != c.ink {
			t.Errorf("dark=%s: text colour %s, want %s", c.dark, ink, c.ink)
		}
		if link != "rgb(138, 43, 226)" {
			t.Errorf("dark=%s, accent=8a2be2: links are %s", c.dark, link)
		}
	}
}
