package relance_test

import (
	"regexp"
	"strings"

	"github.com/planrelance/numerique/internal/french"
)

var (
	digitGroup = regexp.MustCompile(`(\d) (\d{3})`)
	unitSpace  = regexp.MustCompile(` ([%€:;])`)
)

// nbsp writes s with the spaces French typography asks for: a narrow
// no-break space between groups of digits, a no-break space before % and €,
// so that tests can be written with plain spaces.
func nbsp(s string) string {
	for digitGroup.MatchString(s) {
		s = digitGroup.ReplaceAllString(s, "${1}"+french.Thin+"${2}")
	}
	return strings.TrimSpace(unitSpace.ReplaceAllString(s, french.NoBreak+"${1}"))
}
