using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkpeil.App.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentPerAssessor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_subsidy_assessments_ApplicationId",
                table: "subsidy_assessments");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_assessments_ApplicationId_AssessorId",
                table: "subsidy_assessments",
                columns: new[] { "ApplicationId", "AssessorId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_subsidy_assessments_ApplicationId_AssessorId",
                table: "subsidy_assessments");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_assessments_ApplicationId",
                table: "subsidy_assessments",
                column: "ApplicationId");
        }
    }
}
