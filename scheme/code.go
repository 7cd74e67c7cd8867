package scheme

import "github.com/planrelance/numerique/internal/enum"

// CriterionCode identifies the rule that a [Criterion] judges: who may lead
// (CodeDemandeur), the scale of the project (CodeAmpleur), and so on, in the
// order in which [Session.Check] judges them. Each criterion is judged only
// where the session's [Rules] ask for it.
//
// CriterionCode is a small integer value type; == compares codes and a code
// may be used as a map key. It is immutable and safe for concurrent use.
// Its text is a stable ASCII slug, for programs, JSON and logs ("ampleur",
// "besoin-commun"); [CriterionCode.Label] gives the French name of the rule.
//
// The zero value is no code, the code of the zero [Criterion]: it is not
// valid, prints, marshals and unmarshals as "". Any other value than the
// constants is invalid: it prints as "%!CriterionCode(9)" and does not
// marshal; a text that names no code does not unmarshal, and the error
// quotes it.
type CriterionCode uint8

// The codes of the criteria, in the order in which [Session.Check] judges
// them.
const (
	// CodeDemandeur ("demandeur"): the lead's kind is one of
	// [Rules.Applicants]. Every session.
	CodeDemandeur CriterionCode = iota + 1
	// CodeAmpleur ("ampleur"): the project is at scale — the lead is a
	// département or a région, or the project covers a whole département,
	// or the population it covers, each inhabitant once, reaches
	// [Rules.Threshold]. Sessions with a threshold.
	CodeAmpleur
	// CodeBesoinCommun ("besoin-commun"): the need is common to other
	// collectivités. Sessions whose rules set [Rules.SharedNeed].
	CodeBesoinCommun
	// CodeThematique ("thematique"): a theme of the project is funded and
	// in scope. Sessions whose rules list [Rules.Themes] or
	// [Rules.ExcludedThemes].
	CodeThematique
	// CodeBonnesPratiques ("bonnes-pratiques"): the project commits to
	// every practice the session requires. Sessions whose rules list
	// [Rules.Practices].
	CodeBonnesPratiques
	// CodeResultats ("resultats"): concrete results are due within
	// [Rules.ResultsWithin] months of the start. Sessions that set it:
	// every session of the catalogue, with 18 months.
	CodeResultats
	// CodeCommencement ("commencement"): the project does not start before
	// the day its grant request is received (décret n° 2018-514 du 25 juin
	// 2018, art. 5, II). Sessions whose rules set [Rules.StartAfterRequest]:
	// the six sessions of the three axis-2 calls.
	CodeCommencement
)

// CodeResultats18Mois is the code of the results criterion.
//
// Deprecated: the delay is now a rule of each session
// ([Rules.ResultsWithin]), and the criterion's code is [CodeResultats],
// "resultats", which this constant equals.
const CodeResultats18Mois = CodeResultats

// criterionCodes is the text of every CriterionCode.
var criterionCodes = enum.MustTable("scheme.CriterionCode",
	enum.Value[CriterionCode]{V: CodeDemandeur, Slug: "demandeur", Label: "Demandeur", Go: "scheme.CodeDemandeur"},
	enum.Value[CriterionCode]{V: CodeAmpleur, Slug: "ampleur", Label: "Ampleur du projet", Go: "scheme.CodeAmpleur"},
	enum.Value[CriterionCode]{V: CodeBesoinCommun, Slug: "besoin-commun", Label: "Besoin commun", Go: "scheme.CodeBesoinCommun"},
	enum.Value[CriterionCode]{V: CodeThematique, Slug: "thematique", Label: "Thématique", Go: "scheme.CodeThematique"},
	enum.Value[CriterionCode]{V: CodeBonnesPratiques, Slug: "bonnes-pratiques", Label: "Bonnes pratiques", Go: "scheme.CodeBonnesPratiques"},
	enum.Value[CriterionCode]{V: CodeResultats, Slug: "resultats", Label: "Résultats", Go: "scheme.CodeResultats"},
	enum.Value[CriterionCode]{V: CodeCommencement, Slug: "commencement", Label: "Commencement d’exécution", Go: "scheme.CodeCommencement"},
)

// CriterionCodes returns every CriterionCode, in the order of the constants.
// The slice is new on every call: the caller may modify it.
func CriterionCodes() []CriterionCode { return criterionCodes.Values() }

// ParseCriterionCode returns the CriterionCode whose slug is s, such as
// "ampleur". It returns an error wrapping [ErrUnknownValue], which quotes s,
// for any other text, including "":
//
//	scheme: parse criterion code "resultats-18-mois": unknown value: want demandeur, ampleur, besoin-commun, thematique, bonnes-pratiques, resultats or commencement
//
// For every code c in [CriterionCodes], ParseCriterionCode(c.String()) is c.
func ParseCriterionCode(s string) (CriterionCode, error) {
	return criterionCodes.ParseText(s, ErrUnknownValue)
}

// IsValid reports whether c is one of [CriterionCodes]. The zero code is
// not.
func (c CriterionCode) IsValid() bool { return criterionCodes.IsValid(c) }

// String returns the slug of c, for programs and logs: "ampleur",
// "bonnes-pratiques", or "" for the zero code. An invalid code prints as
// "%!CriterionCode(9)".
func (c CriterionCode) String() string {
	if c == 0 {
		return ""
	}
	return criterionCodes.String(c)
}

// Label returns the French name of the rule, for people: "Demandeur",
// "Ampleur du projet", "Besoin commun", "Thématique", "Bonnes pratiques",
// "Résultats" or "Commencement d’exécution"; "" for the zero code. An
// invalid code gives the same text as [CriterionCode.String].
// [Criterion.Label] words the results rule with its delay.
func (c CriterionCode) Label() string {
	if c == 0 {
		return ""
	}
	return criterionCodes.Label(c)
}

// GoString returns the Go expression that builds c: "scheme.CodeAmpleur",
// or "scheme.CriterionCode(0)" and "scheme.CriterionCode(9)" for the zero
// code and an invalid one. It is what the %#v verb prints, and what
// testify shows of a code in a failing assertion.
func (c CriterionCode) GoString() string { return criterionCodes.GoString(c) }

// MarshalText implements [encoding.TextMarshaler]: the text is
// [CriterionCode.String], "" for the zero code. It returns an error
// wrapping [ErrUnknownValue] for an invalid code.
func (c CriterionCode) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	return criterionCodes.Marshal(c, ErrUnknownValue)
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseCriterionCode] accepts, and the empty text, which gives the zero
// code. On error it leaves c unchanged.
func (c *CriterionCode) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	return criterionCodes.Unmarshal(text, c, ErrUnknownValue)
}
