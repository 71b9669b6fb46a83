package segmerge

import "fmt"

// Image returns memory 0 as the module's active data segments initialise it,
// from address 0 up to the last byte a segment writes (the rest is zero),
// painting the segments in order as instantiation does. It refuses a module
// whose image would exceed limit bytes, or whose segments write to memory 0
// at offsets that are not constants.
func Image(mod []byte, limit int) ([]byte, error) {
	m, err := parse(mod)
	if err != nil {
		return nil, err
	}
	if err := m.checkBounds(); err != nil {
		return nil, err
	}
	end := uint64(0)
	for _, s := range m.segments {
		if !s.active || s.memory != 0 {
			continue
		}
		if !s.konst {
			return nil, fmt.Errorf("data segment %d: the offset is not a constant", s.index)
		}
		end = max(end, uint64(s.offset)+uint64(len(s.data)))
	}
	if end > uint64(limit) {
		return nil, fmt.Errorf("the memory image takes %d bytes, over the limit of %d", end, limit)
	}
	mem := make([]byte, end)
	for _, s := range m.segments {
		if s.active && s.memory == 0 {
			copy(mem[s.offset:], s.data)
		}
	}
	return mem, nil
}
