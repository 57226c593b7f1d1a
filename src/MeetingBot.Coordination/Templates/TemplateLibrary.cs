namespace MeetingBot.Coordination.Templates;

/// <summary>The templates the service offers, by id. Built once at start-up from the texts of the template files.</summary>
public sealed class TemplateLibrary
{
    private readonly Dictionary<string, ProcessTemplate> _templates;

    public TemplateLibrary(IEnumerable<ProcessTemplate> templates)
    {
        _templates = new Dictionary<string, ProcessTemplate>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            if (!_templates.TryAdd(template.Id, template))
            {
                throw new ArgumentException($"Two templates have the id '{template.Id}'.", nameof(templates));
            }
        }
    }

    public IReadOnlyCollection<ProcessTemplate> All => _templates.Values;

    /// <summary>Parses every (source name, text) pair; any broken template throws <see cref="InvalidTemplateException"/> with all errors.</summary>
    public static TemplateLibrary Parse(IEnumerable<(string SourceName, string Yaml)> sources)
    {
        var results = sources.Select(s => TemplateParser.Parse(s.SourceName, s.Yaml)).ToList();
        var errors = results.SelectMany(r => r.Errors).ToList();
        return errors.Count > 0 ? throw new InvalidTemplateException(errors) : new TemplateLibrary(results.Select(r => r.Template!));
    }

    public ProcessTemplate? Find(string id) => _templates.GetValueOrDefault(id);
}
