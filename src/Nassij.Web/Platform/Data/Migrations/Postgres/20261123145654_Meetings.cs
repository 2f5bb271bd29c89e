using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Nassij.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Meetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BodyRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssociationId = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<int>(type: "integer", nullable: false),
                    OrdinaryQuorumPercent = table.Column<int>(type: "integer", nullable: false),
                    ExtraordinaryQuorumPercent = table.Column<int>(type: "integer", nullable: false),
                    SecondCallAfterDays = table.Column<int>(type: "integer", nullable: false),
                    OrdinaryMajorityPercent = table.Column<int>(type: "integer", nullable: false),
                    ExtraordinaryMajorityPercent = table.Column<int>(type: "integer", nullable: false),
                    AbstentionsCount = table.Column<bool>(type: "boolean", nullable: false),
                    NoticeDays = table.Column<int>(type: "integer", nullable: false),
                    TermYears = table.Column<int>(type: "integer", nullable: false),
                    MaxProxiesPerMember = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodyRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BodyRules_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssociationId = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    SecondCall = table.Column<bool>(type: "boolean", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Agenda = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ConvokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Convoked = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BodyRules_AssociationId_Body",
                table: "BodyRules",
                columns: new[] { "AssociationId", "Body" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_AssociationId_StartsAt",
                table: "Meetings",
                columns: new[] { "AssociationId", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BodyRules");

            migrationBuilder.DropTable(
                name: "Meetings");
        }
    }
}
