namespace EvidenceLint.Text;

/// <summary>What the text model has noticed about a sentence.</summary>
[Flags]
public enum SentenceFlags
{
    /// <summary>Nothing noted.</summary>
    None = 0,

    /// <summary>
    /// The main claim is negated ("I did not monitor calls", "we never…", "no one was consulted"). The main claim is
    /// the first main clause with the learner as subject; use <see cref="TextModel.IsNegatedAt"/> for other clauses.
    /// </summary>
    Negated = 1,

    /// <summary>
    /// A plan, wish, condition or obligation rather than something done ("I would coach", "I will", "I plan to",
    /// "should", "next time…", "if I had…"). "I could see that…" and "which would…" after a past main clause are not.
    /// </summary>
    Hypothetical = 2,

    /// <summary>The learner is a subject: "I", "we", "my team and I".</summary>
    FirstPerson = 4,

    /// <summary>Inside quotation marks or a block quote: someone else's words, a script or pasted text.</summary>
    Quoted = 8,

    /// <summary>Ends with a question mark.</summary>
    Question = 16,
}

/// <summary>A sentence: a span of the normalised text, its tokens and flags.</summary>
/// <param name="Index">Zero-based position among the document's sentences.</param>
/// <param name="Paragraph">The index of the paragraph it belongs to (sentences never cross paragraphs).</param>
/// <param name="Start">Offset in the normalised text.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="FirstToken">Index of its first token in <see cref="TextModel.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Flags">Negated, hypothetical, first-person, quoted, question.</param>
public sealed record Sentence(int Index, int Paragraph, int Start, int Length, int FirstToken, int TokenCount, SentenceFlags Flags)
{
    /// <summary>The offset just past the sentence.</summary>
    public int End => Start + Length;

    /// <summary>True when the main claim is negated.</summary>
    public bool IsNegated => (Flags & SentenceFlags.Negated) != 0;

    /// <summary>True when the sentence describes a plan, wish or condition rather than something done.</summary>
    public bool IsHypothetical => (Flags & SentenceFlags.Hypothetical) != 0;

    /// <summary>True when the learner ("I", "we") is a subject.</summary>
    public bool IsFirstPerson => (Flags & SentenceFlags.FirstPerson) != 0;

    /// <summary>True inside quotation marks or a block quote.</summary>
    public bool IsQuoted => (Flags & SentenceFlags.Quoted) != 0;

    /// <summary>True when the sentence ends with a question mark.</summary>
    public bool IsQuestion => (Flags & SentenceFlags.Question) != 0;

    /// <summary>
    /// True when the sentence can be evidence of the learner's own action: first person, not negated,
    /// not hypothetical, not quoted, and a statement rather than a question ("Did I check the data?" reflects, it
    /// does not report).
    /// </summary>
    public bool IsOwnAction => IsFirstPerson && !IsNegated && !IsHypothetical && !IsQuoted && !IsQuestion;
}
