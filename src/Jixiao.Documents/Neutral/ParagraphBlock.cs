namespace Jixiao.Documents.Neutral;

/// <summary>
/// A paragraph, re-joined across page-break line splits; <see cref="LineStarts"/> maps character offsets
/// back to source lines so every figure in it keeps its line.
/// </summary>
public sealed record ParagraphBlock(string Text, IReadOnlyList<LineStart> LineStarts) : Block(LineStarts[0].Line)
{
    /// <summary>The source line of the character at <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        var line = LineStarts[0].Line;
        for (var i = 0; i < LineStarts.Count; i++)
        {
            var start = LineStarts[i];
            if (start.Offset > offset)
            {
                break;
            }

            line = start.Line;
        }

        return line;
    }
}

/// <summary>The paragraph offset at which a source line starts.</summary>
public readonly record struct LineStart(int Offset, int Line);
