package territoire

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/planrelance/numerique/scheme"
)

// decode builds the tables from the data file, whose header documents its
// format. It checks every line's form and order and every reference between
// lines, so that a broken file fails here, with its line number, rather than
// answering wrong.
func decode(data string) (*tables, error) {
	// Every line but the comments and the former codes is at most one
	// body and one member: sizing the tables by the number of lines spares
	// their growing, which took three times the memory (decoding allocated
	// 17 MB rather than 5.8 MB, with the index of names; now 3.5 MB without
	// it, BenchmarkDecode).
	former := strings.Count(data, "\na\t")
	lines := strings.Count(data, "\n") - former
	d := decoder{
		t: &tables{
			bodies:     make([]record, 0, lines),
			deps:       []string{""},
			keys:       make([]idKey, 0, lines),
			members:    make([]int32, 0, lines),
			formerKeys: make([]idKey, 0, former),
			formerOf:   make([]int32, 0, former),
		},
		depIndex: map[string]uint16{"": 0},
	}
	for n := 1; data != ""; n++ {
		line, rest, ok := strings.Cut(data, "\n")
		if !ok {
			return nil, fmt.Errorf("territoire: data: line %d: no line break at its end", n)
		}
		data = rest
		if strings.HasPrefix(line, "#") {
			continue
		}
		if err := d.line(line); err != nil {
			return nil, fmt.Errorf("territoire: data: line %d: %w", n, err)
		}
	}
	if err := errors.Join(d.finish()...); err != nil {
		return nil, fmt.Errorf("territoire: data: %w", err)
	}
	return d.t, nil
}

// The sections of the data file, in their order.
const (
	inRegions = iota
	inDepartements
	inOutremer
	inCommunes
	inEPCI
	inFormer
)

// decoder reads the data file line by line into its tables.
type decoder struct {
	t       *tables
	section int
	last    string // the code of the last line of the section
	// regions and outremer hold their lines' code and name, deps their
	// code, région and name.
	regions, deps, outremer [][3]string
	aliases                 []searchAlias     // the other names of bodies, for Search
	corsican                []string          // the names of the circonscriptions of Corse, 2A and 2B
	depIndex                map[string]uint16 // the index of each code in t.deps
	errs                    []error           // the broken references
}

// line reads one line that is no comment.
func (d *decoder) line(line string) error {
	var f [6]string
	nf := fields(line, &f)
	section, want := inCommunes, 3
	if nf == 4 && sourceTag(f[3]) {
		want = 4 // a commune in no EPCI, with the source of its population
	}
	switch f[0] {
	case "r":
		section = inRegions
	case "d":
		section, want = inDepartements, 4
	case "o":
		section = inOutremer
	case "e":
		section, want = inEPCI, 6
	case "a":
		section = inFormer
	default:
		if f[0] == "" || f[0][0] < '0' || '9' < f[0][0] {
			return fmt.Errorf("unknown tag %q", f[0])
		}
	}
	if nf != want {
		return fmt.Errorf("%d fields, want %d", nf, want)
	}
	code := f[0]
	if section != inCommunes {
		code = f[1]
	}
	switch {
	case section < d.section:
		return fmt.Errorf("%q after the lines that follow it", line)
	case section == d.section && code <= d.last:
		return fmt.Errorf("code %s after %s", code, d.last)
	case code == "":
		return errors.New("empty code")
	}
	d.section, d.last = section, code
	switch section {
	case inRegions:
		d.regions = append(d.regions, [3]string{code, f[2]})
	case inDepartements:
		d.deps = append(d.deps, [3]string{code, f[2], f[3]})
	case inOutremer:
		d.outremer = append(d.outremer, [3]string{code, f[2]})
	case inCommunes:
		return d.commune(code, f[1], f[2])
	case inEPCI:
		return d.epci(code, f[2], f[3], f[4], f[5])
	default:
		d.former(code, f[2])
	}
	return nil
}

// fields splits line at its tabs into f, and returns how many fields it
// has, up to len(f).
func fields(line string, f *[6]string) int {
	n := 0
	for ; n < len(f)-1; n++ {
		field, rest, ok := strings.Cut(line, "\t")
		if !ok {
			break
		}
		f[n], line = field, rest
	}
	f[n] = line
	return n + 1
}

// population parses a population: a whole number of inhabitants, at most
// [math.MaxInt32], or empty for none.
func population(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > math.MaxInt32 || s[0] == '+' {
		return 0, fmt.Errorf("population %q", s)
	}
	return n, nil
}

// add appends body b, of kind index k and ID id, to the tables.
func (d *decoder) add(k int, id string, b scheme.Body) {
	t := d.t
	if b.Name == "" {
		d.errs = append(d.errs, fmt.Errorf("%s %s: no name", b.Kind, id))
	}
	i := int32(len(t.bodies))
	key, n, ok := keyOf(id)
	if !ok || n != len(id) {
		d.errs = append(d.errs, fmt.Errorf("%s %q: not an ID", b.Kind, id))
	}
	dep, ok := d.depIndex[b.DepartementCode]
	if !ok {
		// At most 1 368 codes for the IDs that decode accepts: two digits
		// or letters, or 97 or 98 and one more (departementOf).
		dep = uint16(len(t.deps))
		t.deps = append(t.deps, b.DepartementCode)
		d.depIndex[b.DepartementCode] = dep
	}
	// A population over math.MaxInt32 is refused: by population for a
	// commune or an EPCI, by addArea for a sum.
	t.bodies = append(t.bodies, record{id: id, name: b.Name, population: int32(b.Population), kind: uint8(k), dep: dep})
	t.keys = append(t.keys, key)
	if t.byKind[k].end == 0 {
		t.byKind[k].first = i
	}
	t.byKind[k].end = i + 1
}

// commune reads a commune's line.
func (d *decoder) commune(code, pop, name string) error {
	n, err := population(pop)
	if err != nil {
		return err
	}
	if len(code) != 5 {
		return fmt.Errorf("commune %s: code of %d characters, want 5", code, len(code))
	}
	d.add(communes, code, scheme.Body{Name: name, Kind: scheme.Commune, Population: n, DepartementCode: departementOf(code)})
	return nil
}

// epci reads an EPCI's line.
func (d *decoder) epci(siren, typ, pop, name, members string) error {
	n, err := population(pop)
	if err != nil {
		return err
	}
	t := d.t
	if t.epciOf == nil {
		t.epciOf = slices.Repeat([]int32{-1}, len(t.bodies))
	}
	i := int32(len(t.bodies))
	first, dep := int32(len(t.members)), ""
	for more := true; more; {
		var code string
		code, members, more = strings.Cut(members, " ")
		k, _, _ := keyOf(code)
		c, ok := t.search(communes, k)
		switch {
		case !ok || len(code) != 5:
			d.errs = append(d.errs, fmt.Errorf("EPCI %s: member %q is no commune", siren, code))
			continue
		case t.epciOf[c] >= 0:
			d.errs = append(d.errs, fmt.Errorf("EPCI %s: member %s is in EPCI %s too", siren, code, t.bodies[t.epciOf[c]].id))
		case int32(len(t.members)) > first && c <= t.members[len(t.members)-1]:
			d.errs = append(d.errs, fmt.Errorf("EPCI %s: member %s out of order", siren, code))
		}
		t.epciOf[c] = i
		switch cd := t.deps[t.bodies[c].dep]; {
		case int32(len(t.members)) == first:
			dep = cd
		case cd != dep:
			dep = "" // [choice] an EPCI over several départements has none
		}
		t.members = append(t.members, c)
	}
	t.memberSpan = append(t.memberSpan, span{first, int32(len(t.members))})
	t.epciType = append(t.epciType, typ)
	d.add(epcis, siren, scheme.Body{Name: name, Kind: scheme.EPCI, Population: n, DepartementCode: dep})
	return nil
}

// former reads the line of a former code.
func (d *decoder) former(code, commune string) {
	t := d.t
	k, _, _ := keyOf(commune)
	i, ok := t.search(communes, k)
	key, n, valid := keyOf(code)
	if _, taken := t.find(code); taken || !ok || len(commune) != 5 || !valid || n != len(code) {
		d.errs = append(d.errs, fmt.Errorf("former code %s: a body's, not an ID, or of unknown commune %q", code, commune))
		return
	}
	t.formerKeys = append(t.formerKeys, key)
	t.formerOf = append(t.formerOf, i)
}

// finish adds the départements, régions and collectivités à statut
// particulier, whose populations sum their communes', their territories, and
// the index of names; it returns the broken references.
func (d *decoder) finish() []error {
	t := d.t
	if len(t.memberSpan) == 0 {
		d.errs = append(d.errs, errors.New("no EPCI"))
		return d.errs
	}
	d.checkEPCI()
	spans := d.communeSpans()
	d.territories(spans)
	regionDeps := map[string][]string{}
	var particular [][3]string // code and name
	for _, x := range d.deps {
		code, reg := x[0], x[1]
		regionDeps[reg] = append(regionDeps[reg], code)
		if _, ok := spans[code]; !ok {
			d.errs = append(d.errs, fmt.Errorf("département %s: no commune", code))
		}
		if r, ok := uniqueRegion(code); ok {
			if reg != r {
				d.errs = append(d.errs, fmt.Errorf("département %s: in région %s, want %s", code, reg, r))
			}
			particular = append(particular, [3]string{code, x[2]})
			continue
		}
		if corsican(code) {
			if reg != corseRegion {
				d.errs = append(d.errs, fmt.Errorf("département %s: in région %s, want %s", code, reg, corseRegion))
			}
			d.corsican = append(d.corsican, x[2])
			continue // a circonscription of the Collectivité de Corse, no body
		}
		if code == rhoneCode {
			t.rhone = int32(len(t.bodies)) // before its population is summed
		}
		d.addArea(departements, code, scheme.Body{Name: x[2], Kind: scheme.Departement, DepartementCode: code}, spans[code])
	}
	for _, x := range d.regions {
		code, deps := x[0], regionDeps[x[0]]
		if len(deps) == 0 {
			d.errs = append(d.errs, fmt.Errorf("région %s: no département", code))
		}
		if slices.ContainsFunc(deps, func(dep string) bool { _, ok := uniqueRegion(dep); return ok }) {
			continue // one collectivité with its département
		}
		b := scheme.Body{Name: x[1], Kind: scheme.Region}
		if len(deps) == 1 {
			b.DepartementCode = deps[0]
		}
		if code == corseRegion {
			// The data's name, « Corse », stays a name that Search finds
			// it by, and so do those of its circonscriptions, the
			// départements of Corse-du-Sud and Haute-Corse before 2018.
			d.aliases = append(d.aliases, searchAlias{int32(len(t.bodies)), b.Name})
			for _, name := range d.corsican {
				d.aliases = append(d.aliases, searchAlias{int32(len(t.bodies)), name})
			}
			b.Name = corseName
		}
		var area []span
		for _, dep := range deps {
			area = append(area, spans[dep])
		}
		d.addArea(regions, RegionPrefix+code, b, area...)
	}
	for reg := range regionDeps {
		if !slices.ContainsFunc(d.regions, func(x [3]string) bool { return x[0] == reg }) {
			d.errs = append(d.errs, fmt.Errorf("région %s: unknown, yet départements are in it", reg))
		}
	}
	for _, code := range outremer() {
		i := slices.IndexFunc(d.outremer, func(x [3]string) bool { return x[0] == code })
		switch {
		case i < 0:
			d.errs = append(d.errs, fmt.Errorf("collectivité d'outre-mer %s: missing", code))
			continue
		case slices.ContainsFunc(d.deps, func(x [3]string) bool { return x[0] == code }):
			d.errs = append(d.errs, fmt.Errorf("collectivité d'outre-mer %s: a département's code too", code))
		}
		particular = append(particular, d.outremer[i])
	}
	slices.SortFunc(particular, func(a, b [3]string) int { return cmp.Compare(a[0], b[0]) })
	for _, x := range particular {
		d.addArea(particuliers, x[0], scheme.Body{Name: x[1], Kind: scheme.StatutParticulier, DepartementCode: x[0]}, spans[x[0]])
		if reg, ok := uniqueRegion(x[0]); ok {
			k, _, _ := keyOf(RegionPrefix + reg)
			t.aliases = append(t.aliases, alias{k, t.byKind[particuliers].end - 1})
		}
	}
	aliases := d.aliases
	t.names = sync.OnceValue(func() names { return index(t, aliases) })
	return d.errs
}
