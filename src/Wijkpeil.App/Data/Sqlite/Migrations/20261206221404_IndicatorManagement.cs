using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkpeil.App.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorManagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RetiredAt",
                table: "indicators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceKind",
                table: "indicators",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<string>(
                name: "Breakdown",
                table: "indicator_source_mappings",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Backfill (hand-written, the same SQL on both providers): RIVM/GGD's health monitor (table 50090NED) is a
            // survey with a sampling error; every other curated indicator of the catalogue came from a CBS register
            // (kerncijfers wijken en buurten, nabijheid). An indicator an import created and nobody described keeps
            // Unknown unless it is fed by 50090NED: whoever describes it says which it is.
            migrationBuilder.Sql("""
                UPDATE indicators SET "SourceKind" = 'Survey'
                WHERE "Source" LIKE '%RIVM%' OR "Source" LIKE '%GGD%'
                   OR "Id" IN (SELECT "IndicatorId" FROM indicator_source_mappings WHERE "SourceTable" = '50090NED');
                """);
            migrationBuilder.Sql("""
                UPDATE indicators SET "SourceKind" = 'Register'
                WHERE "SourceKind" = 'Unknown' AND "IsCurated";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "SourceKind",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "Breakdown",
                table: "indicator_source_mappings");
        }
    }
}
