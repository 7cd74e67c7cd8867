//go:build js && wasm

// Command wasm is the simulator's WebAssembly module: it puts the bridge
// (package bridge) within the page's reach, as globalThis.numerique, and
// waits for calls. Build it with GOOS=js GOARCH=wasm; go run
// ./examples/simulateur does.
package main

import (
	"runtime"
	"syscall/js"

	"github.com/planrelance/numerique/examples/simulateur/bridge"
)

func main() {
	// A bridge without territories: a later build passes their Lookup here.
	b := bridge.Bridge{}
	api := js.Global().Get("Object").New()
	api.Set("catalogue", js.FuncOf(func(js.Value, []js.Value) any {
		return string(b.CatalogueJSON())
	}))
	api.Set("orient", js.FuncOf(func(_ js.Value, args []js.Value) any {
		request := ""
		if len(args) > 0 && args[0].Type() == js.TypeString {
			request = args[0].String()
		}
		return string(b.Orient([]byte(request)))
	}))
	api.Set("version", runtime.Version())
	js.Global().Set("numerique", api)
	if ready := js.Global().Get("onNumeriqueReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {} // serve the page's calls until it goes away
}
