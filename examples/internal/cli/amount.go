package cli

import (
	"errors"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/quote"
)

// BudgetUsage says, for a flag's -h, how a budget is written.
const BudgetUsage = "the budget in euros, one `category=amount` a line,\n" +
	"lines " + ListUsage + " (a comma between two digits is a decimal comma);\n" +
	"amounts plain (12000.50) or French (12 000,50 €), without a sign;\n" +
	"categories: personnel, materiel, prestations, conseil, logiciels, hebergement, formation, autre"

// Amount returns the amount that s writes in euros, 0 or more, in the
// plain notation of [cost.ParseAmount] ("12000.50") or in the French one
// of [cost.Amount.French] ("12 000,50 €"); spaces around s are ignored.
// Every amount that a program reads is a cost, a funding or a payment, never
// negative: a sign before the amount ([Sign]) is refused, whatever follows
// it — "-12", "-0", "-0,00" and "+100" alike, with one message. An error
// quotes s and wraps the sentinel of package cost that names the problem:
// [cost.ErrNegativeAmount] for a minus sign, [cost.ErrInvalidAmount] for a
// plus sign or text in neither notation, whose message says which notations
// are expected, [cost.ErrSubCent] for a fraction of a cent,
// [cost.ErrOverflow] for an amount out of range:
//
//	parse amount "12 00,5": invalid amount: want 12000.50 or 12 000,50 €
//	parse amount "-0": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €
func Amount(s string) (cost.Amount, error) {
	t := strings.TrimSpace(s)
	switch Sign(t) {
	case '-':
		return cost.Amount{}, &amountError{input: s, err: cost.ErrNegativeAmount, signed: true}
	case '+':
		return cost.Amount{}, &amountError{input: s, err: cost.ErrInvalidAmount, signed: true}
	}
	a, err := cost.ParseAmount(t)
	if errors.Is(err, cost.ErrInvalidAmount) {
		a, err = cost.ParseFrench(t)
	}
	if err != nil {
		return cost.Amount{}, &amountError{input: s, err: sentinel(err)}
	}
	return a, nil
}

// Sign returns the sign that s starts with, spaces around s ignored: '-'
// for a minus sign, the hyphen-minus or U+2212 (« − », as French text sets
// it), '+' for a plus sign, 0 for none. Where an amount cannot be negative,
// a sign says that its author thought it could, whatever follows it: "-0"
// is a cost typed negative, and is refused as "-12" is.
func Sign(s string) rune {
	switch t := strings.TrimSpace(s); {
	case strings.HasPrefix(t, "-"), strings.HasPrefix(t, "\u2212"):
		return '-'
	case strings.HasPrefix(t, "+"):
		return '+'
	}
	return 0
}

// sentinel returns the sentinel of package cost that err wraps, so that an
// error may name the problem without the text it was found in.
func sentinel(err error) error {
	for _, s := range []error{cost.ErrSubCent, cost.ErrOverflow} {
		if errors.Is(err, s) {
			return s
		}
	}
	return cost.ErrInvalidAmount
}

// amountError is an amount that Amount cannot read: the text as given, the
// sentinel of package cost that names the problem, and whether the text is
// refused for its sign.
type amountError struct {
	input  string
	err    error
	signed bool
}

func (e *amountError) Error() string {
	msg := "parse amount " + quote.Input(e.input) + ": "
	switch {
	case e.signed:
		msg += "a sign: want 0 or more without a sign, such as " + notations
	case e.err == cost.ErrInvalidAmount:
		msg += e.err.Error() + ": want " + notations
	default:
		msg += e.err.Error()
	}
	return msg
}

// notations are the two ways of writing an amount, as error messages show
// them.
const notations = "12000.50 or 12 000,50 €"

func (e *amountError) Unwrap() error { return e.err }

// Budget returns the budget that s writes (see the package doc): lines
// category=amount, in order, each labelled with its category's French label.
// The empty text is the empty budget. Every bad line is reported at once, as
// an [*ItemError] that gives its position and quotes it: a line without an
// equals sign, an unknown category (wrapping [cost.ErrUnknownCategory]), an
// amount that [Amount] cannot read, a negative one among them:
//
//	item 2 "conseil=-5": amount "-5": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €
func Budget(s string) (cost.Budget, error) {
	var (
		b    cost.Budget
		errs []error
	)
	for i, item := range List(s) {
		slug, amount, ok := strings.Cut(item, "=")
		if !ok {
			errs = append(errs, Item(i+1, item, errors.New("want category=amount")))
			continue
		}
		slug = strings.TrimSpace(slug)
		c, err := cost.ParseCategory(slug)
		if err != nil {
			errs = append(errs, ItemPart(i+1, item, "category", slug, err))
			continue
		}
		amount = strings.TrimSpace(amount)
		a, err := Amount(amount)
		if err != nil {
			errs = append(errs, ItemPart(i+1, item, "amount", amount, err))
			continue
		}
		b = append(b, cost.Line{Category: c, Label: c.Label(), Amount: a})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return b, nil
}
