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
	return el(tag("p", "class", "print-links no-print"),
		tx(tag("button", "type", "button", "class", "print", "data-print", "true"), m.HandoutPrint.In(w)),
		app.Text(" "),
		app.If(!a.View.Key, func() app.UI {
			return tx(tag("a", "href", "?"+withKey.Canonical()), m.HandoutPrintKey.In(w))
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
		qs = append(qs, el(tag("li"), tx(tag("p"), q), tag("div", "class", "write")))
	}
	body := []app.UI{
		tx(tag("h2"), m.HandoutTitle.In(w)),
		el(tag("div", "class", "share"),
			app.Raw(qr(link, m.HandoutQR.In(w, words.Text(v.raceLine())))),
			el(tag("p"), app.Text(m.HandoutShare.In(w)+" "), tx(tag("a", "id", "share-link", "href", link), link)),
		),
		tx(tag("h3"), m.HandoutQuestions.In(w)),
		el(tag("ol", "class", "worksheet"), qs...),
	}
	if a.View.Key && v.R != nil {
		l := ledeOf(v)
		c := v.R.Closest()
		var key []app.UI
		if c != nil {
			key = append(key, tx(tag("li"), m.HandoutKeyMargin.In(w, words.Count(c.Margin), words.Text(w.Pct(c.Share, 2)))))
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
		key = append(key, tx(tag("li"), joinSentences(second)), tx(tag("li"), joinSentences(third)))
		body = append(body, el(tag("section", "class", "answer-key"),
			tx(tag("h3"), m.HandoutKeyTitle.In(w)),
			el(tag("ol"), key...),
		))
	}
	return el(tag("section", "id", "handout", "class", "handout print-only"), body...)
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
