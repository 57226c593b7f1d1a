using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// What 批准 and 退回 take: an item's stable reference (<c>提纲7</c>) or its number in the <c>待审</c> listing the lead
/// was shown, optionally followed by a comment (<c>退回 提纲7 事例不具体</c>, <c>退回1，例子不具体</c>).
/// </summary>
public static class ReviewItemArgument
{
    public static ArgumentShape Shape(LocalText example) =>
        ArgumentShape.StartingWith(example, text => ReviewReferenceText.Parse(text) is not null)
            .Or(ArgumentShape.Number(example, textAfter: true));
}
