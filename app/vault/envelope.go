package vault

import (
	"encoding/base64"
	stdjson "encoding/json"
	"fmt"
	"strconv"
)

// Envelope is a sealed (encrypted) payload with what is needed to open it but
// the passphrase.
type Envelope struct {
	Format string // ExportFormat, RecordFormat, KeyCheckFormat or PacketFormat
	V      int    // Version
	KDF    KDF
	Cipher string // CipherName
	IV     []byte // IVSize bytes
	Data   []byte // ciphertext followed by the TagSize-byte tag
}

// Cipher is a key derived from a passphrase with KDF(): app/browser's WebCrypto
// key. Seal draws a fresh random IV each call; Open returns ErrWrongPassphrase
// when the ciphertext does not authenticate.
type Cipher interface {
	KDF() KDF
	Seal(plaintext []byte) (iv, ciphertext []byte, err error)
	Open(iv, ciphertext []byte) ([]byte, error)
}

// Seal encrypts plaintext with c into an envelope of the given format.
func Seal(c Cipher, format string, plaintext []byte) (*Envelope, error) {
	if !knownFormat(format) {
		return nil, &Error{Field: "format", Code: CodeFormat, Args: []string{strconv.Quote(format), RecordFormat}}
	}
	k := c.KDF()
	if err := k.Validate(); err != nil {
		return nil, err
	}
	iv, ct, err := c.Seal(plaintext)
	if err != nil {
		return nil, err
	}
	e := &Envelope{Format: format, V: Version, KDF: k, Cipher: CipherName, IV: iv, Data: ct}
	if err := e.Validate(); err != nil {
		return nil, fmt.Errorf("vault: the cipher returned a bad envelope: %w", err)
	}
	return e, nil
}

// Open decrypts the envelope with c. It returns ErrOtherKey when c was derived
// with other parameters (derive a key from e.KDF instead) and ErrWrongPassphrase
// when the data does not authenticate.
func (e *Envelope) Open(c Cipher) ([]byte, error) {
	if err := e.Validate(); err != nil {
		return nil, err
	}
	if !e.KDF.Equal(c.KDF()) {
		return nil, ErrOtherKey
	}
	return c.Open(e.IV, e.Data)
}

// Validate checks every field; its error is an *Error naming the field.
func (e *Envelope) Validate() error {
	switch {
	case !knownFormat(e.Format):
		return &Error{Field: "format", Code: CodeFormat, Args: []string{strconv.Quote(e.Format), RecordFormat}}
	case e.V > Version:
		return &Error{Field: "v", Code: CodeVersionFuture, Args: []string{strconv.Itoa(e.V), strconv.Itoa(Version)}}
	case e.V < 1:
		return &Error{Field: "v", Code: CodeVersionInvalid, Args: []string{strconv.Itoa(e.V)}}
	}
	if err := e.KDF.Validate(); err != nil {
		return err
	}
	switch {
	case e.Cipher != CipherName:
		return &Error{Field: "cipher", Code: CodeCipherUnknown, Args: []string{strconv.Quote(e.Cipher), CipherName}}
	case len(e.IV) != IVSize:
		return &Error{Field: "iv", Code: CodeIVSize, Args: []string{strconv.Itoa(len(e.IV))}}
	case len(e.Data) < TagSize:
		return &Error{Field: "data", Code: CodeDataShort, Args: []string{strconv.Itoa(len(e.Data)), strconv.Itoa(TagSize)}}
	}
	return nil
}

func knownFormat(f string) bool {
	return f == ExportFormat || f == RecordFormat || f == KeyCheckFormat || f == PacketFormat
}

// wire is the JSON form; the order of fields is the order written.
type wire struct {
	Format string  `json:"format"`
	V      int     `json:"v"`
	KDF    wireKDF `json:"kdf"`
	Cipher string  `json:"cipher"`
	IV     string  `json:"iv"`
	Data   string  `json:"data"`
}

type wireKDF struct {
	Name       string `json:"name"`
	Iterations int    `json:"iterations"`
	Salt       string `json:"salt"`
}

var b64 = base64.StdEncoding.Strict()

// Encode writes the envelope as compact JSON, after validating it.
func (e *Envelope) Encode() ([]byte, error) {
	if err := e.Validate(); err != nil {
		return nil, err
	}
	w := wire{Format: e.Format, V: e.V, Cipher: e.Cipher, IV: b64.EncodeToString(e.IV), Data: b64.EncodeToString(e.Data),
		KDF: wireKDF{Name: e.KDF.Name, Iterations: e.KDF.Iterations, Salt: b64.EncodeToString(e.KDF.Salt)}}
	b, err := stdjson.Marshal(&w)
	if err != nil {
		return nil, fmt.Errorf("vault: cannot encode the envelope: %w", err)
	}
	return b, nil
}
