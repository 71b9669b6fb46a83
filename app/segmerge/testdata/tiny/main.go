// Command tiny is a small Go program built for js/wasm by segmerge's tests:
// the Go linker gives it thousands of data segments, as it does the app.
package main

import (
	"fmt"
	"os"
	"strings"
)

var table = map[string]int{"alpha": 1, "beta": 2, "gamma": 3}

func main() {
	var b strings.Builder
	for k, v := range table {
		fmt.Fprintf(&b, "%s=%d;", k, v)
	}
	if len(os.Args) > 5 {
		fmt.Println(b.String())
	}
}
