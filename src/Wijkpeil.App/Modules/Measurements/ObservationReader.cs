using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Indicators.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;

namespace Wijkpeil.App.Modules.Measurements;

/// <summary>The figures as other modules read them (<see cref="IObservationReader"/>): member-init projections EF composes into their queries.</summary>
internal sealed class ObservationReader(WijkpeilDbContext db, IIndicatorCatalogue catalogue) : IObservationReader
{
    public IQueryable<FigureRow> Figures(Audience audience, KeySeek seek = KeySeek.None) =>
        db.Observations.AsNoTracking()
            .ThroughKey(db, catalogue, seek.HasFlag(KeySeek.Indicators), seek.HasFlag(KeySeek.Periods), seek.HasFlag(KeySeek.Breakdowns))
            .VisibleTo(audience)
            .Select(o => new FigureRow
            {
                IndicatorId = o.IndicatorId,
                AreaId = o.AreaId,
                PeriodId = o.PeriodId,
                BreakdownId = o.BreakdownId,
                Value = o.Value,
                Lower = o.Lower,
                Upper = o.Upper,
                SampleSize = o.SampleSize,
                BatchId = o.ImportBatchId,
            });

    public IQueryable<PeriodRow> Periods => db.Periods.AsNoTracking()
        .Select(p => new PeriodRow { Id = p.Id, Code = p.Code, Year = p.Year, Label = p.Label });

    public IQueryable<BreakdownRow> Breakdowns => db.Breakdowns.AsNoTracking()
        .Select(b => new BreakdownRow { Id = b.Id, Code = b.Code, NameNl = b.NameNl, NameEn = b.NameEn });

    public IQueryable<FigureBatchRow> Batches => db.ImportBatches.AsNoTracking()
        .Select(b => new FigureBatchRow { Id = b.Id, Source = b.SourceTable ?? b.Format, ImportedAt = b.ImportedAt });
}
