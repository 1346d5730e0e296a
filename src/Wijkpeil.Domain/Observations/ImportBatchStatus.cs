namespace Wijkpeil.Domain.Observations;

/// <summary>The review state of an import batch (see <see cref="ImportBatch.Status"/>).</summary>
public enum ImportBatchStatus
{
    /// <summary>Imported by someone who may not publish; waits for a knowledge partner's review.</summary>
    Draft = 0,

    /// <summary>Approved and public, at import (by a knowledge partner or the operator) or after review.</summary>
    Published = 1,

    /// <summary>Was published, then taken back with a reason.</summary>
    Withdrawn = 2,
}
