using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using AttributionKit.Model;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// With POLNEAR_SPEAKER_DUMP=&lt;folder&gt;, writes one tab-separated line per judged direct quote (document, gold
/// content/source/cue offsets, the found quote's span, speaker and cue offsets, right or wrong) to
/// &lt;folder&gt;/speakers-&lt;split&gt;.tsv, so that speaker errors can be grouped by a script instead of by eye.
/// </summary>
internal static class SpeakerDump
{
    private static readonly ConcurrentQueue<string> Lines = new();

    private static string? Folder => Environment.GetEnvironmentVariable("POLNEAR_SPEAKER_DUMP");

    public static void Add(string doc, List<(int Start, int End)> content, List<(int Start, int End)> source, List<(int Start, int End)> cue, Quote quote, bool correct)
    {
        if (string.IsNullOrEmpty(Folder))
        {
            return;
        }

        Lines.Enqueue(string.Join('\t',
            doc,
            Spans(content),
            Spans(source),
            Spans(cue),
            $"{quote.Span.Start}-{quote.Span.End}",
            quote.SpeakerMention is { } m ? $"{m.Span.Start}-{m.Span.End}" : "",
            quote.Cue is { } c ? $"{c.Span.Start}-{c.Span.End}" : "",
            quote.Kind.ToString(),
            correct ? "1" : "0"));
    }

    public static void Flush(string split)
    {
        if (string.IsNullOrEmpty(Folder))
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        var sb = new StringBuilder();
        while (Lines.TryDequeue(out var line))
        {
            sb.Append(line).Append('\n');
        }

        File.WriteAllText(Path.Combine(Folder, $"speakers-{split}.tsv"), sb.ToString());
    }

    private static string Spans(List<(int Start, int End)> spans) =>
        string.Join(';', spans.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start}-{s.End}")));
}
