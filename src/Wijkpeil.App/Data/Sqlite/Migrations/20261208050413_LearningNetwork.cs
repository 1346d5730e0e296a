using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Wijkpeil.App.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LearningNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MeetingPlaceId",
                table: "projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "lesson_sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lesson_sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "meeting_places",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    FocusAreaCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Activities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_places", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opportunities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RelatedProgrammeIds = table.Column<string>(type: "TEXT", nullable: false),
                    FocusAreaCodes = table.Column<string>(type: "TEXT", nullable: false),
                    ProjectIds = table.Column<string>(type: "TEXT", nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: true),
                    WindowFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WindowTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opportunities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opportunity_rounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opportunity_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "related_programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_related_programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "research_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    FocusAreaCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Focus = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ResearchQuestions = table.Column<string>(type: "TEXT", nullable: false),
                    Methods = table.Column<string>(type: "TEXT", nullable: false),
                    TargetGroups = table.Column<string>(type: "TEXT", nullable: false),
                    Partners = table.Column<string>(type: "TEXT", nullable: false),
                    Planning = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_research_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lessons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FocusAreaCodes = table.Column<string>(type: "TEXT", nullable: false),
                    PillarNumbers = table.Column<string>(type: "TEXT", nullable: false),
                    AreaKind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Context = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WhatWasTried = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    WhatHappened = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OutputMeasureId = table.Column<int>(type: "INTEGER", nullable: true),
                    OutcomeCaveat = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EffectiveElements = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Maturity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SourceEventId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lessons_lesson_sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "lesson_sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "opportunity_status_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OpportunityId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opportunity_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opportunity_status_changes_opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "round_programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RelatedProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpportunityIds = table.Column<string>(type: "TEXT", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_round_programmes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_round_programmes_opportunity_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "opportunity_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_round_programmes_related_programmes_RelatedProgrammeId",
                        column: x => x.RelatedProgrammeId,
                        principalTable: "related_programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "lesson_sources",
                columns: new[] { "Id", "Kind", "Title", "Url" },
                values: new object[,]
                {
                    { 1, "ExternalReport", "Platform31: Provinciale samenwerking in de wijkaanpak: tips uit regio Utrecht", "https://www.platform31.nl/artikelen/provinciale-samenwerking-in-de-wijkaanpak-tips-uit-regio-utrecht/" },
                    { 2, "ExternalReport", "KWINK groep: Inspiratiedocument over het monitoren van een integrale wijkaanpak", "https://www.kwinkgroep.nl/2024/04/inspiratiedocument-over-het-monitoren-van-een-integrale-wijkaanpak-openbaar/" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_projects_MeetingPlaceId",
                table: "projects",
                column: "MeetingPlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_lessons_IsPublished_CreatedAt",
                table: "lessons",
                columns: new[] { "IsPublished", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lessons_ProjectId",
                table: "lessons",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_places_ProgrammeId_FocusAreaCode",
                table: "meeting_places",
                columns: new[] { "ProgrammeId", "FocusAreaCode" });

            migrationBuilder.CreateIndex(
                name: "IX_opportunities_ProgrammeId",
                table: "opportunities",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_opportunity_rounds_Year",
                table: "opportunity_rounds",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_related_programmes_Name",
                table: "related_programmes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_research_plans_ProgrammeId_FocusAreaCode",
                table: "research_plans",
                columns: new[] { "ProgrammeId", "FocusAreaCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_round_programmes_RoundId_RelatedProgrammeId",
                table: "round_programmes",
                columns: new[] { "RoundId", "RelatedProgrammeId" },
                unique: true);

            migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE lesson_search USING fts5(
                title_terms, tag_terms, text_terms, title UNINDEXED, text UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 0');
            """);

            // Focus-area codes of events are the programmes' slugs (lower case); earlier versions stored them upper-cased.
            migrationBuilder.Sql("UPDATE community_events SET \"FocusAreaCodes\" = lower(\"FocusAreaCodes\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS lesson_search;");

            migrationBuilder.DropTable(
                name: "lessons");

            migrationBuilder.DropTable(
                name: "meeting_places");

            migrationBuilder.DropTable(
                name: "opportunity_status_changes");

            migrationBuilder.DropTable(
                name: "research_plans");

            migrationBuilder.DropTable(
                name: "round_programmes");

            migrationBuilder.DropTable(
                name: "lesson_sources");

            migrationBuilder.DropTable(
                name: "opportunities");

            migrationBuilder.DropTable(
                name: "opportunity_rounds");

            migrationBuilder.DropTable(
                name: "related_programmes");

            migrationBuilder.DropIndex(
                name: "IX_projects_MeetingPlaceId",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "MeetingPlaceId",
                table: "projects");
        }
    }
}
