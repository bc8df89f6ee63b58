package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// raceDetails is the race form's fields about the race itself: election
// date, type, office level, counties, certification date and winner rule.
//
// Like candidateRows it is a component of its own so that go-app skips it
// while the reader types a candidate's votes: none of its fields change.
type raceDetails struct {
	app.Compo
	Lang                   string
	Date, Type, Office     string
	Counties, Cert, Winner string
	// Invalid lists the fields with a problem, marked aria-invalid.
	Invalid []rules.Field
}

func newRaceDetails() *raceDetails { return &raceDetails{} }

// lang sets the page language.
func (d *raceDetails) lang(l string) *raceDetails { d.Lang = l; return d }

// values sets the fields' values from the form; the counties field gets
// counties, the text it was last given (see raceForm.dom).
func (d *raceDetails) values(f Form, counties string) *raceDetails {
	d.Date, d.Type, d.Office, d.Counties, d.Cert, d.Winner = f.Date, f.Type, f.Office, counties, f.Cert, f.Winner
	return d
}

// problems marks the fields that have one.
func (d *raceDetails) problems(ps rules.InputErrors) *raceDetails {
	d.Invalid = nil
	for _, p := range ps {
		if p.Index < 0 && p.Field != rules.FieldVotes {
			d.Invalid = append(d.Invalid, p.Field)
		}
	}
	return d
}

func (d *raceDetails) Render() app.UI {
	w := wordsFor(d.Lang)
	return app.Div().Class("grid").Body(
		d.dateField("date", rules.FieldDate, w.t("form.date"), w.t("form.date.hint"), d.Date),
		d.choice("type", rules.FieldType, w.t("form.type"), d.Type, choices(w, "type.", rules.ElectionTypes)...),
		d.choice("office", rules.FieldOffice, w.t("form.office"), d.Office, choices(w, "office.", rules.OfficeLevels)...),
		app.Div().Class("field").Body(
			elem("label").Attr("for", "counties").Text(w.t("form.counties")),
			d.invalid(input().ID("counties").Attr("name", "counties").Attr("value", av(d.Counties)).
				Attr("inputmode", "numeric").Aria("describedby", "counties-hint"), rules.FieldCounties),
			app.P().ID("counties-hint").Class("hint").Text(w.t("form.counties.hint")),
		),
		d.dateField("cert", rules.FieldCert, w.t("form.cert"), w.t("form.cert.hint"), d.Cert),
		d.choice("winner", rules.FieldWinner, w.t("form.winner"), d.Winner,
			choices(w, "winner.", []rules.WinnerRule{rules.Majority, rules.Plurality})...),
	)
}

func (d *raceDetails) isInvalid(field rules.Field) bool {
	for _, f := range d.Invalid {
		if f == field {
			return true
		}
	}
	return false
}

// invalid marks an input aria-invalid and points it at the error list when
// its field has a problem.
func (d *raceDetails) invalid(in app.HTMLElemSelfClosing, field rules.Field) app.HTMLElemSelfClosing {
	if d.isInvalid(field) {
		return in.Aria("invalid", av("true")).Aria("describedby", "input-error")
	}
	return in
}

func (d *raceDetails) dateField(id string, field rules.Field, label, hint, value string) app.UI {
	return app.Div().Class("field").Body(
		elem("label").Attr("for", id).Text(label),
		d.invalid(input().Attr("type", "date").ID(id).Attr("name", id).Attr("value", av(value)).Attr("min", "2000-01-01").Attr("max", "2031-12-31").
			Aria("describedby", id+"-hint"), field),
		app.P().ID(id+"-hint").Class("hint").Text(hint),
	)
}

func (d *raceDetails) choice(id string, field rules.Field, label, value string, opts ...option) app.UI {
	items := make([]app.UI, len(opts))
	for i, o := range opts {
		opt := elem("option").Attr("value", o.value).Text(o.label)
		if o.value == value {
			opt = opt.Attr("selected", true) // go-app writes selected="false" too, which HTML reads as selected
		}
		items[i] = opt
	}
	sel := elem("select").ID(id).Attr("name", id).Body(items...)
	if d.isInvalid(field) {
		sel = sel.Aria("invalid", av("true")).Aria("describedby", "input-error")
	}
	return app.Div().Class("field").Body(elem("label").Attr("for", id).Text(label), sel)
}

// option is one choice of a select: its value and its label.
type option struct{ value, label string }

// choices are the options of a select, labelled in the page language.
func choices[T ~string](w *words, prefix string, values []T) []option {
	out := make([]option, len(values))
	for i, v := range values {
		out[i] = option{string(v), w.t(prefix + string(v))}
	}
	return out
}
