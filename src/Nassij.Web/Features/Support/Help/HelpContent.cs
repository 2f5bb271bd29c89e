using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Data;

namespace Nassij.Web.Features.Support.Help;

/// <summary>The starter knowledge base shipped with Nassij (Content/*.md): a header of "key: value"
/// lines, then "--- ar" and "--- fr" bodies in Markdown. Loaded into the database on first start.</summary>
public static class HelpContent
{
    public static IReadOnlyList<Article> All(DateTimeOffset now)
    {
        var assembly = typeof(HelpContent).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("help/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Parse(Read(assembly, n), now))];
    }

    /// <summary>On a database without articles, adds the starter knowledge base; otherwise leaves what editors made.</summary>
    public static async Task<bool> SeedIfEmpty(NassijDb db, TimeProvider clock, CancellationToken cancel = default)
    {
        if (await db.Articles.AnyAsync(cancel))
        {
            return false;
        }

        db.Articles.AddRange(All(clock.GetUtcNow()));
        await db.SaveChangesAsync(cancel);
        return true;
    }

    public static Article Parse(string text, DateTimeOffset now)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = lines.TakeWhile(l => !l.StartsWith("--- ", StringComparison.Ordinal))
            .Where(l => l.Contains(':', StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf(':', StringComparison.Ordinal)].Trim(), l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
        var bodies = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                current = bodies[line[4..].Trim()] = [];
            }
            else
            {
                current?.Add(line);
            }
        }

        var article = new Article
        {
            Slug = header["slug"],
            Kind = Enum.Parse<ArticleKind>(header["kind"]),
            Category = Enum.Parse<ArticleCategory>(header["category"]),
            TitleAr = header["title.ar"],
            TitleFr = header["title.fr"],
            SummaryAr = header["summary.ar"],
            SummaryFr = header["summary.fr"],
            LegalBasisAr = header["basis.ar"],
            LegalBasisFr = header["basis.fr"],
            BodyAr = string.Join('\n', bodies["ar"]).Trim(),
            BodyFr = string.Join('\n', bodies["fr"]).Trim(),
            UpdatedAt = now,
        };
        article.SearchKey = ArticleSearch.KeyOf(article);
        return article;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
