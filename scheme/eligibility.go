package scheme

// Eligibility is the judgement of a project against a scheme, by the rules
// of one session: the verdict, the criteria that decided it, in the order of
// the Code constants, and the facts that would settle the Unknown ones.
//
// Eligibility is a value type that holds slices: == does not apply to it. Its
// methods never modify it. [Session.Check] returns a new one on every call,
// which belongs to the caller; it keeps a handle on its session, so that
// [Eligibility.Explain] names the scheme and session, for a caller's own
// scheme too.
//
// The zero value is an Undetermined judgement of no scheme, without
// criteria.
//
// In JSON an Eligibility is {"scheme", "session", "verdict", "criteria",
// "missing"}: the IDs of the scheme and the session (left out when empty,
// as in the zero Eligibility), the verdict as text ("eligible"), the
// criteria as [Criterion.MarshalJSON] writes them, and the paths of the
// missing facts. Both lists are [] when empty, never null. A decoded
// Eligibility finds its session in the catalogue by its IDs, and its empty
// lists are nil, as a check gives them. Its JSON names its session by IDs
// only, which a what-if built from a catalogue definition may keep: bind a
// decoded Eligibility to the session that judged it with
// [Eligibility.WithSession] when that session is not the catalogue's.
type Eligibility struct {
	// Scheme is the ID of the scheme that judged.
	Scheme ID `json:"scheme,omitempty"`
	// Session is the ID of the session whose rules applied: "session-1".
	Session string `json:"session,omitempty"`
	// Verdict follows from the criteria: Ineligible if any is NotMet, else
	// Undetermined if any is Unknown, else Eligible.
	Verdict Verdict `json:"verdict"`
	// Criteria are the rules that applied, in the order of the Code
	// constants.
	Criteria []Criterion `json:"criteria"`
	// Missing are the facts that would settle the Unknown criteria, by their
	// Go field path in [Project] ("Lead.Kind", "Members[1].Population",
	// "Departement", "SharedNeed", "Themes", "Practices", "Start",
	// "Results", "Requested"), in the order of the criteria, each once; nil
	// when no criterion is Unknown. [FactLabel] words each of them in French.
	Missing []string `json:"missing"`

	session *session // the session whose rules applied; nil when zero, or decoded for a scheme not in the catalogue
}

// Criterion returns the criterion of e whose Code is code, and true; or the
// zero Criterion and false when that rule did not apply.
func (e Eligibility) Criterion(code CriterionCode) (Criterion, bool) {
	for _, c := range e.Criteria {
		if c.Code == code {
			return c, true
		}
	}
	return Criterion{}, false
}

// WithSession returns e bound to s, the session whose rules judged it, and
// true, so that [Eligibility.Explain] names s and its scheme; or e and false
// when s is not the session that e names by its IDs (e.Scheme and
// e.Session). It is for a decoded Eligibility of a scheme that is not the
// catalogue's — a caller's own, or a what-if that keeps a catalogue ID —
// which decoding binds to no session, or to the catalogue's session of its
// IDs. The zero Session binds e to no session, when e names none. The
// result shares e's slices.
func (e Eligibility) WithSession(s Session) (Eligibility, bool) {
	if s.Scheme() != e.Scheme || s.ID() != e.Session {
		return e, false
	}
	e.session = s.s
	return e, true
}
