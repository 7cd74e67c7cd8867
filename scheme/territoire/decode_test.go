package territoire

import (
	"strings"
	"testing"

	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tinyData is a data file of a few lines, in the format of data.tsv, that
// holds one of each kind of body, Corse's départements and the Rhône with
// the Métropole de Lyon.
const tinyData = `# a comment
r	01	Région Une
r	02	Martinique
r	94	Corse
d	01	01	Département Un
d	02	01	Département Deux
d	2A	94	Corse-du-Sud
d	2B	94	Haute-Corse
d	69	01	Rhône
d	972	02	Martinique
o	975	Saint-Pierre-et-Miquelon
o	977	Saint-Barthélemy
o	978	Saint-Martin
o	984	Terres australes
01001	100	Commune A
01002		Commune B
02001	7	Commune C
2A004	30	Ajaccio
2B033	40	Bastia	wikipedia-2018
69001	8	Commune du Rhône
69123	500	Lyon
97201	50	Fort-de-France
97502	5	Saint-Pierre	wikipedia-2018
97701	10	Saint-Barthélemy	insee-com-2018
97801	20	Saint-Martin	insee-com-2018
98411		Kerguelen
e	200000001	CC	100	CC Une	01001 01002
e	200000002	CA	57	CA Deux	02001 97201
e	200000003	CC	30	CC de Corse	2A004
e	200000004	CC	8	CC du Rhône	69001
e	200046977	MET69	500	Métropole de Lyon	69123
a	01003	01001
`

// bodies returns every body of tb, in the order of its tables.
func bodies(tb *tables) []scheme.Body {
	out := make([]scheme.Body, len(tb.bodies))
	for i := range out {
		out[i] = tb.body(int32(i))
	}
	return out
}

// tiny returns the tables of tinyData with its lines edited: each pair of
// strings of edits replaces its first by its second.
func tiny(edits ...string) string {
	return strings.NewReplacer(edits...).Replace(tinyData)
}

func TestDecode(t *testing.T) {
	tb, err := decode(tinyData)
	require.NoError(t, err)
	assert.Equal(t, []scheme.Body{
		{ID: "01001", Name: "Commune A", Kind: scheme.Commune, Population: 100, DepartementCode: "01"},
		{ID: "01002", Name: "Commune B", Kind: scheme.Commune, DepartementCode: "01"},
		{ID: "02001", Name: "Commune C", Kind: scheme.Commune, Population: 7, DepartementCode: "02"},
		{ID: "2A004", Name: "Ajaccio", Kind: scheme.Commune, Population: 30, DepartementCode: "2A"},
		{ID: "2B033", Name: "Bastia", Kind: scheme.Commune, Population: 40, DepartementCode: "2B"},
		{ID: "69001", Name: "Commune du Rhône", Kind: scheme.Commune, Population: 8, DepartementCode: "69"},
		{ID: "69123", Name: "Lyon", Kind: scheme.Commune, Population: 500, DepartementCode: "69"},
		{ID: "97201", Name: "Fort-de-France", Kind: scheme.Commune, Population: 50, DepartementCode: "972"},
		{ID: "97502", Name: "Saint-Pierre", Kind: scheme.Commune, Population: 5, DepartementCode: "975"},
		{ID: "97701", Name: "Saint-Barthélemy", Kind: scheme.Commune, Population: 10, DepartementCode: "977"},
		{ID: "97801", Name: "Saint-Martin", Kind: scheme.Commune, Population: 20, DepartementCode: "978"},
		{ID: "98411", Name: "Kerguelen", Kind: scheme.Commune, DepartementCode: "984"},
		{ID: "200000001", Name: "CC Une", Kind: scheme.EPCI, Population: 100, DepartementCode: "01"},
		{ID: "200000002", Name: "CA Deux", Kind: scheme.EPCI, Population: 57}, // over two départements
		{ID: "200000003", Name: "CC de Corse", Kind: scheme.EPCI, Population: 30, DepartementCode: "2A"},
		{ID: "200000004", Name: "CC du Rhône", Kind: scheme.EPCI, Population: 8, DepartementCode: "69"},
		{ID: "200046977", Name: "Métropole de Lyon", Kind: scheme.EPCI, Population: 500, DepartementCode: "69"},
		{ID: "01", Name: "Département Un", Kind: scheme.Departement, Population: 100, DepartementCode: "01"},
		{ID: "02", Name: "Département Deux", Kind: scheme.Departement, Population: 7, DepartementCode: "02"},
		{ID: "69", Name: "Rhône", Kind: scheme.Departement, Population: 8, DepartementCode: "69"}, // without Lyon
		{ID: "R01", Name: "Région Une", Kind: scheme.Region, Population: 615},                     // of three départements
		{ID: "R94", Name: "Collectivité de Corse", Kind: scheme.Region, Population: 70},
		{ID: "972", Name: "Martinique", Kind: scheme.StatutParticulier, Population: 50, DepartementCode: "972"},
		{ID: "975", Name: "Saint-Pierre-et-Miquelon", Kind: scheme.StatutParticulier, Population: 5, DepartementCode: "975"},
		{ID: "977", Name: "Saint-Barthélemy", Kind: scheme.StatutParticulier, Population: 10, DepartementCode: "977"},
		{ID: "978", Name: "Saint-Martin", Kind: scheme.StatutParticulier, Population: 20, DepartementCode: "978"},
	}, bodies(tb))
	assert.Equal(t, []int32{0, 1, 2, 7, 3, 5, 6}, tb.members)
	assert.Equal(t, []int32{12, 12, 13, 14, -1, 15, 16, 13, -1, -1, -1, -1}, tb.epciOf)
	k, _, _ := keyOf("01003")
	assert.Equal(t, []idKey{k}, tb.formerKeys)
	assert.Equal(t, []int32{0}, tb.formerOf)
	i, ok := tb.find("R02")
	assert.True(t, ok)
	assert.Equal(t, "972", tb.body(i).ID)
	// The territories: 01, 02, 2A, 2B, 69 without Lyon, 972, and Lyon.
	assert.Equal(t, []int16{0, 0, 1, 2, 3, 4, 6, 5, -1, -1, -1, -1}, tb.terrOf)
	assert.Equal(t, []int32{2, 1, 1, 1, 1, 1, 1}, tb.terrSize)
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no line break at the end", strings.TrimSuffix(tinyData, "\n"), "line 32: no line break at its end"},
		{"an unknown tag", tiny("r\t01", "x\t01"), `line 2: unknown tag "x"`},
		{"an empty line", tiny("r\t02", "\nr\t02"), `line 3: unknown tag ""`},
		{"too few fields", tiny("d\t01\t01\tDépartement Un", "d\t01\tDépartement Un"), "line 5: 3 fields, want 4"},
		{"too many fields", tiny("01001\t100", "01001\t100\t100"), "line 15: 4 fields, want 3"},
		{"an unknown source", tiny("Bastia\twikipedia-2018", "Bastia\twikipedia"), "line 19: 4 fields, want 3"},
		{"sections out of order", tiny("o\t984\tTerres australes\n", "o\t984\tTerres australes\nd\t973\t02\tGuyane\n"), `line 15: "d\t973\t02\tGuyane" after the lines that follow it`},
		{"codes out of order", tiny("01002\t\tCommune B\n02001", "02001\t7\tCommune C\n01002\t\tCommune B\n02001X"), "line 17: code 01002 after 02001"},
		{"a code twice", tiny("01002\t\tCommune B", "01001\t\tCommune B"), "line 16: code 01001 after 01001"},
		{"an empty code", tiny("o\t975", "o\t"), "line 11: empty code"},
		{"a commune code of 6 characters", tiny("01002\t", "010020\t"), "line 16: commune 010020: code of 6 characters, want 5"},
		{"a commune before the others", tiny("01001\t100\tCommune A\n", "", "d\t01\t01", "01001\t100\tCommune A\nd\t01\t01"), `"d\t01\t01\tDépartement Un" after the lines that follow it`},
		{"a negative population", tiny("\t100\t", "\t-100\t"), `line 15: population "-100"`},
		{"a population with a sign", tiny("\t100\t", "\t+100\t"), `line 15: population "+100"`},
		{"a population over 2^31 - 1", tiny("\t100\t", "\t2147483648\t"), `line 15: population "2147483648"`},
		{"a sum of populations over 2^31 - 1", tiny("\t100\tCommune A", "\t2147483647\tCommune A", "\t7\tCommune C", "\t2147483647\tCommune C"), "region R01: population 4294967802, more than 2147483647"},
		{"a population in words", tiny("\t57\t", "\tcent\t"), `line 28: population "cent"`},
		{"an EPCI's population not its members'", tiny("\t57\t", "\t58\t"), "EPCI 200000002: population 58, its members' sum to 57"},
		{"no Métropole de Lyon", tiny("MET69", "METRO"), "no EPCI of type MET69"},
		{"two", tiny("200000004\tCC", "200000004\tMET69"), "EPCI 200046977: a second of type MET69"},
		{"a commune of the Métropole de Lyon out of the Rhône", tiny("\t8\tCC du Rhône\t69001", "\t8\tCC du Rhône\t69001 69123", "\t500\tMétropole de Lyon\t69123", "\t7\tMétropole de Lyon\t02001", "\t57\tCA Deux\t02001 97201", "\t50\tCA Deux\t97201", "\t8\tCC du Rhône", "\t508\tCC du Rhône"), "commune 02001 of the Métropole de Lyon: out of the Rhône"},
		{"a département of Corse in another région", tiny("d\t2A\t94", "d\t2A\t01"), "département 2A: in région 01, want 94"},
		{"a département of no commune", tiny("d\t02\t01\tDépartement Deux\n", "d\t02\t01\tDépartement Deux\nd\t03\t01\tDépartement Trois\n"), "département 03: no commune"},
		{"no name", tiny("Commune A", ""), "commune 01001: no name"},
		{"an ID of other characters", tiny("01001\t100", "01-01\t100"), `commune "01-01": not an ID`},
		{"an unknown member", tiny("01001 01002", "01001 01009"), `EPCI 200000001: member "01009" is no commune`},
		{"no member", tiny("\t01001 01002", "\t"), `EPCI 200000001: member "" is no commune`},
		{"a member of two EPCI", tiny("02001 97201", "01001 97201"), "EPCI 200000002: member 01001 is in EPCI 200000001 too"},
		{"members out of order", tiny("01001 01002", "01002 01001"), "EPCI 200000001: member 01001 out of order"},
		{"an EPCI out of order", tiny("e\t200000002", "e\t100000002"), "line 28: code 100000002 after 200000001"},
		{"a former code that is an ID", tiny("a\t01003", "a\t01002"), `former code 01002: a body's, not an ID, or of unknown commune "01001"`},
		{"a former code of other characters", tiny("a\t01003", "a\t01-03"), `former code 01-03: a body's, not an ID, or of unknown commune "01001"`},
		{"a former code of no commune", tiny("a\t01003\t01001", "a\t01003\t01009"), `former code 01003: a body's, not an ID, or of unknown commune "01009"`},
		{"no EPCI", tiny("e\t200000001\tCC\t100\tCC Une\t01001 01002\ne\t200000002\tCA\t57\tCA Deux\t02001 97201\ne\t200000003\tCC\t30\tCC de Corse\t2A004\ne\t200000004\tCC\t8\tCC du Rhône\t69001\ne\t200046977\tMET69\t500\tMétropole de Lyon\t69123\n", ""), "no EPCI"},
		{"a commune of no département", tiny("02001\t7", "03001\t7", "02001 97201", "03001 97201"), `communes of unknown département "03"`},
		{"a collectivité unique in another région", tiny("d\t972\t02", "d\t972\t01"), "département 972: in région 01, want 02"},
		{"a région of no département", tiny("r\t02\tMartinique\n", "r\t02\tMartinique\nr\t03\tGuyane\n"), "région 03: no département"},
		{"a département of no région", tiny("d\t02\t01", "d\t02\t09"), `région 09: unknown, yet départements are in it`},
		{"a collectivité d'outre-mer of a département's code", tiny("d\t972\t02\tMartinique\n", "d\t972\t02\tMartinique\nd\t975\t01\tTerre-Neuve\n"), "collectivité d'outre-mer 975: a département's code too"},
		{"a collectivité d'outre-mer missing", tiny("o\t977\tSaint-Barthélemy\n", ""), "collectivité d'outre-mer 977: missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode(tt.data)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "territoire: data: ")
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestFields(t *testing.T) {
	var f [6]string
	assert.Equal(t, 1, fields("", &f))
	assert.Equal(t, 3, fields("a\tb\tc", &f))
	assert.Equal(t, [6]string{"a", "b", "c"}, f)
	assert.Equal(t, 6, fields("1\t2\t3\t4\t5\t6\t7", &f), "at most six: the last keeps the rest")
	assert.Equal(t, "6\t7", f[5])
}
