// SPDX-License-Identifier: MIT
#include "ingest/candidatenamefinder.h"

#include <QRegularExpression>

namespace Protostar {

namespace {

constexpr int kLinesToSearch = 6;

// Only a string shaped like a person's name is accepted; anything else falls back to the file name,
// which is better than a wrong candidate.
QString asName(QString s)
{
    s = s.trimmed();
    if (const qsizetype paren = s.indexOf(u'('); paren > 0) // "김지원 (金志媛)"
        s = s.left(paren).trimmed();
    static const QRegularExpression korean(QStringLiteral("^[가-힣]{2,5}$"));
    static const QRegularExpression koreanSpaced(QStringLiteral("^[가-힣] [가-힣]{1,3}$"));
    static const QRegularExpression latin(
        QStringLiteral("^\\p{Lu}[\\p{L}'\\-]+(?: \\p{Lu}\\.?[\\p{L}'\\-]*){1,3}$"));
    if (korean.match(s).hasMatch())
        return s;
    if (koreanSpaced.match(s).hasMatch())
        return s.remove(u' ');
    if (latin.match(s).hasMatch())
        return s;
    return {};
}

} // namespace

QString CandidateNameFinder::fromTitleLine(const QString &line)
{
    QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 80)
        return {};

    static const QRegularExpression label(
        QStringLiteral("^(?:성\\s*명|이\\s*름|지원자|(?:full\\s+)?name)\\s*[:：]\\s*(.+)$"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = label.match(t); m.hasMatch())
        return asName(m.captured(1));

    static const QRegularExpression keyword(
        QStringLiteral("(?:경력\\s*기술서|자기\\s*소개서|입사\\s*지원서|이력서|포트폴리오|\\bcurriculum\\s+vitae\\b|\\br[ée]sum[ée]\\b|\\bcv\\b|"
                       "\\bportfolio\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (!keyword.match(t).hasMatch())
        return {};
    t.replace(keyword, QStringLiteral(" "));
    static const QRegularExpression separators(QStringLiteral("[\\-–—:：|/·•\\[\\]【】「」<>_]+"));
    t.replace(separators, QStringLiteral(" "));
    static const QRegularExpression of(QStringLiteral("^\\s*of\\s+"), QRegularExpression::CaseInsensitiveOption);
    t.replace(of, QString());
    t = t.simplified();
    // "김지원의 이력서": the possessive belongs to the phrase, not the name.
    if (t.size() >= 3 && t.endsWith(u'의'))
        t.chop(1);
    return asName(t);
}

QString CandidateNameFinder::find(const ParsedDocument &document)
{
    QStringList lines;
    if (!document.title.trimmed().isEmpty())
        lines << document.title;
    for (qsizetype i = 0; i < document.blocks.size() && i < kLinesToSearch; ++i)
        lines << document.blocks[i].text;
    for (const QString &line : lines) {
        const QString name = fromTitleLine(line);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace Protostar
