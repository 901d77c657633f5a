namespace EvidenceLint.Text;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>
    /// A word: letters with inner apostrophes, hyphens or ampersands (<c>don't</c>, <c>O’Neill</c>, <c>side-by-side</c>,
    /// <c>ID&amp;V</c>), dotted abbreviations (<c>e.g.</c>), ids (<c>MCS.3</c>) and words with digits (<c>1-2-1</c>, <c>6pm</c>).
    /// </summary>
    Word,

    /// <summary>A number, including decimals, percentages, money, times and dates (<c>4.5%</c>, <c>£1,200</c>, <c>07:30</c>, <c>27/02/2024</c>).</summary>
    Number,

    /// <summary>Punctuation.</summary>
    Punctuation,

    /// <summary>Anything else (symbols, emoji).</summary>
    Symbol,

    /// <summary>An e-mail address or a URL, kept whole (<c>j.smith@example.com</c>, <c>www.example.co.uk/help</c>).</summary>
    Address,
}

/// <summary>One token of the document's normalised text.</summary>
/// <param name="Start">Offset in <see cref="Reading.EvidenceDocument.Text"/>.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Lower">The text in lower case (invariant culture).</param>
/// <param name="Lemma">The dictionary form: <c>monitored</c>, <c>monitoring</c> and <c>monitors</c> are all <c>monitor</c>; <c>led</c> is <c>lead</c>.</param>
/// <param name="Kind">Word, number, punctuation or symbol.</param>
public readonly record struct Token(int Start, int Length, string Text, string Lower, string Lemma, TokenKind Kind)
{
    /// <summary>The offset just past the token.</summary>
    public int End => Start + Length;

    /// <summary>True for words and numbers.</summary>
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;
}
