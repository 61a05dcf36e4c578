// SPDX-License-Identifier: MIT
#include "providers/personmentions.h"

#include "core/koreansurnames.h"

#include <QRegularExpression>

namespace Protostar {

namespace {

// A surname and a two-syllable given name, or one of the two-syllable surnames (남궁, 선우…) and a two-syllable given
// name, before 의/에게 or before 씨/님. Not before 후보/지원자: "우수한 후보", "강력한 지원자" are shaped alike.
const QRegularExpression &koreanName()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![가-힣])((?:남궁|황보|제갈|선우|독고|사공|서문)[가-힣]{2}|[가-힣]{3})"
        "(?:(?:의|에게)(?![가-힣])|\\s*(?:씨|님)(?:은|는|이|가|의|에게)?(?![가-힣]))"));
    return re;
}

bool twoSyllableSurname(const QString &name)
{
    static const QStringList surnames = {QStringLiteral("남궁"), QStringLiteral("황보"), QStringLiteral("제갈"), QStringLiteral("선우"),
                                         QStringLiteral("독고"), QStringLiteral("사공"), QStringLiteral("서문")};
    return name.size() == 4 && surnames.contains(name.left(2));
}

// One to three capitalised words (a capital inside a word, iPhone, is no name), then 's; or then a Korean
// particle, which may as well follow an organisation ("Gartner는").
const QString &latinName()
{
    static const QString name = QStringLiteral("(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+(?:[ \\-]\\p{Lu}\\p{Ll}+){0,2})");
    return name;
}

const QRegularExpression &latinPossessive()
{
    static const QRegularExpression re(latinName() + QStringLiteral("['’]s(?![\\p{L}])"), QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &latinBeforeParticle()
{
    static const QRegularExpression re(latinName() + QStringLiteral("(?:의|은|는|이|가|에게|씨|님)(?![가-힣])"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Ordinary words of that shape a recruiter's question may hold ("공무원의 경력", "지원자의 연봉").
bool ordinaryWord(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("서비스"), QStringLiteral("공무원"), QStringLiteral("노동자"), QStringLiteral("노동력"), QStringLiteral("지자체"),
        QStringLiteral("심사관"), QStringLiteral("고객사"), QStringLiteral("신입생"), QStringLiteral("지원자"), QStringLiteral("지원서"),
        QStringLiteral("이력서"), QStringLiteral("전문가"), QStringLiteral("전문성"), QStringLiteral("이사회"), QStringLiteral("장단점"),
        QStringLiteral("신청인"), QStringLiteral("신청자"), QStringLiteral("한국어"), QStringLiteral("성과급"), QStringLiteral("구성원"),
        QStringLiteral("구직자"), QStringLiteral("임직원"), QStringLiteral("임원진"), QStringLiteral("고용주"), QStringLiteral("공동체"),
        QStringLiteral("방송사"), QStringLiteral("신문사"), QStringLiteral("안전성"), QStringLiteral("안정성"), QStringLiteral("유연성"),
        QStringLiteral("전공자"), QStringLiteral("사용자"), QStringLiteral("관리자"), QStringLiteral("정규직"), QStringLiteral("계약직"),
        QStringLiteral("인턴십"), QStringLiteral("조직도"), QStringLiteral("주니어"), QStringLiteral("시니어"), QStringLiteral("팀원들"),
    };
    return words.contains(word) || word.endsWith(u'님') || word.endsWith(u'씨');
}

// "What's", "Let's", "It's": contractions, not possessives.
bool contraction(const QString &word)
{
    static const QStringList words = {QStringLiteral("What"), QStringLiteral("Who"), QStringLiteral("Where"), QStringLiteral("When"),
        QStringLiteral("How"), QStringLiteral("Why"), QStringLiteral("That"), QStringLiteral("It"), QStringLiteral("Let"),
        QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("There"), QStringLiteral("Here"), QStringLiteral("This")};
    return words.contains(word);
}

// "Is Jane Park's expected salary …?", "Summarize Daniel Cho's career": a question's capitalised first word
// (an auxiliary or a request) is no part of the name after it.
QString withoutOpeningWord(const QString &name)
{
    static const QStringList words = {QStringLiteral("Is"), QStringLiteral("Are"), QStringLiteral("Was"), QStringLiteral("Were"),
        QStringLiteral("Do"), QStringLiteral("Does"), QStringLiteral("Did"), QStringLiteral("Has"), QStringLiteral("Have"),
        QStringLiteral("Had"), QStringLiteral("Can"), QStringLiteral("Could"), QStringLiteral("Will"), QStringLiteral("Would"),
        QStringLiteral("Should"), QStringLiteral("Summarize"), QStringLiteral("Summarise"), QStringLiteral("Describe"),
        QStringLiteral("Compare"), QStringLiteral("Show"), QStringLiteral("List"), QStringLiteral("Introduce")};
    const qsizetype space = name.indexOf(u' ');
    return space > 0 && words.contains(name.left(space)) ? name.mid(space + 1) : name;
}

} // namespace

QStringList PersonMentions::of(const QString &question)
{
    const QString text = question.normalized(QString::NormalizationForm_C);
    QStringList out;
    for (auto it = koreanName().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        const bool shaped = twoSyllableSurname(name) || (name.size() == 3 && isCommonKoreanSurname(name.front()));
        if (shaped && !ordinaryWord(name) && !out.contains(name))
            out.append(name);
    }
    for (auto it = latinPossessive().globalMatch(text); it.hasNext();) {
        const QString name = withoutOpeningWord(it.next().captured(1));
        if (!contraction(name) && !out.contains(name))
            out.append(name);
    }
    return out;
}

QStringList PersonMentions::ofOrOrganisation(const QString &question)
{
    QStringList out = of(question);
    const QString text = question.normalized(QString::NormalizationForm_C);
    for (auto it = latinBeforeParticle().globalMatch(text); it.hasNext();) {
        const QString name = withoutOpeningWord(it.next().captured(1));
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

} // namespace Protostar
