// Package races holds real races the explainer offers as presets: each at
// one count stage (election night, certified, after the recount), with the
// source and status of its figures. It is data, read by the page; the law is
// in package rules, and each race's title is in package words.
package races

import (
	_ "embed" // the races
	"strconv"
	"strings"
	"sync"

	"github.com/recount-explainer/recount/rules"
)

// Preset is one real race at one count stage.
type Preset struct {
	// ID is RaceID + "-" + the stage ("unofficial", "certified",
	// "recount"): the page's "preset" parameter and the path /race/<id>/.
	ID     string
	RaceID string
	Stage  rules.Stage
	// StageDate is when these figures were published (zero where unknown).
	StageDate rules.Date
	// Race is the race as counted at this stage; its Base is the
	// certification date the deadline counts from, where known.
	Race rules.Race
	// Status of the figures: Verified where read in an election office's
	// own published results, Reported from news, Conflicting where sources
	// disagree or the figures were derived.
	Status rules.Status
	// Complete: every candidate is listed. Otherwise only the leading
	// candidates are, and the total leaves the others out.
	Complete bool
	// Source is where the figures were read (a URL or a publication).
	Source string
}

// The project's presets, normalised from the fact files
// (shared/facts/races.tsv, races-georgia-2.tsv, recount-races.tsv): one
// row per candidate per stage.
//
//go:embed races.tsv
var racesTSV string

var (
	loadOnce sync.Once
	presets  []Preset
	loadErr  error
)

// All returns every preset, in file order (Georgia first).
func All() ([]Preset, error) {
	loadOnce.Do(func() { presets, loadErr = parse(racesTSV) })
	return presets, loadErr
}

// ByID returns the preset with the given id.
func ByID(id string) (Preset, bool) {
	all, _ := All()
	for _, p := range all {
		if p.ID == id {
			return p, true
		}
	}
	return Preset{}, false
}

// Stages returns every preset of a race, in stage order.
func Stages(raceID string) []Preset {
	all, _ := All()
	var out []Preset
	for _, p := range all {
		if p.RaceID == raceID {
			out = append(out, p)
		}
	}
	return out
}

type parseError struct {
	line int
	what string
}

func (e *parseError) Error() string {
	return "races.tsv line " + strconv.Itoa(e.line) + ": " + e.what
}

func parse(tsv string) ([]Preset, error) {
	lines := strings.Split(strings.TrimSpace(tsv), "\n")
	col := map[string]int{}
	for i, h := range strings.Split(lines[0], "\t") {
		col[h] = i
	}
	var out []Preset
	index := map[string]int{}
	rank := map[rules.Status]int{rules.Verified: 0, rules.Reported: 1, rules.Conflicting: 2}
	for n, line := range lines[1:] {
		f := strings.Split(line, "\t")
		if len(f) != len(col) {
			return nil, &parseError{n + 2, "fields"}
		}
		get := func(name string) string { return f[col[name]] }
		date := func(name string) (rules.Date, error) {
			if get(name) == "" {
				return 0, nil
			}
			return rules.ParseDate(get(name))
		}
		election, err := rules.ParseDate(get("election_date"))
		if err != nil {
			return nil, &parseError{n + 2, "election_date"}
		}
		stageDate, err1 := date("stage_date")
		base, err2 := date("base_date")
		counties, err3 := strconv.Atoi(get("counties"))
		votes, err4 := rules.ParseVotes(get("votes"))
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			return nil, &parseError{n + 2, "a date, the counties or the votes"}
		}
		status := map[string]rules.Status{"V": rules.Verified, "S": rules.Reported, "?": rules.Conflicting}[get("status")]
		if status == "" {
			return nil, &parseError{n + 2, "status"}
		}
		stage := rules.Stage(get("stage"))
		// Preset ids keep the first links' names: "-recount" for the
		// figures after the recount.
		suffix := string(stage)
		if stage == rules.Recounted {
			suffix = "recount"
		}
		id := get("race_id") + "-" + suffix
		i, ok := index[id]
		if !ok {
			out = append(out, Preset{
				ID: id, RaceID: get("race_id"), Stage: stage, StageDate: stageDate, Status: status,
				Complete: get("complete") == "yes", Source: get("source"),
				Race: rules.Race{State: get("state"), Election: election, Type: rules.ElectionType(get("type")),
					Office: rules.Office(get("office")), Counties: counties, Base: base, Stage: stage},
			})
			i = len(out) - 1
			index[id] = i
		}
		if rank[status] > rank[out[i].Status] {
			out[i].Status = status
		}
		out[i].Race.Candidates = append(out[i].Race.Candidates, rules.Candidate{Name: get("candidate"), Votes: votes})
	}
	return out, nil
}
