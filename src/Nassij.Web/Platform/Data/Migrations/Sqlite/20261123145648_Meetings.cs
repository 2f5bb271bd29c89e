using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Nassij.Web.Platform.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssociationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<int>(type: "INTEGER", nullable: false),
                    OrdinaryQuorumPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtraordinaryQuorumPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondCallAfterDays = table.Column<int>(type: "INTEGER", nullable: false),
                    OrdinaryMajorityPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtraordinaryMajorityPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    AbstentionsCount = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoticeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    TermYears = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxProxiesPerMember = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssociationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondCall = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ConvokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Convoked = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
