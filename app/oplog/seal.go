package oplog

import "breachdesk/app/vault"

// SealedPacketFormat is the format of a packet sealed with a passphrase:
// a vault envelope (PBKDF2-SHA256 → AES-GCM-256, as a sealed export) whose
// plaintext is the packet's bytes. DecodePacket names it rather than
// calling it unreadable.
const SealedPacketFormat = vault.PacketFormat

// Seal encrypts a packet's bytes (Encode) with c: a key derived from the
// incident's passphrase or one chosen for the recipient.
func Seal(c vault.Cipher, packet []byte) ([]byte, error) {
	e, err := vault.Seal(c, vault.PacketFormat, packet)
	if err != nil {
		return nil, err
	}
	return e.Encode()
}

// SealedKDF returns the key parameters of a sealed packet file: derive the
// key from them and the passphrase, then Unseal.
func SealedKDF(file []byte) (vault.KDF, error) {
	e, err := vault.Decode(file, vault.PacketFormat)
	if err != nil {
		return vault.KDF{}, err
	}
	return e.KDF, nil
}

// Unseal decrypts a sealed packet file with c, returning the packet's
// bytes for DecodePacket; vault.ErrWrongPassphrase when it does not open.
func Unseal(c vault.Cipher, file []byte) ([]byte, error) {
	e, err := vault.Decode(file, vault.PacketFormat)
	if err != nil {
		return nil, err
	}
	return e.Open(c)
}
