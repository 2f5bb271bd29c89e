using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Nassij.Web.Features.Shared;

public static class FormState
{
    /// <summary>For a post that only reshapes the form (one more line): no field is in error yet,
    /// and the named fields render from the model rather than from what was posted.</summary>
    public static void Reshape(this ModelStateDictionary state, string renderFromModelPrefix, string keepErrorsSuffix)
    {
        foreach (var key in state.Keys.Where(k => k.StartsWith(renderFromModelPrefix, StringComparison.Ordinal)).ToList())
        {
            state.Remove(key);
        }

        foreach (var (key, entry) in state.Where(e => !e.Key.EndsWith(keepErrorsSuffix, StringComparison.Ordinal)))
        {
            entry?.Errors.Clear();
            if (entry is not null)
            {
                entry.ValidationState = ModelValidationState.Valid;
            }
        }
    }
}
