using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 更改角色 @x 成员 督导 / change roles @x member supervisor: the secretary sets the roles someone holds in this
/// meeting. The lead is handed over with 移交主持; the domain refuses any change that would leave none or two.
/// </summary>
public sealed class ChangeRolesCommand(MeetingUpdates updates) : IChatCommandHandler
{
    private static readonly Dictionary<string, Role> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["成员"] = Role.Member, ["member"] = Role.Member,
        ["部门负责人"] = Role.DepartmentHead, ["head"] = Role.DepartmentHead, ["department-head"] = Role.DepartmentHead,
        ["督导"] = Role.Supervisor, ["supervisor"] = Role.Supervisor,
        ["秘书"] = Role.Secretary, ["secretary"] = Role.Secretary,
        ["主持"] = Role.Lead, ["lead"] = Role.Lead,
    };

    public ChatCommand Command => SetupCommands.ChangeRoles;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        // Permission first: a member is told he may not, not how to spell roles.
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is null)
        {
            return;
        }

        // The words besides the mentioned names (mention markup is already plain text): each must name a role.
        var names = PeopleAnswer.Mentioned(turn.Context.Activity).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var words = turn.Argument.Split((char[])[' ', '\u3000', '、', ',', '，'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimStart('@')).Where(w => !names.Contains(w)).ToList();
        var roles = words.Select(w => Words.TryGetValue(w, out var role) ? role : (Role?)null).ToList();
        if (roles.Count == 0 || roles.Any(r => r is null))
        {
            await turn.Context.SendActivityAsync(SetupTexts.RolesUsage.In(turn.Locale), cancellationToken);
            return;
        }

        IReadOnlyList<Role> chosen = [.. roles.OfType<Role>().Distinct()];
        await updates.ApplyToMentionedAsync(
            turn,
            // The domain keeps exactly one lead: taking the role away or giving a second one is refused with its reason.
            (meeting, person, actor, now) => new ChangeRoles(meeting.Version, person.UserId, chosen, person.Name).Decide(meeting, actor, now),
            (before, person) => SetupTexts.RolesChanged.In(turn.Locale, MarkdownEscape.Text(before.NameOf(person.UserId)), string.Join(" ", words)),
            cancellationToken);
    }
}
