using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkpeil.App.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Subsidies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "subsidy_schemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FocusAreas = table.Column<string>(type: "TEXT", nullable: false),
                    ProjectIds = table.Column<string>(type: "TEXT", nullable: false),
                    PlafondCents = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Allocation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TieBreak = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LotSeed = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MinimumCents = table.Column<long>(type: "INTEGER", nullable: false),
                    MaximumCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Eligibility = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ScaleMin = table.Column<int>(type: "INTEGER", nullable: false),
                    ScaleMax = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumScore = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    DecisionTermWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    AdvancePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    FinalReportTermWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectionClause = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsExampleData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_schemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_schemes_programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_applications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AccessHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApplicantKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    KvkNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApplicantPostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ApplicantCity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    AmountRequestedCents = table.Column<long>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Planning = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompleteAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DelayedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DelayAnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DelayReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    GrantedCents = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionMotivation = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReportDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportSubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportText = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ActualCostsCents = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportReminderSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SettledCents = table.Column<long>(type: "INTEGER", nullable: true),
                    SettlementReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SettlementExplanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnonymisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsExampleData = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_applications_subsidy_schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "subsidy_schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_attachment_requirements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    FileTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MaxBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    IsRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    SchemeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_attachment_requirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_attachment_requirements_subsidy_schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "subsidy_schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_criteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_criteria_subsidy_schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "subsidy_schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_plafond_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousCents = table.Column<long>(type: "INTEGER", nullable: false),
                    EffectiveAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SchemeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_plafond_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_plafond_changes_subsidy_schemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "subsidy_schemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_assessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssessorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Declaration = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConflictNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_assessments_subsidy_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "subsidy_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequirementId = table.Column<int>(type: "INTEGER", nullable: true),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    FileType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_attachments_subsidy_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "subsidy_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_budget_lines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_budget_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_budget_lines_subsidy_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "subsidy_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_completion_requests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_completion_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_completion_requests_subsidy_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "subsidy_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_decision_motivations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CriterionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_decision_motivations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_decision_motivations_subsidy_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "subsidy_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_objections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_objections_subsidy_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "subsidy_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_payments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_payments_subsidy_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "subsidy_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_scores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CriterionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    NotApplicable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_scores_subsidy_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "subsidy_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_applications_AccessHash",
                table: "subsidy_applications",
                column: "AccessHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_applications_SchemeId_Status",
                table: "subsidy_applications",
                columns: new[] { "SchemeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_assessments_ApplicationId",
                table: "subsidy_assessments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_assessments_AssessorId",
                table: "subsidy_assessments",
                column: "AssessorId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_attachment_requirements_SchemeId",
                table: "subsidy_attachment_requirements",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_attachments_ApplicationId",
                table: "subsidy_attachments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_attachments_StoredName",
                table: "subsidy_attachments",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_budget_lines_ApplicationId",
                table: "subsidy_budget_lines",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_completion_requests_ApplicationId",
                table: "subsidy_completion_requests",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_criteria_SchemeId",
                table: "subsidy_criteria",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_decision_motivations_ApplicationId",
                table: "subsidy_decision_motivations",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_objections_ApplicationId",
                table: "subsidy_objections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_payments_ApplicationId",
                table: "subsidy_payments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_plafond_changes_SchemeId",
                table: "subsidy_plafond_changes",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_schemes_Gemeente",
                table: "subsidy_schemes",
                column: "Gemeente");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_schemes_Slug",
                table: "subsidy_schemes",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_scores_AssessmentId",
                table: "subsidy_scores",
                column: "AssessmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "subsidy_attachment_requirements");

            migrationBuilder.DropTable(
                name: "subsidy_attachments");

            migrationBuilder.DropTable(
                name: "subsidy_budget_lines");

            migrationBuilder.DropTable(
                name: "subsidy_completion_requests");

            migrationBuilder.DropTable(
                name: "subsidy_criteria");

            migrationBuilder.DropTable(
                name: "subsidy_decision_motivations");

            migrationBuilder.DropTable(
                name: "subsidy_objections");

            migrationBuilder.DropTable(
                name: "subsidy_payments");

            migrationBuilder.DropTable(
                name: "subsidy_plafond_changes");

            migrationBuilder.DropTable(
                name: "subsidy_scores");

            migrationBuilder.DropTable(
                name: "subsidy_assessments");

            migrationBuilder.DropTable(
                name: "subsidy_applications");

            migrationBuilder.DropTable(
                name: "subsidy_schemes");
        }
    }
}
