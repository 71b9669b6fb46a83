package oplog

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"testing"
)

// sameDecoding fails when the decoder with its shortcuts reads data
// otherwise than the general way: another packet, or another error (code,
// field, line, column and arguments).
func sameDecoding(t *testing.T, what string, data []byte) (ok bool) {
	t.Helper()
	fast, errFast := decodePacket(data, false)
	slow, errSlow := decodePacket(data, true)
	if !reflect.DeepEqual(errFast, errSlow) {
		t.Errorf("%s: with the shortcuts %v, without %v\n%.400s", what, errFast, errSlow, data)
		return false
	}
	if errFast == nil && !reflect.DeepEqual(fast, slow) {
		t.Errorf("%s: the shortcuts read another packet\n%.400s", what, data)
		return false
	}
	return true
}

var (
	reLetter  = regexp.MustCompile(`[A-Za-z]`)
	rePunct   = regexp.MustCompile(`[,:{\[]`)
	reMember  = regexp.MustCompile(`"(author|role|device|at|path|seq|prev|hash|old|new|kind)":("[^"]*"|[0-9]+)`)
	reSeq     = regexp.MustCompile(`"seq":[0-9]+`)
	reAuthors = regexp.MustCompile(`"author":"[^"]*","role":"[^"]*"`)
)

// mutatePacket changes a packet file at random in one of the ways that the
// decoder's shortcuts treat apart: escapes in keys and texts, white space,
// members repeated, unknown, swapped or of another type, numbers written
// otherwise, bytes changed or cut.
func mutatePacket(r *rand.Rand, data []byte) []byte {
	b := bytes.Clone(data)
	at := func(re *regexp.Regexp) []int {
		all := re.FindAllIndex(b, 200)
		if len(all) == 0 {
			return nil
		}
		return all[r.IntN(len(all))]
	}
	splice := func(i, j int, s string) []byte {
		return append(append(append([]byte(nil), b[:i]...), s...), b[j:]...)
	}
	switch r.IntN(10) {
	case 0: // a letter escaped (in a key, a text, or a literal: refused alike)
		if m := at(reLetter); m != nil {
			return splice(m[0], m[1], fmt.Sprintf(`\u%04x`, b[m[0]]))
		}
	case 1: // white space after punctuation
		if m := at(rePunct); m != nil {
			return splice(m[1], m[1], pick(r, " ", "\n", "\t ", "\r\n"))
		}
	case 2: // a member repeated
		if m := at(reMember); m != nil {
			return splice(m[1], m[1], ","+string(b[m[0]:m[1]]))
		}
	case 3: // an unknown member
		if m := at(reMember); m != nil {
			return splice(m[1], m[1], pick(r, `,"extra":1`, `,"Author":"x"`, `,"author2":"x"`))
		}
	case 4: // author and role swapped, or one of another value
		if m := at(reAuthors); m != nil {
			s := string(b[m[0]:m[1]])
			a, rest, _ := bytes.Cut([]byte(s), []byte(`,`))
			return splice(m[0], m[1], pick(r, string(rest)+","+string(a), `"author":"Sa\u0001to","role":"DPO"`, `"author":"Satō","role":""`, `"author":1,"role":"DPO"`))
		}
	case 5: // a number written otherwise
		if m := at(reSeq); m != nil {
			return splice(m[0], m[1], pick(r, `"seq":01`, `"seq":1.0`, `"seq":1e2`, `"seq":99999999999999999999`, `"seq":0`, `"seq":-1`, `"seq":"2"`, `"seq":1234567890123456789`))
		}
	case 6: // a value of another type
		if m := at(reMember); m != nil {
			name := b[m[0] : bytes.IndexByte(b[m[0]+1:], '"')+m[0]+2]
			return splice(m[0], m[1], string(name)+":"+pick(r, `null`, `true`, `{}`, `[]`, `"x"`, `7`))
		}
	case 7: // a byte changed
		if len(b) > 0 {
			b[r.IntN(len(b))] = pick[byte](r, '"', '\\', ',', 'x', 0x80, 0xff, '0', ' ')
		}
	case 8: // cut
		if len(b) > 0 {
			return b[:r.IntN(len(b))]
		}
	case 9: // a hash changed in one character
		if m := at(regexp.MustCompile(`"(prev|hash)":"`)); m != nil && m[1]+43 <= len(b) {
			b[m[1]+r.IntN(43)] = pick[byte](r, 'A', '-', '_', '=', '+', '.')
		}
	}
	return b
}

// The decoder's shortcuts (keys matched by their bytes, the author, role,
// device and time of the last operation taken again, a hash equal to the
// last one not checked again, digits read without a string, texts without
// escapes copied) read every packet as the general way does: random logs,
// the bench's packets, and thousands of random changes of them, most of
// them refused (the same error, at the same place).
func TestDecodeShortcutsAgree(t *testing.T) {
	var files [][]byte
	for seed := range uint64(20) {
		ds, _ := history(t, rngFor(seed))
		for _, d := range ds {
			files = append(files, d.log.Packet(nil).Encode())
		}
	}
	if s, err := oneDeviceData(); err == nil {
		files = append(files, s.packet)
	} else {
		t.Fatal(err)
	}
	if s, err := benchData(); err == nil {
		files = append(files, s.packet, s.again)
	} else {
		t.Fatal(err)
	}
	for i, f := range files {
		sameDecoding(t, fmt.Sprintf("file %d", i), f)
	}
	n := 2000
	if testing.Short() {
		n = 300
	}
	r := rngFor(7)
	refused := 0
	for i := range n {
		f := files[r.IntN(len(files)-3)] // the small ones
		for range 1 + r.IntN(3) {
			f = mutatePacket(r, f)
		}
		if !sameDecoding(t, fmt.Sprintf("change %d", i), f) {
			break
		}
		if _, err := DecodePacket(f); err != nil {
			refused++
		}
	}
	if refused < n/4 || refused > n*9/10 {
		t.Errorf("%d of %d changed packets refused: the changes do not test both ways", refused, n)
	}
}

// Fold's shortcut for a text with nothing to unescape (plainString) reads
// what parseValue reads, and leaves every other value to it: random byte
// strings between quotes (escapes, quotes, control characters, bytes that
// are not UTF-8, Japanese), and other values.
func TestPlainStringAgrees(t *testing.T) {
	r := rngFor(11)
	alphabet := []string{"a", "Z", " ", "確認", "\\", `\"`, `\n`, `\u0041`, `"`, "\x01", "\x7f", "\xff", "\xe7\xa2", "é", "/", "[", "]"}
	inputs := [][]byte{nil, []byte(`"`), []byte(`""`), []byte(`1`), []byte(`null`), []byte(`{"a":"b"}`), []byte(`["x"]`), []byte(`"a"x"`), []byte(` "a"`)}
	for range 5000 {
		var b []byte
		if r.IntN(10) > 0 {
			b = append(b, '"')
		}
		for range r.IntN(8) {
			b = append(b, pick(r, alphabet...)...)
		}
		if r.IntN(10) > 0 {
			b = append(b, '"')
		}
		inputs = append(inputs, b)
	}
	taken := 0
	for _, b := range inputs {
		want, err := parseValue(b)
		s, ok := plainString(b)
		if !ok {
			continue
		}
		taken++
		if err != nil || want != any(s) {
			t.Fatalf("%q: plainString %q, parseValue %#v (%v)", b, s, want, err)
		}
	}
	if taken < len(inputs)/10 {
		t.Errorf("the shortcut took only %d of %d inputs", taken, len(inputs))
	}
}

// randomJSON writes a random JSON value: canonical most of the time, else
// with what canonical form does not allow (keys out of order or twice,
// white space, escapes) or with a mistake.
func randomJSON(r *rand.Rand, b []byte, depth int) []byte {
	texts := []string{`""`, `"a"`, `"b"`, `"確認"`, `"a\"b"`, `"\u0041"`, `"a\nb"`, "\"\x01\"", `"é"`, "\"\xff\""}
	switch x := r.IntN(12); {
	case x < 2 && depth < 70:
		b = append(b, '[')
		for i := range r.IntN(4) {
			if i > 0 {
				b = append(b, ',')
			}
			b = randomJSON(r, b, depth+1)
		}
		return append(b, ']')
	case x < 5 && depth < 70:
		keys := []string{"a", "ab", "b", "c", "z", "確", "A"}
		slices.Sort(keys)
		b = append(b, '{')
		prev := -1
		for i := 0; i < r.IntN(4); i++ {
			k := prev + 1 + r.IntN(2)
			if r.IntN(8) == 0 {
				k = r.IntN(len(keys)) // out of order, or twice
			}
			if k >= len(keys) {
				break
			}
			prev = k
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, pick(r, `"`+keys[k]+`":`, `"`+keys[k]+`":`, `"`+keys[k]+`":`, `"`+keys[k]+`" :`, `"\u0061":`)...)
			b = randomJSON(r, b, depth+1)
		}
		return append(b, '}')
	case x < 8:
		return append(b, pick(r, texts...)...)
	case x < 10:
		return append(b, pick(r, "0", "-1", "1.5", "1e3", "12E-2", "01", "1.", "-", "2.0e+1")...)
	}
	return append(b, pick(r, "true", "false", "null", "nul", " true", "[1 ]")...)
}

// canonicalValue's shortcut for an object or a list in canonical form
// already (copied, no tree) gives the bytes, the position and the error
// the tree gives, on random values: canonical, or not (keys out of order
// or twice, white space, escapes, nesting too deep), or not JSON.
func TestCanonicalShortcutAgrees(t *testing.T) {
	r := rngFor(5)
	taken := 0
	for i := range 20000 {
		var v []byte
		if i%100 == 0 {
			for range 60 + r.IntN(10) { // around maxDepth
				v = append(v, '[')
			}
			v = randomJSON(r, v, 100)
			for range 60 + r.IntN(10) {
				v = append(v, ']')
			}
		} else {
			v = randomJSON(r, nil, 0)
		}
		if v[0] != '{' && v[0] != '[' {
			continue
		}
		data := append(v, ',')
		fast, slow := &reader{data: data}, &reader{data: data, generic: true}
		got, want := fast.canonicalValue(), slow.canonicalValue()
		if !bytes.Equal(got, want) || fast.pos != slow.pos || !reflect.DeepEqual(fast.err, slow.err) {
			t.Fatalf("%s: shortcut %q at %d (%v), tree %q at %d (%v)", data, got, fast.pos, fast.err, want, slow.pos, slow.err)
		}
		probe := &reader{data: data}
		if probe.skipCanonical(0) {
			taken++
		}
	}
	if taken < 2000 {
		t.Errorf("the shortcut took only %d values", taken)
	}
}

// union's shortcut (the new operations all after the local ones: copied a
// run at a time) gives the log that comparing them one by one gives, on
// the logs and packets of random histories, both ways round, and when the
// packet holds part of the log only.
func TestUnionShortcutAgrees(t *testing.T) {
	shortcut := 0
	for seed := range uint64(60) {
		ds, _ := history(t, rngFor(seed))
		for _, a := range ds {
			for _, b := range ds {
				for _, since := range []Vector{nil, a.log.Vector(), b.log.Shown(DeviceID(a.key.PublicKey()))} {
					p := b.log.Packet(since)
					var fresh []int
					for i := range p.Ops {
						if p.Ops[i].Seq > uint64(len(a.log.chains[p.Ops[i].Device])) {
							fresh = append(fresh, i)
						}
					}
					got, want := unionOps(a.log.ops, p.Ops, fresh, false), unionOps(a.log.ops, p.Ops, fresh, true)
					for i := range got { // a cache, filled by the comparisons
						got[i].ranked = 0
					}
					for i := range want {
						want[i].ranked = 0
					}
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("seed %d: the shortcut gives another log", seed)
					}
					if n := len(a.log.ops); len(fresh) > 0 && n > 0 && compareOps(&a.log.ops[n-1], &p.Ops[fresh[0]]) < 0 {
						shortcut++
					}
				}
			}
		}
	}
	if shortcut < 100 {
		t.Errorf("the shortcut was taken %d times only", shortcut)
	}
}
