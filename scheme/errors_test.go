package scheme

import (
	"errors"
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, boundQuotes(tt.in))
		})
	}
	assert.NoError(t, boundedError(nil))
	short := errors.New("short")
	assert.Same(t, short, boundedError(short))
	err := boundedError(errors.New(`"` + long + `"`))
	assert.Equal(t, `"`+long[:64]+`…" (300 bytes)`, err.Error())
}
