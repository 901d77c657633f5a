using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Analysis;

/// <summary>Where an analyzer registers what it wants to look at.</summary>
public abstract class AnalysisContext
{
    /// <summary>Runs once per document.</summary>
    public abstract void RegisterDocumentAction(Action<DocumentAnalysisContext> action);

    /// <summary>Runs once per paragraph, in order.</summary>
    public abstract void RegisterParagraphAction(Action<ParagraphAnalysisContext> action);

    /// <summary>Runs once per sentence, in order.</summary>
    public abstract void RegisterSentenceAction(Action<SentenceAnalysisContext> action);
}

/// <summary>What every action sees: the document, its text model, the settings, and a way to report.</summary>
public abstract class AnalysisActionContext
{
    private readonly Action<Diagnostic> _report;

    private protected AnalysisActionContext(TextModel text, AnalysisSettings settings, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Text = text;
        Settings = settings;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The document being analysed.</summary>
    public EvidenceDocument Document => Text.Document;

    /// <summary>The shared text model (tokens, sentences, lemmas, flags, term matching).</summary>
    public TextModel Text { get; }

    /// <summary>The unit and rule options in force.</summary>
    public AnalysisSettings Settings { get; }

    /// <summary>Cancelled when the caller gives up or the document's time limit is reached.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _report(diagnostic);
    }

    /// <summary>
    /// A location for a span of the normalised text, with its paragraph, page and excerpt filled in. The excerpt is
    /// masked: customer data in the span shows as its placeholder (<c>[PHONE]</c>), whichever rule reports it.
    /// </summary>
    public EvidenceLocation CreateLocation(int start, int length)
    {
        var paragraph = Document.FindParagraph(start);
        return new EvidenceLocation(Document.Path, paragraph?.Page, paragraph?.Index, start, length, Text.PersonalData.GetText(start, length));
    }

    /// <summary>A location for a whole sentence.</summary>
    public EvidenceLocation CreateLocation(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return CreateLocation(sentence.Start, sentence.Length);
    }

    /// <summary>A location for the whole document.</summary>
    public EvidenceLocation DocumentLocation => EvidenceLocation.ForDocument(Document.Path);
}

/// <summary>The context of a document action.</summary>
public sealed class DocumentAnalysisContext : AnalysisActionContext
{
    internal DocumentAnalysisContext(TextModel text, AnalysisSettings settings, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(text, settings, report, cancellationToken)
    {
    }
}

/// <summary>The context of a paragraph action.</summary>
public sealed class ParagraphAnalysisContext : AnalysisActionContext
{
    internal ParagraphAnalysisContext(TextModel text, AnalysisSettings settings, Action<Diagnostic> report, EvidenceParagraph paragraph, CancellationToken cancellationToken)
        : base(text, settings, report, cancellationToken)
    {
        Paragraph = paragraph;
    }

    /// <summary>The paragraph being analysed.</summary>
    public EvidenceParagraph Paragraph { get; }
}

/// <summary>The context of a sentence action.</summary>
public sealed class SentenceAnalysisContext : AnalysisActionContext
{
    internal SentenceAnalysisContext(TextModel text, AnalysisSettings settings, Action<Diagnostic> report, Sentence sentence, CancellationToken cancellationToken)
        : base(text, settings, report, cancellationToken)
    {
        Sentence = sentence;
    }

    /// <summary>The sentence being analysed.</summary>
    public Sentence Sentence { get; }
}
