//go:build !(js && wasm)

package server

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/rules/law/lawdata"
	"github.com/recount-explainer/recount/words"
)

// newTestHandler serves a web folder holding a stand-in wasm (the server
// only reads and sends its bytes) and the real CSS and scripts.
func newTestHandler(t *testing.T) (*Handler, string) {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"app.css", "boot.js", "embed.js", "embed-child.js", "icon.svg", "icon-192.png", "icon-512.png"} {
		b, err := os.ReadFile(filepath.Join("..", "web", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wasm := []byte(strings.Repeat("\x00asm wasm bytes ", 1000))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write(wasm)
	_ = zw.Close()
	// The compressed copies are newer than the wasm, as make build leaves
	// them (the server ignores stale ones).
	built := time.Now().Add(-time.Minute)
	for _, f := range []struct {
		name string
		body []byte
		at   time.Time
	}{{"app.wasm", wasm, built}, {"app.wasm.br", []byte("br!"), built.Add(time.Second)}, {"app.wasm.gz", gz.Bytes(), built.Add(time.Second)}} {
		path := filepath.Join(dir, f.name)
		if err := os.WriteFile(path, f.body, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, f.at, f.at); err != nil {
			t.Fatal(err)
		}
	}
	h, err := New(Options{WebDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	return h, dir
}

func fetchT(t *testing.T, h http.Handler, target string, header ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	r := io.Reader(res.Body)
	if res.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWasmPrecompressed(t *testing.T) {
	h, _ := newTestHandler(t)
	for _, c := range []struct{ accept, encoding, body string }{
		{"gzip, deflate, br", "br", "br!"}, {"gzip", "gzip", ""}, {"br;q=0, gzip", "gzip", ""}, {"", "", ""},
	} {
		res := fetchT(t, h, "/web/app.wasm", "Accept-Encoding", c.accept)
		sent := res.Header.Get("Content-Length")
		b := body(t, res)
		if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != c.encoding || res.Header.Get("Content-Type") != "application/wasm" {
			t.Errorf("Accept-Encoding %q: %d %q %q", c.accept, res.StatusCode, res.Header.Get("Content-Encoding"), res.Header.Get("Content-Type"))
		}
		if c.body != "" && b != c.body {
			t.Errorf("Accept-Encoding %q: body %q", c.accept, b)
		}
		if c.encoding != "br" && b != string(wasm(t)) {
			t.Errorf("Accept-Encoding %q: the body is not the wasm", c.accept)
		}
		if sent == "" || res.Header.Get("X-Uncompressed-Length") != "16000" {
			t.Errorf("lengths: %q %q", sent, res.Header.Get("X-Uncompressed-Length"))
		}
	}
	// go-app's progress label divides by the uncompressed length.
	if !strings.Contains(body(t, fetchT(t, h, "/app.js")), `goappWasmContentLength = "16000"`) {
		t.Error("app.js does not carry the wasm's uncompressed length")
	}
}

func TestPagesCompressedCachedAndSafe(t *testing.T) {
	h, _ := newTestHandler(t)
	res := fetchT(t, h, "/?preset=atlanta-2009-runoff-certified", "Accept-Encoding", "gzip")
	page := body(t, res)
	if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("%d %q", res.StatusCode, res.Header.Get("Content-Encoding"))
	}
	if !strings.Contains(page, `id="verdict"`) || !strings.Contains(page, `datetime="2009-12-08"`) {
		t.Error("the prerendered page lacks its answer")
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors *") || !strings.Contains(csp, "'wasm-unsafe-eval'") {
		t.Errorf("CSP %q", csp)
	}
	// Nothing in the page loads from another origin: every resource a tag
	// loads (script, style, image, frame) is on the page's own host.
	for _, m := range regexp.MustCompile(`<(script|img|iframe|link|source|audio|video)\b[^>]*\b(src|href)="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		u, err := url.Parse(html.UnescapeString(m[3]))
		if err != nil || u.Host != "" && u.Host != "example.com" {
			t.Errorf("<%s> loads from another origin: %s", m[1], m[3])
		}
	}
	// A client without gzip gets the same page uncompressed.
	if plain := body(t, fetchT(t, h, "/?preset=atlanta-2009-runoff-certified")); plain != page {
		t.Error("the uncompressed page differs")
	}
	// The cache is bounded.
	for i := range 1100 {
		fetchT(t, h, fmt.Sprintf("/?date=2022-11-08&type=general&office=county&counties=1&candidate=A&votes=%d&candidate=B&votes=5", i))
	}
	if n := h.pages.len(); n > 1024 {
		t.Errorf("%d pages cached", n)
	}
	// Bad input is a page with a message, never a 5xx.
	res = fetchT(t, h, "/?votes=-1&votes=abc&date=2099-99-99&counties=x")
	if b := body(t, res); res.StatusCode != 200 || !strings.Contains(b, `id="input-error"`) {
		t.Errorf("bad input: %d", res.StatusCode)
	}
}

func TestVersionedAssetsCacheLong(t *testing.T) {
	h, _ := newTestHandler(t)
	v := h.version
	page := body(t, fetchT(t, h, "/"))
	if !strings.Contains(page, "/web/app.css?v="+v) || !strings.Contains(page, "/app.js?v="+v) {
		t.Fatal("assets are not versioned in the page")
	}
	for _, path := range []string{"/web/app.css?v=" + v, "/app.js?v=" + v, "/web/app.wasm?v=" + v, "/web/icon-192.png?v=" + v} {
		if cc := fetchT(t, h, path).Header.Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
			t.Errorf("%s: Cache-Control %q", path, cc)
		}
	}
	for _, path := range []string{"/web/app.css", "/app-worker.js", "/web/app.css?v=old"} {
		if cc := fetchT(t, h, path).Header.Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("%s: Cache-Control %q", path, cc)
		}
	}
	// The same build gives the same version; another build another.
	h2, err := New(Options{WebDir: h.webDir})
	if err != nil || h2.version != v {
		t.Errorf("version changed on restart: %s → %s", v, h2.version)
	}
}

func TestNoScriptButtonsRedirect(t *testing.T) {
	h, _ := newTestHandler(t)
	res := fetchT(t, h, "/?wasm=false&candidate=A&votes=1&candidate=B&votes=2&add=1")
	loc := res.Header.Get("Location")
	if res.StatusCode != http.StatusSeeOther || strings.Contains(loc, "add=") || strings.Count(loc, "candidate=") != 3 || !strings.Contains(loc, "wasm=false") {
		t.Errorf("%d %s", res.StatusCode, loc)
	}
	req := httptest.NewRequest(http.MethodPost, "/", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", rec.Code)
	}
}

// wasm is the stand-in wasm newTestHandler writes.
func wasm(t *testing.T) []byte {
	t.Helper()
	return []byte(strings.Repeat("\x00asm wasm bytes ", 1000))
}

// An unknown race's own address is a 404 page that names the races there
// are; an unknown preset in the query says so on the page.
func TestUnknownRace(t *testing.T) {
	h, _ := newTestHandler(t)
	res := fetchT(t, h, "/race/no-such-race/")
	page := body(t, res)
	if res.StatusCode != http.StatusNotFound || !strings.Contains(page, "no-such-race") ||
		!strings.Contains(page, `href="/race/atlanta-2017-runoff-certified/"`) {
		t.Errorf("unknown race page: %d", res.StatusCode)
	}
	res = fetchT(t, h, "/?preset=no-such-race")
	page = body(t, res)
	if res.StatusCode != 200 || !strings.Contains(page, `id="unknown-preset"`) || !strings.Contains(page, "no-such-race") {
		t.Errorf("unknown preset: %d", res.StatusCode)
	}
	// The old "-recount" preset ids still name their races.
	if res := fetchT(t, h, "/race/atlanta-2009-runoff-recount/"); res.StatusCode != 200 {
		t.Errorf("old preset id: %d", res.StatusCode)
	}
}

// Social-card metadata names a host and the race's own address.
func TestSocialTagsHaveAHost(t *testing.T) {
	h, _ := newTestHandler(t)
	req := httptest.NewRequest(http.MethodGet, "/?preset=atlanta-2017-runoff-certified&utm_source=x", nil)
	req.Host = "recount.example"
	req.Header.Set("X-Forwarded-Proto", "https")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	page := rec.Body.String()
	if strings.Contains(page, "https:///") {
		t.Error("a social URL has no host")
	}
	for prop, want := range map[string]string{
		"og:url":   `content="https://recount.example/?preset=atlanta-2017-runoff-certified"`,
		"og:image": `content="https://recount.example/card.png?preset=atlanta-2017-runoff-certified"`,
	} {
		if tag := metaTag(page, prop); !strings.Contains(tag, want) {
			t.Errorf("%s: %s, want %s", prop, tag, want)
		}
	}
}

// metaTag returns the <meta> tag with a property, whatever its attributes'
// order.
func metaTag(page, property string) string {
	for _, part := range strings.Split(page, "<meta ")[1:] {
		tag := part[:strings.IndexByte(part, '>')]
		if strings.Contains(tag, `property="`+property+`"`) {
			return tag
		}
	}
	return ""
}

// The wasm carries no catalogue: each page preloads its language's, and
// /web/words/<lang>.txt sends it compressed, cached for a year at the
// build's address.
func TestWordsForTheWasm(t *testing.T) {
	h, _ := newTestHandler(t)
	for _, l := range words.Langs {
		want, _ := words.Catalogue(l)
		url := h.resources.wordsURL(l)
		if !strings.Contains(url, "?v="+h.version) {
			t.Fatalf("%s: the address %q does not carry the build", l, url)
		}
		page := body(t, fetchT(t, h, address.LangPath(l, "/compare"), "Accept-Encoding", "gzip"))
		if !strings.Contains(page, `<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="`+url+`">`) {
			t.Errorf("%s: the page does not preload %s", l, url)
		}
		for _, c := range []struct{ accept, encoding string }{{"gzip, br", "br"}, {"gzip", "gzip"}, {"", ""}} {
			res := fetchT(t, h, url, "Accept-Encoding", c.accept)
			var got []byte
			switch c.encoding {
			case "br":
				got, _ = io.ReadAll(brotli.NewReader(res.Body))
			default:
				got = []byte(body(t, res))
			}
			if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != c.encoding || string(got) != want ||
				res.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/plain") {
				t.Errorf("%s, Accept-Encoding %q: %d %q %q, %d bytes of %d", l, c.accept, res.StatusCode,
					res.Header.Get("Content-Encoding"), res.Header.Get("Cache-Control"), len(got), len(want))
			}
		}
	}
	// A browser that has the catalogue revalidates it: 304, nothing sent.
	url := h.resources.wordsURL(words.English)
	etag := fetchT(t, h, url, "Accept-Encoding", "br").Header.Get("ETag")
	if res := fetchT(t, h, url, "Accept-Encoding", "br", "If-None-Match", etag); etag == "" || res.StatusCode != http.StatusNotModified || body(t, res) != "" {
		t.Errorf("revalidating %s with ETag %q: %d", url, etag, res.StatusCode)
	}
	// Embeds load nothing before a touch, the catalogue included.
	if page := body(t, fetchT(t, h, "/embed?preset=atlanta-2017-runoff-certified")); strings.Contains(page, "/web/words/") {
		t.Error("an embed preloads the catalogue")
	}
	if res := fetchT(t, h, "/web/words/fr.txt"); res.StatusCode != http.StatusNotFound {
		t.Errorf("an unknown language: %d", res.StatusCode)
	}
}

// The wasm carries no law: a page preloads its state's line of law.jsonl
// (the comparison, the whole file) and /web/law/ sends it compressed and
// cached at the build's address, as the wasm loads it (law.Load).
func TestLawForTheWasm(t *testing.T) {
	h, _ := newTestHandler(t)
	preload := func(url string) string {
		return `<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="` + url + `">`
	}
	for _, c := range []struct{ page, code string }{
		{"/?preset=atlanta-2017-runoff-certified", "GA"},
		{"/race/atlanta-2017-runoff-certified/", "GA"},
		{"/?state=va&date=2025-11-04&type=general&office=state-house&counties=1&candidate=A&votes=10000&candidate=B&votes=9850", "VA"},
		{"/es/?state=WI&candidate=A&votes=10&candidate=B&votes=9", "WI"},
		{"/compare?state=VA&candidate=A&votes=10&candidate=B&votes=9", ""},
		{"/es/compare", ""},
	} {
		url := h.resources.lawURL(c.code)
		page := body(t, fetchT(t, h, c.page, "Accept-Encoding", "gzip"))
		if !strings.Contains(url, "?v="+h.version) || !strings.Contains(page, preload(url)) {
			t.Errorf("%s does not preload %s", c.page, url)
		}
		if n := strings.Count(page, "/web/law/"); n != 1 {
			t.Errorf("%s names /web/law/ %d times, want once", c.page, n)
		}
		want := lawdata.Text
		if c.code != "" {
			want, _ = law.Line(c.code)
		}
		res := fetchT(t, h, url, "Accept-Encoding", "gzip, br")
		got, _ := io.ReadAll(brotli.NewReader(res.Body))
		if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "br" || string(got) != want ||
			res.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("%s: %d %q %q, %d bytes of %d", url, res.StatusCode, res.Header.Get("Content-Encoding"),
				res.Header.Get("Cache-Control"), len(got), len(want))
		}
		// What the server sends is what the wasm loads.
		if err := law.Load(string(got)); err != nil {
			t.Errorf("%s: %v", url, err)
		}
	}
	if line, _ := law.Line("VA"); !strings.HasPrefix(line, `{"Code":"VA",`) || strings.Contains(line, "\n") {
		t.Errorf("Virginia's line: %.40q", line)
	}
	// A state the page does not know needs no law; neither does an embed
	// before a touch.
	if page := body(t, fetchT(t, h, "/?state=ZZ&candidate=A&votes=10&candidate=B&votes=9")); strings.Contains(page, "/web/law/") {
		t.Error("a page for an unknown state preloads a law")
	}
	if page := body(t, fetchT(t, h, "/embed?preset=atlanta-2017-runoff-certified")); strings.Contains(page, "/web/law/") {
		t.Error("an embed preloads the law")
	}
	for _, bad := range []string{"/web/law/ZZ.json", "/web/law/ga.json", "/web/law/GA", "/web/law/", "/web/law/all.json"} {
		if res := fetchT(t, h, bad); res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", bad, res.StatusCode)
		}
	}
}

// The teacher's guide and the glossary load no wasm: no go-app scripts,
// preloads or loader note; web/boot.js stays. The guide's link builder is
// answered by the server, so each built link is its own page, not the
// cached page of another.
func TestPagesWithoutWasm(t *testing.T) {
	h, _ := newTestHandler(t)
	for _, page := range []string{"/teach", "/glossary", "/es/teach", "/es/glossary"} {
		b := body(t, fetchT(t, h, page))
		for _, leftover := range []string{"/app.js", "/wasm_exec.js", `rel="preload"`, "app-wasm-loader", "/web/app.wasm"} {
			if strings.Contains(b, leftover) {
				t.Errorf("%s carries %s", page, leftover)
			}
		}
		if !strings.Contains(b, "/web/boot.js") || !strings.Contains(b, "<main") {
			t.Errorf("%s: the page or boot.js is missing", page)
		}
	}
	if b := body(t, fetchT(t, h, "/?preset=atlanta-2017-runoff-certified")); !strings.Contains(b, "/app.js") || !strings.Contains(b, `rel="preload"`) {
		t.Error("the explainer lost go-app's scripts")
	}
	for _, race := range []string{"atlanta-2017-runoff-certified", "va-2017-hod-94-unofficial"} {
		b := body(t, fetchT(t, h, "/teach?race="+race+"&guess=on"))
		link := regexp.MustCompile(`href="([^"]*)"`).FindStringSubmatch(regexp.MustCompile(`<a[^>]* id="built-link"[^>]*>`).FindString(b))
		if want := "https://example.com/race/" + race + "/?mode=guess"; link == nil || link[1] != want {
			t.Errorf("the class link for %s: %v, want %s", race, link, want)
		}
	}
}

// A page's language, its other languages and go-app's loader note, as the
// server writes them after go-app's render: the head gets the language and
// the links (once each, inside it), the loader at the end of the body its
// words in the page's language and a decorative icon.
func TestPageLanguageAndLoader(t *testing.T) {
	h, _ := newTestHandler(t)
	for _, c := range []struct {
		path, lang, label string
	}{
		{"/race/atlanta-2017-runoff-certified/", "en", "Loading the live calculator… 0%"},
		{"/es/race/atlanta-2017-runoff-certified/", "es", "Cargando la calculadora interactiva… 0%"},
	} {
		page := body(t, fetchT(t, h, c.path))
		head, rest, ok := strings.Cut(page, "</head>")
		if !ok {
			t.Fatalf("%s: no </head>", c.path)
		}
		if !strings.Contains(head, `<html lang="`+c.lang+`"`) {
			t.Errorf("%s: not marked lang=%s", c.path, c.lang)
		}
		for _, want := range []string{`hreflang="en"`, `hreflang="es"`, `hreflang="x-default"`, `type="application/json+oembed"`,
			`type="text/xml+oembed"`, `name="twitter:card"`, `name="twitter:image"`} {
			if n := strings.Count(head, want); n != 1 {
				t.Errorf("%s: %s %d times in the head, want once", c.path, want, n)
			}
			if strings.Contains(rest, "<link "+want) || strings.Contains(rest, "<meta "+want) {
				t.Errorf("%s: %s after the head", c.path, want)
			}
		}
		if !strings.Contains(rest, ">"+c.label+"<") {
			t.Errorf("%s: the loader does not say %q", c.path, c.label)
		}
		if strings.Contains(page, "wasm loader icon") {
			t.Errorf("%s: the loader's hidden icon has a text alternative", c.path)
		}
	}
}
