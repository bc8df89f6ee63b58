package app

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
)

// typedBeforeTakeover reads the prerendered form still in the document when
// the wasm starts, so that what the reader typed before it arrived survives
// go-app's swap of the page. It reports false when there is no such form, or
// when the form was rendered for another address than this one's canonical
// query (a static host serves one prerender for every link): then the URL
// wins.
func typedBeforeTakeover(canonical string) (address.Race, bool) {
	form := app.Window().GetElementByID("race-form")
	if !form.Truthy() || form.Call("getAttribute", "data-rendered-for").String() != canonical {
		return address.Race{}, false
	}
	// The form's fields as the browser would submit them, read in three
	// calls into JavaScript rather than three for each of its fields.
	w := app.Window()
	data := w.Get("URLSearchParams").New(w.Get("FormData").New(form)).Call("toString").String()
	q, err := url.ParseQuery(data)
	if err != nil {
		return address.Race{}, false
	}
	return address.Parse(&url.URL{RawQuery: q.Encode()}).Race, true
}

// focusBeforeTakeover returns the id of the element that has the focus in
// the prerendered page, and the ids of its open <details>, so that a reader
// who started typing before the wasm arrived keeps their place.
func focusBeforeTakeover() (focus string, open []string) {
	doc := app.Window().Get("document")
	if a := doc.Get("activeElement"); a.Truthy() {
		focus = a.Get("id").String()
	}
	list := doc.Call("querySelectorAll", "details[open][id]")
	for i := 0; i < list.Get("length").Int(); i++ {
		open = append(open, list.Call("item", i).Get("id").String())
	}
	return focus, open
}

// restoreFocus gives the focus back to the element with an id, its caret at
// the end of what was typed.
func restoreFocus(id string) {
	if id == "" {
		return
	}
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	el.Call("focus")
	if t := el.Get("type"); t.Truthy() && t.String() == "text" { // dates and selects have no caret
		const end = 1 << 20 // past any value: the browser puts the caret at its end
		el.Call("setSelectionRange", end, end)
	}
}
