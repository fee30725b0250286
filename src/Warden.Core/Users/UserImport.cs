using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Warden.Core.Security;

namespace Warden.Core.Users;

/// <summary>One line of an import file that cannot be imported, and why (one readable phrase).</summary>
public sealed record UserImportProblem(int Line, string Message);

/// <summary>The users an import file describes, ready to be added, or the lines that stop it.</summary>
public sealed record UserImportPlan(IReadOnlyList<User> Users, IReadOnlyList<UserImportProblem> Problems);

/// <summary>
/// Users brought over from another server (<c>warden users import</c>): one JSON object per line with the fields in
/// <see cref="Fields"/>. Every line is checked first, against the rules of <see cref="UserAdministration"/>, the other
/// lines and the accounts already stored; a password hash must be one <see cref="PasswordHasher"/> can verify, and
/// it is kept as it is (the first sign-in replaces it with the configured Argon2id). Nothing is written unless every
/// line is good, and then all users are added in one atomic <see cref="IUserStore.CreateManyAsync"/>.
/// </summary>
public sealed partial class UserImport(IUserStore store, TimeProvider time)
{
    public static IReadOnlyList<string> Fields { get; } =
        ["id", "username", "email", "email_verified", "password_hash", "role", "is_active", "metadata", "profile_picture_url", "created_at"];

    /// <summary>Checks every line against the others and the tenant's stored users, and builds the users.</summary>
    public async Task<UserImportPlan> PrepareAsync(string tenantId, IEnumerable<string> lines, CancellationToken cancellationToken = default) =>
        Prepare(tenantId, lines, await store.ListAsync(tenantId, cancellationToken));

    /// <summary>
    /// Checks every line (blank lines are skipped; line numbers count from 1) against the others and
    /// <paramref name="existing"/>, and builds the users.
    /// </summary>
    public UserImportPlan Prepare(string tenantId, IEnumerable<string> lines, IReadOnlyList<User> existing)
    {
        var usernames = existing.ToDictionary(user => AsciiLower(user.Username), _ => 0);
        var emails = existing.Where(user => user.Email is not null).ToDictionary(user => AsciiLower(user.Email!), _ => 0);
        var ids = existing.ToDictionary(user => user.Id, _ => 0);
        var users = new List<User>();
        var problems = new List<UserImportProblem>();
        var now = time.GetUtcNow();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                var user = Parse(tenantId, line, now);
                var email = user.Email is null ? null : AsciiLower(user.Email);
                RequireFree(usernames, AsciiLower(user.Username), $"username '{user.Username}'");
                if (email is not null)
                    RequireFree(emails, email, $"email '{user.Email}'");
                RequireFree(ids, user.Id, $"id {user.Id}");
                usernames[AsciiLower(user.Username)] = number;
                if (email is not null)
                    emails[email] = number;
                ids[user.Id] = number;
                users.Add(user);
            }
            catch (InvalidUserException exception)
            {
                problems.Add(new UserImportProblem(number, exception.Message));
            }
        }
        if (users.Count == 0 && problems.Count == 0)
            problems.Add(new UserImportProblem(0, "the file holds no users"));
        return new UserImportPlan(users, problems);
    }

    /// <summary>Adds the users of a plan without problems, all or none.</summary>
    public Task ImportAsync(UserImportPlan plan, CancellationToken cancellationToken = default) =>
        plan.Problems.Count > 0
            ? throw new InvalidOperationException("a plan with problems is not imported")
            : store.CreateManyAsync(plan.Users, cancellationToken);

    /// <summary>Refuses a unique key that is taken: by a stored user (line 0) or by an earlier good line.</summary>
    private static void RequireFree<TKey>(Dictionary<TKey, int> taken, TKey key, string what) where TKey : notnull
    {
        if (taken.TryGetValue(key, out var line))
            throw new InvalidUserException(line == 0 ? $"{what} already exists" : $"{what} is already on line {line}");
    }

    private static User Parse(string tenantId, string line, DateTimeOffset now)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            throw new InvalidUserException($"not valid JSON ({exception.Message.Split('.')[0]})");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidUserException("each line must be one JSON object");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!Fields.Contains(property.Name))
                    throw new InvalidUserException($"unknown field '{property.Name}' (the fields are {string.Join(", ", Fields)})");
                if (!seen.Add(property.Name))
                    throw new InvalidUserException($"field '{property.Name}' appears twice");
            }
            return Build(tenantId, document.RootElement, now);
        }
    }

    private static User Build(string tenantId, JsonElement row, DateTimeOffset now)
    {
        var username = Text(row, "username") ?? throw new InvalidUserException("'username' is required");
        UserAdministration.RequireUsername(username);
        var email = Text(row, "email");
        UserAdministration.RequireEmail(email);
        var passwordHash = Text(row, "password_hash");
        if (passwordHash is not null && PasswordHasher.Unrecognised(passwordHash) is { } problem)
            throw new InvalidUserException("password_hash: " + problem);
        var createdAt = Text(row, "created_at") is { } created ? Time(created) : now;
        return new User
        {
            Id = Text(row, "id") is { } id ? Uuid(id) : Guid.CreateVersion7(),
            TenantId = tenantId,
            Username = username,
            Email = email,
            EmailVerified = Flag(row, "email_verified") ?? false,
            PasswordHash = passwordHash,
            Role = Text(row, "role") switch
            {
                null or "regular" => UserRole.Regular,
                "admin" => UserRole.Admin,
                var other => throw new InvalidUserException($"role '{other}': expected regular or admin"),
            },
            IsActive = Flag(row, "is_active") ?? true,
            ProfilePictureUrl = Text(row, "profile_picture_url") is { } url ? PictureUrl(url) : null,
            Metadata = Metadata(row),
            SecurityStamp = UserAdministration.NewStamp(),
            CreatedAt = createdAt,
            UpdatedAt = now,
        };
    }

    /// <summary>A string field; null when absent or JSON null.</summary>
    private static string? Text(JsonElement row, string name) =>
        !row.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new InvalidUserException($"'{name}' must be a string");

    private static bool? Flag(JsonElement row, string name) =>
        !row.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw new InvalidUserException($"'{name}' must be true or false");

    private static string Metadata(JsonElement row) =>
        !row.TryGetProperty("metadata", out var value) || value.ValueKind == JsonValueKind.Null ? "{}"
        : value.ValueKind == JsonValueKind.Object ? value.GetRawText()
        : throw new InvalidUserException("'metadata' must be a JSON object");

    private static Guid Uuid(string text) =>
        Guid.TryParseExact(text, "D", out var id) && id != Guid.Empty ? id : throw new InvalidUserException($"id '{text}' is not a UUID");

    private static string PictureUrl(string text)
    {
        UserAdministration.RequirePictureUrl(text, allowHttp: true);
        return text;
    }

    /// <summary>RFC 3339 with an explicit offset, so that no time zone is guessed.</summary>
    private static DateTimeOffset Time(string text) =>
        Rfc3339().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new InvalidUserException($"created_at '{Shorten(text)}' is not an RFC 3339 time such as 2024-05-01T12:00:00Z");

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    /// <summary>The stores' notion of the same username or email: ASCII letters compared without case.</summary>
    private static string AsciiLower(string text) => string.Create(text.Length, text, (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            chars[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
    });

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,7})?(Z|[+-]\d\d:\d\d)\z")]
    private static partial Regex Rfc3339();
}
