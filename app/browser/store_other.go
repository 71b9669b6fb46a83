//go:build !(js && wasm)

package browser

import "context"

// Store is the IndexedDB database; outside a browser it cannot be opened.
type Store struct{}

// OpenStore reports ErrNoBrowser outside a browser.
func OpenStore(context.Context) (*Store, error) { return nil, ErrNoBrowser }

// Close does nothing outside a browser.
func (s *Store) Close() {}

// Put reports ErrNoBrowser outside a browser.
func (s *Store) Put(string, []byte) error { return ErrNoBrowser }

// PutNoWait reports ErrNoBrowser outside a browser.
func (s *Store) PutNoWait(string, []byte) error { return ErrNoBrowser }

// PutSettingNoWait reports ErrNoBrowser outside a browser.
func (s *Store) PutSettingNoWait(string, []byte) error { return ErrNoBrowser }

// PutMetaNoWait reports ErrNoBrowser outside a browser.
func (s *Store) PutMetaNoWait(string, []byte) error { return ErrNoBrowser }

// Interrupt does nothing outside a browser.
func (s *Store) Interrupt() {}

// PutMany reports ErrNoBrowser outside a browser.
func (s *Store) PutMany(map[string][]byte) error { return ErrNoBrowser }

// Apply reports ErrNoBrowser outside a browser.
func (s *Store) Apply(Batch) error { return ErrNoBrowser }

// Get reports ErrNoBrowser outside a browser.
func (s *Store) Get(string) ([]byte, error) { return nil, ErrNoBrowser }

// Record reports ErrNoBrowser outside a browser.
func (s *Store) Record(string) (Record, error) { return Record{}, ErrNoBrowser }

// List reports ErrNoBrowser outside a browser.
func (s *Store) List() ([]Record, error) { return nil, ErrNoBrowser }

// Delete reports ErrNoBrowser outside a browser.
func (s *Store) Delete(string) error { return ErrNoBrowser }

// Setting reports ErrNoBrowser outside a browser.
func (s *Store) Setting(string) ([]byte, error) { return nil, ErrNoBrowser }

// PutSetting reports ErrNoBrowser outside a browser.
func (s *Store) PutSetting(string, []byte) error { return ErrNoBrowser }

// Meta reports ErrNoBrowser outside a browser.
func (s *Store) Meta(string) ([]byte, error) { return nil, ErrNoBrowser }

// PutMeta reports ErrNoBrowser outside a browser.
func (s *Store) PutMeta(string, []byte) error { return ErrNoBrowser }
