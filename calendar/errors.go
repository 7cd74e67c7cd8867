package calendar

import (
	"errors"
	"fmt"
	"time"
)

// The sentinel errors of the package. Every error it returns wraps one of
// them, so that callers can test with [errors.Is]; the message around it
// starts with "calendar: ", names the operation and quotes the input.
var (
	// ErrInvalidDate reports a day that does not exist, a year outside
	// 1..9999, or text that is not a date in the form "2021-03-15".
	ErrInvalidDate = errors.New("invalid date")

	// ErrInvalidWindow reports a window with a missing end or whose last day
	// comes before its first, or text that is not a window in the form
	// "2021-01-25/2021-03-15" or "2021-06-01/..".
	ErrInvalidWindow = errors.New("invalid window")

	// ErrInvalidCalendar reports a problem found by [Calendar.Validate].
	ErrInvalidCalendar = errors.New("invalid calendar")

	// ErrInvalidStatus reports a [Status] out of range, or text that names no
	// Status.
	ErrInvalidStatus = errors.New("invalid status")
)

// newDateError returns the error of NewDate for an invalid year-month-day.
func newDateError(year int, month time.Month, day int, reason string) error {
	return fmt.Errorf("calendar: new date %s: %w: %s", quoteParts(year, month, day), ErrInvalidDate, reason)
}

// quoteParts renders a year, month and day that may not form a date, as in
// "2021-02-30" or "2021-13-01".
func quoteParts(year int, month time.Month, day int) string {
	return fmt.Sprintf("%q", fmt.Sprintf("%04d-%02d-%02d", year, int(month), day))
}
