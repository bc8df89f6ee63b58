package rules

// ElectionType is the kind of election, as the page's "type" parameter names it.
type ElectionType string

// The election types.
const (
	General ElectionType = "general"
	Primary ElectionType = "primary"
	Runoff  ElectionType = "runoff"
	Special ElectionType = "special"
)

// ElectionTypes lists the election types in the order the page offers them.
var ElectionTypes = []ElectionType{General, Primary, Runoff, Special}

// OfficeLevel is the level of the office, as the page's "office" parameter
// names it. With the number of counties it decides who receives a request.
type OfficeLevel string

// The office levels.
const (
	Federal   OfficeLevel = "federal"
	State     OfficeLevel = "state"
	County    OfficeLevel = "county"
	Municipal OfficeLevel = "municipal"
)

// OfficeLevels lists the office levels in the order the page offers them.
var OfficeLevels = []OfficeLevel{Federal, State, County, Municipal}

// WinnerRule is how many votes make a winner.
type WinnerRule string

// The winner rules.
const (
	// Majority: more than half of the votes cast for the office; otherwise
	// the top two meet in a runoff (O.C.G.A. § 21-2-501(a)(1)). The default.
	Majority WinnerRule = "majority"
	// Plurality: the most votes win with no runoff, as for presidential
	// electors (Georgia 2020: Biden won with 49.5%).
	Plurality WinnerRule = "plurality"
)

// Limits on a race.
const (
	MinCandidates   = 2
	MaxCandidates   = 40
	GeorgiaCounties = 159 // counties in Georgia
	FirstYear       = 2000
	LastYear        = 2030
)

// Candidate is one row of a race: a name (which may be empty) and a count.
type Candidate struct {
	Name  string
	Votes int64
}

// Race is everything the explainer needs to know about one contest for one
// office. The zero Certified date means the results are not certified yet.
type Race struct {
	State      string // "GA": the only state whose law is in the engine so far
	Election   Date
	Type       ElectionType
	Office     OfficeLevel
	Counties   int // counties in which electors voted for the office, 1–159
	Certified  Date
	Winner     WinnerRule // "" means Majority
	Candidates []Candidate
}

// Validate returns every problem with r as InputErrors, in form order, or nil.
func (r Race) Validate() error {
	var es InputErrors
	add := func(f Field, i int, p Problem, limit int64) {
		es = append(es, &InputError{Field: f, Index: i, Problem: p, Limit: limit})
	}
	if r.State != "GA" {
		add(FieldState, -1, ProblemUnsupportedState, 0)
	}
	switch {
	case r.Election.IsZero():
		add(FieldDate, -1, ProblemMissing, 0)
	case !r.Election.Valid():
		add(FieldDate, -1, ProblemBadDate, 0)
	case r.Election.Year < FirstYear || r.Election.Year > LastYear:
		add(FieldDate, -1, ProblemOutOfRange, 0)
	}
	if !oneOf(r.Type, ElectionTypes) {
		add(FieldType, -1, ProblemUnknownChoice, 0)
	}
	if !oneOf(r.Office, OfficeLevels) {
		add(FieldOffice, -1, ProblemUnknownChoice, 0)
	}
	switch {
	case r.Counties < 1 || r.Counties > GeorgiaCounties:
		add(FieldCounties, -1, ProblemCounties, GeorgiaCounties)
	case r.Office == County && r.Counties != 1:
		add(FieldCounties, -1, ProblemCountyOfficeCounties, 1)
	}
	if !r.Certified.IsZero() {
		switch {
		case !r.Certified.Valid():
			add(FieldCert, -1, ProblemBadDate, 0)
		case r.Certified.Year < FirstYear || r.Certified.Year > LastYear+1:
			add(FieldCert, -1, ProblemOutOfRange, 0)
		case !r.Election.IsZero() && r.Certified.Before(r.Election):
			add(FieldCert, -1, ProblemCertBeforeElection, 0)
		}
	}
	if r.Winner != "" && r.Winner != Majority && r.Winner != Plurality {
		add(FieldWinner, -1, ProblemUnknownChoice, 0)
	}
	switch n := len(r.Candidates); {
	case n < MinCandidates:
		add(FieldCandidates, -1, ProblemTooFewCandidates, MinCandidates)
	case n > MaxCandidates:
		add(FieldCandidates, -1, ProblemTooManyCandidates, MaxCandidates)
	}
	var total int64
	overflow := false
	for i, c := range r.Candidates {
		if c.Votes < 0 {
			add(FieldVotes, i, ProblemNegative, 0)
			continue
		}
		if overflow || total > maxInt64-c.Votes {
			overflow = true
			continue
		}
		total += c.Votes
	}
	switch {
	case overflow:
		add(FieldVotes, -1, ProblemTooLarge, maxInt64)
	case total == 0 && len(r.Candidates) >= MinCandidates && len(es) == 0:
		add(FieldVotes, -1, ProblemNoVotes, 0)
	}
	if len(es) == 0 {
		return nil
	}
	return es
}

const maxInt64 = 1<<63 - 1

func oneOf[T comparable](v T, list []T) bool {
	for _, x := range list {
		if v == x {
			return true
		}
	}
	return false
}
