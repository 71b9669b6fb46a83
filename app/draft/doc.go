// Package draft writes the documents of a breach response from the facts
// (app/incident) and the assessment (app/assess): the customer notice in
// Japanese and English, the PPC report (速報 and 確報) item by item, the
// ministry report, the GDPR Art. 33 report and Art. 34 notice, the notice to
// the entrustor, the police consultation memo, the card company notice and
// the public announcement. Each document is a list of sections of paragraphs
// with stable ids, so that a user's edit of a paragraph can be stored with the
// incident and re-applied (Apply) when the facts change.
//
// Lint checks drafts (generated or edited) against the facts: missing items,
// persons confused with records, figures and dates that disagree, "leaked"
// where only "may have leaked" is known, URLs in e-mail, requests for
// personal data, and more. Render writes plain text (with Japanese mail
// wrapping), Markdown and HTML (everything escaped, no links).
//
// Which items each document must cover, with their citations, is data in
// checklists/templates; the wording is here. Everything is a pure function of
// its arguments: the document date is a parameter, never the clock.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs.
package draft
