//go:build js && wasm

package browser

import (
	"bytes"
	"errors"
	"testing"

	"github.com/hack-pad/safejs"
)

// newJSFile makes a JavaScript File holding data.
func newJSFile(t *testing.T, name string, data []byte) safejs.Value {
	t.Helper()
	arr, err := toUint8Array(data)
	if err != nil {
		t.Fatal(err)
	}
	ctor, _ := global("File")
	f, err := ctor.New([]any{arr}, name, map[string]any{"type": "application/json"})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestReadFile(t *testing.T) {
	data := []byte(`{"format":"breachdesk-export","schema":1,"incidents":[]}`)
	g := safejs.Global()

	// handed over as a File, as a FileList-like input and as an event
	for _, tc := range []struct {
		name string
		wrap func(safejs.Value) safejs.Value
	}{
		{"file", func(f safejs.Value) safejs.Value { return f }},
		{"input event", func(f safejs.Value) safejs.Value {
			dt, _ := global("DataTransfer")
			d, _ := dt.New()
			items, _ := d.Get("items")
			_, _ = items.Call("add", f)
			doc, _ := global("document")
			in, _ := doc.Call("createElement", "input")
			_ = in.Set("type", "file")
			files, _ := d.Get("files")
			_ = in.Set("files", files)
			ev, _ := global("Event")
			e, _ := ev.New("change")
			body, _ := doc.Get("body")
			_, _ = body.Call("appendChild", in)
			holder := make(chan safejs.Value, 1)
			fn, _ := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any { holder <- args[0]; return nil })
			_, _ = in.Call("addEventListener", "change", fn.Value())
			_, _ = in.Call("dispatchEvent", e)
			fn.Release()
			return <-holder
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := g.Set(FileHandoff, tc.wrap(newJSFile(t, "export.json", data))); err != nil {
				t.Fatal(err)
			}
			f, err := TakeFile()
			if err != nil {
				t.Fatal(err)
			}
			if v, _ := g.Get(FileHandoff); !v.IsUndefined() {
				t.Fatal("the handoff global was not deleted")
			}
			if f.Name != "export.json" || f.Size != int64(len(data)) || f.Type != "application/json" {
				t.Fatalf("file %+v", f)
			}
			got, err := ReadFile(f, 1<<20)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("ReadFile: %q %v", got, err)
			}
			var big *FileTooLargeError
			_, err = ReadFile(f, 10)
			if !errors.As(err, &big) || big.Size != int64(len(data)) {
				t.Fatalf("limit: %v", err)
			}
			if ja := Text(err, "ja"); ja == err.Error() || !bytes.Contains([]byte(ja), []byte("export.json")) {
				t.Fatalf("text %q", ja)
			}
		})
	}
	if _, err := TakeFile(); !errors.Is(err, ErrNoFile) {
		t.Fatalf("nothing handed over: %v", err)
	}
	_ = g.Set(FileHandoff, "not a file")
	if _, err := TakeFile(); !errors.Is(err, ErrNoFile) {
		t.Fatalf("a string: %v", err)
	}
}

func TestFileFromInput(t *testing.T) {
	doc, _ := global("document")
	in, _ := doc.Call("createElement", "input")
	_ = in.Set("type", "file")
	_ = in.Set("id", "import-file")
	body, _ := doc.Get("body")
	_, _ = body.Call("appendChild", in)
	defer func() { _, _ = in.Call("remove") }()
	if _, err := FileFromInput("import-file"); !errors.Is(err, ErrNoFile) {
		t.Fatalf("empty input: %v", err)
	}
	dt, _ := global("DataTransfer")
	d, _ := dt.New()
	items, _ := d.Get("items")
	_, _ = items.Call("add", newJSFile(t, "a.json", []byte("{}")))
	files, _ := d.Get("files")
	_ = in.Set("files", files)
	f, err := FileFromInput("import-file")
	if err != nil || f.Name != "a.json" {
		t.Fatalf("%+v %v", f, err)
	}
	if _, err := FileFromInput("no-such-input"); !errors.Is(err, ErrNoFile) {
		t.Fatalf("missing input: %v", err)
	}
}

func TestDownload(t *testing.T) {
	if err := Download("breachdesk-export.json", "application/json", []byte(`{"a":1}`)); err != nil {
		t.Fatal(err)
	}
	if err := Download("", "text/plain", nil); err == nil {
		t.Fatal("no name accepted")
	}
}

// TestCopyText: headless Chromium usually refuses navigator.clipboard (no focus
// or permission); CopyText then falls back to execCommand, and if that fails
// too it returns ErrClipboard, never another error or a panic.
func TestCopyText(t *testing.T) {
	err := CopyText("速報 to PPC: due 11/27 17:00 JST")
	if err != nil && !errors.Is(err, ErrClipboard) {
		t.Fatalf("CopyText: %v", err)
	}
	t.Logf("CopyText in headless Chromium: %v", err)
}

func TestChannel(t *testing.T) {
	a, err := NewChannel("breachdesk-test")
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := NewChannel("breachdesk-test")
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan []byte, 4)
	if err := b.OnMessage(func(m []byte) { got <- m }); err != nil {
		t.Fatal(err)
	}
	own := make(chan []byte, 4)
	_ = a.OnMessage(func(m []byte) { own <- m })
	if err := a.Post([]byte(`{"saved":"inc-1","rev":3}`)); err != nil {
		t.Fatal(err)
	}
	if m := <-got; string(m) != `{"saved":"inc-1","rev":3}` {
		t.Fatalf("got %q", m)
	}
	select {
	case m := <-own:
		t.Fatalf("the sender got its own message %q", m)
	default:
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal("second Close:", err)
	}
	if err := b.Post(nil); !errors.Is(err, ErrClosed) {
		t.Fatalf("Post after Close: %v", err)
	}
}

func TestOnPageHide(t *testing.T) {
	n, left := 0, false
	release, err := OnPageHide(func(leaving bool) { n++; left = leaving })
	if err != nil {
		t.Fatal(err)
	}
	ev, _ := global("Event")
	e, _ := ev.New("pagehide")
	_, _ = safejs.Global().Call("dispatchEvent", e)
	release()
	_, _ = safejs.Global().Call("dispatchEvent", e)
	if n != 1 || !left {
		t.Fatalf("called %d times (leaving %v), want once, leaving", n, left)
	}
}
