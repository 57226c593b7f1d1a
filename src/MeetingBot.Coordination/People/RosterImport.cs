using System.Text.RegularExpressions;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.People;

/// <summary>
/// What importing a 花名册 would do to the directory: the people it adds, the people it updates (a row matches an
/// existing person by the same phone and name, or by the same name and unit), and every row it refuses, with why.
/// Decided on the directory as read; <see cref="ApplyTo"/> changes nothing when any row was refused, unless told
/// to skip the refused rows. Roles in the 角色 column are granted, never taken away: revoking is a separate act.
/// </summary>
public sealed partial record RosterImport(
    IReadOnlyList<DirectoryPerson> Added,
    IReadOnlyList<DirectoryPerson> Updated,
    int Unchanged,
    IReadOnlyList<RosterRefusal> Refused)
{
    public int RefusedRows => Refused.Select(r => r.Row).Distinct().Count();

    /// <param name="knownUnits">The configured units (<c>Directory:Units</c>, as paths such as 某县/某镇党委); when empty, any unit is taken.</param>
    /// <param name="newPersonId">A new random id for each person added (never derived from the name).</param>
    public static RosterImport Read(PeopleDirectory directory, IEnumerable<RosterRow> rows, IReadOnlyCollection<string> knownUnits, Func<string> newPersonId)
    {
        var units = knownUnits.Select(u => NameQuery.Normalise(UnitPath.Normalise(u) ?? string.Empty)).Where(u => u.Length > 0).ToHashSet(StringComparer.Ordinal);
        var added = new List<DirectoryPerson>();
        var updated = new List<DirectoryPerson>();
        var unchanged = 0;
        var refused = new List<RosterRefusal>();
        var rowOfPerson = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowOfPhone = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowOfIdentity = new Dictionary<string, int>(StringComparer.Ordinal);
        var matched = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var row in rows.Where(r => !r.IsBlank))
        {
            var reasons = new List<RosterRefusal>();
            void Refuse(string reason, string detail = "") => reasons.Add(new RosterRefusal(row.Number, reason, detail));

            var name = Clean(row.Name);
            // A unit may be written as its path in the tree (某县/某镇党委, 某县／某镇党委): kept in one spelling.
            var unit = UnitPath.Normalise(row.Unit);
            var phone = PhoneNumber.Normalise(row.Phone);
            var email = Clean(row.Email);
            if (name is null)
            {
                Refuse(RosterRefusalReasons.EmptyName);
            }

            if (Clean(row.Phone) is { } typedPhone && phone is null)
            {
                Refuse(RosterRefusalReasons.MalformedPhone, typedPhone);
            }

            if (email is not null && !Email().IsMatch(email))
            {
                Refuse(RosterRefusalReasons.MalformedEmail, email);
            }

            var roles = OrganisationRoleNames.ParseList(row.Roles, out var unknownRole);
            if (unknownRole is not null)
            {
                Refuse(RosterRefusalReasons.UnknownRole, unknownRole);
            }

            if (units.Count > 0 && unit is not null && !units.Contains(NameQuery.Normalise(unit)))
            {
                Refuse(RosterRefusalReasons.UnknownUnit, unit);
            }

            // The first row of a person or phone is the one kept; later ones point back to it.
            if (name is not null && FirstOrRepeat(rowOfPerson, PersonKey(name, unit), row.Number) is { } firstOfPerson)
            {
                Refuse(RosterRefusalReasons.DuplicateRow, Number(firstOfPerson));
            }

            if (phone is not null && FirstOrRepeat(rowOfPhone, PhoneNumber.Key(phone), row.Number) is { } firstOfPhone)
            {
                Refuse(RosterRefusalReasons.DuplicatePhoneInFile, Number(firstOfPhone));
            }

            var identities = (row.Identities ?? new Dictionary<string, string?>())
                .Where(i => Clean(i.Value) is not null)
                .Select(i => new ChannelIdentity(i.Key, i.Value!.Trim()))
                .ToList();
            foreach (var identity in identities.Where(i => FirstOrRepeat(rowOfIdentity, i.Kind + "|" + i.Id, row.Number) is not null))
            {
                Refuse(RosterRefusalReasons.DuplicateIdentityInFile, Number(rowOfIdentity[identity.Kind + "|" + identity.Id]));
            }

            var existing = name is null ? null : Existing(directory, name, unit, phone, Refuse);
            // A channel id vouches for one person: one the directory gives to someone else is refused, never moved.
            foreach (var identity in identities)
            {
                if (directory.FindByIdentity(identity.Kind, identity.Id) is { } holder && holder.Id != existing?.Id)
                {
                    Refuse(RosterRefusalReasons.DuplicateIdentityInDirectory, holder.Label);
                }
            }

            if (existing is not null && reasons.Count == 0 && FirstOrRepeat(matched, existing.Id, row.Number) is { } firstOfExisting)
            {
                Refuse(RosterRefusalReasons.DuplicateRow, Number(firstOfExisting));
            }

            if (reasons.Count > 0)
            {
                refused.AddRange(reasons);
                continue;
            }

            var title = Clean(row.Title);
            if (existing is null)
            {
                added.Add(new DirectoryPerson(newPersonId(), name!, unit, title, phone, email, roles, identities));
                continue;
            }

            // Empty cells keep what the directory has: a roster without e-mails does not erase them.
            var changed = existing with
            {
                Name = name!,
                Unit = unit ?? existing.Unit,
                Title = title ?? existing.Title,
                Phone = phone ?? existing.Phone,
                Email = email ?? existing.Email,
                Roles = [.. existing.Roles, .. roles.Where(r => !existing.Holds(r))],
                Identities = [.. existing.Identities.Where(i => identities.All(n => n.Kind != i.Kind)), .. identities],
            };
            if (SameDetails(existing, changed))
            {
                unchanged++;
            }
            else
            {
                updated.Add(changed);
            }
        }

        return new RosterImport(added, updated, unchanged, refused);
    }

    /// <summary>The directory with the import applied; refused when any row was refused and bad rows are not to be skipped.</summary>
    public Outcome<PeopleDirectory> ApplyTo(PeopleDirectory directory, DirectoryPerson? by, bool skipBadRows)
    {
        if (DirectoryChanges.AsAdministrator(directory, by) is { } refusal)
        {
            return refusal;
        }

        if (Refused.Count > 0 && !skipBadRows)
        {
            return Failure.Invalid(FailureCodes.RosterRefused, ("count", Number(RefusedRows)));
        }

        if (Added.Count == 0 && Updated.Count == 0)
        {
            return directory;
        }

        var byId = Updated.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return directory with
        {
            People = [.. directory.People.Select(p => byId.GetValueOrDefault(p.Id, p)), .. Added],
            Version = directory.Version + 1,
        };
    }

    // Same phone and same name: that person (perhaps moved unit). Same phone, other name: the phone is someone
    // else's, refused (a typo must not rename a person). Otherwise the same name and unit.
    private static DirectoryPerson? Existing(PeopleDirectory directory, string name, string? unit, string? phone, Action<string, string> refuse)
    {
        var normalisedName = NameQuery.Normalise(name);
        if (phone is not null && directory.People.FirstOrDefault(p => PhoneNumber.Same(p.Phone, phone)) is { } holder)
        {
            if (NameQuery.Normalise(holder.Name) == normalisedName)
            {
                return holder;
            }

            refuse(RosterRefusalReasons.DuplicatePhoneInDirectory, holder.Label);
            return null;
        }

        var same = directory.People.Where(p => PersonKey(p.Name, p.Unit) == PersonKey(name, unit)).ToList();
        if (same.Count > 1)
        {
            refuse(RosterRefusalReasons.AmbiguousPerson, string.Join("、", same.Select(p => p.Label)));
            return null;
        }

        return same.SingleOrDefault();
    }

    private static int? FirstOrRepeat(Dictionary<string, int> firstRows, string key, int row) =>
        firstRows.TryAdd(key, row) ? null : firstRows[key];

    private static string PersonKey(string name, string? unit) => NameQuery.Normalise(name) + "|" + NameQuery.Normalise(unit ?? string.Empty);

    private static string? Clean(string? cell) => string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool SameDetails(DirectoryPerson a, DirectoryPerson b) =>
        a.Name == b.Name && a.Unit == b.Unit && a.Title == b.Title && a.Phone == b.Phone && a.Email == b.Email
        && a.Roles.Count == b.Roles.Count
        && a.Identities.Count == b.Identities.Count && a.Identities.All(i => b.IdentityOn(i.Kind) == i.Id);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
