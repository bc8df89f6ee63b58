package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
)

// Route registers the page's components with go-app. Both the server
// (prerendering) and the browser (wasm) call it.
//
// A preset's own address, /race/<id>/, is a pattern on the server. The
// browser routes only the address it was loaded at: compiling the
// pattern's regexp at start-up cost about 90 ms of a phone's first visit
// (CPU 4×, profiled with make bench).
func Route() {
	page := func() app.Composer { return newExplainer() }
	app.Route("/", page)
	app.Route("/compare", func() app.Composer { return newCompare() })
	app.Route("/teach", func() app.Composer { return newTeachPage() })
	app.Route("/glossary", func() app.Composer { return newGlossaryPage() })
	app.Route("/embed", page)
	if !app.IsClient {
		app.RouteWithRegexp(`^/(race|embed)/[a-z0-9-]+/?$`, page)
		return
	}
	path := app.Window().URL().Path
	for _, dir := range []string{"/race/", "/embed/"} {
		if i := strings.LastIndex(path, dir); i >= 0 {
			if _, ok := address.PresetPath(path); ok {
				app.Route(path[i:], page) // go-app routes the path without a sub-path prefix
				app.Route(path, page)     // and a language's own path (/es/race/<id>/) as it is
			}
		}
	}
	// A language's own path routes to the page its path names.
	if stripped := address.StripLang(path); stripped != path {
		switch stripped {
		case "/":
			app.Route(path, page)
		case "/compare":
			app.Route(path, func() app.Composer { return newCompare() })
		case "/teach":
			app.Route(path, func() app.Composer { return newTeachPage() })
		case "/glossary":
			app.Route(path, func() app.Composer { return newGlossaryPage() })
		}
	}
}
