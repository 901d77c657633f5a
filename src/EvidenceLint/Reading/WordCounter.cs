namespace EvidenceLint.Reading;

/// <summary>Counts words the way centres count an account's length: whitespace-separated tokens with a letter or digit.</summary>
internal static class WordCounter
{
    public static int Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inToken = false, hasWordChar = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inToken && hasWordChar)
                {
                    count++;
                }

                inToken = false;
                hasWordChar = false;
            }
            else
            {
                inToken = true;
                hasWordChar |= char.IsLetterOrDigit(c);
            }
        }

        if (inToken && hasWordChar)
        {
            count++;
        }

        return count;
    }
}
