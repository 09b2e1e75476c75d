using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Reporting-verb forms that report nothing where they stand: a phrase meaning something else, a noun for a
/// result or a programme, a verb of saying before a plain object, "called" naming a thing.</summary>
public class NonSpeechReadingTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("Nora Vale showed up in Portland to hear the harbour master.", "showed")]
    [InlineData("The skippers filmed the new pier to show off later on their pages.", "show")]
    [InlineData("Sooner or later a new ferry finds its way to the harbour.", "finds")]
    [InlineData("The harbour board has found itself at the center of the dispute.", "found")]
    [InlineData("Dana Holt has found ways to press her harbour plan through small amendments.", "found")]
    [InlineData("Nora Vale found a way to make the vote about the pier.", "found")]
    [InlineData("The mayor hasn't found the way to do that, at least so far.", "found")]
    [InlineData("The party is rushing toward an unofficial label it is trying to avoid.", "label")]
    [InlineData("Nora Vale has avoided the fringe label that often sticks to harbour candidates.", "label")]
    [InlineData("The two towns were reaching closure on many disputes that had divided them.", "disputes")]
    [InlineData("Similar classification disputes are common across the harbour office.", "disputes")]
    [InlineData("It is hard to see how the pier survives the winter.", "see")]
    [InlineData("Those are the tides the new pier will have to contend with.", "contend")]
    [InlineData("Under the plan the skippers would see a 50 percent rise in their fees.", "see")]
    [InlineData("The harbour will likely see a two percent rise in traffic.", "see")]
    [InlineData("The board weighed two challenges to Nora Vale's eligibility on Monday.", "challenges")]
    [InlineData("Split on harbour board aids challenges to pier fees", "challenges")]
    [InlineData("The vote will decide whether there is a harbour board, as we now know it, after May.", "know")]
    [InlineData("The ferry as we know it is safe for another year.", "know")]
    [InlineData("With an early win, a long-shot candidate (think Nora Vale in the 1996 race) can still take the harbour seat.", "think")]
    [InlineData("Nora Vale's unexpectedly strong showing in Portland surprised the board.", "showing")]
    [InlineData("After a poor showing with harbour pilots, Tom Lane left the race.", "showing")]
    [InlineData("Tom Lane, a talk show host, ran the harbour meeting.", "show")]
    [InlineData("Nora Vale maintained her double-digit lead over Tom Lane.", "maintained")]
    [InlineData("A new group called Harbour Watch is trying to raise money for the pier.", "called")]
    [InlineData("He once took a class called “Perception” at the harbour college.", "called")]
    [InlineData("The skippers rallied for a retired pilot named Eric Kingson on Monday.", "named")]
    [InlineData("The harbour school still hosts a sailing class named for Nora Vale.", "named")]
    [InlineData("The new pier faces serious challenges from the winter storms.", "challenges")]
    [InlineData("Nora Vale, a fellow at a liberal think tank, runs the harbour board.", "think")]
    [InlineData("Harbour police stepped up checks on gun show sales.", "show")]
    [InlineData("The pier reopened in the spring.\n\n(Additional reporting by Tom Lane in Portland.)", "reporting")]
    [InlineData("With all precincts reporting, the race for harbour master stayed close.", "reporting")]
    [InlineData("The pier reopened in the spring.\n\n(Reporting by Tom Lane; Additional reporting by Nora Vale in Troy; Editing by Dana Holt.)", "reporting")]
    [InlineData("The skippers filed their campaign finance reports to the board on Monday.", "reports")]
    [InlineData("The pier reopened in the spring.\n\nLane reported from Portland.", "reported")]
    [InlineData("The pier reopened in the spring.\n\nTom Lane reported from Portland, and Nora Vale from Troy.", "reported")]
    [InlineData("Dana Holt frequently reports live from the harbour for the Gazette.", "reports")]
    [InlineData("The figures include pledged delegates and superdelegates.", "pledged")]
    [InlineData("Reopening the pier is easier said than done in winter.", "said")]
    [InlineData("Fees from harbour pilots declined to $281 million in 2014.", "declined")]
    [InlineData("Nora Vale commanded fees worth as much as $500,000 as a speaker.", "commanded")]
    [InlineData("Nora Vale went on the offensive against the harbour board.", "went on")]
    [InlineData("The pier reopened. That said, a loss in the harbour vote would hurt the mayor.", "said")]
    [InlineData("All told, up to 5,000 skippers could use the new pier.", "told")]
    [InlineData("Nora Vale helped found the harbour trust in 1996.", "found")]
    [InlineData("Tom Lane went on to win the harbour seat in 2012.", "went on")]
    [InlineData("Despite the protests, Nora Vale was not backing down from her plan for the pier.", "backing")]
    [InlineData("The harbour board eventually backed down, and the pier reopened.", "backed")]
    [InlineData("Nora Vale won the harbour primary on Tuesday, adding to her lead over Tom Lane.", "adding")]
    [InlineData("The delays at the pier only added to the confusion among skippers.", "added")]
    [InlineData("The mayor's figures for the pier simply don't add up.", "add")]
    [InlineData("A statement issued by the harbour board was short.", "issued")]
    [InlineData("Only ten berths offered by the harbour were still free.", "offered")]
    [InlineData("Tom Lane has backing from 33 percent of skippers.", "backing")]
    [InlineData("Nora Vale has 45 percent support among older skippers.", "support")]
    [InlineData("Do you support Nora Vale?", "support")]
    [InlineData("Tom Lane's racially charged remark about the skippers drew protests at the pier.", "charged")]
    [InlineData("A charged argument between Nora Vale and the harbour board went on for hours.", "charged")]
    [InlineData("The pier reopened on Monday.\n\nWould you back Tom Lane for harbour master? Tell us below.", "back")]
    [InlineData("The mayor is adding to her lead over Dana Holt after wins in three harbours.", "adding")]
    [InlineData("The long delays only added to the chaos at the pier.", "added")]
    [InlineData("The pier fees add up to more than $8 million a year.", "add")]
    [InlineData("A new berth might be added to the pier in May.", "added")]
    [InlineData("It is too soon to say whether the pier will reopen in May.", "say")]
    [InlineData("Given the storms, it is safe to say the ferry will be late.", "say")]
    [InlineData("Dana Holt said she had received offers for the pier, but “the offers were not serious.”\nShe did not elaborate.", "elaborate")]
    [InlineData("Regarding the pier, the harbour board said in a statement: “Neither of these plans involve the mayor.” The board did not elaborate.", "elaborate")]
    public void The_verb_form_is_no_cue(string text, string verb)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith(verb, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Harbour records show that the pier lost money for a decade.", "show", "Harbour records", "that the pier lost money for a decade")]
    [InlineData("Nora Vale sees the pier as a relic.", "sees", "Nora Vale", "the pier as a relic")]
    [InlineData("Nora Vale maintained that the vote was rigged.", "maintained", "Nora Vale", "that the vote was rigged")]
    [InlineData("Nora Vale maintains the pier is safe.", "maintains", "Nora Vale", "the pier is safe")]
    [InlineData("Nora Vale maintained the harbour vote was rigged.", "maintained", "Nora Vale", "the harbour vote was rigged")]
    [InlineData("Nora Vale went on to say that the vote was rigged.", "went on to say", "Nora Vale", "that the vote was rigged")]
    [InlineData("Nora Vale maintains she did nothing wrong.", "maintains", "Nora Vale", "she did nothing wrong")]
    [InlineData("Tom Lane declined to say whether the pier would reopen.", "declined", "Tom Lane", "to say whether the pier would reopen")]
    [InlineData("Nora Vale pledged to reopen the pier by May.", "pledged", "Nora Vale", "to reopen the pier by May")]
    [InlineData("Harbour News reports that the pier will reopen in May.", "reports", "Harbour News", "that the pier will reopen in May")]
    [InlineData("Tom Lane reported from Portland that the pier had reopened.", "reported", "Tom Lane", "that the pier had reopened")]
    [InlineData("Dana Holt is backing Nora Vale for harbour master.", "is backing", "Dana Holt", "Nora Vale for harbour master")]
    [InlineData("Nora Vale added to reporters that the pier would reopen.", "added", "Nora Vale", "that the pier would reopen")]
    [InlineData("Nora Vale charged that the harbour board had hidden the figures.", "charged", "Nora Vale", "that the harbour board had hidden the figures")]
    [InlineData("Dana Holt added that the pier would reopen in May.", "added", "Dana Holt", "that the pier would reopen in May")]
    [InlineData("The harbour board found that the pier was unsafe.", "found", "The harbour board", "that the pier was unsafe")]
    [InlineData("Holt disputes that the pier was ever closed.", "disputes", "Holt", "that the pier was ever closed")]
    [InlineData("Critics label the pier plan a giveaway.", "label", "Critics", "the pier plan a giveaway")]
    public void The_verb_of_saying_or_evidence_stays_a_cue(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    // Rule: AfterCreditWord (non-speech-words-before.tsv) — "did not elaborate" says nothing more was said, so it does
    // not take the report before it for content; that report keeps its own speaker.
    [Fact]
    public void A_denied_elaboration_leaves_the_report_before_it()
    {
        var attribution = WithCue("Dana Holt said she had received offers for the pier, but “the offers were not serious.”\nShe did not elaborate.", "said");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("she had received offers for the pier, but “the offers were not serious.”");
    }

    // Rule: IsProgramme — "show" after a word naming a kind of programme ("morning", "weekly", "same"), or a bare "show"
    // two words after a determiner of one thing ("an MSNBC show"), is the noun; the clause's own cue finds the speaker,
    // and a relative clause after the programme ("a talk show that praised …") is read for its own cue.
    [Theory]
    [InlineData("Making the rounds on the Sunday morning shows, Dana Holt said the pier was unsafe.", "said", "Dana Holt", "the pier was unsafe")]
    [InlineData("Speaking later on the same show, Nora Vale said the harbour needed money.", "said", "Nora Vale", "the harbour needed money")]
    [InlineData("Nora Vale, who hosts an MSNBC show, said the pier would reopen.", "said", "Nora Vale, who hosts an MSNBC show,", "the pier would reopen")]
    [InlineData("Dana Holt appeared on a talk show that praised the mayor.", "praised", "that", "the mayor")]
    [InlineData("Dana Holt walked them through a slide show that predicted victory for the mayor.", "predicted", "that", "victory for the mayor")]
    public void A_programme_show_is_no_cue(string text, string cue, string source, string content)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith("show", StringComparison.Ordinal));
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith("shows", StringComparison.Ordinal));
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("A Harbour Radio poll shows the mayor ahead.", "shows", "A Harbour Radio poll", "the mayor ahead")]
    [InlineData("New filings show the harbour fund has less than $1 million.", "show", "New filings", "the harbour fund has less than $1 million")]
    public void The_verb_show_after_its_subject_stays_a_cue(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    // Rule: IsNounByItsDeterminer — a speech occasion after a preposition and a determiner of one thing, closed by a
    // comma, is the noun; the sentence's own verb finds the speaker.
    [Theory]
    [InlineData("In another tweet, Dana Holt called Nora Vale the “worst mayor ever.”", "called", "Dana Holt", "Nora Vale the “worst mayor ever.”")]
    [InlineData("In a subsequent tweet, Dana Holt said the pier would reopen in May.", "said", "Dana Holt", "the pier would reopen in May")]
    public void A_speech_occasion_after_a_determiner_is_no_cue(string text, string cue, string source, string content)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text == "tweet");
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    // Rule: IsSubjectHeadBeforeVerb — a word of saying after a sentence-opening determiner, right before a past verb of
    // saying or "says", heads the subject; the verb after it is the cue.
    [Theory]
    [InlineData("One tweet said the pier was closed.", "tweet", "One tweet", "said", "the pier was closed")]
    [InlineData("Another early post said the ferry would run on Sundays.", "post", "Another early post", "said", "the ferry would run on Sundays")]
    // Counter-examples: a bare verb after the word may be its object, and a verb with a clause after it keeps its cue.
    [InlineData("Several pilots announced support for the pier.", "", "Several pilots", "announced", "support for the pier")]
    [InlineData("Some say the pier is closed.", "", "Some", "say", "the pier is closed")]
    public void A_word_of_saying_heading_the_subject_is_no_cue(string text, string noun, string source, string cue, string content)
    {
        if (noun.Length > 0)
        {
            AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text == noun);
        }

        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Someone_calling_someone_something_is_speech()
    {
        var attribution = WithCue("One skipper called Tom Lane “the worst harbour master in memory.”", "called");

        attribution.Source!.Mention.Text.Should().Be("One skipper");
        attribution.Content.Text.Should().Contain("the worst harbour master in memory");
    }

    [Fact]
    public void A_name_challenging_a_name_is_a_cue()
    {
        var attribution = WithCue("Nora Vale challenges Tom Lane on the harbour fees.", "challenges");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Content.Text.Should().StartWith("Tom Lane");
    }

    [Fact]
    public void He_called_it_a_disgrace_is_speech()
    {
        var attribution = WithCue("He called it a disgrace.", "called");

        attribution.Source!.Mention.Text.Should().Be("He");
        attribution.Content.Text.Should().Be("it a disgrace");
    }
}
