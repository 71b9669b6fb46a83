//go:build js && wasm

package browser

import (
	"errors"

	"github.com/hack-pad/safejs"
)

// File is a file the user picked (a JavaScript File). Its bytes are read only by
// ReadFile, after its size was checked.
type File struct {
	Name string
	Size int64
	Type string // MIME type as the browser guessed it, may be ""
	v    safejs.Value
}

// FileFromInput returns the first file chosen in the <input type=file> with
// the given id, or ErrNoFile.
func FileFromInput(id string) (File, error) {
	doc, err := global("document")
	if err != nil {
		return File{}, err
	}
	el, err := call(doc, "getElementById", id)
	if err != nil {
		return File{}, err
	}
	return fileFrom(el)
}

// TakeFile returns the file handed over in the global FileHandoff (see there)
// and deletes the global. It does not block: call it in the event handler.
func TakeFile() (File, error) {
	g := safejs.Global()
	v, err := g.Get(FileHandoff)
	if err != nil {
		return File{}, err
	}
	_ = g.Delete(FileHandoff)
	return fileFrom(v)
}

// fileFrom finds a File in v: a File, a FileList, an input, an event.
func fileFrom(v safejs.Value) (File, error) {
	for depth := 0; depth < 4; depth++ {
		if v.IsUndefined() || v.IsNull() {
			return File{}, ErrNoFile
		}
		if f, ok := asFile(v); ok {
			return f, nil
		}
		switch {
		case has(v, "item") && has(v, "length"): // FileList
			v, _ = v.Index(0)
		case has(v, "files"): // input, DataTransfer
			v, _ = v.Get("files")
		case has(v, "dataTransfer"): // DragEvent
			v, _ = v.Get("dataTransfer")
		case has(v, "target"): // Event
			v, _ = v.Get("target")
		default:
			return File{}, ErrNoFile
		}
	}
	return File{}, ErrNoFile
}

func has(v safejs.Value, prop string) bool {
	p, err := v.Get(prop)
	return err == nil && !p.IsUndefined() && !p.IsNull()
}

func asFile(v safejs.Value) (File, bool) {
	ctor, err := global("Blob")
	if err != nil {
		return File{}, false
	}
	if ok, _ := v.InstanceOf(ctor); !ok {
		return File{}, false
	}
	f := File{v: v}
	if n, err := v.Get("name"); err == nil && n.Type() == safejs.TypeString {
		f.Name, _ = n.String()
	}
	if t, err := v.Get("type"); err == nil {
		f.Type, _ = t.String()
	}
	if s, err := v.Get("size"); err == nil {
		size, _ := s.Float()
		f.Size = int64(size)
	}
	return f, true
}

// ReadFile reads the file's bytes, refusing with a *FileTooLargeError (before
// reading anything) a file larger than limit. Blocks.
func ReadFile(f File, limit int64) ([]byte, error) {
	if f.v.IsUndefined() || f.v.IsNull() {
		return nil, ErrNoFile
	}
	if f.Size > limit {
		return nil, &FileTooLargeError{Name: f.Name, Size: f.Size, Limit: limit}
	}
	buf, err := awaitCall(f.v, "arrayBuffer")
	if err != nil {
		return nil, err
	}
	b, err := fromBytes(buf)
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit { // the file changed on disk since it was picked
		return nil, &FileTooLargeError{Name: f.Name, Size: int64(len(b)), Limit: limit}
	}
	return b, nil
}

// Download offers data as a file named name (Blob, object URL and a click on an
// <a download>, which go-app's link handler leaves alone). The object URL is
// revoked a minute later, once the browser has taken the bytes.
func Download(name, mime string, data []byte) error {
	if name == "" {
		return errors.New("browser: Download without a file name")
	}
	arr, err := toUint8Array(data)
	if err != nil {
		return err
	}
	blobCtor, err := global("Blob")
	if err != nil {
		return err
	}
	blob, err := blobCtor.New([]any{arr}, map[string]any{"type": mime})
	if err != nil {
		return jsErr(err)
	}
	url, err := global("URL")
	if err != nil {
		return err
	}
	href, err := call(url, "createObjectURL", blob)
	if err != nil {
		return err
	}
	revoke := func() { _, _ = url.Call("revokeObjectURL", href) }
	doc, err := global("document")
	if err != nil {
		revoke()
		return err
	}
	a, err := call(doc, "createElement", "a")
	if err != nil {
		revoke()
		return err
	}
	if err := errors.Join(a.Set("href", href), a.Set("download", name), a.Set("rel", "noopener")); err != nil {
		revoke()
		return jsErr(err)
	}
	body, err := path(doc, "body")
	attached := err == nil
	if attached {
		_, _ = body.Call("appendChild", a)
	}
	_, err = call(a, "click")
	if attached {
		_, _ = a.Call("remove")
	}
	if err != nil {
		revoke()
		return err
	}
	if setTimeout, e := global("setTimeout"); e == nil {
		revokeFn, e := url.Get("revokeObjectURL")
		bound, e2 := revokeFn.Call("bind", url)
		if e == nil && e2 == nil {
			_, _ = setTimeout.Invoke(bound, 60_000, href)
			return nil
		}
	}
	revoke()
	return nil
}
