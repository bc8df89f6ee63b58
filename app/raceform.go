package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// raceForm is the race as a real <form method="get">: before the wasm
// arrives (or with ?wasm=false) submitting it reloads the page and the
// server prerenders the walkthrough; once the wasm runs, every keystroke
// posts actionEdit and the walkthrough follows at once.
type raceForm struct {
	app.Compo
	Lang     words.Lang
	Race     address.Race
	Problems rules.InputErrors
	// BaseEvent is what the state's deadline counts from, which names the
	// date field ("certified", "canvass completed").
	BaseEvent rules.Event
	// RenderedFor is the canonical query of the address this form was
	// rendered for. The browser compares it with its own address's to know
	// whether values in a prerendered form were typed by the reader or
	// belong to another race (a static host serves one prerender for every
	// link).
	RenderedFor string
	// NoWasm keeps ?wasm=false across submissions (a hidden field).
	NoWasm bool
	// Waiting: the law of the race's state is still on its way to the
	// wasm. When it arrives the fields render again (the counties hint
	// needs the state's count).
	Waiting bool
	// Seq is the last of this form's edits the explainer has applied; Gen
	// changes whenever the explainer shows a race not typed here.
	Seq, Gen int

	// local is this form's latest edit, and localSeq its number: while the
	// explainer has not caught up (a slow phone), edits build on local.
	local    address.Race
	localSeq int
	// dom is what the text inputs were last given. Between external changes
	// it stays as it was, so go-app never writes into an input the reader
	// is typing in (a write from a render that lags behind the keyboard
	// would erase the last characters typed).
	dom    address.Race
	domGen int
	domSet bool
}

// edited is actionEdit's value: the whole race after an edit, and the
// edit's number.
type edited struct {
	Race address.Race
	Seq  int
}

func newRaceForm() *raceForm { return &raceForm{} }

// lang sets the page language.
func (f *raceForm) lang(l words.Lang) *raceForm { f.Lang = l; return f }

// race sets the values shown.
func (f *raceForm) race(r address.Race) *raceForm { f.Race = r; return f }

// problems sets the input errors to show.
func (f *raceForm) problems(es rules.InputErrors) *raceForm { f.Problems = es; return f }

// base names the event the deadline counts from.
func (f *raceForm) base(e rules.Event) *raceForm { f.BaseEvent = e; return f }

// rendered records the query the form shows.
func (f *raceForm) rendered(q string) *raceForm { f.RenderedFor = q; return f }

// waiting says the law of the race's state is still on its way.
func (f *raceForm) waiting(v bool) *raceForm { f.Waiting = v; return f }

// noWasm keeps the page in no-wasm mode when it was opened so.
func (f *raceForm) noWasm(v bool) *raceForm { f.NoWasm = v; return f }

// seq sets the number of this form's last edit the explainer has applied.
func (f *raceForm) seq(n int) *raceForm { f.Seq = n; return f }

// gen sets the explainer's count of races loaded from elsewhere.
func (f *raceForm) gen(n int) *raceForm { f.Gen = n; return f }

// current is the race as it now stands: this form's own latest edit while
// the explainer has not applied it yet, else the explainer's.
func (f *raceForm) current() address.Race {
	if f.localSeq > f.Seq {
		return f.local
	}
	return f.Race
}

// edit applies change to a copy of the current race and posts it.
func (f *raceForm) edit(ctx app.Context, change func(*address.Race)) {
	cur := f.current()
	v := cur
	v.Rows = append([]address.Row(nil), cur.Rows...)
	change(&v)
	f.localSeq++
	f.local = v
	ctx.NewActionWithValue(actionEdit, edited{Race: v, Seq: f.localSeq})
}

// onInput handles the input events of every field, which bubble up to the
// form (a select fires one too when its choice changes): one handler for
// the whole form rather than one per field.
func (f *raceForm) onInput(ctx app.Context, e app.Event) {
	t := e.Get("target")
	set := fieldSetter(t.Get("name").String(), t.Get("id").String())
	if set == nil {
		return
	}
	value := t.Get("value").String()
	f.edit(ctx, func(v *address.Race) { set(v, value) })
}

// onClick handles the add and remove buttons; other clicks pass.
func (f *raceForm) onClick(ctx app.Context, e app.Event) {
	t := e.Get("target")
	switch t.Get("name").String() {
	case "add":
		e.PreventDefault()
		f.edit(ctx, func(v *address.Race) { *v = v.WithRow() })
	case "remove":
		e.PreventDefault()
		if i, err := strconv.Atoi(t.Get("value").String()); err == nil {
			f.edit(ctx, func(v *address.Race) { *v = v.WithoutRow(i) })
		}
	}
}

// fieldSetter returns what stores the text of the field with the given
// name and id into a race, or nil for anything else. Candidate rows are
// numbered from 1 in their ids (name-1, votes-1).
func fieldSetter(name, id string) func(*address.Race, string) {
	row := func(prefix string) int {
		n, err := strconv.Atoi(strings.TrimPrefix(id, prefix))
		if err != nil || !strings.HasPrefix(id, prefix) {
			return -1
		}
		return n - 1
	}
	switch name {
	case "candidate", "votes":
		i, votes := row("name-"), name == "votes"
		if votes {
			i = row("votes-")
		}
		if i < 0 {
			return nil
		}
		return func(v *address.Race, s string) {
			if i >= len(v.Rows) {
				return
			}
			if votes {
				v.Rows[i].Votes = s
			} else {
				v.Rows[i].Name = s
			}
		}
	case "state":
		return func(v *address.Race, s string) { v.State = s }
	case "date":
		return func(v *address.Race, s string) { v.Date = s }
	case "cert":
		return func(v *address.Race, s string) { v.Cert = s }
	case "counties":
		return func(v *address.Race, s string) { v.Counties = s }
	case "type":
		return func(v *address.Race, s string) { v.Type = s }
	case "office":
		return func(v *address.Race, s string) { v.Office = s }
	case "stage":
		return func(v *address.Race, s string) { v.Stage = s }
	case "winner":
		return func(v *address.Race, s string) {
			if s == address.WinnerLaw {
				s = ""
			}
			v.Winner = s
		}
	}
	return nil
}

func (f *raceForm) Render() app.UI {
	w := words.For(f.Lang)
	cur := f.current()
	if !f.domSet || f.Gen != f.domGen || len(cur.Rows) != len(f.dom.Rows) {
		f.dom, f.domGen, f.domSet = cur, f.Gen, true
	}
	return el(tag("form", "id", "race-form", "class", "race-form", "method", "get", "action", "", "autocomplete", "off", "data-rendered-for", av(f.RenderedFor)).OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).OnInput(f.onInput).OnClick(f.onClick),
		// Enter in a field presses the form's first submit button; without
		// this one that would be a remove button or the add button. It is
		// hidden from sight, the tab order and screen readers; the
		// visible one is at the end.
		tx(tag("button", "type", "submit", "class", "visually-hidden", "tabindex", "-1", "aria-hidden", av("true")), m.FormSubmit.In(w)),
		app.If(f.NoWasm, func() app.UI { return input().Attr("type", "hidden").Attr("name", "wasm").Attr("value", "false") }),
		app.If(f.Lang != words.English, func() app.UI {
			return input().Attr("type", "hidden").Attr("name", "lang").Attr("value", av(string(f.Lang)))
		}),
		newRaceDetails().lang(f.Lang).values(cur, f.dom.Counties).problems(f.Problems).base(f.BaseEvent).waiting(f.Waiting),
		el(tag("fieldset", "class", "candidates"),
			tx(tag("legend"), m.FormCandidates.In(w)),
			newCandidateRows().lang(f.Lang).rows(f.dom.Rows).invalid(votesInvalid(f.Problems, len(f.dom.Rows))).
				removable(len(cur.Rows) > rules.MinCandidates),
			app.If(len(cur.Rows) < rules.MaxCandidates, func() app.UI {
				return tx(tag("button", "type", "submit", "class", "add", "name", "add", "value", "1"), m.FormAdd.In(w))
			}),
		),
		el(tag("div", "class", "submit"),
			tx(tag("button", "type", "submit", "class", "primary"), m.FormSubmit.In(w)),
			para("hint live-only", m.FormLive.In(w)),
		),
	)
}
