using System.Net.Mail;
using Wijkpeil.Domain.Common;

namespace Wijkpeil.Domain.Subsidies;

/// <summary>
/// The applicant's personal data: shown only to the scheme's officers and assigned assessors, never on public pages,
/// in downloads or in the API, and anonymised after the retention period (<see cref="SubsidyApplication.Anonymise(DateTimeOffset)"/>).
/// Only an organisation's name is public, in the subsidy register.
/// </summary>
public sealed record Applicant(
    ApplicantKind Kind,
    string ContactName,
    string Email,
    string? Phone,
    string? OrganisationName,
    string? KvkNumber,
    string? Address,
    string? PostalCode,
    string? City)
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 40;
    public const int AddressMaxLength = 200;

    /// <summary>What an anonymised application keeps in place of a name or address.</summary>
    public const string Removed = "[verwijderd]";

    /// <summary>
    /// Checks the applicant: a name and a valid e-mail address always (the secret link and the receipt go there); an
    /// organisation needs its name and an 8-digit KvK number.
    /// </summary>
    public static Result<Applicant> Create(ApplicantKind kind, string? contactName, string? email, string? phone, string? organisationName, string? kvkNumber, string? address, string? postalCode, string? city)
    {
        var name = TextRules.Required(contactName, NameMaxLength, "subsidy.applicant.name", "uw naam", "contactName");
        if (!name.IsSuccess)
        {
            return name.Error!;
        }

        var mail = CheckEmail(email);
        if (!mail.IsSuccess)
        {
            return mail.Error!;
        }

        var others = new[]
        {
            TextRules.Optional(phone, PhoneMaxLength, "subsidy.applicant.phone", "het telefoonnummer", "phone"),
            TextRules.Optional(address, AddressMaxLength, "subsidy.applicant.address", "het adres", "address"),
            TextRules.Optional(postalCode, 10, "subsidy.applicant.postal_code", "de postcode", "postalCode"),
            TextRules.Optional(city, NameMaxLength, "subsidy.applicant.city", "de woonplaats", "city"),
            TextRules.Optional(organisationName, NameMaxLength, "subsidy.applicant.organisation", "de naam van de organisatie", "organisationName"),
        };
        if (others.FirstOrDefault(o => !o.IsSuccess) is { Error: { } error })
        {
            return error;
        }

        if (!Enum.IsDefined(kind))
        {
            return Result<Applicant>.Failure("subsidy.applicant.kind", "Kies of u aanvraagt als bewoner of namens een organisatie.", "kind");
        }

        var kvk = kvkNumber?.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (kind == ApplicantKind.Organisation)
        {
            if (others[4].Value is null)
            {
                return Result<Applicant>.Failure("subsidy.applicant.organisation.required", "Vul de naam van de organisatie in.", "organisationName");
            }

            if (kvk is null || kvk.Length != 8 || !kvk.All(char.IsAsciiDigit))
            {
                return Result<Applicant>.Failure("subsidy.applicant.kvk", $"Een KvK-nummer heeft 8 cijfers (gegeven '{kvkNumber}').", "kvkNumber", kvkNumber ?? string.Empty);
            }
        }

        return new Applicant(
            kind,
            name.Value,
            mail.Value,
            others[0].Value,
            kind == ApplicantKind.Organisation ? others[4].Value : null,
            kind == ApplicantKind.Organisation ? kvk : null,
            others[1].Value,
            others[2].Value?.ToUpperInvariant(),
            others[3].Value);
    }

    /// <summary>The same applicant without anything that identifies a person; an organisation's public name stays.</summary>
    public Applicant Anonymised() =>
        new(Kind, Removed, Removed, null, OrganisationName, KvkNumber, null, null, null);

    private static Result<string> CheckEmail(string? email)
    {
        var text = email?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Result<string>.Failure("subsidy.applicant.email.required", "Vul uw e-mailadres in: daar sturen wij de link naar uw aanvraag en de ontvangstbevestiging.", "email");
        }

        var valid = text.Length <= EmailMaxLength && MailAddress.TryCreate(text, out var parsed) && parsed.Address == text && text.Contains('.', StringComparison.Ordinal);
        return valid ? text : Result<string>.Failure("subsidy.applicant.email.invalid", $"'{text}' is geen geldig e-mailadres.", "email", text);
    }
}
