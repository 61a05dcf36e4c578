// SPDX-License-Identifier: MIT
#include "ingest/candidatenamefinder.h"

#include "core/contactpatterns.h"
#include "core/koreansurnames.h"

#include <QRegularExpression>

namespace Protostar {

namespace {

constexpr int kLinesToSearch = 6;
// A "성명: 홍길동" line is evidence enough to look further down: a form's personal-data table may open
// with a photo box, the position applied for and the date before the name.
constexpr int kLabelLinesToSearch = 20;

QRegularExpressionMatch labelMatch(const QString &line)
{
    // "성명(한글): 홍길동" as a form's personal-data table reads (FormTable).
    static const QRegularExpression label(
        QStringLiteral("^(?:성\\s*명|이\\s*름|지원자|(?:full\\s+)?name)\\s*(?:\\((?:한글|국문|korean)\\))?\\s*[:：]\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    return label.match(line);
}

const QRegularExpression &resumeKeyword()
{
    static const QRegularExpression keyword(
        QStringLiteral("(?:경력\\s*기술서|자기\\s*소개서|입사\\s*지원서|이\\s?력\\s?서|포트폴리오|\\bcurriculum\\s+vitae\\b|\\br[ée]sum[ée]\\b|\\bcv\\b|"
                       "\\bportfolio\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return keyword;
}

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
    if (latin.match(s).hasMatch()) {
        // "DANIEL CHO", as a header sets a name in capitals: the candidate list shows "Daniel Cho".
        if (s == s.toUpper()) {
            s = s.toLower();
            for (qsizetype i = 0; i < s.size(); ++i) {
                if (i == 0 || s.at(i - 1) == u' ' || s.at(i - 1) == u'-')
                    s[i] = s.at(i).toUpper();
            }
        }
        return s;
    }
    return {};
}

// A résumé often opens with the bare name ("# Emily Stone", "홍길동") and a contact line under it.
// A bare title is only taken as a name with such a line near it, and only when it could not be a
// heading or a job title: a Korean name starts with a common surname, a Latin one holds no
// résumé word.
bool hasContactLine(const ParsedDocument &document)
{
    for (qsizetype i = 0; i < document.blocks.size() && i < kLinesToSearch; ++i) {
        const QString &text = document.blocks[i].text;
        if (ContactPatterns::email().match(text).hasMatch() || ContactPatterns::phone().match(text).hasMatch())
            return true;
    }
    return false;
}

bool couldBeBareName(const QString &name)
{
    // 연락처, 주소, 전공 and 소개 start with a common surname too, so headings that do are named.
    static const QStringList koreanHeadings = {QStringLiteral("연락처"), QStringLiteral("주소"), QStringLiteral("전공"),
        QStringLiteral("소개"), QStringLiteral("성명"), QStringLiteral("성과"), QStringLiteral("성격"), QStringLiteral("정보"),
        QStringLiteral("신상정보"), QStringLiteral("지원동기"), QStringLiteral("주요경력"), QStringLiteral("한국어"),
        QStringLiteral("장점"), QStringLiteral("단점"), QStringLiteral("고객사"), QStringLiteral("이메일"), QStringLiteral("전화")};
    // "이력서" alone over a phone number is the document's title, not a person named 이력서.
    if (resumeKeyword().match(name).hasMatch())
        return false;
    if (name.front().script() == QChar::Script_Hangul)
        return isCommonKoreanSurname(name.front()) && !koreanHeadings.contains(name);
    static const QRegularExpression resumeWord(
        QStringLiteral("\\b(?:senior|junior|lead|principal|staff|chief|head|software|data|product|project|backend|frontend|"
                       "full|stack|web|mobile|cloud|devops|engineer|developer|designer|manager|director|analyst|scientist|"
                       "consultant|architect|intern|profile|summary|contact|contacts|experience|skills|education|about|"
                       "personal|information|details|career|work|history|objective|overview|introduction|cover|letter)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return !resumeWord.match(name).hasMatch();
}

// What a title says about the document beside the name ("Lena Fischer — Freelance Portfolio", "Jane Doe | Updated CV",
// "김지원 - 신입 포트폴리오"): never a part of a name.
const QRegularExpression &descriptorWord()
{
    static const QRegularExpression word(
        QStringLiteral("\\b(?:freelance|freelancer|independent|personal|professional|updated|english|korean|academic|"
                       "creative|design|work|selected|works|projects?)\\b|(?<![가-힣])(?:신입|경력|국문|영문|개인|프리랜서)(?![가-힣])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return word;
}

// "Lena Fischer — Freelance Portfolio", "Curriculum Vitae: John Smith", "김지원 - 포트폴리오": a title of parts, one the
// name and the others what the document is. The part shaped like a name that holds no résumé or descriptor word.
QString nameAmongParts(const QString &title)
{
    static const QRegularExpression separator(QStringLiteral("\\s+[\\-–—|·•/]\\s+|\\s*[:：|·•]\\s*"));
    const QStringList parts = title.split(separator, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    for (const QString &part : parts) {
        if (resumeKeyword().match(part).hasMatch() || descriptorWord().match(part).hasMatch())
            continue;
        const QString name = asName(part);
        if (!name.isEmpty() && couldBeBareName(name))
            return name;
    }
    return {};
}

// "DANIEL CHO · Senior Data Engineer", "Jane Park | Backend Developer": a header line of the name and the job
// title. The part before the separator, when what follows it names a job.
QString nameBeforeJobTitle(const QString &line)
{
    static const QRegularExpression separator(QStringLiteral("\\s+[·|•–—-]\\s+|\\s*[·|•]\\s*"));
    const QStringList parts = line.split(separator, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    static const QRegularExpression job(
        QStringLiteral("\\b(?:engineer|developer|designer|manager|director|analyst|scientist|consultant|architect|"
                       "programmer|researcher|specialist|lead|administrator|officer|intern)\\b|"
                       "(?:개발자|엔지니어|디자이너|매니저|기획자|연구원|분석가|컨설턴트|아키텍트)"),
        QRegularExpression::CaseInsensitiveOption);
    return job.match(parts.at(1)).hasMatch() ? asName(parts.constFirst()) : QString();
}

} // namespace

QString CandidateNameFinder::fromNameLabel(const QString &line)
{
    const QString t = line.trimmed();
    if (t.size() > 80)
        return {};
    const QRegularExpressionMatch m = labelMatch(t);
    return m.hasMatch() ? asName(m.captured(1)) : QString();
}

QString CandidateNameFinder::fromTitleLine(const QString &line)
{
    QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 80)
        return {};

    if (labelMatch(t).hasMatch())
        return fromNameLabel(t);

    const QRegularExpression &keyword = resumeKeyword();
    if (!keyword.match(t).hasMatch())
        return {};
    if (const QString name = nameAmongParts(t); !name.isEmpty())
        return name;
    t.replace(keyword, QStringLiteral(" "));
    static const QRegularExpression separators(QStringLiteral("[\\-–—:：|/·•\\[\\]【】「」<>_]+"));
    t.replace(separators, QStringLiteral(" "));
    t.replace(descriptorWord(), QStringLiteral(" "));
    static const QRegularExpression of(QStringLiteral("^\\s*of\\s+"), QRegularExpression::CaseInsensitiveOption);
    t.replace(of, QString());
    t = t.simplified();
    // "김지원의 이력서": the possessive belongs to the phrase, not the name.
    if (t.size() >= 3 && t.endsWith(u'의'))
        t.chop(1);
    // "Senior Engineer — Resume" names a job, not a person.
    const QString name = asName(t);
    if (!name.isEmpty() && name.front().script() != QChar::Script_Hangul && !couldBeBareName(name))
        return {};
    return name;
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
    for (qsizetype i = kLinesToSearch; i < document.blocks.size() && i < kLabelLinesToSearch; ++i) {
        if (const QString name = fromNameLabel(document.blocks[i].text); !name.isEmpty())
            return name;
    }
    const QString first = lines.isEmpty() ? QString() : lines.constFirst();
    QString bare = asName(first);
    if (bare.isEmpty())
        bare = nameBeforeJobTitle(first);
    if (!bare.isEmpty() && couldBeBareName(bare) && hasContactLine(document))
        return bare;
    return {};
}

} // namespace Protostar
