// Package desk is the app's state and the one place where views are derived:
// the incidents of this browser, how they are stored, sealed, shared with
// other tabs, backed up and restored, the readiness checklist that pre-fills
// a new incident, and the board, everything a page shows that derives from
// an incident's facts.
//
// It runs natively: it imports neither go-app nor syscall/js nor safejs, nor
// app/browser. What it needs from the browser it asks through small
// interfaces, which app/ui/bind*.go fills with app/browser and go-app:
//
//	Store  IndexedDB (browser.Store)           MemStore in tests
//	Keys   WebCrypto PBKDF2 → AES-GCM          vault.GoCipher in tests
//	Tabs   BroadcastChannel                    TabHub in tests
//	Loop   go-app's UI goroutine and timers    ManualLoop in tests
//
// and it tells the pages about a change through Config.OnChange, never
// through a go-app context. A test drives time explicitly (ManualLoop.Advance):
// the save delay, the retry of a full storage and the idle lock run in
// milliseconds.
//
// # Rules
//
// The facts are the only state. The desk stores incidents (incident.Encode,
// or a vault envelope of it) and derives everything else from them. Pages
// read an incident with Get and change it only with Edit or EditQuietly,
// which record the edit: it is written within SaveDelay.
//
// Nothing typed is lost. What is typed into a form and not yet submitted
// is an edit too (incident.Unsubmitted, SetUnsubmitted). An edit is in
// memory at once and written within SaveDelay (a save that comes due while
// a write runs starts when it ends); PageHide writes every edit not yet written at the last moment
// the page runs (plain at once; on a protected desk the newest sealed copy,
// which sealAhead keeps ready after the edits). A full storage keeps the edit in
// memory, says so (Status.Full) and writes it by itself once space is back
// (tried every TickEvery). A lock writes the pending edits sealed, or keeps
// them sealed in memory until the next unlock.
//
// Nothing plain on a protected desk. Every record and the readiness checklist
// are sealed before they are written; a change of protection rewrites all of
// them and the key check in one transaction (Store.Apply): all or nothing. A
// wrong passphrase changes nothing. While locked, no incident and no
// checklist is held in memory.
//
// Another tab's change is shown, never silently overwritten. Before each
// write the record stored is compared with what this tab last read or wrote;
// when it differs the write stops (Conflict) until the user reloads it or
// keeps this tab's version. A change of protection or a wipe in another tab
// stops every write (Stale). The tabs sign with one device key, so an
// incident's change log is written only over the log it grew from, and a
// packet or an export holds a log only once it is stored so: the device's
// operations stay one chain (writeLogThen).
//
// One reader per fact. A page shows a Board: the assessment (app/assess's
// answer, with the instants that start clocks and the time zone it
// resolved), the obligations still open in order, the next steps, the stage,
// the drill's clock and the documents with their lint. No page derives one
// of these itself, and the board looks none of those instants up on its own.
//
// Every save is a signed change. The edits a save writes are also recorded
// as operations in the incident's change log (app/oplog), signed by this
// browser's device key and stored with the incident; change packets share
// them with other people's browsers and merge theirs, conflicts are shown
// until someone settles them (ops.go, ops_share.go).
//
// The readiness checklist maps onto an incident's facts in one function,
// prefill (prefill.go): a change of the incident's shape changes it alone.
package desk
