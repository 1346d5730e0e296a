using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Wijkpeil.App.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammesAsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Children without a programme (the foreign key was optional) belong to nothing and are shown nowhere; they go
            // before ProgrammeId becomes required.
            migrationBuilder.Sql("""
                DELETE FROM core_indicators WHERE "ProgrammeId" IS NULL;
                DELETE FROM reference_areas WHERE "ProgrammeId" IS NULL;
                DELETE FROM focus_areas WHERE "ProgrammeId" IS NULL;
                DELETE FROM pillars WHERE "ProgrammeId" IS NULL;
                """);

            migrationBuilder.CreateTable(
                name: "focus_area_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AreaCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FocusAreaId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_focus_area_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_focus_area_members_focus_areas_FocusAreaId",
                        column: x => x.FocusAreaId,
                        principalTable: "focus_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Backfill: each member code of the old comma-joined focus_areas.Members text becomes a row, before the column goes.
            migrationBuilder.Sql("""
                INSERT INTO focus_area_members ("FocusAreaId", "AreaCode")
                SELECT DISTINCT f."Id", trim(m.code) FROM focus_areas f CROSS JOIN LATERAL unnest(string_to_array(f."Members", ',')) AS m(code)
                WHERE trim(m.code) <> '';
                """);

            migrationBuilder.DropColumn(
                name: "Members",
                table: "focus_areas");

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "reference_areas",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "programmes",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "pillars",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "NameNl",
                table: "pillars",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400);

            migrationBuilder.AlterColumn<string>(
                name: "NameEn",
                table: "pillars",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400);

            migrationBuilder.AddColumn<int>(
                name: "Order",
                table: "pillars",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "focus_areas",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "core_indicators",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "waves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_waves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_waves_programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wave_sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceTable = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PeriodCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    WaveId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wave_sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wave_sources_waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "waves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reference_areas_ProgrammeId_AreaCode",
                table: "reference_areas",
                columns: new[] { "ProgrammeId", "AreaCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_indicators_ProgrammeId_IndicatorId_BreakdownCode",
                table: "core_indicators",
                columns: new[] { "ProgrammeId", "IndicatorId", "BreakdownCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_focus_area_members_AreaCode",
                table: "focus_area_members",
                column: "AreaCode");

            migrationBuilder.CreateIndex(
                name: "IX_focus_area_members_FocusAreaId",
                table: "focus_area_members",
                column: "FocusAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_wave_sources_WaveId",
                table: "wave_sources",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_waves_ProgrammeId_Slug",
                table: "waves",
                columns: new[] { "ProgrammeId", "Slug" },
                unique: true);

            // Backfill: pillars are shown in number order, as before; the kernset's global insertion order becomes a
            // position within each pillar (0, 1, ...), keeping the same relative order.
            migrationBuilder.Sql("""
                UPDATE pillars SET "Order" = (SELECT COUNT(*) FROM pillars p2 WHERE p2."ProgrammeId" = pillars."ProgrammeId" AND p2."Number" < pillars."Number");
                """);
            migrationBuilder.Sql("""
                UPDATE core_indicators SET "Order" = (
                    SELECT COUNT(*) FROM core_indicators c2
                    WHERE c2."ProgrammeId" = core_indicators."ProgrammeId" AND c2."PillarNumber" = core_indicators."PillarNumber"
                      AND (c2."Order" < core_indicators."Order" OR (c2."Order" = core_indicators."Order" AND c2."Id" < core_indicators."Id")));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "focus_area_members");

            migrationBuilder.DropTable(
                name: "wave_sources");

            migrationBuilder.DropTable(
                name: "waves");

            migrationBuilder.DropIndex(
                name: "IX_reference_areas_ProgrammeId_AreaCode",
                table: "reference_areas");

            migrationBuilder.DropIndex(
                name: "IX_core_indicators_ProgrammeId_IndicatorId_BreakdownCode",
                table: "core_indicators");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "Order",
                table: "pillars");

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "reference_areas",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "pillars",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "NameNl",
                table: "pillars",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "NameEn",
                table: "pillars",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "focus_areas",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<string>(
                name: "Members",
                table: "focus_areas",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "core_indicators",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");
        }
    }
}
