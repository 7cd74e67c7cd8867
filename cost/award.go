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
// [Award.Final] cannot fail: they read a negative Grant or expense as 0 €,
// an invalid Rounding as DownToCent, and Extended as unset when Months is
// 48 or less; [Award.Validate] and [Award.Settle] refuse them.
//
// In JSON an Award is an object with "grant", "rate", "rounding",
// "months", "guarantee" and "extended":
//
//	{"grant":"100000.00","rate":"50%","rounding":"down-to-cent","months":60,"guarantee":false,"extended":true}
type Award struct {
	Grant     Amount   `json:"grant"`     // the maximum grant decided (montant maximum de la subvention)
	Rate      Rate     `json:"rate"`      // applied to the eligible expense actually incurred
	Rounding  Rounding `json:"rounding"`  // how Rate × spent becomes cents; DownToCent by default
	Months    int      `json:"months"`    // the planned duration of the project (délai de réalisation), as the decision states it
	Guarantee bool     `json:"guarantee"` // a first-demand bank guarantee backs the advance (art. 12 II)

	// Extended says that the award decision raises the instalments' cap
	// from 80 % to 90 %, which art. 12 III allows, and does not impose,
	// for a project whose planned duration exceeds 48 months: valid only
	// when Months > 48, and never assumed.
	Extended bool `json:"extended"`
}

// AwardOf returns the award of the grant that r computes, for a project
// planned to last months, its advance backed by a bank guarantee or not:
// r's Grant, Rate and Rounding, the instalments' cap not extended.
func AwardOf(r Result, months int, guarantee bool) Award {
	return Award{Grant: r.Grant, Rate: r.Rate, Rounding: r.Rounding, Months: months, Guarantee: guarantee}
}

// grant returns the Grant of a in cents, 0 when it is negative.
func (a Award) grant() int64 { return max(a.Grant.cents, 0) }

// advanceShare and beforeBalanceShare return the ceilings of art. 12 II and
// III that apply to a.
func (a Award) advanceShare() Rate {
	if a.Guarantee {
		return Percent(60)
	}
	return Percent(30)
}

func (a Award) beforeBalanceShare() Rate {
	if a.extended() {
		return Percent(90)
	}
	return Percent(80)
}

// extended reports whether the instalments' cap of a is raised to 90 %: the
// decision raises it, for a duration that allows it.
func (a Award) extended() bool { return a.Extended && a.Months > 48 }

// MaxAdvance returns the most that may be paid in advance when the project
// starts: 30 % of the maximum grant, or 60 % when a first-demand bank
// guarantee backs it (décret n° 2018-514, art. 12 II), rounded down to the
// cent.
func (a Award) MaxAdvance() Amount { return Amount{floorRate(a.grant(), a.advanceShare())} }

// MaxBeforeBalance returns the most that the advance and the instalments
// (acomptes) may add up to before the balance: 80 % of the maximum grant,
// or 90 % when the award decision raises the rate (Extended) for a project
// planned to last more than 48 months, never otherwise, rounded down to the
// cent.
//
// The décret caps the advance (art. 12 II: 30 %, 60 % with a guarantee) and
// the instalments (art. 12 III: 80 %, « peut être porté à 90 % » beyond 48
// months) each on its own, and sets no cap on the two together. Bounding
// them together by the instalments' cap, so that no more than that share is
// paid before the balance, is this package's choice: the French of
// [Statement.Explain] and of the findings of [Award.Settle] says « choix de
// la bibliothèque » where it prints that figure. MaxAdvance ≤
// MaxBeforeBalance ≤ Grant.
func (a Award) MaxBeforeBalance() Amount {
	return Amount{floorRate(a.grant(), a.beforeBalanceShare())}
}

// Final returns the grant due for an eligible expense actually incurred of
// spent: Rate × spent, computed exactly and rounded once by Rounding, and
// never above the maximum grant. For 50 % of 179 999,99 € under a grant of
// 100 000 €, it is 89 999,99 €; for 50 % of 250 000 €, 100 000 €.
//
// The décret has the decision state « le montant maximum de la subvention
// et ses modalités de calcul » (art. 8 3°) and sets no rule of its own:
// applying the rate to the expense incurred, and the rounding, are this
// package's choice, which [Statement.Explain] labels « choix de la
// bibliothèque ».
func (a Award) Final(spent Amount) Amount {
	q, r := product(uint64(max(spent.cents, 0)), a.Rate)
	return Amount{min(int64(round(q, r, a.Rounding)), a.grant())}
}

// Validate reports every problem of a at once, joined with [errors.Join]:
// a negative grant ([ErrNegativeAmount]), a negative duration
// ([ErrInvalidAward]), the instalments' cap extended for a duration of 48
// months or less ([ErrInvalidAward]: the décret allows 90 % only beyond 48
// months), a rounding that is none of the modes ([ErrInvalidRounding]). A
// Rate is always valid. Validate returns nil when a is valid.
//
//	cost: award: extended: invalid award: the décret allows 90 % only beyond 48 months (art. 12 III), and the planned duration is 24 months
func (a Award) Validate() error {
	if a.valid() {
		return nil
	}
	var errs []error
	if a.Grant.IsNegative() {
		errs = append(errs, newError("cost: award: grant: negative amount "+a.Grant.String(), ErrNegativeAmount))
	}
	if a.Months < 0 {
		errs = append(errs, newError("cost: award: months: "+ErrInvalidAward.Error()+": a negative duration, "+strconv.Itoa(a.Months), ErrInvalidAward))
	}
	if a.Extended && a.Months <= 48 {
		errs = append(errs, newError("cost: award: extended: "+ErrInvalidAward.Error()+": the décret allows 90 % only beyond 48 months (art. 12 III), and the planned duration is "+strconv.Itoa(a.Months)+" months", ErrInvalidAward))
	}
	if !a.Rounding.IsValid() {
		errs = append(errs, newError("cost: award: rounding: unknown rounding "+a.Rounding.String(), ErrInvalidRounding))
	}
	return errors.Join(errs...)
}

// valid reports whether a is valid, without allocating: the fast path of
// Validate.
func (a Award) valid() bool {
	return !a.Grant.IsNegative() && a.Months >= 0 && a.Rounding.IsValid() && (!a.Extended || a.Months > 48)
}
