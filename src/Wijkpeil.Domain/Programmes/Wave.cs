using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Programmes;

/// <summary>
/// A measurement round of a programme, e.g. "Meting 2020": per source table the period it takes. Figures carry no
/// source, so a kernset indicator's period in a wave is found through the indicator's source tables (see
/// <see cref="PeriodFor"/>).
/// </summary>
public sealed class Wave
{
    private readonly List<WaveSource> _sources = [];

    internal Wave(string slug, string name, int order)
    {
        Slug = slug;
        Name = name;
        Order = order;
    }

    private Wave()
    {
        Slug = string.Empty;
        Name = string.Empty;
    }

    public int Id { get; private set; }

    public string Slug { get; private set; }

    public string Name { get; private set; }

    public int Order { get; internal set; }

    /// <summary>The sources in the order they were listed; the first wins when two supply one indicator.</summary>
    public IReadOnlyList<WaveSource> Sources => [.. _sources.OrderBy(s => s.Order)];

    /// <summary>
    /// The period this wave takes for an indicator fed by <paramref name="indicatorSourceTables"/>: that of the first
    /// listed source the indicator has, or null when the wave has none of them.
    /// </summary>
    public string? PeriodFor(IEnumerable<string> indicatorSourceTables)
    {
        var tables = indicatorSourceTables.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Sources.FirstOrDefault(s => tables.Contains(s.SourceTable))?.PeriodCode;
    }

    internal void Rename(string name) => Name = name;

    internal Result<Wave> SetSources(IReadOnlyList<(string SourceTable, string PeriodCode)> sources)
    {
        if (sources.Count == 0)
        {
            return Result<Wave>.Failure("wave.sources.empty", $"Meting {Name} heeft geen bronnen.");
        }

        var tables = sources.Select(s => s.SourceTable.Trim()).ToList();
        if (tables.Any(string.IsNullOrWhiteSpace) || sources.Any(s => string.IsNullOrWhiteSpace(s.PeriodCode)))
        {
            return Result<Wave>.Failure("wave.source.required", $"Elke bron van meting {Name} heeft een brontabel en een periode.");
        }

        if (tables.Distinct(StringComparer.OrdinalIgnoreCase).Count() != tables.Count)
        {
            return Result<Wave>.Failure("wave.source.duplicate", $"Meting {Name} noemt een bron twee keer.");
        }

        _sources.Clear();
        _sources.AddRange(sources.Select((s, i) => new WaveSource(s.SourceTable.Trim(), s.PeriodCode.Trim(), i)));
        return this;
    }
}

/// <summary>One source of a wave: the source table (as imports store it, e.g. <c>50090NED</c> or <c>kwb</c>) and its period.</summary>
public sealed class WaveSource
{
    internal WaveSource(string sourceTable, string periodCode, int order)
    {
        SourceTable = sourceTable;
        PeriodCode = periodCode;
        Order = order;
    }

    public string SourceTable { get; private set; }

    public string PeriodCode { get; private set; }

    public int Order { get; private set; }
}
