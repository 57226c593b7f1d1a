using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 更改角色 @x 成员 督导 / change roles @x member supervisor: the secretary sets the roles someone holds in this
/// meeting, after confirming whom and which (roles decide who reads whose material: a supervisor reads outlines). In
/// the web chat, which makes no @mentions, the name is written before or after the roles (更改角色 王五 督导) and looked up
/// in the directory. The lead is handed over with 移交主持; the domain refuses any change that would leave none or two.
/// </summary>
public sealed class ChangeRolesCommand(MeetingUpdates updates, ConfirmationGate confirmations) : IConfirmedCommand
{
    private static readonly Dictionary<string, Role> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["成员"] = Role.Member, ["member"] = Role.Member,
        ["部门负责人"] = Role.DepartmentHead, ["head"] = Role.DepartmentHead, ["department-head"] = Role.DepartmentHead,
        ["督导"] = Role.Supervisor, ["supervisor"] = Role.Supervisor,
        ["秘书"] = Role.Secretary, ["secretary"] = Role.Secretary,
        ["主持"] = Role.Lead, ["lead"] = Role.Lead,
    };

    private static readonly char[] Separators = [' ', '\u3000', '、', ',', '，'];

    public ChatCommand Command => SetupCommands.ChangeRoles;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        // The words besides the mentioned names (mention markup is already plain text): the role words, and in the web
        // chat the name written with them. Permission first: a member is told he may not, not how to spell roles.
        var mentioned = PeopleAnswer.Mentioned(turn.Context.Activity).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var words = turn.Argument.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimStart('@', '＠')).Where(w => !mentioned.Contains(w)).ToList();
        var roleWords = words.Where(Words.ContainsKey).ToList();
        var typedName = string.Join(' ', words.Where(w => !Words.ContainsKey(w)));
        if (await updates.ScopeAndNamedAsync(turn, typedName, cancellationToken) is not var (scope, person))
        {
            return null;
        }

        if (roleWords.Count == 0)
        {
            await turn.Context.SendActivityAsync(SetupTexts.RolesUsage.In(turn.Locale), cancellationToken);
            return null;
        }

        var roles = RolesOf(roleWords);
        return await updates.DescribeChangeAsync(turn, scope,
            // The domain keeps exactly one lead: taking the role away or giving a second one is refused with its reason.
            (meeting, _, now) => new ChangeRoles(meeting.Version, person.UserId, roles, person.Name).Decide(meeting, scope.Actor, now),
            meeting => new ConfirmationRequest(
                WhatWillHappen.ChangeRoles.In(turn.Locale, MarkdownEscape.Text(meeting.NameOf(person.UserId)), MarkdownEscape.Text(meeting.Theme), string.Join(" ", roleWords)),
                person.UserId + "\n" + string.Join(' ', roleWords)),
            cancellationToken);
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        // The person and roles shown in the question, not whatever the confirming message happens to say.
        if (details?.Split('\n') is not [var userId, var shown] || shown.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not { Length: > 0 } roleWords
            || !roleWords.All(Words.ContainsKey))
        {
            return;
        }

        var roles = RolesOf(roleWords);
        if (await updates.ApplyConfirmedAsync(turn,
                (meeting, scope, now) => new ChangeRoles(meeting.Version, userId, roles, scope.Meeting.NameOf(userId)).Decide(meeting, scope.Actor, now),
                cancellationToken) is var (_, scopeBefore))
        {
            await turn.Context.SendActivityAsync(SetupTexts.RolesChanged.In(turn.Locale, MarkdownEscape.Text(scopeBefore.Meeting.NameOf(userId)), shown), cancellationToken);
        }
    }

    private static IReadOnlyList<Role> RolesOf(IEnumerable<string> roleWords) => [.. roleWords.Select(w => Words[w]).Distinct()];
}
