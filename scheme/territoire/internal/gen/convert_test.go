package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The four files of a tiny source, in the shape of the npm package's.
const (
	tinyCommunes = `[
{"code":"01002","nom":"B","type":"commune-actuelle","departement":"01","region":"84","population":20},
{"code":"01001","nom":"A","type":"commune-actuelle","departement":"01","region":"84","population":10,"anciensCodes":["01009"]},
{"code":"01003","nom":"C","type":"commune-deleguee","chefLieu":"01001"},
{"code":"97501","nom":"Miquelon","type":"commune-actuelle","population":580,"collectiviteOutremer":{"code":"975","nom":"Saint-Pierre-et-Miquelon"}},
{"code":"97502","nom":"Saint-Pierre","type":"commune-actuelle","population":5394,"collectiviteOutremer":{"code":"975","nom":"Saint-Pierre-et-Miquelon"}},
{"code":"98611","nom":"Alo","type":"commune-actuelle","population":2031,"collectiviteOutremer":{"code":"986","nom":"Wallis-et-Futuna"}},
{"code":"98901","nom":"Île de Clipperton","type":"commune-actuelle","collectiviteOutremer":{"code":"989","nom":"Clipperton"}}
]`
	tinyEPCI    = `[{"code":"200000001","nom":"CC Une","type":"CC","populationMunicipale":29,"membres":[{"code":"01002","populationMunicipale":19},{"code":"01001","populationMunicipale":10}]}]`
	tinyDeps    = `[{"code":"01","region":"84","nom":"Ain"}]`
	tinyRegions = `[{"code":"84","nom":"Auvergne-Rhône-Alpes"}]`
)

func TestConvert(t *testing.T) {
	src, err := parseSource([]byte(tinyCommunes), []byte(tinyEPCI), []byte(tinyDeps), []byte(tinyRegions))
	require.NoError(t, err)
	data, c, err := convert(src)
	require.NoError(t, err)
	body := string(data[strings.Index(string(data), "\nr\t")+1:])
	assert.Equal(t, "r\t84\tAuvergne-Rhône-Alpes\n"+
		"d\t01\t84\tAin\n"+
		"o\t975\tSaint-Pierre-et-Miquelon\n"+
		"o\t986\tWallis-et-Futuna\n"+
		"o\t989\tClipperton\n"+
		"01001\t10\tA\n"+
		"01002\t19\tB\n"+
		"97501\t585\tMiquelon\twikipedia-2018\n"+
		"97502\t5400\tSaint-Pierre\twikipedia-2018\n"+
		"98611\t2031\tAlo\trecensement-local\n"+
		"98901\t\tÎle de Clipperton\n"+
		"e\t200000001\tCC\t29\tCC Une\t01001 01002\n"+
		"a\t01003\t01001\n"+
		"a\t01009\t01001\n", body)
	assert.Equal(t, counts{Communes: 6, EPCI: 1, Departements: 1, Regions: 1, Outremer: 3, Members: 2, NoEPCI: 4, FormerCodes: 2, CommunePopulation: 29 + 5985 + 2031}, c,
		"the populations of the communes in an EPCI are epci.json's, not communes.json's")
}

func TestConvertErrors(t *testing.T) {
	tests := []struct {
		name, from, to, want string
	}{
		{"a member of no commune", `{"code":"01001","populationMunicipale":10}`, `{"code":"01008","populationMunicipale":10}`, "EPCI 200000001: member 01008 is no commune actuelle"},
		{"a population that is not the members'", `"populationMunicipale":29`, `"populationMunicipale":30`, "EPCI 200000001: population 30, its members' sum to 29"},
		{"a commune in the wrong département", `"code":"01002","nom":"B","type":"commune-actuelle","departement":"01"`, `"code":"01002","nom":"B","type":"commune-actuelle","departement":"02"`, `commune 01002: département "02", not the start of its code`},
		{"a name with a tab", `"nom":"A"`, `"nom":"A\tA"`, `holds a tab or a line break`},
		{"a commune in no EPCI of no figure of millésime 2018", `,{"code":"01001","populationMunicipale":10}`, ``, "commune 01001 (A): in no EPCI, and no population of millésime 2018"},
		{"a negative member's population", `"code":"01001","populationMunicipale":10`, `"code":"01001","populationMunicipale":-10`, "EPCI 200000001: member 01001 of population -10"},
		{"a collectivité d'outre-mer that does not sum to INSEE's", `{"code":"97502","nom":"Saint-Pierre","type":"commune-actuelle","population":5394,"collectiviteOutremer":{"code":"975","nom":"Saint-Pierre-et-Miquelon"}},`, ``, "collectivité d'outre-mer 975: its communes sum to 585, INSEE's millésime 2018 is 5985"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			communes := strings.Replace(tinyCommunes, tt.from, tt.to, 1)
			epci := strings.Replace(tinyEPCI, tt.from, tt.to, 1)
			src, err := parseSource([]byte(communes), []byte(epci), []byte(tinyDeps), []byte(tinyRegions))
			require.NoError(t, err)
			_, _, err = convert(src)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	_, err := parseSource([]byte("{"), nil, nil, nil)
	assert.ErrorContains(t, err, "communes.json")
}
