package address

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/rules/law/lawdata"
	"github.com/recount-explainer/recount/words"
)

// The wasm carries no law (the page fetches what it needs): the browser
// tests load it whole, as the running page does when a reader picks
// another state.
func init() { _ = law.Load(lawdata.Text) }

func parse(t *testing.T, s string) Address {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return Parse(u)
}

// The README's example link, and links of the first Georgia contract
// (coarse offices, counties, winner, type=runoff), still name the same race.
func TestOldLinks(t *testing.T) {
	a := parse(t, "/?date=2017-12-05&type=runoff&office=municipal&counties=2&cert=2017-12-11&candidate=Keisha+Lance+Bottoms&votes=46667&candidate=Mary+Norwood&votes=45835")
	if a.Race.State != "GA" || a.Race.Office != "municipal" || len(a.Race.Rows) != 2 || a.Race.Rows[1].Votes != "45835" {
		t.Errorf("README link: %+v", a.Race)
	}
	r, err := a.Race.Rules(law.ByCode("GA"))
	if err != nil || r.Election != 20171205 || r.Base != 20171211 || r.Counties != 2 {
		t.Errorf("README link parsed: %+v %v", r, err)
	}
	a = parse(t, "/?state=GA&date=2020-11-03&type=general&office=federal&counties=159&winner=plurality&candidate=A&votes=1&candidate=B&votes=2")
	if r, err := a.Race.Rules(law.ByCode("GA")); err != nil || r.Office != rules.Federal || r.Winner != rules.Plurality {
		t.Errorf("coarse office: %+v %v", r, err)
	}
}

// A preset named by id, by its path, or in full is the same address; the
// view's parameters never change the race.
func TestPresetsAndView(t *testing.T) {
	byID := parse(t, "/?preset=atlanta-2017-runoff-certified")
	byPath := parse(t, "/race/atlanta-2017-runoff-certified/")
	full := parse(t, "/?"+byID.Race.FullQuery().Encode())
	for _, a := range []Address{byID, byPath, full} {
		if a.Preset != "atlanta-2017-runoff-certified" || a.Canonical() != "preset=atlanta-2017-runoff-certified" {
			t.Errorf("preset: %q %q", a.Preset, a.Canonical())
		}
	}
	viewed := parse(t, "/?preset=atlanta-2017-runoff-certified&lang=es&wasm=false&utm_source=news")
	if !viewed.Race.Equal(byID.Race) || viewed.Preset != byID.Preset || !viewed.View.NoWasm {
		t.Errorf("the view changed the race: %+v", viewed)
	}
	// An edit makes it a race of its own.
	edited := byID.Race
	edited.Rows = append([]Row(nil), edited.Rows...)
	edited.Rows[1].Votes = "44,000"
	if edited.PresetID() != "" {
		t.Error("an edited preset still names its preset")
	}
	// Explicit parameters override a preset's.
	over := parse(t, "/?preset=atlanta-2017-runoff-certified&date=2021-11-30&cert=2021-12-06")
	if over.Race.Date != "2021-11-30" || over.Preset != "" || over.Race.Rows[0].Name != "Keisha Lance Bottoms" {
		t.Errorf("override: %+v", over)
	}
	// The old preset ids keep their names.
	if a := parse(t, "/?preset=atlanta-2009-runoff-recount"); a.Preset != "atlanta-2009-runoff-recount" || a.Race.Stage != "recounted" {
		t.Errorf("old id: %q %q", a.Preset, a.Race.Stage)
	}
}

// An unknown preset is said, and the default race shown; no parameters at
// all is the default race.
func TestUnknownAndDefault(t *testing.T) {
	a := parse(t, "/?preset=nope")
	if a.Unknown != "nope" || a.Preset != DefaultPreset {
		t.Errorf("unknown preset: %+v", a)
	}
	if a := parse(t, "/"); a.Preset != DefaultPreset || a.Unknown != "" {
		t.Errorf("default: %+v", a)
	}
	if _, ok := PresetPath("/recount/race/x-y/"); !ok {
		t.Error("a preset path under a sub-path")
	}
	if _, ok := PresetPath("/race/"); ok {
		t.Error("an empty preset path")
	}
}

// Query and Parse are inverses, rows and all; the no-script buttons apply.
func TestRoundTrip(t *testing.T) {
	a := parse(t, "/?state=va&date=2024-11-05&type=general&office=state-house&counties=1&stage=unofficial&candidate=A+%26+B&votes=1%2C000&candidate=&votes=&lang=en")
	b := parse(t, "/?"+a.Query().Encode())
	if !a.Race.Equal(b.Race) || a.Race.State != "VA" || b.Race.Stage != "unofficial" {
		t.Errorf("round trip: %+v ≠ %+v", a.Race, b.Race)
	}
	added := parse(t, "/?candidate=A&votes=1&candidate=B&votes=2&add=1")
	if len(added.Race.Rows) != 3 {
		t.Errorf("add: %d rows", len(added.Race.Rows))
	}
	removed := parse(t, "/?candidate=A&votes=1&candidate=B&votes=2&candidate=C&votes=3&remove=1")
	if len(removed.Race.Rows) != 2 || removed.Race.Rows[1].Name != "C" {
		t.Errorf("remove: %+v", removed.Race.Rows)
	}
	// A hostile link cannot make thousands of rows.
	q := url.Values{}
	for range 5000 {
		q.Add("votes", "1")
	}
	if n := len(parse(t, "/?"+q.Encode()).Race.Rows); n != rules.MaxCandidates+1 {
		t.Errorf("%d rows read", n)
	}
}

// Every bad value is named with its field (and row) and problem.
func TestInputErrors(t *testing.T) {
	a := parse(t, "/?state=GA&date=2017-02-30&type=x&office=municipal&counties=0&cert=2017-01-01&candidate=A&votes=-5&candidate=B&votes=ten")
	_, err := a.Race.Rules(law.ByCode("GA"))
	var es rules.InputErrors
	if !errors.As(err, &es) {
		t.Fatalf("err %v", err)
	}
	want := map[string]rules.Problem{"date": rules.ProblemBadDate, "votes[0]": rules.ProblemNegative, "votes[1]": rules.ProblemNotANumber,
		"type": rules.ProblemUnknownChoice, "counties": rules.ProblemCounties}
	got := map[string]rules.Problem{}
	for _, e := range es {
		k := string(e.Field)
		if e.Index >= 0 {
			k += "[" + string(rune('0'+e.Index)) + "]"
		}
		got[k] = e.Problem
	}
	for k, p := range want {
		if got[k] != p {
			t.Errorf("%s: %v, want %v (all: %v)", k, got[k], p, es)
		}
	}
	if _, err := parse(t, "/?state=ZZ&date=2017-12-05&type=general&office=county&counties=1&votes=1&votes=2").Race.Rules(nil); !errors.Is(err, rules.ProblemUnknownState) {
		t.Errorf("unknown state: %v", err)
	}
	if l, ok := words.ParseLang("xx"); ok || l != words.English {
		t.Error("an unknown language is English")
	}
}

// Guess mode is part of the view: it keeps its values across a round trip,
// drops values out of range (the student is asked again), and never
// changes the race.
func TestGuessMode(t *testing.T) {
	for _, tc := range []struct {
		addr string
		want Guess
	}{
		{"/?preset=atlanta-2017-runoff-certified", Guess{}},
		{"/?preset=atlanta-2017-runoff-certified&guess=yes", Guess{}}, // no mode: no guessing
		{"/?preset=atlanta-2017-runoff-certified&mode=guess", Guess{On: true}},
		{"/?preset=atlanta-2017-runoff-certified&mode=guess&guess=depends&guess-where=superintendent&guess-when=2017-12-13",
			Guess{On: true, Answer: "depends", Where: "superintendent", When: "2017-12-13"}},
		{"/?preset=atlanta-2017-runoff-certified&mode=guess&guess=maybe&guess-where=%3Cscript%3E&guess-when=2017-02-30",
			Guess{On: true}},
	} {
		a := parse(t, tc.addr)
		if a.View.Guess != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.addr, a.View.Guess, tc.want)
		}
		if a.Preset != "atlanta-2017-runoff-certified" {
			t.Errorf("%s: the race changed to %q", tc.addr, a.Preset)
		}
		if b := parse(t, "/?"+a.Query().Encode()); b.View.Guess != a.View.Guess {
			t.Errorf("%s: round trip %+v → %+v", tc.addr, a.View.Guess, b.View.Guess)
		}
	}
	if !parse(t, "/?mode=guess&guess=no").View.Guess.Committed() || parse(t, "/?mode=guess").View.Guess.Committed() {
		t.Error("Committed")
	}
}

// A language's own path names the language; Path gives it back, and a
// preset keeps its own path with the view after it.
func TestLanguagePaths(t *testing.T) {
	es := parse(t, "/es/race/atlanta-2017-runoff-certified/?mode=guess")
	if es.View.Lang != "es" || es.Preset != "atlanta-2017-runoff-certified" || !es.View.Guess.On {
		t.Errorf("/es/race/…: %+v", es)
	}
	if got := es.Path(); got != "/es/race/atlanta-2017-runoff-certified/?mode=guess" {
		t.Errorf("Path: %s", got)
	}
	if en := parse(t, "/race/atlanta-2017-runoff-certified/"); en.View.Lang != "en" || en.Path() != "/race/atlanta-2017-runoff-certified/" {
		t.Errorf("English: %+v %s", en.View, en.Path())
	}
	if q := parse(t, "/?lang=es&state=GA&date=2026-11-03&candidate=A&votes=1"); q.View.Lang != "es" || !strings.HasPrefix(q.Path(), "/es/?") || strings.Contains(q.Path(), "lang=") {
		t.Errorf("custom race in Spanish: %s", q.Path())
	}
	for in, want := range map[string]string{"/es/": "/", "/es": "/", "/es/teach": "/teach", "/teach": "/teach", "/race/es-x/": "/race/es-x/"} {
		if got := StripLang(in); got != want {
			t.Errorf("StripLang(%q) = %q, want %q", in, got, want)
		}
	}
}
