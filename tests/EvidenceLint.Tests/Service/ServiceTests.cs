using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EvidenceLint.Cli;
using EvidenceLint.Cli.Service;
using EvidenceLint.Tests.Cli;
using EvidenceLint.Tests.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace EvidenceLint.Tests.Service;

/// <summary>
/// <c>evidencelint serve</c> against a real Kestrel on a free loopback port: every refusal as problem details, the
/// same report bytes as the command line, no 5xx under load but 503, and no customer data in answers or logs.
/// </summary>
public class ServiceTests
{
    private const string MarkdownType = "text/markdown";
    private const string Account = """
        # Monitoring call quality

        I listened to ten calls with my team leader and we agreed two standards: every caller is greeted by name and
        every call ends with a summary. I checked the scores a month later and they had improved, so I shared them.
        """;

    [Test]
    public async Task Check_answers_the_bytes_the_command_line_prints_for_the_same_file()
    {
        using var folder = new AccountFolder();
        string config = folder.Write("evidencelint.json", "{}");
        string docx = folder.Write("jo.docx", DocxBuilder.FromMarkdown(File.ReadAllText(Path.Combine(SharedData.Require("corpus/dev"), "02-mcs-typical.md"))));
        string markdown = folder.Write("ann.md", Account);
        await using var server = await TestServer.StartAsync(new ServeSettings { ConfigPath = config });

        foreach (var (path, type, unit) in new[] { (docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "MCS"), (markdown, MarkdownType, "auto") })
        {
            var cli = await CliRun.RunAsync("check", path, "--format", "json", "--unit", unit, "--config", config, "--fail-on", "never");
            using var content = new ByteArrayContent(await File.ReadAllBytesAsync(path));
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
            content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = path };
            using var response = await server.Client.PostAsync($"/v1/check?unit={unit}", content);

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
            (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Encoding.UTF8.GetBytes(cli.Out), $"{path}: the service's report differs from the command line's");
        }
    }

    [Test]
    public async Task Multipart_uploads_and_accept_headers_choose_the_report()
    {
        await using var server = await TestServer.StartAsync(new ServeSettings());
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Account));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "ann.md");
        using var json = await server.Client.PostAsync("/v1/check?unit=MCS", form);
        json.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var report = JsonDocument.Parse(await json.Content.ReadAsStringAsync()))
        {
            var document = report.RootElement.GetProperty("documents")[0];
            document.GetProperty("path").GetString().ShouldBe("ann.md");
            document.GetProperty("format").GetString().ShouldBe("md");
            Schemas.ShouldMatchJsonContract(report.RootElement.GetRawText(), "multipart check");
        }

        foreach (var (accept, expected) in new[] { ("application/sarif+json", "application/sarif+json"), ("text/html", "text/html"), ("text/html;q=0.5, application/json", "application/json") })
        {
            using var request = Post("/v1/check?unit=MCS", Account, MarkdownType);
            request.Headers.Accept.ParseAdd(accept);
            using var response = await server.Client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, accept);
            response.Content.Headers.ContentType!.MediaType.ShouldBe(expected);
        }
    }

    [Test]
    public async Task Client_mistakes_are_problem_details_never_500()
    {
        using var folder = new AccountFolder();
        string config = folder.Write("evidencelint.json", """{ "limits": { "maxInputBytes": 4096 } }""");
        await using var server = await TestServer.StartAsync(new ServeSettings { ConfigPath = config });
        string big = new('a', 6000);

        await ShouldBeProblem(server, Post("/v1/check?unit=XYZ", Account, MarkdownType), HttpStatusCode.BadRequest, "Unknown unit");
        await ShouldBeProblem(server, Post("/v1/check?unit=MCS&format=pdf", Account, MarkdownType), HttpStatusCode.BadRequest, "Unknown query parameter");
        await ShouldBeProblem(server, Post("/v1/check", Account, "image/png"), HttpStatusCode.UnsupportedMediaType, "image/png");
        await ShouldBeProblem(server, Post("/v1/check", big, MarkdownType), HttpStatusCode.RequestEntityTooLarge, "4,096");

        // Without Content-Length (chunked), the limit is enforced while reading.
        var chunked = new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(big))) };
        chunked.Content.Headers.ContentType = new MediaTypeHeaderValue(MarkdownType);
        await ShouldBeProblem(server, chunked, HttpStatusCode.RequestEntityTooLarge, "4,096");

        var unreadable = await ShouldBeProblem(server, Post("/v1/check", "not a Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), HttpStatusCode.UnprocessableEntity, "");
        unreadable.GetProperty("id").GetString().ShouldBe("EL0001");
        var empty = await ShouldBeProblem(server, Post("/v1/check", "   ", "text/plain"), HttpStatusCode.UnprocessableEntity, "");
        empty.GetProperty("id").GetString().ShouldBe("EL0003");

        using var wrongAccept = Post("/v1/check", Account, MarkdownType);
        wrongAccept.Headers.Accept.ParseAdd("image/png");
        await ShouldBeProblem(server, wrongAccept, HttpStatusCode.NotAcceptable, "Accept");
    }

    [Test]
    public async Task Api_keys_are_required_when_configured()
    {
        using var folder = new AccountFolder();
        string keyFile = folder.Write("keys.txt", "# centre keys\nsecond-key\n");
        await using var server = await TestServer.StartAsync(new ServeSettings { ApiKeyFile = keyFile, HostArguments = ["--EVIDENCELINT_API_KEYS=first-key"] });

        await ShouldBeProblem(server, Post("/v1/check", Account, MarkdownType), HttpStatusCode.Unauthorized, "Bearer");
        using var wrong = Post("/v1/check", Account, MarkdownType);
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "first-keyX");
        await ShouldBeProblem(server, wrong, HttpStatusCode.Unauthorized, "Bearer");
        (await server.Client.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await server.Client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (string key in new[] { "first-key", "second-key" })
        {
            using var request = Post("/v1/check?unit=MCS", Account, MarkdownType);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            (await server.Client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK, key);
        }
    }

    [Test]
    public async Task A_full_service_answers_503_with_retry_after()
    {
        await using var server = await TestServer.StartAsync(new ServeSettings { HostArguments = ["--Serve:MaxConcurrentRequests=1", "--Serve:QueueLimit=0", "--Serve:RetryAfterSeconds=2"] });
        using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // A slow upload holds the only slot until the gate opens.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new HttpRequestMessage(HttpMethod.Post, "/v1/check?unit=MCS") { Content = new GatedContent(Encoding.UTF8.GetBytes(Account), gate.Task) };
        slow.Content.Headers.ContentType = new MediaTypeHeaderValue(MarkdownType);
        var slowResponse = server.Client.SendAsync(slow, hang.Token);
        for (int i = 0; i < 400 && !(await server.Client.GetStringAsync("/metrics", hang.Token)).Contains("evidencelint_requests_in_flight 2", StringComparison.Ordinal); i++)
        {
            await Task.Delay(25, hang.Token);
        }

        using var refused = await server.Client.SendAsync(Post("/v1/check?unit=MCS", Account, MarkdownType), hang.Token);
        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(2));
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        gate.SetResult();
        (await slowResponse).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Thirty_two_concurrent_checks_get_no_5xx_but_503()
    {
        await using var server = await TestServer.StartAsync(new ServeSettings { HostArguments = ["--Serve:QueueLimit=4"] });
        using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var statuses = await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            using var response = await server.Client.SendAsync(Post("/v1/check?unit=auto", Account, MarkdownType), hang.Token);
            return (int)response.StatusCode;
        }));

        statuses.ShouldAllBe(s => s == 200 || s == 503);
        statuses.ShouldContain(200);
        string metrics = await server.Client.GetStringAsync("/metrics", hang.Token);
        metrics.ShouldContain("evidencelint_requests_total{status=\"200\"}");
    }

    [Test]
    public async Task Card_and_phone_numbers_appear_in_neither_the_answer_nor_the_log()
    {
        const string card = "5555 5555 5555 4444"; // not the rule pages' own example values, which SARIF's rule help quotes
        const string phone = "07700 900456";
        string text = Account + $"\nThe customer read me their card number {card} and asked me to call back on {phone}, which I did the same day.\n";
        await using var server = await TestServer.StartAsync(new ServeSettings());
        foreach (string accept in new[] { "application/json", "application/sarif+json", "text/html" })
        {
            using var request = Post("/v1/check?unit=MCS", text, "text/plain");
            request.Headers.Accept.ParseAdd(accept);
            using var response = await server.Client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            string body = await response.Content.ReadAsStringAsync();
            body.ShouldContain("EL5002");
            foreach (string value in new[] { card, phone, card.Replace(" ", string.Empty, StringComparison.Ordinal), phone.Replace(" ", string.Empty, StringComparison.Ordinal) })
            {
                body.ShouldNotContain(value, Case.Sensitive, accept);
            }
        }

        await server.DisposeAsync();
        string log = server.Log;
        log.ShouldContain("POST /v1/check 200");
        log.ShouldNotContain("4444");
        log.ShouldNotContain("900456");
        log.ShouldNotContain("customer");
    }

    [Test]
    public async Task Rules_units_health_metrics_and_openapi_are_served()
    {
        await using var server = await TestServer.StartAsync(new ServeSettings());
        using (var rules = JsonDocument.Parse(await server.Client.GetStringAsync("/v1/rules")))
        {
            rules.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain("EL4001");
        }

        using (var units = JsonDocument.Parse(await server.Client.GetStringAsync("/v1/units")))
        {
            units.RootElement.EnumerateArray().Select(u => u.GetProperty("id").GetString()).ShouldBe(["DCP", "MCS", "PCS", "SCS"], ignoreOrder: true);
        }

        (await server.Client.GetStringAsync("/healthz")).ShouldContain("\"ok\"");
        (await server.Client.GetStringAsync("/readyz")).ShouldContain("\"ready\"");
        (await server.Client.GetStringAsync("/metrics")).ShouldContain("evidencelint_requests_total");
        using var openApi = JsonDocument.Parse(await server.Client.GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths");
        foreach (string path in new[] { "/v1/check", "/v1/rules", "/v1/units", "/healthz", "/readyz", "/metrics" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }

        var schemas = openApi.RootElement.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("JsonReport").GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(["tool", "documents", "summary"]);
        schemas.TryGetProperty("JsonReport.diagnostic", out _).ShouldBeTrue();
        paths.GetProperty("/v1/check").GetProperty("post").GetProperty("responses").GetProperty("200").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/JsonReport");
    }

    [Test]
    public async Task A_slow_upload_past_the_request_timeout_gets_408_problem_details()
    {
        await using var server = await TestServer.StartAsync(new ServeSettings { HostArguments = ["--Serve:RequestTimeoutSeconds=1"] });
        var address = new Uri(server.Client.BaseAddress!, "/");

        // Headers and the first bytes of a 1,000-byte body, then nothing: the timeout, not Kestrel's data rate, answers.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /v1/check?unit=MCS HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: text/markdown\r\nContent-Length: 1000\r\n\r\n# Monitoring"));
        await stream.FlushAsync();

        using var read = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!answer.ToString().Contains("\"status\":408", StringComparison.Ordinal))
        {
            int count = await stream.ReadAsync(buffer, read.Token);
            if (count == 0)
            {
                break;
            }

            answer.Append(Encoding.UTF8.GetString(buffer, 0, count));
        }

        string text = answer.ToString();
        text.ShouldStartWith("HTTP/1.1 408", Case.Sensitive, text);
        text.ShouldContain("Content-Type: application/problem+json");
        text.ShouldContain("Upload too slow");
        text.ShouldContain("within 1 seconds");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Stopping_the_service_finishes_the_check_in_flight_and_exits_cleanly()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("SIGTERM is how a service manager or container runtime stops a process on Linux and macOS.");
        }

        // The real command in its own process, stopped as systemd or Docker stops it.
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(EvidenceService).Assembly.Location, "serve", "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            while (true)
            {
                if (process.HasExited)
                {
                    Assert.Fail($"the service stopped: {await errors}");
                }

                try
                {
                    if ((await client.GetAsync("/readyz")).IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(25);
            }

            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var slow = new HttpRequestMessage(HttpMethod.Post, "/v1/check?unit=MCS") { Content = new GatedContent(Encoding.UTF8.GetBytes(Account), gate.Task) };
            slow.Content.Headers.ContentType = new MediaTypeHeaderValue(MarkdownType);
            var slowResponse = client.SendAsync(slow);
            while (!(await client.GetStringAsync("/metrics")).Contains("evidencelint_requests_in_flight 2", StringComparison.Ordinal))
            {
                await Task.Delay(25);
            }

            Kill(process.Id, 15).ShouldBe(0, "SIGTERM sent");

            // Stopping: no new connections are taken while the upload under way is still waited for.
            while (await Listening(port))
            {
                await Task.Delay(25);
            }

            process.HasExited.ShouldBeFalse("the service waits for the check in flight");
            gate.SetResult();
            using var response = await slowResponse;
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            using (var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()))
            {
                report.RootElement.GetProperty("documents")[0].GetProperty("unit").GetString().ShouldBe("MCS");
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            process.ExitCode.ShouldBe(ExitCodes.Clean, await errors);
            (await output).ShouldContain("POST /v1/check 200");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_configuration_the_rules_cannot_use_stops_the_service_with_exit_2()
    {
        // The rules load after Kestrel listens; an evidencelint.json they reject still stops the service, as it stops check.
        using var folder = new AccountFolder();
        string config = folder.Write("evidencelint.json", """{ "rules": { "EL9999": "error" } }""");
        var run = await CliRun.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--config", config);
        run.ExitCode.ShouldBe(ExitCodes.Unusable, run.Error);
        run.Error.ShouldContain("EL9999");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static async Task<bool> Listening(int port)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        try
        {
            await tcp.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static HttpRequestMessage Post(string uri, string body, string type)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return request;
    }

    private static async Task<JsonElement> ShouldBeProblem(TestServer server, HttpRequestMessage request, HttpStatusCode status, string detail)
    {
        using (request)
        {
            using var response = await server.Client.SendAsync(request);
            string body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(status, body);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            var problem = JsonDocument.Parse(body).RootElement.Clone();
            problem.GetProperty("status").GetInt32().ShouldBe((int)status);
            problem.GetProperty("detail").GetString()!.ShouldContain(detail);
            return problem;
        }
    }

    /// <summary>A service on 127.0.0.1 and a free port, with its log captured.</summary>
    private sealed class TestServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<string> _log;
        private bool _stopped;

        private TestServer(WebApplication app, ConcurrentQueue<string> log, HttpClient client) => (_app, _log, Client) = (app, log, client);

        public HttpClient Client { get; }

        public string Log => string.Join('\n', _log);

        public static async Task<TestServer> StartAsync(ServeSettings settings)
        {
            var log = new ConcurrentQueue<string>();
            var app = await EvidenceService.CreateAsync(CliEnvironment.For(new StringWriter(), new StringWriter()), settings with { Urls = "http://127.0.0.1:0" }, logging =>
            {
                logging.ClearProviders();
                logging.AddProvider(new CapturingLoggerProvider(log));
            });
            app.ShouldNotBeNull();
            await app.StartAsync();
            return new TestServer(app, log, new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(60) });
        }

        public async ValueTask DisposeAsync()
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            Client.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> log) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, log);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(string category, ConcurrentQueue<string> log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }

    /// <summary>A body of unknown length, so HttpClient sends it chunked.</summary>
    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }

    /// <summary>Sends the first bytes, then waits for the gate before the rest.</summary>
    private sealed class GatedContent(byte[] content, Task gate) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(content.AsMemory(0, 10));
            await stream.FlushAsync();
            await gate;
            await stream.WriteAsync(content.AsMemory(10));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = content.Length;
            return true;
        }
    }
}
