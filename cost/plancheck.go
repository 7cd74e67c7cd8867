package cost

import "github.com/planrelance/numerique/internal/french"

// The codes of the findings, stable slugs that programs and JSON carry.
const (
	// CodeOwnShare: the owner brings less than its least share of the
	// public funding (CGCT, art. L1111-10 III).
	CodeOwnShare = "participation-minimale"
	// CodePublicCap: public aid exceeds its ceiling as a share of the
	// expense (décret n° 2018-514, art. 10).
	CodePublicCap = "plafond-aides-publiques"
	// CodeRemaining: a grant exceeds what the other funders leave of the
	// expense to fund ([Plan.Place]); not a rule of law, but of addition.
	CodeRemaining = "reste-a-financer"
	// CodeAdvance: the advances paid exceed their ceiling (décret
	// n° 2018-514, art. 12).
	CodeAdvance = "plafond-avance"
	// CodeBeforeBalance: the advances and instalments paid before the
	// balance exceed their ceiling (décret n° 2018-514, art. 12).
	CodeBeforeBalance = "plafond-acomptes"
)

// Finding is a limit that a plan or a statement of payments breaks: its
// stable code, and the reason in French with every figure and the text it
// cites:
//
//	participation-minimale
//	Participation du maître d’ouvrage : 15 000,00 € soit 12,5 % des financements publics (120 000,00 €) ; minimum légal : 20 %, soit 24 000,00 € (CGCT, art. L1111-10)
//
// Finding is a value, comparable with ==.
type Finding struct {
	Code   string `json:"code"`   // CodeOwnShare, CodePublicCap, CodeAdvance or CodeBeforeBalance
	Reason string `json:"reason"` // French, for people
}

// PlanCheck is what [Plan.Check] finds: every figure of a plan against its
// limits, and the limits it breaks.
//
// The figures hold together: Own + Aid + Private = Expense; Public = Own +
// Aid, since the owner is a public person; each share is the exact [Ratio]
// of two of these amounts.
// The plan holds the limits exactly when Own ≥ MinOwn and Aid ≤ MaxAid;
// then Findings is empty and Headroom is the most public aid that another
// funder could add, to the cent, without breaking either: with one cent
// more, one would break.
//
// PlanCheck is a value of plain fields; Findings is a slice, so PlanCheck
// is not comparable with ==. Check gives each PlanCheck a slice of its own.
// It round-trips through JSON. The zero value is the check of the zero Plan
// under the zero Limits.
type PlanCheck struct {
	Expense      Amount    `json:"expense"`       // the plan's expense
	Own          Amount    `json:"own"`           // what the owner pays: Expense − every resource
	Public       Amount    `json:"public"`        // all public funding, the owner's own included: Own + Aid
	Private      Amount    `json:"private"`       // the private resources
	Aid          Amount    `json:"aid"`           // the public resources: public aid, the owner's own excluded
	OwnShare     Ratio     `json:"own_share"`     // Own ÷ Public, what the owner's least share is set against
	AidShare     Ratio     `json:"aid_share"`     // Aid ÷ Expense, what the ceiling of public aid is set against
	PrivateShare Ratio     `json:"private_share"` // Private ÷ Expense
	MinOwn       Amount    `json:"min_own"`       // the least participation: Limits.OwnShare × Public, rounded up to the cent
	MaxAid       Amount    `json:"max_aid"`       // the most public aid: PublicCap × Expense (100 % for zero), rounded down
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
	return "CGCT, art. L1111-10"
}

// publicCapSource is the text that sets the ceiling of public aid.
const publicCapSource = "décret n°" + french.NoBreak + "2018-514, art. 10"

// appendOwnShare appends the sentence of the owner's participation:
// « Participation du maître d’ouvrage : 15 000,00 € soit 12,5 % des
// financements publics (120 000,00 €) ; minimum légal : 20 %, soit
// 24 000,00 € (CGCT, art. L1111-10) ». The share is rounded down, as it
// is set against a minimum.
func (c PlanCheck) appendOwnShare(b []byte) []byte {
	b = append(b, "Participation du maître d’ouvrage"+french.Colon...)
	b = appendFrenchEuros(b, c.Own.cents)
	if c.Public.cents > 0 {
		b = append(b, " soit "...)
		b = c.OwnShare.appendPercent(b, false)
		b = append(b, " des financements publics ("...)
		b = appendFrenchEuros(b, c.Public.cents)
		b = append(b, ')')
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
// (150 000,00 €) ; plafond : 100 %, soit 150 000,00 € (décret n° 2018-514,
// art. 10) ». The share is rounded up, as it is set against a maximum.
// Under a zero PublicCap, which no text sets, the ceiling is the expense
// itself and cites nothing: « plafond : 100 %, soit 150 000,00 €, la
// dépense elle-même ».
func (c PlanCheck) appendPublicCap(b []byte) []byte {
	b = append(b, "Aides publiques"+french.Colon...)
	b = appendFrenchEuros(b, c.Aid.cents)
	if c.Expense.cents > 0 {
		b = append(b, " soit "...)
		b = c.AidShare.appendPercent(b, true)
		b = append(b, " de la dépense subventionnable ("...)
		b = appendFrenchEuros(b, c.Expense.cents)
		b = append(b, ')')
	}
	b = append(b, french.Semicolon+"plafond"+french.Colon...)
	b = c.Limits.publicCap().appendFrench(b)
	b = append(b, ", soit "...)
	b = appendFrenchEuros(b, c.MaxAid.cents)
	if c.Limits.PublicCap.IsZero() {
		// No text sets a ceiling: the aid may not exceed the expense.
		return append(b, ", la dépense elle-même"...)
	}
	return append(b, " ("+publicCapSource+")"...)
}

// ownShareReason and publicCapReason return the reasons of the findings,
// written in a buffer on the stack: one allocation each, the string.
func (c PlanCheck) ownShareReason() string {
	var buf [320]byte
	return string(c.appendOwnShare(buf[:0]))
}

func (c PlanCheck) publicCapReason() string {
	var buf [320]byte
	return string(c.appendPublicCap(buf[:0]))
}

// Explain tells the check in French, one figure a line, with the texts it
// applies; for a plan of 150 000 € with 105 000 € of public aid and
// 10 000 € of mécénat, under the 20 % rule:
//
//	Dépense subventionnable : 150 000,00 €
//	Aides publiques : 105 000,00 € soit 70 % de la dépense subventionnable (150 000,00 €) ; plafond : 100 %, soit 150 000,00 € (décret n° 2018-514, art. 10) — respecté
//	Financements privés : 10 000,00 € soit 6,66 % de la dépense subventionnable
//	Participation du maître d’ouvrage : 35 000,00 € soit 25 % des financements publics (140 000,00 €) ; minimum légal : 20 %, soit 28 000,00 € (CGCT, art. L1111-10) — respecté
//	Aides publiques supplémentaires possibles : 7 000,00 €
//
// A limit broken says by how much: « — dépassé de 5 000,00 € », « — non
// respecté : il manque 9 000,00 € ». Amounts are exact. A percentage is
// the exact share rounded to the hundredth of a percent towards the limit
// it is set against — down for the owner's share, a minimum, and for the
// private share, up for public aid, a maximum — so that a share that
// breaks a limit given in hundredths of a percent never shows as meeting
// it. The owner's share cites the CGCT, art. L1111-10, and art. L1111-9
// too for a least share of 30 %, that of a chef de file; the ceiling cites
// décret n° 2018-514, art. 10, unless Limits.PublicCap is zero. The text has no final newline; spaces
// follow French typography, as in [Amount.French].
func (c PlanCheck) Explain() string {
	b := make([]byte, 0, 768)
	b = append(b, "Dépense subventionnable"+french.Colon...)
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
	if c.Expense.cents > 0 {
		b = append(b, " soit "...)
		b = c.PrivateShare.appendPercent(b, false)
		b = append(b, " de la dépense subventionnable"...)
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
