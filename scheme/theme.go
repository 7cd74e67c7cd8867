package scheme

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
// list of themes, like any other value than the constants, and it neither
// marshals nor unmarshals. A project that says nothing of its themes has an
// empty [Project.Themes].
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

// themeWant lists the accepted themes in error messages.
const themeWant = "services, donnees, cooperation, outils-agents, formation or infrastructure"

// Themes returns every Theme, in the order of the constants. The slice is new
// on every call: the caller may modify it.
func Themes() []Theme {
	return []Theme{ThemeServices, ThemeDonnees, ThemeCooperation, ThemeOutilsAgents, ThemeFormation, ThemeInfrastructure}
}

// ParseTheme returns the Theme whose slug is s, such as "donnees". It returns
// an error wrapping [ErrUnknownValue], which quotes s, for any other text,
// including "". For every Theme t in [Themes], ParseTheme(string(t)) is t.
func ParseTheme(s string) (Theme, error) {
	t := Theme(s)
	if !t.IsValid() {
		return "", unknownValue("parse theme", s, themeWant)
	}
	return t, nil
}

// IsValid reports whether t is one of [Themes].
func (t Theme) IsValid() bool {
	switch t {
	case ThemeServices, ThemeDonnees, ThemeCooperation, ThemeOutilsAgents, ThemeFormation, ThemeInfrastructure:
		return true
	}
	return false
}

// Label returns the French name of t, for people: "Services aux usagers",
// "Données", "Coopération", "Outils de travail des agents", "Formation des
// agents au numérique" or "Infrastructures et équipements". For an unknown
// Theme it returns t itself.
func (t Theme) Label() string {
	switch t {
	case ThemeServices:
		return "Services aux usagers"
	case ThemeDonnees:
		return "Données"
	case ThemeCooperation:
		return "Coopération"
	case ThemeOutilsAgents:
		return "Outils de travail des agents"
	case ThemeFormation:
		return "Formation des agents au numérique"
	case ThemeInfrastructure:
		return "Infrastructures et équipements"
	}
	return string(t)
}

// MarshalText implements [encoding.TextMarshaler]: the text is the slug. It
// returns an error wrapping [ErrUnknownValue] for an unknown Theme, ""
// included.
func (t Theme) MarshalText() ([]byte, error) {
	if !t.IsValid() {
		return nil, unknownValue("marshal theme", string(t), themeWant)
	}
	return []byte(t), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseTheme] accepts. On error it leaves t unchanged.
func (t *Theme) UnmarshalText(text []byte) error {
	v, err := ParseTheme(string(text))
	if err != nil {
		return err
	}
	*t = v
	return nil
}
