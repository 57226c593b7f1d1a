using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.People;

namespace MeetingBot.Chat.Administration;

/// <summary>管理员 添加 姓名 单位 职务 手机号: one person, with a new random id; the rest of the row as in the roster.</summary>
public sealed class AddPerson(PeopleDirectoryStore store) : IAdministrationAction
{
    public IReadOnlyList<string> Words { get; } = ["添加", "新增", "add"];

    public async Task RunAsync(AdministrationTurn turn, CancellationToken cancellationToken)
    {
        var words = PersonWords.Split(turn.Argument);
        if (words.Count is 0 or > 4)
        {
            await turn.ReplyAsync(AdministrationTexts.AddUsage, cancellationToken);
            return;
        }

        string? At(int i) => i < words.Count ? words[i] : null;
        var phone = PhoneNumber.Normalise(At(3));
        if (At(3) is { } typed && phone is null)
        {
            await turn.RefuseAsync(Failure.Invalid(FailureCodes.MalformedPhone, ("phone", typed)), cancellationToken);
            return;
        }

        var person = new DirectoryPerson(PeopleDirectoryStore.NewPersonId(), words[0], At(1), At(2), phone, null, [], []);
        var outcome = await store.UpdateAsync(d => DirectoryChanges.Add(d, turn.Administrator, person), cancellationToken);
        await (outcome.IsSuccess
            ? turn.ReplyAsync(AdministrationTexts.Added, cancellationToken, person.Label)
            : turn.RefuseAsync(outcome.Failure, cancellationToken));
    }
}
