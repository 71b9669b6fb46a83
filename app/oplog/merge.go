package oplog

import (
	"bytes"
	"slices"
	"strconv"

	"breachdesk/app/incident"
)

// Merged is the result of a merge.
type Merged struct {
	Log       *Log
	Incident  *incident.Incident // Fold of Log
	Added     int                // operations that were new to the local log
	Conflicts []Conflict         // every conflict of Log, new or not
}

// Merge checks every operation of the packet against the local log and,
// when all pass, returns the union of the two with its incident and its
// conflicts. The local log is never changed: on error (an *Error naming
// the problem, the operation and its device) nothing is.
//
// The union of operation sets is commutative, associative and idempotent,
// and the order of Fold depends only on the set: whatever order packets
// arrive in, and however often, every browser ends with the same log and
// the same incident.
func Merge(local *Log, p *Packet, v Verifier) (*Merged, error) {
	if err := check(local, p, v); err != nil {
		return nil, err
	}
	l, added := union(local, p)
	var inc *incident.Incident
	var tree any
	var err error
	if n := len(local.ops); local.tree != nil && local.treeN == n && n > 0 && l.ops[n-1].Hash == local.ops[n-1].Hash &&
		!slices.ContainsFunc(l.ops[n:], func(op Op) bool { return op.Path == "" }) {
		// The new operations all come after the local ones (the last local
		// one kept its place) and none writes the whole incident: fold them
		// onto the local tree rather than the whole log again.
		inc, tree, err = foldOnto(local.tree, l.ops[n:])
	} else {
		inc, tree, err = fold(l.ops)
	}
	if err != nil {
		return nil, &Error{Code: CodeUnreadable, Op: -1, Args: []string{problemText(err)}}
	}
	l.tree, l.treeN = tree, len(l.ops)
	return &Merged{Log: l, Incident: inc, Added: added, Conflicts: l.conflicts(tree)}, nil
}

func problemText(err error) string {
	if ps := incident.ProblemsOf(err); len(ps) > 0 {
		return ps[0].Text("en")
	}
	return err.Error()
}

// check verifies the packet against local: it is for this incident and
// schema; each operation's hash matches its content; operations come in
// the order of Fold, none twice; each device's operations continue its
// chain in this browser without a gap, a broken link or a second history;
// the last operation of each device carries a valid signature by the key
// its id names (covering its earlier ones through the links); and what an
// operation says it had seen is here and consistent.
func check(local *Log, p *Packet, v Verifier) error {
	if p.Incident != local.incident {
		return &Error{Code: CodeOtherIncident, Op: -1, Args: []string{strconv.Quote(p.Incident), strconv.Quote(local.incident)}}
	}
	if p.Schema != incident.SchemaVersion {
		return &Error{Code: CodeSchema, Op: -1, Args: []string{strconv.Itoa(p.Schema), strconv.Itoa(incident.SchemaVersion)}}
	}
	for _, dev := range sortedKeys(p.Keys) {
		key := p.Keys[dev]
		_, err := parsePublicKey(key)
		if err != nil || DeviceID(key) != dev || (local.keys[dev] != nil && !bytes.Equal(local.keys[dev], key)) {
			return &Error{Code: CodeBadKey, Field: "keys." + dev, Op: -1, Args: []string{short(dev)}}
		}
	}
	// What the loop needs of each device, found once per run of its
	// operations rather than in several maps for each (hashing a device id
	// is slow in WebAssembly, and a packet has long runs of one device).
	type devCheck struct {
		local  []int // its chain here (Log.chains)
		hasKey bool
		last   int // index in p.Ops of its last operation so far, or -1
		chain  []*Op
	}
	devs := map[string]*devCheck{}
	var cur *devCheck
	curDev := ""
	device := func(dev string) *devCheck {
		if cur != nil && dev == curDev {
			return cur
		}
		c := devs[dev]
		if c == nil {
			c = &devCheck{local: local.chains[dev], hasKey: p.Keys[dev] != nil || local.keys[dev] != nil, last: -1}
			devs[dev] = c
		}
		cur, curDev = c, dev
		return c
	}
	localOp := func(c *devCheck, seq uint64) *Op {
		if seq == 0 || seq > uint64(len(c.local)) {
			return nil
		}
		return &local.ops[c.local[seq-1]]
	}
	for i := range p.Ops {
		p.Ops[i].ranked, p.Ops[i].parsed = 0, nil // caches of what the fields said before any change
	}
	// inPacket tells a gap from a change moved later (only for the message:
	// a map of every operation cost more than the rest of the checks in
	// WebAssembly).
	inPacket := func(dev string, seq uint64) bool {
		return slices.ContainsFunc(p.Ops, func(o Op) bool { return o.Device == dev && o.Seq == seq })
	}
	var h hasher
	for i := range p.Ops {
		op := &p.Ops[i]
		fail := func(code Code, args ...string) error {
			return &Error{Code: code, Args: args, Field: "ops[" + strconv.Itoa(i) + "]", Op: i, Device: op.Device, Seq: op.Seq, Author: op.Author}
		}
		// An operation this browser has, the same in every field, was
		// checked when it came (or made here): its hash is not computed
		// again, which makes sending the whole log every time cheap.
		dc := device(op.Device)
		mine := localOp(dc, op.Seq)
		if known := mine != nil && mine.equal(op); !known && !op.hashMatches(&h) || op.Incident != p.Incident {
			return fail(CodeHash)
		}
		if i > 0 {
			switch c := compareOps(&p.Ops[i-1], op); {
			case c == 0:
				return fail(CodeReplayed)
			case c > 0:
				return fail(CodeReordered)
			}
		}
		if !dc.hasKey {
			return fail(CodeNoKey)
		}
		if _, self := op.Seen[op.Device]; self {
			return fail(CodeSeenSelf)
		}
		have := uint64(len(dc.local))
		var prev *Op
		if dc.last >= 0 {
			prev = &p.Ops[dc.last]
		} else if op.Seq > 1 && op.Seq-1 <= have {
			prev = localOp(dc, op.Seq-1)
		}
		switch {
		case prev == nil && op.Seq > 1, prev != nil && op.Seq != prev.Seq+1:
			from := have + 1
			if prev != nil {
				from = prev.Seq + 1
			}
			if op.Seq < from || inPacket(op.Device, op.Seq-1) {
				return fail(CodeReordered)
			}
			return fail(CodeGap, seqRange(from, op.Seq-1), strconv.FormatUint(have, 10))
		case prev == nil && op.Prev != "", prev != nil && op.Prev != prev.Hash:
			return fail(CodeBrokenLink)
		case prev != nil && !op.Seen.Covers(prev.Seen):
			return fail(CodeSeenBack)
		}
		if mine != nil && mine.Hash != op.Hash {
			return fail(CodeFork)
		}
		dc.last = i
		dc.chain = append(dc.chain, op)
	}
	last := make(map[string]int, len(devs)) // device → index of its last operation
	chain := make(map[string][]*Op, len(devs))
	for dev, c := range devs {
		last[dev], chain[dev] = c.last, c.chain
	}
	for i := range p.Ops {
		if op := &p.Ops[i]; op.Sig != nil && last[op.Device] != i {
			return &Error{Code: CodeSigPlace, Field: "ops[" + strconv.Itoa(i) + "].sig", Op: i, Device: op.Device, Seq: op.Seq, Author: op.Author}
		}
	}
	devices := sortedKeys(last)
	slices.SortFunc(devices, func(a, b string) int { return last[a] - last[b] })
	for _, dev := range devices {
		i := last[dev]
		op := &p.Ops[i]
		key := p.Keys[dev]
		if key == nil {
			key = local.keys[dev]
		}
		switch {
		case op.Sig == nil:
			return &Error{Code: CodeUnsigned, Field: "ops[" + strconv.Itoa(i) + "]", Op: i, Device: dev, Seq: op.Seq, Author: op.Author}
		case v.Verify(key, hashBytes(op.Hash), op.Sig) != nil:
			return &Error{Code: CodeSignature, Field: "ops[" + strconv.Itoa(i) + "].sig", Op: i, Device: dev, Seq: op.Seq, Author: op.Author}
		}
	}
	return checkSeen(local, p, chain)
}

// checkSeen checks, for each operation new to local, that every operation
// it says it had seen is in local or the packet, and had itself seen no
// more than it: so that "saw" is the order of a history without cycles.
func checkSeen(local *Log, p *Packet, chain map[string][]*Op) error {
	at := func(dev string, seq uint64) *Op {
		if o := local.op(dev, seq); o != nil {
			return o
		}
		if c := chain[dev]; len(c) > 0 && seq >= c[0].Seq && seq-c[0].Seq < uint64(len(c)) {
			return c[seq-c[0].Seq]
		}
		return nil
	}
	// problem is what is wrong with what op says it saw of dev, if anything.
	problem := func(op *Op, dev string, n uint64) Code {
		dep := at(dev, n)
		if dep == nil {
			return CodeMissingSeen
		}
		for x, m := range dep.Seen {
			if x == op.Device && m >= op.Seq || x != op.Device && op.Seen[x] < m {
				return CodeSeenMismatch
			}
		}
		return ""
	}
	// have is how many operations of the device of the run of operations
	// under way local holds: its chain is looked up once per run (hashing
	// a device id is slow in WebAssembly), not for every operation.
	have, haveDev := uint64(0), ""
	for i := range p.Ops {
		op := &p.Ops[i]
		if i == 0 || op.Device != haveDev {
			have, haveDev = uint64(len(local.chains[op.Device])), op.Device
		}
		if op.Seq <= have {
			continue // known here, and checked when it came
		}
		bad := false
		for dev, n := range op.Seen {
			bad = bad || problem(op, dev, n) != ""
		}
		if !bad {
			continue
		}
		for _, dev := range sortedKeys(op.Seen) { // the first in a stable order
			n := op.Seen[dev]
			if code := problem(op, dev, n); code != "" {
				return &Error{Code: code, Args: []string{short(dev), strconv.FormatUint(n, 10)}, Field: "ops[" + strconv.Itoa(i) + "].seen",
					Op: i, Device: op.Device, Seq: op.Seq, Author: op.Author}
			}
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	if len(m) == 1 {
		for k := range m {
			return []string{k} // does not escape: no allocation
		}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// union is local with the packet's new operations (checked), in the order
// of Fold, each device's signature kept on its last operation only.
func union(local *Log, p *Packet) (*Log, int) {
	fresh := make([]int, 0, len(p.Ops)) // indexes in p.Ops
	have, dev, inRun := 0, "", false
	for i := range p.Ops {
		op := &p.Ops[i]
		if !inRun || op.Device != dev { // once per run of a device's operations
			have, dev, inRun = len(local.chains[op.Device]), op.Device, true
		}
		if op.Seq > uint64(have) {
			fresh = append(fresh, i)
		}
	}
	ops := unionOps(local.ops, p.Ops, fresh, false)
	l := &Log{incident: local.incident, ops: ops, chains: make(map[string][]int, len(local.chains)+1), keys: map[string][]byte{}}
	for dev, c := range local.chains {
		l.chains[dev] = make([]int, 0, len(c)+len(fresh))
	}
	// Each device's chain, looked up once per run of its operations
	// (hashing a device id is slow in WebAssembly).
	var chain []int
	inRun = false
	for k := range ops {
		if d := ops[k].Device; !inRun || d != dev {
			if inRun {
				l.chains[dev] = chain
			}
			dev, chain, inRun = d, l.chains[d], true
		}
		if len(chain) > 0 {
			ops[chain[len(chain)-1]].Sig = nil
		}
		chain = append(chain, k)
	}
	if inRun {
		l.chains[dev] = chain
	}
	for dev := range l.chains {
		if key := local.keys[dev]; key != nil {
			l.keys[dev] = key
		} else {
			l.keys[dev] = p.Keys[dev]
		}
	}
	return l, len(fresh)
}

// unionOps is local with the operations of packet at the indexes fresh, in
// the order of Fold (both are in that order). With general, always by
// comparing them one by one (the shortcut's test checks it against that).
func unionOps(local, packet []Op, fresh []int, general bool) []Op {
	ops := make([]Op, 0, len(local)+len(fresh))
	n := len(local)
	if !general && (n == 0 || len(fresh) == 0 || compareOps(&local[n-1], &packet[fresh[0]]) < 0) {
		// All new operations come after the local ones (the common case):
		// each run of them that follow each other in the packet is copied
		// at once.
		ops = append(ops, local...)
		for i := 0; i < len(fresh); {
			j := i + 1
			for j < len(fresh) && fresh[j] == fresh[j-1]+1 {
				j++
			}
			ops = append(ops, packet[fresh[i]:fresh[j-1]+1]...)
			i = j
		}
		return ops
	}
	i, j := 0, 0
	for i < len(local) || j < len(fresh) {
		if j == len(fresh) || i < len(local) && compareOps(&local[i], &packet[fresh[j]]) < 0 {
			ops = append(ops, local[i])
			i++
		} else {
			ops = append(ops, packet[fresh[j]])
			j++
		}
	}
	return ops
}
