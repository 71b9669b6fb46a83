package draft

import (
	"slices"

	"breachdesk/app/incident"
)

// The harm of data that was only lost or damaged, as the notices tell it.

// lossOnly: every set the document speaks of is marked lost or damaged
// only (no leak), not kept elsewhere (handlingOnly tells those), by a cause
// through which nobody may hold it (noOneHolds). The harm to the persons is
// the loss itself (171: a flood's charts, past care no longer known), not
// sensitive data others may read, and no secondary harm is to be prevented.
func (v *view) lossOnly() bool {
	leak, _, _ := v.kinds()
	return !leak && len(v.data()) > 0 && !v.handlingOnly() && v.noOneHolds()
}

// noOneHolds: the cause is none through which someone may hold data marked
// only lost or damaged: not a thing lost or stolen (its finder may read it:
// 62's list lost on the way home, F201), not an attack (ransomware may have
// copied what it encrypted, 129), not an insider's act unless the user
// answered that nothing was copied or taken out of what the insider only
// deleted (Cause.CopiedOut no; unanswered, the insider may hold a copy:
// 173, F1528). A flood, a script that deleted data by mistake (82) are.
func (v *view) noOneHolds() bool {
	switch c := v.cause(); {
	case c == incident.CauseInsider:
		return v.inc.Cause.CopiedOut == incident.No && v.insiderDestroyed()
	case c.Attack(), c == incident.CauseLoss, c == incident.CauseTheft:
		return false
	}
	return true
}

// ofCare: an item the document speaks of records the persons' medical
// care (their charts, their history), whose loss leaves their care
// without its past.
func (v *view) ofCare() bool {
	return slices.ContainsFunc(v.categoriesOf(), func(c incident.Category) bool {
		return c.ID == "medical_record" || c.ID == "medical_history"
	})
}

// lostHarmJA is what the loss means to the persons (lossOnly), in place of
// the risks of data in others' hands and the watch for secondary harm: it
// did not go out as far as is known, and the records of them are gone.
func (v *view) lostHarmJA() []para {
	s := "本件は、対象の情報が" + v.lostOr("失われた（滅失した）", "内容が損なわれた（毀損した）") + "ものであり、現時点で、情報が外部に流出し、又は第三者に閲覧されたことは確認されておりません。"
	if v.ofCare() {
		s += "一方で、これまでの診療の経過や内容を記録により確認できなくなったことから、今後の診療に支障が生じるおそれがあります。"
	} else {
		s += "一方で、これまでの記録を確認できなくなったことから、" + v.you + "に関する手続や対応に支障が生じるおそれがあります。"
	}
	return []para{
		p("lost", s),
		p("watch", v.weJA()+"では、情報が失われたことにより対象の方に不利益が生じないよう、必要な対応に努めてまいります。"),
	}
}

// lostHarmEN is lostHarmJA in English, in place of possibleHarmEN.
func (v *view) lostHarmEN() string {
	s := "The information was " + v.lostOr("lost", "damaged") + ", not taken: we have found nothing to show that anyone has seen it. "
	if v.ofCare() {
		return s + "This means that we may no longer be able to check the record of the care you received from us, which may affect your future care."
	}
	return s + "This means that we may no longer be able to check our records of you, which may affect what we do for you."
}

// lostOr is lost when a set the document speaks of was lost, else damaged.
func (v *view) lostOr(lost, damaged string) string {
	if _, loss, _ := v.kinds(); loss {
		return lost
	}
	return damaged
}
