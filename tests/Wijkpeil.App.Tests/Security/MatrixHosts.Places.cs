using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.MeetingPlaces;
using Wijkpeil.App.Modules.ResearchPlans;
using Wijkpeil.Domain.MeetingPlaces;
using Wijkpeil.Domain.ResearchPlans;

namespace Wijkpeil.App.Tests.Security;

/// <summary>
/// The meeting-place and research-plan targets of the matrix: a place of its own per cell; a research plan for Overvecht
/// per cell; a new plan goes to Vollenhove, which each new-plan cell finds without one (a focus area has one plan). The
/// read rows share one place and Soesterkwartier's plan: three areas, so no target removes another's plan.
/// </summary>
public sealed partial class MatrixHost
{
    private const string PlanArea = "overvecht";
    private const string NewPlanArea = "vollenhove";
    private const string ReadPlanArea = "soesterkwartier";

    private readonly SemaphoreSlim _placeReadLock = new(1, 1);
    private int? _readPlace;
    private int? _readPlan;

    /// <summary>The meeting-place form's fields for a place in Overvecht named <paramref name="title"/>.</summary>
    internal static Dictionary<string, string> MeetingPlaceFields(string title) => new()
    {
        ["Input.FocusArea"] = "vitale-wijken/" + PlanArea,
        ["Input.Name"] = title,
    };

    /// <summary>The research-plan form's fields with <paramref name="title"/> as its focus: Vollenhove's new plan, or Overvecht's.</summary>
    internal static Dictionary<string, string> ResearchPlanFields(string title, bool isNew) => new()
    {
        ["Input.FocusArea"] = "vitale-wijken/" + (isNew ? NewPlanArea : PlanArea),
        ["Input.Focus"] = title,
        ["Input.ResearchQuestions"] = "Hoe ervaren jongeren de openbare ruimte?",
        ["Input.Methods[Interviews]"] = "true",
        ["Input.Status"] = nameof(ResearchPlanStatus.Planned),
    };

    /// <summary><paramref name="path"/> with <c>{place}</c> and <c>{plan}</c> replaced by a place and a plan made once per host.</summary>
    internal async Task<string> PlaceReadPathAsync(string path)
    {
        if (!path.Contains("{place}", StringComparison.Ordinal) && !path.Contains("{plan}", StringComparison.Ordinal))
        {
            return path;
        }

        await _placeReadLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            _readPlace ??= await CreateMeetingPlaceAsync();
            _readPlan ??= await CreateResearchPlanAsync(ReadPlanArea, "Leesplan");
        }
        finally
        {
            _placeReadLock.Release();
        }

        return path
            .Replace("{place}", _readPlace.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{plan}", _readPlan.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private async Task<Target> CreateMeetingPlaceTargetAsync() => new(TargetKind.MeetingPlace, Id: await CreateMeetingPlaceAsync());

    private async Task<Target> CreateResearchPlanTargetAsync(TargetKind kind) =>
        new(kind, Id: kind == TargetKind.NewResearchPlan ? await NoPlanAsync() : await CreateResearchPlanAsync(PlanArea, "Matrixonderzoek"));

    private async Task<int> CreateMeetingPlaceAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Database.CreateScope();
        var programme = await scope.ServiceProvider.GetRequiredService<PlaceProgrammes>().ScopeAsync("vitale-wijken", ct);
        var place = MeetingPlace.Create(programme!, new MeetingPlaceDetails(PlanArea, "Matrixplek")).Value;
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        db.Add(place);
        await db.SaveChangesAsync(ct);
        return place.Id;
    }

    /// <summary>Vollenhove (Zeist) without a plan, so a new one may be added (a focus area has one plan); the id is not used.</summary>
    private async Task<int> NoPlanAsync()
    {
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        await db.Set<ResearchPlan>().Where(p => p.FocusAreaCode == NewPlanArea).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        return 0;
    }

    /// <summary>The plan of <paramref name="area"/>, replacing the one it has (a focus area has one plan).</summary>
    private async Task<int> CreateResearchPlanAsync(string area, string focus)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WijkpeilDbContext>();
        await db.Set<ResearchPlan>().Where(p => p.FocusAreaCode == area).ExecuteDeleteAsync(ct);
        var programme = await scope.ServiceProvider.GetRequiredService<PlanProgrammes>().ScopeAsync("vitale-wijken", ct);
        var details = new ResearchPlanDetails(area, focus, ["Hoe ervaren jongeren de openbare ruimte?"], [ResearchMethod.Interviews], [], [], null, ResearchPlanStatus.Planned, null);
        var plan = ResearchPlan.Create(programme!, details).Value;
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }

    private static async Task<string> PlaceFingerprintAsync(WijkpeilDbContext db, Target target, CancellationToken ct)
    {
        switch (target.Kind)
        {
            case TargetKind.NewMeetingPlace:
                return "places: " + await db.Set<MeetingPlace>().CountAsync(ct);
            case TargetKind.NewResearchPlan:
                return "plans: " + await db.Set<ResearchPlan>().CountAsync(ct);
            case TargetKind.MeetingPlace:
                var place = await db.Set<MeetingPlace>().AsNoTracking().SingleAsync(x => x.Id == target.Id, ct);
                return JsonSerializer.Serialize(new { place.Name, place.FocusAreaCode, place.Address });
            default:
                var plan = await db.Set<ResearchPlan>().AsNoTracking().SingleAsync(x => x.Id == target.Id, ct);
                return JsonSerializer.Serialize(new { plan.Focus, plan.FocusAreaCode, plan.Status });
        }
    }
}
