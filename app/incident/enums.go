package incident

// The known values of the enumerated fields, in the order a form shows them.
var (
	CauseKinds = []CauseKind{
		CauseUnauthorizedAccess, CauseMalware, CauseCredentialStuffing, CauseTargetedEmail, CauseWebSkimming, CauseInsider, CauseInsiderViewing,
		CauseMisdelivery, CauseLoss, CauseTheft, CauseRansomware, CauseMisconfiguration, CauseDefect, CauseMispublication, CauseOutsideService,
		CauseDisaster, CauseOther,
	}
	CauseAts    = []CauseAt{AtOwn, AtProcessor, AtViaProcessor, AtPlatform, AtRecipient, AtCarrier}
	Statuses    = []Status{Possible, Confirmed, RuledOut}
	Encryptions = []Encryption{NotEncrypted, HighGrade, HighGradeKeyOut}
	// SeenBys are the values of DataSet.SeenBy.
	SeenBys = []SeenBy{SeenByUsers, SeenByStaff, SeenByAnyone}
	// AccessHows are the values of DataSet.AccessHow.
	AccessHows = []AccessHow{AccessViewed, AccessTaken}
	// ItemProtections are the values of Category.Protection.
	ItemProtections = []ItemProtection{ItemPlain, ItemHashed, ItemHashedSalted, ItemEncrypted, ItemMasked}
	OrgKinds        = []OrgKind{Private, Public, Local}
	Roles           = []Role{Controller, Processor}
	Tris            = []Tri{Unknown, Yes, No}
	StepStatuses    = []StepStatus{StepTodo, StepDoing, StepDone, StepNA}
	RiskLevels      = []string{"unlikely", "risk", "high"}
	// CompensationScopes are the values of Story.CompensationScope.
	CompensationScopes = []string{"all", "some", "none"}
)
