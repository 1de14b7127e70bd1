namespace Ecommerce.Backoffice.Components;

/// <summary>Per-row form inputs keyed by the row: an unknown key reads as empty, so a grid can bind to any row.</summary>
public sealed class DefaultingDictionary<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue?> _values = [];

    public TValue? this[TKey key]
    {
        get => _values.GetValueOrDefault(key);
        set => _values[key] = value;
    }
}
