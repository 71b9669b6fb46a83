package segmerge

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Modules written by hand: the header, then sections.

func wasmModule(sections ...[]byte) []byte {
	b := []byte("\x00asm\x01\x00\x00\x00")
	for _, s := range sections {
		b = append(b, s...)
	}
	return b
}

func sec(id byte, body []byte) []byte {
	return append(appendU32([]byte{id}, uint32(len(body))), body...)
}

func memorySec(pages uint32) []byte { return sec(secMemory, appendU32([]byte{1, 0x00}, pages)) }

func dataSec(segs ...[]byte) []byte {
	b := appendU32(nil, uint32(len(segs)))
	for _, s := range segs {
		b = append(b, s...)
	}
	return sec(secData, b)
}

func withData(header []byte, data string) []byte {
	return append(appendU32(header, uint32(len(data))), data...)
}

func active(off int32, data string) []byte {
	return withData(append(appendS32([]byte{0x00, 0x41}, off), 0x0b), data)
}

func activeIn(mem uint32, off int32, data string) []byte {
	return withData(append(appendS32(append(appendU32([]byte{0x02}, mem), 0x41), off), 0x0b), data)
}

func passive(data string) []byte { return withData([]byte{0x01}, data) }

func atGlobal(g uint32, data string) []byte {
	return withData(append(appendU32([]byte{0x00, 0x23}, g), 0x0b), data)
}

func customSec(name string, body []byte) []byte {
	b := append(appendU32(nil, uint32(len(name))), name...)
	return sec(secCustom, append(b, body...))
}

// image is Image with a limit large enough for every module here.
func image(t *testing.T, mod []byte) []byte {
	t.Helper()
	mem, err := Image(mod, 64<<20)
	if err != nil {
		t.Fatal(err)
	}
	return mem
}

// merge merges and checks what must hold for every merged module: the same
// initial memory, every section but the data section (and the data names)
// unchanged, and merging again changes nothing.
func merge(t *testing.T, mod []byte, maxGap int) ([]byte, Report) {
	t.Helper()
	out, r, err := Merge(mod, maxGap)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(image(t, mod), image(t, out)) {
		t.Fatal("the merged module initialises memory differently")
	}
	a, _ := parse(mod)
	b, err := parse(out)
	if err != nil {
		t.Fatalf("the merged module does not parse: %v", err)
	}
	if len(a.sections) != len(b.sections) {
		t.Fatalf("%d sections, then %d", len(a.sections), len(b.sections))
	}
	for i := range a.sections {
		if a.sections[i].id != secData && a.sections[i].name != "name" && !bytes.Equal(a.sections[i].body, b.sections[i].body) {
			t.Errorf("section %d (id %d) changed", i, a.sections[i].id)
		}
	}
	if r.SegmentsAfter != len(b.segments) || r.SegmentsBefore != len(a.segments) {
		t.Errorf("report %+v, segments %d → %d", r, len(a.segments), len(b.segments))
	}
	again, r2, err := Merge(out, maxGap)
	if err != nil || !bytes.Equal(again, out) || r2.ZeroFill != 0 {
		t.Errorf("merging again changed the module (%v, %+v)", err, r2)
	}
	return out, r
}

func segmentsOf(t *testing.T, mod []byte) []segment {
	t.Helper()
	m, err := parse(mod)
	if err != nil {
		t.Fatal(err)
	}
	return m.segments
}

// Gaps up to maxGap are filled with zeros; longer ones start a new segment.
func TestMergeFillsGapsUpToMaxGap(t *testing.T) {
	mod := wasmModule(memorySec(1), dataSec(
		active(0x20, "def"), // out of offset order on purpose
		active(0x10, "abc"),
		active(0x23, "gh"), // touching the one before: a gap of 0
		active(0x1000, "xyz"),
	))
	for _, c := range []struct {
		maxGap, segments, fill int
	}{
		{0, 3, 0},
		{12, 3, 0},
		{13, 2, 13},
		{0x1000 - 0x25 - 1, 2, 13},
		{0x1000 - 0x25, 1, 13 + 0x1000 - 0x25},
		{1 << 20, 1, 13 + 0x1000 - 0x25},
	} {
		t.Run(fmt.Sprint(c.maxGap), func(t *testing.T) {
			out, r := merge(t, mod, c.maxGap)
			if r.SegmentsBefore != 4 || r.SegmentsAfter != c.segments || r.ZeroFill != c.fill || r.Skipped != "" {
				t.Errorf("report %+v, want %d segments, %d zeros", r, c.segments, c.fill)
			}
			segs := segmentsOf(t, out)
			if c.maxGap == 13 {
				want := "abc" + strings.Repeat("\x00", 13) + "defgh"
				if segs[0].offset != 0x10 || string(segs[0].data) != want || segs[1].offset != 0x1000 || string(segs[1].data) != "xyz" {
					t.Errorf("segments %q at %#x, %q at %#x", segs[0].data, segs[0].offset, segs[1].data, segs[1].offset)
				}
			}
		})
	}
}

// Overlapping segments: the later one's bytes win, in the merged module too.
func TestMergeKeepsTheOrderOfOverlappingWrites(t *testing.T) {
	mod := wasmModule(memorySec(1), dataSec(
		active(2, "bbbb"),
		active(0, "aaaa"), // overwrites two of the b
		active(5, "c"),
	))
	out, r := merge(t, mod, 1<<20)
	if got := string(image(t, out)); got != "aaaabc" || r.SegmentsAfter != 1 || r.ZeroFill != 0 {
		t.Errorf("image %q, report %+v", got, r)
	}
}

// Passive segments and segments of another memory are kept as they are; a
// name section loses only its data segment names.
func TestMergeKeepsOtherSegments(t *testing.T) {
	names := []byte{1}                          // function names: one, "f"
	names = append(names, appendU32(nil, 4)...) // subsection size
	names = append(names, 1, 0, 1, 'f')
	dataNames := []byte{9, 4, 1, 0, 1, 'd'}
	mod := wasmModule(
		sec(secMemory, []byte{2, 0x00, 1, 0x00, 1}),
		dataSec(active(8, "x"), passive("passive"), activeIn(1, 8, "other"), active(32, "y"), activeIn(0, 40, "z")),
		customSec("name", append(append([]byte{}, names...), dataNames...)),
	)
	out, r := merge(t, mod, 1<<20)
	if r.SegmentsAfter != 3 {
		t.Fatalf("report %+v, want 3 segments", r)
	}
	segs := segmentsOf(t, out)
	if string(segs[1].data) != "passive" || segs[1].active || string(segs[2].data) != "other" || segs[2].memory != 1 || segs[2].offset != 8 {
		t.Errorf("kept segments: %+v", segs[1:])
	}
	m, _ := parse(out)
	if got := m.sections[len(m.sections)-1].body; !bytes.Equal(got, append(append(appendU32(nil, 4), "name"...), names...)) {
		t.Errorf("name section %x", got)
	}
}

// Modules that may not be merged safely come back unchanged, saying why.
func TestMergeLeavesAloneWhatItMayNotMerge(t *testing.T) {
	for name, mod := range map[string][]byte{
		"data count": wasmModule(memorySec(1), sec(secDataCount, []byte{2}), dataSec(active(0, "a"), active(16, "b"))),
		"offset from a global": wasmModule(
			sec(secImport, []byte{1, 1, 'm', 1, 'g', 0x03, 0x7f, 0x00}),
			memorySec(1), dataSec(active(0, "a"), atGlobal(0, "b"), active(16, "c"))),
		"object file": wasmModule(memorySec(1), dataSec(active(0, "a"), active(16, "b")), customSec("linking", []byte{2})),
		"no data":     wasmModule(memorySec(1)),
	} {
		t.Run(name, func(t *testing.T) {
			out, r, err := Merge(mod, 1<<20)
			if err != nil || !bytes.Equal(out, mod) || r.Skipped == "" {
				t.Errorf("Merge = %v, %+v; want the module unchanged and a reason", err, r)
			}
		})
	}
}

// Zeros are added only up to the module's size plus fillSlack, however far
// apart two segments are; a negative gap is refused.
func TestMergeZeroFillBudget(t *testing.T) {
	far := int32(fillSlack + 4096)
	mod := wasmModule(memorySec(64), dataSec(active(0, "a"), active(64, "b"), active(far, "z")))
	_, r := merge(t, mod, math.MaxInt32)
	if r.SegmentsAfter != 2 || r.ZeroFill != 63 {
		t.Errorf("report %+v", r)
	}
	if _, _, err := Merge(mod, -1); err == nil {
		t.Error("a negative gap was accepted")
	}
}

// A memory imported rather than defined sets the bounds just the same.
func TestMergeImportedMemory(t *testing.T) {
	imp := []byte{2, 3, 'e', 'n', 'v', 1, 'f', 0x00, 0, 3, 'e', 'n', 'v', 3, 'm', 'e', 'm', 0x02, 0x00, 1}
	mod := wasmModule(sec(1, []byte{1, 0x60, 0, 0}), sec(secImport, imp), dataSec(active(0, "a"), active(0xfff0, "b")))
	if _, r := merge(t, mod, 1<<20); r.SegmentsAfter != 1 {
		t.Errorf("report %+v", r)
	}
	past := wasmModule(sec(1, []byte{1, 0x60, 0, 0}), sec(secImport, imp), dataSec(active(0, "a"), active(0xffff, "bc")))
	if _, _, err := Merge(past, 1<<20); !errors.Is(err, ErrMalformed) {
		t.Errorf("a segment past the imported memory's size: err = %v", err)
	}
}

// Modules that cannot be read are refused with ErrMalformed.
func TestMergeRefusesMalformedModules(t *testing.T) {
	good := wasmModule(memorySec(1), dataSec(active(0, "a"), active(16, "b")))
	cases := map[string][]byte{
		"empty":                  nil,
		"not wasm":               []byte("\x00elf\x01\x00\x00\x00"),
		"version 2":              []byte("\x00asm\x02\x00\x00\x00"),
		"section past the end":   append([]byte("\x00asm\x01\x00\x00\x00"), 11, 5, 1),
		"overlong u32":           wasmModule(memorySec(1), sec(secData, []byte{0x81, 0x80, 0x80, 0x80, 0x80, 0x00})),
		"u32 over 32 bits":       wasmModule(memorySec(1), sec(secData, []byte{0xff, 0xff, 0xff, 0xff, 0x1f})),
		"offset over 32 bits":    wasmModule(memorySec(1), dataSec(withData([]byte{0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x10, 0x0b}, "a"))),
		"segment past memory":    wasmModule(memorySec(1), dataSec(active(65535, "ab"))),
		"no memory":              wasmModule(dataSec(active(0, "a"))),
		"bad flags":              wasmModule(memorySec(1), dataSec(withData([]byte{0x03}, "a"))),
		"unknown instruction":    wasmModule(memorySec(1), dataSec(withData([]byte{0x00, 0x20, 0x00, 0x0b}, "a"))),
		"count larger than body": wasmModule(memorySec(1), sec(secData, []byte{0xff, 0xff, 0xff, 0xff, 0x0f, 0x01})),
		"data count mismatch":    wasmModule(memorySec(1), sec(secDataCount, []byte{3}), dataSec(active(0, "a"))),
		"sections out of order":  wasmModule(dataSec(active(0, "a")), memorySec(1)),
		"two data sections":      wasmModule(memorySec(1), dataSec(active(0, "a")), dataSec(active(8, "b"))),
		"unknown section":        wasmModule(sec(14, nil)),
		"bytes after segments":   wasmModule(memorySec(1), sec(secData, append(append([]byte{1}, active(0, "a")...), 0))),
		"custom name not utf-8":  wasmModule(sec(secCustom, []byte{2, 0xff, 0xfe})),
	}
	// Every cut inside the data section.
	dataAt := len(good) - len(dataSec(active(0, "a"), active(16, "b")))
	for n := dataAt + 1; n < len(good); n++ {
		cases[fmt.Sprintf("cut at %d", n)] = good[:n]
	}
	for name, mod := range cases {
		t.Run(name, func(t *testing.T) {
			if _, _, err := Merge(mod, 1<<20); !errors.Is(err, ErrMalformed) {
				t.Errorf("Merge: err = %v, want ErrMalformed", err)
			}
			if _, err := Image(mod, 1<<20); err == nil {
				t.Errorf("Image: no error")
			}
		})
	}
}

func TestLEB128(t *testing.T) {
	for _, v := range []uint32{0, 1, 63, 64, 127, 128, 16383, 16384, 1 << 28, math.MaxUint32} {
		r := &reader{b: appendU32(nil, v)}
		if got, err := r.u32(); err != nil || got != v || !r.done() {
			t.Errorf("u32 %d: %d, %v", v, got, err)
		}
	}
	for _, v := range []int32{0, 1, -1, 63, 64, -64, -65, 8191, -8192, 1 << 27, math.MaxInt32, math.MinInt32} {
		r := &reader{b: appendS32(nil, v)}
		if got, err := r.s32(); err != nil || got != v || !r.done() {
			t.Errorf("s32 %d: %d, %v", v, got, err)
		}
	}
	// Longer than needed but within five bytes is allowed; six bytes, or
	// bits beyond 32, are not.
	for enc, ok := range map[string]bool{
		"\x80\x00":                 true,
		"\xff\xff\xff\xff\x0f":     true,
		"\xff\xff\xff\xff\x1f":     false,
		"\x80\x80\x80\x80\x80\x00": false,
	} {
		if _, err := (&reader{b: []byte(enc)}).u32(); (err == nil) != ok {
			t.Errorf("u32 %x: err = %v", enc, err)
		}
	}
	for enc, ok := range map[string]bool{
		"\xff\xff\xff\xff\x07": true,  // MaxInt32
		"\x80\x80\x80\x80\x78": true,  // MinInt32
		"\xff\xff\xff\xff\x0f": false, // 2^32-1: the sign bits disagree
		"\x80\x80\x80\x80\x70": false,
	} {
		if _, err := (&reader{b: []byte(enc)}).s32(); (err == nil) != ok {
			t.Errorf("s32 %x: err = %v", enc, err)
		}
	}
}

// A real module from Go's linker: thousands of segments become a handful,
// with the same memory, by Image and by Node's WebAssembly engine.
// SEGMERGE_WASM=path checks that module instead (e.g. the app's).
func TestMergeGoModule(t *testing.T) {
	path := os.Getenv("SEGMERGE_WASM")
	if path == "" {
		path = buildJS(t, "tiny")
	}
	mod, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out, r := merge(t, mod, DefaultMaxGap)
	t.Logf("%s: %d bytes, %d segments → %d bytes, %d segments (%d zeros added)", filepath.Base(path), len(mod), r.SegmentsBefore, len(out), r.SegmentsAfter, r.ZeroFill)
	if r.SegmentsBefore < 1000 || r.SegmentsAfter > r.SegmentsBefore/50 {
		t.Errorf("segments %d → %d: want a Go module's thousands merged into a few", r.SegmentsBefore, r.SegmentsAfter)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: the engine's view of memory was not compared")
	}
	merged := filepath.Join(t.TempDir(), "merged.wasm")
	if err := os.WriteFile(merged, out, 0o644); err != nil {
		t.Fatal(err)
	}
	// Instantiate both (every import a no-op: Go's module has no start
	// function, so nothing runs) and compare the exported memories.
	const script = `
const fs = require("fs");
const memoryOf = (p) => {
  const mod = new WebAssembly.Module(fs.readFileSync(p));
  const imports = {};
  for (const i of WebAssembly.Module.imports(mod)) {
    if (i.kind !== "function") throw new Error("import " + i.name + " is a " + i.kind);
    (imports[i.module] ??= {})[i.name] = () => {};
  }
  const inst = new WebAssembly.Instance(mod, imports);
  const mems = Object.values(inst.exports).filter((e) => e instanceof WebAssembly.Memory);
  if (mems.length !== 1) throw new Error(mems.length + " memories exported");
  return Buffer.from(mems[0].buffer);
};
const a = memoryOf(process.argv.at(-2)), b = memoryOf(process.argv.at(-1));
console.log(a.length + " " + b.length + " " + (a.equals(b) ? "same" : "different"));
`
	got, err := exec.Command(node, "-e", script, path, merged).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, got)
	}
	f := strings.Fields(string(got))
	if len(f) != 3 || f[0] != f[1] || f[2] != "same" {
		t.Fatalf("node: memories %s", got)
	}
	t.Logf("node: both memories %s bytes, the same", f[0])
}

// buildJS builds the program testdata/name for js/wasm as the app is linked
// (-s -w) and returns the module's path.
func buildJS(t *testing.T, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name+".wasm")
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	cmd := exec.Command(gobin, "build", "-trimpath", "-ldflags=-s -w", "-o", path, "./testdata/"+name)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building testdata/%s: %v\n%s", name, err, out)
	}
	return path
}
