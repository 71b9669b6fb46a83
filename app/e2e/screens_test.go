//go:build e2e

package e2e

import (
	"os"
	"testing"
)

// TestScreens renders every page in both languages at desktop size and saves
// a screenshot of each in the folder SCREENS names (to be looked at, and for
// the README): see screensEveryPage in screens_pages_test.go. Without SCREENS
// it has nothing of its own to check, and is skipped: TestScreensPhone walks
// the same pages with the same incident, checking each for a phone and with
// axe, and TestA11yEveryPage checks every page at desktop size (the walk
// cost the suite ~45 CPU-seconds on the 2-core machine).
func TestScreens(t *testing.T) {
	parallel(t)
	if os.Getenv("SCREENS") == "" {
		t.Skip("SCREENS names no folder for the screenshots; TestScreensPhone and TestA11yEveryPage check these pages")
	}
	screensEveryPage(t)
}
