package vault

import (
	"bytes"
	stdjson "encoding/json"
	"strconv"
	"time"

	json "github.com/goccy/go-json"
)

// SettingProtection is the name under which the Protection is kept among the
// settings (app/browser's StoreSettings). A change of passphrase writes it in
// the same transaction as the re-sealed records.
const SettingProtection = "protection"

// Protection is the stored protection state of a device: the key check (nil
// when no passphrase is set) and the idle lock time.
type Protection struct {
	KeyCheck    []byte        // NewKeyCheck's envelope; nil: records are stored plain
	IdleTimeout time.Duration // 0: never lock on idle
}

// Protected reports whether a passphrase is set.
func (p Protection) Protected() bool { return len(p.KeyCheck) > 0 }

// Encode writes the protection as JSON:
// {"v":1,"keyCheck":<envelope or null>,"idleSeconds":900}.
func (p Protection) Encode() ([]byte, error) {
	if err := ValidateIdleTimeout(p.IdleTimeout); err != nil {
		return nil, err
	}
	check := json.RawMessage("null")
	if p.Protected() {
		if _, err := Decode(p.KeyCheck, KeyCheckFormat); err != nil {
			return nil, err
		}
		check = p.KeyCheck
	}
	return stdjson.Marshal(struct {
		V           int             `json:"v"`
		KeyCheck    json.RawMessage `json:"keyCheck"`
		IdleSeconds int64           `json:"idleSeconds"`
	}{Version, check, int64(p.IdleTimeout / time.Second)})
}

// DecodeProtection reads what Encode wrote; its error is an *Error naming the field.
func DecodeProtection(data []byte) (p Protection, err error) {
	defer func() {
		if r := recover(); r != nil {
			p, err = Protection{}, &Error{Code: CodeNotJSON, Args: []string{"unreadable"}}
		}
	}()
	m, err := object(data, "")
	if err != nil {
		return Protection{}, err
	}
	for k := range m {
		if k != "v" && k != "keyCheck" && k != "idleSeconds" {
			return Protection{}, &Error{Field: k, Code: CodeUnknownField}
		}
	}
	var v, idle int
	for _, f := range []struct {
		name string
		dst  *int
	}{{"v", &v}, {"idleSeconds", &idle}} {
		raw, ok := m[f.name]
		if !ok {
			return Protection{}, &Error{Field: f.name, Code: CodeMissing}
		}
		if err := intInto(f.dst)(raw, f.name); err != nil {
			return Protection{}, err
		}
	}
	switch {
	case v > Version:
		return Protection{}, &Error{Field: "v", Code: CodeVersionFuture, Args: []string{strconv.Itoa(v), strconv.Itoa(Version)}}
	case v < 1:
		return Protection{}, &Error{Field: "v", Code: CodeVersionInvalid, Args: []string{strconv.Itoa(v)}}
	}
	p.IdleTimeout = time.Duration(idle) * time.Second
	if err := ValidateIdleTimeout(p.IdleTimeout); err != nil {
		return Protection{}, err
	}
	raw, ok := m["keyCheck"]
	if !ok {
		return Protection{}, &Error{Field: "keyCheck", Code: CodeMissing}
	}
	if t := bytes.TrimSpace(raw); !bytes.Equal(t, []byte("null")) {
		if _, err := Decode(t, KeyCheckFormat); err != nil {
			if e, ok := err.(*Error); ok {
				e.Field = join("keyCheck", e.Field)
			}
			return Protection{}, err
		}
		p.KeyCheck = append([]byte(nil), t...)
	}
	return p, nil
}
