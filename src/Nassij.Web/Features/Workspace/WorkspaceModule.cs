using Nassij.Web.Features.Workspace.Books;
using Nassij.Web.Features.Workspace.Governance;
using Nassij.Web.Features.Workspace.Members.Import;
using Quartz;

namespace Nassij.Web.Features.Workspace;

public static class WorkspaceModule
{
    public static IServiceCollection AddWorkspace(this IServiceCollection services)
    {
        services.AddQuartz(q => q.AddJob<MemberImportJob>(j => j.WithIdentity(MemberImportJob.Key).StoreDurably()));
        services.AddScoped<MemberImports>().AddScoped<ImportScheduling>().AddScoped<Dues.DuesLedger>().AddScoped<DueList>().AddScoped<Governance.Convocations>().AddScoped<Governance.Sitting>().AddScoped<Books.Bookkeeper>().AddScoped<Documents.Librarian>().AddScoped<Governance.RollCall>();
        services.AddSingleton<Platform.Sms.ISmsSender, Platform.Sms.LoggedSms>();
        services.AddHostedService<ImportRecovery>();
        return services;
    }

    public static WebApplication MapWorkspace(this WebApplication app)
    {
        app.MapWorkspaceApi();
        app.MapBooksApi();
        app.MapMeetingsApi();
        return app;
    }
}
