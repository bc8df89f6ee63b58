package rules

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Check reports every defect in a jurisdiction's data: a line that is not
// well formed, a cite to a source that is not listed, a source without a
// kind, title or date, versions out of order, a request with nobody to make
// it, a filing without a receiver id. The states' tests run it on every
// jurisdiction, so a data file cannot ship half-made.
func (j *Jurisdiction) Check() error { return j.check(nil) }

// Cites returns every citation in a jurisdiction's data, in the order of
// the data, duplicates included.
func (j *Jurisdiction) Cites() []Cite {
	var out []Cite
	_ = j.check(func(c Cite) { out = append(out, c) })
	return out
}

// check validates the data and, with seen non-nil, gives it every cite.
func (j *Jurisdiction) check(seen func(Cite)) error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf(j.Code+": "+format, args...))
	}
	if len(j.Code) != 2 || j.Name == "" || j.Counties < 1 || !j.Checked.Valid() {
		bad("code, name, counties and checked date are required")
	}
	ids := map[string]bool{}
	for _, s := range j.Sources {
		if s.ID == "" || s.Title == "" || s.Kind == "" || !s.Checked.Valid() {
			bad("source %q needs an id, a kind, a title and a checked date", s.ID)
		}
		if ids[s.ID] {
			bad("source %q listed twice", s.ID)
		}
		ids[s.ID] = true
	}
	// read records, for each law and pinpoint, whether some cite calls it
	// read (Verified) and some only reported: a part of a law is either read
	// or not, and the sources panel says which.
	type pinpoint struct{ source, pin string }
	read := map[pinpoint]map[Status]string{}
	cites := func(where string, cs []Cite, required bool) {
		if required && len(cs) == 0 {
			bad("%s has no cite", where)
		}
		for _, c := range cs {
			if seen != nil {
				seen(c)
			}
			if src, ok := j.SourceOf(c.Source); ok && src.Kind.IsLaw() && (c.Status == Verified || c.Status == Reported) {
				k := pinpoint{c.Source, c.Pin}
				if read[k] == nil {
					read[k] = map[Status]string{}
				}
				if _, seen := read[k][c.Status]; !seen {
					read[k][c.Status] = where
				}
			}
			if _, ok := j.SourceOf(c.Source); !ok {
				bad("%s cites unknown source %q", where, c.Source)
			}
			if !slices.Contains([]Status{Verified, Reported, Conflicting, NotFound}, c.Status) {
				bad("%s cites %q with status %q", where, c.Source, c.Status)
			}
		}
	}
	if len(j.Versions) == 0 {
		bad("no version")
	}
	for i, v := range j.Versions {
		where := "version " + v.ID
		if v.ID == "" {
			bad("version %d has no id", i)
		}
		if i > 0 && v.From <= j.Versions[i-1].From {
			bad("%s does not start after the version before it", where)
		}
		if i > 0 && v.From == 0 {
			bad("%s needs a From date", where)
		}
		if v.FromUnsure != 0 && v.FromUnsure <= v.From {
			bad("%s: FromUnsure must come after From", where)
		}
		cites(where, v.Cite, false)
		if len(v.Readings) == 0 {
			bad("%s has no reading", where)
		}
		for _, rd := range v.Readings {
			w := where + " reading " + rd.ID
			if rd.ID == "" {
				bad("%s: a reading has no id", where)
			}
			if len(v.Readings) > 1 {
				cites(w, rd.Cite, true)
			}
			for k, rt := range rd.Routes {
				rw := fmt.Sprintf("%s route %d (%s)", w, k, rt.Kind)
				if rt.Kind != Automatic && rt.Kind != Requested {
					bad("%s: kind must be automatic or requested", rw)
				}
				if rt.Kind == Requested && len(rt.Who) == 0 {
					bad("%s: nobody may ask", rw)
				}
				if len(rt.Tiers) == 0 {
					bad("%s has no tier", rw)
				}
				cites(rw, rt.Cite, true)
				for t, tier := range rt.Tiers {
					if !tier.Line.valid() {
						bad("%s tier %d: line %+v is not well formed", rw, t, tier.Line)
					}
					cites(rw, tier.Cite, false)
					cites(rw+" cost", tier.Cost.Cite, false)
				}
				for _, who := range rt.Who {
					cites(rw+" who", who.Cite, false)
				}
				if rt.Finish != nil {
					checkDeadline(bad, rw+" finish", *rt.Finish, false)
					cites(rw+" finish", rt.Finish.Cite, true)
				}
				if rt.Waiver != nil {
					cites(rw+" waiver", rt.Waiver.Cite, true)
				}
			}
			for k, f := range rd.Filings {
				fw := fmt.Sprintf("%s filing %d", w, k)
				if f.Receiver.ID == "" || f.Receiver.Kind == "" {
					bad("%s: the receiver needs an id and a kind", fw)
				}
				cites(fw+" receiver", f.Receiver.Cite, true)
				checkDeadline(bad, fw, f.Deadline, true)
				cites(fw+" deadline", f.Deadline.Cite, f.Deadline.N > 0)
				if o := f.Deadline.OrLater; o != nil {
					cites(fw+" later deadline", o.Cite, true)
				}
			}
		}
		for _, f := range v.Facts {
			if f.Kind == "" || f.Section == "" {
				bad("%s: a fact needs a kind and a section", where)
			}
			cites(where+" fact "+f.Kind, f.Cite, true)
		}
		if v.Contest != nil {
			cites(where+" contest", v.Contest.Cite, true)
			if v.Contest.Deadline != nil {
				checkDeadline(bad, where+" contest", *v.Contest.Deadline, false)
			}
		}
	}
	for _, w := range j.Winner {
		cites("winner rule", w.Cite, true)
		if (w.Rule == Advance) != (w.Places >= 2) || w.Until != 0 && w.Until < w.From {
			bad("winner rule %s: Advance takes two places or more, and only it; Until comes after From", w.Rule)
		}
	}
	for _, t := range j.Ties {
		cites("tie rule", t.Cite, true)
	}
	cites("holidays", j.Holidays.Cite, false)
	for _, h := range j.Holidays.Rules {
		cites("holiday "+h.Key, h.Cite, true)
		found := false
		for y := FirstYear; y <= LastYear && !found; y++ {
			found = h.date(y, map[string]Date{"thanksgiving": rulesThanksgiving(y)}) != 0
		}
		if h.Key == "" || !found {
			bad("holiday %q has no date in %d–%d", h.Key, FirstYear, LastYear)
		}
	}
	if _, err := parseLists(j.Holidays.Lists); err != nil {
		bad("holiday lists: %v", err)
	}
	for _, p := range j.Past {
		cites("past recount "+p.Race, p.Cite, true)
	}
	for k, sts := range read {
		if len(sts) > 1 {
			bad("%s %s is cited as read (%s) and as only reported (%s): say which parts were read with separate pinpoints", k.source, k.pin, sts[Verified], sts[Reported])
		}
	}
	return errors.Join(errs...)
}

func checkDeadline(bad func(string, ...any), where string, d Deadline, optional bool) {
	if optional && d.N == 0 {
		return
	}
	if d.N <= 0 || !slices.Contains([]Unit{Hours, CalendarDays, BusinessDays, Weekdays}, d.Unit) {
		bad("%s: a deadline needs a number and a unit", where)
	}
	if d.Rolls && d.Unit != CalendarDays && d.Unit != Weekdays {
		bad("%s: only a calendar-day or weekday deadline rolls over", where)
	}
	if d.SaturdayOpen && !d.Rolls || d.ToBusinessDay && !d.SaturdayOpen {
		bad("%s: SaturdayOpen needs Rolls, ToBusinessDay needs SaturdayOpen", where)
	}
	if d.Weekday != time.Sunday && d.Unit != Weekdays || d.Weekday < time.Sunday || d.Weekday > time.Saturday || d.Unit == Weekdays && d.N > 5 {
		bad("%s: a weekday belongs to a Weekdays deadline, the first to the fifth", where)
	}
	if d.At < 0 || d.At >= 24*60 {
		bad("%s: the hour is out of range", where)
	}
	if o := d.OrLater; o != nil {
		if o.OrLater != nil || o.From == d.From {
			bad("%s: the later-of deadline counts from another event, and only one deep", where)
		}
		checkDeadline(bad, where+" (or later)", *o, false)
	}
}

// rulesThanksgiving is Thanksgiving Day of a year, for checking rules that
// count from it.
func rulesThanksgiving(y int) Date {
	return HolidayRule{Kind: NthWeekday, Month: 11, Weekday: 4, Nth: 4}.date(y, nil)
}
