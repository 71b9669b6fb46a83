package oplog

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// DecodePacket reads a packet file strictly: every field known, of its
// type, present when required and once; ids, hashes, keys and signatures
// of their size; paths and times well-formed; values as canonical JSON.
// Its error is an *Error naming the field and its line and column. It
// checks the form only: Merge checks the operations.
func DecodePacket(data []byte) (*Packet, error) {
	if len(data) > MaxPacketBytes {
		return nil, &Error{Code: CodeTooLarge, Op: -1, Args: []string{strconv.Itoa(len(data)), strconv.Itoa(MaxPacketBytes)}}
	}
	d := &decoder{r: reader{data: data}}
	p := d.packet()
	if d.r.err == nil && d.r.peek() != 0 {
		d.r.fail(CodeTrailing)
	}
	err := d.result()
	if err != nil {
		return nil, err
	}
	for i := range p.Ops {
		p.Ops[i].Incident = p.Incident
	}
	return p, nil
}

// decoder reads a packet. A problem of the JSON itself stops it; a value
// of the wrong kind is recorded and skipped, so that the format can still
// be read and named before anything else.
type decoder struct {
	r       reader
	first   *Error // the first problem with a value
	format  string
	version int
	opIndex int
}

func (d *decoder) problem(code Code, field string, at int, args ...string) {
	if d.first == nil {
		d.first = &Error{Code: code, Field: field, Op: -1, Args: args}
		d.first.Line, d.first.Column = position(d.r.data, at)
	}
}

// result is the problem to report: the JSON's, then the format's, then
// the first of the values.
func (d *decoder) result() error {
	if e := d.r.err; e != nil {
		err := &Error{Code: e.code, Op: -1, Args: e.args}
		err.Line, err.Column = position(d.r.data, e.offset)
		return err
	}
	switch {
	case d.format == SealedPacketFormat:
		return &Error{Code: CodeSealed, Op: -1}
	case d.format != PacketFormat:
		return &Error{Code: CodeNotPacket, Op: -1, Args: []string{strconv.Quote(d.format)}}
	case d.version > PacketVersion:
		return &Error{Code: CodeFuture, Field: "v", Op: -1, Args: []string{strconv.Itoa(d.version), strconv.Itoa(PacketVersion)}}
	}
	if d.first != nil {
		return d.first
	}
	return nil
}

// position is the line and column (in characters) of offset in data.
func position(data []byte, offset int) (int, int) {
	line, col := 1, 1
	for i := 0; i < offset && i < len(data); i++ {
		switch c := data[i]; {
		case c == '\n':
			line, col = line+1, 1
		case c&0xC0 != 0x80:
			col++
		}
	}
	return line, col
}

// fields reads an object whose members are read by the functions of
// readers, refusing others; required lists the members it must have.
func (d *decoder) fields(path string, readers map[string]func(field string), required ...string) {
	start := d.r.pos
	if d.r.peek() != '{' {
		d.problem(CodeWrongType, path, d.r.pos, "an object")
		d.r.value()
		return
	}
	got := make(map[string]bool, len(readers))
	d.r.object(func(key string) {
		f := join(path, key)
		read, ok := readers[key]
		if !ok {
			d.problem(CodeUnknownField, f, d.r.pos)
			d.r.value()
			return
		}
		got[key] = true
		read(f)
	})
	for _, k := range required {
		if !got[k] {
			d.problem(CodeMissing, join(path, k), start)
		}
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (d *decoder) packet() *Packet {
	p := &Packet{Keys: map[string][]byte{}}
	d.fields("", map[string]func(string){
		"format":   func(f string) { d.format = d.str(f) },
		"v":        func(f string) { d.version = int(d.uint(f, 1, 1<<20)) },
		"schema":   func(f string) { p.Schema = int(d.uint(f, 0, 1<<20)) },
		"incident": func(f string) { p.Incident = d.name(f) },
		"keys": func(f string) {
			d.each(f, MaxDevices, func(key, kf string) {
				at := d.r.pos
				if !validDevice(key) {
					d.problem(CodeBadValue, kf, at, "a device id is 22 characters of base64url")
				}
				p.Keys[key] = d.bytes(kf, PublicKeySize)
			})
		},
		"ops": func(f string) {
			at := d.r.pos
			if d.r.peek() != '[' {
				d.problem(CodeWrongType, f, at, "a list")
				d.r.value()
				return
			}
			d.r.list(func() {
				if len(p.Ops) == MaxOps {
					d.problem(CodeTooMany, f, at, strconv.Itoa(MaxOps))
				}
				p.Ops = append(p.Ops, d.op(f+"["+strconv.Itoa(len(p.Ops))+"]"))
			})
		},
	}, "format", "v", "schema", "incident", "keys", "ops")
	return p
}

func (d *decoder) op(path string) Op {
	var op Op
	d.fields(path, map[string]func(string){
		"kind": func(f string) {
			at := d.r.pos
			if op.Kind = Kind(d.str(f)); !op.Kind.known() || op.Kind == Edit {
				d.problem(CodeBadValue, f, at, `"import" or "resolve"`)
			}
		},
		"path": func(f string) {
			at := d.r.pos
			if op.Path = d.str(f); !validPath(op.Path) {
				d.problem(CodeBadValue, f, at, "not a path")
			}
		},
		"old":    func(f string) { op.Old = d.value() },
		"new":    func(f string) { op.New = d.value() },
		"author": func(f string) { op.Author = d.name(f) },
		"role":   func(f string) { op.Role = d.name(f) },
		"device": func(f string) {
			at := d.r.pos
			if op.Device = d.str(f); !validDevice(op.Device) {
				d.problem(CodeBadValue, f, at, "a device id is 22 characters of base64url")
			}
		},
		"at": func(f string) {
			at := d.r.pos
			s := d.str(f)
			t, err := time.Parse(time.RFC3339Nano, s)
			if err != nil {
				d.problem(CodeBadValue, f, at, "a date-time like 2026-03-16T10:00:00+09:00")
			}
			op.At = t
		},
		"seq": func(f string) { op.Seq = d.uint(f, 1, maxSeq) },
		"seen": func(f string) {
			op.Seen = Vector{}
			d.each(f, MaxDevices, func(key, kf string) {
				if at := d.r.pos; !validDevice(key) {
					d.problem(CodeBadValue, kf, at, "a device id is 22 characters of base64url")
				}
				op.Seen[key] = d.uint(kf, 1, maxSeq)
			})
		},
		"prev": func(f string) { op.Prev = d.hash(f) },
		"hash": func(f string) { op.Hash = d.hash(f) },
		"sig":  func(f string) { op.Sig = d.bytes(f, 64) },
	}, "path", "author", "device", "at", "seq", "hash")
	return op
}

// each reads an object of at most max members, calling member at each value.
func (d *decoder) each(path string, max int, member func(key, field string)) {
	if d.r.peek() != '{' {
		d.problem(CodeWrongType, path, d.r.pos, "an object")
		d.r.value()
		return
	}
	n := 0
	d.r.object(func(key string) {
		if n++; n > max {
			d.problem(CodeTooMany, path, d.r.pos, strconv.Itoa(max))
		}
		member(key, path+"["+strconv.Quote(key)+"]")
	})
}

func (d *decoder) str(f string) string {
	if d.r.peek() != '"' {
		d.problem(CodeWrongType, f, d.r.pos, "a text")
		d.r.value()
		return ""
	}
	return d.r.text()
}

// name reads a one-line text (an id, a person's name or role).
func (d *decoder) name(f string) string {
	at := d.r.pos
	s := d.str(f)
	if !oneLine(s) {
		d.problem(CodeBadValue, f, at, "one line of at most 200 characters")
	}
	return s
}

func (d *decoder) uint(f string, min, max uint64) uint64 {
	at := d.r.pos
	c := d.r.peek()
	if c < '0' || c > '9' {
		d.problem(CodeWrongType, f, at, "a whole number")
		d.r.value()
		return 0
	}
	lit := string(d.r.number())
	n, err := strconv.ParseUint(lit, 10, 64)
	switch {
	case err != nil && d.r.err == nil:
		d.problem(CodeWrongType, f, at, "a whole number")
	case n < min || n > max:
		d.problem(CodeBadValue, f, at, "from "+strconv.FormatUint(min, 10)+" to "+strconv.FormatUint(max, 10))
	}
	return n
}

// bytes reads base64url text of size bytes.
func (d *decoder) bytes(f string, size int) []byte {
	at := d.r.pos
	b, err := b64.DecodeString(d.str(f))
	if err != nil || len(b) != size {
		d.problem(CodeBadValue, f, at, strconv.Itoa(size)+" bytes in base64url")
		return nil
	}
	return b
}

// hash reads a hash: 32 bytes in base64url.
func (d *decoder) hash(f string) string {
	at := d.r.pos
	s := d.str(f)
	if b, err := b64.DecodeString(s); err != nil || len(b) != 32 {
		d.problem(CodeBadValue, f, at, "a SHA-256 hash is 43 characters of base64url")
	}
	return s
}

// value reads any JSON value into its canonical form; nil for null.
func (d *decoder) value() []byte {
	return canonical(d.r.value())
}

func validDevice(s string) bool {
	b, err := b64.DecodeString(s)
	return err == nil && len(b) == 16
}

func validPath(s string) bool {
	_, _, ok := parsePath(s)
	return ok && utf8.ValidString(s)
}
