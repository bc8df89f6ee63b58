package rules

// Status says how well a fact is verified, as the project's fact files tag
// them. The page must say so wherever a fact is not Verified.
type Status string

// The statuses.
const (
	// Verified: read in the enacted statute or rule text itself.
	Verified Status = "verified"
	// Reported: reported by news or a secondary legal summary; the enacted
	// text was not read.
	Reported Status = "reported"
	// Unconfirmed: unverified, or the sources disagree.
	Unconfirmed Status = "unconfirmed"
)

// SourceID names one source the engine rests on.
type SourceID string

// Source is a citation: a title that is a proper name in any language (a
// statute number, a rule number, a publication), where it was read, how well
// the fact it supports is verified, and when it was last checked.
type Source struct {
	ID        SourceID
	Title     string
	URL       string
	Status    Status
	CheckedOn Date
}

// The sources.
const (
	SrcRecountRight    SourceID = "ga-21-2-495c"
	SrcRecountRightOld SourceID = "ga-21-2-495c-pre2019"
	SrcHB316           SourceID = "ga-hb316-2019"
	SrcSB3EX           SourceID = "ga-sb3ex-2026"
	SrcMajority        SourceID = "ga-21-2-501"
	SrcPrecertRecount  SourceID = "ga-21-2-495a"
	SrcComputingTime   SourceID = "ga-21-2-14"
	SrcHolidaysLaw     SourceID = "ga-1-4-1"
	SrcHolidayLists    SourceID = "ga-holiday-lists"
	SrcFederalHolidays SourceID = "us-5-usc-6103"
	SrcRecountRule     SourceID = "ga-rule-183-1-15-03"
	SrcDREEra          SourceID = "ga-dre-recanvass"
	SrcSuperintendent  SourceID = "ga-21-2-40-70"
	SrcWhoPays         SourceID = "ajc-2020-cost"
	SrcPastRecounts    SourceID = "news-past-recounts"
	SrcFairVote        SourceID = "fairvote-2024"
	SrcAPRecounts      SourceID = "ap-2020-recounts"
)

// checked is the date this project last read its sources.
var checked = NewDate(2026, 11, 22)

var sources = map[SourceID]Source{
	SrcRecountRight: {SrcRecountRight, "O.C.G.A. § 21-2-495(c)",
		"https://law.justia.com/codes/georgia/title-21/chapter-2/article-12/section-21-2-495/", Reported, checked},
	SrcRecountRightOld: {SrcRecountRightOld, "O.C.G.A. § 21-2-495(c) (text in force 2009–2019)",
		"", Reported, checked},
	SrcHB316: {SrcHB316, "Ga. L. 2019, Act 24 (HB 316)",
		"https://www.legis.ga.gov/legislation/55191", Reported, checked},
	SrcSB3EX: {SrcSB3EX, "Ga. SB 3EX (2026 special session)",
		"", Reported, checked},
	SrcMajority: {SrcMajority, "O.C.G.A. § 21-2-501(a)(1)",
		"https://law.justia.com/codes/georgia/title-21/chapter-2/article-13/section-21-2-501/", Verified, checked},
	SrcPrecertRecount: {SrcPrecertRecount, "O.C.G.A. § 21-2-495(a)",
		"https://law.justia.com/codes/georgia/title-21/chapter-2/article-12/section-21-2-495/", Verified, checked},
	SrcComputingTime: {SrcComputingTime, "O.C.G.A. § 21-2-14",
		"", Unconfirmed, checked},
	SrcHolidaysLaw: {SrcHolidaysLaw, "O.C.G.A. § 1-4-1",
		"https://law.justia.com/codes/georgia/title-1/chapter-4/section-1-4-1/", Verified, checked},
	SrcHolidayLists: {SrcHolidayLists, "Governor's annual list of state holidays (georgia.gov)",
		"https://georgia.gov/georgia-state-holidays", Reported, checked},
	SrcFederalHolidays: {SrcFederalHolidays, "5 U.S.C. § 6103",
		"", Reported, checked},
	SrcRecountRule: {SrcRecountRule, "Ga. Comp. R. & Regs. 183-1-15-.03",
		"https://rules.sos.ga.gov/gac/183-1-15", Verified, checked},
	SrcDREEra: {SrcDREEra, "O.C.G.A. § 21-2-495(b); Ga. Comp. R. & Regs. 183-1-12-.02(7) (as summarised by CEIMN, 2016)",
		"", Reported, checked},
	SrcSuperintendent: {SrcSuperintendent, "O.C.G.A. §§ 21-2-40, 21-2-70, 21-2-70.1, 21-2-45(c)",
		"", Verified, checked},
	SrcWhoPays: {SrcWhoPays, "Atlanta Journal-Constitution, November 2020",
		"", Reported, checked},
	SrcPastRecounts: {SrcPastRecounts, "CNN Political Ticker 2009-12-09; AP 2017-12-21; Georgia Secretary of State 2020-12-07",
		"", Reported, checked},
	SrcFairVote: {SrcFairVote, "FairVote, statewide recounts 2000–2023 (via Election Law Blog, 2024)",
		"", Reported, checked},
	SrcAPRecounts: {SrcAPRecounts, "Associated Press analysis of statewide recounts since 2000 (2020)",
		"", Reported, checked},
}

// SourceOf returns the source with the given id, and whether it exists.
func SourceOf(id SourceID) (Source, bool) {
	s, ok := sources[id]
	return s, ok
}
