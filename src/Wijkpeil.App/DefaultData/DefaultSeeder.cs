using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.MeetingPlaces.Contracts;
using Wijkpeil.App.Modules.Opportunities.Contracts;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.App.Modules.ResearchPlans.Contracts;
using Wijkpeil.App.Modules.Subsidies.Contracts;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.MeetingPlaces;
using Wijkpeil.Domain.ResearchPlans;

namespace Wijkpeil.App.DefaultData;

/// <summary>
/// Writes the curated indicator catalogue (<see cref="Kernset"/>), the Vitale Wijken programme and its agenda from
/// the progress letter, the letter's subsidy scheme, meeting places and research plans, each through the owning
/// module's seeding contract. Each step can run again after an interrupted first start: what exists is left as it is.
/// </summary>
public sealed class DefaultSeeder(
    WijkpeilDbContext db,
    IProgrammeSeeding createProgramme,
    IAgendaSeeding agenda,
    IIndicatorCuration catalogue,
    ISubsidySeeding subsidies,
    IMeetingPlaceSeeding meetingPlaces,
    IResearchPlanSeeding researchPlans,
    IOpportunitySeeding opportunities)
{
    /// <summary>The system_settings key whose presence means the letter's agenda was added once.</summary>
    public const string AgendaSettingKey = "default-agenda";

    /// <summary>The system_settings key whose presence means the letter's subsidy scheme was added once.</summary>
    public const string SubsidySchemeSettingKey = "default-subsidy-scheme";

    /// <summary>The system_settings key whose presence means the letter's meekoppelkansen were added once.</summary>
    public const string OpportunitiesSettingKey = "default-opportunities";
    /// <summary>The system_settings key whose presence means the letter's meeting places were added once.</summary>
    public const string MeetingPlacesSettingKey = "default-meeting-places";

    /// <summary>The system_settings key whose presence means the letter's research plans were added once.</summary>
    public const string ResearchPlansSettingKey = "default-research-plans";

    /// <summary>
    /// Adds the curated indicators with their source mappings; returns how many were added or curated. RIVM's health
    /// table holds survey estimates; every other bundled source is a register (CBS kwb, nearness).
    /// </summary>
    public Task<int> SeedCatalogueAsync(CancellationToken cancellationToken = default) =>
        catalogue.CurateAsync(
            [.. Kernset.Entries.Select(e => new CuratedIndicator(
                e.Code, e.NameNl, e.NameEn, e.DefinitionNl, e.DefinitionEn, e.Unit, e.Kind, e.Polarity, e.Source, e.PopulationGroup,
                [.. e.Sources.Select(s => new IndicatorSourceKey(s.Table, s.MeasureKey))],
                e.Sources.Any(s => s.Table == Kernset.HealthTable) ? SourceKind.Survey : SourceKind.Register,
                e.Ratio))],
            cancellationToken);

    /// <summary>
    /// Adds the Vitale Wijken programme unless it exists, through the same use case as a person's (unaudited: the
    /// default's change, nobody's); needs the catalogue for its kernset. It runs before the bundle's regions and figures
    /// are imported, so it is checked against the catalogue but not yet against the register and periods.
    /// </summary>
    public async Task<bool> SeedProgrammeAsync(CancellationToken cancellationToken = default)
    {
        if (await createProgramme.ExistsAsync(VitaleWijkenProgramme.Code, cancellationToken))
        {
            return false;
        }

        var outcome = await createProgramme.SeedAsync(VitaleWijkenProgramme.Definition(), cancellationToken);

        // The seed is ours: a problem here is a bug in VitaleWijkenProgramme, not a user error.
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException(
                "The Vitale Wijken seed is inconsistent: " + string.Join("; ", outcome.Problems.Select(p => $"{p.Field}: {p.Code} {string.Join(",", p.Arguments)}")));
        }

        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>
    /// On an upgrade from a bundle before 2024.4: adds the kernset entries a fresh load seeds for pillars 2 (veiligheid)
    /// and 4 (onderwijs), which the older bundles left empty, to Vitale Wijken, each pillar only while it is still
    /// empty there (<see cref="IProgrammeSeeding.AddToEmptyPillarsAsync"/>). Not audited, like the programme's seed:
    /// the default's change, nobody's; the loader logs what was added. Returns the entries added.
    /// </summary>
    public Task<IReadOnlyList<KernsetDefinition>> FillNewPillarsAsync(CancellationToken cancellationToken = default) =>
        createProgramme.AddToEmptyPillarsAsync(
            VitaleWijkenProgramme.Code,
            [.. VitaleWijkenProgramme.Definition().Kernset!.Where(k => k.Pillar is Kernset.Safety or Kernset.Education)],
            cancellationToken);

    /// <summary>
    /// On an upgrade from a bundle before 2024.4: adds the police table (47018NED 2023) to the Vitale Wijken wave
    /// "Meting 2020", which the older bundles' wave did not list, so that its crime entries get a period in that wave
    /// (factsheets). Only sources the wave lacks, after its own (<see cref="IProgrammeSeeding.AddMissingWaveSourcesAsync"/>).
    /// </summary>
    public Task<IReadOnlyList<string>> AddNewWaveSourcesAsync(CancellationToken cancellationToken = default) =>
        createProgramme.AddMissingWaveSourcesAsync(VitaleWijkenProgramme.Code, VitaleWijkenProgramme.Waves, cancellationToken);

    /// <summary>
    /// Adds the agenda from the progress letter (<see cref="VitaleWijkenAgenda"/>), once: not when it was added
    /// before (the <see cref="AgendaSettingKey"/> row), so projects someone deleted do not come back, and not
    /// when the programme already has projects of its own. Needs the programme; returns whether it added.
    /// </summary>
    public async Task<bool> SeedAgendaAsync(CancellationToken cancellationToken = default)
    {
        if (await db.SystemSettings.AsNoTracking().AnyAsync(s => s.Key == AgendaSettingKey, cancellationToken))
        {
            return false;
        }

        // Two saves: interrupted between them, the next start finds the programme's projects and adds none.
        if (!await agenda.SeedAsync(VitaleWijkenProgramme.Code, VitaleWijkenAgenda.Projects(), cancellationToken))
        {
            return false;
        }

        db.SystemSettings.Add(new SystemSetting(AgendaSettingKey, VitaleWijkenAgenda.Source));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>
    /// Adds the Soesterkwartier subsidy scheme the letter names, as a scheme run outside Wijkpeil (no plafond, dates,
    /// applications or amounts), once: not when it was added before (the <see cref="SubsidySchemeSettingKey"/> row), so
    /// a scheme someone deleted does not come back. Not audited, like the agenda: the default's change, nobody's.
    /// Runs after the agenda so it links the agenda's subsidy project; returns whether it added.
    /// </summary>
    public async Task<bool> SeedSubsidySchemeAsync(CancellationToken cancellationToken = default)
    {
        if (await db.SystemSettings.AsNoTracking().AnyAsync(s => s.Key == SubsidySchemeSettingKey, cancellationToken)
            || !await db.SystemSettings.AsNoTracking().AnyAsync(s => s.Key == AgendaSettingKey, cancellationToken))
        {
            return false;
        }

        var added = await subsidies.SeedDefaultAsync(VitaleWijkenProgramme.Code, cancellationToken);
        db.SystemSettings.Add(new SystemSetting(SubsidySchemeSettingKey, VitaleWijkenAgenda.Source));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return added;
    }

    /// <summary>
    /// Adds the letter's related programmes and meekoppelkansen (with the letter as source, no amounts), once: not when
    /// they were added before (the <see cref="OpportunitiesSettingKey"/> row), so a chance someone deleted does not come
    /// back. Not audited, like the agenda: the default's change, nobody's. Needs the programme; returns whether it added.
    /// </summary>
    public async Task<bool> SeedOpportunitiesAsync(CancellationToken cancellationToken = default)
    {
        if (await db.SystemSettings.AsNoTracking().AnyAsync(s => s.Key == OpportunitiesSettingKey, cancellationToken)
            || !await opportunities.SeedLetterAsync(VitaleWijkenProgramme.Code, cancellationToken))
        {
            return false;
        }

        db.SystemSettings.Add(new SystemSetting(OpportunitiesSettingKey, VitaleWijkenAgenda.Source));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>
    /// Adds the five meeting places the letter names (<see cref="VitaleWijkenMeetingPlaces"/>) to the register, once: not
    /// when added before (the <see cref="MeetingPlacesSettingKey"/> row), so a place someone changed or a register
    /// someone emptied stays as it is, and not when the programme has places of its own. Needs the programme; not
    /// audited, like the agenda. Returns whether it added.
    /// </summary>
    public Task<bool> SeedMeetingPlacesAsync(CancellationToken cancellationToken = default) =>
        SeedOnceAsync(MeetingPlacesSettingKey, ct => meetingPlaces.SeedAsync(VitaleWijkenProgramme.Code, VitaleWijkenMeetingPlaces.Places, ct), cancellationToken);

    /// <summary>
    /// Adds the four research plans the letter describes (<see cref="VitaleWijkenResearchPlans"/>), once, by the same
    /// rule as <see cref="SeedMeetingPlacesAsync"/> (the <see cref="ResearchPlansSettingKey"/> row). Returns whether it added.
    /// </summary>
    public Task<bool> SeedResearchPlansAsync(CancellationToken cancellationToken = default) =>
        SeedOnceAsync(ResearchPlansSettingKey, ct => researchPlans.SeedAsync(VitaleWijkenProgramme.Code, VitaleWijkenResearchPlans.Plans, ct), cancellationToken);

    // Two saves: interrupted between them, the next start finds the programme's rows and the module adds none.
    private async Task<bool> SeedOnceAsync(string settingKey, Func<CancellationToken, Task<bool>> seed, CancellationToken cancellationToken)
    {
        if (await db.SystemSettings.AsNoTracking().AnyAsync(s => s.Key == settingKey, cancellationToken)
            || !await createProgramme.ExistsAsync(VitaleWijkenProgramme.Code, cancellationToken))
        {
            return false;
        }

        var added = await seed(cancellationToken);
        db.SystemSettings.Add(new SystemSetting(settingKey, VitaleWijkenAgenda.Source));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return added;
    }
}
