using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Wijkpeil.App.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    Gemeente = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FocusAreas = table.Column<List<string>>(type: "text[]", nullable: false),
                    ProjectIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    PlafondCents = table.Column<long>(type: "bigint", nullable: false),
                    GrantedCents = table.Column<long>(type: "bigint", nullable: false),
                    Allocation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TieBreak = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    LotSeed = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MinimumCents = table.Column<long>(type: "bigint", nullable: false),
                    MaximumCents = table.Column<long>(type: "bigint", nullable: false),
                    Eligibility = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ScaleMin = table.Column<int>(type: "integer", nullable: false),
                    ScaleMax = table.Column<int>(type: "integer", nullable: false),
                    MinimumScore = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    DecisionTermWeeks = table.Column<int>(type: "integer", nullable: false),
                    AdvancePercent = table.Column<int>(type: "integer", nullable: false),
                    FinalReportTermWeeks = table.Column<int>(type: "integer", nullable: false),
                    ObjectionClause = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsExampleData = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchemeId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AccessHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicantKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApplicantEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OrganisationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    KvkNumber = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApplicantPostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ApplicantCity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Area = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    AmountRequestedCents = table.Column<long>(type: "bigint", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Planning = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompleteAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DelayedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    DelayAnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DelayReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    GrantedCents = table.Column<long>(type: "bigint", nullable: true),
                    DecisionMotivation = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReportDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportSubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReportText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ActualCostsCents = table.Column<long>(type: "bigint", nullable: true),
                    ReportReminderSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SettledCents = table.Column<long>(type: "bigint", nullable: true),
                    SettlementReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SettlementExplanation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnonymisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsExampleData = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    FileTypes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MaxBytes = table.Column<long>(type: "bigint", nullable: false),
                    IsRequired = table.Column<bool>(type: "boolean", nullable: false),
                    SchemeId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    SchemeId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    PreviousCents = table.Column<long>(type: "bigint", nullable: false),
                    EffectiveAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SchemeId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    AssessorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AssessorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AssignedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Declaration = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConflictNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequirementId = table.Column<int>(type: "integer", nullable: true),
                    OriginalName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    FileType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TermEndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_completion_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_completion_requests_subsidy_applications_Applicatio~",
                        column: x => x.ApplicationId,
                        principalTable: "subsidy_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_decision_motivations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CriterionId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_decision_motivations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_subsidy_decision_motivations_subsidy_applications_Applicati~",
                        column: x => x.ApplicationId,
                        principalTable: "subsidy_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_objections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InTime = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CriterionId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    NotApplicable = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false)
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
