package cli_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAmount(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want cost.Amount
	}{
		{"plain", "12000.50", cost.Cents(1200050)},
		{"plain, whole euros", "12000", cost.Euros(12000)},
		{"plain, spaces around", " 12000.5 ", cost.Cents(1200050)},
		{"as Amount.French writes it", "12\u202f000,50\u00a0€", cost.Cents(1200050)},
		{"no-break spaces between groups", "1\u00a0234\u00a0567,89\u00a0€", cost.Cents(123456789)},
		{"plain spaces between groups", "12 000,50 €", cost.Cents(1200050)},
		{"no euro sign", "12 000,50", cost.Cents(1200050)},
		{"the euro sign without a space", "12000,50€", cost.Cents(1200050)},
		{"no grouping", "12000,50", cost.Cents(1200050)},
		{"a single decimal", "1,5", cost.Cents(150)},
		{"trailing zeros beyond the cent", "1,500", cost.Cents(150)},
		{"no decimals", "12 000 €", cost.Euros(12000)},
		{"zero", "0,00\u00a0€", cost.Amount{}},
		{"the largest amount", "92\u202f233\u202f720\u202f368\u202f547\u202f758,07\u00a0€", cost.Cents(math.MaxInt64)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cli.Amount(tt.s)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAmountErrors(t *testing.T) {
	const (
		want = ": invalid amount: want 12000.50 or 12 000,50 €"
		sign = ": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €"
	)
	tests := []struct {
		name string
		s    string
		err  error
		msg  string
	}{
		{"empty", "", cost.ErrInvalidAmount, `parse amount ""` + want},
		{"words", "mille", cost.ErrInvalidAmount, `parse amount "mille"` + want},
		{"a group of two", "12 00,5", cost.ErrInvalidAmount, `parse amount "12 00,5"` + want},
		{"a first group of four", "1234 567", cost.ErrInvalidAmount, `parse amount "1234 567"` + want},
		{"two spaces between groups", "12  000", cost.ErrInvalidAmount, `parse amount "12  000"` + want},
		{"a dot for the thousands", "12.000,50", cost.ErrInvalidAmount, `parse amount "12.000,50"` + want},
		{"a plain amount with a euro sign", "12000.50 €", cost.ErrInvalidAmount, `parse amount "12000.50 €"` + want},
		{"two commas", "1,2,3", cost.ErrInvalidAmount, `parse amount "1,2,3"` + want},
		{"no decimals after the comma", "5,", cost.ErrInvalidAmount, `parse amount "5,"` + want},
		{"no units before the comma", ",5", cost.ErrInvalidAmount, `parse amount ",5"` + want},
		{"only the euro sign", "€", cost.ErrInvalidAmount, `parse amount "€"` + want},
		{"a fraction of a cent, plain", "1.005", cost.ErrSubCent, `parse amount "1.005": fraction of a cent`},
		{"a fraction of a cent, French", "1,005 €", cost.ErrSubCent, `parse amount "1,005 €": fraction of a cent`},
		{"out of range, plain", "99999999999999999999", cost.ErrOverflow, `parse amount "99999999999999999999": amount out of range`},
		{"out of range, French", "92 233 720 368 547 758,08", cost.ErrOverflow, `parse amount "92 233 720 368 547 758,08": amount out of range`},
		{"negative, plain", "-5", cost.ErrNegativeAmount, `parse amount "-5"` + sign},
		{"negative, as Amount.French writes it", "-12,00\u00a0€", cost.ErrNegativeAmount, `parse amount "-12,00\u00a0€"` + sign},
		{"minus zero", "-0", cost.ErrNegativeAmount, `parse amount "-0"` + sign},
		{"minus zero with cents", "-0,00", cost.ErrNegativeAmount, `parse amount "-0,00"` + sign},
		{"minus zero, plain", " -0.00 ", cost.ErrNegativeAmount, `parse amount " -0.00 "` + sign},
		{"the minus sign of typography", "\u221212", cost.ErrNegativeAmount, `parse amount "−12"` + sign},
		{"a minus sign before a word", "-mille", cost.ErrNegativeAmount, `parse amount "-mille"` + sign},
		{"a plus sign", "+100", cost.ErrInvalidAmount, `parse amount "+100"` + sign},
		{"a plus sign, French", "+1 000,00 €", cost.ErrInvalidAmount, `parse amount "+1 000,00 €"` + sign},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cli.Amount(tt.s)
			require.ErrorIs(t, err, tt.err)
			assert.EqualError(t, err, tt.msg)
			assert.Zero(t, got)
		})
	}
}

// TestAmountRoundTrip reads back what Amount.String and Amount.French write,
// for the bounds and for a fixed sample of amounts of every size, and
// refuses the negative ones, as Amount says.
func TestAmountRoundTrip(t *testing.T) {
	amounts := []cost.Amount{cost.Cents(math.MinInt64), cost.Cents(math.MaxInt64), cost.Cents(-1), {}, cost.Cents(1)}
	r := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		n := r.Int64N(math.MaxInt64) >> r.IntN(63)
		if r.IntN(2) == 0 {
			n = -n
		}
		amounts = append(amounts, cost.Cents(n))
	}
	for _, a := range amounts {
		for _, text := range []string{a.String(), a.French()} {
			got, err := cli.Amount(text)
			if a.IsNegative() {
				require.ErrorIs(t, err, cost.ErrNegativeAmount, text)
				continue
			}
			require.NoError(t, err, text)
			require.Equal(t, a, got, text)
		}
	}
}

func TestSign(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want rune
	}{
		{"no sign", "12", 0},
		{"the empty text", "", 0},
		{"spaces only", "  ", 0},
		{"a hyphen-minus", "-12", '-'},
		{"minus zero", "-0", '-'},
		{"the minus sign U+2212", "\u22120,00", '-'},
		{"a plus sign", "+100", '+'},
		{"spaces before the sign", "\u00a0 -5", '-'},
		{"a sign after the digits is no sign before them", "12-", 0},
		{"a hyphen inside", "1-2", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, cli.Sign(tt.s))
		})
	}
}

func TestBudget(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want cost.Budget
	}{
		{"commas, plain amounts", " prestations = 180000, personnel=60000.50 ,", cost.Budget{
			{Category: cost.Services, Label: "Prestations externes", Amount: cost.Euros(180000)},
			{Category: cost.Personnel, Label: "Dépenses de personnel", Amount: cost.Cents(6000050)},
		}},
		{"semicolons, French amounts", "prestations=180\u202f000,00\u00a0€; conseil=12 000,50 €", cost.Budget{
			{Category: cost.Services, Label: "Prestations externes", Amount: cost.Euros(180000)},
			{Category: cost.Consulting, Label: "Conseil et accompagnement", Amount: cost.Cents(1200050)},
		}},
		{"commas with a decimal comma", "prestations=180000,personnel=60000,50", cost.Budget{
			{Category: cost.Services, Label: "Prestations externes", Amount: cost.Euros(180000)},
			{Category: cost.Personnel, Label: "Dépenses de personnel", Amount: cost.Cents(6000050)},
		}},
		{"a category twice", "autre=1;autre=2", cost.Budget{
			{Category: cost.Other, Label: "Autres dépenses", Amount: cost.Euros(1)},
			{Category: cost.Other, Label: "Autres dépenses", Amount: cost.Euros(2)},
		}},
		{"empty text", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cli.Budget(tt.s)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestBudgetErrors(t *testing.T) {
	const (
		categories = ": unknown category: want personnel, materiel, prestations, conseil, logiciels, hebergement, formation or autre"
		sign       = ": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €"
	)
	tests := []struct {
		name string
		s    string
		err  error
		msg  string
	}{
		{"no amount", "prestations", nil, `item 1 "prestations": want category=amount`},
		{"unknown category", "salaires=10", cost.ErrUnknownCategory, `item 1 "salaires=10": category "salaires"` + categories},
		{"bad amount", "prestations=1,5,5", cost.ErrInvalidAmount, `item 1 "prestations=1,5,5": amount "1,5,5": invalid amount: want 12000.50 or 12 000,50 €`},
		{"fraction of a cent", "prestations=1.555", cost.ErrSubCent, `item 1 "prestations=1.555": amount "1.555": fraction of a cent`},
		{"a negative amount, second", "prestations=1;personnel = -5", cost.ErrNegativeAmount, `item 2 "personnel = -5": amount "-5"` + sign},
		{"minus zero", "prestations=-0", cost.ErrNegativeAmount, `item 1 "prestations=-0": amount "-0"` + sign},
		{"every bad line at once, each at its position", "prestations;conseil=5;cloud=1", cost.ErrUnknownCategory,
			"item 1 \"prestations\": want category=amount\n" + `item 3 "cloud=1": category "cloud"` + categories},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cli.Budget(tt.s)
			require.EqualError(t, err, tt.msg)
			var ie *cli.ItemError
			require.ErrorAs(t, err, &ie)
			if tt.err != nil {
				require.ErrorIs(t, err, tt.err)
			}
			assert.Nil(t, got)
		})
	}
}
