package territoire

import (
	"bytes"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/planrelance/numerique/scheme"
)

// SearchLimit is the most bodies that [Search] returns: enough to fill the
// suggestions under an input field.
const SearchLimit = 20

// maxQuery is the longest name, in bytes, that [Search] looks for: four
// times the longest name of the data is ample.
const maxQuery = 256

// Search returns the bodies whose name holds name, compared without regard
// to letter case, accents or punctuation, best first and at most
// [SearchLimit] of them:
//
//  1. those whose name is name,
//  2. then those whose name starts with it,
//  3. then those whose name holds it elsewhere;
//
// each body once, at its best rank, by its name or by another name that the
// package gives it (the Collectivité de Corse is found by « Corse », the
// région's name in the data, and by « Corse-du-Sud » and « Haute-Corse »,
// the départements it replaced, as exact names); within each rank, the most
// populous first, then the widest body (a
// région, a collectivité à statut particulier, a département, an EPCI, a
// commune), then in ID order. Search("paris") returns the département of
// Paris and the commune of Paris, both of 2 175 601 inhabitants, then the
// communes of Parisot, then the Métropole du Grand Paris and the other
// bodies whose names hold "Paris".
//
// Names compare by their search key: letters lowercased, the accents and
// ligatures of French and of the Latin-1 letters dropped (« Œ » is "oe",
// « ß » "ss"), whether the accents are part of their letters or follow them
// as combining marks (decomposed text, NFD: "E" and U+0301), invisible format
// characters dropped (the soft hyphen U+00AD, zero-width spaces and joiners,
// the byte order mark), every run of other characters than letters and
// digits — spaces, hyphens, apostrophes, punctuation — one space, and none at
// either end, so that "saint etienne", "SAINT-ÉTIENNE", "Saint-Étienne" and
// "Saint-E\u0301tienne" are one key.
// Search returns no body for a name whose key is empty, and none for a name
// longer than 256 bytes, four times the longest name of the data. The slice
// is new on every call. The first call builds the index of names that Search
// reads, once for all goroutines (see the package documentation).
func Search(name string) []scheme.Body {
	t, err := load()
	if err != nil || len(name) > maxQuery {
		return nil
	}
	var buf [maxQuery]byte
	q := appendKey(buf[:0], name)
	if len(q) == 0 {
		return nil
	}
	var found [SearchLimit]int32
	x := t.names()
	ranks := x.search(q, found[:0])
	if len(ranks) == 0 {
		return nil
	}
	out := make([]scheme.Body, len(ranks))
	for i, r := range ranks {
		out[i] = t.body(x.byRank[r])
	}
	return out
}

// names is the index of the bodies' names that Search reads. Each body has a
// rank, its place in the order of Search within a rank of match: the most
// populous first, then the widest, then in ID order.
type names struct {
	// keys holds the search key of every body, in rank order; starts[r] is
	// the offset in keys of the key of rank r, and starts has one more
	// element, len(keys), so that key r ends where key r+1 starts.
	keys   []byte
	starts []int32
	// byRank[r] is the index in the bodies of the body of rank r.
	byRank []int32
	// sigs[r] sums up the key of rank r, so that Search reads the keys
	// that may hold its name only.
	sigs []signature
	// aliases is the number of keys that are a body's other name, so that
	// a body may have several ranks.
	aliases int
}

// A signature sums up a search key in a few bits, so that most keys that do
// not hold a name are told apart without reading them: a key holds a name
// only if its signature holds the name's ([signature.holds]), and starts
// with it only if it starts with the name's first three bytes too
// ([signature.starts]).
type signature struct {
	pairs uint64 // a bit for each pair of consecutive bytes, hashed
	bytes uint32 // a bit for each letter a–z, one for the digits, one for the space, one for the other bytes
	head  uint32 // the first three bytes, zeros after the end, then the length, at most 255
}

// signatureOf returns the signature of key k.
func signatureOf(k []byte) signature {
	var s signature
	for i, c := range k {
		switch {
		case 'a' <= c && c <= 'z':
			s.bytes |= 1 << (c - 'a')
		case '0' <= c && c <= '9':
			s.bytes |= 1 << 26
		case c == ' ':
			s.bytes |= 1 << 27
		default:
			s.bytes |= 1 << 28
		}
		if i > 0 {
			s.pairs |= 1 << ((uint32(k[i-1])<<8 | uint32(c)) * 0x9e3779b1 >> 26)
		}
		if i < 3 {
			s.head |= uint32(c) << (24 - 8*i)
		}
	}
	s.head |= uint32(min(len(k), 255))
	return s
}

// holds reports whether a key of signature s may hold a name of signature
// q: s has every bit of q, and is at least as long.
func (s signature) holds(q signature) bool {
	return s.pairs&q.pairs == q.pairs && s.bytes&q.bytes == q.bytes && s.head&0xff >= q.head&0xff
}

// starts reports whether a key of signature s may start with a name of
// signature q, whose first n bytes, up to three, it must start with.
func (s signature) starts(q signature, mask uint32) bool {
	return s.head&mask == q.head&mask && s.head&0xff >= q.head&0xff
}

// widest orders the kinds from the widest body to the narrowest, for
// Search's ties.
func widest(k scheme.Kind) int {
	switch k {
	case scheme.Region:
		return 0
	case scheme.StatutParticulier:
		return 1
	case scheme.Departement:
		return 2
	case scheme.EPCI:
		return 3
	}
	return 4
}

// index builds the names index of the bodies of t, which are grouped by kind and in
// ID order within each kind, so that the order of their indexes is that of
// their IDs among bodies of one kind.
//
// Besides its own name, a body may have other names, aliases, that Search
// finds it by: each is one more entry of the index, of its body's rank.
//
// It sorts integers rather than bodies: each packs a body's population,
// width and entry into a uint64. Sorting the bodies with a comparison of
// their fields took four times as long.
func index(t *tables, aliases []searchAlias) names {
	bodies := t.bodies
	var x names
	n := len(bodies) + len(aliases)
	x.aliases = len(aliases)
	body := func(e int) (int32, string) {
		if e < len(bodies) {
			return int32(e), bodies[e].name
		}
		a := aliases[e-len(bodies)]
		return a.body, a.name
	}
	order := make([]uint64, n)
	for e := range n {
		i, _ := body(e)
		b := &bodies[i]
		order[e] = uint64(^uint32(b.population))<<32 | uint64(widest(kindOf(int(b.kind))))<<24 | uint64(e)
	}
	slices.Sort(order)
	x.byRank = make([]int32, n)
	x.starts = make([]int32, n+1)
	x.sigs = make([]signature, n)
	// A key is no longer than its name, but for rare letters: sizing keys
	// by the names spares its growing, 2 MB of the 7.8 MB that decoding
	// allocated.
	size := 0
	for e := range n {
		_, name := body(e)
		size += len(name)
	}
	x.keys = make([]byte, 0, size)
	for r, o := range order {
		i, name := body(int(o & (1<<24 - 1)))
		x.byRank[r] = i
		x.starts[r] = int32(len(x.keys))
		x.keys = appendKey(x.keys, name)
		x.sigs[r] = signatureOf(x.keys[x.starts[r]:])
	}
	x.starts[n] = int32(len(x.keys))
	return x
}

// A searchAlias is another name of a body, by which Search finds it: the
// Collectivité de Corse is « Corse », the région's name in the data.
type searchAlias struct {
	body int32
	name string
}

// key returns the search key of rank r.
func (x *names) key(r int) []byte { return x.keys[x.starts[r]:x.starts[r+1]] }

// search appends to found, up to its capacity, the ranks of the keys that
// hold q, in Search's order, each body once at its best rank, and returns
// it. It reads the signatures once, and the keys whose signature may hold q.
func (x *names) search(q []byte, found []int32) []int32 {
	limit := cap(found)
	sq := signatureOf(q)
	mask := ^uint32(0) << (32 - 8*min(len(q), 3))
	// at returns the place in list of the body of rank r, or -1: a body
	// may hold q by its name and by an alias.
	at := func(list []int32, r int) int {
		if x.aliases == 0 {
			return -1
		}
		return slices.IndexFunc(list, func(o int32) bool { return x.byRank[o] == x.byRank[r] })
	}
	// found[:exact] are the keys that are q, found[exact:] those that start
	// with it, and inside those that hold q elsewhere, each in rank order.
	exact := 0
	var insideBuf [SearchLimit]int32
	inside := insideBuf[:0]
	for r, s := range x.sigs {
		if !s.holds(sq) {
			continue
		}
		if s.starts(sq, mask) {
			switch k := x.key(r); {
			case !bytes.HasPrefix(k, q):
			case len(k) == len(q):
				switch p := at(found, r); {
				case p >= exact:
					found = slices.Delete(found, p, p+1) // found before by its name's prefix
				case p >= 0:
					continue
				}
				if exact < limit {
					found = slices.Insert(found[:min(len(found), limit-1)], exact, int32(r))
					exact++
				}
				continue
			default:
				if len(found) < limit && at(found, r) < 0 {
					found = append(found, int32(r))
				}
				continue
			}
		}
		if len(inside) < limit && bytes.Index(x.key(r), q) > 0 && at(inside, r) < 0 {
			inside = append(inside, int32(r))
		}
	}
	for _, r := range inside {
		if len(found) == limit {
			break
		}
		if at(found, int(r)) < 0 {
			found = append(found, r)
		}
	}
	return found
}

// appendKey appends the search key of s to dst: see [Search].
func appendKey(dst []byte, s string) []byte {
	start, space := len(dst), false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				space = len(dst) > start
				continue
			}
			if space {
				dst, space = append(dst, ' '), false
			}
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if invisible(r) {
			continue
		}
		fold := latin(r)
		if fold == "" && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = len(dst) > start
			continue
		}
		if space {
			dst, space = append(dst, ' '), false
		}
		if fold == "" {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		} else {
			dst = append(dst, fold...)
		}
	}
	return dst
}

// invisible reports whether r adds nothing to a name's key: a combining
// diacritical mark (U+0300 to U+036F), which text in decomposed form (NFD)
// writes after its letter — "E" and U+0301 for « É » — and which the key
// drops as it drops the accents of precomposed letters; or an invisible
// format character (Unicode's category Cf: the soft hyphen U+00AD, the zero
// width space U+200B, joiners U+200C and U+200D, the byte order mark
// U+FEFF…), which pasted text carries inside words.
func invisible(r rune) bool {
	return '\u0300' <= r && r <= '\u036f' || unicode.Is(unicode.Cf, r)
}

// latin returns the letters without accent that stand for r, a letter of
// French or of Latin-1 with an accent or a ligature, in lower case; "" for
// any other rune.
func latin(r rune) string {
	switch r {
	case 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'à', 'á', 'â', 'ã', 'ä', 'å':
		return "a"
	case 'Æ', 'æ':
		return "ae"
	case 'Ç', 'ç':
		return "c"
	case 'È', 'É', 'Ê', 'Ë', 'è', 'é', 'ê', 'ë':
		return "e"
	case 'Ì', 'Í', 'Î', 'Ï', 'ì', 'í', 'î', 'ï':
		return "i"
	case 'Ñ', 'ñ':
		return "n"
	case 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø', 'ò', 'ó', 'ô', 'õ', 'ö', 'ø':
		return "o"
	case 'Œ', 'œ':
		return "oe"
	case 'Ù', 'Ú', 'Û', 'Ü', 'ù', 'ú', 'û', 'ü':
		return "u"
	case 'Ý', 'Ÿ', 'ý', 'ÿ':
		return "y"
	case 'ß':
		return "ss"
	}
	return ""
}
