using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Wijkpeil.App.Kernel.Persistence;

namespace Wijkpeil.App.Kernel.Mail;

/// <summary>
/// Mail settings (section <c>Mail</c>; environment variables <c>Mail__SmtpHost</c> and so on). Without
/// <see cref="SmtpHost"/> nothing goes over the network: each mail is written as an <c>.eml</c> file into
/// <see cref="PickupFolder"/>, which an administrator can open or hand to a mail server's pickup directory.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? SmtpHost { get; set; }

    /// <summary>The SMTP port; default 587 (submission with STARTTLS), 465 with <c>SslOnConnect</c>, 25 with <c>None</c>.</summary>
    public int? SmtpPort { get; set; }

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c>, <c>StartTlsWhenAvailable</c>, <c>Auto</c> or <c>None</c> (MailKit's <see cref="SecureSocketOptions"/>).</summary>
    public string? SmtpSecurity { get; set; }

    /// <summary>The sender, e.g. <c>Wijkpeil &lt;noreply@provincie-utrecht.nl&gt;</c>; default <c>Wijkpeil &lt;noreply@localhost&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>Where mails are written without SMTP; default <c>mail-pickup</c> in the data folder (beside the SQLite database).</summary>
    public string? PickupFolder { get; set; }

    public const string DefaultFrom = "Wijkpeil <noreply@localhost>";

    /// <summary>The options <paramref name="configuration"/> sets, with the pickup folder made absolute; refuses a wrong security name at start-up.</summary>
    public static MailOptions Read(IConfiguration configuration, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<MailOptions>() ?? new MailOptions();
        options.SmtpHost = string.IsNullOrWhiteSpace(options.SmtpHost) ? null : options.SmtpHost.Trim();
        options.PickupFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(options.PickupFolder)
            ? Path.Combine(DataLocation.DataFolder(database, configuration), "mail-pickup")
            : options.PickupFolder);
        _ = options.Security;
        return options;
    }

    /// <summary>The TLS mode <see cref="SmtpSecurity"/> names.</summary>
    public SecureSocketOptions Security =>
        string.IsNullOrWhiteSpace(SmtpSecurity) ? SecureSocketOptions.StartTls
        : Enum.TryParse<SecureSocketOptions>(SmtpSecurity.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) ? value
        : throw new InvalidOperationException($"Mail:SmtpSecurity '{SmtpSecurity}' is unknown: use StartTls (default), SslOnConnect, StartTlsWhenAvailable, Auto or None.");

    public int Port => SmtpPort ?? Security switch
    {
        SecureSocketOptions.SslOnConnect => 465,
        SecureSocketOptions.None => 25,
        _ => 587,
    };
}
