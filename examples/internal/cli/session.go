package cli

import (
	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
)

// InForce says in French which session of a scheme applies on a date and
// where its intake stands, in the calendar as published that day:
// « 1re session (dépôt des candidatures du 25 janvier au 28 mai 2021,
// ouvert) ». s is the session that [scheme.Scheme.SessionOn] gives for on.
func InForce(s scheme.Session, on calendar.Date) string {
	intake := s.IntakeOn(on)
	return s.Name() + " (" + french.InSentence(intake.Name) + " " + intake.Window.French() + ", " + s.Status(on).French() + ")"
}
