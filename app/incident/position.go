package incident

import (
	"cmp"
	"slices"
)

// locate fills in Line and Column of the problems that have an offset in file,
// in one pass over the file.
func locate(file []byte, ps Problems) {
	order := make([]int, 0, len(ps))
	for i, p := range ps {
		if p.Offset >= 0 && p.Offset <= int64(len(file)) {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(ps[a].Offset, ps[b].Offset) })
	line, column, at := 1, 1, 0
	for _, i := range order {
		for off := int(ps[i].Offset); at < off; at++ {
			switch c := file[at]; {
			case c == '\n':
				line, column = line+1, 1
			case c&0xC0 != 0x80: // not a UTF-8 continuation byte: a new character
				column++
			}
		}
		ps[i].Line, ps[i].Column = line, column
	}
}
