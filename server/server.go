//go:build !(js && wasm)

// Package server serves the explainer: go-app's handler for prerendered
// pages and its scripts, plus what go-app does not do by itself: the wasm
// precompressed (brotli, gzip), text responses compressed, icons of our own,
// a version that changes only with the build, security headers that let news
// sites embed the page, and the no-script form's add/remove buttons. It
// never reaches the wasm build.
package server

import (
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/app"
	"github.com/recount-explainer/recount/rules/law/lawdata"
	"github.com/recount-explainer/recount/words"
)

// Options configure a server.
type Options struct {
	// WebDir is the folder of static assets, holding app.wasm and its
	// precompressed app.wasm.br and app.wasm.gz.
	WebDir string
	// Prefix is the sub-path the site is served under on a static host
	// ("/recount" for https://example.github.io/recount/); "" for the root.
	Prefix string
	// Domain is the public host name, for the page's social-card metadata
	// (og:url, og:image); optional.
	Domain string
}

// Handler is the explainer's HTTP handler.
type Handler struct {
	goapp       http.Handler
	resources   webResources
	version     string
	domain      string
	webDir      string
	wasm        wasmFiles
	pages       *pageCache
	renderSlots chan struct{}
}

type wasmFiles struct {
	raw, br, gz string // paths; br and gz may be ""
	size        int64  // raw size, which go-app's progress label needs
}

// New returns the handler for the site. It reads the built wasm to fix the
// version: the version changes when the build changes, not on a restart.
func New(o Options) (*Handler, error) {
	if o.WebDir == "" {
		o.WebDir = "web"
	}
	h := &Handler{webDir: o.WebDir, pages: newPageCache(1024), renderSlots: make(chan struct{}, runtime.GOMAXPROCS(0))}
	raw := filepath.Join(o.WebDir, "app.wasm")
	st, err := os.Stat(raw)
	if err != nil {
		return nil, fmt.Errorf("the wasm is not built (%w): run make build", err)
	}
	h.wasm = wasmFiles{raw: raw, size: st.Size()}
	for _, c := range []struct {
		ext string
		dst *string
	}{{".br", &h.wasm.br}, {".gz", &h.wasm.gz}} {
		if cs, err := os.Stat(raw + c.ext); err == nil && !cs.ModTime().Before(st.ModTime()) {
			*c.dst = raw + c.ext
		}
	}
	version, err := fileVersion(raw, filepath.Join(o.WebDir, "app.css"), filepath.Join(o.WebDir, "boot.js"))
	if err != nil {
		return nil, err
	}
	resources := webResources{prefix: strings.TrimRight(o.Prefix, "/"), version: version,
		files: http.StripPrefix("/web", http.FileServer(http.Dir(o.WebDir)))}
	h.version, h.domain, h.resources = version, o.Domain, resources
	h.goapp = app.NewHandler(app.HandlerOptions{
		Version:       version,
		Domain:        o.Domain,
		Resources:     resources,
		WasmSize:      strconv.FormatInt(h.wasm.size, 10),
		ServiceWorker: serviceWorker,
		// Start the wasm download while the HTML is still parsing, not after
		// app.js has run; crossorigin makes it the same request as go-app's
		// fetch(), so it is downloaded once.
		Head: []string{`<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="` +
			resources.Resolve("/web/app.wasm") + `">`},
	})
	return h, nil
}

// webResources resolves the site's URLs (under an optional sub-path) and
// serves /web/ from the assets folder wherever it is, which go-app's LocalDir
// cannot do: it ties the URL to the folder's path.
type webResources struct {
	prefix  string
	version string
	files   http.Handler
}

// Resolve implements app.ResourceResolver. Assets that change only with the
// build get "?v=<version>" so they can be cached for a year; pages, the
// service worker and the /web folder itself (go-app's wasm builds URLs from
// it) do not.
func (r webResources) Resolve(location string) string {
	switch {
	case strings.HasPrefix(location, "https://"), strings.HasPrefix(location, "http://"):
		return location
	case location == "" || location == "/":
		if r.prefix == "" {
			return "/"
		}
		return r.prefix
	case location == "web" || strings.HasPrefix(location, "web/"):
		location = "/" + location
	}
	if versioned(location) {
		return r.prefix + location + "?v=" + r.version
	}
	return r.prefix + location
}

// versioned reports whether an asset's URL carries the build version.
func versioned(path string) bool {
	switch path {
	case "/app.js", "/wasm_exec.js", "/app.css", "/manifest.webmanifest":
		return true
	}
	return strings.HasPrefix(path, "/web/")
}

// ServeHTTP serves /web/ from the assets folder.
func (r webResources) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r.files.ServeHTTP(w, req)
}

// serviceWorker is the page's service worker template.
//
//go:embed app-worker.js
var serviceWorker string

// fileVersion hashes the files a client caches, and the catalogues and law the
// wasm fetches, so the version (and the service worker's cache) changes
// exactly when one of them does.
func fileVersion(paths ...string) (string, error) {
	sum := sha256.New()
	for _, l := range words.Langs {
		text, _ := words.Catalogue(l)
		_, _ = io.WriteString(sum, text)
	}
	_, _ = io.WriteString(sum, lawdata.Text)
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return "", err
		}
		_, err = io.Copy(sum, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(sum.Sum(nil))[:16], nil
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setSecurityHeaders(w.Header())
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if p := address.StripLang(r.URL.Path); p != r.URL.Path && isPage(p) {
		// A language's own path (/es/race/<id>/): the same page, prerendered
		// in that language.
		r2 := *r
		u := *r.URL
		u.Path = p
		q := u.Query()
		if !q.Has("lang") {
			q.Set("lang", string(address.LangOf(r.URL)))
		}
		u.RawQuery = q.Encode()
		r2.URL = &u
		r = &r2
	}
	if f, ok := dataFileAt(r.URL.Path); ok {
		h.serveData(w, r, f)
		return
	}
	switch r.URL.Path {
	case "/web/app.wasm", "/app.wasm":
		h.serveWasm(w, r)
		return
	case "/embed.js":
		// The hosts' script, at the site's root so snippets stay short.
		r2 := *r
		u := *r.URL
		u.Path = "/web/embed.js"
		r2.URL = &u
		r = &r2
	case "/oembed":
		h.serveOEmbed(w, r)
		return
	case "/card.png":
		h.serveCard(w, r)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/card/") {
		h.serveCard(w, r)
		return
	}
	if q := r.URL.Query(); q.Has("add") || q.Has("remove") {
		// The no-script form's row buttons: apply, then redirect to the
		// clean address so a reload does not add another row.
		path := r.URL.Path
		if _, ok := address.PresetPath(path); ok {
			path = "/"
		}
		http.Redirect(w, r, path+"?"+address.Parse(r.URL).Canonical(), http.StatusSeeOther)
		return
	}
	if isPage(r.URL.Path) {
		h.servePage(w, r)
		return
	}
	if versioned(r.URL.Path) && r.URL.Query().Get("v") == h.version {
		w = &longCache{ResponseWriter: w}
	}
	if acceptsGzip(r) && compressible(r.URL.Path) {
		gz := gzipPool.Get().(*gzip.Writer)
		defer gzipPool.Put(gz)
		cw := &compressWriter{ResponseWriter: w, gz: gz}
		defer cw.close()
		w = cw
	}
	h.goapp.ServeHTTP(w, r)
}

// isPage reports whether a path is one of the page's routes.
func isPage(path string) bool {
	return path == "/" || path == "/index.html" || path == "/compare" || path == "/embed" || path == "/teach" || path == "/glossary" ||
		strings.HasPrefix(path, "/race/") ||
		strings.HasPrefix(path, "/embed/")
}

// longCache marks a response as cacheable for a year: its URL carries the
// build version, so a new build has new URLs.
type longCache struct {
	http.ResponseWriter
	wrote bool
}

func (l *longCache) WriteHeader(code int) {
	if l.wrote {
		return
	}
	l.wrote = true
	if code == http.StatusOK {
		l.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	l.ResponseWriter.WriteHeader(code)
}

func (l *longCache) Write(b []byte) (int, error) {
	if !l.wrote {
		l.WriteHeader(http.StatusOK)
	}
	return l.ResponseWriter.Write(b)
}

func setSecurityHeaders(h http.Header) {
	// frame-ancestors *: news sites may embed the page. 'wasm-unsafe-eval'
	// lets the browser compile the wasm. Nothing loads from another origin.
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "+
		"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "+
		"frame-ancestors *; base-uri 'self'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}

// buildHeaders sets the headers of a file that changes only with the build
// (the wasm, the catalogues), sent in an encoding the request accepts:
// with the build's version in its address it is cached for a year, else
// revalidated by its ETag. It answers a matching If-None-Match with 304
// and reports whether it did.
func (h *Handler) buildHeaders(w http.ResponseWriter, r *http.Request, contentType, encoding string) (notModified bool) {
	etag := `"` + h.version + "-" + encoding + `"`
	hd := w.Header()
	hd.Set("Content-Type", contentType)
	hd.Set("Vary", "Accept-Encoding")
	hd.Set("Cache-Control", "no-cache")
	if r.URL.Query().Get("v") == h.version {
		hd.Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	hd.Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	if encoding != "" {
		hd.Set("Content-Encoding", encoding)
	}
	return false
}

// serveWasm sends the precompressed wasm the browser accepts.
func (h *Handler) serveWasm(w http.ResponseWriter, r *http.Request) {
	path, encoding := h.wasm.raw, ""
	ae := r.Header.Get("Accept-Encoding")
	switch {
	case h.wasm.br != "" && acceptsEncoding(ae, "br"):
		path, encoding = h.wasm.br, "br"
	case h.wasm.gz != "" && acceptsEncoding(ae, "gzip"):
		path, encoding = h.wasm.gz, "gzip"
	}
	f, err := os.Open(path)
	if err != nil {
		http.Error(w, "wasm not built", http.StatusNotFound)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		http.Error(w, "wasm not readable", http.StatusInternalServerError)
		return
	}
	hd := w.Header()
	hd.Set("X-Uncompressed-Length", strconv.FormatInt(h.wasm.size, 10))
	if h.buildHeaders(w, r, "application/wasm", encoding) {
		return
	}
	// Set here: http.ServeContent leaves Content-Length out of encoded
	// responses, and go-app's progress label reads it.
	hd.Set("Content-Length", strconv.FormatInt(st.Size(), 10))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = io.Copy(w, f)
	}
}

func acceptsGzip(r *http.Request) bool {
	return acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip")
}

// acceptsEncoding reports whether an Accept-Encoding header accepts enc
// with a quality above zero.
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		if _, q, ok := strings.Cut(strings.ReplaceAll(params, " ", ""), "q="); ok {
			v, err := strconv.ParseFloat(q, 64)
			return err == nil && v > 0
		}
		return true
	}
	return false
}

func compressible(path string) bool {
	switch filepath.Ext(path) {
	case "", ".html", ".js", ".css", ".webmanifest", ".json", ".svg", ".txt":
		return true
	}
	return false
}

var gzipPool = sync.Pool{New: func() any {
	gz, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
	return gz
}}

// compressWriter gzips a response on its way out, dropping the length the
// inner handler set for the uncompressed body.
type compressWriter struct {
	http.ResponseWriter
	gz      *gzip.Writer
	started bool
	skip    bool
}

func (c *compressWriter) WriteHeader(code int) {
	if c.started {
		return
	}
	c.started = true
	hd := c.Header()
	hd.Add("Vary", "Accept-Encoding")
	if code == http.StatusNotModified || code == http.StatusNoContent || hd.Get("Content-Encoding") != "" {
		c.skip = true
	} else {
		hd.Del("Content-Length")
		hd.Set("Content-Encoding", "gzip")
		c.gz.Reset(c.ResponseWriter)
	}
	c.ResponseWriter.WriteHeader(code)
}

func (c *compressWriter) Write(b []byte) (int, error) {
	if !c.started {
		c.WriteHeader(http.StatusOK)
	}
	if c.skip {
		return c.ResponseWriter.Write(b)
	}
	return c.gz.Write(b)
}

func (c *compressWriter) close() {
	if c.started && !c.skip {
		c.gz.Close()
	}
}
