using Wijkpeil.Domain.Learning;

namespace Wijkpeil.App.Modules.Events.RegisterForEvent;

/// <summary>The registration form as typed; the domain checks it (<see cref="CommunityEvent.Register"/>).</summary>
public sealed class RegistrationInput
{
    /// <summary>The request fields the rules name → the HTML ids of the form's fields.</summary>
    public static IReadOnlyDictionary<string, string> FieldIds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = Id("name"),
        ["email"] = Id("email"),
        ["organisation"] = Id("organisation"),
        ["gemeente"] = Id("gemeente"),
    };

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Organisation { get; set; }

    public string? Gemeente { get; set; }

    public static string Id(string field) => "aanmelding-" + field;

    public Registrant ToRegistrant() => new(Name, Email, Organisation, Gemeente);
}
