package app

import (
	"slices"

	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/races"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/words"
)

// view is one address evaluated, and what every component needs to say it:
// the words of its language, the result (or the input errors), the preset
// shown, the numbering of its sources, and the tense of its story.
type view struct {
	W    *words.Words
	Addr address.Address
	// J is the jurisdiction the race names; nil when the state is unknown.
	J *rules.Jurisdiction
	// R is the result; nil while the input has problems.
	R   *rules.Result
	Err rules.InputErrors
	// Preset is the preset shown, or nil.
	Preset *races.Preset
	// Refs are the source ids cited on the page, in the order of the
	// sources panel; a source's note number is its index + 1.
	Refs []string
	// Past: the race's deadline (or, without one, its election) is behind
	// today, so the page tells it in the past tense.
	Past bool
	// G links glossary terms in the page's sentences; nil links none (the
	// embed, the comparison).
	G *glosser
	// Loading is set in the browser while the law of the race's state is
	// being fetched (the wasm carries the law of the state it was loaded
	// for): R is nil and Err empty. LawFailed: the last fetch failed.
	Loading   bool
	LawFailed bool
}

// evaluate builds the view of an address on a given day.
func evaluate(a address.Address, today rules.Date) *view {
	v := &view{W: words.For(a.View.Lang), Addr: a, J: law.ByCode(a.Race.State)}
	if p, ok := races.ByID(a.Preset); ok {
		v.Preset = &p
	}
	if v.J == nil && law.Known(a.Race.State) {
		v.Loading = true
		return v
	}
	race, err := a.Race.Rules(v.J)
	if err == nil {
		var res rules.Result
		if res, err = rules.Evaluate(v.J, race); err == nil {
			v.R = &res
		}
	}
	if es, ok := err.(rules.InputErrors); ok {
		v.Err = es
	} else if err != nil {
		v.Err = rules.InputErrors{{Field: rules.FieldVotes, Index: -1, Problem: rules.ProblemTooLarge}}
	}
	if v.R != nil {
		v.Past = race.Election.AddDays(45) < today
		if d := v.R.Deadline; d != nil && d.Due != 0 {
			v.Past = d.Due < today
		}
		v.Refs = v.sources()
	}
	return v
}

// eachCite calls f for every cite of every statement the page makes.
func (v *view) eachCite(f func(rules.Cite)) {
	add := func(cs []rules.Cite) {
		for _, c := range cs {
			f(c)
		}
	}
	r := v.R
	add(r.RuleCite)
	for _, fd := range r.Findings {
		add(fd.Version.Cite)
		add(fd.Reading.Cite)
		for _, rcs := range [][]rules.RouteCheck{fd.Automatic, fd.Requested} {
			for _, rc := range rcs {
				add(rc.Route.Cite)
				for _, t := range rc.Route.Tiers {
					add(t.Cite)
					add(t.Cost.Cite)
				}
				for _, w := range rc.Route.Who {
					add(w.Cite)
				}
				if rc.Route.Finish != nil {
					add(rc.Route.Finish.Cite)
				}
				if rc.Route.Waiver != nil {
					add(rc.Route.Waiver.Cite)
				}
			}
		}
		if fd.Filing != nil {
			add(fd.Filing.Receiver.Cite)
			add(fd.Filing.Deadline.Cite)
		}
		if c := fd.Version.Contest; c != nil {
			add(c.Cite)
		}
	}
	if d := r.Deadline; d != nil && d.Base != 0 {
		add(r.Jurisdiction.Holidays.Cite)
		for _, day := range d.Days {
			if day.Holiday != nil {
				add(day.Holiday.Cite)
			}
		}
	}
	for _, fa := range r.Facts {
		add(fa.Cite)
	}
	if r.Tie != nil && r.Outcome == rules.Tie {
		add(r.Tie.Cite)
	}
	if v.showHistory() {
		add([]rules.Cite{{Source: rules.SrcFairVote, Status: rules.Verified}, {Source: rules.SrcAPRecounts, Status: rules.Verified}})
		for _, p := range r.Jurisdiction.Past {
			add(p.Cite)
		}
	}
}

// sources collects every source the page cites, in the order of the
// sources panel: by group, then as first cited.
func (v *view) sources() []string {
	var ids []string
	v.eachCite(func(c rules.Cite) {
		if _, ok := v.J.SourceOf(c.Source); ok && !slices.Contains(ids, c.Source) {
			ids = append(ids, c.Source)
		}
	})
	statuses := v.citeStatuses()
	rank := func(id string) int {
		s, _ := v.J.SourceOf(id)
		return slices.Index(groupOrder, groupOf(s, statuses[id]))
	}
	sortStable(ids, func(a, b string) bool { return rank(a) < rank(b) })
	return ids
}

// ref returns a source's note number on this page, or 0.
func (v *view) ref(id string) int { return slices.Index(v.Refs, id) + 1 }

// showHistory reports whether the page shows what recounts usually change:
// only where a recount may happen.
func (v *view) showHistory() bool {
	r := v.R
	if r == nil || r.Closest() == nil {
		return false
	}
	return r.Request == rules.Yes || r.Automatic == rules.Yes || r.Request == rules.Depends || r.Automatic == rules.Depends
}

// name is a candidate's name, or "Candidate N" when the row was left blank.
func (v *view) name(i int) string {
	s := v.R.Standings[i]
	if s.Name != "" {
		return s.Name
	}
	return m.Unnamed.In(v.W, words.Count(s.Row+1))
}

// stateName is the jurisdiction's name.
func (v *view) stateName() string {
	if v.J == nil {
		return v.Addr.Race.State
	}
	return stateName(v.W, v.J.Code)
}

// sortStable sorts a short slice in place, keeping equal elements in order
// (an insertion sort: the page sorts at most a few dozen items, and a
// generic library sort per element type costs the wasm kilobytes).
func sortStable[T any](s []T, less func(a, b T) bool) {
	for i := 1; i < len(s); i++ {
		for k := i; k > 0 && less(s[k], s[k-1]); k-- {
			s[k], s[k-1] = s[k-1], s[k]
		}
	}
}
