package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// cite is the source line under a legal statement: each source's title
// (linked where a public copy exists), the date it was last checked, and
// how well it is verified, in words. It is a plain function, not a
// component: a page has about fifteen of them and none has state.
func cite(w *words, ids ...rules.SourceID) app.UI {
	items := make([]app.UI, 0, 4*len(ids)+1)
	items = append(items, elem("span").Class("cite-label").Text(w.t("cite.source")+": "))
	for i, id := range ids {
		s, ok := rules.SourceOf(id)
		if !ok {
			continue
		}
		if i > 0 {
			items = append(items, app.Text("; "))
		}
		var title app.UI = elem("cite").Text(s.Title)
		if s.URL != "" {
			title = elem("a").Attr("href", s.URL).Attr("rel", "noopener").Body(elem("cite").Text(s.Title))
		}
		items = append(items, title, app.Text(", "+w.t("cite.asof", w.shortDate(s.CheckedOn))+" ("),
			elem("span").Class("status status-"+string(s.Status)).Text(w.status(s.Status)), app.Text(")"))
	}
	return app.P().Class("cite").Body(items...)
}
