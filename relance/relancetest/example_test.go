package relancetest_test

import (
	"fmt"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance/relancetest"
)

// A case file states what a reader of the texts expects: here, that 50 %
// of 180 000 € of services, without the 60 000 € of staff, is 90 000 €,
// and that the syndicat's 500 000 inhabitants reach the threshold. Verify
// runs it and counts the branches it reached.
func ExampleVerify() {
	data := []byte(`{
	  "format": "numerique/cas/2",
	  "cases": [{
	    "name": "Syndicat de 500 000 habitants",
	    "source": "[seed] « Cofinancement de 50% hors personnel et matériel »",
	    "date": "2021-03-01",
	    "project": {
	      "lead": {"kind": "syndicat"},
	      "members": [{"id": "a", "kind": "epci", "population": 350000}, {"id": "b", "kind": "epci", "population": 150000}],
	      "departement": "no", "themes": ["donnees"], "start": "2021-04-01", "results": "2022-06-30",
	      "budget": [
	        {"category": "prestations", "label": "Développement", "amount": "180000.00"},
	        {"category": "personnel", "label": "Chef de projet", "amount": "60000.00"}
	      ]
	    },
	    "expect": {
	      "donnees": {"verdict": "eligible", "criteria": {"ampleur": "met"}, "grant": "90000.00"}
	    }
	  }]
	}`)
	f, err := relancetest.Parse("exemple.json", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	rep := relancetest.Verify([]relancetest.File{f})
	for _, res := range rep.Results {
		fmt.Println(res.Case, res.Passed())
		for _, r := range res.Reached {
			fmt.Println(" ", r.Scheme, r.Session, r.Branch.Rule, r.Branch.Code)
		}
	}
	fmt.Println(rep.Coverage.Reached(), "of", rep.Coverage.Total(), "branches")
	// Output:
	// Syndicat de 500 000 habitants true
	//   donnees session-1 ampleur population-atteinte
	//   donnees session-1 exclusions ligne-exclue
	//   donnees session-1 arrondi montant-exact
	// 3 of 60 branches
}

// A misspelt criterion is an error that names the file, the case and the
// path of the key.
func ExampleParse() {
	_, err := relancetest.Parse("cas.json", []byte(`{"format": "numerique/cas/2", "cases": [{
	  "name": "Département porteur", "date": "2021-03-01",
	  "expect": {"donnees": {"criteria": {"ampleurr": "met"}}}}]}`))
	fmt.Println(err)
	// Output:
	// relancetest: load "cas.json": case "Département porteur": cases[0].expect.donnees.criteria.ampleurr: unknown criterion: want demandeur, ampleur, thematique, resultats or commencement
}

// Half of 123 456,79 € is 61 728,395 €: rounding down to the cent changed
// the grant, a branch of the rounding rule; the whole budget counted.
func ExampleFundingBranches() {
	r, err := cost.Cofinance(cost.Budget{{Category: cost.Services, Label: "Développement", Amount: cost.MustParseAmount("123456.79")}},
		cost.Policy{Rate: cost.Percent(50)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Grant, relancetest.FundingBranches(r))
	// Output:
	// 61728.39 [{exclusions aucune-exclusion} {arrondi arrondi-centime-inferieur}]
}
