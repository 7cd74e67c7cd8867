package scheme

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
// it, [Scheme.Check] judges it NotMet, and it neither marshals nor
// unmarshals.
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

// kindWant lists the accepted kinds in error messages.
const kindWant = "commune, epci, departement, region, statut-particulier, syndicat or partenaire"

// Kinds returns every Kind, in the order of the constants: the collectivités
// and groupements, then partners. The slice is new on every call: the caller
// may modify it.
func Kinds() []Kind {
	return []Kind{Commune, EPCI, Departement, Region, StatutParticulier, Syndicat, Partenaire}
}

// ParseKind returns the Kind whose slug is s, such as "epci". It returns an
// error wrapping [ErrUnknownValue], which quotes s, for any other text,
// including "". For every Kind k in [Kinds], ParseKind(string(k)) is k.
func ParseKind(s string) (Kind, error) {
	k := Kind(s)
	if !k.IsValid() {
		return "", unknownValue("parse kind", s, kindWant)
	}
	return k, nil
}

// IsValid reports whether k is one of [Kinds]. The zero Kind, "not given",
// is not.
func (k Kind) IsValid() bool {
	switch k {
	case Commune, EPCI, Departement, Region, StatutParticulier, Syndicat, Partenaire:
		return true
	}
	return false
}

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

// Label returns the French name of k, for people: "Commune", "EPCI à
// fiscalité propre", "Département", "Région", "Collectivité à statut
// particulier", "Syndicat mixte ou groupement" or "Partenaire". For the zero
// Kind and unknown kinds it returns k itself.
func (k Kind) Label() string {
	switch k {
	case Commune:
		return "Commune"
	case EPCI:
		return "EPCI à fiscalité propre"
	case Departement:
		return "Département"
	case Region:
		return "Région"
	case StatutParticulier:
		return "Collectivité à statut particulier"
	case Syndicat:
		return "Syndicat mixte ou groupement"
	case Partenaire:
		return "Partenaire"
	}
	return string(k)
}

// MarshalText implements [encoding.TextMarshaler]: the text is the slug,
// "" for the zero Kind. It returns an error wrapping [ErrUnknownValue] for an
// unknown Kind, so that no unknown value is ever written.
func (k Kind) MarshalText() ([]byte, error) {
	if k != "" && !k.IsValid() {
		return nil, unknownValue("marshal kind", string(k), kindWant)
	}
	return []byte(k), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseKind] accepts, and the empty text, which gives the zero Kind. On
// error it leaves k unchanged.
func (k *Kind) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*k = ""
		return nil
	}
	v, err := ParseKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
