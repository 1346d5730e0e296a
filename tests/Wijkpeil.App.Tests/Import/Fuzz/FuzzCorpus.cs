using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.Json.Nodes;
using Wijkpeil.App.Modules.Measurements.Import.Formats;
using Wijkpeil.App.Tests.Import.Parsers;

namespace Wijkpeil.App.Tests.Import.Fuzz;

/// <summary>
/// The real files the fuzz tests start from (from shared/data), cut to a few dozen rows so that one input
/// parses in about a millisecond: the mutations, not the file's size, are what is being tested.
/// </summary>
internal static class FuzzCorpus
{
    private const int Rows = 30;

    private static readonly Lazy<List<byte[]>> StatLineSheets = new(() => [SheetXml(TestWorkbook.ReadAll(TestData.SharedData("rivm/50090NED-gezondheid-2020-18plus.xlsx")).Take(Rows))]);

    private static readonly Lazy<List<byte[]>> KwbSheets = new(() => [SheetXml(TestWorkbook.ReadAll(TestData.SharedData("cbs/kwb-2023-gemeente-utrecht.xlsx")).Take(Rows))]);

    private static readonly Lazy<List<byte[]>> StatLineCsvFiles = new(() => [FirstLines("cbs/statline-export-nabijheid-voorzieningen-2023-gemeente-utrecht.csv", Rows)]);

    private static readonly Lazy<List<byte[]>> ODataFiles = new(ReadODataFiles);

    private static readonly Lazy<List<byte[]>> ObservationFiles = new(() => [GenericCsv()]);

    private static readonly Lazy<List<byte[]>> RegionFiles = new(() => [FirstLines("cbs/85984NED-WijkenEnBuurten-2024.csv", 40)]);

    private static readonly Lazy<List<byte[]>> ProvinceFiles = new(() => [FirstLines("cbs/gemeente-provincie.csv", 40)]);

    private static readonly Lazy<List<byte[]>> BoundaryFiles = new(() =>
    [
        FirstFeatures("geo/buurt_2024_utrecht_zeist_soesterkwartier.geojson", 12),
        FirstFeatures("geo/provincie_2020.geojson", 2),
    ]);

    /// <summary>Sheet XML of StatLine tables (50090NED 2020 18+), to be mutated and packed into a workbook.</summary>
    public static List<byte[]> StatLine => StatLineSheets.Value;

    /// <summary>Sheet XML of the kwb table of gemeente Utrecht.</summary>
    public static List<byte[]> Kwb => KwbSheets.Value;

    public static List<byte[]> StatLineCsv => StatLineCsvFiles.Value;

    /// <summary>OData extracts: the bundled one cut to a few regions, in both shapes the parser reads.</summary>
    public static List<byte[]> OData => ODataFiles.Value;

    public static List<byte[]> Observations => ObservationFiles.Value;

    public static List<byte[]> Regions => RegionFiles.Value;

    public static List<byte[]> Provinces => ProvinceFiles.Value;

    public static List<byte[]> Boundaries => BoundaryFiles.Value;

    /// <summary>The OData metadata beside the extract (DataProperties.json, TableInfos.json).</summary>
    public static string ODataFolder => TestData.SharedData("cbs/kwb-2024-odata");

    /// <summary>A workbook whose first sheet is <paramref name="sheetXml"/>, cells as inline strings (as the mutations left them).</summary>
    public static byte[] Pack(byte[] sheetXml)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"""u8);
            Add(zip, "_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""u8);
            Add(zip, "xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="50090NED" sheetId="1" r:id="rId1"/></sheets></workbook>"""u8);
            Add(zip, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""u8);
            Add(zip, "xl/worksheets/sheet1.xml", sheetXml);
        }

        return memory.ToArray();
    }

    private static void Add(ZipArchive zip, string name, ReadOnlySpan<byte> content)
    {
        using var part = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        part.Write(content);
    }

    /// <summary>Sheet XML with one row per line, so that line mutations move whole rows.</summary>
    private static byte[] SheetXml(IEnumerable<string?[]> rows)
    {
        var xml = new StringBuilder(XlsxBombStart);
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            var r = number.ToString(CultureInfo.InvariantCulture);
            xml.Append('\n').Append("<row r=\"").Append(r).Append("\">");
            for (var column = 0; column < row.Length; column++)
            {
                if (row[column] is not { } text)
                {
                    continue;
                }

                var reference = XlsxSheetReader.ColumnName(column) + r;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    xml.Append("<c r=\"").Append(reference).Append("\"><v>").Append(SecurityElement.Escape(text)).Append("</v></c>");
                }
                else
                {
                    xml.Append("<c r=\"").Append(reference).Append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").Append(SecurityElement.Escape(text)).Append("</t></is></c>");
                }
            }

            xml.Append("</row>");
        }

        xml.Append('\n').Append("</sheetData></worksheet>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private const string XlsxBombStart = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";

    private static byte[] FirstLines(string relative, int count)
    {
        var path = TestData.SharedData(relative);
        var lines = File.ReadLines(path, Encoding.UTF8).Take(count);
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];
    }

    private static List<byte[]> ReadODataFiles()
    {
        var root = JsonNode.Parse(File.ReadAllText(TestData.SharedData("cbs/kwb-2024-odata/stripped_filtered_data_2024.json")))!.AsObject();
        var byRegion = new JsonObject();
        var records = new JsonArray();
        foreach (var (code, values) in root.Take(12))
        {
            byRegion[code] = values!.DeepClone();
            var record = new JsonObject { ["WijkenEnBuurten"] = code, ["Perioden"] = "2024JJ00" };
            foreach (var (key, value) in values!.AsObject())
            {
                record[key] = value?.DeepClone();
            }

            records.Add(record);
        }

        var indented = new System.Text.Json.JsonSerializerOptions { WriteIndented = true };
        return
        [
            Encoding.UTF8.GetBytes(byRegion.ToJsonString(indented)),
            Encoding.UTF8.GetBytes(new JsonObject { ["value"] = records }.ToJsonString(indented)),
        ];
    }

    /// <summary>The generic long format, with real codes and values of the nabijheid export.</summary>
    private static byte[] GenericCsv()
    {
        var text = new StringBuilder("area_code,indicator_code,period,breakdown,value,lower,upper,sample_size,source\r\n");
        string[] areas = ["GM0344", "WK034403", "WK034401", "BU03440311", "NL00"];
        string[] indicators = ["FuzzPercentage", "FuzzAantal", "FuzzAfstand"];
        var random = new Random(344);
        foreach (var area in areas)
        {
            foreach (var indicator in indicators)
            {
                var value = indicator == "FuzzAantal" ? random.Next(0, 400_000).ToString(CultureInfo.InvariantCulture) : (random.Next(0, 1000) / 10.0).ToString("0.0", CultureInfo.InvariantCulture);
                var interval = indicator == "FuzzPercentage" ? "1.0,99.0,412" : ",,";
                text.Append(CultureInfo.InvariantCulture, $"{area},{indicator},2023,,{value},{interval},CBS\r\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] FirstFeatures(string relative, int count)
    {
        var root = JsonNode.Parse(File.ReadAllText(TestData.SharedData(relative)))!.AsObject();
        var features = root["features"]!.AsArray();
        var kept = new JsonArray([.. features.Take(count).Select(f => f!.DeepClone())]);
        root["features"] = kept;
        return Encoding.UTF8.GetBytes(root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }
}
