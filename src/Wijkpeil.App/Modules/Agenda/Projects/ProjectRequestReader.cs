using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Wijkpeil.App.Kernel.Outcomes;

namespace Wijkpeil.App.Modules.Agenda.Projects;

/// <summary>The body of POST and PUT /api/v1/projects, read so that every refusal is a problem at its field.</summary>
internal static class ProjectRequestReader
{
    /// <summary>
    /// Reads the body here rather than through parameter binding, so malformed JSON, an unknown property or a wrong
    /// type becomes a problem at the field it is about instead of the framework's bare 400. Only typed information is
    /// used: the parser's line and position, the request types' own property names, and <see cref="JsonException.Path"/>.
    /// </summary>
    public static async Task<(ProjectRequest? Value, ProblemHttpResult? Problem)> ReadAsync(HttpContext http, JsonSerializerOptions options, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, ProblemResponses.For([Problem.Invalid(null, "projects.body.not_json")], http));
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, default, ct);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var position = (exception.BytePositionInLine ?? 0) + 1;
            return (null, ProblemResponses.For([Problem.Invalid(null, "projects.body.malformed", line, position)], http));
        }

        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return (null, ProblemResponses.For([Problem.Invalid(null, "projects.body.empty")], http));
            }

            var unknown = new List<Problem>();
            FindUnknownMembers(document.RootElement, options.GetTypeInfo(typeof(ProjectRequest)), options, string.Empty, unknown);
            if (unknown.Count > 0)
            {
                return (null, ProblemResponses.For(unknown, http));
            }

            try
            {
                var request = document.RootElement.Deserialize<ProjectRequest>(options);
                return request is null
                    ? (null, ProblemResponses.For([Problem.Invalid(null, "projects.body.empty")], http))
                    : (request, null);
            }
            catch (JsonException exception)
            {
                // The document parsed, so this is a value of the wrong type; the path says which.
                var field = FieldOf(exception);
                var problem = field == "status" ? Problem.Invalid("status", "projects.status.unknown", document.RootElement.GetProperty("status").ToString())
                    : Problem.Invalid(field, "projects.body.invalid_value", field);
                return (null, ProblemResponses.For([problem], http));
            }
        }
    }

    /// <summary>
    /// Every member of <paramref name="element"/> that the request type (or a nested request type) has no property
    /// for, at its path: an unknown field, or a read-only one such as <c>id</c> or <c>exampleData</c>.
    /// </summary>
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
                found.Add(Problem.Invalid(at, "projects.body.unknown_property", member.Name));
            }
            else
            {
                FindUnknownMembers(member.Value, options.GetTypeInfo(property.PropertyType), options, at, found);
            }
        }
    }

    private static string FieldOf(JsonException exception)
    {
        var path = exception.Path ?? "$";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : string.Empty;
    }
}
