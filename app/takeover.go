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
