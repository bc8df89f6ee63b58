package ui

import (
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/races"
	"github.com/recount-explainer/recount/rules"
)

// render prerenders the page for an address query as the server does and
// returns its HTML with entities decoded, as a browser would read it.
func render(t *testing.T, rawQuery string) string {
	t.Helper()
	e := newExplainer()
	u, err := url.Parse("/?" + rawQuery)
	if err != nil {
		t.Fatal(err)
	}
	e.load(u)
	if err := app.NewTestEngine().Load(e); err != nil {
		t.Fatal(err)
	}
	out := app.HTMLString(e)
	if strings.Contains(out, "[") && regexp.MustCompile(`\[[a-z]+\.[a-z.-]+\]`).MatchString(out) {
		t.Errorf("a message key has no words: %s", regexp.MustCompile(`\[[a-z]+\.[a-z.-]+\]`).FindString(out))
	}
	return html.UnescapeString(out)
}

// attr returns the value of attribute name on the element with the given id.
func attr(t *testing.T, page, id, name string) string {
	t.Helper()
	m := regexp.MustCompile(`<[a-z0-9]+ [^>]*id="` + id + `"[^>]*>`).FindString(page)
	if m == "" {
		t.Fatalf("no element #%s", id)
	}
	v := regexp.MustCompile(` ` + name + `="([^"]*)"`).FindStringSubmatch(m)
	if v == nil {
		return "(absent)"
	}
	return v[1]
}

const atlanta2017 = "date=2017-12-05&type=runoff&office=municipal&counties=2&cert=2017-12-11" +
	"&candidate=Keisha+Lance+Bottoms&votes=46%2C667&candidate=Mary+Norwood&votes=45%2C835"

func TestPrerenderAcceptanceCases(t *testing.T) {
	// Atlanta 2017 certified totals, 2017 date: eligible under the 1% law.
	p := render(t, atlanta2017)
	if got := attr(t, p, "verdict", "data-eligible"); got != "true" {
		t.Errorf("2017: data-eligible=%q", got)
	}
	if attr(t, p, "margin", "data-votes") != "832" || attr(t, p, "threshold", "data-votes") != "925" || attr(t, p, "threshold", "data-percent") != "1" {
		t.Errorf("2017 arithmetic: margin %s threshold %s (%s%%)", attr(t, p, "margin", "data-votes"),
			attr(t, p, "threshold", "data-votes"), attr(t, p, "threshold", "data-percent"))
	}
	if v := regexp.MustCompile(`(?s)id="verdict".*?</div>`).FindString(p); !strings.Contains(v, "O.C.G.A. § 21-2-495(c) (text in force 2009–2019)") ||
		!strings.Contains(v, "as of November 22, 2026") || !strings.Contains(v, "reported; not yet read in the enacted text") {
		t.Errorf("the verdict does not cite its source, date and status:\n%s", v)
	}
	for _, want := range []string{"Yes: a recount may be requested.", "832 ≤ 925: within the line by 93 votes.",
		"92,502 votes: every candidate, write-ins too", "Under the law in force on Tuesday, December 5, 2017: 1 percent."} {
		if !strings.Contains(p, want) {
			t.Errorf("2017 page lacks %q", want)
		}
	}
	// The same totals with a 2021 date: not eligible under one-half of 1%.
	p = render(t, strings.NewReplacer("2017-12-05", "2021-11-30", "2017-12-11", "2021-12-06").Replace(atlanta2017))
	if attr(t, p, "verdict", "data-eligible") != "false" || attr(t, p, "threshold", "data-votes") != "462" || attr(t, p, "threshold", "data-percent") != "0.5" {
		t.Errorf("2021: eligible %s threshold %s %s", attr(t, p, "verdict", "data-eligible"), attr(t, p, "threshold", "data-votes"), attr(t, p, "threshold", "data-percent"))
	}
	if !strings.Contains(p, "832 > 462: 370 votes past the line.") {
		t.Error("2021 page lacks the arithmetic")
	}
	// 2009 certified on Saturday 2009-12-05: deadline Tuesday 2009-12-08.
	p = render(t, "preset=atlanta-2009-runoff-certified")
	if !regexp.MustCompile(`id="deadline"[^>]*>.*?<time datetime="2009-12-08">Tuesday, December 8, 2009</time>`).MatchString(strings.ReplaceAll(p, "\n", " ")) {
		t.Error("2009 deadline is not Tuesday 2009-12-08")
	}
	if !strings.Contains(p, "is not on file here") {
		t.Error("2009 holiday list is not on file: the page must say so")
	}
	// 2020 president: the request goes to the Secretary of State; no runoff.
	p = render(t, "preset=georgia-2020-president-certified")
	if attr(t, p, "receiver", "data-receiver") != "secretary-of-state" {
		t.Errorf("2020 receiver %s", attr(t, p, "receiver", "data-receiver"))
	}
	if strings.Contains(p, "go to a runoff") || !strings.Contains(p, "Presidential electors are decided by the most votes") {
		t.Error("2020 president must not go to a runoff")
	}
	if attr(t, p, "verdict", "data-eligible") != "true" || attr(t, p, "margin", "data-votes") != "12670" {
		t.Errorf("2020: eligible %s margin %s", attr(t, p, "verdict", "data-eligible"), attr(t, p, "margin", "data-votes"))
	}
}

// The 2017 election-night preset teaches that 759 was not the certified margin.
func TestElectionNightPreset(t *testing.T) {
	p := render(t, "preset=atlanta-2017-runoff-unofficial")
	if attr(t, p, "margin", "data-votes") != "759" || !strings.Contains(p, "election night") {
		t.Errorf("election night margin %s", attr(t, p, "margin", "data-votes"))
	}
	if !strings.Contains(p, "The lead at each stage of this count: election night 759 votes; certified 832 votes; after the recount 821 votes.") {
		t.Error("the stages of the 2017 count are not compared")
	}
	if !strings.Contains(p, "Enter the date the results were certified") {
		t.Error("an unofficial count has no certification date yet")
	}
	if attr(t, p, "deadline", "class") != "deadline pending" {
		t.Error("no deadline without certification")
	}
}

func TestEveryPresetRenders(t *testing.T) {
	all, err := races.All()
	if err != nil || len(all) < 7 {
		t.Fatalf("%d presets, %v", len(all), err)
	}
	for _, pr := range all {
		p := render(t, "preset="+pr.ID)
		if attr(t, p, "verdict", "data-eligible") == "(absent)" {
			t.Errorf("%s: no verdict", pr.ID)
		}
		if !strings.Contains(p, pr.Source) {
			t.Errorf("%s: source not shown", pr.ID)
		}
	}
}

func TestBadInputNamesTheField(t *testing.T) {
	for _, c := range []struct{ query, want string }{
		{"date=2022-11-08&type=general&office=county&counties=1&candidate=A&votes=10&candidate=B&votes=-5",
			"Votes for candidate 2: votes cannot be negative. Enter 0 or more."},
		{"date=2022-11-08&type=general&office=county&counties=1&candidate=A&votes=ten&candidate=B&votes=5",
			"Votes for candidate 1: enter a whole number"},
		{"date=2022-11-08&type=general&office=county&counties=1&candidate=A&votes=10",
			"Candidates: a recount needs at least 2 candidates. Add a candidate."},
		{"date=2022-02-30&type=general&office=county&counties=1&candidate=A&votes=10&candidate=B&votes=5",
			"Election date: that is not a real date."},
		{"date=2022-11-08&cert=2022-11-01&type=general&office=county&counties=1&candidate=A&votes=10&candidate=B&votes=5",
			"Certification date: certification cannot come before the election."},
		{"date=2022-11-08&type=general&office=state&counties=160&candidate=A&votes=10&candidate=B&votes=5",
			"Counties: enter a number from 1 to 159"},
		{"date=2022-11-08&type=general&office=state&counties=0&candidate=A&votes=10&candidate=B&votes=5",
			"Counties: enter a number from 1 to 159"},
		{"date=2022-11-08&type=general&office=state&counties=3&candidate=A&votes=9223372036854775807&candidate=B&votes=5",
			"Votes: that number is too large to count."},
		{"date=2022-11-08&type=general&office=state&counties=3&candidate=A&votes=0&candidate=B&votes=0",
			"Votes: every candidate has 0 votes."},
		{"state=FL&date=2022-11-08&type=general&office=state&counties=3&candidate=A&votes=1&candidate=B&votes=0",
			"State: only Georgia's law"},
	} {
		p := render(t, c.query)
		if attr(t, p, "input-error", "role") != "alert" {
			t.Errorf("%s: no #input-error alert", c.query)
		}
		if strings.Contains(p, "%!") {
			t.Errorf("%s: a formatting error in the message", c.query)
		}
		if !strings.Contains(p, c.want) {
			t.Errorf("%s: want %q in\n%s", c.query, c.want, regexp.MustCompile(`(?s)id="input-error".*?</ul>`).FindString(p))
		}
		if v := attr(t, p, "verdict", "data-eligible"); v != "(absent)" {
			t.Errorf("%s: a verdict (%s) shown for invalid input", c.query, v)
		}
	}
	// The invalid field is marked for assistive technology.
	p := render(t, "date=2022-11-08&type=general&office=county&counties=1&candidate=A&votes=10&candidate=B&votes=-5")
	if attr(t, p, "votes-2", "aria-invalid") != "true" || attr(t, p, "votes-1", "aria-invalid") != "(absent)" {
		t.Error("aria-invalid not on the faulty votes field only")
	}
}

// Reader-supplied text cannot break out of its attribute or element.
func TestPrerenderEscapes(t *testing.T) {
	e := newExplainer()
	u, _ := url.Parse(`/?date=2022-11-08&type=general&office=county&counties=1&candidate=A%22+onfocus%3D%22alert(1)&votes=10&candidate=%3Cscript%3Ex%3C%2Fscript%3E&votes=5&candidate=%3C%2Ftd%3E%26&votes=4`)
	e.load(u)
	if err := app.NewTestEngine().Load(e); err != nil {
		t.Fatal(err)
	}
	raw := app.HTMLString(e)
	if strings.Contains(raw, `onfocus="`) || strings.Contains(raw, "<script>") || strings.Contains(raw, `\"`) {
		t.Errorf("unescaped reader text in the prerender")
	}
	if !strings.Contains(html.UnescapeString(raw), `value="A" onfocus="alert(1)"`) && !strings.Contains(raw, `A&#34; onfocus=&#34;alert(1)`) {
		t.Errorf("name not kept as typed")
	}
	// The tables are built as markup (table.go): the count and the
	// margins of the other candidates.
	for _, want := range []string{`<th scope="row">&lt;script&gt;x&lt;/script&gt;</th>`, `<th scope="row">&lt;/td&gt;&amp;</th><td class="num">6</td>`} {
		if !strings.Contains(raw, want) {
			t.Errorf("table cell %s missing", want)
		}
	}
}

func TestParseQuery(t *testing.T) {
	q := func(s string) url.Values { v, _ := url.ParseQuery(s); return v }
	f, id := ParseQuery(q(""))
	if id != DefaultPreset || f.Rows[0].Votes != "46,667" {
		t.Errorf("empty address: %q %+v", id, f)
	}
	// Explicit parameters override the preset's.
	f, id = ParseQuery(q("preset=atlanta-2017-runoff-certified&date=2021-11-30&utm_source=news"))
	if id != "" || f.Date != "2021-11-30" || f.Rows[1].Name != "Mary Norwood" {
		t.Errorf("override: %q %+v", id, f)
	}
	// Pairs in any order.
	a, _ := ParseQuery(q("candidate=A&votes=1&candidate=B&votes=2&date=2022-11-08"))
	b, _ := ParseQuery(q("candidate=A&candidate=B&votes=1&votes=2&date=2022-11-08"))
	if !a.Equal(b) || a.Rows[1] != (Row{"B", "2"}) {
		t.Errorf("pairs: %+v vs %+v", a, b)
	}
	// A preset unchanged is written as its id; a changed one in full.
	if got := a.Query().Encode(); !strings.Contains(got, "candidate=A") || !strings.Contains(got, "votes=2") {
		t.Errorf("query %s", got)
	}
	p, _ := races.ByID("atlanta-2009-runoff-certified")
	if got := FormOf(p).Query().Encode(); got != "preset=atlanta-2009-runoff-certified" {
		t.Errorf("preset query %s", got)
	}
	// The no-script buttons.
	f, _ = ParseQuery(q("candidate=A&votes=1&candidate=B&votes=2&add=1"))
	if len(f.Rows) != 3 {
		t.Errorf("add: %d rows", len(f.Rows))
	}
	f, _ = ParseQuery(q("candidate=A&votes=1&candidate=B&votes=2&candidate=C&votes=3&remove=1"))
	if len(f.Rows) != 2 || f.Rows[1].Name != "C" {
		t.Errorf("remove: %+v", f.Rows)
	}
	// A hostile link cannot make thousands of rows.
	f, _ = ParseQuery(q(strings.Repeat("candidate=x&votes=1&", 400)))
	if len(f.Rows) != rules.MaxCandidates+1 {
		t.Errorf("rows %d", len(f.Rows))
	}
	if _, err := f.Race(); err == nil {
		t.Error("too many candidates accepted")
	}
	// Typed text is kept as typed.
	f, _ = ParseQuery(q("votes=46%2C667&votes=++45+835+&candidate=A&candidate=B&date=2017-12-05"))
	if f.Rows[0].Votes != "46,667" || f.Rows[1].Votes != "  45 835 " {
		t.Errorf("typed text changed: %+v", f.Rows)
	}
	if r, err := f.Race(); err != nil || r.Candidates[1].Votes != 45835 {
		t.Errorf("parse: %v %+v", err, r)
	}
}

func TestWordsFormatting(t *testing.T) {
	w := wordsFor("en")
	if w.num(2474507) != "2,474,507" || w.num(0) != "0" || w.num(999) != "999" || w.num(1000) != "1,000" {
		t.Error("num")
	}
	line := rules.Ratio{Num: 1, Den: 200}
	if got := w.pctNear(rules.Ratio{Num: 5002, Den: 1000000}, line); got != "0.5002" {
		t.Errorf("0.5002%% written %s", got)
	}
	if got := w.pctNear(rules.Ratio{Num: 832, Den: 92502}, rules.Ratio{Num: 1, Den: 100}); got != "0.89" {
		t.Errorf("832/92502 written %s", got)
	}
	if got := w.pct(line, 2); got != "0.5" {
		t.Errorf("0.5%% written %s", got)
	}
	if w.date(rules.NewDate(2009, 12, 8)) != "Tuesday, December 8, 2009" {
		t.Error("date")
	}
	if percentAttr(rules.Ratio{Num: 1, Den: 100}) != "1" || percentAttr(line) != "0.5" {
		t.Error("data-percent")
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"", atlanta2017, "preset=georgia-2020-president-recount", "candidate=%00&votes=-1&remove=-1",
		"votes=99999999999999999999&candidate=x&date=2099-01-01", "add=1&add=1&counties=abc", "cert=2017-12-99&date=2017-12-05"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		form, _ := ParseQuery(q)
		if len(form.Rows) > rules.MaxCandidates+1 {
			t.Fatalf("%d rows", len(form.Rows))
		}
		race, err := form.Race()
		if err == nil {
			if _, err := rules.Evaluate(race); err != nil {
				t.Fatalf("valid form, invalid race: %v", err)
			}
		}
		// The address the page writes reads back as the same race.
		again, _ := ParseQuery(form.Query())
		if !again.Equal(form) {
			t.Fatalf("round trip:\n%+v\n%+v", form, again)
		}
	})
}

// The table's escaper writes what html.EscapeString writes.
func TestEscapeHTML(t *testing.T) {
	for _, s := range []string{"", "Mary Norwood", `<script>"x"&'y'</script>`, "Keisha Lance Bottoms & co", "José <b>"} {
		if got, want := escapeHTML(s), html.EscapeString(s); got != want {
			t.Errorf("escapeHTML(%q) = %q, want %q", s, got, want)
		}
	}
}

// Typing in any field of the form reaches the right place of the Form.
func TestFieldSetter(t *testing.T) {
	f := Form{Rows: []Row{{}, {}, {}}}
	for _, c := range []struct{ name, id, value string }{
		{"candidate", "name-1", "Mary Norwood"}, {"votes", "votes-3", "45,835"}, {"counties", "counties", "2"},
		{"date", "date", "2017-12-05"}, {"cert", "cert", "2017-12-14"}, {"type", "type", "runoff"},
		{"office", "office", "municipal"}, {"winner", "winner", "majority"},
	} {
		set := fieldSetter(c.name, c.id)
		if set == nil {
			t.Fatalf("no setter for %s #%s", c.name, c.id)
		}
		set(&f, c.value)
	}
	want := Form{Rows: []Row{{Name: "Mary Norwood"}, {}, {Votes: "45,835"}}, Counties: "2", Date: "2017-12-05",
		Cert: "2017-12-14", Type: "runoff", Office: "municipal", Winner: "majority"}
	if !f.Equal(want) {
		t.Errorf("form = %+v, want %+v", f, want)
	}
	for _, c := range [][2]string{{"votes", "votes-x"}, {"votes", "name-1"}, {"candidate", "votes-1"}, {"add", "add"}, {"", ""}} {
		if fieldSetter(c[0], c[1]) != nil {
			t.Errorf("setter for %s #%s", c[0], c[1])
		}
	}
	fieldSetter("votes", "votes-9")(&f, "1") // a row removed meanwhile: ignored
	if !f.Equal(want) {
		t.Errorf("out-of-range row changed the form")
	}
}
