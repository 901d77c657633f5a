namespace EvidenceLint;

/// <summary>
/// The stable ids of the built-in rules (RULES.md is the catalogue). Ids are a public contract: configuration,
/// JSON and SARIF output and labelled corpora use them, so they are never reused or renumbered.
/// </summary>
public static class RuleIds
{
    /// <summary>EL1001: for a learning outcome of the unit, none of its verbs appears as the learner's own past action.</summary>
    public const string LearningOutcomeVerbNotUsed = "EL1001";

    /// <summary>EL1002: a sentence says what the learner would, will or should do rather than what they did.</summary>
    public const string HypotheticalRatherThanEvidencedAction = "EL1002";

    /// <summary>EL1003: the account is not written in the first person.</summary>
    public const string NotWrittenInFirstPerson = "EL1003";

    /// <summary>EL2001: no passage of the account evidences a criterion of the unit.</summary>
    public const string CriterionNotEvidenced = "EL2001";

    /// <summary>EL2002: a criterion's indicators appear, but thinly or not as the learner's own action.</summary>
    public const string CriterionWeaklyEvidenced = "EL2002";

    /// <summary>EL2003: the account claims a criterion, but the passage around the claim does not evidence it.</summary>
    public const string CriterionReferenceNotSupported = "EL2003";

    /// <summary>EL2004: a standard, target or objective the learner set lacks a figure or a timeframe, or is a broad aim.</summary>
    public const string StandardNotSmart = "EL2004";

    /// <summary>EL3001: a monitoring passage with nothing after it saying what was changed or decided as a result.</summary>
    public const string MonitoringWithoutOutcome = "EL3001";

    /// <summary>EL3002: a change described with no data, finding or feedback that prompted it.</summary>
    public const string ChangeWithoutEvidence = "EL3002";

    /// <summary>EL3003: a change described whose effect is never checked.</summary>
    public const string ChangeNeverReviewed = "EL3003";

    /// <summary>EL3004: the account does not show every stage of the evaluative cycle.</summary>
    public const string EvaluativeCycleIncomplete = "EL3004";

    /// <summary>EL5001: the evidence contains a customer's personal data (e-mail, phone, postcode, NI number, date of birth, titled name).</summary>
    public const string PersonalDataInEvidence = "EL5001";

    /// <summary>EL5002: the evidence contains payment card or bank data.</summary>
    public const string PaymentDataInEvidence = "EL5002";

    /// <summary>EL6001: the account's length is outside the unit's guidance.</summary>
    public const string AccountLengthOutsideGuidance = "EL6001";

    /// <summary>EL6002: a general claim about the learner's or the team's practice with no concrete example in its paragraph.</summary>
    public const string ClaimWithoutExample = "EL6002";

    /// <summary>EL6003: a contact-centre acronym is used before, or without, being written out once.</summary>
    public const string AcronymNotExpanded = "EL6003";
}

/// <summary>The categories of the built-in rules; each can switch a whole group in configuration.</summary>
public static class RuleCategories
{
    /// <summary>EL1xxx: the language of the learning outcomes.</summary>
    public const string LearningOutcomes = "learning-outcomes";

    /// <summary>EL2xxx: criterion coverage.</summary>
    public const string Coverage = "coverage";

    /// <summary>EL3xxx: the evaluative cycle.</summary>
    public const string EvaluativeCycle = "evaluative-cycle";

    /// <summary>EL4xxx: misconceptions the examiners name.</summary>
    public const string Misconception = "misconception";

    /// <summary>EL5xxx: customers' data in the evidence.</summary>
    public const string Privacy = "privacy";

    /// <summary>EL6xxx: reflective writing.</summary>
    public const string Writing = "writing";
}
