package oplog

import (
	"strconv"

	"breachdesk/app/incident"
)

// PacketFormat marks a change packet file; PacketVersion is the version of
// its form this package writes and the newest it reads.
const (
	PacketFormat  = "breachdesk-packet"
	PacketVersion = 1
)

// Limits of a packet to read. A sealed packet must fit in a vault envelope
// (vault.MaxEnvelopeBytes of base64).
const (
	MaxPacketBytes = 24 << 20
	MaxOps         = 200_000
	MaxDevices     = 1000
	maxSeq         = 1 << 40
)

// Packet is what one browser sends another: operations of an incident,
// in the order of Fold, and the public keys of the devices that made them.
// The same form stores a whole log.
type Packet struct {
	Incident string
	Schema   int               // incident.SchemaVersion of the values
	Keys     map[string][]byte // device id → public key
	Ops      []Op
}

// Packet returns the operations the other side may lack: those after
// since (its Vector, when known; nil for all, which is always enough).
func (l *Log) Packet(since Vector) *Packet {
	p := &Packet{Incident: l.incident, Schema: incident.SchemaVersion, Keys: map[string][]byte{}}
	for i := range l.ops {
		op := &l.ops[i]
		if op.Seq > since[op.Device] {
			p.Ops = append(p.Ops, *op)
			p.Keys[op.Device] = l.keys[op.Device]
		}
	}
	return p
}

// Open reads a whole log from a packet that holds all of it (its stored
// form, or the first packet of an incident this browser did not have):
// Merge into the empty log of its incident.
func Open(p *Packet, v Verifier) (*Merged, error) {
	return Merge(New(p.Incident), p, v)
}

// Encode writes the packet as JSON, one operation a line:
//
//	{"format":"breachdesk-packet","v":1,"schema":2,"incident":"…",
//	 "keys":{"<device>":"<base64url public key>"},
//	 "ops":[
//	 {"path":"org.name","old":"A","new":"B","author":"…","role":"…",
//	  "device":"…","at":"2026-03-16T10:00:00+09:00","seq":3,"seen":{"<device>":5},
//	  "prev":"<hash>","hash":"<hash>","sig":"<base64url r‖s>"}]}
//
// An operation leaves out "kind" for an edit, "old" and "new" when absent,
// "role", "seen" and "prev" when empty and "sig" when not signed.
func (p *Packet) Encode() []byte { return encodePacket(p.Incident, p.Schema, p.Keys, p.Ops) }

// Encode writes the whole log as a packet file: the same bytes as
// l.Packet(nil).Encode(), without copying its operations into a packet
// first (10,000 of them are 2 MB of pointers to copy, in the log written
// after every merge).
func (l *Log) Encode() []byte {
	for i := range l.ops {
		if l.ops[i].Seq == 0 {
			return l.Packet(nil).Encode() // none in a log (chains count from 1); Packet leaves them out
		}
	}
	keys := make(map[string][]byte, len(l.chains))
	for dev, c := range l.chains {
		if len(c) > 0 { // as Packet: the keys of the devices it holds operations of
			keys[dev] = l.keys[dev]
		}
	}
	return encodePacket(l.incident, incident.SchemaVersion, keys, l.ops)
}

func encodePacket(id string, schema int, keys map[string][]byte, ops []Op) []byte {
	b := make([]byte, 0, 256+len(ops)*400)
	b = append(b, `{"format":"`+PacketFormat+`","v":`...)
	b = strconv.AppendInt(b, PacketVersion, 10)
	b = append(b, `,"schema":`...)
	b = strconv.AppendInt(b, int64(schema), 10)
	b = append(b, `,"incident":`...)
	b = appendString(b, id)
	b = append(b, `,"keys":{`...)
	for i, dev := range sortedKeys(keys) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, dev)
		b = append(b, ':')
		b = appendString(b, b64.EncodeToString(keys[dev]))
	}
	b = append(b, `},"ops":[`...)
	var tt timeText
	for i := range ops {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		b = ops[i].appendWire(b, &tt)
	}
	return append(b, "]}\n"...)
}

// appendWire writes the operation as a packet holds it.
func (op *Op) appendWire(b []byte, tt *timeText) []byte {
	b = append(b, '{')
	if op.Kind != Edit {
		b = append(b, `"kind":`...)
		b = appendString(b, string(op.Kind))
		b = append(b, ',')
	}
	b = append(b, `"path":`...)
	b = appendString(b, op.Path)
	if op.Old != nil {
		b = append(b, `,"old":`...)
		b = append(b, op.Old...)
	}
	if op.New != nil {
		b = append(b, `,"new":`...)
		b = append(b, op.New...)
	}
	b = append(b, `,"author":`...)
	b = appendString(b, op.Author)
	if op.Role != "" {
		b = append(b, `,"role":`...)
		b = appendString(b, op.Role)
	}
	b = append(b, `,"device":`...)
	b = appendString(b, op.Device)
	b = append(b, `,"at":"`...)
	b = tt.append(b, op.At)
	b = append(b, '"')
	b = append(b, `,"seq":`...)
	b = strconv.AppendUint(b, op.Seq, 10)
	if len(op.Seen) > 0 {
		b = append(b, `,"seen":`...)
		b = appendVector(b, op.Seen)
	}
	if op.Prev != "" {
		b = append(b, `,"prev":`...)
		b = appendString(b, op.Prev)
	}
	b = append(b, `,"hash":`...)
	b = appendString(b, op.Hash)
	if op.Sig != nil {
		b = append(b, `,"sig":`...)
		b = appendString(b, b64.EncodeToString(op.Sig))
	}
	return append(b, '}')
}
