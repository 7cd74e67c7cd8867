package cost

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// grant100k is an award of 100 000 € at 50 %, over two years.
var grant100k = Award{Grant: Euros(100000), Rate: Percent(50), Months: 24}

func TestPaymentKind(t *testing.T) {
	tests := []struct {
		k                     PaymentKind
		slug, label, goString string
	}{
		{Instalment, "acompte", "Acompte", "cost.Instalment"},
		{Advance, "avance", "Avance", "cost.Advance"},
	}
	for _, tt := range tests {
		t.Run(tt.slug, func(t *testing.T) {
			assert.True(t, tt.k.IsValid())
			assert.Equal(t, tt.slug, tt.k.String())
			assert.Equal(t, tt.label, tt.k.Label())
			assert.Equal(t, tt.goString, fmt.Sprintf("%#v", tt.k))
			back, err := ParsePaymentKind(tt.slug)
			require.NoError(t, err)
			assert.Equal(t, tt.k, back)
			data, err := json.Marshal(tt.k)
			require.NoError(t, err)
			assert.Equal(t, `"`+tt.slug+`"`, string(data))
			var k PaymentKind
			require.NoError(t, json.Unmarshal(data, &k))
			assert.Equal(t, tt.k, k)
		})
	}
	var zero PaymentKind
	assert.Equal(t, Instalment, zero, "the zero PaymentKind is an instalment")

	bad := PaymentKind(7)
	assert.False(t, bad.IsValid())
	assert.Equal(t, "%!PaymentKind(7)", bad.String())
	assert.Equal(t, "cost.PaymentKind(7)", bad.GoString())
	_, err := bad.MarshalText()
	require.ErrorIs(t, err, ErrUnknownPayment)
	assert.EqualError(t, err, "cost: marshal payment kind %!PaymentKind(7): unknown payment kind")
	_, err = ParsePaymentKind("solde")
	require.ErrorIs(t, err, ErrUnknownPayment)
	assert.EqualError(t, err, `cost: parse payment kind "solde": unknown payment kind: want acompte or avance`)
	k := Advance
	require.Error(t, json.Unmarshal([]byte(`"solde"`), &k))
	assert.Equal(t, Advance, k, "unchanged on error")
}

func TestSettle(t *testing.T) {
	tests := []struct {
		name                                  string
		a                                     Award
		payments                              []Payment
		spent                                 string
		final, advances, paid, balance, repay string
		codes                                 []string
	}{
		{"a balance to pay", grant100k, []Payment{{Advance, Euros(30000)}, {Instalment, Euros(40000)}}, "170000.00",
			"85000.00", "30000.00", "70000.00", "15000.00", "0.00", nil},
		{"an excess to repay", grant100k, []Payment{{Advance, Euros(30000)}, {Instalment, Euros(40000)}}, "120000.00",
			"60000.00", "30000.00", "70000.00", "0.00", "10000.00", nil},
		{"paid exactly", grant100k, []Payment{{Advance, Euros(30000)}, {Instalment, Euros(30000)}}, "120000.00",
			"60000.00", "30000.00", "60000.00", "0.00", "0.00", nil},
		{"no payment yet", grant100k, nil, "250000.00",
			"100000.00", "0.00", "0.00", "100000.00", "0.00", nil},
		{"the advance at its ceiling exactly", grant100k, []Payment{{Advance, Euros(30000)}}, "200000.00",
			"100000.00", "30000.00", "30000.00", "70000.00", "0.00", nil},
		{"one cent above the ceiling of the advance", grant100k, []Payment{{Advance, MustParseAmount("30000.01")}}, "200000.00",
			"100000.00", "30000.01", "30000.01", "69999.99", "0.00", []string{CodeAdvance}},
		{"two advances together above it", grant100k, []Payment{{Advance, Euros(20000)}, {Instalment, Euros(1)}, {Advance, Euros(20000)}}, "200000.00",
			"100000.00", "40000.00", "40001.00", "59999.00", "0.00", []string{CodeAdvance}},
		{"60 % with a guarantee", Award{Grant: Euros(100000), Rate: Percent(50), Guarantee: true}, []Payment{{Advance, Euros(60000)}}, "200000.00",
			"100000.00", "60000.00", "60000.00", "40000.00", "0.00", nil},
		{"advance and instalments at 80 % exactly", grant100k, []Payment{{Advance, Euros(30000)}, {Instalment, Euros(50000)}}, "200000.00",
			"100000.00", "30000.00", "80000.00", "20000.00", "0.00", nil},
		{"one cent above 80 %", grant100k, []Payment{{Advance, Euros(30000)}, {Instalment, Euros(50000)}, {Instalment, Cents(1)}}, "200000.00",
			"100000.00", "30000.00", "80000.01", "19999.99", "0.00", []string{CodeBeforeBalance}},
		{"90 % past 48 months, raised by the decision", Award{Grant: Euros(100000), Rate: Percent(50), Months: 49, Extended: true}, []Payment{{Instalment, Euros(90000)}}, "200000.00",
			"100000.00", "0.00", "90000.00", "10000.00", "0.00", nil},
		{"80 % past 48 months, the decision not raising it", Award{Grant: Euros(100000), Rate: Percent(50), Months: 49}, []Payment{{Instalment, Euros(90000)}}, "200000.00",
			"100000.00", "0.00", "90000.00", "10000.00", "0.00", []string{CodeBeforeBalance}},
		{"both ceilings, and more than is due", grant100k, []Payment{{Advance, Euros(50000)}, {Instalment, Euros(40000)}}, "100000.00",
			"50000.00", "50000.00", "90000.00", "0.00", "40000.00", []string{CodeAdvance, CodeBeforeBalance}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := tt.a.Settle(tt.payments, MustParseAmount(tt.spent))
			require.NoError(t, err)
			msg := s.Explain()
			assert.Equal(t, tt.a, s.Award)
			assert.Equal(t, MustParseAmount(tt.spent), s.Spent)
			assert.Equal(t, MustParseAmount(tt.final), s.Final, msg)
			assert.Equal(t, tt.a.Final(s.Spent), s.Final)
			assert.Equal(t, MustParseAmount(tt.advances), s.Advances, msg)
			assert.Equal(t, MustParseAmount(tt.paid), s.Paid, msg)
			assert.Equal(t, MustParseAmount(tt.balance), s.Balance, msg)
			assert.Equal(t, MustParseAmount(tt.repay), s.Repay, msg)
			assert.Equal(t, s.Final.Sub(s.Paid), s.Balance.Sub(s.Repay), "Final − Paid = Balance − Repay")
			assert.Equal(t, tt.payments, s.Payments)
			var codes []string
			for _, f := range s.Findings {
				codes = append(codes, f.Code)
			}
			assert.Equal(t, tt.codes, codes, msg)
		})
	}
}

func TestSettleFindings(t *testing.T) {
	s, err := grant100k.Settle([]Payment{{Advance, Euros(30000)}, {Instalment, Euros(40000)}, {Instalment, Euros(20000)}, {Instalment, Euros(5000)}}, Euros(200000))
	require.NoError(t, err)
	require.Len(t, s.Findings, 1)
	assert.Equal(t, visible("Versement n°~3 (acompte de 20^000,00~€)~: avance et acomptes portés à 90^000,00~€, au-delà du plafond de 80^000,00~€ (80~% de la subvention maximale~; plafond des acomptes appliqué à l’avance et aux acomptes ensemble~: choix de la bibliothèque~; décret n°~2018-514, art. 12 III)"),
		s.Findings[0].Reason, "the first payment beyond the ceiling, the ceiling labelled as the library's choice")

	s, err = Award{Grant: Euros(100000), Months: 60, Guarantee: true, Extended: true}.Settle([]Payment{{Advance, Euros(61000)}, {Instalment, Euros(30000)}}, Amount{})
	require.NoError(t, err)
	require.Len(t, s.Findings, 2)
	assert.Equal(t, visible("Avances versées~: 61^000,00~€, au-delà du plafond de 60^000,00~€ (60~% de la subvention maximale, avec une garantie bancaire à première demande~; décret n°~2018-514, art. 12 II)"), s.Findings[0].Reason)
	assert.Equal(t, visible("Versement n°~2 (acompte de 30^000,00~€)~: avance et acomptes portés à 91^000,00~€, au-delà du plafond de 90^000,00~€ (90~% de la subvention maximale, taux porté à 90~% par la décision attributive pour un délai de réalisation prévu de plus de 48 mois~; plafond des acomptes appliqué à l’avance et aux acomptes ensemble~: choix de la bibliothèque~; décret n°~2018-514, art. 12 III)"), s.Findings[1].Reason)
}

func TestSettleErrors(t *testing.T) {
	_, err := Award{Grant: Cents(-1), Months: -1, Extended: true}.Settle([]Payment{{Instalment, Cents(-5)}, {PaymentKind(7), Euros(1)}, {Advance, Cents(math.MaxInt64)}, {Advance, Euros(1)}}, Cents(-2))
	for _, want := range []error{ErrNegativeAmount, ErrInvalidAward, ErrUnknownPayment, ErrOverflow} {
		require.ErrorIs(t, err, want)
	}
	assert.EqualError(t, err, `cost: award: grant: negative amount -0.01
cost: award: months: invalid award: a negative duration, -1
cost: award: extended: invalid award: the décret allows 90 % only beyond 48 months (art. 12 III), and the planned duration is -1 months
cost: settle: spent: negative amount -0.02
cost: settle: payment 1 (acompte): negative amount -0.05
cost: settle: payment 2: unknown payment kind %!PaymentKind(7)
cost: settle: payment 3 (avance): amount out of range: the payments exceed 92233720368547758.07`)
	s, err := grant100k.Settle(nil, Cents(-1))
	require.Error(t, err)
	assert.Equal(t, Statement{}, s)
}

func TestSettleOwnsItsPayments(t *testing.T) {
	payments := []Payment{{Advance, Euros(1000)}}
	s, err := grant100k.Settle(payments, Euros(10000))
	require.NoError(t, err)
	s.Payments[0].Amount = Euros(5)
	assert.Equal(t, Euros(1000), payments[0].Amount)
}

func TestStatementExplain(t *testing.T) {
	s, err := grant100k.Settle([]Payment{{Advance, Euros(30000)}, {Instalment, Euros(40000)}}, Euros(170000))
	require.NoError(t, err)
	assert.Equal(t, visible(`Subvention maximale~: 100^000,00~€, au taux de 50~%
Avance~: au plus 30^000,00~€ (30~% de la subvention maximale~; décret n°~2018-514, art. 12 II)
Avance et acomptes~: au plus 80^000,00~€ (80~% de la subvention maximale~; plafond des acomptes appliqué à l’avance et aux acomptes ensemble~: choix de la bibliothèque~; décret n°~2018-514, art. 12 III)
Versements~:
  1. Avance~: 30^000,00~€ (cumul~: 30^000,00~€)
  2. Acompte~: 40^000,00~€ (cumul~: 70^000,00~€)
Dépense éligible réalisée~: 170^000,00~€
Subvention définitive~: 50~% × 170^000,00~€ = 85^000,00~€ (arrondi au centime inférieur~; taux appliqué à la dépense réalisée et arrondi~: choix de la bibliothèque, à défaut des modalités de calcul de la décision, décret n°~2018-514, art. 8 3°)
Solde à verser~: 85^000,00~€ − 70^000,00~€ = 15^000,00~€`), s.Explain())

	s, err = Award{Grant: Euros(100000), Rate: Percent(50), Months: 60, Guarantee: true, Extended: true}.Settle([]Payment{{Advance, Euros(70000)}}, Euros(300000))
	require.NoError(t, err)
	assert.Equal(t, visible(`Subvention maximale~: 100^000,00~€, au taux de 50~%
Avance~: au plus 60^000,00~€ (60~% de la subvention maximale, avec une garantie bancaire à première demande~; décret n°~2018-514, art. 12 II)
Avance et acomptes~: au plus 90^000,00~€ (90~% de la subvention maximale, taux porté à 90~% par la décision attributive pour un délai de réalisation prévu de plus de 48 mois~; plafond des acomptes appliqué à l’avance et aux acomptes ensemble~: choix de la bibliothèque~; décret n°~2018-514, art. 12 III)
Versements~:
  1. Avance~: 70^000,00~€ (cumul~: 70^000,00~€)
Dépense éligible réalisée~: 300^000,00~€
Subvention définitive~: 50~% × 300^000,00~€ = 150^000,00~€, ramenée à la subvention maximale~: 100^000,00~€ (taux appliqué à la dépense réalisée~: choix de la bibliothèque, à défaut des modalités de calcul de la décision, décret n°~2018-514, art. 8 3°)
Solde à verser~: 100^000,00~€ − 70^000,00~€ = 30^000,00~€
À signaler~: Avances versées~: 70^000,00~€, au-delà du plafond de 60^000,00~€ (60~% de la subvention maximale, avec une garantie bancaire à première demande~; décret n°~2018-514, art. 12 II)`), s.Explain())

	s, err = Award{Grant: Euros(100000), Rate: Percent(50), Months: 60}.Settle(nil, Euros(20000))
	require.NoError(t, err)
	assert.Contains(t, s.Explain(), visible("Avance et acomptes~: au plus 80^000,00~€ (80~% de la subvention maximale~; plafond"), "60 months, not raised by the decision: 80 %")

	s, err = grant100k.Settle(nil, Euros(20000))
	require.NoError(t, err)
	assert.Contains(t, s.Explain(), visible("Versements~: aucun\n"))
	s, err = grant100k.Settle([]Payment{{Instalment, Euros(50000)}}, Euros(20000))
	require.NoError(t, err)
	assert.Contains(t, s.Explain(), visible("\nTrop-perçu à reverser~: 50^000,00~€ − 10^000,00~€ = 40^000,00~€"))
}

// TestStatementExplainLabelsChoices checks that every figure of the
// statement that the décret leaves open, and the package sets, is labelled
// as the package's choice, and that what the décret sets is not.
func TestStatementExplainLabelsChoices(t *testing.T) {
	s, err := grant100k.Settle([]Payment{{Advance, Euros(30000)}, {Instalment, Euros(60000)}}, Euros(170000))
	require.NoError(t, err)
	for line := range strings.SplitSeq(s.Explain(), "\n") {
		label, _, _ := strings.Cut(line, "\u00a0:")
		choice := strings.Contains(line, "choix de la bibliothèque")
		switch label {
		case "Avance et acomptes", "Subvention définitive", "À signaler":
			assert.True(t, choice, "a choice, labelled: %s", line)
		default:
			assert.False(t, choice, "the text's, not labelled: %s", line)
		}
	}
}

func TestStatementJSON(t *testing.T) {
	s, err := grant100k.Settle([]Payment{{Advance, Euros(40000)}}, Euros(100000))
	require.NoError(t, err)
	data, err := json.Marshal(s)
	require.NoError(t, err)
	var back Statement
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, s, back)
	data, err = json.Marshal(Payment{Advance, Euros(1)})
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"avance","amount":"1.00"}`, string(data))
}
