using System.Xml;
using System.Xml.Linq;

namespace MeetingBot.WeCom.Callback;

/// <summary>Reads the small flat XML documents WeCom sends, with DTDs and external entities refused.</summary>
public static class WeComXml
{
    private static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 1024 * 1024,
        IgnoreComments = true,
    };

    /// <summary>The child elements of the root by name, or null when the text is not a well-formed document.</summary>
    public static Dictionary<string, string>? Fields(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Safe);
            var root = XDocument.Load(reader).Root;
            if (root is null)
            {
                return null;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var element in root.Elements())
            {
                // Nested elements (SelectedItems of a card event) are kept as their inner XML text; first one wins.
                fields.TryAdd(element.Name.LocalName, element.HasElements ? string.Concat(element.Nodes()) : element.Value);
            }

            return fields;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>A flat document of text fields, each in CDATA, as WeCom writes them.</summary>
    public static string Write(IEnumerable<KeyValuePair<string, string>> fields) =>
        new XElement("xml", fields.Select(f => new XElement(f.Key, new XCData(f.Value)))).ToString(SaveOptions.DisableFormatting);
}
