package relance

import (
	"errors"
	"fmt"
	"slices"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/scheme"
)

// ErrNoDate is returned by [Orient] when it is given the zero date: the
// orientation depends on the day, and the library never reads the clock.
var ErrNoDate = errors.New("no date")

// Option is what one scheme offers a project on a date: the session in
// force, the eligibility of the project under that session's rules, whether
// the session is open, the step open on the date, and the funding of the
// project's budget under the session's policy.
//
// Option is a plain value that holds slices and pointers, so == does not
// apply to it. Each Option owns its data: changing one never changes another
// Option or the catalogue. Within one Option, Session and Next are copies of
// elements of Scheme.Sessions and share their slices with them, as the
// sessions of one scheme do. The zero Option describes nothing.
type Option struct {
	Scheme      scheme.Scheme      `json:"scheme"`            // the scheme, a copy of the catalogue's
	Session     scheme.Session     `json:"session"`           // the session in force on the date (see [scheme.Scheme.SessionOn])
	Eligibility scheme.Eligibility `json:"eligibility"`       // the project judged by that session's rules
	On          calendar.Date      `json:"on"`                // the date of the orientation
	Status      calendar.Status    `json:"status"`            // of the session's whole calendar on the date
	Phase       *calendar.Phase    `json:"phase,omitempty"`   // the step open on the date, if any
	Funding     *cost.Result       `json:"funding,omitempty"` // the grant for the budget; nil when there is no budget
	// Next is the scheme's next session when the session in force is closed
	// and a later one is still to open; nil otherwise.
	Next *scheme.Session `json:"next,omitempty"`
}

// Orient returns one [Option] per scheme of the catalogue for project p on
// date on.
//
// For each scheme it takes the session in force on the date
// ([scheme.Scheme.SessionOn]), judges the project by that session's rules
// ([scheme.CheckAll], which is [scheme.Scheme.Check] for every scheme at
// once), reads the status of the session's calendar and
// the step open on the date, and computes the funding of p.Budget under the
// session's policy ([cost.Cofinance]); Funding is nil when the budget is
// empty.
//
// The options come most useful first: Eligible, then Undetermined, then
// Ineligible; within each verdict, Open, then Upcoming, then Closed; then in
// catalogue order.
//
// Orient fails only on bad input: the zero date ([ErrNoDate]) or a project
// that does not pass [scheme.Project.Validate] (its errors are wrapped, so
// errors.Is finds [scheme.ErrInvalidProject] and the cost sentinels).
func Orient(p scheme.Project, on calendar.Date) ([]Option, error) {
	if on.IsZero() {
		return nil, fmt.Errorf("relance: orient %q: %w", p.Title, ErrNoDate)
	}
	if err := p.Validate(); err != nil {
		return nil, fmt.Errorf("relance: orient %q: %w", p.Title, err)
	}
	schemes := scheme.All()
	judged := scheme.CheckAll(p, on)
	// The options are written in their final order, ranked first: sorting
	// the options themselves would move hundreds of bytes at each swap.
	// On the stack, for a catalogue of up to 8 schemes: the session in force
	// in each scheme, its status, and the ranks.
	var sessionRoom [8]scheme.Session
	var statusRoom [8]calendar.Status
	var room [2][8]int
	sessions, statuses := sessionRoom[:0], statusRoom[:0]
	order, ranks := room[0][:0], room[1][:0]
	for i, s := range schemes {
		session := s.SessionOn(on)
		status := session.Calendar.Status(on)
		sessions, statuses = append(sessions, session), append(statuses, status)
		order = append(order, i)
		ranks = append(ranks, rank(judged[i].Verdict, status))
	}
	slices.SortStableFunc(order, func(a, b int) int { return ranks[a] - ranks[b] })

	options := make([]Option, len(schemes))
	// The steps and fundings that the options point to share one array,
	// rather than one allocation each: each option still owns its own
	// element.
	extras := make([]extra, len(schemes))
	for k, i := range order {
		s, session := schemes[i], sessions[i]
		o, x := &options[k], &extras[k]
		*o = Option{
			Scheme:      s,
			Session:     session,
			Eligibility: judged[i],
			On:          on,
			Status:      statuses[i],
		}
		if phase, ok := session.Calendar.Current(on); ok {
			x.phase = phase
			o.Phase = &x.phase
		}
		if o.Status == calendar.Closed {
			o.Next = nextSession(s, on)
		}
		if len(p.Budget) > 0 {
			res, err := cost.Cofinance(p.Budget, session.Funding)
			if err != nil {
				return nil, fmt.Errorf("relance: orient %q: %w", p.Title, err)
			}
			x.funding = res
			o.Funding = &x.funding
		}
	}
	return options, nil
}

// extra holds what an option points to.
type extra struct {
	phase   calendar.Phase
	funding cost.Result
}

// nextSession returns the first session of s that is still to open on d.
func nextSession(s scheme.Scheme, d calendar.Date) *scheme.Session {
	for i := range s.Sessions {
		if s.Sessions[i].Calendar.Status(d) == calendar.Upcoming {
			next := s.Sessions[i]
			return &next
		}
	}
	return nil
}

// rank orders options most useful first: by verdict (Eligible,
// Undetermined, Ineligible), then by status (Open, Upcoming, Closed).
func rank(v scheme.Verdict, s calendar.Status) int {
	return 3*verdictRank(v) + statusRank(s)
}

func verdictRank(v scheme.Verdict) int {
	switch v {
	case scheme.Eligible:
		return 0
	case scheme.Undetermined:
		return 1
	default:
		return 2
	}
}

func statusRank(s calendar.Status) int {
	switch s {
	case calendar.Open:
		return 0
	case calendar.Upcoming:
		return 1
	default:
		return 2
	}
}
