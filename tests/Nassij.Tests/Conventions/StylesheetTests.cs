using System.Text.RegularExpressions;
using Nassij.Tests.Infrastructure;

namespace Nassij.Tests.Conventions;

/// <summary>The vendored Bootstrap keeps only the rules the pages use (tools/purge-bootstrap.cjs). A page that starts
/// using a Bootstrap class the cut removed would silently lose its style: this names the class and the fix.</summary>
public sealed partial class StylesheetTests
{
    private static readonly string[] Sources = ["Features", "Platform", Path.Combine("wwwroot", "js")];

    [Fact]
    public void Every_bootstrap_class_the_pages_name_is_in_the_vendored_stylesheets()
    {
        var bootstrap = File.ReadAllLines(Path.Combine(Repository.Root, "tools", "bootstrap-classes.txt")).ToHashSet(StringComparer.Ordinal);
        // The same reading as purgecss's: every word of every page, component, class and script.
        var named = Sources
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Web, folder), "*", SearchOption.AllDirectories))
            .Where(f => Path.GetExtension(f) is ".cshtml" or ".razor" or ".cs" or ".js")
            .SelectMany(f => Word().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .Where(bootstrap.Contains)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("btn", named);

        foreach (var sheet in new[] { "bootstrap.min.css", "bootstrap.rtl.min.css" })
        {
            var css = File.ReadAllText(Path.Combine(Repository.Web, "wwwroot", "lib", "bootstrap", sheet));
            var kept = ClassSelector().Matches(css).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            var lost = named.Where(c => !kept.Contains(c)).Order(StringComparer.Ordinal).ToList();
            Assert.True(lost.Count == 0, $"{sheet} lacks {string.Join(", ", lost)}, which the pages use: run tools/vendor.sh");
        }
    }

    [GeneratedRegex("[A-Za-z0-9_-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\.([A-Za-z][A-Za-z0-9_-]*)")]
    private static partial Regex ClassSelector();
}
