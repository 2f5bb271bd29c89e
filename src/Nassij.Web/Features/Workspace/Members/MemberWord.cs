using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nassij.Web.Features.Workspace.Members;

/// <summary>One searchable word of a member (a name's word, the ID number, the phone), with the member's sort
/// name beside it: a search reads the (association, word, name) index already in list order, and several words
/// are merged on that order, so a page of results costs a few index entries whatever the association's size.</summary>
public sealed class MemberWord
{
    public int MemberId { get; set; }
    public Member? Member { get; set; }
    public int AssociationId { get; set; }
    public required string Word { get; set; }
    public required string SortName { get; set; }
}

internal sealed class MemberWordConfiguration : IEntityTypeConfiguration<MemberWord>
{
    public void Configure(EntityTypeBuilder<MemberWord> builder)
    {
        builder.HasKey(w => new { w.MemberId, w.Word });
        builder.Property(w => w.Word).HasMaxLength(MemberWords.LongestWord);
        builder.Property(w => w.SortName).HasMaxLength(200);
        builder.HasIndex(w => new { w.AssociationId, w.Word, w.SortName, w.MemberId });
        builder.HasOne(w => w.Member).WithMany().HasForeignKey(w => w.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
