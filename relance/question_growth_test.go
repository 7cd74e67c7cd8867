package relance_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/growth"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var sinkQuestions []relance.Question

// TestNextQuestionsGrowth asks the questions of options at two sizes, 8
// times apart, and checks that the time grows as the input, within a
// generous ratio (3 × 8) that quadratic time (64) breaks: a project with
// many members whose populations are missing, and a project judged by
// many schemes of the caller's own. Under the race detector it checks the
// answers alone.
func TestNextQuestionsGrowth(t *testing.T) {
	const factor = 8
	march := calendar.MustDate(2021, time.March, 1)
	members := func(n int) []relance.Option {
		p := dataProject()
		p.Members = make([]scheme.Body, n)
		for i := range p.Members {
			p.Members[i] = scheme.Body{Name: fmt.Sprintf("EPCI %d", i+1), Kind: scheme.EPCI}
		}
		options, err := relance.Orient(p, march)
		require.NoError(t, err)
		return options
	}
	schemes := func(n int) []relance.Option {
		d := mustGet(t, scheme.Donnees).Definition()
		d.Examples, d.Support = nil, nil
		d.Sessions = d.Sessions[:1]
		own := make([]scheme.Scheme, n)
		for i := range own {
			d.ID, d.Name = scheme.ID(fmt.Sprintf("fonds-%d", i+1)), fmt.Sprintf("Fonds n° %d", i+1)
			s, err := scheme.New(d)
			require.NoError(t, err)
			own[i] = s
		}
		options, err := relance.OrientAmong(own, scheme.Project{}, march)
		require.NoError(t, err)
		return options
	}
	tests := []struct {
		name    string
		options func(int) []relance.Option
		small   int
		want    func(n int, qs []relance.Question) // what the questions of size n are
	}{
		{"members without population", members, 500, func(n int, qs []relance.Question) {
			assert.Len(t, qs, n, "one question a member")
			assert.Equal(t, "Members[0].Population", qs[0].Fact)
		}},
		{"schemes of the caller's own", schemes, 200, func(n int, qs []relance.Question) {
			require.NotEmpty(t, qs)
			for _, q := range qs {
				assert.Len(t, q.Schemes, n, "every scheme waits on %s", q.Fact)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			small, large := tt.options(tt.small), tt.options(factor*tt.small)
			tt.want(tt.small, relance.NextQuestions(small))
			tt.want(factor*tt.small, relance.NextQuestions(large))
			if growth.Race || testing.Short() {
				return
			}
			ask := func(options []relance.Option) func() {
				return func() { sinkQuestions = relance.NextQuestions(options) }
			}
			ratio := growth.TimeRatio(ask(small), ask(large), 3*factor)
			t.Logf("%s: %d and %d: time ×%.1f", tt.name, tt.small, factor*tt.small, ratio)
			assert.LessOrEqual(t, ratio, 3.0*factor, "time")
		})
	}
}
