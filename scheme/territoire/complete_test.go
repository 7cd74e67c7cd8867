package territoire

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// project returns a project led by the body of ID lead, with members of the
// other IDs, every body given by its ID only.
func project(lead string, members ...string) scheme.Project {
	p := scheme.Project{Lead: scheme.Body{ID: lead}}
	for _, m := range members {
		p.Members = append(p.Members, scheme.Body{ID: m})
	}
	return p
}

// covered returns the population that the ampleur rule counts for p: the
// populations given, partners aside, less the overlap.
func covered(p scheme.Project) int {
	sum := 0
	for _, b := range append([]scheme.Body{p.Lead}, p.Members...) {
		if b.Kind != scheme.Partenaire {
			sum += b.Population
		}
	}
	return sum - p.Overlap
}

// TestComplete pins the figures of Complete, from the populations légales en
// vigueur en 2021 (millésime 2018) of @etalab/decoupage-administratif 1.1.1:
// epci.json's members for the communes (Grenoble 157 650, Paris 2 175 601)
// and EPCI (Grenoble-Alpes-Métropole 445 059, the sum of its 49 members),
// and INSEE's populations légales for 2021 for the départements and régions
// (décret n° 2020-1706: Corse-du-Sud 157 853 + Haute-Corse 180 701 =
// 338 554), which the sums of the communes equal.
func TestComplete(t *testing.T) {
	tests := []struct {
		name        string
		p           scheme.Project
		overlap     int
		covered     int
		departement scheme.Answer
	}{
		{"a métropole and one of its communes: Grenoble counted once",
			project("200040715", "38185"), 157650, 445059, scheme.No},
		{"the commune 75056 and the département 75: Ville de Paris, once",
			project("75056", "75"), 2175601, 2175601, scheme.Yes},
		{"Paris alone covers its département",
			project("75056"), 0, 2175601, scheme.Yes},
		{"a commune alone covers no département",
			project("38185"), 0, 157650, scheme.No},
		{"the three EPCI of the Territoire de Belfort (CA Grand Belfort, CC des Vosges du Sud, CC du Sud Territoire)",
			project("200069052", "200069060", "249000241"), 0, 141852, scheme.Yes},
		{"two of them: not the whole département",
			project("200069052", "200069060"), 0, 118273, scheme.No},
		{"the Collectivité de Corse",
			project("R94"), 0, 338554, scheme.Yes},
		{"the Collectivité de Corse and a CA of Corse-du-Sud (the CA du Pays Ajaccien, 87 726 in epci.json)",
			project("R94", "242010056"), 87726, 338554, scheme.Yes},
		{"the Rhône, without the Métropole de Lyon: a whole territory",
			project("69"), 0, 460632, scheme.Yes},
		{"the Métropole de Lyon: a whole territory too",
			project("200046977"), 0, 1398892, scheme.Yes},
		{"the Rhône and the Métropole de Lyon: no overlap",
			project("69", "200046977"), 0, 1859524, scheme.Yes},
		{"the Rhône and Lyon: no overlap, Lyon is the métropole's",
			project("69", "69123"), 0, 460632 + 518635, scheme.Yes},
		{"Saint-Barthélemy and its one commune",
			project("977", "97701"), 10124, 10124, scheme.No},
		{"a région and two of its départements",
			project("R84", "38", "69"), 1263563 + 460632, 7994459, scheme.Yes},
		{"a département and a métropole in it",
			project("38", "200040715"), 445059, 1263563, scheme.Yes},
		{"Martinique by its région's ID, a collectivité unique, and Fort-de-France (78 126 in epci.json)",
			project("R02", "97209"), 78126, 368783, scheme.Yes},
		{"a SIREN in groups of three, a code in lower case",
			project("200 040 715", "2a004"), 0, 445059 + 70817, scheme.No},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Complete(tt.p)
			require.NoError(t, err)
			assert.Equal(t, tt.overlap, got.Overlap)
			assert.Equal(t, tt.covered, covered(got))
			assert.Equal(t, tt.departement, got.Departement)
			require.NoError(t, got.Validate())
			for _, b := range append([]scheme.Body{got.Lead}, got.Members...) {
				want, err := Lookup(b.ID)
				require.NoError(t, err)
				assert.Equal(t, want.Name, b.Name)
				assert.Equal(t, want.Kind, b.Kind)
				assert.Equal(t, want.Population, b.Population)
				assert.Equal(t, want.DepartementCode, b.DepartementCode)
			}
		})
	}
}

// TestCompleteSpanning checks that a département and an EPCI over several
// départements share only the EPCI's communes in that département: the
// Métropole du Grand Paris holds one commune of the Val-d'Oise, Argenteuil.
func TestCompleteSpanning(t *testing.T) {
	members, err := Members("200054781")
	require.NoError(t, err)
	var in95 []scheme.Body
	for _, m := range members {
		if m.DepartementCode == "95" {
			in95 = append(in95, m)
		}
	}
	require.Len(t, in95, 1)
	assert.Equal(t, "Argenteuil", in95[0].Name)

	got, err := Complete(project("95", "200054781"))
	require.NoError(t, err)
	assert.Equal(t, in95[0].Population, got.Overlap)
	assert.Equal(t, scheme.Yes, got.Departement)
}

// TestCompleteKeeps checks that what the project gives is kept, and what
// Complete leaves alone.
func TestCompleteKeeps(t *testing.T) {
	t.Run("what p gives", func(t *testing.T) {
		p := scheme.Project{
			Lead:        scheme.Body{ID: "200040715", Name: "La Métro"},
			Members:     []scheme.Body{{ID: "38185", DepartementCode: "38"}},
			Departement: scheme.Yes,
			Overlap:     1,
		}
		got, err := Complete(p)
		require.NoError(t, err)
		assert.Equal(t, "La Métro", got.Lead.Name)
		assert.Equal(t, 445059, got.Lead.Population)
		assert.Equal(t, "Grenoble", got.Members[0].Name)
		assert.Equal(t, scheme.Yes, got.Departement, "an answer given")
		assert.Equal(t, 1, got.Overlap, "an overlap given")
	})
	t.Run("a population stated otherwise keeps its body in the overlap", func(t *testing.T) {
		p := project("200040715", "38185")
		p.Members[0].Population = 158198 // a later vintage
		got, err := Complete(p)
		require.NoError(t, err)
		assert.Equal(t, 158198, got.Members[0].Population)
		assert.Equal(t, 157650, got.Overlap, "Grenoble's inhabitants are the métropole's, whatever the vintage")
		assert.Equal(t, scheme.No, got.Departement, "its territory still counts")
		assert.NoError(t, got.Validate())
	})
	t.Run("the overlap never makes the bodies cover fewer than the largest", func(t *testing.T) {
		for _, tt := range []struct {
			name                  string
			lead, member, overlap int
		}{
			{"the métropole's population stated one above the data's", 445060, 0, 157650},
			{"Grenoble's population stated far below the data's", 0, 1000, 1000},
			{"a population at the largest int, whose sum saturates", math.MaxInt, 0, 0},
		} {
			t.Run(tt.name, func(t *testing.T) {
				p := project("200040715", "38185")
				p.Lead.Population, p.Members[0].Population = tt.lead, tt.member
				got, err := Complete(p)
				require.NoError(t, err)
				assert.Equal(t, tt.overlap, got.Overlap)
				assert.NoError(t, got.Validate())
			})
		}
	})
	t.Run("the caller's keys, a syndicat and a partner", func(t *testing.T) {
		p := scheme.Project{
			Lead: scheme.Body{ID: "38185"},
			Members: []scheme.Body{
				{ID: "552100554", Kind: scheme.Partenaire, Name: "Une entreprise"},
				{},
			},
		}
		got, err := Complete(p)
		require.NoError(t, err)
		assert.Equal(t, scheme.Body{ID: "552100554", Kind: scheme.Partenaire, Name: "Une entreprise"}, got.Members[0])
		assert.Equal(t, scheme.No, got.Departement, "partners and empty rows aside, every body is known")

		p.Members = append(p.Members, scheme.Body{ID: "253514491", Kind: scheme.Syndicat, Population: 3000})
		got, err = Complete(p)
		require.NoError(t, err)
		assert.Equal(t, scheme.Body{ID: "253514491", Kind: scheme.Syndicat, Population: 3000}, got.Members[2])
		assert.Equal(t, scheme.Unanswered, got.Departement, "a syndicat's territory is unknown")

		p.Members[2] = scheme.Body{ID: "syndicat-1", Population: 3000}
		got, err = Complete(p)
		require.NoError(t, err)
		assert.Equal(t, scheme.Body{ID: "syndicat-1", Population: 3000}, got.Members[2])
		assert.Equal(t, scheme.Unanswered, got.Departement, "nor is that of a body by the caller's key")
	})
	t.Run("p is not modified", func(t *testing.T) {
		p := project("200040715", "38185")
		_, err := Complete(p)
		require.NoError(t, err)
		assert.Equal(t, project("200040715", "38185"), p)
	})
	t.Run("the zero project", func(t *testing.T) {
		got, err := Complete(scheme.Project{})
		require.NoError(t, err)
		assert.Equal(t, scheme.Project{}, got)
	})
}

func TestCompleteErrors(t *testing.T) {
	tests := []struct {
		name string
		p    scheme.Project
		want []string // the messages, in field order
	}{
		{"an unknown commune", project("38185", "38999"),
			[]string{`territoire: complete Members[0].ID "38999": unknown code`}},
		{"a département of Corse", project("2A"),
			[]string{`territoire: complete Lead.ID "2A": unknown code; did you mean "R94" (Collectivité de Corse, region)?`}},
		{"every problem at once, a code twice among them", project("38185", "38999", "200040715", "38 185", "R38"),
			[]string{
				`territoire: complete Members[0].ID "38999": unknown code`,
				`territoire: complete Members[2].ID "38 185": code given twice, as Lead.ID`,
				`territoire: complete Members[3].ID "R38": unknown code; did you mean "38" (Isère, departement)?`,
			}},
		{"one collectivité by two IDs", project("972", "R02"),
			[]string{`territoire: complete Members[0].ID "R02": code given twice, as Lead.ID`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Complete(tt.p)
			require.Error(t, err)
			joined, ok := err.(interface{ Unwrap() []error })
			require.True(t, ok)
			var msgs []string
			for _, e := range joined.Unwrap() {
				var ce *CodeError
				require.True(t, errors.As(e, &ce))
				assert.Equal(t, "complete", ce.Op)
				assert.True(t, errors.Is(e, ErrUnknown) != errors.Is(e, ErrDuplicate))
				msgs = append(msgs, e.Error())
			}
			assert.Equal(t, tt.want, msgs)
			assert.NotEqual(t, scheme.No, got.Departement, "never No with an error")
		})
	}

	t.Run("the bodies found are completed all the same", func(t *testing.T) {
		got, err := Complete(project("200040715", "38185", "38999"))
		require.ErrorIs(t, err, ErrUnknown)
		assert.Equal(t, "Grenoble", got.Members[0].Name)
		assert.Equal(t, 157650, got.Overlap)
	})
	t.Run("a whole département found answers Yes despite an error", func(t *testing.T) {
		got, err := Complete(project("38", "38999"))
		require.ErrorIs(t, err, ErrUnknown)
		assert.Equal(t, scheme.Yes, got.Departement)
	})
	t.Run("a code of a megabyte: a bounded message", func(t *testing.T) {
		code := strings.Repeat("9", 1<<20)
		_, err := Complete(project("38185", code))
		assert.NoError(t, err, "not of a code's form: the caller's key")
		code = "3" + strings.Repeat(" ", 1<<20) + "8999"
		_, err = Complete(project("38185", code))
		require.ErrorIs(t, err, ErrUnknown)
		assert.Equal(t, `territoire: complete Members[0].ID `+quote.Input(code)+`: unknown code`, err.Error())
		assert.Less(t, len(err.Error()), 200)
	})
}

func TestOfficial(t *testing.T) {
	for _, id := range []string{"38185", "2A004", "2B033", "200040715", "01", "95", "2A", "2B", "970", "971", "976", "977", "989", "R84", "R01", "R99"} {
		k, n, ok := keyOf(id)
		assert.True(t, ok && official(k, n), id)
	}
	for _, id := range []string{"", "0", "00", "96", "99", "2C", "960", "999", "R1", "R123", "RAB", "2A0045", "1001", "20004A", "20040715X", "ABCDE", "2AB04", "SYNDICAT"} {
		k, n, ok := keyOf(id)
		assert.False(t, ok && official(k, n), id)
	}
}

// TestCompleteRhone checks the territory of the département du Rhône: the
// 208 communes of code 69 that are not the Métropole de Lyon's 59.
func TestCompleteRhone(t *testing.T) {
	tb := tablesT(t)
	i, ok := tb.find("69")
	require.True(t, ok)
	n := 0
	tb.each(i, func(int32) { n++ })
	assert.Equal(t, 208, n)
	lyon, err := Members("200046977")
	require.NoError(t, err)
	assert.Len(t, lyon, 59)
}

// TestCompleteMany checks a project of more bodies than Complete scans one by
// one: a code given twice is found all the same, and every commune once.
func TestCompleteMany(t *testing.T) {
	p := communesProject(t, 40)
	p.Members = append(p.Members, scheme.Body{ID: p.Members[2].ID}, scheme.Body{ID: p.Lead.ID})
	_, err := Complete(p)
	var msgs []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		require.ErrorIs(t, e, ErrDuplicate)
		msgs = append(msgs, e.Error())
	}
	assert.Equal(t, []string{
		`territoire: complete Members[39].ID "` + p.Members[2].ID + `": code given twice, as Members[2].ID`,
		`territoire: complete Members[40].ID "` + p.Lead.ID + `": code given twice, as Lead.ID`,
	}, msgs)

	p = communesProject(t, 40)
	got, err := Complete(p)
	require.NoError(t, err)
	assert.Zero(t, got.Overlap, "forty communes share no inhabitant")
	assert.Equal(t, scheme.No, got.Departement, "the Ain has 393 communes")
}

// TestHolds checks that no body holds a commune outside the territory that
// each gives: every commune of the data is asked about every EPCI,
// département, région and collectivité à statut particulier, whose
// territories count as many communes as each gives.
func TestHolds(t *testing.T) {
	tb := tablesT(t)
	communes := tb.byKind[communes]
	for i := tb.byKind[epcis].first; i < int32(len(tb.bodies)); i++ {
		held := 0
		for c := communes.first; c < communes.end; c++ {
			if tb.holds(i, c) {
				held++
			}
		}
		assert.Equal(t, tb.size(i), held, tb.bodies[i].id)
	}
	assert.True(t, tb.holds(communes.first, communes.first))
	assert.False(t, tb.holds(communes.first, communes.first+1), "a commune holds itself only")
}

// TestUnionPaths checks that both ways of counting the communes of the
// bodies, by asking the bodies before and by marking them in a bit set,
// give the same overlap and the same whole territory: on random projects
// of 1 to 40 bodies of every kind, drawn around one département so that
// they overlap, some of them stating another population than the data,
// and on the figures of TestComplete.
func TestUnionPaths(t *testing.T) {
	tb := tablesT(t)
	check := func(t *testing.T, p scheme.Project) (overlap int, whole bool) {
		t.Helper()
		c := completion{t: tb, allKnown: true}
		c.body(-1, &p.Lead)
		for i := range p.Members {
			c.body(i, &p.Members[i])
		}
		require.Empty(t, c.errs)
		c.order()
		overlap, whole = c.unionScan()
		marksOverlap, marksWhole := c.unionMarks()
		assert.Equal(t, marksOverlap, overlap, "overlap of %v", p)
		assert.Equal(t, marksWhole, whole, "whole territory of %v", p)
		return overlap, whole
	}
	t.Run("figures", func(t *testing.T) {
		for _, tt := range []struct {
			p       scheme.Project
			overlap int
			whole   bool
		}{
			{project("75056", "75"), 2175601, true},
			{project("75", "75056"), 2175601, true},
			{project("200040715", "38185"), 157650, false},
			{project("38185", "200040715"), 157650, false},
			{project("R84", "38", "69"), 1263563 + 460632, true},
			{project("69", "200046977"), 0, true},
			{project("977", "97701"), 10124, false},
		} {
			overlap, whole := check(t, tt.p)
			assert.Equal(t, tt.overlap, overlap, "%v", tt.p)
			assert.Equal(t, tt.whole, whole, "%v", tt.p)
		}
	})
	t.Run("random projects", func(t *testing.T) {
		r := rand.New(rand.NewPCG(23, 2021))
		deps := All(scheme.Departement)
		others := []string{"69", "200046977", "69123", "75056", "75", "977", "97701", "R94", "2A004", "972", "975", "98411"}
		for range 2000 {
			// The bodies around one département: it, its région, the EPCI
			// of its communes, some of its communes; and a few others.
			dep := deps[r.IntN(len(deps))].ID
			d, _ := tb.find(dep)
			pool := []string{dep}
			for _, reg := range All(scheme.Region) {
				if i, _ := tb.find(reg.ID); tb.holds(i, tb.area[d-tb.byKind[departements].first][0].first) {
					pool = append(pool, reg.ID)
				}
			}
			tb.each(d, func(c int32) {
				switch {
				case r.IntN(20) == 0:
					pool = append(pool, tb.bodies[c].id)
				case r.IntN(10) == 0 && tb.epciOf[c] >= 0:
					pool = append(pool, tb.bodies[tb.epciOf[c]].id)
				}
			})
			pool = append(pool, others...)
			for range 5 {
				i := r.Int32N(int32(len(tb.bodies)))
				pool = append(pool, tb.bodies[i].id)
			}
			slices.Sort(pool)
			pool = slices.Compact(pool)
			r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
			pool = pool[:1+r.IntN(min(40, len(pool)))]
			p := project(pool[0], pool[1:]...)
			for i := range p.Members {
				if r.IntN(8) == 0 {
					p.Members[i].Population = 1 + r.IntN(100000) // not the data's: not counted
				}
			}
			check(t, p)
		}
	})
}
