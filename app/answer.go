package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// answer is the box at the top of the page: a complete lede (the race, its
// stage, the verdict, who may ask, where, by when), the margin drawn
// against the lines, and the page's stable result attributes. While the
// input has problems it lists them instead (#input-error).
type answer struct {
	app.Compo
	V *view
}

func newAnswer() *answer { return &answer{} }

// view sets what the box shows.
func (a *answer) view(v *view) *answer { a.V = v; return a }

func (a *answer) Render() app.UI {
	v := a.V
	w := v.W
	box := tag("section", "id", "answer", "class", "answer", "aria-labelledby", "verdict-title")
	if v.Loading {
		return box.Class("answer pending").Body(
			tx(tag("h2", "id", "verdict-title"), m.AnswerTitle.In(w)),
			lawLoading(v),
		)
	}
	if v.R == nil {
		items := make([]app.UI, len(v.Err))
		for i, e := range v.Err {
			items[i] = elem("li").Text(problem(w, e, v.J))
		}
		return box.Class("answer pending").Body(
			tx(tag("h2", "id", "verdict-title"), m.AnswerTitle.In(w)),
			tx(tag("p", "id", "verdict", "class", "verdict pending"), m.AnswerPending.In(w)),
			el(tag("div", "id", "input-error", "class", "input-error", "role", "alert"),
				tx(tag("p"), m.ErrorsTitle.In(w)),
				el(tag("ul"), items...),
			),
		)
	}
	l := ledeOf(v)
	verdict := tag("div", "id", "verdict", "class", "verdict "+l.Kind, "data-stage", string(v.R.Race.Stage))
	if l.Eligible != "" {
		verdict = verdict.DataSet("eligible", av(l.Eligible))
	}
	if l.Automatic != "" {
		verdict = verdict.DataSet("automatic", av(l.Automatic))
	}
	body := []app.UI{
		el(tag("p", "class", "headline"),
			tx(tag("span", "class", "icon", "aria-hidden", av("true")), l.Icon),
			tx(tag("strong"), l.Headline),
		),
	}
	for _, s := range l.Sentences {
		body = append(body, s.p(w, ""))
	}
	body = append(body, v.lawLine().p(w, "law"))
	return box.Body(
		tx(tag("h2", "id", "verdict-title"), m.AnswerTitle.In(w)),
		app.If(v.Addr.Unknown != "", func() app.UI {
			return tx(tag("p", "id", "unknown-preset", "class", "notice", "role", "status"), m.UnknownPreset.In(w, words.Text(v.Addr.Unknown)))
		}),
		tx(tag("p", "id", "race-line", "class", "race-line"), v.raceLine()),
		verdict.Body(body...),
		numberLine(v),
	)
}

// lawLoading says the law of the race's state is on its way, or that it
// could not be fetched, with a button to try again.
func lawLoading(v *view) app.UI {
	w := v.W
	state := words.Text(stateName(w, v.Addr.Race.State))
	return loadingNote(w, m.LawLoading.In(w, state), m.LawUnavailable.In(w, state), v.LawFailed)
}

// loadingNote is the #verdict of a page waiting for the law: what is
// loading or, once a fetch failed, what could not be loaded and a button
// that posts actionLawRetry.
func loadingNote(w *words.Words, loading, failed string, hasFailed bool) app.UI {
	if !hasFailed {
		return tx(tag("p", "id", "verdict", "class", "verdict pending loading", "role", "status"), loading)
	}
	return el(tag("div", "id", "verdict", "class", "verdict pending", "role", "alert"),
		tx(tag("p"), failed),
		tag("button", "id", "law-retry", "type", "button").Text(m.LawRetry.In(w)).OnClick(func(ctx app.Context, _ app.Event) { ctx.NewAction(actionLawRetry) }),
	)
}

// raceLine names the race, its date and the stage of its figures.
func (v *view) raceLine() string {
	r, w := v.R, v.W
	stage := w.Key("stage.figures." + string(r.Race.Stage))
	if v.Preset != nil {
		return m.RaceLinePreset.In(w, words.Text(w.Key("race."+v.Preset.RaceID)), words.Text(v.stateName()),
			words.Day(r.Race.Election), words.Text(stage))
	}
	return m.RaceLineCustom.In(w, words.Text(capital(w.Key("office.race."+string(r.Race.Office)))), words.Text(v.stateName()),
		words.Text(w.Key("type.in."+string(r.Race.Type))), words.Day(r.Race.Election), words.Text(stage))
}

// lawLine is the verdict's own source: the rule that decides it, its
// status in words, and the date it was checked.
func (v *view) lawLine() line {
	r, w := v.R, v.W
	f := r.Main()
	var cites []rules.Cite
	switch {
	case (r.Automatic == rules.Yes || r.Automatic == rules.Depends) && len(f.Automatic) > 0:
		cites = f.Automatic[0].Route.Cite
	case len(f.Requested) > 0:
		cites = f.Requested[0].Route.Cite
	case len(f.Automatic) > 0:
		cites = f.Automatic[0].Route.Cite
	case f.Version.Contest != nil:
		cites = f.Version.Contest.Cite
	default:
		cites = f.Version.Cite
	}
	if len(cites) == 0 {
		return line{}
	}
	c := cites[0]
	for _, cc := range cites {
		if src, ok := r.Jurisdiction.SourceOf(cc.Source); ok && (src.Kind == rules.Statute || src.Kind == rules.SessionLaw || src.Kind == rules.Regulation) {
			c = cc
			break
		}
	}
	src, _ := r.Jurisdiction.SourceOf(c.Source)
	title := citeTitle(src, c)
	status := w.Key("status." + string(c.Status))
	s := m.LawLine.In(w, words.Text(title), words.Text(status), words.ShortDay(src.Checked))
	en := []string{title}
	// The rule's weakest support, where it is weaker than the law named:
	// the answer must not read as verified when part of it is not.
	if weakest := rules.StatusOf(cites); weakest != c.Status {
		for _, cc := range cites {
			if cc.Status == weakest {
				ws, _ := r.Jurisdiction.SourceOf(cc.Source)
				en = append(en, citeTitle(ws, cc))
				s += " " + m.LawWeaker.In(w, words.Text(en[1]), words.Text(w.Key("status."+string(weakest))))
				break
			}
		}
	}
	switch r.When {
	case rules.Future:
		s += " " + m.LawFuture.In(w, words.ShortDay(r.Jurisdiction.Checked))
	case rules.Assumed:
		s += " " + m.LawAssumed.In(w, words.Text(strconv.Itoa(r.Race.Election.Year())))
	}
	l := v.cited(s, cites)
	l.En = en
	return l
}

// citeTitle is a source's title with the cite's pinpoint, unless the title
// already holds it.
func citeTitle(src rules.Source, c rules.Cite) string {
	if c.Pin != "" && !strings.Contains(src.Title, c.Pin) {
		return src.Title + " " + c.Pin
	}
	return src.Title
}

// problem says what is wrong with one input and how to fix it.
func problem(w *words.Words, e *rules.InputError, j *rules.Jurisdiction) string {
	field := w.Key("field." + string(e.Field))
	if e.Index >= 0 {
		field = m.FieldVotesRow.In(w, words.Count(int64(e.Index+1)))
	}
	key := "problem." + e.Problem.String()
	switch e.Problem {
	case rules.ProblemCounties:
		name := ""
		if j != nil {
			name = stateName(w, j.Code)
		}
		return m.ProblemCounties.In(w, words.Text(field), words.Count(e.Limit), words.Text(name))
	case rules.ProblemTooFewCandidates:
		return m.ProblemTooFew.In(w, words.Text(field), words.Count(e.Limit))
	case rules.ProblemTooManyCandidates:
		return m.ProblemTooMany.In(w, words.Text(field), words.Count(e.Limit))
	}
	return m.ProblemField.In(w, words.Text(field), words.Text(w.Key(key)))
}

// capital returns s with its first letter in upper case, for a phrase that
// starts a sentence.
func capital(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
