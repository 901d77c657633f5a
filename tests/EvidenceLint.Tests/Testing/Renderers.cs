using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace EvidenceLint.Tests.Testing;

/// <summary>
/// The real programs some tests render reports with: Debian's Chromium, LibreOffice Writer and poppler-utils, which
/// <c>.ci/run</c> installs when they are absent. On a developer's machine without them those tests are ignored with
/// a message saying what to install; in CI (<c>CI=true</c>) they fail instead, because a skipped render there would
/// hide a broken report.
/// </summary>
internal static class Renderers
{
    /// <summary>True when running in continuous integration, where every renderer test must really run.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Chromium executable (Debian's package <c>chromium</c>).</summary>
    public static string Chromium => Require("Chromium (Debian package chromium)", "chromium", "chromium-browser");

    /// <summary>LibreOffice's command line (Debian package <c>libreoffice-writer-nogui</c>).</summary>
    public static string LibreOffice => Require("LibreOffice Writer (Debian package libreoffice-writer-nogui)", "soffice", "libreoffice");

    /// <summary>poppler's <c>pdftotext</c> (Debian package <c>poppler-utils</c>).</summary>
    public static string PdfToText => Require("pdftotext (Debian package poppler-utils)", "pdftotext");

    /// <summary>The full path of the first of <paramref name="programs"/> on PATH, or null.</summary>
    public static string? FindOnPath(params string[] programs) =>
        programs.SelectMany(program => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, program)))
            .FirstOrDefault(File.Exists);

    private static string Require(string what, params string[] programs)
    {
        if (FindOnPath(programs) is { } path)
        {
            return path;
        }

        string message = $"{what} is not on PATH ({string.Join(", ", programs)}), so this test could not render the report; bash .ci/run installs it.";
        if (InCi)
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
        return null!;
    }
}

/// <summary>
/// Puts a test in a renderer category (<c>Browser</c>, <c>LibreOffice</c>) and, in CI, turns a skip of it into a
/// failure, whatever ignored it (a missing program, missing shared data).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal abstract class RendererCategoryAttribute(string category) : CategoryAttribute(category), IWrapTestMethod
{
    public TestCommand Wrap(TestCommand command) => new NoSkipInCiCommand(command);

    private sealed class NoSkipInCiCommand(TestCommand inner) : DelegatingTestCommand(inner)
    {
        public override TestResult Execute(TestExecutionContext context)
        {
            try
            {
                context.CurrentResult = innerCommand.Execute(context);
            }
            catch (Exception ex)
            {
                context.CurrentResult.RecordException(ex);
            }

            if (Renderers.InCi && context.CurrentResult.ResultState.Status == TestStatus.Skipped)
            {
                context.CurrentResult.SetResult(ResultState.Failure, $"Skipped in CI, where renderer tests must run: {context.CurrentResult.Message}");
            }

            return context.CurrentResult;
        }
    }
}

/// <summary>A test that renders in a real browser (Debian's Chromium, driven by Playwright).</summary>
internal sealed class BrowserAttribute() : RendererCategoryAttribute("Browser");

/// <summary>A test that opens a document in LibreOffice.</summary>
internal sealed class LibreOfficeAttribute() : RendererCategoryAttribute("LibreOffice");
