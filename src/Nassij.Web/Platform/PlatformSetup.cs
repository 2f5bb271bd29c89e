using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Nassij.Web.Features.Accounts;
using Nassij.Web.Features.Shared;
using Nassij.Web.Platform.Data;
using Nassij.Web.Platform.Files;
using Nassij.Web.Platform.Localization;
using Nassij.Web.Platform.Mail;
using Nassij.Web.Platform.Security;
using Quartz;
using Scalar.AspNetCore;

namespace Nassij.Web.Platform;

/// <summary>What every feature stands on: database, accounts, languages, mail, files, audit.</summary>
public static class PlatformSetup
{
    public static WebApplicationBuilder AddNassijPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        // `dotnet run` is not Development here, and without the build's asset manifest MapStaticAssets answers every
        // compressed request with an empty body. A published app has no such manifest, and this then does nothing.
        StaticWebAssetsLoader.UseStaticWebAssets(builder.Environment, configuration);

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddNassijDatabase(configuration, builder.Environment);
        services.AddDataProtection().PersistKeysToDbContext<NassijDb>().SetApplicationName("Nassij");

        services.Configure<SecurityOptions>(configuration.GetSection("Security"));
        services.AddIdentity<Person, IdentityRole<Guid>>(Accounts.ConfigureIdentity)
            .AddEntityFrameworkStores<NassijDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<NassijClaimsFactory>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = configuration.GetSection("Security").Get<SecurityOptions>()?.SessionCheckInterval ?? TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(Accounts.ConfigureCookie);
        services.AddAuthorization(Policies.Configure);
        services.AddScoped<AssociationAccess>();
        services.AddScoped<Audit>();

        services.AddLocalization();
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, MissingTextReporter>();
        services.Configure<RequestLocalizationOptions>(Cultures.Configure);
        // Razor and JSON must write Arabic as text, not as &#x...; or \uXXXX escapes.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // Enums travel by name ("Legal", "Open"): readable, and stable if values are renumbered.
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });

        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddScoped<Mailer>();
        services.AddScoped<SiteLinks>();
        services.AddHostedService<MailDispatcher>();

        services.Configure<Files.FileOptions>(configuration.GetSection("Files"));
        services.AddSingleton<IFileStore>(sp =>
        {
            var root = sp.GetRequiredService<IOptions<Files.FileOptions>>().Value.Root;
            return new LocalFileStore(Path.Combine(builder.Environment.ContentRootPath, root));
        });
        services.AddScoped<Uploads>();
        services.Configure<Documents.PdfOptions>(configuration.GetSection("Pdf"));
        services.AddSingleton<Documents.PdfPrinter>();
        services.AddScoped<Documents.DocumentRenderer>();

        services.AddSingleton(Geography.Geography.Load(Path.Combine(AppContext.BaseDirectory, "Platform", "Geography", "geography.json")));
        // Long work (imports) runs on the job scheduler; each module registers its jobs.
        services.AddQuartz();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddDbContextCheck<NassijDb>();
        services.AddOpenApi();
        services.AddPageCompression();
        services.AddNassijPages();
        return builder;
    }

    public static WebApplication UseNassijPlatform(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UsePageCompression();
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health");
        app.MapOpenApi();
        // The readable API reference; its script ships inside the package and its web fonts are off, so nothing comes from a CDN.
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("Nassij API").DisableDefaultFonts());
        return app;
    }
}
