// Package ui is the page (directory app/): go-app components that render
// what package rules returns, one component per file, plus the page's URL
// contract (this file) and its words (words_*.go).
package ui

import (
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/recount-explainer/recount/races"
	"github.com/recount-explainer/recount/rules"
)

// DefaultPreset is the race shown when the address names none.
const DefaultPreset = "atlanta-2017-runoff-certified"

// maxRows bounds the rows read from an address, so a hostile link cannot
// make the page build thousands of inputs; one past the limit is kept so the
// reader is told there are too many.
const maxRows = rules.MaxCandidates + 1

// Row is one candidate row as typed: name and votes exactly as entered.
type Row struct {
	Name  string
	Votes string
}

// Form is a race exactly as the reader typed it (or a link carried it): raw
// strings, kept as typed, parsed separately by Race.
type Form struct {
	State    string
	Date     string
	Type     string
	Office   string
	Counties string
	Cert     string
	Winner   string
	Lang     string
	Rows     []Row
}

// FormOf returns the form for a preset, with vote counts written with
// thousands separators as people read them.
func FormOf(p races.Preset) Form {
	f := Form{
		State: p.Race.State, Date: p.Race.Election.String(), Type: string(p.Race.Type),
		Office: string(p.Race.Office), Counties: strconv.Itoa(p.Race.Counties),
		Cert: p.Race.Certified.String(), Winner: string(p.Race.Winner), Lang: "en",
	}
	if f.Winner == "" {
		f.Winner = string(rules.Majority)
	}
	for _, c := range p.Race.Candidates {
		f.Rows = append(f.Rows, Row{Name: c.Name, Votes: groupDigits(strconv.FormatInt(c.Votes, 10), ",")})
	}
	return f
}

// ParseQuery reads a race from an address's query, as the README's link
// contract describes: state, date, type, office, counties, cert, winner,
// lang, candidate and votes repeated in pairs, and preset (explicit
// parameters override the preset's). With none of them, the default preset.
// It also applies the no-script form buttons: add=1 appends an empty row and
// remove=N drops row N (0-based). Unknown parameters are ignored.
func ParseQuery(q url.Values) (f Form, presetID string) {
	presetID = q.Get("preset")
	p, ok := races.ByID(presetID)
	if !ok {
		presetID = ""
		if !hasRaceParams(q) {
			p, _ = races.ByID(DefaultPreset)
			presetID = DefaultPreset
		}
	}
	if p.ID != "" {
		f = presetForm(p.ID)
	} else {
		f = Form{State: "GA", Type: string(rules.General), Office: string(rules.Municipal),
			Counties: "1", Winner: string(rules.Majority), Lang: "en"}
	}
	for _, s := range []struct {
		key string
		dst *string
	}{
		{"state", &f.State}, {"date", &f.Date}, {"type", &f.Type}, {"office", &f.Office},
		{"counties", &f.Counties}, {"cert", &f.Cert}, {"winner", &f.Winner}, {"lang", &f.Lang},
	} {
		if q.Has(s.key) {
			*s.dst = strings.TrimSpace(q.Get(s.key))
		}
	}
	if q.Has("candidate") || q.Has("votes") {
		names, votes := q["candidate"], q["votes"]
		n := min(max(len(names), len(votes)), maxRows)
		f.Rows = make([]Row, n)
		for i := range f.Rows {
			if i < len(names) {
				f.Rows[i].Name = names[i]
			}
			if i < len(votes) {
				f.Rows[i].Votes = votes[i]
			}
		}
	}
	if i, err := strconv.Atoi(q.Get("remove")); err == nil && i >= 0 && i < len(f.Rows) {
		f = f.WithoutRow(i)
	}
	if q.Get("add") != "" {
		f = f.WithRow()
	}
	if f.Lang == "" {
		f.Lang = "en"
	}
	if presetID != "" && !f.Equal(presetForm(presetID)) {
		presetID = ""
	}
	return f, presetID
}

func hasRaceParams(q url.Values) bool {
	for _, k := range []string{"state", "date", "type", "office", "counties", "cert", "winner", "candidate", "votes"} {
		if q.Has(k) {
			return true
		}
	}
	return false
}

// Query returns the address query for f: just the preset id when f is a
// preset unchanged, and otherwise every field, in the names the form
// submits. ParseQuery(f.Query()) gives f back.
func (f Form) Query() url.Values {
	if id := f.PresetID(); id != "" {
		return url.Values{"preset": {id}}
	}
	q := url.Values{}
	q.Set("state", f.State)
	q.Set("date", f.Date)
	q.Set("type", f.Type)
	q.Set("office", f.Office)
	q.Set("counties", f.Counties)
	if f.Cert != "" {
		q.Set("cert", f.Cert)
	}
	if f.Winner != "" && f.Winner != string(rules.Majority) {
		q.Set("winner", f.Winner)
	}
	if f.Lang != "" && f.Lang != "en" {
		q.Set("lang", f.Lang)
	}
	for _, r := range f.Rows {
		q.Add("candidate", r.Name)
		q.Add("votes", r.Votes)
	}
	return q
}

// PresetID returns the id of the preset f equals, or "".
func (f Form) PresetID() string {
	for _, p := range presetForms() {
		if f.Equal(p.form) {
			return p.id
		}
	}
	return ""
}

type presetFormEntry struct {
	id   string
	form Form
}

// presetForm returns a copy of the form of the preset with the given id.
func presetForm(id string) Form {
	for _, p := range presetForms() {
		if p.id == id {
			f := p.form
			f.Rows = append([]Row(nil), p.form.Rows...)
			return f
		}
	}
	return Form{}
}

var (
	presetFormsOnce sync.Once
	presetFormList  []presetFormEntry
)

// presetForms returns every preset's form, made once: PresetID runs on
// every keystroke.
func presetForms() []presetFormEntry {
	presetFormsOnce.Do(func() {
		all, _ := races.All()
		for _, p := range all {
			presetFormList = append(presetFormList, presetFormEntry{p.ID, FormOf(p)})
		}
	})
	return presetFormList
}

// Equal reports whether f and g hold the same text in every field.
func (f Form) Equal(g Form) bool {
	if len(f.Rows) != len(g.Rows) {
		return false
	}
	for i := range f.Rows {
		if f.Rows[i] != g.Rows[i] {
			return false
		}
	}
	f.Rows, g.Rows = nil, nil
	return f.State == g.State && f.Date == g.Date && f.Type == g.Type && f.Office == g.Office &&
		f.Counties == g.Counties && f.Cert == g.Cert && f.Winner == g.Winner && f.Lang == g.Lang
}

// WithRow returns f with an empty candidate row added, up to the limit.
func (f Form) WithRow() Form {
	if len(f.Rows) >= rules.MaxCandidates {
		return f
	}
	f.Rows = append(append([]Row(nil), f.Rows...), Row{})
	return f
}

// WithoutRow returns f without row i, keeping at least two rows.
func (f Form) WithoutRow(i int) Form {
	if i < 0 || i >= len(f.Rows) || len(f.Rows) <= rules.MinCandidates {
		return f
	}
	rows := append([]Row(nil), f.Rows[:i]...)
	f.Rows = append(rows, f.Rows[i+1:]...)
	return f
}

// Race parses f into a race for the engine. Every problem is returned, each
// naming its field (and row), in the order of the form.
func (f Form) Race() (rules.Race, error) {
	var es rules.InputErrors
	bad := func(field rules.Field, i int, err error) {
		p, _ := err.(rules.Problem)
		es = append(es, &rules.InputError{Field: field, Index: i, Problem: p})
	}
	r := rules.Race{State: strings.ToUpper(f.State), Type: rules.ElectionType(f.Type),
		Office: rules.OfficeLevel(f.Office), Winner: rules.WinnerRule(f.Winner)}
	var err error
	if r.Election, err = rules.ParseDate(f.Date); err != nil {
		bad(rules.FieldDate, -1, err)
	}
	if f.Cert != "" {
		if r.Certified, err = rules.ParseDate(f.Cert); err != nil {
			bad(rules.FieldCert, -1, err)
		}
	}
	if n, err := rules.ParseVotes(f.Counties); err != nil {
		bad(rules.FieldCounties, -1, err)
	} else if n > rules.GeorgiaCounties {
		r.Counties = rules.GeorgiaCounties + 1
	} else {
		r.Counties = int(n)
	}
	for i, row := range f.Rows {
		v, err := rules.ParseVotes(row.Votes)
		if err != nil {
			bad(rules.FieldVotes, i, err)
		}
		r.Candidates = append(r.Candidates, rules.Candidate{Name: strings.TrimSpace(row.Name), Votes: v})
	}
	if err := r.Validate(); err != nil {
		for _, e := range err.(rules.InputErrors) {
			if !hasField(es, e.Field) {
				es = append(es, e)
			}
		}
	}
	if len(es) > 0 {
		return r, es
	}
	return r, nil
}

func hasField(es rules.InputErrors, f rules.Field) bool {
	for _, e := range es {
		if e.Field == f {
			return true
		}
	}
	return false
}

// groupDigits writes a run of digits in groups of three, "46667" →
// "46,667".
func groupDigits(s, sep string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}
