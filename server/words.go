//go:build !(js && wasm)

package server

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/recount-explainer/recount/words"
)

// wordsPrefix is where the wasm fetches the catalogue of the page's
// language: the catalogues are not in the wasm, so a reader downloads
// only the language the page speaks.
const wordsPrefix = "/web/words/"

// wordsURL is the address of a language's catalogue, as the page preloads
// it and the wasm fetches it (app.fetchWords).
func (r webResources) wordsURL(l words.Lang) string {
	return r.Resolve(wordsPrefix + string(l) + ".txt")
}

// catalogue is one language's catalogue file, compressed once, when first
// asked for.
type catalogue struct {
	once        sync.Once
	raw, br, gz []byte
}

var catalogues sync.Map // words.Lang → *catalogue

// wordsFile returns the catalogue a path names (/web/words/es.txt).
func wordsFile(path string) (*catalogue, bool) {
	name, ok := strings.CutPrefix(path, wordsPrefix)
	if !ok {
		return nil, false
	}
	lang, ok := strings.CutSuffix(name, ".txt")
	if !ok {
		return nil, false
	}
	l, ok := words.ParseLang(lang)
	if !ok || string(l) != lang {
		return nil, false
	}
	text, _ := words.Catalogue(l)
	c, _ := catalogues.LoadOrStore(l, &catalogue{})
	cat := c.(*catalogue)
	cat.once.Do(func() {
		cat.raw = []byte(text)
		var b bytes.Buffer
		bw := brotli.NewWriterLevel(&b, brotli.BestCompression)
		_, _ = bw.Write(cat.raw)
		_ = bw.Close()
		cat.br = bytes.Clone(b.Bytes())
		b.Reset()
		gw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		_, _ = gw.Write(cat.raw)
		_ = gw.Close()
		cat.gz = bytes.Clone(b.Bytes())
	})
	return cat, true
}

// serveWords sends a catalogue in the encoding the browser accepts; with
// the build's version in its address it is cached for a year, like the
// wasm.
func (h *Handler) serveWords(w http.ResponseWriter, r *http.Request, c *catalogue) {
	body, encoding := c.raw, ""
	ae := r.Header.Get("Accept-Encoding")
	switch {
	case acceptsEncoding(ae, "br"):
		body, encoding = c.br, "br"
	case acceptsEncoding(ae, "gzip"):
		body, encoding = c.gz, "gzip"
	}
	if h.buildHeaders(w, r, "text/plain; charset=utf-8", encoding) {
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}
