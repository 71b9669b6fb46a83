package register

import (
	"bytes"
	"encoding/csv"
	"strings"

	"breachdesk/app/catalog"
)

// BOM is the UTF-8 byte order mark the CSV starts with: without it, Excel
// reads a CSV file in the system's code page (Shift_JIS in Japan) and shows
// Japanese as garbage.
const BOM = "\xef\xbb\xbf"

// CSV writes the register: the BOM, a header row in lang, then one record per
// row, lines ended by CRLF (as Excel writes them). A cell that a spreadsheet
// would take for a formula (starting with =, +, -, @, a tab or a carriage
// return) is written with a leading apostrophe, so that opening the file
// runs nothing (CSV injection).
func CSV(s *Spec, rows []Row, l catalog.Lang) []byte {
	var b bytes.Buffer
	b.WriteString(BOM)
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	rec := make([]string, len(s.Columns))
	for i, c := range s.Columns {
		rec[i] = c.Header(l)
	}
	_ = w.Write(rec) // a bytes.Buffer does not fail
	for _, r := range rows {
		for i, c := range s.Columns {
			rec[i] = disarm(r.Cells[c.ID])
		}
		_ = w.Write(rec)
	}
	w.Flush()
	return b.Bytes()
}

func disarm(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// FileName is the CSV's file name for the date (YYYY-MM-DD).
func FileName(date string) string { return "breach-register-" + date + ".csv" }
