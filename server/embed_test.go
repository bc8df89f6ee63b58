//go:build !(js && wasm)

package server

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"html"
	"image/png"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// oEmbed answers a race page's address with a rich response whose every
// field the spec names is there; 404 for addresses not ours, 501 for
// formats other than json and xml.
func TestOEmbed(t *testing.T) {
	h, _ := newTestHandler(t)
	page := "http://example.com/race/atlanta-2017-runoff-certified/"
	q := url.Values{"url": {page}, "format": {"json"}, "maxwidth": {"400"}, "maxheight": {"500"}}
	res := fetchT(t, h, "/oembed?"+q.Encode())
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("json: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	var o map[string]any
	if err := json.Unmarshal([]byte(body(t, res)), &o); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"version": "1.0", "type": "rich", "width": 400.0, "height": 500.0, "provider_name": "Recount Explainer",
		"provider_url": "http://example.com/", "cache_age": 3600.0, "thumbnail_width": 400.0, "thumbnail_height": 210.0,
		"title":         "Atlanta mayor runoff, Georgia, Tuesday, December 5, 2017: certified results.",
		"thumbnail_url": "http://example.com/card.png?preset=atlanta-2017-runoff-certified"}
	for k, v := range want {
		if o[k] != v {
			t.Errorf("json %s = %v, want %v", k, o[k], v)
		}
	}
	snippet, _ := o["html"].(string)
	for _, s := range []string{`<iframe src="http://example.com/embed/atlanta-2017-runoff-certified/"`, `title="Atlanta mayor runoff`,
		`loading="lazy"`, `height="500"`, `width:100%`, `allow="clipboard-write"`, `<script src="http://example.com/embed.js" async></script>`,
		`<noscript><a href="http://example.com/race/atlanta-2017-runoff-certified/"><img src="http://example.com/card/atlanta-2017-runoff-certified.png"`} {
		if !strings.Contains(snippet, s) {
			t.Errorf("html lacks %s", s)
		}
	}
	// XML: the same fields, in <oembed>.
	q.Set("format", "xml")
	res = fetchT(t, h, "/oembed?"+q.Encode())
	var x struct {
		XMLName xml.Name `xml:"oembed"`
		Version string   `xml:"version"`
		Type    string   `xml:"type"`
		HTML    string   `xml:"html"`
		Width   int      `xml:"width"`
		Height  int      `xml:"height"`
		Title   string   `xml:"title"`
	}
	b := body(t, res)
	if err := xml.Unmarshal([]byte(b), &x); err != nil || res.StatusCode != 200 || !strings.HasPrefix(b, xml.Header) {
		t.Fatalf("xml: %d %v", res.StatusCode, err)
	}
	if x.Version != "1.0" || x.Type != "rich" || x.Width != 400 || x.Height != 500 || x.HTML != snippet || !strings.HasPrefix(x.Title, "Atlanta") {
		t.Errorf("xml: %+v", x)
	}
	for _, c := range []struct {
		url, format string
		code        int
	}{
		{"https://elsewhere.example/?preset=x", "json", 404},
		{"http://example.com/race/no-such-race/", "json", 404},
		{"http://example.com/web/app.css", "json", 404},
		{page, "yaml", 501},
	} {
		res := fetchT(t, h, "/oembed?"+url.Values{"url": {c.url}, "format": {c.format}}.Encode())
		if res.StatusCode != c.code {
			t.Errorf("%s %s: %d, want %d", c.url, c.format, res.StatusCode, c.code)
		}
	}
	// Every page names its oEmbed address.
	if p := body(t, fetchT(t, h, "/?preset=atlanta-2017-runoff-certified")); !strings.Contains(p, `type="application/json+oembed" href="http://example.com/oembed?format=json&amp;url=`) {
		t.Error("no oEmbed discovery link")
	}
}

// The share card is a PNG of the declared size, for a Georgia preset, a
// typed race with a very long candidate name, and bad input.
func TestShareCard(t *testing.T) {
	h, _ := newTestHandler(t)
	long := strings.Repeat("Bartholomew Maximilian Featherstonehaugh-", 6)
	for _, addr := range []string{
		"/card.png?preset=georgia-2020-president-certified",
		"/card.png?" + url.Values{"state": {"GA"}, "date": {"2026-11-03"}, "type": {"general"}, "office": {"governor"}, "counties": {"159"},
			"candidate": {long, "B"}, "votes": {"2005000", "1995000"}}.Encode(),
		"/card.png?votes=-1",
	} {
		res := fetchT(t, h, addr)
		b := body(t, res)
		img, err := png.Decode(bytes.NewReader([]byte(b)))
		if err != nil || res.StatusCode != 200 || res.Header.Get("Content-Type") != "image/png" {
			t.Fatalf("%s: %d %v", addr, res.StatusCode, err)
		}
		if s := img.Bounds().Size(); s.X != cardWidth || s.Y != cardHeight {
			t.Errorf("%s: %v", addr, s)
		}
	}
	if got := metaTag(body(t, fetchT(t, h, "/race/georgia-2020-president-certified/")), "og:image"); !strings.Contains(got, "/card.png?preset=georgia-2020-president-certified") {
		t.Errorf("og:image %s", got)
	}
	// A preset's card has a path of its own (a static host serves it as a file).
	if res := fetchT(t, h, "/card/georgia-2020-president-certified.png"); res.StatusCode != 200 || res.Header.Get("Content-Type") != "image/png" {
		t.Errorf("/card/<id>.png: %d", res.StatusCode)
	}
	if res := fetchT(t, h, "/card/no-such-race.png"); res.StatusCode != 404 {
		t.Errorf("an unknown card: %d", res.StatusCode)
	}
}

// Before a reader touches it, an embed loads none of go-app's scripts and
// preloads no wasm: only its own small script, which knows them.
func TestEmbedIsLight(t *testing.T) {
	h, _ := newTestHandler(t)
	res := fetchT(t, h, "/embed?preset=atlanta-2017-runoff-certified&steps=all&dark=true&accent=%23AA3300&font=serif&parentUrl=https%3A%2F%2Fnews.example%2Fstory")
	page := html.UnescapeString(body(t, res))
	if res.StatusCode != 200 {
		t.Fatal(res.StatusCode)
	}
	for _, bad := range []string{`src="/app.js`, `src="/wasm_exec.js`, `rel="preload"`, "news.example"} {
		if strings.Contains(page, bad) {
			t.Errorf("the embed has %s", bad)
		}
	}
	for _, good := range []string{`src="/web/embed-child.js?v=`, `data-scripts="/wasm_exec.js?v=`, `id="verdict"`, `data-theme="true"`,
		`--accent:#aa3300`, "font-serif", `id="step-when"`, `target="_blank"`} {
		if !strings.Contains(page, good) {
			t.Errorf("the embed lacks %s", good)
		}
	}
	if cc := res.Header.Get("Cache-Control"); !strings.Contains(cc, "s-maxage=") {
		t.Errorf("Cache-Control %q", cc)
	}
	if v := res.Header.Get("Vary"); v != "Accept-Encoding" {
		t.Errorf("Vary %q", v)
	}
	// The host script: small, JavaScript, cached for a year at its versioned address.
	js := fetchT(t, h, "/embed.js?v="+h.version)
	b := body(t, js)
	if js.StatusCode != 200 || len(b) > 2048 || !strings.Contains(js.Header.Get("Content-Type"), "javascript") ||
		js.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
		t.Errorf("embed.js: %d, %d bytes, %s, %s", js.StatusCode, len(b), js.Header.Get("Content-Type"), js.Header.Get("Cache-Control"))
	}
	if r := fetchT(t, h, "/embed.js"); r.StatusCode != http.StatusOK {
		t.Errorf("/embed.js unversioned: %d", r.StatusCode)
	}
}
