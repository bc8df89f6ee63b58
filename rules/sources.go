package rules

// Status says how well a rule is verified. The page says it in words beside
// every rule that is not Verified.
type Status string

// The statuses.
const (
	// Verified: read in the statute, rule or official record itself.
	Verified Status = "verified"
	// Reported: only a secondary source (news, a summary) says so.
	Reported Status = "reported"
	// Conflicting: sources disagree; the rule has several readings.
	Conflicting Status = "conflicting"
	// NotFound: looked for and not found.
	NotFound Status = "not-found"
)

// SourceKind says what a source is, so that its status reads right: a
// statute is read or not, a study is a study.
type SourceKind string

// The source kinds.
const (
	Statute         SourceKind = "statute"    // a code section
	Regulation      SourceKind = "regulation" // an administrative rule
	SessionLaw      SourceKind = "bill"       // an enacted bill or act
	Opinion         SourceKind = "opinion"    // an attorney general's or court's opinion
	OfficialResults SourceKind = "results"    // an election office's published results
	OfficialGuide   SourceKind = "guide"      // an election office's own explanation
	HolidayList     SourceKind = "holidays"   // an official list of state holidays
	News            SourceKind = "news"
	Summary         SourceKind = "summary" // a secondary legal summary (NCSL, Verified Voting…)
	Study           SourceKind = "study"
)

// Source is a citation target: what it is, its title (a proper name in any
// language: a statute number, a publication), where a copy was read, and
// when the project last checked it.
type Source struct {
	ID      string
	Kind    SourceKind
	Title   string
	URL     string
	Checked Date
}

// Cite points a rule at a source: the source's id, a pinpoint within it
// ("(c)", "§ 16-661(A)"), and how well the rule is verified there.
type Cite struct {
	Source string
	Pin    string
	Status Status
}

// checkedOn is the date this project read the shared sources below.
const checkedOn Date = 20261122

// The shared sources, cited by every jurisdiction.
const (
	SrcFederalHolidays = "us-5-usc-6103"
	SrcFairVote        = "fairvote-2024"
	SrcAPRecounts      = "ap-2020-recounts"
)

var sharedSources = []Source{
	{ID: SrcFederalHolidays, Kind: Statute, Title: "5 U.S.C. § 6103",
		URL: "https://www.law.cornell.edu/uscode/text/5/6103", Checked: checkedOn},
	{ID: SrcFairVote, Kind: Study, Title: "FairVote, statewide recounts 2000–2023 (via Election Law Blog, 2024)",
		URL: "https://electionlawblog.org/?p=142547", Checked: checkedOn},
	{ID: SrcAPRecounts, Kind: Study, Title: "Associated Press analysis of statewide recounts since 2000 (2020)",
		URL: "https://abc7.com/recount-election-results-2020-how-does-a-work/7740212/", Checked: checkedOn},
}

// SourceOf returns the source with the given id: the jurisdiction's own,
// or a shared one (federal holidays, the recount studies).
func (j *Jurisdiction) SourceOf(id string) (Source, bool) {
	for _, s := range j.Sources {
		if s.ID == id {
			return s, true
		}
	}
	return SharedSource(id)
}

// SharedSource returns a source every jurisdiction may cite.
func SharedSource(id string) (Source, bool) {
	for _, s := range sharedSources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// worst returns the least certain status of the cites: a rule is as sure
// as its weakest support. No cites at all is NotFound.
func worst(cs []Cite) Status {
	if len(cs) == 0 {
		return NotFound
	}
	rank := map[Status]int{Verified: 0, Reported: 1, Conflicting: 2, NotFound: 3}
	s := Verified
	for _, c := range cs {
		if rank[c.Status] > rank[s] {
			s = c.Status
		}
	}
	return s
}

// StatusOf returns how well a rule with these cites is verified: its
// weakest cite's status.
func StatusOf(cs []Cite) Status { return worst(cs) }

// IsLaw reports whether a source is a law or a ruling on one, whose text is
// either read or not.
func (k SourceKind) IsLaw() bool {
	switch k {
	case Statute, Regulation, SessionLaw, Opinion:
		return true
	}
	return false
}
