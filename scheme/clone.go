package scheme

import (
	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
)

// cloneSchemes returns a deep copy of schemes. It carves every slice out of
// one backing array per element type, with its capacity capped to its
// length, so that appending to one copied slice never reaches the next one.
// Nil slices stay nil. A copy of the whole catalogue takes all its arrays
// from one allocation, a catalogueCopy.
func cloneSchemes(schemes []Scheme) []Scheme {
	var n sizes
	for _, s := range schemes {
		n.add(s)
	}
	a := n.arena()
	out := a.schemes
	for i, s := range schemes {
		s.Examples = carve(&a.strings, s.Examples)
		s.Support = carve(&a.strings, s.Support)
		s.Sessions = carve(&a.sessions, s.Sessions)
		for j := range s.Sessions {
			se := &s.Sessions[j]
			se.Calendar.Phases = carve(&a.phases, se.Calendar.Phases)
			se.Funding.Excluded = carve(&a.excluded, se.Funding.Excluded)
			se.Applicants = carve(&a.applicants, se.Applicants)
			se.Practices = carve(&a.practices, se.Practices)
		}
		out[i] = s
	}
	return out
}

// carve copies src to the front of *arena, which must be long enough, and
// returns that part with its capacity capped to its length; *arena keeps the
// rest. It returns nil for a nil src.
func carve[T any](arena *[]T, src []T) []T {
	if src == nil {
		return nil
	}
	n := copy(*arena, src)
	part := (*arena)[:n:n]
	*arena = (*arena)[n:]
	return part
}

// sizes counts the elements of the slices of some schemes, to allocate
// their copies at once.
type sizes struct {
	schemes, strings, sessions              int
	phases, excluded, applicants, practices int
}

// add counts s and its slices.
func (n *sizes) add(s Scheme) {
	n.schemes++
	n.strings += len(s.Examples) + len(s.Support)
	n.sessions += len(s.Sessions)
	for _, se := range s.Sessions {
		n.phases += len(se.Calendar.Phases)
		n.excluded += len(se.Funding.Excluded)
		n.applicants += len(se.Applicants)
		n.practices += len(se.Practices)
	}
}

// The sizes of the slices of the whole catalogue, all schemes and sessions
// together (TestCatalogueSizes checks them).
const (
	catalogueStrings    = 11 // examples and support
	catalogueSessions   = 7
	cataloguePhases     = 10
	catalogueExcluded   = 10
	catalogueApplicants = 39
	cataloguePractices  = 7
)

// catalogueSizes are the sizes of the whole catalogue, those of a
// catalogueCopy.
var catalogueSizes = sizes{
	schemes: len(catalogue), strings: catalogueStrings, sessions: catalogueSessions,
	phases: cataloguePhases, excluded: catalogueExcluded, applicants: catalogueApplicants, practices: cataloguePractices,
}

// catalogueCopy holds the backing arrays of a copy of the whole catalogue,
// so that [All] allocates once: one object of a few kilobytes costs less
// to allocate and collect than seven small ones.
type catalogueCopy struct {
	schemes    [len(catalogue)]Scheme
	strings    [catalogueStrings]string
	sessions   [catalogueSessions]Session
	phases     [cataloguePhases]calendar.Phase
	excluded   [catalogueExcluded]cost.Category
	applicants [catalogueApplicants]Kind
	practices  [cataloguePractices]Practice
}

// arena holds the backing arrays of the copy of some schemes.
type arena struct {
	schemes    []Scheme
	strings    []string
	sessions   []Session
	phases     []calendar.Phase
	excluded   []cost.Category
	applicants []Kind
	practices  []Practice
}

// arena allocates the backing arrays that n counted: in one catalogueCopy
// for the whole catalogue, one array per element type otherwise.
func (n sizes) arena() arena {
	if n == catalogueSizes {
		c := new(catalogueCopy)
		return arena{
			schemes: c.schemes[:], strings: c.strings[:], sessions: c.sessions[:],
			phases: c.phases[:], excluded: c.excluded[:], applicants: c.applicants[:], practices: c.practices[:],
		}
	}
	return arena{
		schemes:    make([]Scheme, n.schemes),
		strings:    make([]string, n.strings),
		sessions:   make([]Session, n.sessions),
		phases:     make([]calendar.Phase, n.phases),
		excluded:   make([]cost.Category, n.excluded),
		applicants: make([]Kind, n.applicants),
		practices:  make([]Practice, n.practices),
	}
}
