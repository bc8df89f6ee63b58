//go:build js && wasm

package main

import (
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// runBrowser starts the page in the browser; it returns only if the Go
// program ends, which web/boot.js then reports on the page.
func runBrowser() bool {
	app.Window().Get("performance").Call("mark", "go-main")
	// Fewer, larger collections: a keystroke re-renders a few hundred
	// nodes, and a collection in its frame was the slowest keystrokes'
	// cost (make bench). The page's heap stays in the tens of MB.
	debug.SetGCPercent(400)
	app.RunWhenOnBrowser()
	return true
}

// runServer is not part of the wasm build.
func runServer() {}
