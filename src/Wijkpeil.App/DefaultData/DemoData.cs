using Wijkpeil.App.Modules.Agenda.Contracts;
using Wijkpeil.App.Modules.Subsidies.Contracts;

namespace Wijkpeil.App.DefaultData;

/// <summary>
/// The optional example data (<c>wijkpeil demo load|remove</c>): the example projects of <see cref="VitaleWijkenExamples"/>
/// added to or taken from the Vitale Wijken agenda, and an example subsidy scheme with granted example applications
/// (<see cref="ISubsidySeeding"/>), each change in the audit trail. Never part of the embedded default.
/// </summary>
public sealed class DemoData(IAgendaSeeding agenda, ISubsidySeeding subsidies)
{
    /// <summary>The programme the examples belong to.</summary>
    public const string ProgrammeCode = VitaleWijkenProgramme.Code;

    /// <summary>How many example projects a load adds.</summary>
    public static int ProjectCount => VitaleWijkenExamples.Projects.Count;

    /// <summary>Adds the example projects, unless the programme has example projects already (then nothing changes).</summary>
    public async Task<DemoOutcome> LoadAsync(CancellationToken cancellationToken = default)
    {
        var present = await agenda.CountExamplesAsync(ProgrammeCode, cancellationToken);
        if (present is null)
        {
            return new(DemoResult.NoProgramme, 0);
        }

        // Loading twice would list every example twice; the second run says so and leaves the first in place.
        if (present > 0)
        {
            return new(DemoResult.AlreadyLoaded, present.Value);
        }

        var added = await agenda.AddExamplesAsync(ProgrammeCode, VitaleWijkenExamples.Projects, cancellationToken);
        var applications = await subsidies.AddExamplesAsync(ProgrammeCode, cancellationToken);
        return added is null ? new(DemoResult.NoProgramme, 0) : new(DemoResult.Loaded, added.Value, applications ?? 0);
    }

    /// <summary>Deletes every example project of the programme; the letter's projects and people's own stay.</summary>
    public async Task<DemoOutcome> RemoveAsync(CancellationToken cancellationToken = default)
    {
        // The example scheme and applications go too; a scheme is not a project, so they do not change the count.
        var applications = await subsidies.RemoveExamplesAsync(cancellationToken);
        return await agenda.RemoveExamplesAsync(ProgrammeCode, cancellationToken) switch
        {
            null => new(DemoResult.NoProgramme, 0),
            0 => new(DemoResult.NothingToRemove, 0),
            { } removed => new(DemoResult.Removed, removed, applications),
        };
    }
}

/// <summary>What a demo load or removal did, to how many projects and to how many subsidy applications.</summary>
public sealed record DemoOutcome(DemoResult Result, int Projects, int Applications = 0);

/// <summary>The ways a demo load or removal ends.</summary>
public enum DemoResult
{
    Loaded,
    AlreadyLoaded,
    Removed,
    NothingToRemove,
    NoProgramme,
}
