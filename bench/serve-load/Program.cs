// A small load generator for bench/serve.sh: N clients post the same document to /v1/check as fast as they can and
// the run reports requests per second and latency percentiles. Written here rather than downloaded so the
// benchmark needs nothing beyond the SDK.
using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

if (args.Length >= 3 && args[0] == "make-docx")
{
    // make-docx SOURCE.md OUT.docx WORDS: a minimal Word document of about WORDS words from a Markdown account.
    string[] words = File.ReadAllText(args[1]).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith('#')).ToArray();
    int target = int.Parse(args[3]);
    var paragraphs = new List<string>();
    for (int i = 0; i < target; i += 80)
    {
        paragraphs.Add(string.Join(' ', Enumerable.Range(i, Math.Min(80, target - i)).Select(k => words[k % words.Length])));
    }

    using var zip = ZipFile.Open(args[2], ZipArchiveMode.Create);
    void Add(string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
    Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
    string body = string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(p)}</w:t></w:r></w:p>"));
    Add("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""");
    return 0;
}

// URL DOCX CLIENTS REQUESTS
string url = args[0];
byte[] document = File.ReadAllBytes(args[1]);
int clients = int.Parse(args[2]);
int total = int.Parse(args[3]);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { Timeout = TimeSpan.FromSeconds(60) };
var latencies = new double[total];
var statuses = new int[total];
int next = -1;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
{
    for (int i = Interlocked.Increment(ref next); i < total; i = Interlocked.Increment(ref next))
    {
        using var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        long started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(url, content);
        await response.Content.ReadAsByteArrayAsync();
        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        statuses[i] = (int)response.StatusCode;
    }
}));
double seconds = clock.Elapsed.TotalSeconds;
var ok = latencies.Where((_, i) => statuses[i] == 200).Order().ToArray();
double Percentile(double p) => ok.Length == 0 ? double.NaN : ok[Math.Min(ok.Length - 1, (int)Math.Ceiling(p * ok.Length) - 1)];
Console.WriteLine($"requests: {total} with {clients} clients in {seconds:0.00} s: {ok.Length / seconds:0.0} checks/s (200 only)");
Console.WriteLine($"statuses: {string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))}");
Console.WriteLine($"latency of 200s: p50 {Percentile(0.50):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {(ok.Length == 0 ? double.NaN : ok[^1]):0.0} ms");
return statuses.All(s => s == 200) ? 0 : 1;
