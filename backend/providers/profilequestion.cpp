// SPDX-License-Identifier: MIT
#include "providers/profilequestion.h"

#include "core/resumesection.h"
#include "providers/answertext.h"
#include "providers/inlineentries.h"
#include "providers/resumeglossary.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Protostar {

namespace {

// Header and entries enough to say who someone is; a résumé of ten jobs is read in full by "경력은?".
constexpr int kMaxHeaders = 2;
constexpr int kMaxEntries = 4;
constexpr int kHeaderSentences = 3;
constexpr qsizetype kMinQuoteChars = 6;

enum class Kind { Other, Header, Entry, Skills };

// The job entries a passage writes as a title line over a line holding only its period ("Lead Data Engineer,
// Wavelet Analytics" / "Apr 2021 – Present", as a PDF or a plain-text résumé sets them), each the two lines as
// one. A line ending a sentence is the last detail of the entry above, not a title.
QStringList titledEntries(const QString &text)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?:;。]\\s*$"));
    constexpr qsizetype kMaxTitleChars = 100;
    QStringList out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QString title = lines.at(i).trimmed();
        if (title.isEmpty() || title.size() > kMaxTitleChars || InlineEntries::isBullet(title) || InlineEntries::isPeriodLine(title)
            || sentenceEnd.match(title).hasMatch() || !InlineEntries::isPeriodLine(lines.at(i + 1)))
            continue;
        out.append(title + u' ' + lines.at(i + 1).trimmed());
        ++i;
    }
    return out;
}

// What a profile quotes of a job entry's passage: its dated heading ("한빛페이 (2019.03 ~ 2023.02)"), else the
// title-and-period pairs its text writes. A heading that is only a period ("Jan 2016 – Mar 2021", a
// date line taken for a title) is completed by the title line above it when the text writes both.
QStringList entryLines(const QStringList &path, const QString &text)
{
    const QString heading = path.value(path.size() - 1);
    const bool dated = InlineEntries::isEntryTitle(heading);
    if (dated && !InlineEntries::isPeriodLine(heading))
        return {heading};
    const QStringList titled = titledEntries(text);
    if (!titled.isEmpty())
        return titled;
    return dated ? QStringList{heading} : QStringList{};
}

// How much of a skills passage a profile quotes: its first line, or, when that is a short line of a list a PDF's
// sidebar wraps ("Python, Scala" / "Apache Spark, Airflow" / "Terraform"), the lines of that paragraph together.
qsizetype skillsLength(const QString &text, const QList<AnswerText::Span> &spans)
{
    constexpr qsizetype kMaxWrappedLine = 40;
    constexpr qsizetype kMaxList = 160;
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?。]\\s*$"));
    auto listLine = [&](const AnswerText::Span &s) {
        const QString line = text.mid(s.start, s.length).trimmed();
        return line.size() <= kMaxWrappedLine && !sentenceEnd.match(line).hasMatch();
    };
    const AnswerText::Span &first = spans.first();
    qsizetype end = first.start + first.length;
    for (qsizetype i = 1; listLine(first) && i < spans.size() && listLine(spans.at(i)); ++i) {
        const AnswerText::Span &next = spans.at(i);
        if (text.mid(end, next.start - end).contains(QStringLiteral("\n\n")) || next.start + next.length - first.start > kMaxList)
            break;
        end = next.start + next.length;
    }
    return end - first.start;
}

bool underExperienceSection(const QStringList &path)
{
    return std::ranges::any_of(path, [](const QString &h) { return ResumeGlossary::isExperienceSection(h); });
}

// What a passage is to a profile, by where it sits: right under the document's title (the header line) or in a
// summary / personal-details section; a job entry; the skills section.
Kind kindOf(const Chunk &chunk, bool entriesUnderSection)
{
    const QStringList &path = chunk.headingPath;
    const ResumeSection::Kind section = ResumeSection::under(path);
    if (ResumeSection::introduces(section))
        return Kind::Header;
    if (section == ResumeSection::Kind::Skills)
        return Kind::Skills;
    // A heading that is only a period is a date line taken for a title, its section heading left on an earlier
    // page: a job of that section still, not a 경력기술서's project beside it.
    const bool inSection = underExperienceSection(path) || InlineEntries::isPeriodLine(path.value(path.size() - 1));
    if (ResumeGlossary::isExperienceEntry(path) && (inSection || !entriesUnderSection) && !entryLines(path, chunk.text).isEmpty())
        return Kind::Entry;
    return Kind::Other;
}

bool anyEntryUnderSection(const QList<ChunkRef> &refs)
{
    return std::ranges::any_of(refs, [](const ChunkRef &r) {
        return underExperienceSection(r.chunk.headingPath) && !entryLines(r.chunk.headingPath, r.chunk.text).isEmpty();
    });
}

} // namespace

bool ProfileQuestion::asks(const QString &rest)
{
    static const QRegularExpression profileWord(QStringLiteral(
        "^(?:요약|소개|프로필|개요|정리해|summary|summarize|summarise|profile|overview|introduce|introduction|background|bio)"));
    static const QSet<QString> context = {QStringLiteral("경력"), QStringLiteral("이력"), QStringLiteral("이력서"), QStringLiteral("career"),
                                          QStringLiteral("careers"), QStringLiteral("years"), QStringLiteral("resume"), QStringLiteral("résumé"),
                                          QStringLiteral("cv")};
    // "Who is Jane Park?" asks who, of one person: a profile too; "Tell me about Jane Park" leaves no word at all.
    const QStringList words = AnswerText::words(rest);
    if (words.isEmpty())
        return !AnswerText::asksFigure(rest);
    const bool introduced = std::ranges::any_of(words, [](const QString &w) { return profileWord.match(w).hasMatch(); });
    return introduced && std::ranges::all_of(words, [](const QString &w) { return profileWord.match(w).hasMatch() || context.contains(w); });
}

QList<SearchHit> ProfileQuestion::passages(const QList<SearchHit> &hits)
{
    QList<SearchHit> inOrder = hits;
    // The résumé's own order: header first, the latest job first as résumés list them.
    std::stable_sort(inOrder.begin(), inOrder.end(), [](const SearchHit &a, const SearchHit &b) {
        return std::pair(a.ref.chunk.documentId, a.ref.chunk.ordinal) < std::pair(b.ref.chunk.documentId, b.ref.chunk.ordinal);
    });
    QList<ChunkRef> refs;
    for (const SearchHit &h : inOrder)
        refs.append(h.ref);
    const bool underSection = anyEntryUnderSection(refs);
    QList<SearchHit> headers;
    QList<SearchHit> entries;
    QList<SearchHit> skills;
    QSet<QString> entriesSeen;
    for (const SearchHit &h : std::as_const(inOrder)) {
        switch (kindOf(h.ref.chunk, underSection)) {
        case Kind::Header:
            if (headers.size() < kMaxHeaders)
                headers.append(h);
            break;
        case Kind::Entry:
            if (const QString entry = entryLines(h.ref.chunk.headingPath, h.ref.chunk.text).first();
                entries.size() < kMaxEntries && !entriesSeen.contains(entry)) {
                entriesSeen.insert(entry);
                entries.append(h);
            }
            break;
        case Kind::Skills:
            if (skills.isEmpty())
                skills.append(h);
            break;
        case Kind::Other:
            break;
        }
    }
    return headers + entries + skills;
}

QString ProfileQuestion::write(const AnswerRequest &request)
{
    QList<ChunkRef> refs;
    for (const Evidence &e : request.evidence)
        refs.append(e.ref);
    const bool underSection = anyEntryUnderSection(refs);
    QStringList lines;
    QSet<QString> quoted;
    // "이름: 박서준" tells the reader nothing they asked with.
    auto onlyName = [&](const QString &line) {
        QString rest = line;
        rest.remove(request.evidence.first().ref.candidateName, Qt::CaseInsensitive);
        rest.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
        return rest.size() <= 4;
    };
    auto quote = [&](const QString &text, int n) {
        const QString line = AnswerText::collapseSpaces(AnswerText::stripMarkers(text));
        if (line.size() < kMinQuoteChars || quoted.contains(line) || onlyName(line))
            return false;
        quoted.insert(line);
        lines.append(line + QStringLiteral(" [") + QString::number(n) + u']');
        return true;
    };
    for (const Evidence &e : request.evidence) {
        const Chunk &chunk = e.ref.chunk;
        const QList<AnswerText::Span> spans = AnswerText::sentences(chunk.text);
        switch (kindOf(chunk, underSection)) {
        case Kind::Header:
            for (qsizetype s = 0, quotedHere = 0; s < spans.size() && quotedHere < kHeaderSentences; ++s)
                quotedHere += quote(chunk.text.mid(spans.at(s).start, spans.at(s).length), e.n) ? 1 : 0;
            // A header passage that runs on into a job (a summary and the job below it cut as one chunk): the job is
            // still quoted. (A PDF page's passages reach a profile one entry each, QuestionAnswerer.)
            for (const QString &entry : titledEntries(chunk.text))
                quote(entry, e.n);
            break;
        case Kind::Entry:
            for (const QString &entry : entryLines(chunk.headingPath, chunk.text))
                quote(entry, e.n);
            break;
        case Kind::Skills:
            if (!spans.isEmpty())
                quote(chunk.text.mid(spans.first().start, skillsLength(chunk.text, spans)), e.n);
            break;
        case Kind::Other:
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace Protostar
