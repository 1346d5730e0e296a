using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkpeil.App.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorRatio : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RatioDenominator",
                table: "indicators",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatioNumerator",
                table: "indicators",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RatioScale",
                table: "indicators",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RatioDenominator",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "RatioNumerator",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "RatioScale",
                table: "indicators");
        }
    }
}
