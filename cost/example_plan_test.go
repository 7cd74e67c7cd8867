package cost_test

import (
	"errors"
	"fmt"

	"github.com/planrelance/numerique/cost"
)

// A plan whose owner brings 12,5 % of the public funding, under the 20 %
// rule of the CGCT: the check says so, with every figure.
func ExamplePlan_Check() {
	plan := cost.Plan{
		Expense: cost.Euros(130000),
		Resources: []cost.Resource{
			{Funder: "DSIL", Public: true, Amount: cost.Euros(60000)},
			{Funder: "Région", Public: true, Amount: cost.Euros(45000)},
			{Funder: "Mécénat", Public: false, Amount: cost.Euros(10000)},
		},
	}
	check, err := plan.Check(cost.Limits{OwnShare: cost.Percent(20), PublicCap: cost.Percent(100)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(check.Own, check.Public, check.Private, check.Holds())
	fmt.Println(check.OwnShare, check.OwnShare.Compare(cost.Percent(20)))
	for _, f := range check.Findings {
		fmt.Println(f.Code)
		fmt.Println(f.Reason)
	}
	// Output:
	// 15000.00 120000.00 10000.00 false
	// 15000.00/120000.00 -1
	// participation-minimale
	// Participation du maître d’ouvrage : 15 000,00 € soit 12,5 % des financements publics de l’opération, les siens compris (120 000,00 €) ; minimum légal : 20 %, soit 24 000,00 € (CGCT, art. L1111-10 III)
}

// Check refuses what is not a plan, every problem at once, naming each
// resource.
func ExamplePlan_Check_errors() {
	plan := cost.Plan{
		Expense: cost.Euros(120000),
		Resources: []cost.Resource{
			{Funder: "Région", Public: true, Amount: cost.Euros(100000)},
			{Funder: "Département", Public: true, Amount: cost.Euros(-5000)},
			{Funder: "Mécénat", Public: false, Amount: cost.Euros(30000)},
		},
	}
	_, err := plan.Check(cost.Limits{OwnShare: cost.Percent(20), PublicCap: cost.Percent(100)})
	fmt.Println(err)
	var re *cost.ResourceError
	fmt.Println(errors.As(err, &re), re.Index, errors.Is(err, cost.ErrOverfunded))
	// Output:
	// cost: plan: resource 2 ("Département"): negative amount -5000.00
	// cost: plan: resource 3 ("Mécénat"): resources above the cost (130000.00 for a cost of 120000.00)
	// true 1 true
}

// The check of a plan that holds, told in French: the 20 % rule reads the
// whole operation, 290 000 €, whose costs the scheme does not count (the
// owner's staff) the owner pays; the ceiling reads the subsidisable
// expense, 210 000 €. The headroom is the most public aid another funder
// could still bring.
func ExamplePlanCheck_Explain() {
	plan := cost.Plan{
		Cost:    cost.Euros(290000),
		Expense: cost.Euros(210000),
		Resources: []cost.Resource{
			{Funder: "État — France Relance", Public: true, Amount: cost.Euros(105000)},
			{Funder: "Région", Public: true, Amount: cost.Euros(70000)},
			{Funder: "Mécénat", Public: false, Amount: cost.Euros(10000)},
		},
	}
	check, _ := plan.Check(cost.Limits{OwnShare: cost.Percent(20), PublicCap: cost.Percent(100)})
	fmt.Println(check.Explain())
	// Output:
	// Coût total de l’opération : 290 000,00 €
	// Dépense subventionnable : 210 000,00 €
	// Aides publiques : 175 000,00 € soit 83,33 % de la dépense subventionnable (210 000,00 €) ; plafond : 100 % de la dépense subventionnable, soit 210 000,00 € (décret n° 2018-514, art. 10) — respecté
	// Financements privés : 10 000,00 € soit 3,45 % du coût total de l’opération
	// Participation du maître d’ouvrage : 105 000,00 € soit 37,5 % des financements publics de l’opération, les siens compris (280 000,00 €) ; minimum légal : 20 %, soit 56 000,00 € (CGCT, art. L1111-10 III) — respecté
	// Aides publiques supplémentaires possibles : 35 000,00 €
}

// The check of a plan whose operation is all subsidisable: Cost is left
// zero, and reads as the expense.
func ExamplePlanCheck_Explain_expenseOnly() {
	plan := cost.Plan{
		Expense: cost.Euros(150000),
		Resources: []cost.Resource{
			{Funder: "DSIL", Public: true, Amount: cost.Euros(60000)},
			{Funder: "Région", Public: true, Amount: cost.Euros(45000)},
			{Funder: "Mécénat", Public: false, Amount: cost.Euros(10000)},
		},
	}
	check, _ := plan.Check(cost.Limits{OwnShare: cost.Percent(20), PublicCap: cost.Percent(100)})
	fmt.Println(check.Explain())
	// Output:
	// Coût total de l’opération : 150 000,00 €
	// Dépense subventionnable : 150 000,00 €
	// Aides publiques : 105 000,00 € soit 70 % de la dépense subventionnable (150 000,00 €) ; plafond : 100 % de la dépense subventionnable, soit 150 000,00 € (décret n° 2018-514, art. 10) — respecté
	// Financements privés : 10 000,00 € soit 6,67 % du coût total de l’opération
	// Participation du maître d’ouvrage : 35 000,00 € soit 25 % des financements publics de l’opération, les siens compris (140 000,00 €) ; minimum légal : 20 %, soit 28 000,00 € (CGCT, art. L1111-10 III) — respecté
	// Aides publiques supplémentaires possibles : 7 000,00 €
}

// The grant of a scheme placed among the other funders, and reduced to the
// most the 20 % rule allows.
func ExamplePlan_Place() {
	others := cost.Plan{
		Expense: cost.Euros(120000),
		Resources: []cost.Resource{
			{Funder: "Région", Public: true, Amount: cost.Euros(30000)},
			{Funder: "Mécénat", Public: false, Amount: cost.Euros(10000)},
		},
	}
	placed, err := others.Place("État — France Relance", cost.Euros(60000), cost.Limits{OwnShare: cost.Percent(20), PublicCap: cost.Percent(100)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(placed.Asked, placed.Grant, placed.Reduced, placed.Limit, placed.Check.Holds())
	fmt.Println(placed.Explain())
	// Output:
	// 60000.00 58000.00 true participation-minimale true
	// Subvention « État — France Relance » : 60 000,00 € ; ramenée à 58 000,00 €, le plus que permet la participation minimale du maître d’ouvrage (20 % des financements publics de l’opération ; CGCT, art. L1111-10 III)
	// Financeurs :
	//   - Région : 30 000,00 € (public)
	//   - Mécénat : 10 000,00 € (privé)
	//   - État — France Relance : 58 000,00 € (public)
	//   - Maître d’ouvrage : 22 000,00 €
	// Coût total de l’opération : 120 000,00 €
	// Dépense subventionnable : 120 000,00 €
	// Aides publiques : 88 000,00 € soit 73,33 % de la dépense subventionnable (120 000,00 €) ; plafond : 100 % de la dépense subventionnable, soit 120 000,00 € (décret n° 2018-514, art. 10) — respecté
	// Financements privés : 10 000,00 € soit 8,33 % du coût total de l’opération
	// Participation du maître d’ouvrage : 22 000,00 € soit 20 % des financements publics de l’opération, les siens compris (110 000,00 €) ; minimum légal : 20 %, soit 22 000,00 € (CGCT, art. L1111-10 III) — respecté
	// Aides publiques supplémentaires possibles : 0,00 €
}

// A share kept exact, and how it reads.
func ExampleRatio() {
	third := cost.Ratio{Num: cost.Euros(40000), Den: cost.Euros(120000)}
	fmt.Println(third, third.French())
	fmt.Println(third.Compare(cost.MustParseRate("33.33%")), third.Compare(cost.MustParseRate("33.34%")))
	fmt.Println(third.Cmp(cost.Ratio{Num: cost.Euros(1), Den: cost.Euros(3)}))
	// Output:
	// 40000.00/120000.00 33,33 %
	// 1 -1
	// 0
}

// The ceilings of the payments of a grant, and its final amount on what
// was actually spent.
func ExampleAward() {
	award := cost.Award{Grant: cost.Euros(100000), Rate: cost.Percent(50), Months: 24}
	fmt.Println(award.MaxAdvance(), award.MaxBeforeBalance())
	award.Guarantee, award.Months = true, 60
	fmt.Println(award.MaxAdvance(), award.MaxBeforeBalance())
	award.Extended = true // the decision raises the instalments' cap, as art. 12 III allows beyond 48 months
	fmt.Println(award.MaxAdvance(), award.MaxBeforeBalance())
	fmt.Println(award.Final(cost.MustParseAmount("179999.99")), award.Final(cost.Euros(250000)))
	// Output:
	// 30000.00 80000.00
	// 60000.00 80000.00
	// 60000.00 90000.00
	// 89999.99 100000.00
}

// The statement of the payments of a grant: the balance to pay once the
// expense actually incurred is known.
func ExampleAward_Settle() {
	award := cost.Award{Grant: cost.Euros(100000), Rate: cost.Percent(50), Months: 24}
	payments := []cost.Payment{
		{Kind: cost.Advance, Amount: cost.Euros(30000)},
		{Kind: cost.Instalment, Amount: cost.Euros(40000)},
	}
	s, err := award.Settle(payments, cost.Euros(170000))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Final, s.Paid, s.Balance, s.Repay)
	fmt.Println(s.Explain())
	// Output:
	// 85000.00 70000.00 15000.00 0.00
	// Subvention maximale : 100 000,00 €, au taux de 50 %
	// Avance : au plus 30 000,00 € (30 % de la subvention maximale ; décret n° 2018-514, art. 12 II)
	// Avance et acomptes : au plus 80 000,00 € (80 % de la subvention maximale ; plafond des acomptes appliqué à l’avance et aux acomptes ensemble : choix de la bibliothèque ; décret n° 2018-514, art. 12 III)
	// Versements :
	//   1. Avance : 30 000,00 € (cumul : 30 000,00 €)
	//   2. Acompte : 40 000,00 € (cumul : 70 000,00 €)
	// Dépense éligible réalisée : 170 000,00 €
	// Subvention définitive : 50 % × 170 000,00 € = 85 000,00 € (arrondi au centime inférieur ; taux appliqué à la dépense réalisée et arrondi : choix de la bibliothèque, à défaut des modalités de calcul de la décision, décret n° 2018-514, art. 8 3°)
	// Solde à verser : 85 000,00 € − 70 000,00 € = 15 000,00 €
}

// The whole story of a grant: what the scheme pays for the budget, the
// financing plan with a Région that brings too much for the 20 % rule, the
// fixes the package proposes, and the payment of the grant — advance,
// instalment, and the excess to repay when less was spent than planned.
func Example_financingPlan() {
	// The grant: 50 % of everything but personnel.
	budget := cost.Budget{
		{Category: cost.Services, Label: "Développement du téléservice", Amount: cost.Euros(150000)},
		{Category: cost.Consulting, Label: "Accompagnement", Amount: cost.Euros(30000)},
		{Category: cost.Personnel, Label: "Chef de projet (agent)", Amount: cost.Euros(20000)},
	}
	res, _ := cost.Cofinance(budget, cost.Policy{Rate: cost.Percent(50), Excluded: []cost.Category{cost.Personnel}})
	fmt.Println("Subvention :", res.Grant.French())

	// The plan of the whole operation, 200 000 €, whose subsidisable
	// expense is the eligible base, 180 000 €: with the Région's 80 000 €,
	// the owner brings 15 % of the public funding.
	limits := cost.Limits{OwnShare: cost.Percent(20), PublicCap: cost.Percent(100)}
	plan := cost.Plan{Cost: res.Total, Expense: res.Eligible, Resources: []cost.Resource{
		{Funder: "État — France Relance", Public: true, Amount: res.Grant},
		{Funder: "Région", Public: true, Amount: cost.Euros(80000)},
	}}
	check, _ := plan.Check(limits)
	fmt.Println(check.Findings[0].Code)
	fmt.Println(check.Findings[0].Reason)

	// One fix: the State's grant placed after the Région's, and reduced.
	others := cost.Plan{Cost: plan.Cost, Expense: plan.Expense, Resources: plan.Resources[1:]}
	placed, _ := others.Place("État — France Relance", res.Grant, limits)
	fmt.Println("Subvention placée :", placed.Grant.French(), "—", placed.Limit)

	// The other: the Région brings no more than the headroom of the plan
	// with the State's grant alone.
	alone, _ := cost.Plan{Cost: plan.Cost, Expense: plan.Expense, Resources: plan.Resources[:1]}.Check(limits)
	plan.Resources[1].Amount = alone.Headroom
	check, _ = plan.Check(limits)
	fmt.Println("Région :", alone.Headroom.French(), "— plan conforme :", check.Holds())

	// The payment: the largest advance, an instalment, then 140 000 € spent
	// rather than the 180 000 € planned.
	award := cost.AwardOf(res, 18, false)
	fmt.Println("Avance : au plus", award.MaxAdvance().French(), "; avance et acomptes : au plus", award.MaxBeforeBalance().French())
	s, _ := award.Settle([]cost.Payment{
		{Kind: cost.Advance, Amount: award.MaxAdvance()},
		{Kind: cost.Instalment, Amount: cost.Euros(45000)},
	}, cost.Euros(140000))
	fmt.Println("Subvention définitive :", s.Final.French(), "; versé :", s.Paid.French(), "; à reverser :", s.Repay.French())
	// Output:
	// Subvention : 90 000,00 €
	// participation-minimale
	// Participation du maître d’ouvrage : 30 000,00 € soit 15 % des financements publics de l’opération, les siens compris (200 000,00 €) ; minimum légal : 20 %, soit 40 000,00 € (CGCT, art. L1111-10 III)
	// Subvention placée : 80 000,00 € — participation-minimale
	// Région : 70 000,00 € — plan conforme : true
	// Avance : au plus 27 000,00 € ; avance et acomptes : au plus 72 000,00 €
	// Subvention définitive : 70 000,00 € ; versé : 72 000,00 € ; à reverser : 2 000,00 €
}
