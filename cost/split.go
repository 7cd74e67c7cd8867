package cost

import (
	"cmp"
	"math/bits"
	"slices"
	"strconv"
)

// Share is the part of an amount that falls to one party of a [Split].
//
// Share is a value, comparable with ==.
type Share struct {
	Party  string `json:"party"`  // the party, as given to Split
	Amount Amount `json:"amount"` // its part, to the cent
}

// Split divides total among parties in proportion to their weights
// (populations, shares in a syndicate…), to the cent, so that the shares
// add up exactly to total.
//
// Each party first gets its exact proportion total × weight ÷ Σ weights
// rounded down to the cent; the cents left over, fewer than the parties, go
// one each to the parties whose proportions lost the largest fractions of a
// cent, a tie going to the earlier party (largest remainder). So every share
// is within one cent of its exact proportion, a party of weight zero gets
// nothing, and the result depends only on the arguments, in order. The
// arithmetic is exact, on 128-bit integers.
//
// The shares are in the order of parties; names need not be unique. Split
// fails, with an error wrapping [ErrInvalidSplit], when there are no
// parties, when parties and weights differ in length, when a weight is
// negative, when every weight is zero, when total is negative (also
// [ErrNegativeAmount]) or when the weights add up to more than 2⁶⁴ − 1
// (also [ErrOverflow]).
func Split(total Amount, parties []string, weights []int64) ([]Share, error) {
	switch {
	case len(parties) == 0:
		return nil, newError("cost: split: no parties", ErrInvalidSplit)
	case len(parties) != len(weights):
		return nil, newError("cost: split: "+strconv.Itoa(len(parties))+" parties but "+strconv.Itoa(len(weights))+" weights", ErrInvalidSplit)
	case total.IsNegative():
		return nil, newError("cost: split: negative total "+total.String(), ErrInvalidSplit, ErrNegativeAmount)
	}
	var sum, carry uint64
	for i, w := range weights {
		if w < 0 {
			return nil, newError("cost: split: party "+strconv.Itoa(i+1)+" ("+strconv.Quote(parties[i])+"): negative weight "+strconv.FormatInt(w, 10), ErrInvalidSplit)
		}
		var c uint64
		sum, c = bits.Add64(sum, uint64(w), 0)
		carry += c
	}
	switch {
	case carry != 0:
		return nil, newError("cost: split: the weights add up to more than 18446744073709551615", ErrInvalidSplit, ErrOverflow)
	case sum == 0:
		return nil, newError("cost: split: every weight is zero", ErrInvalidSplit)
	}

	t := uint64(total.cents)
	shares := make([]Share, len(parties))
	rems := make([]uint64, len(parties))
	var given uint64
	for i, w := range weights {
		// total × w < 2⁶³ × 2⁶³ and the quotient is at most total: one
		// 128-by-64-bit division is exact.
		hi, lo := bits.Mul64(t, uint64(w))
		q, r := bits.Div64(hi, lo, sum)
		shares[i] = Share{Party: parties[i], Amount: Amount{int64(q)}}
		rems[i] = r
		given += q
	}
	if left := t - given; left > 0 {
		order := make([]int, len(parties))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(rems[b], rems[a]) })
		for _, i := range order[:left] {
			shares[i].Amount.cents++
		}
	}
	return shares, nil
}
