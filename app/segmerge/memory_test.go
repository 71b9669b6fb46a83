package segmerge

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// MinMemory raises memory 0's initial size and changes nothing else: the
// same sections, the same data, the maximum kept.
func TestMinMemoryRaisesTheInitialSizeOnly(t *testing.T) {
	code := sec(10, []byte{0})
	for _, tc := range []struct {
		name       string
		memory     []byte // the memory section
		want       []byte // the memory section after MinMemory(…, 100)
		changed    bool
		wantErrSub string
	}{
		{"no maximum", memorySec(3), memorySec(100), true, ""},
		{"a maximum above", sec(secMemory, []byte{1, 0x01, 3, 200, 1}), sec(secMemory, []byte{1, 0x01, 100, 200, 1}), true, ""},
		{"already larger", memorySec(300), memorySec(300), false, ""},
		{"a maximum below", sec(secMemory, []byte{1, 0x01, 3, 50}), nil, false, "maximum of 50"},
		{"shared", sec(secMemory, []byte{1, 0x03, 3, 50}), nil, false, "not shared"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mod := wasmModule(tc.memory, code, dataSec(active(16, "hello"), active(4096, "world")), customSec("x", []byte("y")))
			got, changed, err := MinMemory(mod, 100)
			if tc.wantErrSub != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErrSub) {
					t.Fatalf("error %v, want one saying %q", err, tc.wantErrSub)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := wasmModule(tc.want, code, dataSec(active(16, "hello"), active(4096, "world")), customSec("x", []byte("y")))
			if changed != tc.changed || !bytes.Equal(got, want) {
				t.Errorf("changed %v (want %v)\ngot  %x\nwant %x", changed, tc.changed, got, want)
			}
			img, err := Image(got, 1<<20)
			if err != nil {
				t.Fatalf("the result does not read: %v", err)
			}
			if was, _ := Image(mod, 1<<20); !bytes.Equal(img, was) {
				t.Error("the memory image changed")
			}
		})
	}
	imported := wasmModule(sec(secImport, append(append(appendU32(nil, 1), append(appendU32(nil, 3), "env"...)...), append(append(appendU32(nil, 3), "mem"...), 0x02, 0x00, 3)...)), code)
	if _, _, err := MinMemory(imported, 100); err == nil || !strings.Contains(err.Error(), "imported") {
		t.Errorf("an imported memory: error %v", err)
	}
	importedAndOwn := wasmModule(sec(secImport, append(append(appendU32(nil, 1), append(appendU32(nil, 3), "env"...)...), append(append(appendU32(nil, 3), "mem"...), 0x02, 0x00, 3)...)), memorySec(3), code)
	if _, _, err := MinMemory(importedAndOwn, 100); err == nil || !strings.Contains(err.Error(), "imported") {
		t.Errorf("memory 0 imported, memory 1 the module's: error %v", err)
	}
}

// A Go program whose heap passes its linker's initial memory asks the engine
// to grow the memory as it starts (runtime.resetMemoryDataView is called after
// each grow); started larger (MinMemory), the same program prints the same and
// grows no more. Run by Node with Go's own wasm_exec.js.
func TestMinMemoryGoModuleGrowsNoMore(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	path := buildJS(t, "heap")
	mod, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	raised, changed, err := MinMemory(mod, 64<<20/pageSize)
	if err != nil || !changed {
		t.Fatalf("MinMemory: changed %v, %v", changed, err)
	}
	big := filepath.Join(t.TempDir(), "heap-64.wasm")
	if err := os.WriteFile(big, raised, 0o644); err != nil {
		t.Fatal(err)
	}
	const script = `
require(process.argv.at(-2));
(async () => {
  const go = new Go();
  let grows = 0;
  const reset = go.importObject.gojs["runtime.resetMemoryDataView"];
  go.importObject.gojs["runtime.resetMemoryDataView"] = (sp) => { grows++; reset(sp); };
  const { instance } = await WebAssembly.instantiate(require("fs").readFileSync(process.argv.at(-1)), go.importObject);
  const pages = instance.exports.mem.buffer.byteLength / 65536;
  await go.run(instance);
  console.log("pages " + pages + " grows " + grows);
})();
`
	run := func(p string) (string, int) {
		t.Helper()
		out, err := exec.Command(node, "-e", script, filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"), p).CombinedOutput()
		if err != nil {
			t.Fatalf("node %s: %v\n%s", filepath.Base(p), err, out)
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		var pages, grows int
		if len(lines) != 2 || !strings.HasPrefix(lines[0], "heap 24 ") {
			t.Fatalf("node %s: %q", filepath.Base(p), out)
		}
		if _, err := fmt.Sscanf(lines[1], "pages %d grows %d", &pages, &grows); err != nil {
			t.Fatalf("node %s: %q", filepath.Base(p), out)
		}
		t.Logf("%s: %d pages at start, %d grows", filepath.Base(p), pages, grows)
		return lines[0], grows
	}
	outA, growsA := run(path)
	outB, growsB := run(big)
	if outA != outB {
		t.Errorf("the program printed %q, started larger %q", outA, outB)
	}
	if growsA == 0 || growsB != 0 {
		t.Errorf("grows: %d as linked, %d started at 64 MiB; want some, then none", growsA, growsB)
	}
}
