package segmerge

import "unicode/utf8"

// reader reads a module's bytes; every read checks its bounds and every
// number its encoding (WebAssembly core specification 5.2.2: LEB128 of at
// most ceil(N/7) bytes, the unused bits of the last byte zero or, for
// signed numbers, copies of the sign).
type reader struct {
	b []byte
	i int
}

func (r *reader) done() bool { return r.i >= len(r.b) }

// end checks that the whole body was read.
func (r *reader) end() error {
	if !r.done() {
		return malformed("%d bytes left over at the end of a section", len(r.b)-r.i)
	}
	return nil
}

func (r *reader) byte() (byte, error) {
	if r.i >= len(r.b) {
		return 0, malformed("cut short at byte %d", r.i)
	}
	c := r.b[r.i]
	r.i++
	return c, nil
}

func (r *reader) bytes(n int) ([]byte, error) {
	if n < 0 || n > len(r.b)-r.i {
		return nil, malformed("%d bytes wanted at byte %d, %d left", n, r.i, len(r.b)-r.i)
	}
	b := r.b[r.i : r.i+n]
	r.i += n
	return b, nil
}

// uleb reads an unsigned LEB128 number of at most bits bits.
func (r *reader) uleb(bits uint) (uint64, error) {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		at := r.i
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		if shift+7 >= bits {
			// The last byte allowed: no continuation, no bits beyond N.
			if c&0x80 != 0 || uint64(c)>>(bits-shift) != 0 {
				return 0, malformed("LEB128 number too long or too large at byte %d", at)
			}
			return v | uint64(c)<<shift, nil
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v, nil
		}
	}
}

func (r *reader) u32() (uint32, error) {
	v, err := r.uleb(32)
	return uint32(v), err
}

// sleb reads a signed LEB128 number of at most bits bits.
func (r *reader) sleb(bits uint) (int64, error) {
	var v int64
	for shift := uint(0); ; shift += 7 {
		at := r.i
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		if shift+7 >= bits {
			if c&0x80 != 0 {
				return 0, malformed("LEB128 number too long at byte %d", at)
			}
			// The bits from bits-1-shift up must all equal the sign bit.
			rest := int8(c<<1) >> (bits - shift)
			if rest != 0 && rest != -1 {
				return 0, malformed("LEB128 number too large at byte %d", at)
			}
			v |= int64(c&0x7f) << shift
			shift += 7
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v, nil
		}
		v |= int64(c&0x7f) << shift
		if c&0x80 == 0 {
			shift += 7
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v, nil
		}
	}
}

func (r *reader) s32() (int32, error) {
	v, err := r.sleb(32)
	return int32(v), err
}

// name reads a UTF-8 name (a length, then its bytes).
func (r *reader) name() (string, error) {
	n, err := r.u32()
	if err != nil {
		return "", err
	}
	b, err := r.bytes(int(n))
	if err != nil {
		return "", err
	}
	if !utf8.Valid(b) {
		return "", malformed("a name that is not UTF-8 at byte %d", r.i-len(b))
	}
	return string(b), nil
}

// limits reads a memory's or table's limits: flags, min, max when flagged.
func (r *reader) limits() (memory, error) {
	flags, err := r.byte()
	if err != nil {
		return memory{}, err
	}
	if flags > 7 {
		return memory{}, malformed("limits with flags %#x", flags)
	}
	var mem memory
	mem.shared = flags&2 != 0
	mem.is64 = flags&4 != 0
	bits := uint(32)
	if mem.is64 {
		bits = 64
	}
	if mem.min, err = r.uleb(bits); err != nil {
		return memory{}, err
	}
	if flags&1 != 0 {
		if _, err := r.uleb(bits); err != nil {
			return memory{}, err
		}
	}
	return mem, nil
}

// skipExpr reads a constant expression up to its end (0x0b): the
// instructions a data segment's offset may use.
func (r *reader) skipExpr() error {
	for {
		at := r.i
		op, err := r.byte()
		if err != nil {
			return err
		}
		switch op {
		case 0x0b: // end
			return nil
		case 0x41: // i32.const
			_, err = r.sleb(32)
		case 0x42: // i64.const
			_, err = r.sleb(64)
		case 0x43: // f32.const
			_, err = r.bytes(4)
		case 0x44: // f64.const
			_, err = r.bytes(8)
		case 0x23, 0xd2: // global.get, ref.func
			_, err = r.u32()
		case 0xd0: // ref.null heap type
			_, err = r.sleb(33)
		case 0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e: // extended constants: add, sub, mul
		default:
			return malformed("instruction %#x at byte %d in an offset expression", op, at)
		}
		if err != nil {
			return err
		}
	}
}

// appendU32 appends v as unsigned LEB128.
func appendU32(b []byte, v uint32) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// appendS32 appends v as signed LEB128.
func appendS32(b []byte, v int32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
