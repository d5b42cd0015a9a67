using System.Globalization;
using System.Text;
using System.Xml;

namespace ToyRust.Analysis.Rendering;

// Text as the renderers put it on the page. SVG has no text wrapping, so a label that would not
// fit its column is shortened in the middle ("fib.rs x86…opt=0 toyrust"): both ends of a
// configuration or a Rust path say the most. Widths are estimates from a per-character advance
// (the charts set monospace for labels, where that estimate holds). Characters XML forbids
// (control characters, lone surrogates) become U+FFFD so the output always parses.

/// <summary>Shortening and cleaning of text for SVG and HTML.</summary>
internal static class TextFit
{
    public const string Ellipsis = "\u2026";

    /// <summary>The text itself if it has at most <paramref name="maxChars"/> text elements, else its two ends around an ellipsis.</summary>
    public static string Shorten(string text, int maxChars)
    {
        var info = new StringInfo(text);
        if (info.LengthInTextElements <= maxChars) return text;
        if (maxChars <= 1) return Ellipsis;
        var head = maxChars / 2;
        var tail = maxChars - 1 - head;
        return info.SubstringByTextElements(0, head) + Ellipsis + info.SubstringByTextElements(info.LengthInTextElements - tail, tail);
    }

    /// <summary>How many characters of <paramref name="fontSize"/>-pixel text fit in <paramref name="width"/> pixels.</summary>
    public static int CharsThatFit(double width, double fontSize, double advance = 0.61) => Math.Max(1, (int)Math.Floor(width / (fontSize * advance)));

    /// <summary>The text with every character XML 1.0 forbids replaced by U+FFFD.</summary>
    public static string XmlSafe(string text)
    {
        if (XmlValid(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i)) { sb.Append(text, i++, 2); continue; }
            sb.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
        }
        return sb.ToString();
    }

    private static bool XmlValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i)) i++;
            else if (!XmlConvert.IsXmlChar(text[i])) return false;
        }
        return true;
    }
}
