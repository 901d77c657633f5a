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
    // EL4001–EL4013 are declarative rules: each is defined in rules/misconceptions/*.yaml, not in C#.

    /// <summary>EL4001: average handling time is presented as a measure of quality or satisfaction.</summary>
    public const string AhtTreatedAsQualityMeasure = "EL4001";

    /// <summary>EL4002: the account handles customer data and never addresses data protection.</summary>
    public const string DataProtectionNotAddressed = "EL4002";

    /// <summary>EL4003: monitoring is all figures, with nothing about the quality of calls.</summary>
    public const string MonitoringQuantitativeOnly = "EL4003";

    /// <summary>EL4004: standards were communicated once and nothing reinforces them.</summary>
    public const string StandardsNotReinforced = "EL4004";

    /// <summary>EL4005: standards were set without involving the staff.</summary>
    public const string StaffNotInvolvedInStandards = "EL4005";

    /// <summary>EL4006: monitoring results never go back to the advisers or the team.</summary>
    public const string MonitoringWithoutFeedback = "EL4006";

    /// <summary>EL4007: a performance issue is met only with sanctions, no coaching or support.</summary>
    public const string PunitiveOnlyResponse = "EL4007";

    /// <summary>EL4008: an issue is escalated as a complaint without distinguishing a service difficulty.</summary>
    public const string DifficultyTreatedAsComplaint = "EL4008";

    /// <summary>EL4009: compliance or data protection is described as someone else's responsibility.</summary>
    public const string ComplianceLeftToOthers = "EL4009";

    /// <summary>EL4010: an issue is resolved and the interaction or outcome is never recorded.</summary>
    public const string ResolutionNotRecorded = "EL4010";

    /// <summary>EL4011: a fix is applied with no diagnosis of why the problem arose.</summary>
    public const string NoRootCauseDiagnosis = "EL4011";

    /// <summary>EL4012: slang or over-familiar wording with a referred customer.</summary>
    public const string InformalRegisterWithReferredCustomer = "EL4012";

    /// <summary>EL4013: a procedure never references the contact-centre technology or agents' skills.</summary>
    public const string ProcedureDesignedInIsolation = "EL4013";

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
