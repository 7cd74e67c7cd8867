package cost

import (
	"encoding/json"
	"testing"

	"github.com/planrelance/numerique/internal/jsoncheck"
	"github.com/stretchr/testify/require"
)

// jsonRoundTrip decodes data as a T and, when that succeeds, checks that
// the value encodes, that the encoding decodes, and that it encodes again
// to the same bytes.
func jsonRoundTrip[T any](t *testing.T, data []byte) {
	t.Helper()
	var v T
	if json.Unmarshal(data, &v) != nil {
		return
	}
	out, err := json.Marshal(v)
	require.NoError(t, err, "what decodes encodes: %T from %s", v, data)
	var again T
	require.NoError(t, json.Unmarshal(out, &again), "what encodes decodes: %s", out)
	out2, err := json.Marshal(again)
	require.NoError(t, err)
	require.Equal(t, string(out), string(out2), "the same encoding again")
}

// jsonTypes round-trip data through each exported type of the package.
var jsonTypes = []func(*testing.T, []byte){
	jsonRoundTrip[Amount], jsonRoundTrip[Rate], jsonRoundTrip[Category], jsonRoundTrip[Rounding],
	jsonRoundTrip[Line], jsonRoundTrip[Budget], jsonRoundTrip[Policy], jsonRoundTrip[Result],
	jsonRoundTrip[LineResult], jsonRoundTrip[Share], jsonRoundTrip[[]Share],
	jsonRoundTrip[Ratio], jsonRoundTrip[Resource], jsonRoundTrip[Plan], jsonRoundTrip[Limits],
	jsonRoundTrip[Finding], jsonRoundTrip[PlanCheck], jsonRoundTrip[Placement], jsonRoundTrip[Award],
	jsonRoundTrip[PaymentKind], jsonRoundTrip[Payment], jsonRoundTrip[[]Payment], jsonRoundTrip[Statement],
}

// FuzzCostJSON checks every exported type of the package against any JSON:
// decoding fails, or gives a value that encodes to JSON that decodes and
// encodes again to the same bytes; and what the package computes from
// decoded input — a Result, shares, a PlanCheck, a Placement, a Statement —
// always encodes, in the one JSON style (no null list, no sentinel, keys in
// snake_case).
func FuzzCostJSON(f *testing.F) {
	for _, s := range []string{
		`"10.50"`, `"50%"`, `"0.5"`, `"personnel"`, `""`, `"down-to-euro"`, `null`, `[null]`, `{}`, `[]`, `1`, `"x"`,
		`{"category":"prestations","label":"Développement","amount":"180000.00"}`,
		`[{"category":"prestations","label":"a","amount":"1.00"},null,{"category":null}]`,
		`{"rate":"50%","excluded":["personnel",null,""],"ceiling":"100.00","rounding":"half-up-to-cent"}`,
		`{"rate":null,"excluded":null,"ceiling":null,"rounding":null}`,
		`{"total":"1.00","lines":[{"category":"materiel","amount":"1.50","counted":false,"reason":"x"},null]}`,
		`{"category":"xyz","amount":"1.00","counted":true}`,
		`{"party":"a","amount":"0.50"}`, `[{"party":"a","amount":"0.50"},null]`,
		`{"num":"1.00","den":"3.00"}`, `{"funder":"Région","public":true,"amount":"30000.00"}`,
		`{"expense":"120000.00","resources":[{"funder":"Région","public":true,"amount":"30000.00"},null]}`,
		`{"own_share":"20%","public_cap":null}`, `{"code":"participation-minimale","reason":"x"}`,
		`{"expense":"1.00","own":"1.00","findings":[null,{"code":"x"}],"limits":{"own_share":"150%"}}`,
		`{"funder":"État","asked":"1.00","plan":{"resources":[null]},"check":{}}`,
		`{"grant":"100000.00","rate":"50%","rounding":"down-to-euro","months":49,"guarantee":true,"extended":true}`,
		`40000`, `12.5`, `12.50`, `-0`, `1e3`, `12.345`, `0.5`, `92233720368547758.08`, `{"amount":40000}`, `{"rate":0.5}`,
		`{"cost":"290000.00","expense":"210000.00","resources":[{"funder":"Région","public":true,"amount":70000}]}`,
		`{"plan":{"cost":"100.00","expense":"120.00"},"limits":{"own_share":"20%"}}`,
		`"avance"`, `"acompte"`, `"solde"`, `{"kind":"avance","amount":"1.00"}`, `[{"kind":null},null]`,
		`{"award":{"grant":"1.00"},"payments":[{"kind":"avance","amount":"-1.00"}],"findings":[null]}`,
		`{"plan":{"expense":"120000.00","resources":[{"funder":"Région","public":true,"amount":"100000.00"}]},"limits":{"own_share":"20%"},"award":{"grant":"10.00","rate":"50%"},"payments":[{"kind":"avance","amount":"5.00"}],"spent":"30.00"}`,
	} {
		for i := range jsonTypes {
			f.Add([]byte(s), uint8(i))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		jsonTypes[int(which)%len(jsonTypes)](t, data)

		// What the package computes from decoded input encodes.
		var in struct {
			Budget   Budget    `json:"budget"`
			Policy   Policy    `json:"policy"`
			Plan     Plan      `json:"plan"`
			Limits   Limits    `json:"limits"`
			Award    Award     `json:"award"`
			Payments []Payment `json:"payments"`
			Spent    Amount    `json:"spent"`
		}
		if json.Unmarshal(data, &in) != nil {
			_ = json.Unmarshal(data, &in.Budget)
		}
		if res, err := Cofinance(in.Budget, in.Policy); err == nil {
			requireStyle(t, res, "a Result")
		}
		parties, weights := make([]string, len(in.Budget)), make([]int64, len(in.Budget))
		for i, l := range in.Budget {
			parties[i], weights[i] = l.Label, l.Amount.Cents()
		}
		if shares, err := Split(in.Budget.Total(), parties, weights); err == nil {
			requireStyle(t, shares, "shares")
		}
		if c, err := in.Plan.Check(in.Limits); err == nil {
			requireStyle(t, c, "a PlanCheck")
		}
		if pl, err := in.Plan.Place("État", in.Award.Grant, in.Limits); err == nil {
			requireStyle(t, pl, "a Placement")
		}
		if s, err := in.Award.Settle(in.Payments, in.Spent); err == nil {
			requireStyle(t, s, "a Statement")
		}
	})
}

// requireStyle requires that v encodes in the one JSON style of the
// package's results.
func requireStyle(t *testing.T, v any, what string) {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err, "%s encodes", what)
	problems, err := jsoncheck.Check(data, styleRules)
	require.NoError(t, err)
	require.Empty(t, problems, "%s in the one JSON style: %s", what, data)
}
