//go:build !(js && wasm)

package server

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"io"
	"net/http"
	"strconv"
	"sync"

	ui "github.com/recount-explainer/recount/app"
)

// pageCache keeps rendered pages, gzipped, by path and canonical query
// (ui.CanonicalQuery: the same for every address showing the same page),
// least recently used first out. It is bounded in entries and
// in the size of a key, so a flood of distinct links cannot exhaust memory.
// Pages depend only on the address and the build, and a cache lives only as
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
	gz          []byte // the page, gzipped
	size        int    // uncompressed length
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
	if inm := r.Header.Get("If-None-Match"); inm != "" && inm == `"`+h.goapp.Version+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	key := r.URL.Path + "?" + ui.CanonicalQuery(r.URL)
	p, ok := h.pages.get(key)
	if !ok {
		h.renderSlots <- struct{}{}
		rec := &pageRecorder{header: http.Header{}, status: http.StatusOK}
		h.goapp.ServeHTTP(rec, r)
		<-h.renderSlots
		if rec.status != http.StatusOK {
			for k, v := range rec.header {
				w.Header()[k] = v
			}
			w.WriteHeader(rec.status)
			_, _ = w.Write(rec.body.Bytes())
			return
		}
		page := stripIndent(rec.body.Bytes())
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
	hd.Set("Cache-Control", "no-cache")
	hd.Set("ETag", `"`+h.goapp.Version+`"`)
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
// space a reader sees is inside a text node.
func stripIndent(page []byte) []byte {
	out := make([]byte, 0, len(page))
	for i := 0; i < len(page); i++ {
		if page[i] == '\n' {
			for i+1 < len(page) && (page[i+1] == ' ' || page[i+1] == '\t') {
				i++
			}
			continue
		}
		out = append(out, page[i])
	}
	return out
}
