namespace EvidenceLint.Reading;

/// <summary>The formats EvidenceLint reads, identified from the bytes rather than the file extension.</summary>
public enum InputFormat
{
    /// <summary>Plain UTF-8 or UTF-16 text.</summary>
    Text,

    /// <summary>Markdown: text with <c>#</c> headings and list markers.</summary>
    Markdown,

    /// <summary>A Word document (Office Open XML).</summary>
    Docx,

    /// <summary>A PDF.</summary>
    Pdf,
}

/// <summary>Names used for formats in reports and the JSON contract.</summary>
public static class InputFormatNames
{
    /// <summary>The short name used in output: <c>txt</c>, <c>md</c>, <c>docx</c> or <c>pdf</c>.</summary>
    public static string ToShortName(this InputFormat format) => format switch
    {
        InputFormat.Text => "txt",
        InputFormat.Markdown => "md",
        InputFormat.Docx => "docx",
        InputFormat.Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
