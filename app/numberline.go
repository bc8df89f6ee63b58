package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// mark is one point on the number line: a recount line or the margin.
type mark struct {
	votes int64
	label string
	class string // "margin", "automatic", "free", "paid", "request"
}

// marks returns the number line's points: the race's margin and every line
// that applies to it (automatic, free request, paid request), widest last.
func (v *view) marks() (ms []mark, notes []string) {
	r, w := v.R, v.W
	c := r.Closest()
	if c == nil {
		return nil, nil
	}
	runoff := r.Outcome == rules.ToRunoff
	add := func(rc rules.RouteCheck) {
		if rc.Maybe || rc.Closed || runoff && rc.Route.DecidedOnly {
			return
		}
		for i, l := range rc.Limits {
			class := "request"
			if rc.Route.Kind == rules.Automatic {
				class = "automatic"
			} else {
				switch rc.Route.Tiers[i].Cost.Kind {
				case rules.Public:
					class = "free"
				case rules.RequesterPays, rules.Deposit:
					class = "paid"
				}
			}
			switch {
			case l.Any:
				notes = append(notes, w.Key("mark.any."+class))
			case l.Unknown:
				notes = append(notes, w.Key("mark.unknown."+class))
			case l.Votes >= 0:
				kind := w.Key("mark." + class)
				if sameClass(rc.Route, i) {
					// Two tiers of one kind (a machine recount and a
					// closer hand recount) are told apart by method.
					if meth := rc.Route.Tiers[i].Method; meth != rules.MethodUnstated {
						kind = m.MarkByMethod.In(w, words.Text(kind), words.Text(w.Key("mark.by."+string(meth))))
					}
				}
				ms = append(ms, mark{l.Votes, m.MarkLine.In(w, words.Text(kind), words.Count(l.Votes)), class})
			}
		}
	}
	f := r.Main()
	for _, rc := range f.Automatic {
		add(rc)
	}
	for _, rc := range f.Requested {
		add(rc)
	}
	ms = append(ms, mark{c.Margin, m.MarkMargin.In(w, words.Count(c.Margin)), "margin"})
	return ms, notes
}

// numberLine draws the margin against the lines as an SVG number line (no
// library, no remote assets), with the same facts in its caption for
// screen readers and print. Positions are percentages of the width, so the
// text keeps its size at 320 px and on a desktop alike.
func numberLine(v *view) app.UI {
	ms, notes := v.marks()
	if len(ms) == 0 {
		return nil
	}
	w := v.W
	top := int64(1)
	for _, mk := range ms {
		top = max(top, mk.votes)
	}
	span := top + top/8 + 1
	const pad = 4 // percent of the width kept free at each end
	x := func(n int64) string {
		// pad + (100 − 2 pad) × n / span percent, in exact integers.
		whole, frac := rules.Ratio{Num: uint64(n), Den: uint64(span)}.Rounded(100-2*pad, 2)
		whole += pad
		f := strconv.FormatUint(frac, 10)
		if frac < 10 {
			f = "0" + f
		}
		return strconv.FormatUint(whole, 10) + "." + f + "%"
	}
	row := 16
	axis := row*len(ms) + 12
	height := axis + 30
	var r raw
	r.open("figure", "class", "numberline", "id", "numberline")
	r.open("svg", "width", "100%", "height", strconv.Itoa(height), "aria-hidden", "true", "focusable", "false")
	r.open("line", "class", "axis", "x1", x(0), "x2", "100%", "y1", strconv.Itoa(axis), "y2", strconv.Itoa(axis)).close("line")
	r.open("line", "class", "tick", "x1", x(0), "x2", x(0), "y1", strconv.Itoa(axis-6), "y2", strconv.Itoa(axis+6)).close("line")
	r.el("text", "0", "class", "zero", "x", x(0), "y", strconv.Itoa(axis+20), "text-anchor", "middle")
	for i, mk := range ms {
		y := strconv.Itoa(row*(i+1) - 2)
		anchor := "start"
		if 2*mk.votes > span {
			anchor = "end"
		}
		if mk.class == "margin" {
			r.open("circle", "class", "margin", "cx", x(mk.votes), "cy", strconv.Itoa(axis), "r", "6").close("circle")
			r.open("line", "class", "lead margin", "x1", x(mk.votes), "x2", x(mk.votes), "y1", y, "y2", strconv.Itoa(axis)).close("line")
		} else {
			r.open("line", "class", "mark "+mk.class, "x1", x(mk.votes), "x2", x(mk.votes), "y1", y, "y2", strconv.Itoa(axis+8)).close("line")
		}
		// Beside each mark only its number, which fits on its side of
		// the middle at any width; the words are in the key below.
		r.el("text", w.Num(mk.votes), "class", mk.class, "x", x(mk.votes), "y", strconv.Itoa(row*(i+1)-5), "text-anchor", anchor, "dx", map[string]string{"start": "4", "end": "-4"}[anchor])
	}
	r.close("svg")
	// The key: each mark's words beside a sample of its line, read in
	// order by screen readers (the drawing itself is hidden from them).
	r.open("figcaption")
	r.open("ul", "class", "nl-key")
	for _, mk := range ms {
		r.open("li", "class", mk.class)
		r.open("svg", "width", "24", "height", "12", "aria-hidden", "true", "focusable", "false")
		if mk.class == "margin" {
			r.open("circle", "class", "margin", "cx", "12", "cy", "6", "r", "5").close("circle")
		} else {
			r.open("line", "class", "mark "+mk.class, "x1", "12", "x2", "12", "y1", "0", "y2", "12").close("line")
		}
		r.close("svg")
		r.text(mk.label)
		r.close("li")
	}
	for _, n := range notes {
		r.el("li", n, "class", "note")
	}
	r.close("ul")
	r.close("figcaption")
	r.close("figure")
	return r.ui()
}

// sameClass reports whether a route has another tier drawn in the same
// colour as tier i: any other tier of an automatic route, or a tier with the
// same kind of cost.
func sameClass(rt *rules.Route, i int) bool {
	for k, t := range rt.Tiers {
		if k != i && (rt.Kind == rules.Automatic || t.Cost.Kind == rt.Tiers[i].Cost.Kind) {
			return true
		}
	}
	return false
}
