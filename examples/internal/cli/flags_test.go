package cli_test

import (
	"flag"
	"io"
	"strings"
	"testing"

	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		ok     bool
		out    string
	}{
		{"no arguments", nil, 0, true, ""},
		{"a flag", []string{"-n", "3"}, 0, true, ""},
		{"help", []string{"-h"}, 0, false, "Usage of prog"},
		{"unknown flag", []string{"-x"}, 2, false, "flag provided but not defined: -x"},
		{"extra argument", []string{"-n", "3", "extra"}, 2, false, `prog: unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			fs := flag.NewFlagSet("prog", flag.ContinueOnError)
			fs.SetOutput(&out)
			fs.Int("n", 0, "a number")
			status, ok := cli.ParseFlags(fs, tt.args)
			assert.Equal(t, tt.status, status)
			assert.Equal(t, tt.ok, ok)
			assert.Contains(t, out.String(), tt.out)
		})
	}
}

// TestUsage checks that the -h of a flag shows the notation's placeholder.
func TestUsage(t *testing.T) {
	var out strings.Builder
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.String("members", "", cli.MembersUsage)
	fs.String("budget", "", cli.BudgetUsage)
	fs.PrintDefaults()
	assert.Contains(t, out.String(), "-budget category=amount\n")
	assert.Contains(t, out.String(), "-members [name=]kind:population\n")
}

func TestInt(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"10000", 10000},
		{"10 000", 10000},
		{"10\u202f000", 10000},
		{" 1\u00a0000\u00a0000 ", 1000000},
		{"-5", -5},
		{"0", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			n := cli.Int(fs, "n", 7, "")
			require.NoError(t, fs.Parse([]string{"-n", tt.in}))
			assert.Equal(t, tt.want, *n)
		})
	}
}

func TestQuantityErrors(t *testing.T) {
	tests := []struct {
		name    string
		unit    string
		example int
		in      string
		msg     string
	}{
		{"a plain number, as Int defines it", "", 0, "1,5", `invalid value "1,5" for flag -n: want a whole number`},
		{"months", "months", 60, "6,5", `invalid value "6,5" for flag -n: want a whole number of months, such as 60`},
		{"an example grouped as people type it", "projects", 10000, "dix", `invalid value "dix" for flag -n: want a whole number of projects, such as 10000 or 10 000`},
		{"a large example", "inhabitants", 1250000, "1.5", `invalid value "1.5" for flag -n: want a whole number of inhabitants, such as 1250000 or 1 250 000`},
		{"a negative example", "", -2500, "x", `invalid value "x" for flag -n: want a whole number, such as -2500 or -2 500`},
		{"the empty text", "months", 60, "", `invalid value "" for flag -n: want a whole number of months, such as 60`},
		{"groups of two", "months", 60, "10 00", `invalid value "10 00" for flag -n: want a whole number of months, such as 60`},
		{"a plus sign", "months", 60, "+6", `invalid value "+6" for flag -n: want a whole number of months, such as 60`},
		{"out of range", "months", 60, "99999999999999999999", `invalid value "99999999999999999999" for flag -n: out of range: want a whole number of months, such as 60`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			n := cli.Quantity(fs, "n", 7, tt.unit, tt.example, "")
			assert.EqualError(t, fs.Parse([]string{"-n", tt.in}), tt.msg)
			assert.Equal(t, 7, *n, "unchanged on error")
			assert.Equal(t, "7", fs.Lookup("n").Value.String())
		})
	}
}

func TestQuantityDefault(t *testing.T) {
	var out strings.Builder
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(&out)
	cli.Quantity(fs, "duree", 15, "months", 60, "the duration, in months")
	cli.Int(fs, "zero", 0, "a number")
	fs.PrintDefaults()
	assert.Contains(t, out.String(), "the duration, in months (default 15)")
	assert.NotContains(t, out.String(), "(default 0)")
}
