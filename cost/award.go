package cost

import (
	"errors"
	"strconv"
)

// Award is a grant as decided, for its payment (décret n° 2018-514 du 25
// juin 2018, art. 8 and 12): the maximum grant, how its final amount is
// computed from the expense actually incurred, and what bounds the
// payments before the balance.
//
// Award is a value, comparable with ==. Its zero value is a grant of 0 €,
// which pays nothing. [Award.MaxAdvance], [Award.MaxBeforeBalance] and
// [Award.Final] cannot fail: they read a negative Grant or expense as 0 €
// and an invalid Rounding as DownToCent; [Award.Validate] and
// [Award.Settle] refuse them.
type Award struct {
	Grant     Amount   `json:"grant"`     // the maximum grant decided (montant maximum de la subvention)
	Rate      Rate     `json:"rate"`      // applied to the eligible expense actually incurred
	Rounding  Rounding `json:"rounding"`  // how Rate × spent becomes cents; DownToCent by default
	Months    int      `json:"months"`    // the planned duration of the project, for the 90 % rule
	Guarantee bool     `json:"guarantee"` // a first-demand bank guarantee backs the advance
}

// AwardOf returns the award of the grant that r computes, for a project
// planned to last months, its advance backed by a bank guarantee or not:
// r's Grant, Rate and Rounding.
func AwardOf(r Result, months int, guarantee bool) Award {
	return Award{r.Grant, r.Rate, r.Rounding, months, guarantee}
}

// grant returns the Grant of a in cents, 0 when it is negative.
func (a Award) grant() int64 { return max(a.Grant.cents, 0) }

// advanceShare and beforeBalanceShare return the ceilings of art. 12 that
// apply to a.
func (a Award) advanceShare() Rate {
	if a.Guarantee {
		return Percent(60)
	}
	return Percent(30)
}

func (a Award) beforeBalanceShare() Rate {
	if a.Months > 48 {
		return Percent(90)
	}
	return Percent(80)
}

// MaxAdvance returns the most that may be paid in advance when the project
// starts: 30 % of the maximum grant, or 60 % when a first-demand bank
// guarantee backs it (décret n° 2018-514, art. 12), rounded down to the
// cent.
func (a Award) MaxAdvance() Amount { return Amount{floorRate(a.grant(), a.advanceShare())} }

// MaxBeforeBalance returns the most that the advance and the instalments
// (acomptes) may add up to before the balance: 80 % of the maximum grant,
// or 90 % when the project is planned to last more than 48 months (décret
// n° 2018-514, art. 12), rounded down to the cent. The decree sets the cap
// on the instalments; this package applies it, as one reads it, to the
// advance and the instalments together. MaxAdvance ≤ MaxBeforeBalance ≤
// Grant.
func (a Award) MaxBeforeBalance() Amount {
	return Amount{floorRate(a.grant(), a.beforeBalanceShare())}
}

// Final returns the grant due for an eligible expense actually incurred of
// spent: Rate × spent, computed exactly and rounded once by Rounding, and
// never above the maximum grant. For 50 % of 179 999,99 € under a grant of
// 100 000 €, it is 89 999,99 €; for 50 % of 250 000 €, 100 000 €.
func (a Award) Final(spent Amount) Amount {
	q, r := product(uint64(max(spent.cents, 0)), a.Rate)
	return Amount{min(int64(round(q, r, a.Rounding)), a.grant())}
}

// Validate reports every problem of a at once, joined with [errors.Join]:
// a negative grant ([ErrNegativeAmount]), a negative duration
// ([ErrInvalidAward]), a rounding that is none of the modes
// ([ErrInvalidRounding]). A Rate is always valid. Validate returns nil when
// a is valid.
func (a Award) Validate() error {
	if !a.Grant.IsNegative() && a.Months >= 0 && a.Rounding.IsValid() {
		return nil
	}
	var errs []error
	if a.Grant.IsNegative() {
		errs = append(errs, newError("cost: award: grant: negative amount "+a.Grant.String(), ErrNegativeAmount))
	}
	if a.Months < 0 {
		errs = append(errs, newError("cost: award: months: "+ErrInvalidAward.Error()+": a negative duration, "+strconv.Itoa(a.Months), ErrInvalidAward))
	}
	if !a.Rounding.IsValid() {
		errs = append(errs, newError("cost: award: rounding: unknown rounding "+a.Rounding.String(), ErrInvalidRounding))
	}
	return errors.Join(errs...)
}
