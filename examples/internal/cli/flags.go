package cli

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
)

// ParseFlags parses args with fs and refuses extra arguments, reporting on
// fs.Output() what the flag package does not. When ok is false the program
// should stop with the returned exit status: 0 when help was asked for, 2
// for a bad flag or an extra argument.
func ParseFlags(fs *flag.FlagSet, args []string) (status int, ok bool) {
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		return 0, false
	case err != nil:
		return 2, false // the flag package has reported it, with the usage
	case fs.NArg() > 0:
		fmt.Fprintf(fs.Output(), "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return 2, false
	}
	return 0, true
}

// Int defines an int flag of fs that reads a whole number written plain
// ("10000") or grouped by three the French way ("10 000", with a plain,
// no-break or narrow no-break space), and a minus sign before it, as the
// populations of the package doc; it returns where the value is kept. A
// value that is no such number is refused with the hint "want a whole
// number", which [Quantity] makes fit the flag.
func Int(fs *flag.FlagSet, name string, value int, usage string) *int {
	return Quantity(fs, name, value, "", 0, usage)
}

// Quantity defines an int flag of fs as [Int] does, for a number of unit
// (in the plural: "months", "projects"), which the message of a bad value
// names with example, a typical value:
//
//	invalid value "6,5" for flag -duree: want a whole number of months, such as 60
//	invalid value "dix" for flag -progress: want a whole number of projects, such as 10000 or 10 000
//
// The flag package names the flag and quotes the value; the hint does not
// quote it again. An empty unit is a plain number, and an example of 0
// none: Int's hint, "want a whole number".
func Quantity(fs *flag.FlagSet, name string, value int, unit string, example int, usage string) *int {
	v := &intValue{n: value, want: want(unit, example)}
	fs.Var(v, name, usage)
	return &v.n
}

// want returns the hint of a bad value of a flag of [Quantity].
func want(unit string, example int) string {
	w := "want a whole number"
	if unit != "" {
		w += " of " + unit
	}
	if example != 0 {
		w += ", such as " + strconv.Itoa(example)
		if example >= 1000 || example <= -1000 {
			w += " or " + grouped(example)
		}
	}
	return w
}

// grouped returns n with its digits grouped by three and plain spaces
// between the groups, as people type it: "10 000".
func grouped(n int) string {
	s := strconv.Itoa(n)
	sign, digits := "", s
	if n < 0 {
		sign, digits = "-", s[1:]
	}
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(d)
	}
	return sign + b.String()
}

// intValue is the flag.Value of [Quantity]: the number, and the hint of a
// bad value.
type intValue struct {
	n    int
	want string
}

func (v *intValue) String() string { return strconv.Itoa(v.n) }

func (v *intValue) Set(s string) error {
	s = strings.TrimSpace(s)
	digits, negative := strings.CutPrefix(s, "-")
	plain, ok := ungroup(digits)
	if !ok {
		return errors.New(v.want)
	}
	n, err := strconv.Atoi(plain)
	if err != nil {
		return errors.New("out of range: " + v.want)
	}
	if negative {
		n = -n
	}
	v.n = n
	return nil
}
