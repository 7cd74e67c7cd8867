package scheme

import "github.com/planrelance/numerique/internal/enum"

// This file holds the small values in which a criterion keeps what it read
// of a project, so that judging builds no list and copies no slice: the
// lead's kind, and sets of themes, practices and kinds, one bit a value.

// kindIndex is a [Kind] as its position in [Kinds], plus one: 0 is the zero
// Kind, "not given"; unknownKind is a kind that is none of Kinds. A
// criterion keeps the lead's kind so, in one byte rather than the 16 of a
// Kind, which keeps it at 48 bytes (see Criterion).
type kindIndex uint8

// unknownKind is the kindIndex of every unknown kind.
const unknownKind kindIndex = 255

// kindIndexOf returns the kindIndex of k.
func kindIndexOf(k Kind) kindIndex {
	if k == "" {
		return 0
	}
	if i := kinds.Index(k); i >= 0 {
		return kindIndex(i + 1)
	}
	return unknownKind
}

// kind returns the Kind of i; "" for 0 and unknownKind.
func (i kindIndex) kind() Kind {
	if i == 0 || i == unknownKind {
		return ""
	}
	return kinds.At(int(i) - 1)
}

// practiceSet is a set of known practices, one bit each, by their position
// in [Practices].
type practiceSet uint8

// has reports whether s holds p.
func (s practiceSet) has(p Practice) bool {
	i := practices.Index(p)
	return i >= 0 && s&(1<<i) != 0
}

// kindSet is a set of known kinds, one bit each, by their position in
// [Kinds].
type kindSet uint8

// has reports whether s holds the kind of index i; never for the zero Kind
// and unknown kinds.
func (s kindSet) has(i kindIndex) bool {
	return i != 0 && i != unknownKind && s&(1<<(i-1)) != 0
}

// themeSet is a set of known themes, one bit each, by their position in
// [Themes].
type themeSet uint8

// has reports whether s holds t.
func (s themeSet) has(t Theme) bool {
	i := themes.Index(t)
	return i >= 0 && s&(1<<i) != 0
}

// setOf returns the set of the known values of list, by their index in
// table.
func setOf[S ~uint8, T enum.Underlying](table *enum.Table[T], list []T) S {
	var s S
	for _, v := range list {
		if i := table.Index(v); i >= 0 {
			s |= 1 << i
		}
	}
	return s
}
