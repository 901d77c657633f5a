using System.Text;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;

namespace EvidenceLint.Tests.Reading;

public class DocumentLoaderTests
{
    private const string Account = "I listened to five calls a week for each adviser.";

    // No analyzers: these tests are about reading, and an empty linter reports only what the loader finds.
    private static EvidenceLinter Linter(ReadingLimits? limits = null) =>
        new([], LintOptions.Default with { Limits = limits ?? ReadingLimits.Default });

    private static Task<LintResult> Lint(byte[] bytes, string fileName, ReadingLimits? limits = null) =>
        Linter(limits).LintAsync(new MemoryStream(bytes, writable: false), fileName);

    [Test]
    public async Task Zero_byte_file_is_EL0001()
    {
        var result = await Lint([], "account.docx");

        result.IsReadable.ShouldBeFalse();
        var failure = result.Diagnostics.ShouldHaveSingleItem();
        failure.Id.ShouldBe("EL0001");
        failure.Message.ShouldContain("empty");
    }

    [Test]
    public async Task Random_binary_named_txt_is_EL0001()
    {
        byte[] bytes = new byte[4096];
        new Random(20240611).NextBytes(bytes);

        var result = await Lint(bytes, "account.txt");

        var failure = result.Diagnostics.ShouldHaveSingleItem();
        failure.Id.ShouldBe("EL0001");
        failure.Message.ShouldContain(".txt");
    }

    [Test]
    public async Task Utf16_little_endian_with_bom_is_read()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("I listened to calls.\r\n\r\nI reviewed the café’s scores.")];

        var result = await Lint(bytes, "account.txt");

        result.Format.ShouldBe(InputFormat.Text);
        result.Document.ShouldNotBeNull().Text.ShouldBe("I listened to calls.\n\nI reviewed the café’s scores.");
    }

    [Test]
    public async Task Utf8_with_bom_is_read_without_the_bom()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("# Monitoring\n\nI scored the café’s calls.")];

        var result = await Lint(bytes, "account.md");

        result.Format.ShouldBe(InputFormat.Markdown);
        var document = result.Document.ShouldNotBeNull();
        document.Text.ShouldBe("Monitoring\n\nI scored the café’s calls.");
        document.Paragraphs[0].IsHeading.ShouldBeTrue();
    }

    [Test]
    public async Task Windows_1252_text_is_readable_with_its_smart_punctuation()
    {
        // "I didn’t agree – the café’s “target” was €5." as Word-era Windows editors save it (not valid UTF-8).
        byte[] bytes = [.. "I didn"u8, 0x92, .. "t agree "u8, 0x96, .. " the caf"u8, 0xE9, 0x92, .. "s "u8, 0x93, .. "target"u8, 0x94, .. " was "u8, 0x80, .. "5."u8];

        var result = await Lint(bytes, "account.txt");

        result.Document.ShouldNotBeNull().Text.ShouldBe("I didn’t agree – the café’s “target” was €5.");
    }

    [Test]
    public async Task Oversize_stream_is_EL0004_without_reading_it_all()
    {
        var content = new CountingStream(totalBytes: 20 * 1024 * 1024);

        var result = await Linter(ReadingLimits.Default with { MaxInputBytes = 1000 }).LintAsync(content, "account.txt");

        var failure = result.Diagnostics.ShouldHaveSingleItem();
        failure.Id.ShouldBe("EL0004");
        failure.Message.ShouldContain("1,000-byte");
        content.BytesRead.ShouldBeLessThan(256 * 1024, "reading stops soon after the limit");
    }

    [Test]
    public async Task Oversize_seekable_stream_is_EL0004_before_any_read()
    {
        var content = new GuardedStream(new byte[5000]);

        var result = await Linter(ReadingLimits.Default with { MaxInputBytes = 1000 }).LintAsync(content, "account.txt");

        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("EL0004");
        content.ReadCalls.ShouldBe(0);
    }

    [Test]
    public async Task Too_many_words_is_EL0004()
    {
        var result = await Lint(Encoding.UTF8.GetBytes(Account), "account.txt", ReadingLimits.Default with { MaxWords = 5 });

        var failure = result.Diagnostics.ShouldHaveSingleItem();
        failure.Id.ShouldBe("EL0004");
        failure.Message.ShouldContain("10 words");
        failure.Message.ShouldContain("5-word");
    }

    [Test]
    public async Task Stream_is_read_but_never_written_closed_or_disposed()
    {
        var content = new GuardedStream(Encoding.UTF8.GetBytes(Account));

        var result = await Linter().LintAsync(content, "account.txt");

        result.IsReadable.ShouldBeTrue();
        content.ReadCalls.ShouldBeGreaterThan(0);
        content.Disposed.ShouldBeFalse();
        content.CanRead.ShouldBeTrue();
        content.Writes.ShouldBe(0);
    }

    [Test]
    public async Task File_is_read_but_never_modified()
    {
        string path = Path.Combine(Path.GetTempPath(), $"evidencelint-{Guid.NewGuid():N}.txt");
        try
        {
            await File.WriteAllTextAsync(path, Account);
            var written = File.GetLastWriteTimeUtc(path);

            var result = await Linter().LintAsync(path);

            result.Document.ShouldNotBeNull().Text.ShouldBe(Account);
            (await File.ReadAllTextAsync(path)).ShouldBe(Account);
            File.GetLastWriteTimeUtc(path).ShouldBe(written);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Missing_file_is_EL0001_with_a_plain_message()
    {
        string path = Path.Combine(Path.GetTempPath(), $"evidencelint-missing-{Guid.NewGuid():N}.docx");

        var result = await Linter().LintAsync(path);

        result.Path.ShouldBe(path);
        result.IsReadable.ShouldBeFalse();
        var failure = result.Diagnostics.ShouldHaveSingleItem();
        failure.Id.ShouldBe("EL0001");
        failure.Message.ShouldBe("The file does not exist. Check the path and file name.");
    }

    /// <summary>A non-seekable stream of spaces and letters that counts how much of it was read.</summary>
    private sealed class CountingStream(long totalBytes) : Stream
    {
        private long _position;

        public long BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = (int)Math.Min(buffer.Length, totalBytes - _position);
            buffer[..n].Fill((byte)'a');
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A readable, seekable, writable stream that records reads, writes and disposal.</summary>
    private sealed class GuardedStream(byte[] bytes) : MemoryStream(bytes, writable: true)
    {
        public int ReadCalls { get; private set; }

        public int Writes { get; private set; }

        public bool Disposed { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ReadCalls++;
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            ReadCalls++;
            return base.Read(buffer);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            ReadCalls++;
            return base.ReadAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            ReadCalls++;
            return base.ReadAsync(buffer, cancellationToken);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            Writes++;
            base.WriteByte(value);
        }

        public override void SetLength(long value)
        {
            Writes++;
            base.SetLength(value);
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
