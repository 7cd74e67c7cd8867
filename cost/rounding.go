package cost

import "github.com/planrelance/numerique/internal/enum"

// Rounding is the way a grant, computed exactly, becomes a whole number of
// cents (or euros).
//
// Rounding is an integer value, comparable with == and usable as a map key.
// The four constants below are the modes; any other value is invalid, which
// [Policy.Validate] reports as [ErrInvalidRounding].
//
// The zero value is [DownToCent], the default.
type Rounding int

// The rounding modes. Grants are never negative, so "down" (towards zero)
// is also towards minus infinity.
const (
	// DownToCent drops any fraction of a cent: 61 728,395 € gives
	// 61 728,39 €. It is the default, so that the grant never exceeds the
	// published rate: « 1 € du fonds pour 1 € du porteur ».
	DownToCent Rounding = iota
	// HalfUpToCent rounds to the nearest cent, half a cent away from zero:
	// 61 728,395 € gives 61 728,40 €.
	HalfUpToCent
	// HalfEvenToCent rounds to the nearest cent, half a cent to the even
	// cent (banker's rounding): 61 728,395 € gives 61 728,40 € and
	// 61 728,385 € gives 61 728,38 €.
	HalfEvenToCent
	// DownToEuro drops any fraction of a euro: 61 728,395 € gives
	// 61 728,00 €.
	DownToEuro
)

// roundingTable is the one table of the rounding modes: each with its
// slug, its French label and its Go name.
var roundingTable = enum.MustTable("cost.Rounding",
	enum.Value[Rounding]{V: DownToCent, Slug: "down-to-cent", Label: "arrondi au centime inférieur", Go: "cost.DownToCent"},
	enum.Value[Rounding]{V: HalfUpToCent, Slug: "half-up-to-cent", Label: "arrondi au centime le plus proche (moitié vers le haut)", Go: "cost.HalfUpToCent"},
	enum.Value[Rounding]{V: HalfEvenToCent, Slug: "half-even-to-cent", Label: "arrondi au centime le plus proche (moitié vers le centime pair)", Go: "cost.HalfEvenToCent"},
	enum.Value[Rounding]{V: DownToEuro, Slug: "down-to-euro", Label: "arrondi à l’euro inférieur", Go: "cost.DownToEuro"},
)

// ParseRounding returns the mode whose slug is s, as [Rounding.String]
// writes it: "down-to-cent", "half-up-to-cent", "half-even-to-cent",
// "down-to-euro". Any other text gives an error wrapping
// [ErrInvalidRounding] that quotes s and lists the slugs.
func ParseRounding(s string) (Rounding, error) {
	m, ok := roundingTable.Parse(s)
	if !ok {
		return 0, parseError("rounding", s, ErrInvalidRounding, "want "+roundingTable.Want())
	}
	return m, nil
}

// IsValid reports whether m is one of the four modes.
func (m Rounding) IsValid() bool { return roundingTable.IsValid(m) }

// String returns the stable slug of m: "down-to-cent", "half-up-to-cent",
// "half-even-to-cent", "down-to-euro". An invalid mode prints as fmt marks
// a bad value: "%!Rounding(9)".
func (m Rounding) String() string { return roundingTable.String(m) }

// Label describes m in French, as [Result.Explain] names the rounding it
// applied: "arrondi au centime inférieur", "arrondi au centime le plus
// proche (moitié vers le haut)", "arrondi au centime le plus proche (moitié
// vers le centime pair)", "arrondi à l’euro inférieur". An invalid mode
// gives the same text as [Rounding.String].
func (m Rounding) Label() string { return roundingTable.Label(m) }

// French is [Rounding.Label].
func (m Rounding) French() string { return m.Label() }

// GoString returns the Go that builds m, so that %#v and a failing
// assert.Equal print it readably: "cost.DownToCent", or "cost.Rounding(9)"
// for an invalid mode.
func (m Rounding) GoString() string { return roundingTable.GoString(m) }

// MarshalText returns the slug of m. It fails, with an error wrapping
// [ErrInvalidRounding], for an invalid mode, so that what is written can
// always be read back.
func (m Rounding) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, newError("cost: marshal rounding "+m.String()+": "+ErrInvalidRounding.Error(), ErrInvalidRounding)
	}
	return []byte(m.String()), nil
}

// UnmarshalText sets m to the mode whose slug is text, read by
// [ParseRounding]. On error m is unchanged.
func (m *Rounding) UnmarshalText(text []byte) error {
	v, err := ParseRounding(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}
