// Package segmerge rewrites the data section of a linked WebAssembly module
// so that it initialises the same memory with far fewer data segments.
//
// Go's wasm linker leaves out every run of 8 or more zero bytes and starts a
// new data segment after it, up to 100,000 segments. Each segment header
// (flags, an i32.const offset expression, a length) costs 6–9 bytes that
// compress poorly, while the zero runs it saves compress to almost nothing.
// Merge joins the active segments of memory 0 whose offsets are constants
// into as few segments as the chosen gap allows, filling the gaps between
// them with zero bytes (the value linear memory starts with), so the memory
// a module starts with is the same byte for byte.
//
// It parses only what it needs (section framing, imports, memories, the data
// and data count sections) and copies every other section as it is. A module
// it cannot read is refused with an error; a module it could read but may
// not merge safely (code that may name data segments by index, offsets that
// are not constants, 64-bit memories, object files with relocations) is
// returned unchanged, with the reason in Report.Skipped.
//
// It must not import go-app, syscall/js or safejs.
package segmerge

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sort"
)

// Section ids (WebAssembly core specification 5.5.2).
const (
	secCustom    = 0
	secImport    = 2
	secMemory    = 5
	secData      = 11
	secDataCount = 12
	secTag       = 13 // exception handling: between memory and global
)

// sectionOrder is the order the known non-custom sections must come in.
var sectionOrder = map[byte]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 13: 6, 6: 7, 7: 8, 8: 9, 9: 10, 12: 11, 10: 12, 11: 13}

// DefaultMaxGap is the longest run of zeros Merge fills by default.
const DefaultMaxGap = 4096

// fillSlack is how many zero bytes Merge may add beyond the module's size.
const fillSlack = 1 << 20

// pageSize is WebAssembly's memory page.
const pageSize = 65536

// Report says what Merge did.
type Report struct {
	SegmentsBefore int    // data segments in the module read
	SegmentsAfter  int    // data segments written
	ZeroFill       int    // zero bytes added to fill gaps between merged segments
	Skipped        string // why the module was returned unchanged ("" when merged)
}

// ErrMalformed wraps every error about a module that cannot be read.
var ErrMalformed = errors.New("malformed WebAssembly module")

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
}

// section is one section of a module, its body not decoded.
type section struct {
	id   byte
	name string // custom sections only
	body []byte
}

// segment is one data segment.
type segment struct {
	index  int
	active bool
	memory uint32 // active only
	konst  bool   // active: the offset is a lone i32.const
	offset uint32 // when konst
	header []byte // the raw flags and offset expression, kept for segments left as they are
	data   []byte
}

// module is what Merge reads of a module.
type module struct {
	sections  []section
	dataIndex int  // index in sections of the data section, -1 if none
	dataCount bool // a data count section is present
	memories  []memory
	segments  []segment
}

type memory struct {
	min    uint64 // pages
	is64   bool
	shared bool
}

// Merge returns the module mod with the active data segments of memory 0
// merged: segments whose gap (the bytes between one's end and the next's
// start) is at most maxGap are joined into one, the gap filled with zeros,
// as long as the zeros added stay within the module's own size plus 1 MiB (a
// module with a few bytes at each end of a 4 GiB memory must not become one
// of 4 GiB).
// The module's initial memory is unchanged.
func Merge(mod []byte, maxGap int) ([]byte, Report, error) {
	if maxGap < 0 {
		return nil, Report{}, fmt.Errorf("the longest gap to fill is %d: want 0 or more", maxGap)
	}
	m, err := parse(mod)
	if err != nil {
		return nil, Report{}, err
	}
	r := Report{SegmentsBefore: len(m.segments), SegmentsAfter: len(m.segments)}
	if why := m.unmergeable(); why != "" {
		r.Skipped = why
		return mod, r, nil
	}
	if err := m.checkBounds(); err != nil {
		return nil, Report{}, err
	}
	merged, fill := mergeSegments(m.segments, maxGap, len(mod)+fillSlack)
	r.ZeroFill = fill
	var keep []segment
	for _, s := range m.segments {
		if !mergeable(s) {
			keep = append(keep, s)
		}
	}
	out := append(merged, keep...)
	r.SegmentsAfter = len(out)
	var body []byte
	body = appendU32(body, uint32(len(out)))
	for _, s := range out {
		body = append(body, s.header...)
		body = appendU32(body, uint32(len(s.data)))
		body = append(body, s.data...)
	}
	var w []byte
	w = append(w, mod[:8]...)
	for i, s := range m.sections {
		b := s.body
		if i == m.dataIndex {
			b = body
		} else if s.id == secCustom && s.name == "name" {
			b = dropDataNames(b)
		}
		w = append(w, s.id)
		w = appendU32(w, uint32(len(b)))
		w = append(w, b...)
	}
	return w, r, nil
}

// mergeable: an active segment of memory 0 at a constant offset.
func mergeable(s segment) bool { return s.active && s.memory == 0 && s.konst }

// unmergeable says why the segments may not be rewritten, or "".
func (m *module) unmergeable() string {
	if m.dataIndex < 0 {
		return "no data section"
	}
	if m.dataCount {
		// Only code that names data segments (memory.init, data.drop) needs
		// a data count section: fewer segments would change those indices.
		return "a data count section: the code may name data segments by index"
	}
	for _, s := range m.sections {
		if s.id == secCustom && (s.name == "linking" || bytes.HasPrefix([]byte(s.name), []byte("reloc."))) {
			return "an object file (relocations name data segments)"
		}
	}
	for _, s := range m.segments {
		if s.active && s.memory == 0 && !s.konst {
			// Its place in memory is known only at instantiation: the
			// order of writes, and which zeros a gap may hold, would matter.
			return fmt.Sprintf("data segment %d has an offset that is not a constant", s.index)
		}
	}
	if len(m.memories) > 0 && m.memories[0].is64 {
		return "memory 0 is a 64-bit memory"
	}
	return ""
}

// checkBounds refuses a module whose active segments of memory 0 write past
// its initial size: instantiating it traps, and merging could change which
// writes happened before the trap.
func (m *module) checkBounds() error {
	var size uint64
	has := len(m.memories) > 0
	if has {
		size = m.memories[0].min * pageSize
	}
	for _, s := range m.segments {
		if !mergeable(s) {
			continue
		}
		if !has {
			return malformed("data segment %d writes to memory 0, which the module does not have", s.index)
		}
		if uint64(s.offset)+uint64(len(s.data)) > size {
			return malformed("data segment %d ends at %d, past the initial memory (%d bytes)", s.index, uint64(s.offset)+uint64(len(s.data)), size)
		}
	}
	return nil
}

// mergeSegments joins the mergeable segments into clusters whose gaps are at
// most maxGap (and all the gaps filled at most budget bytes), each written as
// one segment; overlapping segments are painted in their original order (a
// later segment's bytes win, as at instantiation). It returns the new
// segments in offset order and the zero bytes added.
func mergeSegments(segs []segment, maxGap, budget int) ([]segment, int) {
	var in []segment
	for _, s := range segs {
		if mergeable(s) && len(s.data) > 0 {
			in = append(in, s)
		}
	}
	sort.SliceStable(in, func(i, j int) bool { return in[i].offset < in[j].offset })
	var out []segment
	fill := uint64(0)
	for i := 0; i < len(in); {
		start := uint64(in[i].offset)
		end := start + uint64(len(in[i].data))
		j := i + 1
		for ; j < len(in); j++ {
			off := uint64(in[j].offset)
			if off > end {
				// The bytes in [end, off) are written by no segment of the
				// cluster: later ones start at off or after.
				gap := off - end
				if gap > uint64(maxGap) || fill+gap > uint64(budget) {
					break
				}
				fill += gap
			}
			end = max(end, off+uint64(len(in[j].data)))
		}
		cluster := slices.Clone(in[i:j])
		sort.Slice(cluster, func(a, b int) bool { return cluster[a].index < cluster[b].index })
		buf := make([]byte, end-start)
		for _, s := range cluster {
			copy(buf[uint64(s.offset)-start:], s.data)
		}
		out = append(out, segment{active: true, konst: true, offset: uint32(start), header: activeHeader(uint32(start)), data: buf})
		i = j
	}
	return out, int(fill)
}

// activeHeader is the header of an active segment of memory 0 at offset:
// flags 0, then the expression i32.const offset; end.
func activeHeader(offset uint32) []byte {
	h := []byte{0x00, 0x41}
	h = appendS32(h, int32(offset))
	return append(h, 0x0b)
}

// dropDataNames removes the data segment names (subsection 9) from a name
// section, since the segments they name are gone. A name section that does
// not parse is returned as it is (engines ignore a broken one).
func dropDataNames(b []byte) []byte {
	r := &reader{b: b}
	if _, err := r.name(); err != nil {
		return b
	}
	out := append([]byte(nil), b[:r.i]...)
	dropped := false
	for !r.done() {
		start := r.i
		id, err := r.byte()
		if err != nil {
			return b
		}
		n, err := r.u32()
		if err != nil {
			return b
		}
		if _, err := r.bytes(int(n)); err != nil {
			return b
		}
		if id == 9 {
			dropped = true
			continue
		}
		out = append(out, b[start:r.i]...)
	}
	if !dropped {
		return b
	}
	return out
}

// parse reads the sections of mod and decodes those Merge needs.
func parse(mod []byte) (*module, error) {
	if len(mod) < 8 || !bytes.Equal(mod[:4], []byte("\x00asm")) {
		return nil, malformed("no \\0asm magic number")
	}
	if !bytes.Equal(mod[4:8], []byte{1, 0, 0, 0}) {
		return nil, malformed("version %x, want 1", mod[4:8])
	}
	m := &module{dataIndex: -1}
	r := &reader{b: mod, i: 8}
	last := 0
	dataCount := -1
	for !r.done() {
		at := r.i
		id, err := r.byte()
		if err != nil {
			return nil, err
		}
		n, err := r.u32()
		if err != nil {
			return nil, err
		}
		body, err := r.bytes(int(n))
		if err != nil {
			return nil, fmt.Errorf("section %d at byte %d: %w", id, at, err)
		}
		s := section{id: id, body: body}
		if id == secCustom {
			cr := &reader{b: body}
			name, err := cr.name()
			if err != nil {
				return nil, fmt.Errorf("custom section at byte %d: %w", at, err)
			}
			s.name = name
		} else {
			order, ok := sectionOrder[id]
			if !ok {
				return nil, malformed("unknown section id %d at byte %d", id, at)
			}
			if order <= last {
				return nil, malformed("section %d at byte %d is out of order or repeated", id, at)
			}
			last = order
		}
		sr := &reader{b: body}
		switch id {
		case secImport:
			if err := m.readImports(sr); err != nil {
				return nil, fmt.Errorf("import section: %w", err)
			}
		case secMemory:
			if err := m.readMemories(sr); err != nil {
				return nil, fmt.Errorf("memory section: %w", err)
			}
		case secDataCount:
			c, err := sr.u32()
			if err != nil {
				return nil, fmt.Errorf("data count section: %w", err)
			}
			if !sr.done() {
				return nil, malformed("data count section: %d bytes left over", len(sr.b)-sr.i)
			}
			m.dataCount = true
			dataCount = int(c)
		case secData:
			m.dataIndex = len(m.sections)
			if err := m.readData(sr); err != nil {
				return nil, fmt.Errorf("data section: %w", err)
			}
		}
		m.sections = append(m.sections, s)
	}
	if dataCount >= 0 && dataCount != len(m.segments) {
		return nil, malformed("data count %d, but %d data segments", dataCount, len(m.segments))
	}
	return m, nil
}

func (m *module) readImports(r *reader) error {
	n, err := r.u32()
	if err != nil {
		return err
	}
	for k := uint32(0); k < n; k++ {
		if _, err := r.name(); err != nil {
			return err
		}
		if _, err := r.name(); err != nil {
			return err
		}
		kind, err := r.byte()
		if err != nil {
			return err
		}
		switch kind {
		case 0x00: // function: type index
			_, err = r.u32()
		case 0x01: // table: reference type, limits
			if _, err = r.byte(); err == nil {
				_, err = r.limits()
			}
		case 0x02: // memory: limits
			var mem memory
			if mem, err = r.limits(); err == nil {
				m.memories = append(m.memories, mem)
			}
		case 0x03: // global: value type, mutability
			_, err = r.bytes(2)
		case 0x04: // tag: attribute, type index
			if _, err = r.byte(); err == nil {
				_, err = r.u32()
			}
		default:
			return malformed("import %d has kind %#x", k, kind)
		}
		if err != nil {
			return err
		}
	}
	return r.end()
}

func (m *module) readMemories(r *reader) error {
	n, err := r.u32()
	if err != nil {
		return err
	}
	for k := uint32(0); k < n; k++ {
		mem, err := r.limits()
		if err != nil {
			return err
		}
		m.memories = append(m.memories, mem)
	}
	return r.end()
}

func (m *module) readData(r *reader) error {
	n, err := r.u32()
	if err != nil {
		return err
	}
	// Every segment takes at least two bytes: a count beyond that is a lie
	// that must not size an allocation.
	if int(n) > (len(r.b)-r.i)/2 {
		return malformed("%d data segments in %d bytes", n, len(r.b)-r.i)
	}
	m.segments = make([]segment, 0, n)
	for k := 0; k < int(n); k++ {
		s := segment{index: k}
		start := r.i
		flags, err := r.u32()
		if err != nil {
			return err
		}
		switch flags {
		case 0: // active, memory 0
			s.active = true
		case 1: // passive
		case 2: // active, memory index
			s.active = true
			if s.memory, err = r.u32(); err != nil {
				return err
			}
		default:
			return malformed("data segment %d has flags %d", k, flags)
		}
		if s.active {
			exprStart := r.i
			if err := r.skipExpr(); err != nil {
				return fmt.Errorf("data segment %d: %w", k, err)
			}
			expr := r.b[exprStart:r.i]
			er := &reader{b: expr}
			if op, _ := er.byte(); op == 0x41 {
				if v, err := er.s32(); err == nil {
					if end, _ := er.byte(); end == 0x0b && er.done() {
						s.konst, s.offset = true, uint32(v)
					}
				}
			}
		}
		s.header = r.b[start:r.i]
		size, err := r.u32()
		if err != nil {
			return err
		}
		if s.data, err = r.bytes(int(size)); err != nil {
			return fmt.Errorf("data segment %d: %w", k, err)
		}
		m.segments = append(m.segments, s)
	}
	return r.end()
}
