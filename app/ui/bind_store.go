package ui

import (
	"context"
	"errors"
	"fmt"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/desk"
	"breachdesk/app/vault"
)

// channelName is the BroadcastChannel on which tabs of Breach Desk tell each
// other what they wrote. Messages carry ids and an operation, never facts.
const channelName = "breachdesk.desk"

// openDeadline bounds the wait for IndexedDB to open the desk's database.
// Opening takes milliseconds; a browser that has not answered by then is held
// by something else (a page left in the middle of its own open or deletion),
// and the pages say so, with a reload, instead of "loading" for ever.
const openDeadline = 20 * time.Second

// openStore opens IndexedDB for the desk.
func openStore() (desk.Store, error) {
	ctx, cancel := context.WithTimeout(context.Background(), openDeadline)
	defer cancel()
	s, err := browser.OpenStore(ctx)
	if err != nil {
		return nil, err
	}
	return browserStore{s}, nil
}

// openTabs opens the channel to the other tabs; nil when there is none (the
// check before each write still sees another tab's change).
func openTabs() desk.Tabs {
	ch, err := browser.NewChannel(channelName)
	if err != nil {
		return nil
	}
	return ch
}

// webKeys derives keys with WebCrypto: non-extractable AES-GCM keys.
type webKeys struct{}

func (webKeys) New(passphrase string) (vault.Cipher, error) {
	k, err := browser.NewKey(passphrase)
	if err != nil {
		return nil, err
	}
	return k, nil
}

func (webKeys) Derive(passphrase string, kdf vault.KDF) (vault.Cipher, error) {
	k, err := browser.DeriveKey(passphrase, kdf)
	if err != nil {
		return nil, err
	}
	return k, nil
}

// browserStore is IndexedDB as the desk's Store: browser.Store, with its
// errors told as the desk's (and still matching the browser's, whose texts
// the pages show).
type browserStore struct{ s *browser.Store }

// deskErr maps the browser's errors onto the desk's.
func deskErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, browser.ErrNotFound):
		return fmt.Errorf("%w: %w", desk.ErrNotFound, err)
	case errors.Is(err, browser.ErrQuotaExceeded):
		return fmt.Errorf("%w: %w", desk.ErrFull, err)
	case errors.Is(err, browser.ErrAborted):
		return fmt.Errorf("%w: %w", desk.ErrInterrupted, err)
	}
	return err
}

func (b browserStore) List() ([]desk.Record, error) {
	recs, err := b.s.List()
	out := make([]desk.Record, len(recs))
	for i, r := range recs {
		out[i] = desk.Record{ID: r.ID, Data: r.Data, UpdatedAt: r.UpdatedAt}
	}
	return out, deskErr(err)
}

func (b browserStore) Get(id string) ([]byte, error) {
	d, err := b.s.Get(id)
	return d, deskErr(err)
}

func (b browserStore) Put(id string, data []byte) error { return deskErr(b.s.Put(id, data)) }
func (b browserStore) PutNoWait(id string, data []byte) error {
	return deskErr(b.s.PutNoWait(id, data))
}
func (b browserStore) Delete(id string) error { return deskErr(b.s.Delete(id)) }

func (b browserStore) Apply(batch desk.Batch) error {
	return deskErr(b.s.Apply(browser.Batch{Incidents: batch.Incidents, DeleteIncident: batch.DeleteIncident,
		Settings: batch.Settings, Meta: batch.Meta}))
}

func (b browserStore) Setting(name string) ([]byte, error) {
	d, err := b.s.Setting(name)
	return d, deskErr(err)
}

func (b browserStore) PutSetting(name string, data []byte) error {
	return deskErr(b.s.PutSetting(name, data))
}

func (b browserStore) PutSettingNoWait(name string, data []byte) error {
	return deskErr(b.s.PutSettingNoWait(name, data))
}

func (b browserStore) Meta(name string) ([]byte, error) {
	d, err := b.s.Meta(name)
	return d, deskErr(err)
}

func (b browserStore) PutMeta(name string, data []byte) error {
	return deskErr(b.s.PutMeta(name, data))
}

func (b browserStore) PutMetaNoWait(name string, data []byte) error {
	return deskErr(b.s.PutMetaNoWait(name, data))
}

func (b browserStore) Interrupt() { b.s.Interrupt() }
