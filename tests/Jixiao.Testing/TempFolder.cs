using Jixiao.Testing;
using System.Text;

namespace Jixiao.Testing;

/// <summary>A folder under the system temp path for one test's files, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jixiao-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string text) => File(name, new UTF8Encoding(false).GetBytes(text));

    public string File(string name, byte[] bytes)
    {
        var path = PathOf(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
