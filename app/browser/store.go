package browser

import "time"

// The IndexedDB database of Breach Desk.
const (
	DBName    = "breachdesk"
	DBVersion = 1

	// Object stores. Each holds {key, data: Uint8Array, updatedAt: ms}.
	StoreIncidents = "incidents" // key: incident id; data: incident.Encode bytes or a vault record envelope
	StoreSettings  = "settings"  // key: setting name; data: the setting's bytes (e.g. the key check)
	StoreMeta      = "meta"      // key: name; data: bookkeeping (e.g. the time of the last backup)
)

// Record is one stored value.
type Record struct {
	ID        string    // the key: an incident id, or a setting's name
	Data      []byte    // what was stored
	UpdatedAt time.Time // when it was last written, by this browser's clock
}

// Batch is a set of writes applied in one transaction: all of them or none.
// A change of passphrase writes every re-sealed incident and the new key check
// in one Batch, so a crash leaves either the old or the new state.
type Batch struct {
	Incidents      map[string][]byte // put
	DeleteIncident []string
	Settings       map[string][]byte // put
	Meta           map[string][]byte // put
}

func (b Batch) stores() []string {
	var s []string
	if len(b.Incidents) > 0 || len(b.DeleteIncident) > 0 {
		s = append(s, StoreIncidents)
	}
	if len(b.Settings) > 0 {
		s = append(s, StoreSettings)
	}
	if len(b.Meta) > 0 {
		s = append(s, StoreMeta)
	}
	return s
}
