using Wijkpeil.App.Kernel.Caching;
using Wijkpeil.App.Modules.Programmes.Contracts;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Programmes;

namespace Wijkpeil.App.Modules.Programmes;

/// <summary>
/// Every programme's whole definition, kept in memory: every public page reads it, and it changes when a programme
/// manager edits a programme (or an indicator's code changes). Dropped at the commit of such a change in this process
/// and, for another process's change, when the poller sees its tags (<see cref="MemoryCopy{T}"/>).
/// </summary>
internal sealed class ProgrammesCopy : MemoryCopy<IReadOnlyList<ProgrammeDetails>>
{
    public override IReadOnlySet<Type> EntityTypes { get; } = new HashSet<Type>
    {
        typeof(Programme), typeof(Pillar), typeof(FocusArea), typeof(FocusAreaMember), typeof(ReferenceArea),
        typeof(CoreIndicator), typeof(Wave), typeof(WaveSource), typeof(Indicator),
    };

    public override bool DependsOn(string tag) =>
        tag == CacheTags.Programmes
        || tag.StartsWith(CacheTags.Programme("x")[..^1], StringComparison.Ordinal)
        || tag.StartsWith(CacheTags.Indicator("x")[..^1], StringComparison.Ordinal);
}
