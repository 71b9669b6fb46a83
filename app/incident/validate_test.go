package incident

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

var jst = time.FixedZone("", 9*3600)

func at(day, hour int) time.Time { return time.Date(2026, 3, day, hour, 0, 0, 0, jst) }

// valid is an incident with no problems, for the mutations of TestValidate.
func valid() *Incident {
	inc := New("inc-1", at(16, 10))
	inc.Title = "不正アクセス"
	inc.Org.Name = "株式会社サンプル"
	inc.Events = []Event{
		{ID: "e1", Kind: EvIntrusion, At: at(10, 14)},
		{ID: "e2", Kind: EvDetected, At: at(14, 9)},
		{ID: "e3", Kind: EvAware, At: at(15, 9)},
		{ID: "e4", Kind: EvReportPrelim, At: at(18, 17), Jurisdiction: "JP"},
	}
	d := &inc.DataSets[0]
	d.Categories = []Category{{ID: "name", Persons: Count{Known: true, N: 1200}, Records: Count{Known: true, N: 3000}}}
	d.Persons = FigureOf(Count{Known: true, N: 1200})
	d.Records = FigureOf(Count{Known: true, N: 3000})
	d.Residence = []Residence{{Country: "JP", Persons: Count{Known: true, N: 1100}}, {Country: "US", Region: "CA", Persons: Count{Known: true, N: 10}}}
	return inc
}

type want struct {
	path string
	code Code
	sev  Severity
}

func TestValidate(t *testing.T) {
	E, W := SeverityError, SeverityWarning
	for _, tc := range []struct {
		name   string
		change func(*Incident)
		want   []want
	}{
		{"valid", func(*Incident) {}, nil},
		{"missing id", func(i *Incident) { i.ID = "" }, []want{{"id", CodeRequired, E}}},
		{"unknown kinds", func(i *Incident) {
			i.Events[1].Kind = "hacked"
			i.Cause.Kind = "aliens"
			i.DataSets[0].Status[0].Status = "maybe"
			i.DataSets[0].Encryption = "rot13"
			i.Org.Kind = "ngo"
			i.DataSets[0].Role = "owner"
			i.Cause.UnlawfulPurpose = "unknown"
			i.Risk.Level = "extreme"
			i.Story.CompensationScope = "most"
		}, []want{
			{"org.kind", CodeUnknownValue, E}, {"events[1].kind", CodeUnknownValue, E},
			{"dataSets[0].role", CodeUnknownValue, E}, {"dataSets[0].encryption", CodeUnknownValue, E},
			{"dataSets[0].status[0].status", CodeUnknownValue, E}, {"cause.kind", CodeUnknownValue, E},
			{"cause.unlawfulPurpose", CodeUnknownValue, E}, {"risk.level", CodeUnknownValue, E},
			{"story.compensationScope", CodeUnknownValue, E},
		}},
		{"event kind missing", func(i *Incident) { i.Events[0].Kind = "" }, []want{{"events[0].kind", CodeRequired, E}}},
		{"deceased not a yes/no", func(i *Incident) { i.DataSets[0].Deceased = "dead" }, []want{{"dataSets[0].deceased", CodeUnknownValue, E}}},
		{"deceased yes", func(i *Incident) { i.DataSets[0].Deceased = Yes }, nil},
		{"time zone unknown", func(i *Incident) { i.TimeZone = "Asia/Atlantis" }, []want{{"timeZone", CodeTimeZone, E}}},
		{"time zone Local", func(i *Incident) { i.TimeZone = "Local" }, []want{{"timeZone", CodeTimeZone, E}}},
		{"time zone path", func(i *Incident) { i.TimeZone = "../../etc/passwd" }, []want{{"timeZone", CodeTimeZone, E}}},
		{"other time zone", func(i *Incident) { i.TimeZone = "Europe/Berlin" }, nil},
		{"negative count", func(i *Incident) { i.DataSets[0].Categories[0].Records.N = -3 }, []want{{"dataSets[0].categories[0].records", CodeNegative, E}}},
		{"negative unknown count is ignored", func(i *Incident) { i.DataSets[0].Records = Figure{{N: -3}} }, nil},
		{"persons over records", func(i *Incident) { i.DataSets[0].Records[0].N = 1000 }, []want{{"dataSets[0].persons", CodePersonsOverRecords, W}}},
		{"persons over approx records is fine", func(i *Incident) { i.DataSets[0].Records = Figure{{Known: true, N: 1000, Approx: true}} }, nil},
		{"persons typed as 0", func(i *Incident) { i.DataSets[0].Persons = Figure{{Known: true}} }, []want{{"dataSets[0].persons", CodeCountZero, W}}},
		{"records typed as 0", func(i *Incident) { i.DataSets[0].Records = Figure{{Known: true}} }, []want{{"dataSets[0].records", CodeCountZero, W}}},
		{"a count of 0 for a set ruled out is fine", func(i *Incident) {
			i.DataSets[0].Persons, i.DataSets[0].Records = Figure{{Known: true}}, Figure{{Known: true}}
			i.DataSets[0].Status = []StatusChange{{Status: RuledOut}}
		}, nil},
		{"a count unknown is fine", func(i *Incident) { i.DataSets[0].Persons, i.DataSets[0].Records = nil, nil }, nil},
		{"category over total", func(i *Incident) {
			i.DataSets[0].Categories[0].Persons.N = 1300
			i.DataSets[0].Categories[0].Records.N = 5000
		},
			[]want{{"dataSets[0].categories[0].persons", CodePartOverTotal, W}}},
		{"residence over total", func(i *Incident) { i.DataSets[0].Residence[0].Persons.N = 1250 }, []want{{"dataSets[0].residence", CodePartOverTotal, W}}},
		{"implausible count", func(i *Incident) { i.DataSets[0].Records[0].N = 1e12 }, []want{{"dataSets[0].records[0].n", CodeImplausibleCount, W}}},
		{"negative retention years", func(i *Incident) { i.DataSets[0].Former.RetentionYears = -1 }, []want{{"dataSets[0].former.retentionYears", CodeNegative, E}}},
		{"event date history", func(i *Incident) {
			at := i.Events[0].At
			i.Events[0].Was = []EventDate{{At: at.AddDate(0, 0, 5), Until: "2026-04-02"}, {At: at.AddDate(0, 0, 3), Until: "2026-04-01"}, {At: at, Precision: "hour"}}
		}, []want{{"events[0].was[1].until", CodeRevisionOrder, W}, {"events[0].was[2].precision", CodeUnknownValue, E}, {"events[0].was[2].until", CodeRequired, E}}},
		{"event date corrected", func(i *Incident) {
			i.Events[0].Was = []EventDate{{Until: "2026-03-20", Source: "調査で判明"}}
		}, nil},
		{"two retention rules", func(i *Incident) {
			i.DataSets[0].Former.RetentionYears, i.DataSets[0].Former.UntilPurpose = 3, true
		}, []want{{"dataSets[0].former.untilPurpose", CodeTwoRetentionRules, W}}},
		{"bad year left", func(i *Incident) { i.DataSets[0].Former.LeftFrom = "13" }, []want{{"dataSets[0].former.leftFrom", CodeDate, E}}},
		{"bad found date", func(i *Incident) { i.DataSets[0].Found = "2026-13-01" }, []want{{"dataSets[0].found", CodeDate, E}}},
		{"set's own period ends before it starts", func(i *Incident) {
			i.DataSets[0].Exposure = &Window{From: "2026-05-07", To: "2025-12-02"}
		}, []want{{"dataSets[0].exposure.to", CodeWindowOrder, E}}},
		{"bad date in a set's own period", func(i *Incident) { i.DataSets[0].Exposure = &Window{From: "2025-12-32"} }, []want{{"dataSets[0].exposure.from", CodeDate, E}}},
		{"bad harm note day", func(i *Incident) { i.Risk.SecondaryHarmNoteOn = "11日" }, []want{{"risk.secondaryHarmNoteOn", CodeDate, E}}},
		{"bad answer to notice unreachable", func(i *Incident) { i.Risk.NoticeUnreachable = "some" }, []want{{"risk.noticeUnreachable", CodeUnknownValue, E}}},
		{"bad answer to a set's unreachable", func(i *Incident) { i.DataSets[0].Unreachable = "most" }, []want{{"dataSets[0].unreachable", CodeUnknownValue, E}}},
		{"negative recipients", func(i *Incident) { i.Events[0].Recipients = -2 }, []want{{"events[0].recipients", CodeNegative, E}}},
		{"more confirmed than recipients", func(i *Incident) {
			i.Events[0].Recipients, i.Events[0].Confirmed = 488, 489
		}, []want{{"events[0].confirmed", CodePartOverTotal, W}}},
		{"bad cause at", func(i *Incident) { i.Cause.At = "via" }, []want{{"cause.at", CodeUnknownValue, E}}},
		{"bad answer to exempt purpose", func(i *Incident) { i.DataSets[0].ExemptPurpose = "partly" }, []want{{"dataSets[0].exemptPurpose", CodeUnknownValue, E}}},
		{"aware before intrusion", func(i *Incident) { i.Events[2].At = at(9, 9) }, []want{{"events[2].at", CodeEventOrder, W}}},
		{"assessment after knowing", func(i *Incident) {
			i.Events = append(i.Events, Event{ID: "e5", Kind: EvAssessed, At: at(17, 18)})
		}, nil},
		{"assessment before knowing", func(i *Incident) {
			i.Events = append(i.Events, Event{ID: "e5", Kind: EvAssessed, At: at(14, 18)})
		}, []want{{"events[4].at", CodeEventOrder, W}}},
		{"final before prelim", func(i *Incident) {
			i.Events = append(i.Events, Event{ID: "e5", Kind: EvReportFinal, At: at(17, 9)})
		}, []want{{"events[4].at", CodeEventOrder, W}}},
		// F133 (47): a notice recorded by its day, the day the company knew
		// at 09:00, is not before the knowing; the day before it is.
		{"notice by its day on the day of knowing", func(i *Incident) {
			i.Events = append(i.Events, Event{ID: "e5", Kind: EvNoticePersons, At: at(15, 0), Precision: Day})
		}, nil},
		{"notice by its day before the day of knowing", func(i *Incident) {
			i.Events = append(i.Events, Event{ID: "e5", Kind: EvNoticePersons, At: at(14, 0), Precision: Day})
		}, []want{{"events[4].at", CodeEventOrder, W}}},
		{"order uses the first of each kind", func(i *Incident) {
			i.Events = append(i.Events, Event{ID: "e5", Kind: EvIntrusion, At: at(16, 9)}) // a later, second intrusion
		}, nil},
		{"event in 1900", func(i *Incident) { i.Events[0].At = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC) }, []want{{"events[0].at", CodeDateImplausible, W}}},
		{"event by its day with a time of day", func(i *Incident) {
			i.Events = append(i.Events, Event{ID: "e5", Kind: EvContained, At: at(16, 19).Add(40 * time.Minute), Precision: Day})
		}, []want{{"events[4].at", CodeTimeOfImprecise, W}}},
		{"approximate event with a time of day: about that time", func(i *Incident) {
			i.Events = append(i.Events, Event{ID: "e5", Kind: EvContained, At: at(16, 19).Add(40 * time.Minute), Precision: Approx})
		}, nil},
		{"event of a month at its start", func(i *Incident) {
			i.Events = append(i.Events, Event{ID: "e5", Kind: EvIntrusion, At: time.Date(2026, 2, 1, 0, 0, 0, 0, jst), Precision: Month})
		}, nil},
		{"event of a month mid-month", func(i *Incident) {
			i.Events = append(i.Events, Event{ID: "e5", Kind: EvIntrusion, At: time.Date(2026, 2, 10, 0, 0, 0, 0, jst), Precision: Month})
		}, []want{{"events[4].at", CodeTimeOfImprecise, W}}},
		{"due before event", func(i *Incident) { d := at(1, 0); i.Events[3].Due = &d }, []want{{"events[3].due", CodeDueBeforeEvent, W}}},
		{"duplicate event id", func(i *Incident) { i.Events[2].ID = "e1" }, []want{{"events[2].id", CodeDuplicateID, E}}},
		{"event id missing", func(i *Incident) { i.Events[1].ID = "" }, []want{{"events[1].id", CodeRequired, E}}},
		{"jurisdiction shape", func(i *Incident) { i.Events[3].Jurisdiction = "Japan" }, []want{{"events[3].jurisdiction", CodeJurisdiction, W}}},
		{"jurisdictions", func(i *Incident) { i.Events[3].Jurisdiction = "US-CA" }, nil},
		{"duplicate category", func(i *Incident) { i.DataSets[0].Categories = append(i.DataSets[0].Categories, Category{ID: "name"}) },
			[]want{{"dataSets[0].categories[1].id", CodeDuplicateID, E}}},
		{"two other categories", func(i *Incident) {
			i.DataSets[0].Categories = append(i.DataSets[0].Categories, Category{ID: "other", Other: "a"}, Category{ID: "other"})
		}, []want{{"dataSets[0].categories[2].other", CodeOtherMissing, W}}},
		{"category id missing", func(i *Incident) { i.DataSets[0].Categories[0].ID = "" }, []want{{"dataSets[0].categories[0].id", CodeRequired, E}}},
		{"country codes", func(i *Incident) {
			i.Org.Establishments = []string{"JP", "UK", "de", "XX", ""}
		}, []want{
			{"org.establishments[1]", CodeCountryHint, E}, {"org.establishments[2]", CodeCountryHint, E},
			{"org.establishments[3]", CodeCountry, E}, {"org.establishments[4]", CodeRequired, E},
		}},
		{"US state", func(i *Incident) { i.DataSets[0].Residence[1].Region = "XY" }, []want{{"dataSets[0].residence[1].region", CodeRegion, E}}},
		{"region of another country", func(i *Incident) { i.DataSets[0].Residence[0].Region = "13" }, nil},
		{"bad region of another country", func(i *Incident) { i.DataSets[0].Residence[0].Region = "Tokyo" }, []want{{"dataSets[0].residence[0].region", CodeRegion, E}}},
		{"residence without country", func(i *Incident) { i.DataSets[0].Residence[0].Country = "" }, []want{{"dataSets[0].residence[0].country", CodeRequired, E}}},
		{"duplicate residence", func(i *Incident) { i.DataSets[0].Residence[1] = Residence{Country: "JP"} }, []want{{"dataSets[0].residence[1]", CodeDuplicateID, W}}},
		{"processor without entrustor", func(i *Incident) { i.DataSets[0].Role = Processor }, []want{{"dataSets[0].entrustor", CodeEntrustorMissing, W}}},
		{"entrustor that is no party", func(i *Incident) { i.DataSets[0].Role, i.DataSets[0].Entrustor = Processor, "p9" },
			[]want{{"dataSets[0].entrustor", CodeUnknownParty, E}}},
		{"entrustor that is the police", func(i *Incident) {
			i.Parties = []Party{{ID: "p1", Kind: PartyPolice, Name: "警視庁"}}
			i.DataSets[0].Role, i.DataSets[0].Entrustor = Processor, "p1"
		}, []want{{"dataSets[0].entrustor", CodePartyKind, E}}},
		{"second data set within the first", func(i *Incident) {
			i.DataSets = append(i.DataSets, DataSet{ID: "d2", Name: "カード情報", Within: "d1", Categories: []Category{{ID: "card_number"}}})
		}, nil},
		{"data set within an unknown one", func(i *Incident) {
			i.DataSets = append(i.DataSets, DataSet{ID: "d2", Within: "d9"})
		}, []want{{"dataSets[1].within", CodeUnknownDataSet, E}}},
		{"data sets within each other", func(i *Incident) {
			i.DataSets[0].Within = "d2"
			i.DataSets = append(i.DataSets, DataSet{ID: "d2", Within: "d1"})
		}, []want{{"dataSets[0].within", CodeWithinLoop, E}, {"dataSets[1].within", CodeWithinLoop, E}}},
		{"duplicate data set id", func(i *Incident) { i.DataSets = append(i.DataSets, DataSet{ID: "d1"}) },
			[]want{{"dataSets[1].id", CodeDuplicateID, E}}},
		{"no data set", func(i *Incident) { i.DataSets = nil }, []want{{"dataSets", CodeNoDataSet, W}}},
		{"revisions out of order", func(i *Incident) {
			i.DataSets[0].Persons = Figure{{Known: true, N: 1500, On: "2026-03-20"}, {Known: true, N: 1200, On: "2026-03-18"}}
		}, []want{{"dataSets[0].persons[1].on", CodeRevisionOrder, W}}},
		{"bad revision date", func(i *Incident) { i.DataSets[0].Persons[0].On = "2026-02-30" },
			[]want{{"dataSets[0].persons[0].on", CodeDate, E}}},
		{"exposure ends before it begins", func(i *Incident) { i.Exposure = Window{From: "2026-03", To: "2026-02-28"} },
			[]want{{"exposure.to", CodeWindowOrder, E}}},
		{"exposure by months and years", func(i *Incident) { i.Exposure = Window{From: "2015-04", To: "2016"} }, nil},
		// F966 (149): a setting wrong since April 2016, its intrusion event
		// put at the first month the logs kept.
		{"a setting's window before its cause", func(i *Incident) {
			i.Cause.Kind = CauseMisconfiguration
			i.Exposure = Window{From: "2016-04"}
			i.Events = append(i.Events, Event{ID: "ex1", Kind: EvIntrusion, At: time.Date(2023, 10, 1, 0, 0, 0, 0, jst), Precision: Month})
		}, []want{{"exposure.from", CodeWindowBeforeCause, W}}},
		{"a setting's window from its cause's month", func(i *Incident) {
			i.Cause.Kind = CauseMisconfiguration
			i.Exposure = Window{From: "2023-10"}
			i.Events = append(i.Events, Event{ID: "ex1", Kind: EvIntrusion, At: time.Date(2023, 10, 1, 0, 0, 0, 0, jst), Precision: Month})
		}, nil},
		{"a vulnerability open before the attack", func(i *Incident) {
			i.Cause.Kind = CauseUnauthorizedAccess
			i.Exposure = Window{From: "2016-04"}
			i.Events = append(i.Events, Event{ID: "ex1", Kind: EvIntrusion, At: time.Date(2023, 10, 1, 0, 0, 0, 0, jst), Precision: Month})
		}, nil},
		{"event naming no party", func(i *Incident) { i.Events[3].Party = "p9" }, []want{{"events[3].party", CodeUnknownParty, E}}},
		{"entrustor notice naming the police", func(i *Incident) {
			i.Parties = []Party{{ID: "p1", Kind: PartyPolice, Name: "警視庁"}}
			i.Events = append(i.Events, Event{ID: "e5", Kind: EvEntrustorNotice, At: at(16, 9), Party: "p1"})
		}, []want{{"events[4].party", CodePartyKind, E}}},
		{"party of an unknown kind", func(i *Incident) { i.Parties = []Party{{ID: "p1", Kind: "friend"}} },
			[]want{{"parties[0].kind", CodeUnknownValue, E}}},
		{"undated knowing", func(i *Incident) { i.Events[2].At = time.Time{} }, []want{{"events[2].at", CodeUndated, W}}},
		{"undated forensic event is fine", func(i *Incident) { i.Events = append(i.Events, Event{ID: "e5", Kind: EvForensic}) }, nil},
		{"planned forensic event is fine", func(i *Incident) { i.Events = append(i.Events, Event{ID: "e5", Kind: EvForensic, Planned: true}) }, nil},
		{"planned knowing needs no date", func(i *Incident) { i.Events[2].At, i.Events[2].Planned = time.Time{}, true }, nil},
		{"planned yet dated", func(i *Incident) { i.Events[2].Planned = true }, []want{{"events[2].planned", CodePlannedDated, E}}},
		{"dated by day", func(i *Incident) {
			y, m, d := i.Events[2].At.In(jst).Date()
			i.Events[2].At, i.Events[2].Precision = time.Date(y, m, d, 0, 0, 0, 0, jst), Day
		}, nil},
		{"unknown precision", func(i *Incident) { i.Events[2].Precision = "week" }, []want{{"events[2].precision", CodeUnknownValue, E}}},
		{"unknown source", func(i *Incident) { i.Events[1].Source = "psychic" }, []want{{"events[1].source", CodeUnknownValue, E}}},
		{"local time zone", func(i *Incident) { i.TimeZone = "Local" }, []want{{"timeZone", CodeTimeZone, E}}},
		{"no time zone", func(i *Incident) { i.TimeZone = "" }, []want{{"timeZone", CodeTimeZone, E}}},
		{"some compensated without reason", func(i *Incident) { i.Story.CompensationScope = "some" }, []want{{"story.compensationReason", CodeReasonMissing, W}}},
		{"updated before created", func(i *Incident) { i.UpdatedAt = at(1, 0) }, []want{{"updatedAt", CodeUpdatedBeforeCreate, W}}},
		{"old schema", func(i *Incident) { i.Schema = 0 }, []want{{"schema", CodeSchemaMismatch, W}}},
		{"future schema", func(i *Incident) { i.Schema = 7 }, []want{{"schema", CodeSchemaFuture, E}}},
		{"steps", func(i *Incident) {
			d := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
			i.Steps = map[string]StepState{"b": {Status: StepNA}, "a": {Status: "finished", DoneAt: &d}, "": {}}
		}, []want{
			{`steps[""]`, CodeRequired, E}, {`steps["a"].status`, CodeUnknownValue, E},
			{`steps["a"].doneAt`, CodeDateImplausible, W}, {`steps["b"].naReason`, CodeReasonMissing, W},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inc := valid()
			tc.change(inc)
			checkProblems(t, Validate(inc), tc.want)
		})
	}
}

func checkProblems(t *testing.T, got Problems, want []want) {
	t.Helper()
	var g, w []string
	for _, p := range got {
		g = append(g, fmt.Sprintf("%s %s %s", p.Path, p.Code, p.Severity))
		for _, lang := range []string{"ja", "en"} {
			if m := p.Message(lang); m == "" || strings.Contains(m, "%!") {
				t.Errorf("%s message of %s: %q", lang, p.Code, m)
			}
		}
	}
	for _, p := range want {
		w = append(w, fmt.Sprintf("%s %s %s", p.path, p.code, p.sev))
	}
	if strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
}

func TestValidateText(t *testing.T) {
	ssnPath := fmt.Sprintf("dataSets[0].categories[%d].id", len(valid().DataSets[0].Categories))
	E, W := SeverityError, SeverityWarning
	long := strings.Repeat("あ", MaxNameRunes+1)
	for _, tc := range []struct {
		name   string
		change func(*Incident)
		want   []want
	}{
		{"script and javascript in text are data", func(i *Incident) {
			i.Title = "<script>alert(1)</script>"
			i.Notes = `<a href="javascript:alert(1)">x</a>`
		}, nil},
		{"javascript: URL", func(i *Incident) { i.Contact.Web = " JavaScript:alert(1)" }, []want{{"contact.web", CodeURLScheme, E}}},
		{"data: URL", func(i *Incident) { i.Contact.Web = "data:text/html,<script>" }, []want{{"contact.web", CodeURLScheme, E}}},
		{"javascript: URL in English", func(i *Incident) { i.Contact.WebEn = "javascript:alert(1)" }, []want{{"contact.webEn", CodeURLScheme, E}}},
		{"targets: a country", func(i *Incident) { i.Org.Targets = map[string]Tri{"KR": No, "SG": Yes} }, nil},
		{"targets: not a country code", func(i *Incident) { i.Org.Targets = map[string]Tri{"Korea": No} }, []want{{"org.targets.Korea", CodeCountry, E}}},
		{"targets: an unknown answer", func(i *Incident) { i.Org.Targets = map[string]Tri{"KR": "maybe"} }, []want{{"org.targets.KR", CodeUnknownValue, E}}},
		{"web fine", func(i *Incident) { i.Contact.Web = "https://example.jp/news" }, nil},
		{"web as a name", func(i *Incident) { i.Contact.Web = "サンプル お知らせ" }, nil},
		{"web with a colon", func(i *Incident) { i.Contact.Web = "窓口: サンプル" }, nil},
		{"email", func(i *Incident) { i.Contact.Email = "support at example" }, []want{{"contact.email", CodeEmail, W}}},
		{"NUL in a name", func(i *Incident) { i.Org.Name = "Acme\x00" }, []want{{"org.name", CodeControlChar, E}}},
		{"recovered after ransomware", func(i *Incident) { i.Cause.Kind = CauseRansomware; i.DataSets[0].Recovered = Yes }, []want{{"dataSets[0].recovered", CodeRecoveredAttack, W}}},
		{"misdelivery recovered", func(i *Incident) { i.Cause.Kind = CauseMisdelivery; i.DataSets[0].Recovered = Yes }, nil},
		// F92 (43): a bag left on a train came back through a passenger and the police.
		{"loss recovered", func(i *Incident) { i.Cause.Kind = CauseLoss; i.DataSets[0].Recovered = Yes }, []want{{"dataSets[0].recovered", CodeRecoveredLost, W}}},
		{"theft recovered", func(i *Incident) { i.Cause.Kind = CauseTheft; i.DataSets[0].Recovered = Yes }, []want{{"dataSets[0].recovered", CodeRecoveredLost, W}}},
		{"lost outside, recorded as lost only", func(i *Incident) { i.Cause.Kind = CauseLoss; i.DataSets[0].Loss = true }, []want{{"dataSets[0].leak", CodeLostNotLeak, W}}},
		{"stolen, recorded as damaged only", func(i *Incident) { i.Cause.Kind = CauseTheft; i.DataSets[0].Damage = true }, []want{{"dataSets[0].leak", CodeLostNotLeak, W}}},
		{"lost, recorded as leaked and lost", func(i *Incident) { i.Cause.Kind = CauseLoss; i.DataSets[0].Loss, i.DataSets[0].Leak = true, true }, nil},
		{"shredded by mistake, lost only", func(i *Incident) { i.Cause.Kind = CauseOther; i.DataSets[0].Loss = true }, nil},
		{"loss not recovered", func(i *Incident) { i.Cause.Kind = CauseLoss; i.DataSets[0].Recovered = Unknown }, nil},
		{"recipient known, not a Tri", func(i *Incident) { i.Cause.RecipientKnown = "maybe" }, []want{{"cause.recipientKnown", CodeUnknownValue, E}}},
		// F200 (61): "up to about 11,500, individuals and corporations together".
		{"persons counting corporations", func(i *Incident) {
			i.DataSets[0].Persons = Figure{{Known: true, N: 11500, Approx: true, Source: "最大約11,500件（個人・法人の合計）"}}
		}, []want{{"dataSets[0].persons", CodePersonsCorporations, W}}},
		{"incident's persons counting corporations", func(i *Incident) {
			i.Persons = Figure{{Known: true, N: 40, Source: "40 customers incl. corporate accounts"}}
		}, []want{{"persons", CodePersonsCorporations, W}}},
		// F963 (151): a Finnish personal identity code entered as the US
		// Social Security number, no one of the set living in the US.
		{"SSN of persons in Finland", func(i *Incident) {
			i.DataSets[0].Categories = append(i.DataSets[0].Categories, Category{ID: "ssn"})
			i.DataSets[0].Residence = []Residence{{Country: "FI", Persons: Count{Known: true, N: 10}}}
		}, []want{{ssnPath, CodeSSNNotUS, W}}},
		{"SSN of persons in the US and Finland", func(i *Incident) {
			i.DataSets[0].Categories = append(i.DataSets[0].Categories, Category{ID: "ssn"})
			i.DataSets[0].Residence = []Residence{{Country: "FI", Persons: Count{Known: true, N: 10}}, {Country: "US", Region: "CA", Persons: Count{Known: true, N: 2}}}
		}, nil},
		{"SSN, residence not recorded", func(i *Incident) {
			i.DataSets[0].Categories = append(i.DataSets[0].Categories, Category{ID: "ssn"})
			i.DataSets[0].Residence = nil
		}, nil},
		// F945 (146): a count that leaves corporations out.
		{"persons excluding corporations", func(i *Incident) {
			i.DataSets[0].Persons = Figure{{Known: true, N: 11500, Approx: true, Source: "バックアップから復元した明細を名寄せ（法人を除く）"}}
		}, nil},
		{"persons excluding corporate accounts", func(i *Incident) {
			i.Persons = Figure{{Known: true, N: 40, Source: "40 customers excluding corporate accounts"}}
		}, nil},
		{"an earlier count counted corporations", func(i *Incident) {
			i.DataSets[0].Persons = Figure{{Known: true, N: 1500, Source: "個人・法人の合計"}, {Known: true, N: 1200, On: "2025-07-01", Source: "個人のみ"}}
		}, nil},
		// F301 (81): accounts counted as persons.
		{"persons counting accounts", func(i *Incident) {
			i.DataSets[0].Persons = Figure{{Known: true, N: 1711756, Source: "画像のアカウント数（同じ人が2つのアカウントで出している分は除いていない）"}}
			i.DataSets[0].Records = Figure{{Known: true, N: 1711756}}
		}, []want{{"dataSets[0].persons", CodePersonsAccounts, W}}},
		{"persons after de-duplication", func(i *Incident) {
			i.DataSets[0].Persons = Figure{{Known: true, N: 1120000, Source: "重複を除く前"}, {Known: true, N: 1081735, On: "2024-12-18", Source: "名寄せ後（ログ調査）"}}
			i.DataSets[0].Records = Figure{{Known: true, N: 1381735}}
		}, nil},
		{"cause at a contractor", func(i *Incident) { i.Cause.At, i.Cause.AtName = AtProcessor, "架空印刷株式会社" }, nil},
		{"cause at nowhere known", func(i *Incident) { i.Cause.At = "moon" }, []want{{"cause.at", CodeUnknownValue, E}}},
		// F980: a carrier only transports papers or media.
		{"a loss at a carrier", func(i *Incident) { i.Cause.At, i.Cause.Kind = AtCarrier, CauseLoss }, nil},
		{"an intrusion at a carrier", func(i *Incident) { i.Cause.At, i.Cause.Kind = AtCarrier, CauseUnauthorizedAccess }, []want{{"cause.at", CodeCarrierCause, W}}},
		{"newline in a contractor's name", func(i *Incident) { i.Cause.AtName = "a\nb" }, []want{{"cause.atName", CodeNewline, E}}},
		{"newline in a name", func(i *Incident) { i.People.CISO.Name = "a\nb" }, []want{{"people.ciso.name", CodeNewline, E}}},
		{"RTL override in a name", func(i *Incident) { i.Title = "invoice\u202Efdp.exe" }, []want{{"title", CodeBidiControl, E}}},
		{"isolate in an id", func(i *Incident) { i.Events[0].ID = "e\u2066" }, []want{{"events[0].id", CodeBidiControl, E}}},
		{"RTL override in text", func(i *Incident) { i.Story.Summary = "a\u202Eb\u202Ec" }, []want{{"story.summary", CodeBidiControl, W}}},
		{"NUL in text", func(i *Incident) { i.Events[0].Note = "a\x00b" }, []want{{"events[0].note", CodeControlChar, E}}},
		{"C1 control", func(i *Incident) { i.Cause.Description = "a\u0085b" }, []want{{"cause.description", CodeControlChar, E}}},
		{"lines and tabs in text", func(i *Incident) { i.Notes = "a\n\tb\r\n" }, nil},
		{"invalid UTF-8", func(i *Incident) { i.Title = "a\xffb" }, []want{{"title", CodeInvalidUTF8, E}}},
		{"long name", func(i *Incident) { i.Org.Name = long }, []want{{"org.name", CodeNameTooLong, E}}},
		{"name at the limit", func(i *Incident) { i.Org.Name = long[len("あ"):] }, nil},
		{"English name", func(i *Incident) { i.Org.NameEn = "Sample Co., Ltd." }, nil},
		{"long English name", func(i *Incident) { i.Org.NameEn = strings.Repeat("a", MaxNameRunes+1) }, []want{{"org.nameEn", CodeNameTooLong, E}}},
		{"long English name of a person", func(i *Incident) { i.People.Representative.NameEn = strings.Repeat("a", MaxNameRunes+1) }, []want{{"people.representative.nameEn", CodeNameTooLong, E}}},
		{"newline in the English name", func(i *Incident) { i.Org.NameEn = "Sample\nCo." }, []want{{"org.nameEn", CodeNewline, E}}},
		{"RTL override in the English name", func(i *Incident) { i.Org.NameEn = "Sample\u202ECo." }, []want{{"org.nameEn", CodeBidiControl, E}}},
		{"police and card company", func(i *Incident) {
			i.Parties = []Party{{ID: "p1", Kind: PartyPolice, Name: "警視庁 サイバー犯罪対策課", Contact: "03-0000-0000", Reference: "第123号"},
				{ID: "p2", Kind: PartyCard, Name: "架空カード株式会社", Contact: "加盟店業務部 03-0000-0001"}}
		}, nil},
		{"bad police and card facts", func(i *Incident) {
			i.Parties = []Party{{ID: "p1", Kind: PartyPolice, Name: "a\nb", Contact: "\x00", Reference: long},
				{ID: "p2", Kind: PartyCard, Name: "x\u2066", Contact: long}}
		}, []want{
			{"parties[0].name", CodeNewline, E}, {"parties[0].contact", CodeControlChar, E}, {"parties[0].reference", CodeNameTooLong, E},
			{"parties[1].name", CodeBidiControl, E}, {"parties[1].contact", CodeNameTooLong, E},
		}},
		{"1 MB of text", func(i *Incident) { i.Notes = strings.Repeat("x", 1<<20) }, []want{{"notes", CodeTextTooLong, E}}},
		{"text at the limit", func(i *Incident) { i.Notes = strings.Repeat("x", MaxTextBytes) }, nil},
		{"step key", func(i *Incident) { i.Steps = map[string]StepState{"a\u202E": {}} }, []want{{`steps["a\u202e"]`, CodeBidiControl, E}}},
		{"edit text", func(i *Incident) {
			i.Edits = map[string]ParagraphEdit{"notice/summary": {Text: strings.Repeat("x", MaxTextBytes+1)}}
		}, []want{{`edits["notice/summary"].text`, CodeTextTooLong, E}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inc := valid()
			tc.change(inc)
			checkProblems(t, Validate(inc), tc.want)
		})
	}
}

func TestValidateLimits(t *testing.T) {
	inc := valid()
	for i := range MaxEvents + 1 {
		inc.Events = append(inc.Events, Event{ID: fmt.Sprint("x", i), Kind: EvOther, At: at(20, 0)})
	}
	for i := range MaxCategories + 1 {
		inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, Category{ID: fmt.Sprint("c", i)})
	}
	ps := Validate(inc)
	checkProblems(t, ps, []want{{"events", CodeTooManyItems, SeverityError}, {"dataSets[0].categories", CodeTooManyItems, SeverityError}})
	if got := ps[0].Message("en"); got != "20,005 items are too many (the limit is 20,000)" {
		t.Errorf("message = %s", got)
	}
}

func TestValidateNil(t *testing.T) {
	checkProblems(t, Validate(nil), []want{{"", CodeNoIncident, SeverityError}})
}

func TestValidateMessages(t *testing.T) {
	inc := valid()
	inc.Events[2].At = at(9, 9)
	ps := Validate(inc)
	if got := ps[0].Text("en"); got != "events[2].at: awareness (2026-03-09 09:00 +09:00) is before intrusion (2026-03-10 14:00 +09:00)" {
		t.Errorf("en: %s", got)
	}
	if got := ps[0].Text("ja"); got != "events[2].at: 「漏えい等を知った時」（2026-03-09 09:00 +09:00）が「侵入・原因の発生」（2026-03-10 14:00 +09:00）より前になっています" {
		t.Errorf("ja: %s", got)
	}
	if len(ps.Errors()) != 0 || len(ps.Warnings()) != 1 || len(ps.At("events[2]")) != 1 || len(ps.At("events[1]")) != 0 {
		t.Errorf("filters: %v", ps)
	}
}

func TestCatalog(t *testing.T) {
	args := []string{"a", "b", "c", "d"}
	for code, m := range catalog() {
		if m.ja == "" || m.en == "" {
			t.Errorf("%s: missing a language", code)
		}
		n := strings.Count(m.en, "%[")
		if strings.Count(m.ja, "%[") != n {
			t.Errorf("%s: ja and en take different arguments", code)
		}
		for _, lang := range []string{"ja", "en"} {
			if got := catalogMessage(code, lang, args[:n]); strings.Contains(got, "%!") {
				t.Errorf("%s %s: %s", code, lang, got)
			}
		}
	}
	for _, k := range EventKinds {
		if _, ok := eventLabels()[k]; !ok {
			t.Errorf("no label for event kind %s", k)
		}
	}
}

func TestCountryLists(t *testing.T) {
	if len(isoCountries) != 249 {
		t.Errorf("%d ISO 3166-1 codes; want 249", len(isoCountries))
	}
	if len(usStates) != 56 {
		t.Errorf("%d US codes; want 50 states, DC and 5 territories", len(usStates))
	}
}

func TestJurisdictionShape(t *testing.T) {
	for j, want := range map[string]bool{"": true, "JP": true, "EU": true, "US-CA": true, "CA-QC": true, "Japan": false, "jp": false, "US-": false, "US-CALI": false} {
		if JurisdictionShape(j) != want {
			t.Errorf("JurisdictionShape(%q) = %v", j, !want)
		}
	}
}
