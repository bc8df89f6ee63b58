//go:build js && wasm

package main

import (
	"runtime/debug"

	"github.com/recount-explainer/recount/app"
)

// runBrowser starts the page in the browser; it returns only if the Go
// program ends, which web/boot.js then reports on the page.
func runBrowser() bool {
	app.Mark("go-main")
	// Fewer, larger collections: a keystroke re-renders a few hundred
	// nodes, and a collection in its frame was the slowest keystrokes'
	// cost (make bench). The page's heap stays in the tens of MB.
	debug.SetGCPercent(400)
	app.Run()
	return true
}

// runServer is not part of the wasm build.
func runServer() {}
