package cost

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The policies of the seed, first session.
var (
	horsPersonnel           = Policy{Rate: Percent(50), Excluded: []Category{Personnel}}
	horsPersonnelEtMateriel = Policy{Rate: Percent(50), Excluded: []Category{Personnel, Equipment}}
)

func TestCofinanceSeedPolicies(t *testing.T) {
	tests := []struct {
		name                      string
		p                         Policy
		excluded, eligible, grant Amount
	}{
		{"services-usagers: 50 % hors personnel", horsPersonnel, Euros(60000), Euros(200000), Euros(100000)},
		{"donnees, cooperation: 50 % hors personnel et matériel", horsPersonnelEtMateriel, Euros(80000), Euros(180000), Euros(90000)},
		{"incubateur: 50 % with no exclusion", Policy{Rate: Percent(50)}, Euros(0), Euros(260000), Euros(130000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Cofinance(seedBudget(), tt.p)
			require.NoError(t, err)
			explain := res.Explain()
			assert.Equal(t, Euros(260000), res.Total, explain)
			assert.Equal(t, tt.excluded, res.Excluded, explain)
			assert.Equal(t, tt.eligible, res.Eligible, explain)
			assert.Equal(t, tt.grant, res.Grant, explain)
			assert.Equal(t, Euros(260000).Sub(tt.grant), res.Remainder, explain)
			assert.Equal(t, Percent(50), res.Rate)
			assert.False(t, res.Capped)
			require.Len(t, res.Lines, 3)
			for i, l := range res.Lines {
				assert.Equal(t, seedBudget()[i].Category, l.Category())
				assert.Equal(t, seedBudget()[i].Amount, l.Amount())
				assert.Equal(t, !tt.p.Excludes(l.Category()), l.Counted())
				assert.Equal(t, l.Counted(), l.Reason() == "", "a reason exactly for excluded lines")
			}
		})
	}
}

func TestCofinanceRounding(t *testing.T) {
	tests := []struct {
		name     string
		rate     string
		eligible string
		// the grant under DownToCent, HalfUpToCent, HalfEvenToCent, DownToEuro
		want [4]string
	}{
		{"half a cent, odd cent below", "50%", "123456.79", [4]string{"61728.39", "61728.40", "61728.40", "61728.00"}},
		{"half a cent, even cent below", "50%", "123456.77", [4]string{"61728.38", "61728.39", "61728.38", "61728.00"}},
		{"half a cent of one cent", "50%", "0.01", [4]string{"0.00", "0.01", "0.00", "0.00"}},
		{"half a cent from one cent up", "75%", "0.02", [4]string{"0.01", "0.02", "0.02", "0.00"}},
		{"half a cent from four cents up", "75%", "0.06", [4]string{"0.04", "0.05", "0.04", "0.00"}},
		{"exact product", "33.33%", "100.00", [4]string{"33.33", "33.33", "33.33", "33.00"}},
		{"a third of a cent", "33.33%", "0.01", [4]string{"0.00", "0.00", "0.00", "0.00"}},
		{"just below half a cent", "0.499999999", "0.01", [4]string{"0.00", "0.00", "0.00", "0.00"}},
		{"just above half a cent", "0.500000001", "0.01", [4]string{"0.00", "0.01", "0.01", "0.00"}},
		{"nine decimals of rate", "0.123456789", "1.00", [4]string{"0.12", "0.12", "0.12", "0.00"}},
		{"whole rate", "100%", "999.99", [4]string{"999.99", "999.99", "999.99", "999.00"}},
		{"zero rate", "0%", "999.99", [4]string{"0.00", "0.00", "0.00", "0.00"}},
		{"75 % of a large budget", "75%", "12345678.91", [4]string{"9259259.18", "9259259.18", "9259259.18", "9259259.00"}},
		{"the largest budget", "100%", "92233720368547758.07", [4]string{"92233720368547758.07", "92233720368547758.07", "92233720368547758.07", "92233720368547758.00"}},
		{"half of the largest budget", "50%", "92233720368547758.07", [4]string{"46116860184273879.03", "46116860184273879.04", "46116860184273879.04", "46116860184273879.00"}},
	}
	modes := []Rounding{DownToCent, HalfUpToCent, HalfEvenToCent, DownToEuro}
	for _, tt := range tests {
		for i, m := range modes {
			t.Run(tt.name+"/"+m.String(), func(t *testing.T) {
				b := Budget{{Services, "Développement", MustParseAmount(tt.eligible)}}
				res, err := Cofinance(b, Policy{Rate: MustParseRate(tt.rate), Rounding: m})
				require.NoError(t, err)
				assert.Equal(t, MustParseAmount(tt.want[i]), res.Grant, res.Explain())
				assert.Equal(t, res.Total.Sub(res.Grant), res.Remainder)
				assert.Equal(t, m, res.Rounding)
			})
		}
	}
}

func TestCofinanceCeiling(t *testing.T) {
	b := Budget{{Services, "Développement", Euros(200000)}}
	tests := []struct {
		name    string
		ceiling Amount
		mode    Rounding
		grant   Amount
		capped  bool
	}{
		{"no ceiling", Amount{}, DownToCent, Euros(100000), false},
		{"ceiling above the grant", Euros(150000), DownToCent, Euros(100000), false},
		{"ceiling equal to the grant", Euros(100000), DownToCent, Euros(100000), false},
		{"ceiling below the grant", Euros(80000), DownToCent, Euros(80000), true},
		{"a capped grant is the ceiling to the cent", MustParseAmount("50000.50"), DownToEuro, MustParseAmount("50000.50"), true},
		{"one cent", Cents(1), DownToCent, Cents(1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Cofinance(b, Policy{Rate: Percent(50), Ceiling: tt.ceiling, Rounding: tt.mode})
			require.NoError(t, err)
			assert.Equal(t, tt.grant, res.Grant, res.Explain())
			assert.Equal(t, tt.capped, res.Capped)
			assert.Equal(t, tt.ceiling, res.Ceiling)
			assert.Equal(t, Euros(200000).Sub(tt.grant), res.Remainder)
		})
	}
}

func TestCofinanceEverythingExcluded(t *testing.T) {
	b := Budget{
		{Personnel, "Chef de projet", Euros(40000)},
		{Equipment, "Tablettes", MustParseAmount("12345.67")},
	}
	res, err := Cofinance(b, horsPersonnelEtMateriel)
	require.NoError(t, err)
	assert.Equal(t, MustParseAmount("52345.67"), res.Total)
	assert.Equal(t, res.Total, res.Excluded)
	assert.Equal(t, Amount{}, res.Eligible)
	assert.Equal(t, Amount{}, res.Grant)
	assert.Equal(t, res.Total, res.Remainder)
	for _, l := range res.Lines {
		assert.False(t, l.Counted())
	}
	assert.Equal(t, "exclu\u00a0: catégorie «\u00a0Dépenses de personnel\u00a0» non financée par cette politique", res.Lines[0].Reason())
	assert.Equal(t, "exclu\u00a0: catégorie «\u00a0Matériel\u00a0» non financée par cette politique", res.Lines[1].Reason())
}

func TestCofinanceReasons(t *testing.T) {
	var b Budget
	for _, c := range Categories() {
		b = append(b, Line{c, c.Label(), Euros(1)})
	}
	res, err := Cofinance(b, Policy{Rate: Percent(50), Excluded: Categories()})
	require.NoError(t, err)
	for i, l := range res.Lines {
		assert.False(t, l.Counted())
		assert.Equal(t, Categories()[i], l.Category())
		assert.Equal(t, Euros(1), l.Amount())
		assert.Contains(t, l.Reason(), "«\u00a0"+l.Category().Label()+"\u00a0»")
	}
}

func TestCofinanceEmptyBudget(t *testing.T) {
	res, err := Cofinance(nil, horsPersonnel)
	require.NoError(t, err)
	assert.Equal(t, Amount{}, res.Total)
	assert.Equal(t, Amount{}, res.Grant)
	assert.Empty(t, res.Lines)

	res, err = Cofinance(Budget{}, Policy{})
	require.NoError(t, err)
	assert.Equal(t, Result{}, res, "the zero Result is that of the empty budget under the zero Policy")
}

func TestCofinanceErrors(t *testing.T) {
	tests := []struct {
		name string
		b    Budget
		p    Policy
		want []error
	}{
		{"negative line", Budget{{Services, "Serveurs", Cents(-1200)}}, horsPersonnel, []error{ErrNegativeAmount}},
		{"unknown category", Budget{{"xyz", "Divers", Euros(5)}}, horsPersonnel, []error{ErrUnknownCategory}},
		{"total out of range", Budget{{Services, "a", Cents(math.MaxInt64)}, {Services, "b", Cents(1)}}, horsPersonnel, []error{ErrOverflow}},
		{"bad policy", seedBudget(), Policy{Excluded: []Category{"xyz"}}, []error{ErrUnknownCategory}},
		{"negative ceiling", seedBudget(), Policy{Ceiling: Cents(-1)}, []error{ErrNegativeAmount}},
		{"bad rounding", seedBudget(), Policy{Rounding: 7}, []error{ErrInvalidRounding}},
		{"both bad at once", Budget{{Services, "Serveurs", Cents(-1200)}}, Policy{Rounding: 7}, []error{ErrNegativeAmount, ErrInvalidRounding}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Cofinance(tt.b, tt.p)
			for _, want := range tt.want {
				require.ErrorIs(t, err, want)
			}
			assert.Equal(t, Result{}, res)
		})
	}
	_, err := Cofinance(Budget{{Services, "Serveurs", Cents(-1200)}}, Policy{Rounding: 7})
	assert.EqualError(t, err, `cost: line 1 ("Serveurs"): negative amount -12.00
cost: policy: rounding: unknown rounding %!Rounding(7)`)
}

func TestCofinanceDoesNotModifyInput(t *testing.T) {
	b := seedBudget()
	p := Policy{Rate: Percent(50), Excluded: []Category{Personnel}}
	res, err := Cofinance(b, p)
	require.NoError(t, err)
	res.Lines[0] = LineResult{}
	assert.Equal(t, seedBudget(), b)
	assert.Equal(t, []Category{Personnel}, p.Excluded)
}

func TestResultJSON(t *testing.T) {
	res, err := Cofinance(seedBudget(), Policy{Rate: Percent(50), Excluded: []Category{Personnel}, Ceiling: Euros(90000), Rounding: HalfUpToCent})
	require.NoError(t, err)
	data, err := json.Marshal(res)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"total":"260000.00","excluded":"60000.00","eligible":"200000.00",
		"grant":"90000.00","remainder":"170000.00",
		"rate":"50%","ceiling":"90000.00","rounding":"half-up-to-cent","capped":true,
		"lines":[
			{"category":"prestations","amount":"180000.00","counted":true},
			{"category":"personnel","amount":"60000.00","counted":false,
			 "reason":"exclu\u00a0: catégorie «\u00a0Dépenses de personnel\u00a0» non financée par cette politique"},
			{"category":"materiel","amount":"20000.00","counted":true}
		]}`, string(data))
	var back Result
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, res, back)

	var zero Result
	data, err = json.Marshal(zero)
	require.NoError(t, err)
	back = Result{}
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, zero, back, "the zero Result round-trips")
}

func TestExplain(t *testing.T) {
	// Spaces before a colon or a unit are U+00A0 and between thousands
	// U+202F; the expected texts write them as "~" and "^".
	tests := []struct {
		name string
		b    Budget
		p    Policy
		want string
	}{
		{"half a cent dropped", Budget{{Services, "Développement", MustParseAmount("123456.79")}}, Policy{Rate: Percent(50)}, `
Coût total~: 123^456,79~€
Dépenses exclues~: aucune
Assiette éligible~: 123^456,79~€
Taux de cofinancement~: 50~%
Montant exact~: 50~% × 123^456,79~€ = 61^728,395~€
Arrondi au centime inférieur~: 61^728,39~€ (choix de la bibliothèque~: aucun texte ne fixe l’arrondi)
Plafond~: aucun
Subvention de l’État~: 61^728,39~€
Reste à charge~: 123^456,79~€ − 61^728,39~€ = 61^728,40~€`},
		{"exclusions and a ceiling", Budget{
			{Services, "Développement", Euros(180000)},
			{Personnel, "Chef de projet", Euros(40000)},
			{Equipment, "Serveurs", Euros(15000)},
			{Personnel, "Développeur", Euros(20000)},
			{Equipment, "Tablettes", Euros(5000)},
		}, Policy{Rate: MustParseRate("33.33%"), Excluded: []Category{Personnel, Equipment}, Ceiling: Euros(50000), Rounding: HalfEvenToCent}, `
Coût total~: 260^000,00~€
Dépenses exclues~: 80^000,00~€
  - Dépenses de personnel~: 60^000,00~€
  - Matériel~: 20^000,00~€
Assiette éligible~: 260^000,00~€ − 80^000,00~€ = 180^000,00~€
Taux de cofinancement~: 33,33~%
Montant exact~: 33,33~% × 180^000,00~€ = 59^994,00~€
Arrondi au centime le plus proche (moitié vers le centime pair)~: 59^994,00~€ (choix de la politique~: aucun texte ne fixe l’arrondi)
Plafond~: 50^000,00~€, atteint~: la subvention y est ramenée
Subvention de l’État~: 50^000,00~€
Reste à charge~: 260^000,00~€ − 50^000,00~€ = 210^000,00~€`},
		{"a ceiling not reached, down to the euro", Budget{{Software, "Licences", MustParseAmount("1000.99")}}, Policy{Rate: MustParseRate("0.123456789"), Ceiling: Euros(1000), Rounding: DownToEuro}, `
Coût total~: 1^000,99~€
Dépenses exclues~: aucune
Assiette éligible~: 1^000,99~€
Taux de cofinancement~: 12,3456789~%
Montant exact~: 12,3456789~% × 1^000,99~€ = 123,57901122111~€
Arrondi à l’euro inférieur~: 123,00~€ (choix de la politique~: aucun texte ne fixe l’arrondi)
Plafond~: 1^000,00~€, non atteint
Subvention de l’État~: 123,00~€
Reste à charge~: 1^000,99~€ − 123,00~€ = 877,99~€`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Cofinance(tt.b, tt.p)
			require.NoError(t, err)
			want := strings.NewReplacer("~", "\u00a0", "^", "\u202f").Replace(tt.want[1:])
			assert.Equal(t, want, res.Explain())
		})
	}
}

func TestExplainHandMadeResult(t *testing.T) {
	// Explain describes whatever figures it is given, without panicking.
	res := Result{
		Total:    Cents(math.MinInt64),
		Eligible: Cents(math.MinInt64),
		Rate:     Percent(100),
		Rounding: Rounding(9),
		Lines:    []LineResult{{}},
		Excluded: Cents(5),
	}
	text := res.Explain()
	assert.Contains(t, text, "Arrondi\u00a0: %!Rounding(9)")
	assert.Contains(t, text, "= -92\u202f233\u202f720\u202f368\u202f547\u202f758,08\u00a0€\n")
	assert.Contains(t, text, "  - %!Category(\"\")\u00a0: 0,00\u00a0€")
	res.Rounding = HalfUpToCent
	res.Rate = Percent(50)
	res.Eligible = Cents(-3)
	text = res.Explain()
	assert.Contains(t, text, "= -0,015\u00a0€\nArrondi au centime le plus proche (moitié vers le haut)\u00a0: -0,02\u00a0€ (choix de la politique\u00a0: aucun texte ne fixe l’arrondi)\n")
}

func TestLineResult(t *testing.T) {
	var zero LineResult
	assert.Equal(t, Category(""), zero.Category(), "the zero LineResult has no category")
	assert.Equal(t, Amount{}, zero.Amount())
	assert.False(t, zero.Counted())
	assert.Empty(t, zero.Reason())

	data, err := json.Marshal(zero)
	require.NoError(t, err)
	assert.JSONEq(t, `{"category":"","amount":"0.00","counted":false}`, string(data))
	back := lineResult(5, 0, true)
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, zero, back, "the zero LineResult round-trips")

	l := lineResult(42, 0, false)
	require.NoError(t, json.Unmarshal([]byte(`{"category":"materiel","amount":"1.50","counted":true,"reason":"ignored"}`), &l))
	assert.Equal(t, lineResult(150, 1, true), l)
	for _, bad := range []string{`{"category":"xyz"}`, `{"amount":1e3}`, `{"amount":true}`, `[]`} {
		l := lineResult(42, 0, false)
		assert.Error(t, json.Unmarshal([]byte(bad), &l), bad)
		assert.Equal(t, lineResult(42, 0, false), l, "unchanged on error")
	}
}

func TestLineResultNullLeavesItUnchanged(t *testing.T) {
	l := lineResult(150, 1, true)
	require.NoError(t, l.UnmarshalJSON([]byte("null")))
	assert.Equal(t, lineResult(150, 1, true), l, "null leaves the LineResult unchanged, as encoding/json does")

	var res Result
	require.NoError(t, json.Unmarshal([]byte(`{"lines":[{"category":"materiel","amount":"1.50","counted":true},null]}`), &res))
	require.Len(t, res.Lines, 2)
	assert.Equal(t, LineResult{}, res.Lines[1], "a null line decodes to the zero LineResult")
	data, err := json.Marshal(res)
	require.NoError(t, err, "and what decodes encodes")
	var again Result
	require.NoError(t, json.Unmarshal(data, &again))
	assert.Equal(t, res, again)
}
