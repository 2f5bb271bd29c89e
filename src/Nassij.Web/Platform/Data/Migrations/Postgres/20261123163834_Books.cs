using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Nassij.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Books : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BookEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssociationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Payee = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CategoryCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: true),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    AgreementId = table.Column<int>(type: "integer", nullable: true),
                    AgreementNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    AgreementDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Funder = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    DeclaredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeclarationReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReceiptFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    DuesPaymentId = table.Column<int>(type: "integer", nullable: true),
                    ReversesEntryId = table.Column<int>(type: "integer", nullable: true),
                    ReversedByEntryId = table.Column<int>(type: "integer", nullable: true),
                    ReversalReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SearchKey = table.Column<string>(type: "character varying(700)", maxLength: 700, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookEntries_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BookProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssociationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookProjects_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BookYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssociationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PublicAccountFiledOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookYears_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssociationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    CategoryCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetLines_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MoneyAccounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssociationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Rib = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MoneyAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MoneyAccounts_Associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "Associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BookLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    AssociationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<int>(type: "integer", nullable: true),
                    CategoryCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookLines_BookEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "BookEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BookEntries_AssociationId_Date",
                table: "BookEntries",
                columns: new[] { "AssociationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_BookEntries_AssociationId_Source_DeclaredOn",
                table: "BookEntries",
                columns: new[] { "AssociationId", "Source", "DeclaredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BookEntries_AssociationId_Year_Number",
                table: "BookEntries",
                columns: new[] { "AssociationId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BookEntries_DuesPaymentId",
                table: "BookEntries",
                column: "DuesPaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_BookLines_AssociationId_AccountId_Year",
                table: "BookLines",
                columns: new[] { "AssociationId", "AccountId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_BookLines_AssociationId_Year_CategoryCode",
                table: "BookLines",
                columns: new[] { "AssociationId", "Year", "CategoryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_BookLines_EntryId",
                table: "BookLines",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_BookProjects_AssociationId",
                table: "BookProjects",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_BookYears_AssociationId_Year",
                table: "BookYears",
                columns: new[] { "AssociationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_AssociationId_Year_ProjectId_CategoryCode",
                table: "BudgetLines",
                columns: new[] { "AssociationId", "Year", "ProjectId", "CategoryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_MoneyAccounts_AssociationId",
                table: "MoneyAccounts",
                column: "AssociationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BookLines");

            migrationBuilder.DropTable(
                name: "BookProjects");

            migrationBuilder.DropTable(
                name: "BookYears");

            migrationBuilder.DropTable(
                name: "BudgetLines");

            migrationBuilder.DropTable(
                name: "MoneyAccounts");

            migrationBuilder.DropTable(
                name: "BookEntries");
        }
    }
}
