using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Coordination.Talks;
using MeetingBot.Chat.Meetings.Submissions.Forms;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// Asks the other party of a recorded talk, in their own 1:1 chat, to confirm or dispute it. Only a stored 1:1
/// reference is used: the record is private to the two parties.
/// </summary>
public sealed class TalkNotice(CloudAdapter adapter, ConversationReferenceStore references)
{
    /// <returns>Whether the other party could be reached.</returns>
    public async Task<bool> SendAsync(ITurnContext turn, string recorderName, string otherUserId, TalkRecord record, CancellationToken cancellationToken)
    {
        var stored = await references.GetPersonalAsync(turn.Activity.ChannelId!, otherUserId, cancellationToken);
        if (stored is null)
        {
            return false;
        }

        // The other party's language is unknown here; the stored reference carries their locale when the channel sent one.
        var locale = UserLocales.From(stored.Reference.Locale);
        var latest = record.Latest;
        var text = SubmissionTexts.TalkToConfirm.In(locale, recorderName, latest.Notes.HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TalkForm.Summary(latest.Notes, locale));
        await adapter.ContinueConversationAsync(stored.Reference, (context, ct) => context.SendActivityAsync(text, ct), cancellationToken);
        return true;
    }
}
