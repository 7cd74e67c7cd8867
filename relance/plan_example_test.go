package relance_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// The limits on the stacking of public aid for a few leads: a commune of
// the Isère and one of Guadeloupe on an investment operation, an
// association, and the commune again on operating costs.
func ExampleLimitsFor() {
	leads := []scheme.Body{
		{Name: "Voiron", Kind: scheme.Commune, DepartementCode: "38"},
		{Name: "Les Abymes", Kind: scheme.Commune, DepartementCode: "971"},
		{Name: "Association", Kind: scheme.Partenaire},
	}
	for _, lead := range leads {
		l := relance.LimitsFor(lead, true)
		fmt.Printf("%-12s own share %-4s public aid at most %s\n", lead.Name, l.OwnShare, l.PublicCap)
	}
	fmt.Println(relance.LimitsFor(leads[0], false) == cost.Limits{})
	// Output:
	// Voiron       own share 20%  public aid at most 100%
	// Les Abymes   own share 0%   public aid at most 100%
	// Association  own share 0%   public aid at most 100%
	// true
}

// The rule for a département that carries an operation within a competence
// of which it is chef de file, and why, in French.
func ExampleRuleFor() {
	isere := scheme.Body{Name: "Isère", Kind: scheme.Departement, DepartementCode: "38"}
	r, err := relance.RuleFor(isere, true, relance.ChefDeFile)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Limits.OwnShare, r.Circumstance, r.Exemption, r.Binds())
	fmt.Println(r.Explain())

	// The same operation in La Réunion: the law exempts it.
	reunion := scheme.Body{Name: "La Réunion", Kind: scheme.Departement, DepartementCode: "974"}
	r, _ = relance.RuleFor(reunion, true, relance.ChefDeFile)
	fmt.Println(r.Limits.OwnShare, r.Circumstance, r.Exemption, r.Binds())
	fmt.Println(r.Explain())
	// Output:
	// 30% chef-de-file aucune true
	// Participation minimale du maître d’ouvrage : 30 % des financements publics, compétence à chef de file (CGCT, art. L1111-9 et L1111-10)
	// Plafond des aides publiques : 100 % de la dépense subventionnable (décret n° 2018-514, art. 10)
	// 0% chef-de-file outre-mer false
	// Participation minimale du maître d’ouvrage : aucune, la loi en exemptant les collectivités et groupements de La Réunion (CGCT, art. L1111-10 III)
	// Plafond des aides publiques : 100 % de la dépense subventionnable (décret n° 2018-514, art. 10)
}

// A préfet's derogation, stated explicitly, and a circumstance that is none.
func ExampleLimitsWith() {
	commune := scheme.Body{Name: "Saint-Antonin", Kind: scheme.Commune, DepartementCode: "82"}
	l, err := relance.LimitsWith(commune, true, relance.CalamityDerogation)
	fmt.Println(l.OwnShare, l.PublicCap, err)
	_, err = relance.LimitsWith(commune, true, relance.Circumstance(9))
	fmt.Println(err, errors.Is(err, scheme.ErrUnknownValue))
	// Output:
	// 0% 100% <nil>
	// relance: rule for "Saint-Antonin": circumstance 9: unknown value true
}

// The grant of the data scheme placed in the plan of a département's
// project: with the Région's 60 000 €, the département would bring 10 % of
// the public funding; the grant is reduced to the most the 20 % rule allows.
func ExampleOption_Place() {
	p := scheme.Project{
		Title:     "Portail de la donnée départementale",
		Lead:      scheme.Body{Name: "Isère", Kind: scheme.Departement, DepartementCode: "38"},
		Themes:    []scheme.Theme{scheme.ThemeDonnees},
		Practices: []scheme.Practice{scheme.CodeOuvert},
		Start:     calendar.MustDate(2021, time.April, 1),
		Results:   calendar.MustDate(2022, time.June, 30),
		Budget:    cost.Budget{{Category: cost.Services, Label: "Développement", Amount: cost.Euros(150000)}},
	}
	options, err := relance.Orient(p, calendar.MustDate(2021, time.March, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	byScheme := make(map[scheme.ID]relance.Option)
	for _, o := range options {
		byScheme[o.Scheme.ID()] = o
	}
	others := []cost.Resource{{Funder: "Région", Public: true, Amount: cost.Euros(60000)}}
	f, err := byScheme[scheme.Donnees].Place(others, relance.LimitsFor(p.Lead, true))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Scheme, f.Promise, f.Placement.Asked, f.Placement.Grant, f.Placement.Limit)
	fmt.Println(f.Explain())

	// An ineligible project has no grant to place.
	_, err = byScheme[scheme.ServicesUsagers].Place(others, relance.LimitsFor(p.Lead, true))
	fmt.Println(err)
	// Output:
	// donnees grant 75000.00 60000.00 participation-minimale
	// Subvention « État — France Relance » : 75 000,00 € ; ramenée à 60 000,00 €, le plus que permet la participation minimale du maître d’ouvrage (20 % des financements publics de l’opération ; CGCT, art. L1111-10 III)
	// Financeurs :
	//   - Région : 60 000,00 € (public)
	//   - État — France Relance : 60 000,00 € (public)
	//   - Maître d’ouvrage : 30 000,00 €
	// Coût total de l’opération : 150 000,00 €
	// Dépense subventionnable : 150 000,00 €
	// Aides publiques : 120 000,00 € soit 80 % de la dépense subventionnable (150 000,00 €) ; plafond : 100 % de la dépense subventionnable, soit 150 000,00 € (décret n° 2018-514, art. 10) — respecté
	// Financements privés : 0,00 € soit 0 % du coût total de l’opération
	// Participation du maître d’ouvrage : 30 000,00 € soit 20 % des financements publics de l’opération, les siens compris (150 000,00 €) ; minimum légal : 20 %, soit 30 000,00 € (CGCT, art. L1111-10 III) — respecté
	// Aides publiques supplémentaires possibles : 0,00 €
	// relance: place the grant of "services-usagers": no grant: the project is not eligible
}

// The payment of the grant kept: its ceilings, then the statement once the
// expense actually incurred is known — less than planned, so that part of
// what was paid is to be repaid.
func ExampleFinancing_Award() {
	// A grant of 98 000 € kept at a rate of 50 %, as Option.Place gives it.
	f := relance.Financing{
		Scheme:    scheme.Donnees,
		Session:   "session-1",
		Promise:   relance.Grant,
		Rate:      cost.Percent(50),
		Placement: cost.Placement{Funder: relance.StateFunder, Asked: cost.Euros(98000), Grant: cost.Euros(98000)},
	}
	award := f.Award(15, false)
	fmt.Println(award.Grant, award.MaxAdvance(), award.MaxBeforeBalance())
	s, err := award.Settle([]cost.Payment{
		{Kind: cost.Advance, Amount: award.MaxAdvance()},
		{Kind: cost.Instalment, Amount: cost.Euros(40000)},
	}, cost.Euros(130000))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Final, s.Paid, s.Balance, s.Repay)
	// Output:
	// 98000.00 29400.00 78400.00
	// 65000.00 69400.00 0.00 4400.00
}

// The whole story of a France Relance grant for a data project: which
// scheme pays, how much, under which rule of the CGCT, where the grant sits
// among the other funders — whose Région brings too much — and how it is
// paid, down to the balance.
func Example_financingPlan() {
	// The README's project: a syndicat mixte pooling three EPCI (560 000
	// inhabitants) for a data warehouse of 290 000 €.
	p := scheme.Project{
		Title:       "Entrepôt de données territorial mutualisé",
		Lead:        scheme.Body{Name: "Syndicat mixte", Kind: scheme.Syndicat},
		Members:     []scheme.Body{{Kind: scheme.EPCI, Population: 350000}, {Kind: scheme.EPCI, Population: 120000}, {Kind: scheme.EPCI, Population: 90000}},
		Departement: scheme.No,
		SharedNeed:  scheme.Yes,
		Themes:      []scheme.Theme{scheme.ThemeDonnees},
		Practices:   []scheme.Practice{scheme.CodeOuvert},
		Start:       calendar.MustDate(2021, time.April, 1),
		Results:     calendar.MustDate(2022, time.June, 30),
		Budget: cost.Budget{
			{Category: cost.Services, Label: "Développement", Amount: cost.Euros(180000)},
			{Category: cost.Consulting, Label: "Accompagnement", Amount: cost.Euros(30000)},
			{Category: cost.Personnel, Label: "Chef de projet", Amount: cost.Euros(60000)},
			{Category: cost.Equipment, Label: "Serveurs", Amount: cost.Euros(20000)},
		},
	}
	options, err := relance.Orient(p, calendar.MustDate(2021, time.March, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	var data relance.Option
	for _, o := range options {
		if o.Scheme.ID() == scheme.Donnees {
			data = o
		}
	}
	fmt.Printf("%s — %s — %s\u00a0: %s\n", data.Scheme.Name(), data.Session.Name(), data.Promise().Label(), data.Funding.Grant.French())

	rule, _ := relance.RuleFor(p.Lead, true, relance.Ordinary)
	fmt.Println(rule.Explain())

	others := []cost.Resource{
		{Funder: "Région", Public: true, Amount: cost.Euros(70000)},
		{Funder: "Mécénat", Public: false, Amount: cost.Euros(10000)},
	}
	f, err := data.Place(others, rule.Limits)
	if err != nil {
		fmt.Println(err)
		return
	}
	placed := "en entier"
	if f.Placement.Reduced {
		placed = "ramenée (" + f.Placement.Limit + ")"
	}
	fmt.Printf("Subvention placée\u00a0: %s, %s\n", f.Placement.Grant.French(), placed)

	award := f.Award(15, false)
	s, err := award.Settle([]cost.Payment{
		{Kind: cost.Advance, Amount: award.MaxAdvance()},
		{Kind: cost.Instalment, Amount: award.MaxBeforeBalance().Sub(award.MaxAdvance())},
	}, cost.Euros(170000))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("Subvention définitive\u00a0: %s\u00a0; versé\u00a0: %s\u00a0; solde\u00a0: %s\n", s.Final.French(), s.Paid.French(), s.Balance.French())
	// Output:
	// Meilleur usage des données — 1re session — Subvention : 105 000,00 €
	// Participation minimale du maître d’ouvrage : 20 % des financements publics, opération d’investissement d’une collectivité ou d’un groupement (CGCT, art. L1111-10 III)
	// Plafond des aides publiques : 100 % de la dépense subventionnable (décret n° 2018-514, art. 10)
	// Département du porteur non renseigné : la règle lui est appliquée comme hors des territoires d’outre-mer exemptés
	// Subvention placée : 105 000,00 €, en entier
	// Subvention définitive : 85 000,00 € ; versé : 84 000,00 € ; solde : 1 000,00 €
}
