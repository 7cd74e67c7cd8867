package bridge_test

import (
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/stretchr/testify/assert"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		name, in string
		want     cost.Amount
	}{
		{"whole euros", "180000", cost.Euros(180000)},
		{"grouped by spaces", "180 000", cost.Euros(180000)},
		{"as Amount.French writes it", "61\u202f728,39\u00a0€", cost.Cents(6172839)},
		{"no-break spaces", "1\u00a0250\u00a0000,00", cost.Euros(1250000)},
		{"euro sign with a space", "12 000,50 €", cost.Cents(1200050)},
		{"euro sign without a space", "12000,50€", cost.Cents(1200050)},
		{"one decimal", "12000,5", cost.Cents(1200050)},
		{"trailing zeros beyond the cent", "10,500", cost.Cents(1050)},
		{"spaces around", "  42  ", cost.Euros(42)},
		{"zero", "0", cost.Amount{}},
		{"three digits, no group", "999", cost.Euros(999)},
		{"leading zeros", "007", cost.Euros(7)},
		{"spaces before the euro sign", "12 000  €", cost.Euros(12000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, code := bridge.ParseAmount(tt.in)
			assert.Empty(t, code)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseAmountErrors(t *testing.T) {
	tests := []struct {
		name, in, code string
	}{
		{"empty", "", bridge.CodeAmountSyntax},
		{"only the euro sign", " € ", bridge.CodeAmountSyntax},
		{"letters", "douze mille", bridge.CodeAmountSyntax},
		{"English decimals", "12000.50", bridge.CodeAmountDot},
		{"dots as thousands", "12.000,50", bridge.CodeAmountDot},
		{"negative", "-12,00", bridge.CodeAmountNegative},
		{"minus zero", "-0", bridge.CodeAmountNegative},
		{"minus zero with cents", "-0,00", bridge.CodeAmountNegative},
		{"minus zero in euros", " -0 € ", bridge.CodeAmountNegative},
		{"the minus sign U+2212", "\u221212", bridge.CodeAmountNegative},
		{"the minus sign U+2212 before zero", "\u22120", bridge.CodeAmountNegative},
		{"a negative amount with a dot: the sign first", "-12.5", bridge.CodeAmountNegative},
		{"a minus sign before letters", "-douze", bridge.CodeAmountNegative},
		{"two euro signs", "12 €€", bridge.CodeAmountSyntax},
		{"two euro signs apart", "12 € €", bridge.CodeAmountSyntax},
		{"two euro signs without spaces", "12€€", bridge.CodeAmountSyntax},
		{"a plus sign", "+12", bridge.CodeAmountSyntax},
		{"the euro sign first", "€ 12", bridge.CodeAmountSyntax},
		{"two signs", "+-12", bridge.CodeAmountSyntax},
		{"a tab between groups", "12\t000", bridge.CodeAmountGrouping},
		{"a space in the cents", "12,5 0", bridge.CodeAmountGrouping},
		{"a space and letters", "12 000 euros", bridge.CodeAmountSyntax},
		{"two commas", "12,5,0", bridge.CodeAmountSyntax},
		{"nothing after the comma", "12,", bridge.CodeAmountSyntax},
		{"nothing before the comma", ",50", bridge.CodeAmountSyntax},
		{"group of four", "1 2000", bridge.CodeAmountGrouping},
		{"first group of four", "1200 000", bridge.CodeAmountGrouping},
		{"two spaces in a row", "12  000", bridge.CodeAmountGrouping},
		{"a fraction of a cent", "10,505", bridge.CodeAmountSubCent},
		{"beyond the range", "999999999999999999999", bridge.CodeAmountRange},
		{"other currency", "12 $", bridge.CodeAmountSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, code := bridge.ParseAmount(tt.in)
			assert.Equal(t, tt.code, code)
			assert.Equal(t, cost.Amount{}, got)
		})
	}
}

func TestParsePopulation(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
	}{
		{"plain", "350000", 350000},
		{"grouped", "1 258 722", 1258722},
		{"narrow no-break spaces", "560\u202f000", 560000},
		{"zero", "0", 0},
		{"just below the limit", "999999999999", 999999999999},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, code := bridge.ParsePopulation(tt.in)
			assert.Empty(t, code)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParsePopulationErrors(t *testing.T) {
	tests := []struct {
		name, in, code string
	}{
		{"empty", "", bridge.CodePopulationSyntax},
		{"decimals", "350 000,5", bridge.CodePopulationSyntax},
		{"negative", "-5", bridge.CodePopulationSyntax},
		{"words", "beaucoup", bridge.CodePopulationSyntax},
		{"bad grouping", "35 0000", bridge.CodeAmountGrouping},
		{"a thousand billion", "1000000000000", bridge.CodePopulationRange},
		{"beyond int64", "99999999999999999999", bridge.CodePopulationRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, code := bridge.ParsePopulation(tt.in)
			assert.Equal(t, tt.code, code)
			assert.Zero(t, got)
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in string
		want     calendar.Date
	}{
		{"French", "15/03/2021", calendar.MustDate(2021, time.March, 15)},
		{"French, one digit", "1/3/2021", calendar.MustDate(2021, time.March, 1)},
		{"French with dashes", "15-03-2021", calendar.MustDate(2021, time.March, 15)},
		{"French with dots", "15.03.2021", calendar.MustDate(2021, time.March, 15)},
		{"ISO", "2021-03-15", calendar.MustDate(2021, time.March, 15)},
		{"spaces around", " 01/10/2021 ", calendar.MustDate(2021, time.October, 1)},
		{"leap day", "29/02/2024", calendar.MustDate(2024, time.February, 29)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, code := bridge.ParseDate(tt.in)
			assert.Empty(t, code)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		name, in, code string
	}{
		{"empty", "", bridge.CodeDateSyntax},
		{"words", "le 15 mars", bridge.CodeDateSyntax},
		{"two parts", "15/03", bridge.CodeDateSyntax},
		{"two-digit year", "15/03/21", bridge.CodeDateSyntax},
		{"three-digit day", "015/03/2021", bridge.CodeDateSyntax},
		{"letters in a part", "15/mars/2021", bridge.CodeDateSyntax},
		{"no such day", "31/02/2021", bridge.CodeDateInvalid},
		{"not a leap year", "29/02/2021", bridge.CodeDateInvalid},
		{"month 13", "2021-13-01", bridge.CodeDateInvalid},
		{"day zero", "00/01/2021", bridge.CodeDateInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, code := bridge.ParseDate(tt.in)
			assert.Equal(t, tt.code, code)
			assert.True(t, got.IsZero())
		})
	}
}
