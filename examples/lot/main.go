package main

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// example is the file that the program orients when no -in is given.
//
//go:embed testdata/projets.csv
var example string

// memoryLimit is the soft limit of the memory that the Go runtime holds for
// the program (debug.SetMemoryLimit) when GOMEMLIMIT sets none: see
// "Memory" in the package documentation.
const memoryLimit = 14 << 20

func main() {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the program: it reads its flags from args and the projects from
// the file that -in names (stdin for "-"), writes the orientations to stdout
// and reports on stderr; it returns the exit status, as the package doc
// says.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lot", flag.ContinueOnError)
	fs.SetOutput(stderr)
	on := calendar.MustDate(2021, time.March, 1)
	var (
		in       = fs.String("in", "", "the CSV `file` of the projects, one a row; - for standard input; empty: the example file built into the program,\nits fields separated by -sep")
		sep      = fs.String("sep", ",", "the field `separator` of the input and the output: , or ; as French spreadsheets write, and then amounts are written 40000,00")
		progress = cli.Quantity(fs, "progress", 10000, "projects", 10000, "write a progress line on standard error every `N` projects, such as 10000 or 10 000; 0: none")
	)
	fs.TextVar(&on, "date", on, "the day of the orientation, `YYYY-MM-DD`, for the rows without a date column or with an empty one")
	fs.Usage = func() { usage(fs) }
	if status, ok := cli.ParseFlags(fs, args); !ok {
		return status
	}
	comma, err := separator(*sep)
	if err == nil && on.IsZero() {
		err = errors.New("-date: no date")
	}
	if err == nil && *progress < 0 {
		err = fmt.Errorf("-progress: %d: want 0 or more", *progress)
	}
	if err != nil {
		fmt.Fprintf(stderr, "lot: %v\n", err)
		return 2
	}

	var input io.Reader
	switch *in {
	case "":
		text, err := exampleWith(comma)
		if err != nil {
			fmt.Fprintf(stderr, "lot: the example built in: %v\n", err)
			return 1
		}
		input = strings.NewReader(text)
	case "-":
		input = stdin
	default:
		f, err := os.Open(*in)
		if err != nil {
			fmt.Fprintf(stderr, "lot: -in: %v\n", err)
			return 2
		}
		defer f.Close()
		input = f
	}
	b := batch{on: on, progress: *progress, stderr: stderr}
	return b.run(input, stdout, comma)
}

// usage writes the -h of the program on fs's output: its flags, and its
// input and output columns, one line each.
func usage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprintln(w, "usage: lot [-in FILE] [-date YYYY-MM-DD] [-sep ,] [-progress N] > orientations.csv")
	fmt.Fprintln(w, "Orients each project of a CSV file across the catalogue: one output row per project and scheme.")
	fmt.Fprintln(w, "\nFlags:")
	fs.PrintDefaults()
	fmt.Fprintln(w, "\nInput columns, named by the first row, in any order, each optional:")
	for c, col := range inColumns {
		brief := col.brief
		if c >= firstCategory {
			brief = "the budget line « " + categories[c-firstCategory].Label() + " », in euros: 12000.50 or 12 000,50 €, without a sign"
		}
		fmt.Fprintf(w, "  %-15s %s\n", col.name, brief)
	}
	fmt.Fprintln(w, "\nOutput columns, one row per project and scheme (amounts 40000.00, or 40000,00 with -sep ';'):")
	for _, col := range outColumns {
		fmt.Fprintf(w, "  %-15s %s\n", col.name, col.brief)
	}
	fmt.Fprintln(w, "\ngo doc ./examples/lot gives the columns in full.")
}

// exampleWith returns the example file built into the program, its fields
// separated by comma: the file as it is for a comma, else written again
// with comma between its fields, each field quoted where comma requires
// it, so that -sep ';' orients the example as French spreadsheets would
// write it.
func exampleWith(comma rune) (string, error) {
	if comma == ',' {
		return example, nil
	}
	rows, err := csv.NewReader(strings.NewReader(example)).ReadAll()
	var b strings.Builder
	if err == nil {
		w := csv.NewWriter(&b)
		w.Comma = comma
		err = w.WriteAll(rows)
	}
	return b.String(), err
}

// separator returns the field separator that s names: one character that
// encoding/csv accepts (not a quote, a line break or NUL).
func separator(s string) (rune, error) {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || size != len(s) || r == utf8.RuneError || r == 0 || r == '"' || r == '\r' || r == '\n' {
		return 0, fmt.Errorf("-sep: %q: want one character, such as , or ;", s)
	}
	return r, nil
}

// batch orients the projects of one input.
type batch struct {
	on       calendar.Date // the date of the rows without one
	progress int           // a progress line every progress projects; 0: none
	stderr   io.Writer

	read, refused, written int // projects read and refused, rows written
}

// run reads the projects from in and writes their orientations to out, with
// comma as the field separator; it returns the exit status.
func (b *batch) run(in io.Reader, out io.Writer, comma rune) int {
	r := csv.NewReader(in)
	r.Comma = comma
	r.ReuseRecord = true
	w := csv.NewWriter(out)
	w.Comma = comma

	names, err := r.Read()
	if errors.Is(err, io.EOF) {
		err = errors.New("no header: want a first row that names the columns")
	}
	var h header
	if err == nil {
		h, err = readHeader(names, comma)
	}
	if err != nil {
		fmt.Fprintf(b.stderr, "lot: %s\n", oneLine(err))
		return 2
	}
	o := newOrienter(w, comma == ';')
	if err := o.writeHeader(); err != nil {
		fmt.Fprintf(b.stderr, "lot: write: %v\n", err)
		return 1
	}
	status := 0
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if err != nil && !errors.As(err, &pe) { // the input failed: nothing more to read
			fmt.Fprintf(b.stderr, "lot: read: %v\n", err)
			status = 1
			break
		}
		b.read++
		var line int
		switch {
		case pe != nil && errors.Is(pe.Err, csv.ErrFieldCount):
			line, err = pe.StartLine, fmt.Errorf("%d fields, want %d as in the header", len(rec), h.fields)
		case pe != nil:
			line, err = pe.StartLine, pe.Err
		default:
			line, _ = r.FieldPos(0)
			var n int
			n, err = o.orient(line, h, rec, b.on)
			b.written += n
			if errors.Is(err, errWrite) {
				fmt.Fprintf(b.stderr, "lot: %v\n", err)
				return 1
			}
		}
		if err != nil {
			b.refused++
			status = 1
			where := "line " + strconv.Itoa(line)
			if id := h.id(rec); id != "" {
				where += " (id " + quote.Input(id) + ")"
			}
			fmt.Fprintf(b.stderr, "lot: %s: %s\n", where, oneLine(err))
		}
		if b.progress > 0 && b.read%b.progress == 0 {
			fmt.Fprintf(b.stderr, "lot: %s…\n", count(b.read, "project read", "projects read"))
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Fprintf(b.stderr, "lot: write: %v\n", err)
		return 1
	}
	fmt.Fprintf(b.stderr, "lot: %s, %d refused, %s\n",
		count(b.read, "project read", "projects read"), b.refused,
		count(b.written, "row written", "rows written"))
	return status
}

// count returns n, its digits grouped by three as in the data (« 20 000 »,
// with a narrow no-break space), and the noun that n asks for in English:
// one, in the singular, for 1 only.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return french.Int(int64(n)) + " " + many
}

// oneLine returns the message of err on one line: the problems that
// errors.Join puts on lines of their own are separated by semicolons.
func oneLine(err error) string {
	return strings.ReplaceAll(err.Error(), "\n", "; ")
}

// errWrite marks an error of the output, which stops the program.
var errWrite = errors.New("write")

// orienter orients projects and writes their rows.
type orienter struct {
	w            *csv.Writer
	decimalComma bool              // amounts with a decimal comma: 40000,00
	schemes      []scheme.Scheme   // the catalogue
	rank         map[scheme.ID]int // the position of each scheme in the catalogue
	options      []relance.Option  // the options of a project, in catalogue order
	rec          [len(outColumns)]string
	buf          []byte // the text of a field, before it becomes a string
}

// newOrienter returns an orienter that writes to w, its amounts with a
// decimal comma when decimalComma is set.
func newOrienter(w *csv.Writer, decimalComma bool) *orienter {
	o := &orienter{w: w, decimalComma: decimalComma, schemes: scheme.All(), rank: map[scheme.ID]int{}}
	for i, s := range o.schemes {
		o.rank[s.ID()] = i
	}
	o.options = make([]relance.Option, len(o.schemes))
	return o
}

// orient reads the project of rec, found at line of the input, orients it on
// its date (def when it gives none) and writes its rows; it returns the
// number of rows written and, for a project that cannot be read or oriented,
// why, or an error wrapping errWrite when the output fails.
func (o *orienter) orient(line int, h header, rec []string, def calendar.Date) (int, error) {
	id, on, p, err := h.project(rec, def)
	if err != nil {
		return 0, err
	}
	options, err := relance.OrientAmong(o.schemes, p, on)
	if err != nil {
		return 0, err
	}
	for _, opt := range options { // back in catalogue order
		o.options[o.rank[opt.Scheme.ID()]] = opt
	}
	for i, opt := range o.options {
		if err := o.w.Write(o.row(line, id, opt)); err != nil {
			return i, fmt.Errorf("%w: %v", errWrite, err)
		}
	}
	return len(o.options), nil
}
