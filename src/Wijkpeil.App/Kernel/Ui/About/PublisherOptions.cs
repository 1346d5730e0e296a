using Microsoft.Extensions.DependencyInjection;

namespace Wijkpeil.App.Kernel.Ui.About;

/// <summary>
/// Who publishes this installation of Wijkpeil, bound from the <c>Publisher</c> configuration section: the
/// organisation readers contact and that is responsible for the personal data (the contact, privacy, colofon and
/// accessibility pages). Wijkpeil ships none of its own: an unset item says so on the pages instead of inventing one.
/// </summary>
public sealed class PublisherOptions
{
    public const string Section = "Publisher";

    /// <summary>The organisation, e.g. "Provincie Utrecht, programma Vitale Wijken".</summary>
    public string? Name { get; set; }

    /// <summary>An e-mail address for questions about the site and its content.</summary>
    public string? Email { get; set; }

    /// <summary>A telephone number, as people should dial it.</summary>
    public string? Phone { get; set; }

    /// <summary>The postal address, one line.</summary>
    public string? Address { get; set; }

    /// <summary>The organisation's own website (https://…).</summary>
    public string? Website { get; set; }

    /// <summary>
    /// The status of the accessibility statement in the Dutch model (digitoegankelijk.nl): A (voldoet volledig), B
    /// (voldoet gedeeltelijk), C (eerste maatregelen genomen), D or E. A and B need an audit by an expert
    /// (<see cref="AuditUrl"/>); without one the highest honest status is C, the default.
    /// </summary>
    public string AccessibilityStatus { get; set; } = "C";

    /// <summary>The report of an accessibility audit against WCAG 2.1 AA (EN 301 549), when there is one.</summary>
    public string? AuditUrl { get; set; }

    /// <summary>When the publisher last reviewed the accessibility statement (yyyy-MM-dd).</summary>
    public DateOnly? StatementDate { get; set; }

    internal static void Register(IServiceCollection services) =>
        services.AddOptions<PublisherOptions>()
            .BindConfiguration(Section)
            .Validate(o => o.AccessibilityStatus is "A" or "B" or "C" or "D" or "E", "Publisher:AccessibilityStatus moet A, B, C, D of E zijn.")
            .Validate(
                o => o.AccessibilityStatus is not ("A" or "B") || Uri.TryCreate(o.AuditUrl, UriKind.Absolute, out _),
                "Publisher:AccessibilityStatus A of B vraagt een onderzoeksrapport: zet Publisher:AuditUrl op het adres ervan.")
            .ValidateOnStart();
}
