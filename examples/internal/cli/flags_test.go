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
	for _, bad := range []string{"", "dix", "10 00", "1,5", "99999999999999999999"} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		n := cli.Int(fs, "n", 7, "")
		assert.Error(t, fs.Parse([]string{"-n", bad}), bad)
		assert.Equal(t, 7, *n, "unchanged on error")
		assert.Equal(t, "7", fs.Lookup("n").Value.String())
	}
}
