using System.Text.Json;
using AttributionKit.Checking;
using AttributionKit.Cli.Running;
using AttributionKit.Model;

namespace AttributionKit.Cli.Reporting;

/// <summary>Writes one file report of the JSON contract (see README, "The JSON report"); shared by <c>json</c> and <c>ndjson</c>.</summary>
internal static class FileReportJson
{
    public static void Write(Utf8JsonWriter json, FileOutcome outcome)
    {
        json.WriteStartObject();
        json.WriteString("path", outcome.DisplayPath);
        json.WriteString("format", FormatName(outcome.Format));
        var result = outcome.Result;
        if (result is null)
        {
            json.WriteStartObject("error");
            json.WriteString("message", outcome.Error);
            json.WriteEndObject();
            json.WriteNull("document");
            json.WriteString("text", string.Empty);
            foreach (var empty in new[] { "quotes", "attributions", "dates", "outlets", "claims", "findings" })
            {
                json.WriteStartArray(empty);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            return;
        }

        json.WriteNull("error");
        WriteDocument(json, result.Article.Metadata);
        json.WriteString("text", result.Article.Text);

        WriteArray(json, "quotes", result.Quotes, WriteQuote);
        WriteArray(json, "attributions", result.Attributions, WriteAttribution);
        WriteArray(json, "dates", result.Dates, WriteDateMention);
        WriteArray(json, "outlets", result.Outlets, WriteOutlet);
        WriteArray(json, "claims", result.Claims, WriteClaim);
        // The outcome's findings, not the result's: a baseline may have taken some out.
        WriteArray(json, "findings", outcome.Findings, WriteFinding);
        json.WriteEndObject();
    }

    public static string FormatName(ArticleFormat? format) => format switch
    {
        ArticleFormat.Html => "html",
        ArticleFormat.Markdown => "markdown",
        ArticleFormat.Text => "text",
        _ => "unknown",
    };

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(json, item);
        }

        json.WriteEndArray();
    }

    private static void WriteQuote(Utf8JsonWriter json, Quote quote)
    {
        json.WriteStartObject();
        json.WriteString("text", quote.Text);
        WriteSpan(json, "span", quote.Span);
        json.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
        json.WriteString("speaker", quote.Speaker);
        json.WriteString("speakerRole", quote.SpeakerRole);
        WriteMention(json, "speakerMention", quote.SpeakerMention);
        WriteMention(json, "cue", quote.Cue);
        json.WriteString("source", quote.Source);
        if (quote.RepeatOf is { } repeatOf)
        {
            json.WriteNumber("repeatOf", repeatOf);
        }

        json.WriteEndObject();
    }

    private static void WriteAttribution(Utf8JsonWriter json, Attribution attribution)
    {
        json.WriteStartObject();
        json.WriteString("kind", attribution.Kind.ToString().ToLowerInvariant());
        WriteMention(json, "content", attribution.Content);
        if (attribution.Source is { } source)
        {
            json.WriteStartObject("source");
            json.WriteString("text", source.Mention.Text);
            WriteSpan(json, "span", source.Mention.Span);
            json.WriteString("name", source.Name);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("source");
        }

        WriteMention(json, "cue", attribution.Cue);
        json.WriteEndObject();
    }

    private static void WriteDateMention(Utf8JsonWriter json, DateMention date)
    {
        json.WriteStartObject();
        json.WriteString("text", date.Text);
        json.WriteString("value", date.Value);
        json.WriteString("type", date.Type.ToString().ToLowerInvariant());
        json.WriteBoolean("relative", date.IsRelative);
        WriteSpan(json, "span", date.Span);
        json.WriteEndObject();
    }

    private static void WriteOutlet(Utf8JsonWriter json, OutletCitation outlet)
    {
        json.WriteStartObject();
        json.WriteString("name", outlet.Name);
        json.WriteString("kind", outlet.Kind.ToString().ToLowerInvariant());
        json.WriteBoolean("known", outlet.IsKnown);
        WriteArray(json, "mentions", outlet.Mentions, (j, m) => WriteSpanValue(j, m.Span));
        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("text", claim.Text);
        json.WriteNumber("score", Math.Round(claim.Score, 3));
        json.WriteString("attribution", claim.Attribution);
        WriteSpan(json, "span", claim.Span);
        WriteArray(json, "features", claim.Features, (j, f) => j.WriteStringValue(f));
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentMetadata metadata)
    {
        json.WriteStartObject("document");
        json.WriteString("title", metadata.Title);
        WriteArray(json, "authors", metadata.Authors, (j, author) => j.WriteStringValue(author));
        json.WriteString("siteName", metadata.SiteName);
        json.WriteString("language", metadata.Language);
        json.WriteString("url", metadata.Url);
        if (metadata.Published is { } published)
        {
            json.WritePropertyName("published");
            WriteDocumentDate(json, published, metadata.PublishedReason);
        }
        else
        {
            json.WriteNull("published");
        }

        WriteArray(json, "candidates", metadata.DateCandidates, (j, candidate) => WriteDocumentDate(j, candidate, null));
        json.WriteEndObject();
    }

    private static void WriteDocumentDate(Utf8JsonWriter json, DocumentDate date, string? reason)
    {
        json.WriteStartObject();
        json.WriteString("value", date.Value);
        json.WriteString("source", date.SourceLabel);
        json.WriteString("text", date.Text);
        json.WriteString("role", date.Role.ToString().ToLowerInvariant());
        if (reason is not null)
        {
            json.WriteString("reason", reason);
        }

        if (date.Span is { } span)
        {
            WriteSpan(json, "span", span);
        }

        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("id", finding.RuleId);
        json.WriteString("rule", finding.RuleName);
        json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
        json.WriteString("message", finding.Message);
        json.WriteString("excerpt", finding.Excerpt);
        WriteSpan(json, "span", finding.Span);
        if (!finding.Related.IsEmpty)
        {
            WriteArray(json, "related", finding.Related, WriteMentionValue);
        }

        json.WriteEndObject();
    }

    private static void WriteMention(Utf8JsonWriter json, string name, Mention? mention)
    {
        if (mention is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WritePropertyName(name);
        WriteMentionValue(json, mention);
    }

    private static void WriteMentionValue(Utf8JsonWriter json, Mention mention)
    {
        json.WriteStartObject();
        json.WriteString("text", mention.Text);
        WriteSpan(json, "span", mention.Span);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, SourceSpan span)
    {
        json.WritePropertyName(name);
        WriteSpanValue(json, span);
    }

    private static void WriteSpanValue(Utf8JsonWriter json, SourceSpan span)
    {
        json.WriteStartObject();
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteNumber("line", span.Line);
        json.WriteNumber("column", span.Column);
        json.WriteNumber("endLine", span.EndLine);
        json.WriteNumber("endColumn", span.EndColumn);
        json.WriteEndObject();
    }
}
