package desk

import (
	"bytes"
	stdjson "encoding/json"
	"fmt"
	"maps"
	"strings"
	"time"
	"unicode/utf8"

	"breachdesk/app/incident"

	json "github.com/goccy/go-json"
)

// SettingReadiness is the name of the readiness checklist among the store's settings.
const SettingReadiness = "readiness"

// Readiness is what an organisation settles before any incident: who may
// cut the network and who decides, whom to call, how long logs and data are
// kept, its CSIRT and its rehearsals. It is stored once per browser (with
// the organisation, not with an incident) and pre-fills every new incident.
type Readiness struct {
	Version int `json:"version"`

	OrgName  string `json:"orgName,omitempty"`
	Ministry string `json:"ministry,omitempty"` // 所管省庁

	NetworkCut string `json:"networkCut,omitempty"` // who may cut the network, day and night
	Decider    string `json:"decider,omitempty"`    // who decides to report and to publish
	CSIRT      string `json:"csirt,omitempty"`

	// Contacts, each a name and a number or address.
	PPC             string `json:"ppc,omitempty"`
	MinistryContact string `json:"ministryContact,omitempty"`
	Police          string `json:"police,omitempty"`
	Acquirer        string `json:"acquirer,omitempty"`
	Forensic        string `json:"forensic,omitempty"`
	Lawyer          string `json:"lawyer,omitempty"`

	LogRetention   string `json:"logRetention,omitempty"`   // which logs are kept how long
	RetentionYears int    `json:"retentionYears,omitempty"` // data of former customers deleted after (years; 0 = no rule)
	RetentionNote  string `json:"retentionNote,omitempty"`
	Rehearsals     string `json:"rehearsals,omitempty"` // last and next rehearsal

	Contact incident.ContactDesk `json:"contact"`
	People  incident.People      `json:"people"`

	// Typing is what is typed into a text field and not yet read (the
	// field is read when it is left), by field id: kept so that a reload
	// restores it, removed when the field is read.
	Typing map[string]string `json:"typing,omitempty"`

	UpdatedAt time.Time `json:"updatedAt,omitempty"`
}

// readinessVersion is the version of the stored form.
const readinessVersion = 1

// textFields are the one-line text fields of the checklist, by id:
// their inputs are named "r-<id>". Get and set go through the struct, so the
// page and the tests share one list.
func (r *Readiness) textFields() []struct {
	ID string
	P  *string
} {
	return []struct {
		ID string
		P  *string
	}{
		{"orgName", &r.OrgName}, {"ministry", &r.Ministry},
		{"networkCut", &r.NetworkCut}, {"decider", &r.Decider}, {"csirt", &r.CSIRT},
		{"ppc", &r.PPC}, {"ministryContact", &r.MinistryContact}, {"police", &r.Police},
		{"acquirer", &r.Acquirer}, {"forensic", &r.Forensic}, {"lawyer", &r.Lawyer},
		{"logRetention", &r.LogRetention}, {"retentionNote", &r.RetentionNote}, {"rehearsals", &r.Rehearsals},
		{"contactName", &r.Contact.Name}, {"contactPhone", &r.Contact.Phone}, {"contactHours", &r.Contact.Hours},
		{"contactEmail", &r.Contact.Email}, {"contactWeb", &r.Contact.Web}, {"contactWebEn", &r.Contact.WebEn},
		{"cisoName", &r.People.CISO.Name}, {"cisoContact", &r.People.CISO.Contact},
		{"privacyName", &r.People.PrivacyOfficer.Name}, {"privacyContact", &r.People.PrivacyOfficer.Contact},
		{"prName", &r.People.PR.Name}, {"prContact", &r.People.PR.Contact},
		{"legalName", &r.People.Legal.Name}, {"legalContact", &r.People.Legal.Contact},
		{"repName", &r.People.Representative.Name}, {"repContact", &r.People.Representative.Contact},
	}
}

// MaxReadinessRunes bounds each text of the checklist (a name, a number, a line).
const MaxReadinessRunes = 200

// Set writes the text field id; it reports a problem (to show under the
// field) when the text is too long, and keeps the old value then.
func (r *Readiness) Set(id, v string) error {
	for _, f := range r.textFields() {
		if f.ID == id {
			v = strings.TrimSpace(v)
			if utf8.RuneCountInString(v) > MaxReadinessRunes {
				return fmt.Errorf("%d", MaxReadinessRunes)
			}
			*f.P = v
			if _, ok := r.Typing[id]; ok {
				r.Typing = maps.Clone(r.Typing)
				delete(r.Typing, id)
				if len(r.Typing) == 0 {
					r.Typing = nil
				}
			}
			return nil
		}
	}
	return fmt.Errorf("unknown field %q", id)
}

// field returns the text field id.
func (r *Readiness) field(id string) (*string, bool) {
	for _, f := range r.textFields() {
		if f.ID == id {
			return f.P, true
		}
	}
	return nil, false
}

// Keep keeps v as what is typed into the text field id and not yet read
// (Set reads it); a text too long for the field is not kept.
func (r *Readiness) Keep(id, v string) {
	if _, ok := r.field(id); !ok || utf8.RuneCountInString(v) > MaxReadinessRunes {
		return
	}
	r.Typing = maps.Clone(r.Typing)
	if r.Typing == nil {
		r.Typing = map[string]string{}
	}
	r.Typing[id] = v
}

// Shown is what the text field id shows: what is typed and not yet read,
// else its value.
func (r *Readiness) Shown(id string) string {
	if v, ok := r.Typing[id]; ok {
		return v
	}
	return r.Get(id)
}

// Get reads the text field id.
func (r *Readiness) Get(id string) string {
	for _, f := range r.textFields() {
		if f.ID == id {
			return *f.P
		}
	}
	return ""
}

// Empty reports whether nothing was filled in.
func (r Readiness) Empty() bool {
	for _, f := range r.textFields() {
		if *f.P != "" {
			return false
		}
	}
	return r.RetentionYears == 0
}

// decodeReadiness reads the stored checklist strictly: unknown fields, a
// newer version, or a text past its limit are errors naming the field.
func decodeReadiness(b []byte) (Readiness, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var r Readiness
	if err := dec.Decode(&r); err != nil {
		return Readiness{}, fmt.Errorf("readiness: %w", err)
	}
	if r.Version > readinessVersion {
		return Readiness{}, fmt.Errorf("readiness.version: %d is newer than this app (%d)", r.Version, readinessVersion)
	}
	for _, f := range r.textFields() {
		if utf8.RuneCountInString(*f.P) > MaxReadinessRunes {
			return Readiness{}, fmt.Errorf("readiness.%s: longer than %d characters", f.ID, MaxReadinessRunes)
		}
	}
	for id, v := range r.Typing {
		if _, ok := r.field(id); !ok || utf8.RuneCountInString(v) > MaxReadinessRunes {
			return Readiness{}, fmt.Errorf("readiness.typing.%s: no such field, or longer than %d characters", id, MaxReadinessRunes)
		}
	}
	if r.RetentionYears < 0 || r.RetentionYears > 100 {
		return Readiness{}, fmt.Errorf("readiness.retentionYears: %d out of range 0–100", r.RetentionYears)
	}
	return r, nil
}

// encodeReadiness writes the checklist for the store.
func encodeReadiness(r Readiness) ([]byte, error) {
	r.Version = readinessVersion
	return stdjson.Marshal(r)
}
