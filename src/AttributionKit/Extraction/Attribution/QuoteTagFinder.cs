using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Reads the tag that credits a quote right after its closing mark when no reporting cue was found there:
/// <c>“Go home,” Fisk barked</c>, <c>“Great!” beamed Tom Hart of Dayton</c>, <c>“We won,” his colleague said</c>,
/// <c>“Done,” Senate Majority Leader Mitch McConnell, R-Ky., said</c>. A quote that stands first and ends on a comma,
/// question or exclamation mark is followed by its speaker and a verb (or a verb and its speaker) far more often than
/// by anything else, so the verb need not be a reporting verb.
/// </summary>
internal static class QuoteTagFinder
{
    /// <summary>The most words a colon lead-in (<c>Stated Stone:</c>) may have.</summary>
    public const int MaxLeadInWords = 40;

    private const int MaxNameWords = 12;
    private const int MaxAppositiveWords = 14;

    private static readonly Lazy<FrozenDictionary<string, string[][]>> TagVerbs = new(() =>
        Lexicon.Lines("Lexicons/quote-tag-verbs.txt")
            .Select(l => l.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length > 0)
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));

    private static readonly FrozenSet<string> Determiners = Lexicon.Lines("Lexicons/quote-tag-determiners.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);


    // Words that never stand inside a speaker's name or between it and the verb.
    private static readonly FrozenSet<string> Breakers = Lexicon.Lines("Lexicons/quote-tag-breakers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The tag after <paramref name="segment"/> in the passage whose words are <paramref name="words"/>, as a cue whose
    /// content is the quote, or <see langword="null"/> when none follows it.
    /// </summary>
    public static CueCandidate? Find(string text, List<WordToken> words, QuotedSegment segment)
    {
        if (!segment.IsClosed)
        {
            return null;
        }

        var outer = segment.Outer;
        var inner = segment.Inner(text);
        var j = WordIndex.FirstAtOrAfter(words, outer.End);

        if (j >= words.Count || words[j].InQuote || inner.IsEmpty)
        {
            return null;
        }

        if (DashCredit(text, words, j, outer) is { } credit)
        {
            return credit;
        }

        // “…,” / “…?” / “…!” / “…” — and “…”, : the quoted sentence goes on with its tag.
        var gap = text.AsSpan(outer.End, words[j].Start - outer.End).Trim();
        // “… ‘How do we win?’” said …: a quote that ends on a nested one ends on that one's punctuation.
        var lastAt = inner.End - 1;
        while (lastAt > inner.Start && text[lastAt] is '’' or '\'' or '”' or '"')
        {
            lastAt--;
        }

        var last = text[lastAt];
        var opensTag = gap.SequenceEqual(",") || (gap.IsEmpty && last is ',' or '?' or '!' or '—' or '–' or '-' or '…');
        if (!opensTag)
        {
            return null;
        }

        return Inverted(text, words, j, outer) ?? Subject(text, words, j, outer);
    }

    /// <summary>
    /// The tag after a quote woven into a sentence, which names the quote's speaker over a cue further back
    /// (<c>Biden weighed in, telling Mic, “…,” he said</c>; <c>Comey cannot say that “from his perspective,” Lewandowski
    /// added</c>), or <see langword="null"/>. Stricter than <see cref="Find"/>: the verb must be a listed one and not a
    /// participle (<c>“…,” referring to the convention</c> goes on with the sentence's own subject); a verb-first tag
    /// names its speaker and then stops (<c>“…,” said the candidate could win</c> is a clause); a capitalised pronoun
    /// after <c>?</c> or <c>!</c> opens the next sentence; and a sentence opened by a subordinator has its main clause
    /// after the comma (<c>While Will grants Trump’s “forceful persona,” he sees …</c>), not a tag.
    /// </summary>
    public static CueCandidate? FindAfterWoven(string text, List<WordToken> words, QuotedSegment segment)
    {
        if (Find(text, words, segment) is not { } tag || (tag.Cue.Length == 1 && text[tag.Cue.Start] is '―' or '—' or '–'))
        {
            return null;
        }

        var cueWords = words.Where(w => w.Start >= tag.Cue.Start && w.End <= tag.Cue.End).ToList();
        if (cueWords.Count == 0 || cueWords.Any(w => w.Lower.EndsWith("ing", StringComparison.Ordinal)))
        {
            return null;
        }

        var verbAt = words.IndexOf(cueWords[0]);
        var listed = TagVerbs.Value.ContainsKey(cueWords[0].Lower) || AttributionLexicon.MatchVerb(words, verbAt) > 0;
        if (!listed)
        {
            return null;
        }

        var opens = segment.Outer.Start;
        var sentenceStart = 0;
        for (var k = WordIndex.FirstAtOrAfter(words, opens) - 1; k >= 0; k--)
        {
            if (words[k].OpensSentence)
            {
                sentenceStart = k;
                break;
            }
        }

        // A verb-first tag ("“…?” asked Dunn") opens no main clause, so a subordinator before the quote does not matter.
        if (sentenceStart < words.Count && words[sentenceStart].Start < opens && AttributionLexicon.SubordinatingConjunctions.Contains(words[sentenceStart].Text) && tag.Source.Start < tag.Cue.Start)
        {
            return null;
        }

        // "under what Holt called “the old model,” the pier company charged …": the quote closes a relative clause
        // whose naming verb it completes, so the subject and verb after the comma are the sentence's main clause.
        if (tag.Source.Start < tag.Cue.Start && NamingRelativeClause.EndsAt(text, words, opens))
        {
            return null;
        }

        if (tag.Source.Start > tag.Cue.Start)
        {
            // Verb first: the source must end the clause ("asked Dunn, now a partner").
            var after = text.AsSpan(tag.Source.End, Math.Min(text.Length, tag.Source.End + 2) - tag.Source.End).TrimStart();
            return after.IsEmpty || after[0] is ',' or '.' or ';' or ':' or '—' or '–' or '-' or ')' or '\n' ? tag : null;
        }

        var first = text[tag.Source.Start];
        var source = text.AsSpan(tag.Source.Start, tag.Source.Length);
        var lastMark = text.AsSpan(segment.Inner(text).Start, segment.Inner(text).Length).TrimEnd("’'”\"");
        return char.IsUpper(first) && AttributionLexicon.SubjectPronouns.Contains(source.ToString()) && lastMark.Length > 0 && lastMark[^1] is '?' or '!' ? null : tag;
    }

    /// <summary>
    /// The credit <c>“…” ― Ann Ruiz</c> after a quote anywhere in a passage (a run of reader comments, each with its
    /// name), or <see langword="null"/>.
    /// </summary>
    public static CueCandidate? DashCredit(string text, List<WordToken> words, QuotedSegment segment)
    {
        if (!segment.IsClosed)
        {
            return null;
        }

        var j = WordIndex.FirstAtOrAfter(words, segment.Outer.End);

        return j < words.Count ? DashCredit(text, words, j, segment.Outer) : null;
    }

    private static CueCandidate? DashCredit(string text, List<WordToken> words, int j, TextRange outer)
    {
        var rawGap = text.AsSpan(outer.End, words[j].Start - outer.End);
        var gap = rawGap.Trim();
        // "“Fix the pier.” - Dana Holt": a plain hyphen set off by spaces credits too, when the name closes the passage.
        var hyphen = gap is "-" or "--" && rawGap.Length > gap.Length + 1 && char.IsWhiteSpace(rawGap[0]) && char.IsWhiteSpace(rawGap[^1]);
        if (!(hyphen || (gap.Length == 1 && gap[0] is '―' or '—' or '–')) || words[j].InQuote || !words[j].IsCapitalized)
        {
            return null;
        }

        var e = j;
        while (e + 1 < words.Count && e - j < 5 && words[e + 1].IsCapitalized && !words[e + 1].InQuote && CueFinder.IsSpaceOnly(text, words[e].End, words[e + 1].Start))
        {
            e++;
        }

        // A hyphen is also a dash of prose: the name (and a short description after a comma) must close the passage.
        if (hyphen)
        {
            return e - j <= 4 && DashCue.ClosesPassage(text, words, e, words[^1].End + 1)
                ? new CueCandidate(new TextRange(outer.End + rawGap.IndexOf('-'), outer.End + rawGap.IndexOf('-') + 1), new TextRange(words[j].Start, words[e].End), outer, false)
                : null;
        }

        // The name ends the passage or the credit: nothing but punctuation, a slash or the next quote follows.
        var restEnd = e + 1 < words.Count ? words[e + 1].Start : text.Length;
        var rest = text.AsSpan(words[e].End, Math.Min(restEnd, words[e].End + 40) - words[e].End).Trim();
        if (e + 1 < words.Count && !words[e + 1].InQuote && !(rest.Length > 0 && rest[0] is '/' or '.' or '(' or ';'))
        {
            return null;
        }

        var dashAt = text.IndexOf(gap[0], outer.End);
        return new CueCandidate(new TextRange(dashAt, dashAt + 1), new TextRange(words[j].Start, words[e].End), outer, false);
    }

    /// <summary>
    /// The speaker named by a lead-in that ends on a colon right before a quote, when no reporting cue was read there:
    /// <c>Stated Stone:</c>, <c>More from Jones:</c>, <c>Pollsters agree - Carl Bialik:</c>,
    /// <c>President Clinton released the following statement:</c>. <paramref name="words"/> are the lead-in's words,
    /// all before the colon at <paramref name="colon"/>; the cue's content is <paramref name="quote"/>.
    /// </summary>
    public static CueCandidate? LeadIn(string text, List<WordToken> words, int colon, TextRange quote)
    {
        var n = words.Count;
        if (n == 0 || n > MaxLeadInWords || words[^1].InQuote || !text.AsSpan(words[^1].End, colon - words[^1].End).Trim().IsEmpty)
        {
            return null;
        }

        // "HEADLINE - Carl Bialik:", "In other words, explained Nancy Cordes:", "“…” Bush:": what follows the last dash,
        // comma or quote is the lead-in.
        var s = 0;
        var dash = false;
        for (var k = n - 1; k > 0; k--)
        {
            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            dash = gap.Contains('—') || gap.Contains('–') || gap.Trim().SequenceEqual("-");
            if (dash || words[k - 1].InQuote || gap.Contains(','))
            {
                s = k;
                break;
            }
        }

        var cueEnd = words[s].End;
        var nameStart = -1;
        if (words[s].Lower is "more" or "from" && (words[s].Lower == "from" || (s + 1 < n && words[s + 1].Lower == "from")))
        {
            // "More from the report:", "From Jones:".
            nameStart = words[s].Lower == "from" ? s + 1 : s + 2;
            cueEnd = words[nameStart - 1].End;
            if (nameStart < n && n - nameStart <= 8)
            {
                return new CueCandidate(new TextRange(words[s].Start, cueEnd), new TextRange(words[nameStart].Start, words[^1].End), quote, false);
            }

            return null;
        }

        if (VerbSpan(words, s) is var span and > 0 && s + span < n && words[s + span].IsCapitalized)
        {
            // "Stated Stone:", "explained CBS moderator Nancy Cordes:": the verb first.
            nameStart = s + span;
            cueEnd = words[s + span - 1].End;
        }
        else if (s > 0 || n <= 3)
        {
            // "HEADLINE - Carl Bialik:", "Bush:".
            nameStart = s;
            cueEnd = colon + 1;
        }

        // "HEADLINE - Mark Blumenthal and Jon Cohen:": two names joined by "and" credit together.
        if (nameStart >= 0 && nameStart < n && n - nameStart <= 6 && words[^1].IsCapitalized
            && words.Skip(nameStart).All(w => w.IsCapitalized || w.Lower is "of" or "de" or "van" or "von" or "and"))
        {
            var cue = nameStart == s ? new TextRange(colon, colon + 1) : new TextRange(words[s].Start, cueEnd);
            return new CueCandidate(cue, new TextRange(words[nameStart].Start, words[^1].End), quote, false);
        }

        if ((s > 0 && dash) || words.Any(w => w.InQuote))
        {
            return null;
        }

        // "President Clinton released the following statement:": the subject of the lead-in's verb.
        for (var v = 1; v < n; v++)
        {
            if (!words[v].IsCapitalized && VerbSpan(words, v) > 0 && SentenceSubject.Of(text, words, v) is { } subject)
            {
                return new CueCandidate(words[v].Range, subject, quote, false);
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker of <c>as X put it, “…”</c>, <c>As the band sang back then, “…”</c>: an <c>as</c> clause with a tag verb
    /// right before the quote at <paramref name="open"/>. <paramref name="words"/> are the passage's words.
    /// </summary>
    public static CueCandidate? AsPutIt(string text, List<WordToken> words, int open, TextRange quote)
    {
        var end = WordIndex.FirstAtOrAfter(words, open);

        // "owed his election to, as a diplomat put it, an “extreme makeover”": an article may stand between the clause
        // and the quote.
        if (end >= 2 && words[end - 1].Lower is "a" or "an" or "the" && !words[end - 1].InQuote
            && text.AsSpan(words[end - 1].End, open - words[end - 1].End).IsWhiteSpace())
        {
            open = words[end - 1].Start;
            end--;
        }

        // "as Tom Ridge, a former harbor master, put it: “…”": a colon may end the clause too.
        var gap = end == 0 ? [] : text.AsSpan(words[end - 1].End, open - words[end - 1].End).Trim();
        if (end == 0 || words[end - 1].InQuote || !(gap.SequenceEqual(",") || gap.SequenceEqual(":")))
        {
            return null;
        }

        for (var a = end - 2; a >= 0 && a >= end - 12; a--)
        {
            if (words[a].InQuote)
            {
                return null;
            }

            if (words[a].Lower != "as")
            {
                continue;
            }

            // The source runs from after "as" to the first tag verb; a few words follow the verb ("put it", "had written
            // a few years earlier").
            for (var v = a + 2; v < end && v <= a + 9; v++)
            {
                if (!words[v].IsCapitalized && VerbSpan(words, v, guessPast: false) is var span and > 0 && end - (v + span) <= 6)
                {
                    // "as the columnist had written": the auxiliary belongs to the verb, not the source.
                    var last = v - 1;
                    while (last > a + 1 && words[last].Lower is "has" or "had" or "have" or "once" or "famously" or "memorably" or "later" or "then")
                    {
                        last--;
                    }

                    if (Breakers.Contains(words[a + 1].Text) || words.Skip(a + 1).Take(last - a).Any(w => !w.IsCapitalized && Breakers.Contains(w.Text)))
                    {
                        return null;
                    }

                    // The source is a name, a pronoun or a noun phrase ("as Ridge", "as he", "as the columnist"), and a
                    // comma before the verb closes an appositive opened after the name ("as Ridge, a former master, put
                    // it"): "as interconnected, said" is no source.
                    var opensSource = Determiners.Contains(words[a + 1].Text) || AttributionLexicon.SubjectPronouns.Contains(words[a + 1].Text)
                        || words.Skip(a + 1).Take(last - a).Any(w => w.IsCapitalized);
                    var commas = text.AsSpan(words[a + 1].Start, words[v].Start - words[a + 1].Start).Count(',');
                    if (!opensSource || commas == 1)
                    {
                        return null;
                    }

                    return new CueCandidate(new TextRange(words[v].Start, words[v + span - 1].End), new TextRange(words[a + 1].Start, words[last].End), quote, false);
                }
            }

            return null;
        }

        return null;
    }

    // "“Great!” beamed Tom Hart of Dayton": the verb first, then who.
    private static CueCandidate? Inverted(string text, List<WordToken> words, int j, TextRange outer)
    {
        var verb = VerbSpan(words, j);
        if (verb == 0 || words[j].IsCapitalized || j + verb >= words.Count)
        {
            return null;
        }

        var s = j + verb;
        if (!CueFinder.IsSpaceOnly(text, words[s - 1].End, words[s].Start) || words[s].InQuote)
        {
            return null;
        }

        var first = s;
        if (Determiners.Contains(words[s].Text))
        {
            s++;
        }

        var e = s;
        while (e < words.Count && e - first < MaxNameWords && !words[e].InQuote && (words[e].IsCapitalized || (e > s && words[e].Lower is "of" or "de" or "van" or "von")))
        {
            if (e > first && !CueFinder.IsSpaceOnly(text, words[e - 1].End, words[e].Start))
            {
                break;
            }

            e++;
        }

        while (e > s && words[e - 1].Lower is "of" or "de" or "van" or "von")
        {
            e--;
        }

        // "said the spokesman": after a determiner the head may be a lower-case noun.
        if (e == s && first < s && s < words.Count && !words[s].InQuote && !Breakers.Contains(words[s].Text))
        {
            while (e < words.Count && e - first < 4 && !words[e].InQuote && !Breakers.Contains(words[e].Text) && VerbSpan(words, e) == 0
                && (e == s || CueFinder.IsSpaceOnly(text, words[e - 1].End, words[e].Start)))
            {
                e++;
            }
        }

        // "“Trump is done,” read one.": "one" or "another" stands for the speaker when the sentence ends on it.
        if (e == s && first < s && words[first].Lower is "one" or "another"
            && (s >= words.Count || !text.AsSpan(words[first].End, words[s].Start - words[first].End).Trim().IsEmpty))
        {
            e = s;
        }
        else if (e == s)
        {
            return null;
        }

        // "“…,” said a longtime adviser to Trump.": a phrase closing the sentence after a lower-case head is the speaker's.
        e = SourcePhrase.WithPrepositionalPhrase(text, words, e);

        // "“…,” said Ann Lee, a pilot at the port.": the appositive after the name belongs to the source.
        var source = SourceAfterCue.WithTrailingAppositive(text, words, new TextRange(words[first].Start, words[e - 1].End));
        return new CueCandidate(new TextRange(words[j].Start, words[j + verb - 1].End), source, outer, false);
    }

    // "“Go home,” Fisk barked", "“We won,” his colleague said", "“Done,” Mitch McConnell, R-Ky., said".
    private static CueCandidate? Subject(string text, List<WordToken> words, int j, TextRange outer)
    {
        var first = words[j];
        if (AttributionLexicon.SubjectPronouns.Contains(first.Text))
        {
            return j + 1 < words.Count && CueFinder.IsSpaceOnly(text, first.End, words[j + 1].Start) && IsTagVerb(words, j + 1, allowCapital: false)
                ? Candidate(words, j, j, j + 1, outer)
                : null;
        }

        // "“…,” former policy director Anne Slaughter wrote": lower-case words before a name describe the speaker; then
        // a name must come before the verb.
        var describedName = !first.IsCapitalized && !Determiners.Contains(first.Text);
        if (describedName && (Breakers.Contains(first.Text) || VerbSpan(words, j) > 0 || first.Lower.EndsWith("ly", StringComparison.Ordinal)))
        {
            return null;
        }

        var k = j;
        while (k < words.Count && k - j < MaxNameWords)
        {
            // "a voice-over in the ad states", "a reporter at the Post wrote": a preposition after the head noun opens a
            // phrase that still belongs to the speaker.
            var w = words[k];
            var phrase = k > j + 1 && !words[k - 1].InQuote && !Determiners.Contains(words[k - 1].Text)
                && (w.Lower is "in" or "at" or "from" or "of" || (w.Lower is "for" or "on" && words[k - 1].IsCapitalized && k + 1 < words.Count && words[k + 1].IsCapitalized)
                    // "a welcome message on the website reads", "the pitch on Kickstarter says": "on" after a common noun.
                    || (w.Lower is "on" && !words[k - 1].IsCapitalized && k + 1 < words.Count && !words[k + 1].InQuote
                        && (words[k + 1].Lower == "the" ? k + 2 < words.Count && !AttributionLexicon.CueTimeWords.Contains(words[k + 2].Text)
                            : words[k + 1].IsCapitalized && !AttributionLexicon.CueTimeWords.Contains(words[k + 1].Text))));
            // "is quoted as saying": a listed phrase may open on a word that otherwise breaks a tag. "Holt and his wife
            // said": a possessive pronoun after "and" opens the second of two speakers.
            var secondSpeaker = k > j && ((w.Lower == "and" && k + 1 < words.Count && !words[k + 1].InQuote && AttributionLexicon.PossessivePronouns.Contains(words[k + 1].Text))
                || (words[k - 1].Lower == "and" && AttributionLexicon.PossessivePronouns.Contains(w.Text)));
            if (w.InQuote || (k > j && Breakers.Contains(w.Text) && !phrase && !secondSpeaker && !(VerbSpan(words, k, guessPast: false) > 1 && CueFinder.IsSpaceOnly(text, words[k - 1].End, w.Start))))
            {
                return null;
            }

            // "former State policy planning director Anne Slaughter wrote": a word in -ing is a modifier inside the
            // name, never the tag's own verb.
            if (k > j && IsTagVerb(words, k, allowCapital: true) && !w.Lower.EndsWith("ing", StringComparison.Ordinal)
                && CueFinder.IsSpaceOnly(text, words[k - 1].End, w.Start) && !EndsOnDeterminer(words, j, k - 1))
            {
                return describedName && !words[k - 1].IsCapitalized ? null : Candidate(words, j, k - 1, k, outer);
            }

            if (k + 1 >= words.Count)
            {
                return null;
            }

            var between = text.AsSpan(w.End, words[k + 1].Start - w.End).Trim();
            if (between.IsEmpty)
            {
                k++;
                continue;
            }

            // "Mitch McConnell, R-Ky., said": an appositive between commas, then the verb.
            if (!between.SequenceEqual(",") || (k == j && Determiners.Contains(w.Text)))
            {
                return null;
            }

            // "Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said": the appositive may quote a name.
            var a = k + 1;
            while (a < words.Count && a - k <= MaxAppositiveWords && (!words[a].InQuote || a > k + 1))
            {
                var after = a + 1 < words.Count ? text.AsSpan(words[a].End, words[a + 1].Start - words[a].End).Trim().Trim("“”\"") : [];
                // "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said": the appositive may hold commas of its own.
                if ((after.SequenceEqual(",") || after.SequenceEqual(".,")) && IsTagVerb(words, a + 1, allowCapital: true))
                {
                    // The appositive and the comma that closes it belong to the source, as the annotated corpora mark it.
                    var candidate = Candidate(words, j, k, a + 1, outer);
                    return candidate with { Source = new TextRange(words[j].Start, text.IndexOf(',', words[a].End) + 1) };
                }

                if (!after.IsEmpty && !after.SequenceEqual(",") && !after.SequenceEqual(".,") && !after.SequenceEqual(".") && !after.SequenceEqual("'s") && !after.SequenceEqual("’s"))
                {
                    return null;
                }

                a++;
            }

            return null;
        }

        return null;
    }

    // "“…,” his said" has no head noun; "“…,” the two write": a number after "the" is the head.
    private static bool EndsOnDeterminer(List<WordToken> words, int first, int last) =>
        Determiners.Contains(words[last].Text) && !(last > first && words[last - 1].Lower == "the" && words[last].Lower is "two" or "three" or "four" or "other" or "others");

    private static CueCandidate Candidate(List<WordToken> words, int first, int last, int verb, TextRange outer)
    {
        var span = Math.Max(1, VerbSpan(words, verb));
        return new CueCandidate(new TextRange(words[verb].Start, words[verb + span - 1].End), new TextRange(words[first].Start, words[last].End), outer, false);
    }

    private static bool IsTagVerb(List<WordToken> words, int k, bool allowCapital)
    {
        if (k >= words.Count || words[k].InQuote)
        {
            return false;
        }

        // "Tweeted": a capitalised past form may still be the verb; "Post", "Read" are more likely names.
        var w = words[k];
        if (w.IsCapitalized && !(allowCapital && w.Lower.EndsWith("ed", StringComparison.Ordinal)))
        {
            return false;
        }

        return VerbSpan(words, k) > 0;
    }

    // The tag verb at word k, as the number of words it spans: a listed form, a reporting verb, or a past form in -ed.
    private static int VerbSpan(List<WordToken> words, int k, bool guessPast = true)
    {
        var lower = words[k].Lower;
        if (TagVerbs.Value.TryGetValue(lower, out var forms))
        {
            var best = 0;
            foreach (var form in forms)
            {
                var ok = k + form.Length <= words.Count;
                for (var i = 1; ok && i < form.Length; i++)
                {
                    ok = !words[k + i].InQuote && words[k + i].Lower == form[i];
                }

                if (ok)
                {
                    best = Math.Max(best, form.Length);
                }
            }

            if (best > 0)
            {
                return best;
            }
        }

        var reporting = AttributionLexicon.MatchVerb(words, k);
        if (reporting > 0)
        {
            return reporting;
        }

        return guessPast && lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && lower.All(char.IsLetter) ? 1 : 0;
    }
}
