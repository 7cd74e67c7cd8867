package main

import (
	"fmt"
	"io"
	"strings"
)

// Example_codes orients a project by the codes of Grenoble-Alpes-Métropole
// and its commune Grenoble, on a day when the Incubateur's intake is closed.
func Example_codes() {
	in := "id,date,porteur,membres,shared-need,themes,practices,start,results,prestations\n" +
		"g,2021-10-15,200040715,38185,yes,donnees,code-ouvert,2021-11-01,2022-12-31,40000\n"
	var out strings.Builder
	run([]string{"-in", "-", "-sep", ";"}, strings.NewReader(strings.ReplaceAll(in, ",", ";")), &out, io.Discard)
	for l := range strings.Lines(out.String()) {
		f := strings.Split(l, ";")
		fmt.Println(f[outScheme], f[outVerdict], f[outTotal], f[outGrant], f[outPromise], f[outRemainder])
	}
	// Output:
	// scheme verdict total grant promise remainder
	// incubateur-territoires eligible 40000,00  closed 40000,00
	// services-usagers ineligible 40000,00  none 40000,00
	// donnees eligible 40000,00 30000,00 grant 10000,00
	// cooperation ineligible 40000,00  none 40000,00
}
