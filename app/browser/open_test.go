//go:build js && wasm

package browser

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hack-pad/safejs"
)

// TestOpenWithNoAnswer: an open that the browser does not answer (here, an
// upgrade that another connection blocks by never closing, as a page left in
// the middle of its own open can) ends at the deadline with ErrNoAnswer and a
// message telling the user what to do; when the browser answers later, the
// upgrade still creates the stores and the late connection is closed, so it
// does not hold the database against the next deletion or open.
func TestOpenWithNoAnswer(t *testing.T) {
	name := fmt.Sprintf("breachdesk-noanswer-%d", time.Now().UnixNano())
	long, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// A connection at version 1 that does not close on versionchange.
	holder, err := openRequest(long, name, 1, func(safejs.Value) {})
	if err != nil {
		t.Fatal(err)
	}
	short, cancelShort := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancelShort()
	start := time.Now()
	_, err = openDB(short, name, 2, "later")
	if !errors.Is(err, ErrNoAnswer) {
		t.Fatalf("open blocked by a connection that never closes: %v, want ErrNoAnswer", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("the open returned after %v, not at its deadline", d)
	}
	for _, lang := range []string{"ja", "en"} {
		if msg := Text(err, lang); !strings.Contains(msg, "Breach Desk") || strings.Contains(msg, "context") {
			t.Errorf("%s message: %q", lang, msg)
		}
	}
	// The holder goes away: the abandoned request upgrades and opens late.
	if _, err := holder.Call("close"); err != nil {
		t.Fatal(err)
	}
	// Its connection was closed at once: deleting the database is not blocked.
	del, cancelDel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancelDel()
	reopened, err := openDB(long, name, 2)
	if err != nil {
		t.Fatalf("open after the holder closed: %v", err)
	}
	names, _ := reopened.db.Get("objectStoreNames")
	if has, _ := names.Call("contains", "later"); !isTrue(has) {
		t.Error("the late upgrade did not create its store")
	}
	reopened.Close()
	if err := deleteDB(del, name); err != nil {
		t.Fatalf("deleting after the late open: %v (the late connection was left open)", err)
	}
}

func isTrue(v safejs.Value) bool {
	b, err := v.Bool()
	return err == nil && b
}
