package scheme

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordingOfUserRules checks the French of rules that the catalogue does
// not use — several funded themes, excluded themes other than
// infrastructure, a delay other than 18 months — which follows the patterns
// of the catalogue's.
func TestWordingOfUserRules(t *testing.T) {
	several := Rules{Applicants: []Kind{Commune}, Themes: []Theme{ThemeDonnees, ThemeCooperation}}
	excluding := Rules{Applicants: []Kind{Commune}, ExcludedThemes: []Theme{ThemeFormation, ThemeInfrastructure}}
	fundedAndExcluding := Rules{Applicants: []Kind{Commune}, Themes: []Theme{ThemeDonnees}, ExcludedThemes: []Theme{ThemeFormation}}
	sixMonths := Rules{Applicants: []Kind{Commune}, ResultsWithin: 6}
	start := day(2021, time.August, 31)
	tests := []struct {
		name   string
		rules  Rules
		edit   func(p *Project)
		code   CriterionCode
		want   Outcome
		branch string
		reason string
	}{
		{"several themes, none given", several, func(p *Project) {}, CodeThematique, Unknown, "themes-a-preciser",
			"Thèmes du projet non renseignés ; ce dispositif finance les thèmes « Données », « Coopération »"},
		{"several themes, one met", several, func(p *Project) { p.Themes = []Theme{ThemeFormation, ThemeCooperation} }, CodeThematique, Met, "theme-finance",
			"Thème du projet : Coopération, l'un de ceux que finance ce dispositif"},
		{"several themes, none met", several, func(p *Project) { p.Themes = []Theme{ThemeFormation} }, CodeThematique, NotMet, "theme-non-finance",
			"Thèmes du projet : Formation des agents au numérique ; ce dispositif ne finance que les thèmes « Données », « Coopération »"},
		{"excluded themes, none given", excluding, func(p *Project) {}, CodeThematique, Unknown, "themes-a-preciser",
			"Thèmes du projet non renseignés ; ce dispositif accueille tout thème hors formation des agents au numérique, infrastructures et équipements"},
		{"one excluded theme beside another", excluding, func(p *Project) { p.Themes = []Theme{ThemeServices, ThemeFormation} }, CodeThematique, Met, "theme-finance-part-exclue",
			"Thèmes du projet : Services aux usagers, Formation des agents au numérique ; le thème « Formation des agents au numérique » est hors du champ de ce dispositif"},
		{"two excluded themes", excluding, func(p *Project) { p.Themes = []Theme{ThemeInfrastructure, ThemeFormation} }, CodeThematique, NotMet, "theme-exclu",
			"Thèmes du projet : Formation des agents au numérique, Infrastructures et équipements ; les thèmes « Formation des agents au numérique », « Infrastructures et équipements » sont hors du champ de ce dispositif"},
		{"themes in the order of Themes, whatever the project's", excluding, func(p *Project) { p.Themes = []Theme{ThemeFormation, ThemeOutilsAgents, ThemeServices} }, CodeThematique, Met, "theme-finance-part-exclue",
			"Thèmes du projet : Services aux usagers, Outils de travail des agents, Formation des agents au numérique ; le thème « Formation des agents au numérique » est hors du champ de ce dispositif"},
		{"a theme given twice", excluding, func(p *Project) { p.Themes = []Theme{ThemeServices, ThemeServices} }, CodeThematique, Met, "theme-finance",
			"Thèmes du projet : Services aux usagers"},
		{"funded and excluded: the funded one", fundedAndExcluding, func(p *Project) { p.Themes = []Theme{ThemeFormation, ThemeDonnees} }, CodeThematique, Met, "theme-finance-part-exclue",
			"Thème du projet : Données, celui que finance ce dispositif ; le thème « Formation des agents au numérique » est hors du champ de ce dispositif"},
		{"funded and excluded: only the excluded one", fundedAndExcluding, func(p *Project) { p.Themes = []Theme{ThemeFormation} }, CodeThematique, NotMet, "theme-non-finance",
			"Thèmes du projet : Formation des agents au numérique ; ce dispositif ne finance que le thème « Données » ; le thème « Formation des agents au numérique » est hors du champ de ce dispositif"},
		{"six months, within", sixMonths, func(p *Project) { p.Start, p.Results = start, day(2022, time.February, 28) }, CodeResultats, Met, "dans-le-delai",
			"Résultats attendus le 28 février 2022, dans la limite du 28 février 2022 (6 mois après le début, le 31 août 2021)"},
		{"six months, late", sixMonths, func(p *Project) { p.Start, p.Results = start, day(2022, time.March, 1) }, CodeResultats, NotMet, "hors-delai",
			"Résultats attendus le 1er mars 2022, après le 28 février 2022 (6 mois après le début, le 31 août 2021)"},
		{"six months, no dates", sixMonths, func(p *Project) {}, CodeResultats, Unknown, "dates-a-preciser",
			"Dates de début et des résultats non renseignées ; les résultats sont attendus sous 6 mois"},
		{"six months, no start", sixMonths, func(p *Project) { p.Results = start }, CodeResultats, Unknown, "debut-a-preciser",
			"Résultats attendus le 31 août 2021 ; date de début non renseignée, elle doit précéder les résultats de 6 mois au plus"},
		{"six months, no results", sixMonths, func(p *Project) { p.Start = start }, CodeResultats, Unknown, "resultats-a-preciser",
			"Début le 31 août 2021 ; date des résultats non renseignée, au plus tard le 28 février 2022"},
		{"six months, beyond the calendar", sixMonths, func(p *Project) { p.Start, p.Results = day(9999, time.July, 1), day(9999, time.December, 31) }, CodeResultats, Met, "limite-hors-calendrier",
			"Résultats attendus le 31 décembre 9999, dans la limite de 6 mois après le début, le 1er juillet 9999, qui tombe au-delà du 31 décembre 9999, fin du calendrier pris en charge"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Project{Lead: Body{Kind: Commune}}
			tt.edit(&p)
			c, ok := customSession(t, "Appel régional", tt.rules).Check(p).Criterion(tt.code)
			require.True(t, ok)
			assert.Equal(t, tt.want, c.Outcome, c.Reason())
			assert.Equal(t, tt.branch, c.Branch())
			assert.Equal(t, typo(tt.reason), c.Reason())
		})
	}
}

func TestFacts(t *testing.T) {
	p := eligibleFor(ServicesUsagers)
	p.Practices = []Practice{LangageSimple}
	e := mustGet(t, ServicesUsagers).Check(p, inSecond)
	want := map[CriterionCode]Facts{
		CodeDemandeur:       {Kind: "syndicat"},
		CodeAmpleur:         {Kind: "syndicat", Covered: 660000, Threshold: 300000},
		CodeThematique:      {Themes: []Theme{ThemeServices}},
		CodeBonnesPratiques: {Lacking: []Practice{Accessibilite, Mobile}},
		CodeResultats:       {Deadline: day(2022, time.September, 1), Months: 18},
		CodeCommencement:    {Start: day(2021, time.March, 1), Requested: day(2021, time.February, 15)},
	}
	require.Len(t, e.Criteria, len(want))
	for _, c := range e.Criteria {
		assert.Equal(t, want[c.Code], c.Facts(), c.Code)
	}
	p.Lead.Kind = "mairie"
	p.Practices = nil
	p.Start = day(2021, time.January, 1)
	e = mustGet(t, ServicesUsagers).Check(p, inSecond)
	c, _ := e.Criterion(CodeDemandeur)
	assert.Equal(t, Facts{Kind: "mairie"}, c.Facts(), "an unknown kind, verbatim")
	c, _ = e.Criterion(CodeBonnesPratiques)
	assert.Equal(t, Facts{Lacking: []Practice{Accessibilite, LangageSimple, Mobile}}, c.Facts(), "none committed to: all lacking")
	c, _ = e.Criterion(CodeResultats)
	assert.Equal(t, day(2022, time.July, 1), c.Facts().Deadline)
	c, _ = mustGet(t, ServicesUsagers).Check(Project{}, inSecond).Criterion(CodeResultats)
	assert.Equal(t, Facts{Months: 18}, c.Facts(), "no start, no deadline")
	assert.Equal(t, Facts{}, Criterion{}.Facts())
	assert.Equal(t, Facts{}, Criterion{Code: 9, session: noSession}.Facts())
	assert.Empty(t, Criterion{}.Reason())
	assert.Empty(t, Criterion{}.Branch())
}

func TestBranches(t *testing.T) {
	got := map[ID][]string{}
	for _, s := range All() {
		got[s.ID()] = codes(s.Sessions()[0].Branches())
	}
	assert.Equal(t, []string{
		"admis", "non-admis", "nature-a-preciser", invalidBranch,
		"besoin-commun", "besoin-propre", "besoin-a-preciser", invalidBranch,
		"theme-finance", "theme-finance-part-exclue", "theme-exclu", "themes-a-preciser", invalidBranch,
		"pratiques-tenues", "pratiques-manquantes", "pratiques-a-preciser", invalidBranch,
		"dans-le-delai", "limite-hors-calendrier", "hors-delai", "avant-le-debut", "dates-a-preciser", "debut-a-preciser", "resultats-a-preciser",
	}, got[Incubateur])
	assert.Equal(t, []string{
		"admis", "non-admis", "nature-a-preciser", invalidBranch,
		"porteur-departement-region", "departement-entier", "population-atteinte", "population-insuffisante", "population-a-preciser", invalidBranch,
		"theme-finance", "theme-non-finance", "themes-a-preciser", invalidBranch,
		"dans-le-delai", "limite-hors-calendrier", "hors-delai", "avant-le-debut", "dates-a-preciser", "debut-a-preciser", "resultats-a-preciser",
		"apres-la-demande", "le-jour-de-la-demande", "avant-la-demande", "debut-a-preciser", "demande-a-preciser",
	}, got[Donnees])
	every := customSession(t, "Appel", Rules{Applicants: Kinds(), ExcludedThemes: []Theme{ThemeFormation}})
	assert.NotContains(t, codes(every.Branches()), "non-admis", "every kind admitted")
	assert.Contains(t, codes(every.Branches()), "theme-exclu")
}
