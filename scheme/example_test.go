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
		fmt.Printf("%s (%s, %s)\n", s.Name(), s.ID(), s.Operator())
		for _, se := range s.Sessions() {
			threshold := "pas de seuil"
			if t := se.Rules().Threshold; t > 0 {
				threshold = "seuil " + french.Int(int64(t)) + " habitants"
			}
			fmt.Printf("  %s : %s, %s, dépôt %s\n", se.Name(), se.Funding().Rate, threshold, se.IntakeOn(calendar.Date{}).Window.French())
		}
	}
	// Output:
	// Consultation nationale de l’Incubateur des Territoires (incubateur-territoires, ANCT)
	//   Consultation nationale 2021 : 50%, pas de seuil, dépôt du 25 janvier au 15 mars 2021
	// Dématérialisation et amélioration des services aux usagers (services-usagers, DINUM)
	//   1re session : 50%, seuil 500 000 habitants, dépôt du 25 janvier au 28 mai 2021
	//   2e session : 75%, seuil 300 000 habitants, dépôt du 8 octobre au 22 novembre 2021
	// Meilleur usage des données (donnees, DINUM)
	//   1re session : 50%, seuil 500 000 habitants, dépôt du 25 janvier au 28 mai 2021
	//   2e session : 75%, seuil 300 000 habitants, dépôt du 8 octobre au 22 novembre 2021
	// Coopération avec les partenaires et les usagers (cooperation, DINUM)
	//   1re session : 50%, seuil 500 000 habitants, dépôt du 25 janvier au 28 mai 2021
	//   2e session : 75%, seuil 300 000 habitants, dépôt du 8 octobre au 22 novembre 2021
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
	// - Commencement d’exécution : satisfait. Début du projet le 1er avril 2021, après le 15 mars 2021, jour de l’examen, retenu pour la réception de la demande de subvention.
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
	first := s.Sessions()[0]
	fmt.Println(s.Name())
	fmt.Println(first.Name(), first.Calendar().Window().French())
	for _, c := range first.Funding().Excluded {
		fmt.Println("hors", c.Label())
	}
	for _, p := range first.Rules().Practices {
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
		fmt.Printf("%q: %s, %s, %s\n", d.String(), se.Name(), se.Funding().Rate, se.Status(d).French())
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
	// scheme: validate project: Lead.Kind "mairie": unknown kind: want commune, epci, departement, region, statut-particulier, syndicat or partenaire
	// scheme: validate project: Members[0].Population -40: negative population
	// scheme: validate project: Themes[0] "fibre": unknown theme: want services, donnees, cooperation, outils-agents, formation or infrastructure
	// scheme: validate project: Results "2021-01-01": before Start "2021-06-01"
	// scheme: validate project: Budget[0] "Serveurs": negative amount -12.00
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
	// Consultation nationale de l’Incubateur des Territoires, Consultation nationale 2021 : éligibilité à préciser.
	// - Demandeur : à préciser. Nature du porteur non renseignée ; peuvent candidater à la consultation nationale 2021 : Commune, EPCI à fiscalité propre, Département, Région, Collectivité à statut particulier, Syndicat mixte ou groupement.
	// - Besoin commun : à préciser. Le projet ne dit pas si le besoin est commun à d’autres collectivités.
	// - Thématique : à préciser. Thèmes du projet non renseignés ; ce dispositif accueille tout thème hors infrastructures et équipements.
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
	session := cooperation.SessionOn(on)
	e := session.CheckOn(p, on) // on is the day the request is received: the project starts after it
	fmt.Println(session.Name(), e.Session, e.Verdict)
	res, err := session.Cofinance(p.Budget)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Grant.French())
	// Output:
	// 2e session session-2 eligible
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

// A what-if: what if the first session of « Meilleur usage des données » had
// taken projects from 300 000 inhabitants, as the second did? Take the
// catalogue's definition, change it, and build it with New.
func ExampleNew() {
	donnees, _ := scheme.Get(scheme.Donnees)
	d := donnees.Definition()
	d.Sessions[0].Rules.Threshold = 300000
	whatIf, err := scheme.New(d)
	if err != nil {
		panic(err)
	}

	p := scheme.Project{
		Lead:        scheme.Body{Name: "Grenoble-Alpes-Métropole", Kind: scheme.EPCI, Population: 445059},
		Departement: scheme.No,
		Themes:      []scheme.Theme{scheme.ThemeDonnees},
		Start:       calendar.MustDate(2021, time.April, 1),
		Results:     calendar.MustDate(2022, time.June, 30),
	}
	on := calendar.MustDate(2021, time.March, 1)
	for _, s := range []scheme.Scheme{donnees, whatIf} {
		e := s.Check(p, on)
		c, _ := e.Criterion(scheme.CodeAmpleur)
		fmt.Printf("%s — %s\n", e.Verdict.Label(), c.Reason())
	}
	// Output:
	// Non éligible — Population couverte : 445 059 habitants ; seuil de la 1re session : 500 000 ; le projet ne couvre pas un département entier, et le porteur n’est ni un département ni une région ; il manque 54 941 habitants pour atteindre le seuil de 500 000 de la 1re session ; un projet mutualisé avec d’autres collectivités peut l’atteindre
	// Éligible — Population couverte : 445 059 habitants ; seuil de la 1re session : 300 000
}

// New reports every problem of a definition at once, each with the path of
// its field.
func ExampleNew_errors() {
	_, err := scheme.New(scheme.Definition{
		ID: "fonds-regional",
		Sessions: []scheme.SessionDefinition{{
			ID:     "appel-1",
			Intake: "depot",
			Rules: scheme.Rules{
				Applicants:     []scheme.Kind{scheme.Commune, "mairie"},
				Threshold:      -1,
				Themes:         []scheme.Theme{scheme.ThemeDonnees},
				ExcludedThemes: []scheme.Theme{scheme.ThemeDonnees},
			},
		}},
	})
	fmt.Println(err)
	fmt.Println(errors.Is(err, scheme.ErrInvalidDefinition), errors.Is(err, scheme.ErrUnknownValue))
	// Output:
	// scheme: new "fonds-regional": Sessions[0].Calendar: no phase "depot", the intake
	// scheme: new "fonds-regional": Sessions[0].Rules.Applicants[1] "mairie": unknown kind: want commune, epci, departement, region, statut-particulier, syndicat or partenaire
	// scheme: new "fonds-regional": Sessions[0].Rules.Threshold -1: negative
	// scheme: new "fonds-regional": Sessions[0].Rules.ExcludedThemes[0] "donnees": both funded and excluded
	// true true
}

// A criterion holds the figures it was judged on, for programs; its reason
// is the French wording of them, rendered when asked for.
func ExampleCriterion_Facts() {
	p := scheme.Project{
		Lead:    scheme.Body{Kind: scheme.Syndicat},
		Members: []scheme.Body{{Kind: scheme.EPCI, Population: 250000}, {Kind: scheme.EPCI, Population: 90000}},
		Start:   calendar.MustDate(2021, time.October, 15),
		Results: calendar.MustDate(2023, time.June, 30),
	}
	cooperation, _ := scheme.Get(scheme.Cooperation)
	e := cooperation.Check(p, calendar.MustDate(2021, time.October, 15))
	for _, code := range []scheme.CriterionCode{scheme.CodeAmpleur, scheme.CodeResultats} {
		c, _ := e.Criterion(code)
		f := c.Facts()
		fmt.Println(c.Code, c.Outcome, c.Branch(), f.Covered, f.Threshold, f.Deadline, f.Months)
	}
	// Output:
	// ampleur met population-atteinte 340000 300000  0
	// resultats not-met hors-delai 0 0 2023-04-15 18
}

// The branches a session's rules can produce, for a test suite that wants
// to know which of them it reached.
func ExampleSession_Branches() {
	incubateur, _ := scheme.Get(scheme.Incubateur)
	for _, b := range incubateur.Sessions()[0].Branches() {
		if b.Criterion == scheme.CodeThematique {
			fmt.Println(b.Code, b.Outcome)
		}
	}
	// Output:
	// theme-finance met
	// theme-finance-part-exclue met
	// theme-exclu not-met
	// themes-a-preciser unknown
	// donnee-invalide not-met
}
