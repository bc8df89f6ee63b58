package app

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// sourceGroup is a heading of the sources panel: what kind of source, and
// for laws whether their text was read.
type sourceGroup string

// The groups, in the panel's order.
const (
	groupLawRead   sourceGroup = "law-read"
	groupLawUnread sourceGroup = "law-unread"
	groupOfficial  sourceGroup = "official"
	groupHolidays  sourceGroup = "holidays"
	groupSummary   sourceGroup = "summary"
	groupNews      sourceGroup = "news"
	groupStudy     sourceGroup = "study"
)

var groupOrder = []sourceGroup{groupLawRead, groupLawUnread, groupOfficial, groupHolidays, groupSummary, groupNews, groupStudy}

// citeStatuses returns every status each source is cited with on the page.
func (v *view) citeStatuses() map[string][]rules.Status {
	out := map[string][]rules.Status{}
	v.eachCite(func(c rules.Cite) {
		if !slices.Contains(out[c.Source], c.Status) {
			out[c.Source] = append(out[c.Source], c.Status)
		}
	})
	return out
}

// groupOf says where a source belongs in the panel.
func groupOf(s rules.Source, statuses []rules.Status) sourceGroup {
	switch s.Kind {
	case rules.Statute, rules.Regulation, rules.SessionLaw, rules.Opinion:
		for _, st := range statuses {
			if st != rules.Verified {
				return groupLawUnread
			}
		}
		return groupLawRead
	case rules.OfficialResults, rules.OfficialGuide:
		return groupOfficial
	case rules.HolidayList:
		return groupHolidays
	case rules.Summary:
		return groupSummary
	case rules.News:
		return groupNews
	}
	return groupStudy
}

// sourcesPanel is the page's one list of sources: every source the page
// cites, numbered as the notes in the steps, grouped by kind, with the
// pinpoints cited, how sure each is, and when it was checked.
type sourcesPanel struct {
	app.Compo
	V *view
}

func newSourcesPanel() *sourcesPanel { return &sourcesPanel{} }

// view sets what the panel lists.
func (s *sourcesPanel) view(v *view) *sourcesPanel { s.V = v; return s }

func (s *sourcesPanel) Render() app.UI {
	v := s.V
	w := v.W
	statuses := v.citeStatuses()
	pins := map[string][]string{}
	// byStatus holds, for each source, the pinpoints cited with each status,
	// so a law read in part says which parts were read.
	byStatus := map[string]map[rules.Status][]string{}
	v.eachCite(func(c rules.Cite) {
		if c.Pin != "" && !slices.Contains(pins[c.Source], c.Pin) {
			pins[c.Source] = append(pins[c.Source], c.Pin)
		}
		if byStatus[c.Source] == nil {
			byStatus[c.Source] = map[rules.Status][]string{}
		}
		if c.Pin != "" && !slices.Contains(byStatus[c.Source][c.Status], c.Pin) {
			byStatus[c.Source][c.Status] = append(byStatus[c.Source][c.Status], c.Pin)
		}
	})
	// The groups are one piece of markup: the browser builds them from one
	// call, not one call from Go per element and attribute.
	var body raw
	body.open("div", "class", "sources-groups")
	for _, g := range groupOrder {
		var list raw
		for i, id := range v.Refs {
			src, ok := v.R.Jurisdiction.SourceOf(id)
			if !ok || groupOf(src, statuses[id]) != g {
				continue
			}
			n := strconv.Itoa(i + 1)
			list.open("li", "id", "src-"+n).el("span", n+". ", "class", "n")
			if src.URL != "" {
				list.open("a", "href", src.URL, "rel", "noopener").el("cite", src.Title, "lang", "en").close("a")
			} else {
				list.el("cite", src.Title, "lang", "en")
			}
			// The parts cited are the data's own words: English, marked so.
			pinsSpan := func(pins []string) { list.el("span", w.List(pins), "lang", "en") }
			extra := pinsBeyond(src.Title, pins[id])
			switch {
			case g == groupLawUnread && len(statuses[id]) > 1:
				// Read in part: each status with the parts it covers.
				list.text(": ")
				for i, st := range statuses[id] {
					if i > 0 {
						list.text("; ")
					}
					if ps := pinsBeyond(src.Title, byStatus[id][st]); len(ps) > 0 {
						pinsSpan(ps)
						list.text(": ")
					}
					list.text(w.Key("status." + string(st)))
				}
			case g == groupLawUnread:
				if len(extra) > 0 {
					list.text(" (")
					pinsSpan(extra)
					list.text(")")
				}
				list.text(": " + w.Key("status."+string(statuses[id][0])))
			case len(extra) > 0:
				list.text(" (")
				pinsSpan(extra)
				list.text(")")
			}
			list.text(". " + m.CheckedOn.In(w, words.ShortDay(src.Checked))).close("li")
		}
		if list.b.Len() > 0 {
			body.el("h3", w.Key("sources."+string(g))).open("ul", "class", "sources-list")
			body.b.WriteString(list.b.String())
			body.close("ul")
		}
	}
	body.close("div")
	return el(tag("section", "id", "sources", "class", "sources", "aria-labelledby", "sources-title"),
		tx(tag("h2", "id", "sources-title"), m.SourcesTitle.In(w)), para("", m.SourcesIntro.In(w)), body.ui(),
	)
}

// pinsBeyond returns the pinpoints a source's title does not already name.
func pinsBeyond(title string, pins []string) []string {
	var out []string
	for _, p := range pins {
		if !strings.Contains(title, p) {
			out = append(out, p)
		}
	}
	return out
}
