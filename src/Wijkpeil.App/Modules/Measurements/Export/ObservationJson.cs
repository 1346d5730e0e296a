using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wijkpeil.App.Modules.Measurements.Observations;

namespace Wijkpeil.App.Modules.Measurements.Export;

/// <summary>A JSON array of observation objects, camelCase names and enums, streamed.</summary>
internal static class ObservationJson
{
    // Hand the buffered JSON to the output once this much is written: few writes, yet streaming.
    private const int FlushThreshold = 32 * 1024;

    /// <summary>The shape of the API's JSON too: web defaults (camelCase) and enums as camelCase names.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static async Task WriteAsync(IAsyncEnumerable<ObservationRecord> records, Stream output, CancellationToken ct)
    {
        // The serializer flushes a stream-backed Utf8JsonWriter synchronously, which an HTTP response
        // refuses: serialize into memory and copy each chunk to the output asynchronously.
        var buffer = new ArrayBufferWriter<byte>(2 * FlushThreshold);
        await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder });
        writer.WriteStartArray();

        // The bracket leaves before the first record is asked for: the database may sort every figure first
        // (seconds for the whole data set), and the reader should see the answer start meanwhile.
        writer.Flush();
        await CopyAsync(buffer, output, ct);
        await output.FlushAsync(ct);
        await foreach (var record in records.WithCancellation(ct))
        {
            JsonSerializer.Serialize(writer, record, Options);
            if (buffer.WrittenCount > FlushThreshold)
            {
                await CopyAsync(buffer, output, ct);
            }
        }

        writer.WriteEndArray();
        writer.Flush();
        await CopyAsync(buffer, output, ct);
        await output.FlushAsync(ct);
    }

    private static async Task CopyAsync(ArrayBufferWriter<byte> buffer, Stream output, CancellationToken ct)
    {
        await output.WriteAsync(buffer.WrittenMemory, ct);
        buffer.ResetWrittenCount();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            NumberHandling = JsonNumberHandling.Strict,

            // As ASP.NET Core's own JSON answers: "18+" and "Ée" as they are, not "18\u002B" and "\u00C9e". The
            // answer is application/json, never put into a page unencoded.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
