// Command wasmsize measures a Go js/wasm binary: its raw, gzip -9 and brotli -11
// sizes, the code section summed by package (from the name section: build
// without -s -w), and the data segments. It lives in testdata so that
// `go test ./...` and `go vet ./...` leave it alone.
//
//	go run ./testdata/size/wasmsize [-pkgs N] [-funcs N] [-diff other.wasm] [-parts] [-gzpkgs] [-sizes] [-raw] app.wasm
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"
)

type module struct {
	sections map[string]int // section name → bytes
	imports  int            // imported functions (they have indices before the code)
	bodies   []int          // code body sizes, by defined-function index
	names    map[int]string // function index → name
	segments []int          // data segment sizes
	memory   map[int][]byte // data segment offset → bytes
	file     []byte         // the module
	segAt    map[int]int    // data segment offset → where its bytes are in file
	codeAt   [2]int         // the code section's body in file
	bodyAt   []int          // where each code body starts in file
}

func uleb(b []byte, i *int) uint64 {
	v, n := binary.Uvarint(b[*i:])
	if n <= 0 {
		log.Fatalf("bad LEB128 at %d", *i)
	}
	*i += n
	return v
}

func sleb(b []byte, i *int) int64 {
	var v int64
	var shift uint
	for {
		c := b[*i]
		*i++
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
	}
}

func parse(b []byte) (*module, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New("not a wasm module")
	}
	m := &module{sections: map[string]int{}, names: map[int]string{}, memory: map[int][]byte{}, file: b, segAt: map[int]int{}}
	ids := map[byte]string{0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}
	i := 8
	for i < len(b) {
		id := b[i]
		i++
		n := int(uleb(b, &i))
		s := b[i : i+n]
		name := ids[id]
		switch id {
		case 0:
			j := 0
			l := int(uleb(s, &j))
			cname := string(s[j : j+l])
			name = "custom:" + cname
			if cname == "name" {
				parseNames(s[j+l:], m)
			}
		case 2:
			j := 0
			cnt := int(uleb(s, &j))
			for k := 0; k < cnt; k++ {
				l := int(uleb(s, &j))
				j += l
				l = int(uleb(s, &j))
				j += l
				kind := s[j]
				j++
				switch kind {
				case 0:
					uleb(s, &j)
					m.imports++
				case 1: // table: reftype, limits
					j++
					fl := s[j]
					j++
					uleb(s, &j)
					if fl&1 != 0 {
						uleb(s, &j)
					}
				case 2:
					fl := s[j]
					j++
					uleb(s, &j)
					if fl&1 != 0 {
						uleb(s, &j)
					}
				case 3:
					j += 2
				}
			}
		case 10:
			m.codeAt = [2]int{i, i + n}
			j := 0
			cnt := int(uleb(s, &j))
			for k := 0; k < cnt; k++ {
				l := int(uleb(s, &j))
				m.bodies = append(m.bodies, l)
				m.bodyAt = append(m.bodyAt, i+j)
				j += l
			}
		case 11:
			j := 0
			cnt := int(uleb(s, &j))
			for k := 0; k < cnt; k++ {
				fl := uleb(s, &j)
				if fl == 2 {
					uleb(s, &j)
				}
				off := 0
				if fl != 1 { // offset expression: i32.const n; end
					if s[j] != 0x41 {
						log.Fatalf("data segment %d: unexpected offset expression", k)
					}
					j++
					off = int(sleb(s, &j))
					if s[j] != 0x0b {
						log.Fatalf("data segment %d: unexpected offset expression", k)
					}
					j++
				}
				l := int(uleb(s, &j))
				m.segments = append(m.segments, l)
				m.memory[off] = s[j : j+l]
				m.segAt[off] = i + j
				j += l
			}
		}
		m.sections[name] += n
		i += n
	}
	return m, nil
}

func parseNames(s []byte, m *module) {
	j := 0
	for j < len(s) {
		sub := s[j]
		j++
		n := int(uleb(s, &j))
		if sub == 1 {
			k := j
			cnt := int(uleb(s, &k))
			for c := 0; c < cnt; c++ {
				idx := int(uleb(s, &k))
				l := int(uleb(s, &k))
				m.names[idx] = string(s[k : k+l])
				k += l
			}
		}
		j += n
	}
}

// pkgOf is the package of a function in the name section, where the Go linker
// writes "/" and "-" as "_": "github.com_goccy_go_json_internal_decoder.compileStruct"
// or "breachdesk_app_assess.__run_.jurisdiction".
func pkgOf(sym string) string {
	start := 0
	for _, d := range []string{".com_", ".org_", ".io_", ".in_", ".net_", ".dev_"} {
		if u := strings.Index(sym, d); u > 0 && !strings.Contains(sym[:u], ".") {
			start = u + len(d) // a domain such as github.com or golang.org
			break
		}
	}
	dot := strings.Index(sym[start:], ".")
	if dot < 0 {
		return sym
	}
	return sym[:start+dot]
}

func compressed(b []byte) (gz, br int) {
	var g bytes.Buffer
	w, _ := gzip.NewWriterLevel(&g, gzip.BestCompression)
	w.Write(b)
	w.Close()
	var r bytes.Buffer
	bw := brotli.NewWriterLevel(&r, brotli.BestCompression)
	bw.Write(b)
	bw.Close()
	return g.Len(), r.Len()
}

func codeByPackage(m *module) (map[string]int, map[string]int) {
	pk, fn := map[string]int{}, map[string]int{}
	for k, sz := range m.bodies {
		name := m.names[m.imports+k]
		if name == "" {
			name = fmt.Sprintf("func[%d]", m.imports+k)
		}
		fn[name] += sz
		pk[pkgOf(name)] += sz
	}
	return pk, fn
}

func top(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if n > 0 && len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

// image is linear memory as the data segments initialise it.
func image(m *module) []byte {
	end := 0
	for off, b := range m.memory {
		end = max(end, off+len(b))
	}
	mem := make([]byte, end)
	for off, b := range m.memory {
		copy(mem[off:], b)
	}
	return mem
}

// pcln finds the runtime's pclntab (pcHeader with the Go 1.20+ magic) and
// returns the sizes of its tables: function names, compilation units, file
// names, pc-value tables, and the function table with its _func records.
func pcln(m *module) (map[string]int, bool) {
	segs := 0
	for _, s := range m.segments {
		segs += s
	}
	mem := image(m)
	magic := []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}
	at := bytes.Index(mem, magic)
	if at < 0 {
		return nil, false
	}
	u := func(i int) int { return int(binary.LittleEndian.Uint64(mem[at+8+8*i:])) }
	nfunc := u(0)
	names, cu, pc, pcl := u(3), u(4), u(6), u(7)
	// functab: nfunc+1 pairs of uint32, then the _func records it points at;
	// the last _func ends where its pcdata and funcdata offsets end, which we
	// estimate from the last record's offset plus one record.
	ft := at + pcl
	lastOff := int(binary.LittleEndian.Uint32(mem[ft+8*(nfunc-1)+4:]))
	last := ft + lastOff
	npcdata := int(binary.LittleEndian.Uint32(mem[last+28:]))
	nfuncdata := int(mem[last+43])
	end := last + 44 + 4*npcdata + 4*nfuncdata
	return map[string]int{
		"funcs":                   nfunc,
		"pclntab total":           end - at,
		"funcnametab":             cu - names,
		"cutab+filetab":           pc - cu,
		"pctab":                   pcl - pc,
		"functab+_func":           end - ft,
		"data segments − pclntab": segs - (end - at),
	}, true
}

// moduledata finds the runtime's moduledata in memory (the struct whose
// first word points at the pcHeader and second at the function names) and
// returns its fields from pcHeader up to epclntab, as uint64s (Go 1.26
// layout: runtime/symtab.go).
func moduledata(mem []byte, pcHeader int, names int) ([]uint64, bool) {
	var key [16]byte
	binary.LittleEndian.PutUint64(key[:], uint64(pcHeader))
	binary.LittleEndian.PutUint64(key[8:], uint64(pcHeader+names))
	at := bytes.Index(mem, key[:])
	if at < 0 || at+44*8 > len(mem) {
		return nil, false
	}
	w := make([]uint64, 44)
	for i := range w {
		w[i] = binary.LittleEndian.Uint64(mem[at+8*i:])
	}
	return w, true
}

// part is a range of memory (or of the file, for the code section) whose
// compressed cost is measured by zeroing it.
type part struct {
	name       string
	start, end int
	file       bool     // start, end are file offsets
	more       [][2]int // further memory ranges (then start, end give the total only)
}

// lineTables returns the memory ranges of every function's pc-file and
// pc-line tables (runtime._func.pcfile, .pcln: varint pairs ended by a zero
// value delta), which only tracebacks and runtime.Caller read.
func lineTables(mem []byte, at, pc, pcl, nfunc int) ([][2]int, int) {
	seen := map[int]bool{}
	var rs [][2]int
	total := 0
	ft := at + pcl
	for f := 0; f < nfunc; f++ {
		rec := ft + int(binary.LittleEndian.Uint32(mem[ft+8*f+4:]))
		for _, field := range []int{20, 24} { // pcfile, pcln
			off := int(binary.LittleEndian.Uint32(mem[rec+field:]))
			if off == 0 || seen[off] {
				continue
			}
			seen[off] = true
			start := at + pc + off
			i := start
			for first := true; ; first = false {
				if mem[i] == 0 && !first {
					i++
					break
				}
				for mem[i]&0x80 != 0 { // value delta
					i++
				}
				i++
				for mem[i]&0x80 != 0 { // pc delta
					i++
				}
				i++
			}
			rs = append(rs, [2]int{start, i})
			total += i - start
		}
	}
	return rs, total
}

// parts lists the code section and the data the runtime's tables take.
func parts(m *module) []part {
	ps := []part{{name: "code section", start: m.codeAt[0], end: m.codeAt[1], file: true}}
	mem := image(m)
	magic := []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}
	at := bytes.Index(mem, magic)
	if at < 0 {
		return ps
	}
	u := func(i int) int { return int(binary.LittleEndian.Uint64(mem[at+8+8*i:])) }
	nfunc, names, cu, pc, pcl := u(0), u(3), u(4), u(6), u(7)
	p, _ := pcln(m)
	lines, n := lineTables(mem, at, pc, pcl, nfunc)
	ps = append(ps,
		part{name: "pclntab: pcfile + pcln tables", end: n, more: lines},
		part{name: "pclntab: function names", start: at + names, end: at + cu},
		part{name: "pclntab: files", start: at + cu, end: at + pc},
		part{name: "pclntab: pc-value tables", start: at + pc, end: at + pcl},
		part{name: "pclntab: functab + _func", start: at + pcl, end: at + p["pclntab total"]},
	)
	md, ok := moduledata(mem, at, names)
	if !ok {
		return ps
	}
	// Fields: 0 pcHeader, 1–18 six slices, 19 findfunctab, 20 minpc, 21 maxpc,
	// 22 text, 23 etext, 24 noptrdata, 25 enoptrdata, 26 data, 27 edata,
	// 28 bss … 33 ecovctrs, 34 end, 35 gcdata, 36 gcbss, 37 types, 38 etypes,
	// 39 rodata, 40 gofunc, 41 epclntab. [types, etypes) is all of .rodata:
	// type descriptors, then strings, GC bitmaps, static data, embedded files.
	// After the _func records come go:func.* (funcdata: stack maps, …) and
	// findfunctab, up to epclntab.
	span := int(md[21] - md[20])
	nb := (span + 4095) / 4096
	ps = append(ps,
		part{name: "findfunctab", start: int(md[19]), end: int(md[19]) + 4*nb + (span+255)/256},
		part{name: "pclntab: go:func.* (funcdata)", start: int(md[40]), end: int(md[19])},
		part{name: "rodata (types, strings, …)", start: int(md[37]), end: int(md[38])},
		part{name: "noptrdata", start: int(md[24]), end: int(md[25])},
		part{name: "data", start: int(md[26]), end: int(md[27])},
	)
	return ps
}

// knockout returns the module with p's bytes zeroed.
func knockout(m *module, p part) []byte {
	b := bytes.Clone(m.file)
	if p.file {
		clear(b[p.start:p.end])
		return b
	}
	ranges := p.more
	if ranges == nil {
		ranges = [][2]int{{p.start, p.end}}
	}
	for off, seg := range m.memory {
		for _, r := range ranges {
			lo, hi := max(off, r[0]), min(off+len(seg), r[1])
			if lo < hi {
				at := m.segAt[off]
				clear(b[at+lo-off : at+hi-off])
			}
		}
	}
	return b
}

// packageCost returns, for each package in pkgs, the gzip size its function
// bodies cost (the module's gzip size minus that with them zeroed) and how
// many functions it has.
func packageCost(m *module, pkgs []string) (map[string]int, map[string]int) {
	whole := gzipSize(m.file)
	cost, count := map[string]int{}, map[string]int{}
	for _, pkg := range pkgs {
		b := bytes.Clone(m.file)
		for k, sz := range m.bodies {
			if pkgOf(m.names[m.imports+k]) == pkg {
				clear(b[m.bodyAt[k] : m.bodyAt[k]+sz])
				count[pkg]++
			}
		}
		cost[pkg] = whole - gzipSize(b)
	}
	return cost, count
}

func gzipSize(b []byte) int {
	var g bytes.Buffer
	w, _ := gzip.NewWriterLevel(&g, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return g.Len()
}

func main() {
	npk := flag.Int("pkgs", 40, "packages to list")
	nfn := flag.Int("funcs", 0, "functions to list")
	diff := flag.String("diff", "", "a second wasm (e.g. the hello world): list packages by the difference")
	sizesOnly := flag.Bool("sizes", false, "print only raw, gzip and brotli sizes")
	noCompress := flag.Bool("raw", false, "skip compressing the whole module (brotli-11 takes a minute)")
	gzPkgs := flag.Bool("gzpkgs", false, "with -diff: the gzip cost of each package's code listed (its bodies zeroed) and its functions")
	gzParts := flag.Bool("parts", false, "the gzip cost of the code and the runtime's tables (each zeroed in turn)")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: wasmsize [flags] file.wasm")
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	if *noCompress {
		fmt.Printf("%s: raw %d\n", flag.Arg(0), len(b))
	} else {
		gz, br := compressed(b)
		fmt.Printf("%s: raw %d  gzip-9 %d  brotli-11 %d\n", flag.Arg(0), len(b), gz, br)
	}
	if *sizesOnly {
		return
	}
	m, err := parse(b)
	if err != nil {
		log.Fatal(err)
	}
	out := io.Writer(os.Stdout)
	fmt.Fprintln(out, "\nsections:")
	for _, k := range top(m.sections, 0) {
		fmt.Fprintf(out, "  %-22s %10d\n", k, m.sections[k])
	}
	segs := 0
	for _, s := range m.segments {
		segs += s
	}
	fmt.Fprintf(out, "data segments: %d, %d bytes\n", len(m.segments), segs)
	if p, ok := pcln(m); ok {
		fmt.Fprintln(out, "\nruntime.pclntab (inside the data section; -s -w does not remove it on wasm):")
		for _, k := range top(p, 0) {
			fmt.Fprintf(out, "  %-22s %10d\n", k, p[k])
		}
	}
	if *gzParts {
		whole := gzipSize(b)
		fmt.Fprintf(out, "\ngzip-9 cost of each part (the gzip size it saves when zeroed; whole module %d):\n", whole)
		for _, p := range parts(m) {
			fmt.Fprintf(out, "  %-28s raw %9d  gzip %9d\n", p.name, p.end-p.start, whole-gzipSize(knockout(m, p)))
		}
	}
	pk, fn := codeByPackage(m)
	if *diff != "" {
		ob, err := os.ReadFile(*diff)
		if err != nil {
			log.Fatal(err)
		}
		om, err := parse(ob)
		if err != nil {
			log.Fatal(err)
		}
		opk, _ := codeByPackage(om)
		d := map[string]int{}
		for k, v := range pk {
			d[k] = v - opk[k]
		}
		for k, v := range opk {
			if _, ok := pk[k]; !ok {
				d[k] = -v
			}
		}
		fmt.Fprintf(out, "\ncode by package, this − %s (bytes):\n", *diff)
		sum := 0
		for _, v := range d {
			sum += v
		}
		listed := top(d, *npk)
		if *gzPkgs {
			cost, count := packageCost(m, listed)
			ocost, ocount := packageCost(om, listed)
			fmt.Fprintf(out, "  %9s  %9s  %9s  %9s  %7s  %s\n", "code diff", "code", "gzip diff", "gzip", "funcs", "package")
			for _, k := range listed {
				fmt.Fprintf(out, "  %9d  %9d  %9d  %9d  %7d  %s\n", d[k], pk[k], cost[k]-ocost[k], cost[k], count[k]-ocount[k], k)
			}
		} else {
			for _, k := range listed {
				fmt.Fprintf(out, "  %9d  %9d  %s\n", d[k], pk[k], k)
			}
		}
		fmt.Fprintf(out, "  %9d  total difference\n", sum)
		return
	}
	fmt.Fprintln(out, "\ncode by package (bytes):")
	for _, k := range top(pk, *npk) {
		fmt.Fprintf(out, "  %9d  %s\n", pk[k], k)
	}
	if *nfn > 0 {
		fmt.Fprintln(out, "\nlargest functions (bytes):")
		for _, k := range top(fn, *nfn) {
			fmt.Fprintf(out, "  %9d  %s\n", fn[k], k)
		}
	}
}
