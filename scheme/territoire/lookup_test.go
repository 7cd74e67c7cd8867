package territoire

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		name, code, want string // want: the ID found
	}{
		{"a commune", "38185", "38185"},
		{"a commune of Corse", "2A004", "2A004"},
		{"in lower case", "2a004", "2A004"},
		{"an EPCI", "200040715", "200040715"},
		{"a SIREN in groups of three", "200 040 715", "200040715"},
		{"a SIREN grouped with no-break spaces", "200\u00a0040\u202f715", "200040715"},
		{"spaces around, a tab", " 38185\t", "38185"},
		{"a département of two digits", "38", "38"},
		{"the Collectivité de Corse", "R94", "R94"},
		{"an overseas département", "971", "971"},
		{"a département whose code is a région's", "84", "84"},
		{"a région", "R84", "R84"},
		{"a région in lower case", "r 84", "R84"},
		{"an overseas région", "R04", "R04"},
		{"a collectivité unique", "973", "973"},
		{"a collectivité unique by its région", "R03", "973"},
		{"a collectivité d'outre-mer", "977", "977"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Lookup(tt.code)
			require.NoError(t, err)
			assert.Equal(t, tt.want, b.ID)
		})
	}
}

func TestLookupErrors(t *testing.T) {
	tests := []struct {
		name, code, want string
		suggested        []string
	}{
		{"an unknown commune", "38999", `territoire: lookup "38999": unknown code`, nil},
		{"the empty code", "", `territoire: lookup "": unknown code`, nil},
		{"spaces only", "  ", `territoire: lookup "  ": unknown code`, nil},
		{"a collectivité of no kind", "987", `territoire: lookup "987": unknown code`, nil},
		{"a name of one letter, searched too", "R", `territoire: lookup "R": unknown code; did you mean "69" (Rhône, departement), "243500139" (Rennes Métropole, epci) or "35238" (Rennes, commune)?`, []string{"69", "243500139", "35238"}},
		{"a long input, cut", strings.Repeat("9", 100), `territoire: lookup "` + strings.Repeat("9", 64) + `…" (100 bytes): unknown code`, nil},
		{"a lost leading zero", "1001", `territoire: lookup "1001": unknown code; did you mean "01001" (L'Abergement-Clémenciat, commune)?`, []string{"01001"}},
		{"a département's lost leading zero", "7", `territoire: lookup "7": unknown code; did you mean "07" (Ardèche, departement)?`, []string{"07"}},
		{"a code of Corse before 1976", "20004", `territoire: lookup "20004": unknown code; did you mean "2A004" (Ajaccio, commune)?`, []string{"2A004"}},
		{"Corse's code before 1976", "20", `territoire: lookup "20": unknown code; did you mean "R94" (Collectivité de Corse, region)?`, []string{"R94"}},
		{"Corse-du-Sud, a circonscription since 2018", "2A", `territoire: lookup "2A": unknown code; did you mean "R94" (Collectivité de Corse, region)?`, []string{"R94"}},
		{"Haute-Corse, in lower case", "2b", `territoire: lookup "2b": unknown code; did you mean "R94" (Collectivité de Corse, region)?`, []string{"R94"}},
		{"a région of one digit", "R1", `territoire: lookup "R1": unknown code; did you mean "R01" (Guadeloupe, region)?`, []string{"R01"}},
		{"a département given as a région", "R38", `territoire: lookup "R38": unknown code; did you mean "38" (Isère, departement)?`, []string{"38"}},
		{"a département of Corse given as a région", "R2A", `territoire: lookup "R2A": unknown code; did you mean "R94" (Collectivité de Corse, region)?`, []string{"R94"}},
		{"a commune's SIREN", "213801855", `territoire: lookup "213801855": unknown code; did you mean "38185" (Grenoble, commune)?`, []string{"38185"}},
		{"a SIREN of bad check digit", "213801856", `territoire: lookup "213801856": unknown code`, nil},
		{"a former commune", "69232", `territoire: lookup "69232": unknown code; did you mean "69123" (Lyon, commune)?`, []string{"69123"}},
		{"an arrondissement municipal", "75116", `territoire: lookup "75116": unknown code; did you mean "75056" (Paris, commune)?`, []string{"75056"}},
		{"a name", "Grenoble", `territoire: lookup "Grenoble": unknown code; did you mean "38185" (Grenoble, commune) or "200040715" (Grenoble-Alpes-Métropole, epci)?`, []string{"38185", "200040715"}},
		{"a name of many bodies: three at most", "Saint-Martin", `territoire: lookup "Saint-Martin": unknown code; did you mean "978" (Saint-Martin, statut-particulier), "97801" (Saint-Martin, commune) or "32389" (Saint-Martin, commune)?`, []string{"978", "97801", "32389"}},
		{"a name of nothing", "Atlantide", `territoire: lookup "Atlantide": unknown code`, nil},
		{"punctuation", "38-185", `territoire: lookup "38-185": unknown code`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Lookup(tt.code)
			require.ErrorIs(t, err, ErrUnknown)
			assert.Zero(t, b)
			assert.Equal(t, tt.want, err.Error())
			var ce *CodeError
			require.True(t, errors.As(err, &ce))
			assert.Equal(t, "lookup", ce.Op)
			assert.Equal(t, tt.code, ce.Code)
			assert.Zero(t, ce.Body)
			var ids []string
			for _, s := range ce.Suggestions {
				ids = append(ids, s.ID)
			}
			assert.Equal(t, tt.suggested, ids)
		})
	}
}

func TestMembers(t *testing.T) {
	tests := []struct {
		name, siren string
		count       int
		first       string
	}{
		{"a métropole", "200040715", 49, "38057"},
		{"in groups of three", "200 040 715", 49, "38057"},
		{"the Métropole de Lyon", "200046977", 59, "69003"},
		{"the Métropole du Grand Paris", "200054781", 131, "75056"},
		{"the most communes", "200067106", 158, "64008"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Members(tt.siren)
			require.NoError(t, err)
			assert.Len(t, m, tt.count)
			assert.Equal(t, tt.first, m[0].ID)
		})
	}
}

func TestMembersErrors(t *testing.T) {
	tests := []struct {
		name, code, want string
		body             string
	}{
		{"an unknown SIREN", "200000000", `territoire: members "200000000": unknown code`, ""},
		{"a commune, in an EPCI", "38185", `territoire: members "38185": unknown code: the commune Grenoble is no EPCI; did you mean "200040715" (Grenoble-Alpes-Métropole, epci)?`, "38185"},
		{"a commune in none", "29155", `territoire: members "29155": unknown code: the commune Ouessant is no EPCI`, "29155"},
		{"a département", "38", `territoire: members "38": unknown code: the departement Isère is no EPCI`, "38"},
		{"a name", "Grenoble", `territoire: members "Grenoble": unknown code; did you mean "200040715" (Grenoble-Alpes-Métropole, epci)?`, ""},
		{"a name: the EPCI found, and those of the communes found", "Lyon", `territoire: members "Lyon": unknown code; did you mean "200046977" (Métropole de Lyon, epci) or "200070142" (CC Lyons Andelle, epci)?`, ""},
		{"the former code of a commune", "69381", `territoire: members "69381": unknown code; did you mean "200046977" (Métropole de Lyon, epci)?`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Members(tt.code)
			require.ErrorIs(t, err, ErrUnknown)
			assert.Nil(t, m)
			assert.Equal(t, tt.want, err.Error())
			var ce *CodeError
			require.True(t, errors.As(err, &ce))
			assert.Equal(t, "members", ce.Op)
			assert.Equal(t, tt.body, ce.Body.ID)
		})
	}
}

// TestCopies checks that what the package returns belongs to the caller.
func TestCopies(t *testing.T) {
	all := All(scheme.EPCI)
	all[0].Name = "changed"
	assert.NotEqual(t, "changed", All(scheme.EPCI)[0].Name)

	m, err := Members("200040715")
	require.NoError(t, err)
	m[0].Population = -1
	m, err = Members("200040715")
	require.NoError(t, err)
	assert.Equal(t, 677, m[0].Population)

	s := Search("Grenoble")
	s[0].ID = "changed"
	assert.Equal(t, "38185", Search("Grenoble")[0].ID)
}

// TestConcurrent calls every function from several goroutines at once, so
// that the race detector sees them.
func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			b, err := Lookup("38185")
			assert.NoError(t, err)
			assert.Equal(t, "Grenoble", b.Name)
			m, err := Members("200040715")
			assert.NoError(t, err)
			assert.Len(t, m, 49)
			assert.Len(t, Search("saint"), SearchLimit)
			assert.Len(t, All(scheme.Departement), 97)
		})
	}
	wg.Wait()
}

func TestIDKey(t *testing.T) {
	for _, id := range []string{"38185", "2A004", "200040715", "R84", "972", "9", "ZZZZZZZZZ"} {
		k, n, ok := keyOf(id)
		require.True(t, ok, id)
		assert.Equal(t, len(id), n)
		assert.Equal(t, id, k.String())
		assert.Equal(t, id[0], k.first())
	}
	for _, bad := range []string{"", " ", "1234567890", "é", "38-185"} {
		_, _, ok := keyOf(bad)
		assert.False(t, ok, bad)
	}
	a, _, _ := keyOf("29999")
	b, _, _ := keyOf("2A004")
	c, _, _ := keyOf("30001")
	assert.Less(t, a, b, "the order of keys is that of IDs")
	assert.Less(t, b, c)
}

// TestBoundedErrors checks that every error of the package quotes its input
// at a bounded length, whatever its size: a code of a megabyte, as a name,
// as digits, and as a code's form grouped by a megabyte of spaces.
func TestBoundedErrors(t *testing.T) {
	for _, code := range []string{
		strings.Repeat("é", 1<<19),
		strings.Repeat("9", 1<<20),
		"3" + strings.Repeat(" ", 1<<20) + "8999",
	} {
		_, err := Lookup(code)
		require.ErrorIs(t, err, ErrUnknown)
		assert.Less(t, len(err.Error()), 200, "Lookup")
		assert.Contains(t, err.Error(), quote.Input(code))
		_, err = Members(code)
		require.ErrorIs(t, err, ErrUnknown)
		assert.Less(t, len(err.Error()), 200, "Members")
		_, err = Complete(scheme.Project{Lead: scheme.Body{ID: "38185"}, Members: []scheme.Body{{ID: code}, {ID: code}}})
		if err != nil {
			assert.Less(t, len(err.Error()), 400, "Complete")
			assert.Contains(t, err.Error(), quote.Input(code))
		}
	}
}
