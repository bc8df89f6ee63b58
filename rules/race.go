package rules

// Office is the office a race is for, as the page's "office" parameter
// names it. The choices are fine enough for every state's rules; Federal
// and State are the coarse levels of the first Georgia links, kept so old
// links keep working.
type Office string

// The offices.
const (
	President   Office = "president"
	USSenate    Office = "us-senate"
	USHouse     Office = "us-house"
	Governor    Office = "governor"
	LtGovernor  Office = "lt-governor"
	Statewide   Office = "statewide" // another statewide office: secretary of state, attorney general…
	StateSenate Office = "state-senate"
	StateHouse  Office = "state-house"
	Judicial    Office = "judicial"
	County      Office = "county"
	Municipal   Office = "municipal"
	District    Office = "district" // school board or special district

	// Federal is "a federal office", not said which (old links).
	Federal Office = "federal"
	// State is "a state office", not said which (old links).
	State Office = "state"
)

// Offices lists the offices in the order the page offers them (without the
// two coarse levels of old links).
var Offices = []Office{President, USSenate, USHouse, Governor, LtGovernor, Statewide,
	StateSenate, StateHouse, Judicial, County, Municipal, District}

// Classes of office, for the scopes of rules.
var (
	// FederalOffices are the federal offices.
	FederalOffices = []Office{President, USSenate, USHouse, Federal}
	// StateOffices are the state offices (the governor to the legislature
	// and judges).
	StateOffices = []Office{Governor, LtGovernor, Statewide, StateSenate, StateHouse, Judicial, State}
	// LocalOffices are county, city and district offices.
	LocalOffices = []Office{County, Municipal, District}
	// LegislativeOffices are the two chambers of the state legislature.
	LegislativeOffices = []Office{StateSenate, StateHouse}
)

// coarse reports the finer offices a coarse level of old links may stand
// for, or nil for a fine office.
func (o Office) coarse() []Office {
	switch o {
	case Federal:
		return []Office{President, USSenate, USHouse}
	case State:
		return []Office{Governor, LtGovernor, Statewide, StateSenate, StateHouse, Judicial}
	}
	return nil
}

// ElectionType is the kind of election, as the page's "type" parameter
// names it.
type ElectionType string

// The election types.
const (
	General       ElectionType = "general"
	Primary       ElectionType = "primary"
	Runoff        ElectionType = "runoff" // a general or special election runoff
	PrimaryRunoff ElectionType = "primary-runoff"
	Special       ElectionType = "special"
)

// ElectionTypes lists the election types in the order the page offers them.
var ElectionTypes = []ElectionType{General, Primary, Runoff, PrimaryRunoff, Special}

// PrimaryTypes are the nominating elections: a primary and its runoff.
var PrimaryTypes = []ElectionType{Primary, PrimaryRunoff}

// primary reports whether t nominates rather than elects.
func (t ElectionType) primary() bool { return t == Primary || t == PrimaryRunoff }

// runoff reports whether t is a runoff, decided by the most votes.
func (t ElectionType) runoff() bool { return t == Runoff || t == PrimaryRunoff }

// Stage is when in the count a race's figures stand.
type Stage string

// The count stages.
const (
	// Certified figures, the default: the law counts from them.
	Certified Stage = "certified"
	// Unofficial figures (election night): nobody is declared yet.
	Unofficial Stage = "unofficial"
	// Recounted: the figures after a recount, which has been done.
	Recounted Stage = "recounted"
)

// Stages lists the stages in the order the page offers them.
var Stages = []Stage{Certified, Unofficial, Recounted}

// WinnerRule is how many votes make a winner.
type WinnerRule string

// The winner rules.
const (
	// Majority: more than half of the votes cast for the office; otherwise
	// the top two meet in a runoff.
	Majority WinnerRule = "majority"
	// Plurality: the most votes win, with no runoff.
	Plurality WinnerRule = "plurality"
	// Advance: the top few (WinnerLaw.Places) go on to the general
	// election, whatever their share: a top-two or top-four primary.
	Advance WinnerRule = "advance"
)

// Limits on a race.
const (
	MinCandidates = 2
	MaxCandidates = 40
)

// Candidate is one row of a race: a name (which may be empty) and a count.
type Candidate struct {
	Name  string
	Votes int64
}

// Race is everything the explainer needs to know about one contest for one
// office: what is counted. How the page shows it (language, embed,
// classroom mode) is not part of it and never changes a verdict.
type Race struct {
	// State is the jurisdiction's USPS code ("GA", "DC").
	State    string
	Election Date
	Type     ElectionType
	Office   Office
	// Counties is how many counties (or county equivalents) voted for the
	// office; it decides where some states' requests go. 0 means the page
	// did not ask, and every county is assumed for a statewide office and
	// one otherwise.
	Counties int
	// Base is the date the deadline counts from: certification, or the
	// canvass, as the state's rule says (the "cert" parameter). Zero: not
	// given yet.
	Base Date
	// Stage of the figures; "" means Certified.
	Stage Stage
	// Winner overrides the state's winner rule; "" means the state's.
	Winner     WinnerRule
	Candidates []Candidate
}

// stage returns the race's count stage, Certified when not given.
func (r Race) stage() Stage {
	if r.Stage == "" {
		return Certified
	}
	return r.Stage
}

// Statewide reports whether the race covers the whole state: a statewide
// office, or every one of the state's n counties.
func (r Race) Statewide(n int) bool { return r.statewide(n) }

// statewide reports whether the race covers every county of a state that
// has n of them.
func (r Race) statewide(n int) bool {
	switch r.Office {
	case President, USSenate, Governor, LtGovernor, Statewide:
		return true
	}
	return n > 0 && r.Counties >= n
}
