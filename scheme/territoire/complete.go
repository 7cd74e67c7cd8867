package territoire

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"strconv"

	"github.com/planrelance/numerique/scheme"
)

// Complete returns p with every body known by its official code completed
// from the data, the inhabitants that those bodies count more than once, and
// the answer to « Le projet couvre-t-il un département entier ? » when the
// data settles it. It never changes p: the project it returns has its own
// Members.
//
// # Codes
//
// A body's ID is read as an official code when it has the form of one, once
// its letters are upper-cased and the spaces that group digits dropped, as
// [Lookup] reads it:
//
//   - five characters, digits or 2A and 2B and three digits: a commune's
//     INSEE code ("38185", "2A004");
//   - nine digits: an EPCI's SIREN ("200040715");
//   - "01" to "95", "2A", "2B", or three digits that start with 97 or 98: a
//     département, a collectivité à statut particulier or d'outre-mer
//     ("38", "971", "977");
//   - "R" and two digits: a région ("R84", "R94").
//
// Any other ID ("syndicat-1", "mairie de Voiron", "") is the caller's own key,
// and its body is left alone; so is a body whose Kind p gives as one that
// the data holds none of — a [scheme.Syndicat] or a [scheme.Partenaire],
// whose nine digits are the SIREN of a body outside the data. An ID of a
// code's form that the data does not hold is an unknown code ("38999", and
// "2A", a circonscription of the Collectivité de Corse since 2018).
//
// # What it fills
//
// For every body of p known by its code, Complete fills Name, Kind,
// Population and DepartementCode where p leaves them empty or zero; what p
// gives is kept, and the ID stays as p writes it.
//
// When p.Overlap is 0, Complete sets it to the inhabitants that the bodies
// known by their code share: the sum of their populations less the
// population of the union of their communes, from the communes' figures,
// exactly. Partners are left out. A body whose Population p states
// otherwise than the data (another vintage) still shares its communes with
// the others: the overlap stays the data's [choice], at most the
// populations of the bodies found less the largest of them, since their
// union is never smaller than its largest part. Bodies
// overlap when one holds the other's communes: an EPCI and one of its
// communes; a département and an EPCI in it, by the communes that the EPCI
// has in that département only; the commune 75056 and the département 75,
// which are Ville de Paris; a région and its départements; the Collectivité
// de Corse (R94) and an EPCI of Corse; Saint-Barthélemy (977) and its one
// commune (97701). Grenoble-Alpes-Métropole (445 059 inhabitants) with
// Grenoble (157 650) cover 445 059 inhabitants: Overlap is 157 650.
//
// When p.Departement is [scheme.Unanswered], Complete answers it when the
// data settles it: [scheme.Yes] when the union of the communes of the bodies
// known by their code holds every commune of a département's territory;
// [scheme.No] when every body but the partners is known by its code and the
// union holds no such territory whole. A département's territory is that of
// each INSEE département code of 2021 — 2A and 2B each, Martinique (972),
// Guyane (973) and Mayotte (976) among them — except that the Rhône (69)
// and the Métropole de Lyon are two territories, each a whole: the Rhône's
// 208 communes, and the Métropole de Lyon's 59. A collectivité d'outre-mer
// (975, 977, 978) is no département. Hence a commune alone is answered No,
// and the commune 75056 Yes; the three EPCI of the Territoire de Belfort
// together Yes.
//
// # Errors
//
// Complete reports every problem at once ([errors.Join]), each a
// [*CodeError] that names the field ("Lead.ID", "Members[2].ID") and quotes
// the code: an unknown code, wrapping [ErrUnknown], with its suggestions; a
// code given twice — the same body by two IDs ("200 040 715" and
// "200040715", or "972" and "R02") — wrapping [ErrDuplicate] and naming the
// field that gave it first. The project that it returns with an error is
// completed as far as the data allows: every body found is filled, the
// Overlap counts each of them once, and Departement is answered Yes when
// the bodies found hold a whole département (never No).
func Complete(p scheme.Project) (scheme.Project, error) {
	t, err := load()
	if err != nil {
		return p, err
	}
	p.Members = slices.Clone(p.Members)
	c := completion{t: t, allKnown: true, found: make([]foundBody, 0, 1+len(p.Members))}
	c.body(-1, &p.Lead)
	for i := range p.Members {
		c.body(i, &p.Members[i])
	}
	overlap, whole := c.union()
	if p.Overlap == 0 {
		p.Overlap = c.bound(overlap, &p)
	}
	if p.Departement == scheme.Unanswered {
		switch {
		case whole:
			p.Departement = scheme.Yes
		case c.allKnown && len(c.errs) == 0:
			p.Departement = scheme.No
		}
	}
	return p, errors.Join(c.errs...)
}

// completion is the state of one call of Complete.
type completion struct {
	t *tables
	// found are the bodies known by their code, each once, and seen has
	// their bits once there are more than fewBodies of them. at finds a
	// body's place in found, for a code given twice: it is built on the
	// first.
	found []foundBody
	seen  []uint64
	at    map[int32]int
	// allKnown reports whether every body but the partners is known by its
	// code.
	allKnown bool
	errs     []error
}

// foundBody is a body of the project known by its code.
type foundBody struct {
	body  int32 // its index in the data
	field int32 // its place in the project: -1 for the lead, or its index in Members
}

// body completes the body b of field path i (-1: the lead) from the data.
func (c *completion) body(i int, b *scheme.Body) {
	t := c.t
	if b.Kind != "" && kindIndex(b.Kind) < 0 {
		// A partner, a syndicat, or an unknown kind: none of the data's.
		c.allKnown = c.allKnown && b.Kind == scheme.Partenaire
		return
	}
	k, n, ok := keyOf(b.ID)
	if !ok || !official(k, n) {
		// The caller's own key: a member about which nothing is known is no body.
		c.allKnown = c.allKnown && i >= 0 && *b == (scheme.Body{})
		return
	}
	j, found := t.find(b.ID)
	if !found {
		c.allKnown = false
		e := &CodeError{Op: "complete", Field: path(i) + ".ID", Code: b.ID}
		for _, s := range t.near(b.ID) {
			e.Suggestions = append(e.Suggestions, t.body(s))
		}
		c.errs = append(c.errs, e)
		return
	}
	if c.has(j) {
		c.twice(i, j, b.ID)
		return
	}
	d := t.body(j)
	if b.Name == "" {
		b.Name = d.Name
	}
	if b.Kind == "" {
		b.Kind = d.Kind
	}
	if b.Population == 0 {
		b.Population = d.Population
	}
	if b.DepartementCode == "" {
		b.DepartementCode = d.DepartementCode
	}
	if c.at != nil {
		c.at[j] = len(c.found)
	}
	c.found = append(c.found, foundBody{body: j, field: int32(i)})
}

// fewBodies is the most bodies found that Complete reads one by one,
// without a set of every body or of every commune of the data: has scans
// found rather than a bit set of the 36 431 bodies, of 4.6 KB, and union
// may ask the bodies whether they hold a commune (see scanChecks), whose
// questions for more than 64 bodies would exceed scanChecks anyway. At 16,
// its value before union asked, a project of 40 communes took both bit
// sets; at 64, BenchmarkComplete/40_communes takes 3.9 KB rather than
// 13.4 KB, and 13 µs rather than 22 µs (medians of 6 runs, load ≈ 7).
const fewBodies = 64

// has reports whether the body of index j is among those found, and marks
// it as found.
func (c *completion) has(j int32) bool {
	if c.seen == nil {
		if slices.ContainsFunc(c.found, func(f foundBody) bool { return f.body == j }) {
			return true
		}
		if len(c.found) < fewBodies {
			return false
		}
		c.seen = make([]uint64, (len(c.t.bodies)+63)/64)
		for _, f := range c.found {
			c.seen[f.body/64] |= 1 << (f.body % 64)
		}
	}
	w, bit := j/64, uint64(1)<<(j%64)
	if c.seen[w]&bit != 0 {
		return true
	}
	c.seen[w] |= bit
	return false
}

// twice reports the code of body i, which names the body of index j that
// an earlier field names too.
func (c *completion) twice(i int, j int32, code string) {
	if c.at == nil {
		c.at = make(map[int32]int, len(c.found))
		for k, f := range c.found {
			c.at[f.body] = k
		}
	}
	first := path(int(c.found[c.at[j]].field)) + ".ID"
	c.errs = append(c.errs, &CodeError{Op: "complete", Field: path(i) + ".ID", Code: code, Err: ErrDuplicate, First: first})
}

// union returns the inhabitants that the bodies found count more than once,
// by the data's populations, and whether their communes hold a whole
// département's territory. Each commune counts once, for the first body
// found that holds it. When that takes at most scanChecks questions « does
// this body hold that commune? », union asks them ([completion.unionScan]);
// otherwise it marks the communes in a bit set of every commune
// ([completion.unionMarks]).
func (c *completion) union() (overlap int, whole bool) {
	switch n := len(c.found); {
	case n == 0:
		return 0, false
	case n <= fewBodies && c.order() <= scanChecks:
		return c.unionScan()
	}
	return c.unionMarks()
}

// scanChecks is the most questions for which union asks them rather than
// marking the communes in a bit set of every commune, of 35 059 bits, which
// takes 4.4 KB to clear whatever the project. Asking takes a few
// nanoseconds a question; BenchmarkUnion (medians of 6 runs, load ≈ 5),
// asking against marking: an EPCI and one of its communes, 1 question,
// 1.1 µs and 416 B against 4.7 µs and 5 280 B; four bodies, 132 questions,
// 1.2 µs against 10 µs (the département first, whose communes asking does
// not read); 64 communes, 2 016 questions, 5.7 µs against 6.3 µs; 100
// communes, 4 950 questions, 6.6 µs against 3.9 µs.
const scanChecks = 2048

// order sorts the bodies found as unionScan reads them — the widest first:
// the régions and départements, of the greatest indexes, then the EPCI,
// then the communes, so that the many communes of a wide body are asked
// about few bodies — and returns the number of questions that unionScan
// then asks. It moves the bodies in found, whose
// places at no longer gives: Complete calls it once every body is read.
func (c *completion) order() int {
	slices.SortFunc(c.found, func(a, b foundBody) int { return cmp.Compare(b.body, a.body) })
	checks := 0
	for k, f := range c.found {
		checks += k * c.t.size(f.body)
	}
	return checks
}

// unionScan is union for bodies found in the order of [completion.order]: a
// commune of a body counts when no body before it holds it.
func (c *completion) unionScan() (overlap int, whole bool) {
	return c.walk(true, func(k int, com int32) bool {
		return slices.ContainsFunc(c.found[:k], func(f foundBody) bool { return c.t.holds(f.body, com) })
	})
}

// unionMarks is union for bodies found in any order: a commune counts when
// it is not yet marked in a bit set of every commune.
func (c *completion) unionMarks() (overlap int, whole bool) {
	marks := make([]uint64, (len(c.t.terrOf)+63)/64)
	return c.walk(false, func(_ int, com int32) bool {
		w, bit := com/64, uint64(1)<<(com%64)
		met := marks[w]&bit != 0
		marks[w] |= bit
		return met
	})
}

// walk returns union's answers, calling met(k, com) for every commune com of
// the territory of every body found[k] to know whether com was met before:
// the commune then counts no more. When first is set, found[0] comes first
// and meets no commune before it: when it is a département, a région or a
// collectivité à statut particulier, walk counts its population and its
// whole territories without reading its communes.
func (c *completion) walk(first bool, met func(k int, com int32) bool) (overlap int, whole bool) {
	t := c.t
	inTerr := make([]int32, len(t.terrSize))
	sum, union := 0, 0
	for k, f := range c.found {
		sum += t.population(f.body)
		if k == 0 && first && t.bodies[f.body].kind >= departements {
			// Its communes are all new, and their population is its
			// own. Its territory is made of whole territories (see
			// territories): at least one, but for a collectivité
			// d'outre-mer's, of none.
			union += t.population(f.body)
			whole = whole || t.terrOf[t.area[f.body-t.byKind[departements].first][0].first] >= 0
			continue
		}
		t.each(f.body, func(com int32) {
			if met(k, com) {
				return
			}
			union += t.population(com)
			if terr := t.terrOf[com]; terr >= 0 {
				inTerr[terr]++
			}
		})
	}
	for k, n := range inTerr {
		if n == t.terrSize[k] {
			whole = true
			break
		}
	}
	return sum - union, whole
}

// bound returns overlap, the inhabitants that the bodies found share by the
// data, at most the populations that p gives them less the largest of those:
// a body whose Population p states below the data's cannot make the bodies
// cover fewer inhabitants than the largest of them.
func (c *completion) bound(overlap int, p *scheme.Project) int {
	sum, largest := 0, 0
	for _, f := range c.found {
		n := p.Lead.Population
		if f.field >= 0 {
			n = p.Members[f.field].Population
		}
		if n > 0 {
			sum, largest = sum+min(n, math.MaxInt-sum), max(largest, n)
		}
	}
	return max(0, min(overlap, sum-largest))
}

// path returns the Go field path of body i of a project: "Lead" for -1,
// "Members[i]" otherwise.
func path(i int) string {
	if i < 0 {
		return "Lead"
	}
	return "Members[" + strconv.Itoa(i) + "]"
}

// official reports whether the ID of key k, of n characters, has the form
// of an official code (see [Complete]).
func official(k idKey, n int) bool {
	// c returns character p of the ID: 1 to 10 for the digits 0 to 9, 11
	// and up for the letters A and up.
	c := func(p int) idKey { return k >> (charBits * (maxCode - 1 - p)) & (1<<charBits - 1) }
	const zero, nine, letterA, letterB, letterR = 1, 10, 11, 12, 11 + 'R' - 'A'
	digits := func(from int) bool {
		for p := from; p < n; p++ {
			if v := c(p); v < zero || v > nine {
				return false
			}
		}
		return true
	}
	corse := c(0) == zero+2 && (c(1) == letterA || c(1) == letterB)
	switch n {
	case 2:
		// "01" to "95", "2A", "2B"
		return corse || digits(0) && (c(0) > zero || c(1) > zero) && (c(0) < nine || c(1) <= zero+5)
	case 3:
		// "R" and two digits; 97x and 98x
		if c(0) == letterR {
			return digits(1)
		}
		return digits(0) && c(0) == nine && (c(1) == zero+7 || c(1) == zero+8)
	case 5:
		return digits(0) || corse && digits(2)
	case maxCode:
		return digits(0)
	}
	return false
}
