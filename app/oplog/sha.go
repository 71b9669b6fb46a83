package oplog

import (
	"crypto/sha256"
	"encoding/binary"
	"runtime"
)

//go:generate go run gen_sha256.go

// ownSHA256 is whether hashes of operations are computed by sha256Blocks
// rather than crypto/sha256: in WebAssembly, where crypto/sha256 has no
// assembly and runs at about 20 MB/s, hashing a 10,000-operation packet
// took longer than anything else in a merge. Natively crypto/sha256 (with
// the CPU's SHA instructions) is faster. Both give the same sums
// (TestSHA256, on every platform).
const ownSHA256 = runtime.GOARCH == "wasm"

var sha256IV = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}

// hasher computes the hashes of operations, one after another, with its
// scratch buffer. The bodies of an incident's operations all begin with
// the same 64 bytes (the format, the incident's id and the kind), so it
// keeps the state after that first block and starts from there when the
// next body begins alike.
type hasher struct {
	buf    []byte
	times  timeText
	first  [64]byte  // the first block of the last body hashed
	mid    [8]uint32 // the state after it
	hasMid bool
}

// sum is the SHA-256 of the operation's body.
func (h *hasher) sum(op *Op) [sha256.Size]byte {
	h.buf = op.body(h.buf[:0], &h.times)
	if !ownSHA256 {
		return sha256.Sum256(h.buf)
	}
	return h.own(h.buf)
}

// own is the SHA-256 of msg by sha256Blocks (FIPS 180-4), from the kept
// state when msg's first block is the last one's.
func (h *hasher) own(msg []byte) [sha256.Size]byte {
	st, rest := sha256IV, msg
	if len(msg) >= 64 {
		if !h.hasMid || [64]byte(msg[:64]) != h.first {
			sha256Blocks(&st, msg[:64])
			h.first, h.mid, h.hasMid = [64]byte(msg[:64]), st, true
		}
		st, rest = h.mid, msg[64:]
	}
	n := len(rest) &^ 63
	sha256Blocks(&st, rest[:n])
	// Padding: 0x80, zeros, the length in bits as 64 bits big-endian.
	var tail [128]byte
	r := copy(tail[:], rest[n:])
	tail[r] = 0x80
	end := 64
	if r >= 56 {
		end = 128
	}
	binary.BigEndian.PutUint64(tail[end-8:], uint64(len(msg))*8)
	sha256Blocks(&st, tail[:end])
	var out [sha256.Size]byte
	for i, x := range st {
		binary.BigEndian.PutUint32(out[4*i:], x)
	}
	return out
}
