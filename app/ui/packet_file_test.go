package ui

import (
	"strings"
	"testing"

	"breachdesk/app/catalog"
)

// The packet saved for printing is one page: the packet as the browser
// serialized it, the styles inline (a "</style>" in them cannot end the
// element), the title escaped, the language set.
func TestPacketFile(t *testing.T) {
	got := packetFile(catalog.EN, `Leak <x> & "y" — packet`, "@page bd-paper { size: A4 }\n.a::after { content: \"</style><script>\" }",
		`<article id="packet" lang="en"><h2>Deadlines</h2></article>`)
	for _, want := range []string{
		"<!doctype html>", `<html lang="en">`, `<meta charset="utf-8">`,
		"<title>Leak &lt;x&gt; &amp; &#34;y&#34; — packet</title>",
		"@page bd-paper { size: A4 }", `content: "<\/style><script>"`,
		`<div class="bd-app"><main class="bd-main"><article id="packet" lang="en"><h2>Deadlines</h2></article></main></div>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if strings.Count(got, "</style>") != 1 {
		t.Errorf("the styles can end the style element early:\n%s", got)
	}
}
