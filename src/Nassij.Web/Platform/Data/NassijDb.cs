using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Associations;
using Nassij.Web.Features.Funding.Agreements;
using Nassij.Web.Features.Funding.Applications;
using Nassij.Web.Features.Funding.Calls;
using Nassij.Web.Features.Funding.Evaluations;
using Nassij.Web.Features.Funding.Reports;
using Nassij.Web.Features.Support.Cases;
using Nassij.Web.Features.Workspace.Members;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;

namespace Nassij.Web.Platform.Data;

/// <summary>
/// The one database context. Each provider has a subclass so that each keeps its own
/// migrations (SQLite and PostgreSQL differ in types and indexes); pages use this type.
/// </summary>
public abstract class NassijDb(DbContextOptions options)
    : IdentityDbContext<Person, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Association> Associations => Set<Association>();
    public DbSet<BoardMember> BoardMembers => Set<BoardMember>();
    public DbSet<DirectoryWord> DirectoryWords => Set<DirectoryWord>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<MemberWord> MemberWords => Set<MemberWord>();
    public DbSet<Features.Workspace.Members.Import.MemberImport> MemberImports => Set<Features.Workspace.Members.Import.MemberImport>();
    public DbSet<Features.Workspace.Dues.FeeSchedule> FeeSchedules => Set<Features.Workspace.Dues.FeeSchedule>();
    public DbSet<Features.Workspace.Me.ErasureRequest> ErasureRequests => Set<Features.Workspace.Me.ErasureRequest>();
    public DbSet<Features.Workspace.Governance.Meeting> Meetings => Set<Features.Workspace.Governance.Meeting>();
    public DbSet<Features.Workspace.Governance.BodyRules> BodyRules => Set<Features.Workspace.Governance.BodyRules>();
    public DbSet<Features.Workspace.Governance.Resolution> Resolutions => Set<Features.Workspace.Governance.Resolution>();
    public DbSet<Features.Workspace.Dues.MemberDues> MemberDues => Set<Features.Workspace.Dues.MemberDues>();
    public DbSet<Features.Workspace.Dues.DuesPayment> DuesPayments => Set<Features.Workspace.Dues.DuesPayment>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<Lot> Lots => Set<Lot>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<Tranche> Tranches => Set<Tranche>();
    public DbSet<BankAccount> BankAccounts => Set<BankAccount>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<Features.Funding.Selection.Decision> Decisions => Set<Features.Funding.Selection.Decision>();
    public DbSet<Features.Funding.Reminders.Reminder> Reminders => Set<Features.Funding.Reminders.Reminder>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseMessage> CaseMessages => Set<CaseMessage>();
    public DbSet<CaseAttachment> CaseAttachments => Set<CaseAttachment>();
    public DbSet<CaseQueue> CaseQueues => Set<CaseQueue>();
    public DbSet<CannedAnswer> CannedAnswers => Set<CannedAnswer>();
    public DbSet<Features.Support.Help.Article> Articles => Set<Features.Support.Help.Article>();
    public DbSet<Features.Support.Mail.InboundMail> InboundMails => Set<Features.Support.Mail.InboundMail>();
    public DbSet<Features.Support.Appointments.Slot> Slots => Set<Features.Support.Appointments.Slot>();
    public DbSet<Features.Workspace.Books.MoneyAccount> MoneyAccounts => Set<Features.Workspace.Books.MoneyAccount>();
    public DbSet<Features.Workspace.Books.BookEntry> BookEntries => Set<Features.Workspace.Books.BookEntry>();
    public DbSet<Features.Workspace.Books.BookLine> BookLines => Set<Features.Workspace.Books.BookLine>();
    public DbSet<Features.Workspace.Books.BookYear> BookYears => Set<Features.Workspace.Books.BookYear>();
    public DbSet<Features.Workspace.Books.BookProject> BookProjects => Set<Features.Workspace.Books.BookProject>();
    public DbSet<Features.Workspace.Books.BudgetLine> BudgetLines => Set<Features.Workspace.Books.BudgetLine>();
    public DbSet<Features.Workspace.Board.BoardDeclaration> BoardDeclarations => Set<Features.Workspace.Board.BoardDeclaration>();
    public DbSet<Features.Workspace.Documents.DocumentFolder> DocumentFolders => Set<Features.Workspace.Documents.DocumentFolder>();
    public DbSet<Features.Workspace.Documents.LibraryDocument> LibraryDocuments => Set<Features.Workspace.Documents.LibraryDocument>();
    public DbSet<Features.Workspace.Documents.DocumentVersion> DocumentVersions => Set<Features.Workspace.Documents.DocumentVersion>();
    public DbSet<Features.Workspace.Activities.Activity> Activities => Set<Features.Workspace.Activities.Activity>();
    public DbSet<Features.Workspace.Activities.ActivityPhoto> ActivityPhotos => Set<Features.Workspace.Activities.ActivityPhoto>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public abstract bool IsPostgres { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NassijDb).Assembly, t => !t.IsAbstract);
        if (IsPostgres)
        {
            PostgresIndexes.Apply(builder);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Versioning.Bump(ChangeTracker);
        Features.Workspace.Members.MemberWords.KeepInStepNow(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Versioning.Bump(ChangeTracker);
        await Features.Workspace.Members.MemberWords.KeepInStep(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
