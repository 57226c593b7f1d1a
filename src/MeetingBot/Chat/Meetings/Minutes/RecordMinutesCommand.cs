using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Minutes;

/// <summary>
/// <c>记录发言 李敏 批评 张伟 …</c> / <c>record minutes Li criticism Zhang …</c>: the secretary records one speech as the
/// meeting goes. The reply confirms what was recorded without repeating it; the domain decides who may and when.
/// </summary>
public sealed class RecordMinutesCommand(MeetingResolver current, MeetingRepository repository, TimeProvider time) : IChatCommandHandler
{
    private static readonly char[] Spaces = [' ', '\u3000', '\n'];

    public ChatCommand Command { get; } = new("record-minutes", ["记录发言", "会议记录"], ["record minutes"], MinutesTexts.RecordCommand, ArgumentShape.Text(new LocalText("张伟 自我批评 调研不深入", "Zhang Wei self too few visits")));

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var parts = turn.Argument.Split(Spaces, 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 3 || SpeechWords.Find(parts[1]) is not { } kind)
        {
            await context.SendActivityAsync(MinutesTexts.RecordUsage.In(turn.Locale), cancellationToken);
            return;
        }

        var meeting = found.Meeting;
        if (Named(meeting, parts[0]) is not { } member)
        {
            await context.SendActivityAsync(MinutesTexts.NoSuchPerson.In(turn.Locale, MarkdownEscape.Text(parts[0])), cancellationToken);
            return;
        }

        var text = parts[2];
        Participant? critic = null;
        if (kind == SpeechKind.Criticism)
        {
            var rest = text.Split(Spaces, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (rest.Length < 2)
            {
                await context.SendActivityAsync(MinutesTexts.RecordUsage.In(turn.Locale), cancellationToken);
                return;
            }

            critic = Named(meeting, rest[0]);
            if (critic is null)
            {
                await context.SendActivityAsync(MinutesTexts.NoSuchPerson.In(turn.Locale, MarkdownEscape.Text(rest[0])), cancellationToken);
                return;
            }

            text = rest[1];
        }

        var outcome = await repository.UpdateAsync<MeetingMinutes>(turn.UnitOfWork, DocumentId.Minutes(meeting.Id), stored =>
            new RecordSpeech(stored?.Version ?? 0, member.UserId, kind, critic?.UserId, text).Decide(meeting, stored, found.Actor, time.GetUtcNow()),
            cancellationToken);
        var reply = outcome.IsSuccess ? Recorded(outcome.Value.Entries[^1], meeting, turn.Locale) : FailureReply.For(outcome.Failure, turn.Locale);
        await context.SendActivityAsync(reply, cancellationToken);
    }

    private static Participant? Named(Meeting meeting, string name)
    {
        var plain = name.TrimStart('@', '＠');
        return meeting.Participants.FirstOrDefault(p => string.Equals(p.Name, plain, StringComparison.OrdinalIgnoreCase) || p.UserId == plain);
    }

    private static string Recorded(MinutesEntry entry, Meeting meeting, UserLocale locale) => entry.Kind switch
    {
        SpeechKind.Criticism => MinutesTexts.RecordedCriticism.In(locale, entry.Number, MarkdownEscape.Text(meeting.NameOf(entry.FromId!)), MarkdownEscape.Text(meeting.NameOf(entry.MemberId))),
        SpeechKind.Response => MinutesTexts.Recorded.In(locale, entry.Number, meeting.NameOf(entry.MemberId), MinutesTexts.KindResponse.In(locale)),
        SpeechKind.CollectiveExamination => MinutesTexts.Recorded.In(locale, entry.Number, meeting.NameOf(entry.MemberId), MinutesTexts.KindCollective.In(locale)),
        _ => MinutesTexts.Recorded.In(locale, entry.Number, meeting.NameOf(entry.MemberId), MinutesTexts.KindSelf.In(locale)),
    };
}
