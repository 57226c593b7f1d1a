using MeetingBot.Coordination.People;
using Microsoft.Extensions.Options;

namespace MeetingBot.People;

/// <summary>Refuses to start with an administrator without a name, a malformed phone, or the same phone twice.</summary>
public sealed class DirectoryOptionsValidator : IValidateOptions<DirectoryOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectoryOptions options)
    {
        var failures = new List<string>();
        var phones = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Administrators.Count; i++)
        {
            var entry = options.Administrators[i];
            var key = $"{DirectoryOptions.SectionName}:Administrators:{i}";
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                failures.Add($"{key}:Name is required.");
            }

            if (!string.IsNullOrWhiteSpace(entry.Phone))
            {
                if (PhoneNumber.Normalise(entry.Phone) is not { } phone)
                {
                    failures.Add($"{key}:Phone is not a mobile (11 digits starting with 1) or a landline with its area code.");
                }
                else if (!phones.Add(PhoneNumber.Key(phone)))
                {
                    failures.Add($"{key}:Phone repeats another administrator's phone.");
                }
            }
        }

        if (options.Units.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{DirectoryOptions.SectionName}:Units must not hold empty names.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
