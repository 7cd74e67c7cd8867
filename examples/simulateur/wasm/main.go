//go:build js && wasm

// Command wasm is the simulator's WebAssembly module: it puts the bridge
// (package bridge) within the page's reach, as globalThis.numerique, and
// waits for calls. Build it with GOOS=js GOARCH=wasm; go run
// ./examples/simulateur does.
//
// The bridge finds bodies by their official code and proposes them by name
// with package scheme/territoire, whose data the module embeds; territoire
// decodes it on the first lookup or search, not when the page loads.
package main

import (
	"fmt"
	"runtime"
	"syscall/js"

	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/scheme/territoire"
)

func main() {
	b := bridge.Bridge{
		Lookup: territoire.Lookup,
		Search: territoire.Search,
		Source: fmt.Sprintf("Etalab, @etalab/decoupage-administratif 1.1.1, millésime %d", territoire.Vintage),
	}
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
