package relance_test

import (
	"testing"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
)

var (
	limitsSink    cost.Limits
	financingSink relance.Financing
)

func BenchmarkLimitsFor(b *testing.B) {
	lead := scheme.Body{Kind: scheme.Syndicat}
	b.ReportAllocs()
	for b.Loop() {
		limitsSink = relance.LimitsFor(lead, true)
	}
}

// BenchmarkOptionPlace places the README's grant among two funders, under
// the 20 % rule that reduces it.
func BenchmarkOptionPlace(b *testing.B) {
	o := optionOf(b, dataProject(), scheme.Donnees)
	others := []cost.Resource{region(70000), mecenat(10000)}
	limits := relance.LimitsFor(dataProject().Lead, true)
	b.ReportAllocs()
	for b.Loop() {
		financingSink, _ = o.Place(others, limits)
	}
}

// TestPlanAllocations holds LimitsFor to no allocation, and Option.Place
// to cost.Plan.Place's one, the plan's resources with the grant, for a plan
// that holds once the grant is reduced.
func TestPlanAllocations(t *testing.T) {
	lead := scheme.Body{Kind: scheme.Syndicat}
	assert.Zero(t, testing.AllocsPerRun(100, func() { limitsSink = relance.LimitsFor(lead, true) }))
	o := optionOf(t, dataProject(), scheme.Donnees)
	others := []cost.Resource{region(70000), mecenat(10000)}
	limits := relance.LimitsFor(lead, true)
	assert.LessOrEqual(t, testing.AllocsPerRun(100, func() { financingSink, _ = o.Place(others, limits) }), 1.0)
}
