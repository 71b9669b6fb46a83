// Command wasmsize measures a Go js/wasm binary: its raw, gzip -9 and brotli -11
// sizes, the code section summed by package (from the name section: build
// without -s -w), and the data segments. It lives in testdata so that
// `go test ./...` and `go vet ./...` leave it alone.
//
//	go run ./testdata/size/wasmsize [-pkgs N] [-funcs N] [-diff other.wasm] app.wasm
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
	m := &module{sections: map[string]int{}, names: map[int]string{}, memory: map[int][]byte{}}
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
			j := 0
			cnt := int(uleb(s, &j))
			for k := 0; k < cnt; k++ {
				l := int(uleb(s, &j))
				m.bodies = append(m.bodies, l)
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

func main() {
	npk := flag.Int("pkgs", 40, "packages to list")
	nfn := flag.Int("funcs", 0, "functions to list")
	diff := flag.String("diff", "", "a second wasm (e.g. the hello world): list packages by the difference")
	sizesOnly := flag.Bool("sizes", false, "print only raw, gzip and brotli sizes")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: wasmsize [flags] file.wasm")
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	gz, br := compressed(b)
	fmt.Printf("%s: raw %d  gzip-9 %d  brotli-11 %d\n", flag.Arg(0), len(b), gz, br)
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
		for _, k := range top(d, *npk) {
			fmt.Fprintf(out, "  %9d  %9d  %s\n", d[k], pk[k], k)
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
