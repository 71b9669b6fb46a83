package oplog

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"time"
)

// Entry is one change as people read it: who, with which role, on which
// device, when, and the value at Path from → to.
type Entry struct {
	At     time.Time
	Author string
	Role   string
	Device string
	Kind   Kind
	Path   string
	From   []byte // canonical JSON; nil: absent
	To     []byte
	Seq    uint64 // the operation's number on its device
	Hash   string // the operation's hash, which the chain of signatures vouches for
}

// Filter selects entries of the change log; its zero value selects all.
type Filter struct {
	Author string // only this person's changes
	Path   string // only changes of this value, around it or inside it (see History)
}

// History returns the changes of the value at path, in the order of Fold:
// the writes of the path itself and of values inside it as they are, and
// the writes of values around it (an element added whole, the import)
// as they changed it, from → to at path — those that left it as it was
// are left out.
func (l *Log) History(path string) []Entry {
	return l.Changes(Filter{Path: path})
}

// Changes returns the change log, filtered.
func (l *Log) Changes(f Filter) []Entry {
	var segs []segment
	if f.Path != "" {
		var ok bool
		if segs, ok = parsePath(f.Path); !ok {
			return nil
		}
	}
	var out []Entry
	if f == (Filter{}) {
		// Every operation is a change: one allocation, not the ~20 of
		// append's doubling (a 10,000-operation log's entries are ~2 MB;
		// growing them was a fifth of the change log's time in Chromium).
		out = make([]Entry, 0, len(l.ops))
	}
	for i := range l.ops {
		op := &l.ops[i]
		if f.Author != "" && op.Author != f.Author {
			continue
		}
		e := Entry{At: op.At, Author: op.Author, Role: op.Role, Device: op.Device, Kind: op.Kind,
			Path: op.Path, From: op.Old, To: op.New, Seq: op.Seq, Hash: op.Hash}
		switch {
		case within(op.Path, f.Path):
		case within(f.Path, op.Path):
			outer, _ := parsePath(op.Path)
			e.Path = f.Path
			e.From, e.To = project(op.Old, segs[len(outer):]), project(op.New, segs[len(outer):])
			if bytes.Equal(e.From, e.To) {
				continue
			}
		default:
			continue
		}
		out = append(out, e)
	}
	return out
}

// project is the value at segs inside a canonical value.
func project(v []byte, segs []segment) []byte {
	if v == nil {
		return nil
	}
	t, ok := valueOf(v)
	if !ok {
		return nil
	}
	return canonical(get(t, segs))
}

// Display is a value as a person reads it: a text as it is, nothing for an
// absent value, anything else as JSON.
func Display(v []byte) string {
	if v == nil {
		return ""
	}
	if len(v) > 0 && v[0] == '"' {
		if t, ok := valueOf(v); ok {
			return t.(string)
		}
	}
	return string(v)
}

func kindName(k Kind) string {
	if k == Edit {
		return "edit"
	}
	return string(k)
}

// CSV writes entries as CSV for a spreadsheet: UTF-8 with a byte order
// mark (so that Excel reads Japanese right), one header line, CRLF. A cell
// that a spreadsheet would take for a formula (=, +, -, @, tab, CR first)
// starts with an apostrophe, so that opening the file runs nothing.
func CSV(entries []Entry) []byte {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	_ = w.Write([]string{"time", "author", "role", "device", "kind", "path", "from", "to", "seq", "hash"})
	for _, e := range entries {
		row := []string{e.At.Format(time.RFC3339), e.Author, e.Role, e.Device, kindName(e.Kind), e.Path,
			Display(e.From), Display(e.To), strconv.FormatUint(e.Seq, 10), e.Hash}
		for i, s := range row {
			if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
				row[i] = "'" + s
			}
		}
		_ = w.Write(row)
	}
	w.Flush()
	return b.Bytes()
}

// JSON writes entries as a JSON list, values as they are:
// [{"at":…,"author":…,"role":…,"device":…,"kind":"edit","path":…,"from":…,"to":…,"seq":…,"hash":…}].
func JSON(entries []Entry) []byte {
	b := []byte{'['}
	for i, e := range entries {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n{\"at\":"...)
		b = appendString(b, e.At.Format(time.RFC3339Nano))
		for _, kv := range [...][2]string{{"author", e.Author}, {"role", e.Role}, {"device", e.Device}, {"kind", kindName(e.Kind)}, {"path", e.Path}} {
			b = append(b, ',')
			b = appendString(b, kv[0])
			b = append(b, ':')
			b = appendString(b, kv[1])
		}
		b = append(b, `,"from":`...)
		b = appendRaw(b, e.From)
		b = append(b, `,"to":`...)
		b = appendRaw(b, e.To)
		b = append(b, `,"seq":`...)
		b = strconv.AppendUint(b, e.Seq, 10)
		b = append(b, `,"hash":`...)
		b = appendString(b, e.Hash)
		b = append(b, '}')
	}
	return append(b, "\n]\n"...)
}
