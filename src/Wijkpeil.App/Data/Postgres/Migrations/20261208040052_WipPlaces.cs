using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Wijkpeil.App.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WipPlaces : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_projects_MeetingPlaceId",
                table: "projects",
                column: "MeetingPlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_places_ProgrammeId_FocusAreaCode",
                table: "meeting_places",
                columns: new[] { "ProgrammeId", "FocusAreaCode" });

            migrationBuilder.CreateIndex(
                name: "IX_research_plans_ProgrammeId_FocusAreaCode",
                table: "research_plans",
                columns: new[] { "ProgrammeId", "FocusAreaCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_places");

            migrationBuilder.DropTable(
                name: "research_plans");

            migrationBuilder.DropIndex(
                name: "IX_projects_MeetingPlaceId",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "MeetingPlaceId",
                table: "projects");
        }
    }
}
