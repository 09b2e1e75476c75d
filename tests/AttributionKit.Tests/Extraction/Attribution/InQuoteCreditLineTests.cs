using AttributionKit.Extraction.Attribution;
using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class InQuoteCreditLineTests
{
    [Theory]
    [InlineData("\"If the pier closes, the whole town will feel it.\nHarbour master Rosa Calder.\"", "If the pier closes, the whole town will feel it.", "Rosa Calder")]
    [InlineData("\"We are going to need a bigger budget.\nDean Baker, Center for Harbour Research.\"", "We are going to need a bigger budget.", "Dean Baker")]
    public void A_quote_paragraph_whose_last_line_inside_the_marks_names_a_person_is_a_pull_quote_credited_to_them(string paragraph, string words, string speaker)
    {
        var text = "The council met on Monday.\n\n" + paragraph + "\n\nThe vote is next week.";

        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var quote = result.Quotes.Single();
        quote.Text.Should().Be(words);
        quote.Kind.Should().Be(QuoteKind.Block);
        quote.Speaker.Should().Be(speaker);
        result.Findings.Should().NotContain(f => f.RuleName == "unattributed-quote");
    }

    [Theory]
    [InlineData("We will fight on.\nThank you.")]
    [InlineData("We will fight on\nRosa Calder.")]
    [InlineData("We will fight on.\nRosa Calder said she would come.")]
    [InlineData("We will fight on.\nCalder.")]
    public void A_last_line_that_is_not_a_full_name_after_a_finished_sentence_is_not_a_credit(string words)
    {
        var text = "\"" + words + "\"";

        InQuoteCreditLine.Find(text, new TextRange(1, text.Length - 1), i => text[i] == '\n').Should().BeNull();
    }

    [Fact]
    public void The_credit_line_is_cut_from_the_quoted_words()
    {
        var text = "\"The pier stays open.\nFormer harbour master Ben Holt.\"";

        var found = InQuoteCreditLine.Find(text, new TextRange(1, text.Length - 1), i => text[i] == '\n');

        found.Should().NotBeNull();
        text[found!.Value.Quoted.Start..found.Value.Quoted.End].Should().Be("The pier stays open.");
        text[found.Value.Line.Speaker.Start..found.Value.Line.Speaker.End].Should().Be("Former harbour master Ben Holt");
    }

    [Fact]
    public void A_name_closing_the_quote_on_the_same_line_of_the_file_is_quoted_words_not_a_credit()
    {
        var text = "The council met on Monday.\n\n\"If the pier closes, the whole town will feel it. Harbour master Rosa Calder.\"\n\nThe vote is next week.";

        var quote = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Quotes.Single();

        quote.Text.Should().EndWith("Harbour master Rosa Calder.");
        quote.Kind.Should().NotBe(QuoteKind.Block);
    }
}
