namespace MeetingBot.Coordination.Templates;

/// <summary>
/// Thrown by <see cref="TemplateParser.ParseOrThrow"/> so that the service refuses to start with a broken
/// template; the message lists every error as <c>file:line:column: reason</c>.
/// </summary>
public sealed class InvalidTemplateException(IReadOnlyList<TemplateError> errors)
    : Exception("The process template is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<TemplateError> Errors { get; } = errors;
}
