package rules

import (
	"testing"
)

func TestDefaultLoads(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatalf("the embedded checklists do not validate:\n%v", err)
	}
	if s.Jurisdiction("JP") == nil {
		t.Fatal("no JP jurisdiction")
	}
}
