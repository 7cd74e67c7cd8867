package cost

import "github.com/planrelance/numerique/internal/french"

// The codes of the findings, stable slugs that programs and JSON carry.
const (
	// CodeOwnShare: the owner brings less than its least share of all the
	// public funding of the operation (CGCT, art. L1111-10 III).
	CodeOwnShare = "participation-minimale"
	// CodePublicCap: public aid exceeds its ceiling as a share of the
	// subsidisable expense (décret n° 2018-514, art. 10).
	CodePublicCap = "plafond-aides-publiques"
	// CodeRemaining: a grant exceeds what the other funders leave of the
	// cost of the operation to fund ([Plan.Place]); not a rule of law, but
	// of addition.
	CodeRemaining = "reste-a-financer"
	// CodeAdvance: the advances paid exceed their ceiling (décret
	// n° 2018-514, art. 12 II).
	CodeAdvance = "plafond-avance"
	// CodeBeforeBalance: the advances and instalments paid before the
	// balance exceed their ceiling: the instalments' cap of décret
	// n° 2018-514, art. 12 III, which the package applies to the advance and
	// the instalments together (see [Award.MaxBeforeBalance]).
	CodeBeforeBalance = "plafond-acomptes"
)

// Finding is a limit that a plan or a statement of payments breaks: its
// stable code, and the reason in French with every figure and the text it
// cites:
//
//	participation-minimale
//	Participation du maître d’ouvrage : 15 000,00 € soit 12,5 % des financements publics de l’opération, les siens compris (120 000,00 €) ; minimum légal : 20 %, soit 24 000,00 € (CGCT, art. L1111-10 III)
//
// Finding is a value, comparable with ==. In JSON it is an object with
// "code" and "reason".
type Finding struct {
	Code   string `json:"code"`   // CodeOwnShare, CodePublicCap, CodeAdvance or CodeBeforeBalance
	Reason string `json:"reason"` // French, for people
}

// PlanCheck is what [Plan.Check] finds: every figure of a plan against its
// limits, and the limits it breaks.
//
// The figures hold together: Own + Aid + Private = Cost, the whole cost of
// the operation; Public = Own + Aid, since the owner is a public person;
// each share is the exact [Ratio] of two of these amounts. Expense, the
// subsidisable expense, is the base of the ceiling of public aid alone.
// The plan holds the limits exactly when Own ≥ MinOwn and Aid ≤ MaxAid;
// then Findings is empty and Headroom is the most public aid that another
// funder could add, to the cent, without breaking either: with one cent
// more, one would break.
//
// PlanCheck is a value of plain fields; Findings is a slice, so PlanCheck
// is not comparable with ==. Check gives each PlanCheck a slice of its own,
// nil when the plan holds. The zero value is the check of the zero Plan
// under the zero Limits.
//
// In JSON a PlanCheck is an object with every field under its snake_case
// name, amounts as strings, each Ratio as {"num","den"}, the limits as an
// object, and "findings" a list, [] when the plan holds (which decodes as
// nil); it round-trips:
//
//	{"cost":"290000.00","expense":"210000.00","own":"105000.00",…,"findings":[]}
type PlanCheck struct {
	Cost         Amount    `json:"cost"`          // the whole cost of the operation: Plan.Cost, or Expense when it is zero
	Expense      Amount    `json:"expense"`       // the plan's subsidisable expense
	Own          Amount    `json:"own"`           // what the owner pays: Cost − every resource
	Public       Amount    `json:"public"`        // all public funding of the operation, the owner's own included: Own + Aid
	Private      Amount    `json:"private"`       // the private resources
	Aid          Amount    `json:"aid"`           // the public resources: public aid, the owner's own excluded
	OwnShare     Ratio     `json:"own_share"`     // Own ÷ Public, what the owner's least share is set against
	AidShare     Ratio     `json:"aid_share"`     // Aid ÷ Expense, what the ceiling of public aid is set against
	PrivateShare Ratio     `json:"private_share"` // Private ÷ Cost
	MinOwn       Amount    `json:"min_own"`       // the least participation: Limits.OwnShare × Public, rounded up to the cent
	MaxAid       Amount    `json:"max_aid"`       // the most public aid: PublicCap × Expense, rounded down; Cost under a zero PublicCap
	Headroom     Amount    `json:"headroom"`      // the most public aid another funder could add; 0 when a limit breaks
	Limits       Limits    `json:"limits"`        // the limits checked
	Findings     []Finding `json:"findings"`      // the limits broken, ceiling first; none when the plan holds
}

// Holds reports whether the plan keeps within its limits: no finding.
func (c PlanCheck) Holds() bool { return len(c.Findings) == 0 }

// ownShareSource returns the text that sets the least share s.
func ownShareSource(s Rate) string {
	if s == Percent(30) {
		return "CGCT, art. L1111-9 et L1111-10"
	}
	return "CGCT, art. L1111-10 III"
}

// publicCapSource is the text that sets the ceiling of public aid.
const publicCapSource = "décret n°" + french.NoBreak + "2018-514, art. 10"

// publicFunding names the base of the least participation, in the reasons
// and the explanations.
const publicFunding = "des financements publics de l’opération"

// appendOwnShare appends the sentence of the owner's participation:
// « Participation du maître d’ouvrage : 15 000,00 € soit 12,5 % des
// financements publics de l’opération, les siens compris (120 000,00 €) ;
// minimum légal : 20 %, soit 24 000,00 € (CGCT, art. L1111-10 III) ». The
// share is rounded to the nearest hundredth, and said to be a little less
// or more than the minimum where that figure would contradict the exact
// comparison (see [Ratio.appendAgainst]).
func (c PlanCheck) appendOwnShare(b []byte) []byte {
	b = append(b, "Participation du maître d’ouvrage"+french.Colon...)
	b = appendFrenchEuros(b, c.Own.cents)
	if c.Public.cents > 0 {
		b = append(b, " soit "...)
		n := plainly
		if c.Limits.OwnShare.IsZero() {
			b = c.OwnShare.percent().append(b, false)
		} else {
			b, n = c.OwnShare.appendAgainst(b, c.Limits.OwnShare, false)
		}
		b = append(b, " "+publicFunding+", les siens compris ("...)
		b = appendFrenchEuros(b, c.Public.cents)
		b = append(b, ')')
		b = appendNuance(b, n, c.Limits.OwnShare, false)
	} else {
		b = append(b, " (aucun financement public)"...)
	}
	b = append(b, french.Semicolon...)
	if c.Limits.OwnShare.IsZero() {
		return append(b, "aucune participation minimale requise"...)
	}
	b = append(b, "minimum légal"+french.Colon...)
	b = c.Limits.OwnShare.appendFrench(b)
	b = append(b, ", soit "...)
	b = appendFrenchEuros(b, c.MinOwn.cents)
	b = append(b, " ("...)
	b = append(b, ownShareSource(c.Limits.OwnShare)...)
	return append(b, ')')
}

// appendPublicCap appends the sentence of public aid against its ceiling:
// « Aides publiques : 105 000,00 € soit 70 % de la dépense subventionnable
// (150 000,00 €) ; plafond : 100 % de la dépense subventionnable, soit
// 150 000,00 € (décret n° 2018-514, art. 10) ». The share is rounded to the
// nearest hundredth, and said to be a little more or less than the ceiling
// where that figure would contradict the exact comparison. Under a zero
// PublicCap, which no text sets, public aid is bounded by the cost alone:
// « plafond : aucun texte n’en fixe, au plus le coût de l’opération
// (150 000,00 €) ».
func (c PlanCheck) appendPublicCap(b []byte) []byte {
	capped := !c.Limits.PublicCap.IsZero()
	b = append(b, "Aides publiques"+french.Colon...)
	b = appendFrenchEuros(b, c.Aid.cents)
	if c.Expense.cents > 0 {
		b = append(b, " soit "...)
		n := plainly
		if capped {
			b, n = c.AidShare.appendAgainst(b, c.Limits.PublicCap, true)
		} else {
			b = c.AidShare.percent().append(b, false)
		}
		b = append(b, " de la dépense subventionnable ("...)
		b = appendFrenchEuros(b, c.Expense.cents)
		b = append(b, ')')
		b = appendNuance(b, n, c.Limits.PublicCap, true)
	}
	b = append(b, french.Semicolon+"plafond"+french.Colon...)
	if !capped {
		b = append(b, "aucun texte n’en fixe, au plus le coût de l’opération ("...)
		b = appendFrenchEuros(b, c.MaxAid.cents)
		return append(b, ')')
	}
	b = c.Limits.PublicCap.appendFrench(b)
	b = append(b, " de la dépense subventionnable, soit "...)
	b = appendFrenchEuros(b, c.MaxAid.cents)
	return append(b, " ("+publicCapSource+")"...)
}

// ownShareReason and publicCapReason return the reasons of the findings,
// written in a buffer on the stack: one allocation each, the string.
func (c PlanCheck) ownShareReason() string {
	var buf [384]byte
	return string(c.appendOwnShare(buf[:0]))
}

func (c PlanCheck) publicCapReason() string {
	var buf [384]byte
	return string(c.appendPublicCap(buf[:0]))
}

// Explain tells the check in French, one figure a line, with the base and
// the text of each rule; for an operation of 160 000 € whose subsidisable
// expense is 150 000 €, with 105 000 € of public aid and 10 000 € of
// mécénat, under the 20 % rule:
//
//	Coût total de l’opération : 160 000,00 €
//	Dépense subventionnable : 150 000,00 €
//	Aides publiques : 105 000,00 € soit 70 % de la dépense subventionnable (150 000,00 €) ; plafond : 100 % de la dépense subventionnable, soit 150 000,00 € (décret n° 2018-514, art. 10) — respecté
//	Financements privés : 10 000,00 € soit 6,25 % du coût total de l’opération
//	Participation du maître d’ouvrage : 45 000,00 € soit 30 % des financements publics de l’opération, les siens compris (150 000,00 €) ; minimum légal : 20 %, soit 30 000,00 € (CGCT, art. L1111-10 III) — respecté
//	Aides publiques supplémentaires possibles : 15 000,00 €
//
// The ceiling reads the subsidisable expense; the owner's participation
// reads the whole operation, all its public funding, the owner's own
// included. A limit broken says by how much: « — dépassé de 5 000,00 € »,
// « — non respecté : il manque 9 000,00 € ». Amounts are exact. A
// percentage is the exact share rounded to the nearest hundredth of a
// percent, with as few decimals as it needs; the verdict comes from the
// exact figures, and where the rounded share would print the limit itself,
// or the wrong side of it, it is written with two decimals and said to be
// a little more or a little less than the limit: « 80,00 % de la dépense
// subventionnable (124 196,32 €), un peu plus que le plafond de 80 % ». The
// owner's share cites the CGCT, art. L1111-10 III, and art. L1111-9 too for a
// least share of 30 %, that of a chef de file; the ceiling cites décret
// n° 2018-514, art. 10, unless Limits.PublicCap is zero. The text has no
// final newline; spaces follow French typography, as in [Amount.French].
func (c PlanCheck) Explain() string {
	b := make([]byte, 0, 1024)
	b = append(b, "Coût total de l’opération"+french.Colon...)
	b = appendFrenchEuros(b, c.Cost.cents)
	b = append(b, "\nDépense subventionnable"+french.Colon...)
	b = appendFrenchEuros(b, c.Expense.cents)

	b = c.appendPublicCap(append(b, '\n'))
	if over := c.Aid.cents - c.MaxAid.cents; over > 0 {
		b = append(b, " — dépassé de "...)
		b = appendFrenchEuros(b, over)
	} else {
		b = append(b, " — respecté"...)
	}

	b = append(b, "\nFinancements privés"+french.Colon...)
	b = appendFrenchEuros(b, c.Private.cents)
	if c.Cost.cents > 0 {
		b = append(b, " soit "...)
		b = c.PrivateShare.percent().append(b, false)
		b = append(b, " du coût total de l’opération"...)
	}

	b = c.appendOwnShare(append(b, '\n'))
	if !c.Limits.OwnShare.IsZero() {
		if short := c.MinOwn.cents - c.Own.cents; short > 0 {
			b = append(b, " — non respecté"+french.Colon+"il manque "...)
			b = appendFrenchEuros(b, short)
		} else {
			b = append(b, " — respecté"...)
		}
	}

	b = append(b, "\nAides publiques supplémentaires possibles"+french.Colon...)
	if c.Holds() {
		b = appendFrenchEuros(b, c.Headroom.cents)
	} else {
		b = append(b, "aucune, le plan ne respectant pas les règles de cumul"...)
	}
	return string(b)
}
