package cost_test

import (
	"errors"
	"fmt"

	"github.com/planrelance/numerique/cost"
)

// A project for users' online services under the first session of the
// « services aux usagers » call: 50 % of everything but personnel.
func ExampleCofinance() {
	budget := cost.Budget{
		{Category: cost.Services, Label: "Développement du téléservice", Amount: cost.MustParseAmount("123456.79")},
		{Category: cost.Personnel, Label: "Chef de projet (agent)", Amount: cost.Euros(60000)},
	}
	policy := cost.Policy{Rate: cost.Percent(50), Excluded: []cost.Category{cost.Personnel}}

	res, err := cost.Cofinance(budget, policy)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Grant, res.Remainder)
	fmt.Println(res.Explain())
	// Output:
	// 61728.39 121728.40
	// Coût total : 183 456,79 €
	// Dépenses exclues : 60 000,00 €
	//   - Dépenses de personnel : 60 000,00 €
	// Assiette éligible : 183 456,79 € − 60 000,00 € = 123 456,79 €
	// Taux de cofinancement : 50 %
	// Montant exact : 50 % × 123 456,79 € = 61 728,395 €
	// Arrondi au centime inférieur : 61 728,39 € (choix de la bibliothèque : aucun texte ne fixe l’arrondi)
	// Plafond : aucun
	// Subvention de l’État : 61 728,39 €
	// Reste à charge : 183 456,79 € − 61 728,39 € = 121 728,40 €
}

// The same exact product, 61 728,395 €, under each rounding mode.
func ExampleRounding() {
	budget := cost.Budget{{Category: cost.Services, Label: "Développement", Amount: cost.MustParseAmount("123456.79")}}
	for _, mode := range []cost.Rounding{cost.DownToCent, cost.HalfUpToCent, cost.HalfEvenToCent, cost.DownToEuro} {
		res, _ := cost.Cofinance(budget, cost.Policy{Rate: cost.Percent(50), Rounding: mode})
		fmt.Printf("%-17s %s\n", mode, res.Grant)
	}
	// Output:
	// down-to-cent      61728.39
	// half-up-to-cent   61728.40
	// half-even-to-cent 61728.40
	// down-to-euro      61728.00
}

// A ceiling limits the grant after rounding.
func ExamplePolicy_ceiling() {
	budget := cost.Budget{{Category: cost.Services, Label: "Plateforme", Amount: cost.Euros(300000)}}
	res, _ := cost.Cofinance(budget, cost.Policy{Rate: cost.Percent(50), Ceiling: cost.Euros(100000)})
	fmt.Println(res.Grant, res.Capped, res.Remainder)
	// Output:
	// 100000.00 true 200000.00
}

// The remainder of a mutualised project, divided among its members by
// population: the shares add up to the cent.
func ExampleSplit() {
	shares, err := cost.Split(cost.MustParseAmount("130000.00"),
		[]string{"Syndicat mixte", "Communauté d'agglomération", "Communauté de communes A", "Communauté de communes B"},
		[]int64{48250, 287430, 126875, 57640})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range shares {
		fmt.Printf("%-27s %12s\n", s.Party, s.Amount.French())
	}
	// Output:
	// Syndicat mixte               12 057,98 €
	// Communauté d'agglomération   71 830,56 €
	// Communauté de communes A     31 706,86 €
	// Communauté de communes B     14 404,60 €
}

// ParseAmount reads amounts as programs write them, and says why it refuses
// the others.
func ExampleParseAmount() {
	for _, s := range []string{"1234.56", "1234.5", "-12", "1.230", "1,5", "1.234", "1e3", "99999999999999999999"} {
		a, err := cost.ParseAmount(s)
		switch {
		case errors.Is(err, cost.ErrSubCent):
			fmt.Println("fraction of a cent:", err)
		case err != nil:
			fmt.Println(err)
		default:
			fmt.Println(a)
		}
	}
	// Output:
	// 1234.56
	// 1234.50
	// -12.00
	// 1.23
	// cost: parse amount "1,5": invalid amount
	// fraction of a cent: cost: parse amount "1.234": fraction of a cent
	// cost: parse amount "1e3": invalid amount
	// cost: parse amount "99999999999999999999": amount out of range
}

func ExampleAmount_French() {
	fmt.Println(cost.MustParseAmount("61728.39").French())
	fmt.Println(cost.Cents(-1200).French())
	fmt.Println(cost.Euros(1000000).French())
	// Output:
	// 61 728,39 €
	// -12,00 €
	// 1 000 000,00 €
}

// ParseFrench reads amounts as people write them in French, and as
// Amount.French writes them, and says which notation it expects.
func ExampleParseFrench() {
	for _, s := range []string{"12\u202f000,50\u00a0€", "12 000,50 €", "12000,5", "-12,00 €", "12.000,50", "1,234 €"} {
		a, err := cost.ParseFrench(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(a, a.French())
	}
	// Output:
	// 12000.50 12 000,50 €
	// 12000.50 12 000,50 €
	// 12000.50 12 000,50 €
	// -12.00 -12,00 €
	// cost: parse French amount "12.000,50": invalid amount: want French notation, as in "12 000,50 €": digits in groups of three, a comma before the decimals, an optional €
	// cost: parse French amount "1,234 €": fraction of a cent
}

func ExampleParseRate() {
	for _, s := range []string{"0.5", "0.75", "50%", "33.33 %", "33,33\u00a0%", "150%", "0.3333333333"} {
		r, err := cost.ParseRate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(r, r.French())
	}
	// Output:
	// 50% 50 %
	// 75% 75 %
	// 50% 50 %
	// 33.33% 33,33 %
	// 33.33% 33,33 %
	// cost: parse rate "150%": invalid rate: above 100%
	// cost: parse rate "0.3333333333": invalid rate: more than 9 decimals
}

// Validate reports every problem of a budget at once, line by line.
func ExampleBudget_Validate() {
	budget := cost.Budget{
		{Category: cost.Services, Label: "Développement", Amount: cost.Euros(180000)},
		{Category: cost.Equipment, Label: "Serveurs", Amount: cost.Cents(-1200)},
		{Category: "cloud", Label: "Hébergement", Amount: cost.Euros(3000)},
	}
	err := budget.Validate()
	fmt.Println(err)
	var line *cost.LineError
	if errors.As(err, &line) {
		fmt.Println("first problem at index", line.Index, "wraps ErrNegativeAmount:", errors.Is(line, cost.ErrNegativeAmount))
	}
	// Output:
	// cost: line 2 ("Serveurs"): negative amount -12.00
	// cost: line 3 ("Hébergement"): unknown category "cloud"
	// first problem at index 1 wraps ErrNegativeAmount: true
}

func ExamplePolicy_Validate() {
	p := cost.Policy{Rate: cost.Percent(50), Excluded: []cost.Category{cost.Personnel, "materiels"}, Ceiling: cost.Euros(-1)}
	fmt.Println(p.Validate())
	// Output:
	// cost: policy: excluded[1]: unknown category "materiels"
	// cost: policy: ceiling: negative amount -1.00
}

func ExampleCategories() {
	for _, c := range cost.Categories() {
		fmt.Printf("%-11s %s\n", c, c.Label())
	}
	// Output:
	// personnel   Dépenses de personnel
	// materiel    Matériel
	// prestations Prestations externes
	// conseil     Conseil et accompagnement
	// logiciels   Logiciels et licences
	// hebergement Hébergement
	// formation   Formation des agents
	// autre       Autres dépenses
}

// A data project pooled by a syndicat mixte and three EPCI, under the first
// session of the « données » call (50 % hors personnel et matériel): the
// State's grant, then what is left, divided among the members by
// population.
func Example_mutualisation() {
	budget := cost.Budget{
		{Category: cost.Services, Label: "Plateforme open data", Amount: cost.Euros(150000)},
		{Category: cost.Consulting, Label: "Accompagnement", Amount: cost.Euros(30000)},
		{Category: cost.Personnel, Label: "Administrateur de données", Amount: cost.Euros(45000)},
		{Category: cost.Equipment, Label: "Serveurs", Amount: cost.Euros(15000)},
	}
	donnees := cost.Policy{Rate: cost.Percent(50), Excluded: []cost.Category{cost.Personnel, cost.Equipment}}
	res, err := cost.Cofinance(budget, donnees)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("Subvention :", res.Grant.French())
	fmt.Println("Reste à charge :", res.Remainder.French())

	shares, err := cost.Split(res.Remainder,
		[]string{"Syndicat mixte", "CA du Val", "CC des Rives", "CC du Plateau"},
		[]int64{48250, 287430, 126875, 57640})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range shares {
		fmt.Printf("  %-14s %s\n", s.Party, s.Amount.French())
	}
	// Output:
	// Subvention : 90 000,00 €
	// Reste à charge : 150 000,00 €
	//   Syndicat mixte 13 913,05 €
	//   CA du Val      82 881,42 €
	//   CC des Rives   36 584,84 €
	//   CC du Plateau  16 620,69 €
}
