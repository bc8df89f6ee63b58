//go:build !(js && wasm)

package main

import (
	"log"
	"net/http"
	"os"

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
	}
	log.Fatal(http.ListenAndServe(os.Getenv("ADDR"), h))
}
