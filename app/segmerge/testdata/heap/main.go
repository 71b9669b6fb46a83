// Command heap is a Go program built for js/wasm by segmerge's tests: it
// allocates some 24 MB while it runs, as the app does while it starts, and
// prints a sum of what it allocated, so that a module whose memory was
// resized can be seen to compute the same.
package main

import "fmt"

func main() {
	var keep [][]byte
	sum := 0
	for i := range 24 {
		b := make([]byte, 1<<20)
		for j := range b {
			b[j] = byte(i + j)
		}
		keep = append(keep, b)
		sum += int(b[i*4099%len(b)])
	}
	fmt.Println("heap", len(keep), sum)
}
