package territoire

import "slices"

// maxCode is the length of the longest ID, a SIREN.
const maxCode = 9

// An idKey packs an ID — at most nine characters, each a digit or an
// upper-case ASCII letter — into an integer, six bits a character from the
// left, so that the order of keys is the lexicographic order of IDs: the
// bodies of a kind, held in ID order, are found by a binary search of their
// keys. The zero idKey is no ID's.
type idKey uint64

// charBits is the number of bits of a character in an idKey.
const charBits = 6

// keyOf returns the key of code once its ASCII letters are upper-cased and
// its spaces dropped (U+0020, tabs, U+00A0 and U+202F), the number of
// characters kept, and whether code is made of at most maxCode digits and
// letters besides its spaces.
func keyOf(code string) (k idKey, n int, ok bool) {
	for i := 0; i < len(code); i++ {
		c := code[i]
		var v idKey
		switch {
		case c == ' ' || c == '\t':
			continue
		case c == 0xc2 && i+1 < len(code) && code[i+1] == 0xa0: // U+00A0
			i++
			continue
		case c == 0xe2 && i+2 < len(code) && code[i+1] == 0x80 && code[i+2] == 0xaf: // U+202F
			i += 2
			continue
		case '0' <= c && c <= '9':
			v = idKey(c-'0') + 1
		case 'A' <= c && c <= 'Z':
			v = idKey(c-'A') + 11
		case 'a' <= c && c <= 'z':
			v = idKey(c-'a') + 11
		default:
			return 0, 0, false
		}
		if n == maxCode {
			return 0, 0, false
		}
		k |= v << (charBits * (maxCode - 1 - n))
		n++
	}
	return k, n, n > 0
}

// first returns the first character of the ID of key k, upper-cased.
func (k idKey) first() byte {
	v := byte(k >> (charBits * (maxCode - 1)))
	if v <= 10 {
		return '0' + v - 1
	}
	return 'A' + v - 11
}

// String returns the ID of key k.
func (k idKey) String() string {
	var b []byte
	for i := maxCode - 1; i >= 0; i-- {
		v := byte(k>>(charBits*i)) & (1<<charBits - 1)
		switch {
		case v == 0:
			return string(b)
		case v <= 10:
			b = append(b, '0'+v-1)
		default:
			b = append(b, 'A'+v-11)
		}
	}
	return string(b)
}

// find returns the index of the body that code names, as [Lookup] reads
// it: the shape of the code tells the kinds to search.
func (t *tables) find(code string) (int32, bool) {
	k, n, ok := keyOf(code)
	switch {
	case !ok:
		return 0, false
	case n == 5:
		return t.search(communes, k)
	case n == maxCode:
		return t.search(epcis, k)
	case k.first() == RegionPrefix[0]:
		if i, ok := t.search(regions, k); ok {
			return i, true
		}
		j := slices.IndexFunc(t.aliases, func(a alias) bool { return a.key == k })
		if j < 0 {
			return 0, false
		}
		return t.aliases[j].body, true
	}
	if i, ok := t.search(departements, k); ok {
		return i, true
	}
	return t.search(particuliers, k)
}

// search returns the index of the body of kind index kind whose key is k.
func (t *tables) search(kind int, k idKey) (int32, bool) {
	s := t.byKind[kind]
	i, ok := slices.BinarySearch(t.keys[s.first:s.end], k)
	return s.first + int32(i), ok
}
