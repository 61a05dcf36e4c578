// SPDX-License-Identifier: MIT
#include "ingest/paragraphchunker.h"

#include "core/sentencesplitter.h"
#include "ingest/contactline.h"
#include "ingest/headingdetector.h"

#include <algorithm>
#include <optional>

namespace Protostar {

namespace {

using Kind = HeadingDetector::LineKind;

struct Line {
    Kind kind = Kind::Text;
    QString style;
    int level = 0;
    QString title;
    bool numbered = false;
    qsizetype start = 0;
    qsizetype end = 0;
    int page = 0;
    int group = 0; // lines of one group have no blank line (or page break) between them
};

struct Heading {
    QString style;
    int level = 0;
    QString title;
};

struct Unit {
    qsizetype start = 0;
    qsizetype end = 0;
    int page = 0;
    QStringList path;
    bool isText = false;
};

bool blankLineBetween(const QString &text, qsizetype from, qsizetype to)
{
    // Readers put exactly one '\n' between lines of a paragraph; two or more mean a paragraph break.
    return QStringView(text).mid(from, std::max<qsizetype>(0, to - from)).count(u'\n') >= 2;
}

// Whether a PDF's lines `prev` and `next` stand in one paragraph: a single line break, or the blank line with which
// the reader sets a contact line apart as a sentence of its own (DocumentBuilder::lineApart; a paragraph break next to
// a contact line is two blank lines).
bool samePdfParagraph(const QString &text, const TextBlock &prev, const TextBlock &next)
{
    const qsizetype from = prev.offset + prev.text.size();
    const qsizetype breaks = QStringView(text).mid(from, std::max<qsizetype>(0, next.offset - from)).count(u'\n');
    return breaks < 2 || (breaks == 2 && (ContactLine::matches(prev.text) || ContactLine::matches(next.text)));
}

QList<Line> classifyBlocks(const ParsedDocument &doc)
{
    // In word-processor formats every block is a paragraph of its own.
    const bool structured = doc.format == u"docx" || doc.format == u"hwpx";
    const bool pdf = doc.format == u"pdf";
    QList<Line> lines;
    int group = 0;
    const TextBlock *prevBlock = nullptr;
    for (const TextBlock &b : doc.blocks) {
        Line l;
        l.start = b.offset;
        l.end = b.offset + b.text.size();
        l.page = b.page;
        if (!lines.isEmpty()) {
            const Line &prev = lines.last();
            const bool paragraphBreak = pdf ? !samePdfParagraph(doc.text, *prevBlock, b) : blankLineBetween(doc.text, prev.end, l.start);
            if (structured || prev.page != l.page || paragraphBreak)
                ++group;
        }
        l.group = group;
        switch (b.kind) {
        case TextBlock::Kind::Heading:
            l.kind = Kind::Heading;
            l.level = std::max(1, b.level);
            l.style = u'h' + QString::number(l.level);
            l.title = b.text.trimmed();
            break;
        case TextBlock::Kind::ListItem:
            l.kind = Kind::ListItem;
            break;
        case TextBlock::Kind::TableRow:
            l.kind = Kind::TableRow;
            break;
        case TextBlock::Kind::Paragraph: {
            const HeadingDetector::Line c = HeadingDetector::classify(b.text);
            l.kind = c.kind;
            l.style = c.style;
            l.level = c.level;
            l.title = c.title;
            l.numbered = c.numbered;
            break;
        }
        }
        if (!b.text.trimmed().isEmpty()) {
            lines.append(l);
            prevBlock = &b;
        }
    }
    return lines;
}

// "1. Python / 2. Go / 3. Rust" is a numbered list, not three headings: a run of neighbouring
// numbered lines of one style are list items.
void demoteNumberedRuns(QList<Line> &lines)
{
    for (qsizetype i = 0; i < lines.size();) {
        if (!lines[i].numbered) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < lines.size() && lines[j].numbered && lines[j].style == lines[i].style && lines[i].style.size() > 0)
            ++j;
        if (j - i >= 2) {
            for (qsizetype k = i; k < j; ++k) {
                lines[k].kind = Kind::ListItem;
                lines[k].style.clear();
            }
        }
        i = std::max(j, i + 1);
    }
}

bool isBody(const Line &l, const QString &text)
{
    if (l.kind == Kind::ListItem || l.kind == Kind::TableRow)
        return true;
    return l.kind == Kind::Text && !HeadingDetector::looksLikeTitle(QStringView(text).mid(l.start, l.end - l.start));
}

// One or two words without a digit ("학력", "자격증", "Skills", "희망 조건"): how a résumé names a section.
bool namesSection(QStringView line)
{
    const QStringView t = line.trimmed();
    return std::none_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); })
        && t.split(u' ', Qt::SkipEmptyParts).size() <= 2;
}

// A short line without final punctuation is a title when body text follows it: the rest of its
// group, or (when it stands alone) the next group. A section name heads its group also when what
// follows is short itself ("학력" over "서울대학교 컴퓨터공학과 학사 (2014 - 2018)", "Skills" over
// "Python, Go, Kubernetes"): otherwise the section runs into the one before it, under that one's heading.
// Only when that short line is all the group holds: taking any run of short lines under a short line
// for a section (PDF layout: table cells, labels) cost ko-rag-eval's paragraph-only ranking (page
// weight 0) a tuning question at recall@1 (0.897 -> 0.879); this narrower rule leaves it unchanged.
// "CERTIFICATIONS", "WORK EXPERIENCE": a section name set in capitals, as a PDF résumé's sidebar writes them over lists
// of short lines (which the body test above does not count as body).
bool namesSectionInCapitals(QStringView line)
{
    const QStringView t = line.trimmed();
    int letters = 0;
    for (QChar c : t) {
        // A comma lists items ("PYTHON, SQL, KAFKA" at the head of a skills group): content, not a section's name.
        if (c.isDigit() || c == u',' || c == u';' || (c.isLetter() && (c.script() != QChar::Script_Latin || !c.isUpper())))
            return false;
        letters += c.isLetter() ? 1 : 0;
    }
    return letters >= 4 && t.split(u' ', Qt::SkipEmptyParts).size() <= 3;
}

// "Python, SQL, Kafka": three or more items listed with commas, no sentence.
bool listsItems(QStringView line)
{
    return line.count(u',') >= 2 && !HeadingDetector::endsLikeSentence(line.trimmed());
}

void promoteTitleLines(QList<Line> &lines, const QString &text)
{
    auto startsGroup = [&](qsizetype i) { return i == 0 || lines[i - 1].group != lines[i].group || lines[i - 1].kind == Kind::Heading; };
    // Under an entry guessed in the same group, or a section name in capitals ("CONTACT"), only an entry stating its
    // period opens (a section's first job): any other line there is what it stands over. Taken for a title of its own,
    // it would close the one above with nothing under it ("CONTACT" over "daniel.cho@…", an entry over the first line
    // of its wrapped sentence). Not under other guessed titles: under any, a report's title wrapped over two lines
    // ("… 한도" / "및 대출조건 결정") changed ko-rag-eval's paragraph chunks and cost 3 gold figures of the tuning half;
    // under any section name (one or two words), one tuning question at recall@1 with page weight 0 (0.877 -> 0.868).
    auto underGuessedTitle = [&](qsizetype i, QStringView s) {
        if (i == 0 || lines[i - 1].group != lines[i].group || lines[i - 1].kind != Kind::Heading)
            return false;
        const QString &above = lines[i - 1].style;
        const QStringView aboveText = QStringView(text).mid(lines[i - 1].start, lines[i - 1].end - lines[i - 1].start);
        return above == u"entry" || (above == u"title" && namesSectionInCapitals(aboveText) && !HeadingDetector::statesPeriod(s));
    };
    qsizetype pairBody = -1; // the line a section name was just taken over: its body, never a title itself
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &l = lines[i];
        const QStringView s = QStringView(text).mid(l.start, l.end - l.start);
        if (l.kind != Kind::Text || !startsGroup(i) || i == pairBody || underGuessedTitle(i, s) || !HeadingDetector::looksLikeTitle(s))
            continue;
        const bool alone = i + 1 >= lines.size() || lines[i + 1].group != l.group;
        // The document's own title line ("이력서 - 김지원") heads everything when a heading follows it.
        bool bodyFollows = i == 0 && alone && i + 1 < lines.size() && lines[i + 1].kind == Kind::Heading;
        const bool pair = !alone && (i + 2 >= lines.size() || lines[i + 2].group != l.group);
        if (pair && namesSection(s) && lines[i + 1].kind == Kind::Text
            && !namesSection(QStringView(text).mid(lines[i + 1].start, lines[i + 1].end - lines[i + 1].start))) {
            bodyFollows = true;
            pairBody = i + 1;
        }
        if (!alone && namesSectionInCapitals(s))
            bodyFollows = true;
        // A section name alone over a group that opens with a list of items ("보유 기술" over "PYTHON, SQL, FLINK"): the
        // list is its content, though no line of it reads as body.
        if (alone && namesSection(s) && i + 1 < lines.size() && lines[i + 1].kind == Kind::Text
            && listsItems(QStringView(text).mid(lines[i + 1].start, lines[i + 1].end - lines[i + 1].start)))
            bodyFollows = true;
        const int bodyGroup = alone ? l.group + 1 : l.group;
        for (qsizetype j = i + 1; !bodyFollows && j < lines.size() && lines[j].group <= bodyGroup && lines[j].kind != Kind::Heading; ++j) {
            if (lines[j].group == bodyGroup && isBody(lines[j], text)) {
                bodyFollows = true;
                break;
            }
        }
        if (bodyFollows) {
            l.kind = Kind::Heading;
            // Three kinds of title line nest in this order: a first line standing alone names the whole
            // document ("경력기술서 - 박서준"), a plain one is a section ("Experience"), and one stating a
            // period is an entry of that section ("별빛게임즈 (2017.01 ~ 2020.05) · 인프라팀"), sibling of
            // the next entry. With one style for all, each would close the one it belongs under.
            if (i == 0 && alone)
                l.style = QStringLiteral("document");
            else
                l.style = HeadingDetector::statesPeriod(s) ? QStringLiteral("entry") : QStringLiteral("title");
            l.title = s.trimmed().toString();
        }
    }
}

void pushHeading(QList<Heading> &stack, const Line &l)
{
    const bool explicitLevel = l.style.startsWith(u'#') || l.style.startsWith(u'h');
    if (explicitLevel) {
        while (!stack.isEmpty() && stack.last().level >= l.level)
            stack.removeLast();
        stack.append(Heading{l.style, l.level, l.title});
        return;
    }
    // Styles without a level nest in the order they appear; a style seen before closes what is under it.
    const auto same = std::find_if(stack.begin(), stack.end(), [&](const Heading &h) { return h.style == l.style; });
    if (same != stack.end())
        stack.erase(same, stack.end());
    stack.append(Heading{l.style, stack.isEmpty() ? 1 : stack.last().level + 1, l.title});
}

QList<Unit> buildUnits(const QList<Line> &lines)
{
    QList<Unit> units;
    QList<Heading> stack;
    QStringList path;
    bool open = false; // whether the last unit may take a continuation line
    int lastGroup = -1;
    // A line taken for a title by its shape (promoteTitleLines) and closed by the next title before anything
    // stood under it ("부서: 모바일뱅킹팀" over "직책: …", a PDF's label over a label) would vanish from every
    // chunk: the guess was wrong, so the line opens the text that follows instead. A marked heading over
    // nothing ("# 비어 있음") is an empty section and stays out.
    const Line *bare = nullptr;    // the last heading line, while nothing stands under it
    std::optional<Line> orphan;    // the first guessed title line closed with nothing under it, to keep
    for (const Line &l : lines) {
        if (l.kind == Kind::Heading) {
            const QStringList above = path;
            pushHeading(stack, l);
            path.clear();
            for (const Heading &h : stack)
                path << h.title;
            const bool nested = path.size() > above.size() && path.mid(0, above.size()) == above;
            if (bare && !nested && !orphan)
                orphan = *bare;
            const bool guessed = l.style == u"title" || l.style == u"entry";
            bare = guessed ? &l : nullptr;
            open = false;
            continue;
        }
        bare = nullptr;
        // Text continues the paragraph (or list item) above it in the same group; rows and items start anew.
        if (l.kind == Kind::Text && open && l.group == lastGroup && units.last().page == l.page) {
            units.last().end = l.end;
        } else {
            const bool keepOrphan = orphan && orphan->page == l.page;
            units.append(Unit{keepOrphan ? orphan->start : l.start, l.end, l.page, path, l.kind == Kind::Text});
        }
        orphan.reset();
        open = l.kind != Kind::TableRow;
        lastGroup = l.group;
    }
    return units;
}

} // namespace

ParagraphChunker::ParagraphChunker(ChunkerOptions options) : m_options(options)
{
    m_options.mergeBudget = std::max(50, m_options.mergeBudget);
    m_options.splitThreshold = std::max(m_options.mergeBudget, m_options.splitThreshold);
}

QList<Chunk> ParagraphChunker::chunk(const ParsedDocument &document) const
{
    QList<Line> lines = classifyBlocks(document);
    demoteNumberedRuns(lines);
    promoteTitleLines(lines, document.text);
    const QList<Unit> units = buildUnits(lines);

    QList<Chunk> chunks;
    auto emitChunk = [&](qsizetype start, qsizetype end, int page, const QStringList &path) {
        Chunk c;
        c.ordinal = int(chunks.size());
        c.headingPath = path;
        c.page = page;
        c.startOffset = start;
        c.endOffset = end;
        c.text = document.text.mid(start, end - start);
        chunks.append(c);
    };

    const qsizetype budget = m_options.mergeBudget;
    std::optional<Unit> pending;
    auto flush = [&]() {
        if (pending)
            emitChunk(pending->start, pending->end, pending->page, pending->path);
        pending.reset();
    };

    for (const Unit &u : units) {
        if (u.end - u.start > m_options.splitThreshold) {
            flush();
            splitLong(document.text, u.start, u.end, [&](qsizetype s, qsizetype e) { emitChunk(s, e, u.page, u.path); });
            continue;
        }
        if (pending && pending->path == u.path && pending->page == u.page && u.end - pending->start <= budget) {
            pending->end = u.end;
            continue;
        }
        flush();
        pending = u;
    }
    flush();
    return chunks;
}

void ParagraphChunker::splitLong(const QString &text, qsizetype start, qsizetype end,
                                 const std::function<void(qsizetype, qsizetype)> &emit) const
{
    const qsizetype budget = m_options.mergeBudget;
    const QList<SentenceSpan> sentences = SentenceSplitter::split(QStringView(text).mid(start, end - start));
    qsizetype pieceStart = -1, pieceEnd = -1;
    for (const SentenceSpan &s : sentences) {
        const qsizetype sStart = start + s.start, sEnd = start + s.end();
        if (pieceStart >= 0 && sEnd - pieceStart <= budget) {
            pieceEnd = sEnd;
            continue;
        }
        if (pieceStart >= 0)
            emit(pieceStart, pieceEnd);
        pieceStart = sStart;
        pieceEnd = sEnd;
        // A single sentence over the budget is cut at the last space before it, or hard at the budget.
        while (pieceEnd - pieceStart > budget) {
            qsizetype cut = pieceStart + budget;
            qsizetype space = cut;
            while (space > pieceStart + budget / 2 && !text.at(space).isSpace())
                --space;
            if (space > pieceStart + budget / 2)
                cut = space;
            qsizetype trimmedEnd = cut;
            while (trimmedEnd > pieceStart && text.at(trimmedEnd - 1).isSpace())
                --trimmedEnd;
            emit(pieceStart, trimmedEnd);
            pieceStart = cut;
            while (pieceStart < pieceEnd && text.at(pieceStart).isSpace())
                ++pieceStart;
        }
    }
    if (pieceStart >= 0 && pieceEnd > pieceStart)
        emit(pieceStart, pieceEnd);
}

} // namespace Protostar
