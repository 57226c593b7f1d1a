namespace MeetingBot.Coordination.Templates;

/// <summary>Why a template was rejected and where: the source name (usually the file), line and column (1-based).</summary>
public sealed record TemplateError(string Source, int Line, int Column, string Reason)
{
    public override string ToString() => $"{Source}:{Line}:{Column}: {Reason}";
}
