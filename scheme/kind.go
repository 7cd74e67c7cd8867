package scheme

import "github.com/planrelance/numerique/internal/enum"

// Kind is the legal nature of a body that takes part in a project: a
// collectivité territoriale (commune, département, région, collectivité à
// statut particulier), a groupement of collectivités (EPCI à fiscalité
// propre, syndicat mixte or other mutualisation network), or a partner
// (association, company, other body).
//
// Kind is a string type whose values are stable ASCII slugs, the constants
// below, for JSON and logs; [Kind.Label] gives the French wording. == compares
// Kinds and a Kind may be used as a map key; it is immutable and safe for
// concurrent use.
//
// The zero value, "", is "not given": it is not one of [Kinds] and
// [Kind.IsValid] reports false, but it is no error — [Project.Validate]
// accepts it and [Scheme.Check] judges the criteria that need it Unknown.
// Any other value than the constants is unknown: [Project.Validate] refuses
// it, [Scheme.Check] judges it NotMet, it prints as `%!Kind("mairie")`, and
// it neither marshals nor unmarshals.
//
// In JSON a Kind is its slug, the zero Kind "". A JSON null leaves a Kind as
// it was, as encoding/json does for every value that cannot be null; in a
// list, whose elements encoding/json makes anew, it gives the zero Kind,
// "not given", which encodes back as "".
type Kind string

// The kinds of bodies, in the order of [Kinds].
const (
	Commune           Kind = "commune"            // commune
	EPCI              Kind = "epci"               // EPCI à fiscalité propre (communauté de communes, d'agglomération, urbaine, métropole)
	Departement       Kind = "departement"        // département
	Region            Kind = "region"             // région
	StatutParticulier Kind = "statut-particulier" // collectivité à statut particulier, such as the collectivités d'outre-mer
	Syndicat          Kind = "syndicat"           // syndicat mixte or other mutualisation network: a groupement
	Partenaire        Kind = "partenaire"         // association, company or other partner
)

// kinds is the text of every Kind: the slug, which is the Kind itself, and
// the French label.
var kinds = enum.MustTable("scheme.Kind",
	enum.Value[Kind]{V: Commune, Slug: "commune", Label: "Commune", Go: "scheme.Commune"},
	enum.Value[Kind]{V: EPCI, Slug: "epci", Label: "EPCI à fiscalité propre", Go: "scheme.EPCI"},
	enum.Value[Kind]{V: Departement, Slug: "departement", Label: "Département", Go: "scheme.Departement"},
	enum.Value[Kind]{V: Region, Slug: "region", Label: "Région", Go: "scheme.Region"},
	enum.Value[Kind]{V: StatutParticulier, Slug: "statut-particulier", Label: "Collectivité à statut particulier", Go: "scheme.StatutParticulier"},
	enum.Value[Kind]{V: Syndicat, Slug: "syndicat", Label: "Syndicat mixte ou groupement", Go: "scheme.Syndicat"},
	enum.Value[Kind]{V: Partenaire, Slug: "partenaire", Label: "Partenaire", Go: "scheme.Partenaire"},
)

// Kinds returns every Kind, in the order of the constants: the collectivités
// and groupements, then partners. The slice is new on every call: the caller
// may modify it.
func Kinds() []Kind { return kinds.Values() }

// ParseKind returns the Kind whose slug is s, such as "epci". It returns an
// error wrapping [ErrUnknownValue], which quotes s, for any other text,
// including "":
//
//	scheme: parse kind "mairie": unknown value: want commune, epci, departement, region, statut-particulier, syndicat or partenaire
//
// For every Kind k in [Kinds], ParseKind(k.String()) is k.
func ParseKind(s string) (Kind, error) { return kinds.ParseText(s, ErrUnknownValue) }

// IsValid reports whether k is one of [Kinds]. The zero Kind, "not given",
// is not.
func (k Kind) IsValid() bool { return kinds.IsValid(k) }

// IsCollectivite reports whether k is a collectivité territoriale: a
// commune, a département, a région or a collectivité à statut particulier.
func (k Kind) IsCollectivite() bool {
	switch k {
	case Commune, Departement, Region, StatutParticulier:
		return true
	}
	return false
}

// IsGroupement reports whether k is a groupement of collectivités: an EPCI à
// fiscalité propre or a syndicat mixte (or other mutualisation network).
func (k Kind) IsGroupement() bool {
	return k == EPCI || k == Syndicat
}

// String returns the slug of k, for programs and logs: "commune",
// "statut-particulier", or "" for the zero Kind. An unknown Kind prints as
// `%!Kind("mairie")`.
func (k Kind) String() string {
	if k == "" {
		return ""
	}
	return kinds.String(k)
}

// Label returns the French name of k, for people: "Commune", "EPCI à
// fiscalité propre", "Département", "Région", "Collectivité à statut
// particulier", "Syndicat mixte ou groupement" or "Partenaire". For the zero
// Kind and unknown kinds it returns k itself, as given, without
// allocating.
func (k Kind) Label() string {
	if label, ok := kinds.LookupLabel(k); ok {
		return label
	}
	return string(k)
}

// GoString returns the Go expression that builds k: "scheme.Commune", or
// `scheme.Kind("")` and `scheme.Kind("mairie")` for the zero Kind and an
// unknown one. It is what the %#v verb prints, and what testify shows of a
// Kind in a failing assertion.
func (k Kind) GoString() string { return kinds.GoString(k) }

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Kind.String], "" for the zero Kind. It returns an error wrapping
// [ErrUnknownValue] for an unknown Kind, so that no unknown value is ever
// written.
func (k Kind) MarshalText() ([]byte, error) {
	if k == "" {
		return []byte{}, nil
	}
	return kinds.Marshal(k, ErrUnknownValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseKind] accepts, and the empty text, which gives the zero Kind. On
// error it leaves k unchanged.
func (k *Kind) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*k = ""
		return nil
	}
	return kinds.Unmarshal(text, k, ErrUnknownValue)
}
