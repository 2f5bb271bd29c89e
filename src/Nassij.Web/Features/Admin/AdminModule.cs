namespace Nassij.Web.Features.Admin;

public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services) => services;

    public static WebApplication MapAdmin(this WebApplication app) => app;
}
