package relance_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// TestPromiseByIntake checks that money is promised only where it can still
// be asked for: an intake closed on the date promises nothing, whatever the
// verdict, and says so; a later session says what it would pay.
func TestPromiseByIntake(t *testing.T) {
	tests := []struct {
		name    string
		on      calendar.Date
		id      scheme.ID
		promise relance.Promise
		next    relance.Promise
		want    []string
		absent  []string
	}{
		{
			"the consultation, seven months after its intake closed",
			calendar.MustDate(2021, time.October, 15), scheme.Incubateur, relance.ClosedIntake, relance.NoGrant,
			[]string{"  Dépôt clos : plus de subvention à demander ; aucune session ultérieure connue"},
			[]string{"Subvention", "Dépenses retenues", "145 000,00 €"},
		},
		{
			"the data call between its sessions: the second one's grant",
			calendar.MustDate(2021, time.July, 1), scheme.Donnees, relance.ClosedIntake, relance.Grant,
			[]string{
				"  Dépôt clos : plus de subvention à demander\n",
				"  Prochaine session : 2e session, ouvre le 8 octobre 2021",
				"  Subvention de la 2e session : 75 % × 210 000,00 € = 157 500,00 € ; reste à charge : 132 500,00 €",
			},
			[]string{"  Subvention :", "105 000,00 €"},
		},
		{
			"the data call before its first intake: when to apply",
			calendar.MustDate(2021, time.January, 10), scheme.Donnees, relance.Grant, relance.NoGrant,
			[]string{
				"  Subvention : 50 % × 210 000,00 € = 105 000,00 €",
				"  Demande à déposer : du 25 janvier au 28 mai 2021",
			},
			[]string{"Dépôt clos"},
		},
		{
			"the data call, intake open",
			calendar.MustDate(2021, time.March, 1), scheme.Donnees, relance.Grant, relance.NoGrant,
			[]string{"  Subvention : 50 % × 210 000,00 € = 105 000,00 €"},
			[]string{"Dépôt clos", "Demande à déposer"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			options, err := relance.Orient(laterProject(), tt.on)
			require.NoError(t, err)
			o := byScheme(options)[tt.id]
			require.Equal(t, scheme.Eligible, o.Eligibility.Verdict)
			assert.Equal(t, tt.promise, o.Promise())
			assert.Equal(t, tt.next, o.NextPromise())
			text := o.Explain()
			for _, w := range tt.want {
				assert.Contains(t, text, nbsp(w))
			}
			for _, a := range tt.absent {
				assert.NotContains(t, text, nbsp(a))
			}
			require.NotNil(t, o.Funding, "what the policy would pay stays for programs")
		})
	}
}

// TestPromiseClosedUndetermined checks that an undetermined project is
// promised nothing either once the intake is closed.
func TestPromiseClosedUndetermined(t *testing.T) {
	p := laterProject()
	p.SharedNeed = scheme.Unanswered
	options, err := relance.Orient(p, calendar.MustDate(2021, time.October, 15))
	require.NoError(t, err)
	o := byScheme(options)[scheme.Incubateur]
	require.Equal(t, scheme.Undetermined, o.Eligibility.Verdict)
	assert.Equal(t, relance.ClosedIntake, o.Promise())
	assert.NotContains(t, o.Explain(), "Subvention si")
}

// TestNextFunding checks the next session's funding: the budget under its
// policy, nil without a budget or a next session.
func TestNextFunding(t *testing.T) {
	on := calendar.MustDate(2021, time.July, 1)
	options, err := relance.Orient(laterProject(), on)
	require.NoError(t, err)
	o := byScheme(options)[scheme.Donnees]
	require.NotNil(t, o.NextFunding)
	assert.Equal(t, cost.Euros(157500), o.NextFunding.Grant)
	assert.Nil(t, byScheme(options)[scheme.Incubateur].NextFunding, "no next session")

	p := laterProject()
	p.Budget = nil
	options, err = relance.Orient(p, on)
	require.NoError(t, err)
	o = byScheme(options)[scheme.Donnees]
	assert.False(t, o.Next.IsZero())
	assert.Nil(t, o.NextFunding, "no budget")
	assert.Equal(t, relance.NoGrant, o.NextPromise())
}

// TestPlaceClosedIntake checks that a grant that can no longer be asked for
// is not placed in a plan.
func TestPlaceClosedIntake(t *testing.T) {
	options, err := relance.Orient(laterProject(), calendar.MustDate(2021, time.October, 15))
	require.NoError(t, err)
	_, err = byScheme(options)[scheme.Incubateur].Place(nil, cost.Limits{})
	require.ErrorIs(t, err, relance.ErrNoGrant)
	assert.ErrorContains(t, err, `the intake of "consultation-2021" closed on 2021-03-15`)
}

// TestOrientCommencement checks that the orientation's date is the day of
// the request unless the project says otherwise, and that a later session
// judges the project as a request to it, received at the earliest on the
// day its intake opens (décret n° 2018-514, art. 5, II).
func TestOrientCommencement(t *testing.T) {
	july := calendar.MustDate(2021, time.July, 1)
	code := func(o relance.Option) scheme.Outcome {
		c, ok := o.Eligibility.Criterion(scheme.CodeCommencement)
		require.True(t, ok)
		return c.Outcome
	}
	next := func(o relance.Option) scheme.Outcome {
		require.NotNil(t, o.NextEligibility)
		c, ok := o.NextEligibility.Criterion(scheme.CodeCommencement)
		require.True(t, ok)
		return c.Outcome
	}

	started := dataProject() // started on 1 April 2021
	options, err := relance.Orient(started, july)
	require.NoError(t, err)
	o := byScheme(options)[scheme.Donnees]
	assert.Equal(t, scheme.NotMet, code(o), "asked on 1 July for a project started on 1 April")
	assert.Equal(t, scheme.Ineligible, o.Eligibility.Verdict)
	assert.Equal(t, scheme.NotMet, next(o), "nor can the second session fund it")
	assert.Equal(t, relance.NoGrant, o.NextPromise())
	_, ok := byScheme(options)[scheme.Incubateur].Eligibility.Criterion(scheme.CodeCommencement)
	assert.False(t, ok, "the consultation is no grant request")

	asked := dataProject()
	asked.Requested = calendar.MustDate(2021, time.March, 1)
	options, err = relance.Orient(asked, july)
	require.NoError(t, err)
	o = byScheme(options)[scheme.Donnees]
	assert.Equal(t, scheme.Met, code(o), "asked on 1 March, in the first session")
	assert.Equal(t, relance.ClosedIntake, o.Promise())
	assert.Equal(t, scheme.NotMet, next(o), "a request to the second session is received on 8 October at the earliest")

	later := laterProject() // starts on 1 February 2022
	options, err = relance.Orient(later, july)
	require.NoError(t, err)
	o = byScheme(options)[scheme.Donnees]
	assert.Equal(t, scheme.Met, next(o))
	assert.Equal(t, relance.Grant, o.NextPromise())
}
