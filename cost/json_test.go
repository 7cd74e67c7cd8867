package cost

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/jsoncheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAmountJSONNumber(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Amount
	}{
		{"whole euros", `40000`, Euros(40000)},
		{"one decimal", `12.5`, Cents(1250)},
		{"two decimals", `12.50`, Cents(1250)},
		{"a cent", `0.01`, Cents(1)},
		{"zero", `0`, Amount{}},
		{"minus zero is zero", `-0`, Amount{}},
		{"negative, as ParseAmount reads it", `-3`, Euros(-3)},
		{"the largest amount", `92233720368547758.07`, Cents(math.MaxInt64)},
		{"the smallest amount", `-92233720368547758.08`, Cents(math.MinInt64)},
		{"a string, as before", `"12.50"`, Cents(1250)},
		{"a string with an escape", `"1\u0032.50"`, Cents(1250)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Cents(7)
			require.NoError(t, json.Unmarshal([]byte(tt.in), &a))
			assert.Equal(t, tt.want, a)
		})
	}
	a := Cents(7)
	require.NoError(t, json.Unmarshal([]byte(`null`), &a))
	assert.Equal(t, Cents(7), a, "null leaves the amount unchanged")
}

func TestAmountJSONNumberErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
		msg  string
	}{
		{"an exponent", `1e3`, ErrInvalidAmount,
			`cost: amount 1e3: invalid amount: a JSON number with an exponent or more than two decimals; write the amount as a string with at most two decimals, as in "12.50"`},
		{"a capital exponent", `1E3`, ErrInvalidAmount, ""},
		{"an exponent on a decimal", `1.5e2`, ErrInvalidAmount, ""},
		{"a fraction of a cent", `12.345`, ErrInvalidAmount, ""},
		{"three decimals, even zeros", `12.500`, ErrInvalidAmount, ""},
		{"one cent above the range", `92233720368547758.08`, ErrOverflow, `cost: amount 92233720368547758.08: amount out of range`},
		{"far above the range", `1` + strings.Repeat("0", 100), ErrOverflow,
			`cost: amount 1000000000000000000000000000000000000000000000000000000000000000… (101 bytes): amount out of range`},
		{"a string that is not an amount", `"1e3"`, ErrInvalidAmount, `cost: parse amount "1e3": invalid amount`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Cents(7)
			err := json.Unmarshal([]byte(tt.in), &a)
			require.ErrorIs(t, err, tt.want)
			if tt.msg != "" {
				assert.EqualError(t, err, tt.msg)
			}
			assert.Equal(t, Cents(7), a, "unchanged on error")
		})
	}
	for _, in := range []string{`true`, `{}`, `[]`} {
		var a Amount
		var te *json.UnmarshalTypeError
		require.ErrorAs(t, json.Unmarshal([]byte(in), &a), &te, in)
	}
	var doc struct {
		Lines []Line `json:"lines"`
	}
	err := json.Unmarshal([]byte(`{"lines":[{"amount":false}]}`), &doc)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "lines.amount of type cost.Amount", "the path of the field")
}

// TestAmountUnmarshalJSONDirect calls UnmarshalJSON with what encoding/json
// never gives it, which must fail without a panic.
func TestAmountUnmarshalJSONDirect(t *testing.T) {
	for _, in := range []string{``, `"`, `"abc`, `-`, `x`} {
		a, r := Cents(7), Percent(7)
		assert.Error(t, a.UnmarshalJSON([]byte(in)), "%q", in)
		assert.Equal(t, Cents(7), a)
		assert.Error(t, r.UnmarshalJSON([]byte(in)), "%q", in)
		assert.Equal(t, Percent(7), r)
	}
}

func TestRateJSONNumber(t *testing.T) {
	for _, in := range []string{`"50%"`, `"50 %"`, `"0.5"`, `"50\u0025"`} {
		r := Percent(7)
		require.NoError(t, json.Unmarshal([]byte(in), &r), in)
		assert.Equal(t, Percent(50), r, in)
	}
	r := Percent(7)
	require.NoError(t, json.Unmarshal([]byte(`null`), &r))
	assert.Equal(t, Percent(7), r, "null leaves the rate unchanged")

	for _, in := range []string{`0.5`, `50`, `1`, `-1`} {
		err := json.Unmarshal([]byte(in), &r)
		require.ErrorIs(t, err, ErrInvalidRate, in)
		assert.Equal(t, Percent(7), r)
	}
	err := json.Unmarshal([]byte(`0.5`), &r)
	assert.EqualError(t, err, `cost: rate 0.5: invalid rate: a JSON number could be a fraction or a percentage; write the rate as a string, as in "50%" or "0.5"`)
	var te *json.UnmarshalTypeError
	require.ErrorAs(t, json.Unmarshal([]byte(`{"rate":true}`), &struct {
		Rate Rate `json:"rate"`
	}{}), &te)
	assert.Equal(t, "rate", te.Field)
}

// TestJSONErrorsShort gives every decoder of the package an input of a
// megabyte, and its message stays short.
func TestJSONErrorsShort(t *testing.T) {
	mega := strings.Repeat("9", 1_000_000)
	long := `"` + strings.Repeat("x", 1_000_000) + `"`
	decode := func(data string, v any) error { return json.Unmarshal([]byte(data), v) }
	tests := []struct {
		name string
		err  error
	}{
		{"an amount as a long number", decode(mega, new(Amount))},
		{"an amount as a long number with decimals", decode("1."+mega, new(Amount))},
		{"an amount as a long string", decode(`"`+mega+`"`, new(Amount))},
		{"a rate as a long number", decode(mega, new(Rate))},
		{"a rate as a long string", decode(long, new(Rate))},
		{"a category", decode(long, new(Category))},
		{"a rounding", decode(long, new(Rounding))},
		{"a payment kind", decode(long, new(PaymentKind))},
		{"a line", decode(`{"category":`+long+`}`, new(Line))},
		{"a budget", decode(`[{"amount":`+mega+`}]`, new(Budget))},
		{"a policy", decode(`{"excluded":[`+long+`]}`, new(Policy))},
		{"a plan", decode(`{"cost":`+mega+`}`, new(Plan))},
		{"a result", decode(`{"lines":[{"category":`+long+`}]}`, new(Result))},
		{"an award", decode(`{"rate":`+long+`}`, new(Award))},
		{"a statement", decode(`{"payments":[{"kind":`+long+`}]}`, new(Statement))},
		{"a French amount", errorOf(ParseFrench(strings.Repeat("1", 1_000_000) + " €€"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Error(t, tt.err)
			assert.Less(t, len(tt.err.Error()), 400, "%.400s", tt.err)
		})
	}
}

// errorOf returns the error of a call that returns a value and an error.
func errorOf(_ any, err error) error { return err }

// styleRules are where the package's JSON may hold what jsoncheck reports:
// a label or a funder that the caller left empty, the zero Category of a
// hand-made line; and the sentinels it must never write.
var styleRules = jsoncheck.Rules{
	Empty:     []string{"label", "funder", "party", "category"},
	Sentinels: map[string][]string{"ceiling": {`"0.00"`}, "public_cap": {`"0%"`}},
}

// TestJSONStyle walks the JSON of every exported type of the package, as
// the package returns it and as its zero value, with every list empty and
// full: no null list, no sentinel for "none", every key in snake_case.
func TestJSONStyle(t *testing.T) {
	res, err := Cofinance(seedBudget(), Policy{Rate: Percent(50), Excluded: []Category{Personnel}, Ceiling: Euros(80000)})
	require.NoError(t, err)
	holds, err := readmePlan().Check(cgct)
	require.NoError(t, err)
	broken, err := Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, Euros(90000)}}}.Check(Limits{OwnShare: Percent(20), PublicCap: Percent(80)})
	require.NoError(t, err)
	placed, err := Plan{Cost: Euros(290000), Expense: Euros(210000)}.Place("État", Euros(105000), cgct)
	require.NoError(t, err)
	reduced, err := regionAndMecenat().Place("État", Euros(60000), cgct)
	require.NoError(t, err)
	settled, err := grant100k.Settle([]Payment{{Advance, Euros(40000)}, {Instalment, Euros(50000)}}, Euros(100000))
	require.NoError(t, err)
	unpaid, err := grant100k.Settle(nil, Euros(100000))
	require.NoError(t, err)
	shares, err := Split(Euros(100), []string{"A", "B"}, []int64{1, 2})
	require.NoError(t, err)
	empty, err := Cofinance(nil, Policy{})
	require.NoError(t, err)

	values := map[string]any{
		"Result": res, "Result of an empty budget": empty, "zero Result": Result{},
		"LineResult": res.Lines[0], "excluded LineResult": res.Lines[1],
		"Policy": Policy{Rate: Percent(50), Excluded: []Category{Personnel}}, "zero Policy": Policy{},
		"Budget": seedBudget(), "Line": seedBudget()[0],
		"Share": shares[0], "shares": shares,
		"Plan": readmePlan(), "zero Plan": Plan{}, "Resource": readmePlan().Resources[0],
		"Limits": cgct, "Ratio": holds.OwnShare,
		"PlanCheck that holds": holds, "PlanCheck that breaks": broken, "zero PlanCheck": PlanCheck{},
		"Finding":   broken.Findings[0],
		"Placement": placed, "reduced Placement": reduced, "zero Placement": Placement{},
		"Award": Award{Grant: Euros(100000), Rate: Percent(50), Months: 60, Extended: true}, "zero Award": Award{},
		"Payment":   Payment{Advance, Euros(1)},
		"Statement": settled, "Statement without payment": unpaid, "zero Statement": Statement{},
	}
	for name, v := range values {
		t.Run(name, func(t *testing.T) {
			problems, err := jsoncheck.Marshal(v, styleRules)
			require.NoError(t, err)
			assert.Empty(t, problems)
		})
	}
}
