package quote_test

import (
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/stretchr/testify/assert"
)

func TestInput(t *testing.T) {
	long := "1." + strings.Repeat("0", 1_000_000)
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", `""`},
		{"short", "mairie", `"mairie"`},
		{"escaped", "a\x00\xff", `"a\x00\xff"`},
		{"exactly the limit", strings.Repeat("é", quote.Limit), `"` + strings.Repeat("é", quote.Limit) + `"`},
		{"one character more", strings.Repeat("é", quote.Limit+1), `"` + strings.Repeat("é", quote.Limit) + `…" (130 bytes)`},
		{"a million digits", long, `"1.` + strings.Repeat("0", quote.Limit-2) + `…" (1000002 bytes)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, quote.Input(tt.in))
		})
	}
}
