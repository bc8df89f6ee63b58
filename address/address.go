// Package address is the page's URL contract: what an address names, in
// exactly the names the page's plain HTML form submits. It keeps the race
// (what is counted: state, dates, office, candidates, votes) apart from the
// view (how it is shown: language, no-wasm mode, and later embed and
// classroom modes), so a view parameter never changes a verdict and
// ?preset=…&lang=es still names its preset.
package address

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/recount-explainer/recount/races"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// DefaultPreset is the race shown when the address names none.
const DefaultPreset = "atlanta-2017-runoff-certified"

// DefaultState is the state of an address that names a race but no state:
// the first links were Georgia's.
const DefaultState = "GA"

// WinnerLaw is the form's value for "the winner rule the state's law
// sets" (no winner parameter): an option with an empty value would submit
// its label.
const WinnerLaw = "law"

// maxRows bounds the rows read from an address, so a hostile link cannot
// make the page build thousands of inputs; one past the limit is kept so
// the reader is told there are too many.
const maxRows = rules.MaxCandidates + 1

// Row is one candidate row as typed: name and votes exactly as entered.
type Row struct {
	Name  string
	Votes string
}

// Race is a race exactly as the reader typed it (or a link carried it):
// raw strings, kept as typed, parsed separately by Rules.
type Race struct {
	State    string
	Date     string
	Type     string
	Office   string
	Counties string
	Cert     string
	Stage    string
	Winner   string
	Rows     []Row
}

// View is how the page shows a race. Nothing in it changes a verdict.
type View struct {
	Lang words.Lang
	// NoWasm: ?wasm=false, the page stays prerendered HTML and its form
	// works by round trip (kept across submissions).
	NoWasm bool
	// AllSteps: an embed shows every step inline (steps=all).
	AllSteps bool
	// Dark is the colour scheme: "auto" (the reader's; the default),
	// "true" or "false" (dark=…).
	Dark string
	// Accent is a colour for links and marks, six hex digits without "#"
	// (accent=…); "" for the page's own.
	Accent string
	// Font is one of Fonts (font=…); "" for the page's own.
	Font string
	// Guess is the classroom's guess-first mode (mode=guess) and what the
	// student has guessed. It changes what is shown when, never a verdict.
	Guess Guess
	// Key: the printed handout includes the teacher's answer key on a page
	// of its own (key=true).
	Key bool
}

// Guess is a student's guesses in guess mode. The zero Guess is the normal
// page: no guessing.
type Guess struct {
	// On: the page asks before it answers (mode=guess).
	On bool
	// Answer is "yes", "no" or "depends" (guess=…): can the losing
	// candidate get a recount? "" until the student commits.
	Answer string
	// Where is the kind of office the student thinks receives the request
	// (guess-where=…, a rules.ReceiverKind), or "" for no guess.
	Where string
	// When is the date the student thinks the request is due
	// (guess-when=YYYY-MM-DD), or "" for no guess.
	When string
}

// Answers are the values Guess.Answer takes, in the order the page offers
// them.
var Answers = []string{"yes", "no", "depends"}

// Committed reports whether the student has answered the main question, so
// the page may reveal the walkthrough.
func (g Guess) Committed() bool { return g.On && g.Answer != "" }

// Fonts are the font families a host may choose for an embed: an
// allow-list, so no address can load a stylesheet or a font from elsewhere.
var Fonts = []string{"sans", "serif", "system"}

// Address is what a page address names.
type Address struct {
	Race Race
	// Preset is the id of the preset Race equals, or "".
	Preset string
	// Unknown is a preset id the address asked for that does not exist
	// (the page says so and shows the default race).
	Unknown string
	View    View
}

// Parse reads an address: the race its query names, or the preset its path
// names (/race/<id>/), explicit parameters overriding a preset's; with
// neither, the default preset. Unknown parameters are ignored (hosts add
// their own). The no-script form's buttons apply too: add=1 appends an
// empty row and remove=N drops row N (0-based).
func Parse(u *url.URL) Address {
	q := u.Query()
	var a Address
	id := q.Get("preset")
	if pid, ok := PresetPath(u.Path); ok && !q.Has("preset") {
		id = pid
	}
	p, ok := races.ByID(id)
	switch {
	case ok:
		a.Race = FromPreset(p)
	case id != "":
		a.Unknown = id
		fallthrough
	case !hasRace(q):
		p, _ = races.ByID(DefaultPreset)
		a.Race = FromPreset(p)
	default:
		a.Race = Race{State: DefaultState, Type: string(rules.General), Office: string(rules.Municipal), Counties: "1"}
	}
	if id != "" && ok && hasRace(q) || !ok && hasRace(q) && id == "" {
		a.Race.Stage = "" // explicit figures: certified unless the link says otherwise
	}
	for _, s := range []struct {
		key string
		dst *string
	}{
		{"state", &a.Race.State}, {"date", &a.Race.Date}, {"type", &a.Race.Type}, {"office", &a.Race.Office},
		{"counties", &a.Race.Counties}, {"cert", &a.Race.Cert}, {"stage", &a.Race.Stage}, {"winner", &a.Race.Winner},
	} {
		if q.Has(s.key) {
			*s.dst = strings.TrimSpace(q.Get(s.key))
		}
	}
	a.Race.State = strings.ToUpper(a.Race.State)
	if a.Race.Winner == WinnerLaw {
		a.Race.Winner = ""
	}
	if q.Has("candidate") || q.Has("votes") {
		names, votes := q["candidate"], q["votes"]
		n := min(max(len(names), len(votes)), maxRows)
		a.Race.Rows = make([]Row, n)
		for i := range a.Race.Rows {
			if i < len(names) {
				a.Race.Rows[i].Name = names[i]
			}
			if i < len(votes) {
				a.Race.Rows[i].Votes = votes[i]
			}
		}
	}
	if i, err := strconv.Atoi(q.Get("remove")); err == nil && i >= 0 && i < len(a.Race.Rows) {
		a.Race = a.Race.WithoutRow(i)
	}
	if q.Get("add") != "" {
		a.Race = a.Race.WithRow()
	}
	a.View.Lang = LangOf(u)
	a.View.NoWasm = q.Get("wasm") == "false"
	a.View.AllSteps = q.Get("steps") == "all"
	switch d := q.Get("dark"); d {
	case "true", "false":
		a.View.Dark = d
	default:
		a.View.Dark = "auto"
	}
	if c := strings.TrimPrefix(q.Get("accent"), "#"); len(c) == 6 && strings.Trim(strings.ToLower(c), "0123456789abcdef") == "" {
		a.View.Accent = strings.ToLower(c)
	}
	for _, f := range Fonts {
		if q.Get("font") == f {
			a.View.Font = f
		}
	}
	a.View.Guess = parseGuess(q)
	a.View.Key = q.Get("key") == "true"
	a.Preset = a.Race.PresetID()
	return a
}

// parseGuess reads guess mode's parameters; a value out of range is no
// guess (the student is asked again), never an error.
func parseGuess(q url.Values) Guess {
	if q.Get("mode") != "guess" {
		return Guess{}
	}
	g := Guess{On: true}
	if a := q.Get("guess"); slices.Contains(Answers, a) {
		g.Answer = a
	}
	if w := q.Get("guess-where"); len(w) <= 40 && w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz-") == "" {
		g.Where = w
	}
	if d, err := rules.ParseDate(q.Get("guess-when")); err == nil && d.Valid() {
		g.When = d.String()
	}
	return g
}

// hasRace reports whether a query names any part of a race.
func hasRace(q url.Values) bool {
	for _, k := range []string{"state", "date", "type", "office", "counties", "cert", "stage", "winner", "candidate", "votes"} {
		if q.Has(k) {
			return true
		}
	}
	return false
}

// PresetPath returns the preset id of a preset's own addresses: its page
// /race/<id>/, its embed /embed/<id>/ and its card /card/<id>.png (after any
// sub-path prefix), which a static host can serve as files.
func PresetPath(path string) (string, bool) {
	path = strings.TrimSuffix(strings.TrimSuffix(path, "/"), ".png")
	for _, dir := range []string{"/race/", "/embed/", "/card/"} {
		i := strings.LastIndex(path, dir)
		if i < 0 {
			continue
		}
		id := path[i+len(dir):]
		if id == "" || strings.Contains(id, "/") {
			return "", false
		}
		return id, true
	}
	return "", false
}

// IsEmbed reports whether a path is an embed's: /embed or /embed/<id>/.
func IsEmbed(path string) bool {
	return strings.HasSuffix(path, "/embed") || strings.Contains(path, "/embed/")
}

// Query returns the address query for a: just the preset id when the race
// is a preset unchanged, and otherwise every field of the race, then the
// view's parameters where they differ from the defaults. Parse of a URL with
// this query gives a back.
func (a Address) Query() url.Values {
	q := a.Race.Query()
	if a.View.Lang != "" && a.View.Lang != words.English {
		q.Set("lang", string(a.View.Lang))
	}
	if a.View.NoWasm {
		q.Set("wasm", "false")
	}
	if a.View.AllSteps {
		q.Set("steps", "all")
	}
	if a.View.Dark == "true" || a.View.Dark == "false" {
		q.Set("dark", a.View.Dark)
	}
	if a.View.Accent != "" {
		q.Set("accent", a.View.Accent)
	}
	if a.View.Font != "" {
		q.Set("font", a.View.Font)
	}
	if g := a.View.Guess; g.On {
		q.Set("mode", "guess")
		for k, v := range map[string]string{"guess": g.Answer, "guess-where": g.Where, "guess-when": g.When} {
			if v != "" {
				q.Set(k, v)
			}
		}
	}
	if a.View.Key {
		q.Set("key", "true")
	}
	return q
}

// Canonical is the address's query in canonical form: the same for every
// address that shows the same page (parameters in any order, a preset by
// id or in full, with or without a news host's tracking parameters). The
// server caches pages under it.
func (a Address) Canonical() string { return a.Query().Encode() }

// Query returns the query naming the race alone: its preset's id when it
// is one, else every field.
func (r Race) Query() url.Values {
	if id := r.PresetID(); id != "" {
		return url.Values{"preset": {id}}
	}
	return r.FullQuery()
}

// FullQuery returns the query naming every field of the race, even where it
// is a preset (for a link that changes one of them).
func (r Race) FullQuery() url.Values {
	q := url.Values{}
	q.Set("state", r.State)
	q.Set("date", r.Date)
	q.Set("type", r.Type)
	q.Set("office", r.Office)
	q.Set("counties", r.Counties)
	if r.Cert != "" {
		q.Set("cert", r.Cert)
	}
	if r.Stage != "" && r.Stage != string(rules.Certified) {
		q.Set("stage", r.Stage)
	}
	if r.Winner != "" {
		q.Set("winner", r.Winner)
	}
	for _, row := range r.Rows {
		q.Add("candidate", row.Name)
		q.Add("votes", row.Votes)
	}
	return q
}

// FromPreset returns the race of a preset, with vote counts written with
// thousands separators as people read them.
func FromPreset(p races.Preset) Race {
	r := Race{
		State: p.Race.State, Date: p.Race.Election.String(), Type: string(p.Race.Type),
		Office: string(p.Race.Office), Counties: strconv.Itoa(p.Race.Counties),
		Cert: p.Race.Base.String(), Stage: string(p.Race.Stage), Winner: string(p.Race.Winner),
	}
	for _, c := range p.Race.Candidates {
		r.Rows = append(r.Rows, Row{Name: c.Name, Votes: words.Group(c.Votes)})
	}
	return r
}

// PresetID returns the id of the preset r equals, or "".
func (r Race) PresetID() string {
	all, _ := races.All()
	for _, p := range all {
		if p.Race.State == r.State && p.Race.Election.String() == r.Date && len(p.Race.Candidates) == len(r.Rows) &&
			r.Equal(FromPreset(p)) {
			return p.ID
		}
	}
	return ""
}

// Equal reports whether r and s hold the same text in every field.
func (r Race) Equal(s Race) bool {
	if len(r.Rows) != len(s.Rows) {
		return false
	}
	for i := range r.Rows {
		if r.Rows[i] != s.Rows[i] {
			return false
		}
	}
	stage := func(x string) string {
		if x == "" {
			return string(rules.Certified)
		}
		return x
	}
	return r.State == s.State && r.Date == s.Date && r.Type == s.Type && r.Office == s.Office &&
		r.Counties == s.Counties && r.Cert == s.Cert && stage(r.Stage) == stage(s.Stage) && r.Winner == s.Winner
}

// WithRow returns r with an empty candidate row added, up to the limit.
func (r Race) WithRow() Race {
	if len(r.Rows) >= rules.MaxCandidates {
		return r
	}
	r.Rows = append(append([]Row(nil), r.Rows...), Row{})
	return r
}

// WithoutRow returns r without row i, keeping at least two rows.
func (r Race) WithoutRow(i int) Race {
	if i < 0 || i >= len(r.Rows) || len(r.Rows) <= rules.MinCandidates {
		return r
	}
	rows := append([]Row(nil), r.Rows[:i]...)
	r.Rows = append(rows, r.Rows[i+1:]...)
	return r
}

// Rules parses r into a race for the engine. Every problem is returned,
// each naming its field (and row), in the order of the form. j is the
// jurisdiction r.State names (nil when unknown).
func (r Race) Rules(j *rules.Jurisdiction) (rules.Race, error) {
	var es rules.InputErrors
	bad := func(field rules.Field, i int, err error) {
		p, _ := err.(rules.Problem)
		es = append(es, &rules.InputError{Field: field, Index: i, Problem: p})
	}
	out := rules.Race{State: r.State, Type: rules.ElectionType(r.Type), Office: rules.Office(r.Office),
		Stage: rules.Stage(r.Stage), Winner: rules.WinnerRule(r.Winner)}
	var err error
	if out.Election, err = rules.ParseDate(r.Date); err != nil {
		bad(rules.FieldDate, -1, err)
	}
	if r.Cert != "" {
		if out.Base, err = rules.ParseDate(r.Cert); err != nil {
			bad(rules.FieldBase, -1, err)
		}
	}
	if strings.TrimSpace(r.Counties) != "" {
		n, err := rules.ParseVotes(r.Counties)
		switch {
		case err != nil:
			bad(rules.FieldCounties, -1, err)
		case n > 1_000_000:
			out.Counties = 1_000_000
		default:
			out.Counties = int(n)
		}
		if err == nil && n == 0 {
			out.Counties = -1 // 0 is not a number of counties: Validate says so
		}
	}
	for i, row := range r.Rows {
		v, err := rules.ParseVotes(row.Votes)
		if err != nil {
			bad(rules.FieldVotes, i, err)
		}
		out.Candidates = append(out.Candidates, rules.Candidate{Name: strings.TrimSpace(row.Name), Votes: v})
	}
	if err := out.Validate(j); err != nil {
		for _, e := range err.(rules.InputErrors) {
			if !es.Has(e.Field) {
				es = append(es, e)
			}
		}
	}
	if len(es) > 0 {
		return out, es
	}
	return out, nil
}

// LangOf is the language an address asks for: its "lang" parameter, else a
// language's own path (/es/…, which a static host serves as files), else
// English.
func LangOf(u *url.URL) words.Lang {
	if l, ok := words.ParseLang(u.Query().Get("lang")); ok {
		return l
	}
	for _, seg := range strings.Split(u.Path, "/") {
		if seg == string(words.Spanish) {
			if l, ok := words.ParseLang(seg); ok {
				return l
			}
		}
	}
	return words.English
}

// LangPath returns a site path in a language: under /es/ for Spanish, as
// is for English. The path is one of the site's own (/, /race/<id>/,
// /compare, /teach, /glossary).
func LangPath(l words.Lang, path string) string {
	path = StripLang(path)
	if l == "" || l == words.English {
		return path
	}
	return "/" + string(l) + path
}

// StripLang removes a language's path prefix: /es/race/x/ gives /race/x/.
func StripLang(path string) string {
	if rest, ok := strings.CutPrefix(path, "/"+string(words.Spanish)+"/"); ok {
		return "/" + rest
	}
	if path == "/"+string(words.Spanish) {
		return "/"
	}
	return path
}

// Path is the address as a site path and query: a preset under its own
// path (/race/<id>/, /es/race/<id>/ in Spanish) with any view parameters
// after it, any other race as the page's query; the language is in the
// path, never in the query.
func (a Address) Path() string {
	q := a.Query()
	q.Del("lang")
	path := LangPath(a.View.Lang, "/")
	if id := a.Race.PresetID(); id != "" {
		path = LangPath(a.View.Lang, "/race/"+id+"/")
		q.Del("preset")
	}
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}
