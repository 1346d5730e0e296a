using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Wijkpeil.App.Kernel.Outcomes;

/// <summary>
/// Reads a JSON request (an API body, a file given to the CLI) into its request type, so that malformed JSON, an
/// unknown member or a value of the wrong type becomes a <see cref="Problem"/> at the field it is about instead of
/// the framework's bare 400. Only typed information is used: the parser's line and position, the request type's own
/// property names, and <see cref="JsonException.Path"/>.
/// </summary>
public static class JsonRequestBody
{
    /// <summary>The body of <paramref name="http"/>'s request as <typeparamref name="T"/>, or the problems that stop it.</summary>
    public static async Task<Outcome<T>> ReadAsync<T>(HttpContext http, JsonSerializerOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.HasJsonContentType())
        {
            return Problem.Invalid(null, "request.body.not_json");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, default, ct);
        }
        catch (JsonException exception)
        {
            return Malformed(exception);
        }

        using (document)
        {
            return Deserialize<T>(document, options);
        }
    }

    /// <summary><paramref name="json"/> as <typeparamref name="T"/>, or the problems that stop it.</summary>
    public static Outcome<T> Read<T>(string json, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return Malformed(exception);
        }

        using (document)
        {
            return Deserialize<T>(document, options);
        }
    }

    private static Problem Malformed(JsonException exception) =>
        Problem.Invalid(null, "request.body.malformed", (exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1);

    private static Outcome<T> Deserialize<T>(JsonDocument document, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Type metadata needs a resolver: options nobody has used yet get the reflection-based default, as the
        // serializer itself would give them on first use.
        if (!options.IsReadOnly)
        {
            options.MakeReadOnly(populateMissingResolver: true);
        }

        if (document.RootElement.ValueKind == JsonValueKind.Null)
        {
            return Problem.Invalid(null, "request.body.empty");
        }

        var unknown = new List<Problem>();
        FindUnknownMembers(document.RootElement, options.GetTypeInfo(typeof(T)), options, string.Empty, unknown);
        if (unknown.Count > 0)
        {
            return Outcome<T>.Failure(unknown);
        }

        try
        {
            return document.RootElement.Deserialize<T>(options) is { } value ? Outcome<T>.Success(value) : Problem.Invalid(null, "request.body.empty");
        }
        catch (JsonException exception)
        {
            // The document parsed, so this is a value of the wrong type; the path says which. A top-level member's
            // value as sent is the second argument, for a caller that names it in a message of its own.
            var path = exception.Path ?? "$";
            var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : string.Empty;
            return Problem.Invalid(field, "request.body.invalid_value", field, ValueSent(document.RootElement, field, options));
        }
    }

    private static string? ValueSent(JsonElement root, string member, JsonSerializerOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return root.EnumerateObject().Where(p => string.Equals(p.Name, member, comparison)).Select(p => p.Value.ToString()).FirstOrDefault();
    }

    /// <summary>Every member of <paramref name="element"/> that the type (or a nested one) has no property for, at its path.</summary>
    private static void FindUnknownMembers(JsonElement element, JsonTypeInfo type, JsonSerializerOptions options, string path, List<Problem> found)
    {
        if (type.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && type.ElementType is { } itemType)
        {
            var itemInfo = options.GetTypeInfo(itemType);
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                FindUnknownMembers(item, itemInfo, options, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), found);
            }

            return;
        }

        if (type.Kind != JsonTypeInfoKind.Object || element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var member in element.EnumerateObject())
        {
            var at = path.Length == 0 ? member.Name : path + "." + member.Name;
            var property = type.Properties.FirstOrDefault(p => string.Equals(p.Name, member.Name, comparison));
            if (property is null)
            {
                found.Add(Problem.Invalid(at, "request.body.unknown_property", member.Name));
            }
            else
            {
                FindUnknownMembers(member.Value, options.GetTypeInfo(property.PropertyType), options, at, found);
            }
        }
    }
}
