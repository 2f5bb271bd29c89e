using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Nassij.Web.Features.Shared;

/// <summary>Amounts as people type them in Morocco, whatever the page's language: "12 500,50",
/// "12.500,50", "12,500.50", "12500.5" or in Arabic-Indic digits. The last separator followed
/// by one or two digits is the decimal one; the others group thousands.</summary>
public sealed class AmountBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None)
        {
            // Nothing sent: like the framework's binders, leave the property as it is and no state behind.
            return Task.CompletedTask;
        }

        var raw = value.FirstValue;
        context.ModelState.SetModelValue(context.ModelName, value);
        if (string.IsNullOrWhiteSpace(raw))
        {
            if (context.ModelMetadata.IsReferenceOrNullableType)
            {
                context.Result = ModelBindingResult.Success(null);
            }
            else
            {
                context.ModelState.TryAddModelError(context.ModelName, context.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(raw ?? ""));
            }

            return Task.CompletedTask;
        }

        if (Parse(raw) is { } amount)
        {
            context.Result = ModelBindingResult.Success(amount);
        }
        else
        {
            context.ModelState.TryAddModelError(context.ModelName, context.ModelMetadata.ModelBindingMessageProvider.ValueMustBeANumberAccessor(context.ModelMetadata.DisplayName ?? context.ModelName));
        }

        return Task.CompletedTask;
    }

    public static decimal? Parse(string text)
    {
        var chars = new List<char>(text.Length);
        foreach (var c in text.Trim())
        {
            if (c is >= '\u0660' and <= '\u0669')
            {
                chars.Add((char)('0' + (c - '\u0660')));
            }
            else if (c is '\u066B')
            {
                chars.Add(',');
            }
            else if (c is '\u066C' or '\u00A0' or '\u202F' or ' ' or '\'')
            {
                continue;
            }
            else
            {
                chars.Add(c);
            }
        }

        var clean = new string([.. chars]);
        var last = clean.LastIndexOfAny(['.', ',']);
        var digitsAfter = last < 0 ? 0 : clean.Length - last - 1;
        var integer = last >= 0 && digitsAfter is 1 or 2 ? clean[..last] : clean;
        var fraction = last >= 0 && digitsAfter is 1 or 2 ? clean[(last + 1)..] : "0";
        integer = integer.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse($"{integer}.{fraction}", NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}

public sealed class AmountBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new AmountBinder() : null;
}
