using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DigestColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DigestVersion",
                table: "ReportVersions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "ExecutionRate",
                table: "ReportVersions",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ExpenditureAdjusted",
                table: "ReportVersions",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Grade",
                table: "ReportVersions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IndicatorCount",
                table: "ReportVersions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "IndicatorDigest",
                table: "ReportVersions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IndicatorsAtHundred",
                table: "ReportVersions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "IndicatorsOverTarget",
                table: "ReportVersions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RatedIndicators",
                table: "ReportVersions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "RecomputedScore",
                table: "ReportVersions",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatedGrade",
                table: "ReportVersions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "StatedScore",
                table: "ReportVersions",
                type: "numeric",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DigestVersion",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "ExecutionRate",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "ExpenditureAdjusted",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "Grade",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "IndicatorCount",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "IndicatorDigest",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "IndicatorsAtHundred",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "IndicatorsOverTarget",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "RatedIndicators",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "RecomputedScore",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "StatedGrade",
                table: "ReportVersions");

            migrationBuilder.DropColumn(
                name: "StatedScore",
                table: "ReportVersions");
        }
    }
}
