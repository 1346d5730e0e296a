using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wijkpeil.App.Kernel.FileImport;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.Domain.Areas;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.Modules.Measurements.Import.Parsers;

/// <summary>
/// Reads StatLine OData JSON: either the standard response <c>{"value":[{"WijkenEnBuurten":"GM1680    ",
/// "Perioden":"2024JJ00","AantalInwoners_5":25845, ...}]}</c> or a region-keyed extract
/// <c>{"GM1680":{"AantalInwoners_5":25845, ...}}</c>. Titles and units come from DataProperties.json and
/// the table id and period from TableInfos.json when they lie in <see cref="ImportOptions.SourceDirectory"/>
/// (or beside a fully qualified <c>fileName</c>).
/// </summary>
/// <remarks>
/// Measure keys drop StatLine's position suffix (AantalInwoners_5 → AantalInwoners) because the number
/// changes between table editions while the name does not; keys that would then clash keep the suffix.
/// Rows in messages are the line in the JSON file where the value stands.
/// </remarks>
public sealed partial class ODataParser : IDatasetParser
{
    public const string FormatName = ObservationFormats.OData;
    public const string DataPropertiesFile = "DataProperties.json";
    public const string TableInfosFile = "TableInfos.json";

    private static readonly string[] RegionKeys = ["WijkenEnBuurten", "RegioS", "Regio"];
    private static readonly string[] DimensionTypes = ["Dimension", "GeoDimension", "GeoDetail", "TimeDimension"];
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public string Format => FormatName;

    public ParseResult Parse(Stream stream, string fileName, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        var issues = new IssueCollector(fileName);
        var bytes = ReadAll(stream, out var skipped);
        if (bytes.Length == 0)
        {
            issues.Add(null, null, null, "het bestand is leeg (0 bytes).");
            return ParseResult.Failure(issues.ToList());
        }

        var metadata = LoadMetadata(options.SourceDirectory ?? (Path.IsPathFullyQualified(fileName) ? Path.GetDirectoryName(fileName) : null));
        if (metadata.Issues.Count > 0)
        {
            return ParseResult.Failure(metadata.Issues);
        }

        if (!TryParseJson(bytes, issues, out var document))
        {
            return ParseResult.Failure(issues.ToList());
        }

        // Checked once the text is JSON, so that random bytes are called no JSON rather than no UTF-8.
        if (NotUtf8(bytes, skipped, fileName) is { } notUtf8)
        {
            document.Dispose();
            return ParseResult.Failure(notUtf8);
        }

        using (document)
        {
            var root = document.RootElement;
            RecordShape? shape = root.ValueKind switch
            {
                JsonValueKind.Object when root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array => RecordShape.ValueArray,
                JsonValueKind.Object => RecordShape.ByRegion,
                _ => null,
            };
            if (shape is not { } recordShape)
            {
                issues.Add(1, null, null,
                    "onbekende JSON-vorm: verwacht een OData-antwoord {\"value\": [ ... ]} of een object per gebiedscode {\"GM0344\": {\"AantalInwoners_5\": 374238}}.");
                return ParseResult.Failure(issues.ToList());
            }

            var lines = JsonLines.Index(bytes, recordShape);
            var reader = new RecordReader(fileName, options, metadata, recordShape, lines, issues);
            var dataset = reader.Read(root);
            return dataset is not null && !issues.HasIssues ? ParseResult.Success(dataset) : ParseResult.Failure(issues.ToList());
        }
    }

    /// <summary>The measure key: the OData key without its position suffix (AantalInwoners_5 → AantalInwoners).</summary>
    internal static string StripSuffix(string key)
    {
        var match = PositionSuffix().Match(key);
        return match.Success ? match.Groups["name"].Value : key;
    }

    private static byte[] ReadAll(Stream stream, out int skipped)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();

        // JsonDocument rejects a UTF-8 byte order mark in a byte array; editors on Windows add one.
        skipped = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        return bytes[skipped..];
    }

    /// <summary>
    /// The refusal of bytes that are not UTF-8, naming the byte and line. JsonDocument checks the encoding
    /// only when a string is read, and then throws an exception no importer expects.
    /// </summary>
    /// <param name="bytes">The file without its byte order mark.</param>
    /// <param name="skipped">The length of the byte order mark ReadAll dropped: offsets count from the start of the file.</param>
    /// <param name="fileName">The file as the user named it.</param>
    private static ImportIssue? NotUtf8(byte[] bytes, int skipped, string fileName)
    {
        var offset = Utf8Position.FirstInvalid(bytes);
        if (offset < 0)
        {
            return null;
        }

        var refused = Utf8Position.NotUtf8(
            fileName,
            offset + skipped,
            Utf8Position.LineOf(bytes, offset),
            bytes[(int)offset],
            "geen geldig JSON-bestand",
            "sla het op als UTF-8 (zoals CBS het levert) en lees het opnieuw in.");
        return InputRefusedException.Find(refused)!.ToIssue();
    }

    private static bool TryParseJson(byte[] bytes, IssueCollector issues, out JsonDocument document)
    {
        try
        {
            document = JsonDocument.Parse(bytes, JsonOptions);
            return true;
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var position = ex.BytePositionInLine is { } p ? string.Create(CultureInfo.InvariantCulture, $", teken {p + 1}") : string.Empty;
            issues.Add(line, null, null,
                $"geen geldig JSON-bestand: de tekst klopt niet vanaf deze plek{position} (afgebroken bestand, ander formaat of binaire gegevens?).");
            document = null!;
            return false;
        }
    }

    private static ODataMetadata LoadMetadata(string? directory)
    {
        if (string.IsNullOrEmpty(directory))
        {
            return ODataMetadata.None;
        }

        var propertyIssues = new IssueCollector(DataPropertiesFile);
        var tableIssues = new IssueCollector(TableInfosFile);
        var properties = new Dictionary<string, DataProperty>(StringComparer.Ordinal);
        int? mapYear = null;
        foreach (var item in ReadMetadataList(Path.Combine(directory, DataPropertiesFile), propertyIssues))
        {
            var key = Text(item, "Key")?.Trim();
            if (string.IsNullOrEmpty(key))
            {
                continue;
            }

            var type = Text(item, "Type") ?? string.Empty;
            properties[key] = new DataProperty(key, type, Text(item, "Datatype"), Text(item, "Title"), Text(item, "Unit"), Text(item, "Description"));
            if (type is "GeoDetail" or "GeoDimension" && item.TryGetProperty("MapYear", out var year) && year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var y))
            {
                mapYear = y;
            }
        }

        var table = ReadMetadataList(Path.Combine(directory, TableInfosFile), tableIssues).FirstOrDefault();
        return new ODataMetadata(
            properties,
            table.ValueKind == JsonValueKind.Object ? Text(table, "Identifier")?.Trim() : null,
            table.ValueKind == JsonValueKind.Object ? Text(table, "Period")?.Trim() : null,
            mapYear,
            [.. propertyIssues.ToList(), .. tableIssues.ToList()]);
    }

    /// <summary>The items of a StatLine metadata file: a bare array, or an OData response with "value".</summary>
    private static List<JsonElement> ReadMetadataList(string path, IssueCollector issues)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using var file = File.OpenRead(path);
            var bytes = ReadAll(file, out var skipped);
            using var document = JsonDocument.Parse(bytes, JsonOptions);
            if (NotUtf8(bytes, skipped, issues.FileName) is { } notUtf8)
            {
                issues.Add(notUtf8.Row, null, null, notUtf8.Expected);
                return [];
            }

            var root = document.RootElement;
            var list = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("value", out var value) ? value : root;
            if (list.ValueKind != JsonValueKind.Array)
            {
                issues.Add(1, null, null, "verwacht StatLine-metadata: een lijst [ ... ] of {\"value\": [ ... ]}.");
                return [];
            }

            // Clone: the elements outlive the document.
            return [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => e.Clone())];
        }
        catch (JsonException ex)
        {
            issues.Add(ex.LineNumber is { } l ? (int)l + 1 : null, null, null, "geen geldig JSON-bestand; de metadata naast het databestand is onleesbaar.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            issues.Add(null, null, null, $"de metadata naast het databestand kan niet worden gelezen: {ex.Message}");
        }

        return [];
    }

    /// <summary>The unit a new indicator gets: an "aantal" typed Double is an average (see <see cref="SourceFacts.UnitFor"/>).</summary>
    private static string? UnitOf(DataProperty property)
    {
        var unit = string.IsNullOrWhiteSpace(property.Unit) ? null : property.Unit.Trim();
        var fractional = property.Datatype is { } type
            && (type.Equals("Double", StringComparison.OrdinalIgnoreCase) || type.Equals("Float", StringComparison.OrdinalIgnoreCase) || type.Equals("Decimal", StringComparison.OrdinalIgnoreCase));
        return SourceFacts.UnitFor(unit, fractional);
    }

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? StringOf(value) : null;

    /// <summary>
    /// A JSON string's text, or null when its escapes do not make text (e.g. <c>\uDDDD</c>, half a surrogate pair):
    /// the parser accepts such a document, and only reading the string finds out. The caller then treats the value as
    /// missing, which refuses or skips it with the message it gives for a missing value.
    /// </summary>
    private static string? StringOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?<name>.+?)_\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();

    private enum RecordShape
    {
        /// <summary>{"value":[{...}, ...]}: one object per region and period.</summary>
        ValueArray,

        /// <summary>{"GM0344":{...}, ...}: one object per region code.</summary>
        ByRegion,
    }

    private sealed record DataProperty(string Key, string Type, string? Datatype, string? Title, string? Unit, string? Description)
    {
        public bool IsDimension => DimensionTypes.Contains(Type, StringComparer.Ordinal);

        public bool IsText => string.Equals(Datatype, "String", StringComparison.OrdinalIgnoreCase);

        public bool IsNumericTopic => Type == "Topic" && Datatype is not null && !IsText;
    }

    /// <summary>What DataProperties.json and TableInfos.json say, and what is wrong with them.</summary>
    private sealed record ODataMetadata(IReadOnlyDictionary<string, DataProperty> Properties, string? TableId, string? Period, int? MapYear, IReadOnlyList<ImportIssue> Issues)
    {
        public static ODataMetadata None { get; } = new(new Dictionary<string, DataProperty>(), null, null, null, []);

        public string? KeyOfType(params string[] types) => Properties.Values.FirstOrDefault(p => types.Contains(p.Type, StringComparer.Ordinal))?.Key;
    }

    /// <summary>
    /// The line of every record and of every property inside a record, in document order, so that messages
    /// can point into the file (JsonDocument keeps no positions).
    /// </summary>
    private sealed class JsonLines
    {
        private JsonLines(List<int> records, List<int> cells)
        {
            Records = records;
            Cells = cells;
        }

        public List<int> Records { get; }

        public List<int> Cells { get; }

        public static JsonLines Index(byte[] bytes, RecordShape shape)
        {
            var records = new List<int>();
            var cells = new List<int>();
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = JsonOptions.MaxDepth });
            var line = 1;
            long counted = 0;
            var inValue = false;
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                var isRecord = shape == RecordShape.ByRegion
                    ? reader.TokenType == JsonTokenType.PropertyName && depth == 1
                    : inValue && depth == 2 && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName or JsonTokenType.Comment);
                var isCell = reader.TokenType == JsonTokenType.PropertyName && depth == (shape == RecordShape.ByRegion ? 2 : 3) && (shape == RecordShape.ByRegion || inValue);
                if (shape == RecordShape.ValueArray && reader.TokenType == JsonTokenType.PropertyName && depth == 1)
                {
                    inValue = reader.ValueTextEquals("value"u8);
                }

                if (isRecord || isCell)
                {
                    line += bytes.AsSpan((int)counted, (int)(reader.TokenStartIndex - counted)).Count((byte)'\n');
                    counted = reader.TokenStartIndex;
                    (isRecord ? records : cells).Add(line);
                }
            }

            return new JsonLines(records, cells);
        }
    }

    /// <summary>Turns the records of one file into observations; collects every problem on the way.</summary>
    private sealed class RecordReader(string fileName, ImportOptions options, ODataMetadata metadata, RecordShape shape, JsonLines lines, IssueCollector issues)
    {
        private readonly StringInterner _interner = new();
        private int _record;
        private int _cell;

        public ParsedDataset? Read(JsonElement root)
        {
            var records = Records(root);
            var regionKey = shape == RecordShape.ValueArray ? FindRegionKey(records) : null;
            var periodKey = shape == RecordShape.ValueArray ? FindPeriodKey(records) : null;
            if (shape == RecordShape.ValueArray && regionKey is null)
            {
                issues.Add(lines.Records.FirstOrDefault(1), null, null,
                    $"geen regiodimensie gevonden: verwacht een eigenschap {string.Join(" of ", RegionKeys)} met de gebiedscode in elk record.");
                return null;
            }

            CheckOtherDimensions(records, regionKey, periodKey);
            var measures = FindMeasures(records, regionKey, periodKey);
            var fixedPeriod = periodKey is null ? ResolveFixedPeriod() : null;
            var tableId = ResolveSourceTable();
            if (issues.HasIssues || (periodKey is null && fixedPeriod is null))
            {
                return null;
            }

            var dataset = new ParsedDataset(FormatName, fileName) { SourceTable = tableId };
            var periods = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (codeText, record) in records)
            {
                if (issues.IsFull)
                {
                    break;
                }

                var recordLine = lines.Records.ElementAtOrDefault(_record++);
                if (record.ValueKind != JsonValueKind.Object)
                {
                    issues.Add(recordLine, null, InputText.Shorten(codeText ?? record.GetRawText()),
                        "verwacht een object met onderwerpen en hun waarden.");
                    continue;
                }

                var (area, period) = RecordKeys(codeText, record, regionKey, periodKey, fixedPeriod, recordLine);
                foreach (var property in record.EnumerateObject())
                {
                    var cellLine = lines.Cells.ElementAtOrDefault(_cell++);
                    if (area is null || period is null || !measures.TryGetValue(property.Name, out var key))
                    {
                        continue;
                    }

                    if (ReadValue(property, cellLine) is { } value)
                    {
                        dataset.Observations.Add(new ParsedObservation(area, key, period, Breakdown.TotalCode, value, null, null, null, cellLine, property.Name));
                    }
                }

                if (period is not null)
                {
                    periods.Add(period);
                }
            }

            CheckYearOption(periods, periodKey is not null || (metadata.Period is { } stated && Period.ParseCode(stated).IsSuccess));
            dataset.LayoutYear = metadata.MapYear ?? (periods.Count == 1 ? SourceFacts.YearOf(periods.First()) : null);
            foreach (var (name, key) in measures)
            {
                if (metadata.Properties.TryGetValue(name, out var info))
                {
                    dataset.Measures[key] = new MeasureInfo(key, NullIfBlank(info.Title) ?? key, UnitOf(info), NullIfBlank(info.Description));
                }
            }

            return !issues.HasIssues ? dataset : null;
        }

        private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

        private static List<(string? Code, JsonElement Record)> Records(JsonElement root) => root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(e => ((string?)null, e))]
            : [.. root.EnumerateObject().Select(p => ((string?)p.Name, p.Value))];

        private string? FindRegionKey(List<(string? Code, JsonElement Record)> records)
        {
            var declared = metadata.KeyOfType("GeoDimension", "GeoDetail");
            var first = records.Select(r => r.Record).FirstOrDefault(r => r.ValueKind == JsonValueKind.Object);
            if (first.ValueKind != JsonValueKind.Object)
            {
                return declared;
            }

            return declared is not null && first.TryGetProperty(declared, out _)
                ? declared
                : RegionKeys.FirstOrDefault(k => first.TryGetProperty(k, out _));
        }

        private string? FindPeriodKey(List<(string? Code, JsonElement Record)> records)
        {
            var candidate = metadata.KeyOfType("TimeDimension") ?? "Perioden";
            return records.Any(r => r.Record.ValueKind == JsonValueKind.Object && r.Record.TryGetProperty(candidate, out _)) ? candidate : null;
        }

        /// <summary>
        /// A dimension such as Leeftijd or Marges with several values would make several figures per region:
        /// this format reads one figure per region and period, so the query must filter it to one value.
        /// </summary>
        private void CheckOtherDimensions(List<(string? Code, JsonElement Record)> records, string? regionKey, string? periodKey)
        {
            foreach (var dimension in metadata.Properties.Values.Where(p => p.IsDimension && p.Key != regionKey && p.Key != periodKey))
            {
                var values = records
                    .Where(r => r.Record.ValueKind == JsonValueKind.Object && r.Record.TryGetProperty(dimension.Key, out _))
                    .Select(r => r.Record.GetProperty(dimension.Key).ToString().Trim())
                    .Distinct(StringComparer.Ordinal)
                    .Take(3)
                    .ToList();
                if (values.Count > 1)
                {
                    issues.Add(null, dimension.Key, string.Join(", ", values),
                        "deze dimensie heeft meer dan één waarde; het odata-formaat leest één cijfer per gebied en periode. Filter de OData-query op één waarde.");
                }
            }
        }

        /// <summary>
        /// Which properties hold figures, and their keys. DataProperties decides where it lists a property
        /// (numeric topics only); otherwise, in a region-keyed file every property is a figure, and in an OData
        /// response every property that holds a number somewhere (text-only properties such as Gemeentenaam_1
        /// describe the region).
        /// </summary>
        private Dictionary<string, string> FindMeasures(List<(string? Code, JsonElement Record)> records, string? regionKey, string? periodKey)
        {
            var names = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var holdsNumber = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (_, record) in records)
            {
                if (record.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var property in record.EnumerateObject())
                {
                    if (seen.Add(property.Name))
                    {
                        names.Add(property.Name);
                    }

                    if (property.Value.ValueKind == JsonValueKind.Number)
                    {
                        holdsNumber.Add(property.Name);
                    }
                }
            }

            var measureNames = names.Where(name =>
            {
                if (name == regionKey || name == periodKey || name == "ID" || name.StartsWith("odata.", StringComparison.Ordinal) || name.StartsWith('@'))
                {
                    return false;
                }

                if (metadata.Properties.TryGetValue(name, out var declared))
                {
                    return declared.IsNumericTopic;
                }

                return shape == RecordShape.ByRegion || holdsNumber.Contains(name);
            }).ToList();

            var clashing = measureNames.GroupBy(StripSuffix, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
            return measureNames.ToDictionary(n => n, n => clashing.Contains(n) ? n : StripSuffix(n), StringComparer.Ordinal);
        }

        private (string? Area, string? Period) RecordKeys(string? codeText, JsonElement record, string? regionKey, string? periodKey, string? fixedPeriod, int recordLine)
        {
            string? regionText = codeText;
            if (regionKey is not null)
            {
                regionText = record.TryGetProperty(regionKey, out var region) && region.ValueKind == JsonValueKind.String ? StringOf(region) : null;
            }

            string? area = null;
            if (AreaCode.TryParse(regionText, out var code))
            {
                area = _interner.Intern(SourceFacts.RegisterCode(code.Value));
            }
            else
            {
                issues.Add(recordLine, regionKey, InputText.Shorten(regionText?.Trim() ?? "(geen)"),
                    "verwacht een CBS-gebiedscode (NL00, PVnn, GMnnnn, WKnnnnnn of BUnnnnnnnn).");
            }

            if (periodKey is null)
            {
                return (area, fixedPeriod);
            }

            var periodText = record.TryGetProperty(periodKey, out var periodValue) && periodValue.ValueKind == JsonValueKind.String ? StringOf(periodValue)?.Trim() : null;
            if (string.IsNullOrEmpty(periodText))
            {
                issues.Add(recordLine, periodKey, null, "verwacht een periode zoals \"2024JJ00\".");
                return (area, null);
            }

            return (area, _interner.Intern(SourceFacts.NormalisePeriod(periodText)));
        }

        private double? ReadValue(JsonProperty property, int line)
        {
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                    return null;
                case JsonValueKind.Number when value.TryGetDouble(out var number) && double.IsFinite(number):
                    return number;
                case JsonValueKind.String:
                    var text = StringOf(value) ?? string.Empty;
                    var parsed = ValueParsing.ParseDecimalPoint(text, out var fromText);
                    if (parsed == CellNumber.Missing)
                    {
                        return null;
                    }

                    if (parsed == CellNumber.Number)
                    {
                        return fromText;
                    }

                    break;
            }

            issues.Add(line, property.Name, InputText.Shorten(value.ToString().Trim()),
                "verwacht een getal, of null (of \".\") voor onbekend.");
            return null;
        }

        /// <summary>The period when the records carry none: TableInfos, else the year option, else a year in the file name.</summary>
        private string? ResolveFixedPeriod()
        {
            if (metadata.Period is { } stated && Period.ParseCode(stated).IsSuccess)
            {
                return SourceFacts.NormalisePeriod(stated);
            }

            return SourceFacts.YearPeriod(
                options.Year ?? SourceFacts.YearFromFileName(fileName),
                issues,
                $"het bestand noemt geen periode (geen Perioden in de records, geen {TableInfosFile} ernaast en geen jaartal in de bestandsnaam): geef het jaar op bij de import.");
        }

        private void CheckYearOption(HashSet<string> periods, bool fileStatesPeriod)
        {
            if (options.Year is not { } year || !fileStatesPeriod)
            {
                return;
            }

            var other = periods.FirstOrDefault(p => SourceFacts.YearOf(p) != year);
            if (other is not null)
            {
                issues.Add(null, null, other,
                    string.Create(CultureInfo.InvariantCulture, $"de opgegeven periode {year} wijkt af van de periode in het bestand; laat de jaaroptie weg of kies het juiste bestand."));
            }
        }

        /// <summary>TableInfos' Identifier, else the option, else a table id in the file name, else "odata".</summary>
        private string ResolveSourceTable()
        {
            var option = options.SourceTable?.Trim();
            if (metadata.TableId is { Length: > 0 } stated)
            {
                if (!string.IsNullOrEmpty(option) && !string.Equals(option, stated, StringComparison.OrdinalIgnoreCase))
                {
                    issues.Add(null, null, stated,
                        $"de opgegeven brontabel {option} wijkt af van de tabel (Identifier) in {TableInfosFile}; laat de optie weg of kies het juiste bestand.");
                }

                return SourceFacts.SourceTable(stated, issues);
            }

            return !string.IsNullOrEmpty(option) ? SourceFacts.SourceTable(option, issues) : SourceFacts.TableIdFromFileName(fileName) ?? FormatName;
        }
    }
}
