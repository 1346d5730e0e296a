using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using Wijkpeil.App.Kernel.Outcomes;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Measurements.Export;
using ObservationAnswer = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<System.Collections.Generic.IAsyncEnumerable<Wijkpeil.App.Modules.Measurements.Observations.ObservationRecord>>,
    Microsoft.AspNetCore.Http.HttpResults.PushStreamHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.FileStreamHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult>;

namespace Wijkpeil.App.Modules.Measurements.Observations;

/// <summary>GET /api/v1/observations: figures as JSON, CSV or XLSX.</summary>
public static class ObservationEndpoints
{
    public static IEndpointRouteBuilder MapObservationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/observations")
            .WithTags("Observaties")
            .MapGet(string.Empty, GetObservationsAsync)
            .WithName("GetObservations")
            .WithSummary("Cijfers per gebied, indicator, periode en uitsplitsing")
            .WithDescription(
                "Elke parameter mag vaker voorkomen (area=WK034403&area=GM0344) en beperkt één dimensie; zonder parameter komt alles. " +
                "Alleen gepubliceerde cijfers. Gesorteerd op indicator, periode, uitsplitsing en gebied. " +
                "format=csv geeft het generieke CSV-formaat (opnieuw in te lezen met 'wijkpeil import observations'), format=xlsx een Excel-bestand. " +
                "Zonder filter komt het bestand met alle cijfers van de huidige dataversie, met ETag en Last-Modified (If-None-Match geeft 304) en Range. " +
                "Zware verzoeken (elk csv- of xlsx-bestand, JSON zonder 1 tot 50 gebieden of precies één indicator) zijn per client en in totaal beperkt: " +
                "daarboven 429 met Retry-After.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AddOpenApiOperationTransformer(DescribeFileFormats);
        return endpoints;
    }

    // The JSON answer is described by its type; the CSV and XLSX answers of the same 200 are added by hand.
    private static Task DescribeFileFormats(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
        {
            ok.Content ??= new Dictionary<string, OpenApiMediaType>();
            ok.Content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            ok.Content[ExportFormats.ContentType(ExportFormat.Xlsx)] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
            };
        }

        return Task.CompletedTask;
    }

    internal static async Task<ObservationAnswer> GetObservationsAsync(
        [Description("CBS-gebiedscode, bv. WK034403 of GM0344.")] string[]? area,
        [Description("Indicatorcode uit /api/v1/indicators.")] string[]? indicator,
        [Description("Periode, bv. 2022.")] string[]? period,
        [Description("Uitsplitsing, bv. 18+; 'totaal' (of leeg) voor de hele bevolking.")] string[]? breakdown,
        [Description("json (standaard), csv of xlsx.")] string? format,
        [Description("Programma (slug uit /programmas), bv. vitale-wijken: alleen de indicatoren van zijn kernset.")] string? programme,
        ObservationQueries queries,
        IIndicatorSelections selections,
        ObservationExportWriter writer,
        ExportGate gate,
        FullDataExport everything,
        HttpContext http,
        CancellationToken ct)
    {
        var exportFormat = ExportFormat.Json;
        if (!string.IsNullOrWhiteSpace(format) && !ExportFormats.TryParse(format, out exportFormat))
        {
            return ProblemResponses.For([Problem.Invalid("format", "observations.format.unknown", format, "json, csv, xlsx")], http);
        }

        var indicators = indicator ?? [];
        if (!string.IsNullOrWhiteSpace(programme))
        {
            var selection = await selections.FindAsync(programme.Trim(), ct);
            if (selection is null)
            {
                return ProblemResponses.For([Problem.Invalid("programme", "observations.programme.unknown", programme)], http);
            }

            // The programme narrows the indicators to its kernset; indicators asked for outside it are refused.
            var kernset = selection.IndicatorCodes;
            var outside = indicators.Where(i => !kernset.Contains(i.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
            if (kernset.Count == 0)
            {
                return ProblemResponses.For([Problem.Invalid("programme", "observations.programme.empty", programme)], http);
            }

            if (outside.Count > 0)
            {
                return ProblemResponses.For([Problem.Invalid("indicator", "observations.programme.indicator", string.Join(", ", outside), programme)], http);
            }

            indicators = indicators.Length > 0 ? indicators : [.. kernset];
        }

        var requested = new ObservationFilter(area ?? [], indicators, period ?? [], breakdown ?? [], Audience.Of(http.User));
        var validated = await queries.ValidateAsync(requested, ct);
        if (!validated.Succeeded)
        {
            return ProblemResponses.For(validated, http);
        }

        var filter = validated.Value;
        if (ExportWeight.IsHeavy(exportFormat, filter))
        {
            // The whole data set is a file on disk: it holds a place of the client, not one of the database's.
            var isEverything = ExportWeight.IsEverything(filter);
            if (isEverything && ObservationDownloads.AsksFirst(http))
            {
                // A browser that sent /data's forms or links with nothing filled in: /data first says how much that is.
                return ObservationDownloads.ConfirmFirst(http, exportFormat);
            }

            if (!ObservationDownloads.TryEnter(gate, http, readsDatabase: !isEverything))
            {
                return ObservationDownloads.TooMany(http);
            }

            if (isEverything)
            {
                if (await ObservationDownloads.EverythingAsync(everything, exportFormat, ct) is { } file)
                {
                    return file;
                }

                // Its file is still being written: read it from the database, as the file is, if a shared place is free.
                if (!ObservationDownloads.TryEnterDatabase(gate, http))
                {
                    return ObservationDownloads.TooMany(http);
                }
            }
        }

        // Streamed as read, every format by the export writer, which sends the format's opening (the JSON array's
        // bracket, the CSV header, the workbook's first parts) before it asks for the first record: the database sorts
        // every figure before its first row (about 6 s for the whole data set). JSON too: the framework's serializer
        // sent nothing before the first rows, so "all figures as JSON" showed nothing for 7 s while the file was not
        // yet written. The Ok<IAsyncEnumerable<ObservationRecord>> of the answer's type still describes the JSON in
        // the OpenAPI document; the writer writes the same JSON (ObservationJson.Options).
        var records = queries.QueryAsync(filter, ct);
        return TypedResults.Stream(
            stream => writer.WriteAsync(records, exportFormat, stream, ct),
            ExportFormats.ContentType(exportFormat),
            exportFormat == ExportFormat.Json ? null : ObservationDownloads.DownloadName(exportFormat));
    }
}
