using System.Buffers.Binary;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pictures = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Jixiao.Documents.Writers.Docx;

/// <summary>
/// An inline PNG picture (DrawingML) as wide as the text block, its height following the image's aspect ratio,
/// with the chart's title as alternative text.
/// </summary>
internal static class DocxPicture
{
    private const long EmuPerMillimetre = 36_000;
    private const string PictureNamespace = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    /// <param name="relationshipId">The id of the image part holding <paramref name="png"/>.</param>
    /// <param name="id">A drawing id unique in the document.</param>
    public static Drawing Inline(byte[] png, string relationshipId, uint id, string description)
    {
        var (width, height) = PixelSize(png);
        var cx = DocxPageSetup.TextWidthMillimetres * EmuPerMillimetre;
        var cy = cx * height / width;
        var name = $"图{id}";
        return new Drawing(new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = id, Name = name, Description = description },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pictures.Picture(
                    new Pictures.NonVisualPictureProperties(
                        new Pictures.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = description },
                        new Pictures.NonVisualPictureDrawingProperties()),
                    new Pictures.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pictures.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            {
                Uri = PictureNamespace,
            }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
    }

    /// <summary>Width and height in pixels from the PNG header (IHDR follows the 8-byte signature).</summary>
    private static (long Width, long Height) PixelSize(byte[] png)
    {
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new ArgumentException("The chart image is not a PNG.", nameof(png));
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4));
        if (width == 0 || height == 0)
        {
            throw new ArgumentException("The chart image has no pixels.", nameof(png));
        }

        return (width, height);
    }
}
