using MeetingBot.Coordination.Templates.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MeetingBot.Coordination.Templates;

/// <summary>
/// Turns template text into a <see cref="ProcessTemplate"/>. The caller reads the file and passes its text with
/// a source name (the file name), so the domain does no I/O and every error says file, line and reason.
/// </summary>
public static class TemplateParser
{
    public static TemplateParseResult Parse(string sourceName, string yaml)
    {
        var errors = new TemplateErrors(sourceName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            errors.Add(exception.Start, "not valid YAML: " + exception.Message);
            return new TemplateParseResult(null, errors.Sorted());
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, when the text ends inside an open construct.
            var lastLine = yaml.TrimEnd().Split('\n').Length;
            errors.Add(new Mark(0, lastLine, 1), "not valid YAML: the text ends inside an unclosed bracket, quote or block");
            return new TemplateParseResult(null, errors.Sorted());
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(stream.Documents.Count > 0 ? stream.Documents[0].RootNode.Start : Mark.Empty, "a template is one YAML document holding a mapping");
            return new TemplateParseResult(null, errors.Sorted());
        }

        var template = TemplateDocumentReader.Read(new YamlMap(root, errors));
        return errors.Any ? new TemplateParseResult(null, errors.Sorted()) : new TemplateParseResult(template, []);
    }

    /// <summary>For start-up: a broken template stops the service with every error in the message.</summary>
    public static ProcessTemplate ParseOrThrow(string sourceName, string yaml)
    {
        var result = Parse(sourceName, yaml);
        return result.IsValid ? result.Template! : throw new InvalidTemplateException(result.Errors);
    }
}
