package territoire

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tablesT returns the decoded tables, failing t if the embedded data does not
// decode.
func tablesT(t testing.TB) *tables {
	t.Helper()
	tb, err := load()
	require.NoError(t, err)
	return tb
}

// TestGenerated checks that the embedded data is the file that the
// generator wrote: its checksum, size and counts, as generated_test.go
// records them, and what the package decodes of it.
func TestGenerated(t *testing.T) {
	sum := sha256.Sum256([]byte(dataTSV))
	assert.Equal(t, generated.SHA256, hex.EncodeToString(sum[:]), "data.tsv is not the file that internal/gen wrote: run go generate")
	assert.Equal(t, generated.Size, len(dataTSV))

	lines := map[string]int{}
	for line := range strings.Lines(dataTSV) {
		tag, _, _ := strings.Cut(line, "\t")
		if tag != "" && '0' <= tag[0] && tag[0] <= '9' {
			tag = "commune"
		}
		lines[tag]++
	}
	assert.Equal(t, generated.Regions, lines["r"])
	assert.Equal(t, generated.Departements, lines["d"])
	assert.Equal(t, generated.Outremer, lines["o"])
	assert.Equal(t, generated.Communes, lines["commune"])
	assert.Equal(t, generated.EPCI, lines["e"])
	assert.Equal(t, generated.FormerCodes, lines["a"])

	tb := tablesT(t)
	assert.Len(t, All(scheme.Commune), generated.Communes)
	assert.Len(t, All(scheme.EPCI), generated.EPCI)
	assert.Len(t, tb.members, generated.Members)
	assert.Len(t, tb.formerKeys, generated.FormerCodes)
	assert.Len(t, tb.formerOf, generated.FormerCodes)
	noEPCI, population := 0, 0
	for i, c := range All(scheme.Commune) {
		population += c.Population
		if tb.epciOf[i] < 0 {
			noEPCI++
		}
	}
	assert.Equal(t, generated.NoEPCI, noEPCI)
	assert.Equal(t, generated.CommunePopulation, population)
}

// TestCounts checks the counts of @etalab/decoupage-administratif 1.1.1
// against the data, and the counts that the choices of the package
// documentation make of them.
func TestCounts(t *testing.T) {
	assert.Equal(t, 35059, generated.Communes, "communes actuelles in communes.json")
	assert.Equal(t, 1254, generated.EPCI, "EPCI in epci.json")
	assert.Equal(t, 101, generated.Departements, "départements in departements.json")
	assert.Equal(t, 18, generated.Regions, "régions in regions.json")
	assert.Equal(t, 98, generated.NoEPCI, "communes in no EPCI à fiscalité propre")

	for _, tt := range []struct {
		kind scheme.Kind
		want int
	}{
		{scheme.Commune, 35059},
		{scheme.EPCI, 1254},
		{scheme.Departement, 97},      // 101, less Martinique, Guyane, Corse-du-Sud and Haute-Corse
		{scheme.Region, 16},           // 18, less Martinique and Guyane; Corse is the Collectivité de Corse
		{scheme.StatutParticulier, 5}, // Martinique, Guyane and three collectivités d'outre-mer
		{scheme.Syndicat, 0},          // no syndicat in the data
		{scheme.Partenaire, 0},        // nor partner
		{scheme.Kind("mairie"), 0},    // an unknown kind
		{scheme.Kind(""), 0},          // the zero Kind
	} {
		bodies := All(tt.kind)
		assert.Len(t, bodies, tt.want, tt.kind)
		for _, b := range bodies {
			assert.Equal(t, tt.kind, b.Kind, b.ID)
		}
	}

	types := map[string]int{}
	for _, typ := range tablesT(t).epciType {
		types[typ]++
	}
	assert.Equal(t, map[string]int{"CC": 995, "CA": 223, "CU": 14, "METRO": 21, "MET69": 1}, types)
}

// TestBodies checks bodies by hand against their sources: a commune in an
// EPCI has its "populationMunicipale" among the "membres" of its EPCI in
// epci.json of @etalab/decoupage-administratif 1.1.1 (millésime 2018), an
// EPCI its "populationMunicipale" there; the départements, régions and
// collectivités sum their communes, and INSEE published the same sums as
// the populations légales in force in 2021 (décret n° 2020-1706: Isère
// 1 263 563, Auvergne-Rhône-Alpes 7 994 459, Corse 338 554).
func TestBodies(t *testing.T) {
	tests := []struct {
		name string
		want scheme.Body
	}{
		{"a commune: Grenoble", scheme.Body{ID: "38185", Name: "Grenoble", Kind: scheme.Commune, Population: 157650, DepartementCode: "38"}},
		{"its métropole", scheme.Body{ID: "200040715", Name: "Grenoble-Alpes-Métropole", Kind: scheme.EPCI, Population: 445059, DepartementCode: "38"}},
		{"its département", scheme.Body{ID: "38", Name: "Isère", Kind: scheme.Departement, Population: 1263563, DepartementCode: "38"}},
		{"its région: a région of several départements has none", scheme.Body{ID: "R84", Name: "Auvergne-Rhône-Alpes", Kind: scheme.Region, Population: 7994459}},
		{"Paris, the commune", scheme.Body{ID: "75056", Name: "Paris", Kind: scheme.Commune, Population: 2175601, DepartementCode: "75"}},
		{"Paris, the département, of one commune", scheme.Body{ID: "75", Name: "Paris", Kind: scheme.Departement, Population: 2175601, DepartementCode: "75"}},
		{"the Métropole du Grand Paris, over several départements", scheme.Body{ID: "200054781", Name: "Métropole du Grand Paris", Kind: scheme.EPCI, Population: 7075028}},
		{"Lyon", scheme.Body{ID: "69123", Name: "Lyon", Kind: scheme.Commune, Population: 518635, DepartementCode: "69"}},
		{"Marseille", scheme.Body{ID: "13055", Name: "Marseille", Kind: scheme.Commune, Population: 868277, DepartementCode: "13"}},
		{"the Métropole de Lyon, an EPCI", scheme.Body{ID: "200046977", Name: "Métropole de Lyon", Kind: scheme.EPCI, Population: 1398892, DepartementCode: "69"}},
		{"the Rhône, without the métropole's communes", scheme.Body{ID: "69", Name: "Rhône", Kind: scheme.Departement, Population: 460632, DepartementCode: "69"}},
		{"a commune of Mayotte, of its census of 2017", scheme.Body{ID: "97611", Name: "Mamoudzou", Kind: scheme.Commune, Population: 71437, DepartementCode: "976"}},
		{"Mayotte, the département", scheme.Body{ID: "976", Name: "Mayotte", Kind: scheme.Departement, Population: 256518, DepartementCode: "976"}},
		{"Mayotte, the région, of one département", scheme.Body{ID: "R06", Name: "Mayotte", Kind: scheme.Region, Population: 256518, DepartementCode: "976"}},
		{"Saint-Martin, the collectivité: INSEE, populations légales des COM en 2018", scheme.Body{ID: "978", Name: "Saint-Martin", Kind: scheme.StatutParticulier, Population: 34065, DepartementCode: "978"}},
		{"Saint-Martin, the data's commune", scheme.Body{ID: "97801", Name: "Saint-Martin", Kind: scheme.Commune, Population: 34065, DepartementCode: "978"}},
		{"Saint-Barthélemy, the collectivité: INSEE, the same", scheme.Body{ID: "977", Name: "Saint-Barthélemy", Kind: scheme.StatutParticulier, Population: 10124, DepartementCode: "977"}},
		{"Saint-Pierre-et-Miquelon, of two communes: INSEE, the same", scheme.Body{ID: "975", Name: "Saint-Pierre-et-Miquelon", Kind: scheme.StatutParticulier, Population: 5985, DepartementCode: "975"}},
		{"a commune in no EPCI", scheme.Body{ID: "29155", Name: "Ouessant", Kind: scheme.Commune, Population: 834, DepartementCode: "29"}},
		{"Martinique, a collectivité unique", scheme.Body{ID: "972", Name: "Martinique", Kind: scheme.StatutParticulier, Population: 368783, DepartementCode: "972"}},
		{"Finistère, with Ouessant and Île-de-Sein: INSEE, RP2018, 911 735", scheme.Body{ID: "29", Name: "Finistère", Kind: scheme.Departement, Population: 911735, DepartementCode: "29"}},
		{"Bretagne, with Île-de-Bréhat too: INSEE, populations légales des régions en 2018, 3 335 414", scheme.Body{ID: "R53", Name: "Bretagne", Kind: scheme.Region, Population: 3335414}},
		{"Bourgogne-Franche-Comté: INSEE, the same, 2 807 807", scheme.Body{ID: "R27", Name: "Bourgogne-Franche-Comté", Kind: scheme.Region, Population: 2807807}},
		{"the Collectivité de Corse, a région: 2A 157 853 + 2B 180 701", scheme.Body{ID: "R94", Name: "Collectivité de Corse", Kind: scheme.Region, Population: 338554}},
		{"a commune of Corse keeps its circonscription", scheme.Body{ID: "2A004", Name: "Ajaccio", Kind: scheme.Commune, Population: 70817, DepartementCode: "2A"}},
		{"an uninhabited commune: no population", scheme.Body{ID: "98411", Name: "Îles Saint-Paul et Nouvelle-Amsterdam", Kind: scheme.Commune, DepartementCode: "984"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Lookup(tt.want.ID)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestCorse checks the populations of the two circonscriptions of the
// Collectivité de Corse, as INSEE published them for 2021 (décret
// n° 2020-1706: Corse-du-Sud 157 853, Haute-Corse 180 701), from their
// communes.
func TestCorse(t *testing.T) {
	sums := map[string]int{}
	for _, c := range All(scheme.Commune) {
		sums[c.DepartementCode] += c.Population
	}
	assert.Equal(t, 157853, sums["2A"])
	assert.Equal(t, 180701, sums["2B"])
}

// TestMembersOfGrenoble checks an EPCI's members by hand against epci.json.
func TestMembersOfGrenoble(t *testing.T) {
	members, err := Members("200040715")
	require.NoError(t, err)
	require.Len(t, members, 49)
	assert.Equal(t, scheme.Body{ID: "38057", Name: "Bresson", Kind: scheme.Commune, Population: 677, DepartementCode: "38"}, members[0])
	assert.Equal(t, "38562", members[48].ID) // Vizille
	assert.Contains(t, members, scheme.Body{ID: "38185", Name: "Grenoble", Kind: scheme.Commune, Population: 157650, DepartementCode: "38"})
	for i, m := range members {
		if i > 0 {
			assert.Less(t, members[i-1].ID, m.ID, "members in code order")
		}
		assert.Equal(t, "38", m.DepartementCode, m.Name)
	}
}

// TestEveryBody checks each body against the rules of the package
// documentation: Lookup finds it by its ID, and the population of every
// body but a commune is the sum of its communes', of one vintage; and that
// the size of its territory and whether it holds a commune agree with the
// communes that each gives.
func TestEveryBody(t *testing.T) {
	tb := tablesT(t)
	sums := map[string]int{}
	for _, c := range All(scheme.Commune) {
		sums[c.DepartementCode] += c.Population
	}
	for i := range tb.bodies {
		b := tb.body(int32(i))
		got, err := Lookup(b.ID)
		require.NoError(t, err)
		require.Equal(t, b, got)
		sum, n, held := 0, 0, 0
		tb.each(int32(i), func(c int32) {
			sum += tb.population(c)
			n++
			if tb.holds(int32(i), c) {
				held++
			}
		})
		assert.Equal(t, b.Population, sum, b.ID)
		assert.Positive(t, n, b.ID)
		assert.Equal(t, n, tb.size(int32(i)), b.ID)
		assert.Equal(t, n, held, b.ID)
		switch b.Kind {
		case scheme.Departement, scheme.StatutParticulier:
			assert.Equal(t, b.ID, b.DepartementCode)
			if b.ID != "69" {
				assert.Equal(t, sums[b.ID], b.Population, b.ID)
			}
		case scheme.Commune, scheme.EPCI:
			assert.Positive(t, b.Population+len(b.DepartementCode), b.ID)
		}
	}

	regions := 0
	for _, r := range All(scheme.Region) {
		regions += r.Population
	}
	for _, id := range []string{"972", "973"} {
		b, err := Lookup(id)
		require.NoError(t, err)
		regions += b.Population
	}
	assert.Equal(t, generated.CommunePopulation-sums["975"]-sums["977"]-sums["978"]-
		sums["984"]-sums["986"]-sums["987"]-sums["988"]-sums["989"], regions,
		"the régions and collectivités uniques cover every commune but those of the collectivités d'outre-mer")
	rhone, _ := Lookup("69")
	lyon, _ := Lookup("200046977")
	assert.Equal(t, sums["69"], rhone.Population+lyon.Population, "the Rhône and the Métropole de Lyon share the communes of code 69")
}
