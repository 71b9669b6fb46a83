package docx

import (
	"encoding/binary"
	"hash/crc32"
	"io"
	"time"
)

// zipFile is one entry of the archive.
type zipFile struct{ name, body string }

// writeZip writes files as a zip archive of stored (uncompressed) entries,
// which the Open Packaging Conventions allow beside deflated ones. Storing
// keeps a compressor out of the WebAssembly build (archive/zip links
// compress/flate's: measured +60 KB gzip); the files stay small (a letter's
// parts are some 40 KB) and the browser's download does not care.
func writeZip(w io.Writer, files []zipFile, mod time.Time) error {
	dosTime := uint16(mod.Hour()<<11 | mod.Minute()<<5 | mod.Second()/2)
	dosDate := uint16((mod.Year()-1980)<<9 | int(mod.Month())<<5 | mod.Day())
	le := binary.LittleEndian
	var central []byte
	offset := uint32(0)
	for _, f := range files {
		crc := crc32.ChecksumIEEE([]byte(f.body))
		size := uint32(len(f.body))
		h := make([]byte, 30, 30+len(f.name))
		le.PutUint32(h[0:], 0x04034b50) // local file header
		le.PutUint16(h[4:], 20)         // version needed: 2.0
		le.PutUint16(h[6:], 0x0800)     // flags: the name is UTF-8
		le.PutUint16(h[8:], 0)          // method: stored
		le.PutUint16(h[10:], dosTime)
		le.PutUint16(h[12:], dosDate)
		le.PutUint32(h[14:], crc)
		le.PutUint32(h[18:], size) // compressed size
		le.PutUint32(h[22:], size) // uncompressed size
		le.PutUint16(h[26:], uint16(len(f.name)))
		le.PutUint16(h[28:], 0) // extra field length
		h = append(h, f.name...)
		if _, err := w.Write(h); err != nil {
			return err
		}
		if _, err := io.WriteString(w, f.body); err != nil {
			return err
		}
		c := make([]byte, 46, 46+len(f.name))
		le.PutUint32(c[0:], 0x02014b50) // central directory header
		le.PutUint16(c[4:], 20)         // made by: 2.0, MS-DOS
		le.PutUint16(c[6:], 20)
		le.PutUint16(c[8:], 0x0800)
		le.PutUint16(c[10:], 0)
		le.PutUint16(c[12:], dosTime)
		le.PutUint16(c[14:], dosDate)
		le.PutUint32(c[16:], crc)
		le.PutUint32(c[20:], size)
		le.PutUint32(c[24:], size)
		le.PutUint16(c[28:], uint16(len(f.name)))
		// extra, comment, disk, internal and external attributes: 0
		le.PutUint32(c[42:], offset)
		central = append(central, append(c, f.name...)...)
		offset += uint32(len(h)) + size
	}
	end := make([]byte, 22)
	le.PutUint32(end[0:], 0x06054b50) // end of central directory
	le.PutUint16(end[8:], uint16(len(files)))
	le.PutUint16(end[10:], uint16(len(files)))
	le.PutUint32(end[12:], uint32(len(central)))
	le.PutUint32(end[16:], offset)
	if _, err := w.Write(central); err != nil {
		return err
	}
	_, err := w.Write(end)
	return err
}
