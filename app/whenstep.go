package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// whenStep is step 5: the deadline as a date, with the business days
// counted and the weekends and holidays skipped, each named.
type whenStep struct {
	app.Compo
	Lang   string
	D      *rules.Deadline
	Source rules.SourceID // the recount right's citation, shown without a deadline
}

func newWhenStep() *whenStep { return &whenStep{} }

// lang sets the page language.
func (s *whenStep) lang(l string) *whenStep { s.Lang = l; return s }

// result sets the evaluated race (only what this step shows is kept).
func (s *whenStep) result(r rules.Result) *whenStep {
	s.D, s.Source = r.Deadline, r.Request.Sources[0]
	return s
}

func (s *whenStep) Render() app.UI {
	w := wordsFor(s.Lang)
	d := s.D
	rule := app.P().Text(w.t("when.rule"))
	if d == nil {
		return stepItem("when", w.t("step.when"),
			app.P().ID("deadline").Class("deadline pending").Text(w.t("when.nocert")),
			rule,
			app.P().Text(w.t("when.nocert.now")),
			cite(w, s.Source),
		)
	}
	type entry struct {
		date  rules.Date
		label string
	}
	entries := []entry{{d.Certified, w.t("when.certified")}}
	for _, sk := range d.Skipped {
		why := w.t("when.weekend")
		if sk.Reason == rules.SkipHoliday {
			why = sk.Holiday.Name
			if sk.Holiday.Status != rules.Verified {
				why += " (" + w.status(sk.Holiday.Status) + ")"
			}
		}
		entries = append(entries, entry{sk.Date, w.t("when.skipped") + ": " + why})
	}
	for i, c := range d.Counted {
		entries = append(entries, entry{c, w.t("when.day", i+1)})
	}
	// In date order.
	for i := 1; i < len(entries); i++ {
		for j := i; j > 0 && entries[j].date.Before(entries[j-1].date); j-- {
			entries[j], entries[j-1] = entries[j-1], entries[j]
		}
	}
	items := make([]app.UI, len(entries))
	for i, e := range entries {
		li := elem("li").Body(elem("time").Attr("datetime", e.date.String()).Text(w.date(e.date)), app.Text(": "+e.label))
		if e.date == d.Due {
			li = li.Class("due")
		}
		items[i] = li
	}
	body := []app.UI{
		app.P().ID("deadline").Class("deadline").Body(
			elem("strong").Body(app.Text(w.t("when.due")+" "),
				elem("time").Attr("datetime", d.Due.String()).Text(w.date(d.Due)), app.Text(".")),
		),
		rule,
		elem("ul").Class("days").Body(items...),
	}
	if len(d.MissingYears) > 0 {
		years := make([]string, len(d.MissingYears))
		for i, y := range d.MissingYears {
			years[i] = strconv.Itoa(y)
		}
		body = append(body, app.P().ID("holidays-missing").Class("unverified").Text(w.t("when.missing", strings.Join(years, ", "))))
	}
	body = append(body, cite(w, d.Sources...))
	return stepItem("when", w.t("step.when"), body...)
}
