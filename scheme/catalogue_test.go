package scheme

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(year int, month time.Month, d int) calendar.Date {
	return calendar.MustDate(year, month, d)
}

func mustGet(t testing.TB, id ID) Scheme {
	t.Helper()
	s, err := Get(id)
	require.NoError(t, err)
	return s
}

func TestAllOrderAndIDs(t *testing.T) {
	all := All()
	require.Len(t, all, 4)
	var ids []ID
	for _, s := range all {
		ids = append(ids, s.ID())
	}
	assert.Equal(t, []ID{Incubateur, ServicesUsagers, Donnees, Cooperation}, ids)
	assert.Equal(t, ids, IDs())
}

func TestCatalogueFacts(t *testing.T) {
	type session struct {
		id, name string
		intake   string
		rate     cost.Rate
		excluded []cost.Category
		rules    Rules
	}
	first := []Kind{Commune, EPCI, Departement, Region, Syndicat}
	second := []Kind{Commune, EPCI, Departement, Region, StatutParticulier, Syndicat}
	usagers := []Practice{Accessibilite, LangageSimple, Mobile}
	noStaffNoEquipment := []cost.Category{cost.Personnel, cost.Equipment}
	call := func(th Theme, practices []Practice) [2]Rules {
		return [2]Rules{
			{Applicants: first, Threshold: 500000, Themes: []Theme{th}, Practices: practices, ResultsWithin: 18, StartAfterRequest: true},
			{Applicants: second, Threshold: 300000, Themes: []Theme{th}, Practices: practices, ResultsWithin: 18, StartAfterRequest: true},
		}
	}
	su, do, co := call(ThemeServices, usagers), call(ThemeDonnees, nil), call(ThemeCooperation, nil)
	tests := []struct {
		id       ID
		name     string
		operator string
		sessions []session
	}{
		{Incubateur, "Consultation nationale de l’Incubateur des Territoires", "ANCT", []session{
			{"consultation-2021", "Consultation nationale 2021", "2021-01-25/2021-03-15", cost.Percent(50), nil, Rules{
				Applicants: second, SharedNeed: true, ExcludedThemes: []Theme{ThemeInfrastructure},
				Practices: []Practice{CodeOuvert}, ResultsWithin: 18,
			}},
		}},
		{ServicesUsagers, "Dématérialisation et amélioration des services aux usagers", "DINUM", []session{
			{"session-1", "1re session", "2021-01-25/2021-05-28", cost.Percent(50), []cost.Category{cost.Personnel}, su[0]},
			{"session-2", "2e session", "2021-10-08/2021-11-22", cost.Percent(75), []cost.Category{cost.Personnel}, su[1]},
		}},
		{Donnees, "Meilleur usage des données", "DINUM", []session{
			{"session-1", "1re session", "2021-01-25/2021-05-28", cost.Percent(50), noStaffNoEquipment, do[0]},
			{"session-2", "2e session", "2021-10-08/2021-11-22", cost.Percent(75), noStaffNoEquipment, do[1]},
		}},
		{Cooperation, "Coopération avec les partenaires et les usagers", "DINUM", []session{
			{"session-1", "1re session", "2021-01-25/2021-05-28", cost.Percent(50), noStaffNoEquipment, co[0]},
			{"session-2", "2e session", "2021-10-08/2021-11-22", cost.Percent(75), noStaffNoEquipment, co[1]},
		}},
	}
	for _, tt := range tests {
		t.Run(string(tt.id), func(t *testing.T) {
			s := mustGet(t, tt.id)
			assert.Equal(t, tt.id, s.ID())
			assert.Equal(t, tt.name, s.Name())
			assert.Equal(t, tt.operator, s.Operator())
			assert.NotEmpty(t, s.Summary())
			assert.NotEmpty(t, s.Examples())
			sessions := s.Sessions()
			require.Len(t, sessions, len(tt.sessions))
			for i, want := range tt.sessions {
				got := sessions[i]
				assert.Equal(t, want.id, got.ID())
				assert.Equal(t, want.name, got.Name())
				assert.Equal(t, tt.id, got.Scheme())
				assert.Equal(t, want.intake, got.IntakeOn(calendar.Date{}).Window.String())
				f := got.Funding()
				assert.Equal(t, want.rate, f.Rate)
				assert.Equal(t, want.excluded, f.Excluded)
				assert.True(t, f.Ceiling.IsZero(), "no ceiling")
				assert.Equal(t, cost.DownToCent, f.Rounding)
				assert.Equal(t, want.rules, got.Rules())
			}
			if i := len(sessions) - 1; i > 0 {
				assert.True(t, sessions[i-1].Calendar().Window().Last().Before(sessions[i].Calendar().Window().First()), "sessions in date order")
			}
		})
	}
}

func TestIncubateurCalendar(t *testing.T) {
	se := mustGet(t, Incubateur).Sessions()[0]
	assert.Equal(t, "recueil", se.Intake())
	c := se.CalendarOn(calendar.Date{})
	want := []struct{ id, name, window string }{
		{"recueil", "Recueil des besoins et des services existants", "2021-01-25/2021-03-15"},
		{"vote", "Vote pour les propositions", "2021-03-15/2021-04-15"},
		{"referents", "Expression d’intérêt à devenir «\u00a0territoire référent\u00a0» pour les services numériques retenus", "2021-04-15/2021-05-31"},
		{"deploiement", "Développement et déploiement des services numériques lauréats", "2021-06-01/.."},
	}
	require.Len(t, c.Phases, len(want))
	for i, w := range want {
		assert.Equal(t, w.id, c.Phases[i].ID)
		assert.Equal(t, w.name, c.Phases[i].Name)
		assert.Equal(t, w.window, c.Phases[i].Window.String())
	}
	for _, s := range All()[1:] {
		for _, se := range s.Sessions() {
			c := se.Calendar()
			require.Len(t, c.Phases, 1)
			assert.Equal(t, "candidatures", c.Phases[0].ID)
			assert.Equal(t, "candidatures", se.Intake())
		}
	}
}

// TestSummaries checks that the summaries hold for both sessions of the
// axis-2 calls, and follow the typography of the reasons: no-break spaces
// before « : » and « ; » and inside « », narrow no-break spaces between groups
// of digits.
func TestSummaries(t *testing.T) {
	plain := regexp.MustCompile(`[0-9] [0-9]| [:;»]|« `)
	for _, s := range All() {
		t.Run(string(s.ID()), func(t *testing.T) {
			assert.Empty(t, plain.FindAllString(s.Summary(), -1), s.Summary())
			if s.ID() == Incubateur {
				return
			}
			for _, se := range s.Sessions() {
				assert.Contains(t, s.Summary(), french.Int(int64(se.Rules().Threshold)), se.Name())
			}
		})
	}
}

func TestSupport(t *testing.T) {
	assert.Equal(t, []string{"Aide de l’État à la mutualisation", "Ingénierie fournie par l’État"}, mustGet(t, Incubateur).Support())
	for _, id := range []ID{ServicesUsagers, Donnees, Cooperation} {
		assert.Nil(t, mustGet(t, id).Support(), "axis 2 co-finances only")
	}
}

func TestGetErrors(t *testing.T) {
	for _, id := range []ID{"", "incubateur", "Donnees", "donnees "} {
		t.Run(fmt.Sprintf("%q", id), func(t *testing.T) {
			s, err := Get(id)
			require.ErrorIs(t, err, ErrUnknownScheme)
			assert.Contains(t, err.Error(), fmt.Sprintf("scheme: get %q: unknown scheme", id))
			assert.True(t, s.IsZero())
		})
	}
}

func TestParseID(t *testing.T) {
	for _, id := range IDs() {
		got, err := ParseID(string(id))
		require.NoError(t, err)
		assert.Equal(t, id, got)
	}
	_, err := ParseID("relance")
	require.ErrorIs(t, err, ErrUnknownScheme)
	assert.EqualError(t, err, `scheme: parse id "relance": unknown scheme: want incubateur-territoires, services-usagers, donnees or cooperation`)
}

// TestIDsFollowTheCatalogue checks that IDs, ParseID and the constants agree
// with the catalogue, which is where the IDs come from.
func TestIDsFollowTheCatalogue(t *testing.T) {
	assert.Equal(t, []ID{Incubateur, ServicesUsagers, Donnees, Cooperation}, IDs())
	ids := IDs()
	ids[0] = "changed"
	assert.Equal(t, Incubateur, IDs()[0], "IDs returns a new slice")
	for i, s := range All() {
		assert.Equal(t, IDs()[i], s.ID())
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = ParseID("cooperation") }), "ParseID of a known ID does not allocate")
	assert.Zero(t, testing.AllocsPerRun(100, func() { sinkScheme, _ = Get(Cooperation) }), "Get does not allocate")
	assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { sinkSchemes = All() }), "All allocates its slice, nothing deep")
}

func TestSchemeSession(t *testing.T) {
	s := mustGet(t, Donnees)
	se, ok := s.Session("session-2")
	require.True(t, ok)
	assert.Equal(t, 300000, se.Rules().Threshold)
	assert.Equal(t, "2e session", se.Name())
	assert.Equal(t, "donnees/session-2", se.String())
	_, ok = s.Session("2e session")
	assert.False(t, ok, "sessions are found by ID")
	_, ok = Scheme{}.Session("session-1")
	assert.False(t, ok)
}

func TestSessionAdmits(t *testing.T) {
	se := mustGet(t, Cooperation).Sessions()[0]
	assert.True(t, se.Admits(Syndicat))
	assert.False(t, se.Admits(StatutParticulier))
	assert.False(t, se.Admits(""), "the zero Kind is never admitted")
	assert.False(t, Session{}.Admits(Commune), "the zero Session admits no one")
}

// mutateAll changes everything that the library hands out from s and its
// sessions, and from a check of p: every slice, nested ones included.
func mutateAll(s Scheme, p Project, on calendar.Date) {
	scribble := func(xs []string) {
		for i := range xs {
			xs[i] = "changed"
		}
	}
	scribble(s.Examples())
	scribble(s.Support())
	d := s.Definition()
	d.Name = "changed"
	scribble(d.Examples)
	for i := range d.Sessions {
		se := &d.Sessions[i]
		se.Calendar.Phases[0].ID = "changed"
		se.Rules.Applicants[0] = Partenaire
		se.Rules.Threshold = 1
		if len(se.Rules.Themes) > 0 {
			se.Rules.Themes[0] = ThemeFormation
		}
		if len(se.Funding.Excluded) > 0 {
			se.Funding.Excluded[0] = cost.Services
		}
	}
	sessions := s.Sessions()
	for i, se := range sessions {
		for _, c := range []calendar.Calendar{se.Calendar(), se.CalendarOn(on), se.Definition().Calendar} {
			c.Phases[0].Window = calendar.From(day(2030, time.January, 1))
		}
		for _, r := range se.Revisions() {
			r.Calendar.Phases[0].ID = "changed"
		}
		if f := se.Funding(); len(f.Excluded) > 0 {
			f.Excluded[0] = cost.Services
		}
		r := se.Rules()
		r.Applicants[0] = Partenaire
		if len(r.Practices) > 0 {
			r.Practices[0] = "rgaa"
		}
		e := se.Check(p)
		for _, c := range e.Criteria {
			f := c.Facts()
			if len(f.Themes) > 0 {
				f.Themes[0] = ThemeFormation
			}
			if len(f.Lacking) > 0 {
				f.Lacking[0] = CodeOuvert
			}
		}
		e.Criteria[0] = Criterion{}
		scribble(e.Missing)
		sessions[i] = Session{}
	}
}

func TestCatalogueImmutable(t *testing.T) {
	snapshot := func() string {
		data, err := json.Marshal(All())
		require.NoError(t, err)
		var checks []string
		for _, p := range []Project{{}, eligibleFor(ServicesUsagers), eligibleFor(Incubateur)} {
			for _, e := range CheckAll(p, inFirst) {
				checks = append(checks, e.Explain())
			}
		}
		return string(data) + strings.Join(checks, "\n")
	}
	before := snapshot()
	p := Project{Lead: Body{Kind: Syndicat}, Themes: []Theme{ThemeDonnees}, Practices: []Practice{Mobile}}
	for _, s := range All() {
		mutateAll(s, p, inFirst)
		mutateAll(s, eligibleFor(s.ID()), inSecond)
	}
	all := All()
	all[0] = Scheme{}
	assert.Equal(t, before, snapshot(), "the catalogue is unchanged")
}

func TestCatalogueConcurrent(t *testing.T) {
	on := day(2021, time.March, 1)
	p := Project{Lead: Body{Kind: Syndicat, Population: 620000}, Themes: []Theme{ThemeDonnees}, Practices: []Practice{Mobile}}
	want := make([]string, len(catalogue))
	for i, s := range All() {
		want[i] = s.Check(p, on).Explain()
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for range 50 {
				s := All()[g%4]
				mutateAll(s, p, on)
				if got := s.Check(p, on).Explain(); got != want[g%4] {
					t.Errorf("%s: %s", s.ID(), got)
					return
				}
			}
		})
	}
	wg.Wait()
}
