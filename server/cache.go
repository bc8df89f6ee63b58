//go:build !(js && wasm)

package server

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/app"
	"github.com/recount-explainer/recount/races"
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/words"
)

// pageCache keeps rendered pages, gzipped, by day, host, path and canonical
// query (address.Address.Canonical: the same for every address showing the
// same page), least recently used first out. It is bounded in entries and
// in the size of a key, so a flood of distinct links cannot exhaust memory.
// Pages depend only on the address, the day and the build, and a cache lives only as
// long as one build's server.
type pageCache struct {
	mu      sync.Mutex
	max     int
	order   *list.List // front: most recently used
	entries map[string]*list.Element
}

type cachedPage struct {
	key         string
	contentType string
	gz          []byte // the page, gzipped (or, when raw, as it is sent)
	size        int    // uncompressed length
	raw         bool   // gz holds the bytes as sent (a PNG)
}

// maxKey bounds the address length worth caching; longer links still work,
// they are just rendered each time.
const maxKey = 4096

func newPageCache(max int) *pageCache {
	return &pageCache{max: max, order: list.New(), entries: map[string]*list.Element{}}
}

func (c *pageCache) get(key string) (*cachedPage, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[key]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*cachedPage), true
	}
	return nil, false
}

func (c *pageCache) put(p *cachedPage) {
	if len(p.key) > maxKey {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[p.key]; ok {
		e.Value = p
		c.order.MoveToFront(e)
		return
	}
	c.entries[p.key] = c.order.PushFront(p)
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.entries, last.Value.(*cachedPage).key)
	}
}

// len returns the number of pages held.
func (c *pageCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// pageRecorder captures a page go-app renders.
type pageRecorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *pageRecorder) Header() http.Header         { return r.header }
func (r *pageRecorder) WriteHeader(code int)        { r.status = code }
func (r *pageRecorder) Write(b []byte) (int, error) { return r.body.Write(b) }

// servePage answers a page request from the cache, rendering it on a miss
// with at most renderSlots renders at once (queueing beyond that only adds
// latency on two cores).
func (h *Handler) servePage(w http.ResponseWriter, r *http.Request) {
	if id, ok := address.PresetPath(r.URL.Path); ok {
		if _, known := races.ByID(id); !known {
			notFound(w, r, id)
			return
		}
	}
	host := h.publicHost(r)
	// A page's words depend on the day (a deadline passed is told in the
	// past tense), so the day is part of its key and its ETag.
	day := time.Now().Format("20060102")
	etag := `"` + h.version + "-" + day + `"`
	if inm := r.Header.Get("If-None-Match"); inm == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	key := day + host + r.URL.Path + "?" + address.Parse(r.URL).Canonical()
	if r.URL.Path == "/teach" {
		// The link builder's answer: its own parameters, not a race's.
		q := r.URL.Query()
		key += "&" + url.Values{"race": q["race"], "guess": q["guess"], "key": q["key"]}.Encode()
	}
	p, ok := h.pages.get(key)
	if !ok {
		h.renderSlots <- struct{}{}
		rec := &pageRecorder{header: http.Header{}, status: http.StatusOK}
		// go-app prerenders with the request's URL: give it the public host,
		// for the absolute links of the embed snippets.
		r2 := *r
		u := *r.URL
		u.Host = host
		r2.URL = &u
		h.goapp.ServeHTTP(rec, &r2)
		<-h.renderSlots
		if rec.status != http.StatusOK {
			for k, v := range rec.header {
				w.Header()[k] = v
			}
			w.WriteHeader(rec.status)
			_, _ = w.Write(rec.body.Bytes())
			return
		}
		// The head, which is small, is edited; the body is copied once.
		// (bytes.Replace on the whole page copied it once per change: a
		// fifth of a new race's serving time in BenchmarkPageMiss.)
		page := stripIndent(rec.body.Bytes())
		end := bytes.Index(page, []byte("</head>"))
		if end < 0 {
			end = len(page)
		}
		head := h.socialURLs(page[:end:end], host, r)
		head = h.preloadData(head, r.URL)
		if address.IsEmbed(r.URL.Path) {
			head = h.lazyEmbed(head)
		}
		page = append(head, h.bodyURLs(page[end:], host, r)...)
		if withoutWasm(r.URL.Path) {
			page = noWasm(page)
		}
		// A miss is on the critical path: BestSpeed (3–4× cheaper than
		// level 9) from a pool (a new gzip writer allocates about 1 MB).
		var gz bytes.Buffer
		zw := gzipPool.Get().(*gzip.Writer)
		zw.Reset(&gz)
		_, _ = zw.Write(page)
		_ = zw.Close()
		gzipPool.Put(zw)
		p = &cachedPage{key: key, contentType: rec.header.Get("Content-Type"), gz: gz.Bytes(), size: len(page)}
		h.pages.put(p)
	}
	hd := w.Header()
	hd.Set("Content-Type", p.contentType)
	// Shared caches (a CDN) may keep a page for an hour; browsers ask again
	// each time and get a 304 while the build and the day are the same.
	hd.Set("Cache-Control", "public, max-age=0, s-maxage=3600")
	hd.Set("ETag", etag)
	hd.Add("Vary", "Accept-Encoding")
	if acceptsGzip(r) {
		hd.Set("Content-Encoding", "gzip")
		hd.Set("Content-Length", strconv.Itoa(len(p.gz)))
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			_, _ = w.Write(p.gz)
		}
		return
	}
	hd.Set("Content-Length", strconv.Itoa(p.size))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		zr, err := gzip.NewReader(bytes.NewReader(p.gz))
		if err == nil {
			_, _ = io.Copy(w, zr)
		}
	}
}

// stripIndent removes the line breaks and indentation go-app writes
// between the nodes of a page. They are a third of its bytes, and they make
// the prerendered DOM differ from the one the wasm builds, which has no
// whitespace between nodes: a space between two inline elements that the
// wasm then removes moves text when it takes over (a layout shift). The page
// has no <pre>, <textarea> or inline script whose text would change; every
// space a reader sees is inside a text node. go-app indents by two spaces a
// level, so an odd run of spaces after a line break ends with a text node's
// own leading space (" · " between two links), which stays.
func stripIndent(page []byte) []byte {
	out := make([]byte, 0, len(page))
	for i := 0; i < len(page); i++ {
		if page[i] == '\n' {
			n := 0
			for i+1 < len(page) && (page[i+1] == ' ' || page[i+1] == '\t') {
				i++
				if page[i] == ' ' {
					n++
				}
			}
			if n%2 == 1 {
				out = append(out, ' ')
			}
			continue
		}
		out = append(out, page[i])
	}
	return out
}

// preloadData starts the download of the page language's catalogue and
// of the law its race needs (app.LawOf) beside the wasm's, so the wasm
// finds them on arrival (app.Run asks for the same addresses in the same
// mode). Like the wasm's, at low priority: they must not hold back the
// page's own HTML and styles.
func (h *Handler) preloadData(page []byte, u *url.URL) []byte {
	urls := []string{h.resources.wordsURL(address.Parse(u).View.Lang)}
	if code := app.LawOf(u); code == "" || law.Known(code) {
		urls = append(urls, h.resources.lawURL(code))
	}
	wasm := []byte(`href="` + h.resources.Resolve("/web/app.wasm") + `">`)
	links := wasm
	for _, href := range urls {
		links = append(links, `<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="`+html.EscapeString(href)+`">`...)
	}
	return bytes.Replace(page, wasm, links, 1)
}

// publicHost is the host name social cards name: the configured domain, or
// else the host the request was made to.
func (h *Handler) publicHost(r *http.Request) string {
	if h.domain != "" {
		return h.domain
	}
	return r.Host
}

// socialURLs gives the page's og:url, og:image and twitter:image a host
// (go-app writes "https:///…" when it has no domain) and gives og:url the
// race's canonical query, so a shared link previews the race it names.
//
// head is the page up to its "</head>" (not included); tags are added at
// its end.
func (h *Handler) socialURLs(head []byte, host string, r *http.Request) []byte {
	origin := schemeOf(r, h.domain) + "://" + host
	head = h.absolute(head, origin)
	// Every race's social image is its share card.
	card := origin + "/card.png?" + address.Parse(r.URL).Race.Query().Encode()
	head = setMeta(head, "og:image", card)
	full := origin + r.URL.Path
	if q := address.Parse(r.URL).Canonical(); q != "" {
		full += "?" + q
	}
	// oEmbed discovery: the page's own address, for CMSs that embed links.
	oembed := origin + "/oembed?" + url.Values{"url": {full}, "format": {"json"}}.Encode()
	xmlEmbed := origin + "/oembed?" + url.Values{"url": {full}, "format": {"xml"}}.Encode()
	head = append(head, `<link rel="alternate" type="application/json+oembed" href="`+
		html.EscapeString(oembed)+`"><link rel="alternate" type="text/xml+oembed" href="`+html.EscapeString(xmlEmbed)+`">`...)
	head = setMeta(head, "og:url", full)
	head = languages(head, origin, r)
	return append(head, `<meta name="twitter:card" content="summary_large_image">`+
		`<meta name="twitter:image" content="`+html.EscapeString(card)+`">`...)
}

// bodyURLs is socialURLs for the rest of the page, from "</head>": its
// absolute links get the host, and go-app's loader its words (loaderWords).
func (h *Handler) bodyURLs(body []byte, host string, r *http.Request) []byte {
	return loaderWords(h.absolute(body, schemeOf(r, h.domain)+"://"+host), r)
}

// absolute gives the links go-app writes without a host ("https:///…"),
// or with the configured domain, the origin the page is served from.
func (h *Handler) absolute(b []byte, origin string) []byte {
	if bytes.Contains(b, []byte(`"https:///`)) {
		b = bytes.ReplaceAll(b, []byte(`"https:///`), []byte(`"`+origin+`/`))
	}
	if h.domain != "" && bytes.Contains(b, []byte(`"https://`+h.domain+`/`)) {
		b = bytes.ReplaceAll(b, []byte(`"https://`+h.domain+`/`), []byte(`"`+origin+`/`))
	}
	return b
}

// setMeta sets the content of the <meta> tag with a property. go-app writes
// a tag's attributes in any order: the tag is found first, then its content.
func setMeta(page []byte, property, content string) []byte {
	for i := 0; ; {
		j := bytes.Index(page[i:], []byte("<meta "))
		if j < 0 {
			return page
		}
		start := i + j
		end := bytes.IndexByte(page[start:], '>')
		if end < 0 {
			return page
		}
		tag := page[start : start+end]
		if bytes.Contains(tag, []byte(`property="`+property+`"`)) {
			k := bytes.Index(tag, []byte(`content="`))
			if k < 0 {
				return page
			}
			k += len(`content="`)
			q := bytes.IndexByte(tag[k:], '"')
			out := append([]byte{}, page[:start+k]...)
			out = append(out, html.EscapeString(content)...)
			return append(out, page[start+k+q:]...)
		}
		i = start + end
	}
}

// notFound answers an unknown race's address with a 404 page that names the
// races there are.
func notFound(w http.ResponseWriter, r *http.Request, id string) {
	wd := words.For(address.Parse(r.URL).View.Lang)
	all, _ := races.All()
	var b bytes.Buffer
	b.WriteString(`<!doctype html><html lang="` + string(wd.Lang) + `"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1"><title>` +
		html.EscapeString(words.M.NotFoundTitle.In(wd)) + `</title><link rel="stylesheet" href="/web/app.css"></head><body><div class="page"><main><h1>` +
		html.EscapeString(words.M.NotFoundTitle.In(wd)) + `</h1><p>` +
		html.EscapeString(words.M.NotFoundText.In(wd, words.Text(id))) + `</p>`)
	state := ""
	for _, p := range all {
		if p.Race.State != state {
			if state != "" {
				b.WriteString(`</ul>`)
			}
			state = p.Race.State
			name := state
			if law.ByCode(state) != nil {
				name = wd.Key("state." + state)
			}
			b.WriteString(`<h2>` + html.EscapeString(name) + `</h2><ul>`)
		}
		b.WriteString(`<li><a href="/race/` + p.ID + `/">` + html.EscapeString(words.M.PresetLabel.In(wd,
			words.Text(wd.Key("race."+p.RaceID)), words.Text(strconv.Itoa(p.Race.Election.Year())), words.Text(wd.Key("stage."+string(p.Stage))))) +
			`</a></li>`)
	}
	b.WriteString(`</ul><p><a href="/">` + html.EscapeString(words.M.NotFoundHome.In(wd)) + `</a></p></main></div></body></html>`)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusNotFound)
	_, _ = w.Write(b.Bytes())
}

var goappScript = regexp.MustCompile(`<script[^>]*src="[^"]*(/wasm_exec\.js|/app\.js|/web/boot\.js)[^"]*"[^>]*></script>|<link[^>]*rel="preload"[^>]*>`)

// lazyEmbed makes an embed cost its host page almost nothing until a reader
// touches it: go-app's scripts and the wasm preload come out of the page,
// and web/embed-child.js goes in, which sizes the frame and loads those
// scripts (and so the wasm) on the first touch. head is the page up to its
// "</head>", where they all are.
func (h *Handler) lazyEmbed(head []byte) []byte {
	var scripts []string
	head = goappScript.ReplaceAllFunc(head, func(tag []byte) []byte {
		if m := regexp.MustCompile(`src="([^"]*)"`).FindSubmatch(tag); m != nil {
			scripts = append(scripts, string(m[1]))
		}
		return nil
	})
	child := `<script src="/web/embed-child.js?v=` + h.version + `" data-scripts="` + html.EscapeString(strings.Join(scripts, " ")) + `" defer></script>`
	return append(head, child...)
}

// withoutWasm reports whether a page (its path without the language) is
// served without the wasm: the teacher's guide and the glossary are text,
// links and a form the server answers (app.Route).
func withoutWasm(path string) bool { return path == "/teach" || path == "/glossary" }

var (
	goappOnly = regexp.MustCompile(`<script[^>]*src="[^"]*(/wasm_exec\.js|/app\.js)[^"]*"[^>]*></script>|<link[^>]*rel="preload"[^>]*>`)
	loader    = regexp.MustCompile(`<aside[^>]* id="app-wasm-loader"[^>]*>.*?</aside>`) // go-app orders attributes at random
)

// noWasm takes go-app's scripts, the preloads and the loader's note out of
// a page that needs no wasm; web/boot.js stays.
func noWasm(page []byte) []byte {
	return loader.ReplaceAll(goappOnly.ReplaceAll(page, nil), nil)
}

// presetOK reports whether a preset id exists.
func presetOK(id string) (races.Preset, error) {
	if p, ok := races.ByID(id); ok {
		return p, nil
	}
	return races.Preset{}, errNoRace
}

var errNoRace = &noRace{}

type noRace struct{}

func (*noRace) Error() string { return "no such race" }

// pageWords are the <html> attributes that give web/boot.js the words it
// shows outside go-app's components (the loader's label, the crash notice)
// in a language other than English, which it has built in.
func pageWords(l words.Lang) string {
	if l == words.English {
		return ""
	}
	w := words.For(l)
	return ` data-loading="` + html.EscapeString(words.M.PageLoading.In(w)) + `" data-crash="` + html.EscapeString(words.M.PageCrash.In(w)) +
		`" data-reload="` + html.EscapeString(words.M.PageReload.In(w)) + `"`
}

// loading is go-app's loader label at a given progress.
func loading(w *words.Words, progress string) string {
	return strings.Replace(words.M.PageLoading.In(w), "{progress}", progress, 1)
}

// languages marks a page's language and links its other languages: <html
// lang> follows the address (go-app writes English), and hreflang
// alternates name the same page in each language, English the default.
//
// head is the page up to its "</head>"; the links are added at its end.
func languages(head []byte, origin string, r *http.Request) []byte {
	a := address.Parse(r.URL)
	head = bytes.Replace(head, []byte(`<html lang="en"`), []byte(`<html lang="`+string(a.View.Lang)+`"`+pageWords(a.View.Lang)), 1)
	var links strings.Builder
	for _, l := range words.Langs {
		href := origin + address.LangPath(l, r.URL.Path)
		if r.URL.Path == "/" || strings.HasPrefix(r.URL.Path, "/race/") {
			b := a
			b.View.Lang = l
			href = origin + b.Path()
		} else if q := a.Query(); r.URL.Path != "/teach" && r.URL.Path != "/glossary" {
			// The page's own parameters only, never a host's (parentUrl).
			q.Del("lang")
			if len(q) > 0 {
				href += "?" + q.Encode()
			}
		}
		links.WriteString(`<link rel="alternate" hreflang="` + string(l) + `" href="` + html.EscapeString(href) + `">`)
		if l == words.English {
			links.WriteString(`<link rel="alternate" hreflang="x-default" href="` + html.EscapeString(href) + `">`)
		}
	}
	return append(head, links.String()...)
}

// loaderWords gives go-app's loader, at the end of the body, its label in
// the page's language (web/boot.js keeps it so as the progress changes)
// and makes its hidden icon decorative. Only the loader's part of the body
// is searched and copied again.
func loaderWords(body []byte, r *http.Request) []byte {
	at := bytes.LastIndex(body, []byte(`id="app-wasm-loader"`))
	if at < 0 {
		return body
	}
	start := bytes.LastIndexByte(body[:at], '<')
	en, w := words.For(words.English), words.For(address.Parse(r.URL).View.Lang)
	loader := bytes.Replace(body[start:], []byte(`>`+html.EscapeString(loading(en, "0"))+`<`), []byte(`>`+html.EscapeString(loading(w, "0"))+`<`), 1)
	loader = bytes.Replace(loader, []byte(`alt="wasm loader icon"`), []byte(`alt=""`), 1)
	return append(body[:start:start], loader...)
}
