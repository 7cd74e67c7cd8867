package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// source is what the generator reads of the npm package.
type source struct {
	Communes     []srcCommune
	EPCI         []srcEPCI
	Departements []srcDepartement
	Regions      []srcRegion
}

type srcCommune struct {
	Code                 string   `json:"code"`
	Nom                  string   `json:"nom"`
	Type                 string   `json:"type"`
	Departement          string   `json:"departement"`
	Region               string   `json:"region"`
	Population           *int     `json:"population"`
	ChefLieu             string   `json:"chefLieu"` // of a commune déléguée or associée
	Commune              string   `json:"commune"`  // of an arrondissement municipal
	AnciensCodes         []string `json:"anciensCodes"`
	CollectiviteOutremer *struct {
		Code string `json:"code"`
		Nom  string `json:"nom"`
	} `json:"collectiviteOutremer"`
}

type srcEPCI struct {
	Code                 string `json:"code"`
	Nom                  string `json:"nom"`
	Type                 string `json:"type"`
	PopulationMunicipale int    `json:"populationMunicipale"`
	Membres              []struct {
		Code                 string `json:"code"`
		PopulationMunicipale int    `json:"populationMunicipale"`
	} `json:"membres"`
}

type srcDepartement struct {
	Code   string `json:"code"`
	Region string `json:"region"`
	Nom    string `json:"nom"`
}

type srcRegion struct {
	Code string `json:"code"`
	Nom  string `json:"nom"`
}

// counts are the number of entries of each kind that convert wrote.
type counts struct {
	Communes, EPCI, Departements, Regions, Outremer int
	Members, NoEPCI, FormerCodes                    int
	CommunePopulation                               int
}

// parseSource decodes the four JSON files.
func parseSource(communes, epci, departements, regions []byte) (source, error) {
	var s source
	for _, f := range []struct {
		name string
		data []byte
		v    any
	}{
		{"communes.json", communes, &s.Communes},
		{"epci.json", epci, &s.EPCI},
		{"departements.json", departements, &s.Departements},
		{"regions.json", regions, &s.Regions},
	} {
		if err := json.Unmarshal(f.data, f.v); err != nil {
			return source{}, fmt.Errorf("%s: %w", f.name, err)
		}
	}
	return s, nil
}

// header documents the format of data.tsv at its head.
const header = `# The French local authorities of 2021, for package territoire: the geography of
# 1 January 2021 and the populations légales en vigueur en 2021 (millésime 2018),
# population municipale.
# Source: @etalab/decoupage-administratif %s (npm), data/communes.json, epci.json,
# departements.json and regions.json; MIT licence, see LICENSE-decoupage-administratif.
# The population of a commune in an EPCI à fiscalité propre is its figure among the
# members of its EPCI in epci.json (the DGCL's list of 2021, millésime 2018); that of a
# commune in none is the figure that its SOURCE tag names:
#   insee-com-2018     INSEE, « Populations légales des collectivités d'outre-mer en
#                      2018 » (December 2020, décret n° 2020-1706), millésime 2018:
#                      Saint-Barthélemy 10 124, Saint-Martin 34 065,
#                      Saint-Pierre-et-Miquelon 5 985
#   wikipedia-2018     millésime 2018, as the French Wikipédia's infobox of the commune
#                      gave it in 2021, citing INSEE (Île-de-Bréhat, Île-de-Sein,
#                      Ouessant, L'Île-d'Yeu; the two communes of Saint-Pierre-et-Miquelon,
#                      whose sum is INSEE's 5 985); the sums agree with INSEE's
#                      millésime 2018 of Finistère (911 735) and Bretagne (3 335 414)
#   recensement-local  communes.json's figure, of the collectivité's own census
#                      (Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie):
#                      not a millésime 2018
# Written by internal/gen (go generate); do not edit.
#
# One entry a line, its fields separated by tabs; a line starting with # is a comment.
# The lines come in this order, each kind in the order of its codes:
#   r CODE NAME                    a région
#   d CODE REGION NAME             a département, in the région of code REGION
#   o CODE NAME                    a collectivité d'outre-mer, as its communes name it
#   CODE POPULATION NAME [SOURCE]  a commune actuelle, by its INSEE code (POPULATION: its
#                                  population municipale, as above, empty when it has
#                                  none; SOURCE: the tag of its figure when it is in no
#                                  EPCI); its département, or collectivité d'outre-mer,
#                                  is the first three characters of CODE when CODE
#                                  starts with 97 or 98, the first two otherwise
#   e SIREN TYPE POPULATION NAME MEMBERS
#                                  an EPCI à fiscalité propre (TYPE: CC, CA, CU, METRO,
#                                  MET69; POPULATION: its population municipale in
#                                  epci.json, the sum of its members'; MEMBERS: the
#                                  codes of its communes, in order, separated by spaces)
#   a CODE COMMUNE                 a code that is no commune actuelle's: a former commune,
#                                  a commune déléguée or associée, an arrondissement
#                                  municipal, now in the commune of code COMMUNE
`

// departementOf returns the département, or collectivité d'outre-mer, that
// a commune's INSEE code starts with.
func departementOf(code string) string {
	if strings.HasPrefix(code, "97") || strings.HasPrefix(code, "98") {
		return code[:3]
	}
	return code[:2]
}

// convert writes the data file from the source, checking on the way every
// fact that the file's format and the package rely on.
func convert(s source) ([]byte, counts, error) {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	regions := map[string]srcRegion{}
	for _, r := range s.Regions {
		regions[r.Code] = r
	}
	deps := map[string]srcDepartement{}
	for _, d := range s.Departements {
		if _, ok := regions[d.Region]; !ok {
			bad("département %s: unknown région %q", d.Code, d.Region)
		}
		deps[d.Code] = d
	}

	communes := map[string]srcCommune{}
	outremer := map[string]string{}
	var c counts
	for _, x := range s.Communes {
		if x.Type != "commune-actuelle" {
			continue
		}
		if _, dup := communes[x.Code]; dup {
			bad("commune %s: twice", x.Code)
		}
		communes[x.Code] = x
		c.Communes++
		if x.Population != nil && *x.Population < 0 {
			bad("commune %s: population %d", x.Code, *x.Population)
		}
		dep := departementOf(x.Code)
		switch com := x.CollectiviteOutremer; {
		case com != nil:
			if com.Code != dep || x.Departement != "" {
				bad("commune %s: collectivité d'outre-mer %q, département %q", x.Code, com.Code, x.Departement)
			}
			if n, ok := outremer[com.Code]; ok && n != com.Nom {
				bad("collectivité d'outre-mer %s: named %q and %q", com.Code, n, com.Nom)
			}
			outremer[com.Code] = com.Nom
		case deps[dep].Code == "":
			bad("commune %s: no département %q", x.Code, dep)
		case x.Departement != dep:
			bad("commune %s: département %q, not the start of its code", x.Code, x.Departement)
		case deps[dep].Region != x.Region:
			bad("commune %s: région %q, its département's is %q", x.Code, x.Region, deps[dep].Region)
		}
	}

	epciOf := map[string]string{}
	pop2018 := map[string]int{}
	for _, e := range s.EPCI {
		sum := 0
		for _, m := range e.Membres {
			if m.PopulationMunicipale < 0 {
				bad("EPCI %s: member %s of population %d", e.Code, m.Code, m.PopulationMunicipale)
			}
			pop2018[m.Code] = m.PopulationMunicipale
			if _, ok := communes[m.Code]; !ok {
				bad("EPCI %s: member %s is no commune actuelle", e.Code, m.Code)
			}
			if other, dup := epciOf[m.Code]; dup {
				bad("commune %s: member of EPCI %s and %s", m.Code, other, e.Code)
			}
			epciOf[m.Code] = e.Code
			sum += m.PopulationMunicipale
		}
		if sum != e.PopulationMunicipale {
			bad("EPCI %s: population %d, its members' sum to %d", e.Code, e.PopulationMunicipale, sum)
		}
		if len(e.Membres) == 0 {
			bad("EPCI %s: no members", e.Code)
		}
	}

	former := map[string]string{}
	alias := func(code, commune string) {
		if _, ok := communes[code]; ok {
			return // the commune nouvelle took the code of its chef-lieu
		}
		if _, ok := communes[commune]; !ok {
			bad("code %s: in commune %q, which is no commune actuelle", code, commune)
		}
		if other, ok := former[code]; ok && other != commune {
			bad("code %s: now in communes %s and %s", code, other, commune)
		}
		former[code] = commune
	}
	for _, x := range s.Communes {
		switch x.Type {
		case "commune-actuelle":
			for _, old := range x.AnciensCodes {
				alias(old, x.Code)
			}
		case "commune-deleguee", "commune-associee":
			alias(x.Code, x.ChefLieu)
		case "arrondissement-municipal":
			alias(x.Code, x.Commune)
		default:
			bad("commune %s: unknown type %q", x.Code, x.Type)
		}
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, header, pkgVersion)
	line := func(fields ...string) {
		for _, f := range fields {
			if strings.ContainsAny(f, "\t\n\r") {
				bad("field %q: holds a tab or a line break", f)
			}
		}
		b.WriteString(strings.Join(fields, "\t"))
		b.WriteByte('\n')
	}
	for _, code := range slices.Sorted(maps.Keys(regions)) {
		line("r", code, regions[code].Nom)
		c.Regions++
	}
	for _, code := range slices.Sorted(maps.Keys(deps)) {
		line("d", code, deps[code].Region, deps[code].Nom)
		c.Departements++
	}
	for _, code := range slices.Sorted(maps.Keys(outremer)) {
		line("o", code, outremer[code])
		c.Outremer++
	}
	comSums := map[string]int{}
	for _, code := range slices.Sorted(maps.Keys(communes)) {
		x := communes[code]
		pop, tag := population(x, pop2018, &errs)
		fields := []string{code, "", x.Nom}
		if pop >= 0 {
			fields[1] = strconv.Itoa(pop)
			c.CommunePopulation += pop
			comSums[departementOf(code)] += pop
		}
		if tag != "" {
			fields = append(fields, tag)
		}
		line(fields...)
		if _, ok := epciOf[code]; !ok {
			c.NoEPCI++
		}
	}
	for com, want := range comTotals {
		if got, ok := comSums[com]; ok && got != want {
			bad("collectivité d'outre-mer %s: its communes sum to %d, INSEE's millésime 2018 is %d", com, comSums[com], want)
		}
	}
	epci := slices.SortedFunc(slices.Values(s.EPCI), func(a, b srcEPCI) int { return cmp.Compare(a.Code, b.Code) })
	for _, e := range epci {
		members := make([]string, len(e.Membres))
		for i, m := range e.Membres {
			members[i] = m.Code
		}
		slices.Sort(members)
		line("e", e.Code, e.Type, strconv.Itoa(e.PopulationMunicipale), e.Nom, strings.Join(members, " "))
		c.EPCI++
		c.Members += len(members)
	}
	for _, code := range slices.Sorted(maps.Keys(former)) {
		line("a", code, former[code])
		c.FormerCodes++
	}
	if err := errors.Join(errs...); err != nil {
		return nil, counts{}, err
	}
	return b.Bytes(), c, nil
}

// population returns the population municipale of commune x, millésime 2018,
// and the tag of its source when it is not epci.json (see the header); -1
// for a commune of no population. It reports a commune that has no figure of
// a known source.
func population(x srcCommune, pop2018 map[string]int, errs *[]error) (int, string) {
	if n, ok := pop2018[x.Code]; ok {
		if _, also := supplements[x.Code]; also {
			*errs = append(*errs, fmt.Errorf("commune %s: in an EPCI and supplemented", x.Code))
		}
		return n, ""
	}
	if s, ok := supplements[x.Code]; ok {
		return s.population, s.tag
	}
	switch {
	case x.Population == nil:
		return -1, ""
	case localCensus[departementOf(x.Code)]:
		return *x.Population, tagLocalCensus
	}
	*errs = append(*errs, fmt.Errorf("commune %s (%s): in no EPCI, and no population of millésime 2018", x.Code, x.Nom))
	return *x.Population, ""
}
