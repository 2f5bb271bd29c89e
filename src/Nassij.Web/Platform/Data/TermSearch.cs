using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Nassij.Web.Platform.Localization;

namespace Nassij.Web.Platform.Data;

public static class TermSearch
{
    private static readonly System.Reflection.MethodInfo Like =
        typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    /// <summary>Keeps the rows whose folded search key contains every term of the query
    /// (see TextFolding), as a LIKE per term that a trigram index can serve.</summary>
    public static IQueryable<T> WhereKeyHasAllTerms<T>(this IQueryable<T> rows, Expression<Func<T, string>> searchKey, string? query)
    {
        foreach (var term in TextFolding.Terms(query))
        {
            var pattern = $"%{term}%";
            Expression<Func<string>> patternValue = () => pattern;
            var call = Expression.Call(Like, Expression.Constant(EF.Functions), searchKey.Body, patternValue.Body);
            rows = rows.Where(Expression.Lambda<Func<T, bool>>(call, searchKey.Parameters));
        }

        return rows;
    }
}
