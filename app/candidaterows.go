package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// candidateRows is the race form's list of candidates: a name and a votes
// field per row, and a remove button while more than two rows remain.
//
// It is a component of its own so that go-app can skip it on a keystroke:
// its fields (the text the inputs were last given, which rows are marked
// invalid) stay the same while the reader types, and the form's events are
// handled by the form (raceForm), so the 160 elements of a 20-candidate
// race are not rendered and compared again on every key.
type candidateRows struct {
	app.Compo
	Lang      string
	Rows      []Row
	Invalid   []bool // the votes field of row i is marked invalid
	Removable bool
}

func newCandidateRows() *candidateRows { return &candidateRows{} }

// lang sets the page language.
func (c *candidateRows) lang(l string) *candidateRows { c.Lang = l; return c }

// rows sets the text the inputs are given.
func (c *candidateRows) rows(r []Row) *candidateRows { c.Rows = r; return c }

// invalid sets which votes fields are marked invalid.
func (c *candidateRows) invalid(v []bool) *candidateRows { c.Invalid = v; return c }

// removable shows the remove buttons.
func (c *candidateRows) removable(v bool) *candidateRows { c.Removable = v; return c }

func (c *candidateRows) Render() app.UI {
	w := wordsFor(c.Lang)
	items := make([]app.UI, len(c.Rows))
	for i, r := range c.Rows {
		n := strconv.Itoa(i + 1)
		votes := input().ID("votes-"+n).Attr("name", "votes").Attr("value", av(r.Votes)).Attr("inputmode", "numeric")
		if i < len(c.Invalid) && c.Invalid[i] {
			votes = votes.Aria("invalid", av("true")).Aria("describedby", "input-error")
		}
		items[i] = elem("li").Class("candidate").Body(
			app.Div().Class("field name").Body(
				elem("label").Attr("for", "name-"+n).Text(w.t("form.name", i+1)),
				input().ID("name-"+n).Attr("name", "candidate").Attr("value", av(r.Name)),
			),
			app.Div().Class("field votes").Body(
				elem("label").Attr("for", "votes-"+n).Text(w.t("form.votes", i+1)),
				votes,
			),
			app.If(c.Removable, func() app.UI {
				return elem("button").Class("remove").Attr("name", "remove").Attr("value", strconv.Itoa(i)).
					Aria("label", w.t("form.remove", i+1)).Text(w.t("form.remove.short"))
			}),
		)
	}
	return elem("ol").Body(items...)
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
