package incident

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// HashText is the SHA-256 of text in UTF-8, in lower-case hex: the hash a
// filing records of the document it froze.
func HashText(text string) string { return HashBytes([]byte(text)) }

// HashBytes is the SHA-256 of data, in lower-case hex (the form Evidence and
// Filing record, and the browser's WebCrypto digest is written in).
func HashBytes(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// IsSHA256 reports whether s is a SHA-256 in lower-case hex.
func IsSHA256(s string) bool {
	if len(s) != 2*sha256.Size {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// ledger checks the decisions and filings: each entry names an obligation
// once; a decision is one of Decisions; "not reportable" without a reason is
// a warning here (draft.Lint makes it an error of the record); a frozen copy
// must match the hash recorded of it, or it is not the version filed.
func (v *validator) ledger(inc *Incident) {
	n := v.limit("ledger", len(inc.Ledger), MaxListItems)
	ids := map[string]int{}
	for i, e := range inc.Ledger[:n] {
		p := "ledger[" + strconv.Itoa(i) + "]"
		v.id(p+".id", e.ID)
		if j, dup := ids[e.ID]; dup && e.ID != "" {
			v.ps.add(SeverityError, p+".id", CodeDuplicateID, quoteShort(e.ID), "ledger["+strconv.Itoa(j)+"]")
		} else {
			ids[e.ID] = i
		}
		v.id(p+".jurisdiction", e.Jurisdiction)
		v.id(p+".obligation", e.Obligation)
		v.name(p+".party", e.Party)
		v.name(p+".order", e.Order)
		m := v.limit(p+".decisions", len(e.Decisions), MaxListItems)
		for k, d := range e.Decisions[:m] {
			dp := p + ".decisions[" + strconv.Itoa(k) + "]"
			v.id(dp+".id", d.ID)
			known(v, dp+".decision", d.Decision, Decisions, false)
			v.text(dp+".reason", d.Reason)
			v.name(dp+".by", d.By)
			v.name(dp+".verdict", d.Verdict)
			v.name(dp+".state", d.State)
			v.plausible(dp+".at", d.At)
			if d.NeedsReason() {
				v.ps.add(SeverityWarning, dp+".reason", CodeReasonMissing)
			}
		}
		m = v.limit(p+".filings", len(e.Filings), MaxListItems)
		for k, f := range e.Filings[:m] {
			fp := p + ".filings[" + strconv.Itoa(k) + "]"
			v.id(fp+".id", f.ID)
			v.plausible(fp+".at", f.At)
			v.name(fp+".by", f.By)
			v.name(fp+".reference", f.Reference)
			v.name(fp+".document", f.Document)
			v.name(fp+".title", f.Title)
			v.name(fp+".recordedBy", f.RecordedBy)
			v.text(fp+".text", f.Text)
			switch {
			case f.SHA256 == "" && f.Text != "":
				v.ps.add(SeverityError, fp+".sha256", CodeRequired)
			case f.SHA256 != "" && !IsSHA256(f.SHA256):
				v.ps.add(SeverityError, fp+".sha256", CodeBadHash, quoteShort(f.SHA256))
			case f.Text != "" && HashText(f.Text) != f.SHA256:
				v.ps.add(SeverityError, fp+".text", CodeHashMismatch)
			}
		}
	}
}

// evidence checks the files on record: a name, a size, a well-formed hash,
// and a step or event that exists (a warning when the event was removed:
// the record of the file stays).
func (v *validator) evidence(inc *Incident) {
	n := v.limit("evidence", len(inc.Evidence), MaxListItems)
	ids := map[string]int{}
	for i, e := range inc.Evidence[:n] {
		p := "evidence[" + strconv.Itoa(i) + "]"
		v.id(p+".id", e.ID)
		if j, dup := ids[e.ID]; dup && e.ID != "" {
			v.ps.add(SeverityError, p+".id", CodeDuplicateID, quoteShort(e.ID), "evidence["+strconv.Itoa(j)+"]")
		} else {
			ids[e.ID] = i
		}
		if e.Name == "" {
			v.ps.add(SeverityError, p+".name", CodeRequired)
		}
		v.name(p+".name", e.Name)
		v.name(p+".type", e.Type)
		v.name(p+".step", e.Step)
		v.name(p+".event", e.Event)
		v.name(p+".addedBy", e.AddedBy)
		v.text(p+".note", e.Note)
		if e.Size < 0 {
			v.ps.add(SeverityError, p+".size", CodeNegative, strconv.FormatInt(e.Size, 10))
		}
		if !IsSHA256(e.SHA256) {
			v.ps.add(SeverityError, p+".sha256", CodeBadHash, quoteShort(e.SHA256))
		}
		if e.Event != "" {
			if _, ok := inc.Event(e.Event); !ok {
				v.ps.add(SeverityWarning, p+".event", CodeUnknownEvent, quoteShort(e.Event))
			}
		}
		v.plausible(p+".addedAt", e.AddedAt)
	}
}
