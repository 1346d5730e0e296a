using System.Diagnostics;
using System.Globalization;
using CsCheck;

namespace Wijkpeil.App.Tests.Import.Fuzz;

/// <summary>
/// How long each importer's property runs, and with which seed. In CI a fixed seed and a few seconds per
/// importer (WIJKPEIL_FUZZ_SECONDS, default 12); the long run (bench/fuzz.sh) sets WIJKPEIL_FUZZ_ITERATIONS
/// (e.g. 100000) and, to explore new inputs, WIJKPEIL_FUZZ_SEED. Every run writes the number of inputs, the
/// time and the seed to the test output, and with WIJKPEIL_FUZZ_REPORT set appends them to that file.
/// </summary>
internal static class FuzzRun
{
    /// <summary>The seed CI uses, so that a red run can be repeated exactly.</summary>
    public const ulong DefaultSeed = 20261206;

    /// <param name="importer">The importer's name, for the output.</param>
    /// <param name="inputs">The inputs.</param>
    /// <param name="property">Throws when an input breaks the property.</param>
    /// <param name="share">The part of WIJKPEIL_FUZZ_ITERATIONS this property gets: the slow ones that use a database run fewer.</param>
    public static async Task SampleAsync(string importer, Gen<FuzzInput> inputs, Func<FuzzInput, Task> property, double share = 1.0)
    {
        var seedNumber = ulong.TryParse(Environment.GetEnvironmentVariable("WIJKPEIL_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var seed = new PCG(1, seedNumber).ToString();
        var iterations = long.TryParse(Environment.GetEnvironmentVariable("WIJKPEIL_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (long)(n * share) : -1;
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("WIJKPEIL_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : 12;
        long count = 0;
        var clock = Stopwatch.StartNew();
        string? summary = null;
        await inputs.SampleAsync(
            async input =>
            {
                Interlocked.Increment(ref count);
                await property(input);
            },
            writeLine: line => summary = line,
            seed: seed,
            iter: iterations > 0 ? iterations : 100_000_000,
            time: iterations > 0 ? -1 : seconds,
            threads: 1,
            print: input => input.ToString());
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"fuzz {importer}: {count} inputs in {clock.Elapsed.TotalSeconds:F1} s, seed {seedNumber} ({seed}), {summary}");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.WriteLine(line);
        if (Environment.GetEnvironmentVariable("WIJKPEIL_FUZZ_REPORT") is { Length: > 0 } report)
        {
            await File.AppendAllTextAsync(report, line + Environment.NewLine);
        }
    }
}
