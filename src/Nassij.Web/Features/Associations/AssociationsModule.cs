namespace Nassij.Web.Features.Associations;

public static class AssociationsModule
{
    public static IServiceCollection AddAssociations(this IServiceCollection services) =>
        services.AddScoped<AssociationFiles>().AddScoped<VerificationNotices>();

    public static WebApplication MapAssociations(this WebApplication app)
    {
        app.MapAssociationsApi();
        app.MapFileDownloads();
        return app;
    }
}
