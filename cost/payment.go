package cost

import (
	"errors"
	"math"
	"slices"
	"strconv"

	"github.com/planrelance/numerique/internal/enum"
	"github.com/planrelance/numerique/internal/french"
)

// PaymentKind is what a payment of a grant is before its balance: an
// instalment (acompte), paid as the project advances (décret n° 2018-514,
// art. 12 III), or an advance (avance), paid when it starts (art. 12 II).
//
// PaymentKind is an integer value, comparable with == and usable as a map
// key. Any value but the two constants is invalid, which [Award.Settle]
// reports as [ErrUnknownPayment]. The zero value is [Instalment], the most
// common payment.
type PaymentKind int

// The kinds of payment.
const (
	Instalment PaymentKind = iota // acompte: paid as the project advances
	Advance                       // avance: paid when the project starts
)

// paymentKindTable is the one table of the kinds of payment.
var paymentKindTable = enum.MustTable("cost.PaymentKind",
	enum.Value[PaymentKind]{V: Instalment, Slug: "acompte", Label: "Acompte", Go: "cost.Instalment"},
	enum.Value[PaymentKind]{V: Advance, Slug: "avance", Label: "Avance", Go: "cost.Advance"},
)

// ParsePaymentKind returns the kind whose slug is s: "acompte" or
// "avance". Any other text gives an error wrapping [ErrUnknownPayment]
// that quotes s.
func ParsePaymentKind(s string) (PaymentKind, error) {
	k, ok := paymentKindTable.Parse(s)
	if !ok {
		return 0, parseError("payment kind", s, ErrUnknownPayment, "want "+paymentKindTable.Want())
	}
	return k, nil
}

// IsValid reports whether k is Instalment or Advance.
func (k PaymentKind) IsValid() bool { return paymentKindTable.IsValid(k) }

// String returns the slug of k, "acompte" or "avance"; an invalid kind
// prints as fmt marks a bad value: "%!PaymentKind(7)".
func (k PaymentKind) String() string { return paymentKindTable.String(k) }

// Label returns the French name of k: "Acompte", "Avance".
func (k PaymentKind) Label() string { return paymentKindTable.Label(k) }

// GoString returns the Go that builds k: "cost.Advance".
func (k PaymentKind) GoString() string { return paymentKindTable.GoString(k) }

// MarshalText returns the slug of k. It fails, with an error wrapping
// [ErrUnknownPayment], for an invalid kind.
func (k PaymentKind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, newError("cost: marshal payment kind "+k.String()+": "+ErrUnknownPayment.Error(), ErrUnknownPayment)
	}
	return []byte(k.String()), nil
}

// UnmarshalText sets k to the kind whose slug is text, read by
// [ParsePaymentKind]. On error k is unchanged.
func (k *PaymentKind) UnmarshalText(text []byte) error {
	v, err := ParsePaymentKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Payment is one payment of a grant before its balance.
//
// Payment is a value, comparable with ==. Its zero value is an instalment
// of 0 €. In JSON it is an object with "kind", a slug, and "amount":
// {"kind":"avance","amount":"30000.00"}.
type Payment struct {
	Kind   PaymentKind `json:"kind"`
	Amount Amount      `json:"amount"` // zero or more
}

// Statement is the account of an award's payments, as [Award.Settle] makes
// it: what is finally due on the expense actually incurred, what was paid,
// and the balance still to pay or the excess to repay (reversement).
//
// The figures hold together: Final − Paid = Balance − Repay, and one of
// Balance and Repay is zero. Findings lists the ceilings of art. 12 that
// the payments went beyond; the balance is computed all the same.
//
// Statement is a value of plain fields; Payments and Findings are slices,
// so Statement is not comparable with ==. Settle gives each Statement
// slices of its own, nil when there is no payment or no finding.
//
// In JSON a Statement is an object with "award", "spent", "final",
// "payments", "advances", "paid", "balance", "repay" and "findings", both
// lists [] when empty (which decodes as nil); it round-trips.
type Statement struct {
	Award    Award     `json:"award"`
	Spent    Amount    `json:"spent"`    // the eligible expense actually incurred
	Final    Amount    `json:"final"`    // Award.Final(Spent): the grant due
	Payments []Payment `json:"payments"` // the payments made, in order
	Advances Amount    `json:"advances"` // the advances among them
	Paid     Amount    `json:"paid"`     // every payment
	Balance  Amount    `json:"balance"`  // Final − Paid, when Paid ≤ Final: the balance to pay (solde)
	Repay    Amount    `json:"repay"`    // Paid − Final, when Paid > Final: the excess to repay
	Findings []Finding `json:"findings"` // CodeAdvance, CodeBeforeBalance; none when the payments kept within their ceilings
}

// Settle returns the statement of the payments made under a, in order,
// for an eligible expense actually incurred of spent: the final grant
// ([Award.Final]), the sum paid, and the balance to pay or what must be
// repaid. It reports as Findings, with every figure in French, the
// advances beyond [Award.MaxAdvance] and the first payment that takes the
// advances and instalments beyond [Award.MaxBeforeBalance].
//
// Settle fails, every problem at once, when a is invalid
// ([Award.Validate]), spent is negative ([ErrNegativeAmount]), a payment is
// negative ([ErrNegativeAmount]) or of no known kind ([ErrUnknownPayment]),
// or the payments add up beyond the range of Amount ([ErrOverflow]):
//
//	cost: settle: payment 2 (acompte): negative amount -5.00
//
// It neither modifies nor keeps payments.
func (a Award) Settle(payments []Payment, spent Amount) (Statement, error) {
	if err := settleError(a, payments, spent); err != nil {
		return Statement{}, err
	}
	s := Statement{Award: a, Spent: spent, Final: a.Final(spent), Payments: slices.Clone(payments)}
	maxAdvance, maxBefore := a.MaxAdvance(), a.MaxBeforeBalance()
	crossed := -1 // the payment that takes the sum beyond maxBefore
	for i, p := range payments {
		s.Paid.cents += p.Amount.cents
		if p.Kind == Advance {
			s.Advances.cents += p.Amount.cents
		}
		if crossed < 0 && s.Paid.cents > maxBefore.cents {
			crossed = i
		}
	}
	if d := s.Final.cents - s.Paid.cents; d >= 0 {
		s.Balance.cents = d
	} else {
		s.Repay.cents = -d
	}
	if s.Advances.cents > maxAdvance.cents {
		b := []byte("Avances versées" + french.Colon)
		b = appendFrenchEuros(b, s.Advances.cents)
		b = append(b, ", au-delà du plafond de "...)
		b = appendFrenchEuros(b, maxAdvance.cents)
		b = a.appendAdvanceCap(b)
		s.Findings = append(s.Findings, Finding{CodeAdvance, string(b)})
	}
	if crossed >= 0 {
		p := payments[crossed]
		b := append([]byte("Versement n°"+french.NoBreak), strconv.Itoa(crossed+1)...)
		b = append(b, " ("...)
		b = append(b, p.Kind.String()...) // the slug, "acompte" or "avance", is the label in lower case
		b = append(b, " de "...)
		b = appendFrenchEuros(b, p.Amount.cents)
		b = append(b, ")"+french.Colon+"avance et acomptes portés à "...)
		var upTo int64
		for _, q := range payments[:crossed+1] {
			upTo += q.Amount.cents
		}
		b = appendFrenchEuros(b, upTo)
		b = append(b, ", au-delà du plafond de "...)
		b = appendFrenchEuros(b, maxBefore.cents)
		b = a.appendBeforeBalanceCap(b)
		s.Findings = append(s.Findings, Finding{CodeBeforeBalance, string(b)})
	}
	return s, nil
}

// The texts that the French of a payment cites: the advance's cap (art.
// 12 II), the instalments' (art. 12 III), and the decision that states how
// the final amount is computed (art. 8 3°).
const (
	decree           = "décret n°" + french.NoBreak + "2018-514, art. "
	advanceSource    = decree + "12 II"
	instalmentSource = decree + "12 III"
	finalSource      = decree + "8 3°"
)

// choice labels a figure that the texts leave open and the package sets.
const choice = "choix de la bibliothèque"

// appendAdvanceCap appends the share and the text of the advance's cap:
// « (30 % de la subvention maximale ; décret n° 2018-514, art. 12 II) ».
func (a Award) appendAdvanceCap(b []byte) []byte {
	b = append(b, " ("...)
	b = a.advanceShare().appendFrench(b)
	b = append(b, " de la subvention maximale"...)
	if a.Guarantee {
		b = append(b, ", avec une garantie bancaire à première demande"...)
	}
	return append(b, french.Semicolon+advanceSource+")"...)
}

// appendBeforeBalanceCap appends the share and the text of the cap on the
// advance and the instalments together, which the décret sets on the
// instalments alone, labelled as the package's choice: « (80 % de la
// subvention maximale ; plafond des acomptes appliqué à l’avance et aux
// acomptes ensemble : choix de la bibliothèque ; décret n° 2018-514, art.
// 12 III) ».
func (a Award) appendBeforeBalanceCap(b []byte) []byte {
	b = append(b, " ("...)
	b = a.beforeBalanceShare().appendFrench(b)
	b = append(b, " de la subvention maximale"...)
	if a.extended() {
		b = append(b, ", taux porté à 90"+french.NoBreak+"% par la décision attributive pour un délai de réalisation prévu de plus de 48 mois"...)
	}
	return append(b, french.Semicolon+"plafond des acomptes appliqué à l’avance et aux acomptes ensemble"+french.Colon+choice+french.Semicolon+instalmentSource+")"...)
}

// settleError returns every problem of the arguments of Settle, joined, or
// nil, without allocating when there is none.
func settleError(a Award, payments []Payment, spent Amount) error {
	if settleValid(a, payments, spent) {
		return nil
	}
	errs := []error{a.Validate()}
	if spent.IsNegative() {
		errs = append(errs, newError("cost: settle: spent: negative amount "+spent.String(), ErrNegativeAmount))
	}
	var total int64
	overflow := false
	for i, p := range payments {
		which := "cost: settle: payment " + strconv.Itoa(i+1)
		if !p.Kind.IsValid() {
			errs = append(errs, newError(which+": unknown payment kind "+p.Kind.String(), ErrUnknownPayment))
		} else {
			which += " (" + p.Kind.String() + ")"
		}
		if p.Amount.IsNegative() {
			errs = append(errs, newError(which+": negative amount "+p.Amount.String(), ErrNegativeAmount))
			continue
		}
		if sum, ok := addCents(total, p.Amount.cents); ok {
			total = sum
		} else if !overflow {
			overflow = true
			errs = append(errs, newError(which+": amount out of range: the payments exceed "+Amount{math.MaxInt64}.String(), ErrOverflow))
		}
	}
	return errors.Join(errs...)
}

// settleValid reports whether the arguments of Settle are valid: the fast
// path of settleError.
func settleValid(a Award, payments []Payment, spent Amount) bool {
	if !a.valid() || spent.IsNegative() {
		return false
	}
	var total int64
	for _, p := range payments {
		var ok bool
		if total, ok = addCents(total, p.Amount.cents); !ok || !p.Kind.IsValid() || p.Amount.IsNegative() {
			return false
		}
	}
	return true
}

// Explain tells the statement in French: the award and its ceilings with
// the text that sets them, each payment with the sum paid so far, the
// final grant and how it was computed, and the balance to pay or the
// excess to repay; then the findings, if any. For a grant of 100 000 € at
// 50 %, an advance of 30 000 € and an instalment of 40 000 €, on 170 000 €
// actually spent:
//
//	Subvention maximale : 100 000,00 €, au taux de 50 %
//	Avance : au plus 30 000,00 € (30 % de la subvention maximale ; décret n° 2018-514, art. 12 II)
//	Avance et acomptes : au plus 80 000,00 € (80 % de la subvention maximale ; plafond des acomptes appliqué à l’avance et aux acomptes ensemble : choix de la bibliothèque ; décret n° 2018-514, art. 12 III)
//	Versements :
//	  1. Avance : 30 000,00 € (cumul : 30 000,00 €)
//	  2. Acompte : 40 000,00 € (cumul : 70 000,00 €)
//	Dépense éligible réalisée : 170 000,00 €
//	Subvention définitive : 50 % × 170 000,00 € = 85 000,00 € (arrondi au centime inférieur ; taux appliqué à la dépense réalisée et arrondi : choix de la bibliothèque, à défaut des modalités de calcul de la décision, décret n° 2018-514, art. 8 3°)
//	Solde à verser : 85 000,00 € − 70 000,00 € = 15 000,00 €
//
// Every figure that the décret leaves open and the package sets says so
// with « choix de la bibliothèque »: the cap on the advance and the
// instalments together (see [Award.MaxBeforeBalance]), and how the final
// grant is computed and rounded (see [Award.Final]). The text has no final
// newline.
func (s Statement) Explain() string {
	a := s.Award
	b := make([]byte, 0, 1024)
	b = append(b, "Subvention maximale"+french.Colon...)
	b = appendFrenchEuros(b, a.Grant.cents)
	b = append(b, ", au taux de "...)
	b = a.Rate.appendFrench(b)

	b = append(b, "\nAvance"+french.Colon+"au plus "...)
	b = appendFrenchEuros(b, a.MaxAdvance().cents)
	b = a.appendAdvanceCap(b)

	b = append(b, "\nAvance et acomptes"+french.Colon+"au plus "...)
	b = appendFrenchEuros(b, a.MaxBeforeBalance().cents)
	b = a.appendBeforeBalanceCap(b)

	b = append(b, "\nVersements"+french.NoBreak+":"...)
	if len(s.Payments) == 0 {
		b = append(b, " aucun"...)
	}
	var upTo int64
	for i, p := range s.Payments {
		upTo += p.Amount.cents
		b = append(b, "\n  "...)
		b = strconv.AppendInt(b, int64(i+1), 10)
		b = append(b, ". "...)
		b = append(b, p.Kind.Label()...)
		b = append(b, french.Colon...)
		b = appendFrenchEuros(b, p.Amount.cents)
		b = append(b, " (cumul"+french.Colon...)
		b = appendFrenchEuros(b, upTo)
		b = append(b, ')')
	}

	b = append(b, "\nDépense éligible réalisée"+french.Colon...)
	b = appendFrenchEuros(b, s.Spent.cents)
	b = append(b, "\nSubvention définitive"+french.Colon...)
	b = a.Rate.appendFrench(b)
	b = append(b, " × "...)
	b = appendFrenchEuros(b, s.Spent.cents)
	q, r := product(uint64(max(s.Spent.cents, 0)), a.Rate)
	b = append(b, " = "...)
	if rounded := int64(round(q, r, a.Rounding)); rounded > s.Final.cents {
		b = appendFrenchEuros(b, rounded)
		b = append(b, ", ramenée à la subvention maximale"+french.Colon...)
		b = appendFrenchEuros(b, s.Final.cents)
		b = append(b, " (taux appliqué à la dépense réalisée"...)
	} else {
		b = appendFrenchEuros(b, s.Final.cents)
		b = append(b, " ("...)
		b = append(b, a.Rounding.Label()...)
		b = append(b, french.Semicolon+"taux appliqué à la dépense réalisée et arrondi"...)
	}
	b = append(b, french.Colon+choice+", à défaut des modalités de calcul de la décision, "+finalSource+")"...)

	if s.Repay.cents > 0 {
		b = append(b, "\nTrop-perçu à reverser"+french.Colon...)
		b = appendFrenchEuros(b, s.Paid.cents)
		b = append(b, " − "...)
		b = appendFrenchEuros(b, s.Final.cents)
		b = append(b, " = "...)
		b = appendFrenchEuros(b, s.Repay.cents)
	} else {
		b = append(b, "\nSolde à verser"+french.Colon...)
		b = appendFrenchEuros(b, s.Final.cents)
		b = append(b, " − "...)
		b = appendFrenchEuros(b, s.Paid.cents)
		b = append(b, " = "...)
		b = appendFrenchEuros(b, s.Balance.cents)
	}
	for _, f := range s.Findings {
		b = append(b, "\nÀ signaler"+french.Colon...)
		b = append(b, f.Reason...)
	}
	return string(b)
}
