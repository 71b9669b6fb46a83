package incident

import (
	"reflect"
	"strings"
	"sync"
	"time"
)

// shape is what the JSON form of a Go type looks like, derived once by reflection
// from the types in incident.go, so that the file scanner can name the field and
// the expected kind of value when a file does not fit.
type shape struct {
	kind   shapeKind
	fields []*field       // object: struct fields, by JSON name
	byName map[string]int // object: exact JSON name → index in fields
	byLow  map[string]int // object: ASCII-lower JSON name → index (goccy matches keys this way)
	elem   *shape         // list and map: the element
	max    int            // list and map: most elements allowed
	bits   int            // int and uint: size
	raw    bool           // list: record each element's span (export envelopes)
}

type field struct {
	name  string
	shape *shape
}

type shapeKind int

const (
	anyShape shapeKind = iota
	objectShape
	mapShape
	listShape
	stringShape
	intShape
	uintShape
	floatShape
	boolShape
	timeShape
)

var timeType = reflect.TypeFor[time.Time]()

// shapeOf derives the shape of t; path is the dotted field path without indices,
// used to look up listLimits.
func shapeOf(t reflect.Type, path string) *shape {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == timeType {
		return &shape{kind: timeShape}
	}
	switch t.Kind() {
	case reflect.String:
		return &shape{kind: stringShape}
	case reflect.Bool:
		return &shape{kind: boolShape}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &shape{kind: intShape, bits: t.Bits()}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &shape{kind: uintShape, bits: t.Bits()}
	case reflect.Float32, reflect.Float64:
		return &shape{kind: floatShape, bits: t.Bits()}
	case reflect.Slice:
		return &shape{kind: listShape, elem: shapeOf(t.Elem(), path), max: limitOf(path)}
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			panic("incident: shapeOf: map keys must be strings: " + t.String())
		}
		return &shape{kind: mapShape, elem: shapeOf(t.Elem(), path), max: limitOf(path)}
	case reflect.Struct:
		s := &shape{kind: objectShape, byName: map[string]int{}, byLow: map[string]int{}}
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			sub := name
			if path != "" {
				sub = path + "." + name
			}
			s.byName[name] = len(s.fields)
			s.byLow[asciiLower(name)] = len(s.fields)
			s.fields = append(s.fields, &field{name: name, shape: shapeOf(f.Type, sub)})
		}
		if len(s.fields) > 64 {
			panic("incident: shapeOf: more than 64 fields in " + t.String())
		}
		return s
	}
	return &shape{kind: anyShape}
}

func limitOf(path string) int {
	if n, ok := listLimits()[path]; ok {
		return n
	}
	return MaxListItems
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// lookup finds the field for a key as goccy would: exact name first, then ASCII case-insensitively.
func (s *shape) lookup(key string) (int, bool) {
	if i, ok := s.byName[key]; ok {
		return i, true
	}
	i, ok := s.byLow[asciiLower(key)]
	return i, ok
}

var incidentShape = sync.OnceValue(func() *shape {
	return shapeOf(reflect.TypeFor[Incident](), "")
})

// describe names what a shape expects, as a key of valueKinds (messages.go).
func (s *shape) describe() string {
	switch s.kind {
	case objectShape, mapShape:
		return "object"
	case listShape:
		return "list"
	case stringShape:
		return "text"
	case intShape, uintShape:
		return "integer"
	case floatShape:
		return "number"
	case boolShape:
		return "bool"
	case timeShape:
		return "datetime"
	}
	return "value"
}
