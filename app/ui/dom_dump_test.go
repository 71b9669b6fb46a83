//go:build !js

package ui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dumpUI writes the tree a render function returns as go-app will mount it:
// each element's tag, its attributes (sorted by name), the events it
// listens to (with the handler's name when it is a method value, "func"
// for a closure), its text and children; a component is rendered where it
// stands (its Render called on the fields its parent gave it). Two ways of
// writing the same markup (a typed builder chain, or el with attribute
// pairs) dump the same, whichever go-app type holds the element: this is
// what TestDOMUnchanged compares.
func dumpUI(w *strings.Builder, v app.UI, depth int) {
	ind := strings.Repeat("  ", depth)
	switch x := v.(type) {
	case nil:
		return
	case app.HTML:
		e := reflect.ValueOf(x).Elem().FieldByName("htmlElement")
		fmt.Fprintf(w, "%s<%s", ind, x.Tag())
		if ns := x.XMLNamespace(); ns != "" {
			fmt.Fprintf(w, " xmlns=%q", ns)
		}
		attrs := e.FieldByName("attributes")
		names := make([]string, 0, attrs.Len())
		for _, k := range attrs.MapKeys() {
			names = append(names, k.String())
		}
		slices.Sort(names)
		for _, n := range names {
			fmt.Fprintf(w, " %s=%q", n, attrs.MapIndex(reflect.ValueOf(n).Convert(attrs.Type().Key())).String())
		}
		evs := e.FieldByName("eventHandlers")
		var events []string
		for _, k := range evs.MapKeys() {
			h := evs.MapIndex(k)
			name := "func"
			if fn := runtime.FuncForPC(h.FieldByName("goHandler").Pointer()); fn != nil && strings.HasSuffix(fn.Name(), "-fm") {
				name = strings.TrimSuffix(fn.Name()[strings.LastIndex(fn.Name(), ".")+1:], "-fm")
			}
			opts := ""
			if s := h.FieldByName("scope").String(); s != "" {
				opts += " scope=" + s
			}
			if h.FieldByName("passive").Bool() {
				opts += " passive"
			}
			events = append(events, fmt.Sprintf("%s:%s%s", k.String(), name, opts))
		}
		slices.Sort(events)
		for _, ev := range events {
			fmt.Fprintf(w, " on%s", ev)
		}
		if x.SelfClosing() {
			w.WriteString(" /")
		}
		w.WriteString(">\n")
		ch := e.FieldByName("children")
		ch = reflect.NewAt(ch.Type(), unsafe.Pointer(ch.UnsafeAddr())).Elem()
		for _, c := range ch.Interface().([]app.UI) {
			dumpUI(w, c, depth+1)
		}
	case app.Composer:
		fmt.Fprintf(w, "%s[%T]\n", ind, x)
		dumpUI(w, x.Render(), depth+1)
	default:
		rv := reflect.ValueOf(x)
		for rv.Kind() == reflect.Pointer {
			rv = rv.Elem()
		}
		switch rv.Type().Name() {
		case "text":
			fmt.Fprintf(w, "%s%q\n", ind, rv.FieldByName("value").String())
		case "raw":
			fmt.Fprintf(w, "%sraw %q\n", ind, rv.FieldByName("value").String())
		default:
			fmt.Fprintf(w, "%s%T %s\n", ind, x, app.HTMLString(x))
		}
	}
}

// domCases renders the app's pages natively with two scenarios' data (one
// in Japanese, one in English), at the scenario's own instant.
func domCases(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, sc := range []struct {
		file string
		l    catalog.Lang
	}{{"01-travel-targeted-email", catalog.JA}, {"10-crossborder-eu-jp-ca", catalog.EN}} {
		inc := scenario(t, sc.file)
		testDesk(t, nil, inc)
		now := inc.UpdatedAt
		{
			l := sc.l
			ip := incidentPage{lang: l, now: now, id: inc.ID}
			pages := []struct {
				name string
				c    app.Composer
			}{
				{"dashboard", &DashboardPage{incidentPage: ip}},
				{"facts", &FactsPage{incidentPage: ip}},
				{"timeline", &TimelinePage{incidentPage: ip}},
				{"checklist", &ChecklistPage{incidentPage: ip}},
				{"drafts", &DraftsPage{incidentPage: ip}},
				{"packet", &PacketPage{incidentPage: ip}},
				{"ledger", &LedgerPage{incidentPage: ip}},
				{"estimate", &EstimatePage{incidentPage: ip}},
				{"wizard", &WizardPage{incidentPage: ip}},
				{"changelog", &ChangeLogPage{incidentPage: ip}},
				{"drills", &DrillsPage{incidentPage: incidentPage{lang: l, now: now}}},
				{"drillroom", &DrillsPage{incidentPage: ip}},
				// An event being edited, another being deleted, the first's evidence open.
				{"timeline-edit", &TimelinePage{incidentPage: ip, editing: inc.Events[0].ID, edit: draftOf(inc.Events[0], inc.Location()),
					confirm: inc.Events[1].ID, attaching: inc.Events[0].ID}},
				// An order being entered under a sector's law: its basis,
				// what it asks for and the provision (F743).
				{"timeline-order", &TimelinePage{incidentPage: ip, addAt: true, add: eventDraft{Kind: string(incident.EvMinistryOrder),
					Precision: "day", At: "2026-06-20", OrderBasis: "sector", OrderKind: "improvement", OrderLaw: "金融商品取引法第51条"}}},
				{"home", &HomePage{lang: l, now: now}},
				{"register", &RegisterPage{lang: l}},
				{"readiness", &ReadinessPage{lang: l}},
				{"about", &AboutPage{lang: l}},
				{"settings", &SettingsPage{lang: l}},
				{"share", &SharePage{incidentPage: ip}},
			}
			for _, pg := range pages {
				var w strings.Builder
				func() {
					defer func() {
						if r := recover(); r != nil {
							fmt.Fprintf(&w, "panic: %v\n", r)
						}
					}()
					dumpUI(&w, pg.c.Render(), 0)
				}()
				out[sc.file[:2]+"-"+pg.name+"-"+string(l)] = maskNow(t, w.String())
			}
		}
	}
	return out
}

// maskNow replaces the device's clock where a page shows it (the packet's
// "as of", the time zone's current time, a new event's time) with NOW, and
// every digit of a text with # (countdowns and "overdue by" move with the
// clock): the markup, attributes and words are compared, not the figures.
func maskNow(t *testing.T, s string) string {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []time.Duration{-time.Minute, 0, time.Minute} {
		now := time.Now().Add(d).In(loc)
		for _, layout := range []string{"2006-01-02 15:04", "2006/01/02 15:04", "2006-01-02T15:04", "01/02 15:04"} {
			s = strings.ReplaceAll(s, now.Format(layout), "NOW")
		}
	}
	s = textDigits.ReplaceAllStringFunc(s, func(line string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '#'
			}
			return r
		}, line)
	})
	// A span leaves out a unit that is zero ("### d" at the hour, else
	// "### d # h"): the smaller unit goes, whatever the time of day.
	return spanUnits.ReplaceAllString(s, "${1}${2}${3}${4}")
}

// spanUnits is the larger unit of a masked span and the smaller one after it.
var spanUnits = regexp.MustCompile(`(#+ d) #+ h|(#+ h) #+ min|(#+日)#+時間|(#+時間)#+分`)

// textDigits is a text's line in a dump.
var textDigits = regexp.MustCompile(`(?m)^ *".*$`)

var updateDOM = flag.Bool("update-dom", false, "rewrite testdata/dom from the pages as they render now")

// The pages render the same tree as when testdata/dom was written: the same
// elements, attributes, events and texts. A change of markup on purpose is
// recorded with -update-dom (and reviewed in the diff); a rewrite of how the
// markup is built (el, tables of descriptors) must leave it unchanged.
func TestDOMUnchanged(t *testing.T) {
	for name, got := range domCases(t) {
		file := filepath.Join("testdata", "dom", name+".txt")
		if *updateDOM {
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s renders differently from %s", name, file)
		}
	}
}

// el's selector sets what go-app's typed builders set: .class (several
// joined with a space), #id, [name=value], then the pairs.
func TestElSelector(t *testing.T) {
	for _, c := range []struct{ got, want app.UI }{
		{el("button[type=button].bd-a.bd-b#x[aria-label=Main menu]", "data-k", "v", "class", "bd-c"),
			app.Button().Type("button").Class("bd-a bd-b").ID("x").Aria("label", "Main menu").DataSet("k", "v").Class("bd-c")},
		{el("p"), app.P()},
		{el("td[colspan=2]#c.n"), app.Td().ColSpan(2).ID("c").Class("n")},
		{void("input[type=checkbox]#box", "value", ""), app.Input().Type("checkbox").ID("box").Value("")},
		{elt("h2.t", "Title"), app.H2().Class("t").Text("Title")},
	} {
		var got, want strings.Builder
		dumpUI(&got, c.got, 0)
		dumpUI(&want, c.want, 0)
		if got.String() != want.String() {
			t.Errorf("el gives\n%s\nwant\n%s", got.String(), want.String())
		}
	}
}
