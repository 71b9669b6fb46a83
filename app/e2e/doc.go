// Package e2e holds Breach Desk's end-to-end tests: the generated site, served
// in-process, driven in Debian's Chromium with chromedp, every request going
// through a recording proxy that is the browser's only network. They build
// with the tag e2e and need the sites `make test-e2e` generates:
//
//	E2E_SITES=build/e2e go test -tags e2e ./app/e2e
package e2e
