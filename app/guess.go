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
			hidden = append(hidden, elem("input").Attr("type", "hidden").Attr("name", k).Attr("value", v))
		}
	}
	answers := map[string]string{"yes": m.GuessAnswerYes.In(w), "no": m.GuessAnswerNo.In(w), "depends": m.GuessAnswerDepends.In(w)}
	var radios []app.UI
	for i, a := range address.Answers {
		id := "guess-" + a
		in := elem("input").ID(id).Attr("type", "radio").Attr("name", "guess").Attr("value", a)
		if i == 0 {
			in = in.Attr("required", true)
		}
		radios = append(radios, elem("div").Class("choice").Body(in, elem("label").Attr("for", id).Text(answers[a])))
	}
	options := []app.UI{elem("option").Attr("value", "").Text(m.GuessWhereNone.In(w))}
	for _, k := range receiverKinds {
		options = append(options, elem("option").Attr("value", string(k)).Text(w.Key("receiver."+string(k))))
	}
	return elem("form").ID("guess").Class("guess").Attr("method", "get").Attr("action", "").Aria("labelledby", "guess-title").
		OnSubmit(g.onSubmit).Body(append(hidden,
		elem("h2").ID("guess-title").Text(m.GuessTitle.In(w)),
		para("", m.GuessIntro.In(w)),
		elem("fieldset").Body(append([]app.UI{elem("legend").Text(m.GuessQuestion.In(w))}, radios...)...),
		elem("div").Class("field").Body(
			elem("label").Attr("for", "guess-where").Text(m.GuessWhere.In(w)),
			elem("select").ID("guess-where").Attr("name", "guess-where").Body(options...),
		),
		elem("div").Class("field").Body(
			elem("label").Attr("for", "guess-when").Text(m.GuessWhen.In(w)),
			elem("input").ID("guess-when").Attr("type", "date").Attr("name", "guess-when"),
		),
		elem("button").Attr("type", "submit").Class("primary").Text(m.GuessSubmit.In(w)),
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
		return elem("li").Class(class).Text(say)
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
		items = append(items, elem("li").Text(m.GuessNoRequest.In(w)))
	default:
		if g.Where != "" {
			items = append(items, mark(g.Where == string(f.Filing.Receiver.Kind), m.GuessWhereWas.In(w, words.Text(v.receiverName(f.Filing.Receiver)))))
		}
		if g.When != "" {
			if d := v.R.Deadline; d != nil && d.Due != 0 {
				items = append(items, mark(g.When == d.Due.String() || (d.Later != 0 && g.When == d.Later.String()), m.GuessWhenWas.In(w, words.Day(d.Due))))
			} else {
				items = append(items, elem("li").Text(m.GuessNeedsBase.In(w)))
			}
		}
	}
	return elem("section").ID("guess-result").Class("guess-result").Aria("labelledby", "guess-result-title").Body(
		elem("h2").ID("guess-result-title").Text(m.GuessResultTitle.In(w)),
		elem("ul").Body(items...),
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
