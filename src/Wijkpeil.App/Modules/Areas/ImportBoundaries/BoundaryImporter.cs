using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas.ImportBoundaries;

/// <summary>
/// Attaches area polygons from a GeoJSON FeatureCollection (CBS/PDOK gebiedsindelingen: wijk_2024.geojson,
/// gemeente_2025.geojson, provincie_2020.geojson) to the areas of the register, by each feature's
/// <c>statcode</c>. Features for codes the register lacks are skipped and named in the outcome.
/// </summary>
public sealed class BoundaryImporter(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges)
{
    private const int MaxIssues = IssueCollector.Limit;
    private const string StatcodeColumn = "properties.statcode";
    private const string GeometryColumn = "geometry";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Imports the boundaries of one GeoJSON file, all or nothing.</summary>
    /// <param name="options">Only <see cref="ImportOptions.Year"/> is used: the layout year when neither the features (jrstatcode) nor the file name give it.</param>
    public async Task<ImportOutcome> ImportAsync(string geoJsonPath, ImportOptions options, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(geoJsonPath);
        ArgumentNullException.ThrowIfNull(options);
        var fileName = Path.GetFileName(geoJsonPath);
        var issues = new List<ImportIssue>();
        var features = await ReadFeaturesAsync(geoJsonPath, fileName, options, issues, ct);
        if (issues.Count > 0)
        {
            return ImportOutcome.Failed(issues);
        }

        db.ChangeTracker.Clear();
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await ImportWriteLock.StoreLockedAsync(db, () => StoreAsync(fileName, features, ct), o => o.Succeeded && !o.NothingChanged, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.ChangeTracker.Clear();
        }
    }

    private async Task<ImportOutcome> StoreAsync(string fileName, List<Feature> features, CancellationToken ct)
    {
        var codes = features.Select(f => f.Code).Distinct().ToList();

        // The whole register is 18,000 small rows: cheaper than a query with thousands of codes.
        var register = await db.Areas.AsNoTracking()
            .Select(a => new { a.Id, a.Code })
            .ToDictionaryAsync(a => a.Code, a => a.Id, ct);
        var areaIds = codes.Where(register.ContainsKey).ToDictionary(c => c, c => register[c]);
        var skipped = codes.Where(c => !areaIds.ContainsKey(c)).Order().ToList();
        if (areaIds.Count == 0)
        {
            return ImportOutcome.Failed([new ImportIssue(
                fileName,
                null,
                StatcodeColumn,
                null,
                string.Create(Dutch, $"geen van de {codes.Count:N0} gebiedscodes ({Sample(skipped)}) staat in het gebiedenregister. Lees eerst de CBS-gebiedenlijst in (wijkpeil import regions)."))]);
        }

        var ids = areaIds.Values.ToList();
        var stored = await db.AreaBoundaries
            .Where(b => ids.Contains(b.AreaId))
            .ToDictionaryAsync(b => (b.AreaId, b.LayoutYear), ct);

        int added = 0, replaced = 0, unchanged = 0;
        foreach (var feature in features)
        {
            if (!areaIds.TryGetValue(feature.Code, out var areaId))
            {
                continue;
            }

            if (!stored.TryGetValue((areaId, feature.Year), out var boundary))
            {
                db.AreaBoundaries.Add(new AreaBoundary(areaId, feature.Year, feature.GeometryJson));
                added++;
            }
            else if (boundary.GeometryJson != feature.GeometryJson)
            {
                boundary.Replace(feature.GeometryJson);
                replaced++;
            }
            else
            {
                unchanged++;
            }
        }

        var years = string.Join(", ", features.Select(f => f.Year).Distinct().Order());
        var skippedNote = skipped.Count == 0
            ? string.Empty
            : string.Create(Dutch, $" Overgeslagen: {skipped.Count:N0} gebied(en) die niet in het gebiedenregister staan ({Sample(skipped)}).");
        if (added == 0 && replaced == 0)
        {
            return new ImportOutcome
            {
                Succeeded = true,
                NothingChanged = true,
                Unchanged = unchanged,
                Message = unchanged == 1
                    ? $"Niets gewijzigd: de gebiedsgrens uit {fileName} (indeling {years}) stond al zo in de database.{skippedNote}"
                    : string.Create(Dutch, $"Niets gewijzigd: alle {unchanged:N0} gebiedsgrenzen uit {fileName} (indeling {years}) stonden al zo in de database.{skippedNote}"),
            };
        }

        db.ChangeTracker.DetectChanges();
        RecordImport(fileName, years, added, replaced, unchanged);

        // The maps of every level may change, and a boundary import is rare: every cached page goes.
        publicChanges.Invalidate(CacheTags.All);
        await db.SaveChangesAsync(ct);
        return new ImportOutcome
        {
            Succeeded = true,
            Added = added,
            Changed = replaced,
            Unchanged = unchanged,
            Message = string.Create(Dutch, $"{fileName} ingelezen (indeling {years}): {added:N0} gebiedsgrenzen toegevoegd, {replaced:N0} vervangen, {unchanged:N0} ongewijzigd.{skippedNote}"),
        };
    }

    /// <summary>
    /// One audit entry per stored import, saved with the boundaries: who changed the maps with which file.
    /// </summary>
    private void RecordImport(string fileName, string layoutYears, int added, int replaced, int unchanged) =>
        audit.Record(
            AuditAction.Created,
            AuditEntityTypes.AreaBoundaries,
            fileName.Length <= 100 ? fileName : fileName[..100],
            string.Create(Dutch, $"{fileName}: {added:N0} gebiedsgrenzen toegevoegd, {replaced:N0} vervangen"),
            before: null,
            new BoundaryImportSnapshot(fileName, layoutYears, added, replaced, unchanged));

    /// <summary>What the audit trail keeps of a boundary import.</summary>
    private sealed record BoundaryImportSnapshot(string FileName, string LayoutYears, int Added, int Changed, int Unchanged);

    /// <summary>Reads and checks every feature of a file without touching the database (internal for the fuzz tests).</summary>
    internal static async Task<List<Feature>> ReadFeaturesAsync(string path, string fileName, ImportOptions options, List<ImportIssue> issues, CancellationToken ct)
    {
        var features = new List<Feature>();
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            issues.Add(new ImportIssue(fileName, null, null, null, $"het bestand '{path}' bestaat niet."));
            return features;
        }

        if (file.Length == 0)
        {
            issues.Add(new ImportIssue(fileName, null, null, null, "het bestand is leeg (0 bytes)."));
            return features;
        }

        if (file.Length > GeometryCheck.MaxFileBytes)
        {
            issues.Add(new ImportIssue(fileName, null, null, null, $"het bestand is {InputText.Count(file.Length)} bytes; verwacht hoogstens {InputText.Count(GeometryCheck.MaxFileBytes)} (gebruik de gegeneraliseerde gebiedsindeling van CBS/PDOK)."));
            return features;
        }

        JsonDocument document;
        try
        {
            await using var stream = file.OpenRead();
            document = await JsonDocument.ParseAsync(stream, default, ct);
        }
        catch (JsonException ex)
        {
            // LineNumber is 0-based in System.Text.Json.
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            issues.Add(new ImportIssue(fileName, line, null, null, "geen geldige JSON: verwacht een GeoJSON-bestand (FeatureCollection), zoals de gebiedsindelingen van CBS/PDOK."));
            return features;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("features", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                issues.Add(new ImportIssue(fileName, null, "features", null, "verwacht een GeoJSON FeatureCollection: een object met een lijst 'features'."));
                return features;
            }

            var fileYear = LayoutYear.FromFileName(fileName) ?? options.Year;
            var firstFeature = new Dictionary<(AreaCode, int), int>();
            var number = 0;
            foreach (var element in list.EnumerateArray())
            {
                number++;
                if (ReadFeature(element, number, fileName, fileYear, issues) is not { } feature)
                {
                    if (issues.Count >= MaxIssues)
                    {
                        break;
                    }

                    continue;
                }

                if (firstFeature.TryGetValue((feature.Code, feature.Year), out var earlier))
                {
                    issues.Add(new ImportIssue(fileName, number, StatcodeColumn, feature.Code.Value, string.Create(CultureInfo.InvariantCulture, $"dubbel gebied: {feature.Code} ({feature.Year}) staat ook in feature {earlier}.")));
                    continue;
                }

                firstFeature.Add((feature.Code, feature.Year), number);
                features.Add(feature);
            }

            if (number == 0)
            {
                issues.Add(new ImportIssue(fileName, null, "features", null, "de FeatureCollection bevat geen enkele feature."));
            }
        }

        return features;
    }

    /// <summary>Reads one feature; <paramref name="number"/> (1-based position in 'features') stands in for the row in messages.</summary>
    private static Feature? ReadFeature(JsonElement element, int number, string fileName, int? fileYear, List<ImportIssue> issues)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new ImportIssue(fileName, number, "properties", null, "verwacht een feature met een object 'properties'."));
            return null;
        }

        var codeText = properties.TryGetProperty("statcode", out var statcode) && statcode.ValueKind == JsonValueKind.String
            ? TextOf(statcode)?.Trim()
            : null;
        if (!AreaCode.TryParse(codeText, out var code))
        {
            issues.Add(new ImportIssue(fileName, number, StatcodeColumn, codeText, "verwacht een CBS-gebiedscode (PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn)."));
            return null;
        }

        if (!element.TryGetProperty("geometry", out var geometry)
            || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("type", out var type)
            || type.ValueKind != JsonValueKind.String
            || TextOf(type) is not ("Polygon" or "MultiPolygon")
            || !geometry.TryGetProperty("coordinates", out var coordinates)
            || coordinates.ValueKind != JsonValueKind.Array)
        {
            issues.Add(new ImportIssue(fileName, number, GeometryColumn, code.Value, "verwacht een geometrie van het type Polygon of MultiPolygon met coördinaten."));
            return null;
        }

        if (GeometryCheck.Problem(geometry, TextOf(type) == "MultiPolygon", coordinates) is { } problem)
        {
            issues.Add(new ImportIssue(fileName, number, GeometryColumn, code.Value, $"ongeldige geometrie van {code}: {problem}"));
            return null;
        }

        // jrstatcode ("2024WK034403") is the most precise statement of the layout year; else the file's.
        int? year = fileYear;
        if (properties.TryGetProperty("jrstatcode", out var jrstatcode) && jrstatcode.ValueKind == JsonValueKind.String && TextOf(jrstatcode) is { } jrText)
        {
            var text = jrText.Trim();
            if (text.Length > 4
                && text.AsSpan(4).SequenceEqual(code.Value)
                && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var jr)
                && LayoutYear.IsPlausible(jr))
            {
                year = jr;
            }
        }

        if (year is null || !LayoutYear.IsPlausible(year.Value))
        {
            issues.Add(new ImportIssue(fileName, number, "properties.jrstatcode", code.Value, "het jaar van de gebiedsindeling is onbekend: verwacht een jrstatcode zoals 2024WK034403, een jaartal in de bestandsnaam (wijk_2024.geojson) of een opgegeven jaar."));
            return null;
        }

        return new Feature(code, year.Value, Compact(geometry));
    }

    /// <summary>The geometry as compact JSON: the published files are indented, and maps only need the numbers.</summary>
    private static string Compact(JsonElement geometry)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            geometry.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>A JSON string's text, or null when it is not valid UTF-8 (GetString would throw).</summary>
    private static string? TextOf(JsonElement text)
    {
        try
        {
            return text.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Sample(List<AreaCode> codes) =>
        string.Join(", ", codes.Take(10)) + (codes.Count > 10 ? ", ..." : string.Empty);

    internal sealed record Feature(AreaCode Code, int Year, string GeometryJson);
}
