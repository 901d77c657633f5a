using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Tests.Text;

/// <summary>Builds text models from literal prose for the text tests.</summary>
internal static class TextModelTesting
{
    /// <summary>A model of one body paragraph.</summary>
    public static TextModel Paragraph(string text, ParagraphKind kind = ParagraphKind.Body)
    {
        var builder = new EvidenceDocumentBuilder("t.md", InputFormat.Markdown);
        builder.AddParagraph(text, kind, kind == ParagraphKind.Heading ? 2 : 0);
        return TextModel.Create(builder.Build());
    }

    /// <summary>A model of a Markdown account.</summary>
    public static TextModel Markdown(string text) => TextModel.Create(new PlainTextReader(InputFormat.Markdown).ReadString(text, "t.md"));

    /// <summary>The text of every sentence.</summary>
    public static string[] SentenceTexts(this TextModel model) => [.. model.Sentences.Select(model.GetText)];

    /// <summary>The single sentence of a one-sentence model.</summary>
    public static Sentence Single(this TextModel model)
    {
        model.Sentences.Length.ShouldBe(1, string.Join(" | ", model.SentenceTexts()));
        return model.Sentences[0];
    }

    /// <summary>The index of the first token whose text is <paramref name="word"/>.</summary>
    public static int IndexOf(this TextModel model, string word)
    {
        for (int i = 0; i < model.Tokens.Length; i++)
        {
            if (model.Tokens[i].Text == word)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{word}' is not a token.");
    }
}
