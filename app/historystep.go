package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// historyStep is step 7: what recounts usually change, with this race's
// margin set against that history.
type historyStep struct {
	app.Compo
	Lang string
	H    rules.History
}

func newHistoryStep() *historyStep { return &historyStep{} }

// lang sets the page language.
func (s *historyStep) lang(l string) *historyStep { s.Lang = l; return s }

// result sets the evaluated race (only what this step shows is kept).
func (s *historyStep) result(r rules.Result) *historyStep { s.H = r.History; return s }

func (s *historyStep) Render() app.UI {
	w := wordsFor(s.Lang)
	h := s.H
	fv := h.Studies[0]
	body := []app.UI{
		app.P().Text(w.t("history.studies", w.num(int64(fv.Elections)), w.num(int64(fv.Recounts)), w.num(int64(fv.Reversals)),
			w.num(fv.MeanShiftVotes), w.pct(fv.MeanShift, 2))),
		app.P().Text(w.t("history.reversals", fv.Reversals, w.pct(h.ReversalLine, 2), w.pct(h.LargestShift, 2), w.num(h.LargestShiftVotes))),
	}
	var compare string
	class := "compare"
	switch {
	case h.Margin < 0:
		compare = w.t("history.none")
	case h.BelowReversalLine:
		compare, class = w.t("history.below", w.pct(h.ReversalLine, 2)), "compare close"
	case h.WithinLargestShift:
		compare = w.t("history.within", w.pct(h.LargestShift, 2), w.pct(h.ReversalLine, 2))
	default:
		compare = w.t("history.above", w.num(h.TimesMeanShift))
	}
	if h.Margin >= 0 {
		body = append([]app.UI{app.P().Text(w.t("history.margin", w.num(h.Margin), w.pctNear(h.Share, h.ReversalLine)))}, body...)
	}
	body = append(body, app.P().ID("history-compare").Class(class).Text(compare),
		cite(w, rules.SrcFairVote, rules.SrcAPRecounts))
	return stepItem("history", w.t("step.history"), body...)
}
