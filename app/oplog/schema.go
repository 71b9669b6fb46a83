package oplog

import (
	"encoding"
	"reflect"
	"strings"
	"sync"

	"breachdesk/app/incident"
)

// node says how Diff walks one place of an incident's JSON form, derived
// once by reflection from incident.Incident, so that a field the lead adds
// to the model is diffed without a change here.
type node struct {
	kind      nodeKind
	omitEmpty bool             // the stored form leaves the value out when empty
	fields    map[string]*node // record: by JSON name
	elem      *node            // map, keyed list: the value of an entry or element
}

type nodeKind int

const (
	leaf   nodeKind = iota // compared and written whole
	record                 // a struct: its fields are diffed one by one
	dict                   // a map: its entries are named by key
	idList                 // a list of structs with a string "id": elements named by id
)

// atomicTypes are structs written whole although they have fields: a
// count's number makes no sense without its "known" and "approx" beside it,
// a statement's text without who made it and when, an edited paragraph's
// text without the generated text it was edited from. A merge must never
// mix the halves of two people's versions of one of these.
var atomicTypes = map[reflect.Type]bool{
	reflect.TypeFor[incident.Count]():         true,
	reflect.TypeFor[incident.Statement]():     true,
	reflect.TypeFor[incident.ParagraphEdit](): true,
}

var textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()

// schema is the node of the whole incident.
var schema = sync.OnceValue(func() *node { return nodeOf(reflect.TypeFor[incident.Incident]()) })

func nodeOf(t reflect.Type) *node {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if atomicTypes[t] || t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler) {
		return &node{kind: leaf}
	}
	switch t.Kind() {
	case reflect.Map:
		return &node{kind: dict, elem: nodeOf(t.Elem())}
	case reflect.Slice:
		if e := t.Elem(); e.Kind() == reflect.Struct && !atomicTypes[e] && hasStringID(e) {
			return &node{kind: idList, elem: nodeOf(e)}
		}
	case reflect.Struct:
		n := &node{kind: record, fields: map[string]*node{}}
		for i := range t.NumField() {
			f := t.Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			c := nodeOf(f.Type)
			c.omitEmpty = strings.Contains(","+opts+",", ",omitempty,")
			n.fields[name] = c
		}
		return n
	}
	return &node{kind: leaf}
}

func hasStringID(t reflect.Type) bool {
	for i := range t.NumField() {
		f := t.Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name == "id" && f.Type.Kind() == reflect.String {
			return true
		}
	}
	return false
}

// child is the node of a field or entry below n; a leaf when n does not know it.
func (n *node) child(seg segment) *node {
	switch {
	case n == nil:
		return nil
	case n.kind == record && !seg.keyed:
		return n.fields[seg.name]
	case (n.kind == dict || n.kind == idList) && seg.keyed:
		return n.elem
	}
	return nil
}

// names holds the JSON names of the incident's fields, so that reading a
// key does not allocate it again (its string is shared).
var names = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	var walk func(n *node)
	walk = func(n *node) {
		if n == nil {
			return
		}
		for k, f := range n.fields {
			m[k] = k
			walk(f)
		}
		walk(n.elem)
	}
	walk(schema())
	for _, k := range []string{"known", "n", "approx", "text", "by", "at", "base", "editedAt"} {
		m[k] = k
	}
	return m
})
