namespace Wijkpeil.App.Modules.Audit.Contracts;

/// <summary>The entity types the audit trail names; stored as text, so they must never be renamed.</summary>
public static class AuditEntityTypes
{
    public const string Project = "project";
    public const string Story = "story";
    public const string User = "user";
    public const string ImportBatch = "import-batch";

    /// <summary>The publication status of an import batch's figures (published, withdrawn, rejected).</summary>
    public const string ObservationStatus = "observation-status";

    /// <summary>An import of the CBS region list into the area register (<c>wijkpeil import regions</c>); keyed by file name.</summary>
    public const string AreaRegister = "area-register";

    /// <summary>An import of area boundaries (<c>wijkpeil import boundaries</c>); keyed by file name.</summary>
    public const string AreaBoundaries = "area-boundaries";

    /// <summary>A programme's definition (pillars, focus areas, reference areas, kernset, waves); keyed by its id.</summary>
    public const string Programme = "programme";

    /// <summary>An indicator of the catalogue (description, source kind, mappings, retirement); keyed by its code, which never changes.</summary>
    public const string Indicator = "indicator";

    /// <summary>A subsidy scheme (terms, publication, plafond changes); keyed by its id.</summary>
    public const string SubsidyScheme = "subsidy-scheme";

    /// <summary>A subsidy application's handling (filing, completion, decision, payments, settlement); keyed by its id, never its personal data.</summary>
    public const string SubsidyApplication = "subsidy-application";

    /// <summary>An assessor's assignment, conflict declaration and scores; keyed by the assessment's id.</summary>
    public const string SubsidyAssessment = "subsidy-assessment";

    /// <summary>A view of an applicant's personal data by an officer or assessor (AVG); keyed by the application's id.</summary>
    public const string SubsidyPersonalData = "subsidy-personal-data";

    /// <summary>A Community of Practice event (details, publication, cancellation); keyed by its id.</summary>
    public const string CommunityEvent = "community-event";

    /// <summary>A lesson of the lessons library (details, publication, its source registered with it); keyed by its id.</summary>
    public const string Lesson = "lesson";

    /// <summary>A meeting place in the register (name, focus area, address, point); keyed by its id.</summary>
    public const string MeetingPlace = "meeting-place";

    /// <summary>A focus area's local research plan; keyed by its id.</summary>
    public const string ResearchPlan = "research-plan";

    /// <summary>A meekoppelkans of the register (details and status steps); keyed by its id.</summary>
    public const string Opportunity = "opportunity";

    /// <summary>A related programme the agenda is sent to (name, themes, contact); keyed by its id.</summary>
    public const string RelatedProgramme = "related-programme";

    /// <summary>A yearly round of meekoppelkansen (start, chosen programmes, sent, responses, links); keyed by its year.</summary>
    public const string OpportunityRound = "opportunity-round";
}
