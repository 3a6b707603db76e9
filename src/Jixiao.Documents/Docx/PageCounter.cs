namespace Jixiao.Documents.Docx;

/// <summary>
/// Counts pages as Word last laid them out: 1 + explicit page breaks (w:br type="page", pageBreakBefore, a section
/// that starts a new page) + rendered page breaks (w:lastRenderedPageBreak). Word also writes a rendered break right
/// after an explicit one; a rendered break with no text since the last explicit break is that same break, not a new page.
/// </summary>
internal sealed class PageCounter
{
    private bool _explicitBreakPending;

    public int Current { get; private set; } = 1;

    public void ExplicitBreak()
    {
        Current++;
        _explicitBreakPending = true;
    }

    public void RenderedBreak()
    {
        if (!_explicitBreakPending)
        {
            Current++;
        }

        _explicitBreakPending = false;
    }

    /// <summary>Visible text was read: a later rendered break is a new page.</summary>
    public void Text() => _explicitBreakPending = false;
}
