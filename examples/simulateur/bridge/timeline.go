package bridge

import (
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/scheme"
)

// Timeline places the phases of every session of the schemes on a line of
// days, as published on the date of orientation, for the page to draw: each
// day is an offset from First, counted from 0.
type Timeline struct {
	First    string `json:"first"`     // the first day shown, the 1st of a month: "2021-01-01"
	Last     string `json:"last"`      // the last day shown, the last of a month
	Days     int    `json:"days"`      // the number of days shown, both ends included
	On       int    `json:"on"`        // the offset of the date of orientation
	OnFrench string `json:"on_french"` // « 1er mars 2021 »
	Months   []Tick `json:"months"`    // the first day of each month shown
	Rows     []Row  `json:"rows"`      // one per session, schemes in catalogue order
}

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
// shown run from the 1st of the month of the earliest day — a phase's first
// day or on — to the end of the month of the latest: a phase's last day, on,
// or a month after an open-ended phase begins.
func newTimeline(schemes []scheme.Scheme, on calendar.Date) *Timeline {
	first, last := on, on
	widen := func(d calendar.Date) {
		if d.Before(first) {
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
	first = calendar.MustDate(first.Year(), first.Month(), 1)
	last = calendar.MustDate(last.Year(), last.Month(), 1).AddMonths(1).AddDays(-1)
	t := &Timeline{
		First:    first.String(),
		Last:     last.String(),
		Days:     first.DaysUntil(last) + 1,
		On:       first.DaysUntil(on),
		OnFrench: on.French(),
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
