package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// historyStep is step 7: what recounts usually change, compared in percent
// (statewide figures), shown only where a recount may happen; and the
// jurisdiction's own past recounts.
type historyStep struct {
	app.Compo
	V *view
}

func newHistoryStep() *historyStep { return &historyStep{} }

// view sets what the step shows.
func (s *historyStep) view(v *view) *historyStep { s.V = v; return s }

func (s *historyStep) Render() app.UI {
	v := s.V
	r, w := v.R, v.W
	c := r.Closest()
	h := rules.HistoryOf(c.Share)
	body := []app.UI{
		para("", m.HistoryMargin.In(w, words.Count(c.Margin), words.Text(w.PctNear(c.Share, h.MeanShift.Ratio())))),
		v.cited(m.HistoryStudy.In(w, words.Count(h.Elections), words.Count(h.Recounts), words.Count(h.Reversals),
			words.Count(h.MeanShiftVotes), words.Text(w.Share(h.MeanShift))), []rules.Cite{{Source: rules.SrcFairVote}}).p(w, ""),
		v.cited(m.HistoryReversals.In(w, words.Count(h.Reversals), words.Text(w.Share(h.ReversalBelow)),
			words.Text(w.Share(h.LargestShift)), words.Count(h.LargestShiftVotes)), []rules.Cite{{Source: rules.SrcAPRecounts}}).p(w, ""),
	}
	switch {
	case h.BelowReversal:
		body = append(body, para("", m.HistoryBelow.In(w, words.Text(w.Share(h.ReversalBelow)))))
	case h.Times >= 2:
		body = append(body, para("", m.HistoryTimes.In(w, words.Text(w.PctNear(c.Share, h.MeanShift.Ratio())), words.Count(h.Times),
			words.Text(w.Share(h.MeanShift)))))
	default:
		body = append(body, para("", m.HistoryNear.In(w, words.Text(w.Share(h.MeanShift)))))
	}
	if !r.Race.Statewide(r.Jurisdiction.Counties) {
		body = append(body, para("note", m.HistoryStatewideOnly.In(w)))
	}
	if past := r.Jurisdiction.Past; len(past) > 0 {
		t := dataTable{
			caption: m.PastCaption.In(w, words.Text(v.stateName())),
			head: []cell{{text: m.ColRace.In(w)}, {text: m.ColRequested.In(w)}, {text: m.ColRecounted.In(w)},
				numCell(m.ColChange.In(w))},
		}
		for _, p := range past {
			req := w.ShortDate(p.Requested)
			if p.Requested == 0 {
				req = "—"
			}
			span := w.ShortDate(p.Finished)
			if p.Started != 0 && p.Started != p.Finished {
				span = m.DateSpan.In(w, words.ShortDay(p.Started), words.ShortDay(p.Finished))
			}
			t.rows = append(t.rows, []cell{{text: w.Key("race." + p.Race)}, {text: req}, {text: span},
				numCell(change(w, p))})
		}
		body = append(body, t.ui())
	}
	return stepItem("history", m.StepHistory.In(w), body...)
}

// change is a past recount's lead before and after, saying so when the
// recount reversed it.
func change(w *words.Words, p rules.PastRecount) string {
	if p.After < 0 {
		return m.ChangeReversed.In(w, words.Count(p.Before), words.Count(-p.After))
	}
	return m.ChangeValue.In(w, words.Count(p.Before), words.Count(p.After))
}
