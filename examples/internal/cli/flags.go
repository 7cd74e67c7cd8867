package cli

import (
	"errors"
	"flag"
	"fmt"
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
