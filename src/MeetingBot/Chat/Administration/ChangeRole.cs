using MeetingBot.Coordination.People;
using MeetingBot.People;

namespace MeetingBot.Chat.Administration;

/// <summary>管理员 授权 / 撤销 姓名 组织者|管理员: gives or takes an organisation role (the last administrator stays).</summary>
public sealed class ChangeRole(PeopleDirectoryStore store, bool grant) : IAdministrationAction
{
    public IReadOnlyList<string> Words { get; } = grant ? ["授权", "grant"] : ["撤销", "revoke"];

    public static ChangeRole Grant(PeopleDirectoryStore store) => new(store, grant: true);

    public static ChangeRole Revoke(PeopleDirectoryStore store) => new(store, grant: false);

    public async Task RunAsync(AdministrationTurn turn, CancellationToken cancellationToken)
    {
        var (who, last) = PersonWords.WhoAndLast(turn.Argument);
        if (who.Length == 0 || OrganisationRoleNames.Parse(last) is not { } role)
        {
            await turn.ReplyAsync(AdministrationTexts.RoleUsage, cancellationToken);
            return;
        }

        DirectoryPerson? person = null;
        var outcome = await store.UpdateAsync(directory =>
        {
            var found = DirectoryLookup.One(directory, who);
            if (!found.IsSuccess)
            {
                return found.Failure;
            }

            person = found.Value;
            return grant
                ? DirectoryChanges.Grant(directory, turn.Administrator, person.Id, role)
                : DirectoryChanges.Revoke(directory, turn.Administrator, person.Id, role);
        }, cancellationToken);
        await (outcome.IsSuccess
            ? turn.ReplyAsync(grant ? AdministrationTexts.Granted : AdministrationTexts.Revoked, cancellationToken, person!.Label, turn.RoleName(role))
            : turn.RefuseAsync(outcome.Failure, cancellationToken));
    }
}
