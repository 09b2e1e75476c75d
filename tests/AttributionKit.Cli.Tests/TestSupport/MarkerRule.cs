using AttributionKit.Checking;

namespace AttributionKit.Cli.Tests.TestSupport;

/// <summary>
/// A rule of the tests' own, written against the public extensibility API only: it flags every "zorblax" in the
/// main text. It makes findings without depending on any built-in rule, and proves user rules are reported and
/// configured like built-in ones.
/// </summary>
public sealed class MarkerRule : ArticleRule
{
    public const string Word = "zorblax";

    public static readonly RuleDescriptor Rule = new(
        "TST0001",
        "marker-word",
        "Marker word in the text",
        "Marker word '{0}' found.",
        "Testing",
        Severity.Warning,
        "Flags the made-up word 'zorblax' so the CLI's tests have findings at known places.",
        "Remove the word.",
        new Uri("https://example.invalid/rules/marker-word"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var text = context.Article.Text;
        for (var i = text.IndexOf(Word, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(Word, i + Word.Length, StringComparison.OrdinalIgnoreCase))
        {
            context.Report(new TextRange(i, i + Word.Length), text.Substring(i, Word.Length));
        }
    }
}
