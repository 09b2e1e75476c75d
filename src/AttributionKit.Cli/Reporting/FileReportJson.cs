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

        json.WriteStartArray("quotes");
        foreach (var quote in result.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            WriteSpan(json, "span", quote.Span);
            json.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
            json.WriteString("speaker", quote.Speaker);
            WriteMention(json, "speakerMention", quote.SpeakerMention);
            WriteMention(json, "cue", quote.Cue);
            json.WriteString("source", quote.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("attributions");
        foreach (var attribution in result.Attributions)
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

        json.WriteEndArray();

        json.WriteStartArray("dates");
        foreach (var date in result.Dates)
        {
            json.WriteStartObject();
            json.WriteString("text", date.Text);
            json.WriteString("value", date.Value);
            json.WriteString("type", date.Type.ToString().ToLowerInvariant());
            json.WriteBoolean("relative", date.IsRelative);
            WriteSpan(json, "span", date.Span);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("outlets");
        foreach (var outlet in result.Outlets)
        {
            json.WriteStartObject();
            json.WriteString("name", outlet.Name);
            json.WriteString("kind", outlet.Kind.ToString().ToLowerInvariant());
            json.WriteBoolean("known", outlet.IsKnown);
            json.WriteStartArray("mentions");
            foreach (var mention in outlet.Mentions)
            {
                WriteSpanValue(json, mention.Span);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("claims");
        foreach (var claim in result.Claims)
        {
            json.WriteStartObject();
            json.WriteString("text", claim.Text);
            json.WriteNumber("score", Math.Round(claim.Score, 3));
            json.WriteString("attribution", claim.Attribution);
            WriteSpan(json, "span", claim.Span);
            json.WriteStartArray("features");
            foreach (var feature in claim.Features)
            {
                json.WriteStringValue(feature);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("findings");
        foreach (var finding in outcome.Findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string FormatName(ArticleFormat? format) => format switch
    {
        ArticleFormat.Html => "html",
        ArticleFormat.Markdown => "markdown",
        ArticleFormat.Text => "text",
        _ => "unknown",
    };

    private static void WriteDocument(Utf8JsonWriter json, DocumentMetadata metadata)
    {
        json.WriteStartObject("document");
        json.WriteString("title", metadata.Title);
        json.WriteStartArray("authors");
        foreach (var author in metadata.Authors)
        {
            json.WriteStringValue(author);
        }

        json.WriteEndArray();
        json.WriteString("siteName", metadata.SiteName);
        json.WriteString("language", metadata.Language);
        json.WriteString("url", metadata.Url);
        if (metadata.Published is { } published)
        {
            json.WritePropertyName("published");
            WriteDate(json, published, metadata.PublishedReason);
        }
        else
        {
            json.WriteNull("published");
        }

        json.WriteStartArray("candidates");
        foreach (var candidate in metadata.DateCandidates)
        {
            WriteDate(json, candidate, null);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, DocumentDate date, string? reason)
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
            json.WriteStartArray("related");
            foreach (var related in finding.Related)
            {
                json.WriteStartObject();
                json.WriteString("text", related.Text);
                WriteSpan(json, "span", related.Span);
                json.WriteEndObject();
            }

            json.WriteEndArray();
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

        json.WriteStartObject(name);
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
