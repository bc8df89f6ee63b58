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
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/rules/law/lawdata"
	"github.com/recount-explainer/recount/words"
)

// The data the wasm fetches instead of carrying it: a reader downloads
// only the language the page speaks, and the law of the page's state
// (about 2 KB) rather than all 51 jurisdictions (57 KB), which the running
// page fetches when the reader picks another state or compares them.
const (
	wordsPrefix = "/web/words/" // <lang>.txt: a catalogue
	lawPrefix   = "/web/law/"   // <CODE>.json: a jurisdiction's line of law.jsonl
	lawAll      = "/web/law/all.jsonl"
)

// wordsURL is the address of a language's catalogue, as the page preloads
// it and the wasm fetches it (app.fetchWords).
func (r webResources) wordsURL(l words.Lang) string {
	return r.Resolve(wordsPrefix + string(l) + ".txt")
}

// lawURL is the address of a jurisdiction's law, or of all of them for
// the code "", as the page preloads it and the wasm fetches it
// (app.fetchLaw).
func (r webResources) lawURL(code string) string {
	if code == "" {
		return r.Resolve(lawAll)
	}
	return r.Resolve(lawPrefix + code + ".json")
}

// dataFile is one of those files, compressed once, when first asked for.
type dataFile struct {
	once        sync.Once
	raw, br, gz []byte
}

var dataFiles sync.Map // path → *dataFile

// dataText returns the text a path names (/web/words/es.txt,
// /web/law/VA.json, /web/law/all.jsonl).
func dataText(path string) (string, bool) {
	if name, ok := strings.CutPrefix(path, wordsPrefix); ok {
		lang, ok := strings.CutSuffix(name, ".txt")
		if l, known := words.ParseLang(lang); ok && known && string(l) == lang {
			return words.Catalogue(l)
		}
		return "", false
	}
	if path == lawAll {
		return lawdata.Text, true
	}
	if name, ok := strings.CutPrefix(path, lawPrefix); ok {
		if code, ok := strings.CutSuffix(name, ".json"); ok {
			return law.Line(code)
		}
	}
	return "", false
}

// dataFileAt returns the file a path names, compressed.
func dataFileAt(path string) (*dataFile, bool) {
	text, ok := dataText(path)
	if !ok {
		return nil, false
	}
	v, _ := dataFiles.LoadOrStore(path, &dataFile{})
	f := v.(*dataFile)
	f.once.Do(func() {
		f.raw = []byte(text)
		var b bytes.Buffer
		bw := brotli.NewWriterLevel(&b, brotli.BestCompression)
		_, _ = bw.Write(f.raw)
		_ = bw.Close()
		f.br = bytes.Clone(b.Bytes())
		b.Reset()
		gw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		_, _ = gw.Write(f.raw)
		_ = gw.Close()
		f.gz = bytes.Clone(b.Bytes())
	})
	return f, true
}

// serveData sends a data file in the encoding the browser accepts; with
// the build's version in its address it is cached for a year, like the
// wasm.
func (h *Handler) serveData(w http.ResponseWriter, r *http.Request, f *dataFile) {
	body, encoding := f.raw, ""
	ae := r.Header.Get("Accept-Encoding")
	switch {
	case acceptsEncoding(ae, "br"):
		body, encoding = f.br, "br"
	case acceptsEncoding(ae, "gzip"):
		body, encoding = f.gz, "gzip"
	}
	contentType := "text/plain; charset=utf-8"
	switch {
	case strings.HasSuffix(r.URL.Path, ".json"):
		contentType = "application/json"
	case strings.HasSuffix(r.URL.Path, ".jsonl"):
		contentType = "application/jsonl; charset=utf-8"
	}
	if h.buildHeaders(w, r, contentType, encoding) {
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}
