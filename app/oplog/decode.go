package oplog

import (
	"bytes"
	"maps"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// DecodePacket reads a packet file strictly: every field known, of its
// type, present when required and once; ids, hashes, keys and signatures
// of their size; paths and times well-formed; values as canonical JSON.
// Its error is an *Error naming the field and its line and column. It
// checks the form only: Merge checks the operations.
func DecodePacket(data []byte) (*Packet, error) { return decodePacket(data, false) }

// decodePacket is DecodePacket; with generic, without the shortcuts of
// the decoder (fields, again, the hash read last, digits, plain texts), so
// that a test can check that they read every input as the general way does.
func decodePacket(data []byte, generic bool) (*Packet, error) {
	if len(data) > MaxPacketBytes {
		return nil, &Error{Code: CodeTooLarge, Op: -1, Args: []string{strconv.Itoa(len(data)), strconv.Itoa(MaxPacketBytes)}}
	}
	d := &decoder{r: reader{data: data, interned: maps.Clone(names()), generic: generic}, devices: map[string]bool{}, times: map[string]time.Time{}}
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
	first   *Error          // the first problem with a value
	devices map[string]bool // device ids found valid
	// lastSeen is the last "seen" read and its bytes in the file.
	lastSeen    Vector
	lastSeenRaw []byte
	times       map[string]time.Time // times read, by their text
	lastHash    string               // the last hash read
	// The last valid author, role, device and time read: the operations
	// of one edit repeat them (again).
	author, role, device, at lastText
	problems                 int // problems found so far
	format                   string
	version                  int
	opIndex                  int
}

// lastText is the last valid value of a field and its bytes in data.
type lastText struct {
	raw []byte // between its quotes and with them
	s   string
	t   time.Time
}

// again reads the value of a field that repeats from one operation to the
// next, when its bytes are those of l: l is its value, checked already,
// with no string made or looked up. It reports false, reading nothing,
// otherwise.
func (d *decoder) again(l *lastText) bool {
	d.r.peek() // past any white space
	if n := len(l.raw); n > 0 && !d.r.generic && d.r.pos+n <= len(d.r.data) && bytes.Equal(d.r.data[d.r.pos:d.r.pos+n], l.raw) {
		d.r.pos += n
		return true
	}
	return false
}

// keep makes what was read from start on l's value, unless a problem was
// found since problems was read.
func (d *decoder) keep(l *lastText, start, problems int, s string, t time.Time) {
	if d.r.err == nil && d.problems == problems && d.r.pos > start {
		*l = lastText{raw: d.r.data[start:d.r.pos], s: s, t: t}
	}
}

func (d *decoder) problem(code Code, w where, at int, args ...string) {
	d.problems++
	if d.first == nil {
		d.first = &Error{Code: code, Field: w.String(), Op: -1, Args: args}
		d.first.Line, d.first.Column = position(d.r.data, at)
	}
}

// where names a field of the packet: its text is only built for a problem.
type where struct {
	op  int    // index in "ops", -1 for a field of the packet itself
	key string // the field, "" for the operation as a whole
	sub string // a member of the map "keys" or "seen"
}

func (w where) String() string {
	s := w.key
	if w.op >= 0 {
		s = "ops[" + strconv.Itoa(w.op) + "]"
		if w.key != "" {
			s += "." + w.key
		}
	}
	if w.sub != "" {
		s += "[" + strconv.Quote(w.sub) + "]"
	}
	return s
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

// object reads an object at w, calling member at each value; it reports
// any member missing from required (a list of names, by bit).
func (d *decoder) object(w where, names []string, required uint32, member func(i int)) {
	at := d.r.pos
	if d.r.peek() != '{' {
		d.problem(CodeWrongType, w, at, "an object")
		d.r.value()
		return
	}
	var got uint32
	each := func(i int, key string) {
		if i < 0 {
			d.problem(CodeUnknownField, where{op: w.op, key: key}, d.r.pos)
			d.r.value()
			return
		}
		got |= 1 << i
		member(i)
	}
	if d.r.generic {
		d.r.object(func(key string) { each(slices.Index(names, key), key) })
	} else {
		d.r.fields(names, each)
	}
	for i, k := range names {
		if required&^got&(1<<i) != 0 {
			d.problem(CodeMissing, where{op: w.op, key: k}, at)
		}
	}
}

// fields reads an object whose members are expected among names (at most
// 32; none for object): it calls member with the index of each in names, or
// -1 and the key for another. A key is matched by its bytes, expected first
// in the order of names after the previous one (the order Encode writes),
// without the lookup of strings met before; a key with an escape is read as
// text. Duplicate keys are refused.
func (r *reader) fields(names []string, member func(i int, key string)) {
	if !r.expect('{') || !r.enter() {
		return
	}
	defer r.leave()
	if r.peek() == '}' {
		r.pos++
		return
	}
	var seen uint32
	var others keySet // the keys not in names
	next := 0
	for r.err == nil {
		at := r.pos
		if r.peek() != '"' {
			r.unexpected()
			return
		}
		i, key := -1, ""
		if raw, ok := r.plainText(); ok {
			i = indexFrom(names, raw, next)
			if i < 0 {
				key = string(raw)
			}
		} else {
			key = r.text()
			i = slices.Index(names, key)
		}
		dup := false
		if i >= 0 {
			key = names[i]
			dup = seen&(1<<i) != 0
			seen |= 1 << i
			next = i + 1
		} else if r.err == nil {
			dup = others.add(key)
		}
		if dup {
			r.pos = at
			r.fail(CodeDuplicateKey, strconv.Quote(key))
			return
		}
		if !r.expect(':') {
			return
		}
		member(i, key)
		switch r.peek() {
		case ',':
			r.pos++
		case '}':
			r.pos++
			return
		default:
			r.unexpected()
			return
		}
	}
}

// fastText is plainText, unless generic.
func (r *reader) fastText() ([]byte, bool) {
	if r.generic {
		return nil, false
	}
	return r.plainText()
}

// indexFrom is the index of raw in names, looked for from from on first.
func indexFrom(names []string, raw []byte, from int) int {
	for k := range names {
		if i := (from + k) % len(names); names[i] == string(raw) {
			return i
		}
	}
	return -1
}

var packetFields = []string{"format", "v", "schema", "incident", "keys", "ops"}

func (d *decoder) packet() *Packet {
	p := &Packet{Keys: map[string][]byte{}}
	d.object(where{op: -1}, packetFields, 1<<len(packetFields)-1, func(i int) {
		w := where{op: -1, key: packetFields[i]}
		switch w.key {
		case "format":
			d.format = d.str(w)
		case "v":
			d.version = int(d.uint(w, 1, 1<<20))
		case "schema":
			p.Schema = int(d.uint(w, 0, 1<<20))
		case "incident":
			p.Incident = d.name(w)
		case "keys":
			d.each(w, MaxDevices, func(w where) {
				if !validDevice(w.sub) {
					d.problem(CodeBadValue, w, d.r.pos, "a device id is 22 characters of base64url")
				}
				p.Keys[w.sub] = d.bytes(w, PublicKeySize)
			})
		case "ops":
			at := d.r.pos
			if d.r.peek() != '[' {
				d.problem(CodeWrongType, w, at, "a list")
				d.r.value()
				return
			}
			if p.Ops == nil { // Encode writes one operation a line: room for them at once
				p.Ops = make([]Op, 0, min(MaxOps, bytes.Count(d.r.data[at:], []byte("\n{"))))
			}
			d.r.list(func() {
				if len(p.Ops) == MaxOps {
					d.problem(CodeTooMany, w, at, strconv.Itoa(MaxOps))
				}
				p.Ops = append(p.Ops, d.op(len(p.Ops)))
			})
		}
	})
	return p
}

var opFields = []string{"kind", "path", "old", "new", "author", "role", "device", "at", "seq", "seen", "prev", "hash", "sig"}

// opRequired are the fields an operation must have: path, author, device,
// at, seq, hash.
const opRequired = 1<<1 | 1<<4 | 1<<6 | 1<<7 | 1<<8 | 1<<11

func (d *decoder) op(i int) Op {
	var op Op
	d.object(where{op: i}, opFields, opRequired, func(k int) {
		w := where{op: i, key: opFields[k]}
		at := d.r.pos
		switch k { // the index in opFields: no string compared
		case 0: // kind
			if op.Kind = Kind(d.str(w)); !op.Kind.known() || op.Kind == Edit {
				d.problem(CodeBadValue, w, at, `"import" or "resolve"`)
			}
		case 1: // path
			if op.Path = d.str(w); !validPath(op.Path) {
				d.problem(CodeBadValue, w, at, "not a path")
			}
		case 2: // old
			op.Old = d.value()
		case 3: // new
			op.New = d.value()
		case 4: // author
			if d.again(&d.author) {
				op.Author = d.author.s
				return
			}
			start, n := d.r.pos, d.problems
			op.Author = d.name(w)
			d.keep(&d.author, start, n, op.Author, time.Time{})
		case 5: // role
			if d.again(&d.role) {
				op.Role = d.role.s
				return
			}
			start, n := d.r.pos, d.problems
			op.Role = d.name(w)
			d.keep(&d.role, start, n, op.Role, time.Time{})
		case 6: // device
			if d.again(&d.device) {
				op.Device = d.device.s
				return
			}
			start, n := d.r.pos, d.problems
			if op.Device = d.str(w); !d.validDevice(op.Device) {
				d.problem(CodeBadValue, w, at, "a device id is 22 characters of base64url")
			}
			d.keep(&d.device, start, n, op.Device, time.Time{})
		case 7: // at
			if d.again(&d.at) {
				op.At = d.at.t
				return
			}
			start, n := d.r.pos, d.problems
			s := d.str(w)
			t, ok := d.times[s]
			if !ok {
				var err error
				if t, err = time.Parse(time.RFC3339Nano, s); err != nil {
					d.problem(CodeBadValue, w, at, "a date-time like 2026-03-16T10:00:00+09:00")
				} else if len(d.times) < 10_000 {
					d.times[s] = t
				}
			}
			op.At = t
			d.keep(&d.at, start, n, s, t)
		case 8: // seq
			op.Seq = d.uint(w, 1, maxSeq)
		case 9: // seen
			if d.r.peek() == '{' && len(d.lastSeenRaw) > 0 && bytes.HasPrefix(d.r.data[d.r.pos:], d.lastSeenRaw) {
				// The operations of one edit saw the same: share one map (read only).
				d.r.pos += len(d.lastSeenRaw)
				op.Seen = d.lastSeen
				return
			}
			start := d.r.pos
			op.Seen = Vector{}
			d.each(w, MaxDevices, func(w where) {
				if !d.validDevice(w.sub) {
					d.problem(CodeBadValue, w, d.r.pos, "a device id is 22 characters of base64url")
				}
				op.Seen[w.sub] = d.uint(w, 1, maxSeq)
			})
			if d.r.err == nil && d.first == nil {
				d.lastSeen, d.lastSeenRaw = op.Seen, d.r.data[start:d.r.pos]
			}
		case 10: // prev
			op.Prev = d.hash(w)
		case 11: // hash
			op.Hash = d.hash(w)
		case 12: // sig
			op.Sig = d.bytes(w, 64)
		}
	})
	return op
}

// each reads an object of at most max members, calling member at each
// value with w naming it.
func (d *decoder) each(w where, max int, member func(w where)) {
	if d.r.peek() != '{' {
		d.problem(CodeWrongType, w, d.r.pos, "an object")
		d.r.value()
		return
	}
	n := 0
	d.r.object(func(key string) {
		if n++; n > max {
			d.problem(CodeTooMany, w, d.r.pos, strconv.Itoa(max))
		}
		member(where{op: w.op, key: w.key, sub: key})
	})
}

func (d *decoder) str(w where) string {
	if d.r.peek() != '"' {
		d.problem(CodeWrongType, w, d.r.pos, "a text")
		d.r.value()
		return ""
	}
	return d.r.text()
}

// name reads a one-line text (an id, a person's name or role).
func (d *decoder) name(w where) string {
	at := d.r.pos
	s := d.str(w)
	if !oneLine(s) {
		d.problem(CodeBadValue, w, at, "one line of at most 200 characters")
	}
	return s
}

func (d *decoder) uint(w where, min, max uint64) uint64 {
	at := d.r.pos
	c := d.r.peek()
	if c < '0' || c > '9' {
		d.problem(CodeWrongType, w, at, "a whole number")
		d.r.value()
		return 0
	}
	lit := d.r.numberBytes()
	n, err := digits(lit, d.r.generic)
	switch {
	case err != nil && d.r.err == nil:
		d.problem(CodeWrongType, w, at, "a whole number")
	case n < min || n > max:
		d.problem(CodeBadValue, w, at, "from "+strconv.FormatUint(min, 10)+" to "+strconv.FormatUint(max, 10))
	}
	return n
}

// digits is strconv.ParseUint(lit, 10, 64), without making a string of a
// short number of digits only (unless generic).
func digits(lit []byte, generic bool) (uint64, error) {
	if len(lit) == 0 || len(lit) > 18 || generic {
		return strconv.ParseUint(string(lit), 10, 64)
	}
	var n uint64
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		if c < '0' || c > '9' {
			return strconv.ParseUint(string(lit), 10, 64)
		}
		n = n*10 + uint64(c-'0')
	}
	return n, nil
}

// bytes reads base64url text of size bytes.
func (d *decoder) bytes(w where, size int) []byte {
	at := d.r.pos
	b, err := b64.DecodeString(d.str(w))
	if err != nil || len(b) != size {
		d.problem(CodeBadValue, w, at, strconv.Itoa(size)+" bytes in base64url")
		return nil
	}
	return b
}

// hash reads a hash: 32 bytes in base64url.
func (d *decoder) hash(w where) string {
	// The common case, 43 characters of base64url between quotes, without
	// the reader's lookup of strings met before (a hash is met at most
	// twice: as an operation's hash and as the next one's prev).
	d.r.peek() // past any white space
	if data, at := d.r.data, d.r.pos; at+45 <= len(data) && data[at] == '"' && data[at+44] == '"' {
		// An operation's prev is the hash read last (its predecessor's):
		// that one is checked already.
		if raw := data[at+1 : at+44]; string(raw) == d.lastHash && !d.r.generic || validB64(raw) {
			d.r.pos += 45
			if string(raw) != d.lastHash {
				d.lastHash = string(raw)
			}
			return d.lastHash
		}
	}
	at := d.r.pos
	s := d.str(w)
	if len(s) != 43 || !validB64(s) {
		d.problem(CodeBadValue, w, at, "a SHA-256 hash is 43 characters of base64url")
	}
	return s
}

// validB64 reports whether s is made of base64url characters only.
func validB64[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if !b64chars[s[i]] {
			return false
		}
	}
	return true
}

var b64chars = func() (t [256]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" {
		t[c] = true
	}
	return t
}()

// validDevice reports whether s is a device id, remembering those it has
// seen.
func (d *decoder) validDevice(s string) bool {
	if d.devices[s] {
		return true
	}
	ok := validDevice(s)
	if ok && len(d.devices) < MaxDevices {
		d.devices[s] = true
	}
	return ok
}

// value reads any JSON value into its canonical form; nil for null.
func (d *decoder) value() []byte {
	return d.r.canonicalValue()
}

func validDevice(s string) bool {
	if len(s) != 22 || !validB64(s) {
		return false
	}
	_, err := b64.DecodeString(s) // the last character's unused bits must be zero
	return err == nil
}

func validPath(s string) bool {
	return wellFormed(s) && utf8.ValidString(s)
}
