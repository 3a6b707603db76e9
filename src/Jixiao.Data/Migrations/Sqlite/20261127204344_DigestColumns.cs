using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DigestColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VersionDigests",
                columns: table => new
                {
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExecutionRate = table.Column<decimal>(type: "TEXT", nullable: true),
                    AdjustedBudget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ActualExpenditure = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    StatedScore = table.Column<decimal>(type: "TEXT", nullable: true),
                    RecomputedScore = table.Column<decimal>(type: "TEXT", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StatedGrade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IndicatorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RatedIndicators = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorsAtHundred = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorsOverTarget = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VersionDigests", x => x.VersionId);
                    table.ForeignKey(
                        name: "FK_VersionDigests_ReportVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ReportVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportVersions_Listing",
                table: "ReportVersions",
                columns: new[] { "ReportId", "Number", "Errors", "Warnings", "Infos", "Created", "ContentHash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VersionDigests");

            migrationBuilder.DropIndex(
                name: "IX_ReportVersions_Listing",
                table: "ReportVersions");
        }
    }
}
