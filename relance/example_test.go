package relance_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// A syndicat mixte pools three EPCI for a data project and asks, on
// 1 March 2021, which schemes fit and what they would pay.
func ExampleOrient() {
	p := scheme.Project{
		Title: "Entrepôt de données territorial",
		Lead:  scheme.Body{Name: "Syndicat mixte", Kind: scheme.Syndicat},
		Members: []scheme.Body{
			{Name: "EPCI A", Kind: scheme.EPCI, Population: 350000},
			{Name: "EPCI B", Kind: scheme.EPCI, Population: 150000},
		},
		Departement: scheme.No,
		SharedNeed:  scheme.Yes,
		Themes:      []scheme.Theme{scheme.ThemeDonnees},
		Practices:   []scheme.Practice{scheme.CodeOuvert},
		Start:       calendar.MustDate(2021, time.April, 1),
		Results:     calendar.MustDate(2022, time.June, 30),
		Budget: cost.Budget{
			{Category: cost.Services, Label: "Développement", Amount: cost.Euros(180000)},
			{Category: cost.Personnel, Label: "Chef de projet", Amount: cost.Euros(60000)},
		},
	}
	options, err := relance.Orient(p, calendar.MustDate(2021, time.March, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range options {
		fmt.Printf("%-22s %-12s %-6s %s\n", o.Scheme.ID(), o.Eligibility.Verdict, o.Status, o.Funding.Grant)
	}
	fmt.Println()
	fmt.Print(options[1].Explain())
	// Output:
	// incubateur-territoires eligible     open   120000.00
	// donnees                eligible     open   90000.00
	// services-usagers       ineligible   open   90000.00
	// cooperation            ineligible   open   90000.00
	//
	// Meilleur usage des données (DINUM) — 1re session
	//   Verdict : Éligible
	//   Calendrier : ouvert jusqu’au 28 mai 2021 ; étape en cours : Dépôt des candidatures
	//   ✓ Porteur : Syndicat mixte ou groupement, admis à candidater à la 1re session
	//   ✓ Population couverte : 500 000 habitants ; seuil de la 1re session : 500 000
	//   ✓ Thème du projet : Données, celui que finance ce dispositif
	//   ✓ Résultats attendus le 30 juin 2022, dans la limite du 1er octobre 2022 (18 mois après le début, le 1er avril 2021)
	//   ✓ Début du projet le 1er avril 2021, après le 1er mars 2021, jour de l’examen, retenu pour la réception de la demande de subvention
	//   Dépenses retenues : 180 000,00 € sur 240 000,00 €
	//   Subvention : 50 % × 180 000,00 € = 90 000,00 € ; reste à charge : 150 000,00 €
}

// Collectivités support the proposals of the consultation during step 2;
// groupements do not vote, and each collectivité supports a proposal once.
func ExampleCountSupports() {
	incubateur, _ := scheme.Get(scheme.Incubateur)
	cal := incubateur.Sessions()[0].Calendar()
	on := calendar.MustDate(2021, time.April, 1)
	grenoble := scheme.Body{ID: "213801855", Name: "Grenoble", Kind: scheme.Commune}
	isere := scheme.Body{ID: "223800012", Name: "Isère", Kind: scheme.Departement}
	metro := scheme.Body{ID: "200040715", Name: "Grenoble-Alpes Métropole", Kind: scheme.EPCI}

	tally := relance.CountSupports(cal, []string{"orientation-usagers", "reservation-equipements"}, []relance.Support{
		{Proposal: "reservation-equipements", By: grenoble, On: on},
		{Proposal: "reservation-equipements", By: isere, On: on},
		{Proposal: "orientation-usagers", By: isere, On: on},
		{Proposal: "orientation-usagers", By: metro, On: on},
		{Proposal: "reservation-equipements", By: grenoble, On: on},
		{Proposal: "orientation-usagers", By: grenoble, On: calendar.MustDate(2021, time.May, 2)},
	})
	for _, c := range tally.Counts {
		fmt.Printf("%s: %d\n", c.Proposal, c.Supports)
	}
	for _, r := range tally.Rejected {
		fmt.Printf("refusé (%s) : %s\n", r.Support.By.Name, r.Reason)
	}
	// Output:
	// reservation-equipements: 2
	// orientation-usagers: 1
	// refusé (Grenoble-Alpes Métropole) : non-collectivite
	// refusé (Grenoble) : doublon
	// refusé (Grenoble) : hors-periode
}

// A département volunteers as territoire référent; a métropole, a
// groupement, is directed to the working groups.
func ExampleReferents() {
	incubateur, _ := scheme.Get(scheme.Incubateur)
	cal := incubateur.Sessions()[0].Calendar()
	on := calendar.MustDate(2021, time.May, 3)
	got := relance.Referents(cal, []string{"reservation-equipements"}, []relance.Declaration{
		{Service: "reservation-equipements", By: scheme.Body{ID: "223800012", Name: "Isère", Kind: scheme.Departement}, On: on},
		{Service: "reservation-equipements", By: scheme.Body{ID: "200040715", Name: "Métropole", Kind: scheme.EPCI}, On: on},
	})
	for _, d := range got.Accepted {
		fmt.Println("référent :", d.By.Name)
	}
	for _, r := range got.Refused {
		fmt.Println("refusé :", r.Item.By.Name, "—", r.Label())
	}
	// Output:
	// référent : Isère
	// refusé : Métropole — Un groupement ne peut pas être territoire référent ; il peut en revanche participer aux groupes de travail du service.
}

// A contribution about infrastructure is out of the consultation's scope.
func ExampleContributions() {
	incubateur, _ := scheme.Get(scheme.Incubateur)
	cal := incubateur.Sessions()[0].Calendar()
	lannion := scheme.Body{ID: "212201135", Name: "Lannion", Kind: scheme.Commune}
	got := relance.Contributions(cal, []relance.Contribution{
		{Title: "Prise de rendez-vous en ligne", Kind: relance.Need, By: lannion, On: calendar.MustDate(2021, time.February, 1), Themes: []scheme.Theme{scheme.ThemeServices}},
		{Title: "Wifi public", Kind: relance.Need, By: lannion, On: calendar.MustDate(2021, time.February, 1), Themes: []scheme.Theme{scheme.ThemeInfrastructure}},
	})
	fmt.Println("reçue :", got.Accepted[0].Title)
	fmt.Println("refusée :", got.Refused[0].Item.Title, "—", got.Refused[0].Reason)
	// Output:
	// reçue : Prise de rendez-vous en ligne
	// refusée : Wifi public — hors-champ
}

// The strand, its fund and the axes of the fund.
func ExampleVolet() {
	v := relance.Volet()
	fmt.Println(v.Name)
	fmt.Println(v.Fund.Name, "—", v.Fund.Code, "—", v.Fund.Envelope.French())
	for _, a := range v.Fund.Axes {
		fmt.Printf("Axe %d (%s, %s) : %s %v\n", a.Number, a.Operator, a.Envelope.French(), a.Name, a.Schemes)
	}
	// Output:
	// Mise à niveau numérique de l’État et des territoires
	// Transformation numérique des collectivités territoriales — ITN 7 — 88 000 000,00 €
	// Axe 1 (ANCT, 30 000 000,00 €) : Co-construction de services numériques avec les collectivités [incubateur-territoires]
	// Axe 2 (DINUM, 24 000 000,00 €) : Guichet national pour les projets mutualisés ou d’ampleur [services-usagers donnees cooperation]
	// Axe 3 (DITP, 34 000 000,00 €) : Guichets territoriaux d’ingénierie, animés par les préfectures []
}

// A scheme of one's own, written in JSON — here a regional fund invented for
// this example, which exists nowhere — is built through scheme.New like the
// catalogue's, and a project is oriented across it and the catalogue.
func ExampleOrientAmong() {
	const fund = `{
		"id": "fonds-regional-fictif",
		"name": "Fonds régional fictif pour la donnée (exemple inventé)",
		"operator": "Région",
		"sessions": [{
			"id": "appel-2021",
			"name": "Session 2021",
			"calendar": {"phases": [{"id": "depot", "name": "Dépôt des dossiers", "window": "2021-02-01/2021-06-30"}]},
			"intake": "depot",
			"funding": {"rate": "40%", "excluded": ["personnel"]},
			"rules": {"applicants": ["commune", "epci", "syndicat"], "threshold": 100000, "themes": ["donnees"], "results_within": 24}
		}]
	}`
	var regional scheme.Scheme
	if err := json.Unmarshal([]byte(fund), &regional); err != nil {
		fmt.Println(err)
		return
	}
	p := scheme.Project{
		Title:       "Tableau de bord des politiques locales",
		Lead:        scheme.Body{Name: "Communauté d’agglomération", Kind: scheme.EPCI, Population: 180000},
		Departement: scheme.No,
		SharedNeed:  scheme.No,
		Themes:      []scheme.Theme{scheme.ThemeDonnees},
		Start:       calendar.MustDate(2021, time.May, 3),
		Results:     calendar.MustDate(2022, time.December, 15),
		Budget: cost.Budget{
			{Category: cost.Services, Label: "Développement", Amount: cost.Euros(90000)},
			{Category: cost.Personnel, Label: "Chef de projet", Amount: cost.Euros(30000)},
		},
	}
	options, err := relance.OrientAmong(append(scheme.All(), regional), p, calendar.MustDate(2021, time.April, 15))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range options {
		fmt.Printf("%-22s %-12s %s\n", o.Scheme.ID(), o.Eligibility.Verdict, o.Funding.Grant)
	}
	fmt.Println()
	fmt.Print(options[0].Explain())
	// Output:
	// fonds-regional-fictif  eligible     36000.00
	// services-usagers       ineligible   45000.00
	// donnees                ineligible   45000.00
	// cooperation            ineligible   45000.00
	// incubateur-territoires ineligible   60000.00
	//
	// Fonds régional fictif pour la donnée (exemple inventé) (Région) — Session 2021
	//   Verdict : Éligible
	//   Calendrier : ouvert jusqu’au 30 juin 2021 ; étape en cours : Dépôt des dossiers
	//   ✓ Porteur : EPCI à fiscalité propre, admis à candidater à la session 2021
	//   ✓ Population couverte : 180 000 habitants ; seuil de la session 2021 : 100 000
	//   ✓ Thème du projet : Données, celui que finance ce dispositif
	//   ✓ Résultats attendus le 15 décembre 2022, dans la limite du 3 mai 2023 (24 mois après le début, le 3 mai 2021)
	//   Dépenses retenues : 90 000,00 € sur 120 000,00 €
	//   Subvention : 40 % × 90 000,00 € = 36 000,00 € ; reste à charge : 84 000,00 €
}
