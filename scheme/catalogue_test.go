package scheme

import (
	"fmt"
	"regexp"
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
		ids = append(ids, s.ID)
	}
	assert.Equal(t, []ID{Incubateur, ServicesUsagers, Donnees, Cooperation}, ids)
	assert.Equal(t, ids, IDs())
}

func TestCatalogueFacts(t *testing.T) {
	type session struct {
		name       string
		window     string
		rate       cost.Rate
		excluded   []cost.Category
		threshold  int
		applicants []Kind
		practices  []Practice
	}
	first := []Kind{Commune, EPCI, Departement, Region, Syndicat}
	second := []Kind{Commune, EPCI, Departement, Region, StatutParticulier, Syndicat}
	usagers := []Practice{Accessibilite, LangageSimple, Mobile}
	noStaffNoEquipment := []cost.Category{cost.Personnel, cost.Equipment}
	tests := []struct {
		id       ID
		name     string
		operator string
		sessions []session
	}{
		{Incubateur, "Consultation nationale de l'Incubateur des Territoires", "ANCT", []session{
			{"Consultation nationale 2021", "2021-01-25/..", cost.Percent(50), nil, 0, second, []Practice{CodeOuvert}},
		}},
		{ServicesUsagers, "Dématérialisation et amélioration des services aux usagers", "DINUM", []session{
			{"1re session", "2021-01-25/2021-05-28", cost.Percent(50), []cost.Category{cost.Personnel}, 500000, first, usagers},
			{"2e session", "2021-10-08/2021-11-22", cost.Percent(75), []cost.Category{cost.Personnel}, 300000, second, usagers},
		}},
		{Donnees, "Meilleur usage des données", "DINUM", []session{
			{"1re session", "2021-01-25/2021-05-28", cost.Percent(50), noStaffNoEquipment, 500000, first, nil},
			{"2e session", "2021-10-08/2021-11-22", cost.Percent(75), noStaffNoEquipment, 300000, second, nil},
		}},
		{Cooperation, "Coopération avec les partenaires et les usagers", "DINUM", []session{
			{"1re session", "2021-01-25/2021-05-28", cost.Percent(50), noStaffNoEquipment, 500000, first, nil},
			{"2e session", "2021-10-08/2021-11-22", cost.Percent(75), noStaffNoEquipment, 300000, second, nil},
		}},
	}
	for _, tt := range tests {
		t.Run(string(tt.id), func(t *testing.T) {
			s := mustGet(t, tt.id)
			assert.Equal(t, tt.name, s.Name)
			assert.Equal(t, tt.operator, s.Operator)
			assert.NotEmpty(t, s.Summary)
			assert.NotEmpty(t, s.Examples)
			require.Len(t, s.Sessions, len(tt.sessions))
			for i, want := range tt.sessions {
				got := s.Sessions[i]
				assert.Equal(t, want.name, got.Name)
				assert.Equal(t, want.window, got.Calendar.Window().String())
				assert.Equal(t, want.rate, got.Funding.Rate)
				assert.Equal(t, want.excluded, got.Funding.Excluded)
				assert.True(t, got.Funding.Ceiling.IsZero(), "no ceiling")
				assert.Equal(t, cost.DownToCent, got.Funding.Rounding)
				assert.Equal(t, want.threshold, got.Threshold)
				assert.Equal(t, want.applicants, got.Applicants)
				assert.Equal(t, want.practices, got.Practices)
				require.NoError(t, got.Calendar.Validate(), "session %q", got.Name)
				require.NoError(t, got.Funding.Validate(), "session %q", got.Name)
				for _, k := range got.Applicants {
					assert.True(t, k.IsValid())
				}
			}
			if i := len(s.Sessions) - 1; i > 0 {
				assert.True(t, s.Sessions[i-1].Calendar.Window().Last().Before(s.Sessions[i].Calendar.Window().First()), "sessions in date order")
			}
		})
	}
}

func TestIncubateurCalendar(t *testing.T) {
	c := mustGet(t, Incubateur).Sessions[0].Calendar
	want := []struct{ id, name, window string }{
		{"recueil", "Recueil des besoins et des services existants", "2021-01-25/2021-03-15"},
		{"vote", "Vote pour les propositions", "2021-03-15/2021-04-15"},
		{"referents", "Expression d'intérêt à devenir « territoire référent » pour les services numériques retenus", "2021-04-15/2021-05-31"},
		{"deploiement", "Développement et déploiement des services numériques lauréats", "2021-06-01/.."},
	}
	require.Len(t, c.Phases, len(want))
	for i, w := range want {
		assert.Equal(t, w.id, c.Phases[i].ID)
		assert.Equal(t, w.name, c.Phases[i].Name)
		assert.Equal(t, w.window, c.Phases[i].Window.String())
	}
	for _, s := range All()[1:] {
		for _, se := range s.Sessions {
			require.Len(t, se.Calendar.Phases, 1)
			assert.Equal(t, "candidatures", se.Calendar.Phases[0].ID)
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
		t.Run(string(s.ID), func(t *testing.T) {
			assert.Empty(t, plain.FindAllString(s.Summary, -1), s.Summary)
			if s.ID == Incubateur {
				return
			}
			for _, se := range s.Sessions {
				assert.Contains(t, s.Summary, french.Int(int64(se.Threshold)), se.Name)
			}
		})
	}
}

func TestSupport(t *testing.T) {
	assert.Equal(t, []string{"Aide de l'État à la mutualisation", "Ingénierie fournie par l'État"}, mustGet(t, Incubateur).Support)
	for _, id := range []ID{ServicesUsagers, Donnees, Cooperation} {
		assert.Nil(t, mustGet(t, id).Support, "axis 2 co-finances only")
	}
}

func TestGetErrors(t *testing.T) {
	for _, id := range []ID{"", "incubateur", "Donnees", "donnees "} {
		t.Run(fmt.Sprintf("%q", id), func(t *testing.T) {
			s, err := Get(id)
			require.ErrorIs(t, err, ErrUnknownScheme)
			assert.Contains(t, err.Error(), fmt.Sprintf("scheme: get %q: unknown scheme", id))
			assert.Equal(t, ID(""), s.ID)
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
		assert.Equal(t, IDs()[i], s.ID)
	}
	allocs := testing.AllocsPerRun(100, func() { _, _ = ParseID("cooperation") })
	assert.Zero(t, allocs, "ParseID of a known ID does not allocate")
}

func TestSchemeSession(t *testing.T) {
	s := mustGet(t, Donnees)
	se, ok := s.Session("2e session")
	require.True(t, ok)
	assert.Equal(t, 300000, se.Threshold)
	_, ok = s.Session("3e session")
	assert.False(t, ok)
}

func TestSessionAdmits(t *testing.T) {
	se := mustGet(t, Cooperation).Sessions[0]
	assert.True(t, se.Admits(Syndicat))
	assert.False(t, se.Admits(StatutParticulier))
	assert.False(t, se.Admits(""), "the zero Kind is never admitted")
	assert.False(t, Session{}.Admits(Commune), "the zero Session admits no one")
}

// mutate changes everything reachable from s, nested slices included.
func mutate(s *Scheme) {
	s.Name = "changed"
	s.Examples[0] = "changed"
	s.Examples = append(s.Examples, "added")
	if len(s.Support) > 0 {
		s.Support[0] = "changed"
	}
	for i := range s.Sessions {
		se := &s.Sessions[i]
		se.Name = "changed"
		se.Threshold = 1
		se.Calendar.Phases[0].ID = "changed"
		se.Calendar.Phases[0].Window = calendar.From(day(2030, time.January, 1))
		se.Calendar.Phases = append(se.Calendar.Phases, calendar.Phase{ID: "added"})
		se.Funding.Rate = cost.Percent(100)
		se.Funding.Excluded = append(se.Funding.Excluded[:0], cost.Services)
		se.Applicants[0] = Partenaire
		se.Applicants = append(se.Applicants, "mairie")
		if len(se.Practices) > 0 {
			se.Practices[0] = "rgaa"
		}
	}
	s.Sessions = append(s.Sessions, Session{Name: "added"})
}

func TestCatalogueImmutable(t *testing.T) {
	before := All()
	for _, s := range All() {
		mutate(&s)
	}
	all := All()
	for i := range all {
		mutate(&all[i])
	}
	for _, id := range IDs() {
		s := mustGet(t, id)
		mutate(&s)
	}
	assert.Equal(t, before, All(), "All is unchanged")
	for i, id := range IDs() {
		assert.Equal(t, before[i], mustGet(t, id), "Get(%q) is unchanged", id)
	}
}

// TestCopiesDoNotShare checks that slices carved from one backing array
// cannot reach each other: appending to one leaves the next intact.
func TestCopiesDoNotShare(t *testing.T) {
	all := All()
	incubateur := all[0]
	usagers := all[1]
	wantUsagers := usagers.Sessions[0].Applicants[0]
	incubateur.Sessions[0].Applicants = append(incubateur.Sessions[0].Applicants, Partenaire)
	incubateur.Examples = append(incubateur.Examples, "added")
	assert.Equal(t, wantUsagers, usagers.Sessions[0].Applicants[0])
	assert.Equal(t, mustGet(t, ServicesUsagers).Examples, usagers.Examples)
	assert.Equal(t, mustGet(t, ServicesUsagers), usagers)
}

// TestCatalogueSizes keeps the sizes of a catalogueCopy those of the
// catalogue, so that All allocates once.
func TestCatalogueSizes(t *testing.T) {
	var n sizes
	for _, s := range catalogue {
		n.add(s)
	}
	assert.Equal(t, catalogueSizes, n, "update the catalogue* constants")
	assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { sinkSchemes = All() }), "All allocates once")
}

// TestCopiesOfSomeSchemes checks the copies that do not take a
// catalogueCopy: those of single schemes and of a few.
func TestCopiesOfSomeSchemes(t *testing.T) {
	all := All()
	assert.Equal(t, all[1:3], cloneSchemes(catalogue[1:3]))
	assert.Empty(t, cloneSchemes(nil))
}

func TestCatalogueConcurrent(t *testing.T) {
	want := All()
	on := day(2021, time.March, 1)
	p := Project{Lead: Body{Kind: Syndicat, Population: 620000}, Themes: []Theme{ThemeDonnees}}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for range 50 {
				all := All()
				for i := range all {
					mutate(&all[i])
				}
				s, err := Get(IDs()[g%4])
				if err != nil {
					t.Error(err)
					return
				}
				_ = s.Check(p, on).Explain()
				mutate(&s)
			}
		})
	}
	wg.Wait()
	assert.Equal(t, want, All())
}
