package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/words"
)

// Route registers the page's components with go-app. Both the server
// (prerendering) and the browser (wasm) call it.
//
// The teacher's guide and the glossary are routed on the server only: they
// are text and links (the guide's link builder is a form the server
// answers), so their pages load no wasm (server.withoutWasm) and the wasm
// leaves their components out. web/boot.js makes the running page load
// them afresh rather than route them.
//
// A preset's own address, /race/<id>/, is a pattern on the server. The
// browser routes only the address it was loaded at: compiling the
// pattern's regexp at start-up cost about 90 ms of a phone's first visit
// (CPU 4×, profiled with make bench).
func Route() {
	page := func() app.Composer { return newExplainer() }
	// Every page in every language: a Spanish page's links to the glossary,
	// the comparison or the teacher's guide stay in Spanish and are
	// followed inside the running page. (The link to the other language
	// loads the page afresh: web/boot.js.)
	for _, l := range words.Langs {
		app.Route(address.LangPath(l, "/"), page)
		app.Route(address.LangPath(l, "/compare"), func() app.Composer { return newCompare() })
		app.Route(address.LangPath(l, "/embed"), page)
		if !app.IsClient {
			app.Route(address.LangPath(l, "/teach"), func() app.Composer { return newTeachPage() })
			app.Route(address.LangPath(l, "/glossary"), func() app.Composer { return newGlossaryPage() })
		}
	}
	if !app.IsClient {
		prefixes := make([]string, 0, len(words.Langs))
		for _, l := range words.Langs {
			prefixes = append(prefixes, strings.TrimSuffix(address.LangPath(l, "/"), "/"))
		}
		app.RouteWithRegexp(`^(`+strings.Join(prefixes, "|")+`)/(race|embed)/[a-z0-9-]+/?$`, page)
		return
	}
	path := app.Window().URL().Path
	for _, dir := range []string{"/race/", "/embed/"} {
		if i := strings.LastIndex(path, dir); i >= 0 {
			if _, ok := address.PresetPath(path); ok {
				app.Route(path, page) // as it is
				// go-app routes the path without a sub-path prefix: this
				// preset's path in each language.
				for _, l := range words.Langs {
					app.Route(address.LangPath(l, path[i:]), page)
				}
			}
		}
	}
}
