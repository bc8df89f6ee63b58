package rules

// Answer is a verdict on one kind of recount.
type Answer string

// The answers.
const (
	// Yes: the margin is within a line of a route that covers this race.
	Yes Answer = "yes"
	// No: routes cover this race, and the margin is past all their lines.
	No Answer = "no"
	// Depends: the answer turns on something not settled: readings that
	// disagree, which office a coarse old link meant, a tie, or a count
	// not entered. Reason says which.
	Depends Answer = "depends"
	// NoRoute: the law provides no recount of this kind for this race.
	NoRoute Answer = "none"
	// NotYet: nobody has lost yet (both candidates go to a runoff, or
	// every candidate goes on to the general election; the automatic
	// answer is NotYet only then).
	NotYet Answer = "not-yet"
)

// Reason says why an answer is Depends.
type Reason string

// The reasons.
const (
	ReasonNone     Reason = ""
	ReasonReadings Reason = "readings"    // the sources' readings disagree
	ReasonOffice   Reason = "office"      // an old link's coarse office: it depends which
	ReasonTie      Reason = "tie"         // a tie: nobody is declared, and the law speaks of a winner
	ReasonOther    Reason = "other-count" // a count the page does not ask for decides
	ReasonRunoff   Reason = "runoff"      // the race goes to a runoff, and the route covers decided races only
)

// When says how the law applied relates to the election date.
type When string

// The whens.
const (
	// InForce: the version on file governs the election.
	InForce When = "in-force"
	// Future: the election is after the date the law was last checked; the
	// law may change before it.
	Future When = "future"
	// Assumed: the election is before the earliest text on file; the
	// version shown is assumed to have governed it.
	Assumed When = "assumed"
)

// RouteCheck is one route applied to the closest margin.
type RouteCheck struct {
	Route *Route
	// Maybe: whether the route covers this race depends on which office an
	// old link's coarse office means.
	Maybe bool
	// Limits are the route's tiers' lines for this contest, in tier order.
	Limits []Limit
	// Tier is the first tier the margin is within; -1 when none.
	Tier int
	// Unknown: a line depends on a count not entered.
	Unknown bool
	// Closed: a request route shut because an automatic recount applies
	// (Route.UnlessAutomatic).
	Closed bool
}

// Within reports whether the margin falls in a tier of the route.
func (c RouteCheck) Within() bool { return c.Tier >= 0 }

// Finding is the law under one reading applied to the race.
type Finding struct {
	Version *Version
	Reading *Reading
	// Automatic and Requested are the routes of each kind that cover the
	// race, checked on the closest losing margin.
	Automatic []RouteCheck
	Requested []RouteCheck
	// AutomaticAnswer and RequestAnswer are this reading's verdicts.
	AutomaticAnswer, RequestAnswer Answer
	AutomaticReason, RequestReason Reason
	// Filing is where a request goes and by when; nil where no filing rule
	// covers the race.
	Filing *Filing
}

// Result is the whole walkthrough for one race under one jurisdiction's
// law: structured values only, no sentences.
type Result struct {
	Race         Race
	Jurisdiction *Jurisdiction
	// When relates the election date to the law on file.
	When When
	// Rule is the winner rule applied.
	Rule     WinnerRule
	RuleCite []Cite
	// Above is the share a winner must exceed under Rule Majority when it
	// is not one half (0: more than half); AtLeast: or reach.
	Above   Share
	AtLeast bool
	// Places is how many go on under Rule Advance.
	Places int
	Total  int64
	// Majority is the fewest votes that win outright under Rule Majority:
	// more than half of Total, or more than (at least) Above of it.
	Majority  int64
	Standings []Standing
	Outcome   Outcome
	// Reference is the index into Standings of the candidate losing
	// candidates are measured against: the winner, or the last runoff
	// qualifier.
	Reference int
	// Checks has one entry per losing (or tied) candidate, closest first.
	Checks []Check
	// Findings are the readings of the law that apply, the main one first;
	// more than one where sources conflict or a version's start is unsure.
	Findings []Finding
	// Automatic and Request are the verdicts across every finding: the
	// findings' own where they agree, Depends where they do not.
	Automatic, Request             Answer
	AutomaticReason, RequestReason Reason
	// Deadline is the request deadline counted from the race's base date,
	// under the main finding's filing; nil where there is no filing rule.
	Deadline *DeadlineResult
	// OtherDeadlines are the deadlines under the other findings, where
	// their rules differ from the main one's.
	OtherDeadlines []DeadlineResult
	// Facts are the procedure facts that hold for this race.
	Facts []Fact
	// Tie is how a tie for the deciding place is broken, where known.
	Tie *TieLaw
}

// Main returns the main finding.
func (r *Result) Main() *Finding { return &r.Findings[0] }

// Closest returns the closest losing check, or nil when nobody has lost.
func (r *Result) Closest() *Check {
	if len(r.Checks) == 0 {
		return nil
	}
	return &r.Checks[0]
}

// Eligible is the page's #verdict data-eligible: whether a losing candidate
// may obtain a recount by asking, at any cost. known is false where the
// answer is uncertain (Depends), and the attribute is then left out. After
// a recount the right has been used: false.
func (r *Result) Eligible() (eligible, known bool) {
	if r.Race.stage() == Recounted {
		return false, true
	}
	switch r.Request {
	case Yes:
		return true, true
	case Depends:
		return false, false
	}
	return false, true
}

// AutomaticRecount is the page's #verdict data-automatic: whether the law
// orders a recount with no request; known is false where uncertain.
func (r *Result) AutomaticRecount() (automatic, known bool) {
	if r.Race.stage() == Recounted {
		return false, true
	}
	switch r.Automatic {
	case Yes:
		return true, true
	case Depends:
		return false, false
	}
	return false, true
}

// RequestLimit returns the largest margin a request may have for the
// closest loser (the widest request tier's line, in the main finding), and
// false where requests need no margin, do not exist, or the line is unknown.
func (r *Result) RequestLimit() (Limit, bool) { return widest(r.Main().Requested) }

// AutomaticLimit returns the largest margin that triggers an automatic
// recount (0 for a tie-only rule), and false where there is none.
func (r *Result) AutomaticLimit() (Limit, bool) { return widest(r.Main().Automatic) }

func widest(cs []RouteCheck) (Limit, bool) {
	var best Limit
	found := false
	for _, c := range cs {
		if len(c.Limits) == 0 || c.Maybe {
			continue
		}
		l := c.Limits[len(c.Limits)-1]
		if l.Any || l.Unknown {
			return Limit{}, false
		}
		if !found || l.Votes > best.Votes {
			best, found = l, true
		}
	}
	return best, found
}
