//go:build e2e

package e2e

import "testing"

// TestScreens renders every page in both languages and, when SCREENS names a
// folder, saves a screenshot of each there (to be looked at): see
// screensEveryPage in screens_pages_test.go.
func TestScreens(t *testing.T) {
	parallel(t)
	screensEveryPage(t)
}
