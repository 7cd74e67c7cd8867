package relance

import (
	"errors"
	"fmt"
	"slices"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
)

// ErrNoDate is returned by [Orient] when it is given the zero date: the
// orientation depends on the day, and the library never reads the clock.
var ErrNoDate = errors.New("no date")

// ErrNoScheme is returned by [OrientAmong] when one of the schemes it is
// given is the zero [scheme.Scheme].
var ErrNoScheme = errors.New("no scheme")

// Option is what one scheme offers a project on a date: the session in
// force, the eligibility of the project under that session's rules, whether
// the session takes projects, the step in progress, and the funding of the
// project's budget under the session's policy.
//
// Option is a plain value: its Scheme and Session are immutable handles, and
// each Option owns its Phase, its Funding and the slices of its Eligibility,
// so changing one never changes another Option or the catalogue. == does
// not apply to it. The zero Option describes nothing.
//
// In JSON an Option is written as [Option.MarshalJSON] says: its scheme and
// sessions named, what its funding promises beside the figures, what is
// none left out. It decodes to the scheme, sessions and rules that judged
// it, or not at all ([Option.UnmarshalJSON]).
type Option struct {
	Scheme      scheme.Scheme      // the scheme
	Session     scheme.Session     // the session in force on the date ([scheme.Scheme.SessionOn])
	Eligibility scheme.Eligibility // the project judged by that session's rules
	On          calendar.Date      // the date of the orientation
	// Status is where the session's intake stands on the date, in the
	// calendar as published that day ([scheme.Session.Status]): whether
	// projects are taken, whatever later step is in progress.
	Status calendar.Status
	Phase  *calendar.Phase // the step in progress on the date, if any
	// Funding is what the session's policy pays for the project's budget;
	// nil when there is no budget.
	Funding *cost.Result
	// Next is the scheme's next session when the intake in force is closed
	// and a later session's is still to open; the zero Session otherwise.
	Next scheme.Session
	// NextEligibility is the project judged by Next's rules, so that the
	// caller knows whether to wait for it; nil when Next is the zero
	// Session. [choice] Its request is taken as received on the later of
	// the day of the project's request (Project.Requested, or the date) and
	// the opening day of Next's intake, the earliest day Next could receive
	// it: a project that starts before then cannot be funded by Next
	// (décret n° 2018-514, art. 5, II).
	NextEligibility *scheme.Eligibility
	// NextFunding is what Next's policy pays for the project's budget; nil
	// when Next is the zero Session or there is no budget.
	// [Option.NextPromise] says what it promises.
	NextFunding *cost.Result
}

// Promise says what an option's funding promises the project, by its
// verdict and by its session's intake: a grant is a grant only for an
// Eligible project, and only where it can still be asked for.
type Promise int

// The promises.
const (
	NoGrant          Promise = iota // an Ineligible project, or no budget: the policy's figure is no grant
	Grant                           // an Eligible project, the intake open or to open: the grant
	ConditionalGrant                // an Undetermined project, the intake open or to open: the grant if the criteria to settle are met
	ClosedIntake                    // an Eligible or Undetermined project whose session's intake is closed: nothing left to ask for
)

// Promise returns what o's Funding promises: [NoGrant] when there is no
// budget or the project is Ineligible; [ClosedIntake] for an Eligible or
// Undetermined project when the intake of the session is closed on the
// date, whatever later step of its calendar goes on — no grant can be asked
// for any more, and a later session, if any, is [Option.Next]; otherwise
// [Grant] for an Eligible project and [ConditionalGrant] for an
// Undetermined one. Funding holds what the policy would pay whatever the
// promise, for programs that want it; what a person is told follows the
// promise ([Option.Explain]).
func (o Option) Promise() Promise {
	return promiseOf(o.Funding, o.Eligibility.Verdict, o.Status)
}

// NextPromise returns what NextFunding promises under Next's rules, its
// intake still to open: [Grant] for a project Eligible under them,
// [ConditionalGrant] for an Undetermined one, [NoGrant] otherwise, when
// there is no next session or no budget.
func (o Option) NextPromise() Promise {
	if o.NextEligibility == nil {
		return NoGrant
	}
	return promiseOf(o.NextFunding, o.NextEligibility.Verdict, calendar.Upcoming)
}

// promiseOf returns the promise of a funding for a verdict, the intake
// where status says.
func promiseOf(f *cost.Result, v scheme.Verdict, status calendar.Status) Promise {
	switch {
	case f == nil || (v != scheme.Eligible && v != scheme.Undetermined):
		return NoGrant
	case status == calendar.Closed:
		return ClosedIntake
	case v == scheme.Eligible:
		return Grant
	}
	return ConditionalGrant
}

// Orient returns one [Option] per scheme of the catalogue for project p on
// date on: [OrientAmong] of [scheme.All].
func Orient(p scheme.Project, on calendar.Date) ([]Option, error) {
	return OrientAmong(scheme.All(), p, on)
}

// OrientAmong returns one [Option] per scheme of schemes for project p on
// date on: a caller's own schemes ([scheme.New]) as well as the
// catalogue's.
//
// For each scheme it takes the session in force on the date
// ([scheme.Scheme.SessionOn]), judges the project by that session's rules
// ([scheme.AppendCheckOn], which surveys the project once for every scheme,
// the date being the day of the check: the day the grant request would be
// received, unless p.Requested says otherwise),
// reads where the session's intake stands and the step in progress, in the
// calendar as published on the date, and computes the funding of p.Budget
// under the session's policy ([cost.Cofinance]); Funding is nil when the
// budget is empty. When the intake is closed, Next is the first later
// session whose intake is still to open, and NextEligibility the project
// judged by its rules.
//
// The options come most useful first: Eligible, then Undetermined, then
// Ineligible; within each verdict, Open, then Upcoming, then Closed; then in
// the order of schemes.
//
// OrientAmong fails only on bad input, and reports every problem at once: the
// zero date ([ErrNoDate]), a zero Scheme ([ErrNoScheme]), a project that
// does not pass [scheme.Project.Validate] (its errors are wrapped, so
// errors.Is finds [scheme.ErrInvalidProject] and the cost sentinels).
func OrientAmong(schemes []scheme.Scheme, p scheme.Project, on calendar.Date) ([]Option, error) {
	if err := checkOrient(schemes, p, on); err != nil {
		return nil, err
	}
	n := len(schemes)
	// On the stack for up to 8 schemes: the sessions, the eligibilities,
	// their statuses and the order of the options.
	var sessionRoom [8]scheme.Session
	var eligibilityRoom [8]scheme.Eligibility
	var statusRoom [8]calendar.Status
	var orderRoom, rankRoom [8]int
	sessions, statuses, order, ranks := sessionRoom[:0], statusRoom[:0], orderRoom[:0], rankRoom[:0]
	for i, s := range schemes {
		se := s.SessionOn(on)
		sessions, statuses, order = append(sessions, se), append(statuses, se.Status(on)), append(order, i)
	}
	judged := scheme.AppendCheckOn(eligibilityRoom[:0], p, on, sessions...)
	for i := range judged {
		ranks = append(ranks, rank(judged[i].Verdict, statuses[i]))
	}
	slices.SortStableFunc(order, func(a, b int) int { return ranks[a] - ranks[b] })

	options := make([]Option, n)
	var phases []calendar.Phase
	var fundings []cost.Result
	if len(p.Budget) > 0 {
		fundings = make([]cost.Result, n)
	}
	for k, i := range order {
		se := sessions[i]
		o := &options[k]
		*o = Option{Scheme: schemes[i], Session: se, Eligibility: judged[i], On: on, Status: statuses[i]}
		if phase, ok := se.Current(on); ok {
			if phases == nil {
				phases = make([]calendar.Phase, n)
			}
			phases[k] = phase
			o.Phase = &phases[k]
		}
		if o.Status == calendar.Closed {
			if o.Next = nextSession(schemes[i], se, on); !o.Next.IsZero() {
				e := o.Next.CheckOn(nextRequest(p, on, o.Next), on)
				o.NextEligibility = &e
			}
		}
		if fundings != nil {
			res, err := se.Cofinance(p.Budget)
			if err != nil {
				return nil, fmt.Errorf("relance: orient %s: %w", quote.Input(p.Title), err)
			}
			fundings[k] = res
			o.Funding = &fundings[k]
			if !o.Next.IsZero() {
				next, err := o.Next.Cofinance(p.Budget)
				if err != nil {
					return nil, fmt.Errorf("relance: orient %s: %w", quote.Input(p.Title), err)
				}
				o.NextFunding = &next
			}
		}
	}
	return options, nil
}

// checkOrient reports every problem of the input of OrientAmong.
func checkOrient(schemes []scheme.Scheme, p scheme.Project, on calendar.Date) error {
	var errs []error
	if on.IsZero() {
		errs = append(errs, ErrNoDate)
	}
	for i, s := range schemes {
		if s.IsZero() {
			errs = append(errs, fmt.Errorf("schemes[%d]: %w", i, ErrNoScheme))
		}
	}
	if err := p.Validate(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("relance: orient %s: %w", quote.Input(p.Title), errors.Join(errs...))
}

// nextSession returns the first session of s after se whose intake is still
// to open on d, or the zero Session.
func nextSession(s scheme.Scheme, se scheme.Session, d calendar.Date) scheme.Session {
	later := false
	for _, n := range s.Sessions() {
		if later && n.Status(d) == calendar.Upcoming {
			return n
		}
		later = later || n == se
	}
	return scheme.Session{}
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

// nextRequest returns p as a request to session next would be: a request
// received before next's intake opens, for an earlier session, is not one
// for next, and is left out, so that the check of next, on a date before its
// intake opens, takes that opening for the day of the request, as the
// earliest day next could receive it (scheme.CodeCommencement) [choice].
func nextRequest(p scheme.Project, on calendar.Date, next scheme.Session) scheme.Project {
	if opens := next.IntakeOn(on).Window.First(); p.Requested.Before(opens) {
		p.Requested = calendar.Date{}
	}
	return p
}
