package scheme

import (
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/stretchr/testify/require"
)

// testCalendar is a one-phase calendar for the sessions of the tests: its
// intake, "candidatures", runs through 2021.
func testCalendar() calendar.Calendar {
	return calendar.Calendar{Phases: []calendar.Phase{{
		ID: "candidatures", Name: "Dépôt des candidatures",
		Window: calendar.MustBetween(day(2021, time.January, 1), day(2021, time.December, 31)),
	}}}
}

// testDefinition returns a valid definition of one session, named name,
// with rules r: a regional fund of a test.
func testDefinition(name string, r Rules) Definition {
	return Definition{
		ID: "fonds-test", Name: "Fonds régional d’essai", Operator: "Région",
		Sessions: []SessionDefinition{{ID: "appel-1", Name: name, Calendar: testCalendar(), Intake: "candidatures", Rules: r}},
	}
}

// customSession returns the only session of a scheme built by New for a
// test, named name, with rules r.
func customSession(t testing.TB, name string, r Rules) Session {
	t.Helper()
	s, err := New(testDefinition(name, r))
	require.NoError(t, err)
	return s.Sessions()[0]
}
