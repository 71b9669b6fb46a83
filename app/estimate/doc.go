// Package estimate gives the board a number, with its range: the JNSA damage
// model (想定損害賠償額, the compensation a court or a settlement might award per
// person and in total) and a cost sheet of the response itself (investigation,
// call centre, letters, apology gifts, card and passport reissue, ...), both
// derived from the facts of an incident, the Simple-EP classes of the data
// categories in checklists/categories.json and the unit costs in
// checklists/costs/costs.json.
//
// Every number is a Range: when the count of persons is approximate or unknown,
// or when the user has not chosen the social-responsibility or response
// evaluation factors, the result is a low–high range, never a false point. The
// user may override every input (Inputs); the UI stores Inputs with the
// incident as a fact.
//
// This package is pure Go: it must not import go-app, syscall/js or safejs.
package estimate
