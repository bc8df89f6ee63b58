// Package races holds real races the explainer offers as presets: each at one
// count stage (election night, certified, after the recount), with the source
// of every figure. It is data, read by the page; the law is in package rules.
package races

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/recount-explainer/recount/rules"
)

// Stage is when in the count a set of figures was published.
type Stage string

// The count stages.
const (
	Unofficial Stage = "unofficial" // election night, before provisional and late ballots
	Certified  Stage = "certified"
	Recounted  Stage = "recount" // after the recount, recertified
)

// Preset is one real race at one count stage.
type Preset struct {
	ID        string // RaceID + "-" + Stage, the page's "preset" parameter
	RaceID    string
	Title     string // the race as the source names it ("Atlanta mayor runoff")
	Stage     Stage
	StageDate rules.Date // when these figures were published or certified
	Race      rules.Race
	// Status of the figures: rules.Reported unless read in the Secretary
	// of State's published results.
	Status rules.Status
	Source string
	Note   string
}

// The project's copy of shared/facts/races.tsv: one row per candidate per
// stage, with sources.
//
//go:embed races.tsv
var racesTSV string

var (
	loadOnce sync.Once
	presets  []Preset
	loadErr  error
)

// All returns the Georgia presets in file order. The races of other states in
// the data are kept for later and not returned.
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

// parse reads the rows of races.tsv into presets. A recount stage keeps its
// race's certification date, so the deadline shown is the one that applied.
func parse(tsv string) ([]Preset, error) {
	lines := strings.Split(strings.TrimSpace(tsv), "\n")
	head := strings.Split(lines[0], "\t")
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	var out []Preset
	index := map[string]int{}
	certified := map[string]rules.Date{}
	for n, line := range lines[1:] {
		f := strings.Split(line, "\t")
		for len(f) < len(head) {
			f = append(f, "")
		}
		get := func(name string) string { return f[col[name]] }
		if get("state") != "GA" {
			continue
		}
		bad := func(what string) error { return fmt.Errorf("races.tsv line %d: %s", n+2, what) }
		election, err := rules.ParseDate(get("election_date"))
		if err != nil {
			return nil, bad("election_date")
		}
		stageDate, err := rules.ParseDate(get("stage_date"))
		if err != nil {
			return nil, bad("stage_date")
		}
		counties, err := strconv.Atoi(get("counties"))
		if err != nil {
			return nil, bad("counties")
		}
		votes, err := rules.ParseVotes(get("votes"))
		if err != nil {
			return nil, bad("votes")
		}
		stage := Stage(get("stage"))
		id := get("race_id") + "-" + string(stage)
		if stage == Certified {
			certified[get("race_id")] = stageDate
		}
		i, ok := index[id]
		if !ok {
			p := Preset{
				ID: id, RaceID: get("race_id"), Title: get("race"), Stage: stage, StageDate: stageDate,
				Status: map[string]rules.Status{"V": rules.Verified}[get("status")],
				Source: get("source"), Note: get("note"),
				Race: rules.Race{State: "GA", Election: election, Type: rules.ElectionType(get("election_type")),
					Office: rules.OfficeLevel(get("office_level")), Counties: counties},
			}
			if p.Status == "" {
				p.Status = rules.Reported
			}
			if stage != Unofficial {
				p.Race.Certified = certified[p.RaceID]
			}
			if p.RaceID == "georgia-2020-president" {
				p.Race.Winner = rules.Plurality // presidential electors: no runoff
			}
			out = append(out, p)
			i = len(out) - 1
			index[id] = i
		} else if note := get("note"); note != "" {
			out[i].Note = strings.TrimSpace(out[i].Note + "; " + note)
		}
		out[i].Race.Candidates = append(out[i].Race.Candidates, rules.Candidate{Name: get("candidate"), Votes: votes})
	}
	return out, nil
}
