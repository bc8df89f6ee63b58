package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/words"
)

// printLinks are the screen's way to the handout: a button that prints the
// page (web/boot.js; Ctrl+P gives the same pages) and a link to the same
// race with the teacher's answer key added.
func printLinks(v *view, a address.Address) app.UI {
	w := v.W
	withKey := a
	withKey.View.Key = true
	return elem("p").Class("print-links no-print").Body(
		elem("button").Attr("type", "button").Class("print").Attr("data-print", true).Text(m.HandoutPrint.In(w)),
		app.Text(" "),
		app.If(!a.View.Key, func() app.UI {
			return elem("a").Attr("href", "?"+withKey.Canonical()).Text(m.HandoutPrintKey.In(w))
		}),
	)
}

// handout is what printing adds to the page: the share link and its QR
// code, three worksheet questions with room to write, and, when the address
// asks for it (key=true), the answer key on a page of its own. The screen
// never shows it. qr draws the code (explainer.handoutQR).
func handout(v *view, a address.Address, origin string, qr func(link, label string) string) app.UI {
	w := v.W
	link := ShareLink(origin, a)
	questions := []string{m.HandoutQ1.In(w), m.HandoutQ2.In(w), m.HandoutQ3.In(w)}
	var qs []app.UI
	for _, q := range questions {
		qs = append(qs, elem("li").Body(elem("p").Text(q), elem("div").Class("write")))
	}
	body := []app.UI{
		elem("h2").Text(m.HandoutTitle.In(w)),
		elem("div").Class("share").Body(
			app.Raw(qr(link, m.HandoutQR.In(w, words.Text(v.raceLine())))),
			elem("p").Body(app.Text(m.HandoutShare.In(w)+" "), elem("a").ID("share-link").Attr("href", link).Text(link)),
		),
		elem("h3").Text(m.HandoutQuestions.In(w)),
		elem("ol").Class("worksheet").Body(qs...),
	}
	if a.View.Key && v.R != nil {
		l := ledeOf(v)
		c := v.R.Closest()
		var key []app.UI
		if c != nil {
			key = append(key, elem("li").Text(m.HandoutKeyMargin.In(w, words.Count(c.Margin), words.Text(w.Pct(c.Share, 2)))))
		}
		var second, third []string
		second = append(second, l.Headline)
		for i, s := range l.Sentences {
			if i == 0 {
				second = append(second, s.Text)
			} else {
				third = append(third, s.Text)
			}
		}
		key = append(key, elem("li").Text(joinSentences(second)), elem("li").Text(joinSentences(third)))
		body = append(body, elem("section").Class("answer-key").Body(
			elem("h3").Text(m.HandoutKeyTitle.In(w)),
			elem("ol").Body(key...),
		))
	}
	return elem("section").ID("handout").Class("handout print-only").Body(body...)
}

// joinSentences puts sentences one after another.
func joinSentences(s []string) string {
	out := ""
	for _, x := range s {
		if out != "" {
			out += " "
		}
		out += x
	}
	return out
}
