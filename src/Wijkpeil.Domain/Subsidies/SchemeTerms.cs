using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>The terms of a scheme as an officer writes them; <see cref="SubsidyScheme"/> checks them as a whole.</summary>
/// <param name="FocusAreas">Keys of the programme's focus areas the scheme is for (the module checks they exist).</param>
/// <param name="ProjectIds">Agenda projects the scheme funds (the module checks they exist).</param>
/// <param name="Plafond">The subsidieplafond (Awb 4:22), in euros.</param>
/// <param name="OpensOn">First day applications can be filed, Europe/Amsterdam.</param>
/// <param name="ClosesOn">Last day applications can be filed (until midnight), Europe/Amsterdam.</param>
/// <param name="MinimumScore">The weighted mean an application needs on the scale to be eligible.</param>
public sealed record SchemeTerms(
    string? Name,
    string? Description,
    int ProgrammeId,
    AreaCode Gemeente,
    IReadOnlyList<string> FocusAreas,
    IReadOnlyList<int> ProjectIds,
    Money Plafond,
    AllocationMethod Allocation,
    TieBreakRule? TieBreak,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    Money MinimumAmount,
    Money MaximumAmount,
    string? Eligibility,
    IReadOnlyList<CriterionTerms> Criteria,
    int ScaleMin,
    int ScaleMax,
    decimal MinimumScore,
    IReadOnlyList<AttachmentTerms> Attachments,
    int DecisionTermWeeks,
    int AdvancePercent,
    int FinalReportTermWeeks,
    string? ObjectionClause);

/// <summary>A criterion as typed: name, optional explanation, weight.</summary>
public sealed record CriterionTerms(string? Name, string? Description, int Weight);

/// <summary>A required or optional attachment as typed.</summary>
public sealed record AttachmentTerms(string? Kind, string? FileTypes, long MaxBytes, bool Required);
