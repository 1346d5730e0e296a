using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Opportunities;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Tests.Security;

/// <summary>
/// The matrix's meekoppelkansen: a chance and a related programme of its own per cell, and a round of its own year per
/// cell in the step its row needs (the read rows share one round with one chosen programme).
/// </summary>
public sealed partial class MatrixHost
{
    /// <summary>A day in the past (so never refused as a typo) on which the round targets were sent.</summary>
    internal const string RoundSentOn = "2020-01-10";

    private readonly SemaphoreSlim _opportunityLock = new(1, 1);
    private int _roundYear = OpportunityRound.MinYear - 1;
    private (int Programme, int Related)? _opportunityBasis;
    private Dictionary<string, string>? _opportunityReads;

    /// <summary>A year no round has yet: one round per year, so every round of the matrix gets its own.</summary>
    internal int NextRoundYear() => Interlocked.Increment(ref _roundYear);

    /// <summary>The new-chance form's fields: a gesignaleerde expertise of Vitale Wijken from the matrix's related programme.</summary>
    internal async Task<Dictionary<string, string>> OpportunityFieldsAsync(string title)
    {
        var (programme, related) = await OpportunityBasisAsync();
        return new()
        {
            ["Input.ProgrammeId"] = Text(programme),
            ["Input.Title"] = title,
            ["Input.Kind"] = nameof(OpportunityKind.Expertise),
            [$"Input.Related[{Text(related)}]"] = "true",
            ["Input.Status"] = nameof(OpportunityStatus.Gesignaleerd),
        };
    }

    /// <summary>Fills in <c>{opportunity}</c>, <c>{related-programme}</c>, <c>{round-year}</c> and <c>{round-programme}</c>.</summary>
    internal async Task<string> OpportunityReadPathAsync(string path)
    {
        if (!path.Contains("{opportunity}", StringComparison.Ordinal) && !path.Contains("{related-programme}", StringComparison.Ordinal) && !path.Contains("{round-", StringComparison.Ordinal))
        {
            return path;
        }

        await _opportunityLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_opportunityReads is null)
            {
                var opportunity = await CreateOpportunityTargetAsync(TargetKind.ChosenRoundProgramme);
                _opportunityReads = new(StringComparer.Ordinal)
                {
                    ["{opportunity}"] = Text(opportunity.QuoteId),
                    ["{related-programme}"] = Text(opportunity.ProgressId),
                    ["{round-year}"] = Text(opportunity.Id),
                    ["{round-programme}"] = Text(opportunity.ProgressId),
                };
            }
        }
        finally
        {
            _opportunityLock.Release();
        }

        return _opportunityReads.Aggregate(path, (text, p) => text.Replace(p.Key, p.Value, StringComparison.Ordinal));
    }

    /// <summary>
    /// A target of the register: <see cref="Target.Id"/> is the chance's, related programme's or round's year,
    /// <see cref="Target.ProgressId"/> the related programme, <see cref="Target.QuoteId"/> the chance (naming that programme).
    /// </summary>
    private async Task<Target> CreateOpportunityTargetAsync(TargetKind kind)
    {
        var ct = TestContext.Current.CancellationToken;
        var (programmeId, _) = await OpportunityBasisAsync();
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var related = RelatedProgramme.Create(new RelatedProgrammeDetails("Matrix aanverwant " + Guid.NewGuid().ToString("N")[..12], null, ["wonen"], null)).Value;
        db.Add(related);
        await db.SaveChangesAsync(ct);
        if (kind == TargetKind.ListedRelatedProgramme)
        {
            return new Target(kind, related.Id);
        }

        var programme = await db.Set<Programme>().SingleAsync(p => p.Id == programmeId, ct);
        var opportunity = Opportunity.Create(ProgrammeScope.Of(programme), new OpportunityDetails("Matrixkans", null, OpportunityKind.Expertise, [related.Id], [], []), OpportunityStatus.Gesignaleerd, DateTimeOffset.UnixEpoch, "opzet@test.nl").Value;
        db.Add(opportunity);
        await db.SaveChangesAsync(ct);
        if (kind == TargetKind.RegisteredOpportunity)
        {
            return new Target(kind, opportunity.Id);
        }

        var year = NextRoundYear();
        var round = OpportunityRound.Create(year, []).Value;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sentOn = DateOnly.ParseExact(RoundSentOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (kind != TargetKind.RoundToChoose)
        {
            Assert.True(round.Choose(related.Id).IsSuccess);
        }

        if (kind is TargetKind.SentRoundProgramme or TargetKind.AnsweredRoundProgramme or TargetKind.LinkedRoundProgramme)
        {
            Assert.True(round.MarkSent(related.Id, sentOn, today).IsSuccess);
        }

        if (kind is TargetKind.AnsweredRoundProgramme or TargetKind.LinkedRoundProgramme)
        {
            Assert.True(round.RecordResponse(related.Id, "Graag.", sentOn.AddDays(10), today).IsSuccess);
        }

        if (kind == TargetKind.LinkedRoundProgramme)
        {
            Assert.True(round.LinkOpportunity(related.Id, opportunity).IsSuccess);
        }

        db.Add(round);
        await db.SaveChangesAsync(ct);
        return new Target(kind, year, ProgressId: related.Id, QuoteId: opportunity.Id);
    }

    /// <summary>Vitale Wijken and one related programme, for the new-chance form.</summary>
    private async Task<(int Programme, int Related)> OpportunityBasisAsync()
    {
        if (_opportunityBasis is { } basis)
        {
            return basis;
        }

        var ct = TestContext.Current.CancellationToken;
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        var programme = await db.Set<Programme>().Where(p => p.Code == "vitale-wijken").Select(p => p.Id).SingleAsync(ct);
        var related = RelatedProgramme.Create(new RelatedProgrammeDetails("Matrix aanverwant programma " + Guid.NewGuid().ToString("N")[..12], null, ["wonen"], null)).Value;
        db.Add(related);
        await db.SaveChangesAsync(ct);
        _opportunityBasis = (programme, related.Id);
        return (programme, related.Id);
    }

    private static async Task<string> OpportunityFingerprintAsync(WijkpeilDbContext db, Target target, CancellationToken ct)
    {
        switch (target.Kind)
        {
            case TargetKind.NewOpportunity:
                return "opportunities: " + await db.Set<Opportunity>().CountAsync(ct);
            case TargetKind.NewRelatedProgramme:
                return "related programmes: " + await db.Set<RelatedProgramme>().CountAsync(ct);
            case TargetKind.NewRound:
                return "rounds: " + await db.Set<OpportunityRound>().CountAsync(ct);
            case TargetKind.RegisteredOpportunity:
                var o = await db.Set<Opportunity>().AsNoTracking().Include(x => x.History).SingleAsync(x => x.Id == target.Id, ct);
                return JsonSerializer.Serialize(new { o.Title, o.Kind, o.RelatedProgrammeIds, o.Status, History = o.History.Count });
            case TargetKind.ListedRelatedProgramme:
                var related = await db.Set<RelatedProgramme>().AsNoTracking().SingleAsync(x => x.Id == target.Id, ct);
                return JsonSerializer.Serialize(new { related.Name, related.Description, related.Themes, related.Contact });
            default:
                var round = await db.Set<OpportunityRound>().AsNoTracking().Include(r => r.Programmes).SingleAsync(r => r.Year == target.Id, ct);
                return JsonSerializer.Serialize(round.Programmes.Select(p => new { p.RelatedProgrammeId, p.SentOn, p.Response, p.RespondedOn, p.OpportunityIds }));
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
