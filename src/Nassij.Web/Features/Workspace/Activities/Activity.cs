using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nassij.Web.Features.Associations;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Workspace.Activities;

/// <summary>Something the association does — a workshop, a campaign, a training day: planned, then recorded with who came,
/// what came of it, its photos and signed attendance sheet. Linked to a grant agreement, it feeds that grant's report.</summary>
public sealed class Activity
{
    public int Id { get; set; }
    public int AssociationId { get; set; }
    public required string Title { get; set; }
    public DateOnly StartsOn { get; set; }
    public required string Place { get; set; }
    public string Description { get; set; } = string.Empty;
    public int? AgreementId { get; set; }
    public int? PlannedParticipants { get; set; }
    public bool Done { get; set; }
    public int? Participants { get; set; }
    public int? Women { get; set; }
    public int? Youth { get; set; }
    public string? Outcome { get; set; }
    public Guid? AttendanceFileId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<ActivityPhoto> Photos { get; set; } = [];
}

public sealed class ActivityPhoto
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public Guid FileId { get; set; }
}

public sealed class ActivityForm
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [DataType(DataType.Date)]
    [Display(Name = "Date")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This is too long.")]
    [Display(Name = "Place")]
    public string? Place { get; set; }

    [StringLength(2000, ErrorMessage = "This is too long.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Range(0, 100_000, ErrorMessage = "Enter a number between 0 and 100,000.")]
    [Display(Name = "Participants expected")]
    public int? PlannedParticipants { get; set; }

    [Display(Name = "Grant agreement")]
    public int? AgreementId { get; set; }
}

/// <summary>The activities done under an agreement, written as a grant report's narrative expects them.</summary>
public static class ActivityDigest
{
    public static async Task<(string Text, int Participants)> For(NassijDb db, int associationId, int agreementId, Func<Activity, string> line, CancellationToken cancel)
    {
        var done = await db.Activities.AsNoTracking().Where(a => a.AssociationId == associationId && a.AgreementId == agreementId && a.Done)
            .OrderBy(a => a.StartsOn).Take(200).ToListAsync(cancel);
        return (string.Join('\n', done.Select(line)), done.Sum(a => a.Participants ?? 0));
    }

    public static string Count(int? value) => (value ?? 0).ToString(CultureInfo.CurrentCulture);
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Place).HasMaxLength(200);
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Property(a => a.Outcome).HasMaxLength(2000);
        builder.HasIndex(a => new { a.AssociationId, a.StartsOn });
        builder.HasIndex(a => new { a.AssociationId, a.AgreementId });
        builder.HasMany(a => a.Photos).WithOne().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Association>().WithMany().HasForeignKey(a => a.AssociationId).OnDelete(DeleteBehavior.Cascade);
    }
}
