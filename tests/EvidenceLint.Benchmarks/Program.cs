using BenchmarkDotNet.Running;
using EvidenceLint.Benchmarks;

// `limit-inputs DIR` writes the inputs bench/limits.sh times; anything else goes to BenchmarkDotNet.
if (args is ["limit-inputs", var directory])
{
    return LimitInputs.Write(directory);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
