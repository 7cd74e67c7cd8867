package cost

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPolicyZeroValue(t *testing.T) {
	var p Policy
	require.NoError(t, p.Validate(), "the zero Policy is valid")
	assert.False(t, p.Excludes(Personnel))
	res, err := Cofinance(seedBudget(), p)
	require.NoError(t, err)
	assert.Equal(t, Amount{}, res.Grant, "the zero Policy grants 0 €")
}

func TestPolicyExcludes(t *testing.T) {
	p := Policy{Rate: Percent(50), Excluded: []Category{Personnel, Equipment}}
	require.NoError(t, p.Validate())
	for _, c := range Categories() {
		assert.Equal(t, c == Personnel || c == Equipment, p.Excludes(c), c)
	}
	assert.False(t, p.Excludes("xyz"))
	repeated := Policy{Excluded: []Category{Personnel, Personnel}}
	assert.NoError(t, repeated.Validate(), "repeats do not matter")
}

func TestPolicyValidateErrors(t *testing.T) {
	p := Policy{
		Rate:     Percent(50),
		Excluded: []Category{Personnel, "xyz", ""},
		Ceiling:  Cents(-500),
		Rounding: Rounding(9),
	}
	err := p.Validate()
	require.ErrorIs(t, err, ErrUnknownCategory)
	require.ErrorIs(t, err, ErrNegativeAmount)
	require.ErrorIs(t, err, ErrInvalidRounding)
	assert.EqualError(t, err, `cost: policy: excluded[1]: unknown category "xyz"
cost: policy: excluded[2]: unknown category ""
cost: policy: ceiling: negative amount -5.00
cost: policy: rounding: unknown rounding %!Rounding(9)`)

	tests := []struct {
		name string
		p    Policy
		want error
	}{
		{"unknown category", Policy{Excluded: []Category{"xyz"}}, ErrUnknownCategory},
		{"negative ceiling", Policy{Ceiling: Cents(-1)}, ErrNegativeAmount},
		{"rounding below the modes", Policy{Rounding: -1}, ErrInvalidRounding},
		{"rounding above the modes", Policy{Rounding: DownToEuro + 1}, ErrInvalidRounding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.ErrorIs(t, tt.p.Validate(), tt.want)
		})
	}
}

func TestPolicyJSON(t *testing.T) {
	tests := []struct {
		name string
		p    Policy
		json string
	}{
		{"services-usagers, no ceiling: omitted", Policy{Rate: Percent(50), Excluded: []Category{Personnel}},
			`{"rate":"50%","excluded":["personnel"],"rounding":"down-to-cent"}`},
		{"every field", Policy{Rate: MustParseRate("33.33%"), Excluded: []Category{Personnel, Equipment}, Ceiling: Euros(80000), Rounding: HalfEvenToCent},
			`{"rate":"33.33%","excluded":["personnel","materiel"],"ceiling":"80000.00","rounding":"half-even-to-cent"}`},
		{"empty exclusions: []", Policy{Excluded: []Category{}},
			`{"rate":"0%","excluded":[],"rounding":"down-to-cent"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.p)
			require.NoError(t, err)
			assert.JSONEq(t, tt.json, string(data))
			var back Policy
			require.NoError(t, json.Unmarshal(data, &back))
			assert.Equal(t, tt.p, back)
		})
	}
	data, err := json.Marshal(Policy{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"rate":"0%","excluded":[],"rounding":"down-to-cent"}`, string(data), "the zero Policy: no exclusion, [], and no ceiling")
	var p Policy
	require.NoError(t, json.Unmarshal(data, &p))
	assert.Empty(t, p.Excluded)
	assert.True(t, p.Ceiling.IsZero())
	p = Policy{Ceiling: Euros(5)}
	require.NoError(t, json.Unmarshal([]byte(`{"rate":"50%","ceiling":"0.00"}`), &p))
	assert.Equal(t, Policy{Rate: Percent(50)}, p, `"0.00" still reads as no ceiling`)

	assert.ErrorIs(t, json.Unmarshal([]byte(`{"rate":"150%"}`), &p), ErrInvalidRate)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"excluded":["xyz"]}`), &p), ErrUnknownCategory)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"rounding":"up"}`), &p), ErrInvalidRounding)
}
