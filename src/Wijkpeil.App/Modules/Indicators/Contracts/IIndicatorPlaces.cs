namespace Wijkpeil.App.Modules.Indicators.Contracts;

/// <summary>
/// Where indicators sit in programmes' kernsets, for the catalogue API. Indicators lies below Programmes, so it
/// defines what it asks and Programmes answers it (<c>ProgrammeIndicatorPlaces</c>).
/// </summary>
public interface IIndicatorPlaces
{
    /// <summary>Every kernset place of every indicator, in every programme. One query.</summary>
    Task<IReadOnlyList<IndicatorPlace>> AllAsync(CancellationToken cancellationToken = default);
}

/// <summary>An indicator's place in a programme's kernset.</summary>
/// <param name="IndicatorId">The indicator's id.</param>
/// <param name="Pillar">The pillar and breakdown it is placed on.</param>
public sealed record IndicatorPlace(int IndicatorId, IndicatorPillar Pillar);

/// <summary>A place of an indicator in a programme's kernset.</summary>
/// <param name="ProgrammeCode">The programme, e.g. <c>vitale-wijken</c>.</param>
/// <param name="PillarNumber">The pillar's number, 1 to 5 in Vitale Wijken.</param>
/// <param name="PillarNameNl">The pillar's Dutch name.</param>
/// <param name="PillarNameEn">The pillar's English name.</param>
/// <param name="Breakdown">The breakdown the kernset shows, e.g. 18+, or <c>totaal</c>.</param>
public sealed record IndicatorPillar(string ProgrammeCode, int PillarNumber, string PillarNameNl, string PillarNameEn, string Breakdown);
