package words

// M holds every message of the page, each with its key in the catalogues
// and its named parameters. Its field types fix the arguments each takes,
// so a call with the wrong arguments does not compile; TestMessages checks
// the catalogues against it.
var M = Messages{

	// Page
	PageTitle:            M0{Key: "page.title"},
	PageTitleRace:        M1[Text]{Key: "page.title.race", Names: [1]string{"race"}},
	PageDescription:      M0{Key: "page.description"},
	PageH1:               M0{Key: "page.h1"},
	PageLede:             M0{Key: "page.lede"},
	PageNotAdvice:        M0{Key: "page.notadvice"},
	PagePrivacy:          M0{Key: "page.privacy"},
	PageCrash:            M0{Key: "page.crash"},
	PageReload:           M0{Key: "page.reload"},
	PageLoading:          M0{Key: "page.loading"},
	Unnamed:              M1[Count]{Key: "candidate.unnamed", Names: [1]string{"n"}},
	AnnounceError:        M0{Key: "announce.error"},
	StepsTitle:           M0{Key: "steps.title"},
	FoldedSteps:          M0{Key: "steps.folded"},
	FoldedStepsRecounted: M0{Key: "steps.folded.recounted"},
	SourceNote:           M1[Count]{Key: "source.note", Names: [1]string{"n"}},

	// Answer box
	AnswerTitle:           M0{Key: "answer.title"},
	AnswerPending:         M0{Key: "answer.pending"},
	LawLoading:            M1[Text]{Key: "answer.law-loading", Names: [1]string{"state"}},
	LawUnavailable:        M1[Text]{Key: "answer.law-unavailable", Names: [1]string{"state"}},
	LawRetry:              M0{Key: "answer.law-retry"},
	LawLoadingAll:         M0{Key: "compare.law-loading"},
	LawUnavailableAll:     M0{Key: "compare.law-unavailable"},
	ErrorsTitle:           M0{Key: "errors.title"},
	UnknownPreset:         M1[Text]{Key: "answer.unknown-preset", Names: [1]string{"id"}},
	RaceLinePreset:        M4[Text, Text, Day, Text]{Key: "answer.race.preset", Names: [4]string{"race", "state", "date", "stage"}},
	RaceLineCustom:        M5[Text, Text, Text, Day, Text]{Key: "answer.race.custom", Names: [5]string{"office", "state", "type", "date", "stage"}},
	LawLine:               M3[Text, Text, ShortDay]{Key: "answer.law", Names: [3]string{"law", "status", "checked"}},
	LawFuture:             M1[ShortDay]{Key: "answer.law.future", Names: [1]string{"date"}},
	LawAssumed:            M1[Text]{Key: "answer.law.assumed", Names: [1]string{"year"}},
	LawWeaker:             M2[Text, Text]{Key: "answer.law.weaker", Names: [2]string{"law", "status"}},
	LedeUnofficial:        M0{Key: "lede.unofficial"},
	LedeRecounted:         M0{Key: "lede.recounted"},
	LedeRecountedTie:      M2[Text, Count]{Key: "lede.recounted.tie", Names: [2]string{"names", "votes"}},
	LedeRecountedLead:     M2[Text, Count]{Key: "lede.recounted.lead", Names: [2]string{"leader", "margin"}},
	LedeRecountMoved:      M2[Count, Count]{Key: "lede.recount.moved", Names: [2]string{"before", "after"}},
	LedeBothRunoff:        M2[Text, Text]{Key: "lede.both-runoff", Names: [2]string{"a", "b"}},
	LedeNoMajority:        M3[Text, Count, Count]{Key: "lede.no-majority", Names: [3]string{"threshold", "total", "need"}},
	ThresholdHalf:         M0{Key: "threshold.half"},
	ThresholdAbove:        M1[Text]{Key: "threshold.above", Names: [1]string{"share"}},
	ThresholdAtLeast:      M1[Text]{Key: "threshold.at-least", Names: [1]string{"share"}},
	LedeAfterRunoff:       M0{Key: "lede.after-runoff"},
	LedeRunoff:            M3[Text, Text, Count]{Key: "lede.runoff", Names: [3]string{"a", "b", "total"}},
	LedeTie:               M2[Text, Count]{Key: "lede.tie", Names: [2]string{"names", "votes"}},
	LedeTieNobody:         M0{Key: "lede.tie.nobody"},
	TieNotCovered:         M1[Text]{Key: "tie.not-covered", Names: [1]string{"state"}},
	LedeAutoYes:           M0{Key: "lede.auto.yes"},
	LedeAutoYesPast:       M0{Key: "lede.auto.yes.past"},
	LedeAutoYesIf:         M0{Key: "lede.auto.yes.if"},
	LedeAutoDepends:       M0{Key: "lede.auto.depends"},
	LedeDepends:           M0{Key: "lede.depends"},
	LedeYes:               M0{Key: "lede.yes"},
	LedeYesPast:           M0{Key: "lede.yes.past"},
	LedeYesIf:             M0{Key: "lede.yes.if"},
	LedeMayAsk:            M1[Text]{Key: "lede.may-ask", Names: [1]string{"names"}},
	LedeCouldAsk:          M1[Text]{Key: "lede.could-ask", Names: [1]string{"names"}},
	LedeCouldAskIf:        M1[Text]{Key: "lede.could-ask.if", Names: [1]string{"names"}},
	LedeMayEachAsk:        M1[Text]{Key: "lede.may-each-ask", Names: [1]string{"names"}},
	LedeCouldEachAsk:      M1[Text]{Key: "lede.could-each-ask", Names: [1]string{"names"}},
	LedeCouldEachAskIf:    M1[Text]{Key: "lede.could-each-ask.if", Names: [1]string{"names"}},
	LedeNoRecountLaw:      M0{Key: "lede.no.law"},
	LedeNoRunoffPlace:     M0{Key: "lede.no.runoff-place"},
	LedeNo:                M0{Key: "lede.no"},
	AskerBehind:           M2[Text, Count]{Key: "asker.behind", Names: [2]string{"name", "margin"}},
	Trails:                M3[Text, Text, Count]{Key: "trails", Names: [3]string{"loser", "leader", "margin"}},
	Trailed:               M3[Text, Text, Count]{Key: "trailed", Names: [3]string{"loser", "leader", "margin"}},
	AnyMarginMayAsk:       M1[Text]{Key: "any-margin.may-ask", Names: [1]string{"state"}},
	AllowsWhen:            M3[Text, Text, Count]{Key: "allows-when", Names: [3]string{"state", "line", "limit"}},
	AutoGap:               M3[Count, Text, Text]{Key: "auto.gap", Names: [3]string{"margin", "leader", "loser"}},
	AutoTieLine:           M1[Text]{Key: "auto.tie-line", Names: [1]string{"state"}},
	AutoLine:              M3[Text, Text, Count]{Key: "auto.line", Names: [3]string{"state", "line", "limit"}},
	AutoWaiver:            M0{Key: "auto.waiver"},
	TooWide:               M5[Text, Text, Count, Text, Count]{Key: "too-wide", Names: [5]string{"loser", "leader", "margin", "line", "over"}},
	NoRequestRoute:        M1[Text]{Key: "no-request-route", Names: [1]string{"state"}},
	ContestRoute:          M1[Text]{Key: "contest-route", Names: [1]string{"court"}},
	DependsReadings:       M1[Text]{Key: "depends.readings", Names: [1]string{"state"}},
	DependsOffice:         M0{Key: "depends.office"},
	DependsTie:            M0{Key: "depends.tie"},
	DependsOtherCount:     M0{Key: "depends.other-count"},
	ReadingGives:          M2[Text, Text]{Key: "reading.gives", Names: [2]string{"reading", "answer"}},
	RequestTo:             M1[Text]{Key: "request.to", Names: [1]string{"receiver"}},
	RequestInWritingTo:    M1[Text]{Key: "request.in-writing-to", Names: [1]string{"receiver"}},
	DeadlineNeedsBase:     M1[Text]{Key: "deadline.needs-base", Names: [1]string{"rule"}},
	DueOrLater:            M3[Day, Day, Text]{Key: "due.or-later", Names: [3]string{"due", "later", "days"}},
	DueHours:              M3[Count, Text, Day]{Key: "due.hours", Names: [3]string{"hours", "event", "date"}},
	DueBy:                 M1[Day]{Key: "due.by", Names: [1]string{"due"}},
	DueByAt:               M2[Text, Day]{Key: "due.by-at", Names: [2]string{"time", "due"}},
	WasDueBy:              M1[Day]{Key: "due.was", Names: [1]string{"due"}},
	ReceiverNamed:         M2[Text, Text]{Key: "receiver.named", Names: [2]string{"kind", "name"}},
	LineShareOffice:       M1[Text]{Key: "line.share-of-office", Names: [1]string{"share"}},
	LineShareOfficeStrict: M1[Text]{Key: "line.share-of-office.strict", Names: [1]string{"share"}},
	LineShareTwo:          M1[Text]{Key: "line.share-of-two", Names: [1]string{"share"}},
	LineShareTwoStrict:    M1[Text]{Key: "line.share-of-two.strict", Names: [1]string{"share"}},
	LineShareLeader:       M1[Text]{Key: "line.share-of-leader", Names: [1]string{"share"}},
	LineShareLeaderStrict: M1[Text]{Key: "line.share-of-leader.strict", Names: [1]string{"share"}},
	LineVotes:             M1[Count]{Key: "line.votes", Names: [1]string{"n"}},
	LineVotesStrict:       M1[Count]{Key: "line.votes.strict", Names: [1]string{"n"}},
	LineTie:               M0{Key: "line.tie"},
	LineLesser:            M1[Text]{Key: "line.lesser", Names: [1]string{"lines"}},
	LineGreater:           M1[Text]{Key: "line.greater", Names: [1]string{"lines"}},
	RuleBusinessDays:      M2[Count, Text]{Key: "rule.business-days", Names: [2]string{"n", "after"}},
	RuleDays:              M2[Count, Text]{Key: "rule.days", Names: [2]string{"n", "after"}},
	RuleHours:             M2[Count, Text]{Key: "rule.hours", Names: [2]string{"n", "after"}},
	RuleWeekday:           M3[Text, Text, Text]{Key: "rule.weekday", Names: [3]string{"nth", "weekday", "after"}},
	RuleOrLater:           M2[Text, Text]{Key: "rule.or-later", Names: [2]string{"rule", "other"}},
	FieldVotesRow:         M1[Count]{Key: "field.votes.row", Names: [1]string{"n"}},
	ProblemCounties:       M3[Text, Count, Text]{Key: "problem.counties", Names: [3]string{"field", "limit", "state"}},
	ProblemTooFew:         M2[Text, Count]{Key: "problem.too-few-candidates", Names: [2]string{"field", "limit"}},
	ProblemTooMany:        M2[Text, Count]{Key: "problem.too-many-candidates", Names: [2]string{"field", "limit"}},
	ProblemField:          M2[Text, Text]{Key: "problem.field", Names: [2]string{"field", "problem"}},

	// Number line
	MarkLine:          M2[Text, Count]{Key: "mark.line", Names: [2]string{"kind", "votes"}},
	MarkMargin:        M1[Count]{Key: "mark.margin", Names: [1]string{"margin"}},
	NumberLineCaption: M1[Text]{Key: "numberline.caption", Names: [1]string{"items"}},

	// Step 1
	StepCount:              M0{Key: "step.count"},
	CountCaption:           M0{Key: "count.caption"},
	ColCandidate:           M0{Key: "col.candidate"},
	ColVotes:               M0{Key: "col.votes"},
	ColShare:               M0{Key: "col.share"},
	ColResult:              M0{Key: "col.result"},
	CountTotal:             M0{Key: "count.total"},
	SharesRounded:          M1[Text]{Key: "count.shares-rounded", Names: [1]string{"sum"}},
	RunoffTwoCandidates:    M0{Key: "count.runoff-two"},
	StandingLeading:        M0{Key: "standing.leading"},
	StandingNominated:      M0{Key: "standing.nominated"},
	StandingElected:        M0{Key: "standing.elected"},
	StandingRunoff:         M0{Key: "standing.runoff"},
	StandingTied:           M0{Key: "standing.tied"},
	StandingOut:            M0{Key: "standing.out"},
	StandingNotNominated:   M0{Key: "standing.not-nominated"},
	StandingLost:           M0{Key: "standing.lost"},
	Elected:                M0{Key: "declared.elected"},
	Nominated:              M0{Key: "declared.nominated"},
	OutcomeRunoff:          M5[Text, Count, Count, Text, Text]{Key: "outcome.runoff", Names: [5]string{"threshold", "total", "need", "a", "b"}},
	OutcomeTie:             M2[Text, Count]{Key: "outcome.tie", Names: [2]string{"names", "votes"}},
	OutcomeAdvance:         M2[Count, Text]{Key: "outcome.advance", Names: [2]string{"n", "names"}},
	OutcomeAdvanceAll:      M3[Count, Count, Text]{Key: "outcome.advance.all", Names: [3]string{"places", "n", "names"}},
	StandingAdvances:       M0{Key: "standing.advances"},
	StandingNotAdvancing:   M0{Key: "standing.not-advancing"},
	OutcomeUnofficial:      M1[Text]{Key: "outcome.unofficial", Names: [1]string{"leader"}},
	OutcomeRunoffWinner:    M2[Text, Text]{Key: "outcome.runoff-winner", Names: [2]string{"leader", "declared"}},
	OutcomeMajority:        M4[Text, Count, Count, Text]{Key: "outcome.majority", Names: [4]string{"leader", "total", "need", "declared"}},
	OutcomeAbove:           M3[Text, Text, Text]{Key: "outcome.above", Names: [3]string{"leader", "threshold", "declared"}},
	OutcomePluralityChosen: M2[Text, Text]{Key: "outcome.plurality.chosen", Names: [2]string{"leader", "declared"}},
	OutcomePlurality:       M3[Text, Text, Text]{Key: "outcome.plurality", Names: [3]string{"leader", "declared", "state"}},

	// Step 2
	StepMargin:             M0{Key: "step.margin"},
	NoLoserYet:             M0{Key: "margin.no-loser"},
	MarginTerm:             M0{Key: "margin.term"},
	MarginValue:            M4[Count, Count, Count, Text]{Key: "margin.value", Names: [4]string{"margin", "a", "b", "pct"}},
	TotalTerm:              M0{Key: "total.term"},
	TotalValue:             M1[Count]{Key: "total.value", Names: [1]string{"total"}},
	NoAutomatic:            M1[Text]{Key: "margin.no-automatic", Names: [1]string{"state"}},
	NoRequest:              M1[Text]{Key: "margin.no-request", Names: [1]string{"state"}},
	ReadingLine:            M3[Text, Text, Text]{Key: "reading.line", Names: [3]string{"reading", "automatic", "requested"}},
	ReadingsTitle:          M0{Key: "readings.title"},
	ReadingsWhy:            M0{Key: "readings.why"},
	RouteAutomatic:         M0{Key: "route.automatic"},
	RouteRequested:         M0{Key: "route.requested"},
	RouteDiscovery:         M0{Key: "route.discovery"},
	RouteMaybeOffice:       M0{Key: "route.maybe-office"},
	RouteClosedByAutomatic: M0{Key: "route.closed"},
	RouteDecidedOnly:       M0{Key: "route.decided-only"},
	AnyMargin:              M0{Key: "any-margin"},
	TierLine:               M3[Text, Text, Text]{Key: "tier.line", Names: [3]string{"line", "cost", "method"}},
	TierThisRace:           M0{Key: "tier.this-race"},
	LineUnknownCount:       M0{Key: "line.unknown-count"},
	ShareArith:             M4[Text, Count, Text, Count]{Key: "arith.share", Names: [4]string{"share", "of", "value", "limit"}},
	ShareArithStrict:       M4[Text, Count, Text, Count]{Key: "arith.share.strict", Names: [4]string{"share", "of", "value", "limit"}},
	BindingLine:            M1[Count]{Key: "arith.binding", Names: [1]string{"limit"}},
	ExactlyOnLine:          M1[Count]{Key: "arith.exact", Names: [1]string{"margin"}},
	ExactlyOnLineStrict:    M1[Count]{Key: "arith.exact.strict", Names: [1]string{"margin"}},
	InsideLine:             M3[Count, Count, Count]{Key: "arith.inside", Names: [3]string{"margin", "limit", "spare"}},
	PastLine:               M3[Count, Count, Count]{Key: "arith.past", Names: [3]string{"margin", "limit", "over"}},
	ThresholdSummary:       M1[Count]{Key: "threshold.summary", Names: [1]string{"limit"}},
	AutomaticSummary:       M1[Count]{Key: "threshold.automatic", Names: [1]string{"limit"}},
	OthersCaption:          M0{Key: "others.caption"},
	ColBehind:              M1[Text]{Key: "col.behind", Names: [1]string{"name"}},
	ColMayAsk:              M0{Key: "col.may-ask"},
	Yes:                    M0{Key: "yes"},
	No:                     M0{Key: "no"},

	// Step 3
	StepWho:            M0{Key: "step.who"},
	WhoNoRoute:         M1[Text]{Key: "who.no-route", Names: [1]string{"state"}},
	WhoNotYet:          M0{Key: "who.not-yet"},
	WhoMayAsk:          M1[Text]{Key: "who.may-ask", Names: [1]string{"who"}},
	InWriting:          M0{Key: "who.in-writing"},
	WhoWithin:          M3[Text, Count, Text]{Key: "who.within", Names: [3]string{"name", "margin", "cost"}},
	WhoNobodyWithin:    M0{Key: "who.nobody"},
	DepositPerPrecinct: M1[Count]{Key: "deposit.precinct", Names: [1]string{"n"}},
	DepositPerBallot:   M1[Count]{Key: "deposit.ballot", Names: [1]string{"n"}},
	DepositFlat:        M1[Count]{Key: "deposit.flat", Names: [1]string{"n"}},
	CostDeposit:        M1[Text]{Key: "cost.deposit.amounts", Names: [1]string{"amounts"}},
	CostRefunded:       M0{Key: "cost.refunded"},

	// Step 4
	StepWhere:         M0{Key: "step.where"},
	WhereNone:         M1[Text]{Key: "where.none", Names: [1]string{"state"}},
	WhereGoes:         M1[Text]{Key: "where.goes", Names: [1]string{"receiver"}},
	WhereFor:          M1[Text]{Key: "where.for", Names: [1]string{"office"}},
	WhereMultiCounty:  M1[Count]{Key: "where.multi-county", Names: [1]string{"n"}},
	WhereSingleCounty: M0{Key: "where.single-county"},
	WhereStatewide:    M0{Key: "where.statewide"},
	WhereDirects:      M0{Key: "where.directs"},

	// Step 5
	StepWhen:             M0{Key: "step.when"},
	DeadlineLabel:        M0{Key: "deadline.label"},
	OrLater:              M2[Day, Text]{Key: "deadline.or-later", Names: [2]string{"later", "days"}},
	HoursAfter:           M2[Count, Text]{Key: "deadline.hours-after", Names: [2]string{"hours", "event"}},
	AtTime:               M1[Text]{Key: "deadline.at", Names: [1]string{"time"}},
	OfficeHours:          M1[Text]{Key: "deadline.office-hours", Names: [1]string{"receiver"}},
	WhenRule:             M1[Text]{Key: "when.rule", Names: [1]string{"rule"}},
	BusinessDaysSkip:     M0{Key: "when.business-days"},
	RollsOver:            M0{Key: "when.rolls"},
	RollsOverSunday:      M0{Key: "when.rolls.sunday"},
	RollsToBusinessDay:   M0{Key: "when.rolls.business"},
	WhenNeedsBase:        M1[Text]{Key: "when.needs-base", Names: [1]string{"field"}},
	WhenNoRule:           M1[Text]{Key: "when.no-rule", Names: [1]string{"state"}},
	DayWeekend:           M0{Key: "day.weekend"},
	DayHoliday:           M1[Text]{Key: "day.holiday", Names: [1]string{"holiday"}},
	DayPossible:          M2[Text, Count]{Key: "day.possible", Names: [2]string{"holiday", "n"}},
	DayN:                 M1[Count]{Key: "day.n", Names: [1]string{"n"}},
	DayMovedTo:           M0{Key: "day.moved-to"},
	DayLastWeekend:       M1[Count]{Key: "day.last.weekend", Names: [1]string{"n"}},
	DayLastHoliday:       M2[Count, Text]{Key: "day.last.holiday", Names: [2]string{"n", "holiday"}},
	BusinessDay:          M1[Count]{Key: "day.business", Names: [1]string{"n"}},
	BusinessDayOr:        M2[Count, Count]{Key: "day.business.or", Names: [2]string{"n", "later"}},
	BusinessDayIfHoliday: M1[Count]{Key: "day.business.if", Names: [1]string{"n"}},
	HolidayObserved:      M1[Text]{Key: "holiday.observed", Names: [1]string{"holiday"}},
	HolidaysUnverified:   M2[Text, Text]{Key: "when.holidays-unverified", Names: [2]string{"state", "years"}},
	HolidaysNotOnFile:    M1[Text]{Key: "when.holidays-not-on-file", Names: [1]string{"state"}},
	Rolled:               M0{Key: "when.rolled"},
	OtherDeadline:        M2[Text, Day]{Key: "when.other", Names: [2]string{"reading", "due"}},

	// Step 6
	StepDuring:      M0{Key: "step.during"},
	FinishWithin:    M1[Text]{Key: "during.finish", Names: [1]string{"rule"}},
	WaiverFact:      M0{Key: "during.waiver"},
	WatchTitle:      M0{Key: "during.watch"},
	CostTitle:       M0{Key: "during.cost"},
	NotesTitle:      M0{Key: "during.notes"},
	DuringNotOnFile: M1[Text]{Key: "during.not-on-file", Names: [1]string{"state"}},

	// Step 7
	StepHistory:          M0{Key: "step.history"},
	HistoryMargin:        M2[Count, Text]{Key: "history.margin", Names: [2]string{"margin", "pct"}},
	HistoryStudy:         M5[Count, Count, Count, Count, Text]{Key: "history.study", Names: [5]string{"elections", "recounts", "reversals", "votes", "pct"}},
	HistoryReversals:     M4[Count, Text, Text, Count]{Key: "history.reversals", Names: [4]string{"reversals", "below", "largest", "votes"}},
	HistoryBelow:         M1[Text]{Key: "history.below", Names: [1]string{"below"}},
	HistoryTimes:         M3[Text, Count, Text]{Key: "history.times", Names: [3]string{"pct", "times", "mean"}},
	HistoryNear:          M1[Text]{Key: "history.near", Names: [1]string{"mean"}},
	HistoryStatewideOnly: M0{Key: "history.statewide-only"},
	PastCaption:          M1[Text]{Key: "history.past", Names: [1]string{"state"}},
	ColRace:              M0{Key: "col.race"},
	ColRequested:         M0{Key: "col.requested"},
	ColRecounted:         M0{Key: "col.recounted"},
	ColChange:            M0{Key: "col.change"},
	DateSpan:             M2[ShortDay, ShortDay]{Key: "date.span", Names: [2]string{"from", "to"}},
	ChangeValue:          M2[Count, Count]{Key: "history.change", Names: [2]string{"before", "after"}},

	// Sources
	SourcesTitle: M0{Key: "sources.title"},
	SourcesIntro: M0{Key: "sources.intro"},
	CheckedOn:    M1[ShortDay]{Key: "sources.checked", Names: [1]string{"date"}},

	// Presets
	PresetsTitle:      M0{Key: "presets.title"},
	PresetsHint:       M0{Key: "presets.hint"},
	PresetLabel:       M3[Text, Text, Text]{Key: "preset.label", Names: [3]string{"title", "year", "stage"}},
	PresetShowing:     M4[Text, Text, Text, Text]{Key: "preset.showing", Names: [4]string{"race", "stage", "source", "status"}},
	PresetPartial:     M0{Key: "preset.partial"},
	PresetStages:      M1[Text]{Key: "preset.stages", Names: [1]string{"stages"}},
	PresetStagesEarly: M0{Key: "preset.stages.early"},
	StageLead:         M2[Text, Count]{Key: "preset.stage-lead", Names: [2]string{"stage", "lead"}},

	// Form
	FormTitle:           M0{Key: "form.title"},
	FormCandidates:      M0{Key: "form.candidates"},
	FormName:            M1[Count]{Key: "form.name", Names: [1]string{"n"}},
	FormVotes:           M1[Count]{Key: "form.votes", Names: [1]string{"n"}},
	FormAdd:             M0{Key: "form.add"},
	FormRemove:          M1[Count]{Key: "form.remove", Names: [1]string{"n"}},
	FormRemoveShort:     M0{Key: "form.remove.short"},
	FormState:           M0{Key: "form.state"},
	FormDate:            M0{Key: "form.date"},
	FormDateHint:        M0{Key: "form.date.hint"},
	FormType:            M0{Key: "form.type"},
	FormOffice:          M0{Key: "form.office"},
	FormCounties:        M0{Key: "form.counties"},
	CountiesHint:        M1[Count]{Key: "form.counties.hint", Names: [1]string{"n"}},
	CountiesHintNoState: M0{Key: "form.counties.hint.nostate"},
	FormCertHint:        M0{Key: "form.cert.hint"},
	FormStage:           M0{Key: "form.stage"},
	FormWinner:          M0{Key: "form.winner"},
	WinnerLaw:           M0{Key: "winner.law"},
	FormSubmit:          M0{Key: "form.submit"},
	FormLive:            M0{Key: "form.live"},

	// Comparison
	CompareTitle:       M0{Key: "compare.title"},
	CompareH1:          M0{Key: "compare.h1"},
	CompareLede:        M0{Key: "compare.lede"},
	CompareResults:     M0{Key: "compare.results"},
	CompareCaption:     M0{Key: "compare.caption"},
	ColState:           M0{Key: "col.state"},
	ColOutcome:         M0{Key: "col.outcome"},
	ColLine:            M0{Key: "col.line"},
	ColStatus:          M0{Key: "col.status"},
	ColWalkthrough:     M0{Key: "col.walkthrough"},
	CompareWalkthrough: M1[Text]{Key: "compare.walkthrough", Names: [1]string{"state"}},

	// Not found
	NotFoundTitle: M0{Key: "notfound.title"},
	NotFoundText:  M1[Text]{Key: "notfound.text", Names: [1]string{"id"}},
	NotFoundHome:  M0{Key: "notfound.home"},

	// Runoffs and versions
	LedeRunoffHead:      M2[Text, Text]{Key: "lede.runoff.head", Names: [2]string{"a", "b"}},
	LedeAllAdvance:      M1[Count]{Key: "lede.all-advance", Names: [1]string{"n"}},
	RunoffPlaceYes:      M4[Text, Count, Text, Count]{Key: "lede.runoff-place.yes", Names: [4]string{"loser", "margin", "qualifier", "limit"}},
	RunoffPlaceYesPast:  M4[Text, Count, Text, Count]{Key: "lede.runoff-place.yes.past", Names: [4]string{"loser", "margin", "qualifier", "limit"}},
	RunoffPlaceNo:       M4[Text, Count, Text, Text]{Key: "lede.runoff-place.no", Names: [4]string{"loser", "margin", "qualifier", "line"}},
	AutoAfterRunoff:     M0{Key: "lede.auto.after-runoff"},
	DependsVersions:     M0{Key: "depends.versions"},
	DependsVersionsAsk:  M0{Key: "depends.versions.ask"},
	LedeRecountedRunoff: M4[Text, Text, Text, Count]{Key: "lede.recounted.runoff", Names: [4]string{"a", "b", "c", "margin"}},
	LedeWasRecounted:    M3[ShortDay, Count, Count]{Key: "lede.was-recounted", Names: [3]string{"finished", "before", "after"}},
	DayHolidayListed:    M1[Text]{Key: "day.holiday.listed", Names: [1]string{"holiday"}},
	PossibleDay:         M2[Day, Text]{Key: "possible-day", Names: [2]string{"date", "holiday"}},

	// Embeds
	EmbedFullWalkthrough:     M0{Key: "embed.full"},
	EmbedChange:              M0{Key: "embed.change"},
	EmbedMakeLive:            M0{Key: "embed.make-live"},
	EmbedSource:              M2[Text, ShortDay]{Key: "embed.source", Names: [2]string{"law", "checked"}},
	SiteName:                 M0{Key: "site.name"},
	EmbedThisRace:            M0{Key: "embed.this-race"},
	EmbedHow:                 M0{Key: "embed.how"},
	EmbedCode:                M0{Key: "embed.code"},
	EmbedCopy:                M0{Key: "embed.copy"},
	EmbedCopied:              M0{Key: "embed.copied"},
	EmbedStripped:            M0{Key: "embed.stripped"},
	EmbedPreview:             M0{Key: "embed.preview"},
	EmbedPreviewTitle:        M1[Text]{Key: "embed.preview.title", Names: [1]string{"race"}},
	LedeRecountReversed:      M2[Count, Count]{Key: "lede.recount.reversed", Names: [2]string{"before", "after"}},
	LedeWasRecountedReversed: M3[ShortDay, Count, Count]{Key: "lede.was-recounted.reversed", Names: [3]string{"finished", "before", "after"}},
	ChangeReversed:           M2[Count, Count]{Key: "history.change.reversed", Names: [2]string{"before", "after"}},
	MarkByMethod:             M2[Text, Text]{Key: "mark.by-method", Names: [2]string{"kind", "method"}},
	LedeRecountSame:          M1[Count]{Key: "lede.recount.same", Names: [1]string{"lead"}},
	LedeWasRecountedSame:     M2[ShortDay, Count]{Key: "lede.was-recounted.same", Names: [2]string{"finished", "lead"}},

	// Guess first
	GuessTitle:         M0{Key: "guess.title"},
	GuessIntro:         M0{Key: "guess.intro"},
	GuessQuestion:      M0{Key: "guess.question"},
	GuessAnswerYes:     M0{Key: "guess.answer.yes"},
	GuessAnswerNo:      M0{Key: "guess.answer.no"},
	GuessAnswerDepends: M0{Key: "guess.answer.depends"},
	GuessWhere:         M0{Key: "guess.where"},
	GuessWhereNone:     M0{Key: "guess.where.none"},
	GuessWhen:          M0{Key: "guess.when"},
	GuessSubmit:        M0{Key: "guess.submit"},
	GuessResultTitle:   M0{Key: "guess.result.title"},
	GuessRight:         M1[Text]{Key: "guess.right", Names: [1]string{"why"}},
	GuessWrong:         M1[Text]{Key: "guess.wrong", Names: [1]string{"why"}},
	GuessWhereWas:      M1[Text]{Key: "guess.where.was", Names: [1]string{"receiver"}},
	GuessWhenWas:       M1[Day]{Key: "guess.when.was", Names: [1]string{"due"}},
	GuessNoRequest:     M0{Key: "guess.no-request"},
	GuessNeedsBase:     M0{Key: "guess.needs-base"},
	GuessHidden:        M0{Key: "guess.hidden"},

	// Handout
	HandoutPrint:     M0{Key: "handout.print"},
	HandoutPrintKey:  M0{Key: "handout.print-key"},
	HandoutTitle:     M0{Key: "handout.title"},
	HandoutShare:     M0{Key: "handout.share"},
	HandoutQR:        M1[Text]{Key: "handout.qr", Names: [1]string{"race"}},
	HandoutQuestions: M0{Key: "handout.questions"},
	HandoutQ1:        M0{Key: "handout.q1"},
	HandoutQ2:        M0{Key: "handout.q2"},
	HandoutQ3:        M0{Key: "handout.q3"},
	HandoutKeyTitle:  M0{Key: "handout.key.title"},
	HandoutKeyMargin: M2[Count, Text]{Key: "handout.key.margin", Names: [2]string{"margin", "share"}},
	HandoutSources:   M0{Key: "handout.sources"},

	// Language
	LangLink: M0{Key: "lang.link"},
	LangName: M0{Key: "lang.name"},

	// Teacher's guide
	TeachLink:              M0{Key: "teach.link"},
	GlossaryLink:           M0{Key: "glossary.link"},
	TeachTitle:             M0{Key: "teach.title"},
	TeachIntro:             M0{Key: "teach.intro"},
	TeachObjectives:        M0{Key: "teach.objectives"},
	TeachObjective1:        M0{Key: "teach.objective.1"},
	TeachObjective2:        M0{Key: "teach.objective.2"},
	TeachObjective3:        M0{Key: "teach.objective.3"},
	TeachObjective4:        M0{Key: "teach.objective.4"},
	TeachPart1:             M0{Key: "teach.part1"},
	TeachPart1Text:         M0{Key: "teach.part1.text"},
	TeachPart2:             M0{Key: "teach.part2"},
	TeachPart2Text:         M0{Key: "teach.part2.text"},
	TeachPart3:             M0{Key: "teach.part3"},
	TeachPart3Text:         M0{Key: "teach.part3.text"},
	TeachMisconception:     M0{Key: "teach.misconception"},
	TeachMisconceptionText: M0{Key: "teach.misconception.text"},
	TeachQuestions:         M0{Key: "teach.questions"},
	TeachQuestion1:         M0{Key: "teach.question.1"},
	TeachQuestion2:         M0{Key: "teach.question.2"},
	TeachQuestion3:         M0{Key: "teach.question.3"},
	TeachQuestion4:         M0{Key: "teach.question.4"},
	TeachExtension:         M0{Key: "teach.extension"},
	TeachExtensionText:     M0{Key: "teach.extension.text"},
	TeachRaces:             M0{Key: "teach.races"},
	TeachBuilder:           M0{Key: "teach.builder"},
	TeachBuilderRace:       M0{Key: "teach.builder.race"},
	TeachBuilderGuess:      M0{Key: "teach.builder.guess"},
	TeachBuilderKey:        M0{Key: "teach.builder.key"},
	TeachBuilderMake:       M0{Key: "teach.builder.make"},
	TeachBuilderLink:       M0{Key: "teach.builder.link"},
	TeachBuilderQR:         M0{Key: "teach.builder.qr"},
	TeachGuessLink:         M1[Text]{Key: "teach.guess-link", Names: [1]string{"race"}},
	TeachCompareLink:       M1[Text]{Key: "teach.compare-link", Names: [1]string{"race"}},
	TeachBack:              M0{Key: "teach.back"},

	// Glossary
	GlossaryTitle: M0{Key: "glossary.title"},
	GlossaryIntro: M0{Key: "glossary.intro"},
}

// Messages is the type of M: one field per message.
type Messages struct {

	// Page
	PageTitle            M0
	PageTitleRace        M1[Text]
	PageDescription      M0
	PageH1               M0
	PageLede             M0
	PageNotAdvice        M0
	PagePrivacy          M0
	PageCrash            M0
	PageReload           M0
	PageLoading          M0
	Unnamed              M1[Count]
	AnnounceError        M0
	StepsTitle           M0
	FoldedSteps          M0
	FoldedStepsRecounted M0
	SourceNote           M1[Count]

	// Answer box
	AnswerTitle           M0
	AnswerPending         M0
	LawLoading            M1[Text]
	LawUnavailable        M1[Text]
	LawRetry              M0
	LawLoadingAll         M0
	LawUnavailableAll     M0
	ErrorsTitle           M0
	UnknownPreset         M1[Text]
	RaceLinePreset        M4[Text, Text, Day, Text]
	RaceLineCustom        M5[Text, Text, Text, Day, Text]
	LawLine               M3[Text, Text, ShortDay]
	LawFuture             M1[ShortDay]
	LawAssumed            M1[Text]
	LawWeaker             M2[Text, Text]
	LedeUnofficial        M0
	LedeRecounted         M0
	LedeRecountedTie      M2[Text, Count]
	LedeRecountedLead     M2[Text, Count]
	LedeRecountMoved      M2[Count, Count]
	LedeBothRunoff        M2[Text, Text]
	LedeNoMajority        M3[Text, Count, Count]
	ThresholdHalf         M0
	ThresholdAbove        M1[Text]
	ThresholdAtLeast      M1[Text]
	LedeAfterRunoff       M0
	LedeRunoff            M3[Text, Text, Count]
	LedeTie               M2[Text, Count]
	LedeTieNobody         M0
	TieNotCovered         M1[Text]
	LedeAutoYes           M0
	LedeAutoYesPast       M0
	LedeAutoYesIf         M0
	LedeAutoDepends       M0
	LedeDepends           M0
	LedeYes               M0
	LedeYesPast           M0
	LedeYesIf             M0
	LedeMayAsk            M1[Text]
	LedeCouldAsk          M1[Text]
	LedeCouldAskIf        M1[Text]
	LedeMayEachAsk        M1[Text]
	LedeCouldEachAsk      M1[Text]
	LedeCouldEachAskIf    M1[Text]
	LedeNoRecountLaw      M0
	LedeNoRunoffPlace     M0
	LedeNo                M0
	AskerBehind           M2[Text, Count]
	Trails                M3[Text, Text, Count]
	Trailed               M3[Text, Text, Count]
	AnyMarginMayAsk       M1[Text]
	AllowsWhen            M3[Text, Text, Count]
	AutoGap               M3[Count, Text, Text]
	AutoTieLine           M1[Text]
	AutoLine              M3[Text, Text, Count]
	AutoWaiver            M0
	TooWide               M5[Text, Text, Count, Text, Count]
	NoRequestRoute        M1[Text]
	ContestRoute          M1[Text]
	DependsReadings       M1[Text]
	DependsOffice         M0
	DependsTie            M0
	DependsOtherCount     M0
	ReadingGives          M2[Text, Text]
	RequestTo             M1[Text]
	RequestInWritingTo    M1[Text]
	DeadlineNeedsBase     M1[Text]
	DueOrLater            M3[Day, Day, Text]
	DueHours              M3[Count, Text, Day]
	DueBy                 M1[Day]
	DueByAt               M2[Text, Day]
	WasDueBy              M1[Day]
	ReceiverNamed         M2[Text, Text]
	LineShareOffice       M1[Text]
	LineShareOfficeStrict M1[Text]
	LineShareTwo          M1[Text]
	LineShareTwoStrict    M1[Text]
	LineShareLeader       M1[Text]
	LineShareLeaderStrict M1[Text]
	LineVotes             M1[Count]
	LineVotesStrict       M1[Count]
	LineTie               M0
	LineLesser            M1[Text]
	LineGreater           M1[Text]
	RuleBusinessDays      M2[Count, Text]
	RuleDays              M2[Count, Text]
	RuleHours             M2[Count, Text]
	RuleWeekday           M3[Text, Text, Text]
	RuleOrLater           M2[Text, Text]
	FieldVotesRow         M1[Count]
	ProblemCounties       M3[Text, Count, Text]
	ProblemTooFew         M2[Text, Count]
	ProblemTooMany        M2[Text, Count]
	ProblemField          M2[Text, Text]

	// Number line
	MarkLine          M2[Text, Count]
	MarkMargin        M1[Count]
	NumberLineCaption M1[Text]

	// Step 1
	StepCount              M0
	CountCaption           M0
	ColCandidate           M0
	ColVotes               M0
	ColShare               M0
	ColResult              M0
	CountTotal             M0
	SharesRounded          M1[Text]
	RunoffTwoCandidates    M0
	StandingLeading        M0
	StandingNominated      M0
	StandingElected        M0
	StandingRunoff         M0
	StandingTied           M0
	StandingOut            M0
	StandingNotNominated   M0
	StandingLost           M0
	Elected                M0
	Nominated              M0
	OutcomeRunoff          M5[Text, Count, Count, Text, Text]
	OutcomeTie             M2[Text, Count]
	OutcomeAdvance         M2[Count, Text]
	OutcomeAdvanceAll      M3[Count, Count, Text]
	StandingAdvances       M0
	StandingNotAdvancing   M0
	OutcomeUnofficial      M1[Text]
	OutcomeRunoffWinner    M2[Text, Text]
	OutcomeMajority        M4[Text, Count, Count, Text]
	OutcomeAbove           M3[Text, Text, Text]
	OutcomePluralityChosen M2[Text, Text]
	OutcomePlurality       M3[Text, Text, Text]

	// Step 2
	StepMargin             M0
	NoLoserYet             M0
	MarginTerm             M0
	MarginValue            M4[Count, Count, Count, Text]
	TotalTerm              M0
	TotalValue             M1[Count]
	NoAutomatic            M1[Text]
	NoRequest              M1[Text]
	ReadingLine            M3[Text, Text, Text]
	ReadingsTitle          M0
	ReadingsWhy            M0
	RouteAutomatic         M0
	RouteRequested         M0
	RouteDiscovery         M0
	RouteMaybeOffice       M0
	RouteClosedByAutomatic M0
	RouteDecidedOnly       M0
	AnyMargin              M0
	TierLine               M3[Text, Text, Text]
	TierThisRace           M0
	LineUnknownCount       M0
	ShareArith             M4[Text, Count, Text, Count]
	ShareArithStrict       M4[Text, Count, Text, Count]
	BindingLine            M1[Count]
	ExactlyOnLine          M1[Count]
	ExactlyOnLineStrict    M1[Count]
	InsideLine             M3[Count, Count, Count]
	PastLine               M3[Count, Count, Count]
	ThresholdSummary       M1[Count]
	AutomaticSummary       M1[Count]
	OthersCaption          M0
	ColBehind              M1[Text]
	ColMayAsk              M0
	Yes                    M0
	No                     M0

	// Step 3
	StepWho            M0
	WhoNoRoute         M1[Text]
	WhoNotYet          M0
	WhoMayAsk          M1[Text]
	InWriting          M0
	WhoWithin          M3[Text, Count, Text]
	WhoNobodyWithin    M0
	DepositPerPrecinct M1[Count]
	DepositPerBallot   M1[Count]
	DepositFlat        M1[Count]
	CostDeposit        M1[Text]
	CostRefunded       M0

	// Step 4
	StepWhere         M0
	WhereNone         M1[Text]
	WhereGoes         M1[Text]
	WhereFor          M1[Text]
	WhereMultiCounty  M1[Count]
	WhereSingleCounty M0
	WhereStatewide    M0
	WhereDirects      M0

	// Step 5
	StepWhen             M0
	DeadlineLabel        M0
	OrLater              M2[Day, Text]
	HoursAfter           M2[Count, Text]
	AtTime               M1[Text]
	OfficeHours          M1[Text]
	WhenRule             M1[Text]
	BusinessDaysSkip     M0
	RollsOver            M0
	RollsOverSunday      M0
	RollsToBusinessDay   M0
	WhenNeedsBase        M1[Text]
	WhenNoRule           M1[Text]
	DayWeekend           M0
	DayHoliday           M1[Text]
	DayPossible          M2[Text, Count]
	DayN                 M1[Count]
	DayMovedTo           M0
	DayLastWeekend       M1[Count]
	DayLastHoliday       M2[Count, Text]
	BusinessDay          M1[Count]
	BusinessDayOr        M2[Count, Count]
	BusinessDayIfHoliday M1[Count]
	HolidayObserved      M1[Text]
	HolidaysUnverified   M2[Text, Text]
	HolidaysNotOnFile    M1[Text]
	Rolled               M0
	OtherDeadline        M2[Text, Day]

	// Step 6
	StepDuring      M0
	FinishWithin    M1[Text]
	WaiverFact      M0
	WatchTitle      M0
	CostTitle       M0
	NotesTitle      M0
	DuringNotOnFile M1[Text]

	// Step 7
	StepHistory          M0
	HistoryMargin        M2[Count, Text]
	HistoryStudy         M5[Count, Count, Count, Count, Text]
	HistoryReversals     M4[Count, Text, Text, Count]
	HistoryBelow         M1[Text]
	HistoryTimes         M3[Text, Count, Text]
	HistoryNear          M1[Text]
	HistoryStatewideOnly M0
	PastCaption          M1[Text]
	ColRace              M0
	ColRequested         M0
	ColRecounted         M0
	ColChange            M0
	DateSpan             M2[ShortDay, ShortDay]
	ChangeValue          M2[Count, Count]

	// Sources
	SourcesTitle M0
	SourcesIntro M0
	CheckedOn    M1[ShortDay]

	// Presets
	PresetsTitle      M0
	PresetsHint       M0
	PresetLabel       M3[Text, Text, Text]
	PresetShowing     M4[Text, Text, Text, Text]
	PresetPartial     M0
	PresetStages      M1[Text]
	PresetStagesEarly M0
	StageLead         M2[Text, Count]

	// Form
	FormTitle           M0
	FormCandidates      M0
	FormName            M1[Count]
	FormVotes           M1[Count]
	FormAdd             M0
	FormRemove          M1[Count]
	FormRemoveShort     M0
	FormState           M0
	FormDate            M0
	FormDateHint        M0
	FormType            M0
	FormOffice          M0
	FormCounties        M0
	CountiesHint        M1[Count]
	CountiesHintNoState M0
	FormCertHint        M0
	FormStage           M0
	FormWinner          M0
	WinnerLaw           M0
	FormSubmit          M0
	FormLive            M0

	// Comparison
	CompareTitle       M0
	CompareH1          M0
	CompareLede        M0
	CompareResults     M0
	CompareCaption     M0
	ColState           M0
	ColOutcome         M0
	ColLine            M0
	ColStatus          M0
	ColWalkthrough     M0
	CompareWalkthrough M1[Text]

	// Not found
	NotFoundTitle M0
	NotFoundText  M1[Text]
	NotFoundHome  M0

	// Runoffs and versions
	LedeRunoffHead      M2[Text, Text]
	LedeAllAdvance      M1[Count]
	RunoffPlaceYes      M4[Text, Count, Text, Count]
	RunoffPlaceYesPast  M4[Text, Count, Text, Count]
	RunoffPlaceNo       M4[Text, Count, Text, Text]
	AutoAfterRunoff     M0
	DependsVersions     M0
	DependsVersionsAsk  M0
	LedeRecountedRunoff M4[Text, Text, Text, Count]
	LedeWasRecounted    M3[ShortDay, Count, Count]
	DayHolidayListed    M1[Text]
	PossibleDay         M2[Day, Text]

	// Embeds
	EmbedFullWalkthrough     M0
	EmbedChange              M0
	EmbedMakeLive            M0
	EmbedSource              M2[Text, ShortDay]
	SiteName                 M0
	EmbedThisRace            M0
	EmbedHow                 M0
	EmbedCode                M0
	EmbedCopy                M0
	EmbedCopied              M0
	EmbedStripped            M0
	EmbedPreview             M0
	EmbedPreviewTitle        M1[Text]
	LedeRecountReversed      M2[Count, Count]
	LedeWasRecountedReversed M3[ShortDay, Count, Count]
	ChangeReversed           M2[Count, Count]
	MarkByMethod             M2[Text, Text]
	LedeRecountSame          M1[Count]
	LedeWasRecountedSame     M2[ShortDay, Count]

	// Guess first
	GuessTitle         M0
	GuessIntro         M0
	GuessQuestion      M0
	GuessAnswerYes     M0
	GuessAnswerNo      M0
	GuessAnswerDepends M0
	GuessWhere         M0
	GuessWhereNone     M0
	GuessWhen          M0
	GuessSubmit        M0
	GuessResultTitle   M0
	GuessRight         M1[Text]
	GuessWrong         M1[Text]
	GuessWhereWas      M1[Text]
	GuessWhenWas       M1[Day]
	GuessNoRequest     M0
	GuessNeedsBase     M0
	GuessHidden        M0

	// Handout
	HandoutPrint     M0
	HandoutPrintKey  M0
	HandoutTitle     M0
	HandoutShare     M0
	HandoutQR        M1[Text]
	HandoutQuestions M0
	HandoutQ1        M0
	HandoutQ2        M0
	HandoutQ3        M0
	HandoutKeyTitle  M0
	HandoutKeyMargin M2[Count, Text]
	HandoutSources   M0

	// Language
	LangLink M0
	LangName M0

	// Teacher's guide
	TeachLink              M0
	GlossaryLink           M0
	TeachTitle             M0
	TeachIntro             M0
	TeachObjectives        M0
	TeachObjective1        M0
	TeachObjective2        M0
	TeachObjective3        M0
	TeachObjective4        M0
	TeachPart1             M0
	TeachPart1Text         M0
	TeachPart2             M0
	TeachPart2Text         M0
	TeachPart3             M0
	TeachPart3Text         M0
	TeachMisconception     M0
	TeachMisconceptionText M0
	TeachQuestions         M0
	TeachQuestion1         M0
	TeachQuestion2         M0
	TeachQuestion3         M0
	TeachQuestion4         M0
	TeachExtension         M0
	TeachExtensionText     M0
	TeachRaces             M0
	TeachBuilder           M0
	TeachBuilderRace       M0
	TeachBuilderGuess      M0
	TeachBuilderKey        M0
	TeachBuilderMake       M0
	TeachBuilderLink       M0
	TeachBuilderQR         M0
	TeachGuessLink         M1[Text]
	TeachCompareLink       M1[Text]
	TeachBack              M0

	// Glossary
	GlossaryTitle M0
	GlossaryIntro M0
}
