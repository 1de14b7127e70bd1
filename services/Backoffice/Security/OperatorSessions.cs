using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;

namespace Ecommerce.Backoffice.Security;

/// <summary>
/// The newest tokens of each sign-in, kept in this process: the cookie (on every request) and each of the sign-in's
/// circuits ask here, so the access token is renewed once, by whoever needs it first, and a rotated refresh token is
/// never sent twice (the authority would take that for a stolen one and revoke the sign-in). A circuit cannot write
/// the cookie, which is why the cookie alone cannot carry them.
/// </summary>
public sealed class OperatorSessions(TokenRefresher refresher, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new();

    /// <summary>The sign-in's access token, renewed first when it is due; null once the sign-in is over.</summary>
    public async Task<string?> AccessTokenAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Find(user) is not { } session)
        {
            return null;
        }

        var tokens = session.Tokens;
        if (time.GetUtcNow() < tokens.RenewAt)
        {
            return tokens.AccessToken;
        }

        await session.Renewal.WaitAsync(cancellationToken);
        try
        {
            tokens = session.Tokens;
            if (session.Ended || time.GetUtcNow() < tokens.RenewAt)
            {
                return session.Ended ? null : tokens.AccessToken;
            }

            // Not the caller's token: a refresh cut off half way may have used up the refresh token it sent.
            var outcome = tokens.RefreshToken is null ? RefreshOutcome.NoAnswer : await refresher.RefreshAsync(tokens.RefreshToken, CancellationToken.None);
            if (outcome.Tokens is { } renewed)
            {
                session.Tokens = renewed;
                return renewed.AccessToken;
            }

            session.Ended = outcome.Refused;
            return !session.Ended && time.GetUtcNow() < tokens.ExpiresAt ? tokens.AccessToken : null;
        }
        finally
        {
            session.Renewal.Release();
        }
    }

    /// <summary>Ends the sign-in here too (signing out), so none of its circuits renews its tokens again.</summary>
    public void End(ClaimsPrincipal user)
    {
        if (user.FindFirst(OperatorClaims.SessionId)?.Value is { } id && _sessions.TryRemove(id, out var session))
        {
            session.Ended = true;
        }
    }

    /// <summary>The sign-in's newest tokens, for the cookie to carry; null when this process has none for it.</summary>
    public OperatorTokens? Newest(ClaimsPrincipal user) =>
        user.FindFirst(OperatorClaims.SessionId)?.Value is { } id && _sessions.TryGetValue(id, out var session) ? session.Tokens : null;

    private Session? Find(ClaimsPrincipal user)
    {
        var now = time.GetUtcNow();
        if (user.FindFirst(OperatorClaims.SessionId)?.Value is not { } id
            || !long.TryParse(user.FindFirst(OperatorClaims.SessionEndsAt)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var endsAt)
            || now >= DateTimeOffset.FromUnixTimeSeconds(endsAt))
        {
            return null;
        }

        if (_sessions.TryGetValue(id, out var known))
        {
            return known.Ended ? null : known;
        }

        if (OperatorTokens.From(user) is not { } signedIn)
        {
            return null;
        }

        // A new sign-in (or the first request after a restart, from the cookie's tokens): forget the ones that ended.
        foreach (var (key, ended) in _sessions.Where(entry => entry.Value.EndsAt <= now || entry.Value.Ended))
        {
            _sessions.TryRemove(new KeyValuePair<string, Session>(key, ended));
        }

        var session = _sessions.GetOrAdd(id, _ => new Session(signedIn, DateTimeOffset.FromUnixTimeSeconds(endsAt)));
        return session.Ended ? null : session;
    }

    private sealed class Session(OperatorTokens signedIn, DateTimeOffset endsAt)
    {
        private OperatorTokens _tokens = signedIn;
        private volatile bool _ended;

        public SemaphoreSlim Renewal { get; } = new(1, 1);

        public DateTimeOffset EndsAt { get; } = endsAt;

        /// <summary>The authority refused to renew: sign in again.</summary>
        public bool Ended
        {
            get => _ended;
            set => _ended = value;
        }

        public OperatorTokens Tokens
        {
            get => Volatile.Read(ref _tokens);
            set => Volatile.Write(ref _tokens, value);
        }
    }
}
