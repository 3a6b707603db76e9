using System.Diagnostics;
using System.Globalization;

namespace Jixiao.Cli.Batch;

/// <summary>
/// Progress when stderr is not a terminal: one line per whole percent reached, or after 10 seconds without one
/// ("[250/10000] 2%：已用 3.1 秒，每秒 81 份；最近完成 a.txt"); with at most 100 inputs that is one line per input.
/// </summary>
internal sealed class LineProgress(TextWriter error, int total) : IBatchProgress
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastLine;
    private int _done;
    private int _lastPercent;

    public void Problem(string line) => error.WriteLine(line);

    public void Finished(string file)
    {
        _done++;
        var percent = total == 0 ? 100 : (int)(_done * 100L / total);
        var elapsed = _clock.Elapsed;
        if (percent <= _lastPercent && elapsed - _lastLine < Interval)
        {
            return;
        }

        _lastPercent = percent;
        _lastLine = elapsed;
        var rate = elapsed.TotalSeconds > 0 ? _done / elapsed.TotalSeconds : 0;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{_done}/{total}] {percent}%：已用 {elapsed.TotalSeconds:F1} 秒，每秒 {rate:F0} 份；最近完成 {file}"));
    }
}
