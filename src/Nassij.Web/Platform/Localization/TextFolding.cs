using System.Globalization;
using System.Text;

namespace Nassij.Web.Platform.Localization;

/// <summary>
/// Folds text to the search key people really type against: Arabic hamza/alef,
/// ta marbuta, alif maqsura, tatweel and diacritics, Latin case and accents.
/// Names are stored folded and queries are folded the same way.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var mapped = Map(c);
            if (mapped == '\0')
            {
                continue;
            }

            if (mapped == ' ')
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            AppendMapped(folded, mapped);
            lastWasSpace = false;
        }

        return folded.ToString().TrimEnd();
    }

    /// <summary>Splits a query into folded terms that must all appear in the key.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(6).ToArray();

    // Arabic attaches the article and some particles to the word: "للتنمية", "بفاس", "والتضامن", "الإدريسي".
    private static readonly string[] ArabicPrefixes = ["وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل"];

    /// <summary>A folded Arabic word without its attached article or particle, so that a search for "فاس"
    /// finds "بفاس"; other words as they are. Word indexes keep both forms and search with this one.</summary>
    public static string Stem(string word)
    {
        if (word.Length == 0 || word[0] < '\u0600' || word[0] > '\u06FF')
        {
            return word;
        }

        foreach (var prefix in ArabicPrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= 3)
            {
                return word[prefix.Length..];
            }
        }

        return word;
    }

    private static void AppendMapped(StringBuilder folded, char c)
    {
        switch (c)
        {
            case 'œ': folded.Append("oe"); break;
            case 'æ': folded.Append("ae"); break;
            case 'ß': folded.Append("ss"); break;
            default: folded.Append(c); break;
        }
    }

    private static char Map(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return '\0';
        }

        return c switch
        {
            '\u0640' => '\0',                                   // tatweel
            '\u0621' => '\0',                                   // lone hamza: often omitted when typed
            '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627', // alef variants
            '\u0624' => '\u0648',                               // waw with hamza
            '\u0626' or '\u0649' or '\u06CC' => '\u064A',       // ya with hamza, alif maqsura, Persian ya
            '\u0629' => '\u0647',                               // ta marbuta
            '\u06A9' => '\u0643',                               // keheh
            >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
            >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
            _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c),
            _ => ' ',
        };
    }
}
