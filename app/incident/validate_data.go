package incident

import (
	"strconv"
)

func (v *validator) data(d *Data) {
	known(v, "data.status", d.Status, Statuses, true)
	known(v, "data.encryption", d.Encryption, Encryptions, true)
	known(v, "data.recovered", d.Recovered, Tris, true)
	v.count("data.persons", d.Persons)
	v.count("data.records", d.Records)
	v.personsRecords("data.persons", d.Persons, d.Records)

	n := v.limit("data.categories", len(d.Categories), MaxCategories)
	ids := map[string]int{}
	for i, c := range d.Categories[:n] {
		p := "data.categories[" + strconv.Itoa(i) + "]"
		v.id(p+".id", c.ID)
		if j, dup := ids[c.ID]; dup && c.ID != "other" && c.ID != "" {
			v.ps.add(SeverityError, p+".id", CodeDuplicateID, quoteShort(c.ID), "data.categories["+strconv.Itoa(j)+"]")
		} else {
			ids[c.ID] = i
		}
		v.name(p+".other", c.Other)
		if c.ID == "other" && c.Other == "" {
			v.ps.add(SeverityWarning, p+".other", CodeOtherMissing)
		}
		v.count(p+".persons", c.Persons)
		v.count(p+".records", c.Records)
		v.personsRecords(p+".persons", c.Persons, c.Records)
		v.part(p+".persons", c.Persons, d.Persons)
	}

	n = v.limit("data.residence", len(d.Residence), MaxResidences)
	places := map[string]int{}
	var sum Count
	for i, r := range d.Residence[:n] {
		p := "data.residence[" + strconv.Itoa(i) + "]"
		if r.Country == "" {
			v.ps.add(SeverityError, p+".country", CodeRequired)
		}
		v.country(p+".country", r.Country)
		v.region(p+".region", r.Country, r.Region)
		v.count(p+".persons", r.Persons)
		place := r.Country + "-" + r.Region
		if j, dup := places[place]; dup {
			v.ps.add(SeverityWarning, p, CodeDuplicateID, quoteShort(place), "data.residence["+strconv.Itoa(j)+"]")
		} else {
			places[place] = i
		}
		if r.Region == "" && r.Persons.Known && r.Persons.N > 0 { // states are a breakdown of their country
			sum.Known, sum.N = true, sum.N+r.Persons.N
		}
	}
	v.part("data.residence", sum, d.Persons)

	n = v.limit("data.notInvolved", len(d.NotInvolved), MaxCodes)
	for i, id := range d.NotInvolved[:n] {
		v.id("data.notInvolved["+strconv.Itoa(i)+"]", id)
	}

	v.count("data.retention.formerPersons", d.Retention.FormerPersons)
	v.part("data.retention.formerPersons", d.Retention.FormerPersons, d.Persons)
	if d.Retention.YearsSinceLeft < 0 {
		v.ps.add(SeverityError, "data.retention.yearsSinceLeft", CodeNegative, strconv.Itoa(d.Retention.YearsSinceLeft))
	}
	if d.Retention.RetentionYears < 0 {
		v.ps.add(SeverityError, "data.retention.retentionYears", CodeNegative, strconv.Itoa(d.Retention.RetentionYears))
	}
}

// count checks a count on its own.
func (v *validator) count(path string, c Count) {
	switch {
	case !c.Known:
	case c.N < 0:
		v.ps.add(SeverityError, path, CodeNegative, group(c.N))
	case c.N > MaxPlausibleN:
		v.ps.add(SeverityWarning, path, CodeImplausibleCount, group(c.N))
	}
}

// personsRecords warns when there are more persons than records: usual is the
// reverse (one person, several records), but nothing forbids it.
func (v *validator) personsRecords(path string, persons, records Count) {
	if persons.Known && records.Known && !persons.Approx && !records.Approx && records.N >= 0 && persons.N > records.N {
		v.ps.add(SeverityWarning, path, CodePersonsOverRecords, group(persons.N), group(records.N))
	}
}

// part warns when a part (a category, the residence breakdown) exceeds its total.
func (v *validator) part(path string, part, total Count) {
	if part.Known && total.Known && !total.Approx && part.N > total.N {
		v.ps.add(SeverityWarning, path, CodePartOverTotal, group(part.N), group(total.N))
	}
}
