//go:build !(js && wasm)

package main

import (
	"log"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// serve serves the minimal page on ADDR, with its wasm from ./web/app.wasm
// (go-app's LocalDir layout; run it in the folder holding web/).
func serve() {
	h := &app.Handler{
		Name:      "minimal",
		Resources: app.LocalDir(""),
		Icon:      app.Icon{Default: "/web/icon.png", SVG: "/web/icon.png"},
		Version:   "bench",
		// go-app's progress label needs the uncompressed length.
		WasmContentLength: wasmLength(),
	}
	log.Fatal(http.ListenAndServe(os.Getenv("ADDR"), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Like the explainer, send the wasm brotli-compressed when the
		// bench has written web/app.wasm.br.
		if r.URL.Path == "/web/app.wasm" && strings.Contains(r.Header.Get("Accept-Encoding"), "br") {
			if b, err := os.ReadFile("web/app.wasm.br"); err == nil {
				w.Header().Set("Content-Type", "application/wasm")
				w.Header().Set("Content-Encoding", "br")
				w.Header().Set("Content-Length", strconv.Itoa(len(b)))
				_, _ = w.Write(b)
				return
			}
		}
		h.ServeHTTP(w, r)
	})))
}

func wasmLength() string {
	st, err := os.Stat("web/app.wasm")
	if err != nil {
		return ""
	}
	return strconv.FormatInt(st.Size(), 10)
}
