package app

import (
	"net/url"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// actionGuess is posted by the guess form with the student's address.Guess
// as its value; the explainer handles it once.
const actionGuess = "guess/commit"

// receiverKinds are the answers the guess form offers for where a request
// goes, in the order shown.
var receiverKinds = []rules.ReceiverKind{rules.Superintendent, rules.CountyBoard, rules.CountyOfficial, rules.LocalOfficial,
	rules.FilingOfficer, rules.SecretaryOfState, rules.StateBoard, rules.Court}

// guessForm asks the student to commit before the page answers: can the
// losing candidate get a recount, and (optionally) where and by when. It is
// a GET form: without the wasm the server answers it; with the wasm the
// page answers it in place and writes the address.
type guessForm struct {
	app.Compo
	Addr address.Address
}

func newGuessForm() *guessForm { return &guessForm{} }

// addr sets the race and view the form is about.
func (g *guessForm) addr(a address.Address) *guessForm { g.Addr = a; return g }

func (g *guessForm) Render() app.UI {
	w := words.For(g.Addr.View.Lang)
	// Everything the address says but the guesses rides along hidden.
	q := g.Addr.Query()
	for _, k := range []string{"guess", "guess-where", "guess-when"} {
		q.Del(k)
	}
	var hidden []app.UI
	for _, k := range sortedKeys(q) {
		for _, v := range q[k] {
			hidden = append(hidden, tag("input", "type", "hidden", "name", k, "value", v))
		}
	}
	answers := map[string]string{"yes": m.GuessAnswerYes.In(w), "no": m.GuessAnswerNo.In(w), "depends": m.GuessAnswerDepends.In(w)}
	var radios []app.UI
	for i, a := range address.Answers {
		id := "guess-" + a
		required := ""
		if i == 0 {
			required = "true"
		}
		radios = append(radios, el(tag("div", "class", "choice"),
			tag("input", "id", id, "type", "radio", "name", "guess", "value", a, "required", required),
			tx(tag("label", "for", id), answers[a])))
	}
	options := []app.UI{tx(tag("option", "value", ""), m.GuessWhereNone.In(w))}
	for _, k := range receiverKinds {
		options = append(options, tx(tag("option", "value", string(k)), w.Key("receiver."+string(k))))
	}
	return el(tag("form", "id", "guess", "class", "guess", "method", "get", "action", "", "aria-labelledby", "guess-title").OnSubmit(g.onSubmit),
		append(hidden,
			tx(tag("h2", "id", "guess-title"), m.GuessTitle.In(w)),
			para("", m.GuessIntro.In(w)),
			el(tag("fieldset"), append([]app.UI{tx(tag("legend"), m.GuessQuestion.In(w))}, radios...)...),
			el(tag("div", "class", "field"),
				tx(tag("label", "for", "guess-where"), m.GuessWhere.In(w)),
				el(tag("select", "id", "guess-where", "name", "guess-where"), options...),
			),
			el(tag("div", "class", "field"),
				tx(tag("label", "for", "guess-when"), m.GuessWhen.In(w)),
				tag("input", "id", "guess-when", "type", "date", "name", "guess-when"),
			),
			tx(tag("button", "type", "submit", "class", "primary"), m.GuessSubmit.In(w)),
		)...)
}

// onSubmit answers in place: the guesses as typed go to the explainer,
// which reveals the walkthrough and writes them into the address.
func (g *guessForm) onSubmit(ctx app.Context, e app.Event) {
	doc := app.Window().Get("document")
	value := func(id string) string {
		if el := doc.Call("getElementById", id); el.Truthy() {
			return el.Get("value").String()
		}
		return ""
	}
	answer := ""
	for _, a := range address.Answers {
		if el := doc.Call("getElementById", "guess-"+a); el.Truthy() && el.Get("checked").Bool() {
			answer = a
		}
	}
	if answer == "" {
		return // the browser's own required-field message stands
	}
	e.PreventDefault()
	q := url.Values{"mode": {"guess"}, "guess": {answer}, "guess-where": {value("guess-where")}, "guess-when": {value("guess-when")}}
	ctx.NewActionWithValue(actionGuess, address.Parse(&url.URL{RawQuery: q.Encode()}).View.Guess)
}

// rightAnswer is the answer guess mode marks right: "yes" where a losing
// candidate may obtain a recount (by asking, or with none needed), "no"
// where not, and "depends" where the page itself says it depends.
func rightAnswer(l lede) string {
	switch l.Eligible {
	case "true":
		return "yes"
	case "false":
		return "no"
	}
	return "depends"
}

// guessResult marks each of the student's guesses right or wrong, with the
// reason in a sentence.
func guessResult(v *view, g address.Guess) app.UI {
	w := v.W
	l := ledeOf(v)
	mark := func(right bool, why string) app.UI {
		class, say := "right", m.GuessRight.In(w, words.Text(why))
		if !right {
			class, say = "wrong", m.GuessWrong.In(w, words.Text(why))
		}
		return tx(tag("li", "class", class), say)
	}
	why := l.Headline
	if len(l.Sentences) > 0 {
		why += " " + l.Sentences[0].Text
	}
	items := []app.UI{mark(g.Answer == rightAnswer(l), why)}
	f := v.R.Main()
	asking := l.Eligible == "true" && f.Filing != nil && v.R.Request != rules.No
	switch {
	case (g.Where != "" || g.When != "") && !asking:
		items = append(items, tx(tag("li"), m.GuessNoRequest.In(w)))
	default:
		if g.Where != "" {
			items = append(items, mark(g.Where == string(f.Filing.Receiver.Kind), m.GuessWhereWas.In(w, words.Text(v.receiverName(f.Filing.Receiver)))))
		}
		if g.When != "" {
			if d := v.R.Deadline; d != nil && d.Due != 0 {
				items = append(items, mark(g.When == d.Due.String() || (d.Later != 0 && g.When == d.Later.String()), m.GuessWhenWas.In(w, words.Day(d.Due))))
			} else {
				items = append(items, tx(tag("li"), m.GuessNeedsBase.In(w)))
			}
		}
	}
	return el(tag("section", "id", "guess-result", "class", "guess-result", "aria-labelledby", "guess-result-title"),
		tx(tag("h2", "id", "guess-result-title"), m.GuessResultTitle.In(w)),
		el(tag("ul"), items...),
	)
}

// sortedKeys returns a query's keys in order, so hidden fields come out the
// same on the server and in the browser.
func sortedKeys(q url.Values) []string {
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
