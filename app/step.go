package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// stepItem is the frame every walkthrough step shares: a list item with an
// anchor id and a heading, so each step can be linked and skimmed by
// heading with a screen reader.
func stepItem(id, title string, body ...app.UI) app.UI {
	return elem("li").ID("step-"+id).Class("step").Body(
		elem("h3").Text(title),
		app.Div().Class("step-body").Body(body...),
	)
}

// def is one term and its value in a definition list.
func def(term string, value ...app.UI) []app.UI {
	return []app.UI{elem("dt").Text(term), elem("dd").Body(value...)}
}

// defs flattens definition pairs into a <dl>.
func defs(class string, pairs ...[]app.UI) app.UI {
	var items []app.UI
	for _, p := range pairs {
		items = append(items, p...)
	}
	return elem("dl").Class(class).Body(items...)
}
