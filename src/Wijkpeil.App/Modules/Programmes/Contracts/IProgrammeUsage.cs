namespace Wijkpeil.App.Modules.Programmes.Contracts;

/// <summary>
/// Answers whether other modules' records still use part of a programme, so Programmes can refuse to remove it without
/// reading their tables. Each module that refers to pillars or focus areas (Agenda, Stories) registers one.
/// </summary>
public interface IProgrammeUsage
{
    /// <summary>Whether a record of this module refers to pillar <paramref name="pillarNumber"/> of programme <paramref name="programmeId"/>.</summary>
    Task<bool> IsPillarUsedAsync(int programmeId, int pillarNumber, CancellationToken cancellationToken = default);

    /// <summary>Whether a record of this module belongs to <paramref name="focusArea"/> of programme <paramref name="programmeId"/>.</summary>
    Task<bool> IsFocusAreaUsedAsync(int programmeId, FocusAreaDetails focusArea, CancellationToken cancellationToken = default);
}
