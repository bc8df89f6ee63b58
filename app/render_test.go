package app

import (
	"html"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/races"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/rules/law"
)

// render prerenders the page at an address as the server does and returns
// its HTML with entities decoded, as a browser would read it.
func render(t testing.TB, addr string) string {
	t.Helper()
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatal(err)
	}
	var c app.Composer
	if u.Path == "/compare" {
		cp := newCompare()
		cp.load(u)
		c = cp
	} else {
		e := newExplainer()
		e.load(u)
		c = e
	}
	if err := app.NewTestEngine().Load(c); err != nil {
		t.Fatal(err)
	}
	return html.UnescapeString(app.HTMLString(c))
}

var (
	missingKey  = regexp.MustCompile(`\[[a-z0-9-]+(\.[a-z0-9-]+)+\]`)
	tags        = regexp.MustCompile(`<[^>]*>`)
	shareCell   = regexp.MustCompile(`<td class="num">([0-9.]+)%</td>`)
	countTable  = regexp.MustCompile(`(?s)<caption>Votes for the office, most first</caption>.*?</table>`)
	placeholder = regexp.MustCompile(`\{[a-z0-9|]+\}`)
)

// visible returns a page's text without its tags.
func visible(page string) string { return tags.ReplaceAllString(page, " ") }

// checkPage fails on anything a reader should never see: a format verb, a
// placeholder left unfilled, a message key with no words, shares that do not
// add up to the printed total without saying so, a verdict with no words.
func checkPage(t *testing.T, addr, page string) {
	t.Helper()
	text := visible(page)
	switch {
	case strings.Contains(text, "%!"):
		t.Errorf("%s: a format verb leaked: %q", addr, around(text, "%!"))
	case placeholder.MatchString(text):
		t.Errorf("%s: a placeholder was left: %q", addr, placeholder.FindString(text))
	case missingKey.MatchString(text):
		t.Errorf("%s: a message key has no words: %s", addr, missingKey.FindString(text))
	case strings.Contains(text, "<nil>") || strings.Contains(text, "NaN"):
		t.Errorf("%s: a Go value leaked", addr)
	}
	if tbl := countTable.FindString(page); tbl != "" {
		var sum int
		cells := shareCell.FindAllStringSubmatch(tbl, -1)
		for _, c := range cells[:len(cells)-1] { // the last is the total
			whole, frac, _ := strings.Cut(c[1], ".")
			a, _ := strconv.Atoi(whole)
			b, _ := strconv.Atoi(frac)
			sum += a*100 + b
		}
		if sum != 10000 && !strings.Contains(text, "Shares are rounded to two decimals") {
			t.Errorf("%s: shares add up to %d hundredths under a printed 100%%, with no note", addr, sum)
		}
	}
	if strings.Contains(page, `id="verdict"`) && !strings.Contains(page, `class="headline"`) && !strings.Contains(page, `verdict pending`) {
		t.Errorf("%s: a verdict with no headline", addr)
	}
}

func around(s, sub string) string {
	i := strings.Index(s, sub)
	return s[max(0, i-80):min(len(s), i+40)]
}

// Every preset, by both of its addresses.
func TestEveryPreset(t *testing.T) {
	all, err := races.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range all {
		for _, addr := range []string{"/?preset=" + p.ID, "/race/" + p.ID + "/"} {
			page := render(t, addr)
			checkPage(t, addr, page)
			if !strings.Contains(page, `id="race-line"`) {
				t.Errorf("%s: no race line", addr)
			}
		}
	}
}

// corpus returns addresses covering every jurisdiction, office and type,
// margins inside and outside the lines, ties, runoffs, count stages, law
// versions and years with and without holiday lists.
func corpus() []string {
	var out []string
	race := func(state, date, typ, office string, counties int, cert, stage string, votes ...int64) string {
		q := url.Values{"state": {state}, "date": {date}, "type": {typ}, "office": {office}, "counties": {strconv.Itoa(counties)}}
		if cert != "" {
			q.Set("cert", cert)
		}
		if stage != "" {
			q.Set("stage", stage)
		}
		for i, v := range votes {
			q.Add("candidate", "Candidate "+string(rune('A'+i)))
			q.Add("votes", strconv.FormatInt(v, 10))
		}
		return "/?" + q.Encode()
	}
	for _, j := range law.All() {
		for _, o := range rules.Offices {
			counties := 1
			if o == rules.President || o == rules.USSenate || o == rules.Governor || o == rules.LtGovernor || o == rules.Statewide {
				counties = j.Counties
			}
			for _, votes := range [][]int64{{50050, 49950}, {50400, 49600}, {60000, 40000}, {45000, 44990, 10010}} {
				out = append(out, race(j.Code, "2024-11-05", "general", string(o), counties, "2024-11-22", "", votes...))
			}
		}
		for _, typ := range rules.ElectionTypes {
			out = append(out, race(j.Code, "2026-06-02", string(typ), "state-house", 1, "2026-06-12", "", 5010, 4990, 1200))
		}
		out = append(out,
			race(j.Code, "2024-11-05", "general", "us-house", 1, "2024-11-22", "", 1000, 1000),        // tie
			race(j.Code, "2024-11-05", "general", "us-house", 1, "", "unofficial", 50020, 49980),      // election night
			race(j.Code, "2024-11-05", "general", "us-house", 1, "2024-11-22", "recounted", 500, 490), // after the recount
			race(j.Code, "2026-11-03", "general", "governor", j.Counties, "2026-11-25", "", 2005000, 1995000),
			race(j.Code, "2027-11-02", "general", "municipal", 1, "2027-11-12", "", 1000, 996), // a future election
			race(j.Code, "2000-11-07", "general", "president", j.Counties, "2000-11-17", "", 1000000, 999000),
		)
	}
	for _, date := range []string{"2000-11-07", "2009-12-01", "2017-12-05", "2019-04-02", "2019-11-05", "2020-06-09", "2020-11-03", "2026-11-03"} {
		for _, office := range []string{"federal", "state", "county", "municipal"} {
			counties := 1
			if office == "federal" || office == "state" {
				counties = 159
			}
			out = append(out, race("GA", date, "general", office, counties, date, "", 10050, 9950, 100))
		}
	}
	out = append(out,
		race("GA", "2026-11-03", "general", "county", 1, "2026-11-25", "", 1000, 996),            // Thanksgiving 2026
		race("GA", "2026-12-01", "runoff", "statewide", 159, "2026-12-23", "", 1500000, 1495000), // Christmas 2026
		race("GA", "2016-12-06", "runoff", "county", 1, "2016-12-23", "", 1000, 996),
		race("GA", "2022-05-24", "primary", "county", 1, "2022-06-03", "", 30000, 15000, 15000, 10000, 5000, 1234),
		race("GA", "2026-11-03", "general", "governor", 159, "2026-11-20", "", 1980000, 1970000, 50000),
		"/?state=GA&date=2017-12-05&type=runoff&office=municipal&counties=2&cert=2017-12-11&candidate=Keisha+Lance+Bottoms&votes=46667&candidate=Mary+Norwood&votes=45835",
		"/?state=GA&date=2017-12-05&type=runoff&office=municipal&counties=2&votes=-5&votes=ten", // bad input
		"/?state=ZZ&date=2017-12-05&type=runoff&office=municipal&counties=2&votes=5&votes=6",
		"/?preset=no-such-race",
		"/compare?state=GA&date=2024-11-05&type=general&office=us-senate&counties=159&candidate=A&votes=100100&candidate=B&votes=99900",
		"/compare?preset=atlanta-2017-runoff-certified&sort=line",
		"/compare?preset=atlanta-2017-runoff-certified&sort=outcome",
	)
	return out
}

// Every page of the corpus reads clean.
func TestCorpus(t *testing.T) {
	for _, addr := range corpus() {
		checkPage(t, addr, render(t, addr))
	}
}
