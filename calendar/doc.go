// Package calendar models the days of the France Relance schemes: civil dates
// in Paris time, windows of days with both ends included, and calendars of
// phases.
package calendar
