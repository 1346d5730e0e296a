namespace Wijkpeil.Domain.Observations;

/// <summary>The provenance of a set of observations: one import of one file.</summary>
public sealed class ImportBatch
{
    public ImportBatch(string format, string fileName, string fileSha256, string? sourceTable, string importedBy, DateTimeOffset importedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(format);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        Format = format;
        FileName = fileName;
        FileSha256 = fileSha256;
        SourceTable = sourceTable;
        ImportedBy = string.IsNullOrWhiteSpace(importedBy) ? "onbekend" : importedBy;
        ImportedAt = importedAt;
    }

    public int Id { get; private set; }

    /// <summary>The importer that read the file: statline, kwb, odata, observations, ...</summary>
    public string Format { get; private set; }

    public string FileName { get; private set; }

    public string FileSha256 { get; private set; }

    /// <summary>The source table id such as 50090NED, when known.</summary>
    public string? SourceTable { get; private set; }

    public string ImportedBy { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public int Added { get; private set; }

    public int Changed { get; private set; }

    public int Unchanged { get; private set; }

    public void RecordCounts(int added, int changed, int unchanged)
    {
        Added = added;
        Changed = changed;
        Unchanged = unchanged;
    }
}
