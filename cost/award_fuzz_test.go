package cost

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzAward checks an award's ceilings and final grant against the big.Rat
// reference for any award and expense, and its statement of payments for
// any three payments: Final ≤ Grant and = Rate × spent rounded below it;
// MaxAdvance ≤ MaxBeforeBalance ≤ Grant; Final − Paid = Balance − Repay,
// one of them zero; a finding exactly when a ceiling is passed.
func FuzzAward(f *testing.F) {
	f.Add(int64(10000000), uint32(500000000), uint8(0), 24, false, false, int64(17000000), uint8(0b001), int64(3000000), int64(4000000), int64(0))
	f.Add(int64(10000000), uint32(500000000), uint8(1), 49, true, true, int64(30000000), uint8(0b011), int64(6000001), int64(3000000), int64(0))
	f.Add(int64(10000000), uint32(500000000), uint8(1), 49, true, false, int64(30000000), uint8(0b011), int64(6000001), int64(3000000), int64(0))
	f.Add(int64(10000000), uint32(500000000), uint8(1), 48, false, true, int64(30000000), uint8(0), int64(1), int64(0), int64(0))
	f.Add(int64(math.MaxInt64), uint32(billion), uint8(3), 100, true, true, int64(math.MaxInt64), uint8(0), int64(math.MaxInt64), int64(1), int64(0))
	f.Add(int64(-1), uint32(0), uint8(9), -1, false, true, int64(-1), uint8(0b111), int64(-1), int64(0), int64(0))
	f.Fuzz(func(t *testing.T, grant int64, rate uint32, mode uint8, months int, guarantee, extended bool, spent int64, advances uint8, p0, p1, p2 int64) {
		a := Award{Grant: Cents(grant), Rate: Rate{int64(rate % (billion + 1))}, Rounding: Rounding(mode % 5), Months: months, Guarantee: guarantee, Extended: extended}
		require.True(t, checkAward(t, a, Cents(spent)))

		var payments []Payment
		for i, amount := range []int64{p0, p1, p2} {
			k := Instalment
			if advances&(1<<i) != 0 {
				k = Advance
			}
			payments = append(payments, Payment{k, Cents(amount)})
		}
		s, err := a.Settle(payments, Cents(spent))
		if err != nil {
			require.True(t, isSentinel(err), "%v", err)
			require.Equal(t, Statement{}, s)
			if extended && months >= 0 && months <= 48 {
				require.ErrorIs(t, err, ErrInvalidAward, "the décret allows 90 %% only beyond 48 months")
			}
			return
		}
		require.NoError(t, a.Validate())
		require.Equal(t, a.Final(Cents(spent)), s.Final)
		require.Equal(t, s.Final.Sub(s.Paid), s.Balance.Sub(s.Repay), "Final − Paid = Balance − Repay")
		require.True(t, s.Balance.IsZero() || s.Repay.IsZero())
		require.False(t, s.Balance.IsNegative() || s.Repay.IsNegative())
		var advance, paid, most int64
		for _, p := range payments {
			paid += p.Amount.Cents()
			most = max(most, paid)
			if p.Kind == Advance {
				advance += p.Amount.Cents()
			}
		}
		require.Equal(t, paid, s.Paid.Cents())
		require.Equal(t, advance, s.Advances.Cents())
		var codes []string
		if advance > a.MaxAdvance().Cents() {
			codes = append(codes, CodeAdvance)
		}
		if most > a.MaxBeforeBalance().Cents() {
			codes = append(codes, CodeBeforeBalance)
		}
		var got []string
		for _, f := range s.Findings {
			got = append(got, f.Code)
		}
		require.Equal(t, codes, got, s.Explain())
		_, err = json.Marshal(s)
		require.NoError(t, err, "a Statement encodes")
	})
}
