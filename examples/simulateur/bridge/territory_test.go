package bridge_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// names is a small search, as scheme/territoire's would be: "many" finds
// more bodies than the page proposes.
func names(name string) []scheme.Body {
	switch name {
	case "Grenoble":
		return []scheme.Body{
			{ID: "38185", Name: "Grenoble", Kind: scheme.Commune, Population: 158198, DepartementCode: "38"},
			{ID: "200040715", Name: "Grenoble-Alpes Métropole", Kind: scheme.EPCI, Population: 445059, DepartementCode: "38"},
		}
	case "Isère":
		return []scheme.Body{{ID: "38", Name: "Isère", Kind: scheme.Departement, Population: 1258722, DepartementCode: "38"}}
	case "many":
		var out []scheme.Body
		for i := range bridge.ProposalLimit + 3 {
			out = append(out, scheme.Body{ID: fmt.Sprint(i), Name: "Commune", Kind: scheme.Commune, Population: i})
		}
		return out
	}
	return nil
}

func TestPropose(t *testing.T) {
	b := bridge.Bridge{Lookup: territories, Search: names}
	got := b.Propose(" Grenoble ")
	assert.Equal(t, bridge.Proposals{
		Query: " Grenoble ",
		Bodies: []bridge.Territory{
			{Code: "38185", Name: "Grenoble", Kind: "commune", KindLabel: "Commune", Population: 158198,
				Inhabitants: "158\u202f198 habitants", Departement: "Isère", DepartementCode: "38"},
			{Code: "200040715", Name: "Grenoble-Alpes Métropole", Kind: "epci", KindLabel: "EPCI à fiscalité propre", Population: 445059,
				Inhabitants: "445\u202f059 habitants", Departement: "Isère", DepartementCode: "38"},
		},
		Summary: "2 collectivités proposées\u00a0: choisissez la vôtre pour remplir son code.",
	}, got)

	var decoded bridge.Proposals
	require.NoError(t, json.Unmarshal(b.ProposeJSON(" Grenoble "), &decoded))
	assert.Equal(t, got, decoded)

	tests := []struct {
		name, query string
		bridge      bridge.Bridge
		codes       []string
		summary     string
	}{
		{"one body: a département is in no other", "Isère", b, []string{"38"},
			"1 collectivité proposée\u00a0: choisissez-la pour remplir son code."},
		{"none", "Atlantide", b, []string{},
			"Aucune commune, aucun EPCI, département ni région ne porte ce nom."},
		{"more than the page proposes", "many", b, []string{"0", "1", "2", "3", "4", "5", "6", "7"},
			"8 collectivités proposées\u00a0: choisissez la vôtre pour remplir son code."},
		{"one letter is too few", "G", b, []string{}, ""},
		{"punctuation is no letter", "- ' -", b, []string{}, ""},
		{"no search", "Grenoble", bridge.Bridge{Lookup: territories}, []string{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.bridge.Propose(tt.query)
			codes := []string{}
			for _, body := range p.Bodies {
				codes = append(codes, body.Code)
			}
			assert.Equal(t, tt.codes, codes)
			assert.Equal(t, tt.summary, p.Summary)
			assert.NotNil(t, p.Bodies)
		})
	}
	t.Run("a body without inhabitants nor lookup", func(t *testing.T) {
		p := bridge.Bridge{Search: names}.Propose("many")
		assert.Equal(t, "population inconnue", p.Bodies[0].Inhabitants)
		assert.Equal(t, "1 habitant", p.Bodies[1].Inhabitants)
		assert.Empty(t, p.Bodies[1].Departement)
	})
}

// territories is a small lookup, as scheme/territoire's would be, for the
// proposals to name the département of a body.
func territories(code string) (scheme.Body, error) {
	switch code {
	case "200040715":
		return scheme.Body{ID: code, Name: "Grenoble-Alpes Métropole", Kind: scheme.EPCI, Population: 445059, DepartementCode: "38"}, nil
	case "38":
		return scheme.Body{ID: code, Name: "Isère", Kind: scheme.Departement, Population: 1258722, DepartementCode: "38"}, nil
	}
	return scheme.Body{}, errors.New("unknown")
}

// official returns the body of code, as territoire.Lookup finds it, as the
// page describes it.
func official(t *testing.T, code string) (scheme.Body, bridge.Territory) {
	t.Helper()
	b, err := territoire.Lookup(code)
	require.NoError(t, err, code)
	d := ""
	if b.DepartementCode != "" && b.DepartementCode != b.ID {
		dep, err := territoire.Lookup(b.DepartementCode)
		require.NoError(t, err)
		d = dep.Name
	}
	return b, bridge.Territory{Code: b.ID, Name: b.Name, Kind: string(b.Kind), KindLabel: b.Kind.Label(),
		Population: b.Population, Inhabitants: french.Int(int64(b.Population)) + " habitants",
		Departement: d, DepartementCode: b.DepartementCode}
}

func TestFound(t *testing.T) {
	b := bridge.Bridge{}.WithTerritories()
	_, metro := official(t, "200040715")
	_, isere := official(t, "38")
	_, corse := official(t, "R94")
	tests := []struct {
		name string
		edit func(*bridge.Request)
		want []bridge.Found
	}{
		{"no code", func(*bridge.Request) {}, []bridge.Found{}},
		{"codes alone", func(r *bridge.Request) {
			r.Lead = bridge.BodyInput{Code: " 38 "}
			r.Members = []bridge.BodyInput{{Kind: "epci"}, {Code: "200040715"}}
		}, []bridge.Found{{Field: "lead.code", Territory: isere}, {Field: "members.1.code", Territory: metro}}},
		{"the official facts typed again", func(r *bridge.Request) {
			r.Members = []bridge.BodyInput{{Code: "200040715", Name: "Grenoble-Alpes-Métropole", Kind: "epci", Population: "445 059"}}
		}, []bridge.Found{{Field: "members.0.code", Territory: metro}}},
		{"the population typed over", func(r *bridge.Request) {
			r.Members = []bridge.BodyInput{{Code: "200040715", Population: "450 000"}}
		}, []bridge.Found{{Field: "members.0.code", Territory: metro,
			Note: "Vos saisies remplacent les données officielles pour\u00a0: la population."}}},
		{"the name and the population typed over", func(r *bridge.Request) {
			r.Members = []bridge.BodyInput{{Code: "200040715", Name: "La Métro", Kind: "epci", Population: "1"}}
		}, []bridge.Found{{Field: "members.0.code", Territory: metro,
			Note: "Vos saisies remplacent les données officielles pour\u00a0: le nom, la population."}}},
		{"what cannot be read does not replace", func(r *bridge.Request) {
			r.Members = []bridge.BodyInput{{Code: "200040715", Kind: "mairie", Population: "beaucoup"}}
		}, []bridge.Found{{Field: "members.0.code", Territory: metro}}},
		{"an unknown code names nothing", func(r *bridge.Request) {
			r.Members = []bridge.BodyInput{{Code: "99999"}}
		}, []bridge.Found{}},
		{"a body modelled by a choice, and its population typed over", func(r *bridge.Request) {
			r.Lead = bridge.BodyInput{Code: "r94", Population: "340 000"}
		}, []bridge.Found{{Field: "lead.code", Territory: corse,
			Note: "Vos saisies remplacent les données officielles pour\u00a0: la population. " + territoire.Modelling("R94") + "."}}},
		{"a body given twice is found once", func(r *bridge.Request) {
			r.Members = []bridge.BodyInput{{Code: "200040715"}, {Code: "200 040 715"}}
		}, []bridge.Found{{Field: "members.0.code", Territory: metro}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := bridge.Example()
			tt.edit(&r)
			resp := b.Answer(r)
			assert.Equal(t, tt.want, resp.Found)
			var decoded map[string]any
			require.NoError(t, json.Unmarshal(b.Orient(mustMarshal(t, r)), &decoded))
			assert.Len(t, decoded["found"], len(tt.want))
		})
	}
	t.Run("a request that cannot be read", func(t *testing.T) {
		var decoded map[string]any
		require.NoError(t, json.Unmarshal(b.Orient([]byte("{")), &decoded))
		assert.Equal(t, []any{}, decoded["found"])
		assert.Equal(t, []any{}, decoded["deduced"])
	})
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	return data
}

// TestTerritoire orients the project of the browser test given by codes,
// with scheme/territoire itself: the bodies counted are the ones it finds.
func TestTerritoire(t *testing.T) {
	b := bridge.Bridge{}.WithTerritories()
	r := bridge.Request{
		On:          "15/10/2021",
		Lead:        bridge.BodyInput{Code: "200040715"},
		Members:     []bridge.BodyInput{{Code: "243800984"}},
		Departement: "no", SharedNeed: "yes",
		Themes: []string{"donnees"}, Practices: []string{"code-ouvert"},
		Start: "01/12/2021", Results: "31/12/2022",
		Budget: []bridge.LineInput{{Category: "prestations", Amount: "250 000"}, {Category: "personnel", Amount: "80 000"}},
	}
	p, on, _, errs := b.Project(r)
	require.Empty(t, errs)
	grenoble, err := territoire.Lookup("200040715")
	require.NoError(t, err)
	voironnais, err := territoire.Lookup("243800984")
	require.NoError(t, err)
	assert.Equal(t, grenoble, p.Lead)
	assert.Equal(t, []scheme.Body{voironnais}, p.Members)

	resp := b.Answer(r)
	require.Len(t, resp.Found, 2)
	assert.Equal(t, "Grenoble-Alpes-Métropole", resp.Found[0].Name)
	assert.Equal(t, "445\u202f059 habitants", resp.Found[0].Inhabitants)
	assert.Equal(t, "Isère", resp.Found[0].Departement)
	assert.Equal(t, "CA du Pays Voironnais", resp.Found[1].Name)
	options, err := relance.Orient(p, calendar.MustDate(2021, time.October, 15))
	require.NoError(t, err)
	require.Len(t, resp.Options, len(options))
	for i, o := range options {
		checkCard(t, o, p, resp.Options[i])
	}
	assert.Equal(t, calendar.MustDate(2021, time.October, 15), on)

	proposed := b.Propose("Pays Voironnais")
	require.NotEmpty(t, proposed.Bodies)
	assert.Equal(t, "243800984", proposed.Bodies[0].Code)
	assert.Equal(t, "Isère", proposed.Bodies[0].Departement)
}
