using MeetingBot.Localization;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// What a rendered file needs besides its content: the locale that chooses its typesetting, who is recorded as its
/// author in the document properties, and when it was made (from the caller's clock; left out when not given).
/// </summary>
public sealed record RenderOptions(UserLocale Locale, string Creator, DateTimeOffset? Created = null);
