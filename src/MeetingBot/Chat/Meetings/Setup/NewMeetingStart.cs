namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// A set-up asked for in a Teams group and answered in the organiser's 1:1 chat: the group the meeting belongs to,
/// whose roster the people questions offer and where the meeting is indexed and announced.
/// </summary>
/// <param name="GroupConversationId">The group conversation the set-up was asked for in.</param>
/// <param name="GroupServiceUrl">Where the channel takes messages for that group.</param>
public sealed record NewMeetingStart(string GroupConversationId, string GroupServiceUrl);
