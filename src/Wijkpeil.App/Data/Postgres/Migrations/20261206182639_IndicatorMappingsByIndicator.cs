using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkpeil.App.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorMappingsByIndicator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_indicator_source_mappings_IndicatorId",
                table: "indicator_source_mappings",
                column: "IndicatorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_indicator_source_mappings_IndicatorId",
                table: "indicator_source_mappings");
        }
    }
}
