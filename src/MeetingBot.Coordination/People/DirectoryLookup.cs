using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.People;

/// <summary>Finding the one person an administrator means, by a typed name (王伟, 王伟（党政办）), a phone or an id.</summary>
public static class DirectoryLookup
{
    /// <returns>The one person meant; not found, or several (named with their labels so the next try can pick one).</returns>
    public static Outcome<DirectoryPerson> One(PeopleDirectory directory, string typed)
    {
        var text = typed.Trim();
        if (directory.Find(text) is { } byId)
        {
            return byId;
        }

        if (PhoneNumber.Normalise(text) is { } phone && directory.People.Where(p => PhoneNumber.Same(p.Phone, phone)).ToList() is [var byPhone])
        {
            return byPhone;
        }

        return directory.Matching(text) switch
        {
            [] => Failure.NotFound(FailureCodes.PersonNotFound, ("name", text)),
            [var one] => one,
            var several => Failure.Invalid(FailureCodes.AmbiguousPerson, ("name", text), ("people", string.Join("、", several.Select(p => p.Label)))),
        };
    }
}
