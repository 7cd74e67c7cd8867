package relancetest_test

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance/relancetest"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzParseCases checks that Parse never panics, that every problem it reports
// is a CaseError of the file, and that whatever it accepts runs.
func FuzzParseCases(f *testing.F) {
	// The small files of testdata: the corpus's, tens of kilobytes each,
	// would make the fuzzer spend its time minimising them.
	names, err := filepath.Glob("testdata/*.json")
	require.NoError(f, err)
	for _, name := range names {
		data, err := os.ReadFile(name)
		require.NoError(f, err)
		f.Add(data)
	}
	f.Add([]byte(file(`"date": "2021-03-01", "invalid": ["Lead.Kind"], "project": {"lead": {"kind": 3}}, "expect": {"donnees": {"missing": []}}`)))
	f.Add([]byte(`{"format": "numerique/cas/2", "cases": [null, 3, {"name": ""}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := relancetest.Parse("fuzz.json", data)
		if err != nil {
			assert.Zero(t, file)
			problems := []error{err}
			if joined, ok := err.(interface{ Unwrap() []error }); ok && !errors.As(err, new(*relancetest.CaseError)) {
				problems = joined.Unwrap()
			}
			for _, p := range problems {
				var ce *relancetest.CaseError
				require.ErrorAs(t, p, &ce)
				assert.Equal(t, "fuzz.json", ce.File)
				require.ErrorIs(t, p, relancetest.ErrMalformed)
			}
			return
		}
		rep := relancetest.Verify([]relancetest.File{file})
		require.Len(t, rep.Results, len(file.Cases))
		for i, res := range rep.Results {
			assert.Len(t, res.Options, len(file.Cases[i].Schemes))
			for _, m := range res.Mismatches {
				assert.True(t, strings.HasPrefix(m.Path, "cases["), m.Path)
			}
			_ = res.Message()
		}
		_ = rep.Coverage.Table()
	})
}

// FuzzFundingBranches checks the funding branches of any budget under any
// policy against the figures, computed apart in integers: one branch of the
// exclusions, one of the ceiling when there is one, one of the rounding
// unless the ceiling set the grant, exact when the product is whole cents
// (whole euros, to the euro); and each among those the policy can give.
func FuzzFundingBranches(f *testing.F) {
	f.Add(uint64(500000000), int64(0), uint8(0), uint8(2), int64(12345679), uint8(0), int64(6000000))
	f.Add(uint64(750000000), int64(100), uint8(3), uint8(1), int64(1), uint8(1), int64(0))
	f.Add(uint64(1000000000), int64(0), uint8(1), uint8(0), int64(99), uint8(7), int64(1))
	f.Fuzz(func(t *testing.T, billionths uint64, ceiling int64, mode, excluded uint8, a int64, cat uint8, b int64) {
		categories := cost.Categories()
		rate, err := cost.RateOf(decimal.New(int64(billionths%1000000001), -9))
		require.NoError(t, err)
		if ceiling < 0 {
			ceiling = -(ceiling + 1)
		}
		p := cost.Policy{Rate: rate, Ceiling: cost.Cents(ceiling), Rounding: cost.Rounding(mode % 4), Excluded: categories[:excluded%9]}
		budget := cost.Budget{
			{Category: categories[cat%8], Label: "a", Amount: cost.Cents(max(a, -a-1) % 1e15)},
			{Category: categories[(cat/8)%8], Label: "b", Amount: cost.Cents(max(b, -b-1) % 1e15)},
		}
		r, err := cost.Cofinance(budget, p)
		require.NoError(t, err)
		got := relancetest.FundingBranches(r)
		possible := relancetest.PolicyBranches(p)
		for _, br := range got {
			assert.Contains(t, possible, br)
		}

		excludedLine := slices.ContainsFunc(r.Lines, func(l cost.LineResult) bool { return !l.Counted() })
		rules := []string{relancetest.RuleExclusions}
		if ceiling > 0 {
			rules = append(rules, relancetest.RuleCeiling)
		}
		if !r.Capped {
			rules = append(rules, relancetest.RuleRounding)
		}
		var gotRules []string
		for _, br := range got {
			gotRules = append(gotRules, br.Rule)
		}
		require.Equal(t, rules, gotRules)
		assert.Equal(t, excludedLine, got[0].Code == relancetest.BranchLineExcluded)
		if !r.Capped {
			unit := int64(1e9)
			if p.Rounding == cost.DownToEuro {
				unit *= 100
			}
			product := new(big.Int).Mul(big.NewInt(r.Eligible.Cents()), big.NewInt(int64(billionths%1000000001)))
			whole := new(big.Int).Rem(product, big.NewInt(unit)).Sign() == 0
			assert.Equal(t, whole, got[len(got)-1].Code == relancetest.BranchExact, "%v of %v", rate, r.Eligible)
		}
	})
}
