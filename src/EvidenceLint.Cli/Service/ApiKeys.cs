using System.Security.Cryptography;
using System.Text;

namespace EvidenceLint.Cli.Service;

/// <summary>
/// The API keys a request must present as <c>Authorization: Bearer KEY</c> when any are configured. Keys are kept only
/// as SHA-256 hashes and every one is compared in constant time, so neither a key's length nor its prefix can be
/// learned from response times.
/// </summary>
internal sealed class ApiKeys
{
    /// <summary>The environment variable holding comma-separated keys.</summary>
    public const string EnvironmentVariable = "EVIDENCELINT_API_KEYS";

    private readonly byte[][] _hashes;

    private ApiKeys(IEnumerable<string> keys) => _hashes = [.. keys.Select(Hash)];

    /// <summary>True when keys are configured, so requests to <c>/v1/*</c> and <c>/metrics</c> need one.</summary>
    public bool Required => _hashes.Length > 0;

    public int Count => _hashes.Length;

    /// <summary>The keys from the variable (comma-, semicolon- or whitespace-separated) and the file (one per line, '#' comments).</summary>
    /// <exception cref="IOException">The key file cannot be read.</exception>
    public static ApiKeys From(string? variable, string? keyFile)
    {
        var keys = Split(variable ?? string.Empty, [',', ';', ' ', '\t', '\r', '\n']);
        if (keyFile is not null)
        {
            foreach (string line in File.ReadAllLines(keyFile))
            {
                string key = line.Trim();
                if (key.Length > 0 && !key.StartsWith('#'))
                {
                    keys.Add(key);
                }
            }
        }

        return new ApiKeys(keys);
    }

    /// <summary>True when the header carries one of the keys as a bearer token.</summary>
    public bool Accepts(string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] presented = Hash(authorization[scheme.Length..].Trim());
        bool match = false;

        // No early exit: the time taken does not depend on which key, if any, matched.
        foreach (byte[] hash in _hashes)
        {
            match |= CryptographicOperations.FixedTimeEquals(presented, hash);
        }

        return match;
    }

    private static List<string> Split(string text, char[] separators) =>
        [.. text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
