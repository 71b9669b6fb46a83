package vault

import (
	"bytes"
	stdjson "encoding/json"
	"fmt"
)

// SealRecord encrypts one stored record (the bytes of incident.Encode) into the
// bytes to store.
func SealRecord(c Cipher, plain []byte) ([]byte, error) {
	e, err := Seal(c, RecordFormat, plain)
	if err != nil {
		return nil, err
	}
	return e.Encode()
}

// OpenRecord decrypts stored bytes written by SealRecord.
func OpenRecord(c Cipher, stored []byte) ([]byte, error) {
	e, err := Decode(stored, RecordFormat)
	if err != nil {
		return nil, err
	}
	return e.Open(c)
}

// SealExport encrypts an export file (the bytes of incident.EncodeExport).
func SealExport(c Cipher, plain []byte) ([]byte, error) {
	e, err := Seal(c, ExportFormat, plain)
	if err != nil {
		return nil, err
	}
	return e.Encode()
}

// OpenExport decrypts a sealed export file. The file carries its own salt: the
// caller derives the key from ExportKDF(file) and the passphrase first.
func OpenExport(c Cipher, file []byte) ([]byte, error) {
	e, err := Decode(file, ExportFormat)
	if err != nil {
		return nil, err
	}
	return e.Open(c)
}

// ExportKDF returns the key parameters of a sealed export file.
func ExportKDF(file []byte) (KDF, error) {
	e, err := Decode(file, ExportFormat)
	if err != nil {
		return KDF{}, err
	}
	return e.KDF, nil
}

// Reseal re-encrypts stored records from the old key to the new one, for a
// change of passphrase. It returns every record re-sealed, or an error naming
// the first record that did not open and nothing else: the caller writes the
// result, together with NewKeyCheck(new), in one transaction, so a crash leaves
// either all the old or all the new records readable.
func Reseal(old, new Cipher, records map[string][]byte) (map[string][]byte, error) {
	out := make(map[string][]byte, len(records))
	for id, stored := range records {
		plain, err := OpenRecord(old, stored)
		if err != nil {
			return nil, fmt.Errorf("vault: record %q: %w", id, err)
		}
		b, err := SealRecord(new, plain)
		if err != nil {
			return nil, fmt.Errorf("vault: record %q: %w", id, err)
		}
		out[id] = b
	}
	return out, nil
}

// IsSealed reports whether stored bytes look like an envelope of any format
// (without validating it), so a reader can tell plain records from sealed ones.
func IsSealed(data []byte) bool {
	return sniffFormat(data) != ""
}

func sniffFormat(data []byte) string {
	if len(data) > MaxEnvelopeBytes {
		return ""
	}
	// Every known format ends in "-sealed", and JSON can write those letters
	// only as they are or as \u escapes: a plain record (a large incident's
	// is hundreds of KB, read at every start) without either is not parsed.
	// A first member that names another format is looked at first: it reads
	// a few bytes, where each search reads the whole of a 3 MB packet that
	// has neither (4 ms of a merge's pick in WebAssembly).
	if firstNotEnvelope(data) || !bytes.Contains(data, []byte("sealed")) && !bytes.Contains(data, []byte(`\u`)) {
		return ""
	}
	m, err := object(data, "")
	if err != nil {
		return ""
	}
	var f string
	if raw, ok := m["format"]; !ok || stringInto(&f)(raw, "format") != nil || !knownFormat(f) {
		return ""
	}
	return f
}

// firstNotEnvelope reports whether data's first member is "format" with a
// value that is not an envelope's format: then sniffFormat's answer is ""
// whatever follows (the object is invalid, or its one "format" member is
// that one), and the rest need not be read. A 3 MB change packet (format
// "breachdesk-packet") took encoding/json 160 ms to read whole in
// WebAssembly only to learn that it is not sealed.
func firstNotEnvelope(data []byte) bool {
	dec := stdjson.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != stdjson.Delim('{') {
		return false
	}
	if tok, err := dec.Token(); err != nil || tok != "format" {
		return false
	}
	tok, err := dec.Token()
	if err != nil {
		return false
	}
	f, isText := tok.(string)
	return !isText || !knownFormat(f)
}
