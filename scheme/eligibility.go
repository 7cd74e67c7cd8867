package scheme

// The codes of the criteria, stable ASCII slugs for programs, JSON and logs,
// in the order in which [Scheme.Check] judges them. Each criterion is judged
// only where it applies.
const (
	// CodeDemandeur: the lead's kind is one of the session's
	// [Session.Applicants]. Every session.
	CodeDemandeur = "demandeur"
	// CodeAmpleur: the project is at scale — the lead is a département or a
	// région, or the project covers a whole département, or the population it
	// covers reaches the session's [Session.Threshold]. Sessions with a
	// threshold: axis 2.
	CodeAmpleur = "ampleur"
	// CodeBesoinCommun: the need is common to other collectivités. The
	// Incubateur only.
	CodeBesoinCommun = "besoin-commun"
	// CodeThematique: the project is about a theme the scheme funds. The
	// schemes of the catalogue.
	CodeThematique = "thematique"
	// CodeBonnesPratiques: the project commits to every practice the session
	// requires. Sessions that require practices.
	CodeBonnesPratiques = "bonnes-pratiques"
	// CodeResultats18Mois: concrete results are due within 18 months of the
	// start. Every session.
	CodeResultats18Mois = "resultats-18-mois"
)

// Criterion is the judgement of one rule of a scheme on a project: which
// rule (Code, one of the Code constants), its Outcome, and the Reason, a
// French sentence with the figures that decided it, fit to show as is to an
// agent of a collectivité:
//
//	Population couverte : 620 000 habitants ; seuil de la 1re session : 500 000.
//
// Criterion is a plain value type of comparable fields: == compares
// Criteria. The zero value is a criterion without code, Unknown, without
// reason.
type Criterion struct {
	Code    string  `json:"code"`    // which rule: CodeDemandeur, CodeAmpleur, …
	Outcome Outcome `json:"outcome"` // met, not met, or unknown
	Reason  string  `json:"reason"`  // why, in French, with the deciding figures
}

// Label returns the French name of the criterion's rule, for people:
// "Demandeur", "Ampleur du projet", "Besoin commun", "Thématique", "Bonnes
// pratiques" or "Résultats sous 18 mois". For an unknown code it returns the
// code itself.
func (c Criterion) Label() string {
	switch c.Code {
	case CodeDemandeur:
		return "Demandeur"
	case CodeAmpleur:
		return "Ampleur du projet"
	case CodeBesoinCommun:
		return "Besoin commun"
	case CodeThematique:
		return "Thématique"
	case CodeBonnesPratiques:
		return "Bonnes pratiques"
	case CodeResultats18Mois:
		return "Résultats sous 18 mois"
	}
	return c.Code
}

// Eligibility is the judgement of a project against a scheme, by the rules
// of one session: the verdict, the criteria that decided it, in the order of
// the Code constants, and the facts that would settle the Unknown ones.
//
// Eligibility is a value type that holds slices: == does not apply to it. Its
// methods never modify it. [Scheme.Check] returns a new one on every call,
// which belongs to the caller.
//
// The zero value is an Undetermined judgement of no scheme, without
// criteria.
type Eligibility struct {
	// Scheme is the ID of the scheme that judged.
	Scheme ID `json:"scheme"`
	// Session is the Name of the session whose rules applied.
	Session string `json:"session"`
	// Verdict follows from the criteria: Ineligible if any is NotMet, else
	// Undetermined if any is Unknown, else Eligible.
	Verdict Verdict `json:"verdict"`
	// Criteria are the rules that applied, in the order of the Code
	// constants.
	Criteria []Criterion `json:"criteria"`
	// Missing are the facts that would settle the Unknown criteria, by their
	// Go field path in [Project] ("Lead.Kind", "Members[1].Population",
	// "Departement", "SharedNeed", "Themes", "Practices", "Start",
	// "Results"), in the order of the criteria, each once; nil when no
	// criterion is Unknown. [FactLabel] words each of them in French.
	Missing []string `json:"missing"`
}

// Criterion returns the criterion of e whose Code is code, and true; or the
// zero Criterion and false when that rule did not apply.
func (e Eligibility) Criterion(code string) (Criterion, bool) {
	for _, c := range e.Criteria {
		if c.Code == code {
			return c, true
		}
	}
	return Criterion{}, false
}

// verdictOf returns the verdict that criteria imply.
func verdictOf(criteria []Criterion) Verdict {
	v := Eligible
	for _, c := range criteria {
		switch c.Outcome {
		case NotMet:
			return Ineligible
		case Met:
		default:
			v = Undetermined
		}
	}
	return v
}
