package scheme

import (
	"github.com/planrelance/numerique/calendar"
)

// Criterion is the judgement of one rule of a session on a project: which
// rule (Code, one of the Code constants), its Outcome, the figures it was
// judged on ([Criterion.Facts]), and the branch of the rule that decided it
// ([Criterion.Branch]). Its French wording is rendered on demand by
// [Criterion.Reason], from those figures:
//
//	Population couverte : 620 000 habitants ; seuil de la 1re session : 500 000
//
// Criterion is a small value type; it keeps a handle on the session that
// judged it, for its wording, and == does not mean that two criteria say the
// same: compare their Code, Outcome, Facts and Reason. Nothing it returns
// lets a caller change the session or the project it was judged on.
//
// The zero value is a criterion without code, Unknown, without reason.
//
// In JSON a Criterion is {"code", "outcome", "branch", "reason"} and the
// keys of the facts its rule reads ([Facts]), none of which says "none" by a
// sentinel ([Criterion.MarshalJSON]); decoded, it keeps the decoded reason
// and every fact it was given.
type Criterion struct {
	Code    CriterionCode // which rule: CodeDemandeur, CodeAmpleur, …
	Outcome Outcome       // met, not met, or unknown

	// What the rule read of the project, as small values, the smallest
	// first, in 48 bytes. The lead's kind as a byte (kindIndex) where a Kind
	// takes 16 keeps a criterion at 48 bytes rather than 64: CheckAll of an
	// eligible project allocates 1 408 bytes rather than 1 792, a check of
	// the services call 288 rather than 384 (benchstat, -count 6, p =
	// 0.002), and relance.Orient stays within its budget of 2 560 bytes. No
	// difference in time could be told from the noise of a shared machine.
	branch      branch        // which branch of the rule decided; for CodeBesoinCommun, the answer too
	kind        kindIndex     // CodeDemandeur, CodeAmpleur: the lead's kind, when known
	lacking     practiceSet   // CodeBonnesPratiques: the required practices not committed to
	themes      themeSet      // CodeThematique: the project's themes
	requestFrom requestSource // CodeCommencement: where requested comes from
	byMembers   bool          // CodeAmpleur: the lead, a syndicat without a population of its own, counts by its members
	// The project's dates: for CodeResultats, start and results; for
	// CodeCommencement, start and the day the request is received.
	start, results, requested calendar.Date
	session                   *session // the session whose rule judged it; nil when zero or decoded
	extra                     *extra   // facts beyond these fields, shared by the criteria of one check; a decoded criterion's
	covered                   int      // CodeAmpleur: the population covered, each inhabitant once
}

// Facts are the figures a criterion was judged on, as data: each criterion
// sets those its rule reads, and JSON carries those under the keys in
// brackets.
//
// Facts is a plain value type that holds slices: == does not apply to it.
// [Criterion.Facts] returns a copy that belongs to the caller.
//
// In JSON Facts are the keys in brackets, snake_case, each left out when
// zero or empty: a Criterion writes those its rule reads whatever they hold
// ([Criterion.MarshalJSON]).
type Facts struct {
	// Kind is the lead's kind as given, an unknown one verbatim ("mairie");
	// "" when not given [kind]. CodeDemandeur, CodeAmpleur.
	Kind string `json:"kind,omitempty"`
	// Covered is the population the project covers, each inhabitant once:
	// the sum of the populations given, the lead's and the members', each
	// body once, partners aside, saturated at the largest int, less Overlap
	// [covered]. CodeAmpleur.
	Covered int `json:"covered,omitempty"`
	// Threshold is the session's scale threshold [threshold]. CodeAmpleur.
	Threshold int `json:"threshold,omitempty"`
	// Overlap is what was subtracted from the sum of the populations given
	// so that each inhabitant counts once ([Project.Overlap]); 0 when
	// nothing was, an invalid overlap included [overlap]. CodeAmpleur.
	Overlap int `json:"overlap,omitempty"`
	// Shortfall is Threshold − Covered when only the population can still
	// decide and the populations given fall short: the lead's kind is given
	// and is neither a département nor a région, Departement is No, no fact
	// is invalid, and Covered is below Threshold, whether the criterion is
	// NotMet or Unknown because some populations are missing; 0 otherwise —
	// with Departement unanswered, the département could still decide
	// [shortfall]. CodeAmpleur.
	Shortfall int `json:"shortfall,omitempty"`
	// Themes are the themes the session funds; nil: any theme, and JSON
	// leaves the key out [themes]. CodeThematique.
	Themes []Theme `json:"themes,omitempty"`
	// Excluded are the themes out of the session's scope; nil: none
	// [excluded]. CodeThematique.
	Excluded []Theme `json:"excluded,omitempty"`
	// Lacking are the practices the session requires that the project does
	// not commit to — all of them, when the project lists none [lacking].
	// CodeBonnesPratiques.
	Lacking []Practice `json:"lacking,omitempty"`
	// Deadline is the start plus Months ([calendar.Date.AddMonths]); the
	// zero Date when the start is not given [deadline]. CodeResultats.
	Deadline calendar.Date `json:"deadline,omitzero"`
	// Months is the delay within which results are due [months].
	// CodeResultats.
	Months int `json:"months,omitempty"`
	// Start is the day the project starts; the zero Date when not given
	// [start]. CodeCommencement.
	Start calendar.Date `json:"start,omitzero"`
	// Requested is the day the grant request is received, with which Start
	// is compared: [Project.Requested], or the day of the check when that is
	// zero; the zero Date when neither is known [requested].
	// CodeCommencement.
	Requested calendar.Date `json:"requested,omitzero"`
}

// clone returns a copy of f whose slices are its own.
func (f Facts) clone() Facts {
	f.Themes = cloneSlice(f.Themes)
	f.Excluded = cloneSlice(f.Excluded)
	f.Lacking = cloneSlice(f.Lacking)
	return f
}

// Facts returns the figures c was judged on, in a value of its own: for
// CodeAmpleur the lead's kind, the covered population, the threshold, the
// overlap and the shortfall; for CodeCommencement the two days compared;
// for CodeResultats the deadline and the delay; and so on (see [Facts]).
func (c Criterion) Facts() Facts {
	if c.extra != nil && c.extra.decoded != nil {
		return c.extra.decoded.facts.clone()
	}
	if c.session == nil {
		return Facts{}
	}
	rules := &c.session.def.Rules
	switch c.Code {
	case CodeDemandeur:
		return Facts{Kind: c.leadKind()}
	case CodeAmpleur:
		f := Facts{Kind: c.leadKind(), Covered: c.covered, Threshold: rules.Threshold, Shortfall: c.shortfall()}
		if c.extra != nil {
			f.Overlap = c.extra.cover.overlap
		}
		return f
	case CodeThematique:
		return Facts{Themes: cloneSlice(rules.Themes), Excluded: cloneSlice(rules.ExcludedThemes)}
	case CodeBonnesPratiques:
		var lacking []Practice
		for _, r := range rules.Practices {
			if c.lacking.has(r) {
				lacking = append(lacking, r)
			}
		}
		return Facts{Lacking: lacking}
	case CodeResultats:
		f := Facts{Months: rules.ResultsWithin}
		if !c.start.IsZero() {
			f.Deadline = c.start.AddMonths(f.Months)
		}
		return f
	case CodeCommencement:
		return Facts{Start: c.start, Requested: c.requested}
	}
	return Facts{}
}

// shortfall returns the inhabitants that a CodeAmpleur criterion lacks to
// reach its threshold, when only the population can still decide
// ([Facts.Shortfall]); 0 otherwise. A criterion that the population alone
// leaves NotMet lacks them; one that is Unknown does when the lead's kind is
// given, which is then neither a département nor a région (it would be
// Met, or NotMet if unknown), and Departement is No, so that only
// populations are missing.
func (c Criterion) shortfall() int {
	switch c.branch {
	case ampleurInsuffisante:
	case ampleurAPreciser:
		if c.kind == 0 || c.extra.departement != No {
			return 0
		}
	default:
		return 0
	}
	return c.session.def.Rules.Threshold - c.covered
}

// leadKind returns the lead's kind as given.
func (c Criterion) leadKind() string {
	if c.kind == unknownKind && c.extra != nil {
		return string(c.extra.leadKind)
	}
	return string(c.kind.kind())
}

// Branch returns the stable code of the branch of its rule that decided c:
// for CodeAmpleur, "porteur-departement-region", "departement-entier",
// "population-atteinte", "population-insuffisante", "population-a-preciser"
// or "donnee-invalide". [Session.Branches] lists those a session can give.
// The zero Criterion gives "".
func (c Criterion) Branch() string {
	if c.extra != nil && c.extra.decoded != nil {
		return c.extra.decoded.branch
	}
	return c.branch.code()
}

// Reason returns why c has its outcome, in French, with the deciding
// figures, fit to show as is to an agent of a collectivité. It is rendered
// on each call, from the criterion's facts; a criterion decoded from JSON
// returns the decoded reason. The zero Criterion gives "".
func (c Criterion) Reason() string {
	if c.extra != nil && c.extra.decoded != nil {
		return c.extra.decoded.reason
	}
	if c.session == nil {
		return ""
	}
	return string(c.appendReason(nil))
}

// Label returns the French name of the criterion's rule, for people:
// [CriterionCode.Label] ("Ampleur du projet"), except for the results rule,
// which it words with the session's delay, "Résultats sous 18 mois"
// (« Résultats » when it does not know it).
func (c Criterion) Label() string {
	if c.Code == CodeResultats {
		if m := c.Facts().Months; m > 0 {
			return "Résultats sous " + months(m)
		}
	}
	return c.Code.Label()
}

// decoded is what a criterion decoded from JSON holds.
type decoded struct {
	branch string
	reason string
	facts  Facts
	keys   factKeys // the facts given, zero or empty, that JSON writes back
}
