package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/words"
)

// Run starts the page in the browser: it routes the components and hands
// the document to go-app. It returns only if the Go program ends.
func Run() {
	Route()
	app.RunWhenOnBrowser()
}

// Mark sets a performance mark in the browser (make bench reads them).
func Mark(name string) {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", name)
	}
}

// ready tells the document the wasm has taken over a page in a language:
// <html lang> follows the page, data-app="ready" is set for tests and
// scripts, and the app-ready mark for make bench.
func ready(l words.Lang) {
	setLang(l)
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app", "ready")
	Mark("app-ready")
}

// setLang makes <html lang> follow the page after the wasm has taken over,
// also when go-app follows a link inside the running page.
func setLang(l words.Lang) {
	if l == "" {
		l = words.English
	}
	app.Window().Get("document").Get("documentElement").Set("lang", string(l))
}
