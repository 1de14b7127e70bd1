using Ecommerce.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ecommerce.Identity.Accounts;

/// <summary>Finds users and checks their passwords (PBKDF2 hashes from ASP.NET Core Identity's hasher).</summary>
public sealed class UserAccounts(IdentityDbContext db, IPasswordHasher<UserAccount> hasher)
{
    public Task<UserAccount?> FindByIdAsync(string? id, CancellationToken cancellationToken) =>
        id is null ? Task.FromResult<UserAccount?>(null) : db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    /// <summary>The user when the password matches, otherwise null (unknown email and wrong password look alike).</summary>
    public async Task<UserAccount?> CheckPasswordAsync(string? email, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var normalized = email.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == normalized, cancellationToken);
        return user is not null && hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed
            ? user
            : null;
    }
}
