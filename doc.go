// Package attribution reads a news dispatch and says who said what.
//
// Parse takes the text of an article and returns a Document: its
// paragraphs, its sentences, and every attribution of speech or writing in
// it, with the words attributed (the content), the mention of the speaker
// as written, the attributing words (the cue) and the canonical speaker
// (the entity):
//
//	d := attribution.Parse(text)
//	for _, q := range d.Quotes {
//		fmt.Println(q.Kind, q.Text, q.Entity)
//	}
//
// It needs no model and no set-up: the rules are written in Go and the
// word lists are data inside the package. It accepts any string, invalid
// UTF-8 included, never panics, runs in time linear in the length of the
// text, and is safe for concurrent use.
//
// # Offsets
//
// Every Span is a half-open range of UTF-8 byte offsets into the string
// given to Parse: text[Start:End]. Nothing is normalised in place: \r\n line
// endings, no-break spaces and invalid bytes are left where they are, and
// the offsets point into the caller's text, never into a copy.
//
// # Paragraphs and sentences
//
// Paragraphs are blocks separated by blank lines. Sentences never cross a
// paragraph break; abbreviations ("Sen.", "U.S.", "Jan."), initials,
// numbers, ellipses, URLs and quotation marks after final punctuation do
// not end a sentence where they should not. A wire dateline ("BAKU,
// Azerbaijan, April 22.", "WASHINGTON (Reuters) -") is reported as
// Document.Dateline and kept out of the first sentence, also when it opens
// a line after a headline and a byline joined by single line breaks; the
// datelines of later stories in a round-up ("OSLO (AP) —" opening a later
// paragraph) are kept out of their sentences too, and a pronoun after such
// a dateline does not reach back into the story before it.
// In hard-wrapped text (lines cut at a fixed width) a line break where the
// next word would not have fit on the line is read as a space. Sentences
// gives the segmentation alone.
//
// # Quotes
//
// A Quote has one of three kinds:
//
//   - Direct: the whole content stands inside quotation marks: “We will
//     win,” Ruiz said. Its Start and End exclude the marks. A quotation
//     interrupted by its attribution (“A,” he said. “B.”) or running over
//     several paragraphs is one Quote whose Parts are its segments (in
//     single marks, as British papers write it, when each paragraph
//     reopens it with a capital after the mark).
//   - Mixed: reported content that contains quoted words: Morris says the
//     campaign will “compete vigorously.”
//   - Indirect: reported speech without marks: Mei noted that the two
//     countries are partners. The content includes a leading "that".
//
// Quotation marks of every common style are recognised: straight " and ',
// curly “ ” ‘ ’, low „ ‚, guillemets « » ‹ › in both directions, corner
// brackets 「」『』 and the full-width ＂, and the HTML character
// references of the marks (&quot;, &#8220;, &rsquo;) that text scraped
// from web pages keeps. A straight mark opens or closes
// according to its neighbours (marks set apart from the words inside
// them, " We will win, " she said, pair too), a right double mark opens when nothing is
// open to close (”…”, as Swedish and Finnish typography and sloppy texts
// write it), and apostrophes (don’t, ’90s, the Smiths’ house) are not
// quotation marks. A mark that never closes gives a Quote with Closed
// false that ends with its paragraph, when an attribution says whose it
// is; with none, nothing shows that a quotation is there (a stray mark,
// an excerpt set off by layout) and it gives none; so does a closed one
// that is the whole first paragraph of the text, with no attribution and
// no quotation paragraph after it. A straight mark that never closes
// around curly quotations is a stray, and the quotations inside it stand
// on their own. Words in marks that
// nobody is reported to say (scare quotes, titles, nicknames) are listed
// as Document.Terms instead.
//
// Two apostrophes on each side used as a double mark (the convention of
// some newspaper archives) are read as a quotation for finding its speaker, but
// reported as Indirect with the marks inside the content, as annotated news
// corpora do; so are two grave accents closed by two apostrophes, the
// convention of TeX and of other archives. One grave accent before a word
// opens a single quotation. A double mark after a measure in feet and
// inches (5'9") is an inch mark, no quotation mark.
//
// # Speakers, cues and entities
//
// The speaker is found from the shape of the sentence around the cue: “…,”
// X said; “…,” said X; X said: “…”; X said (that) …; …, X said; according
// to X; a dash attribution (” — Commissioner X); a colon lead-in
// paragraph; a paragraph of quotation continuing the previous speaker
// (after “Will you run?” a reporter asked. ¶ “No,” Ruiz said., an untagged
// “I am done.” is Ruiz's: news reports an exchange so; a dialogue whose
// speakers alternate untagged is not told apart from it). The
// speaker span is the noun phrase as written, with its titles and an
// appositive or relative clause set off by commas ("Hugh Hill, a doctor,",
// "Smith, who chairs the panel,"). The cue is the attributing verb or phrase
// with its auxiliaries, the adverbs before it (except "also" right after
// the subject), a day right after it, a following colon and the
// preposition or adverb between it and its content ("has said", "later
// said", "has also said", "said Tuesday", "said:", "warned against",
// "pointed out", "according to"). Cues are drawn from a lexicon of verbs of
// saying and writing, believing, showing and taking a stand; WithCues adds
// to it.
//
// The lines of an interview written as "Q: …" and "A: …" are attributions
// whose speaker span is the label as written and whose cue is the colon,
// as annotated corpora mark them: the label is the mention of the speaker
// on that line. Their Entity is the person the label stands for: "A" the
// interviewee, the person the text names most before the first line; "Q"
// the interviewer, the person named after "with" in the paragraph that
// leads into the interview ("sat down with the Herald's Ann Li"). Questions
// whose interviewer the text does not name are the publication's, unnamed:
// their Entity stays "Q", one voice apart from the people quoted.
//
// Entities group the mentions that refer to one speaker: "Chinese
// Ambassador Lu Mei", "she", "Mei", "the ambassador" and "the article" (of
// an article she wrote) are one Entity named "Lu Mei", and every such
// Quote has Entity "Lu Mei". Names are matched on derived keys (NFC, case
// folded); titles, roles and party labels are stripped from the canonical
// name ("Republican Donald Trump" is "Donald Trump"). A group speaks for
// itself, named as written: the quotes of "Trump aides" or "White House
// officials" are theirs, not Trump's or the White House's; those of
// "FEC records" are the FEC's. Gender
// and number come from titles, role words and the text's own pronouns,
// never from a list of first names.
//
// # Limits
//
// The rules are tuned for English news. Nesting of quotation marks deeper
// than 32 levels is treated as text and sets Document.Truncated; a text
// longer than 2 GiB gets its paragraphs and sentences but no quotations,
// and Truncated.
// Attributions by verbs outside the lexicon ("took some shots at"),
// reported contents that run over several sentences without quotation
// marks, and where a content ends at a comma are the main sources of
// error; the figures the parser reaches on the PolNeAR corpus are in the
// README. Parse runs at 18 to 37 MB/s on one core of the 2.6 GHz machine
// it is measured on, as that shared host allows (bench/README.md has the
// figures), about three fifths of it in resolving entities, which a
// Parser made WithoutEntities skips (45 to 80 MB/s).
package attribution
