package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// candidateRows is the race form's list of candidates: a name and a votes
// field per row, and a remove button while more than two rows remain.
//
// It is a component of its own so that go-app can skip it on a keystroke:
// its fields (the text the inputs were last given, which rows are marked
// invalid) stay the same while the reader types, and the form's events are
// handled by the form.
type candidateRows struct {
	app.Compo
	Lang      words.Lang
	Rows      []address.Row
	Invalid   []bool // the votes field of row i is marked invalid
	Removable bool
}

func newCandidateRows() *candidateRows { return &candidateRows{} }

// lang sets the page language.
func (c *candidateRows) lang(l words.Lang) *candidateRows { c.Lang = l; return c }

// rows sets the text the inputs are given.
func (c *candidateRows) rows(r []address.Row) *candidateRows { c.Rows = r; return c }

// invalid sets which votes fields are marked invalid.
func (c *candidateRows) invalid(v []bool) *candidateRows { c.Invalid = v; return c }

// removable shows the remove buttons.
func (c *candidateRows) removable(v bool) *candidateRows { c.Removable = v; return c }

func (c *candidateRows) Render() app.UI {
	w := words.For(c.Lang)
	items := make([]app.UI, len(c.Rows))
	for i, r := range c.Rows {
		n := strconv.Itoa(i + 1)
		k := words.Count(i + 1)
		votes := input().ID("votes-"+n).Attr("name", "votes").Attr("value", av(r.Votes)).Attr("inputmode", "numeric")
		if i < len(c.Invalid) && c.Invalid[i] {
			votes = votes.Aria("invalid", av("true")).Aria("describedby", "input-error")
		}
		items[i] = tag("li", "class", "candidate").Body(
			el(tag("div", "class", "field name"),
				tx(tag("label", "for", "name-"+n), m.FormName.In(w, k)),
				input().ID("name-"+n).Attr("name", "candidate").Attr("value", av(r.Name)),
			),
			el(tag("div", "class", "field votes"),
				tx(tag("label", "for", "votes-"+n), m.FormVotes.In(w, k)),
				votes,
			),
			app.If(c.Removable, func() app.UI {
				return tx(tag("button", "class", "remove", "name", "remove", "value", strconv.Itoa(i), "aria-label", m.FormRemove.In(w, k)), m.FormRemoveShort.In(w))
			}),
		)
	}
	return el(tag("ol"), items...)
}

// votesInvalid says, for each of n rows, whether its votes field has a
// problem (its own, or one about all the votes).
func votesInvalid(problems rules.InputErrors, n int) []bool {
	out := make([]bool, n)
	for _, p := range problems {
		if p.Field != rules.FieldVotes {
			continue
		}
		for i := range out {
			if p.Index < 0 || p.Index == i {
				out[i] = true
			}
		}
	}
	return out
}
