package app

import (
	"regexp"
	"testing"
)

// attr returns the value of attribute name on the element with the given
// id, "(absent)" when the element lacks it and "(none)" when there is no
// such element.
func attr(page, id, name string) string {
	m := regexp.MustCompile(`<[a-z0-9]+ [^>]*id="` + id + `"[^>]*>`).FindString(page)
	if m == "" {
		return "(none)"
	}
	v := regexp.MustCompile(` ` + name + `="([^"]*)"`).FindStringSubmatch(m)
	if v == nil {
		return "(absent)"
	}
	return v[1]
}

// The README's stable result elements, in the prerendered page, for the
// acceptance races: old links give the verdicts they always gave.
func TestResultContract(t *testing.T) {
	for _, c := range []struct {
		addr                                           string
		eligible, automatic, margin, threshold, pct    string
		autoThreshold, receiver, deadline, outcomeKind string
	}{
		{"/?date=2017-12-05&type=runoff&office=municipal&counties=2&cert=2017-12-11&candidate=Keisha+Lance+Bottoms&votes=46667&candidate=Mary+Norwood&votes=45835",
			"true", "false", "832", "925", "1", "(none)", "superintendent", "2017-12-13", "elected"},
		{"/?date=2021-11-30&type=runoff&office=municipal&counties=2&cert=2021-12-06&candidate=Keisha+Lance+Bottoms&votes=46667&candidate=Mary+Norwood&votes=45835",
			"false", "false", "832", "462", "0.5", "(none)", "superintendent", "2021-12-08", "elected"},
		{"/?preset=georgia-2020-president-certified",
			"true", "false", "12670", "24992", "0.5", "(none)", "secretary-of-state", "2020-11-24", "elected"},
		{"/?preset=atlanta-2009-runoff-certified",
			"true", "false", "715", "843", "1", "(none)", "superintendent", "2009-12-08", "elected"},
		// After the recount the right has been used.
		{"/?preset=atlanta-2017-runoff-recount",
			"false", "false", "821", "925", "1", "(none)", "superintendent", "2017-12-13", "elected"},
		// HB 316's start is unconfirmed: the verdict is left out.
		{"/?state=GA&date=2019-11-05&type=general&office=municipal&counties=1&cert=2019-11-08&candidate=A&votes=1376&candidate=B&votes=1361",
			"(absent)", "false", "15", "13", "0.5", "(none)", "superintendent", "2019-11-13", "elected"},
		// SB 3EX: a governor's race at 0.25% is recounted by hand with no request.
		{"/?state=GA&date=2026-11-03&type=general&office=governor&counties=159&cert=2026-11-20&candidate=A&votes=2005000&candidate=B&votes=1995000",
			"true", "true", "10000", "20000", "0.5", "20000", "secretary-of-state", "2026-11-24", "elected"},
		// Exactly at 0.5%: the reports disagree.
		{"/?state=GA&date=2026-11-03&type=general&office=governor&counties=159&cert=2026-11-20&candidate=A&votes=2010000&candidate=B&votes=1990000",
			"true", "(absent)", "20000", "20000", "0.5", "20000", "secretary-of-state", "2026-11-24", "elected"},
		// A runoff-bound race: the third place is far from the runoff.
		{"/?state=GA&date=2026-11-03&type=general&office=governor&counties=159&cert=2026-11-20&candidate=A&votes=1980000&candidate=B&votes=1970000&candidate=C&votes=50000",
			"false", "false", "1920000", "20000", "0.5", "20000", "secretary-of-state", "2026-11-24", "runoff"},
	} {
		p := render(t, c.addr)
		got := []string{attr(p, "verdict", "data-eligible"), attr(p, "verdict", "data-automatic"), attr(p, "margin", "data-votes"),
			attr(p, "threshold", "data-votes"), attr(p, "threshold", "data-percent"), attr(p, "automatic-threshold", "data-votes"),
			attr(p, "receiver", "data-receiver"), attr(p, "deadline-date", "datetime"), attr(p, "outcome", "data-outcome")}
		want := []string{c.eligible, c.automatic, c.margin, c.threshold, c.pct, c.autoThreshold, c.receiver, c.deadline, c.outcomeKind}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s:\n got  %v\n want %v", c.addr, got, want)
				break
			}
		}
	}
}
