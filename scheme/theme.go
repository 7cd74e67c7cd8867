package scheme

import "github.com/planrelance/numerique/internal/enum"

// Theme is what a project is about, in the words of the strand: services to
// users, data, cooperation, agents' work tools, agents' training, or
// infrastructure and equipment. A project declares one or more themes
// ([Project.Themes]); each scheme funds some of them (the [CodeThematique]
// criterion).
//
// Theme is a string type whose values are stable ASCII slugs, the constants
// below; [Theme.Label] gives the French wording. == compares Themes and a
// Theme may be used as a map key; it is immutable and safe for concurrent
// use.
//
// The zero value, "", is not a theme: [Project.Validate] refuses it in a
// list of themes, like any other value than the constants; it prints as
// `%!Theme("")`, and it neither marshals nor unmarshals. A project that says
// nothing of its themes has an empty [Project.Themes].
//
// In JSON a Theme is its slug. Since no Theme is null, a JSON null is an
// error ([Theme.UnmarshalJSON]), rather than a zero Theme that could not be
// written back.
type Theme string

// The themes, in the order of [Themes].
const (
	ThemeServices       Theme = "services"       // services to users, their dematerialisation (axis 2, services-usagers)
	ThemeDonnees        Theme = "donnees"        // better use of data: open data, archiving, AI, dashboards (axis 2, donnees)
	ThemeCooperation    Theme = "cooperation"    // cooperation with partners and users (axis 2, cooperation)
	ThemeOutilsAgents   Theme = "outils-agents"  // the agents' work tools
	ThemeFormation      Theme = "formation"      // the agents' digital training
	ThemeInfrastructure Theme = "infrastructure" // networks and equipment: fibre, wifi, antennas, IT hardware
)

// themes is the text of every Theme: the slug, which is the Theme itself,
// and the French label.
var themes = enum.MustTable("scheme.Theme",
	enum.Value[Theme]{V: ThemeServices, Slug: "services", Label: "Services aux usagers", Go: "scheme.ThemeServices"},
	enum.Value[Theme]{V: ThemeDonnees, Slug: "donnees", Label: "Données", Go: "scheme.ThemeDonnees"},
	enum.Value[Theme]{V: ThemeCooperation, Slug: "cooperation", Label: "Coopération", Go: "scheme.ThemeCooperation"},
	enum.Value[Theme]{V: ThemeOutilsAgents, Slug: "outils-agents", Label: "Outils de travail des agents", Go: "scheme.ThemeOutilsAgents"},
	enum.Value[Theme]{V: ThemeFormation, Slug: "formation", Label: "Formation des agents au numérique", Go: "scheme.ThemeFormation"},
	enum.Value[Theme]{V: ThemeInfrastructure, Slug: "infrastructure", Label: "Infrastructures et équipements", Go: "scheme.ThemeInfrastructure"},
)

// Themes returns every Theme, in the order of the constants. The slice is new
// on every call: the caller may modify it.
func Themes() []Theme { return themes.Values() }

// ParseTheme returns the Theme whose slug is s, such as "donnees". It returns
// an error wrapping [ErrUnknownValue], which quotes s, for any other text,
// including "":
//
//	scheme: parse theme "fibre": unknown value: want services, donnees, cooperation, outils-agents, formation or infrastructure
//
// For every Theme t in [Themes], ParseTheme(t.String()) is t.
func ParseTheme(s string) (Theme, error) { return themes.ParseText(s, ErrUnknownValue) }

// IsValid reports whether t is one of [Themes].
func (t Theme) IsValid() bool { return themes.IsValid(t) }

// String returns the slug of t, for programs and logs: "services",
// "outils-agents". An unknown Theme, "" included, prints as
// `%!Theme("fibre")`.
func (t Theme) String() string { return themes.String(t) }

// Label returns the French name of t, for people: "Services aux usagers",
// "Données", "Coopération", "Outils de travail des agents", "Formation des
// agents au numérique" or "Infrastructures et équipements". For an unknown
// Theme it returns t itself, as given, without allocating.
func (t Theme) Label() string {
	if label, ok := themes.LookupLabel(t); ok {
		return label
	}
	return string(t)
}

// GoString returns the Go expression that builds t: "scheme.ThemeDonnees",
// or `scheme.Theme("fibre")` for an unknown Theme. It is what the %#v verb
// prints, and what testify shows of a Theme in a failing assertion.
func (t Theme) GoString() string { return themes.GoString(t) }

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Theme.String]. It returns an error wrapping [ErrUnknownValue] for an
// unknown Theme, "" included.
func (t Theme) MarshalText() ([]byte, error) { return themes.Marshal(t, ErrUnknownValue) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseTheme] accepts. On error it leaves t unchanged.
func (t *Theme) UnmarshalText(text []byte) error { return themes.Unmarshal(text, t, ErrUnknownValue) }

// UnmarshalJSON implements [encoding/json.Unmarshaler]: it accepts a JSON
// string that [ParseTheme] accepts, and refuses null, which encoding/json
// would otherwise leave as the zero Theme, no theme, in a list. The error
// for null (or a number, a bool, an array, an object) is a
// [*encoding/json.UnmarshalTypeError], to which [encoding/json.Unmarshal]
// adds the path of the struct field — not the index in the list, which
// encoding/json does not track:
//
//	json: cannot unmarshal null into Go struct field Project.themes of type scheme.Theme
//
// On error it leaves t unchanged.
func (t *Theme) UnmarshalJSON(data []byte) error { return themes.DecodeJSON(data, t, ErrUnknownValue) }
