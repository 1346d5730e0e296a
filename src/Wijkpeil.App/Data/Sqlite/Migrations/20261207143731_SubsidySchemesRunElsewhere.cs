using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkpeil.App.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SubsidySchemesRunElsewhere : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsRunElsewhere",
                table: "subsidy_schemes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsRunElsewhere",
                table: "subsidy_schemes");
        }
    }
}
