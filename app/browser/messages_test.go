package browser

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"breachdesk/app/vault"
)

func TestTextEveryError(t *testing.T) {
	for _, c := range catalog {
		wrapped := fmt.Errorf("saving: %w", c.err)
		ja, en := Text(wrapped, "ja"), Text(wrapped, "en")
		if ja == "" || en == "" || ja == en || en == c.err.Error() {
			t.Errorf("%v: %q / %q", c.err, ja, en)
		}
	}
	if Text(nil, "ja") != "" {
		t.Error("Text(nil)")
	}
	big := &FileTooLargeError{Name: "x.json", Size: 50 << 20, Limit: 20 << 20}
	if got := Text(big, "en"); got != `the file "x.json" is too large (50.0 MB; the limit is 20.0 MB)` {
		t.Error(got)
	}
	if got := Text(&vault.Error{Field: "iv", Code: vault.CodeIVSize, Args: []string{"16"}}, "ja"); !strings.HasPrefix(got, "iv: IV は 12 バイト") {
		t.Error(got)
	}
	if got := Text(errors.New("other"), "ja"); got != "other" {
		t.Error(got)
	}
}

func TestJSErrorIs(t *testing.T) {
	q := &JSError{Name: "QuotaExceededError", Message: "full"}
	if !errors.Is(fmt.Errorf("put: %w", q), ErrQuotaExceeded) || errors.Is(q, ErrClosed) {
		t.Fatal("QuotaExceededError")
	}
	if !errors.Is(&JSError{Name: "InvalidStateError"}, ErrClosed) {
		t.Fatal("InvalidStateError")
	}
	if !errors.Is(fmt.Errorf("get: %w", &JSError{Name: "AbortError"}), ErrAborted) || errors.Is(q, ErrAborted) {
		t.Fatal("AbortError")
	}
	if q.Error() != "QuotaExceededError: full" || jsErrorName(fmt.Errorf("x: %w", q)) != "QuotaExceededError" {
		t.Fatal(q.Error())
	}
}
