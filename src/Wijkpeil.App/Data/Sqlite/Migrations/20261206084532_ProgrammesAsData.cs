using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkpeil.App.Data.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FocusAreaId = table.Column<int>(type: "INTEGER", nullable: false)
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
                WITH RECURSIVE split("FocusAreaId", "Rest", "Code") AS (
                    SELECT "Id", "Members" || ',', '' FROM focus_areas
                    UNION ALL
                    SELECT "FocusAreaId", substr("Rest", instr("Rest", ',') + 1), substr("Rest", 1, instr("Rest", ',') - 1) FROM split WHERE "Rest" <> ''
                )
                INSERT INTO focus_area_members ("FocusAreaId", "AreaCode")
                SELECT DISTINCT "FocusAreaId", trim("Code") FROM split WHERE trim("Code") <> '';
                """);

            migrationBuilder.DropColumn(
                name: "Members",
                table: "focus_areas");

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "reference_areas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "programmes",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "pillars",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Order",
                table: "pillars",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "focus_areas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "core_indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "waves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceTable = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PeriodCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    WaveId = table.Column<int>(type: "INTEGER", nullable: false)
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
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "pillars",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "focus_areas",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "Members",
                table: "focus_areas",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<int>(
                name: "ProgrammeId",
                table: "core_indicators",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");
        }
    }
}
