using MeetingBot.Coordination.People;
using MeetingBot.People;

namespace MeetingBot.Chat.Administration;

/// <summary>管理员 删除 姓名: takes the person out of the directory (the last administrator stays).</summary>
public sealed class RemovePerson(PeopleDirectoryStore store) : IAdministrationAction
{
    public IReadOnlyList<string> Words { get; } = ["删除", "remove"];

    public async Task RunAsync(AdministrationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Argument.Length == 0)
        {
            await turn.ReplyAsync(AdministrationTexts.WhoUsage, cancellationToken);
            return;
        }

        DirectoryPerson? removed = null;
        var outcome = await store.UpdateAsync(directory =>
        {
            var found = DirectoryLookup.One(directory, turn.Argument);
            return found.IsSuccess ? DirectoryChanges.Remove(directory, turn.Administrator, (removed = found.Value).Id) : found.Failure;
        }, cancellationToken);
        await (outcome.IsSuccess
            ? turn.ReplyAsync(AdministrationTexts.Removed, cancellationToken, removed!.Label)
            : turn.RefuseAsync(outcome.Failure, cancellationToken));
    }
}
