using System.Xml.Linq;

namespace Nassij.Tests.Conventions;

public sealed class ResourceParityTests
{
    private static readonly string Features = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Nassij.Web", "Features"));

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Features, "*.ar.resx", SearchOption.AllDirectories))
        {
            data.Add(Path.GetRelativePath(Features, file)[..^".ar.resx".Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Arabic_numbers_joined_by_a_hyphen_are_isolated_left_to_right(string module)
    {
        // Right to left, "law 09-08" would read "08-09" and "2022-2026" "2026-2022": LRI…PDI keeps their order.
        var reversed = Read(Path.Combine(Features, module + ".ar.resx"))
            .Where(e => System.Text.RegularExpressions.Regex.IsMatch(e.Value, @"(?<!\u2066)\b\d+(-\d+)+\b"))
            .Select(e => e.Key).ToList();
        Assert.True(reversed.Count == 0, "Wrap in \u2066…\u2069: " + string.Join(" | ", reversed));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Arabic_and_french_have_the_same_keys_and_no_empty_text(string module)
    {
        var arabic = Read(Path.Combine(Features, module + ".ar.resx"));
        var french = Read(Path.Combine(Features, module + ".fr.resx"));
        // Counted phrases have a key per plural form ("phrase|few"); the languages share the phrases, not the forms.
        Assert.Equal(Phrases(arabic), Phrases(french));
        Assert.DoesNotContain(arabic, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(french, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Placeholders_survive_translation(string module)
    {
        foreach (var lang in new[] { "ar", "fr" })
        {
            // Arabic says "one day" and "two days" in words: those forms need no number.
            foreach (var (key, value) in Read(Path.Combine(Features, $"{module}.{lang}.resx")).Where(e => !e.Key.EndsWith("|zero", StringComparison.Ordinal) && !e.Key.EndsWith("|one", StringComparison.Ordinal) && !e.Key.EndsWith("|two", StringComparison.Ordinal)))
            {
                for (var i = 0; i < 4; i++)
                {
                    var placeholder = "{" + i + "}";
                    Assert.True(key.Contains(placeholder, StringComparison.Ordinal) == value.Contains(placeholder, StringComparison.Ordinal), $"{module}.{lang}: {key}");
                }
            }
        }
    }

    private static IEnumerable<string> Phrases(Dictionary<string, string> entries) =>
        entries.Keys.Select(k => k.Split('|')[0]).Distinct().Order(StringComparer.Ordinal);

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);
}
