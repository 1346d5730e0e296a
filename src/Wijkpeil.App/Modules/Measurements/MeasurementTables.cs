using Microsoft.EntityFrameworkCore;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements;

/// <summary>The Measurements module's tables, for its own code only.</summary>
internal static class MeasurementTables
{
    extension(WijkpeilDbContext db)
    {
        public DbSet<Period> Periods => db.Set<Period>();

        public DbSet<Breakdown> Breakdowns => db.Set<Breakdown>();

        /// <summary>The published figures: one per indicator, period, breakdown and area.</summary>
        public DbSet<Observation> Observations => db.Set<Observation>();

        public DbSet<ObservationRevision> ObservationRevisions => db.Set<ObservationRevision>();

        public DbSet<ImportBatch> ImportBatches => db.Set<ImportBatch>();

        /// <summary>Values of draft (and withdrawn) batches, waiting beside the published ones; see <see cref="PendingObservation"/>.</summary>
        public DbSet<PendingObservation> PendingObservations => db.Set<PendingObservation>();

        /// <summary>Areas a pending batch would add to the register when published.</summary>
        public DbSet<PendingArea> PendingAreas => db.Set<PendingArea>();

        /// <summary>Measures a pending batch would add to the catalogue when published.</summary>
        public DbSet<PendingMeasure> PendingMeasures => db.Set<PendingMeasure>();
    }
}
