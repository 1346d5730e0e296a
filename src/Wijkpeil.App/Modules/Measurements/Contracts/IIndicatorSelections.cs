namespace Wijkpeil.App.Modules.Measurements.Contracts;

/// <summary>
/// Named selections of indicators that narrow the figures API (<c>?programme=</c>) and the open data page
/// (<c>?programma=</c>): a programme's kernset. Defined here because Measurements sits below the module that knows
/// the selections; Programmes implements it.
/// </summary>
public interface IIndicatorSelections
{
    /// <summary>The selection called <paramref name="slug"/>, or null when there is none.</summary>
    Task<IndicatorSelection?> FindAsync(string slug, CancellationToken cancellationToken = default);
}

/// <summary>A named selection of indicators.</summary>
/// <param name="Slug">The name in addresses (a programme's slug).</param>
/// <param name="Name">The name people read.</param>
/// <param name="IndicatorCodes">The indicators in it, each once, in the selection's order.</param>
public sealed record IndicatorSelection(string Slug, string Name, IReadOnlyList<string> IndicatorCodes);
