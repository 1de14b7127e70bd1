namespace Ecommerce.ServiceDefaults.Http;

/// <summary>
/// Text a service may store and print: no control characters (a NUL cannot even be stored in PostgreSQL text) and
/// no lone UTF-16 surrogates (they cannot be encoded as UTF-8).
/// </summary>
public static class CleanText
{
    public static bool IsClean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
