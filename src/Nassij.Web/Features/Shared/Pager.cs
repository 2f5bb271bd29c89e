using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Nassij.Web.Features.Shared;

/// <summary>Builds the query string of a list page's links, keeping its filters and leaving out empty ones.</summary>
public static class Pager
{
    public static string Query(object values)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in new RouteValueDictionary(values))
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(text))
            {
                query.Add(key, text);
            }
        }

        return query.ToQueryString().Value?.TrimStart('?') ?? string.Empty;
    }
}

/// <summary>What the pager partial needs: the current page, whether another follows, and how to link to a page.</summary>
public sealed record PagerLinks(int Page, bool HasNext, Func<int, object> Route)
{
    public string Href(int page) => "?" + Pager.Query(Route(page));
}
