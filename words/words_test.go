package words

import (
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/recount-explainer/recount/races"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/rules/law/lawdata"
)

// The wasm carries no law (the page fetches what it needs): the browser
// tests load it whole, as the running page does when a reader picks
// another state.
func init() { _ = law.Load(lawdata.Text) }

var placeholder = regexp.MustCompile(`\{([^{}|]*)(\|[^{}]*)?\}`)

// Every message in M is in every language's catalogue, and its template
// uses only the message's own parameters; a plural form is chosen by a
// Count. A message and its words cannot disagree without failing here or
// failing to compile.
func TestMessages(t *testing.T) {
	mv := reflect.ValueOf(M)
	for _, lang := range Langs {
		w := For(lang)
		if err := w.Err(); err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		for i := 0; i < mv.NumField(); i++ {
			f := mv.Field(i)
			name := mv.Type().Field(i).Name
			key := f.FieldByName("Key").String()
			tmpl, ok := w.msgs[key]
			if !ok {
				t.Errorf("%s: %s (%q) has no words", lang, name, key)
				continue
			}
			var params []string
			if n := f.FieldByName("Names"); n.IsValid() {
				for k := 0; k < n.Len(); k++ {
					params = append(params, n.Index(k).String())
				}
			}
			kinds := typeArgs(f.Type().Name())
			for _, ph := range placeholder.FindAllStringSubmatch(tmpl, -1) {
				if name == "PageLoading" && ph[1] == "progress" {
					continue // go-app fills it
				}
				k := slices.Index(params, ph[1])
				switch {
				case k < 0:
					t.Errorf("%s: %s (%q) uses {%s}, not one of its parameters %v", lang, name, key, ph[1], params)
				case ph[2] != "" && kinds[k] != "Count":
					t.Errorf("%s: %s (%q) chooses a plural by {%s}, a %s, not a Count", lang, name, key, ph[1], kinds[k])
				case ph[2] != "" && strings.Count(ph[2], "|") != 2:
					t.Errorf("%s: %s (%q): a plural needs two forms: %s", lang, name, key, ph[0])
				}
			}
		}
	}
}

// typeArgs returns the argument kinds of an instantiated message type:
// "M2[…words.Text,…words.Count]" gives [Text Count].
func typeArgs(name string) []string {
	i := strings.IndexByte(name, '[')
	if i < 0 {
		return nil
	}
	var out []string
	for _, a := range strings.Split(strings.TrimSuffix(name[i+1:], "]"), ",") {
		out = append(out, a[strings.LastIndexByte(a, '.')+1:])
	}
	return out
}

// Every key the page builds at run time from the data (a fact's kind, a
// holiday's key, a reading, a receiver's kind, a preset's race) has words
// in every language, with numbered placeholders only where the data gives
// numbers.
func TestCatalogue(t *testing.T) {
	need := map[string]int{} // key → how many numbers it is given
	add := func(key string, nums int) {
		if n, ok := need[key]; !ok || nums > n {
			need[key] = nums
		}
	}
	for i := 1; i <= 12; i++ {
		add("month."+itoa(i), 0)
	}
	for i := 0; i < 7; i++ {
		add("weekday."+itoa(i), 0)
	}
	for _, k := range []string{"date.full", "date.short", "time.am", "time.pm", "time.noon", "list.and", "list.or", "decimal",
		"line.any", "line.other-count", "line.by-total"} {
		add(k, 0)
	}
	for _, o := range append(rules.Offices, rules.Federal, rules.State) {
		add("office."+string(o), 0)
		add("office.race."+string(o), 0)
	}
	for _, typ := range rules.ElectionTypes {
		add("type."+string(typ), 0)
		add("type.in."+string(typ), 0)
	}
	for _, s := range rules.Stages {
		add("stage."+string(s), 0)
		add("stage.figures."+string(s), 0)
	}
	for _, p := range rules.Problems() {
		switch p {
		case rules.ProblemCounties, rules.ProblemTooFewCandidates, rules.ProblemTooManyCandidates:
		default:
			add("problem."+p.String(), 0)
		}
	}
	for _, f := range []rules.Field{rules.FieldState, rules.FieldDate, rules.FieldType, rules.FieldOffice, rules.FieldCounties,
		rules.FieldBase, rules.FieldStage, rules.FieldWinner, rules.FieldCandidates, rules.FieldVotes} {
		add("field."+string(f), 0)
	}
	for _, s := range []rules.Status{rules.Verified, rules.Reported, rules.Conflicting, rules.NotFound} {
		add("status."+string(s), 0)
	}
	for _, s := range []rules.Status{rules.Verified, rules.Reported, rules.Conflicting} {
		add("figures."+string(s), 0)
	}
	for _, kind := range []string{"automatic", "requested"} {
		for _, a := range []rules.Answer{rules.Yes, rules.No, rules.Depends, rules.NoRoute, rules.NotYet} {
			add("answer."+kind+"."+string(a), 0)
		}
	}
	for _, o := range []string{"automatic", "free", "paid", "request", "depends", "not-yet", "none"} {
		add("outcome."+o, 0)
	}
	for _, c := range []string{"automatic", "free", "paid", "request"} {
		add("mark."+c, 0)
		add("mark.any."+c, 0)
		add("mark.unknown."+c, 0)
	}
	for _, g := range []string{"law-read", "law-unread", "official", "holidays", "summary", "news", "study"} {
		add("sources."+g, 0)
	}
	for _, e := range []rules.Event{rules.ElectionDay, rules.Canvass, rules.StateCanvass, rules.Certification, rules.Declaration, rules.Order, rules.Unstated} {
		k := string(e)
		if e == rules.Unstated {
			k = "unstated"
		}
		for _, p := range []string{"event.", "event.after.", "event.happened."} {
			add(p+k, 0)
		}
		if e != rules.ElectionDay {
			add("event.date."+k, 0)
		}
	}
	for _, h := range rules.FederalHolidays(2024) {
		add("holiday."+h.Key, 0)
	}
	all, err := races.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range all {
		add("race."+p.RaceID, 0)
	}
	for _, j := range law.All() {
		add("state."+j.Code, 0)
		for _, p := range j.Past {
			add("race."+p.Race, 0)
		}
		for _, h := range j.Holidays.Rules {
			add("holiday."+strings.TrimSuffix(h.Key, "-observed"), 0)
		}
		for _, t := range j.Ties {
			if t.Kind != rules.TieUnknown {
				add("tie."+string(t.Kind), 0)
			}
		}
		for _, v := range j.Versions {
			if len(j.Versions) > 1 {
				add("version."+v.ID, 0)
			}
			for _, f := range v.Facts {
				add("fact."+f.Kind, len(f.Numbers))
			}
			for _, rd := range v.Readings {
				if len(v.Readings) > 1 {
					add("reading."+rd.ID, 0)
				}
				for _, rt := range rd.Routes {
					for _, q := range rt.Who {
						add("who."+string(q.Kind), 1)
					}
					for _, tier := range rt.Tiers {
						if tier.Cost.Kind != rules.CostUnstated {
							add("cost."+string(tier.Cost.Kind), 0)
						}
						if tier.Method != rules.MethodUnstated {
							add("method."+string(tier.Method), 0)
							add("method.auto."+string(tier.Method), 0)
						}
					}
				}
				for _, f := range rd.Filings {
					add("receiver."+string(f.Receiver.Kind), 0)
				}
			}
			if c := v.Contest; c != nil {
				add("receiver."+string(c.Receiver.Kind), 0)
			}
		}
	}
	for _, lang := range Langs {
		w := For(lang)
		for key, nums := range need {
			tmpl, ok := w.msgs[key]
			if !ok {
				t.Errorf("%s: no words for %q", lang, key)
				continue
			}
			for _, ph := range placeholder.FindAllStringSubmatch(tmpl, -1) {
				n := 0
				for _, c := range ph[1] {
					n = n*10 + int(c-'0')
					if c < '0' || c > '9' {
						n = -1
						break
					}
				}
				if n < 1 || n > nums {
					if strings.HasPrefix(key, "date.") || strings.HasPrefix(key, "time.") {
						continue // filled by the formats themselves
					}
					t.Errorf("%s: %q uses {%s}, but the data gives it %d numbers", lang, key, ph[1], nums)
				}
			}
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// Half-up rounding, every decimal shown; shares near a line get the digits
// that tell them apart from it.
func TestNumberFormats(t *testing.T) {
	w := For(English)
	for _, c := range []struct {
		r    rules.Ratio
		want string
	}{
		{rules.Ratio{Num: 2474507, Den: 4998482}, "49.51%"}, // Biden 2020, as the Secretary of State published it
		{rules.Ratio{Num: 832, Den: 92502}, "0.90%"},        // truncating would say 0.89%
		{rules.Ratio{Num: 45705, Den: 92169}, "49.59%"},
		{rules.Ratio{Num: 40, Den: 100}, "40.00%"},
		{rules.Ratio{Num: 20, Den: 107086}, "0.02%"},
		{rules.Ratio{Num: 1, Den: 200}, "0.50%"},
		{rules.Ratio{Num: 0, Den: 5}, "0.00%"},
	} {
		if got := w.Pct(c.r, 2); got != c.want {
			t.Errorf("Pct(%d/%d) = %s, want %s", c.r.Num, c.r.Den, got, c.want)
		}
	}
	// 0.5002% beside a 0.5% line.
	if got := w.PctNear(rules.Ratio{Num: 5002, Den: 1000000}, rules.Ratio{Num: 1, Den: 200}); got != "0.5002%" {
		t.Errorf("PctNear = %s", got)
	}
	if got := w.Share(rules.Percent * 15 / 1000); got != "0.015%" {
		t.Errorf("Share(0.015%%) = %s", got)
	}
	if got := w.Share(rules.Percent); got != "1%" {
		t.Errorf("Share(1%%) = %s", got)
	}
	if got := w.Num(1234567); got != "1,234,567" {
		t.Errorf("Num = %s", got)
	}
	if got := w.Date(20171205); got != "Tuesday, December 5, 2017" {
		t.Errorf("Date = %s", got)
	}
	if got := w.Time(17 * 60); got != "5 p.m." {
		t.Errorf("Time = %s", got)
	}
	if got := w.Time(12 * 60); got != "noon" {
		t.Errorf("Time(noon) = %s", got)
	}
	// Plural forms follow the count.
	if got := M.LineVotes.In(w, 1); got != "no more than 1 vote" {
		t.Errorf("one: %q", got)
	}
	if got := M.LineVotes.In(w, 2); got != "no more than 2 votes" {
		t.Errorf("two: %q", got)
	}
	if got := w.List([]string{"A", "B", "C"}); got != "A, B and C" {
		t.Errorf("List = %q", got)
	}
}

// The catalogues hold the same keys, and each message the same
// placeholders and plurals in every language: a message that exists in one
// language and not another fails here, whichever is missing.
func TestCataloguesAgree(t *testing.T) {
	en := For(English)
	for _, lang := range Langs[1:] {
		w := For(lang)
		if err := w.Err(); err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		for k := range en.msgs {
			if _, ok := w.msgs[k]; !ok {
				t.Errorf("%s lacks %q", lang, k)
			}
		}
		for k, v := range w.msgs {
			e, ok := en.msgs[k]
			if !ok {
				t.Errorf("%s has %q, which English does not", lang, k)
				continue
			}
			if a, b := names(e), names(v); !slices.Equal(a, b) {
				t.Errorf("%s %q uses %v, English %v", lang, k, b, a)
			}
			for _, ph := range placeholder.FindAllStringSubmatch(v, -1) {
				if ph[2] != "" && strings.Count(ph[2], "|") != 2 {
					t.Errorf("%s %q: a plural needs two forms: %s", lang, k, ph[0])
				}
			}
		}
	}
}

// names lists a template's placeholders, each once, sorted.
func names(tmpl string) []string {
	var out []string
	for _, ph := range placeholder.FindAllStringSubmatch(tmpl, -1) {
		if !slices.Contains(out, ph[1]) {
			out = append(out, ph[1])
		}
	}
	slices.Sort(out)
	return out
}

// Spanish numbers, dates, times and lists as the README says: US Spanish
// (decimal point, comma groups, as on ballots and results pages here),
// "martes, 5 de diciembre de 2017", "5 p. m.", and one vote / two votes.
func TestSpanishFormats(t *testing.T) {
	w := For(Spanish)
	d, err := rules.ParseDate("2017-12-05")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ got, want string }{
		{w.Num(46667), "46,667"},
		{w.Pct(rules.Ratio{Num: 2474507, Den: 4998482}, 2), "49.51%"},
		{w.Date(d), "martes, 5 de diciembre de 2017"},
		{w.ShortDate(d), "5 de diciembre de 2017"},
		{w.Time(17 * 60), "5 p. m."},
		{w.Time(9*60 + 30), "9:30 a. m."},
		{w.Time(12 * 60), "mediodía"},
		{w.List([]string{"A", "B", "C"}), "A, B y C"},
		{w.Or([]string{"A", "B"}), "A o B"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	for n, want := range map[Count]string{1: " 1 voto ", 2: " 2 votos ", 1000: " 1,000 votos "} {
		if got := M.Trails.In(w, "Ana", "Bea", n); !strings.Contains(got, want) {
			t.Errorf("trails by %d: %q, want it to say %q", n, got, want)
		}
	}
}

// The English names of the states are the data's own names.
func TestStateNames(t *testing.T) {
	w := For(English)
	for _, j := range law.All() {
		if got := w.Key("state." + j.Code); got != j.Name {
			t.Errorf("state.%s = %q, but the data names it %q", j.Code, got, j.Name)
		}
	}
}
