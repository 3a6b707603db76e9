namespace Jixiao.Cli.Batch;

/// <summary>Where a batch audit reports its progress and its stderr lines while it runs.</summary>
internal interface IBatchProgress
{
    /// <summary>A line for stderr: a file that could not be read or a reading problem.</summary>
    void Problem(string line);

    /// <summary>One more input finished.</summary>
    void Finished(string file);
}
