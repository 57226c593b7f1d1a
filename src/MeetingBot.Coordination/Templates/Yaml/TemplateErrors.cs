using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>Collects every error of one template with its line, so an author fixes them all in one pass.</summary>
internal sealed class TemplateErrors(string source)
{
    private readonly List<TemplateError> _errors = [];

    public string Source { get; } = source;

    public bool Any => _errors.Count > 0;

    public void Add(YamlNode node, string reason) => Add(node.Start, reason);

    public void Add(Mark mark, string reason) => _errors.Add(new TemplateError(Source, (int)mark.Line, (int)mark.Column, reason));

    public IReadOnlyList<TemplateError> Sorted() =>
        [.. _errors.OrderBy(e => e.Line).ThenBy(e => e.Column)];
}
