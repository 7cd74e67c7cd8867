package cli

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/quote"
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
// populations of the package doc; it returns where the value is kept.
func Int(fs *flag.FlagSet, name string, value int, usage string) *int {
	v := intValue(value)
	fs.Var(&v, name, usage)
	return (*int)(&v)
}

// intValue is the flag.Value of [Int].
type intValue int

func (v *intValue) String() string { return strconv.Itoa(int(*v)) }

func (v *intValue) Set(s string) error {
	s = strings.TrimSpace(s)
	digits, negative := strings.CutPrefix(s, "-")
	plain, ok := ungroup(digits)
	if !ok {
		return fmt.Errorf("%s: want a whole number, such as 10000 or 10 000", quote.Input(s))
	}
	n, err := strconv.Atoi(plain)
	if err != nil {
		return fmt.Errorf("%s: out of range", quote.Input(s))
	}
	if negative {
		n = -n
	}
	*v = intValue(n)
	return nil
}
