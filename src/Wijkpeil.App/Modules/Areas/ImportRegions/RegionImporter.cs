using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Areas.Contracts;
using Wijkpeil.App.Modules.Audit.Contracts;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Modules.Areas.ImportRegions;

/// <summary>
/// Loads a CBS region list (e.g. 85984NED-WijkenEnBuurten-2024.csv) and optionally the gemeente/province
/// list into the area register: NL, the provinces, gemeenten, wijken and buurten, each with its parent
/// and the layout year. Existing codes gain the layout year and the current name; nothing is deleted,
/// because codes of older layouts stay in use by older figures. A stored import is audited in its own
/// transaction, which also starts a new public data version: cached pages show renamed areas within seconds.
/// </summary>
public sealed class RegionImporter(WijkpeilDbContext db, IAuditLog audit, IPublicChanges publicChanges)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Imports the region list, all or nothing.</summary>
    /// <param name="regionsCsvPath">The StatLine region dimension CSV (columns Key and Title; codes may be space-padded).</param>
    /// <param name="municipalityProvinceCsvPath">Optional CSV with municipality_id (without GM) and province_lab (province name).</param>
    /// <param name="options">Only <see cref="ImportOptions.Year"/> is used: the layout year when the file name has none.</param>
    public async Task<ImportOutcome> ImportAsync(string regionsCsvPath, string? municipalityProvinceCsvPath, ImportOptions options, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(regionsCsvPath);
        ArgumentNullException.ThrowIfNull(options);
        var fileName = Path.GetFileName(regionsCsvPath);
        var issues = new List<ImportIssue>();

        // The region list of a StatLine table carries no year of its own; CBS names its files after the
        // layout year, and the user can say it when the name does not.
        var year = LayoutYear.FromFileName(fileName) ?? options.Year;
        if (year is null)
        {
            issues.Add(new ImportIssue(fileName, null, null, null, "het jaar van de gebiedsindeling staat niet in de bestandsnaam (zoals in 85984NED-WijkenEnBuurten-2024.csv): geef het jaar op."));
        }
        else if (!LayoutYear.IsPlausible(year.Value))
        {
            issues.Add(new ImportIssue(fileName, null, null, year.Value.ToString(CultureInfo.InvariantCulture), "verwacht een jaar van de gebiedsindeling tussen 1900 en 2200."));
        }

        var regions = RegionFileReader.ReadRegions(regionsCsvPath, issues);
        var assignments = municipalityProvinceCsvPath is null
            ? []
            : RegionFileReader.ReadProvinceAssignments(municipalityProvinceCsvPath, issues);
        if (issues.Count > 0)
        {
            return ImportOutcome.Failed(issues);
        }

        var assignmentFile = municipalityProvinceCsvPath is null ? null : Path.GetFileName(municipalityProvinceCsvPath);
        db.ChangeTracker.Clear();
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;

        // 18,000 tracked areas: detect changes once before saving, not on every Add.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await ImportWriteLock.StoreLockedAsync(db, () => StoreAsync(fileName, assignmentFile, year!.Value, regions, assignments, ct), o => o.Succeeded && !o.NothingChanged, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.ChangeTracker.Clear();
        }
    }

    private async Task<ImportOutcome> StoreAsync(string fileName, string? assignmentFile, int year, List<RegionRow> regions, List<ProvinceAssignment> assignments, CancellationToken ct)
    {
        var existing = await db.Areas.ToDictionaryAsync(a => a.Code, ct);
        var plan = BuildPlan(regions, assignments, existing, out var skippedAssignments, out var municipalitiesWithoutProvince);

        var issues = new List<ImportIssue>();
        foreach (var (code, target) in plan)
        {
            if (target.Parent is { } parent && !plan.ContainsKey(parent) && !existing.ContainsKey(parent))
            {
                var expected = string.Create(CultureInfo.InvariantCulture, $"het bovenliggende gebied {parent} van {code} staat niet in het bestand en niet in het gebiedenregister.");
                if (issues.Count < RegionFileReader.MaxIssues)
                {
                    issues.Add(new ImportIssue(fileName, target.Line, "Key", code.Value, expected));
                }
            }
        }

        if (issues.Count > 0)
        {
            return ImportOutcome.Failed(issues);
        }

        int added = 0, changed = 0, unchanged = 0;
        var newAreas = new List<Area>();
        foreach (var (code, target) in plan)
        {
            if (!existing.TryGetValue(code, out var area))
            {
                newAreas.Add(new Area(code, target.Name ?? code.Value, target.Parent, [year]));
                added++;
                continue;
            }

            var isChanged = area.AddLayoutYear(year);
            if (target.Name is { } name && area.Name != name)
            {
                area.Rename(name);
                isChanged = true;
            }

            if (target.SetParent && area.ParentCode != target.Parent)
            {
                area.SetParent(target.Parent);
                isChanged = true;
            }

            if (isChanged)
            {
                changed++;
            }
            else
            {
                unchanged++;
            }
        }

        // Gemeenten of the province list that are in the register but not in this region list.
        foreach (var assignment in assignments)
        {
            if (!plan.ContainsKey(assignment.Municipality) && existing.TryGetValue(assignment.Municipality, out var municipality) && municipality.ParentCode != assignment.Province)
            {
                municipality.SetParent(assignment.Province);
                changed++;
            }
        }

        var levels = DescribeLevels(plan.Keys);
        var notes = Notes(assignmentFile, assignments.Count - skippedAssignments.Count, skippedAssignments, municipalitiesWithoutProvince);
        if (added == 0 && changed == 0)
        {
            return new ImportOutcome
            {
                Succeeded = true,
                NothingChanged = true,
                Unchanged = unchanged,
                Message = string.Create(Dutch, $"Niets gewijzigd: alle {unchanged:N0} gebieden uit {fileName} ({levels}; gebiedsindeling {year}) stonden al zo in het gebiedenregister.{notes}"),
            };
        }

        db.Areas.AddRange(newAreas);
        db.ChangeTracker.DetectChanges();
        RecordImport(fileName, assignmentFile, year, added, changed, unchanged);

        // Names and parents show on nearly every page, and a register import is rare: every cached page goes.
        publicChanges.Invalidate(CacheTags.All);

        // One SaveChanges is one transaction: the register never holds half a layout, nor a change without its entry.
        await db.SaveChangesAsync(ct);
        return new ImportOutcome
        {
            Succeeded = true,
            Added = added,
            Changed = changed,
            Unchanged = unchanged,
            AreasAdded = added,
            Message = string.Create(Dutch, $"{fileName} ingelezen in het gebiedenregister (gebiedsindeling {year}; {levels}): {added:N0} gebieden toegevoegd, {changed:N0} bijgewerkt, {unchanged:N0} ongewijzigd.{notes}"),
        };
    }

    /// <summary>Who changed the register with which file, and how much: one audit entry per stored import.</summary>
    private void RecordImport(string fileName, string? assignmentFile, int year, int added, int changed, int unchanged) =>
        audit.Record(
            AuditAction.Created,
            AuditEntityTypes.AreaRegister,
            fileName.Length <= 100 ? fileName : fileName[..100],
            string.Create(Dutch, $"{fileName}: {added:N0} gebieden toegevoegd, {changed:N0} bijgewerkt"),
            before: null,
            new RegionImportSnapshot(fileName, assignmentFile, year, added, changed, unchanged));

    /// <summary>What every area in this import should look like, in file order.</summary>
    private static Dictionary<AreaCode, Target> BuildPlan(
        List<RegionRow> regions,
        List<ProvinceAssignment> assignments,
        Dictionary<AreaCode, Area> existing,
        out List<AreaCode> skippedAssignments,
        out int municipalitiesWithoutProvince)
    {
        var provinceOf = assignments.ToDictionary(a => a.Municipality, a => a.Province);
        var plan = new Dictionary<AreaCode, Target>();
        municipalitiesWithoutProvince = 0;
        foreach (var row in regions)
        {
            AreaCode? parent;
            var setParent = true;
            if (row.Code.Level == AreaLevel.Municipality)
            {
                // A gemeente's province is not in its code: it comes from the province list, or stays as it was.
                setParent = provinceOf.TryGetValue(row.Code, out var province);
                parent = setParent ? province : null;
                if (!setParent && assignments.Count > 0)
                {
                    municipalitiesWithoutProvince++;
                }
            }
            else
            {
                parent = row.Code.DerivedParent;
            }

            plan[row.Code] = new Target(row.Name, parent, setParent, row.Line);
        }

        skippedAssignments = [];
        foreach (var assignment in assignments)
        {
            if (!plan.ContainsKey(assignment.Municipality) && !existing.ContainsKey(assignment.Municipality))
            {
                skippedAssignments.Add(assignment.Municipality);
                continue;
            }

            // A province the region list itself names keeps that name; otherwise new ones get the official name.
            if (!plan.ContainsKey(assignment.Province))
            {
                plan[assignment.Province] = new Target(existing.ContainsKey(assignment.Province) ? null : assignment.ProvinceName, assignment.Province.DerivedParent, true, assignment.Line);
            }
        }

        var country = AreaCode.From("NL00");
        if (plan.Values.Any(t => t.Parent == country) && !plan.ContainsKey(country) && !existing.ContainsKey(country))
        {
            plan[country] = new Target("Nederland", null, true, null);
        }

        return plan;
    }

    private static string DescribeLevels(IEnumerable<AreaCode> codes)
    {
        var counts = codes.GroupBy(c => c.Level).ToDictionary(g => g.Key, g => g.Count());
        var parts = new List<string>();
        void Part(AreaLevel level, string one, string many)
        {
            if (counts.TryGetValue(level, out var n))
            {
                parts.Add(string.Create(Dutch, $"{n:N0} {(n == 1 ? one : many)}"));
            }
        }

        Part(AreaLevel.Country, "land", "landen");
        Part(AreaLevel.Province, "provincie", "provincies");
        Part(AreaLevel.Municipality, "gemeente", "gemeenten");
        Part(AreaLevel.District, "wijk", "wijken");
        Part(AreaLevel.Neighbourhood, "buurt", "buurten");
        return parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts[..^1]) + " en " + parts[^1];
    }

    private static string Notes(string? assignmentFile, int assigned, List<AreaCode> skipped, int withoutProvince)
    {
        if (assignmentFile is null)
        {
            return string.Empty;
        }

        var notes = string.Create(Dutch, $" {assigned:N0} gemeenten aan hun provincie gekoppeld volgens {assignmentFile}.");
        if (skipped.Count > 0)
        {
            var list = string.Join(", ", skipped.Take(10));
            notes += string.Create(Dutch, $" Overgeslagen: {skipped.Count:N0} regel(s) voor gemeenten die niet in de gebiedenlijst of het register staan ({list}{(skipped.Count > 10 ? ", ..." : string.Empty)}).");
        }

        if (withoutProvince > 0)
        {
            notes += string.Create(Dutch, $" Let op: {withoutProvince:N0} gemeente(n) uit de gebiedenlijst staan niet in {assignmentFile} en hebben geen provincie gekregen.");
        }

        return notes;
    }

    /// <summary>What the audit trail keeps of a region import.</summary>
    private sealed record RegionImportSnapshot(string FileName, string? ProvinceFile, int LayoutYear, int Added, int Changed, int Unchanged);

    /// <param name="Name">The name to store; null keeps the stored name.</param>
    /// <param name="Parent">The parent to store when <paramref name="SetParent"/> is set.</param>
    /// <param name="Line">The line in the region list, for messages; null for areas the import adds itself.</param>
    private sealed record Target(string? Name, AreaCode? Parent, bool SetParent, int? Line);
}
