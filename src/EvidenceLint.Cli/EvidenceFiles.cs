using System.Text;
using System.Text.RegularExpressions;
using EvidenceLint.Configuration;

namespace EvidenceLint.Cli;

/// <summary>One input to check: the path as the user will recognise it, and the full path used to open it.</summary>
/// <param name="DisplayPath">The path shown in reports (as typed, or relative to the folder or glob typed).</param>
/// <param name="FullPath">The absolute path.</param>
internal sealed record EvidenceFile(string DisplayPath, string FullPath);

/// <summary>
/// Turns the paths on the command line into the accounts to check: files as given, folders searched recursively
/// for accounts, and globs with <c>*</c>, <c>?</c> and <c>**</c>. Hidden files and folders and configuration files are
/// skipped when searching, because they are never a learner's account.
/// </summary>
internal static class EvidenceFiles
{
    /// <summary>The extensions searched for in folders and globs.</summary>
    public static readonly IReadOnlySet<string> AccountExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".docx", ".pdf", ".txt", ".md" };

    /// <summary>
    /// Expands the arguments, sorted by display path and without duplicates. A named file that does not exist is kept
    /// (checking it reports EL0001); a folder or glob that finds nothing is listed in <paramref name="unmatched"/>.
    /// </summary>
    public static IReadOnlyList<EvidenceFile> Expand(IEnumerable<string> arguments, out IReadOnlyList<string> unmatched)
    {
        var found = new Dictionary<string, EvidenceFile>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var empty = new List<string>();
        foreach (string argument in arguments)
        {
            var matches = ExpandOne(argument).ToList();
            if (matches.Count == 0)
            {
                empty.Add(argument);
            }

            foreach (var match in matches)
            {
                found.TryAdd(match.FullPath, match);
            }
        }

        unmatched = empty;
        return [.. found.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal)];
    }

    private static IEnumerable<EvidenceFile> ExpandOne(string argument)
    {
        if (argument.IndexOfAny(['*', '?']) >= 0)
        {
            return ExpandGlob(argument);
        }

        if (Directory.Exists(argument))
        {
            return SearchFolder(argument, argument, _ => true);
        }

        return [new EvidenceFile(argument, Path.GetFullPath(argument))];
    }

    private static IEnumerable<EvidenceFile> ExpandGlob(string pattern)
    {
        // The folder part before the first wildcard is searched; the rest is matched against paths below it.
        string normalised = pattern.Replace('\\', '/');
        string[] segments = normalised.Split('/');
        int firstWild = Array.FindIndex(segments, s => s.IndexOfAny(['*', '?']) >= 0);
        string baseFolder = string.Join('/', segments[..firstWild]);
        string relativePattern = string.Join('/', segments[firstWild..]);
        string searchFolder = baseFolder.Length > 0 ? baseFolder : normalised.StartsWith('/') ? "/" : ".";
        if (!Directory.Exists(searchFolder))
        {
            return [];
        }

        var regex = GlobToRegex(relativePattern);
        return SearchFolder(searchFolder, baseFolder, relative => regex.IsMatch(relative));
    }

    private static IEnumerable<EvidenceFile> SearchFolder(string folder, string displayPrefix, Func<string, bool> matches)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        string root = Path.GetFullPath(folder);
        foreach (string file in Directory.EnumerateFiles(root, "*", options))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')) ||
                string.Equals(Path.GetFileName(file), LintConfiguration.FileName, StringComparison.OrdinalIgnoreCase) ||
                IsAnnotatedCopy(file) ||
                !AccountExtensions.Contains(Path.GetExtension(file)) ||
                !matches(relative))
            {
                continue;
            }

            string display = displayPrefix.Length == 0 ? relative : Path.Join(displayPrefix, relative);
            yield return new EvidenceFile(display.Replace('\\', '/'), file);
        }
    }

    /// <summary>The file name <c>check --annotate</c> gives a copy of <paramref name="accountPath"/>: <c>name.evidencelint.docx</c>, beside it.</summary>
    public static string AnnotatedCopyPath(string accountPath)
    {
        string full = Path.GetFullPath(accountPath);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full) + AnnotatedCopySuffix);
    }

    // A commented copy repeats its account's text, so a folder search that took it for an account would report everything twice.
    private static bool IsAnnotatedCopy(string file) => file.EndsWith(AnnotatedCopySuffix, StringComparison.OrdinalIgnoreCase);

    private const string AnnotatedCopySuffix = ".evidencelint.docx";

    /// <summary><c>**</c> matches any number of folders, <c>*</c> anything within one name, <c>?</c> one character.</summary>
    internal static Regex GlobToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                bool slashFollows = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        regex.Append('$');
        return new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
