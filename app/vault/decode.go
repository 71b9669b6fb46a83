package vault

import (
	"bytes"
	"encoding/base64"
	stdjson "encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"

	json "github.com/goccy/go-json"
)

// Decode reads an envelope and validates it. want names the format expected
// (ExportFormat, RecordFormat, KeyCheckFormat or PacketFormat), or is "" for any of them.
// Every problem is an *Error naming the field: bad JSON, a missing, unknown or
// mistyped field, bad base64, an IV not of 12 bytes, too few iterations, an
// unknown cipher, a future version. It never panics.
func Decode(data []byte, want string) (env *Envelope, err error) {
	defer func() { // goccy has panicked on hostile input before (see app/incident)
		if r := recover(); r != nil {
			env, err = nil, &Error{Code: CodeNotJSON, Args: []string{fmt.Sprint(r)}}
		}
	}()
	if len(data) > MaxEnvelopeBytes {
		return nil, &Error{Code: CodeTooLarge, Args: []string{strconv.Itoa(len(data)), strconv.Itoa(MaxEnvelopeBytes)}}
	}
	top, err := object(data, "")
	if err != nil {
		return nil, err
	}
	e := &Envelope{}
	if err := fields(top, "", map[string]func(json.RawMessage, string) error{
		"format": stringInto(&e.Format),
		"v":      intInto(&e.V),
		"kdf": func(raw json.RawMessage, path string) error {
			k, err := object(raw, path)
			if err != nil {
				return err
			}
			var salt string
			if err := fields(k, path, map[string]func(json.RawMessage, string) error{
				"name":       stringInto(&e.KDF.Name),
				"iterations": intInto(&e.KDF.Iterations),
				"salt":       stringInto(&salt),
			}); err != nil {
				return err
			}
			if e.KDF.Name != KDFName { // name the algorithm before its parameters
				return e.KDF.Validate()
			}
			e.KDF.Salt, err = unbase64(salt, path+".salt")
			return err
		},
		"cipher": stringInto(&e.Cipher),
		"iv":     base64Into(&e.IV),
		"data":   base64Into(&e.Data),
	}); err != nil {
		return nil, err
	}
	// the version first: a newer file may legitimately differ in everything else
	if e.V > Version {
		return nil, &Error{Field: "v", Code: CodeVersionFuture, Args: []string{strconv.Itoa(e.V), strconv.Itoa(Version)}}
	}
	if err := e.Validate(); err != nil {
		return nil, err
	}
	if want != "" && e.Format != want {
		return nil, &Error{Field: "format", Code: CodeFormat, Args: []string{strconv.Quote(e.Format), want}}
	}
	return e, nil
}

// object reads a JSON object into its raw members, refusing duplicate keys.
func object(data []byte, path string) (map[string]json.RawMessage, error) {
	if !utf8.Valid(data) {
		return nil, &Error{Field: path, Code: CodeNotJSON, Args: []string{"invalid UTF-8"}}
	}
	t := bytes.TrimSpace(data)
	if len(t) == 0 || t[0] != '{' {
		if path == "" && (len(t) == 0 || !json.Valid(t)) {
			return nil, &Error{Code: CodeNotJSON, Args: []string{"not JSON"}}
		}
		return nil, &Error{Field: path, Code: CodeNotObject}
	}
	// encoding/json's token reader, not goccy's stream decoder (which has
	// panicked on hostile input): it sees every key, so duplicates are refused.
	dec := stdjson.NewDecoder(bytes.NewReader(t))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil {
		return nil, &Error{Field: path, Code: CodeNotJSON, Args: []string{err.Error()}}
	}
	m := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, &Error{Field: path, Code: CodeNotJSON, Args: []string{err.Error()}}
		}
		k, _ := tok.(string)
		var v stdjson.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, &Error{Field: path, Code: CodeNotJSON, Args: []string{err.Error()}}
		}
		if _, dup := m[k]; dup {
			return nil, &Error{Field: join(path, k), Code: CodeDuplicate}
		}
		m[k] = json.RawMessage(v)
	}
	if _, err := dec.Token(); err != nil {
		return nil, &Error{Field: path, Code: CodeNotJSON, Args: []string{err.Error()}}
	}
	if dec.More() || dec.InputOffset() != int64(len(t)) {
		return nil, &Error{Code: CodeNotJSON, Args: []string{"data after the end of the object"}}
	}
	return m, nil
}

// fields decodes each member of m with its reader, refusing missing and unknown
// members; the first problem in the order of readers' names wins.
func fields(m map[string]json.RawMessage, path string, readers map[string]func(json.RawMessage, string) error) error {
	for k := range m {
		if _, ok := readers[k]; !ok {
			return &Error{Field: join(path, k), Code: CodeUnknownField}
		}
	}
	for _, k := range order {
		read, ok := readers[k]
		if !ok {
			continue
		}
		raw, ok := m[k]
		if !ok || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
			return &Error{Field: join(path, k), Code: CodeMissing}
		}
		if err := read(raw, join(path, k)); err != nil {
			return err
		}
	}
	return nil
}

// order is the order in which fields are checked (and named in errors).
var order = []string{"format", "v", "kdf", "name", "iterations", "salt", "cipher", "iv", "data"}

func join(path, k string) string {
	if k == "" {
		return path
	}
	if path == "" {
		return k
	}
	return path + "." + k
}

func stringInto(dst *string) func(json.RawMessage, string) error {
	return func(raw json.RawMessage, path string) error {
		if err := json.Unmarshal(raw, dst); err != nil {
			return &Error{Field: path, Code: CodeWrongType, Args: []string{"string"}}
		}
		return nil
	}
}

func intInto(dst *int) func(json.RawMessage, string) error {
	return func(raw json.RawMessage, path string) error {
		var n json.Number
		if t := bytes.TrimSpace(raw); len(t) == 0 || t[0] == '"' || json.Unmarshal(t, &n) != nil {
			return &Error{Field: path, Code: CodeWrongType, Args: []string{"integer"}}
		}
		i, err := strconv.ParseInt(n.String(), 10, 32)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) && errors.Is(ne.Err, strconv.ErrRange) {
				i = 1 << 31 // out of every range: Validate names it
			} else {
				return &Error{Field: path, Code: CodeWrongType, Args: []string{"integer"}}
			}
		}
		*dst = int(i)
		return nil
	}
}

func base64Into(dst *[]byte) func(json.RawMessage, string) error {
	return func(raw json.RawMessage, path string) error {
		var s string
		if err := stringInto(&s)(raw, path); err != nil {
			return err
		}
		b, err := unbase64(s, path)
		*dst = b
		return err
	}
}

func unbase64(s, path string) ([]byte, error) {
	b, err := b64.DecodeString(s)
	if err != nil {
		at := "?"
		var ce base64.CorruptInputError
		if errors.As(err, &ce) {
			at = strconv.FormatInt(int64(ce)+1, 10)
		}
		return nil, &Error{Field: path, Code: CodeBase64, Args: []string{at}}
	}
	return b, nil
}
