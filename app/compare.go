package app

import (
	"net/url"
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/words"
)

// compareRow is one jurisdiction's answer for the same totals.
type compareRow struct {
	J *rules.Jurisdiction
	// Outcome is the kind of recount the totals get: "automatic", "free",
	// "paid", "request" (cost not stated), "depends", "none" or "not-yet".
	Outcome string
	// Line is the line in votes that decides it (-1: none to show).
	Line   int64
	Status rules.Status
	// Eligible and Automatic are the same values as the jurisdiction's own
	// walkthrough's #verdict attributes ("" where uncertain).
	Eligible, Automatic string
}

// compareRows runs a race through every jurisdiction's law for the same
// office and type: counties become the whole state for a statewide office,
// and at most the state's own count otherwise.
func compareRows(a address.Address) ([]compareRow, rules.InputErrors) {
	var out []compareRow
	for _, j := range law.All() {
		race := a.Race
		race.State = j.Code
		rr, err := race.Rules(j)
		if err != nil {
			if es, ok := err.(rules.InputErrors); ok && !onlyCounties(es) {
				return nil, es
			}
			rr.Counties = 0
		}
		if rr.Statewide(j.Counties) || rr.Counties > j.Counties {
			rr.Counties = j.Counties
		}
		if rr.Office == rules.County {
			rr.Counties = 1
		}
		res, err := rules.Evaluate(j, rr)
		if err != nil {
			if es, ok := err.(rules.InputErrors); ok {
				return nil, es
			}
			continue
		}
		out = append(out, compareRowOf(&res))
	}
	return out, nil
}

func onlyCounties(es rules.InputErrors) bool {
	for _, e := range es {
		if e.Field != rules.FieldCounties && e.Field != rules.FieldState {
			return false
		}
	}
	return true
}

func compareRowOf(r *rules.Result) compareRow {
	row := compareRow{J: r.Jurisdiction, Line: -1, Outcome: "none"}
	if e, ok := r.Eligible(); ok {
		row.Eligible = strconv.FormatBool(e)
	}
	if a, ok := r.AutomaticRecount(); ok {
		row.Automatic = strconv.FormatBool(a)
	}
	f := r.Main()
	rcs := f.Requested
	switch {
	case r.Automatic == rules.Yes:
		row.Outcome, rcs = "automatic", f.Automatic
	case r.Automatic == rules.Depends || r.Request == rules.Depends:
		row.Outcome = "depends"
		if r.Automatic == rules.Depends {
			rcs = f.Automatic
		}
	case r.Request == rules.NotYet:
		row.Outcome = "not-yet"
	case r.Request == rules.Yes:
		row.Outcome = "request"
		if c := r.Closest(); c != nil && c.Route >= 0 {
			switch f.Requested[c.Route].Route.Tiers[c.Tier].Cost.Kind {
			case rules.Public:
				row.Outcome = "free"
			case rules.RequesterPays, rules.Deposit:
				row.Outcome = "paid"
			}
		}
	case len(f.Automatic) > 0 && len(f.Requested) == 0:
		rcs = f.Automatic
	}
	if rc, lim, ok := lineOf(rcs); ok {
		if !lim.Any && !lim.Unknown {
			row.Line = lim.Votes
		}
		row.Status = rules.StatusOf(rc.Route.Cite)
	} else {
		row.Status = rules.StatusOf(f.Version.Cite)
	}
	return row
}

// compare is the comparison view: the same totals run through every
// jurisdiction's law, as a sortable table (the accessible record) and a
// tile-grid map drawn by the page.
type compare struct {
	app.Compo
	addr  address.Address
	query string
	path  string
	sort  string
	rows  []compareRow
	errs  rules.InputErrors
	seq   int
	gen   int
	// loading: the wasm has not got every state's law yet (it fetches it,
	// needLaw); fetching and failed are that fetch's state.
	loading, fetching, failed bool
}

func newCompare() *compare { return &compare{} }

// OnInit reads the address in the browser before the first render.
func (c *compare) OnInit() {
	if app.IsClient {
		c.load(app.Window().URL())
	}
}

// OnPreRender reads the address on the server.
func (c *compare) OnPreRender(ctx app.Context) {
	c.load(ctx.Page().URL())
	ctx.Page().SetTitle(m.CompareTitle.In(words.For(c.addr.View.Lang)))
}

// OnNav follows links (the sort headers, another race).
func (c *compare) OnNav(ctx app.Context) {
	if u := ctx.Page().URL(); u.RawQuery != c.query || u.Path != c.path {
		c.load(u)
	}
	setLang(c.addr.View.Lang)
	c.needLaw(ctx)
}

// OnMount handles the form's edits and marks the page ready.
func (c *compare) OnMount(ctx app.Context) {
	ctx.Handle(actionEdit, func(ctx app.Context, a app.Action) {
		if ed, ok := a.Value.(edited); ok {
			c.addr.Race, c.seq = ed.Race, ed.Seq
			c.evaluate()
			u := *ctx.Page().URL()
			q := c.addr.Query()
			if c.sort != "" {
				q.Set("sort", c.sort)
			}
			u.RawQuery = q.Encode()
			c.query = u.RawQuery
			ctx.Page().ReplaceURL(&u)
		}
	})
	ctx.Handle(actionLawRetry, func(ctx app.Context, _ app.Action) {
		c.failed = false
		c.needLaw(ctx)
	})
	c.needLaw(ctx)
	ready(c.addr.View.Lang)
}

// needLaw fetches every state's law when the wasm has not got it (it was
// loaded for one state's walkthrough), without holding up the page, and
// compares the race once it is there.
func (c *compare) needLaw(ctx app.Context) {
	if !c.loading || c.fetching || c.failed {
		return
	}
	c.fetching = true
	ctx.Async(func() {
		err := loadLaw("")
		ctx.Dispatch(func(ctx app.Context) {
			c.fetching, c.failed = false, err != nil
			c.evaluate()
		})
	})
}

// langLink is the comparison of the same race in the other language, in
// the same order.
func (c *compare) langLink(w *words.Words) app.UI {
	q := c.addr.Query()
	q.Del("lang")
	if c.sort != "" {
		q.Set("sort", c.sort)
	}
	href := address.LangPath(otherLang(w), "/compare")
	if len(q) > 0 {
		href += "?" + q.Encode()
	}
	return langLinkTo(w, href)
}

func (c *compare) load(u *url.URL) {
	c.query, c.path = u.RawQuery, u.Path
	c.addr = address.Parse(u)
	c.sort = u.Query().Get("sort")
	c.gen++
	c.evaluate()
}

func (c *compare) evaluate() {
	if c.loading = !law.Complete(); c.loading {
		c.rows, c.errs = nil, nil
		return
	}
	c.rows, c.errs = compareRows(c.addr)
	rank := []string{"automatic", "free", "request", "paid", "depends", "not-yet", "none"}
	// By name, as the table shows them (the codes' order would put Alaska
	// before Alabama); the other sorts keep that order among equals.
	place := namesOrder(words.For(c.addr.View.Lang)).place
	sortStable(c.rows, func(a, b compareRow) bool { return place[a.J.Code] < place[b.J.Code] })
	switch c.sort {
	case "outcome":
		sortStable(c.rows, func(a, b compareRow) bool { return slices.Index(rank, a.Outcome) < slices.Index(rank, b.Outcome) })
	case "line":
		sortStable(c.rows, func(a, b compareRow) bool { return a.Line > b.Line })
	}
}

func (c *compare) Render() app.UI {
	w := words.For(c.addr.View.Lang)
	var results app.UI
	switch {
	case c.loading:
		results = loadingNote(w, m.LawLoadingAll.In(w), m.LawUnavailableAll.In(w), c.failed)
	case c.errs != nil:
		items := make([]app.UI, len(c.errs))
		for i, e := range c.errs {
			items[i] = elem("li").Text(problem(w, e, nil))
		}
		results = tag("div", "id", "input-error", "class", "input-error", "role", "alert").Body(
			para("", m.ErrorsTitle.In(w)), el(tag("ul"), items...))
	default:
		results = elem("div").Body(c.table(w), tileMap(w, c.rows))
	}
	return el(tag("div", "id", "explainer", "class", "page compare"),
		el(tag("header", "class", "masthead"),
			c.langLink(w),
			tx(tag("h1"), m.CompareH1.In(w)),
			para("lede", m.CompareLede.In(w)),
		),
		el(tag("main", "id", "main"),
			el(tag("section", "id", "comparison", "aria-labelledby", "comparison-title"),
				tx(tag("h2", "id", "comparison-title"), m.CompareResults.In(w)),
				results,
			),
			el(tag("section", "class", "race", "aria-labelledby", "race-title"),
				tx(tag("h2", "id", "race-title"), m.FormTitle.In(w)),
				newRaceForm().lang(w.Lang).waiting(c.loading).race(c.addr.Race).problems(c.errs).rendered(c.addr.Canonical()).
					noWasm(c.addr.View.NoWasm).seq(c.seq).gen(c.gen),
			),
		),
		el(tag("footer", "class", "colophon"), para("", m.PageNotAdvice.In(w))),
	)
}

// table is the comparison as a table whose column headers sort it by
// link, with and without the wasm.
func (c *compare) table(w *words.Words) app.UI {
	sortLink := func(key, label string) app.UI {
		q := c.addr.Query()
		q.Set("sort", key)
		th := tag("th", "scope", "col")
		if c.sort == key || (key == "state" && c.sort == "") {
			dir := "ascending"
			if key == "line" {
				dir = "descending"
			}
			th = th.Aria("sort", dir)
		}
		return th.Body(tx(tag("a", "href", "/compare?"+q.Encode()), label))
	}
	rows := make([]app.UI, len(c.rows))
	for i, r := range c.rows {
		line := "—"
		if r.Line >= 0 {
			line = w.Num(r.Line)
		}
		race := c.addr.Race
		race.State = r.J.Code
		q := race.FullQuery()
		if c.addr.View.Lang != words.English {
			q.Set("lang", string(c.addr.View.Lang))
		}
		tr := tag("tr", "id", "state-"+r.J.Code, "data-state", r.J.Code, "data-outcome", r.Outcome)
		if r.Eligible != "" {
			tr = tr.DataSet("eligible", av(r.Eligible))
		}
		if r.Automatic != "" {
			tr = tr.DataSet("automatic", av(r.Automatic))
		}
		rows[i] = tr.Body(
			tx(tag("th", "scope", "row"), stateName(w, r.J.Code)),
			el(tag("td", "data-label", m.ColOutcome.In(w)), tx(tag("span", "class", "swatch "+r.Outcome, "aria-hidden", av("true")), outcomeMarks[r.Outcome]), app.Text(w.Key("outcome."+r.Outcome))),
			tx(tag("td", "class", "num", "data-label", m.ColLine.In(w)), line),
			tx(tag("td", "data-label", m.ColStatus.In(w)), w.Key("status."+string(r.Status))),
			el(tag("td"), tx(tag("a", "href", "/?"+q.Encode()), m.CompareWalkthrough.In(w, words.Text(stateName(w, r.J.Code))))),
		)
	}
	return el(tag("div", "class", "table-wrap"), el(tag("table", "id", "compare-table"),
		tx(tag("caption"), m.CompareCaption.In(w)),
		el(tag("thead"), el(tag("tr"),
			sortLink("state", m.ColState.In(w)),
			sortLink("outcome", m.ColOutcome.In(w)),
			sortLink("line", m.ColLine.In(w)),
			tx(tag("th", "scope", "col"), m.ColStatus.In(w)),
			tx(tag("th", "scope", "col"), m.ColWalkthrough.In(w)),
		)),
		el(tag("tbody"), rows...),
	))
}

// tiles places each jurisdiction on a 12 × 8 grid, roughly where it lies.
var tiles = map[string][2]int{
	"AK": {0, 0}, "ME": {11, 0}, "VT": {10, 1}, "NH": {11, 1},
	"WA": {1, 2}, "ID": {2, 2}, "MT": {3, 2}, "ND": {4, 2}, "MN": {5, 2}, "IL": {6, 2}, "WI": {7, 2}, "MI": {8, 2}, "NY": {9, 2}, "RI": {10, 2}, "MA": {11, 2},
	"OR": {1, 3}, "NV": {2, 3}, "WY": {3, 3}, "SD": {4, 3}, "IA": {5, 3}, "IN": {6, 3}, "OH": {7, 3}, "PA": {8, 3}, "NJ": {9, 3}, "CT": {10, 3},
	"CA": {1, 4}, "UT": {2, 4}, "CO": {3, 4}, "NE": {4, 4}, "MO": {5, 4}, "KY": {6, 4}, "WV": {7, 4}, "VA": {8, 4}, "MD": {9, 4}, "DE": {10, 4},
	"AZ": {2, 5}, "NM": {3, 5}, "KS": {4, 5}, "AR": {5, 5}, "TN": {6, 5}, "NC": {7, 5}, "SC": {8, 5}, "DC": {9, 5},
	"OK": {4, 6}, "LA": {5, 6}, "MS": {6, 6}, "AL": {7, 6}, "GA": {8, 6},
	"HI": {0, 7}, "TX": {4, 7}, "FL": {9, 7},
}

// outcomeMarks are the symbols the map and its legend print in each tile,
// so no outcome is told by colour alone.
var outcomeMarks = map[string]string{"automatic": "A", "free": "F", "request": "R", "paid": "$", "depends": "?", "not-yet": "…", "none": "–"}

// tileMap draws the comparison as a tile grid: each tile names its state
// and its outcome's symbol, over a fill pattern of its own. The table above
// carries the same facts for screen readers, so the picture is hidden from
// them.
func tileMap(w *words.Words, rows []compareRow) app.UI {
	const size, gap = 40, 3
	var r raw
	r.open("figure", "class", "tilemap").open("svg", "viewBox", "0 0 "+strconv.Itoa(12*(size+gap))+" "+strconv.Itoa(8*(size+gap)),
		"width", "100%", "aria-hidden", "true", "focusable", "false")
	r.b.WriteString(`<defs><pattern id="p-free" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" class="hatch"/></pattern>` +
		`<pattern id="p-paid" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.2" class="dot"/></pattern></defs>`)
	for _, row := range rows {
		pos, ok := tiles[row.J.Code]
		if !ok {
			continue
		}
		x, y := pos[0]*(size+gap), pos[1]*(size+gap)
		r.open("rect", "class", "tile "+row.Outcome, "x", strconv.Itoa(x), "y", strconv.Itoa(y), "width", strconv.Itoa(size), "height", strconv.Itoa(size), "rx", "4").close("rect")
		r.el("text", row.J.Code, "class", "code "+row.Outcome, "x", strconv.Itoa(x+size/2), "y", strconv.Itoa(y+17), "text-anchor", "middle")
		r.el("text", outcomeMarks[row.Outcome], "class", "mark "+row.Outcome, "x", strconv.Itoa(x+size/2), "y", strconv.Itoa(y+33), "text-anchor", "middle")
	}
	r.close("svg")
	r.open("figcaption").open("ul", "class", "legend")
	for _, o := range []string{"automatic", "free", "request", "paid", "depends", "not-yet", "none"} {
		r.open("li").el("span", outcomeMarks[o], "class", "swatch "+o).text(" " + w.Key("outcome."+o)).close("li")
	}
	r.close("ul").close("figcaption").close("figure")
	return r.ui()
}
