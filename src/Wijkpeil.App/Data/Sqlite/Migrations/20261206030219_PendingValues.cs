using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkpeil.App.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PendingValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LayoutYear",
                table: "import_batches",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MayCreateIndicators",
                table: "import_batches",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "import_batches",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "pending_areas",
                columns: table => new
                {
                    ImportBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LayoutYear = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pending_areas", x => new { x.ImportBatchId, x.Code });
                    table.ForeignKey(
                        name: "FK_pending_areas_import_batches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "import_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pending_measures",
                columns: table => new
                {
                    ImportBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasureKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pending_measures", x => new { x.ImportBatchId, x.MeasureKey });
                    table.ForeignKey(
                        name: "FK_pending_measures_import_batches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "import_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Hand-written (EF Core has no option for it), as for observations: a draft's values are stored in key
            // order (batch, then place in the file) WITHOUT ROWID, one B-tree per row instead of a rowid table plus
            // the primary key's index. A batch is read, published or discarded as one range of it.
            migrationBuilder.Sql("""
                CREATE TABLE "pending_observations" (
                    "ImportBatchId" INTEGER NOT NULL,
                    "Sequence" INTEGER NOT NULL,
                    "AreaCode" TEXT NOT NULL,
                    "MeasureKey" TEXT NOT NULL,
                    "PeriodCode" TEXT NOT NULL,
                    "BreakdownCode" TEXT NOT NULL,
                    "Value" REAL NOT NULL,
                    "Lower" REAL NULL,
                    "Upper" REAL NULL,
                    "SampleSize" INTEGER NULL,
                    "Row" INTEGER NOT NULL,
                    CONSTRAINT "PK_pending_observations" PRIMARY KEY ("ImportBatchId", "Sequence"),
                    CONSTRAINT "FK_pending_observations_import_batches_ImportBatchId" FOREIGN KEY ("ImportBatchId") REFERENCES "import_batches" ("Id") ON DELETE RESTRICT
                ) WITHOUT ROWID;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_observation_revisions_ReplacedByImportBatchId",
                table: "observation_revisions",
                column: "ReplacedByImportBatchId");

            MoveDraftsToPending(migrationBuilder);
        }

        /// <summary>
        /// Until this migration a draft's values replaced the published ones in observations (issue 9, defect 1). They
        /// move to pending_observations under their batch (withdrawn batches' figures too, as withdrawing now does);
        /// where a draft had hidden a published value that observation_revisions still holds, the newest such value
        /// of a published batch is public again and its revision entry goes, with the newer (draft) history of that
        /// key; any other draft key leaves observations with its history. Plain SQL, so it runs on a database with data.
        /// </summary>
        private static void MoveDraftsToPending(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE import_batches SET "MayCreateIndicators" = CASE WHEN "Format" = 'observations' THEN 0 ELSE 1 END;
                """);

            // Observations store the status as a number: 2 is Published; revisions and batches store names.
            migrationBuilder.Sql("""
                INSERT INTO pending_observations ("ImportBatchId", "Sequence", "AreaCode", "MeasureKey", "PeriodCode", "BreakdownCode", "Value", "Lower", "Upper", "SampleSize", "Row")
                SELECT o."ImportBatchId",
                       CAST(ROW_NUMBER() OVER (PARTITION BY o."ImportBatchId" ORDER BY o."IndicatorId", o."PeriodId", o."BreakdownId", o."AreaId") AS INTEGER) - 1,
                       a."Code",
                       CASE WHEN ib."Format" <> 'observations' AND ib."SourceTable" IS NOT NULL
                            THEN COALESCE((SELECT MIN(m."MeasureKey") FROM indicator_source_mappings m WHERE m."IndicatorId" = o."IndicatorId" AND m."SourceTable" = ib."SourceTable"), i."Code")
                            ELSE i."Code" END,
                       p."Code", b."Code", o."Value", o."Lower", o."Upper", o."SampleSize", 0
                FROM observations o
                JOIN import_batches ib ON ib."Id" = o."ImportBatchId"
                JOIN areas a ON a."Id" = o."AreaId"
                JOIN indicators i ON i."Id" = o."IndicatorId"
                JOIN periods p ON p."Id" = o."PeriodId"
                JOIN breakdowns b ON b."Id" = o."BreakdownId"
                WHERE o."Status" <> 2;
                """);
            migrationBuilder.Sql("""
                CREATE TEMPORARY TABLE restored_values AS
                SELECT o."IndicatorId", o."PeriodId", o."BreakdownId", o."AreaId", MAX(r."Id") AS "RevisionId"
                FROM observations o
                JOIN observation_revisions r ON r."IndicatorId" = o."IndicatorId" AND r."PeriodId" = o."PeriodId" AND r."BreakdownId" = o."BreakdownId" AND r."AreaId" = o."AreaId"
                JOIN import_batches rb ON rb."Id" = r."ImportBatchId"
                WHERE o."Status" <> 2 AND rb."Status" = 'Published'
                GROUP BY o."IndicatorId", o."PeriodId", o."BreakdownId", o."AreaId";
                """);
            migrationBuilder.Sql("""
                UPDATE observations AS o
                SET "Value" = r."Value", "Lower" = r."Lower", "Upper" = r."Upper", "SampleSize" = r."SampleSize", "Status" = 2, "ImportBatchId" = r."ImportBatchId"
                FROM restored_values c
                JOIN observation_revisions r ON r."Id" = c."RevisionId"
                WHERE o."IndicatorId" = c."IndicatorId" AND o."PeriodId" = c."PeriodId" AND o."BreakdownId" = c."BreakdownId" AND o."AreaId" = c."AreaId";
                """);
            migrationBuilder.Sql("""
                DELETE FROM observation_revisions
                WHERE EXISTS (SELECT 1 FROM restored_values c
                              WHERE c."IndicatorId" = observation_revisions."IndicatorId" AND c."PeriodId" = observation_revisions."PeriodId"
                                AND c."BreakdownId" = observation_revisions."BreakdownId" AND c."AreaId" = observation_revisions."AreaId"
                                AND observation_revisions."Id" >= c."RevisionId");
                """);
            migrationBuilder.Sql("""
                DELETE FROM observation_revisions
                WHERE EXISTS (SELECT 1 FROM observations o
                              WHERE o."Status" <> 2 AND o."IndicatorId" = observation_revisions."IndicatorId" AND o."PeriodId" = observation_revisions."PeriodId"
                                AND o."BreakdownId" = observation_revisions."BreakdownId" AND o."AreaId" = observation_revisions."AreaId");
                """);
            migrationBuilder.Sql("""DELETE FROM observations WHERE "Status" <> 2;""");
            migrationBuilder.Sql("DROP TABLE restored_values;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Pending values are not put back into observations: going back drops the drafts still waiting.
            migrationBuilder.DropTable(
                name: "pending_areas");

            migrationBuilder.DropTable(
                name: "pending_measures");

            migrationBuilder.DropTable(
                name: "pending_observations");

            migrationBuilder.DropIndex(
                name: "IX_observation_revisions_ReplacedByImportBatchId",
                table: "observation_revisions");

            migrationBuilder.DropColumn(
                name: "LayoutYear",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "MayCreateIndicators",
                table: "import_batches");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "import_batches");
        }
    }
}
