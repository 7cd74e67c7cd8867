package scheme

import (
	"cmp"
	"slices"
	"strings"
)

// fewBodies is the number of members up to which twins looks among the
// bodies before each one, rather than sorting them. Sorting the bodies of
// every project would make Session.Check of an eligible project allocate
// twice rather than once, and CheckAll three times rather than twice, above
// its budget (benchstat, -count 6, p = 0.002); no difference in time could
// be told from the noise of a shared machine.
const fewBodies = 16

// twins finds the bodies of a project that would count twice: a body whose
// non-empty ID an earlier body has, or a body without ID alike in every field
// to an earlier one — bodies about which nothing is known (the zero Body)
// aside, since nothing says they are the same. For a project of a few
// members it compares each body with those before it, without allocating;
// past fewBodies members it sorts the bodies once, in one allocation, so
// that a project of any size is surveyed in O(n log n).
type twins struct {
	p     *Project
	first []int32 // past fewBodies members: for body i, first[i+1] is the body it repeats, or i itself
}

// of reports whether b, body i of the project (-1 for the lead), repeats
// an earlier body, and returns the first such body.
func (t *twins) of(i int, b *Body) (int, bool) {
	if unknown(b) {
		return 0, false
	}
	if len(t.p.Members) <= fewBodies {
		for j := -1; j < i; j++ {
			if same(t.at(j), b) {
				return j, true
			}
		}
		return 0, false
	}
	if t.first == nil {
		t.sort()
	}
	if j := int(t.first[i+1]) - 1; j != i {
		return j, true
	}
	return 0, false
}

// sort finds, for every body, the first body it repeats: it sorts the
// bodies by their key, then by their place, and walks the runs of equal
// keys.
func (t *twins) sort() {
	n := 1 + len(t.p.Members)
	buf := make([]int32, 2*n) // the order of the bodies, then their first
	order, first := buf[:n], buf[n:]
	for k := range order {
		order[k] = int32(k)
		first[k] = int32(k)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := compareBodies(t.at(int(a)-1), t.at(int(b)-1)); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	for k := 1; k < n; k++ {
		prev, cur := order[k-1], order[k]
		if b := t.at(int(cur) - 1); !unknown(b) && same(t.at(int(prev)-1), b) {
			first[cur] = first[prev]
		}
	}
	t.first = first
}

// compareBodies orders bodies so that those that repeat one another are next
// to each other: those with an ID by their ID, then those without by every
// field.
func compareBodies(a, b *Body) int {
	switch {
	case a.ID != "" && b.ID != "":
		return strings.Compare(a.ID, b.ID)
	case a.ID != "":
		return -1
	case b.ID != "":
		return 1
	}
	if c := cmp.Compare(a.Population, b.Population); c != 0 { // the cheapest field first
		return c
	}
	return cmp.Or(
		strings.Compare(string(a.Kind), string(b.Kind)),
		strings.Compare(a.Name, b.Name),
		strings.Compare(a.DepartementCode, b.DepartementCode),
	)
}

// same reports whether b repeats a: the same non-empty ID, or no ID and
// alike in every field.
func same(a, b *Body) bool {
	if b.ID != "" {
		return a.ID == b.ID
	}
	// a == b, the cheapest fields first: members mostly differ in population.
	return a.Population == b.Population && a.Kind == b.Kind && a.ID == "" && a.Name == b.Name &&
		a.DepartementCode == b.DepartementCode
}

// unknown reports whether nothing is known of b: it is the zero Body.
func unknown(b *Body) bool {
	return b.ID == "" && b.Name == "" && b.Kind == "" && b.Population == 0 && b.DepartementCode == ""
}

// at returns body i of the project: the lead for -1.
func (t *twins) at(i int) *Body {
	if i < 0 {
		return &t.p.Lead
	}
	return &t.p.Members[i]
}
