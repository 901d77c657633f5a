using SharpFuzz;

namespace EvidenceLint.Fuzz;

/// <summary>
/// AFL++ harnesses (instrumented with SharpFuzz) for the untrusted inputs EvidenceLint reads. Usage:
/// <c>EvidenceLint.Fuzz TARGET</c> under afl-fuzz, or <c>EvidenceLint.Fuzz TARGET FILE...</c> to replay inputs
/// (exit code 1 when any of them is a finding). TARGET is docx, pdf, pack or config; see docs/fuzzing.md.
/// <c>EvidenceLint.Fuzz hostile OUTDIR</c> writes the large and hostile documents bench/limits.sh measures.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["hostile", string directory])
        {
            return HostileInputs.Write(directory);
        }

        if (args.Length == 0 || !FuzzTargets.TryGet(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: EvidenceLint.Fuzz {{{string.Join('|', FuzzTargets.Names)}}} [FILE...]");
            return 2;
        }

        if (args.Length > 1)
        {
            return Replay(target, args[1..]);
        }

        // Out of process: a stack overflow or a fail-fast in the parsers is reported to afl-fuzz as a crash of the
        // child rather than taking the fork server down with it.
        Fuzzer.OutOfProcess.Run(stream => target(ReadAll(stream)));
        return 0;
    }

    private static int Replay(Action<byte[]> target, string[] files)
    {
        int findings = 0;
        foreach (string file in files)
        {
            try
            {
                target(File.ReadAllBytes(file));
                Console.WriteLine($"ok       {file}");
            }
            catch (Exception ex)
            {
                findings++;
                Console.WriteLine($"FINDING  {file}");
                Console.WriteLine(ex.ToString());
            }
        }

        return findings == 0 ? 0 : 1;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
