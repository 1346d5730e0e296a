using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Wijkpeil.App.Data.Postgres.Migrations
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
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "lesson_sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lesson_sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "meeting_places",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    FocusAreaCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Activities = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_places", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opportunities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RelatedProgrammeIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    FocusAreaCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    ProjectIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: true),
                    WindowFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    WindowTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opportunities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opportunity_rounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opportunity_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "related_programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_related_programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "research_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    FocusAreaCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Focus = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ResearchQuestions = table.Column<List<string>>(type: "text[]", nullable: false),
                    Methods = table.Column<int[]>(type: "integer[]", nullable: false),
                    TargetGroups = table.Column<List<string>>(type: "text[]", nullable: false),
                    Partners = table.Column<List<string>>(type: "text[]", nullable: false),
                    Planning = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_research_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lessons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FocusAreaCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    PillarNumbers = table.Column<List<int>>(type: "integer[]", nullable: false),
                    AreaKind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Context = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WhatWasTried = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    WhatHappened = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OutputMeasureId = table.Column<int>(type: "integer", nullable: true),
                    OutcomeCaveat = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EffectiveElements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Maturity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SourceEventId = table.Column<int>(type: "integer", nullable: true),
                    SourceId = table.Column<int>(type: "integer", nullable: true),
                    Contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    From = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OpportunityId = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RelatedProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpportunityIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: true)
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
            CREATE TABLE lesson_search (
                lesson_id integer PRIMARY KEY,
                title text NOT NULL,
                text text NOT NULL,
                document tsvector NOT NULL);
            CREATE INDEX ix_lesson_search_document ON lesson_search USING GIN (document);
            """);

            // Focus-area codes of events are the programmes' slugs (lower case); earlier versions stored them upper-cased.
            migrationBuilder.Sql("UPDATE community_events SET \"FocusAreaCodes\" = ARRAY(SELECT lower(c) FROM unnest(\"FocusAreaCodes\") AS c);");
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
