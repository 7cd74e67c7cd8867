package main

import (
	"strconv"
	"strings"
)

// factSlugs names, for the missing column, each fact that
// scheme.Eligibility.Missing lists by its Go field path: a stable ASCII slug
// in French, as the package doc's table gives them. A member's population,
// "Members[i].Population", is named apart (memberSlug).
var factSlugs = [...]struct{ path, slug string }{
	{"Lead.Kind", "porteur-nature"},
	{"Lead.Population", "porteur-population"},
	{"Departement", "departement-entier"},
	{"SharedNeed", "besoin-commun"},
	{"Themes", "themes"},
	{"Practices", "pratiques"},
	{"Start", "debut"},
	{"Results", "resultats"},
	{"Requested", "date-demande"},
}

// appendFactSlug appends to b the slug of the fact at path: its slug in
// factSlugs, "membre-N-population" for the population of the member of
// index N-1 (members are counted from 1, as people count them), or path
// itself for any other path, so that no fact is lost.
func appendFactSlug(b []byte, path string) []byte {
	for _, f := range factSlugs {
		if f.path == path {
			return append(b, f.slug...)
		}
	}
	if i, ok := memberIndex(path); ok {
		b = append(b, "membre-"...)
		b = strconv.AppendInt(b, int64(i)+1, 10)
		return append(b, "-population"...)
	}
	return append(b, path...)
}

// memberIndex returns i for the path "Members[i].Population", i written in
// decimal digits only and below the largest int.
func memberIndex(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "Members[")
	if !ok {
		return 0, false
	}
	index, ok := strings.CutSuffix(rest, "].Population")
	if !ok || index == "" || strings.Trim(index, "0123456789") != "" {
		return 0, false
	}
	i, err := strconv.Atoi(index)
	if err != nil || i == int(^uint(0)>>1) {
		return 0, false
	}
	return i, true
}
