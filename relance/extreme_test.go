package relance_test

import (
	"math"
	"strconv"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOrientExtremeInput gives Orient what no collectivité would, and
// expects a sound answer or a clear error: never a wrapped number, never a
// hang.
func TestOrientExtremeInput(t *testing.T) {
	t.Run("10 000 members whose populations overflow when added", func(t *testing.T) {
		p := dataProject()
		p.Members = make([]scheme.Body, 10000)
		for i := range p.Members {
			p.Members[i] = scheme.Body{ID: strconv.Itoa(i), Kind: scheme.Commune, Population: math.MaxInt / 5000}
		}
		options, err := relance.Orient(p, calendar.MustDate(2021, time.March, 1))
		require.NoError(t, err)
		donnees := byScheme(options)[scheme.Donnees]
		assert.Equal(t, scheme.Eligible, donnees.Eligibility.Verdict, "a sum past the largest int is at scale, not negative")
	})

	t.Run("a budget of 100 000 lines", func(t *testing.T) {
		p := dataProject()
		p.Budget = make(cost.Budget, 100000)
		for i := range p.Budget {
			c := cost.Services
			if i%2 == 1 {
				c = cost.Personnel
			}
			p.Budget[i] = cost.Line{Category: c, Label: "Ligne", Amount: cost.Cents(123_45)}
		}
		options, err := relance.Orient(p, calendar.MustDate(2021, time.March, 1))
		require.NoError(t, err)
		f := byScheme(options)[scheme.Donnees].Funding
		require.NotNil(t, f)
		assert.Equal(t, cost.Cents(100000*123_45), f.Total)
		assert.Equal(t, cost.Cents(50000*123_45/2), f.Grant) // 50 % of the services lines, exact
		assert.Len(t, f.Lines, 100000)
	})

	t.Run("amounts whose sum leaves the range", func(t *testing.T) {
		p := dataProject()
		p.Budget = cost.Budget{
			{Category: cost.Services, Label: "A", Amount: cost.Cents(math.MaxInt64)},
			{Category: cost.Services, Label: "B", Amount: cost.Cents(1)},
		}
		_, err := relance.Orient(p, calendar.MustDate(2021, time.March, 1))
		require.ErrorIs(t, err, cost.ErrOverflow)
		assert.ErrorIs(t, err, scheme.ErrInvalidProject)
	})

	t.Run("the largest amount", func(t *testing.T) {
		p := dataProject()
		p.Budget = cost.Budget{{Category: cost.Services, Label: "A", Amount: cost.Cents(math.MaxInt64)}}
		options, err := relance.Orient(p, calendar.MustDate(2021, time.October, 8))
		require.NoError(t, err)
		f := byScheme(options)[scheme.Donnees].Funding
		assert.Equal(t, cost.Cents(6917529027641081855), f.Grant, "75 %% of 2⁶³−1 cents is …855.25, rounded down\n%s", f.Explain())
		assert.False(t, f.Remainder.IsNegative())
	})

	for _, d := range []calendar.Date{calendar.MustDate(1, time.January, 1), calendar.MustDate(9999, time.December, 31)} {
		t.Run("on "+d.String(), func(t *testing.T) {
			p := dataProject()
			p.Start, p.Results = d, d
			options, err := relance.Orient(p, d)
			require.NoError(t, err)
			require.Len(t, options, 4)
			for _, o := range options {
				assert.NotEqual(t, calendar.Open, o.Status, "%s takes projects on %s", o.Scheme.ID(), d)
				assert.NotEmpty(t, o.Explain())
			}
		})
	}
}
