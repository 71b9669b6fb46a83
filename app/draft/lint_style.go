package draft

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"breachdesk/app/incident"
)

// docContext is what the checks of one document need to know of the facts
// on its date: the data sets affected then, which were confirmed, and the
// data set its readers belong to.
type docContext struct {
	day       incident.Date
	sets      []*incident.DataSet
	confirmed []string // names (or ids) of the sets confirmed on day
	mixed     bool     // some confirmed, some only possible
	reader    *incident.DataSet
	chain     []*incident.DataSet // the reader's set and the sets it is part of
	names     []string            // the names of the affected sets (a sentence naming one says whose)
	key       string              // what the document-dependent checks depend on
	narrative bool                // the paragraph tells how the case came to light (set per paragraph)
}

// context reads the facts on a document's date.
func (l *linter) context(d Document) docContext {
	c := docContext{day: incident.DateOf(d.Date.In(l.loc))}
	if d.Date.IsZero() {
		c.day = incident.DateOf(l.a.Now.In(l.loc))
	}
	c.sets = l.inc.Affected(c.day)
	knew := incident.Date("")
	if e, ok := l.first(incident.EvAware); ok && e.Dated() {
		knew = incident.DateOf(e.At.In(l.loc))
	}
	// A set found to be involved after the document's day is not in it
	// (asOf leaves it out, F88): its being still "possible" does not make
	// the document's 「漏えいした」 a claim about some sets only (133: the
	// 速報 of 4/28 on the accounts confirmed 4/25 drew "only some data are
	// confirmed" for the second service's set, found 5/1).
	c.sets = slices.DeleteFunc(slices.Clone(c.sets), func(s *incident.DataSet) bool {
		return foundLater(*s, knew) && !s.Found.OnOrBefore(c.day)
	})
	for _, s := range c.sets {
		if n := strings.TrimSpace(s.Name); n != "" {
			c.names = append(c.names, n)
		}
	}
	if d.Kind == KindPPC && l.rs != nil {
		// The report to the PPC speaks of the sets reported on its day
		// only, as its drafts do (scopeFor on the facts then): a set judged
		// not reportable, still "possible", does not make its 「漏えいした
		// ことを確認」 a claim about some sets only (165, F1244).
		at := d.Date
		if at.IsZero() {
			at = l.a.Now
		}
		_, then := knownAt(l.inc, l.a, l.rs, at, "")
		_, ob := lawObligation(&then, "jp.report.prelim")
		if slices.ContainsFunc(c.sets, func(s *incident.DataSet) bool { return reported(ob, s.ID) }) {
			c.sets = slices.DeleteFunc(slices.Clone(c.sets), func(s *incident.DataSet) bool { return !reported(ob, s.ID) })
		}
	}
	if d.Kind == KindEntrustor {
		// The notice to an entrustor speaks of that entrustor's data only.
		party := d.Party
		if party == "" {
			party = soleParty(l.inc, KindEntrustor)
		}
		c.sets = slices.DeleteFunc(slices.Clone(c.sets), func(s *incident.DataSet) bool {
			return s.Role != incident.Processor || party != "" && s.Entrustor != party
		})
	}
	if r, ok := l.inc.DataSet(d.Set); ok {
		c.reader = r
		for x := r; x != nil && !slices.Contains(c.chain, x); {
			c.chain = append(c.chain, x)
			p, ok := l.inc.DataSet(x.Within)
			if !ok {
				break
			}
			x = p
		}
	}
	of := c.sets
	if c.reader != nil {
		of = c.chain
		if c.reader.StatusOn(c.day) == incident.Confirmed {
			of = c.chain[:1] // its readers' data is confirmed, as the notice says (view.possible)
		}
	}
	n := 0
	for _, s := range of {
		if s.StatusOn(c.day) == incident.Confirmed {
			n++
			name := strings.TrimSpace(s.Name)
			if name == "" {
				name = s.ID
			}
			c.confirmed = append(c.confirmed, name)
		}
	}
	c.mixed = n > 0 && n < len(of)
	if n == len(of) && n > 0 {
		c.confirmed = append(c.confirmed, "") // all: no name needed
	}
	c.key = string(c.day) + "\x00" + d.Set + "\x00" + string(d.Kind) + "\x00" + d.Party
	return c
}

// occurred: the report's 発生日 is the start of the exposure window while
// the first malicious act (or cause) is dated on another day.
func (l *linter) occurred(d Document, pr Paragraph) {
	w := l.inc.Exposure
	if w.From == "" || !strings.Contains(pr.Text, "発生日：") {
		return
	}
	in, ok := l.first(incident.EvIntrusion)
	from, ok2 := w.From.First(l.loc)
	if !ok || !ok2 || incident.DateOf(in.At.In(l.loc)) == incident.DateOf(from) {
		return
	}
	for _, line := range strings.Split(pr.Text, "\n") {
		rest, ok := strings.CutPrefix(line, "発生日：")
		if !ok {
			continue
		}
		for _, x := range findDates(rest) {
			if x.iso == from.Format("2006-01-02") {
				l.add(CodeOccurredExposure, SeverityError, d.ID, pr.ID, txt(
					"発生日（"+x.text+"）が対象期間の始まりになっています。発生日は、最初の不正な行為（原因となる事象）の日（"+string(incident.DateOf(in.At.In(l.loc)))+"）です。対象期間は別に記載してください。",
					"The date of occurrence ("+x.text+") is the start of the exposure window; it is the day of the first malicious act or cause ("+string(incident.DateOf(in.At.In(l.loc)))+"). State the exposure window apart."))
			}
		}
	}
}

// splitAfterPeriods splits a line after each 。 that is not inside brackets
// (（）, 「」, 『』): a rule quoted in parentheses may have sentences of its own.
func splitAfterPeriods(line string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range line {
		switch r {
		case '（', '(', '「', '『':
			depth++
		case '）', ')', '」', '』':
			if depth > 0 {
				depth--
			}
		case '。':
			if depth == 0 {
				end := i + len("。")
				out = append(out, line[start:end])
				start = end
			}
		}
	}
	if start < len(line) {
		out = append(out, line[start:])
	}
	return out
}

// splitSentences splits a Japanese text at 。 (keeping the lines of a list
// with their heading), an English one at sentence ends and line ends. A
// period that follows a common abbreviation ("approx. 20 people", "incl.
// sub-accounts", "e.g. Visa") or is followed by a small letter does not end
// an English sentence: F171 cut an item from its count at "approx.", F722 a
// set's name from the items it qualifies at "incl.".
func splitSentences(t, lang string) []string {
	if lang == JA {
		return strings.Split(t, "。")
	}
	var ss []string
	start := 0
	for _, m := range sentenceEnd.FindAllStringIndex(t, -1) {
		if t[m[0]] == '.' && !endsSentenceEN(t[start:m[0]], t[m[1]:]) {
			continue
		}
		ss = append(ss, t[start:m[0]])
		start = m[1]
	}
	return append(ss, t[start:])
}

// abbrevEN: words written with a period that is not a sentence's end.
// Company suffixes (Inc., Ltd.) are left out: a sentence often ends with one.
var abbrevEN = map[string]bool{"approx": true, "incl": true, "e.g": true, "i.e": true, "no": true, "nos": true,
	"vs": true, "cf": true, "esp": true, "mr": true, "mrs": true, "ms": true, "dr": true, "ca": true}

// endsSentenceEN: whether a period between before and after ends an English
// sentence.
func endsSentenceEN(before, after string) bool {
	w := before[strings.LastIndexAny(before, " \t(\n")+1:]
	if abbrevEN[strings.ToLower(w)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " \t"))
	return !unicode.IsLower(r)
}

// shorten cuts a quoted sentence for a message.
func shorten(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > 60 {
		return string([]rune(s)[:60]) + "…"
	}
	return s
}

// internalNote: a note written for the record (the incident's notes, an
// event's, a party's or a status change's note) is copied into a document.
// The generators never copy a note (TestNotesNeverInDocuments), so a note
// can come only with an edit: a paragraph as generated is not looked at, and
// an edited one only for the notes it holds more often than its generated
// text does. A note that is also a phrase of the document's own (an event
// noted 「ウェブサイトでお知らせ」 beside the notice's 「当社のウェブサイトで
// お知らせいたします」) is then no finding (F86). Notes of fewer than eight
// characters are not looked for (a word is not a note), nor a note the user
// also wrote into a text meant for documents (Story, Public).
func (l *linter) internalNote(d Document, pr Paragraph) {
	if !pr.Edited {
		return
	}
	for _, n := range l.notesIn(pr.Text) {
		if strings.Count(pr.Text, n) <= strings.Count(pr.Generated, n) {
			continue
		}
		l.add(CodeInternalNote, SeverityWarning, d.ID, pr.ID, txt(
			"内部メモ（記録用のメモ）が文書に含まれています。メモは社内の記録であり、文書には記載しません："+shorten(n),
			"An internal note (written for the record) is copied into the document; notes never go into a document: "+shorten(n)))
	}
}

// noteHead is how many leading bytes of a note index it (a note has at least
// 8 runes, so at least 8 bytes).
const noteHead = 8

// notesIn returns the notes that t contains, in the order of notes. A
// document repeats the time line: a thousand notes looked for one by one in
// each paragraph took seconds; t is read once instead, each place where a
// rune starts looked up by its first noteHead bytes.
func (l *linter) notesIn(t string) []string {
	notes := l.notes()
	if l.noteHeads == nil {
		l.noteHeads = make(map[string][]int, len(notes))
		for i, n := range notes {
			l.noteHeads[n[:noteHead]] = append(l.noteHeads[n[:noteHead]], i)
		}
	}
	if len(notes) == 0 {
		return nil
	}
	var hit map[int]bool
	for i := 0; i+noteHead <= len(t); i++ {
		if t[i]&0xC0 == 0x80 {
			continue // inside a rune: no note starts here
		}
		for _, j := range l.noteHeads[t[i:i+noteHead]] {
			if !hit[j] && strings.HasPrefix(t[i:], notes[j]) {
				if hit == nil {
					hit = map[int]bool{}
				}
				hit[j] = true
			}
		}
	}
	var out []string
	for j, n := range notes {
		if hit[j] {
			out = append(out, n)
		}
	}
	return out
}

// notes are the internal notes to look for, each line of them.
func (l *linter) notes() []string {
	if l.noteList != nil {
		return l.noteList
	}
	l.noteList = []string{}
	st, pub := l.inc.Story, l.inc.Public
	written := strings.Join([]string{st.Summary, st.HowDiscovered, st.MeasuresBefore, st.Response, st.CurrentState,
		st.Prevention, st.Compensation, st.CompensationReason, st.Other, pub.Summary, pub.Cause, pub.Measures,
		pub.Prevention, pub.Harm, l.inc.AwareWhy.Text, l.inc.Cause.Description, l.inc.Risk.SecondaryHarmNote}, "\n")
	listed := map[string]bool{}
	add := func(s string) {
		for _, line := range strings.Split(s, "\n") {
			line = strings.TrimSpace(line)
			if utf8.RuneCountInString(line) >= 8 && !listed[line] && !strings.Contains(written, line) {
				listed[line] = true
				l.noteList = append(l.noteList, line)
			}
		}
	}
	add(l.inc.Notes)
	for _, e := range l.inc.Events {
		add(e.Note)
	}
	for _, p := range l.inc.Parties {
		add(p.Note)
	}
	for _, d := range l.inc.DataSets {
		for _, s := range d.Status {
			add(s.Note)
		}
	}
	return l.noteList
}

var (
	estimatedNote   = &lazyRegexp{expr: `[（(]推定[）)]|[（(]要確認[）)]|[（(]仮[）)]|TODO|TBD|要確認`}
	jargonJA        = &lazyRegexp{expr: `\b(EDR|SIEM|IoC|IOC|C2|C&C|CSIRT|SOC|WAF|IDS|IPS|PoC)\b|横展開|ラテラルムーブメント|踏み台|ペイロード|エクスプロイト|ドロッパー|ビーコン`}
	politeEnd       = &lazyRegexp{expr: `(ます|です|ました|でした|ません|ませんでした|ございます|ございました|ください|下さい|ましょう|でしょう|ませ|存じます)$`}
	plainEnd        = &lazyRegexp{expr: `(だ|である|であった|だった|た|る|い|う|ず|ない)$`}
	closingBrackets = &lazyRegexp{expr: `([（(][^（）()]*[）)]|[」』])+$`}
)

// style: what the persons and the public read is not written as a note:
// no 体言止め sentence lines, no （推定） or jargon, and です・ます throughout
// (a だ・である sentence pasted in mixes the registers).
func (l *linter) style(d Document, pr Paragraph) {
	if d.Lang != JA || d.Kind != KindNotice && d.Kind != KindPublic {
		return
	}
	sec := localID(pr.ID)
	if i := strings.Index(sec, "/"); i >= 0 {
		sec = sec[:i]
	}
	switch sec {
	case "letterhead", "closing", "contact", "compensation":
		return
	}
	l.once("style", d, pr, func(t string) (fs []found) {
		if m := estimatedNote.FindString(t); m != "" {
			fs = append(fs, found{CodeNoteStyle, SeverityWarning, txt(
				"メモの書き方（"+m+"）が残っています。推定であれば「…と推定しております」のように文章で記載してください。",
				"A note-style mark ("+m+") is left: write it as a sentence (e.g. 'we estimate that ...').")})
		}
		if m := jargonJA.FindString(t); m != "" {
			fs = append(fs, found{CodeNoteStyle, SeverityWarning, txt(
				"専門用語・社内用語（"+m+"）が使われています。読み手に伝わる言葉に言い換えてください。",
				"Jargon ("+m+") is used: say it in words the reader knows.")})
		}
		list := false // the lines after "…次のとおりです。" are a list
		for _, line := range strings.Split(t, "\n") {
			line = strings.TrimSpace(line)
			if list || line == "" || strings.ContainsAny(line[:utf8.RuneLen([]rune(line)[0])], "・■【「-※") || strings.Contains(line, "：") {
				continue
			}
			list = strings.HasSuffix(line, "次のとおりです。")
			for _, s := range splitAfterPeriods(line) {
				s = strings.TrimSpace(s)
				if s == "" || !nonLatin(s) && l.englishSentenceIn(s) != "" {
					continue // an English sentence: lang.en-in-ja tells it, once (F956)
				}
				body, ended := strings.CutSuffix(s, "。")
				body = closingBrackets.ReplaceAllString(body, "")
				switch {
				case !ended && utf8.RuneCountInString(s) >= 12 && !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, "」"):
					fs = append(fs, found{CodeNoteStyle, SeverityWarning, txt(
						"文が「。」で終わっていません（体言止め・メモの書き方）。です・ます調の文章にしてください："+shorten(s),
						"A sentence does not end (note style): write it as a full polite sentence: "+shorten(s))})
				case ended && politeEnd.MatchString(body):
				case ended && plainEnd.MatchString(body):
					fs = append(fs, found{CodeRegister, SeverityWarning, txt(
						"です・ます調の文書に、だ・である調の文が混じっています："+shorten(s),
						"A plain-form (da/de aru) sentence is mixed into a polite text: "+shorten(s))})
				case ended:
					fs = append(fs, found{CodeNoteStyle, SeverityWarning, txt(
						"文が名詞で終わっています（体言止め・メモの書き方）。です・ます調の文章にしてください："+shorten(s),
						"A sentence ends on a noun (note style): write it as a full polite sentence: "+shorten(s))})
				}
			}
		}
		return fs
	})
}
