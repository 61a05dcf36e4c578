// SPDX-License-Identifier: MIT
// libFuzzer target: ParagraphChunker, HeadingDetector, SentenceSplitter and CandidateNameFinder on arbitrary
// text. Byte 0 picks the format (txt, md, pdf line mode, docx, hwpx) and byte 1 the merge budget; the rest is
// UTF-8 text, one block per line. In docx/hwpx a line's first character picks its block kind, as readers set it.
#include "core/sentencesplitter.h"
#include "fuzzcommon.h"
#include "ingest/candidatenamefinder.h"
#include "ingest/documentbuilder.h"
#include "ingest/headingdetector.h"
#include "ingest/paragraphchunker.h"

using namespace Protostar;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const char *const formats[] = {"txt", "md", "pdf", "docx", "hwpx"};
    const QString format = QString::fromLatin1(formats[data[0] % 5]);
    ChunkerOptions options;
    options.mergeBudget = 40 + data[1] * 4;
    options.splitThreshold = options.mergeBudget + data[1];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    DocumentBuilder builder(format);
    builder.setLineMode(format == u"pdf");
    int page = format == u"pdf" ? 1 : 0;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u'\f'))
            ++page;
        if (line.trimmed().isEmpty()) {
            builder.paragraphBreak();
            continue;
        }
        TextBlock::Kind kind = TextBlock::Kind::Paragraph;
        int level = 0;
        if (format == u"docx" || format == u"hwpx") {
            const char16_t c = line.front().unicode();
            kind = TextBlock::Kind(c % 4);
            level = c % 7;
        }
        builder.add(kind, line, level, page);
        const HeadingDetector::Line classified = HeadingDetector::classify(line);
        if (classified.kind == HeadingDetector::LineKind::Heading && classified.title.isEmpty())
            Fuzz::fail("a heading without a title", line);
        HeadingDetector::looksLikeTitle(line);
        HeadingDetector::statesPeriod(line);
        HeadingDetector::endsLikeSentence(line);
    }
    auto doc = builder.finish(QStringLiteral("input"));
    Fuzz::checkParsed(doc);
    if (!doc.ok())
        return 0;
    Fuzz::checkDocument(*doc);
    CandidateNameFinder::find(*doc);

    const QList<Chunk> chunks = ParagraphChunker(options).chunk(*doc);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const Chunk &c = chunks[i];
        if (c.ordinal != i || c.startOffset < 0 || c.endOffset <= c.startOffset || c.endOffset > doc->text.size())
            Fuzz::fail("chunk ordinal or offsets out of range");
        if (c.text != doc->text.mid(c.startOffset, c.endOffset - c.startOffset))
            Fuzz::fail("chunk text is not its slice", c.text);
    }

    qsizetype end = 0;
    for (const SentenceSpan &s : SentenceSplitter::split(text)) {
        if (s.start < end || s.length <= 0 || s.end() > text.size())
            Fuzz::fail("sentence spans overlap or leave the text");
        end = s.end();
    }
    return 0;
}
