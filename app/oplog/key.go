package oplog

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"errors"
	"io"
	"math/big"
)

// Signer signs a device's operations with its key: in the browser a
// non-extractable WebCrypto ECDSA P-256 key (app/browser), here ECDSAKey.
type Signer interface {
	// PublicKey is the key's public point, uncompressed (65 bytes:
	// 0x04‖X‖Y), as WebCrypto's exportKey("raw") writes it.
	PublicKey() []byte
	// Sign signs message with ECDSA P-256 and SHA-256 and returns r‖s
	// (64 bytes), as WebCrypto's sign({name: "ECDSA", hash: "SHA-256"}) does.
	Sign(message []byte) ([]byte, error)
}

// Verifier checks a signature made by a Signer. ECDSAVerifier does it in
// pure Go, natively and in WebAssembly alike; a WebCrypto one may stand in.
type Verifier interface {
	Verify(publicKey, message, sig []byte) error
}

// PublicKeySize is the length of an uncompressed P-256 point.
const PublicKeySize = 65

// DeviceID is the fingerprint that names a device: the first 16 bytes of
// the SHA-256 of its public key, base64url. A device's id is thus bound to
// its key: another key cannot claim it.
func DeviceID(publicKey []byte) string {
	sum := sha256.Sum256(publicKey)
	return b64.EncodeToString(sum[:16])
}

// ECDSAKey is a device key in pure Go, for tests and tools.
type ECDSAKey struct {
	priv *ecdsa.PrivateKey
	rand io.Reader
}

// GenerateKey returns a new P-256 key drawn from rand (crypto/rand.Reader).
func GenerateKey(rand io.Reader) (*ECDSAKey, error) {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand)
	if err != nil {
		return nil, err
	}
	return &ECDSAKey{priv: k, rand: rand}, nil
}

// PublicKey implements Signer.
func (k *ECDSAKey) PublicKey() []byte {
	b, err := k.priv.PublicKey.Bytes()
	if err != nil {
		panic("oplog: a P-256 key without a public point: " + err.Error())
	}
	return b
}

// Sign implements Signer.
func (k *ECDSAKey) Sign(message []byte) ([]byte, error) {
	digest := sha256.Sum256(message)
	r, s, err := ecdsa.Sign(k.rand, k.priv, digest[:])
	if err != nil {
		return nil, err
	}
	sig := make([]byte, 64)
	r.FillBytes(sig[:32])
	s.FillBytes(sig[32:])
	return sig, nil
}

// ECDSAVerifier verifies ECDSA P-256 signatures in pure Go.
type ECDSAVerifier struct{}

var errBadSignature = errors.New("oplog: the signature does not match")

// Verify implements Verifier.
func (ECDSAVerifier) Verify(publicKey, message, sig []byte) error {
	pub, err := parsePublicKey(publicKey)
	if err != nil {
		return err
	}
	if len(sig) != 64 {
		return errBadSignature
	}
	digest := sha256.Sum256(message)
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:])
	if !ecdsa.Verify(pub, digest[:], r, s) {
		return errBadSignature
	}
	return nil
}

func parsePublicKey(b []byte) (*ecdsa.PublicKey, error) {
	if len(b) != PublicKeySize {
		return nil, errors.New("oplog: a public key must be an uncompressed P-256 point of 65 bytes")
	}
	return ecdsa.ParseUncompressedPublicKey(elliptic.P256(), b)
}
