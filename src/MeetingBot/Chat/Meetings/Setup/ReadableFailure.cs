using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// A refusal naming a person (<c>{name}</c>) as the person answering knows them: when several people in the directory
/// share the name, the one meant (among the people the answers named) is shown with the directory's label, 姓名（单位·职务）.
/// </summary>
public static class ReadableFailure
{
    public static Failure For(Failure failure, IEnumerable<Person> named, PeopleDirectory directory)
    {
        if (!failure.Data.TryGetValue("name", out var name) || !directory.IsShared(name))
        {
            return failure;
        }

        var labels = named.Where(p => p.Name == name)
            .Select(p => directory.FindWebChatUser(p.UserId)?.Label)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (labels is not [var label])
        {
            return failure;
        }

        var data = failure.Data.ToDictionary(StringComparer.Ordinal);
        data["name"] = label;
        return failure with { Data = data };
    }
}
