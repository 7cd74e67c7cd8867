package bridge_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/internal/growth"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// communes are the INSEE codes of the communes of the data, in code order.
var communes = sync.OnceValue(func() []string {
	var out []string
	for _, c := range territoire.All(scheme.Commune) {
		out = append(out, c.ID)
	}
	return out
})

// hostile are the requests of n members of which every other repeats an
// earlier one: by its official code, that of the first commune of the data
// ("codes"), or described alike without
// one, as a person who chose only the kind of each new row ("alike"). The
// members that count stand between the twins, so that leaving out a twin
// one at a time would copy the list each time.
func hostile(n int) map[string]bridge.Request {
	codes := bridge.Request{On: "01/03/2021", Lead: bridge.BodyInput{Kind: "syndicat"}}
	alike := codes
	for i := range n {
		if i%2 == 0 {
			codes.Members = append(codes.Members, bridge.BodyInput{Code: communes()[i/2]})
			alike.Members = append(alike.Members, bridge.BodyInput{Kind: "commune", Name: "Commune " + strconv.Itoa(i), Population: "1 000"})
		} else {
			codes.Members = append(codes.Members, bridge.BodyInput{Code: communes()[0]})
			alike.Members = append(alike.Members, bridge.BodyInput{Kind: "epci"})
		}
	}
	return map[string]bridge.Request{"codes": codes, "alike": alike}
}

// sinkResponse keeps the compiler from optimising the calls away.
var sinkResponse []byte

// BenchmarkHostileTwins orients requests of 1 000, 4 000 and 16 000
// members of which every other repeats an earlier one, and reports the size
// of the request and the longest problem's message.
func BenchmarkHostileTwins(b *testing.B) {
	br := bridge.Bridge{}.WithTerritories()
	for _, n := range []int{1000, 4000, 16000} {
		requests := hostile(n)
		for _, kind := range []string{"codes", "alike"} {
			request, err := json.Marshal(requests[kind])
			require.NoError(b, err)
			b.Run(fmt.Sprintf("%s/members=%d", kind, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sinkResponse = br.Orient(request)
				}
				var resp bridge.Response
				require.NoError(b, json.Unmarshal(sinkResponse, &resp))
				// Every twin is reported: each code after the first, each
				// EPCI after the first.
				if want := map[string]int{"codes": n / 2, "alike": n/2 - 1}[kind]; len(resp.Errors) != want {
					b.Fatalf("%d problems, want %d", len(resp.Errors), want)
				}
				longest := 0
				for _, e := range resp.Errors {
					longest = max(longest, utf8.RuneCountInString(e.Message))
				}
				b.ReportMetric(float64(len(request)), "request-bytes")
				b.ReportMetric(float64(longest), "longest-message-runes")
			})
		}
	}
}

// TestHostileTwinsGrowLinearly checks that the bytes allocated to answer
// requests of many twins grow as their size: 8 times the members may
// allocate at most 1.5 × 8 times the bytes, where leaving out the twins one
// at a time with a copy of the list allocated 50 times as much. (Answer,
// not Orient: encoding/json reuses its buffers from one call to another
// as the collector allows, which blurs the count.)
func TestHostileTwinsGrowLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("answers requests of thousands of members")
	}
	const small, factor = 500, 8
	br := bridge.Bridge{}.WithTerritories()
	smalls, larges := hostile(small), hostile(small*factor)
	for _, kind := range []string{"codes", "alike"} {
		t.Run(kind, func(t *testing.T) {
			s := growth.BytesPerRun(2, func() { sinkAnswer = br.Answer(smalls[kind]) })
			l := growth.BytesPerRun(2, func() { sinkAnswer = br.Answer(larges[kind]) })
			ratio := float64(l) / float64(s)
			t.Logf("%d members: %d bytes; %d members: %d bytes; ratio %.1f", small, s, small*factor, l, ratio)
			assert.LessOrEqual(t, ratio, 1.5*factor)
		})
	}
}

// sinkAnswer keeps the compiler from optimising the calls away.
var sinkAnswer bridge.Response
