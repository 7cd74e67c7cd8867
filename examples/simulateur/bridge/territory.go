package bridge

import (
	"strings"
	"unicode"

	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
)

// Search finds bodies by name, best first, as scheme/territoire's Search
// does: for a name that a person types, the bodies that it may mean.
type Search func(name string) []scheme.Body

// ProposalLimit is the most bodies that [Bridge.Propose] proposes: enough to
// find one's own, few enough to read through with a screen reader.
const ProposalLimit = 8

// Territory is a body as the data on the territories describe it, for the
// page to show: what an official code names, or what a name may mean.
type Territory struct {
	Code      string `json:"code"`       // its official code: "200040715"
	Name      string `json:"name"`       // « Grenoble-Alpes-Métropole »
	Kind      string `json:"kind"`       // a scheme.Kind slug: "epci"
	KindLabel string `json:"kind_label"` // « EPCI à fiscalité propre »
	// Population is its number of inhabitants, 0 when the data has none;
	// Inhabitants says it in French: « 445 059 habitants », « population
	// inconnue ».
	Population  int    `json:"population"`
	Inhabitants string `json:"inhabitants"`
	// Departement is the name of the one département that holds the body
	// (« Isère »), "" for a département itself and for a body that spans
	// several; DepartementCode is its code: "38".
	Departement     string `json:"departement"`
	DepartementCode string `json:"departement_code"`
}

// Found is the body that an official code of the form names.
type Found struct {
	// Field is the form's code field: "lead.code", "members.1.code".
	Field string `json:"field"`
	Territory
	// Note says which facts the person typed over the official data, which
	// the project counts instead: « Vos saisies remplacent les données
	// officielles pour : la population. »; "" when none.
	Note string `json:"note"`
}

// Proposals are the bodies proposed for a name typed in a body's name
// field. Summary is "" when nothing was searched.
type Proposals struct {
	Query  string      `json:"query"`  // the name, as typed
	Bodies []Territory `json:"bodies"` // best first, at most ProposalLimit; never nil
	// Summary says what was found, for the page to announce: « 3
	// collectivités proposées ».
	Summary string `json:"summary"`
}

// Propose returns the bodies that name may mean, best first, as
// [Bridge.ProposeJSON] gives them to the page. Without a [Search], or for a
// name of less than two letters or digits, it proposes none.
func (b Bridge) Propose(name string) Proposals {
	p := Proposals{Query: name, Bodies: []Territory{}}
	if b.Search == nil || searchable(name) < 2 {
		return p
	}
	for _, body := range b.Search(trim(name)) {
		if len(p.Bodies) == ProposalLimit {
			break
		}
		p.Bodies = append(p.Bodies, b.territory(body))
	}
	switch n := len(p.Bodies); n {
	case 0:
		p.Summary = "Aucune commune, aucun EPCI, département ni région ne porte ce nom."
	case 1:
		p.Summary = "1 collectivité proposée" + french.Colon + "choisissez-la pour remplir son code."
	default:
		p.Summary = french.Int(int64(n)) + " collectivités proposées" + french.Colon + "choisissez la vôtre pour remplir son code."
	}
	return p
}

// ProposeJSON returns [Bridge.Propose] of name as JSON: the function the
// page calls as the person types a name.
func (b Bridge) ProposeJSON(name string) []byte { return mustJSON(b.Propose(name)) }

// searchable counts the letters and digits of s, which Search compares.
func searchable(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// territory describes body for the page, naming its département by the
// lookup.
func (b Bridge) territory(body scheme.Body) Territory {
	t := Territory{
		Code: body.ID, Name: body.Name, Kind: string(body.Kind), KindLabel: body.Kind.Label(),
		Population: body.Population, Inhabitants: inhabitants(body.Population),
		DepartementCode: body.DepartementCode,
	}
	if body.DepartementCode != "" && body.DepartementCode != body.ID && b.Lookup != nil {
		if dep, err := b.Lookup(body.DepartementCode); err == nil {
			t.Departement = dep.Name
		}
	}
	return t
}

// inhabitants says a population in French.
func inhabitants(n int) string {
	if n == 0 {
		return "population inconnue"
	}
	return count(n, "habitant", "habitants")
}

// found describes the official body that the code of field names, the
// facts that the person typed over it, which the project counts instead,
// and how the body is modelled where the law and the data differ.
func (b Bridge) found(field string, official, typed scheme.Body) Found {
	f := Found{Field: field, Territory: b.territory(official)}
	var replaced []string
	if typed.Name != "" && typed.Name != official.Name {
		replaced = append(replaced, "le nom")
	}
	if typed.Kind != "" && typed.Kind != official.Kind {
		replaced = append(replaced, "la nature")
	}
	if typed.Population != 0 && typed.Population != official.Population {
		replaced = append(replaced, "la population")
	}
	var notes []string
	if len(replaced) > 0 {
		notes = append(notes, "Vos saisies remplacent les données officielles pour"+french.Colon+strings.Join(replaced, ", ")+".")
	}
	if m := territoire.Modelling(official.ID); m != "" {
		notes = append(notes, m+".")
	}
	f.Note = strings.Join(notes, " ")
	return f
}
