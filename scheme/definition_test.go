package scheme

import (
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewCatalogue checks that the catalogue is built by New from its
// definitions, and gives them back whole.
func TestNewCatalogue(t *testing.T) {
	for i, d := range []Definition{incubateur(), servicesUsagers(), donnees(), cooperation()} {
		s, err := New(d)
		require.NoError(t, err)
		assert.Equal(t, d, s.Definition())
		assert.Equal(t, d, All()[i].Definition())
	}
}

func TestNewErrors(t *testing.T) {
	valid := func() Definition { return testDefinition("Appel", Rules{Applicants: []Kind{Commune}}) }
	phase := func(id string, first, last calendar.Date) calendar.Phase {
		return calendar.Phase{ID: id, Name: id, Window: calendar.MustBetween(first, last)}
	}
	tests := []struct {
		name string
		edit func(d *Definition)
		want []string // the messages, after `scheme: new "ID": `
		is   []error  // more sentinels that the error wraps
	}{
		{"no ID, no session", func(d *Definition) { *d = Definition{} }, []string{`ID "": empty`, `Sessions: no session`}, nil},
		{"session IDs", func(d *Definition) {
			d.Sessions = append(d.Sessions, d.Sessions[0], d.Sessions[0])
			d.Sessions[1].ID = ""
		}, []string{`Sessions[1].ID "": empty`, `Sessions[2].ID "appel-1": same ID as Sessions[0].ID`}, nil},
		{"IDs that are not slugs", func(d *Definition) {
			d.ID = "Fonds Régional"
			d.Sessions = append(d.Sessions, d.Sessions[0], d.Sessions[0])
			d.Sessions[1].ID = "Appel_2"
			d.Sessions[2].ID = "appel-1\n"
		}, []string{
			`ID "Fonds Régional": ` + errNotSlug.Error(),
			`Sessions[1].ID "Appel_2": ` + errNotSlug.Error(),
			`Sessions[2].ID "appel-1\n": ` + errNotSlug.Error(),
		}, nil},
		{"sessions out of order", func(d *Definition) {
			second := d.Sessions[0]
			second.ID = "appel-0"
			second.Calendar = calendar.Calendar{Phases: []calendar.Phase{phase("candidatures", day(2020, time.March, 1), day(2020, time.March, 31))}}
			d.Sessions = append(d.Sessions, second)
		}, []string{`Sessions[1].Intake "candidatures": opens on 2020-03-01, before the intake of Sessions[0] (2021-01-01)`}, nil},
		{"invalid calendar, every problem", func(d *Definition) {
			c := &d.Sessions[0].Calendar
			c.Phases = append(c.Phases, calendar.Phase{ID: "candidatures"}, calendar.Phase{})
		}, []string{
			`Sessions[0].Calendar: validate Phases[1] "candidatures": invalid calendar: duplicate ID, also Phases[0]`,
			`Sessions[0].Calendar: validate Phases[1] "candidatures": invalid calendar: no window`,
			`Sessions[0].Calendar: validate Phases[2] "": invalid calendar: empty ID`,
			`Sessions[0].Calendar: validate Phases[2] "": invalid calendar: no window`,
		}, []error{calendar.ErrInvalidCalendar}},
		{"no intake", func(d *Definition) { d.Sessions[0].Intake = "" }, []string{`Sessions[0].Intake "": empty`}, nil},
		{"intake that names no phase", func(d *Definition) { d.Sessions[0].Intake = "depot" }, []string{`Sessions[0].Calendar: no phase "depot", the intake`}, nil},
		{"revisions", func(d *Definition) {
			d.Sessions[0].Revisions = []Revision{
				{Published: day(2021, time.March, 1), Calendar: testCalendar()},
				{Calendar: testCalendar()},
				{Published: day(2021, time.February, 1), Calendar: calendar.Calendar{Phases: []calendar.Phase{phase("depot", day(2021, time.January, 1), day(2021, time.June, 30))}}},
			}
		}, []string{
			`Sessions[0].Revisions[1].Published: no publication date`,
			`Sessions[0].Revisions[2].Published "2021-02-01": not after Revisions[1].Published "2021-03-01"`,
			`Sessions[0].Revisions[2].Calendar: no phase "candidatures", the intake`,
		}, nil},
		{"invalid policy", func(d *Definition) {
			d.Sessions[0].Funding = cost.Policy{Excluded: []cost.Category{"repas"}, Ceiling: cost.Cents(-1), Rounding: 9}
		}, nil, []error{cost.ErrUnknownCategory, cost.ErrNegativeAmount, cost.ErrInvalidRounding}},
		{"applicants", func(d *Definition) { d.Sessions[0].Rules.Applicants = nil }, []string{`Sessions[0].Rules.Applicants: no applicant`}, nil},
		{"unknown and repeated applicants", func(d *Definition) {
			d.Sessions[0].Rules.Applicants = []Kind{Commune, "", "mairie", Commune}
		}, []string{
			`Sessions[0].Rules.Applicants[1] "": unknown kind: want ` + kinds.Want(),
			`Sessions[0].Rules.Applicants[2] "mairie": unknown kind: want ` + kinds.Want(),
			`Sessions[0].Rules.Applicants[3] "commune": same as Sessions[0].Rules.Applicants[0]`,
		}, []error{ErrUnknownValue}},
		{"negative figures", func(d *Definition) {
			d.Sessions[0].Rules.Threshold, d.Sessions[0].Rules.ResultsWithin = -1, -18
		}, []string{`Sessions[0].Rules.Threshold -1: negative`, `Sessions[0].Rules.ResultsWithin -18: negative`}, nil},
		{"themes", func(d *Definition) {
			r := &d.Sessions[0].Rules
			r.Themes = []Theme{ThemeDonnees, "fibre", ThemeDonnees}
			r.ExcludedThemes = []Theme{ThemeInfrastructure, ThemeDonnees, ""}
		}, []string{
			`Sessions[0].Rules.Themes[1] "fibre": unknown theme: want ` + themes.Want(),
			`Sessions[0].Rules.Themes[2] "donnees": same as Sessions[0].Rules.Themes[0]`,
			`Sessions[0].Rules.ExcludedThemes[2] "": unknown theme: want ` + themes.Want(),
			`Sessions[0].Rules.ExcludedThemes[1] "donnees": both funded and excluded`,
		}, []error{ErrUnknownValue}},
		{"practices", func(d *Definition) {
			d.Sessions[0].Rules.Practices = []Practice{Mobile, "rgaa", Mobile}
		}, []string{
			`Sessions[0].Rules.Practices[1] "rgaa": unknown practice: want ` + practices.Want(),
			`Sessions[0].Rules.Practices[2] "mobile": same as Sessions[0].Rules.Practices[0]`,
		}, []error{ErrUnknownValue}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := valid()
			tt.edit(&d)
			s, err := New(d)
			require.Error(t, err)
			assert.True(t, s.IsZero())
			require.ErrorIs(t, err, ErrInvalidDefinition)
			for _, sentinel := range tt.is {
				assert.ErrorIs(t, err, sentinel)
			}
			var got []string
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var de *DefinitionError
				require.True(t, errors.As(e, &de), "%v", e)
				assert.Equal(t, d.ID, de.Scheme)
				got = append(got, e.Error())
			}
			if tt.want == nil {
				assert.Len(t, got, len(tt.is), "one problem for each sentinel: %v", got)
				return
			}
			var want []string
			for _, w := range tt.want {
				want = append(want, "scheme: new "+quoteID(d.ID)+": "+w)
			}
			assert.Equal(t, want, got)
		})
	}
	assert.Panics(t, func() { MustNew(Definition{}) })
	var e *DefinitionError = &DefinitionError{Scheme: "x", Path: "ID"}
	assert.Equal(t, `scheme: new "x": ID: invalid definition`, e.Error())
	assert.ErrorIs(t, e, ErrInvalidDefinition)
}

// quoteID quotes an ID as the messages do.
func quoteID(id ID) string { return strconv.Quote(string(id)) }

// TestNewSlugs checks the IDs that New takes: lowercase ASCII slugs, the
// catalogue's among them, for a what-if that keeps one.
func TestNewSlugs(t *testing.T) {
	for _, id := range []ID{"a", "fonds-regional-2021", "-", "0", Donnees, Incubateur} {
		d := testDefinition("Appel", Rules{Applicants: []Kind{Commune}})
		d.ID = id
		d.Sessions[0].ID = string(id)
		_, err := New(d)
		assert.NoError(t, err, id)
	}
	for _, id := range []ID{"Donnees", "données", "fonds régional", "a.b", "a_b", "a/b", "\x00", "ａ"} {
		d := testDefinition("Appel", Rules{Applicants: []Kind{Commune}})
		d.ID = id
		_, err := New(d)
		require.ErrorIs(t, err, ErrInvalidDefinition, id)
		assert.ErrorContains(t, err, errNotSlug.Error())
	}
}

// TestNewCopies checks that a Scheme keeps nothing of the Definition it
// was built from, and that its Definition is a deep copy.
func TestNewCopies(t *testing.T) {
	d := donnees()
	s := MustNew(d)
	d.Name = "changed"
	d.Examples[0] = "changed"
	d.Sessions[0].Calendar.Phases[0].ID = "changed"
	d.Sessions[0].Rules.Applicants[0] = Partenaire
	d.Sessions[0].Funding.Excluded[0] = cost.Services
	assert.Equal(t, donnees(), s.Definition())
	assert.Equal(t, "candidatures", s.Sessions()[0].Calendar().Phases[0].ID)
	assert.True(t, s.Sessions()[0].Admits(Commune))
}

// revised is a definition whose session was revised twice: its intake moved
// later, then earlier.
func revised() Definition {
	d := testDefinition("Appel", Rules{Applicants: []Kind{Commune}})
	intake := func(first, last calendar.Date) calendar.Calendar {
		return calendar.Calendar{Phases: []calendar.Phase{
			{ID: "candidatures", Name: "Dépôt", Window: calendar.MustBetween(first, last)},
			{ID: "instruction", Name: "Instruction", Window: calendar.From(last.AddDays(1))},
		}}
	}
	d.Sessions[0].Calendar = intake(day(2021, time.January, 1), day(2021, time.March, 31))
	d.Sessions[0].Revisions = []Revision{
		{Published: day(2021, time.March, 15), Calendar: intake(day(2021, time.January, 1), day(2021, time.April, 30)), Source: "communiqué du 15 mars"},
		{Published: day(2021, time.April, 20), Calendar: intake(day(2021, time.January, 1), day(2021, time.April, 25)), Source: "communiqué du 20 avril"},
	}
	return d
}

func TestCalendarOn(t *testing.T) {
	se := MustNew(revised()).Sessions()[0]
	tests := []struct {
		name   string
		on     calendar.Date
		intake string
		status calendar.Status
		step   string
	}{
		{"zero date: as first published, and before every day", calendar.Date{}, "2021-01-01/2021-03-31", calendar.Upcoming, ""},
		{"before the first revision", day(2021, time.March, 14), "2021-01-01/2021-03-31", calendar.Open, "candidatures"},
		{"the day a revision is published", day(2021, time.March, 15), "2021-01-01/2021-04-30", calendar.Open, "candidatures"},
		{"closed as first published, open as revised", day(2021, time.April, 10), "2021-01-01/2021-04-30", calendar.Open, "candidatures"},
		{"the last revision", day(2021, time.April, 26), "2021-01-01/2021-04-25", calendar.Closed, "instruction"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := se.CalendarOn(tt.on)
			p, ok := c.Phase("candidatures")
			require.True(t, ok)
			assert.Equal(t, tt.intake, p.Window.String())
			assert.Equal(t, tt.intake, se.IntakeOn(tt.on).Window.String())
			assert.Equal(t, tt.status, se.Status(tt.on))
			step, ok := se.Current(tt.on)
			assert.Equal(t, tt.step != "", ok)
			assert.Equal(t, tt.step, step.ID)
		})
	}
	assert.Equal(t, "2021-01-01/2021-04-25", se.Calendar().Phases[0].Window.String(), "Calendar is the latest revision")
	revs := se.Revisions()
	require.Len(t, revs, 2)
	assert.Equal(t, "communiqué du 20 avril", revs[1].Source)
	revs[0].Calendar.Phases[0].ID = "changed"
	assert.Equal(t, "candidatures", se.Revisions()[0].Calendar.Phases[0].ID)
}

func TestZeroHandles(t *testing.T) {
	var s Scheme
	assert.True(t, s.IsZero())
	assert.Equal(t, ID(""), s.ID())
	assert.Empty(t, s.Name()+s.Summary()+s.Operator()+s.String())
	assert.Nil(t, s.Examples())
	assert.Nil(t, s.Support())
	assert.Nil(t, s.Sessions())
	assert.Equal(t, Definition{}, s.Definition())

	var se Session
	assert.True(t, se.IsZero())
	assert.Empty(t, se.ID()+se.Name()+string(se.Scheme())+se.Intake()+se.String())
	assert.Equal(t, calendar.Calendar{}, se.Calendar())
	assert.Equal(t, calendar.Calendar{}, se.CalendarOn(inFirst))
	assert.Nil(t, se.Revisions())
	assert.Equal(t, calendar.Closed, se.Status(inFirst))
	assert.Equal(t, calendar.Phase{}, se.IntakeOn(inFirst))
	_, ok := se.Current(inFirst)
	assert.False(t, ok)
	assert.Equal(t, cost.Policy{}, se.Funding())
	assert.Equal(t, Rules{}, se.Rules())
	assert.Equal(t, SessionDefinition{}, se.Definition())
	res, err := se.Cofinance(cost.Budget{{Category: cost.Services, Label: "x", Amount: cost.Euros(10)}})
	require.NoError(t, err)
	assert.True(t, res.Grant.IsZero(), "the zero policy pays nothing")
	assert.Equal(t, []string{"nature-a-preciser", "non-admis", invalidBranch}, codes(se.Branches()))
}

// codes returns the codes of branches.
func codes(branches []Branch) []string {
	var out []string
	for _, b := range branches {
		out = append(out, b.Code)
	}
	return out
}

func TestStrings(t *testing.T) {
	assert.Equal(t, "donnees", mustGet(t, Donnees).String())
	assert.Equal(t, "donnees/session-1", mustGet(t, Donnees).Sessions()[0].String())
}
