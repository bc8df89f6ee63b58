package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

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
