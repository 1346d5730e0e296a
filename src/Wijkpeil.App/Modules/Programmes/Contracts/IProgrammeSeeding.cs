using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Programmes.Contracts;

/// <summary>
/// The embedded default's way in: creates a programme through the same use case as everyone else, checked against
/// the indicator catalogue only (the default loads the register and the figures after it), and, like the default's
/// agenda and catalogue, not written to the audit trail: it is nobody's change.
/// </summary>
public interface IProgrammeSeeding
{
    Task<Outcome<ProgrammeSummary>> SeedAsync(ProgrammeDefinition request, CancellationToken cancellationToken = default);

    /// <summary>Whether a programme with this slug is stored, read from the table (not from a catalogue read earlier in the scope).</summary>
    Task<bool> ExistsAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>
    /// For an upgrade of the embedded default: adds to the programme's kernset those of <paramref name="entries"/> whose
    /// pillar has no entry in it yet. A pillar that has one (its managers filled it) keeps exactly its entries; a pillar
    /// the programme does not have, and an indicator the catalogue lacks, are skipped. Unaudited like
    /// <see cref="SeedAsync"/>; the programme's pages are made stale. Returns the entries added (none when there is no
    /// programme with this slug).
    /// </summary>
    Task<IReadOnlyList<KernsetDefinition>> AddToEmptyPillarsAsync(string slug, IReadOnlyList<KernsetDefinition> entries, CancellationToken cancellationToken = default);

    /// <summary>
    /// For an upgrade of the embedded default: adds to each of the programme's waves that <paramref name="waves"/> names
    /// (by slug) the sources it lists whose table the wave does not have yet, after the wave's own (so a source a manager
    /// put first still wins). Waves the programme does not have are not added. Unaudited like <see cref="SeedAsync"/>;
    /// the programme's pages are made stale. Returns "wave: table period" for each source added.
    /// </summary>
    Task<IReadOnlyList<string>> AddMissingWaveSourcesAsync(string slug, IReadOnlyList<WaveDefinition> waves, CancellationToken cancellationToken = default);
}
