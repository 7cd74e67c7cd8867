package bridge

import (
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/scheme"
)

// Choice is one value that a field of the form offers: its slug, which the
// request carries, and its French label.
type Choice struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// Catalogue is what the form offers, so that the page holds no list of its
// own: every choice comes from the library.
type Catalogue struct {
	Kinds      []Choice `json:"kinds"`      // scheme.Kinds, with their labels
	Answers    []Choice `json:"answers"`    // yes, no, and unanswered ("")
	Themes     []Choice `json:"themes"`     // scheme.Themes
	Practices  []Choice `json:"practices"`  // scheme.Practices
	Categories []Choice `json:"categories"` // cost.Categories
	// Lookup reports whether the bridge reads bodies by their official
	// code, having a Lookup and a Complete: when it does, the page offers
	// a code field for each body.
	Lookup bool `json:"lookup"`
	// Search reports whether the bridge proposes bodies for a name
	// ([Bridge.Propose]): when it does, the page proposes them under each
	// body's name field.
	Search bool `json:"search"`
	// Source names the data on the territories, which the page credits;
	// "" without them.
	Source string `json:"source"`
	// Example is the project that the page shows first: the default project
	// of examples/orientation.
	Example Request `json:"example"`
}

// Catalogue returns what the form offers, as [Bridge.CatalogueJSON] gives
// it to the page.
func (b Bridge) Catalogue() Catalogue {
	c := Catalogue{Lookup: b.codes(), Search: b.Search != nil, Source: b.Source, Example: Example()}
	for _, k := range scheme.Kinds() {
		c.Kinds = append(c.Kinds, Choice{string(k), k.Label()})
	}
	for _, a := range []scheme.Answer{scheme.Yes, scheme.No, scheme.Unanswered} {
		label := a.Label()
		if a == scheme.Unanswered {
			label = "Je ne sais pas encore"
		}
		c.Answers = append(c.Answers, Choice{a.String(), label})
	}
	for _, t := range scheme.Themes() {
		c.Themes = append(c.Themes, Choice{string(t), t.Label()})
	}
	for _, p := range scheme.Practices() {
		c.Practices = append(c.Practices, Choice{string(p), p.Label()})
	}
	for _, cat := range cost.Categories() {
		c.Categories = append(c.Categories, Choice{string(cat), cat.Label()})
	}
	return c
}

// CatalogueJSON returns [Bridge.Catalogue] as JSON: the function the page
// calls once, to build its form.
func (b Bridge) CatalogueJSON() []byte { return mustJSON(b.Catalogue()) }

// Example returns the project that the page shows first, as the form holds
// it: the default project of examples/orientation, which the README orients
// — a syndicat mixte pooling three EPCI for a data project, on 1 March 2021.
func Example() Request {
	return Request{
		On:    "01/03/2021",
		Title: "Entrepôt de données territorial mutualisé",
		Lead:  BodyInput{Name: "Syndicat mixte du numérique", Kind: "syndicat"},
		Members: []BodyInput{
			{Name: "Communauté d’agglomération du Nord", Kind: "epci", Population: "350 000"},
			{Name: "Communauté de communes du Val", Kind: "epci", Population: "120 000"},
			{Name: "Communauté de communes des Monts", Kind: "epci", Population: "90 000"},
		},
		Departement: "no",
		SharedNeed:  "yes",
		Themes:      []string{"donnees"},
		Practices:   []string{"code-ouvert"},
		Start:       "01/04/2021",
		Results:     "30/06/2022",
		Budget: []LineInput{
			{Category: "prestations", Label: "Développement de l’entrepôt", Amount: "180 000"},
			{Category: "conseil", Label: "Accompagnement", Amount: "30 000"},
			{Category: "personnel", Label: "Chef de projet", Amount: "60 000"},
			{Category: "materiel", Label: "Serveurs", Amount: "20 000"},
		},
	}
}
