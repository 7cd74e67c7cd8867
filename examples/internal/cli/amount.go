package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/quote"
)

// BudgetUsage says, for a flag's -h, how a budget is written.
const BudgetUsage = "the budget in euros, one `category=amount` a line,\n" +
	"lines " + ListUsage + " (a comma between two digits is a decimal comma);\n" +
	"amounts plain (12000.50) or French (12 000,50 €);\n" +
	"categories: personnel, materiel, prestations, conseil, logiciels, hebergement, formation, autre"

// Amount returns the amount that s writes in euros, in the plain notation
// of [cost.ParseAmount] ("12000.50") or in the French one of
// [cost.Amount.French] ("12 000,50 €"); spaces around s are ignored. An error
// quotes s and wraps the sentinel of package cost that names the problem:
// [cost.ErrInvalidAmount] for text in neither notation, whose message says
// which notations are expected, [cost.ErrSubCent] for a fraction of a cent,
// [cost.ErrOverflow] for an amount out of range:
//
//	parse amount "12 00,5": invalid amount: want 12000.50 or 12 000,50 €
func Amount(s string) (cost.Amount, error) {
	t := strings.TrimSpace(s)
	a, err := cost.ParseAmount(t)
	if errors.Is(err, cost.ErrInvalidAmount) {
		a, err = cost.ParseFrench(t)
	}
	if err != nil {
		return cost.Amount{}, &amountError{input: s, err: sentinel(err)}
	}
	return a, nil
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

// amountError is an amount that Amount cannot read: the text as given, and
// the sentinel of package cost that names the problem.
type amountError struct {
	input string
	err   error
}

func (e *amountError) Error() string {
	msg := "parse amount " + quote.Input(e.input) + ": " + e.err.Error()
	if e.err == cost.ErrInvalidAmount {
		msg += ": want 12000.50 or 12 000,50 €"
	}
	return msg
}

func (e *amountError) Unwrap() error { return e.err }

// Budget returns the budget that s writes (see the package doc): lines
// category=amount, in order, each labelled with its category's French label.
// The empty text is the empty budget. Every bad line is reported at once,
// quoted: a line without an equals sign, an unknown category (wrapping
// [cost.ErrUnknownCategory]), an amount that [Amount] cannot read. Budget
// does not judge amounts: [cost.Budget.Validate] refuses a negative one.
func Budget(s string) (cost.Budget, error) {
	var (
		b    cost.Budget
		errs []error
	)
	for _, item := range List(s) {
		slug, amount, ok := strings.Cut(item, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("budget line %s: want category=amount", quote.Input(item)))
			continue
		}
		c, err := cost.ParseCategory(strings.TrimSpace(slug))
		if err != nil {
			errs = append(errs, fmt.Errorf("budget line %s: %w", quote.Input(item), err))
			continue
		}
		a, err := Amount(amount)
		if err != nil {
			errs = append(errs, fmt.Errorf("budget line %s: %w", quote.Input(item), err))
			continue
		}
		b = append(b, cost.Line{Category: c, Label: c.Label(), Amount: a})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return b, nil
}
