package scheme

import (
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/stretchr/testify/assert"
)

func TestExplain(t *testing.T) {
	p := eligibleFor(Donnees)
	p.Start = day(2021, time.April, 1)
	p.Results = day(2021, time.December, 31)
	p.Members = append(p.Members, Body{Name: "Commune", Kind: Commune})
	p.Lead.Population = 100000
	got := mustGet(t, Donnees).Check(p, inFirst).Explain()
	want := typo(strings.Join([]string{
		"Meilleur usage des données, 1re session : éligibilité à préciser.",
		"- Demandeur : satisfait. Porteur : Syndicat mixte ou groupement, admis à candidater à la 1re session.",
		"- Ampleur du projet : à préciser. Population couverte connue : 140 000 habitants ; seuil de la 1re session : 500 000 ; à préciser : la population d'un membre ; sans les populations à préciser, il manque 360 000 habitants pour atteindre le seuil de 500 000 de la 1re session ; un projet mutualisé avec d'autres collectivités peut l'atteindre.",
		"- Thématique : satisfait. Thème du projet : Données, celui que finance ce dispositif.",
		"- Résultats sous 18 mois : satisfait. Résultats attendus le 31 décembre 2021, dans la limite du 1er octobre 2022 (18 mois après le début, le 1er avril 2021).",
		"- Commencement d'exécution : satisfait. Début du projet le 1er avril 2021, après la réception de la demande de subvention le 15 février 2021.",
		"À renseigner : la population du membre n° 2.",
	}, "\n"))
	assert.Equal(t, strings.ReplaceAll(want, "n° ", "n°\u00a0"), got)
}

func TestExplainEdges(t *testing.T) {
	tests := []struct {
		name string
		e    Eligibility
		want []string
	}{
		{"zero", Eligibility{}, []string{"Dispositif non précisé : éligibilité à préciser."}},
		{"unknown scheme, invalid values", Eligibility{
			Scheme:   "autre",
			Verdict:  9,
			Criteria: []Criterion{{Code: 9, Outcome: 8, extra: &extra{decoded: &decoded{reason: "Déjà un point."}}}, {Code: CodeAmpleur, Outcome: NotMet}},
		}, []string{
			"Dispositif autre : %!Verdict(9).",
			"- %!CriterionCode(9) : %!Outcome(8). Déjà un point.",
			"- Ampleur du projet : non satisfait.",
		}},
		{"missing facts named in French", Eligibility{
			Scheme:  Incubateur,
			Session: "consultation-2021",
			Missing: []string{"Lead.Kind", "Lead.Population", "Members[0].Population", "Members[4].Population", "Departement", "SharedNeed", "Themes", "Practices", "Start", "Results", "Autre", "Members[x].Population", "Members[1]"},
		}, []string{
			"Consultation nationale de l’Incubateur des Territoires, Consultation nationale 2021 : éligibilité à préciser.",
			"À renseigner : la nature du porteur, la population du porteur, la population du membre n° 1, la population du membre n° 5, " +
				"si le projet couvre un département entier, si le besoin est commun à d'autres collectivités, les thèmes du projet, " +
				"les bonnes pratiques retenues, la date de début, la date des résultats attendus, Autre, Members[x].Population et Members[1].",
		}},
		{"many members counted", Eligibility{
			Scheme:  Donnees,
			Verdict: Undetermined,
			Missing: []string{"Members[0].Population", "Members[1].Population", "Members[2].Population", "Members[3].Population", "Departement"},
		}, []string{
			"Meilleur usage des données : éligibilité à préciser.",
			"À renseigner : la population de 4 membres et si le projet couvre un département entier.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := strings.ReplaceAll(typo(strings.Join(tt.want, "\n")), "n° ", "n°\u00a0")
			// The catalogue's names keep the apostrophe of the texts.
			want = strings.ReplaceAll(want, "de l’Incubateur", "de l’Incubateur")
			assert.Equal(t, want, tt.e.Explain())
		})
	}
}

func TestExplainVerdicts(t *testing.T) {
	p := eligibleFor(Cooperation)
	assert.True(t, strings.HasPrefix(mustGet(t, Cooperation).Check(p, inFirst).Explain(), typo("Coopération avec les partenaires et les usagers, 1re session : éligible.")))
	p.Themes = []Theme{ThemeDonnees}
	assert.Contains(t, mustGet(t, Cooperation).Check(p, inFirst).Explain(), typo(": non éligible.\n"))
}

func TestFactLabel(t *testing.T) {
	tests := []struct {
		name, path, want string
	}{
		{"lead's kind", "Lead.Kind", "la nature du porteur"},
		{"lead's population", "Lead.Population", "la population du porteur"},
		{"first member, counted from 1", "Members[0].Population", "la population du membre n° 1"},
		{"member with grouped digits", "Members[9999].Population", "la population du membre n° 10 000"},
		{"member index with a leading zero", "Members[07].Population", "la population du membre n° 8"},
		{"département", "Departement", "si le projet couvre un département entier"},
		{"shared need", "SharedNeed", "si le besoin est commun à d'autres collectivités"},
		{"themes", "Themes", "les thèmes du projet"},
		{"practices", "Practices", "les bonnes pratiques retenues"},
		{"start", "Start", "la date de début"},
		{"results", "Results", "la date des résultats attendus"},
		{"empty path: itself", "", ""},
		{"unknown path: itself", "Budget", "Budget"},
		{"no index", "Members[].Population", "Members[].Population"},
		{"signed index", "Members[+1].Population", "Members[+1].Population"},
		{"negative index", "Members[-1].Population", "Members[-1].Population"},
		{"index out of range", "Members[99999999999999999999].Population", "Members[99999999999999999999].Population"},
		{"largest index, whose number would overflow", "Members[9223372036854775807].Population", "Members[9223372036854775807].Population"},
		{"another field of a member", "Members[1].Kind", "Members[1].Kind"},
		{"lower case", "themes", "themes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, typo(tt.want), FactLabel(tt.path))
		})
	}
}

// TestFactLabelMissing checks that FactLabel names every fact that a check
// may find missing, so that Explain never shows a Go field path.
func TestFactLabelMissing(t *testing.T) {
	p := Project{Members: []Body{{}, {Kind: Commune}}}
	for _, s := range All() {
		for _, on := range []calendar.Date{inFirst, inSecond} {
			for _, path := range s.Check(p, on).Missing {
				assert.NotEqual(t, path, FactLabel(path), "%s: %s", s.ID, path)
			}
		}
	}
	allocs := testing.AllocsPerRun(100, func() { sinkString = FactLabel("Results") })
	assert.Zero(t, allocs)
}
