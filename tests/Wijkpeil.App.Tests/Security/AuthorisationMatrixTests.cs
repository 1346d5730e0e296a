using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wijkpeil.App.Kernel.Persistence;
using Wijkpeil.App.Modules.Accounts.Contracts;
using Wijkpeil.App.Modules.Accounts.Login;
using Wijkpeil.App.Modules.Agenda.Pages;
using Wijkpeil.App.Modules.Audit.Contracts;
using static Wijkpeil.App.Tests.Security.AuthorisationMatrix;

namespace Wijkpeil.App.Tests.Security;

/// <summary>
/// Runs every row of <see cref="AuthorisationMatrix"/> as every caller on both providers and asserts the status; a
/// refusal must leave its target exactly as it was and add no audit entry, a success must change it. Forms carry a
/// valid antiforgery token of the caller's own session, so what is measured is the authorisation; the antiforgery
/// rows then post each form (and cookie API call) without one, as a caller who may use it.
/// </summary>
[Collection(AuthorisationHostsDefinition.Name)]
public sealed class AuthorisationMatrixTests(MatrixHosts hosts)
{
    private static readonly int[] FirstPillar = [1];

    public static TheoryData<DatabaseProvider, string, string, HttpStatusCode> Cells
    {
        get
        {
            var data = new TheoryData<DatabaseProvider, string, string, HttpStatusCode>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                foreach (var (row, expected) in Expected)
                {
                    foreach (var caller in Callers)
                    {
                        data.Add(provider, row, caller, expected[caller]);
                    }
                }
            }

            return data;
        }
    }

    public static TheoryData<DatabaseProvider, string> AntiforgeryRows
    {
        get
        {
            var data = new TheoryData<DatabaseProvider, string>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                foreach (var row in Expected.Keys.Concat(AntiforgeryOnly))
                {
                    data.Add(provider, row);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task MutatingEndpointOrForm_Caller_AnswersAsTheMatrixSaysAndChangesOnlyOnSuccess(DatabaseProvider provider, string row, string caller, HttpStatusCode expected)
    {
        var host = await hosts.GetAsync(provider);
        var kind = TargetOf(row);
        var target = await host.CleanTargetAsync(kind, caller);
        using var ownBrowser = target.Session?.Client; // a session target is a browser of this cell alone
        var before = await host.FingerprintAsync(target);
        var auditType = AuditTypeOf(row);
        var auditBefore = auditType is null ? 0 : await host.AuditCountAsync(auditType);

        var response = await SendAsync(host, row, caller, target, withAntiforgery: true);
        var after = await host.FingerprintAsync(target);
        if (before != after || AuthorisationMatrix.IsSuccess(response.StatusCode))
        {
            host.MarkChanged(kind);
        }

        Assert.True(expected == response.StatusCode, $"{row} as {caller}: {(int)response.StatusCode}, expected {(int)expected}. {await ExcerptAsync(response)}");
        var auditAfter = auditType is null ? 0 : await host.AuditCountAsync(auditType);
        if (!AuthorisationMatrix.IsSuccess(expected))
        {
            Assert.Equal(before, after);
            Assert.Equal(auditBefore, auditAfter);
            if (row.Contains(" /api/", StringComparison.Ordinal))
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
        else if (kind != TargetKind.Session || caller != Anonymous)
        {
            Assert.NotEqual(before, after);
            if (AuditedOnSuccess(row))
            {
                Assert.Equal(auditBefore + 1, auditAfter);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AntiforgeryRows))]
    public async Task FormOrCookieApiCall_WithoutAntiforgeryToken_400AndChangesNothing(DatabaseProvider provider, string row)
    {
        var host = await hosts.GetAsync(provider);
        var caller = AllowedCaller(row);
        var kind = AntiforgeryOnly.Contains(row) ? TargetKind.Session : TargetOf(row);
        var target = await host.CleanTargetAsync(kind, caller);
        using var ownBrowser = target.Session?.Client; // a session target is a browser of this cell alone
        var before = await host.FingerprintAsync(target);
        var auditType = AuditTypeOf(row);
        var auditBefore = auditType is null ? 0 : await host.AuditCountAsync(auditType);

        var response = await SendAsync(host, row, caller, target, withAntiforgery: false);
        var after = await host.FingerprintAsync(target);
        if (before != after)
        {
            host.MarkChanged(kind);
        }

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{row} as {caller} without token: {(int)response.StatusCode}. {await ExcerptAsync(response)}");
        Assert.Equal(before, after);
        Assert.Equal(auditBefore, auditType is null ? 0 : await host.AuditCountAsync(auditType));
        if (row == Login)
        {
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(LoginPaths.CookieName + "=", StringComparison.Ordinal)));
        }
    }

    public static TheoryData<DatabaseProvider, string, string, HttpStatusCode> ReadCells
    {
        get
        {
            var data = new TheoryData<DatabaseProvider, string, string, HttpStatusCode>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                foreach (var (row, expected) in ExpectedReads)
                {
                    foreach (var caller in Callers)
                    {
                        data.Add(provider, row, caller, expected[caller]);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ReadCells))]
    public async Task ReadingPageOrEndpoint_Caller_AnswersAsTheMatrixSays(DatabaseProvider provider, string row, string caller, HttpStatusCode expected)
    {
        var host = await hosts.GetAsync(provider);
        var slug = (await host.CleanTargetAsync(TargetKind.Programme, caller)).Slug;
        var path = row.Split(' ')[1].Replace("{slug}", slug, StringComparison.Ordinal).Replace("{code}", host.LinkedIndicator, StringComparison.Ordinal)
            .Replace("{scheme}", host.SchemeId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{application}", host.ReadApplicationId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{decided}", host.DecidedApplicationId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        path = await host.SubsidyReadPathAsync(path);
        path = await host.EventReadPathAsync(path);
        path = await host.LessonReadPathAsync(path);
        path = await host.PlaceReadPathAsync(path);
        path = await host.OpportunityReadPathAsync(path);

        using var client = row.Contains(" /api/", StringComparison.Ordinal) ? host.ProgramFor(caller) : null;
        var response = await (client ?? host.SessionOf(caller).Client).GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(expected == response.StatusCode, $"{row} as {caller}: {(int)response.StatusCode}, expected {(int)expected}. {await ExcerptAsync(response)}");
    }

    [Fact]
    public void Matrix_Columns_AreEveryRolePlusAnonymousAndAnotherGemeentesEditorAndOfficer()
    {
        Assert.Equal([.. WijkpeilRoles.All.Order(StringComparer.Ordinal), Anonymous, OtherGemeenteEditor, OtherGemeenteOfficer], [.. Callers.Take(WijkpeilRoles.All.Count).Order(StringComparer.Ordinal), .. Callers.Skip(WijkpeilRoles.All.Count)]);
        Assert.All(Expected.Values.Concat(ExpectedReads.Values), row => Assert.Equal(Callers.Order(StringComparer.Ordinal), row.Keys.Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// Every route that takes a POST, PUT, DELETE or PATCH, and every form the pages render, has a row: a new one fails
    /// here until it is added to the matrix.
    /// </summary>
    [Fact]
    public async Task Matrix_Rows_CoverEveryMutatingRouteAndEveryFormOfThePages()
    {
        var host = await hosts.GetAsync(DatabaseProvider.Sqlite);
        var endpoints = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var mutating = endpoints
            .Select(e => (Route: "/" + e.RoutePattern.RawText?.Trim('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .SelectMany(e => e.Methods.Where(m => m is "POST" or "PUT" or "DELETE" or "PATCH").Select(m => $"{m} {e.Route}"))
            .Select(r => r.Replace(":int", string.Empty, StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var rowRoutes = Expected.Keys.Concat(AntiforgeryOnly).Select(RouteOf).ToHashSet(StringComparer.Ordinal);

        // Blazor maps every page for POST (forms); the pages' own routes must each have a row for each of their forms.
        var forms = FormsInSource();
        var rows = Expected.Keys.Concat(AntiforgeryOnly).Where(r => r.Contains('[', StringComparison.Ordinal)).Select(FormOf).ToHashSet(StringComparer.Ordinal);

        var withoutRow = mutating.Where(r => !r.StartsWith("POST ", StringComparison.Ordinal) || r.StartsWith("POST /api", StringComparison.Ordinal)).Where(r => !rowRoutes.Contains(r)).ToList();
        Assert.Empty(withoutRow);
        Assert.Equal(forms.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
    }

    private static string RouteOf(string row) => row.Split(' ')[0] + " " + row.Split(' ')[1];

    private static string FormOf(string row) => row[(row.IndexOf('[', StringComparison.Ordinal) + 1)..row.IndexOf(']', StringComparison.Ordinal)];

    /// <summary>The form names of every .razor file of the App project, from <c>FormName=</c> and <c>@formname=</c>.</summary>
    private static HashSet<string> FormsInSource()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wijkpeil.slnx")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var constants = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["@ProjectSections.Details"] = ProjectSections.Details,
            ["@ProjectSections.Status"] = ProjectSections.Status,
            ["@ProjectSections.Progress"] = ProjectSections.Progress,
            ["@ProjectSections.Output"] = ProjectSections.Output,
            ["@ProjectSections.OutputValue"] = ProjectSections.OutputValue,
            ["@ProjectSections.Indicator"] = ProjectSections.Indicator,
            ["@ProjectSections.Funding"] = ProjectSections.Funding,
        };
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(directory.FullName, "src", "Wijkpeil.App"), "*.razor", SearchOption.AllDirectories))
        {
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), "(?:FormName|@formname)=\"([^\"]+)\""))
            {
                var name = match.Groups[1].Value;
                names.Add(constants.TryGetValue(name, out var value) ? value : name);
            }
        }

        return names;
    }

    private static TargetKind TargetOf(string row) => row switch
    {
        ApiProjectsPost or ProjectNew => TargetKind.NewProject,
        ApiStoriesPost or StoryNew => TargetKind.NewStory,
        ImportUpload => TargetKind.NewBatch,
        ImportPublish or ImportReject => TargetKind.DraftBatch,
        ImportWithdraw => TargetKind.PublishedBatch,
        ApiProgrammesPost or ProgrammeNew => TargetKind.NewProgramme,
        ApiProgrammesPut or ProgrammeEdit => TargetKind.Programme,
        ApiIndicatorsPost or IndicatorNew => TargetKind.NewIndicator,
        ApiIndicatorsPut or ApiIndicatorsRetire or IndicatorEdit or IndicatorRetire => TargetKind.Indicator,
        Logout or Login => TargetKind.Session,
        UsersInvite => TargetKind.NewAccount,
        UsersEnable => TargetKind.DisabledAccount,
        UsersRole or UsersDisable or UsersRevoke => TargetKind.Account,
        SubsidyApply => TargetKind.NewApplication,
        SubsidyDraft => TargetKind.DraftApplication,
        SubsidyComplete => TargetKind.CompletionAsked,
        SubsidyDecide or SubsidyAskCompletion or SubsidyDelay or SubsidyAssign => TargetKind.ReceivedApplication,
        SubsidyNotConsidered => TargetKind.CompletionExpired,
        SubsidyObjection => TargetKind.DecidedApplication,
        SubsidyDeclare => TargetKind.Assignment,
        SubsidyScores => TargetKind.DeclaredAssignment,
        SchemeNew => TargetKind.NewScheme,
        SchemeEdit or SchemePublish => TargetKind.DraftScheme,
        SchemePlafond => TargetKind.OpenScheme,
        SubsidyAdvance or SubsidySettle or SubsidyReport => TargetKind.GrantedApplication,
        SubsidyBalance => TargetKind.SettledApplication,
        EventRegister => TargetKind.OpenEvent,
        RegistrationCancel => TargetKind.ConfirmedRegistration,
        EventAccept or EventDecline => TargetKind.OfferedRegistration,
        EventNew => TargetKind.NewEvent,
        EventEdit or EventCancel => TargetKind.DraftEvent,
        EventCheckInByName or EventCheckInByCode => TargetKind.CheckInEvent,
        EventReportSave => TargetKind.EndedEvent,
        LessonNew => TargetKind.NewLesson,
        LessonEdit => TargetKind.DraftLesson,
        MeetingPlaceNew => TargetKind.NewMeetingPlace,
        MeetingPlaceEdit => TargetKind.MeetingPlace,
        ResearchPlanNew => TargetKind.NewResearchPlan,
        ResearchPlanEdit => TargetKind.ResearchPlan,
        OpportunityNew => TargetKind.NewOpportunity,
        OpportunityEdit or OpportunityStatus => TargetKind.RegisteredOpportunity,
        RelatedProgrammeNew => TargetKind.NewRelatedProgramme,
        RelatedProgrammeEdit => TargetKind.ListedRelatedProgramme,
        RoundStart => TargetKind.NewRound,
        RoundChoose => TargetKind.RoundToChoose,
        RoundSent or RoundRemove => TargetKind.ChosenRoundProgramme,
        RoundResponse => TargetKind.SentRoundProgramme,
        RoundLink => TargetKind.AnsweredRoundProgramme,
        RoundUnlink => TargetKind.LinkedRoundProgramme,
        _ when row.Contains("/verhalen/", StringComparison.Ordinal) => TargetKind.Story,
        _ => TargetKind.Project,
    };

    private static string? AuditTypeOf(string row) => row == SubsidyAssign ? AuditEntityTypes.SubsidyAssessment : TargetOf(row) switch
    {
        TargetKind.NewProject or TargetKind.Project => AuditEntityTypes.Project,
        TargetKind.NewStory or TargetKind.Story => AuditEntityTypes.Story,
        TargetKind.NewBatch or TargetKind.DraftBatch or TargetKind.PublishedBatch => AuditEntityTypes.ImportBatch,
        TargetKind.NewProgramme or TargetKind.Programme => AuditEntityTypes.Programme,
        TargetKind.NewIndicator or TargetKind.Indicator => AuditEntityTypes.Indicator,
        TargetKind.NewAccount or TargetKind.Account or TargetKind.DisabledAccount => AuditEntityTypes.User,
        TargetKind.Assignment or TargetKind.DeclaredAssignment => AuditEntityTypes.SubsidyAssessment,
        TargetKind.NewApplication or TargetKind.DraftApplication or TargetKind.CompletionAsked or TargetKind.CompletionExpired or TargetKind.DecidedApplication => AuditEntityTypes.SubsidyApplication,
        TargetKind.ReceivedApplication => AuditEntityTypes.SubsidyApplication,
        TargetKind.NewScheme or TargetKind.DraftScheme or TargetKind.OpenScheme => AuditEntityTypes.SubsidyScheme,
        TargetKind.GrantedApplication or TargetKind.SettledApplication => AuditEntityTypes.SubsidyApplication,
        TargetKind.NewEvent or TargetKind.DraftEvent or TargetKind.CheckInEvent or TargetKind.EndedEvent => AuditEntityTypes.CommunityEvent,
        TargetKind.NewLesson or TargetKind.DraftLesson => AuditEntityTypes.Lesson,
        TargetKind.NewMeetingPlace or TargetKind.MeetingPlace => AuditEntityTypes.MeetingPlace,
        TargetKind.NewResearchPlan or TargetKind.ResearchPlan => AuditEntityTypes.ResearchPlan,
        TargetKind.NewOpportunity or TargetKind.RegisteredOpportunity => AuditEntityTypes.Opportunity,
        TargetKind.NewRelatedProgramme or TargetKind.ListedRelatedProgramme => AuditEntityTypes.RelatedProgramme,
        TargetKind.NewRound or TargetKind.RoundToChoose or TargetKind.ChosenRoundProgramme or TargetKind.SentRoundProgramme
            or TargetKind.AnsweredRoundProgramme or TargetKind.LinkedRoundProgramme => AuditEntityTypes.OpportunityRound,
        _ => null,
    };

    // Signing out changes no record; a registrant's own steps for an event are no staff work to account for (and the
    // trail would keep the names the retention removes); every other allowed request, an upload included, is in the audit trail.
    private static bool AuditedOnSuccess(string row) => row is not Logout and not EventRegister and not RegistrationCancel and not EventAccept and not EventDecline;

    /// <summary>Sends the row's request as the caller: API rows with the caller's token, forms from the caller's browser.</summary>
    private static async Task<HttpResponseMessage> SendAsync(MatrixHost host, string row, string caller, Target target, bool withAntiforgery)
    {
        var ct = TestContext.Current.CancellationToken;
        var id = target.Id.ToString(CultureInfo.InvariantCulture);
        var title = $"Matrix {row} [{caller}]";
        if (row.Contains(" /api/", StringComparison.Ordinal))
        {
            // Without antiforgery means a browser's cookie (a token cannot be forged cross-site; see CookieApiAntiforgery).
            using var client = withAntiforgery ? host.ProgramFor(caller) : null;
            var http = client ?? host.SessionOf(caller).Client;
            return row switch
            {
                ApiProjectsPost => await http.PostAsync(new Uri("/api/v1/projects", UriKind.Relative), Json(new { programme = VitaleWijken, focusArea = "WK034403", title, pillars = FirstPillar, status = "planned" }), ct),
                ApiProjectsPut => await http.PutAsync(new Uri($"/api/v1/projects/{id}", UriKind.Relative), Json(new { focusArea = "WK034403", title, pillars = FirstPillar, status = "planned" }), ct),
                ApiProjectsDelete => await http.DeleteAsync(new Uri($"/api/v1/projects/{id}", UriKind.Relative), ct),
                ApiStoriesPost => await http.PostAsync(new Uri("/api/v1/stories", UriKind.Relative), Json(new { programme = VitaleWijken, method = "interview", date = "2024-05-14", area = "WK034403", pillar = 3, summary = title }), ct),
                ApiProgrammesPost => await http.PostAsync(new Uri("/api/v1/programmes", UriKind.Relative), Json(host.MatrixProgramme(MatrixHost.NewProgrammeSlug(), "Matrix " + caller)), ct),
                ApiProgrammesPut => await http.PutAsync(new Uri($"/api/v1/programmes/{target.Slug}", UriKind.Relative), Json(host.MatrixProgramme(target.Slug, "Matrix " + caller)), ct),
                ApiIndicatorsPost => await http.PostAsync(new Uri("/api/v1/indicators", UriKind.Relative), Json(MatrixHost.MatrixIndicator(MatrixHost.NewIndicatorCode(), title)), ct),
                ApiIndicatorsPut => await http.PutAsync(new Uri($"/api/v1/indicators/{target.Slug}", UriKind.Relative), Json(MatrixHost.MatrixIndicator(target.Slug, title)), ct),
                ApiIndicatorsRetire => await http.PostAsync(new Uri($"/api/v1/indicators/{target.Slug}/retire", UriKind.Relative), null, ct),
                _ => throw new InvalidOperationException("The matrix names an API row this test does not send: " + row),
            };
        }

        var session = target.Session ?? host.SessionOf(caller);
        var token = withAntiforgery ? session.Token : null;
        var edit = $"/agenda/{id}/bewerken";
        var story = $"/verhalen/{id}/bewerken";
        return row switch
        {
            ProjectNew => await PostFormAsync(session, "/agenda/nieuw?programma=" + VitaleWijken, "project", token, new() { ["Input.FocusArea"] = "overvecht", ["Input.Title"] = title, ["Input.Pillars[1]"] = "true" }),
            ProjectDetails => await PostFormAsync(session, edit, "project", token, new() { ["Input.FocusArea"] = "overvecht", ["Input.Title"] = title, ["Input.Pillars[2]"] = "true", ["Input.Published"] = "true" }),
            ProjectStatus => await PostFormAsync(session, edit, "status", token, new() { ["Input.Action"] = "Start", ["Input.Date"] = "2024-04-01" }),
            ProgressAdd => await PostFormAsync(session, edit, "voortgang", token, new() { ["Input.Date"] = "2024-06-01", ["Input.Text"] = title }),
            ProgressRemove => await PostFormAsync(session, edit, "voortgang-verwijderen", token, new() { ["Remove.Item"] = Text(target.ProgressId) }),
            OutputAdd => await PostFormAsync(session, edit, "prestatie", token, new() { ["Input.Kind"] = "HowWell", ["Input.Name"] = "Tevreden deelnemers", ["Input.Unit"] = "Percentage" }),
            OutputValue => await PostFormAsync(session, edit, "waarde", token, new() { ["Value.Measure"] = Text(target.MeasureId), ["Value.Period"] = "2025", ["Value.Target"] = "130", ["Value.Realised"] = "12" }),
            OutputRemoveValue => await PostFormAsync(session, edit, "prestatie-verwijderen", token, new() { ["Remove.Item"] = Text(target.MeasureId) + "/2024" }),
            OutputRemove => await PostFormAsync(session, edit, "prestatie-verwijderen", token, new() { ["Remove.Item"] = Text(target.MeasureId) }),
            IndicatorLink => await PostFormAsync(session, edit, "indicator", token, new() { ["Input.Code"] = host.OtherIndicator }),
            IndicatorUnlink => await PostFormAsync(session, edit, "indicator-ontkoppelen", token, new() { ["Remove.Item"] = target.IndicatorCode }),
            FundingAdd => await PostFormAsync(session, edit, "financiering", token, new() { ["Input.Funder"] = "Rijk", ["Input.Year"] = "2025", ["Input.Budget"] = "2500" }),
            FundingRemove => await PostFormAsync(session, edit, "financiering-verwijderen", token, new() { ["Remove.Item"] = Text(target.FundingId) }),
            ProjectDelete => await PostFormAsync(session, $"/agenda/{id}/verwijderen", "verwijderen", token, new() { ["Input.Confirmed"] = "true" }),
            StoryNew => await PostFormAsync(session, "/verhalen/nieuw?programma=" + VitaleWijken, "verhaal", token, StoryFields(title)),
            StoryDetails => await PostFormAsync(session, story, "verhaal", token, StoryFields(title)),
            QuoteAdd => await PostFormAsync(session, story, "citaat-toevoegen", token, new() { ["NewQuote.Text"] = title, ["NewQuote.Attribution"] = "bewoner" }),
            QuoteRemove => await PostFormAsync(session, story, "citaat-verwijderen", token, new() { ["Removal.QuoteId"] = Text(target.QuoteId) }),
            StoryPublish => await PostFormAsync(session, story, "publicatie", token, new() { ["Publication.On"] = "true" }),
            StoryAnonymise => await PostFormAsync(session, story, "anonimiteit", token, new() { ["Anonymity.On"] = "true" }),
            StoryDelete => await PostFormAsync(session, $"/verhalen/{id}/verwijderen", "verhaal-verwijderen", token, []),
            ImportUpload => await UploadAsync(session, token, host.NextFiguresCsv()),
            // With a note: whether the review flags one of the shared host's figures depends on what other rows
            // published before; the matrix asks who may publish, HonestReviewTests what must be confirmed.
            ImportPublish => await PostFormAsync(session, $"/beheer/imports/{id}", "publiceren", token, new() { ["Note"] = "Uitschieters bekeken in de matrixtest." }),
            ImportWithdraw => await PostFormAsync(session, $"/beheer/imports/{id}", "intrekken", token, new() { ["Reason"] = "Verkeerde jaargang ingelezen." }),
            ImportReject => await PostFormAsync(session, $"/beheer/imports/{id}", "verwerpen", token, new() { ["Reason"] = "Cijfers van de verkeerde gemeente." }),
            Logout => await PostFormAsync(session, "/uitloggen", "uitloggen", token, []),
            ProgrammeNew => await PostFormAsync(session, "/beheer/programmas/nieuw", "programma", token, ProgrammeFields(host, MatrixHost.NewProgrammeSlug(), "Matrix " + caller)),
            ProgrammeEdit => await PostFormAsync(session, $"/beheer/programmas/{target.Slug}", "programma", token, ProgrammeFields(host, target.Slug, "Matrix " + caller)),
            IndicatorNew => await PostFormAsync(session, "/beheer/indicatoren/nieuw", "indicatorbeheer", token, IndicatorFields(MatrixHost.NewIndicatorCode(), title)),
            IndicatorEdit => await PostFormAsync(session, $"/beheer/indicatoren/{target.Slug}", "indicatorbeheer", token, IndicatorFields(target.Slug, title)),
            IndicatorRetire => await PostFormAsync(session, $"/beheer/indicatoren/{target.Slug}", "indicator-terugtrekken", token, []),
            Login => await PostFormAsync(session, "/inloggen", "inloggen", token, new() { ["Input.Email"] = MatrixHost.EmailOf(WijkpeilRoles.Viewer), ["Input.Password"] = MatrixHost.Password }),
            SetPassword => await PostFormAsync(session, "/wachtwoord-instellen", "wachtwoord-instellen", token, new() { ["Input.Token"] = "wpl_onbekend", ["Input.Password"] = "een nieuw wachtwoord", ["Input.Confirm"] = "een nieuw wachtwoord" }),
            ForgotPassword => await PostFormAsync(session, "/wachtwoord-vergeten", "wachtwoord-vergeten", token, new() { ["Input.Email"] = MatrixHost.EmailOf(WijkpeilRoles.Viewer) }),
            ChangePassword => await PostFormAsync(session, "/account/wachtwoord", "wachtwoord-wijzigen", token, new() { ["Input.Current"] = MatrixHost.Password, ["Input.Password"] = MatrixHost.Password, ["Input.Confirm"] = MatrixHost.Password }),
            UsersInvite => await PostFormAsync(session, "/beheer/gebruikers", "uitnodigen", token, new() { ["Invite.Email"] = MatrixHost.NewAccountEmail(), ["Invite.Role"] = "Viewer" }),
            UsersRole => await PostFormAsync(session, "/beheer/gebruikers", "rol-wijzigen", token, new() { ["Role.Email"] = target.Slug, ["Role.Role"] = "AreaEditor", ["Role.Gemeenten"] = "GM0344" }),
            UsersDisable => await PostFormAsync(session, "/beheer/gebruikers", "uitschakelen", token, new() { ["Target.Email"] = target.Slug }),
            UsersEnable => await PostFormAsync(session, "/beheer/gebruikers", "inschakelen", token, new() { ["Target.Email"] = target.Slug }),
            UsersRevoke => await PostFormAsync(session, "/beheer/gebruikers", "intrekken", token, new() { ["Target.Email"] = target.Slug }),
            SubsidyApply => await PostFormAsync(session, $"/subsidies/{MatrixHost.SchemeSlug}/aanvragen", "aanvraag", token, ApplicationFields(title, "indienen")),
            SubsidyDraft => await PostFormAsync(session, "/subsidies/aanvraag/" + target.Slug, "concept", token, ApplicationFields(title, "opslaan")),
            SubsidyComplete => await PostFormAsync(session, "/subsidies/aanvraag/" + target.Slug, "aanvulling", token, new() { ["Completion.Confirm"] = "ja" }),
            SubsidyDecide => await PostFormAsync(session, Dossier(id), "besluit", token, new() { ["Decide.Kind"] = "Grant", ["Decide.Amount"] = "1000" }),
            SubsidyAskCompletion => await PostFormAsync(session, Dossier(id), "aanvulling-vragen", token, new() { ["Completion.Message"] = title, ["Completion.TermEndsOn"] = Day(14) }),
            SubsidyDelay => await PostFormAsync(session, Dossier(id), "verdagen", token, new() { ["Delay.NewDeadline"] = Day(120), ["Delay.Reason"] = title }),
            SubsidyNotConsidered => await PostFormAsync(session, Dossier(id), "buiten-behandeling", token, new() { ["NotConsidered.Motivation"] = title }),
            SubsidyObjection => await PostFormAsync(session, Dossier(id), "bezwaar", token, new() { ["Objection.ReceivedOn"] = Day(0), ["Objection.Note"] = title }),
            SubsidyAssign => await PostFormAsync(session, Dossier(id) + "/beoordeling", "beoordelaar-toewijzen", token, new() { ["Input.Email"] = MatrixHost.EmailOf(WijkpeilRoles.Assessor) }),
            SubsidyDeclare => await PostFormAsync(session, $"/beoordelen/{id}", "belangenverklaring", token, new() { ["DeclareInput.Declaration"] = "geen" }),
            SubsidyScores => await PostFormAsync(session, $"/beoordelen/{id}", "beoordeling-scores", token, new() { [$"score-{target.QuoteId}"] = "4", [$"reason-{target.QuoteId}"] = title }),
            SchemeNew => await PostFormAsync(session, "/beheer/subsidies/nieuw", "regeling", token, host.SchemeFields("Matrixregeling " + Guid.NewGuid().ToString("N")[..8])),
            SchemeEdit => await PostFormAsync(session, $"/beheer/subsidies/{id}/regeling", "regeling", token, host.SchemeFields(title.Length > 200 ? title[..200] : title)),
            SchemePublish => await PostFormAsync(session, $"/beheer/subsidies/{id}/regeling", "regeling-publiceren", token, []),
            SchemePlafond => await PostFormAsync(session, $"/beheer/subsidies/{id}/regeling", "plafond-wijzigen", token, new() { ["Plafond.Amount"] = "2000000", ["Plafond.Reason"] = title }),
            SubsidyAdvance => await PostFormAsync(session, Dossier(id), "voorschot", token, new() { ["Advance.PaidOn"] = string.Empty }),
            SubsidySettle => await PostFormAsync(session, Dossier(id), "vaststelling", token, new() { ["Settle.Amount"] = "1000", ["Settle.Reason"] = "AsGranted" }),
            SubsidyBalance => await PostFormAsync(session, Dossier(id), "saldo", token, new() { ["Balance.PaidOn"] = string.Empty }),
            SubsidyReport => await PostFormAsync(session, "/subsidies/aanvraag/" + target.Slug, "verantwoording", token, new() { ["Report.Text"] = title, ["Report.ActualCosts"] = "900" }),
            EventRegister => await PostFormAsync(session, $"/bijeenkomsten/{id}", "aanmelden", token, new() { ["Input.Name"] = title, ["Input.Email"] = $"{Guid.NewGuid():N}@example.nl" }),
            RegistrationCancel => await PostFormAsync(session, "/bijeenkomsten/inschrijving/" + target.Slug, "afmelden", token, []),
            EventAccept => await PostFormAsync(session, "/bijeenkomsten/inschrijving/" + target.Slug, "aanbod-aannemen", token, []),
            EventDecline => await PostFormAsync(session, "/bijeenkomsten/inschrijving/" + target.Slug, "aanbod-afslaan", token, []),
            EventNew => await PostFormAsync(session, "/beheer/bijeenkomsten/nieuw", "bijeenkomst", token, MatrixHost.EventFields(title)),
            EventEdit => await PostFormAsync(session, $"/beheer/bijeenkomsten/{id}", "bijeenkomst", token, MatrixHost.EventFields(title)),
            EventCancel => await PostFormAsync(session, $"/beheer/bijeenkomsten/{id}", "bijeenkomst-afgelasten", token, new() { ["Cancellation.Confirm"] = "true" }),
            EventReportSave => await PostFormAsync(session, $"/beheer/bijeenkomsten/{id}", "bijeenkomst-verslag", token, new() { ["Input.Report"] = title }),
            EventCheckInByName => await PostFormAsync(session, $"/beheer/bijeenkomsten/{id}/aanwezigheid", "aanwezig", token, new() { ["ByName.Change"] = "in-" + target.ProgressId.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            EventCheckInByCode => await PostFormAsync(session, $"/beheer/bijeenkomsten/{id}/aanwezigheid", "inchecken-code", token, new() { ["ByCode.Code"] = target.Slug }),
            LessonNew => await PostFormAsync(session, "/beheer/lessen/nieuw", "les", token, MatrixHost.LessonFields(title)),
            LessonEdit => await PostFormAsync(session, $"/beheer/lessen/{id}", "les-bewerken", token, MatrixHost.LessonFields(title)),
            MeetingPlaceNew => await PostFormAsync(session, "/beheer/ontmoetingsplekken/nieuw", "ontmoetingsplek", token, MatrixHost.MeetingPlaceFields(title)),
            MeetingPlaceEdit => await PostFormAsync(session, $"/beheer/ontmoetingsplekken/{id}", "ontmoetingsplek", token, MatrixHost.MeetingPlaceFields(title)),
            ResearchPlanNew => await PostFormAsync(session, "/beheer/onderzoek/nieuw", "onderzoeksplan", token, MatrixHost.ResearchPlanFields(title, isNew: true)),
            ResearchPlanEdit => await PostFormAsync(session, $"/beheer/onderzoek/{id}", "onderzoeksplan", token, MatrixHost.ResearchPlanFields(title, isNew: false)),
            OpportunityNew => await PostFormAsync(session, "/beheer/meekoppelkansen/nieuw", "meekoppelkans", token, await host.OpportunityFieldsAsync(title)),
            OpportunityEdit => await PostFormAsync(session, $"/beheer/meekoppelkansen/{id}", "meekoppelkans", token, await host.OpportunityFieldsAsync(title)),
            OpportunityStatus => await PostFormAsync(session, $"/beheer/meekoppelkansen/{id}", "meekoppelkans-status", token, new() { ["StatusChange.To"] = "Verkend" }),
            RelatedProgrammeNew => await PostFormAsync(session, "/beheer/meekoppelkansen/programmas", "aanverwant-programma", token, new() { ["Added.Name"] = title + " " + Guid.NewGuid().ToString("N")[..8], ["Added.Themes"] = "wonen" }),
            RelatedProgrammeEdit => await PostFormAsync(session, $"/beheer/meekoppelkansen/programmas/{id}", "aanverwant-programma-wijzigen", token, new() { ["Input.Name"] = title + " " + Guid.NewGuid().ToString("N")[..8], ["Input.Themes"] = "wonen\nzorg" }),
            RoundStart => await PostFormAsync(session, Round(host.NextRoundYear()), "ronde-starten", token, []),
            RoundChoose => await PostFormAsync(session, Round(target.Id), "ronde-kiezen", token, new() { [$"Step.Chosen[{Text(target.ProgressId)}]"] = "true" }),
            RoundSent => await PostFormAsync(session, Round(target.Id), "ronde-verzonden", token, new() { ["Step.Programme"] = Text(target.ProgressId), ["Step.Date"] = MatrixHost.RoundSentOn }),
            RoundResponse => await PostFormAsync(session, Round(target.Id), "ronde-antwoord", token, new() { ["Step.Programme"] = Text(target.ProgressId), ["Step.Date"] = MatrixHost.RoundSentOn, ["Step.Response"] = title }),
            RoundLink => await PostFormAsync(session, Round(target.Id), "ronde-koppelen", token, new() { ["Step.Programme"] = Text(target.ProgressId), ["Step.OpportunityId"] = Text(target.QuoteId) }),
            RoundUnlink => await PostFormAsync(session, Round(target.Id), "ronde-ontkoppelen", token, new() { ["Step.Programme"] = Text(target.ProgressId), ["Step.OpportunityId"] = Text(target.QuoteId) }),
            RoundRemove => await PostFormAsync(session, Round(target.Id), "ronde-weghalen", token, new() { ["Step.Programme"] = Text(target.ProgressId) }),
            _ => throw new InvalidOperationException("The matrix names a form this test does not post: " + row),
        };
    }

    private static string Dossier(string id) => $"/beheer/subsidies/aanvragen/{id}";

    private static string Round(int year) => "/beheer/meekoppelkansen/ronde/" + Text(year);

    /// <summary>A day from today in the form a date field sends (the host runs on the real clock).</summary>
    private static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ApplicationFields(string title, string action) => new()
    {
        ["Input.Kind"] = "Person",
        ["Input.ContactName"] = "Matrix Bewoner",
        ["Input.Email"] = "bewoner@matrix.nl",
        ["Input.Title"] = title.Length > 200 ? title[..200] : title,
        ["Input.Summary"] = "Een initiatief voor de matrix.",
        ["Input.Area"] = "WK034403",
        ["Input.Amount"] = "1000",
        ["Input.StartsOn"] = "2030-01-01",
        ["Input.EndsOn"] = "2030-06-30",
        ["Input.Lines[0].Description"] = "Materiaal",
        ["Input.Lines[0].Amount"] = "1000",
        ["actie"] = action,
    };

    // The matrix host gains programmes of its own (the programme rows), so a new project or story names its programme.
    private const string VitaleWijken = "vitale-wijken";

    private static Dictionary<string, string> StoryFields(string summary) => new()
    {
        ["Input.Method"] = "Interview",
        ["Input.Date"] = "2024-05-14",
        ["Input.Area"] = "WK034403",
        ["Input.Pillar"] = "3",
        ["Input.Summary"] = summary,
    };

    /// <summary>The indicator form's fields for <see cref="MatrixHost.MatrixIndicator"/>.</summary>
    private static Dictionary<string, string> IndicatorFields(string code, string name)
    {
        var definition = MatrixHost.MatrixIndicator(code, name);
        return new()
        {
            ["Input.Code"] = code,
            ["Input.NameNl"] = definition.NameNl!,
            ["Input.NameEn"] = definition.NameEn!,
            ["Input.DefinitionNl"] = definition.DefinitionNl!,
            ["Input.DefinitionEn"] = definition.DefinitionEn!,
            ["Input.Unit"] = definition.Unit!,
            ["Input.Kind"] = definition.Kind!.Value.ToString(),
            ["Input.Polarity"] = definition.Polarity!.Value.ToString(),
            ["Input.SourceKind"] = definition.SourceKind!.Value.ToString(),
            ["Input.Source"] = definition.Source!,
            ["Input.PopulationGroup"] = definition.PopulationGroup!,
        };
    }

    /// <summary>The programme form's fields for <see cref="MatrixHost.MatrixProgramme"/>.</summary>
    private static Dictionary<string, string> ProgrammeFields(MatrixHost host, string slug, string name) => new()
    {
        ["Input.Slug"] = slug,
        ["Input.Name"] = name,
        ["Input.Pillars[0].Number"] = "1",
        ["Input.Pillars[0].NameNl"] = "Wonen",
        ["Input.Pillars[0].NameEn"] = "Housing",
        ["Input.FocusAreas[0].Slug"] = "overvecht",
        ["Input.FocusAreas[0].Name"] = "Overvecht",
        ["Input.FocusAreas[0].Members"] = "WK034403",
        ["Input.Kernset[0].Indicator"] = host.LinkedIndicator,
        ["Input.Kernset[0].Pillar"] = "1",
    };

    /// <summary>Posts a form as a browser would: its fields, <c>_handler</c> and (unless null) the antiforgery token.</summary>
    internal static async Task<HttpResponseMessage> PostFormAsync(Session session, string path, string formName, string? token, Dictionary<string, string> fields)
    {
        fields["_handler"] = formName;
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var form = new FormUrlEncodedContent(fields);
        return await session.Client.PostAsync(new Uri(path, UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts the upload form with a CSV of observations, and any extra fields.</summary>
    internal static async Task<HttpResponseMessage> UploadAsync(Session session, string? token, string csv, params (string Name, string Value)[] extra)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("importeren"), "_handler" },
            { new StringContent("observations"), "Input.Format" },
        };
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        foreach (var (name, value) in extra)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "bestand", "matrix.csv");
        return await session.Client.PostAsync(new Uri("/beheer/imports/nieuw", UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    internal static StringContent Json(object body) =>
        new(JsonSerializer.Serialize(body, body.GetType(), JsonSerializerOptions.Web), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> ExcerptAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return $"Location: {response.Headers.Location}; body: {(body.Length > 400 ? body[..400] : body)}";
    }
}
