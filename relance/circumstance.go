package relance

import (
	"github.com/planrelance/numerique/internal/enum"
	"github.com/planrelance/numerique/scheme"
)

// Circumstance is what the caller states of an operation that the law on
// the owner's least participation treats apart (CGCT, art. L1111-9 and
// L1111-10 III): a competence of which a collectivité is chef de file,
// a derogation granted by the préfet, an operation of urban renewal. Such
// facts are in no record the library reads; the caller, who knows them,
// says which one holds, and [RuleFor] applies it.
//
// Circumstance is an integer value, comparable with == and usable as a map
// key. Any value but the constants below is invalid: [RuleFor] refuses it.
// The zero value is [Ordinary], the general rule.
type Circumstance int

// The circumstances, each with the text that sets it.
const (
	// Ordinary is the general rule: a collectivité or a groupement that
	// carries an investment operation brings at least 20 % of all its public
	// funding (CGCT, art. L1111-10 III).
	Ordinary Circumstance = iota
	// ChefDeFile is an operation within a competence of which a collectivité
	// is chef de file: the owner brings at least 30 % of the public funding
	// (CGCT, art. L1111-9 and L1111-10 III).
	ChefDeFile
	// ChefDeFileConvention is such an operation when the convention
	// territoriale d'exercice concerté of the competence departs from the
	// 30 %, as the collectivités that sign it may agree (CGCT, art. L1111-9;
	// record PREF-84): the general 20 % of art. L1111-10 III applies. A
	// convention that sets another share is the caller's to apply, in
	// [cost.Limits.OwnShare].
	ChefDeFileConvention
	// MonumentDerogation is the renovation of a monument protected under the
	// code du patrimoine, for which the préfet of the département granted a
	// derogation (CGCT, art. L1111-10 III): no least
	// participation. Without the derogation, such an operation is Ordinary.
	MonumentDerogation
	// CalamityDerogation is the repair of damage caused by a public calamity,
	// for which the préfet granted a derogation in view of the damage and of
	// the owner's means (CGCT, art. L1111-10 III): no least
	// participation.
	CalamityDerogation
	// UrbanRenewal is an operation under art. 9 of loi n° 2003-710 du 1er
	// août 2003 d'orientation et de programmation pour la ville et la
	// rénovation urbaine, which art. L1111-10 III leaves to that law: no
	// least participation.
	UrbanRenewal
	// HeritageDerogation is an operation on heritage that is not protected,
	// for which the préfet of the département granted the derogation,
	// finding it justified by urgency or by public necessity, or finding
	// the least participation out of proportion with the owner's financial
	// means: the third paragraph of art. L1111-10 III as loi n° 2019-1461
	// du 27 décembre 2019 relative à l'engagement dans la vie locale et à
	// la proximité de l'action publique completed it, in force from 29
	// December 2019 and so throughout 2021. No least participation.
	HeritageDerogation
	// OpenSyndicate is a lead that is a syndicat mixte ouvert élargi — one
	// that associates, besides collectivités and their groupements, other
	// public persons such as chambres consulaires (CGCT, art. L5721-2). The
	// least participation binds « toute collectivité territoriale ou tout
	// groupement de collectivités territoriales » (art. L1111-10 III), and
	// art. L5111-1 lists among the groupements the syndicats mixtes of
	// art. L5711-1 (fermés) and L5721-8 (ouverts of collectivités and
	// groupements only), not the others: [choice] by the letter of those
	// texts, the rule does not bind a syndicat mixte ouvert élargi. A lead
	// of Kind [scheme.Syndicat] may be any syndicat mixte, and the library
	// cannot tell which: it applies the rule unless the caller states this
	// circumstance, which only a syndicat may.
	OpenSyndicate
)

// circumstances is the text of every Circumstance.
var circumstances = enum.MustTable("relance.Circumstance",
	enum.Value[Circumstance]{V: Ordinary, Slug: "ordinaire", Label: "Cas général", Go: "relance.Ordinary"},
	enum.Value[Circumstance]{V: ChefDeFile, Slug: "chef-de-file", Label: "Compétence à chef de file", Go: "relance.ChefDeFile"},
	enum.Value[Circumstance]{V: ChefDeFileConvention, Slug: "chef-de-file-convention", Label: "Compétence à chef de file, convention territoriale d’exercice concerté contraire", Go: "relance.ChefDeFileConvention"},
	enum.Value[Circumstance]{V: MonumentDerogation, Slug: "derogation-monument", Label: "Rénovation d’un monument protégé, dérogation du préfet", Go: "relance.MonumentDerogation"},
	enum.Value[Circumstance]{V: CalamityDerogation, Slug: "derogation-calamite", Label: "Réparation des dégâts d’une calamité publique, dérogation du préfet", Go: "relance.CalamityDerogation"},
	enum.Value[Circumstance]{V: UrbanRenewal, Slug: "renovation-urbaine", Label: "Rénovation urbaine (loi n°\u00a02003-710, art. 9)", Go: "relance.UrbanRenewal"},
	enum.Value[Circumstance]{V: HeritageDerogation, Slug: "derogation-patrimoine", Label: "Patrimoine non protégé, dérogation du préfet", Go: "relance.HeritageDerogation"},
	enum.Value[Circumstance]{V: OpenSyndicate, Slug: "syndicat-mixte-ouvert-elargi", Label: "Syndicat mixte ouvert élargi", Go: "relance.OpenSyndicate"},
)

// circumstanceArticles holds the text that sets each circumstance, by value.
var circumstanceArticles = [...]string{
	Ordinary:             "CGCT, art. L1111-10 III",
	ChefDeFile:           "CGCT, art. L1111-9 et L1111-10",
	ChefDeFileConvention: "CGCT, art. L1111-9 et L1111-10",
	MonumentDerogation:   "CGCT, art. L1111-10 III",
	CalamityDerogation:   "CGCT, art. L1111-10 III",
	UrbanRenewal:         "CGCT, art. L1111-10 III\u00a0; loi n°\u00a02003-710 du 1er août 2003, art. 9",
	HeritageDerogation:   "CGCT, art. L1111-10 III, complété par la loi n°\u00a02019-1461 du 27 décembre 2019",
	OpenSyndicate:        "CGCT, art. L1111-10 et L5111-1",
}

// Circumstances returns every circumstance, in the order of the constants,
// in a new slice.
func Circumstances() []Circumstance { return circumstances.Values() }

// ParseCircumstance returns the circumstance that s names: "ordinaire",
// "chef-de-file", "chef-de-file-convention", "derogation-monument",
// "derogation-calamite", "renovation-urbaine", "derogation-patrimoine" or
// "syndicat-mixte-ouvert-elargi". Any other text gives an
// error wrapping [scheme.ErrUnknownValue] that quotes s:
//
//	relance: parse circumstance "dsil": unknown value: want ordinaire, chef-de-file, …
func ParseCircumstance(s string) (Circumstance, error) {
	return circumstances.ParseText(s, scheme.ErrUnknownValue)
}

// IsValid reports whether c is one of the circumstances.
func (c Circumstance) IsValid() bool { return circumstances.IsValid(c) }

// String returns the slug of c, "chef-de-file"; an invalid circumstance
// prints as "%!Circumstance(9)".
func (c Circumstance) String() string { return circumstances.String(c) }

// Label returns the French wording of c: « Compétence à chef de file »;
// for an invalid circumstance, the same text as [Circumstance.String].
func (c Circumstance) Label() string { return circumstances.Label(c) }

// Article returns the text that sets c, as French texts cite it: « CGCT,
// art. L1111-9 et L1111-10 »; "" for an invalid circumstance.
func (c Circumstance) Article() string {
	if !c.IsValid() {
		return ""
	}
	return circumstanceArticles[c]
}

// GoString returns the Go constant of c, "relance.ChefDeFile", or
// "relance.Circumstance(9)".
func (c Circumstance) GoString() string { return circumstances.GoString(c) }

// MarshalText writes c as its slug; an invalid circumstance is an error
// wrapping [scheme.ErrUnknownValue].
func (c Circumstance) MarshalText() ([]byte, error) {
	return circumstances.Marshal(c, scheme.ErrUnknownValue)
}

// UnmarshalText reads what [ParseCircumstance] reads; on error c is
// unchanged.
func (c *Circumstance) UnmarshalText(text []byte) error {
	return circumstances.Unmarshal(text, c, scheme.ErrUnknownValue)
}
