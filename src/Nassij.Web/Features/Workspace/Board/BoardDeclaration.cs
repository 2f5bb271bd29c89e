using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Associations;

namespace Nassij.Web.Features.Workspace.Board;

public enum DeclarationReason
{
    BoardRenewed = 1,
    StatutesAmended = 2,
}

/// <summary>A board member as declared to the local authority: what the board table of the declaration asks.</summary>
public sealed record DeclaredBoardMember(Office Office, string FullName, string? NationalId, string? Nationality, string? Profession, string? Address);

/// <summary>A change the local authority must be told of within one month (art. 5 of the Dahir of 15 November 1958):
/// the board renewed or the statutes amended. It stays on the dashboard until it is marked as filed with its receipt.</summary>
public sealed class BoardDeclaration
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public DeclarationReason Reason { get; set; }
    public DateOnly DecidedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public int? MeetingId { get; set; }

    /// <summary>The board as declared, kept with the declaration so that its file reads the same years later.</summary>
    public string BoardJson { get; set; } = "[]";
    public DateOnly? FiledOn { get; set; }
    public string? ReceiptReference { get; set; }
    public Guid? ReceiptFileId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedByName { get; set; }

    public IReadOnlyList<DeclaredBoardMember> Board
    {
        get => JsonSerializer.Deserialize<List<DeclaredBoardMember>>(BoardJson) ?? [];
        set => BoardJson = JsonSerializer.Serialize(value);
    }
}

internal sealed class BoardDeclarationConfiguration : IEntityTypeConfiguration<BoardDeclaration>
{
    public void Configure(EntityTypeBuilder<BoardDeclaration> builder)
    {
        builder.Ignore(d => d.Board);
        builder.Property(d => d.ReceiptReference).HasMaxLength(100);
        builder.Property(d => d.CreatedByName).HasMaxLength(256);
        // Declarations not yet filed, for the dashboard.
        builder.HasIndex(d => new { d.AssociationId, d.FiledOn });
        builder.HasOne<Association>().WithMany().HasForeignKey(d => d.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}
