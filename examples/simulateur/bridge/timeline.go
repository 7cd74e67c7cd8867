package bridge

import (
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/scheme"
)

// Timeline places the phases of every session of the schemes on a line of
// days, as published on the date of orientation, for the page to draw: each
// day is an offset from First, counted from 0.
//
// The line spans the months of the phases, and the date of orientation when
// it stands at most [NearMonths] months from them. A date farther away is
// not shown on the line, which would take thousands of months to reach it:
// Outside says on which side it stands, for the page to mark it at that
// edge, and OnLabel says so. So the line never spans more than the phases
// and twice NearMonths months, whatever the date.
type Timeline struct {
	First    string `json:"first"`     // the first day shown, the 1st of a month: "2021-01-01"
	Last     string `json:"last"`      // the last day shown, the last of a month: "2021-11-30"
	Days     int    `json:"days"`      // the number of days shown, both ends included
	On       int    `json:"on"`        // the offset of the date of orientation, below 0 or from Days on when Outside
	OnFrench string `json:"on_french"` // « 1er mars 2021 »
	// Outside is "" when the line shows the date of orientation, "before"
	// or "after" when the date stands before First or after Last, farther
	// than NearMonths months from the phases.
	Outside string `json:"outside"`
	// OnLabel labels the mark of the date: OnFrench, or for a date
	// outside the line « 1er janvier 2030, après la frise ».
	OnLabel string `json:"on_label"`
	Months  []Tick `json:"months"` // the first day of each month shown
	Rows    []Row  `json:"rows"`   // one per session, schemes in catalogue order
}

// NearMonths is how far from the phases of the sessions, in months, the
// date of orientation may stand for the [Timeline] to widen to it.
const NearMonths = 12

// Tick is the first day of a month on the timeline.
type Tick struct {
	Offset int    `json:"offset"` // from First
	Label  string `json:"label"`  // « janv. », « févr. », … « déc. »
	Year   int    `json:"year"`
}

// Row is one session on the timeline.
type Row struct {
	Scheme      string `json:"scheme"`       // the scheme's ID
	Name        string `json:"name"`         // the scheme's name
	Session     string `json:"session"`      // the session's ID
	SessionName string `json:"session_name"` // « 1re session »
	Phases      []Span `json:"phases"`       // in the calendar's order
}

// Span is one phase of a session on the timeline.
type Span struct {
	ID        string `json:"id"`         // the phase's ID: "candidatures"
	Name      string `json:"name"`       // « Dépôt des candidatures »
	Window    string `json:"window"`     // « du 25 janvier au 28 mai 2021 »
	From      int    `json:"from"`       // the offset of its first day
	To        int    `json:"to"`         // the offset of its last day, or of Last when it has no end
	OpenEnded bool   `json:"open_ended"` // it has no last day
	Intake    bool   `json:"intake"`     // projects are submitted in it
	Status    string `json:"status"`     // on the date: "upcoming", "open" or "closed"
	// StatusLabel is the status in French: « à venir », « ouvert », « clos ».
	StatusLabel string `json:"status_label"`
}

// months are the French abbreviations of the months, as the typographic
// rules of the Imprimerie nationale give them.
var months = [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."}

// newTimeline lays out the sessions of schemes as published on on. The days
// shown run from the 1st of the month of the earliest day to the end of the
// month of the latest: a phase's first or last day, a month after an
// open-ended phase begins, and on when it is near, as Timeline says.
func newTimeline(schemes []scheme.Scheme, on calendar.Date) *Timeline {
	var first, last calendar.Date
	widen := func(d calendar.Date) {
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	type session struct {
		s       scheme.Scheme
		session scheme.Session
		cal     calendar.Calendar
	}
	var sessions []session
	for _, s := range schemes {
		for _, se := range s.Sessions() {
			cal := se.CalendarOn(on)
			sessions = append(sessions, session{s, se, cal})
			for _, p := range cal.Phases {
				widen(p.Window.First())
				if p.Window.OpenEnded() {
					widen(p.Window.First().AddMonths(1))
				} else {
					widen(p.Window.Last())
				}
			}
		}
	}
	outside, label := "", on.French()
	switch {
	case first.IsZero(): // no phase at all
		first, last = on, on
	case on.Before(startOfMonth(first).AddMonths(-NearMonths)):
		outside, label = "before", label+", avant la frise"
	case on.After(endOfMonth(endOfMonth(last).AddMonths(NearMonths))):
		outside, label = "after", label+", après la frise"
	default:
		widen(on)
	}
	first, last = startOfMonth(first), endOfMonth(last)
	t := &Timeline{
		First:    first.String(),
		Last:     last.String(),
		Days:     first.DaysUntil(last) + 1,
		On:       first.DaysUntil(on),
		OnFrench: on.French(),
		Outside:  outside,
		OnLabel:  label,
		Months:   []Tick{},
		Rows:     []Row{},
	}
	for m := first; !m.After(last); m = m.AddMonths(1) {
		t.Months = append(t.Months, Tick{Offset: first.DaysUntil(m), Label: months[m.Month()-time.January], Year: m.Year()})
	}
	for _, x := range sessions {
		row := Row{
			Scheme:      string(x.s.ID()),
			Name:        x.s.Name(),
			Session:     x.session.ID(),
			SessionName: x.session.Name(),
			Phases:      []Span{},
		}
		for _, p := range x.cal.Phases {
			span := Span{
				ID:          p.ID,
				Name:        p.Name,
				Window:      p.Window.French(),
				From:        first.DaysUntil(p.Window.First()),
				To:          t.Days - 1,
				OpenEnded:   p.Window.OpenEnded(),
				Intake:      p.ID == x.session.Intake(),
				Status:      p.Status(on).String(),
				StatusLabel: p.Status(on).French(),
			}
			if !span.OpenEnded {
				span.To = first.DaysUntil(p.Window.Last())
			}
			row.Phases = append(row.Phases, span)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// startOfMonth returns the first day of the month of d.
func startOfMonth(d calendar.Date) calendar.Date {
	return calendar.MustDate(d.Year(), d.Month(), 1)
}

// endOfMonth returns the last day of the month of d.
func endOfMonth(d calendar.Date) calendar.Date {
	if d.Month() == time.December {
		return calendar.MustDate(d.Year(), time.December, 31)
	}
	return calendar.MustDate(d.Year(), d.Month()+1, 1).AddDays(-1)
}
