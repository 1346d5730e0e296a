namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>The file formats open data is offered in.</summary>
public enum ExportFormat
{
    /// <summary>The generic long CSV format (re-importable with <c>wijkpeil import observations</c>).</summary>
    Csv = 0,

    /// <summary>A JSON array of observation objects with camelCase names.</summary>
    Json = 1,

    /// <summary>An Excel workbook: sheet Observaties, continued on Observaties 2, 3, ... beyond a sheet's 1,048,575 rows.</summary>
    Xlsx = 2,
}

/// <summary>Names, media types and file extensions of the export formats, shared by the API and the CLI.</summary>
public static class ExportFormats
{
    /// <summary>The names users type (<c>format=csv</c>, <c>--format xlsx</c>), for messages.</summary>
    public const string Names = "json, csv of xlsx";

    /// <summary>Reads a format name case-insensitively: csv, json or xlsx.</summary>
    public static bool TryParse(string? text, out ExportFormat format)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "CSV":
                format = ExportFormat.Csv;
                return true;
            case "JSON":
                format = ExportFormat.Json;
                return true;
            case "XLSX":
                format = ExportFormat.Xlsx;
                return true;
            default:
                format = default;
                return false;
        }
    }

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Json => "application/json; charset=utf-8",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The file extension without the dot: csv, json, xlsx.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Json => "json",
        ExportFormat.Xlsx => "xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
