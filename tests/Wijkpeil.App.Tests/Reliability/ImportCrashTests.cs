using System.Globalization;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Tests.Infrastructure;
using Wijkpeil.Cli;

namespace Wijkpeil.App.Tests.Reliability;

/// <summary>
/// <c>kill -9</c> of the command-line tool at random points of a real import (process start, migration check,
/// parsing, the write transaction, the commit): afterwards the database must be intact and hold either nothing
/// of the file or all of it, and the same import run again must complete as if nothing had happened.
/// </summary>
public sealed class ImportCrashTests
{
    /// <summary>Kills per provider in CI; WIJKPEIL_CRASH_KILLS raises it for a longer run (docs/reliability.md).</summary>
    private static readonly int Kills = int.TryParse(Environment.GetEnvironmentVariable("WIJKPEIL_CRASH_KILLS"), NumberStyles.None, CultureInfo.InvariantCulture, out var kills) && kills > 0 ? kills : 6;

    // 530,000 figures and 16,000 areas the 2024 register lacks: long enough to be killed inside the write.
    private static readonly string File = TestData.SharedData("rivm/50090NED-gezondheid-2020-65plus.xlsx");

    // The review flags thousands of its figures (buurten far from the others): --publish asks for a written note.
    private static readonly string[] Import = ["import", "statline", File, "--publish", "--note", "Eerste inlees van RIVM 2020 65+; de opvallende cijfers zijn bekeken."];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_KilledAtRandomPoints_LeavesAllOrNothingAndCompletesAfterwards(DatabaseProvider provider)
    {
        // What "nothing" and "all" look like: an empty database, and one that imported the file uninterrupted.
        await using var control = await TestDatabase.CreateAsync(provider);
        var nothing = await TableCounts.OfAsync(control);
        var full = await CliProcess.RunAsync(control, Import);
        Assert.True(full.ExitCode == ExitCodes.Success, full.Stderr);
        var all = await TableCounts.OfAsync(control);
        Assert.NotEqual(nothing, all);

        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var outcomes = new List<string>();
        for (var kill = 0; kill < Kills; kill++)
        {
            // Anywhere from process start to just past the uninterrupted run's end (which a slower run may not reach).
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * full.Elapsed.TotalMilliseconds * 1.1);
            await database.WaitForOtherSessionsAsync(TimeSpan.FromMinutes(2));
            using var cli = CliProcess.Start(database, Import);
            var interrupted = await cli.KillAfterAsync(delay);

            var state = await TableCounts.OfAsync(database);
            var which = state == nothing ? "nothing" : state == all ? "all" : "PART";
            outcomes.Add($"{delay.TotalMilliseconds:F0} ms: {(interrupted ? "killed" : "finished")}, {which}");
            Assert.True(
                which != "PART",
                $"seed {seed}, kill {kill} after {delay.TotalMilliseconds:F0} ms left part of the file:\n{state}\nnothing: {nothing}\nall: {all}");
            if (provider == DatabaseProvider.Sqlite)
            {
                Assert.Equal("integrity=ok; foreign_key_violations=0", await TableCounts.SqliteIntegrityAsync(database));
            }

            if (which == "all")
            {
                break; // the file is in: later kills would only test "nothing changed"
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"seed {seed}; uninterrupted {full.Elapsed.TotalMilliseconds:F0} ms; " + string.Join("; ", outcomes));

        // A killed import's PostgreSQL session may still hold the import lock until its statement ends.
        await database.WaitForOtherSessionsAsync(TimeSpan.FromMinutes(2));
        var again = await CliProcess.RunAsync(database, Import);
        Assert.True(again.ExitCode == ExitCodes.Success, again.Stderr);
        Assert.Equal(all, await TableCounts.OfAsync(database));
    }
}
