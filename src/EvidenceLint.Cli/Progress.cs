using System.Globalization;

namespace EvidenceLint.Cli;

/// <summary>
/// Progress of a batch on standard error. On a terminal, one line redrawn in place (a bar for long batches); when
/// standard error is redirected, nothing, or for commands that ask for it a plain line at every tenth of the batch,
/// so a log shows the run is alive without a line per file.
/// </summary>
internal sealed class Progress : IDisposable
{
    private const int BarWidth = 24;
    private readonly TextWriter? _writer;
    private readonly bool _live;
    private readonly int _total;
    private readonly string _noun;
    private int _done;
    private int _lastTenth;
    private bool _finished;

    private Progress(TextWriter? writer, bool live, int total, string noun)
    {
        _writer = writer;
        _live = live;
        _total = total;
        _noun = noun;
    }

    /// <summary>A counter shown only on a terminal, for batches of more than one.</summary>
    public static Progress Start(CliEnvironment environment, int total) =>
        new(total > 1 && environment.ErrorIsTerminal ? environment.Error : null, live: true, total, noun: string.Empty);

    /// <summary>A bar on a terminal, or plain lines when standard error is redirected.</summary>
    public static Progress StartWithLines(CliEnvironment environment, int total, string noun) =>
        new(total > 0 ? environment.Error : null, environment.ErrorIsTerminal, total, noun);

    public void Advance()
    {
        int done = Interlocked.Increment(ref _done);
        if (_writer is null)
        {
            return;
        }

        lock (_writer)
        {
            if (_live)
            {
                Draw(done);
                return;
            }

            int tenth = done * 10 / _total;
            if (tenth > _lastTenth || done == _total)
            {
                _lastTenth = tenth;
                _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"checked {done}/{_total} {_noun} ({done * 100 / _total}%)"));
            }
        }
    }

    /// <summary>Writes a message on its own line without tearing the bar.</summary>
    public void Report(string message)
    {
        if (_writer is null)
        {
            return;
        }

        lock (_writer)
        {
            if (_live)
            {
                _writer.Write("\r" + new string(' ', 60) + "\r");
            }

            _writer.WriteLine(message);
            if (_live && Volatile.Read(ref _done) > 0)
            {
                Draw(Volatile.Read(ref _done));
            }
        }
    }

    public void Dispose()
    {
        if (_writer is not null && _live && !_finished)
        {
            _finished = true;
            lock (_writer)
            {
                _writer.Write("\r" + new string(' ', 60) + "\r");
            }
        }
    }

    private void Draw(int done)
    {
        if (_noun.Length == 0)
        {
            _writer!.Write($"\rChecked {done}/{_total}");
            return;
        }

        int filled = done * BarWidth / _total;
        _writer!.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {done}/{_total} {_noun}"));
    }
}
