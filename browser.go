//go:build js && wasm

package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// runBrowser starts the page in the browser; it returns only if the Go
// program ends, which web/boot.js then reports on the page.
func runBrowser() bool {
	app.RunWhenOnBrowser()
	return true
}

// runServer is not part of the wasm build.
func runServer() {}
