using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Nassij.Web.Platform.Localization;

/// <summary>Wraps the resource localizers so that text with no Arabic or French translation is
/// logged as a warning: the tests fail on it, so no English slips into an Arabic page.</summary>
public sealed partial class MissingTextReporter(ResourceManagerStringLocalizerFactory inner, ILogger<MissingTextReporter> logger) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new Reporting(inner.Create(resourceSource), resourceSource.Name, logger);

    public IStringLocalizer Create(string baseName, string location) => new Reporting(inner.Create(baseName, location), baseName, logger);

    private sealed partial class Reporting(IStringLocalizer inner, string source, ILogger logger) : IStringLocalizer
    {
        public LocalizedString this[string name] => Check(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Check(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Check(LocalizedString text)
        {
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            if (text.ResourceNotFound && language != "en")
            {
                LogMissing(logger, source, language, text.Name);
            }

            return text;
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "Missing translation in {Source} ({Language}): {Key}")]
        private static partial void LogMissing(ILogger logger, string source, string language, string key);
    }
}
