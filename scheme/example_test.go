package scheme_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
)

// The schemes of the catalogue and their sessions, with the rate, the scale
// threshold and the calendar of each.
func ExampleAll() {
	for _, s := range scheme.All() {
		fmt.Printf("%s (%s, %s)\n", s.Name, s.ID, s.Operator)
		for _, se := range s.Sessions {
			threshold := "pas de seuil"
			if se.Threshold > 0 {
				threshold = "seuil " + french.Int(int64(se.Threshold)) + " habitants"
			}
			fmt.Printf("  %s : %s, %s, %s\n", se.Name, se.Funding.Rate, threshold, se.Calendar.Window().French())
		}
	}
	// Output:
	// Consultation nationale de l'Incubateur des Territoires (incubateur-territoires, ANCT)
	//   Consultation nationale 2021 : 50%, pas de seuil, à partir du 25 janvier 2021
	// Dématérialisation et amélioration des services aux usagers (services-usagers, DINUM)
	//   1re session : 50%, seuil 500 000 habitants, du 25 janvier au 28 mai 2021
	//   2e session : 75%, seuil 300 000 habitants, du 8 octobre au 22 novembre 2021
	// Meilleur usage des données (donnees, DINUM)
	//   1re session : 50%, seuil 500 000 habitants, du 25 janvier au 28 mai 2021
	//   2e session : 75%, seuil 300 000 habitants, du 8 octobre au 22 novembre 2021
	// Coopération avec les partenaires et les usagers (cooperation, DINUM)
	//   1re session : 50%, seuil 500 000 habitants, du 25 janvier au 28 mai 2021
	//   2e session : 75%, seuil 300 000 habitants, du 8 octobre au 22 novembre 2021
}

// A mutualised project: a syndicat mixte leads it with two EPCI, whose
// populations add up to reach exactly the threshold of the first session; an
// association takes part too, and covers no inhabitants.
func ExampleScheme_Check() {
	p := scheme.Project{
		Title: "Entrepôt de données territorial",
		Lead:  scheme.Body{ID: "syndicat", Name: "Syndicat mixte numérique", Kind: scheme.Syndicat, Population: 250000},
		Members: []scheme.Body{
			{ID: "agglo-nord", Name: "Communauté d'agglomération du Nord", Kind: scheme.EPCI, Population: 180000},
			{ID: "cc-sud", Name: "Communauté de communes du Sud", Kind: scheme.EPCI, Population: 70000},
			{ID: "asso", Name: "Association des usagers", Kind: scheme.Partenaire},
		},
		Departement: scheme.No,
		Themes:      []scheme.Theme{scheme.ThemeDonnees},
		Start:       calendar.MustDate(2021, time.April, 1),
		Results:     calendar.MustDate(2022, time.September, 30),
	}
	donnees, _ := scheme.Get(scheme.Donnees)
	e := donnees.Check(p, calendar.MustDate(2021, time.March, 15))
	fmt.Println(e.Verdict)
	fmt.Println(e.Explain())
	// Output:
	// eligible
	// Meilleur usage des données, 1re session : éligible.
	// - Demandeur : satisfait. Porteur : Syndicat mixte ou groupement, admis à candidater à la 1re session.
	// - Ampleur du projet : satisfait. Population couverte : 500 000 habitants ; seuil de la 1re session : 500 000.
	// - Thématique : satisfait. Thème du projet : Données, celui que finance ce dispositif.
	// - Résultats sous 18 mois : satisfait. Résultats attendus le 30 septembre 2022, dans la limite du 1er octobre 2022 (18 mois après le début, le 1er avril 2021).
}

// CheckAll judges a project against the whole catalogue at once: here a
// commune's online-procedures project, in March 2021.
func ExampleCheckAll() {
	p := scheme.Project{
		Title:     "Démarches en ligne",
		Lead:      scheme.Body{ID: "commune", Name: "Commune de Trégastel", Kind: scheme.Commune, Population: 2400},
		Themes:    []scheme.Theme{scheme.ThemeServices},
		Practices: []scheme.Practice{scheme.Accessibilite, scheme.LangageSimple, scheme.Mobile},
		Start:     calendar.MustDate(2021, time.April, 1),
		Results:   calendar.MustDate(2022, time.March, 31),
	}
	for _, e := range scheme.CheckAll(p, calendar.MustDate(2021, time.March, 15)) {
		fmt.Printf("%s: %s, missing %v\n", e.Scheme, e.Verdict, e.Missing)
	}
	// Output:
	// incubateur-territoires: ineligible, missing [SharedNeed]
	// services-usagers: undetermined, missing [Departement]
	// donnees: ineligible, missing [Departement]
	// cooperation: ineligible, missing [Departement]
}

func ExampleGet() {
	s, err := scheme.Get(scheme.ServicesUsagers)
	if err != nil {
		panic(err)
	}
	first := s.Sessions[0]
	fmt.Println(s.Name)
	fmt.Println(first.Name, first.Calendar.Window().French())
	for _, c := range first.Funding.Excluded {
		fmt.Println("hors", c.Label())
	}
	for _, p := range first.Practices {
		fmt.Println("exige", p.Label())
	}

	_, err = scheme.Get("incubateur")
	fmt.Println(errors.Is(err, scheme.ErrUnknownScheme))
	// Output:
	// Dématérialisation et amélioration des services aux usagers
	// 1re session du 25 janvier au 28 mai 2021
	// hors Dépenses de personnel
	// exige Accessibilité (RGAA)
	// exige Langage simple
	// exige Optimisation mobile
	// true
}

func ExampleScheme_SessionOn() {
	s, _ := scheme.Get(scheme.Cooperation)
	for _, d := range []calendar.Date{
		calendar.MustDate(2021, time.February, 1),  // open
		calendar.MustDate(2021, time.July, 14),     // between the sessions: the latest opened
		calendar.MustDate(2021, time.November, 22), // last day of the second
		{}, // no date: the first
	} {
		se := s.SessionOn(d)
		fmt.Printf("%q: %s, %s, %s\n", d.String(), se.Name, se.Funding.Rate, se.Calendar.Status(d).French())
	}
	// Output:
	// "2021-02-01": 1re session, 50%, ouvert
	// "2021-07-14": 1re session, 50%, clos
	// "2021-11-22": 2e session, 75%, ouvert
	// "": 1re session, 50%, à venir
}

func ExampleProject_Validate() {
	p := scheme.Project{
		Lead:    scheme.Body{Name: "Mairie", Kind: "mairie"},
		Members: []scheme.Body{{Name: "Commune", Kind: scheme.Commune, Population: -40}},
		Themes:  []scheme.Theme{"fibre"},
		Start:   calendar.MustDate(2021, time.June, 1),
		Results: calendar.MustDate(2021, time.January, 1),
		Budget:  cost.Budget{{Category: cost.Equipment, Label: "Serveurs", Amount: cost.Cents(-1200)}},
	}
	err := p.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, scheme.ErrInvalidProject), errors.Is(err, cost.ErrNegativeAmount))
	// Output:
	// scheme: validate project: Lead.Kind "mairie": unknown value: want commune, epci, departement, region, statut-particulier, syndicat or partenaire
	// scheme: validate project: Members[0].Population -40: negative population
	// scheme: validate project: Themes[0] "fibre": unknown value: want services, donnees, cooperation, outils-agents, formation or infrastructure
	// scheme: validate project: Results "2021-01-01": before Start "2021-06-01"
	// scheme: validate project: Budget: cost: line 1 ("Serveurs"): negative amount -12.00
	// true true
}

// The zero Project is not ineligible: nothing is known of it yet, and the
// judgement says what to give.
func ExampleEligibility_Explain() {
	incubateur, _ := scheme.Get(scheme.Incubateur)
	e := incubateur.Check(scheme.Project{}, calendar.MustDate(2021, time.February, 1))
	fmt.Println(e.Verdict, e.Missing)
	fmt.Println(e.Explain())
	// Output:
	// undetermined [Lead.Kind SharedNeed Themes Practices Start Results]
	// Consultation nationale de l'Incubateur des Territoires, Consultation nationale 2021 : éligibilité à préciser.
	// - Demandeur : à préciser. Nature du porteur non renseignée ; peuvent candidater à la consultation nationale 2021 : Commune, EPCI à fiscalité propre, Département, Région, Collectivité à statut particulier, Syndicat mixte ou groupement.
	// - Besoin commun : à préciser. Le projet ne dit pas si le besoin est commun à d’autres collectivités.
	// - Thématique : à préciser. Thèmes du projet non renseignés ; la consultation accueille tout thème hors infrastructures et équipements.
	// - Bonnes pratiques : à préciser. Engagements du projet non renseignés ; la consultation nationale 2021 exige : Code ouvert.
	// - Résultats sous 18 mois : à préciser. Dates de début et des résultats non renseignées ; les résultats sont attendus sous 18 mois.
	// À renseigner : la nature du porteur, si le besoin est commun à d’autres collectivités, les thèmes du projet, les bonnes pratiques retenues, la date de début et la date des résultats attendus.
}

func ExampleParseKind() {
	k, err := scheme.ParseKind("statut-particulier")
	fmt.Println(k.Label(), k.IsCollectivite(), err)
	_, err = scheme.ParseKind("mairie")
	fmt.Println(err)
	// Output:
	// Collectivité à statut particulier true <nil>
	// scheme: parse kind "mairie": unknown value: want commune, epci, departement, region, statut-particulier, syndicat or partenaire
}

// A whole workflow: judge a project by the rules of the second session, which
// admitted the collectivités à statut particulier and lowered the threshold to
// 300 000 inhabitants, then compute the grant by that session's funding
// policy: 75 %, equipment excluded.
func Example_scenario() {
	p := scheme.Project{
		Title:       "Plateforme de participation citoyenne",
		Lead:        scheme.Body{Name: "Collectivité d'outre-mer", Kind: scheme.StatutParticulier, Population: 320000},
		Departement: scheme.No,
		Themes:      []scheme.Theme{scheme.ThemeCooperation},
		Start:       calendar.MustDate(2022, time.January, 3),
		Results:     calendar.MustDate(2023, time.March, 31),
		Budget: cost.Budget{
			{Category: cost.Services, Label: "Développement", Amount: cost.Euros(120000)},
			{Category: cost.Equipment, Label: "Bornes", Amount: cost.Euros(30000)},
		},
	}
	if err := p.Validate(); err != nil {
		panic(err)
	}
	cooperation, _ := scheme.Get(scheme.Cooperation)
	on := calendar.MustDate(2021, time.November, 1)
	e := cooperation.Check(p, on)
	fmt.Println(e.Session, e.Verdict)
	res, err := cost.Cofinance(p.Budget, cooperation.SessionOn(on).Funding)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Grant.French())
	// Output:
	// 2e session eligible
	// 90 000,00 €
}

// The facts that would settle a judgement, in French for people: what
// relance prints as « Informations manquantes ».
func ExampleFactLabel() {
	p := scheme.Project{
		Lead:    scheme.Body{Name: "Syndicat mixte", Kind: scheme.Syndicat, Population: 350000},
		Members: []scheme.Body{{Name: "Communauté de communes", Kind: scheme.EPCI, Population: 60000}, {Name: "Commune", Kind: scheme.Commune}},
		Themes:  []scheme.Theme{scheme.ThemeDonnees},
		Start:   calendar.MustDate(2021, time.April, 1),
	}
	donnees, _ := scheme.Get(scheme.Donnees)
	for _, path := range donnees.Check(p, calendar.MustDate(2021, time.March, 1)).Missing {
		fmt.Printf("%s: %s\n", path, scheme.FactLabel(path))
	}
	fmt.Printf("%q\n", scheme.FactLabel("Budget"))
	// Output:
	// Members[1].Population: la population du membre n° 2
	// Departement: si le projet couvre un département entier
	// Results: la date des résultats attendus
	// "Budget"
}
