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
	q := url.Values{}
	elements := form.Get("elements")
	for i := 0; i < elements.Length(); i++ {
		el := elements.Index(i)
		name := el.Get("name").String()
		if name == "" || name == "add" || name == "remove" || el.Get("type").String() == "submit" {
			continue
		}
		q.Add(name, el.Get("value").String())
	}
	f, _ := ParseQuery(q)
	return f, true
}
