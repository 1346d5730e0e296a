using System.Text;
using CsCheck;

namespace Wijkpeil.App.Tests.Import.Fuzz;

/// <summary>One change to an input file; the numbers pick where and what, so CsCheck can shrink them.</summary>
internal readonly record struct Mutation(MutationKind Kind, int A, int B)
{
    public override string ToString() => $"{Kind}({A}, {B})";
}

internal enum MutationKind
{
    FlipBytes,
    Truncate,
    DuplicateLine,
    RemoveLine,
    SwapColumns,
    HugeNumber,
    InvalidUtf8,
    DeepNesting,
    LongField,
    InsertSpecial,
    RandomBytes,
    Empty,

    /// <summary>From here on the mutation applies to the zip archive of an xlsx input, after the sheet XML is packed.</summary>
    ZipFlip,
    ZipTruncate,
}

/// <summary>A seed file of the corpus and the changes made to it; the input is derived from both.</summary>
internal sealed record FuzzInput(int Seed, Mutation[] Mutations)
{
    public override string ToString() => $"seed {Seed}: [{string.Join(", ", Mutations)}]";
}

/// <summary>
/// Mutates real files the way broken or hostile uploads differ from them: flipped bytes, truncation, repeated
/// or missing lines, swapped columns, absurd numbers, invalid UTF-8, deep nesting, very long fields, stray
/// delimiters and quotes, random bytes. Deterministic for a given <see cref="Mutation"/>.
/// </summary>
internal static class Mutator
{
    private static readonly string[] HugeNumbers =
        ["1e308", "-1e15", "1E+400", "99999999999999999999999", "NaN", "Infinity", "-0", "0.0000000000000000000001", "-5", "2.5", "1e15", "-1"];

    private static readonly byte[][] BadUtf8 = [[0xFF], [0xC3, 0x28], [0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF]];

    private static readonly string[] Specials = [",", ";", "\"", "\n", "\r", "\t", "\0", "<", ">", "&", "{", "}", "]", "[", ":", "-", "\"\"", "_x000D_", "&#0;"];

    private static readonly int[] LongLengths = [100, 40_000, 2_000_000];

    /// <summary>Mutations of the file's text, and of the zip archive when <paramref name="zip"/> is set.</summary>
    public static Gen<Mutation[]> Mutations(bool zip) =>
        Gen.Select(
            Gen.Int[0, (int)(zip ? MutationKind.ZipTruncate : MutationKind.Empty)],
            Gen.Int[0, int.MaxValue],
            Gen.Int[0, int.MaxValue],
            (kind, a, b) => new Mutation((MutationKind)kind, a, b)).Array[0, 4];

    /// <summary>Applies the text mutations (those before <see cref="MutationKind.ZipFlip"/>).</summary>
    public static byte[] ApplyText(byte[] input, IEnumerable<Mutation> mutations)
    {
        var bytes = input;
        foreach (var mutation in mutations.Where(m => m.Kind < MutationKind.ZipFlip))
        {
            bytes = Apply(bytes, mutation);
        }

        return bytes;
    }

    /// <summary>Applies the zip mutations to a packed archive.</summary>
    public static byte[] ApplyZip(byte[] zip, IEnumerable<Mutation> mutations)
    {
        var bytes = zip;
        foreach (var mutation in mutations.Where(m => m.Kind >= MutationKind.ZipFlip))
        {
            bytes = mutation.Kind == MutationKind.ZipFlip
                ? Apply(bytes, mutation with { Kind = MutationKind.FlipBytes })
                : Apply(bytes, mutation with { Kind = MutationKind.Truncate });
        }

        return bytes;
    }

    private static byte[] Apply(byte[] bytes, Mutation m)
    {
        var random = new Random(m.B);
        switch (m.Kind)
        {
            case MutationKind.FlipBytes:
                {
                    if (bytes.Length == 0)
                    {
                        return bytes;
                    }

                    var copy = (byte[])bytes.Clone();
                    for (var i = 0; i < (m.A % 8) + 1; i++)
                    {
                        copy[random.Next(copy.Length)] = (byte)random.Next(256);
                    }

                    return copy;
                }

            case MutationKind.Truncate:
                return bytes.Length == 0 ? bytes : bytes[..(m.A % bytes.Length)];
            case MutationKind.DuplicateLine:
                {
                    var lines = Lines(bytes);
                    var line = lines[m.A % lines.Count];
                    lines.Insert(m.A % lines.Count, line);
                    return Join(lines);
                }

            case MutationKind.RemoveLine:
                {
                    var lines = Lines(bytes);
                    lines.RemoveAt(m.A % lines.Count);
                    return Join(lines);
                }

            case MutationKind.SwapColumns:
                return SwapColumns(bytes, m.A, m.B);
            case MutationKind.HugeNumber:
                return ReplaceNumber(bytes, m.A, HugeNumbers[m.B % HugeNumbers.Length]);
            case MutationKind.InvalidUtf8:
                return Insert(bytes, m.A, BadUtf8[m.B % BadUtf8.Length]);
            case MutationKind.DeepNesting:
                {
                    var depth = 500 + (m.B % 20_000);
                    var open = m.B % 2 == 0 ? new string('[', depth) : string.Concat(Enumerable.Repeat("<a>", depth));
                    return Insert(bytes, m.A, Encoding.UTF8.GetBytes(open));
                }

            case MutationKind.LongField:
                return Insert(bytes, m.A, Encoding.UTF8.GetBytes(new string((char)('a' + (m.B % 26)), LongLengths[m.B % LongLengths.Length])));
            case MutationKind.InsertSpecial:
                return Insert(bytes, m.A, Encoding.UTF8.GetBytes(Specials[m.B % Specials.Length]));
            case MutationKind.RandomBytes:
                {
                    var noise = new byte[m.A % 4096];
                    random.NextBytes(noise);
                    return noise;
                }

            case MutationKind.Empty:
                return [];
            default:
                return bytes;
        }
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted)
    {
        var position = bytes.Length == 0 ? 0 : at % (bytes.Length + 1);
        return [.. bytes.AsSpan(0, position), .. inserted, .. bytes.AsSpan(position)];
    }

    private static List<byte[]> Lines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        lines.Add(bytes[start..]);
        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany(l => l)];

    /// <summary>Swaps two delimited fields in every line (',' or ';'); in other text, two lines.</summary>
    private static byte[] SwapColumns(byte[] bytes, int a, int b)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var delimiter = text.Count(c => c == ';') > text.Count(c => c == ',') ? ';' : ',';
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var fields = lines[l].Split(delimiter);
            if (fields.Length < 2)
            {
                continue;
            }

            int i = a % fields.Length, j = b % fields.Length;
            (fields[i], fields[j]) = (fields[j], fields[i]);
            lines[l] = string.Join(delimiter, fields);
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Replaces the n-th run of digits (with its sign, point and exponent) by <paramref name="number"/>.</summary>
    private static byte[] ReplaceNumber(byte[] bytes, int n, string number)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is >= (byte)'0' and <= (byte)'9')
            {
                var start = i;
                while (i < bytes.Length && (bytes[i] is >= (byte)'0' and <= (byte)'9' || bytes[i] == (byte)'.'))
                {
                    i++;
                }

                runs.Add((start, i));
            }
        }

        if (runs.Count == 0)
        {
            return bytes;
        }

        var (s, e) = runs[n % runs.Count];
        return [.. bytes.AsSpan(0, s), .. Encoding.UTF8.GetBytes(number), .. bytes.AsSpan(e)];
    }
}
