using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

/// <summary>
/// The traffic of bench/soak.sh: virtual users on loopback, each with its own source address (127.0.0.N, so the
/// web host's per-client download limit sees separate clients), reading pages, the API and downloads for the given
/// time, a burst of heavy downloads from one address every 20 s (deliberately over the limits), one import through
/// the CLI at half time, and the web host's resident memory every 30 s. Prints a report and writes it to a file.
/// </summary>
internal static class Soak
{
    private static readonly string[] PageTypes = ["overview", "area", "indicator", "compare", "factsheet", "data"];

    private static readonly string[] FocusAreas = ["overvecht", "batau", "vollenhove", "soesterkwartier"];

    public static async Task<int> RunAsync(Uri site, TimeSpan duration, int hostPid, string cliDll, string database, string importFile, string reportFile)
    {
        var log = new RequestLog();
        var codes = await Codes.ReadAsync(site);
        var rss = new List<(double Minutes, double Megabytes)>();
        var clock = Stopwatch.StartNew();
        rss.Add((0, ResidentMegabytes(hostPid)));
        using var stop = new CancellationTokenSource(duration);

        var users = new List<Task>();
        for (var i = 0; i < 6; i++)
        {
            users.Add(UserAsync(site, $"127.0.0.{11 + i}", i, PageAsync, stop.Token));
        }

        for (var i = 0; i < 2; i++)
        {
            users.Add(UserAsync(site, $"127.0.0.{21 + i}", 100 + i, ApiAsync, stop.Token));
            users.Add(UserAsync(site, $"127.0.0.{31 + i}", 200 + i, DownloadAsync, stop.Token));
        }

        users.Add(BurstAsync(site, log, stop.Token));
        var import = ImportAtHalfTimeAsync(duration, cliDll, database, importFile, stop.Token);
        var sampling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                rss.Add((clock.Elapsed.TotalMinutes, ResidentMegabytes(hostPid)));
            }
        });

        await Task.WhenAll(users);
        await sampling;
        rss.Add((clock.Elapsed.TotalMinutes, ResidentMegabytes(hostPid)));
        var imported = await import;

        var report = Report(log, rss, imported, duration);
        Console.Write(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(reportFile))!);
        await File.WriteAllTextAsync(reportFile, report);
        return log.Errors == 0 ? 0 : 1;

        // Each user's requests, chosen by its own seeded random: the run can be repeated.
        Task PageAsync(HttpClient client, Random random, CancellationToken ct)
        {
            var type = PageTypes[random.Next(PageTypes.Length)];
            var path = type switch
            {
                "overview" => "/",
                "area" => "/wijken/" + Codes.Pick(random, codes.Areas),
                "indicator" => "/indicatoren/" + Codes.Pick(random, codes.Indicators),
                "compare" => "/vergelijk?gebieden=" + Codes.PickTwo(random, codes.Areas),
                "factsheet" => $"/factsheets/{FocusAreas[random.Next(FocusAreas.Length)]}/{(random.Next(2) == 0 ? 2016 : 2020)}",
                _ => "/data",
            };
            return log.SendAsync(client, "page " + type, path, ct);
        }

        Task ApiAsync(HttpClient client, Random random, CancellationToken ct) => random.Next(4) switch
        {
            0 => log.SendAsync(client, "api observations by area", "/api/v1/observations?area=" + Codes.Pick(random, codes.Areas), ct),
            1 => log.SendAsync(client, "api observations by indicator", $"/api/v1/observations?indicator={Codes.Pick(random, codes.Indicators)}&period=2020", ct),
            2 => log.SendAsync(client, "api area", "/api/v1/areas/" + Codes.Pick(random, codes.Areas), ct),
            _ => log.SendAsync(client, "api indicators", "/api/v1/indicators", ct),
        };

        Task DownloadAsync(HttpClient client, Random random, CancellationToken ct) => random.Next(10) switch
        {
            0 => log.SendAsync(client, "download everything csv", "/api/v1/observations?format=csv", ct),
            1 => log.SendAsync(client, "download everything xlsx", "/api/v1/observations?format=xlsx", ct),
            2 or 3 or 4 => log.SendAsync(client, "download area csv", $"/api/v1/observations?area={Codes.Pick(random, codes.Areas)}&format=csv", ct),
            5 or 6 => log.SendAsync(client, "download area xlsx", $"/api/v1/observations?area={Codes.Pick(random, codes.Areas)}&format=xlsx", ct),
            _ => log.SendAsync(client, "download indicator csv", $"/api/v1/observations?indicator={Codes.Pick(random, codes.Indicators)}&period=2020&breakdown=18%2B&format=csv", ct),
        };
    }

    private static async Task UserAsync(Uri site, string address, int seed, Func<HttpClient, Random, CancellationToken, Task> next, CancellationToken ct)
    {
        using var client = Client(site, address);
        var random = new Random(seed);
        while (!ct.IsCancellationRequested)
        {
            await next(client, random, ct);
        }
    }

    // Every 20 s, eight heavy downloads at once from one address: more than the limits allow, on purpose.
    private static async Task BurstAsync(Uri site, RequestLog log, CancellationToken ct)
    {
        using var client = Client(site, "127.0.0.41");
        string[] paths =
        [
            "/api/v1/observations?format=xlsx",
            "/api/v1/observations?format=xlsx",
            "/api/v1/observations?format=csv",
            "/api/v1/observations",
            "/api/v1/observations?period=2024",
            "/api/v1/observations?period=2024",
            "/api/v1/observations?period=2023&format=csv",
            "/api/v1/observations?period=2023&format=xlsx",
        ];
        while (!ct.IsCancellationRequested)
        {
            await Task.WhenAll(paths.Select(p => log.SendAsync(client, "burst heavy", p, ct)));
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(20), ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<string> ImportAtHalfTimeAsync(TimeSpan duration, string cliDll, string database, string file, CancellationToken ct)
    {
        try
        {
            await Task.Delay(duration / 2, ct);
        }
        catch (OperationCanceledException)
        {
            return "not run";
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        // --publish puts the figures to the review's outlier rules first; a whole StatLine table flags thousands, so
        // the operator's path publishes it with a written note, as an operator would.
        foreach (var argument in new[] { cliDll, "import", "statline", file, "--publish", "--note", "Soak: de 65+-cijfers van 2020 opnieuw, bekend bestand." })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Wijkpeil"] = $"Data Source={database}";
        start.Environment["DefaultData__Load"] = "false";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        var summary = (await output + await error).Trim().ReplaceLineEndings(" ");
        return string.Create(CultureInfo.InvariantCulture, $"exit {process.ExitCode} after {watch.Elapsed.TotalSeconds:F1} s at minute {duration.TotalMinutes / 2:F1}: {summary}");
    }

    private static HttpClient Client(Uri site, string address)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = site, Timeout = TimeSpan.FromMinutes(3) };
    }

    private static double ResidentMegabytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = double.Parse(line["VmRSS:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
                return kilobytes / 1024;
            }
        }

        return double.NaN;
    }

    private static string Report(RequestLog log, List<(double Minutes, double Megabytes)> rss, string import, TimeSpan duration)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Wijkpeil load and soak, {DateTime.UtcNow:yyyy-MM-ddTHH:mmZ}, {Environment.ProcessorCount} cores; {duration.TotalMinutes:F0} min on loopback, 6 page readers, 2 API readers, 2 downloaders, a burst of 8 heavy downloads every 20 s");
        text.AppendLine(CultureInfo.InvariantCulture, $"import (CLI, same database, half time): {import}");
        text.AppendLine();
        text.AppendLine("type                              requests     ok   429   503  errors      p50      p95      p99   (ms, answers that were ok)");
        foreach (var (type, entries) in log.ByType())
        {
            text.AppendLine(Line(type, entries));
        }

        var pages = log.ByType().Where(t => t.Type.StartsWith("page ", StringComparison.Ordinal)).SelectMany(t => t.Entries).ToList();
        text.AppendLine(Line("all public pages", pages));
        text.AppendLine(Line("everything", log.ByType().SelectMany(t => t.Entries).ToList()));
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"errors other than deliberate 429 answers (limits, with Retry-After): {log.Errors}");
        foreach (var example in log.ErrorExamples)
        {
            text.AppendLine("  " + example);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"429 answers: {log.Count(429)}, all with Retry-After: {(log.RefusedWithoutRetryAfter == 0 ? "yes" : $"no ({log.RefusedWithoutRetryAfter} without)")}; 503 answers: {log.Count(503)}");
        text.AppendLine();
        text.AppendLine("web host resident memory (MB): " + string.Join(", ", rss.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Minutes:F1} min {s.Megabytes:F0}"))));
        text.AppendLine(CultureInfo.InvariantCulture, $"start {rss[0].Megabytes:F0} MB, end {rss[^1].Megabytes:F0} MB, peak {rss.Max(s => s.Megabytes):F0} MB; slope {Slope(rss):F1} MB/min over the run, {Slope(rss.Where(s => s.Minutes >= duration.TotalMinutes / 2).ToList()):F1} MB/min over the second half");
        return text.ToString();
    }

    private static string Line(string type, List<RequestLog.Entry> entries)
    {
        var ok = entries.Where(e => e.Ok).Select(e => e.Milliseconds).Order().ToList();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{type,-32} {entries.Count,9} {ok.Count,6} {entries.Count(e => e.Status == 429),5} {entries.Count(e => e.Status == 503),5} {entries.Count(e => e.Error),7} {Percentile(ok, 50),8:F1} {Percentile(ok, 95),8:F1} {Percentile(ok, 99),8:F1}");
    }

    private static double Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];

    // Least squares: MB per minute.
    private static double Slope(List<(double Minutes, double Megabytes)> samples)
    {
        if (samples.Count < 2)
        {
            return double.NaN;
        }

        var meanX = samples.Average(s => s.Minutes);
        var meanY = samples.Average(s => s.Megabytes);
        var numerator = samples.Sum(s => (s.Minutes - meanX) * (s.Megabytes - meanY));
        var denominator = samples.Sum(s => (s.Minutes - meanX) * (s.Minutes - meanX));
        return denominator == 0 ? double.NaN : numerator / denominator;
    }

    /// <summary>Area and indicator codes that exist, read from the API once at the start.</summary>
    private sealed class Codes(List<string> areas, List<string> indicators)
    {
        public List<string> Areas { get; } = areas;

        public List<string> Indicators { get; } = indicators;

        public static async Task<Codes> ReadAsync(Uri site)
        {
            using var client = new HttpClient { BaseAddress = site, Timeout = TimeSpan.FromMinutes(2) };
            using var indicators = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/indicators", UriKind.Relative)));
            using var population = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/observations?indicator=AantalInwoners&period=2024", UriKind.Relative)));
            var areas = population.RootElement.EnumerateArray()
                .Select(o => o.GetProperty("areaCode").GetString()!)
                .Where(c => c.StartsWith("WK", StringComparison.Ordinal) || c.StartsWith("GM", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();
            return new Codes(areas, [.. indicators.RootElement.EnumerateArray().Select(i => i.GetProperty("code").GetString()!)]);
        }

        public static string Pick(Random random, List<string> from) => from[random.Next(from.Count)];

        // Two different areas: the comparison refuses the same area twice (400).
        public static string PickTwo(Random random, List<string> from)
        {
            var first = random.Next(from.Count);
            var second = (first + 1 + random.Next(from.Count - 1)) % from.Count;
            return from[first] + "," + from[second];
        }
    }

    /// <summary>Every request's type, status and time, and what counts as an error.</summary>
    private sealed class RequestLog
    {
        private readonly Lock _lock = new();
        private readonly List<(string Type, Entry Entry)> _entries = [];
        private readonly List<string> _errorExamples = [];

        public int Errors { get; private set; }

        public int RefusedWithoutRetryAfter { get; private set; }

        public IReadOnlyList<string> ErrorExamples => _errorExamples;

        public async Task SendAsync(HttpClient client, string type, string path, CancellationToken ct)
        {
            if (ct.IsCancellationRequested)
            {
                return;
            }

            var watch = Stopwatch.StartNew();
            int status;
            string? problem = null;
            var retryAfter = false;
            try
            {
                // Not cancelled at the end of the run: a request that started finishes and is counted.
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
                await using (var body = await response.Content.ReadAsStreamAsync(CancellationToken.None))
                {
                    await body.CopyToAsync(Stream.Null, CancellationToken.None);
                }

                status = (int)response.StatusCode;
                retryAfter = response.Headers.RetryAfter is not null;
                var deliberate = status == 429 && retryAfter;
                if (status >= 400 && !deliberate)
                {
                    problem = $"{type} {path}: HTTP {status}";
                }
            }
            catch (HttpRequestException exception)
            {
                status = 0;
                problem = $"{type} {path}: {exception.Message}";
            }
            catch (TaskCanceledException exception)
            {
                status = 0;
                problem = $"{type} {path}: timed out ({exception.Message})";
            }

            var entry = new Entry(status, watch.Elapsed.TotalMilliseconds, problem is not null);
            lock (_lock)
            {
                _entries.Add((type, entry));
                if (status == 429 && !retryAfter)
                {
                    RefusedWithoutRetryAfter++;
                }

                if (problem is not null)
                {
                    Errors++;
                    if (_errorExamples.Count < 10)
                    {
                        _errorExamples.Add(problem);
                    }
                }
            }
        }

        public int Count(int status)
        {
            lock (_lock)
            {
                return _entries.Count(e => e.Entry.Status == status);
            }
        }

        public List<(string Type, List<Entry> Entries)> ByType()
        {
            lock (_lock)
            {
                return [.. _entries.GroupBy(e => e.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Select(e => e.Entry).ToList()))];
            }
        }

        public sealed record Entry(int Status, double Milliseconds, bool Error)
        {
            public bool Ok => Status is >= 200 and < 400;
        }
    }
}
