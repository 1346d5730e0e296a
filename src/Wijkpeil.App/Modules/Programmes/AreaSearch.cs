using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>A wijk or buurt found by name or code, with what tells namesakes apart: its level and gemeente.</summary>
/// <param name="Code">The CBS code, e.g. WK034403.</param>
/// <param name="Name">The area's name, e.g. Overvecht.</param>
/// <param name="Level">Wijk (district) or buurt (neighbourhood).</param>
/// <param name="Gemeente">The name of its gemeente, or its code when the register lacks it.</param>
public sealed record AreaMatch(string Code, string Name, AreaLevel Level, string Gemeente);

/// <summary>
/// The focus-area form's search in the register: wijken and buurten whose name contains the text, or whose code it is,
/// at most <see cref="Limit"/>, in SQL (the register holds every wijk and buurt of the country).
/// </summary>
public sealed class AreaSearch(IAreaRegister register)
{
    /// <summary>The most matches shown; a longer name narrows them.</summary>
    public const int Limit = 25;

    public async Task<IReadOnlyList<AreaMatch>> FindAsync(string? text, CancellationToken ct)
    {
        var wanted = (text ?? string.Empty).Trim();
        if (wanted.Length < 2)
        {
            return [];
        }

        var levels = new[] { AreaLevel.District, AreaLevel.Neighbourhood };
        var query = register.Areas.Where(a => levels.Contains(a.Level));
        if (AreaCode.TryParse(wanted.ToUpperInvariant(), out var code))
        {
            query = query.Where(a => a.Code == code);
        }
        else
        {
            // Lower-casing both sides matches case-insensitively on SQLite and PostgreSQL alike (SQLite folds ASCII
            // only: "fryslân" finds "Fryslân", "FRYSLÂN" does not); the culture-free overloads have no SQL translation.
            var lower = wanted.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(a => a.Name.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var found = await query.OrderBy(a => a.Name).ThenBy(a => a.Code).Take(Limit).Select(a => new { a.Code, a.Name, a.Level }).ToListAsync(ct);
        var gemeenten = found.Select(a => a.Code.Municipality).OfType<AreaCode>().Distinct().ToList();
        var names = await register.Areas.Where(a => gemeenten.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Name, ct);
        return [.. found.Select(a => new AreaMatch(a.Code.Value, a.Name, a.Level, a.Code.Municipality is { } g && names.TryGetValue(g, out var name) ? name : a.Code.Municipality?.Value ?? string.Empty))];
    }
}
