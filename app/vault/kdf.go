package vault

import (
	"bytes"
	"strconv"
)

// KDF names how a key was derived from a passphrase: PBKDF2-SHA256 with a salt
// and a number of iterations.
type KDF struct {
	Name       string // KDFName
	Iterations int
	Salt       []byte
}

// NewKDF returns the parameters for a new key: DefaultIterations and salt, which
// must be SaltSize random bytes (app/browser draws them with crypto.getRandomValues).
func NewKDF(salt []byte) (KDF, error) {
	k := KDF{Name: KDFName, Iterations: DefaultIterations, Salt: append([]byte(nil), salt...)}
	if err := k.Validate(); err != nil {
		return KDF{}, err
	}
	return k, nil
}

// Validate checks the parameters; its error is an *Error naming the field.
func (k KDF) Validate() error {
	switch {
	case k.Name != KDFName:
		return &Error{Field: "kdf.name", Code: CodeKDFUnknown, Args: []string{strconv.Quote(k.Name), KDFName}}
	case k.Iterations < MinIterations:
		return &Error{Field: "kdf.iterations", Code: CodeIterationsLow, Args: []string{strconv.Itoa(k.Iterations), strconv.Itoa(MinIterations)}}
	case k.Iterations > MaxIterations:
		return &Error{Field: "kdf.iterations", Code: CodeIterationsHigh, Args: []string{strconv.Itoa(k.Iterations), strconv.Itoa(MaxIterations)}}
	case len(k.Salt) < MinSaltSize || len(k.Salt) > MaxSaltSize:
		return &Error{Field: "kdf.salt", Code: CodeSaltSize, Args: []string{strconv.Itoa(len(k.Salt)), strconv.Itoa(MinSaltSize), strconv.Itoa(MaxSaltSize)}}
	}
	return nil
}

// Equal reports whether two parameter sets derive the same key from one passphrase.
func (k KDF) Equal(o KDF) bool {
	return k.Name == o.Name && k.Iterations == o.Iterations && bytes.Equal(k.Salt, o.Salt)
}
