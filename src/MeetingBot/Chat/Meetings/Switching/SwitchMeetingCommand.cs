using System.Globalization;
using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Switching;

/// <summary>
/// <c>切换会议</c> / <c>switch meeting</c>: a numbered list of the person's open meetings to choose from (or
/// <c>切换会议 2</c> at once); the choice stays in his user state until he switches again or that meeting ends.
/// </summary>
public sealed class SwitchMeetingCommand(MeetingResolver resolver) : IChatCommandHandler
{
    public ChatCommand Command { get; } = new("meeting.switch", ["切换会议"], ["switch meeting"], SwitchTexts.Command,
        ArgumentShape.Number(new LocalText("2", "2")));

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        var meetings = await resolver.ChoicesAsync(context, cancellationToken);
        if (meetings.Count == 0)
        {
            await context.SendActivityAsync(SwitchTexts.None.In(turn.Locale), cancellationToken);
            return;
        }

        if (meetings.Count == 1)
        {
            await context.SendActivityAsync(SwitchTexts.OnlyOne.In(turn.Locale, MarkdownEscape.Text(meetings[0].Theme), MeetingResolver.MeetingDate(meetings[0])), cancellationToken);
            return;
        }

        if (int.TryParse(turn.Argument, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            if (number < 1 || number > meetings.Count)
            {
                await context.SendActivityAsync(SwitchTexts.NoSuchNumber.In(turn.Locale, number), cancellationToken);
                return;
            }

            var meeting = meetings[number - 1];
            await resolver.ChooseAsync(context, meeting.Id, cancellationToken);
            await context.SendActivityAsync(SwitchTexts.Switched.In(turn.Locale, MarkdownEscape.Text(meeting.Theme), MeetingResolver.MeetingDate(meeting)), cancellationToken);
            return;
        }

        await turn.Dialogs.BeginDialogAsync(SwitchMeetingDialog.DialogId, null, cancellationToken);
    }
}
