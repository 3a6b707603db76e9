namespace Jixiao.Documents.Tests.Hostile;

/// <summary>
/// A read-only stream of <paramref name="length"/> bytes that form one line of repeated "测" (UTF-8), made as it is
/// read: a gigabyte-long line costs nothing until someone reads it. Counts the bytes handed out.
/// </summary>
internal sealed class LazyLineStream(long length) : Stream
{
    private static readonly byte[] Pattern = "测"u8.ToArray();

    public long Served { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Served;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - Served);
        for (var i = 0; i < n; i++)
        {
            buffer[offset + i] = Pattern[(int)((Served + i) % Pattern.Length)];
        }

        Served += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
