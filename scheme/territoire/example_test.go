package territoire_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
)

// A commune by its INSEE code, a région by its ID, a code that lost its
// leading zero in a spreadsheet, and a département of Corse, a
// circonscription of the Collectivité de Corse since 2018. The populations
// are the populations légales en vigueur en 2021 (millésime 2018),
// population municipale.
func ExampleLookup() {
	for _, code := range []string{"38185", "200 040 715", "R84", "972", "1001", "2A"} {
		b, err := territoire.Lookup(code)
		if err != nil {
			fmt.Println(err)
			fmt.Println(errors.Is(err, territoire.ErrUnknown))
			continue
		}
		fmt.Printf("%s: %s, %s, %s habitants, département %q\n", b.ID, b.Name, b.Kind.Label(), french.Visible(french.Int(int64(b.Population))), b.DepartementCode)
	}
	// Output:
	// 38185: Grenoble, Commune, 157^650 habitants, département "38"
	// 200040715: Grenoble-Alpes-Métropole, EPCI à fiscalité propre, 445^059 habitants, département "38"
	// R84: Auvergne-Rhône-Alpes, Région, 7^994^459 habitants, département ""
	// 972: Martinique, Collectivité à statut particulier, 368^783 habitants, département "972"
	// territoire: lookup "1001": unknown code; did you mean "01001" (L'Abergement-Clémenciat, commune)?
	// true
	// territoire: lookup "2A": unknown code; did you mean "R94" (Collectivité de Corse, region)?
	// true
}

// The communes of an EPCI. Their populations, of the same vintage as the
// EPCI's, sum exactly to its own.
func ExampleMembers() {
	epci, _ := territoire.Lookup("243800984")
	members, err := territoire.Members(epci.ID)
	if err != nil {
		fmt.Println(err)
		return
	}
	sum := 0
	for _, m := range members {
		sum += m.Population
	}
	fmt.Printf("%s: %d communes, de %s à %s\n", epci.Name, len(members), members[0].Name, members[len(members)-1].Name)
	fmt.Printf("population : %d ; celle de ses communes : %d\n", epci.Population, sum)
	// Output:
	// CA du Pays Voironnais: 31 communes, de Bilieu à Vourey
	// population : 93573 ; celle de ses communes : 93573
}

// Search for an input field: without case or accents, the exact name first,
// then the names that start with it, then those that hold it, each from the
// most populous.
func ExampleSearch() {
	for _, b := range territoire.Search("saint etienne")[:4] {
		fmt.Printf("%s %s (%s)\n", b.ID, b.Name, b.Kind)
	}
	// Output:
	// 42218 Saint-Étienne (commune)
	// 244200770 Saint-Etienne Métropole (epci)
	// 76575 Saint-Étienne-du-Rouvray (commune)
	// 44158 Saint-Étienne-de-Montluc (commune)
}

// The EPCI that reach the first session's threshold alone, in the order of
// their SIREN.
func ExampleAll() {
	for _, e := range territoire.All(scheme.EPCI) {
		if e.Population >= 500000 {
			fmt.Println(e.Name, e.Population)
		}
	}
	// Output:
	// Métropole Nice Côte d'Azur 540281
	// Métropole de Lyon 1398892
	// Métropole du Grand Paris 7075028
	// Métropole d'Aix-Marseille-Provence 1889666
	// Métropole Européenne de Lille 1174273
	// Toulouse Métropole 783353
	// Bordeaux Métropole 801041
	// Nantes Métropole 656275
	// Eurométropole de Strasbourg 500510
}

// A test suite builds its fixtures from real bodies: Grenoble-Alpes-Métropole
// leads a data project alone, and then pooled with its neighbour, the CA du
// Pays Voironnais. Its 445 059 inhabitants are not at scale in the first
// session (500 000), and are in the second (300 000); the two EPCI together
// are in both.
func Example_fixture() {
	lead, err := territoire.Lookup("200040715")
	if err != nil {
		fmt.Println(err)
		return
	}
	neighbour, err := territoire.Lookup("243800984")
	if err != nil {
		fmt.Println(err)
		return
	}
	donnees, err := scheme.Get(scheme.Donnees)
	if err != nil {
		fmt.Println(err)
		return
	}
	p := scheme.Project{
		Title:       "Entrepôt de données métropolitain",
		Lead:        lead,
		Departement: scheme.No,
		Themes:      []scheme.Theme{scheme.ThemeDonnees},
	}
	for _, members := range [][]scheme.Body{nil, {neighbour}} {
		p.Members = members
		if err := p.Validate(); err != nil {
			fmt.Println(err)
			return
		}
		for _, on := range []calendar.Date{calendar.MustDate(2021, time.March, 1), calendar.MustDate(2021, time.October, 15)} {
			session := donnees.SessionOn(on)
			c, _ := session.Check(p).Criterion(scheme.CodeAmpleur)
			f := c.Facts()
			who := lead.Name
			for _, m := range members {
				who += " + " + m.Name
			}
			fmt.Printf("%s, %s: %d of %d, %s\n", who, session.ID(), f.Covered, f.Threshold, c.Outcome)
		}
	}
	// Output:
	// Grenoble-Alpes-Métropole, session-1: 445059 of 500000, not-met
	// Grenoble-Alpes-Métropole, session-2: 445059 of 300000, met
	// Grenoble-Alpes-Métropole + CA du Pays Voironnais, session-1: 538632 of 500000, met
	// Grenoble-Alpes-Métropole + CA du Pays Voironnais, session-2: 538632 of 300000, met
}

// A syndicat pools Grenoble-Alpes-Métropole and Grenoble, a commune of that
// same métropole, given by their codes: Complete names them, counts
// Grenoble's inhabitants once and says that no département is whole. The
// project covers 445 059 inhabitants, below the first session's 500 000.
func ExampleComplete() {
	p := scheme.Project{
		Title:   "Gestion de la relation aux usagers",
		Lead:    scheme.Body{ID: "200040715"},
		Members: []scheme.Body{{ID: "38185"}},
	}
	p, err := territoire.Complete(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	sum := p.Lead.Population
	for _, m := range p.Members {
		sum += m.Population
	}
	fmt.Printf("%s (%d) + %s (%d)\n", p.Lead.Name, p.Lead.Population, p.Members[0].Name, p.Members[0].Population)
	fmt.Printf("comptés deux fois : %d ; population couverte : %d\n", p.Overlap, sum-p.Overlap)
	fmt.Println("département entier :", p.Departement)
	// Output:
	// Grenoble-Alpes-Métropole (445059) + Grenoble (157650)
	// comptés deux fois : 157650 ; population couverte : 445059
	// département entier : no
}

// The three EPCI of the Territoire de Belfort cover the whole département;
// Ville de Paris is the commune 75056 and the département 75, counted once.
func ExampleComplete_departement() {
	for _, codes := range [][]string{{"200069052", "200069060", "249000241"}, {"75056", "75"}} {
		p := scheme.Project{Lead: scheme.Body{ID: codes[0]}}
		for _, c := range codes[1:] {
			p.Members = append(p.Members, scheme.Body{ID: c})
		}
		p, err := territoire.Complete(p)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%v: chevauchement %d, département entier : %s\n", codes, p.Overlap, p.Departement)
	}
	// Output:
	// [200069052 200069060 249000241]: chevauchement 0, département entier : yes
	// [75056 75]: chevauchement 2175601, département entier : yes
}

// Every unknown code at once, each with its field and its suggestions, and
// a code given twice. "1001 ", four digits, has no code's form: it is the
// caller's own key, left alone.
func ExampleComplete_errors() {
	p := scheme.Project{
		Lead:    scheme.Body{ID: "2A"},
		Members: []scheme.Body{{ID: "38185"}, {ID: "1001 "}, {ID: "38 185"}, {ID: "20004"}},
	}
	_, err := territoire.Complete(p)
	fmt.Println(err)
	fmt.Println(errors.Is(err, territoire.ErrUnknown), errors.Is(err, territoire.ErrDuplicate))
	// Output:
	// territoire: complete Lead.ID "2A": unknown code; did you mean "R94" (Collectivité de Corse, region)?
	// territoire: complete Members[2].ID "38 185": code given twice, as Members[0].ID
	// territoire: complete Members[3].ID "20004": unknown code; did you mean "2A004" (Ajaccio, commune)?
	// true true
}
