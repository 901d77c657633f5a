using System.Text.Json;
using System.Text;
using EvidenceLint.Tests.Testing;
using static EvidenceLint.Tests.Fixes.RedactionFixProviderTests;

namespace EvidenceLint.Tests.Cli;

public class FixAndAnnotateCommandTests
{
    private const string AccountWithData = "I called Mrs Khan back on 07700 900123 and confirmed her postcode, LS1 4AP, before I logged the complaint and set a follow-up for the next day.";

    [Test]
    public async Task Fix_redact_writes_a_clean_copy_beside_the_account_and_leaves_it_untouched()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("account.docx", DocxBuilder.FromMarkdown(AccountWithData));
        var before = folder.Hashes();

        var run = await CliRun.RunAsync("fix", "--redact", account);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("replaced 3 items");
        string copy = Path.Combine(folder.Root, "account.redacted.docx");
        folder.Hashes()[account].ShouldBe(before[account]);
        folder.Hashes().Keys.Order().ShouldBe([account, copy]);
        byte[] redacted = await File.ReadAllBytesAsync(copy);
        ValidationErrors(redacted).ShouldBeEmpty();
        var relinted = await LintAsync(redacted, "account.docx");
        PrivacyFindings(relinted).ShouldBeEmpty();
        relinted.Document!.Text.ShouldContain("I called [NAME] back on [PHONE] and confirmed her postcode, [POSTCODE], before");
    }

    [Test]
    public async Task Fix_redact_writes_to_the_output_named()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("account.md", AccountWithData);
        string output = Path.Combine(folder.Root, "out", "clean.md");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        var run = await CliRun.RunAsync("fix", "--redact", account, "-o", output);

        run.ExitCode.ShouldBe(0, run.ToString());
        (await File.ReadAllTextAsync(output)).ShouldStartWith("I called [NAME] back on [PHONE]");
        (await File.ReadAllTextAsync(account)).ShouldBe(AccountWithData);
    }

    [Test]
    public async Task Fix_redact_refuses_a_pdf_and_leaves_nothing_behind()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("account.pdf", PdfBuilder.FromMarkdown(AccountWithData));
        var before = folder.Hashes();

        var run = await CliRun.RunAsync("fix", "--redact", account);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("A PDF cannot be redacted safely in place");
        run.Error.ShouldContain("evidencelint extract");
        folder.Hashes().ShouldBe(before);
    }

    [Test]
    public async Task Fix_needs_a_fix_and_never_overwrites_the_account()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("account.md", AccountWithData);

        var noFix = await CliRun.RunAsync("fix", account);
        var overwrite = await CliRun.RunAsync("fix", "--redact", account, "-o", account);

        noFix.ExitCode.ShouldBe(2, noFix.ToString());
        noFix.Error.ShouldContain("--redact");
        overwrite.ExitCode.ShouldBe(2, overwrite.ToString());
        overwrite.Error.ShouldContain("is the account itself");
        (await File.ReadAllTextAsync(account)).ShouldBe(AccountWithData);
        Directory.GetFiles(folder.Root).ShouldBe([account]);
    }

    [Test]
    public async Task Output_folder_that_cannot_be_written_is_a_clear_error_with_no_partial_copy()
    {
        using var folder = new AccountFolder();
        string docx = folder.Write("account.docx", DocxBuilder.FromMarkdown(AccountWithData));
        string blocker = folder.Write("not-a-folder", "a file where the output folder should be");
        var before = folder.Hashes();

        var fix = await CliRun.RunAsync("fix", "--redact", docx, "-o", Path.Combine(blocker, "copy.docx"));
        var annotate = await CliRun.RunAsync("check", docx, "--annotate", "-o", Path.Combine(blocker, "copy.docx"));

        fix.ExitCode.ShouldBe(2, fix.ToString());
        fix.Error.ShouldContain("could not write the redacted copy");
        fix.Error.ShouldContain("the account was not changed");
        fix.Error.ShouldNotContain(".tmp");
        annotate.ExitCode.ShouldBe(2, annotate.ToString());
        annotate.Error.ShouldContain("could not write the annotated copy");
        folder.Hashes().ShouldBe(before);
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Read_only_folder_is_a_clear_error_with_no_partial_copy()
    {
        using var folder = new AccountFolder();
        string docx = folder.Write("in/account.docx", DocxBuilder.FromMarkdown(AccountWithData));
        string locked = Path.Combine(folder.Root, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        File.SetUnixFileMode(docx, UnixFileMode.UserRead);
        try
        {
            if (CanWriteIn(locked))
            {
                Assert.Ignore("This user can write in a read-only folder (running as root), so the permission error cannot be produced; the blocked-path test covers the same handling.");
            }

            var before = folder.Hashes();
            var fix = await CliRun.RunAsync("fix", "--redact", docx, "-o", Path.Combine(locked, "copy.docx"));
            var annotate = await CliRun.RunAsync("check", docx, "--annotate", "-o", Path.Combine(locked, "copy.docx"));

            fix.ExitCode.ShouldBe(2, fix.ToString());
            fix.Error.ShouldContain("could not write the redacted copy");
            annotate.ExitCode.ShouldBe(2, annotate.ToString());
            annotate.Error.ShouldContain("could not write the annotated copy");
            folder.Hashes().ShouldBe(before);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(docx, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Test]
    public async Task Annotate_writes_name_evidencelint_docx_beside_a_read_only_account_and_leaves_it_untouched()
    {
        using var folder = new AccountFolder();
        string account = folder.CopySample("sample-account.docx");
        File.SetAttributes(account, FileAttributes.ReadOnly);
        var before = folder.Hashes();

        var run = await CliRun.RunAsync("check", account, "--annotate");

        File.SetAttributes(account, FileAttributes.Normal);
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("1 document:");
        string copy = Path.Combine(folder.Root, "sample-account.evidencelint.docx");
        // One comment per finding shown, and the summary.
        var findings = JsonDocument.Parse((await CliRun.RunAsync("check", account, "--format", "json")).Out).RootElement.GetProperty("documents")[0].GetProperty("diagnostics").GetArrayLength();
        run.Error.ShouldContain($"wrote {findings + 1} comment{(findings == 0 ? string.Empty : "s")} to {copy}");
        folder.Hashes()[account].ShouldBe(before[account]);
        folder.Hashes().Keys.Order().ShouldBe([account, copy]);
        ValidationErrors(await File.ReadAllBytesAsync(copy)).ShouldBeEmpty();

        // A folder check does not take the annotated copy for another account.
        var again = await CliRun.RunAsync("check", folder.Root);
        again.Out.ShouldContain("1 document:");
    }

    [Test]
    public async Task Annotate_reads_the_account_once_and_comments_the_bytes_it_checked()
    {
        Assume.That(!OperatingSystem.IsWindows(), "named pipes made with mkfifo are a Unix feature");
        using var folder = new AccountFolder();
        byte[] docx = await File.ReadAllBytesAsync(Path.Combine(AccountFolder.SamplesFolder, "sample-account.docx"));
        string account = Path.Combine(folder.Root, "account.docx");
        string copy = Path.Combine(folder.Root, "annotated.docx");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [account]))
        {
            await mkfifo.WaitForExitAsync();
            mkfifo.ExitCode.ShouldBe(0);
        }

        // A named pipe gives its bytes to one reader only: a second read of the account would wait for a writer that
        // never comes, so this run only finishes if the annotated copy is made from the bytes that were linted.
        var writer = Task.Run(() =>
        {
            using var pipe = new FileStream(account, FileMode.Open, FileAccess.Write);
            pipe.Write(docx);
        });
        var check = CliRun.RunAsync("check", account, "--annotate", "-o", copy);
        if (await Task.WhenAny(check, Task.Delay(TimeSpan.FromSeconds(60))) != check)
        {
            // Release the second read (it sees an empty file) so the run ends before the test fails.
            using (new FileStream(account, FileMode.Open, FileAccess.Write))
            {
            }

            await check;
            Assert.Fail("check --annotate read the account a second time");
        }

        var run = await check;
        await writer;
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldContain($"account.docx: wrote 1 comment to {copy}");
        ValidationErrors(await File.ReadAllBytesAsync(copy)).ShouldBeEmpty();
    }

    [Test]
    public async Task Annotate_refuses_an_account_that_is_not_a_word_document()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("account.md", AccountWithData);
        var before = folder.Hashes();

        var run = await CliRun.RunAsync("check", account, "--annotate");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("Comments can only be added to a Word document (.docx), and this account is a Markdown file");
        folder.Hashes().ShouldBe(before);
    }

    [Test]
    public async Task Annotate_with_output_takes_one_account()
    {
        using var folder = new AccountFolder();
        folder.Write("a.docx", DocxBuilder.FromMarkdown(AccountWithData));
        folder.Write("b.docx", DocxBuilder.FromMarkdown(AccountWithData));

        var run = await CliRun.RunAsync("check", folder.Root, "--annotate", "-o", Path.Combine(folder.Root, "out.docx"));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("--output names the annotated copy of one account");
        File.Exists(Path.Combine(folder.Root, "out.docx")).ShouldBeFalse();
    }

    [Test]
    public async Task Annotate_of_a_missing_account_is_exit_2_with_no_copy()
    {
        using var folder = new AccountFolder();

        var run = await CliRun.RunAsync("check", Path.Combine(folder.Root, "missing.docx"), "--annotate");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Out.ShouldContain("EL0001");
        Directory.GetFiles(folder.Root).ShouldBeEmpty();
    }

    private static bool CanWriteIn(string folder)
    {
        string probe = Path.Combine(folder, ".probe");
        try
        {
            File.WriteAllText(probe, "probe", Encoding.UTF8);
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
