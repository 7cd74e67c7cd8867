package cost

import (
	"errors"
	"math"
	"math/bits"

	"github.com/planrelance/numerique/internal/quote"
)

// Line is one line of a budget: what a cost is, as the applicant names it,
// and how much it is.
//
// Line is a value, comparable with ==. The zero Line has no category, which
// [Budget.Validate] refuses. In JSON it is an object with "category", a
// slug, "label" and "amount":
// {"category":"prestations","label":"Développement","amount":"180000.00"}.
type Line struct {
	Category Category `json:"category"` // a known category
	Label    string   `json:"label"`    // free text, e.g. "Serveurs"
	Amount   Amount   `json:"amount"`   // zero or more
}

// Budget is the list of costs of a project, in the order the applicant
// gives them. Amounts are on whatever basis the applicant uses, with or
// without VAT (HT or TTC): the texts of the schemes do not say, and the
// package never converts.
//
// A Budget is a slice: the package reads it and never modifies or keeps it.
// The zero value, an empty Budget, is valid and costs 0 €. In JSON it is a
// list of [Line] objects, as encoding/json writes a slice.
type Budget []Line

// Total returns the sum of every line. For a valid budget (see
// [Budget.Validate]) it is exact. Otherwise the lines are still added
// exactly, whatever their order, and a sum beyond the range of [Amount]
// gives the nearest bound, never a number wrapped around.
func (b Budget) Total() Amount {
	return b.sum(func(Category) bool { return true })
}

// Sum returns the sum of the lines of category c, 0 € when there are none.
// Like [Budget.Total], it is exact for a valid budget and gives the nearest
// bound of the range otherwise.
func (b Budget) Sum(c Category) Amount {
	return b.sum(func(lc Category) bool { return lc == c })
}

// sum adds the amounts of the lines whose category keep accepts on 128 bits,
// where no budget that fits in memory can overflow, then clamps the exact
// sum to the range of Amount.
func (b Budget) sum(keep func(Category) bool) Amount {
	var hi int64  // the high word, signed
	var lo uint64 // the low word
	for _, l := range b {
		if !keep(l.Category) {
			continue
		}
		a := l.Amount.cents
		var carry uint64
		lo, carry = bits.Add64(lo, uint64(a), 0)
		hi += a>>63 + int64(carry) // a>>63 is the sign extension of a: 0 or -1
	}
	switch {
	case hi == 0 && lo <= math.MaxInt64, hi == -1 && lo > math.MaxInt64:
		return Amount{int64(lo)}
	case hi < 0:
		return Amount{math.MinInt64}
	}
	return Amount{math.MaxInt64}
}

// Validate reports every problem of b at once, joined with [errors.Join],
// each as a [*LineError] that gives the line and wraps a sentinel, in line
// order:
//   - a category that is not known: [ErrUnknownCategory];
//   - a negative amount: [ErrNegativeAmount];
//   - the line at which the running total of the other lines leaves the
//     range of [Amount]: [ErrOverflow] (reported once).
//
// For example:
//
//	cost: line 2 ("Serveurs"): negative amount -12.00
//
// A budget with no line is valid. Validate returns nil when b is valid.
func (b Budget) Validate() error {
	if b.valid() {
		return nil
	}
	var errs []error
	var total int64
	overflow := false
	for i, l := range b {
		if !l.Category.IsValid() {
			errs = append(errs, &LineError{i, l.Label, &lineProblem{ErrUnknownCategory, l.Category, l.Amount}})
		}
		if l.Amount.IsNegative() {
			errs = append(errs, &LineError{i, l.Label, &lineProblem{ErrNegativeAmount, l.Category, l.Amount}})
			continue
		}
		if overflow {
			continue
		}
		sum, ok := addCents(total, l.Amount.cents)
		if !ok {
			overflow = true
			errs = append(errs, &LineError{i, l.Label, &lineProblem{ErrOverflow, l.Category, l.Amount}})
			continue
		}
		total = sum
	}
	return errors.Join(errs...)
}

// valid reports whether b is valid, without allocating: the fast path of
// Validate.
func (b Budget) valid() bool {
	var total int64
	for i := range b {
		a := b[i].Amount.cents
		if !b[i].Category.IsValid() || a < 0 {
			return false
		}
		var ok bool
		if total, ok = addCents(total, a); !ok {
			return false
		}
	}
	return true
}

// lineProblem is one problem of a budget line, worded on demand: its
// sentinel, and the line's category and amount, which it may quote.
// Validate makes two allocations for each problem, the LineError and this.
type lineProblem struct {
	err      error // ErrUnknownCategory, ErrNegativeAmount or ErrOverflow
	category Category
	amount   Amount
}

// Error words the problem without the line, which the LineError names.
func (p *lineProblem) Error() string {
	switch p.err {
	case ErrUnknownCategory:
		return p.err.Error() + " " + quote.Input(string(p.category))
	case ErrNegativeAmount:
		return p.err.Error() + " " + p.amount.String()
	}
	return p.err.Error() + ": the total exceeds " + Amount{math.MaxInt64}.String()
}

// Unwrap returns the sentinel.
func (p *lineProblem) Unwrap() error { return p.err }
