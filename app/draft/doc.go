// Package draft writes the documents of a breach response from the facts
// (app/incident) and the assessment (app/assess): the customer notice in
// Japanese and English, the PPC report (速報 and 確報) item by item, the
// written report to a ministry or regulator, the GDPR Art. 33 report and
// Art. 34 notice, the notice to each entrustor, the police consultation memo,
// the card company notice and the public announcement. Each document is a
// list of sections of paragraphs with stable ids, so that a user's edit of a
// paragraph can be stored with the incident and re-applied (Apply) when the
// facts change.
//
// A document speaks of the incident as it is and as it was known on its own
// date: it is dated at its own event once that is on the timeline (the
// filing, the sending: DatedAt) and says what was known then (the events up
// to that instant, each count and each data set's status valid that day, the
// engine's answer at that instant). The persons of each data set are told of
// theirs (Spec.Set, Audiences); each entrustor of its own data (Spec.Party).
// What the persons and the public read is built from the facts and from the
// texts the company wrote for them (incident.PublicStory); the story written
// for the authorities reaches the reports only; internal notes reach nothing.
//
// Lint checks drafts (generated or edited) against the facts: missing items,
// persons confused with records, figures and dates that disagree, "leaked"
// where only "may have leaked" was known on the document's date, an item
// stated for all persons when only some had it, URLs and attachments in
// e-mail, requests for personal data, note style and mixed registers, and
// more; its findings come errors first (Group). Render writes plain text
// (with Japanese mail wrapping), Markdown and HTML (everything escaped, no
// links).
//
// Which items each document must cover, with their citations, is data in
// checklists/templates; the wording is here. Everything is a pure function of
// its arguments: the document date is a parameter, never the clock.
//
// One reader per fact. A document takes the instant the company knew (its
// 発覚日, 事態を知った時, "became aware") and every deadline from the
// assessment it is given, as of its own date, and its time zone from
// incident.Location; it never looks the knowing event up on the timeline.
// Lint measures the documents against the same assessment in the same zone.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs.
package draft
