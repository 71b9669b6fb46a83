package browser

// The device key signs the change log of this browser (app/oplog): an ECDSA
// P-256 key made by WebCrypto, not extractable (the private key never
// reaches Go or JavaScript code), kept as a CryptoKey in an IndexedDB
// database of its own, DeviceDBName, so that the incidents' database and its
// version stay as they are. WipeAll deletes it with the rest.
const (
	DeviceDBName    = "breachdesk-device"
	DeviceDBVersion = 1
	StoreDeviceKeys = "keys" // key: "device"; priv: CryptoKey (ECDSA P-256, sign); pub: Uint8Array (raw point)
	deviceKeyName   = "device"
)
