package scheme

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBoundQuotes(t *testing.T) {
	long := strings.Repeat("x", 300)
	tests := []struct {
		name, in, want string
	}{
		{"a short message, as it is", `calendar: parse date "` + long[:10] + `": invalid`, `calendar: parse date "` + long[:10] + `": invalid`},
		{"a long quotation cut", `a "` + long + `" b`, `a "` + long[:64] + `…" (300 bytes) b`},
		{"short quotations kept", `"a" "b" ` + long, `"a" "b" ` + long},
		{"a lone quotation mark", long + ` "`, long + ` "`},
		{"an escape in a long quotation", `"` + long + `\n"`, `"` + long[:64] + `…" (301 bytes)`},
		{"a quotation cut already", `a "` + strings.Repeat("é", 64) + `…" (9000 bytes): ` + long, `a "` + strings.Repeat("é", 64) + `…" (9000 bytes): ` + long},
		{"a quotation followed by a number but no length", `a "` + long + `" (9000 items)`, `a "` + long[:64] + `…" (300 bytes) (9000 items)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, boundQuotes(tt.in))
		})
	}
}
