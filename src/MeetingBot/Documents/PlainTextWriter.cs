using System.Text;

namespace MeetingBot.Documents;

/// <summary>
/// Collects a Word body's text as lines: one per paragraph outside tables, one per table row with its cells separated
/// by tabs (a cell's own paragraphs, breaks and any nested table joined by spaces, so a row stays one line), up to a
/// maximum length.
/// </summary>
internal sealed class PlainTextWriter(int maxLength)
{
    private readonly StringBuilder _text = new();
    private readonly Stack<bool> _rowHasCell = new();
    private int _cellDepth;
    private bool _pendingSpace;

    public bool IsFull { get; private set; }

    private bool InCell => _cellDepth > 0;

    public void Text(string text)
    {
        if (_pendingSpace)
        {
            _pendingSpace = false;
            Append(" ");
        }

        Append(text);
    }

    public void EndParagraph() => Separate('\n');

    public void Break() => Separate('\n');

    public void Tab() => Separate('\t');

    public void StartRow() => _rowHasCell.Push(false);

    public void StartCell()
    {
        if (_rowHasCell.TryPop(out var hasCell))
        {
            if (hasCell)
            {
                Separate('\t');
            }

            _rowHasCell.Push(true);
        }

        // A space owed before a nested table's first cell is still owed.
        _cellDepth++;
    }

    public void EndCell()
    {
        _cellDepth = Math.Max(0, _cellDepth - 1);
        _pendingSpace = false;
    }

    public void EndRow()
    {
        _rowHasCell.TryPop(out _);
        Separate('\n');
    }

    /// <summary>The text without trailing line ends, so at most the maximum length.</summary>
    public ExtractedText ToExtractedText() => new(_text.ToString().TrimEnd(), IsFull);

    // Outside a cell the separator is written; inside one it becomes a space before the cell's next text.
    private void Separate(char separator)
    {
        if (InCell)
        {
            _pendingSpace = true;
        }
        else
        {
            Append(separator.ToString());
        }
    }

    private void Append(string text)
    {
        var room = maxLength - _text.Length;
        if (IsFull || room <= 0)
        {
            IsFull = IsFull || text.Length > 0;
            return;
        }

        if (text.Length <= room)
        {
            _text.Append(text);
            return;
        }

        // Never keep half of a surrogate pair (characters outside the BMP, e.g. rare CJK ideographs).
        var cut = char.IsHighSurrogate(text[room - 1]) ? room - 1 : room;
        _text.Append(text, 0, cut);
        IsFull = true;
    }
}
