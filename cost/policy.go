package cost

import (
	"errors"
	"strconv"

	"github.com/planrelance/numerique/internal/quote"
)

// Policy is the rule by which a scheme co-finances a budget: the rate it
// pays, the categories of cost that do not count, the largest grant and how
// the grant is rounded.
//
// Policy is a value of plain fields; Excluded is a slice, so Policy is not
// comparable with ==. The package reads a Policy and never modifies or
// keeps its slice; a Policy that nobody modifies is safe for concurrent
// use.
//
// The zero value pays 0 % of everything, with no ceiling, rounding down to
// the cent: it is valid and grants 0 €.
//
// In JSON a Policy is an object with "rate", "excluded" (a list of
// categories, [] when none is excluded), "ceiling" (omitted when there is
// none; "0.00" still reads as none) and "rounding":
//
//	{"rate":"50%","excluded":["personnel"],"rounding":"down-to-cent"}
type Policy struct {
	Rate     Rate       `json:"rate"`             // share of the eligible costs that the State pays
	Excluded []Category `json:"excluded"`         // costs that do not count; order and repeats do not matter
	Ceiling  Amount     `json:"ceiling,omitzero"` // largest grant; zero means no ceiling
	Rounding Rounding   `json:"rounding"`         // how the exact grant becomes cents; DownToCent by default
}

// Excludes reports whether p leaves costs of category c out of the eligible
// base.
func (p Policy) Excludes(c Category) bool {
	for _, e := range p.Excluded {
		if e == c {
			return true
		}
	}
	return false
}

// Validate reports every problem of p at once, joined with [errors.Join],
// in field order:
//   - an excluded category that is not known: [ErrUnknownCategory];
//   - a negative ceiling: [ErrNegativeAmount];
//   - a rounding that is none of the modes: [ErrInvalidRounding].
//
// A Rate is always in [0, 1], so the rate needs no check. Validate returns
// nil when p is valid.
func (p Policy) Validate() error {
	if _, ok := p.mask(); ok {
		return nil
	}
	var errs []error
	for i, c := range p.Excluded {
		if !c.IsValid() {
			errs = append(errs, newError("cost: policy: excluded["+strconv.Itoa(i)+"]: unknown category "+quote.Input(string(c)), ErrUnknownCategory))
		}
	}
	if p.Ceiling.IsNegative() {
		errs = append(errs, newError("cost: policy: ceiling: negative amount "+p.Ceiling.String(), ErrNegativeAmount))
	}
	if !p.Rounding.IsValid() {
		errs = append(errs, newError("cost: policy: rounding: unknown rounding "+p.Rounding.String(), ErrInvalidRounding))
	}
	return errors.Join(errs...)
}

// mask returns the excluded categories as a set of bits (bit i for
// Categories()[i]) and whether p is valid. It is the allocation-free pass
// of Validate and Cofinance.
func (p Policy) mask() (uint8, bool) {
	var m uint8
	for _, c := range p.Excluded {
		i := c.index()
		if i < 0 {
			return 0, false
		}
		m |= 1 << i
	}
	return m, !p.Ceiling.IsNegative() && p.Rounding.IsValid()
}
