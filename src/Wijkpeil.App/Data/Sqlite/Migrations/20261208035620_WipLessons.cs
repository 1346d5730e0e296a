using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Wijkpeil.App.Data.Sqlite.Migrations
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

            // The lessons' full-text index, as SqliteLessonSearch.CreateTableSql has it (EF models no FTS5 table or tsvector column).
            migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE lesson_search USING fts5(
                title_terms, tag_terms, text_terms, title UNINDEXED, text UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 0');
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
