namespace Wijkpeil.App.Modules.Measurements.Import;

/// <summary>
/// The distinct area codes, measure keys, period codes and breakdown codes of a parsed dataset, in the
/// order they first appear, found in one pass.
/// </summary>
/// <remarks>
/// Parsers intern codes, so the 500,000 values of a StatLine table share a few thousand strings: a string
/// already met by reference is skipped without hashing its text, which is what made four separate
/// <c>Distinct</c> passes cost about 40 ms per table.
/// </remarks>
internal sealed class DatasetCodes
{
    private DatasetCodes()
    {
    }

    public List<string> Areas { get; } = [];

    public List<string> Measures { get; } = [];

    public List<string> Periods { get; } = [];

    public List<string> Breakdowns { get; } = [];

    public static DatasetCodes Of(IReadOnlyList<ParsedObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var codes = new DatasetCodes();
        var areas = new Collector(codes.Areas);
        var measures = new Collector(codes.Measures);
        var periods = new Collector(codes.Periods);
        var breakdowns = new Collector(codes.Breakdowns);
        for (var i = 0; i < observations.Count; i++)
        {
            var observation = observations[i];
            areas.Add(observation.AreaCode);
            measures.Add(observation.MeasureKey);
            periods.Add(observation.PeriodCode);
            breakdowns.Add(observation.BreakdownCode);
        }

        return codes;
    }

    private sealed class Collector(List<string> distinct)
    {
        private readonly HashSet<object> _references = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
        private string? _previous;

        public void Add(string code)
        {
            if (ReferenceEquals(code, _previous))
            {
                return;
            }

            _previous = code;
            if (_references.Add(code) && _texts.Add(code))
            {
                distinct.Add(code);
            }
        }
    }
}

/// <summary>
/// Code-to-id lookups that try the string's reference before its text (see <see cref="DatasetCodes"/>):
/// the importer looks up four codes for each of 1.5 million values.
/// </summary>
internal sealed class CodeLookup<T>(IReadOnlyDictionary<string, T> byText)
{
    private readonly Dictionary<object, T> _byReference = new(ReferenceEqualityComparer.Instance);

    public T this[string code]
    {
        get
        {
            if (!_byReference.TryGetValue(code, out var value))
            {
                value = byText[code];
                _byReference.Add(code, value);
            }

            return value;
        }
    }
}

/// <summary>
/// The observation keys met so far in one file, to find duplicate rows: a bit per area id for each
/// indicator, period and breakdown, which is a fraction of the time and memory of a hash set of keys.
/// </summary>
internal sealed class ObservationKeySet
{
    private readonly Dictionary<(int Indicator, int Period, int Breakdown), ulong[]> _groups = [];

    /// <summary>True when a key is in both sets.</summary>
    public bool Overlaps(ObservationKeySet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (group, bits) in _groups)
        {
            if (other._groups.TryGetValue(group, out var otherBits))
            {
                for (var word = 0; word < Math.Min(bits.Length, otherBits.Length); word++)
                {
                    if ((bits[word] & otherBits[word]) != 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Adds the key; false when it was already there.</summary>
    public bool Add(ObservationKey key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(key.AreaId);
        var group = (key.IndicatorId, key.PeriodId, key.BreakdownId);
        var word = key.AreaId >> 6;
        if (!_groups.TryGetValue(group, out var bits) || word >= bits.Length)
        {
            var grown = new ulong[Math.Max(word + 1, (bits?.Length ?? 0) * 2)];
            bits?.CopyTo(grown, 0);
            _groups[group] = bits = grown;
        }

        var mask = 1UL << (key.AreaId & 63);
        if ((bits[word] & mask) != 0)
        {
            return false;
        }

        bits[word] |= mask;
        return true;
    }
}
