package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// typedBeforeTakeover reads the prerendered form still in the document when
// the wasm starts, so that what the reader typed before it arrived survives
// go-app's swap of the page. It reports false when there is no such form, or
// when the form was rendered for another race than the address's canonical
// query (a static host serves one prerender for every link): then the
// address wins.
func typedBeforeTakeover(canonical string) (Form, bool) {
	form := app.Window().GetElementByID("race-form")
	if !form.Truthy() || form.Call("getAttribute", "data-rendered-for").String() != canonical {
		return Form{}, false
	}
	// The form's fields as the browser would submit them (the add and remove
	// buttons are not the submitter, so they are left out), read in three
	// calls into JavaScript rather than three for each of its fields.
	w := app.Window()
	data := w.Get("URLSearchParams").New(w.Get("FormData").New(form)).Call("toString").String()
	q, err := url.ParseQuery(data)
	if err != nil {
		return Form{}, false
	}
	f, _ := ParseQuery(q)
	return f, true
}
