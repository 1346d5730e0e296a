namespace Wijkpeil.Domain.Observations;

/// <summary>The review state of an import batch (see <see cref="ImportBatch.Status"/>).</summary>
public enum ImportBatchStatus
{
    /// <summary>Imported by someone who may not publish; its values wait beside the published ones for a knowledge partner's review.</summary>
    Draft = 0,

    /// <summary>Approved and public, at import (by a knowledge partner or the operator) or after review.</summary>
    Published = 1,

    /// <summary>Was published, then taken back with a reason; its figures wait as pending values again.</summary>
    Withdrawn = 2,

    /// <summary>A draft a knowledge partner turned down with a reason; its pending values are discarded.</summary>
    Rejected = 3,
}
