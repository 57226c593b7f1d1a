using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MeetingBot.Reports.Rendering;

/// <summary>The workbook's shared string table: each distinct text stored once, cells pointing at it by index.</summary>
public sealed class SharedStrings
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    private int _uses;

    public int IndexOf(string text)
    {
        text = XmlSafeText.Of(text);
        _uses++;
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _indexes.Add(text, index);
            _texts.Add(text);
        }

        return index;
    }

    public SharedStringTable Build() =>
        new(_texts.Select(text => new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)_uses,
            UniqueCount = (uint)_texts.Count,
        };
}
