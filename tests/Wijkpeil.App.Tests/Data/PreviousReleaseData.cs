using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Tests.Infrastructure;

namespace Wijkpeil.App.Tests.Data;

/// <summary>
/// Realistic data in the schema of <see cref="PreviousRelease.LastMigration"/>, written with plain SQL as that
/// release stored it (its column names, its enum texts, SQLite's ticks for times), not through today's model: if a
/// later migration renames or moves something, these rows are what production has, and the upgrade must carry them.
/// <para>
/// Figures: published ones from two import batches; a draft batch whose figure replaced a published one (the old
/// value in observation_revisions, as that release kept it); a draft batch with new figures; and a withdrawn batch,
/// whose figure went back to draft. Plus the programme, a published project with a pillar, progress, an output with
/// a value, funding and a linked indicator, a published story with a quote, an AreaEditor of Utrecht and a
/// ProgrammeManager with a personal access token, and audit entries.
/// </para>
/// </summary>
internal static class PreviousReleaseData
{
    public const string Password = "lange zin als wachtwoord";
    public const string EditorEmail = "redacteur@utrecht.nl";
    public const string ManagerEmail = "pm@provincie-utrecht.nl";

    /// <summary>The manager's token; the database has only its SHA-256, as that release stored it.</summary>
    public const string ManagerToken = "wpt_Zm9yLXRoZS11cGdyYWRlLXRlc3Qtb25seS0xMjM0NTY3ODk";

    public const string Health = "ErvarenGezondheidGoedZeerGoed";
    public const string Inhabitants = "AantalInwoners";
    public const string ProjectTitle = "Buurtkamer Overvecht-Noord";
    public const string StorySummary = "Bewoners over de nieuwe buurtkamer";
    public const string QuoteText = "Eindelijk een plek om elkaar te zien.";
    public const string AuditSummary = "Project toegevoegd: Buurtkamer Overvecht-Noord";

    /// <summary>The published figures, as (area, indicator, period, breakdown, value): the public must keep seeing them.</summary>
    public static readonly IReadOnlyList<(string Area, string Indicator, string Period, string Breakdown, double Value)> Published =
    [
        ("GM0344", Health, "2020", "18+", 74.8),
        ("NL00", Health, "2020", "18+", 77.6),
        ("WK034403", Inhabitants, "2022", "totaal", 33120),
        ("GM0344", Inhabitants, "2022", "totaal", 367984),
    ];

    /// <summary>Values that were draft (or withdrawn) at the upgrade: none of them may become public by it.</summary>
    public static readonly IReadOnlyList<double> NotPublic = [71.3, 61.0, 4410, 17942942];

    /// <summary>The batches by file name, and the one that was published.</summary>
    public static readonly IReadOnlyList<string> BatchFiles =
        ["50090NED-gezondheid-2020-18plus.xlsx", "kwb-2022-wijken.xlsx", "correctie-overvecht.csv", "concept-buurten.csv", "ingetrokken-nederland.csv"];

    public static async Task<Ids> InsertAsync(TestDatabase database)
    {
        await using var connection = DatabaseContents.Connect(database);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var sql = new Sql(connection, database.Provider);
        var imported = new DateTimeOffset(2024, 9, 1, 10, 0, 0, TimeSpan.Zero);

        var nl = await sql.IdAsync("""INSERT INTO areas ("Code", "Level", "Name", "ParentCode", "LayoutYears") VALUES ('NL00', 'Country', 'Nederland', NULL, '2020,2024')""");
        await sql.IdAsync("""INSERT INTO areas ("Code", "Level", "Name", "ParentCode", "LayoutYears") VALUES ('PV26', 'Province', 'Utrecht (PV)', 'NL00', '2020,2024')""");
        var gm = await sql.IdAsync("""INSERT INTO areas ("Code", "Level", "Name", "ParentCode", "LayoutYears") VALUES ('GM0344', 'Municipality', 'Utrecht', 'PV26', '2020,2024')""");
        var wk = await sql.IdAsync("""INSERT INTO areas ("Code", "Level", "Name", "ParentCode", "LayoutYears") VALUES ('WK034403', 'District', 'Wijk 03 Overvecht', 'GM0344', '2020,2024')""");
        var bu = await sql.IdAsync("""INSERT INTO areas ("Code", "Level", "Name", "ParentCode", "LayoutYears") VALUES ('BU03440301', 'Neighbourhood', 'Taag- en Rubicondreef', 'WK034403', '2024')""");
        await sql.IdAsync(
            """INSERT INTO area_boundaries ("AreaId", "LayoutYear", "GeometryJson") VALUES (@p0, 2024, '{"type":"Polygon","coordinates":[[[5.1,52.1],[5.2,52.1],[5.2,52.2],[5.1,52.1]]]}')""",
            wk);

        var health = await sql.IdAsync(
            """
            INSERT INTO indicators ("Code", "NameNl", "NameEn", "DefinitionNl", "DefinitionEn", "Unit", "Kind", "Polarity", "Source", "PopulationGroup", "IsCurated")
            VALUES ('ErvarenGezondheidGoedZeerGoed', 'Ervaren gezondheid goed of zeer goed', 'Self-rated health good or very good',
                    'Percentage dat de eigen gezondheid goed of zeer goed noemt.', 'Share rating own health good or very good.', '%', 'Percentage', 'HigherIsBetter',
                    'RIVM/GGD Gezondheidsmonitor', 'inwoners van 18 jaar en ouder', @p0)
            """,
            true);
        var inhabitants = await sql.IdAsync(
            """
            INSERT INTO indicators ("Code", "NameNl", "NameEn", "DefinitionNl", "DefinitionEn", "Unit", "Kind", "Polarity", "Source", "PopulationGroup", "IsCurated")
            VALUES ('AantalInwoners', 'Aantal inwoners', 'Number of inhabitants', 'Aantal inwoners op 1 januari.', 'Number of inhabitants on 1 January.',
                    'aantal', 'Count', 'Neutral', 'CBS', 'alle inwoners', @p0)
            """,
            true);
        await sql.IdAsync("""INSERT INTO indicator_source_mappings ("IndicatorId", "SourceTable", "MeasureKey") VALUES (@p0, '50090NED', 'ErvarenGezondheidGoedZeerGoed_4')""", health);
        await sql.IdAsync("""INSERT INTO indicator_source_mappings ("IndicatorId", "SourceTable", "MeasureKey") VALUES (@p0, 'kwb', 'a_inw')""", inhabitants);

        var y2020 = await sql.IdAsync("""INSERT INTO periods ("Code", "Year", "Kind", "Label") VALUES ('2020', 2020, 'Year', '2020')""");
        var y2022 = await sql.IdAsync("""INSERT INTO periods ("Code", "Year", "Kind", "Label") VALUES ('2022', 2022, 'Year', '2022')""");
        var total = await sql.IdAsync("""INSERT INTO breakdowns ("Code", "NameNl", "NameEn") VALUES ('totaal', 'Totaal', 'Total')""");
        var adults = await sql.IdAsync("""INSERT INTO breakdowns ("Code", "NameNl", "NameEn") VALUES ('18+', '18 jaar en ouder', '18 years and older')""");

        const string Batch = """
            INSERT INTO import_batches ("Format", "FileName", "FileSha256", "SourceTable", "ImportedBy", "ImportedAt", "Added", "Changed", "Unchanged", "ReviewedAt", "ReviewedBy", "Status", "WithdrawalReason")
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, 0, @p8, @p9, @p10, @p11)
            """;
        var healthBatch = await sql.IdAsync(Batch, "statline", BatchFiles[0], Sha(BatchFiles[0]), "50090NED", "kennispartner@rivm.nl", sql.Time(imported), 3, 0, sql.Time(imported), "kennispartner@rivm.nl", "Published", null);
        var kwbBatch = await sql.IdAsync(Batch, "kwb", BatchFiles[1], Sha(BatchFiles[1]), null, "cli:beheer", sql.Time(imported.AddDays(1)), 2, 0, sql.Time(imported.AddDays(2)), "kennispartner@rivm.nl", "Published", null);
        var correction = await sql.IdAsync(Batch, "observations", BatchFiles[2], Sha(BatchFiles[2]), null, EditorEmail, sql.Time(imported.AddDays(10)), 0, 1, null, null, "Draft", null);
        var draft = await sql.IdAsync(Batch, "observations", BatchFiles[3], Sha(BatchFiles[3]), null, EditorEmail, sql.Time(imported.AddDays(11)), 2, 0, null, null, "Draft", null);
        var withdrawn = await sql.IdAsync(Batch, "observations", BatchFiles[4], Sha(BatchFiles[4]), null, "cli:beheer", sql.Time(imported.AddDays(12)), 1, 0, sql.Time(imported.AddDays(13)), "kennispartner@rivm.nl", "Withdrawn", "Verkeerde jaargang.");

        // Status is ObservationStatus as a number in that release: 0 draft, 2 published.
        const string Figure = """
            INSERT INTO observations ("IndicatorId", "AreaId", "PeriodId", "BreakdownId", "Value", "Lower", "Upper", "SampleSize", "Status", "ImportBatchId")
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)
            """;
        await sql.ExecuteAsync(Figure, health, gm, y2020, adults, 74.8, 73.9, 75.6, 5120, 2, healthBatch);
        await sql.ExecuteAsync(Figure, health, nl, y2020, adults, 77.6, 77.4, 77.8, 380412, 2, healthBatch);
        await sql.ExecuteAsync(Figure, inhabitants, wk, y2022, total, 33120.0, null, null, null, 2, kwbBatch);
        await sql.ExecuteAsync(Figure, inhabitants, gm, y2022, total, 367984.0, null, null, null, 2, kwbBatch);

        // The correction replaced Overvecht's published value as a draft; that release kept the old value as a revision.
        await sql.ExecuteAsync(Figure, health, wk, y2020, adults, 71.3, 70.0, 72.6, 412, 0, correction);
        await sql.ExecuteAsync(
            """
            INSERT INTO observation_revisions ("IndicatorId", "AreaId", "PeriodId", "BreakdownId", "Value", "Lower", "Upper", "SampleSize", "Status", "ImportBatchId", "ReplacedByImportBatchId", "ReplacedAt")
            VALUES (@p0, @p1, @p2, @p3, 69.9, 67.1, 72.5, 412, 'Published', @p4, @p5, @p6)
            """,
            health, wk, y2020, adults, healthBatch, correction, sql.Time(imported.AddDays(10)));
        await sql.ExecuteAsync(Figure, health, bu, y2022, adults, 61.0, 55.0, 67.0, 120, 0, draft);
        await sql.ExecuteAsync(Figure, inhabitants, bu, y2022, total, 4410.0, null, null, null, 0, draft);
        await sql.ExecuteAsync(Figure, inhabitants, nl, y2022, total, 17942942.0, null, null, null, 0, withdrawn);

        var programme = await sql.IdAsync("""INSERT INTO programmes ("Code", "Name") VALUES ('vitale-wijken', 'Vitale Wijken (provincie Utrecht)')""");
        await sql.IdAsync("""INSERT INTO pillars ("Number", "NameNl", "NameEn", "ProgrammeId") VALUES (1, 'Gezondheid', 'Health', @p0)""", programme);
        await sql.IdAsync("""INSERT INTO pillars ("Number", "NameNl", "NameEn", "ProgrammeId") VALUES (5, 'Wonen', 'Housing', @p0)""", programme);
        await sql.IdAsync("""INSERT INTO focus_areas ("Code", "Name", "MunicipalityCode", "ProgrammeId", "Members") VALUES ('overvecht', 'Overvecht', 'GM0344', @p0, 'WK034403')""", programme);
        await sql.IdAsync("""INSERT INTO reference_areas ("AreaCode", "Order", "ProgrammeId") VALUES ('PV26', 1, @p0)""", programme);
        await sql.IdAsync("""INSERT INTO reference_areas ("AreaCode", "Order", "ProgrammeId") VALUES ('NL00', 2, @p0)""", programme);
        await sql.IdAsync("""INSERT INTO core_indicators ("IndicatorId", "PillarNumber", "BreakdownCode", "Order", "ProgrammeId") VALUES (@p0, 1, '18+', 1, @p1)""", health, programme);

        var project = await sql.IdAsync(
            """
            INSERT INTO projects ("ProgrammeId", "FocusAreaCode", "Title", "OwnerOrganisation", "StartDate", "EndDate", "Status", "StopReason", "Description",
                                  "MeetingPlaceName", "MeetingPlaceAddress", "IsPublished", "IsExampleData")
            VALUES (@p0, 'overvecht', @p1, 'Gemeente Utrecht', @p2, @p3, 'Running', NULL, 'Een **buurtkamer** voor ontmoeting.', 'Buurtkamer', 'Neckardreef 1, Utrecht', @p4, @p5)
            """,
            programme, ProjectTitle, new DateOnly(2024, 3, 4), new DateOnly(2025, 12, 31), true, false);
        await sql.IdAsync("""INSERT INTO project_pillars ("Number", "ProjectId") VALUES (1, @p0)""", project);
        await sql.IdAsync("""INSERT INTO progress_updates ("Date", "Text", "PercentComplete", "Sequence", "ProjectId") VALUES (@p0, 'Ontwerp klaar', 40, 1, @p1)""", new DateOnly(2024, 9, 1), project);
        var output = await sql.IdAsync("""INSERT INTO output_measures ("Kind", "Name", "Unit", "UnitLabel", "ProjectId") VALUES ('HowMuch', 'Bewoners bij de buurtkamer', 'Count', 'bewoners', @p0)""", project);
        await sql.IdAsync("""INSERT INTO output_values ("PeriodCode", "Target", "Realised", "OutputMeasureId") VALUES ('2024', 500, 380, @p0)""", output);
        await sql.IdAsync(
            """INSERT INTO funding_lines ("Funder", "FunderName", "Year", "Budget", "Committed", "Spent", "ProjectId") VALUES ('Provincie', NULL, 2024, @p0, @p1, @p2, @p3)""",
            25000.00m, 20000.00m, 12500.50m, project);
        await sql.IdAsync("""INSERT INTO project_indicators ("IndicatorId", "ProjectId") VALUES (@p0, @p1)""", health, project);

        var story = await sql.IdAsync(
            """
            INSERT INTO stories ("ProgrammeId", "Method", "Date", "Area", "PillarNumber", "ProjectId", "Summary", "Body", "ConsentRecordedOn", "IsAnonymised", "IsPublished")
            VALUES (@p0, 'Interview', @p1, 'WK034403', 1, @p2, @p3, 'Het *hele* verhaal.', @p1, @p4, @p5)
            """,
            programme, new DateOnly(2024, 5, 14), project, StorySummary, false, true);
        await sql.IdAsync("""INSERT INTO story_quotes ("Text", "Attribution", "IsNamed", "Order", "StoryId") VALUES (@p0, 'bewoner Neckardreef', @p1, 1, @p2)""", QuoteText, false, story);

        var editor = await sql.UserAsync(EditorEmail, imported);
        await sql.ExecuteAsync("""INSERT INTO user_roles ("UserId", "RoleId") VALUES (@p0, @p1)""", editor, WijkpeilRoles.AreaEditor);
        await sql.ExecuteAsync("""INSERT INTO user_gemeenten ("UserId", "Gemeente") VALUES (@p0, 'GM0344')""", editor);
        var manager = await sql.UserAsync(ManagerEmail, imported);
        await sql.ExecuteAsync("""INSERT INTO user_roles ("UserId", "RoleId") VALUES (@p0, @p1)""", manager, WijkpeilRoles.ProgrammeManager);
        await sql.IdAsync(
            """INSERT INTO personal_access_tokens ("UserId", "Name", "Hash", "CreatedAt", "LastUsedAt", "ExpiresAt", "RevokedAt") VALUES (@p0, 'koppeling', @p1, @p2, NULL, NULL, NULL)""",
            manager, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ManagerToken))), sql.Time(imported));

        const string Audit = """
            INSERT INTO audit_entries ("At", "ActorUserId", "ActorName", "Action", "EntityType", "EntityId", "Summary", "Before", "After")
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)
            """;
        await sql.IdAsync(Audit, sql.Time(imported), manager, ManagerEmail, "Created", "user", EditorEmail, "Account aangemaakt: AreaEditor (GM0344)", null, """{"email":"redacteur@utrecht.nl","roles":["AreaEditor"]}""");
        await sql.IdAsync(Audit, sql.Time(imported.AddDays(3)), manager, ManagerEmail, "Created", "project", project.ToString(CultureInfo.InvariantCulture), AuditSummary, null, """{"title":"Buurtkamer Overvecht-Noord"}""");
        await sql.IdAsync(Audit, sql.Time(imported.AddDays(13)), null, "kennispartner@rivm.nl", "Updated", "import-batch", withdrawn.ToString(CultureInfo.InvariantCulture), "Import ingetrokken: Verkeerde jaargang.", """{"status":"Published"}""", """{"status":"Withdrawn"}""");
        return new Ids(project, story);
    }

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Ids the database gave the records the assertions look up by id.</summary>
    public sealed record Ids(long Project, long Story);

    /// <summary>Parameterised SQL on either provider, with the values that release stored for types SQLite lacks.</summary>
    private sealed class Sql(DbConnection connection, DatabaseProvider provider)
    {
        private static readonly DateTimeOffsetToBinaryConverter Ticks = new();

        /// <summary>A moment as that release stored it: UTC ticks with the offset (EF Core's binary form) on SQLite, timestamptz on PostgreSQL.</summary>
        public object Time(DateTimeOffset moment) => provider == DatabaseProvider.Sqlite ? Ticks.ConvertToProvider(moment)! : moment.ToUniversalTime();

        public async Task<long> IdAsync(string sql, params object?[] values)
        {
            await using var command = CommandFor(sql.Trim() + """ RETURNING "Id" """, values);
            return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture);
        }

        public async Task ExecuteAsync(string sql, params object?[] values)
        {
            await using var command = CommandFor(sql, values);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        /// <summary>An Identity user row with a password hash made by Identity's own hasher, as that release made it.</summary>
        public async Task<string> UserAsync(string email, DateTimeOffset created)
        {
            var id = Guid.NewGuid().ToString();
            var hash = new PasswordHasher<WijkpeilUser>().HashPassword(new WijkpeilUser { Id = id, Email = email, UserName = email }, Password);
            await ExecuteAsync(
                """
                INSERT INTO users ("Id", "CreatedAt", "DisabledAt", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash",
                                   "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount")
                VALUES (@p0, @p1, NULL, @p2, @p3, @p2, @p3, @p4, @p5, @p6, @p7, NULL, @p4, @p4, NULL, @p8, 0)
                """,
                id, Time(created), email, email.ToUpperInvariant(), false, hash, Guid.NewGuid().ToString("N").ToUpperInvariant(), Guid.NewGuid().ToString(), true);
            return id;
        }

        private DbCommand CommandFor(string sql, object?[] values)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
                parameter.Value = values[i] ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            return command;
        }
    }
}
