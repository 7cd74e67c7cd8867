// Package calendar models the days of the France Relance schemes: civil
// dates in Paris time, windows of days with both ends included, and
// calendars of phases, with their French wording.
//
// The texts of the schemes speak in days: « du 25 janvier au 15 mars 2021 »,
// « à partir du 1er juin 2021 ». This package speaks the same way, and turns
// the instants that programs hold into those days the way Paris reads them.
//
// # Model
//
// A [Date] is a civil day, such as 15 March 2021, between 0001-01-01 and
// 9999-12-31 in the proleptic Gregorian calendar. It has no time of day and
// no time zone. Dates compare with == and [Date.Compare], count days with
// [Date.AddDays] and [Date.DaysUntil], and add calendar months with
// [Date.AddMonths], which gives the last day of the target month when the
// day does not exist there (2021-08-31 + 6 months = 2022-02-28). Arithmetic
// saturates at the bounds of the range instead of wrapping around.
//
// A [Window] is a span of days with both ends included, as the texts read
// them: [Between] 25 January and 15 March 2021 contains both days. A window
// may be open-ended ([From] 1 June 2021). [Window.Contains] tells whether a
// day belongs to it and [Window.Status] where a day stands: [Upcoming],
// [Open] or [Closed].
//
// A [Phase] is a named step with a Window, such as "vote", « Vote pour les
// propositions », 15 March to 15 April 2021. A [Calendar] is a sequence of
// phases in order. Adjacent phases may share their boundary day: 15 March
// 2021 ends step 1 of the Incubateur des Territoires consultation and starts
// step 2, and on that day both are open. [Calendar.On] returns every phase
// open on a day, [Calendar.Current] the one that started last,
// [Calendar.Next] the one that opens next, and [Calendar.Validate] reports
// every breach of the rules at once.
//
// This package is not a time library. A Date is not an instant: it does not
// say when a day begins or ends, and the same Date covers different instants
// in Paris and in Nouméa. The package does no I/O, reads no clock and no
// environment, and holds no mutable state: callers pass the date they mean,
// and every function and method is safe for concurrent use. Every type is a
// value; no method but UnmarshalText modifies its receiver.
//
// # Zero values
//
// Each zero value means "nothing", and every method accepts it without
// panicking:
//   - the zero Date is "no date": [Date.IsZero] reports true, it prints as "",
//     sorts before every other Date, lies in no Window, and stays zero under
//     [Date.AddDays] and [Date.AddMonths]; [Date.DaysUntil] involving it is 0;
//   - the zero Window is "no window": it contains no day, its Status is
//     Closed on every date, it prints as "", and [From] of the zero Date
//     returns it;
//   - the zero [Status] is [Upcoming];
//   - the zero Calendar has no phases: it is valid and never open.
//
// # Paris time
//
// The schemes' dates are days in Paris: a call that closes on 22 November
// closes at midnight, Paris time. [ParisDate] returns the day that a wall calendar in Paris shows at an
// instant, whatever the instant's own location: 2021-03-14 23:30 UTC is
// already 15 March in Paris. It needs no time-zone database and reads no
// file, so it works the same on a machine without time-zone files: it
// applies the rule of legal time in metropolitan France since 1996 — UTC+1,
// and UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
// last Sunday of October — which is what the tz database records for
// Europe/Paris from 1996 on. Years before 1996 get the same rule,
// proleptically. [DateOf] returns instead the day in the instant's own
// location.
//
// # Text and encoding
//
// For programs, a Date is written "2021-03-15" ([Date.String], [ParseDate])
// and a Window "2021-01-25/2021-03-15", or "2021-06-01/.." when open-ended
// ([Window.String], [ParseWindow]), as in ISO 8601. Parsing is strict and
// round-trips: ParseDate(d.String()) == d for every Date but the zero one.
// Date, Window and Status implement [encoding.TextMarshaler] and
// [encoding.TextUnmarshaler], so they are strings in JSON; the zero Date and
// the zero Window are "" in text, and "" reads back as them; as both have an
// IsZero method, the json option omitzero leaves them out. Phase and
// Calendar carry JSON field names: {"phases": [{"id": "vote", "name": "Vote
// pour les propositions", "window": "2021-03-15/2021-04-15"}]}.
//
// A Status is "upcoming", "open" or "closed" ([Status.String],
// [ParseStatus]); an invalid one prints as "%!Status(7)" and does not
// marshal. A JSON null leaves a Status as it was, as encoding/json does for
// every value that cannot be null: in a list it gives Upcoming.
//
// For people, [Date.French] and [Window.French] write as French texts do:
// "1er juin 2021", "du 25 janvier au 15 mars 2021", "du 8 au 22 novembre
// 2021", "à partir du 1er juin 2021". [Status.French] gives "à venir",
// "ouvert", "clos".
//
// For programmers, [Date.GoString] and [Status.GoString] write the Go that
// builds a value, "calendar.MustDate(2021, time.March, 15)",
// "calendar.Date{}", "calendar.Open", so that %#v and a failing assert.Equal
// read.
//
// # Errors
//
// Functions that take input return an error for bad input and never panic;
// only [MustDate] and [MustBetween], meant for literals, panic. Every error
// wraps one of the sentinels [ErrInvalidDate], [ErrInvalidWindow],
// [ErrInvalidCalendar] and [ErrInvalidStatus], for [errors.Is], and its
// message starts with "calendar: ", names the operation and quotes the
// input, cut to its first 64 characters and its length when it is longer,
// so that a message stays short whatever the input (a megabyte of date
// gives a message of about a hundred bytes):
//
//	calendar: parse date "2021-02-30": invalid date: day outside 1..28
//	calendar: validate Phases[1] "vote" (2021-03-10/2021-04-15): invalid calendar: overlaps Phases[0] "recueil" (2021-01-25/2021-03-15) by more than a shared boundary day
//	calendar: parse date "2021-03-15000000000000000000000000000000000000000000000000000000…" (1000000 bytes): invalid date: want YYYY-MM-DD
package calendar
