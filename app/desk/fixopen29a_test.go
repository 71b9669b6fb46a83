package desk

import (
	"testing"

	"breachdesk/app/incident"
)

// F1252: a public body's retention step is its own (pb.retention.public);
// the readiness sheet's retention note goes to the step of the
// organisation's kind, not to one that never shows.
func TestRetentionNoteGoesToTheStepOfTheOrgKind(t *testing.T) {
	r := Readiness{RetentionNote: "文書管理規程で5年"}
	for kind, want := range map[incident.OrgKind]string{"": "pb.retention", incident.Private: "pb.retention", incident.Local: "pb.retention.public", incident.Public: "pb.retention.public"} {
		inc := incident.New("x", readyT0)
		inc.Org.Kind = kind
		prefill(inc, r)
		for _, id := range []string{"pb.retention", "pb.retention.public"} {
			if got := inc.Steps[id].Note; (id == want) != (got == r.RetentionNote) {
				t.Errorf("%q: %s note %q", kind, id, got)
			}
		}
	}
}
