using Wijkpeil.Domain.Statistics;

namespace Wijkpeil.App.Modules.Monitor.ShowOverview;

/// <summary>
/// Counts changes by their claim (<see cref="Change.Claim"/>), so the overview tallies exactly what the area pages
/// say: a survey change is better or worse only when significant, a register change is exact, and a movement that is
/// not significant or cannot be tested is one neutral number, never counted as better or worse.
/// </summary>
internal sealed class ClaimTally
{
    private int _significantBetter, _significantWorse, _registerBetter, _registerWorse, _untested, _changed, _stable, _noComparison, _perMember;

    /// <summary>Counts one change; null (no comparison possible) counts as no comparison.</summary>
    public void Add(Change? change)
    {
        switch (change?.Claim)
        {
            case null:
                _noComparison++;
                break;
            case ChangeClaim.SignificantlyBetter:
                _significantBetter++;
                break;
            case ChangeClaim.SignificantlyWorse:
                _significantWorse++;
                break;
            case ChangeClaim.RegisterBetter:
                _registerBetter++;
                break;
            case ChangeClaim.RegisterWorse:
                _registerWorse++;
                break;
            case ChangeClaim.Stable:
                _stable++;
                break;
            case { } claim when claim.IsUntested():
                _untested++;
                break;
            default:
                _changed++;
                break;
        }
    }

    /// <summary>Counts an indicator the focus area has no single figure of (a survey estimate of several members), once.</summary>
    public void AddPerMember() => _perMember++;

    public PillarTally ToPillarTally(int pillarNumber, int indicators) =>
        new(pillarNumber, _significantBetter, _significantWorse, _registerBetter, _registerWorse, _untested, _changed, _stable, _noComparison, indicators, _perMember);
}
