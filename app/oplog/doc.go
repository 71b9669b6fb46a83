// Package oplog records every edit of an incident as a signed operation, so
// that several people can work on one incident from several browsers,
// exchanging change packets as files, with no server: the log merges
// whatever arrives, in any order and however often, shows the conflicts it
// cannot settle alone, and proves who changed what and that nothing was
// altered or removed.
//
// This package is pure Go: it must not import go-app, syscall/js or
// safejs. It imports app/incident (the facts) and app/vault (the sealed
// envelope). The device key that signs lives in the browser (app/browser,
// WebCrypto, non-extractable) behind Signer; keeping the current snapshot,
// storing the log and showing it are the store's business (app/desk).
//
// # Operations
//
// An Op writes one value of an incident at a path that names it by id and
// field ("org.name", "events[e3].note", "parties[p1]" for a whole element,
// "steps[pb.notice].status"), with the value before and after (canonical
// JSON), the author's name and role, the device, the time, the device's
// sequence number, the version vector of what the device had seen (Seen),
// the hash of the device's previous operation (Prev), its own hash (SHA-256
// of its canonical body) and a signature. An edit in the app is recorded by
// diffing the snapshot before and after it (Diff, Log.Record), so no page
// changes the way it edits; an incident made before logs starts with one
// operation of kind Imported that writes it whole (Import). Fold applies
// the operations in one total order that every browser computes alike
// from the set alone (by rank = Seq + ΣSeen, then device), in which each
// operation comes after everything it had seen.
//
// # Merging and conflicts
//
// Merge checks a packet and returns the union of the two logs: union of
// sets, so commutative, associative and idempotent, losing nothing. Two
// operations are concurrent when neither had seen the other. An operation
// is the latest at its path until one that had seen it writes that path or
// a path around it. A conflict is two or more concurrent latest operations
// at one path with different values, or at a path and one inside it (an
// element removed while its field was edited). Fold keeps a stable value
// there, and Conflicts reports every side — who, with which role, when, and
// the value as that side had it — until someone who has seen all sides
// writes the path: Conflict.Keep ("keep mine"), Take ("take theirs") and
// Resolve ("a new value") build that operation, for Log.Add.
//
// # Checks
//
// Merge refuses a whole packet, naming the operation, its device and the
// problem, when an operation's hash does not match its content, operations
// are out of order or repeated, a device's chain has a gap, a broken link or
// a second history, the last operation of a device is not signed or its
// signature does not verify, or an operation builds on changes neither side
// holds. Nothing changes then: Merge never modifies the log it is given.
//
// # Where this differs from the first design, and why
//
//   - One signature per device and packet, not one per operation. Each
//     operation's hash covers the previous one's (Prev), so the signature of
//     a device's last operation vouches for all its earlier ones. A packet
//     carries that one signature per device; a signature anywhere else is
//     refused, so every byte of a packet is either hashed into a signed chain
//     or checked on its own. An ECDSA P-256 verification takes about half a
//     millisecond natively and tens of milliseconds in WebAssembly: 10,000
//     of them would take seconds, or minutes; one per device takes none, and
//     the browser signs once per edit, not once per operation.
//   - A device's id is the fingerprint of its public key (DeviceID), so a
//     key cannot claim another device's id: "pinning" the key of a device
//     per incident needs no stored state, and a packet naming a device with
//     another key is refused (CodeBadKey).
//   - The total order needs no stored Lamport clock: rank = Seq + ΣSeen
//     grows along every chain of "had seen" (Merge checks that an operation
//     had seen everything the operations it builds on had seen).
//   - updatedAt is not an operation (every edit sets it, so any two people's
//     edits would conflict there): Fold makes it the latest change's time.
//   - Some structs are written whole (a count with its "known" and "approx",
//     a statement with who made it, an edited paragraph with the text it was
//     edited from), so that a merge never mixes the halves of two versions.
//   - A list whose order changed otherwise than by appending is written
//     whole, so that Fold(Diff(a, b)) is b exactly, order included.
//
// # Packets
//
// A packet (Log.Packet, Packet.Encode, DecodePacket) is one JSON file: the
// format tag "breachdesk-packet", its version, the incident schema, the
// incident id, the public keys of the devices (raw P-256 points, base64url)
// and the operations, one a line. A log is stored in the same form. Seal
// wraps it in a vault envelope (PBKDF2-SHA256 → AES-GCM-256), sealed with
// the incident's passphrase or one chosen for the recipient. A packet for
// one device can hold only what it may lack: Packet(Shown(device)), since
// what its latest operation here had seen (a packet it cannot place is
// refused naming the missing operations).
//
// # History
//
// Log.History(path) lists who changed a value, when, and from what to what;
// Log.Changes filters the whole log by person and path; CSV (UTF-8 with a
// byte order mark, formulas disarmed) and JSON export them.
package oplog
