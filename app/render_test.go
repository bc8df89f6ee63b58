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
	case dayZero.MatchString(text):
		t.Errorf("%s: a deadline's day numbered 0: %q", addr, dayZero.FindString(text))
	case doubleStop.MatchString(text):
		t.Errorf("%s: two periods end a sentence: %q", addr, doubleStop.FindString(text))
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

var doubleStop = regexp.MustCompile(`\S{0,30}[^.\s]\.\s*\.(\s|$)`)

var dayZero = regexp.MustCompile(`:\s*(day|día|business day|día hábil) 0\b`)

// What the page says of deadlines and winning shares the law words in
// its own way: a last day on a weekend that moves on, "the fourth Monday
// after", more than (or at least) a share other than half.
func TestDeadlineAndShareWords(t *testing.T) {
	for _, c := range []struct{ addr, want string }{
		// Virginia, 10 days from Wed Nov 13, 2024: Sat Nov 23, then Mon 25.
		{"/?state=VA&date=2024-11-05&type=general&office=state-house&counties=1&cert=2024-11-13&candidate=A&votes=5000&candidate=B&votes=4990",
			"Saturday, November 23, 2024 : day 10, a weekend: the deadline moves on"},
		{"/?state=VA&date=2024-11-05&type=general&office=state-house&counties=1&cert=2024-11-13&candidate=A&votes=5000&candidate=B&votes=4990",
			"Monday, November 25, 2024 : the last day, moved here"},
		{"/?state=VA&date=2024-11-05&type=general&office=state-house&counties=1&cert=2024-11-13&candidate=A&votes=5000&candidate=B&votes=4990&lang=es",
			"sábado, 23 de noviembre de 2024 : día 10, fin de semana: el plazo pasa a un día que cuente"},
		// Idaho: a holiday Friday moves on to the next business day.
		{"/?state=ID&date=2025-05-20&type=primary&office=county&counties=1&cert=2025-06-14&candidate=A&votes=5000&candidate=B&votes=4999",
			"; a last day on a Saturday stands."},
		{"/?state=NE&date=2024-11-05&type=general&office=state-senate&counties=1&cert=2024-11-15&candidate=A&votes=9000&candidate=B&votes=6000",
			"The request is due by the fourth Monday after election day."},
		{"/?state=NE&date=2024-11-05&type=general&office=state-senate&counties=1&cert=2024-11-15&candidate=A&votes=9000&candidate=B&votes=6000&lang=es",
			"a más tardar el cuarto lunes después del día de la elección."},
		// Texas, "the later of": canvass Wed Nov 5, 2025 + 2 is Fri Nov 7;
		// election day + 5 is Sun Nov 9, so Monday, November 10.
		{"/?state=TX&date=2025-11-04&type=general&office=county&counties=1&cert=2025-11-05&candidate=A&votes=600&candidate=B&votes=400",
			"within 2 days after the canvass is completed, or within 5 days after election day if that is later."},
		{"/?state=TX&date=2025-11-04&type=general&office=county&counties=1&cert=2025-11-05&candidate=A&votes=600&candidate=B&votes=400",
			"Deadline: Monday, November 10, 2025"},
		// Top-two and top-four primaries: the last who goes on is the mark.
		{"/?state=WA&date=2024-08-06&type=primary&office=state-house&counties=1&cert=2024-08-20&candidate=A&votes=40000&candidate=B&votes=30000&candidate=C&votes=29900",
			"The top 2 go on to the general election: A and B."},
		{"/?state=WA&date=2024-08-06&type=primary&office=state-house&counties=1&cert=2024-08-20&candidate=A&votes=40000&candidate=B&votes=30000&candidate=C&votes=29900",
			"100 votes separate B and C."},
		{"/?state=AK&date=2024-08-20&type=primary&office=state-house&counties=1&cert=2024-09-03&candidate=A&votes=300&candidate=B&votes=200&candidate=C&votes=100",
			"No recount question: all 3 candidates go on to the general election, so nobody lost."},
		{"/?state=AK&date=2024-08-20&type=primary&office=state-house&counties=1&cert=2024-09-03&candidate=A&votes=300&candidate=B&votes=200&candidate=C&votes=100",
			"The top 4 go on to the general election, so all 3 candidates do: A, B and C."},
		{"/?state=AK&date=2024-08-20&type=primary&office=state-house&counties=1&cert=2024-09-03&candidate=A&votes=300&candidate=B&votes=200&candidate=C&votes=100&lang=es",
			"los 3 candidatos pasan a la elección general"},
		// North Carolina's primaries: more than 30%; South Dakota's: at
		// least 35% (700,000.35 of 2,000,001, so 700,001).
		{"/?state=NC&date=2026-03-03&type=primary&office=state-house&counties=1&candidate=A&votes=2800&candidate=B&votes=2700&candidate=C&votes=2500&candidate=D&votes=2000",
			"Nobody has more than 30% of the 10,000 votes (3,001 needed)"},
		{"/?state=SD&date=2026-06-02&type=primary&office=governor&counties=66&candidate=A&votes=700000&candidate=B&votes=650001&candidate=C&votes=650000",
			"Nobody has at least 35% of the 2,000,001 votes (700,001 needed)"},
		{"/?state=SD&date=2026-06-02&type=primary&office=governor&counties=66&candidate=A&votes=700000&candidate=B&votes=650001&candidate=C&votes=650000&lang=es",
			"Nadie tiene al menos el 35"},
		// The answer names its law's weakest support: Maine's municipal
		// lines are the 2011 text, and the 2019 act that re-enacted the
		// section was not read.
		{"/?state=ME&date=2026-11-03&type=general&office=municipal&counties=1&candidate=A&votes=2550&candidate=B&votes=2450",
			"read in the enacted text; checked November 22, 2026. Part of this rule rests on P.L. 2019, c. 288"},
		{"/?state=ME&date=2026-11-03&type=general&office=municipal&counties=1&candidate=A&votes=2550&candidate=B&votes=2450&lang=es",
			"Parte de esta regla se apoya en P.L. 2019, c. 288"},
	} {
		text := strings.Join(strings.Fields(visible(render(t, c.addr))), " ")
		if !strings.Contains(text, c.want) {
			t.Errorf("%s: no %q", c.addr, c.want)
		}
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
