package territoire

import (
	"fmt"
	"math"

	"github.com/planrelance/numerique/scheme"
)

// The collectivités à statut particulier that change how the data's
// départements and régions are bodies (see the package documentation).
const (
	// corseRegion is the INSEE code of the région of Corse, whose body is
	// the Collectivité de Corse, of name corseName; the départements 2A
	// and 2B are its circonscriptions, no bodies.
	corseRegion = "94"
	corseName   = "Collectivité de Corse"
	// rhoneCode is the département du Rhône, whose territory leaves out
	// the communes of the Métropole de Lyon, the EPCI of type lyonType.
	rhoneCode = "69"
	lyonType  = "MET69"
)

// corsican reports whether dep is a département of Corse, 2A or 2B.
func corsican(dep string) bool { return dep == "2A" || dep == "2B" }

// sourceTag reports whether tag names a source of a commune's population,
// as the header of data.tsv lists them.
func sourceTag(tag string) bool {
	switch tag {
	case "insee-com-2018", "wikipedia-2018", "recensement-local":
		return true
	}
	return false
}

// each calls f with the index of every commune of the territory of body i,
// each once: the commune itself, the members of an EPCI, the communes of a
// département, région or collectivité à statut particulier — those of the
// département du Rhône without the Métropole de Lyon's.
func (t *tables) each(i int32, f func(c int32)) {
	switch t.bodies[i].kind {
	case communes:
		f(i)
	case epcis:
		s := t.memberSpan[i-t.byKind[epcis].first]
		for _, c := range t.members[s.first:s.end] {
			f(c)
		}
	default:
		for _, s := range t.area[i-t.byKind[departements].first] {
			for c := s.first; c < s.end; c++ {
				if i == t.rhone && t.epciOf[c] == t.lyon {
					continue
				}
				f(c)
			}
		}
	}
}

// size returns the number of communes of the territory of body i: those
// that each calls f with.
func (t *tables) size(i int32) int {
	switch t.bodies[i].kind {
	case communes:
		return 1
	case epcis:
		s := t.memberSpan[i-t.byKind[epcis].first]
		return int(s.end - s.first)
	}
	n := 0
	for _, s := range t.area[i-t.byKind[departements].first] {
		n += int(s.end - s.first)
	}
	if i == t.rhone {
		n -= t.size(t.lyon) // whose communes are all of the Rhône: see territories
	}
	return n
}

// holds reports whether the territory of body i holds the commune of index
// com, as each reads it.
func (t *tables) holds(i, com int32) bool {
	switch {
	case i < t.byKind[communes].end:
		return com == i
	case i < t.byKind[epcis].end:
		return t.epciOf[com] == i
	case i == t.rhone && t.epciOf[com] == t.lyon:
		return false
	}
	for _, s := range t.area[i-t.byKind[departements].first] {
		if s.first <= com && com < s.end {
			return true
		}
	}
	return false
}

// checkEPCI checks that each EPCI's population is the sum of its members',
// so that the overlaps that Complete computes from the communes are exact,
// and finds the Métropole de Lyon.
func (d *decoder) checkEPCI() {
	t := d.t
	t.lyon, t.rhone = -1, -1
	for k, s := range t.memberSpan {
		i := t.byKind[epcis].first + int32(k)
		sum := 0
		for _, c := range t.members[s.first:s.end] {
			sum += t.population(c)
		}
		if sum != t.population(i) {
			d.errs = append(d.errs, fmt.Errorf("EPCI %s: population %d, its members' sum to %d", t.bodies[i].id, t.population(i), sum))
		}
		if t.epciType[k] == lyonType {
			if t.lyon >= 0 {
				d.errs = append(d.errs, fmt.Errorf("EPCI %s: a second of type %s", t.bodies[i].id, lyonType))
			}
			t.lyon = i
		}
	}
	if t.lyon < 0 {
		d.errs = append(d.errs, fmt.Errorf("no EPCI of type %s", lyonType))
	}
}

// communeSpans returns the span of the communes of each département or
// collectivité d'outre-mer, by its code: the communes are in code order, so
// that those of one code are contiguous.
func (d *decoder) communeSpans() map[string]span {
	t := d.t
	spans := map[string]span{}
	s := t.byKind[communes]
	for i := s.first; i < s.end; {
		dep, first := t.bodies[i].dep, i
		for ; i < s.end && t.bodies[i].dep == dep; i++ {
		}
		code := t.deps[dep]
		if _, ok := spans[code]; ok {
			d.errs = append(d.errs, fmt.Errorf("communes of %q: not contiguous", code))
		}
		spans[code] = span{first, i}
	}
	for dep := range spans {
		if !d.known(dep) {
			d.errs = append(d.errs, fmt.Errorf("communes of unknown département %q", dep))
		}
	}
	return spans
}

// known reports whether code is a département's or a collectivité
// d'outre-mer's of the data.
func (d *decoder) known(code string) bool {
	for _, x := range d.deps {
		if x[0] == code {
			return true
		}
	}
	for _, x := range d.outremer {
		if x[0] == code {
			return true
		}
	}
	return false
}

// territories numbers the territories of the départements, as Complete
// reads them: each département's code of the data, the Rhône without the
// Métropole de Lyon, and the Métropole de Lyon, whose number is the last.
func (d *decoder) territories(spans map[string]span) {
	t := d.t
	s := t.byKind[communes]
	t.terrOf = make([]int16, s.end-s.first)
	for i := range t.terrOf {
		t.terrOf[i] = -1
	}
	t.terrSize = make([]int32, len(d.deps)+1)
	lyonTerr := int16(len(d.deps))
	for k, x := range d.deps {
		sp := spans[x[0]]
		for c := sp.first; c < sp.end; c++ {
			if t.lyon >= 0 && t.epciOf[c] == t.lyon {
				if x[0] != rhoneCode {
					d.errs = append(d.errs, fmt.Errorf("commune %s of the Métropole de Lyon: out of the Rhône", t.bodies[c].id))
				}
				t.terrOf[c-s.first] = lyonTerr
				continue
			}
			t.terrOf[c-s.first] = int16(k)
		}
	}
	for _, k := range t.terrOf {
		if k >= 0 {
			t.terrSize[k]++
		}
	}
}

// addArea adds body b, of kind index k and ID id, whose territory is the
// communes of area, with their population.
func (d *decoder) addArea(k int, id string, b scheme.Body, area ...span) {
	t := d.t
	d.add(k, id, b)
	i := int32(len(t.bodies) - 1)
	t.area = append(t.area, area)
	sum := 0
	t.each(i, func(c int32) { sum += t.population(c) })
	if sum > math.MaxInt32 {
		d.errs = append(d.errs, fmt.Errorf("%s %s: population %d, more than %d", b.Kind, id, sum, math.MaxInt32))
	}
	t.bodies[i].population = int32(sum)
}
