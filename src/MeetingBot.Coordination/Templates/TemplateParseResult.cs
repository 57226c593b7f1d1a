namespace MeetingBot.Coordination.Templates;

/// <summary>A parsed template, or every reason it was rejected (never both).</summary>
public sealed record TemplateParseResult(ProcessTemplate? Template, IReadOnlyList<TemplateError> Errors)
{
    public bool IsValid => Template is not null && Errors.Count == 0;
}
