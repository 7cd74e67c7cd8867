package scheme

// Body is a body that takes part in a project: the lead applicant or one of
// the members that pool it.
//
// Body is a plain value type of comparable fields: == compares Bodies and a
// Body may be used as a map key. It has no methods that modify it.
//
// The zero value is a body about which nothing is known. Each field's zero
// value means "not given": an empty Kind is not an error but an open
// question, and a Population of 0 is "unknown", not "nobody" — the
// [CodeAmpleur] criterion lists it in [Eligibility.Missing].
//
// In JSON a Body is {"id", "name", "kind", "population",
// "departement_code"}, the Kind as its slug; what is not given, "" or 0, is
// left out: the zero Body is {}.
type Body struct {
	// ID identifies the body: its SIREN number, or any key stable in the
	// caller's application. [Project.Validate] refuses a non-empty ID given
	// twice in a project, whose population would count twice.
	ID string `json:"id,omitempty"`
	// Name is the body's name, for people: « Gironde Numérique ».
	Name string `json:"name,omitempty"`
	// Kind is the body's legal nature; "" when not given.
	Kind Kind `json:"kind,omitempty"`
	// Population is the number of inhabitants the body covers; 0 when not
	// given. A negative population is invalid. The population of a
	// [Partenaire] is never counted: a partner covers no inhabitants.
	Population int `json:"population,omitempty"`
	// DepartementCode is the INSEE code of the body's département, or of
	// its collectivité d'outre-mer: "38", "2A", "971", "975"; "" when not
	// given. A région, which spans several départements, has none.
	// Package scheme/territoire fills it in; the financing rules read it, since
	// the law exempts the collectivités of some overseas territories from
	// the owner's minimum participation.
	DepartementCode string `json:"departement_code,omitempty"`
}
