package cost

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseFrench(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int64 // cents
	}{
		{"as Amount.French writes it", "12\u202f000,50\u00a0€", 1200050},
		{"plain spaces", "12 000,50 €", 1200050},
		{"no-break spaces between groups", "1\u00a0234\u00a0567,89\u00a0€", 123456789},
		{"mixed spaces", "1 234\u202f567,89 €", 123456789},
		{"no euro sign", "12 000,50", 1200050},
		{"the euro sign without a space", "12 000,50€", 1200050},
		{"narrow no-break space before the sign", "12,50\u202f€", 1250},
		{"no grouping", "12000,50", 1200050},
		{"no decimals", "12 000 €", 1200000},
		{"one decimal", "0,5", 50},
		{"negative, as Amount.French writes it", "-12,00\u00a0€", -1200},
		{"plus sign", "+3 €", 300},
		{"zero", "0,00\u00a0€", 0},
		{"zeros beyond the cent", "1,230", 123},
		{"three digits, no group", "999", 99900},
		{"a first group of one digit", "1 000", 100000},
		{"the largest amount", "92\u202f233\u202f720\u202f368\u202f547\u202f758,07\u00a0€", math.MaxInt64},
		{"the smallest amount", "-92\u202f233\u202f720\u202f368\u202f547\u202f758,08\u00a0€", math.MinInt64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseFrench(tt.in)
			require.NoError(t, err)
			assert.Equal(t, Cents(tt.want), got)
			back, err := ParseFrench(got.French())
			require.NoError(t, err)
			assert.Equal(t, got, back, "ParseFrench(a.French()) == a")
		})
	}
}

func TestParseFrenchErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"empty", "", ErrInvalidAmount},
		{"a dot for the decimals", "12000.50", ErrInvalidAmount},
		{"dots between groups", "12.000,50", ErrInvalidAmount},
		{"a group of two", "12 00,50", ErrInvalidAmount},
		{"a group of four", "12 0000", ErrInvalidAmount},
		{"a first group of four", "1234 567", ErrInvalidAmount},
		{"two spaces between groups", "12  000", ErrInvalidAmount},
		{"a space before the comma", "12 ,50", ErrInvalidAmount},
		{"no digit after the comma", "12,", ErrInvalidAmount},
		{"no digit before the comma", ",50", ErrInvalidAmount},
		{"a space at the end", "12,50 ", ErrInvalidAmount},
		{"a space at the start", " 12,50", ErrInvalidAmount},
		{"two spaces before the sign", "12,50  €", ErrInvalidAmount},
		{"the sign only", "€", ErrInvalidAmount},
		{"another currency", "12,50 $", ErrInvalidAmount},
		{"the sign first", "€ 12,50", ErrInvalidAmount},
		{"the sign twice", "12 €€", ErrInvalidAmount},
		{"the sign twice, apart", "12 € €", ErrInvalidAmount},
		{"the sign at both ends", "€12 €", ErrInvalidAmount},
		{"the sign inside", "12 € 000", ErrInvalidAmount},
		{"the word euros", "12,50 euros", ErrInvalidAmount},
		{"a sign only", "-", ErrInvalidAmount},
		{"a fraction of a cent", "1,234 €", ErrSubCent},
		{"one cent above the range", "92 233 720 368 547 758,08", ErrOverflow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseFrench(tt.in)
			require.ErrorIs(t, err, tt.want)
			assert.Equal(t, Amount{}, got)
			assert.True(t, strings.HasPrefix(err.Error(), "cost: parse French amount "), err.Error())
		})
	}
	_, err := ParseFrench("12.000,50")
	assert.EqualError(t, err, `cost: parse French amount "12.000,50": invalid amount: want French notation, as in "12 000,50 €": digits in groups of three, a comma before the decimals, an optional €`)
	_, err = ParseFrench("1,234 €")
	assert.EqualError(t, err, `cost: parse French amount "1,234 €": fraction of a cent`)
	_, err = ParseFrench("12 €€")
	assert.EqualError(t, err, `cost: parse French amount "12 €€": invalid amount: more than one euro sign; write one, at the end, as in "12 000,50 €"`)
	_, err = ParseFrench("12 € €")
	assert.EqualError(t, err, `cost: parse French amount "12 € €": invalid amount: more than one euro sign; write one, at the end, as in "12 000,50 €"`)
	_, err = ParseFrench("€ 12,50")
	assert.EqualError(t, err, `cost: parse French amount "€ 12,50": invalid amount: the euro sign goes at the end, as in "12 000,50 €"`)
}
