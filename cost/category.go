package cost

import (
	"github.com/planrelance/numerique/internal/enum"
	"github.com/planrelance/numerique/internal/quote"
)

// Category is a kind of cost in a budget, named by a stable French slug
// that JSON and logs carry: "personnel", "materiel", "prestations"…
//
// Category is a string value, comparable with == and usable as a map key.
// The eight constants below are the known categories; [Category.IsValid]
// tells them from any other string, which the package refuses as
// [ErrUnknownCategory] wherever it reads one.
//
// The zero value, "", is not a known category.
type Category string

// The known categories, in the order [Categories] returns them.
const (
	Personnel  Category = "personnel"   // dépenses de personnel (agents, titre 2)
	Equipment  Category = "materiel"    // matériel: hardware, devices
	Services   Category = "prestations" // external services: development, integration, design
	Consulting Category = "conseil"     // consulting, assistance à maîtrise d'ouvrage, change management
	Software   Category = "logiciels"   // software licences and subscriptions
	Hosting    Category = "hebergement" // hosting, cloud
	Training   Category = "formation"   // training of agents
	Other      Category = "autre"       // any other cost
)

// categoryTable is the one table of the known categories, in the order of
// [Categories]: each with its slug, its French label and its Go name. Every
// method of Category reads it, and so does every list of the categories in
// the package, but for the switch of [Category.index], which
// TestCategoryIndex holds to it.
var categoryTable = enum.MustTable("cost.Category",
	enum.Value[Category]{V: Personnel, Slug: string(Personnel), Label: "Dépenses de personnel", Go: "cost.Personnel"},
	enum.Value[Category]{V: Equipment, Slug: string(Equipment), Label: "Matériel", Go: "cost.Equipment"},
	enum.Value[Category]{V: Services, Slug: string(Services), Label: "Prestations externes", Go: "cost.Services"},
	enum.Value[Category]{V: Consulting, Slug: string(Consulting), Label: "Conseil et accompagnement", Go: "cost.Consulting"},
	enum.Value[Category]{V: Software, Slug: string(Software), Label: "Logiciels et licences", Go: "cost.Software"},
	enum.Value[Category]{V: Hosting, Slug: string(Hosting), Label: "Hébergement", Go: "cost.Hosting"},
	enum.Value[Category]{V: Training, Slug: string(Training), Label: "Formation des agents", Go: "cost.Training"},
	enum.Value[Category]{V: Other, Slug: string(Other), Label: "Autres dépenses", Go: "cost.Other"},
)

// categoryOrder is the table's values, in order, for categoryAt. It is made
// once and never changed.
var categoryOrder = categoryTable.Values()

// Categories returns the known categories, in a new slice on every call:
// Personnel, Equipment, Services, Consulting, Software, Hosting, Training,
// Other.
func Categories() []Category { return categoryTable.Values() }

// ParseCategory returns the category whose slug is s, exactly as written:
// "materiel" is [Equipment]; "Materiel", "matériel" and "" are not slugs.
// Any other text gives an error wrapping [ErrUnknownCategory] that quotes
// s and lists the slugs:
//
//	cost: parse category "xyz": unknown category: want personnel, materiel, prestations, conseil, logiciels, hebergement, formation or autre
func ParseCategory(s string) (Category, error) {
	c, ok := categoryTable.Parse(s)
	if !ok {
		return "", parseError("category", s, ErrUnknownCategory, "want "+categoryTable.Want())
	}
	return c, nil
}

// IsValid reports whether c is one of the known categories.
func (c Category) IsValid() bool { return c.index() >= 0 }

// index returns the position of c in the table, or -1 for an unknown
// category.
//
// It is a switch rather than a walk through the table because Cofinance
// calls it for every line and every excluded category: BenchmarkCofinance
// takes 35 to 45 % longer with a walk (medians of twelve interleaved runs
// of each, twice, on the machine of the README under load: 151 ns with the
// switch against 204 ns with the walk, and 199 against 291 ns).
// TestCategoryIndex holds it to the table.
func (c Category) index() int {
	switch c {
	case Personnel:
		return 0
	case Equipment:
		return 1
	case Services:
		return 2
	case Consulting:
		return 3
	case Software:
		return 4
	case Hosting:
		return 5
	case Training:
		return 6
	case Other:
		return 7
	}
	return -1
}

// categoryAt returns Categories()[i] without allocating, for i in [0, 8).
func categoryAt(i int) Category { return categoryOrder[i] }

// String returns the slug of c, or, for an unknown category, its text
// quoted as fmt marks a bad value: %!Category("xyz"), %!Category("").
func (c Category) String() string { return categoryTable.String(c) }

// Label returns the French label of c: "Dépenses de personnel",
// "Matériel", "Prestations externes", "Conseil et accompagnement",
// "Logiciels et licences", "Hébergement", "Formation des agents",
// "Autres dépenses". An unknown category gives [Category.String]:
// %!Category("xyz").
func (c Category) Label() string { return categoryTable.Label(c) }

// GoString returns the Go that builds c, so that %#v and a failing
// assert.Equal print it readably: "cost.Equipment", or
// `cost.Category("xyz")` for an unknown category.
func (c Category) GoString() string { return categoryTable.GoString(c) }

// MarshalText returns the slug of c, and an empty text for the zero
// Category, as a JSON field that was absent decodes. It fails, with an error
// wrapping [ErrUnknownCategory], for any other unknown category, so that
// what is written can always be read back.
func (c Category) MarshalText() ([]byte, error) {
	if c != "" && !c.IsValid() {
		return nil, newError("cost: marshal category "+quote.Input(string(c))+": "+ErrUnknownCategory.Error(), ErrUnknownCategory)
	}
	return []byte(c), nil
}

// UnmarshalText sets c to the category whose slug is text, read by
// [ParseCategory]; an empty text gives the zero Category, so that every
// Category that MarshalText writes is read back (and a budget line without a
// category is then refused by [Budget.Validate], not by the decoder). On
// error c is unchanged.
func (c *Category) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = ""
		return nil
	}
	v, err := ParseCategory(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
