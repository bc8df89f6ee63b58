package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// whenStep is step 5: the deadline as a date, counted by the state's rule,
// with every day counted and skipped named, and both dates where a day may
// or may not be a holiday.
type whenStep struct {
	app.Compo
	V *view
}

func newWhenStep() *whenStep { return &whenStep{} }

// view sets what the step shows.
func (s *whenStep) view(v *view) *whenStep { s.V = v; return s }

func (s *whenStep) Render() app.UI {
	v := s.V
	r, w := v.R, v.W
	f := r.Main().Filing
	d := r.Deadline
	if f == nil || d == nil {
		return stepItem("when", m.StepWhen.In(w), para("", m.WhenNoRule.In(w, words.Text(v.stateName()))))
	}
	rule := v.cited(m.WhenRule.In(w, words.Text(v.deadlineRule(d.Stated)))+v.whenRuleDetail(d.Stated), d.Stated.Cite, statedCites(d.Stated))
	if d.Base == 0 {
		return stepItem("when", m.StepWhen.In(w),
			tx(tag("p", "id", "deadline", "class", "deadline pending"), m.WhenNeedsBase.In(w, words.Text(w.Key("event.date."+string(d.Rule.From))))),
			rule.p(w, ""),
		)
	}
	due := tag("time", "id", "deadline-date", "datetime", d.Due.String()).Text(w.Date(d.Due))
	head := []app.UI{app.Text(m.DeadlineLabel.In(w) + " "), due}
	last := "" // the words last added: a sentence ending in "p.m." takes no second period
	add := func(s string) {
		head, last = append(head, app.Text(" "+s)), s
	}
	switch {
	case d.Later != 0:
		add(m.OrLater.In(w, words.Day(d.Later), words.Text(v.possibleDays(d))))
	case d.Rule.Unit == rules.Hours:
		add(m.HoursAfter.In(w, words.Count(int64(d.Rule.N)), words.Text(w.Key("event."+string(d.Rule.From)))))
	}
	if d.Rule.At != 0 {
		add(m.AtTime.In(w, words.Text(w.Time(d.Rule.At))))
	}
	stop := ". "
	if strings.HasSuffix(last, ".") {
		stop = " "
	}
	head = append(head, app.Text(stop+m.OfficeHours.In(w, words.Text(v.receiverName(f.Receiver)))))
	items := []app.UI{el(tag("li"), tx(tag("time", "datetime", d.Base.String()), w.Date(d.Base)),
		app.Text(": "+w.Key("event.happened."+string(d.Rule.From))))}
	for _, day := range d.Days {
		li := elem("li").Body(tx(tag("time", "datetime", day.Date.String()), w.Date(day.Date)),
			app.Text(": "+v.dayWords(day, d)))
		if day.Date == d.Due || day.Date == d.Later {
			li = li.Class("due")
		}
		items = append(items, li)
	}
	body := []app.UI{
		el(tag("p", "id", "deadline", "class", "deadline"), el(tag("strong"), head...)),
		rule.p(w, ""),
		el(tag("ul", "class", "days"), items...),
	}
	if len(d.Unverified) > 0 && v.calendarMatters(d) {
		years := make([]string, len(d.Unverified))
		for i, y := range d.Unverified {
			years[i] = strconv.Itoa(y)
		}
		body = append(body, v.cited(m.HolidaysUnverified.In(w, words.Text(v.stateName()), words.Text(w.List(years))),
			r.Jurisdiction.Holidays.Cite).p(w, "caveat"))
	}
	if d.NoStateList && d.Rule.Unit != rules.Hours {
		body = append(body, para("caveat", m.HolidaysNotOnFile.In(w, words.Text(v.stateName()))))
	}
	if d.Rolled {
		body = append(body, para("", m.Rolled.In(w)))
	}
	for i, od := range r.OtherDeadlines {
		if od.Due == 0 {
			continue
		}
		label := v.readingLabel(&r.Findings[i+1])
		body = append(body, para("caveat", m.OtherDeadline.In(w, words.Text(label), words.Day(od.Due))))
	}
	return stepItem("when", m.StepWhen.In(w), body...)
}

// statedCites are the sources of a "later of" rule's second deadline.
func statedCites(d rules.Deadline) []rules.Cite {
	if d.OrLater == nil {
		return nil
	}
	return d.OrLater.Cite
}

// whenRuleDetail adds what the count skips, for business days.
func (v *view) whenRuleDetail(d rules.Deadline) string {
	switch {
	case d.Unit == rules.BusinessDays:
		return " " + m.BusinessDaysSkip.In(v.W)
	case d.Rolls && d.ToBusinessDay:
		return " " + m.RollsToBusinessDay.In(v.W)
	case d.Rolls && d.SaturdayOpen:
		return " " + m.RollsOverSunday.In(v.W)
	case d.Rolls:
		return " " + m.RollsOver.In(v.W)
	}
	return ""
}

// dayWords says what a day was in the count.
func (v *view) dayWords(day rules.Day, d *rules.DeadlineResult) string {
	w := v.W
	name := func() string {
		if day.Holiday == nil {
			return ""
		}
		s := w.Key("holiday." + strings.TrimSuffix(day.Holiday.Key, "-observed"))
		if day.Holiday.Moved || strings.HasSuffix(day.Holiday.Key, "-observed") {
			s = m.HolidayObserved.In(w, words.Text(s))
		}
		return s
	}
	last := d.Rule.Unit != rules.BusinessDays && day.N > 0 // the count's own last day, closed
	switch {
	case last && day.Kind == rules.DayWeekend:
		return m.DayLastWeekend.In(w, words.Count(int64(day.N)))
	case last && day.Kind == rules.DayHoliday:
		return m.DayLastHoliday.In(w, words.Count(int64(day.N)), words.Text(name()))
	}
	switch day.Kind {
	case rules.DayWeekend:
		return m.DayWeekend.In(w)
	case rules.DayHoliday:
		if day.Holiday.Listed {
			return m.DayHolidayListed.In(w, words.Text(name()))
		}
		return m.DayHoliday.In(w, words.Text(name()))
	case rules.DayPossible:
		return m.DayPossible.In(w, words.Text(name()), words.Count(int64(day.N)))
	}
	if d.Rule.Unit != rules.BusinessDays {
		if day.N == 0 { // past the count: where a rolled last day landed
			return m.DayMovedTo.In(w)
		}
		return m.DayN.In(w, words.Count(int64(day.N)))
	}
	switch {
	case day.N > 0 && day.NLater > 0 && day.N != day.NLater:
		return m.BusinessDayOr.In(w, words.Count(int64(day.N)), words.Count(int64(day.NLater)))
	case day.N > 0:
		return m.BusinessDay.In(w, words.Count(int64(day.N)))
	case day.NLater > 0:
		return m.BusinessDayIfHoliday.In(w, words.Count(int64(day.NLater)))
	}
	return ""
}

// calendarMatters reports whether the holidays not on file could change this
// count: a day in it is (or may be) a holiday, or the jurisdiction's holiday
// statute itself is not verified.
func (v *view) calendarMatters(d *rules.DeadlineResult) bool {
	if d.Later != 0 {
		return true
	}
	for _, day := range d.Days {
		if day.Holiday != nil {
			return true
		}
	}
	for _, c := range v.R.Jurisdiction.Holidays.Cite {
		if src, ok := v.J.SourceOf(c.Source); ok && src.Kind == rules.Statute && c.Status == rules.Verified {
			return false
		}
	}
	return true
}
