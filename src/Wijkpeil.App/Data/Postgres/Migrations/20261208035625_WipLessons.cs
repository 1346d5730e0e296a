using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Wijkpeil.App.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WipLessons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.InsertData(
                table: "lesson_sources",
                columns: new[] { "Id", "Kind", "Title", "Url" },
                values: new object[,]
                {
                    { 1, "ExternalReport", "Platform31: Provinciale samenwerking in de wijkaanpak: tips uit regio Utrecht", "https://www.platform31.nl/artikelen/provinciale-samenwerking-in-de-wijkaanpak-tips-uit-regio-utrecht/" },
                    { 2, "ExternalReport", "KWINK groep: Inspiratiedocument over het monitoren van een integrale wijkaanpak", "https://www.kwinkgroep.nl/2024/04/inspiratiedocument-over-het-monitoren-van-een-integrale-wijkaanpak-openbaar/" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_lessons_IsPublished_CreatedAt",
                table: "lessons",
                columns: new[] { "IsPublished", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lessons_ProjectId",
                table: "lessons",
                column: "ProjectId");

            // The lessons' full-text index, as PostgresLessonSearch.CreateTableSql has it (EF models no FTS5 table or tsvector column).
            migrationBuilder.Sql("""
            CREATE TABLE lesson_search (
                lesson_id integer PRIMARY KEY,
                title text NOT NULL,
                text text NOT NULL,
                document tsvector NOT NULL);
            CREATE INDEX ix_lesson_search_document ON lesson_search USING GIN (document);
            """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS lesson_search;");

            migrationBuilder.DropTable(
                name: "lessons");

            migrationBuilder.DropTable(
                name: "lesson_sources");
        }
    }
}
