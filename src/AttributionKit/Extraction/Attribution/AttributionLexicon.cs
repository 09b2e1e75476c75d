using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The word lists the attribution stage reads (data files under <c>Resources/Lexicons/</c>) and the closed
/// classes of English grammar words it needs (pronouns, auxiliaries, clause openers), which are not data.
/// </summary>
internal static class AttributionLexicon
{
    private static readonly Lazy<FrozenDictionary<string, ImmutableArray<string[]>>> LazyVerbs = new(LoadVerbs);

    /// <summary>
    /// Prepositions that tie a phrase to a noun before them (<c>advocates for</c>, <c>officials on and off the island</c>,
    /// <c>a call scheduled for</c>), from <c>Lexicons/subject-prepositions.txt</c>.
    /// </summary>
    public static FrozenSet<string> SubjectPrepositions { get; } = Load("Lexicons/subject-prepositions.txt");

    /// <summary>Words that open a noun phrase (<c>the</c>, <c>his</c>, <c>this</c>): a verb form right after one is a noun.</summary>
    public static FrozenSet<string> PhraseOpeners { get; } = Load("Lexicons/phrase-openers.txt");

    /// <summary>Nouns in -ly (<c>family</c>, <c>rally</c>, <c>elderly</c>), never an adverb of a cue.</summary>
    public static FrozenSet<string> LyNouns { get; } = Load("Lexicons/ly-nouns.txt");

    /// <summary>Asides that stand alone between commas after a name (<c>however</c>, <c>in a statement</c>).</summary>
    public static FrozenSet<string> DiscourseAsides { get; } = Load("Lexicons/discourse-asides.txt");

    /// <summary>Words a speaker opens a turn with before saying anything (<c>well</c>, <c>honestly</c>), from <c>Lexicons/spoken-fillers.txt</c>.</summary>
    public static FrozenSet<string> SpokenFillers { get; } = Load("Lexicons/spoken-fillers.txt");

    /// <summary>States and provinces (<c>Iowa</c>, <c>New Hampshire</c>, <c>Ontario</c>), from <c>Lexicons/regions.txt</c>; case-sensitive.</summary>
    public static FrozenSet<string> Regions { get; } = Lexicon.Lines("Lexicons/regions.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words naming members of a political party (<c>Republican</c>, <c>Democrats</c>), from
    /// <c>Lexicons/party-member-words.txt</c>; case-sensitive.</summary>
    public static FrozenSet<string> PartyMemberWords { get; } = Lexicon.Lines("Lexicons/party-member-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Places named by two or more capitalised words (<c>New Delhi</c>, <c>Puerto Rico</c>), from
    /// <c>Lexicons/place-names.txt</c>; case-sensitive.</summary>
    public static FrozenSet<string> PlaceNames { get; } = Lexicon.Lines("Lexicons/place-names.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words opening a subordinate clause before the main one ("Despite …, he …", "While …, she …").</summary>
    public static FrozenSet<string> SubordinatingConjunctions { get; } = Load("Lexicons/subordinating-conjunctions.txt");

    /// <summary>Verbs of putting out a text, ad or video (<c>released</c>, <c>is running</c>), whose subject is the source
    /// of what the thing put out says.</summary>
    public static FrozenSet<string> PublishingVerbs { get; } = Load("Lexicons/publishing-verbs.txt");

    /// <summary>Verbs whose object does what the participle after it says ("saw Holt leaving", "had crews writing").</summary>
    public static FrozenSet<string> SmallClauseVerbs { get; } = Load("Lexicons/small-clause-verbs.txt");

    /// <summary>Words that open a phrase naming a group or number of people (<c>some</c>, <c>two</c>, <c>senior</c>).</summary>
    public static FrozenSet<string> GroupDeterminers { get; } = Load("Lexicons/group-determiners.txt");

    /// <summary>Title and role words (<c>spokesman</c>, <c>secretary</c>, <c>sen.</c>).</summary>
    public static FrozenSet<string> Roles { get; } = Load("Lexicons/speaker-roles.txt");

    /// <summary>Nouns ending an institution's name rather than a person's (<c>University</c>, <c>Board</c>), from
    /// <c>Lexicons/institution-heads.txt</c>.</summary>
    public static FrozenSet<string> InstitutionHeads { get; } = Load("Lexicons/institution-heads.txt");

    /// <summary>Occupations written as a title before a name (<c>Comedian</c>, <c>Pastor</c>), from
    /// <c>Lexicons/occupation-titles.txt</c>.</summary>
    public static FrozenSet<string> OccupationTitles { get; } = Load("Lexicons/occupation-titles.txt");

    /// <summary>Nationality and country words standing before a role (<c>Russian</c>, <c>U.S.</c>).</summary>
    public static FrozenSet<string> Demonyms { get; } = Load("Lexicons/demonyms.txt");

    /// <summary>Words before a quote that make it a name, title or term rather than speech.</summary>
    public static FrozenSet<string> NonSpeechCues { get; } = Load("Lexicons/non-speech-quote-cues.txt");

    /// <summary>Short function words that speech writes in lower case and headlines capitalise.</summary>
    public static FrozenSet<string> HeadlineCaseFunctionWords { get; } = Load("Lexicons/headline-case-function-words.txt");

    /// <summary>Words of a time phrase that may close a cue (<c>said Thursday</c>, <c>said last week</c>).</summary>
    public static FrozenSet<string> CueTimeWords { get; } = Load("Lexicons/cue-time-adverbs.txt");

    /// <summary>Words that label a line before its colon without naming a speaker (<c>Update:</c>, <c>Watch:</c>).</summary>
    public static FrozenSet<string> ColonLabels { get; } = Load("Lexicons/colon-labels.txt");

    /// <summary>The personal pronouns that can be a clause's subject (<c>he</c>, <c>they</c>, <c>I</c>).</summary>
    public static FrozenSet<string> SubjectPronouns { get; } = Load("Lexicons/subject-pronouns.txt");

    /// <summary>Nouns ending a phrase before a colon that name a kind of passage (<c>Editor’s Note:</c>, <c>The Latest:</c>).</summary>
    public static FrozenSet<string> ColonLabelHeads { get; } = Load("Lexicons/colon-label-heads.txt");

    /// <summary>Participles of reporting verbs that take a clause (<c>saying</c>, <c>warning</c>).</summary>
    public static FrozenSet<string> ClauseReportingParticiples { get; } = Load("Lexicons/clause-reporting-participles.txt");

    /// <summary>Reporting-verb forms that are nouns as often as verbs (<c>support</c>, <c>plans</c>).</summary>
    public static FrozenSet<string> NounHomographs { get; } = Load("Lexicons/cue-noun-homographs.txt");

    /// <summary>Cue forms of intention and stance (<c>plans</c>, <c>voted for</c>): they attribute a position, not words.</summary>
    public static FrozenSet<string> StanceVerbs { get; } = Load("Lexicons/stance-verbs.txt");

    /// <summary>Verb forms of taking a side (<c>endorsed</c>, <c>backs</c>, <c>is challenging</c>): <c>Lexicons/endorsement-verbs.txt</c>.</summary>
    public static FrozenSet<string> EndorsementVerbs { get; } = Load("Lexicons/endorsement-verbs.txt");

    /// <summary>Nouns of saying and stance with the word that follows them (<c>support</c> → <c>for</c>,
    /// <c>claim</c> → <c>that</c>), read after a possessor (<c>his support for</c>).</summary>
    public static FrozenDictionary<string, FrozenSet<string>> NominalCues { get; } = Lexicon.Lines("Lexicons/nominal-cues.txt")
        .Select(l => l.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(parts => parts.Length == 2)
        .GroupBy(parts => parts[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(parts => parts[1]).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Irregular past forms of common verbs (<c>left</c>, <c>became</c>), where a subject's noun phrase ends.</summary>
    public static FrozenSet<string> IrregularPastVerbs { get; } = Load("Lexicons/irregular-past-verbs.txt");

    /// <summary>Participles of accusing with their preposition (<c>accused of</c>, <c>charged with</c>) that, right after a
    /// noun phrase, are a reduced passive whose noun phrase is the one accused.</summary>
    public static FrozenSet<string> ReducedPassiveCharges { get; } = Load("Lexicons/reduced-passive-charges.txt");

    /// <summary>Participles of feeling (<c>worried</c>, <c>encouraged</c>), whose <c>by</c> names a cause, not a source.</summary>
    public static FrozenSet<string> FeelingParticiples { get; } = Load("Lexicons/feeling-participles.txt");

    /// <summary>Participles of the subject's own leaning or attention after "be" (<c>focused</c>, <c>opposed</c>,
    /// <c>determined</c>): the subject holds the view, from <c>Lexicons/stance-participles.txt</c>.</summary>
    public static FrozenSet<string> StanceParticiples { get; } = Load("Lexicons/stance-participles.txt");

    /// <summary>Participles of putting a question to someone (<c>asked</c>, <c>pressed</c>), whose passive at the head of a
    /// clause names the asker after "by", never the one asked, from <c>Lexicons/questioning-participles.txt</c>.</summary>
    public static FrozenSet<string> QuestioningParticiples { get; } = Load("Lexicons/questioning-participles.txt");

    /// <summary>Verbs whose object feels what the subject caused (<c>angered</c>, <c>rattled</c>, <c>worries</c>).</summary>
    public static FrozenSet<string> ExperiencerObjectVerbs { get; } = Load("Lexicons/experiencer-object-verbs.txt");

    /// <summary>Degree words before a quantity that opens a source (<c>about</c>, <c>nearly</c>).</summary>
    public static FrozenSet<string> QuantityDegreeWords { get; } = Load("Lexicons/quantity-degree-words.txt");

    /// <summary>Words of degree before an adjective cue after a form of "be" (<c>is most proud of</c>).</summary>
    public static FrozenSet<string> CopulaDegreeWords { get; } = Load("Lexicons/copula-degree-words.txt");

    /// <summary>Words naming a share of a group (<c>half</c>, <c>a third</c>, <c>a majority</c>).</summary>
    public static FrozenSet<string> QuantityShareWords { get; } = Load("Lexicons/quantity-share-words.txt");

    /// <summary>Prepositions that may open a sentence's adverbial phrase (<c>amid</c>, <c>like</c>, <c>behind</c>), from
    /// <c>Lexicons/opening-prepositions.txt</c>.</summary>
    public static FrozenSet<string> OpeningPrepositions { get; } = Load("Lexicons/opening-prepositions.txt");

    /// <summary>Auxiliary and modal verbs (<c>is</c>, <c>has</c>, <c>could</c>), from <c>Lexicons/auxiliary-verbs.txt</c>.</summary>
    public static FrozenSet<string> AuxiliaryVerbs { get; } = Load("Lexicons/auxiliary-verbs.txt");

    /// <summary>Verbs of saying that may stand with their speaker inside the clause they report (<c>The pier, said Lee, will reopen</c>).</summary>
    public static FrozenSet<string> ParentheticalCueVerbs { get; } = Load("Lexicons/parenthetical-cue-verbs.txt");

    /// <summary>Nouns of a poll or survey (<c>poll</c>, <c>survey</c>), whose figures <c>in a … poll</c> attributes.</summary>
    public static FrozenSet<string> PollNouns { get; } = Load("Lexicons/cue-poll-nouns.txt");

    /// <summary>Relative pronouns that may stand for a verb's object (<c>which</c>, <c>who</c>, <c>what</c>), from
    /// <c>Lexicons/relative-object-pronouns.txt</c>.</summary>
    public static FrozenSet<string> RelativeObjectPronouns { get; } = Load("Lexicons/relative-object-pronouns.txt");

    /// <summary>Relative pronouns that can be the subject of their clause ("who", "which", "that"), from
    /// <c>Lexicons/relative-subject-pronouns.txt</c>.</summary>
    public static FrozenSet<string> RelativeSubjectPronouns { get; } = Load("Lexicons/relative-subject-pronouns.txt");

    /// <summary>Words that show a verb right before them has no object of its own (<c>in</c>, <c>as</c>, <c>and</c>,
    /// <c>recently</c>), from <c>Lexicons/object-gap-openers.txt</c>.</summary>
    public static FrozenSet<string> ObjectGapOpeners { get; } = Load("Lexicons/object-gap-openers.txt");

    /// <summary>Nouns whose "that" opens a clause of their own, never a relative clause (<c>the fact that</c>), from <c>Lexicons/that-complement-nouns.txt</c>.</summary>
    public static FrozenSet<string> ThatComplementNouns { get; } = Load("Lexicons/that-complement-nouns.txt");

    /// <summary>Verbs after whose addressee the infinitive is what was urged (<c>urged</c>, <c>asked</c>, <c>warned</c>),
    /// from <c>Lexicons/urging-verbs.txt</c>.</summary>
    public static FrozenSet<string> UrgingVerbs { get; } = Load("Lexicons/urging-verbs.txt");

    /// <summary>Days that date what a source said ("Saturday", "Today"), from <c>Lexicons/source-day-words.txt</c>.</summary>
    public static FrozenSet<string> DayWords { get; } = Load("Lexicons/source-day-words.txt");

    /// <summary>Whether the lower-case word names a part of the day that may follow a day ("Monday night").</summary>
    public static bool IsPartOfDay(string lower) => lower is "morning" or "afternoon" or "evening" or "night";

    /// <summary>Months and time words that date what a source said, from <c>Lexicons/source-time-words.txt</c>.</summary>
    public static FrozenSet<string> TimeWords { get; } = Load("Lexicons/source-time-words.txt");

    /// <summary>Words after the agent of a passive cue that open a phrase of manner, reason or time ("by Holt as reckless").</summary>
    public static FrozenSet<string> PassiveAgentStops { get; } = Load("Lexicons/passive-agent-stops.txt");

    /// <summary>The forms of "be" (<c>is</c>, <c>was</c>, <c>been</c> …): before a past participle they make a passive,
    /// before a noun a copula.</summary>
    public static FrozenSet<string> FormsOfBe { get; } = new[]
    {
        "be", "is", "are", "was", "were", "been", "being",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Possessive pronouns (<c>his</c>, <c>their</c> …), which stand for a possessor named elsewhere.</summary>
    public static FrozenSet<string> PossessivePronouns { get; } = new[]
    {
        "his", "her", "their", "its", "our", "my", "your",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Personal pronouns that can name a speaker.</summary>
    public static FrozenSet<string> Pronouns { get; } = new[]
    {
        "he", "she", "they", "we", "i", "it", "you", "his", "her", "their", "its", "our", "my", "him", "them", "who",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Auxiliaries and adverbs that may stand between a speaker and the reporting verb (<c>has also said</c>).</summary>
    public static FrozenSet<string> CueModifiers { get; } = new[]
    {
        "has", "have", "had", "also", "later", "then", "previously", "recently", "repeatedly", "once", "again", "reportedly",
        "publicly", "privately", "further", "earlier", "simply", "only", "never", "not", "would", "will", "could", "might", "long", "always", "sometimes", "soon",
        "may", "did", "does", "do", "is", "was", "were", "are", "been", "be", "just", "often", "still", "even", "already",
        "frequently", "openly", "flatly", "quickly", "angrily", "bluntly", "firmly", "separately", "explicitly", "cautiously",
        "told", "had", "initially", "originally", "first", "famously", "falsely", "correctly", "rightly", "wrongly",
        "last", "week", "month", "year", "night", "this", "yesterday", "today", "tonight", "morning", "afternoon", "evening",
        "well", "doesn't", "doesn’t", "don't", "don’t", "didn't", "didn’t", "won't", "won’t", "wouldn't", "wouldn’t", "can't", "can’t",
        "couldn't", "couldn’t", "isn't", "isn’t", "wasn't", "wasn’t", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t",
        "shouldn't", "shouldn’t", "aren't", "aren’t", "weren't", "weren’t", "cannot", "must", "should", "can", "shall", "ever",
        "now", "always", "sometimes", "keeps", "kept",
        // "Vale has nevertheless called her vote reckless", "the crowd instead focuses on …": a connective adverb between
        // the subject and the verb belongs to the cue, never names the speaker.
        "nevertheless", "nonetheless", "instead",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a speaker's noun phrase on its left: clause openers and conjunctions.</summary>
    public static FrozenSet<string> ClauseOpeners { get; } = new[]
    {
        "that", "which", "whom", "whose", "but", "because", "while", "when", "if", "as", "after", "before", "since",
        "although", "though", "where", "whether", "so", "than", "unless", "until", "once", "and", "or", "nor", "yet",
        "what", "how", "why", "said", "says", "to", "for", "in", "on", "at", "by", "with", "from", "about", "into",
        "against", "over", "under", "during", "without", "through", "is", "was", "are", "were", "be", "been", "not",
        "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did",
        "also", "then", "there", "here", "now", "today", "yesterday",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that start a sentence without starting a name.</summary>
    public static FrozenSet<string> SentenceStarters { get; } = new[]
    {
        "the", "a", "an", "in", "on", "at", "as", "but", "and", "or", "if", "when", "while", "after", "before", "following",
        "according", "ahead", "today", "yesterday", "tomorrow", "this", "that", "these", "those", "his", "her", "their",
        "its", "our", "my", "it", "he", "she", "they", "we", "i", "there", "here", "both", "some", "many", "most", "all",
        "for", "from", "with", "without", "by", "of", "to", "so", "yet", "still", "meanwhile", "however", "despite",
        "since", "during", "until", "although", "though", "because", "asked", "speaking", "earlier", "later", "last",
        "next", "every", "each", "no", "not", "only", "even", "also", "why", "what", "how", "where", "who", "which",
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "new", "former", "then", "now", "under", "over", "among",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "key", "more", "latest",
        "related", "comments", "advertisement", "weekly", "breaking", "update", "read", "follow", "share", "photo",
        "nothing", "ask", "wait", "let", "please", "perhaps", "maybe", "indeed", "yes", "well", "oh", "instead", "again", "shortly", "immediately", "soon",
        "thus", "therefore", "hence", "besides", "sometimes", "often", "never", "always", "once", "twice", "first", "second",
        "finally", "soon", "asked", "told", "said", "says", "adding", "saying", "noting", "citing", "according", "nobody",
        "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "something", "everything", "anything", "none",
    }.Concat(Lexicon.Lines("Lexicons/sentence-adverbs.txt")).Concat(Lexicon.Lines("Lexicons/opening-prepositions.txt")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs whose object (the person told) stands between the cue and the content (<c>told TASS that…</c>).</summary>
    public static FrozenSet<string> TellVerbs { get; } = Load("Lexicons/tell-verbs.txt");

    /// <summary>Nouns naming something narrated ("a joke", "a different tale"), which after "tell" are what was told,
    /// from <c>Lexicons/told-narrative-nouns.txt</c>.</summary>
    public static FrozenSet<string> ToldNarrativeNouns { get; } = Load("Lexicons/told-narrative-nouns.txt");

    /// <summary>
    /// The reporting verb that starts at word <paramref name="index"/> of <paramref name="words"/>, as the number of words
    /// it spans (<c>said</c> = 1, <c>pointed out</c> = 2), or 0 when none does.
    /// </summary>
    public static int MatchVerb(IReadOnlyList<WordToken> words, int index)
    {
        if (!LazyVerbs.Value.TryGetValue(words[index].Lower, out var forms))
        {
            return 0;
        }

        var best = 0;
        foreach (var form in forms)
        {
            if (index + form.Length > words.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < form.Length && ok; k++)
            {
                ok = !words[index + k].InQuote && words[index + k].Lower == form[k];
            }

            if (ok && form.Length > best)
            {
                best = form.Length;
            }
        }

        return best;
    }

    /// <summary>Whether the lower-case word is one word of a reporting verb the lexicons know (<c>noted</c>, <c>says</c>).</summary>
    public static bool IsReportingVerbWord(string lower) => LazyVerbs.Value.TryGetValue(lower, out var forms) && forms.Any(f => f.Length == 1);

    private static FrozenSet<string> Load(string path) =>
        Lexicon.Lines(path).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, ImmutableArray<string[]>> LoadVerbs() =>
        Lexicon.Lines("Lexicons/reporting-verbs.txt").Concat(Lexicon.Lines("Lexicons/stance-verbs.txt"))
            .Select(l => l.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length > 0)
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
}
