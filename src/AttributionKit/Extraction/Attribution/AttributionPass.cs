using AttributionKit.Extraction.Outlets;
using AttributionKit.Model;
using AttributionKit.Segmentation;
using AttributionKit.Text;
using FuzzySharp;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// One run of the attribution stage over one article: reads the blocks in order, ties each quote to its cue and
/// speaker (carrying a speaker over consecutive quoted sentences, multi-paragraph quotes and colon lead-ins), adds
/// reported speech, resolves speakers to full names, then links pull quotes to the quotes they repeat.
/// </summary>
internal sealed class AttributionPass
{
    private const int PronounReachInBlocks = 3;

    // Quoted words up to this many, woven into a sentence without a cue, may be a term rather than a relation.
    private const int MaxWovenTermWords = 3;

    // A sentence end or a quote mark between a quote and a later tag: the tag is not the quote's.
    private static readonly System.Buffers.SearchValues<char> TagGapBreakers = System.Buffers.SearchValues.Create(".;:!?\"“”„«»");

    private readonly SegmentedArticle _segmented;
    private readonly string _text;
    private readonly List<QuotedSegment> _segments;
    private readonly bool[] _quoted;
    private readonly PersonRegistry _registry;
    private readonly IReadOnlyList<CitingMention> _unknownOutlets;
    private readonly List<QuoteDraft> _quotes = [];
    private readonly List<AttributionDraft> _attributions = [];
    private readonly List<QuoteDraft> _orphans = [];

    // The fewest words of a sentence-opening quote that borrows a later quote's speaker.
    private const int MinOpeningOrphanWords = 4;

    // Uncredited quotes that open a sentence going on without a cue; only a quote after them in their paragraph credits them.
    private readonly HashSet<QuoteDraft> _sentenceOpeningOrphans = [];
    private readonly HashSet<AttributionDraft> _borrowed = [];
    private readonly Dictionary<QuoteDraft, (TextRange Subject, ResolvedSpeaker Speaker)> _introducers = [];
    private string? _lastPerson;
    private int _lastPersonBlock = -100;

    private AttributionPass(SegmentedArticle segmented, IReadOnlyList<CitingMention> unknownOutlets)
    {
        _segmented = segmented;
        _unknownOutlets = unknownOutlets;
        _text = segmented.Text;
        _segments = QuoteScanner.Scan(segmented.Article);
        _quoted = new bool[_text.Length];
        foreach (var segment in _segments)
        {
            var outer = segment.Outer;
            Array.Fill(_quoted, true, outer.Start, Math.Min(outer.End, _text.Length) - outer.Start);
        }

        _registry = PersonRegistry.Build(segmented.Article, IsQuoted);
    }

    /// <summary>Runs the stage over one article.</summary>
    /// <param name="segmented">The article.</param>
    /// <param name="unknownOutlets">Outlets the gazetteer does not know, read by the outlet stage from a citation pattern, in text order.</param>
    public static AttributionExtraction Run(SegmentedArticle segmented, IReadOnlyList<CitingMention> unknownOutlets)
    {
        var pass = new AttributionPass(segmented, unknownOutlets);
        pass.ReadBlocks();
        pass.CreditOrphans();
        return pass.Build();
    }

    private bool IsQuoted(int offset) => offset >= 0 && offset < _quoted.Length && _quoted[offset];

    private void ReadBlocks()
    {
        var article = _segmented.Article;
        var pulls = PullQuoteFinder.Find(article, _segments);
        var pullBlocks = pulls.SelectMany(p => p.Blocks).ToHashSet();
        var pullByFirstBlock = pulls.ToDictionary(p => p.Blocks.Min());
        CueCandidate? leadIn = null;
        int leadInBlock = -1;
        QuoteDraft? openQuote = null;
        QuoteDraft? lastBlockEndQuote = null;

        for (var b = 0; b < article.Blocks.Length; b++)
        {
            if (pullBlocks.Contains(b))
            {
                if (pullByFirstBlock.TryGetValue(b, out var pull))
                {
                    AddPullQuote(pull);
                }

                leadIn = null;
                openQuote = null;
                lastBlockEndQuote = null;
                continue;
            }

            var kind = article.Blocks[b].Kind;
            if (kind is BlockKind.Dateline or BlockKind.Preformatted)
            {
                continue;
            }

            // Headlines quote words to sell the story, not to attribute them; their quotes are not reported.
            var blockSegments = QuoteScanner.IsHeadline(article, b) ? [] : _segments.Where(s => s.BlockIndex == b).ToList();
            var frames = FrameBuilder.Build(_segmented, b, blockSegments);
            QuoteDraft? previousFrameQuote = null;
            QuoteDraft? previousFramePartial = null;
            QuoteDraft? blockEndQuote = null;
            for (var f = 0; f < frames.Count; f++)
            {
                var frame = frames[f];
                var words = MarkSentenceStarts(WordTokenizer.Tokenize(_text, frame.Start, frame.End, IsQuoted), b);
                var candidates = CueFinder.Find(_text, frame, words);
                candidates.AddRange(OpeningParticiple.Find(_text, words, candidates));
                var frameSegments = blockSegments.Where(s => s.Open >= frame.Start && s.Open < frame.End).ToList();
                var quoteOnly = frameSegments.Count > 0 && words.All(w => w.InQuote);
                var used = new Dictionary<CueCandidate, AttributionDraft>();
                var superseded = new HashSet<CueCandidate>();
                QuoteDraft? frameQuote = null;

                foreach (var segment in frameSegments)
                {
                    // The first word inside the quote: the subject and possessor rules read the words before it.
                    var quoteWord = WordIndex.FirstAtOrAfter(words, segment.Open);

                    // The cue whose content is the quote itself; else the outermost reporting clause holding it
                    // ("Trump said he believes Afghanistan was “a terrible mistake”" is Trump's).
                    var covering = candidates.Where(c => !c.IsSourceless && c.AttributesQuotes && c.Content is { } ct && ct.Start <= segment.Open && segment.Open < ct.End).ToList();
                    var own = QuoteTagFinder.DashCredit(_text, words, segment)
                        ?? covering.FirstOrDefault(c => c.Content!.Value.Start == segment.Open)
                        ?? covering.MaxBy(c => c.Content!.Value.Length);
                    own = own is null ? null : ReportedClauseSpeaker.Outermost(_text, words, covering, OuterSpeaker(_text, covering, MainClause(covering, own)), segment.Open);

                    // "Swanson praised Franklin Graham, who has vowed to boycott the “support of …”": a relative clause
                    // opened after the cue holds the quote; the one "who" stands for says it.
                    if (own is not null && NearestClauseSubject(words, quoteWord) is { } relative
                        && _text.AsSpan(relative.Start, relative.Length).Equals("who", StringComparison.OrdinalIgnoreCase)
                        && relative.Start > own.Cue.End && relative.Start > own.Source.End && SaysBetween(words, relative.End, segment.Open))
                    {
                        own = new CueCandidate(relative, relative, new TextRange(relative.End, segment.Outer.End), false);
                    }

                    // "After Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “…”": a cue inside the
                    // subordinate clause opening the sentence reports nothing past the comma that closes it; the main
                    // clause's subject says the quote.
                    if (own is not null && own.Content is { } reported && reported.Start < segment.Open && ClosedSubordinate(words, own, quoteWord))
                    {
                        own = null;
                    }

                    // "Sanders has made clear that he expects the Clinton camp to unleash “attack dogs”": a pronoun whose cue
                    // stands in a clause another reports speaks for the reporter, who says the quote.
                    if (own is not null && own.Cue.End <= segment.Open && own.Source.End <= own.Cue.Start && ReporterOf(words, own.Source) is { } reporter)
                    {
                        own = new CueCandidate(own.Cue, reporter, new TextRange(Math.Min(words[WordIndex.FirstAtOrAfter(words, own.Cue.End)].Start, segment.Outer.Start), segment.Outer.End), false);
                    }

                    // "Pollsters agree - Carl Bialik: “…”": a name set off by a dash or comma right before the colon is
                    // the speaker, over a cue further back in the line.
                    if (own is not null && LeadInBefore(words, segment.Open, segment.Outer) is { Cue.Length: 1 } named
                        && own.Source.End <= named.Source.Start && (own.Cue.End <= named.Source.Start || own.Cue.Length == 1) && named.Source.Start > frame.Start)
                    {
                        if (own.Content is { } replaced && replaced.Start == segment.Open)
                        {
                            superseded.Add(own);
                        }

                        own = named;
                    }

                    // "The port was run, as Tom Ridge put it: “…”": an "as" clause right before the quote names who
                    // said it, over a cue further back.
                    if ((QuoteTagFinder.AsPutIt(_text, words, segment.Open, segment.Outer) ?? WordsOfLeadIn.Find(_text, words, segment.Open, segment.Outer)) is { } asPutIt && (own is null || own.Source.Start < asPutIt.Source.Start))
                    {
                        if (own?.Content is { } ownContent && ownContent.Start == segment.Open)
                        {
                            superseded.Add(own);
                        }

                        own = asPutIt;
                    }

                    // "Biden weighed in, telling Mic, “…,” he said, adding …": a tag right after the closing mark names the
                    // quote's speaker over a cue further back whose content merely holds it.
                    if (own is not null && own.Cue.End <= segment.Open
                        && QuoteTagFinder.FindAfterWoven(_text, words, segment) is { } tag)
                    {
                        own = tag;
                    }

                    // "Pence blamed the media for making an issue of Donald Trump’s claim that Obama “founded ISIS”": the
                    // possessor of a noun of speech said the words in the clause after it.
                    if (PossessedSpeechNoun.Find(_text, words, segment.Open, segment.Outer) is { } possessed
                        && (own is null || own.Cue.End <= possessed.Source.Start || own.Cue.Overlaps(possessed.Cue)))
                    {
                        if (own?.Content is { } ownsQuote && ownsQuote.Start == segment.Open)
                        {
                            superseded.Add(own);
                        }

                        own = possessed;
                    }

                    var candidate = own is null ? null : Reporter(_text, covering, own);
                    var inner = segment.Inner(_text);
                    if (inner.IsEmpty || QuoteClassifier.IsNotSpeech(_text, segment, frame, candidate is not null))
                    {
                        continue;
                    }

                    if (candidate is null)
                    {
                        candidate = _text.AsSpan(frame.Start, segment.Open - frame.Start).Trim().IsEmpty
                            ? QuoteTagFinder.Find(_text, words, segment)
                            : LeadInBefore(words, segment.Open, segment.Outer) ?? QuoteTagFinder.FindAfterWoven(_text, words, segment);
                    }

                    // "“If there had not been that intervention” by NATO and others, Clinton said, “…”", "''Most of the
                    // complexity derives from efforts to measure'' income, he said, rather than …": a quote opening the
                    // sentence whose tag comes after a few more words is the tag's.
                    if (candidate is null && _text.AsSpan(frame.Start, segment.Open - frame.Start).Trim().IsEmpty && LaterTag(words, candidates, segment) is { } later)
                    {
                        candidate = later with { Content = segment.Outer };
                    }

                    // "“Sued for that?” Sanders asked rhetorically, shaking his head.": the tag may open the next passage.
                    if (candidate is null && quoteOnly && leadIn is null && !segment.ContinuesPrevious && f + 1 < frames.Count && segment == frameSegments[^1])
                    {
                        candidate = QuoteTagFinder.Find(_text, MarkSentenceStarts(WordTokenizer.Tokenize(_text, frame.Start, frames[f + 1].End, IsQuoted), b), segment);
                    }

                    if (candidate is not null)
                    {
                        if (!used.TryGetValue(candidate, out var attribution))
                        {
                            attribution = NewAttribution(candidate, frame, frameSegments, b);
                            used[candidate] = attribution;
                        }

                        var direct = frameSegments.Any(s => s.Open == (own ?? candidate).Content!.Value.Start);
                        var last = attribution.Quotes.Count > 0 ? attribution.Quotes[^1] : null;
                        if (direct && last is { Kind: QuoteKind.Direct })
                        {
                            last.Add(inner, segment.Outer);
                            frameQuote = last;
                        }
                        else
                        {
                            frameQuote = NewQuote(inner, segment.Outer, direct ? QuoteKind.Direct : QuoteKind.Partial, b, attribution);
                        }

                        continue;
                    }

                    if (quoteOnly)
                    {
                        frameQuote = CarryOver(segment, inner, b, f, f > 0 ? frames[f - 1] : null, previousFramePartial, leadIn, leadInBlock, openQuote, previousFrameQuote, lastBlockEndQuote);
                        leadIn = null;
                        continue;
                    }

                    var standsFirst = _text.AsSpan(frame.Start, segment.Open - frame.Start).Trim().IsEmpty;

                    // "“I don’t think voters care,” Palmieri told reporters. “I think they care about incomes” and other
                    // pocketbook issues.": a quote opening a sentence that goes on without a cue of its own continues the
                    // quote the sentence before credited, as a quote standing alone there would.
                    // An uncredited term woven into the sentence before ("the bank’s drive to “cross-sell”") is no quote to go on.
                    if (standsFirst && segment == frameSegments[0] && previousFrameQuote is not null && !segment.ContinuesPrevious
                        && !(previousFrameQuote.Kind == QuoteKind.Partial && previousFrameQuote.Attribution?.Source is null))
                    {
                        frameQuote = Extend(previousFrameQuote, inner, segment.Outer);
                        continue;
                    }

                    AttributionDraft? subjectAttribution = null;
                    if (!standsFirst && !IsTerm(segment, inner) && (ReporterOfClause(words, quoteWord) ?? SentenceSubject.Of(_text, words, quoteWord)
                        ?? EarlierCueSource(candidates, segment.Open) ?? Possessor(words, quoteWord)
                        ?? ParticipleSubject(words, segment)) is { } subject)
                    {
                        if (candidates.FirstOrDefault(c => c.Source == subject && !c.IsSourceless && !c.IsLeadIn && c.Content is not null) is { } reporting)
                        {
                            // "Devine said …, instead pointing to the “big differences”": the sentence already reports the
                            // subject's words; the quote is one more piece of them, not a relation of its own.
                            if (!used.TryGetValue(reporting, out subjectAttribution))
                            {
                                subjectAttribution = NewAttribution(reporting, frame, frameSegments, b);
                                used[reporting] = subjectAttribution;
                            }
                        }
                        else
                        {
                            // Quoted words woven into a sentence without a reporting verb are the sentence subject's words
                            // ("Bush praised Rubio as “a bright, charismatic leader”").
                            subjectAttribution = NewAttribution(new CueCandidate(subject, subject, segment.Outer, false) { }, frame, frameSegments, b);
                            subjectAttribution.Cue = null;
                            subjectAttribution.SpeakerOnly = IsWovenTerm(inner, subject, subjectAttribution.Speaker);
                        }
                    }

                    frameQuote = NewQuote(inner, segment.Outer, standsFirst ? QuoteKind.Direct : QuoteKind.Partial, b, subjectAttribution);

                    // "“You went on television to blame thousands of $12-an-hour” workers. “It’s gutless leadership,” Vale
                    // said.": a quote opening its sentence, which goes on with a few words and no cue, belongs to the
                    // speaker of the next quote of its paragraph (or of the next paragraph's opening quote, when its
                    // sentence closes the paragraph), as a quote standing alone there would. A name or title of a few
                    // words ("“Harbour Nights,” the show, …") is no such quote.
                    if (standsFirst && subjectAttribution is null && WordTokenizer.Tokenize(_text, inner.Start, inner.End).Count >= MinOpeningOrphanWords)
                    {
                        _orphans.Add(frameQuote);
                        _sentenceOpeningOrphans.Add(frameQuote);
                    }
                }

                foreach (var candidate in candidates)
                {
                    // A lead-in with an object before its colon reports that object too (CueObject.ObjectBeforeColon).
                    if (!used.ContainsKey(candidate) && !superseded.Contains(candidate) && candidate.Content is not null)
                    {
                        NewAttribution(candidate, frame, frameSegments, b);
                    }
                }

                if (candidates.FirstOrDefault(c => c.IsLeadIn) is { } lead)
                {
                    leadIn = lead;
                    leadInBlock = b;
                }
                else if (frameSegments.Count > 0 || words.Any(w => !w.InQuote))
                {
                    leadIn = f == frames.Count - 1 ? leadIn : null;
                }

                previousFrameQuote = frameQuote is { Kind: QuoteKind.Direct, Attribution: not null } ? frameQuote : null;
                previousFramePartial = frameQuote is { Kind: QuoteKind.Partial, Attribution.Source: not null } ? frameQuote : null;
                blockEndQuote = frameQuote;
                if (frameQuote is null && words.Any(w => !w.InQuote))
                {
                    blockEndQuote = null;
                }
            }

            var lastSegment = blockSegments.Count > 0 ? blockSegments[^1] : null;
            openQuote = lastSegment is { IsClosed: false } && blockEndQuote is not null ? blockEndQuote : null;
            // A paragraph may end on a credited quote woven into its sentence ("leaders “who understand …,” Clinton
            // said."): a quote paragraph after it goes on in that speaker's words as after a whole quote.
            lastBlockEndQuote = blockEndQuote is { Kind: QuoteKind.Direct, Attribution: not null } or { Kind: QuoteKind.Partial, Attribution.Source: not null } ? blockEndQuote : null;
            if (leadIn is not null && leadInBlock < b)
            {
                leadIn = null;
            }
        }
    }

    // "Fisk, who says the depot should go, tweeted that …": a cue inside another cue's source is a relative clause
    // about the speaker; the sentence's own reporting verb says the quote.
    private static CueCandidate MainClause(List<CueCandidate> covering, CueCandidate own)
    {
        foreach (var c in covering)
        {
            if (c != own && c.Source.Contains(own.Cue))
            {
                return c;
            }
        }

        return own;
    }

    // "Bolton said he would advise Trump on “the strategic threats”": a pronoun reporting inside another's report is the
    // outer speaker speaking of himself; the quoted words are the outer speaker's.
    private static CueCandidate OuterSpeaker(string text, List<CueCandidate> covering, CueCandidate own)
    {
        if (text.AsSpan(own.Source.Start, own.Source.Length) is not ("he" or "she" or "they" or "He" or "She" or "They"))
        {
            return own;
        }

        foreach (var c in covering)
        {
            // "That said, she noted …" opens with a set phrase, not a speaker.
            if (c != own && c.Cue.End <= own.Source.Start && c.Content!.Value.Contains(own.Source) && IsThatGap(text.AsSpan(c.Cue.End, own.Source.Start - c.Cue.End))
                && text.AsSpan(c.Source.Start, c.Source.Length) is not ("That" or "This" or "It"))
            {
                return c;
            }
        }

        return own;
    }

    // Nothing but "that" and a discourse adverb between two clauses ("said, however, that he …").
    private static bool IsThatGap(ReadOnlySpan<char> gap)
    {
        foreach (var part in gap.ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part is not ("that" or "however" or "also" or "again" or "too" or "then" or "now" or "still"))
            {
                return false;
            }
        }

        return true;
    }

    // "“…,” O’Malley said, according to the Las Vegas Sun": a cue after the quote's own cue that holds it passes the
    // quote on second hand, and the one who passes it on is its source (as annotation schemes credit it).
    private static CueCandidate Reporter(string text, List<CueCandidate> covering, CueCandidate own)
    {
        var reporter = own;
        foreach (var c in covering)
        {
            var cue = text.AsSpan(c.Cue.Start, c.Cue.Length);
            var passesOn = cue.StartsWith("according", StringComparison.OrdinalIgnoreCase) || cue.StartsWith("report", StringComparison.OrdinalIgnoreCase)
                || cue.StartsWith("as reported", StringComparison.OrdinalIgnoreCase);
            if (passesOn && c.Cue.Start >= reporter.Cue.End && c.Content!.Value.Contains(reporter.Cue) && c.Content.Value.Contains(reporter.Source))
            {
                reporter = c;
            }
        }

        return reporter;
    }

    // A passage that is nothing but a quote: it carries on the quote or the speaker just before it.
    private QuoteDraft CarryOver(
        QuotedSegment segment,
        TextRange inner,
        int block,
        int frameIndex,
        TextRange? previousFrame,
        QuoteDraft? previousPartial,
        CueCandidate? leadIn,
        int leadInBlock,
        QuoteDraft? openQuote,
        QuoteDraft? previousFrameQuote,
        QuoteDraft? previousBlockQuote)
    {
        // "WALLACE: …" / "PENCE: …": a transcript turn is its labelled speaker's, even where the quote runs on from the
        // turn before.
        if (TranscriptLabel.Find(_text, inner) is { } turn)
        {
            var said = NewAttribution(turn, segment.Outer, [], block);
            if (segment.ContinuesPrevious && frameIndex == 0 && openQuote is not null)
            {
                openQuote.Add(inner, segment.Outer);
                return openQuote;
            }

            // The turn's words are the relation's content; the label is its source, not part of what was said.
            var turnQuote = NewQuote(inner, segment.Outer, QuoteKind.Direct, block, said);
            said.Content = turn.Content!.Value;
            return turnQuote;
        }

        if (segment.ContinuesPrevious && frameIndex == 0 && openQuote is not null)
        {
            return Extend(openQuote, inner, segment.Outer);
        }

        if (leadIn is not null && leadInBlock >= block - 1)
        {
            var attribution = NewAttribution(leadIn with { Content = segment.Outer }, segment.Outer, [], block);
            return NewQuote(inner, segment.Outer, QuoteKind.Direct, block, attribution);
        }

        if (previousFrameQuote is not null)
        {
            return Extend(previousFrameQuote, inner, segment.Outer);
        }

        if (frameIndex == 0 && previousBlockQuote?.Attribution is { } earlier)
        {
            var attribution = new AttributionDraft
            {
                Source = earlier.Source,
                Speaker = earlier.Speaker,
                Cue = earlier.Cue,
                Content = segment.Outer,
                Venue = earlier.Venue,
            };
            _attributions.Add(attribution);
            _borrowed.Add(attribution);
            var carried = NewQuote(inner, segment.Outer, QuoteKind.Direct, block, attribution);
            _orphans.Add(carried);
            return carried;
        }

        // "Dr. Ward stated:" closing the paragraph before introduces this one.
        var previous = block > 0 ? _segmented.Article.Blocks[block - 1] : null;
        if (frameIndex == 0 && previous is { Kind: BlockKind.Paragraph } && _text.AsSpan(previous.Range.Start, previous.Range.Length).TrimEnd().EndsWith(":")
            && _segmented.SentencesOf(block - 1) is { Length: > 0 } sentences)
        {
            var colon = _text.AsSpan(0, previous.Range.End).TrimEnd().Length - 1;
            var leadWords = WordTokenizer.Tokenize(_text, sentences[^1].Range.Start, colon, IsQuoted);
            if (QuoteTagFinder.LeadIn(_text, leadWords, colon, segment.Outer) is { } lead)
            {
                return NewQuote(inner, segment.Outer, QuoteKind.Direct, block, NewAttribution(lead, segment.Outer, [], block));
            }
        }

        var orphan = NewQuote(inner, segment.Outer, QuoteKind.Direct, block, null);
        _orphans.Add(orphan);
        var before = previousFrame ?? (frameIndex == 0 && previous is { Kind: BlockKind.Paragraph } && _segmented.SentencesOf(block - 1) is { Length: > 0 } last
            ? last[^1].Range : null);
        if (previousPartial?.Attribution is { Source: { } partialSource, Speaker: { } partialSpeaker })
        {
            // "McCaskill scolded him: “… ‘miracles,’” she said. “When you call …”": the quote goes on from the one
            // the sentence before credited, even when that one was read as part of a reported clause.
            _introducers[orphan] = (partialSource, partialSpeaker);
        }
        else if (before is { } sentence && SubjectOfSentence(sentence) is { } subject && Resolve(subject, block) is { Type: SpeakerType.Person } person)
        {
            _introducers[orphan] = (subject, person);
        }
        else if (before is { } reportingSentence && _attributions.LastOrDefault(a => a.Cue is { } cue && reportingSentence.Contains(cue) && a.Source is { } src
            && reportingSentence.Contains(src) && a.Speaker is { Type: SpeakerType.Person } && a.Quotes.Count == 0) is { } report)
        {
            // "Or maybe Bush, consultant Phil Musser says.//“…”": a quote after a sentence that reports someone's view
            // carries that report on.
            _introducers[orphan] = (report.Source!.Value, report.Speaker!);
        }
        else if (frameIndex > 0 && _quotes.Count >= 2
            && _quotes[^2] is { Kind: QuoteKind.Direct, Attribution: { Source: not null, Speaker.Type: not SpeakerType.Pronoun } credited } previousQuote
            && previousQuote.BlockIndex == block && _attributions.Count > 0 && _attributions[^1] == credited
            && !(before is { } beat && NamesSomeoneElse(beat, credited.Speaker)))
        {
            // "“…,” Woolson said. They also lie in a media market dead zone. “That’s a tough area.”": after narrative
            // that credits no one else, a quote goes on in the words of its paragraph's last credited speaker (a
            // person or a body; a surname never introduced in full is read as a body). It is a relation of its own, so
            // the narrative between is no one's content.
            Credit(orphan, credited);
            _borrowed.Add(orphan.Attribution!);
        }

        return orphan;
    }

    // "“…,” Tom Ebeling said. Betsy Ebeling shook her head. “…”": narrative whose subject names another person hands
    // the quote after it to no speaker we can be sure of (it is most likely that person's), so the quote is not
    // carried on in the words of the speaker before.
    private bool NamesSomeoneElse(TextRange sentence, ResolvedSpeaker? speaker)
    {
        var words = WordTokenizer.Tokenize(_text, sentence.Start, sentence.End, IsQuoted);
        if (speaker is null || words.Count < 2 || words[0].InQuote || SentenceSubject.Of(_text, words, words.Count) is not { } subject)
        {
            return false;
        }

        var parsed = SpeakerNameParser.Parse(_text, subject);
        if (parsed.Type != SpeakerType.Person)
        {
            return false;
        }

        var name = PersonRegistry.StripPossessive(parsed.Name);
        return !string.Equals(_registry.ResolveName(name, parsed.NameStart) ?? name, speaker.Name, StringComparison.Ordinal);
    }

    // "Valastro praised Christie’s leadership.//“We need someone who …”": the subject of a reporting sentence just
    // before a quote that nothing else credits is the one who says it — the sentence introduces the quote.
    // A passage may hold several sentences ("Cole called it “a mistake. It costs us,” and …"): the words opening the
    // later ones outside quote marks are flagged, so a subject is read from the sentence holding the cue or quote, not
    // from an earlier one.
    private List<WordToken> MarkSentenceStarts(List<WordToken> words, int block)
    {
        if (words.Count == 0)
        {
            return words;
        }

        foreach (var sentence in _segmented.SentencesOf(block))
        {
            if (sentence.Range.Start <= words[0].Start || sentence.Range.Start >= words[^1].End)
            {
                continue;
            }

            var k = WordIndex.FirstAtOrAfter(words, sentence.Range.Start);
            if (k > 0 && k < words.Count && !words[k].InQuote && words[k].Start < sentence.Range.End)
            {
                words[k] = words[k] with { OpensSentence = true };
            }
        }

        return words;
    }

    private TextRange? SubjectOfSentence(TextRange sentence)
    {
        var words = WordTokenizer.Tokenize(_text, sentence.Start, sentence.End, IsQuoted);
        if (words.Count < 2 || words[0].InQuote)
        {
            return null;
        }

        if (SentenceSubject.Of(_text, words, words.Count) is not { } subject)
        {
            return null;
        }

        // Only a sentence that reports speech or a stance introduces a quote ("praised", "argued", "tweeted a
        // warning"); "Fisk chaired the meeting." does not make the next quote hers.
        for (var k = 0; k < words.Count; k++)
        {
            if (words[k].Start >= subject.End && !words[k].InQuote && AttributionLexicon.MatchVerb(words, k) > 0)
            {
                return subject;
            }
        }

        return null;
    }

    // "“Not only can she win.”/“She may be the only one,” Viguerie said.": a quote paragraph that nothing before
    // credits belongs to the speaker of the quote that opens the next paragraph. Last first, so a run of them chains.
    // A quote paragraph that borrowed the speaker of the paragraph before, or found none, but whose next quote in the
    // same paragraph is credited there ("“A.” “B,” Viguerie says."), is that cue's.
    private void CreditOrphans()
    {
        var blocks = _segmented.Article.Blocks;
        var firstQuoteOfBlock = new Dictionary<int, QuoteDraft>();
        var following = new Dictionary<QuoteDraft, QuoteDraft>();
        for (var i = 0; i < _quotes.Count; i++)
        {
            firstQuoteOfBlock.TryAdd(_quotes[i].BlockIndex, _quotes[i]);
            if (i + 1 < _quotes.Count)
            {
                following[_quotes[i]] = _quotes[i + 1];
            }
        }

        for (var i = _orphans.Count - 1; i >= 0; i--)
        {
            var orphan = _orphans[i];
            if (!following.TryGetValue(orphan, out var after) || after.BlockIndex != orphan.BlockIndex || after.Kind != QuoteKind.Direct
                || after.Attribution is not { Source: not null } own || _borrowed.Contains(own)
                || (_introducers.ContainsKey(orphan) && !StandsFirstInBlock(orphan) && !_text.AsSpan(orphan.OuterPieces[^1].End, after.OuterPieces[0].Start - orphan.OuterPieces[^1].End).Trim().IsEmpty))
            {
                continue;
            }

            if (orphan.Attribution is { } borrowed)
            {
                (borrowed.Source, borrowed.Speaker, borrowed.Cue, borrowed.Venue) = (own.Source, own.Speaker, own.Cue, own.Venue);
                continue;
            }

            CreditOrJoin(orphan, own);
        }

        for (var i = _orphans.Count - 1; i >= 0; i--)
        {
            var orphan = _orphans[i];

            // "DuVernay said … “… loop-hole,” she said. “We have no context …”": a quote after other words of its own
            // paragraph, which a sentence there introduces, goes on in that paragraph, not in the next one's.
            if ((_introducers.ContainsKey(orphan) && !StandsFirstInBlock(orphan)) || (_sentenceOpeningOrphans.Contains(orphan) && !EndsBlock(orphan)))
            {
                continue;
            }

            if (orphan.Attribution is not null || !firstQuoteOfBlock.TryGetValue(orphan.BlockIndex + 1, out var next)
                || next.Kind != QuoteKind.Direct || next.Attribution is not { Source: not null } credited
                || !_text.AsSpan(blocks[next.BlockIndex].Range.Start, next.OuterPieces[0].Start - blocks[next.BlockIndex].Range.Start).Trim().IsEmpty)
            {
                continue;
            }

            CreditOrJoin(orphan, credited);
        }

        foreach (var orphan in _orphans)
        {
            if (orphan.Attribution is null && _introducers.TryGetValue(orphan, out var introducer))
            {
                // "Clinton said she and Obama had made progress. “…”": the quote carries on what the sentence reported.
                if (_attributions.FirstOrDefault(a => a.Source == introducer.Subject) is { } reported)
                {
                    reported.Quotes.Add(orphan);
                    reported.Content = reported.Content.Union(orphan.OuterPieces[^1]);
                    orphan.Attribution = reported;
                    continue;
                }

                Attach(orphan, new AttributionDraft { Source = introducer.Subject, Speaker = introducer.Speaker });
            }
        }
    }

    // Whether the quote's sentence closes its paragraph: no other sentence follows it there.
    private bool EndsBlock(QuoteDraft quote)
    {
        var after = quote.OuterPieces[^1].End;
        foreach (var sentence in _segmented.SentencesOf(quote.BlockIndex))
        {
            if (sentence.Range.Start >= after)
            {
                return false;
            }
        }

        return true;
    }

    // Whether nothing but white space stands before the quote in its paragraph.
    private bool StandsFirstInBlock(QuoteDraft quote)
    {
        var start = _segmented.Article.Blocks[quote.BlockIndex].Range.Start;
        return _text.AsSpan(start, Math.Max(0, quote.OuterPieces[0].Start - start)).Trim().IsEmpty;
    }

    // A sentence-opening quote joins the relation of the quote that credits it: "“You went on television to blame …”
    // workers. “It’s gutless leadership,” Vale said." is one report of Vale's in two pieces. Other orphans get their own.
    private void CreditOrJoin(QuoteDraft orphan, AttributionDraft from)
    {
        if (!_sentenceOpeningOrphans.Contains(orphan))
        {
            Credit(orphan, from);
            return;
        }

        from.Quotes.Insert(0, orphan);
        from.Content = orphan.OuterPieces[0].Union(from.Content);
        orphan.Attribution = from;
    }

    // Gives an uncredited quote its own attribution with the source, speaker, cue and venue of another's.
    private void Credit(QuoteDraft orphan, AttributionDraft from) =>
        Attach(orphan, new AttributionDraft { Source = from.Source, Speaker = from.Speaker, Cue = from.Cue, Venue = from.Venue });

    // Makes the drafted attribution an uncredited quote's own, with the quote as its content.
    private void Attach(QuoteDraft orphan, AttributionDraft attribution)
    {
        attribution.Content = orphan.OuterPieces[0].Union(orphan.OuterPieces[^1]);
        attribution.Quotes.Add(orphan);
        orphan.Attribution = attribution;
        _attributions.Add(attribution);
    }

    // "It owed the firm $556,000 for “survey research”", "the network helped legitimize “death panels”": a few quoted
    // words no cue reports, in a sentence whose subject is no person named or possessing them, are a term the writer
    // marks, not a relation PolNeAR annotates; the quote still names the subject as its speaker. "Mitt Romney’s “47
    // percent” comment", "Marco Rubio, after a video about the “clash of civilizations”" stay the person's.
    private bool IsWovenTerm(TextRange inner, TextRange subject, ResolvedSpeaker? speaker)
    {
        if (WordTokenizer.Tokenize(_text, inner.Start, inner.End).Count > MaxWovenTermWords)
        {
            return false;
        }

        var source = _text.AsSpan(subject.Start, subject.Length);
        var possessive = source.EndsWith("’s", StringComparison.Ordinal) || source.EndsWith("'s", StringComparison.Ordinal) || source.EndsWith("’", StringComparison.Ordinal);
        return !possessive && speaker?.Type != SpeakerType.Person;
    }

    // "the “vibe shift”": two or three quoted words without final punctuation after "the" are a coined term the article
    // names, nobody's words; after anything else ("be a “litmus test”", "called it “very fishy”") the subject chose them.
    private bool IsTerm(QuotedSegment segment, TextRange inner)
    {
        var before = _text.AsSpan(0, segment.Open).TrimEnd();
        if (!before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = WordTokenizer.Tokenize(_text, inner.Start, inner.End);
        return words.Count <= 3 && !(_text[inner.End - 1] is '.' or ',' or '!' or '?' or '…');
    }

    // "Clinton backed the deal, although she made it clear that she has “serious concerns”": the subject pronoun of the
    // clause nearest the quote says it, rather than the sentence's first subject. "Beck, who has described Trump as
    // “a sociopath”": a relative clause holding the quote is the words of the one "who" stands for.
    private TextRange? NearestClauseSubject(List<WordToken> words, int limit)
    {
        for (var k = limit - 1; k >= 0 && k >= limit - 25; k--)
        {
            if (words[k].InQuote)
            {
                return null;
            }

            if (words[k].IsPersonalSubjectPronoun && k + 1 < limit && !words[k + 1].IsCapitalized)
            {
                return words[k].Range;
            }

            // A comma after "who" may close the clause ("Trump, who leads, mocked Rubio for “…”"): then it is not the quote's.
            if (words[k].Lower is "who" && k > 0 && k + 1 < limit && !words[k + 1].IsCapitalized && Antecedent(words[k].Start) is not null
                && !_text.AsSpan(words[k].End, words[limit - 1].End - words[k].End).Contains(','))
            {
                return words[k].Range;
            }
        }

        return null;
    }

    // "Ayotte’s campaign, for example, said she would “support the nominee”", "Sanders has made clear that he expects
    // … “attack dogs”": a pronoun opening a clause reported by a verb or "that" speaks for the one who reports it (as
    // annotation schemes credit it): an earlier clause subject, else the sentence's own. "Clinton backed the deal,
    // although she made it clear that she has “serious concerns”" is the first "she"'s.
    private TextRange? ReporterOfClause(List<WordToken> words, int limit) =>
        NearestClauseSubject(words, limit) is { } nearest ? ReporterOf(words, nearest) ?? nearest : null;

    // The one who reports the clause a subject pronoun opens ("said she would", "made clear that he expects"), or null
    // when the pronoun opens no reported clause.
    private TextRange? ReporterOf(List<WordToken> words, TextRange pronoun)
    {
        var k = WordIndex.FirstAtOrAfter(words, pronoun.Start);
        if (k < 2 || k >= words.Count || words[k].Lower is not ("he" or "she" or "they") || words[k - 1].InQuote)
        {
            return null;
        }

        // "She said, if elected, she would ask …", "He added that if his son were still serving, he would advise …": a
        // conditional clause between the reporting verb and the pronoun leaves the pronoun's clause reported.
        var intro = CueFinder.IsSpaceOnly(_text, words[k - 1].End, words[k].Start) ? k - 1 : ConditionalOpener(words, k) - 1;
        if (intro < 1 || !(words[intro].Lower is "that" or "whether" || (AttributionLexicon.MatchVerb(words, intro) > 0 && !words[intro].Lower.EndsWith("ing", StringComparison.Ordinal))))
        {
            return null;
        }

        // "failed so badly that she …": "so … that" opens a clause of result, which no one reports.
        for (var j = intro - 1; j >= 0 && j >= intro - 3; j--)
        {
            if (words[j].Lower is "so" or "such")
            {
                return null;
            }
        }

        return NearestClauseSubject(words, k) is { } earlier && !_text.AsSpan(earlier.Start, earlier.Length).Equals("who", StringComparison.OrdinalIgnoreCase)
            ? earlier
            : SentenceSubject.Of(_text, words, k) is { } subject && subject.End <= words[intro].Start ? subject : null;
    }

    // The index of "if", "when", "once" or "unless" opening a conditional clause that a comma closes right before word
    // k, within a few words and with no quote in it, right after a verb or "that" (a comma may follow the verb); else -1.
    private int ConditionalOpener(List<WordToken> words, int k)
    {
        if (!_text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim().SequenceEqual(","))
        {
            return -1;
        }

        for (var i = k - 2; i >= 1 && i >= k - 14; i--)
        {
            if (words[i].InQuote || words[i].OpensSentence)
            {
                return -1;
            }

            if (words[i].Lower is "if" or "when" or "once" or "unless")
            {
                var gap = _text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Trim();
                return gap.IsEmpty || gap.SequenceEqual(",") ? i : -1;
            }
        }

        return -1;
    }

    // The first cue after a quote that opens its sentence, when it is a tag set off by a comma ("…, Clinton said") within
    // a few words of the quote, with no sentence end, quote or other cue between.
    private CueCandidate? LaterTag(List<WordToken> words, List<CueCandidate> candidates, QuotedSegment segment)
    {
        CueCandidate? first = null;
        foreach (var c in candidates)
        {
            if (c.Cue.Start >= segment.Outer.End && (first is null || c.Cue.Start < first.Cue.Start))
            {
                first = c;
            }
        }

        if (first is null || first.IsSourceless || first.IsLeadIn || !first.AttributesQuotes || first.Source.Start < segment.Outer.End || first.Source.End > first.Cue.Start)
        {
            return null;
        }

        var gap = _text.AsSpan(segment.Outer.End, first.Source.Start - segment.Outer.End);
        var between = WordIndex.FirstAtOrAfter(words, first.Source.Start) - WordIndex.FirstAtOrAfter(words, segment.Outer.End);
        var last = gap.TrimEnd();
        if (between is < 1 or > 20 || last.IsEmpty || last[^1] != ',' || gap.IndexOfAny(TagGapBreakers) >= 0)
        {
            return null;
        }

        // The tag is the source and its verb alone: a comma, the sentence's end or a quote follows it.
        var after = _text.AsSpan(first.Cue.End, Math.Min(_text.Length, first.Cue.End + 40) - first.Cue.End).TrimStart();
        var cueWord = WordIndex.FirstAtOrAfter(words, first.Cue.End);
        return after.IsEmpty || after[0] is ',' or '.' || (cueWord < words.Count && words[cueWord].Lower is "at" or "on" or "in" or "during") ? first : null;
    }

    // Whether the cue stands in a subordinate clause that opens the quote's sentence ("After …", "When …") and a comma
    // closes that clause between the cue and the quote, with the main clause's subject after it. Not "As X reported,
    // …": that clause credits what the main clause says.
    private bool ClosedSubordinate(List<WordToken> words, CueCandidate cue, int quoteWord)
    {
        var start = 0;
        for (var k = Math.Min(quoteWord, words.Count) - 1; k > 0; k--)
        {
            if (words[k].OpensSentence)
            {
                start = k;
                break;
            }
        }

        if (start >= quoteWord || words[start].InQuote || !AttributionLexicon.SubordinatingConjunctions.Contains(words[start].Text) || words[start].Lower == "as" || cue.Source.Start < words[start].Start)
        {
            return false;
        }

        for (var k = WordIndex.FirstAtOrAfter(words, cue.Cue.End); k > start && k < quoteWord; k++)
        {
            if (words[k].InQuote)
            {
                return false;
            }

            if (_text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
            {
                return k + 1 < quoteWord && NounPhrase.IsSubjectStart(words[k]) && SentenceSubject.Of(_text, words.GetRange(start, words.Count - start), quoteWord - start) is { } subject
                    && subject.Start >= words[k].Start;
            }
        }

        return false;
    }

    // "Rubio’s catch phrase was that Crist “would say anything”", "Romney’s “47 percent” comment": a name in the possessive
    // opening the sentence owns the words its noun stands for.
    private TextRange? Possessor(List<WordToken> words, int limit)
    {
        var first = words.Count > 1 && words[0].Lower is "but" or "and" or "yet" ? 1 : 0;

        // "His assumption was that “…”": a possessive pronoun owns them just the same.
        if (first < limit && words[first].Text is "His" or "Her" or "Their" && first + 1 < limit && !words[first + 1].IsCapitalized && !words[first + 1].InQuote)
        {
            return words[first].Range;
        }

        var last = first;
        while (last < limit && words[last].IsCapitalized && !words[last].InQuote && !AttributionLexicon.SentenceStarters.Contains(words[last].Text))
        {
            if (words[last].IsPossessive)
            {
                // "That’s", "It’s", "Here’s": a contraction, not a possessor.
                var stem = words[last].Text[..^2];
                return AttributionLexicon.SentenceStarters.Contains(stem) || AttributionLexicon.Pronouns.Contains(stem)
                    ? null
                    : new TextRange(words[first].Start, words[last].End);
            }

            if (last + 1 >= words.Count || !_text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).Trim().IsEmpty)
            {
                return null;
            }

            last++;
        }

        return null;
    }

    // "Citing “obligations in Tennessee,” the spokeswoman told reporters …": a quote in an opening participle phrase is
    // the words of the sentence's subject, which follows the phrase.
    private TextRange? ParticipleSubject(List<WordToken> words, QuotedSegment segment)
    {
        if (words.Count < 3 || words[0].InQuote || !words[0].IsCapitalized || !words[0].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        var after = WordIndex.FirstAtOrAfter(words, segment.Outer.End);
        var gap = after < words.Count ? _text.AsSpan(segment.Outer.End, words[after].Start - segment.Outer.End).Trim() : [];
        var last = segment.Outer.End - 1;
        while (last > segment.Open && QuoteMarks.IsQuoteMark(_text[last]))
        {
            last--;
        }

        var commaInside = _text[last] == ',';
        if (after >= words.Count || words.Take(after).Any(w => !w.InQuote && w.Start > segment.Open) || !(gap.SequenceEqual(",") || (gap.IsEmpty && commaInside)))
        {
            return null;
        }

        var rest = words.GetRange(after, words.Count - after);
        return SentenceSubject.Of(_text, rest, rest.Count);
    }

    // Whether a reporting or stance verb stands between two offsets ("who has vowed", not "who died").
    private static bool SaysBetween(List<WordToken> words, int start, int end)
    {
        for (var k = WordIndex.FirstAtOrAfter(words, start); k < words.Count && words[k].Start < end; k++)
        {
            if (words[k].Start >= start && !words[k].InQuote && AttributionLexicon.MatchVerb(words, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // "“…,” Devine said, instead seeking to focus on the “big differences”": a quote woven into the sentence after a cue
    // that names its speaker, with no subject of its own, goes on in that speaker's words.
    private static TextRange? EarlierCueSource(List<CueCandidate> candidates, int open)
    {
        CueCandidate? nearest = null;
        foreach (var c in candidates)
        {
            if (!c.IsSourceless && !c.IsLeadIn && c.Cue.End <= open && c.Source.End <= open && (nearest is null || c.Cue.Start > nearest.Cue.Start))
            {
                nearest = c;
            }
        }

        return nearest?.Source;
    }

    // "Continued Stone: “…”": a lead-in ending on a colon right before the quote, in the same passage.
    private CueCandidate? LeadInBefore(List<WordToken> words, int open, TextRange quote)
    {
        var before = _text.AsSpan(0, open).TrimEnd();
        if (before.IsEmpty || before[^1] != ':')
        {
            return null;
        }

        // A lead-in is a few words; a passage of thousands is not copied to find that out.
        var count = WordIndex.FirstAtOrAfter(words, open);
        return count > QuoteTagFinder.MaxLeadInWords ? null : QuoteTagFinder.LeadIn(_text, words.GetRange(0, count), before.Length - 1, quote);
    }

    private static QuoteDraft Extend(QuoteDraft quote, TextRange inner, TextRange outer)
    {
        quote.Add(inner, outer);
        if (quote.Attribution is { } attribution)
        {
            attribution.Content = attribution.Content.Union(outer);
        }

        return quote;
    }

    private QuoteDraft NewQuote(TextRange inner, TextRange outer, QuoteKind kind, int block, AttributionDraft? attribution)
    {
        var quote = new QuoteDraft { Kind = kind, BlockIndex = block, Attribution = attribution };
        quote.Add(inner, outer);
        attribution?.Quotes.Add(quote);
        if (attribution is not null && kind != QuoteKind.Partial)
        {
            attribution.Content = attribution.Content.Union(outer);
        }

        _quotes.Add(quote);
        return quote;
    }

    private AttributionDraft NewAttribution(CueCandidate candidate, TextRange frame, List<QuotedSegment> frameSegments, int block)
    {
        var content = candidate.Content ?? candidate.Cue;
        if (candidate.IsSourceless)
        {
            var sourceless = new AttributionDraft { Cue = candidate.Cue, Content = content };
            _attributions.Add(sourceless);
            return sourceless;
        }

        var attribution = new AttributionDraft
        {
            Source = candidate.Source,
            Cue = candidate.Cue,
            Content = content,
            Speaker = Resolve(candidate.Source, block),
        };

        // Where it was said is named around the cue, never inside what was said.
        var excluded = frameSegments.Select(s => s.Outer).Append(content).OrderBy(r => r.Start).ToList();
        attribution.Venue = VenueFinder.Find(_text, Subtract(frame, excluded), candidate.Cue.Start, candidate.Source, _unknownOutlets);
        _attributions.Add(attribution);
        return attribution;
    }

    private void AddPullQuote(PullQuote pull)
    {
        var quote = pull.Draft;
        _quotes.Add(quote);
        if (pull.Line is not { } line)
        {
            return;
        }

        var attribution = new AttributionDraft
        {
            Source = line.Speaker,
            Cue = line.Cue,
            Content = quote.OuterPieces[0].Union(quote.OuterPieces[^1]),
            Venue = line.Venue,
            Speaker = Resolve(line.Speaker, quote.BlockIndex),
        };
        attribution.Quotes.Add(quote);
        quote.Attribution = attribution;
        _attributions.Add(attribution);
    }

    private ResolvedSpeaker Resolve(TextRange mention, int block)
    {
        // "Rubio’s" names Rubio.
        var parsed = SpeakerNameParser.Parse(_text, mention);
        parsed = parsed with { Name = PersonRegistry.StripPossessive(parsed.Name) };

        switch (parsed.Type)
        {
            case SpeakerType.Pronoun:
                if (parsed.Name.ToLowerInvariant() is "he" or "she" or "him")
                {
                    var name = (block - _lastPersonBlock <= PronounReachInBlocks ? _lastPerson : null)
                        ?? _registry.MostRecentBefore(mention.Start);
                    if (name is not null)
                    {
                        return new ResolvedSpeaker(name, _registry.RoleOf(name), SpeakerType.Person);
                    }
                }

                // "Ruth Cole, who runs the port, said": "who" stands for the name before it.
                if (parsed.Name.Equals("who", StringComparison.OrdinalIgnoreCase) && Antecedent(mention.Start) is { } antecedent)
                {
                    return Resolve(antecedent, block);
                }

                return new ResolvedSpeaker(parsed.Name, null, SpeakerType.Pronoun);

            case SpeakerType.Person:
                var canonical = _registry.ResolveName(parsed.Name, parsed.NameStart);
                if (canonical is null)
                {
                    if (!parsed.Name.Contains(' ', StringComparison.Ordinal) && parsed.Role is null)
                    {
                        return new ResolvedSpeaker(parsed.Name, null, SpeakerType.Group);
                    }

                    _registry.Add(parsed.Name, parsed.NameStart);
                    canonical = parsed.Name;
                }

                _lastPerson = canonical;
                _lastPersonBlock = block;
                return new ResolvedSpeaker(canonical, parsed.Role ?? _registry.RoleOf(canonical), SpeakerType.Person);

            default:
                return new ResolvedSpeaker(parsed.Name, parsed.Role, SpeakerType.Group);
        }
    }

    // The capitalised name just before ", who".
    private TextRange? Antecedent(int whoStart)
    {
        var words = WordTokenizer.Tokenize(_text, Math.Max(0, whoStart - 80), whoStart, IsQuoted);
        if (words.Count == 0 || !_text.AsSpan(words[^1].End, whoStart - words[^1].End).Trim().SequenceEqual(",") || !words[^1].IsCapitalized)
        {
            return null;
        }

        var first = words.Count - 1;
        while (first > 0 && words[first - 1].IsCapitalized && !words[first - 1].InQuote
            && _text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End).Trim().IsEmpty)
        {
            first--;
        }

        return new TextRange(words[first].Start, words[^1].End);
    }

    private static List<TextRange> Subtract(TextRange frame, List<TextRange> excluded)
    {
        var areas = new List<TextRange>();
        var start = frame.Start;
        foreach (var range in excluded)
        {
            if (range.Start > start)
            {
                areas.Add(new TextRange(start, Math.Min(range.Start, frame.End)));
            }

            start = Math.Max(start, range.End);
        }

        if (start < frame.End)
        {
            areas.Add(new TextRange(start, frame.End));
        }

        return areas;
    }

    private AttributionExtraction Build()
    {
        var article = _segmented.Article;
        _quotes.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        for (var i = 0; i < _quotes.Count; i++)
        {
            _quotes[i].Index = i;
        }

        LinkRepeats();

        var quotes = _quotes.Select(q =>
        {
            var attribution = q.Attribution ?? (q.RepeatOf is { } r ? _quotes[r].Attribution : null);
            var own = q.Attribution;
            return new Quote(
                q.Text(_text),
                q.Range,
                article.GetSourceSpan(q.Range),
                q.Kind,
                attribution?.Speaker?.Name,
                attribution?.Speaker?.Role,
                own?.Source is { } s ? article.CreateMention(SourceSpanNormalizer.Normalize(article, s)) : null,
                own?.Cue is { } c ? article.CreateMention(c) : null,
                attribution?.Venue,
                q.RepeatOf);
        }).ToList();

        CreditAfterHeadingLine.StartOnCreditLine(article, _attributions);
        var attributions = QuoteParagraphJoin.Join(_text, NestedAttributionFilter.Outermost(_text, [.. _attributions.Where(a => !a.SpeakerOnly)]))
            .Select(a => new Model.Attribution(
                a.Kind,
                article.CreateMention(a.Content),
                a.Source is { } s && SourceSpanNormalizer.CanName(_text, s) ? new AttributionSource(article.CreateMention(ReportedSourceSpan(article, s, a.Cue)), a.Speaker?.Name ?? _text.Substring(s.Start, s.Length)) : null,
                a.Cue is { } c ? article.CreateMention(c) : null,
                a.Quotes.Count > 0 ? a.Quotes[0].Index : null))
            .ToList();

        var withVenue = _attributions.Where(a => a.Venue is not null && a.Speaker is not null).Select(a => a.Speaker!.Name);
        return new AttributionExtraction([.. quotes], [.. attributions], [.. withVenue], _registry);
    }

    // The span a relation's source is reported with: with the phrase restricting it and an "including" aside after it
    // (both read against the cue), without a relative clause telling of its own speaking, then normalized.
    private TextRange ReportedSourceSpan(Article article, TextRange source, TextRange? cue)
    {
        if (cue is { } c)
        {
            source = SourceSpanNormalizer.WithIncludingAside(_text, SourceSpanNormalizer.WithRestrictingPhrase(_text, SourceSpanNormalizer.WithHeadBeforePreposition(_text, source, c), c), c);
            source = SurnameRelativeClause.Without(_text, source, c);
        }

        return SourceSpanNormalizer.Normalize(article, SpeechRelativeClause.Without(_text, source));
    }

    // A block or pull quote that repeats a quote of the body (or one of its sentences) points at it; an unattributed one
    // borrows its speaker.
    private void LinkRepeats()
    {
        foreach (var quote in _quotes.Where(q => q.Kind == QuoteKind.Block))
        {
            var text = Normalize(quote.Text(_text));
            QuoteDraft? best = null;
            var bestScore = 0;
            foreach (var other in _quotes)
            {
                if (other == quote || other.Kind == QuoteKind.Block)
                {
                    continue;
                }

                // A pull quote often takes one sentence of a longer quote word for word: that is a repeat too.
                var otherText = Normalize(other.Text(_text));
                var score = text.Count(c => c == ' ') >= 4 && otherText.Contains(text, StringComparison.Ordinal) ? 100 : Fuzz.Ratio(text, otherText);
                if (score > bestScore || (score == bestScore && best is not null && other.Index < best.Index))
                {
                    best = other;
                    bestScore = score;
                }
            }

            if (best is not null && bestScore >= 90)
            {
                quote.RepeatOf = best.Index;
            }
        }
    }

    /// <summary>Quote text reduced to what a repeat keeps: lower case, single spaces, no edge punctuation.</summary>
    internal static string Normalize(string text)
    {
        var words = InvariantLowerCase.Of(text)
            .Replace('’', '\'')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Trim('.', ',', ';', ':', '!', '?', '…', '"', '\'', '“', '”', ' ');
    }
}
