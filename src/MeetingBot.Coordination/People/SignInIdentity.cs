namespace MeetingBot.Coordination.People;

/// <summary>
/// Who a sign-in at the organisation's identity provider is: the directory person named by the one claim the
/// service is configured to trust. <c>sub</c> (and <c>preferred_username</c>) must be linked to the person as a
/// <see cref="IdentityKinds.SignIn"/> identity by an administrator; <c>email</c> and <c>phone_number</c> match what
/// the roster holds. A value that matches nobody, or several people, is nobody: a sign-in never guesses.
/// </summary>
public static class SignInIdentity
{
    public const string Subject = "sub";
    public const string Email = "email";
    public const string PreferredUsername = "preferred_username";
    public const string PhoneNumber = "phone_number";

    public static readonly IReadOnlyList<string> Claims = [Subject, Email, PreferredUsername, PhoneNumber];

    public static bool IsSupported(string? claim) => claim is not null && Claims.Contains(claim, StringComparer.Ordinal);

    public static DirectoryPerson? Find(PeopleDirectory directory, string claim, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return claim switch
        {
            Subject => directory.FindByIdentity(IdentityKinds.SignIn, trimmed),
            Email => Single(directory.People.Where(p => SameEmail(p.Email, trimmed))),
            PhoneNumber => NormalisePhone(trimmed) is { Length: > 0 } phone
                ? Single(directory.People.Where(p => p.Phone is not null && NormalisePhone(p.Phone) == phone))
                : null,
            // An account name is either linked as the person's sign-in identity or, at many providers, their e-mail.
            PreferredUsername => directory.FindByIdentity(IdentityKinds.SignIn, trimmed)
                ?? Single(directory.People.Where(p => SameEmail(p.Email, trimmed))),
            _ => null,
        };
    }

    /// <summary>
    /// A phone number as digits only, without the mainland country code: "+86 138-0013-8000", "0086 13800138000" and
    /// "13800138000" are the same number. Empty for text without digits.
    /// </summary>
    public static string NormalisePhone(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        foreach (var prefix in (ReadOnlySpan<string>)["0086", "86"])
        {
            // Only a mainland mobile (11 digits starting with 1) loses the prefix; anything else stays as written.
            if (digits.Length == prefix.Length + 11 && digits.StartsWith(prefix, StringComparison.Ordinal) && digits[prefix.Length] == '1')
            {
                return digits[prefix.Length..];
            }
        }

        return digits;
    }

    private static bool SameEmail(string? held, string claimed) =>
        !string.IsNullOrWhiteSpace(held) && string.Equals(held.Trim(), claimed, StringComparison.OrdinalIgnoreCase);

    private static DirectoryPerson? Single(IEnumerable<DirectoryPerson> matches)
    {
        using var found = matches.GetEnumerator();
        if (!found.MoveNext())
        {
            return null;
        }

        var first = found.Current;
        return found.MoveNext() ? null : first;
    }
}
