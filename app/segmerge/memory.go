package segmerge

import "fmt"

// MinMemory returns the module mod with its memory 0 starting at least pages
// pages large (its initial size raised; nothing else changed), and whether it
// changed it. A Go program's runtime takes every page the memory starts with
// as its own before it asks to grow (runtime.osinit reads the initial size),
// so a program whose heap passes the linker's few pages at start-up grows the
// memory many times while it starts (the app about twenty times in a warm
// load, a few of them taking tens of milliseconds); pages a module declares
// but never touches cost the browser no memory.
//
// A module whose memory 0 is imported, 64-bit or shared, or whose maximum is
// below pages, is refused: its memory is not this module's to size.
func MinMemory(mod []byte, pages uint64) ([]byte, bool, error) {
	m, err := parse(mod)
	if err != nil {
		return nil, false, err
	}
	mi := -1
	for i, s := range m.sections {
		if s.id == secMemory {
			mi = i
		}
	}
	if len(m.memories) == 0 {
		return nil, false, fmt.Errorf("the module has no memory")
	}
	if mi < 0 {
		return nil, false, fmt.Errorf("memory 0 is imported: the module that defines it sizes it")
	}
	r := &reader{b: m.sections[mi].body}
	n, err := r.u32()
	if err != nil {
		return nil, false, err
	}
	if n == 0 || int(n) != len(m.memories) {
		return nil, false, fmt.Errorf("memory 0 is imported: the module that defines it sizes it")
	}
	flags, err := r.byte()
	if err != nil {
		return nil, false, err
	}
	if flags != 0 && flags != 1 {
		return nil, false, fmt.Errorf("memory 0 has limits flags %#x: only a 32-bit memory that is not shared is sized here", flags)
	}
	minPages, err := r.uleb(32)
	if err != nil {
		return nil, false, err
	}
	maxPages := uint64(1 << 16)
	if flags == 1 {
		if maxPages, err = r.uleb(32); err != nil {
			return nil, false, err
		}
	}
	if pages > maxPages {
		return nil, false, fmt.Errorf("%d pages asked, past memory 0's maximum of %d", pages, maxPages)
	}
	if minPages >= pages {
		return mod, false, nil
	}
	body := appendU32(nil, n)
	body = append(body, flags)
	body = appendU32(body, uint32(pages))
	if flags == 1 {
		body = appendU32(body, uint32(maxPages))
	}
	body = append(body, r.b[r.i:]...) // the other memories, as they were
	var w []byte
	w = append(w, mod[:8]...)
	for i, s := range m.sections {
		b := s.body
		if i == mi {
			b = body
		}
		w = append(w, s.id)
		w = appendU32(w, uint32(len(b)))
		w = append(w, b...)
	}
	return w, true, nil
}
