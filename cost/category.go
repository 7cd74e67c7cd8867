package cost

import (
	"strconv"

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

// categories is the one table of the known categories: each slug with its
// French label, in the order of [Categories]. Every other list of the
// categories in the package is read from it, but for the switch of
// [Category.index], which a test holds to it.
var categories = [...]struct {
	slug  Category
	label string
}{
	{Personnel, "Dépenses de personnel"},
	{Equipment, "Matériel"},
	{Services, "Prestations externes"},
	{Consulting, "Conseil et accompagnement"},
	{Software, "Logiciels et licences"},
	{Hosting, "Hébergement"},
	{Training, "Formation des agents"},
	{Other, "Autres dépenses"},
}

// Categories returns the known categories, in a new slice on every call:
// Personnel, Equipment, Services, Consulting, Software, Hosting, Training,
// Other.
func Categories() []Category {
	out := make([]Category, len(categories))
	for i, e := range categories {
		out[i] = e.slug
	}
	return out
}

// ParseCategory returns the category whose slug is s, exactly as written:
// "materiel" is [Equipment]; "Materiel", "matériel" and "" are not slugs.
// Any other text gives an error wrapping [ErrUnknownCategory] that quotes
// s.
func ParseCategory(s string) (Category, error) {
	c := Category(s)
	if !c.IsValid() {
		return "", parseError("category", s, ErrUnknownCategory, "")
	}
	return c, nil
}

// IsValid reports whether c is one of the known categories.
func (c Category) IsValid() bool { return c.index() >= 0 }

// index returns the position of c in the table categories, or -1 for an
// unknown category.
//
// It is a switch rather than a walk through the table because Cofinance
// calls it for every line and every excluded category: the compiled switch
// finds a category about four times as fast as comparing the slugs in turn
// (7 against 27 ns for the six lines of BenchmarkCofinance's budget), a
// third of the time of Cofinance. TestCategoryIndex holds it to the table.
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
func categoryAt(i int) Category { return categories[i].slug }

// Label returns the French label of c: "Dépenses de personnel",
// "Matériel", "Prestations externes", "Conseil et accompagnement",
// "Logiciels et licences", "Hébergement", "Formation des agents",
// "Autres dépenses". An unknown category gives "%!Category(" followed by
// its text quoted and ")", as fmt marks a bad value: %!Category("xyz").
func (c Category) Label() string {
	if i := c.index(); i >= 0 {
		return categories[i].label
	}
	return "%!Category(" + strconv.Quote(string(c)) + ")"
}

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
