//go:build !(js && wasm)

package browser

// File is a file the user picked; outside a browser there is none.
type File struct {
	Name string
	Size int64
	Type string
}

// FileFromInput reports ErrNoBrowser outside a browser.
func FileFromInput(string) (File, error) { return File{}, ErrNoBrowser }

// TakeFile reports ErrNoBrowser outside a browser.
func TakeFile() (File, error) { return File{}, ErrNoBrowser }

// ReadFile reports ErrNoBrowser outside a browser.
func ReadFile(File, int64) ([]byte, error) { return nil, ErrNoBrowser }

// Download reports ErrNoBrowser outside a browser.
func Download(string, string, []byte) error { return ErrNoBrowser }
