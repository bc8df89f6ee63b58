package rules

import "time"

// Jurisdiction is one state's (or DC's) recount law as data: versions by
// the elections they govern, the sources they rest on, and the calendar its
// deadlines count on. The zero Jurisdiction is not usable; package
// rules/states holds the real ones.
type Jurisdiction struct {
	// Code is the USPS code: "GA", "DC".
	Code string
	// Name is the proper name in English ("Virginia"); the page says it in
	// every language.
	Name string
	// Counties is how many counties or county equivalents it has (Virginia
	// counts its independent cities, Louisiana its parishes). DC has 1.
	Counties int
	// Checked is the date the project last read this jurisdiction's sources.
	Checked Date
	// Versions are the law's versions, oldest first; each governs the
	// elections from its From date until the next one's.
	Versions []Version
	// Winner says how many votes make a winner, by scope; the first that
	// applies wins, and Plurality where none does.
	Winner []WinnerLaw
	// Ties says how a tie for the deciding place is broken, by scope.
	Ties []TieLaw
	// Holidays is the calendar business-day deadlines count on.
	Holidays Holidays
	// Sources are the citations every rule's Cite points into.
	Sources []Source
	// Past are recounts held in this jurisdiction, for comparison.
	Past []PastRecount
}

// Version is the law as it governs elections from From until the next
// version's From.
type Version struct {
	// ID is a stable name ("ga-hb316-half-percent"), used for words and tests.
	ID string
	// From is the first election date this version governs; the zero Date
	// for the earliest version on file.
	From Date
	// FromUnsure, when set, is the first election date this version
	// certainly governs: the date it took effect is not confirmed, and an
	// election from From to FromUnsure may fall under the previous version,
	// so both are shown as readings.
	FromUnsure Date
	// Assumed, when set, is the earliest election date the project has the
	// text of this version for: an election before it is judged by this
	// version, and the page says the older text was not read.
	Assumed Date
	// Readings are the ways the sources read this version: one, or several
	// where they conflict (Missouri's 0.5% or 1%); the page never picks one
	// silently.
	Readings []Reading
	// Facts are what happens before, during and after a recount, and what it
	// costs, with their scopes and dates.
	Facts []Fact
	// Contest is the election contest (a lawsuit or petition that can lead
	// to a recount), named where the law provides no recount of a kind and
	// a reader needs the route that remains.
	Contest *Contest
	// Cite is the enactment this version rests on.
	Cite []Cite
}

// Reading is one reading of a version's rules.
type Reading struct {
	// ID names the reading ("mo-half-percent"); it keys the words that
	// describe it.
	ID string
	// Routes are the recounts the law provides: automatic ones and
	// requested ones, each with its scope and tiers.
	Routes []Route
	// Filings say where a request goes and by when, by scope; the first
	// that applies wins.
	Filings []Filing
	// Cite is what this reading rests on, where readings differ.
	Cite []Cite
}

// RouteKind says how a recount comes about.
type RouteKind string

// The route kinds.
const (
	// Automatic: the law orders the recount with no request.
	Automatic RouteKind = "automatic"
	// Requested: a candidate (or voters, or a party) asks for it.
	Requested RouteKind = "requested"
)

// Route is one way to a recount.
type Route struct {
	Kind  RouteKind
	Scope Scope
	// Tiers, narrowest first: a margin takes the first tier whose line it is
	// within; past the last there is no recount by this route.
	Tiers []Tier
	// Who may ask (Requested only).
	Who []Requester
	// InWriting: the request must be made in writing.
	InWriting bool
	// Nonbinding: the recount informs a later contest and does not change
	// the result by itself (Illinois's discovery recount).
	Nonbinding bool
	// UnlessAutomatic: the route is open only where no automatic recount
	// applies (North Dakota's request band above the automatic line).
	UnlessAutomatic bool
	// DecidedOnly: the route covers a race decided outright, not the
	// places in a runoff (Georgia's automatic hand recount).
	DecidedOnly bool
	// Waiver says the losing candidate may waive an automatic recount.
	Waiver *Waiver
	// Finish is how long the recount may take, where the law says.
	Finish *Deadline
	Cite   []Cite
}

// Tier is one band of a route: its line, and what a recount in it costs and
// how it is done.
type Tier struct {
	Line   Line
	Method Method
	Cost   Cost
	Cite   []Cite
}

// Method is how the ballots are counted again.
type Method string

// The methods.
const (
	MethodUnstated Method = ""
	Machine        Method = "machine"          // run through tabulators again
	Hand           Method = "hand"             // counted by hand
	MachineAndHand Method = "machine-and-hand" // tabulators, with some ballots by hand
	RequesterPicks Method = "requester-picks"  // the requester chooses
)

// CostKind is who pays for a recount.
type CostKind string

// The cost kinds.
const (
	CostUnstated  CostKind = ""
	Public        CostKind = "public"         // no cost to the candidate
	RequesterPays CostKind = "requester-pays" // the requester pays the cost
	Deposit       CostKind = "deposit"        // the requester deposits a sum
)

// Cost is what a recount in a tier costs the requester.
type Cost struct {
	Kind CostKind
	// Per-precinct, per-ballot (in cents) and flat deposits, where set.
	PerPrecinct    int64
	PerBallotCents int64
	Flat           int64
	// Refunded: the deposit comes back if the recount changes the result.
	Refunded bool
	Cite     []Cite
}

// RequesterKind is who may ask for a recount.
type RequesterKind string

// The requesters.
const (
	LosingCandidate RequesterKind = "losing-candidate" // a candidate not declared elected
	AnyCandidate    RequesterKind = "any-candidate"    // any candidate voted for
	Voters          RequesterKind = "voters"           // N registered voters
	PartyOfficer    RequesterKind = "party"            // a political party's officer
)

// Requester is one kind of person who may ask.
type Requester struct {
	Kind   RequesterKind
	Number int // for Voters: how many
	Cite   []Cite
}

// Waiver says an automatic recount can be waived by the losing candidate.
type Waiver struct {
	// Hours after the base event within which to waive (0: not stated).
	Hours int
	Cite  []Cite
}

// Area is how much of the state a race covers.
type Area string

// The areas.
const (
	AnyArea       Area = ""
	StatewideArea Area = "statewide"     // every county, or a statewide office
	MultiCounty   Area = "multi-county"  // more than one county
	SingleCounty  Area = "single-county" // one county
	NotStatewide  Area = "not-statewide" // anything short of the whole state
)

// Scope is which races a rule covers. The zero Scope covers every race.
type Scope struct {
	// Offices covered; empty: every office.
	Offices []Office
	// Except are offices not covered.
	Except []Office
	// Types of election covered; empty: every type.
	Types []ElectionType
	Area  Area
}

// Filing is where a request goes and by when, for the races in its scope.
type Filing struct {
	Scope    Scope
	Receiver Receiver
	Deadline Deadline
	Cite     []Cite
}

// ReceiverKind is what kind of office receives a request (or orders an
// automatic recount); the page explains each in every language.
type ReceiverKind string

// The receiver kinds.
const (
	SecretaryOfState ReceiverKind = "secretary-of-state"
	StateBoard       ReceiverKind = "state-board"     // a state board of elections or canvassers
	CountyBoard      ReceiverKind = "county-board"    // a county board of elections or canvassers
	CountyOfficial   ReceiverKind = "county-official" // a county clerk, auditor, probate judge…
	LocalOfficial    ReceiverKind = "local-official"  // a city or town clerk or board
	Court            ReceiverKind = "court"
	FilingOfficer    ReceiverKind = "filing-officer" // whoever the candidate filed with
	Superintendent   ReceiverKind = "superintendent" // Georgia's county or municipal superintendent
)

// Receiver is who receives a request.
type Receiver struct {
	// ID is stable for the page's #receiver[data-receiver]:
	// "secretary-of-state", "superintendent", "va-richmond-circuit-court".
	ID   string
	Kind ReceiverKind
	// Name is its official name in English ("Circuit Court of the City of
	// Richmond"); the Spanish page keeps it in parentheses. Empty when the
	// kind says it all.
	Name string
	// Directs: it directs the recount in every county involved (a
	// Secretary of State for a multi-county race).
	Directs bool
	Cite    []Cite
}

// Unit is what a deadline counts.
type Unit string

// The units.
const (
	Hours        Unit = "hours"
	CalendarDays Unit = "days"
	BusinessDays Unit = "business-days"
	// Weekdays: the Nth Weekday after the event ("the fourth Monday after
	// the election"; "the Friday after" is N 1).
	Weekdays Unit = "weekday"
)

// Event is what a deadline counts from.
type Event string

// The events.
const (
	ElectionDay   Event = "election"
	Canvass       Event = "canvass"       // the (county) canvass is completed
	StateCanvass  Event = "state-canvass" // the state's canvass is completed
	Certification Event = "certification" // the results are certified
	Declaration   Event = "declaration"   // the official results are declared
	Order         Event = "order"         // the recount is ordered or starts
	Unstated      Event = ""              // the statute does not say from when
)

// Deadline is a statute's time limit: N units after an event, with the
// hour, and whether a last day on a weekend or holiday moves on.
type Deadline struct {
	N    int
	Unit Unit
	From Event
	// At is the hour of the last day, in minutes after midnight (17:00 is
	// 1020); 0 when the statute names none (office hours).
	At int
	// Weekday is the day of the week of a Weekdays deadline.
	Weekday time.Weekday
	// Rolls: a last day on a weekend or legal holiday moves to the next
	// business day. Only for calendar days and weekdays.
	Rolls bool
	// SaturdayOpen: with Rolls, only a Sunday or a legal holiday moves the
	// last day; a Saturday does not (the statute counts it like a weekday),
	// and a moved last day may land on one.
	SaturdayOpen bool
	// ToBusinessDay: with SaturdayOpen, a moved last day goes on to the next
	// business day, past a Saturday too (Idaho § 73-110).
	ToBusinessDay bool
	// OrLater is a second deadline, counted from its own event, that
	// applies instead where it falls later ("the later of", Texas §
	// 212.028); nil for none.
	OrLater *Deadline
	Cite    []Cite
}

// Fact is one thing the law or practice says about a recount: what is done,
// who may watch, what it costs, how long it takes. Kind keys its words;
// Numbers are the figures the words show with it.
type Fact struct {
	Kind    string
	Section Section
	Scope   Scope
	// From and Until bound the election dates it holds for (zero: open).
	From, Until Date
	Numbers     []int64
	// When says the fact holds only for some routes: "" for all,
	// "automatic" or "requested".
	When RouteKind
	Cite []Cite
}

// Section is where on the page a fact belongs.
type Section string

// The sections.
const (
	Before    Section = "before" // recounts before certification, other routes
	Where     Section = "where"  // who receives the request
	During    Section = "during" // what is done
	Watch     Section = "watch"  // who may watch
	CostTime  Section = "cost"   // who pays, how long it takes
	AfterNote Section = "after"  // what follows a recount
)

// WinnerLaw is the winner rule for the races in its scope.
type WinnerLaw struct {
	Scope Scope
	Rule  WinnerRule
	// Above, for Majority, is the share the leader must exceed to win
	// without a runoff when it is not one half (North Carolina's primaries:
	// 30%); 0 means more than half.
	Above Share
	// AtLeast: a leader with exactly Above wins too (South Dakota's
	// "receives thirty-five percent").
	AtLeast bool
	// Places, for Advance, is how many go on (2 for a top-two primary).
	Places int
	// From and Until bound the election dates it holds for (zero: open).
	From, Until Date
	Cite        []Cite
}

// Contest is an election contest: where it is filed and by when.
type Contest struct {
	Receiver Receiver
	Deadline *Deadline
	Cite     []Cite
}

// TieKind is how a tie is broken.
type TieKind string

// The tie kinds.
const (
	ByLot        TieKind = "lot"          // by lot, drawn publicly
	NewElection  TieKind = "new-election" // a new or special election
	RunoffTie    TieKind = "runoff"       // a runoff between the tied candidates
	Legislature  TieKind = "legislature"  // the legislature chooses
	CourtOrBoard TieKind = "contest"      // settled in an election contest
	TieUnknown   TieKind = "unknown"      // not read
)

// TieLaw is how ties are broken for the races in its scope.
type TieLaw struct {
	Scope Scope
	Kind  TieKind
	Cite  []Cite
}

// PastRecount is a recount held in the jurisdiction, to compare with.
type PastRecount struct {
	// Race is a preset's race id where there is one.
	Race      string
	Election  Date
	Requested Date // zero where not known or automatic
	Started   Date
	Finished  Date
	Before    int64 // margin before the recount
	After     int64 // margin after it
	Cite      []Cite
}
