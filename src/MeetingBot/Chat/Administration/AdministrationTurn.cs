using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Administration;

/// <summary>An administrator's command: the turn, who he is in the directory, and what followed the action word.</summary>
public sealed record AdministrationTurn(CommandTurn Command, DirectoryPerson Administrator, string Argument)
{
    public UserLocale Locale => Command.Locale;

    public Task ReplyAsync(string text, CancellationToken cancellationToken) =>
        Command.Context.SendActivityAsync(text, cancellationToken);

    /// <summary>
    /// The arguments of an administration reply are a person's label, a word the administrator typed or a role name:
    /// all plain text, escaped here as they enter the Markdown message.
    /// </summary>
    public Task ReplyAsync(LocalText text, CancellationToken cancellationToken, params object[] args) =>
        ReplyAsync(text.In(Locale, [.. args.Select(a => a is string s ? MarkdownEscape.Text(s) : a)]), cancellationToken);

    public Task RefuseAsync(Failure failure, CancellationToken cancellationToken) =>
        ReplyAsync(FailureReply.For(failure, Locale), cancellationToken);

    public string RoleName(OrganisationRole role) =>
        Locale == UserLocale.En ? OrganisationRoleNames.English(role) : OrganisationRoleNames.Chinese(role);
}
