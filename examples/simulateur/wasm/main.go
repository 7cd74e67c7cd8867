//go:build js && wasm

// Command wasm is the simulator's WebAssembly module: it puts the bridge
// (package bridge) within the page's reach, as globalThis.numerique, and
// waits for calls. Build it with GOOS=js GOARCH=wasm; go run
// ./examples/simulateur does.
//
// The module holds the code of scheme/territoire, but the simulator's build
// takes the data that territoire embeds out of it and serves that data as
// a file of its own, territoires.tsv, which most visits never load (see
// package main). Until the page has fetched that file, written it back
// where the module had it, and called numerique.territories(), the bridge
// has no territories, and nothing reads their data.
package main

import (
	"runtime"
	"syscall/js"

	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/scheme/territoire"
)

// probe is an official code that the data of the territories holds, looked
// up to check that the data is in place: "38", the Isère.
const probe = "38"

func main() {
	var b bridge.Bridge // no territories until their data is in place
	api := js.Global().Get("Object").New()
	api.Set("catalogue", js.FuncOf(func(js.Value, []js.Value) any {
		return string(b.CatalogueJSON())
	}))
	api.Set("orient", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return string(b.Orient([]byte(text(args))))
	}))
	api.Set("search", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return string(b.ProposeJSON(text(args)))
	}))
	api.Set("territories", js.FuncOf(func(js.Value, []js.Value) any {
		// The first lookup decodes the whole data, and checks it line by
		// line: a file that is not the one the module was built with fails
		// here, and the bridge goes on without territories.
		if _, err := territoire.Lookup(probe); err != nil {
			return err.Error()
		}
		b = b.WithTerritories()
		return ""
	}))
	api.Set("version", runtime.Version())
	js.Global().Set("numerique", api)
	if ready := js.Global().Get("onNumeriqueReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {} // serve the page's calls until it goes away
}

// text is the first argument of a call when it is a string, else "".
func text(args []js.Value) string {
	if len(args) > 0 && args[0].Type() == js.TypeString {
		return args[0].String()
	}
	return ""
}
