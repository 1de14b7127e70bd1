using System.Text;
using Npgsql;

namespace Ecommerce.LocalSidecar.State;

/// <summary>
/// Turns every connection-string form daprd's PostgreSQL components accept (pgx: libpq <c>key=value</c> pairs
/// separated by spaces, or a <c>postgres://</c> / <c>postgresql://</c> URL) into Npgsql's form; Npgsql's own
/// <c>Key=Value;</c> form passes through, so one secret serves daprd and the local sidecar.
/// </summary>
public static class PostgresConnectionString
{
    // libpq/pgx keyword → Npgsql keyword.
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["host"] = "Host",
        ["hostaddr"] = "Host",
        ["port"] = "Port",
        ["user"] = "Username",
        ["password"] = "Password",
        ["dbname"] = "Database",
        ["database"] = "Database",
        ["connect_timeout"] = "Timeout",
        ["sslmode"] = "SSL Mode",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["application_name"] = "Application Name",
        ["search_path"] = "Search Path",
        ["target_session_attrs"] = "Target Session Attributes",
        ["pool_max_conns"] = "Maximum Pool Size",
        ["pool_min_conns"] = "Minimum Pool Size",
    };

    private static readonly Dictionary<string, string> SslModes = new(StringComparer.Ordinal)
    {
        ["disable"] = "Disable",
        ["allow"] = "Allow",
        ["prefer"] = "Prefer",
        ["require"] = "Require",
        ["verify-ca"] = "VerifyCA",
        ["verify-full"] = "VerifyFull",
    };

    /// <exception cref="FormatException">A part Npgsql has no equivalent for; the message names it (never a value).</exception>
    public static string ToNpgsql(string connectionString)
    {
        var text = connectionString.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromPairs(FromUrl(text));
        }

        // Npgsql's form separates with ';', pgx's with spaces.
        return text.Contains(';', StringComparison.Ordinal) ? text : FromPairs(FromKeywordValue(text));
    }

    private static string FromPairs(IEnumerable<(string Key, string Value)> pairs)
    {
        var builder = new NpgsqlConnectionStringBuilder();
        foreach (var (key, value) in pairs)
        {
            if (!Keywords.TryGetValue(key, out var keyword))
            {
                throw new FormatException($"connection string parameter '{key}' is not supported by the local sidecar (supported: {string.Join(", ", Keywords.Keys)})");
            }

            builder[keyword] = keyword == "SSL Mode"
                ? SslModes.TryGetValue(value, out var mode) ? mode : throw new FormatException($"connection string parameter 'sslmode' value '{value}' is not valid")
                : value;
        }

        return builder.ConnectionString;
    }

    private static List<(string, string)> FromUrl(string text)
    {
        var uri = new Uri(text);
        var pairs = new List<(string, string)>();
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            pairs.Add(("user", Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon])));
            if (colon >= 0)
            {
                pairs.Add(("password", Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..])));
            }
        }

        if (uri.Host.Length > 0)
        {
            pairs.Add(("host", uri.Host.Trim('[', ']')));
        }

        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            pairs.Add(("port", uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (uri.AbsolutePath.Trim('/') is { Length: > 0 } database)
        {
            pairs.Add(("database", Uri.UnescapeDataString(database)));
        }

        foreach (var part in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(equals < 0
                ? (Uri.UnescapeDataString(part), "")
                : (Uri.UnescapeDataString(part[..equals]), Uri.UnescapeDataString(part[(equals + 1)..])));
        }

        return pairs;
    }

    // libpq's rules: key = value, spaces around '=' allowed, a value in single quotes may hold spaces, and a backslash
    // escapes the next character.
    private static List<(string, string)> FromKeywordValue(string text)
    {
        var pairs = new List<(string, string)>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return pairs;
            }

            var keyStart = i;
            while (i < text.Length && text[i] != '=' && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var key = text[keyStart..i].ToLowerInvariant();
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length || text[i] != '=')
            {
                throw new FormatException($"connection string parameter '{key}' has no '=' and value");
            }

            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var value = new StringBuilder();
            var quoted = i < text.Length && text[i] == '\'';
            if (quoted)
            {
                i++;
            }

            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\\' && i + 1 < text.Length)
                {
                    value.Append(text[++i]);
                }
                else if (quoted ? c == '\'' : char.IsWhiteSpace(c))
                {
                    i++;
                    break;
                }
                else
                {
                    value.Append(c);
                }
            }

            pairs.Add((key, value.ToString()));
        }
    }
}
