package relance_test

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVolet(t *testing.T) {
	v := relance.Volet()
	assert.Equal(t, "Mise à niveau numérique de l’État et des territoires", v.Name)
	assert.Equal(t, 18, v.Months)
	assert.Contains(t, v.Aim, "18 mois")
	require.Len(t, v.Operators, 3)
	assert.Equal(t, []string{"DINUM", "DITP", "ANCT"}, []string{v.Operators[0].Acronym, v.Operators[1].Acronym, v.Operators[2].Acronym})
	assert.Equal(t, "ITN 7", v.Fund.Code)
	assert.Equal(t, cost.Euros(88_000_000), v.Fund.Envelope)

	// The axes add up to the fund, and every scheme of the catalogue belongs
	// to exactly one axis.
	var sum cost.Amount
	seen := map[scheme.ID]int{}
	for _, a := range v.Fund.Axes {
		sum = sum.Add(a.Envelope)
		for _, id := range a.Schemes {
			_, err := scheme.Get(id)
			require.NoError(t, err)
			seen[id]++
		}
	}
	assert.Equal(t, v.Fund.Envelope, sum)
	for _, s := range scheme.All() {
		assert.Equal(t, 1, seen[s.ID()], "%s belongs to one axis", s.ID())
	}

	// A fresh copy on every call.
	v.Operators[0].Name = "changé"
	v.Fund.Axes[1].Schemes[0] = "changé"
	again := relance.Volet()
	assert.Equal(t, "direction interministérielle du numérique", again.Operators[0].Name)
	assert.Equal(t, scheme.ServicesUsagers, again.Fund.Axes[1].Schemes[0])

	data, err := json.Marshal(again)
	require.NoError(t, err)
	var back relance.Strand
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, again, back)
}

// TestConcurrentUse runs Orient and the catalogue accessors from many
// goroutines while each mutates its own copies; run with -race.
func TestConcurrentUse(t *testing.T) {
	on := calendar.MustDate(2021, time.July, 1)
	want, err := relance.Orient(dataProject(), on)
	require.NoError(t, err)

	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for g := range 16 {
		wg.Go(func() {
			for range 20 {
				options, err := relance.Orient(dataProject(), on)
				if err != nil {
					errs <- err
					return
				}
				options[0].Scheme.Sessions()[0].Calendar().Phases[0].Name = "changé"
				options[0].Eligibility.Criteria[0] = scheme.Criterion{}
				all := scheme.All()
				all[g%len(all)].Definition().Sessions[0].Calendar.Phases[0].ID = "changé"
				v := relance.Volet()
				v.Fund.Axes[0].Schemes = nil
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	got, err := relance.Orient(dataProject(), on)
	require.NoError(t, err)
	assert.Equal(t, relance.Explain(want), relance.Explain(got))
}
