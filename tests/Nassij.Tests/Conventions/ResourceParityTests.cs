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
    public void Arabic_and_french_have_the_same_keys_and_no_empty_text(string module)
    {
        var arabic = Read(Path.Combine(Features, module + ".ar.resx"));
        var french = Read(Path.Combine(Features, module + ".fr.resx"));
        Assert.Equal(arabic.Keys.Order(StringComparer.Ordinal), french.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(arabic, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(french, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Placeholders_survive_translation(string module)
    {
        foreach (var lang in new[] { "ar", "fr" })
        {
            foreach (var (key, value) in Read(Path.Combine(Features, $"{module}.{lang}.resx")))
            {
                for (var i = 0; i < 4; i++)
                {
                    var placeholder = "{" + i + "}";
                    Assert.True(key.Contains(placeholder, StringComparison.Ordinal) == value.Contains(placeholder, StringComparison.Ordinal), $"{module}.{lang}: {key}");
                }
            }
        }
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);
}
