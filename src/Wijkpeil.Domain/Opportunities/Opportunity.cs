using System.Globalization;
using Wijkpeil.Domain.Common;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.Domain.Opportunities;

/// <summary>
/// A meekoppelkans: something a related provincial programme (or line department) can add to the agenda of a
/// wijkaanpak — money, expertise, connections or research — followed from spotting to realising, with its history.
/// No existing tool keeps such a register; the progress letter reports on it yearly.
/// </summary>
/// <remarks>
/// Related programmes and agenda projects are referenced by id; that they exist is the database's to enforce. The
/// focus areas are checked against the programme, as a project's are.
/// </remarks>
public sealed partial class Opportunity
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
    public const int OwnerMaxLength = 200;
    public const int SourceMaxLength = 300;
    public const int MaxRelatedProgrammes = 10;

    private readonly List<OpportunityStatusChange> _history = [];

    private Opportunity()
    {
        Title = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The wijkaanpak (e.g. Vitale Wijken) whose agenda the chance serves.</summary>
    public int ProgrammeId { get; private set; }

    public string Title { get; private set; }

    /// <summary>Markdown as typed; the renderer sanitises.</summary>
    public string? Description { get; private set; }

    public OpportunityKind Kind { get; private set; }

    public List<int> RelatedProgrammeIds { get; private set; } = [];

    /// <summary>Focus-area slugs of the programme, sorted; empty when the chance is programme-wide.</summary>
    public List<string> FocusAreaCodes { get; private set; } = [];

    public List<int> ProjectIds { get; private set; } = [];

    /// <summary>The amount in cents, only for financial support and only when known (see <see cref="Money"/>).</summary>
    public long? AmountCents { get; private set; }

    public Money? Amount => AmountCents is { } cents ? Money.FromCents(cents) : null;

    public DateOnly? WindowFrom { get; private set; }

    public DateOnly? WindowTo { get; private set; }

    public string? Owner { get; private set; }

    public string? Source { get; private set; }

    public OpportunityStatus Status { get; private set; }

    /// <summary>The registration and every status change, oldest first (sorted on reading: a database returns rows in no set order).</summary>
    public IReadOnlyList<OpportunityStatusChange> History => [.. _history.OrderBy(c => c.At).ThenBy(c => c.From is not null).ThenBy(c => c.Id)];

    /// <summary>
    /// Registers a chance of <paramref name="programme"/> as gesignaleerd, or, when it is registered after the fact,
    /// in the status it already has (not vervallen); such a later status needs a source that states it.
    /// </summary>
    public static Result<Opportunity> Create(ProgrammeScope programme, OpportunityDetails details, OpportunityStatus status, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (status is not (OpportunityStatus.Gesignaleerd or OpportunityStatus.Verkend or OpportunityStatus.Afgesproken or OpportunityStatus.Gerealiseerd))
        {
            return Result<Opportunity>.Failure("opportunity.status.initial_invalid", "Een nieuwe meekoppelkans is gesignaleerd, verkend, afgesproken of gerealiseerd; niet vervallen.", "status");
        }

        var created = new Opportunity { ProgrammeId = programme.Id };
        var applied = created.Apply(programme, details);
        if (!applied.IsSuccess)
        {
            return applied.Error!;
        }

        if (status != OpportunityStatus.Gesignaleerd && created.Source is null)
        {
            return Result<Opportunity>.Failure(
                "opportunity.source.required_for_status",
                $"Wie een meekoppelkans meteen als {StatusText(status)} vastlegt, noemt de bron waar dat staat.",
                "source",
                StatusText(status));
        }

        created.Status = status;
        created._history.Add(new OpportunityStatusChange(null, status, now, by.Trim(), null));
        return created;
    }

    /// <summary>Replaces the details; nothing changes when one is refused. The status stays.</summary>
    public Result<Opportunity> Change(ProgrammeScope programme, OpportunityDetails details)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (programme.Id != ProgrammeId)
        {
            throw new ArgumentException("The opportunity belongs to another programme.", nameof(programme));
        }

        return Apply(programme, details);
    }

    private Result<Opportunity> Apply(ProgrammeScope programme, OpportunityDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var title = TextRules.Required(details.Title, TitleMaxLength, "opportunity.title", "de titel", "title");
        var description = TextRules.OptionalRaw(details.Description, DescriptionMaxLength, "opportunity.description", "de beschrijving", "description");
        var owner = TextRules.Optional(details.Owner, OwnerMaxLength, "opportunity.owner", "de eigenaar", "owner");
        var source = TextRules.Optional(details.Source, SourceMaxLength, "opportunity.source", "de bron", "source");
        var window = DateWindow.Create(details.WindowFrom, details.WindowTo, "opportunity.window", "windowTo");
        var problem = title.Error ?? description.Error ?? owner.Error ?? source.Error ?? Check(programme, details) ?? window.Error;
        if (problem is not null)
        {
            return problem;
        }

        Title = title.Value;
        Description = description.Value;
        Kind = details.Kind;
        RelatedProgrammeIds = [.. details.RelatedProgrammeIds.Distinct().Order()];
        FocusAreaCodes = [.. details.FocusAreaCodes.Select(c => c.Trim()).Distinct().Order(StringComparer.Ordinal)];
        ProjectIds = [.. details.ProjectIds.Distinct().Order()];
        AmountCents = details.Amount?.Cents;
        WindowFrom = details.WindowFrom;
        WindowTo = details.WindowTo;
        Owner = owner.Value;
        Source = source.Value;
        return this;
    }

    private static DomainError? Check(ProgrammeScope programme, OpportunityDetails details)
    {
        if (!Enum.IsDefined(details.Kind))
        {
            return new DomainError("opportunity.kind.invalid", "Kies het soort meekoppelkans.", "kind");
        }

        if (details.RelatedProgrammeIds.Count == 0)
        {
            return new DomainError("opportunity.related_programme.required", "Kies het aanverwante programma waar de kans vandaan komt.", "relatedProgrammeIds");
        }

        if (details.RelatedProgrammeIds.Distinct().Count() > MaxRelatedProgrammes)
        {
            return new DomainError("opportunity.related_programme.too_many", string.Create(CultureInfo.InvariantCulture, $"Kies ten hoogste {MaxRelatedProgrammes} aanverwante programma's."), "relatedProgrammeIds", MaxRelatedProgrammes);
        }

        if (details.FocusAreaCodes.Select(c => programme.RefuseFocusArea(c, "opportunity", "focusAreaCodes")).FirstOrDefault(e => e is not null) is { } unknownArea)
        {
            return unknownArea;
        }

        if (details.Amount is { } amount)
        {
            if (details.Kind != OpportunityKind.FinancialSupport)
            {
                return new DomainError("opportunity.amount.not_financial", "Alleen bij financiële ondersteuning hoort een bedrag; laat het leeg.", "amount");
            }

            if (amount.Cents <= 0 || amount > Money.Max)
            {
                return new DomainError("opportunity.amount.out_of_range", string.Create(CultureInfo.InvariantCulture, $"Het bedrag is groter dan 0 en ten hoogste {Money.Max.Euros} euro; laat het leeg als het niet bekend is."), "amount", Money.Max.Euros);
            }
        }

        return null;
    }
}
