package app

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/words"
)

// raceDetails is the race form's fields about the race itself: the state,
// election date, type, office, counties, the date the deadline counts
// from, the stage of the figures and the winner rule.
//
// Like candidateRows it is a component of its own so that go-app skips it
// while the reader types a candidate's votes: none of its fields change.
type raceDetails struct {
	app.Compo
	Lang                      words.Lang
	State, Date, Type, Office string
	Counties, Cert            string
	Stage, Winner             string
	BaseEvent                 rules.Event
	// Invalid lists the fields with a problem, marked aria-invalid.
	Invalid []rules.Field
	// Waiting: the state's law is on its way (see raceForm.Waiting).
	Waiting bool
}

func newRaceDetails() *raceDetails { return &raceDetails{} }

// waiting says the state's law is still on its way.
func (d *raceDetails) waiting(v bool) *raceDetails { d.Waiting = v; return d }

// lang sets the page language.
func (d *raceDetails) lang(l words.Lang) *raceDetails { d.Lang = l; return d }

// values sets the fields' values from the race; the counties field gets
// counties, the text it was last given (see raceForm.dom).
func (d *raceDetails) values(r address.Race, counties string) *raceDetails {
	d.State, d.Date, d.Type, d.Office, d.Counties = r.State, r.Date, r.Type, r.Office, counties
	d.Cert, d.Stage, d.Winner = r.Cert, r.Stage, r.Winner
	return d
}

// base names the event the deadline counts from.
func (d *raceDetails) base(e rules.Event) *raceDetails { d.BaseEvent = e; return d }

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
	w := words.For(d.Lang)
	// By name in the reader's language, so typing a name's first letters
	// finds it.
	var stateOpts []option
	for _, code := range namesOrder(w).codes {
		stateOpts = append(stateOpts, option{code, stateName(w, code)})
	}
	counties := 0
	if j := law.ByCode(d.State); j != nil {
		counties = j.Counties
	}
	offices := make([]rules.Office, 0, len(rules.Offices)+1)
	offices = append(offices, rules.Offices...)
	if d.Office == string(rules.Federal) || d.Office == string(rules.State) {
		offices = append(offices, rules.Office(d.Office))
	}
	event := d.BaseEvent
	if event == "" || event == rules.ElectionDay {
		event = rules.Certification
	}
	countiesHint := m.CountiesHint.In(w, words.Count(int64(counties)))
	switch {
	case counties == 0 && law.Known(d.State):
		// The state is chosen but its law (and so its count) is still
		// on its way to the wasm: the answer says so; no hint meanwhile.
		countiesHint = ""
	case counties == 0:
		countiesHint = m.CountiesHintNoState.In(w)
	}
	return el(tag("div", "class", "grid"),
		d.choice("state", rules.FieldState, m.FormState.In(w), d.State, stateOpts...),
		d.dateField("date", rules.FieldDate, m.FormDate.In(w), m.FormDateHint.In(w), d.Date),
		d.choice("type", rules.FieldType, m.FormType.In(w), d.Type, choices(w, "type.", rules.ElectionTypes)...),
		d.choice("office", rules.FieldOffice, m.FormOffice.In(w), d.Office, choices(w, "office.", offices)...),
		el(tag("div", "class", "field"),
			tx(tag("label", "for", "counties"), m.FormCounties.In(w)),
			d.invalid(input().ID("counties").Attr("name", "counties").Attr("value", av(d.Counties)).
				Attr("inputmode", "numeric").Aria("describedby", "counties-hint"), rules.FieldCounties),
			tx(tag("p", "id", "counties-hint", "class", "hint"), countiesHint),
		),
		d.dateField("cert", rules.FieldBase, w.Key("event.date."+string(event)), m.FormCertHint.In(w), d.Cert),
		d.choice("stage", rules.FieldStage, m.FormStage.In(w), d.Stage, choices(w, "stage.", rules.Stages)...),
		// go-app leaves out an empty value attribute, and an option without
		// one submits its label: "as the law says" is the value "law".
		d.choice("winner", rules.FieldWinner, m.FormWinner.In(w), winnerValue(d.Winner),
			append([]option{{address.WinnerLaw, m.WinnerLaw.In(w)}}, choices(w, "winner.", []rules.WinnerRule{rules.Majority, rules.Plurality})...)...),
	)
}

// invalid marks an input aria-invalid and points it at the error list when
// its field has a problem.
func (d *raceDetails) invalid(in app.HTMLElemSelfClosing, field rules.Field) app.HTMLElemSelfClosing {
	if slices.Contains(d.Invalid, field) {
		return in.Aria("invalid", av("true")).Aria("describedby", "input-error")
	}
	return in
}

func (d *raceDetails) dateField(id string, field rules.Field, label, hint, value string) app.UI {
	return el(tag("div", "class", "field"),
		tx(tag("label", "for", id), label),
		d.invalid(input().Attr("type", "date").ID(id).Attr("name", id).Attr("value", av(value)).Attr("min", "2000-01-01").Attr("max", "2031-12-31").
			Aria("describedby", id+"-hint"), field),
		tx(tag("p", "id", id+"-hint", "class", "hint"), hint),
	)
}

func (d *raceDetails) choice(id string, field rules.Field, label, value string, opts ...option) app.UI {
	items := make([]app.UI, len(opts))
	for i, o := range opts {
		opt := tag("option", "value", o.value).Text(o.label)
		if o.value == value {
			opt = opt.Attr("selected", true) // go-app writes selected="false" too, which HTML reads as selected
		}
		items[i] = opt
	}
	sel := tag("select", "id", id, "name", id).Body(items...)
	if slices.Contains(d.Invalid, field) {
		sel = sel.Aria("invalid", av("true")).Aria("describedby", "input-error")
	}
	return el(tag("div", "class", "field"), tx(tag("label", "for", id), label), sel)
}

// option is one choice of a select: its value and its label.
type option struct{ value, label string }

// choices are the options of a select, labelled in the page language.
func choices[T ~string](w *words.Words, prefix string, values []T) []option {
	out := make([]option, len(values))
	for i, v := range values {
		out[i] = option{string(v), w.Key(prefix + string(v))}
	}
	return out
}

// winnerValue is the winner select's value for a race's winner rule.
func winnerValue(s string) string {
	if s == "" {
		return address.WinnerLaw
	}
	return s
}
