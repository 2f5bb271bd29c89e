using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Nassij.Web.Features.Shared;

public static class PagesSetup
{
    public static IServiceCollection AddNassijPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            // The model documents are the same list as the articles, filtered.
            o.Conventions.AddPageRoute("/Support/Help/Index", "/help/documents");
        })
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new AmountBinderProvider()))
            // Validation happens on the server; no data-val attributes for a script we do not ship.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedText)));
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedBindingMessages>();
        return services;
    }

    public static WebApplication MapShared(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    /// <summary>Messages for values that cannot even be bound (a letter in a date field...).</summary>
    private sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
    {
        public void Configure(MvcOptions options)
        {
            var text = factory.Create(typeof(SharedText));
            var messages = options.ModelBindingMessageProvider;
            messages.SetValueMustNotBeNullAccessor(_ => text["This field is required."]);
            messages.SetMissingBindRequiredValueAccessor(_ => text["This field is required."]);
            messages.SetMissingKeyOrValueAccessor(() => text["This field is required."]);
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => text["This value is not valid."]);
            messages.SetUnknownValueIsInvalidAccessor(_ => text["This value is not valid."]);
            messages.SetValueIsInvalidAccessor(_ => text["This value is not valid."]);
            messages.SetValueMustBeANumberAccessor(_ => text["Enter a number."]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["This value is not valid."]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["This value is not valid."]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Enter a number."]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => text["This field is required."]);
        }
    }
}
