using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkpeil.App.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ImportReviewDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublicationNote",
                table: "import_batches",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RemovedOnWithdrawal",
                table: "import_batches",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RestoredOnWithdrawal",
                table: "import_batches",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublicationNote",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "RemovedOnWithdrawal",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "RestoredOnWithdrawal",
                table: "import_batches");
        }
    }
}
