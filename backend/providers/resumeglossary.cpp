// SPDX-License-Identifier: MIT
#include "providers/resumeglossary.h"

#include "core/resumesection.h"
#include "providers/answertext.h"
#include "providers/entryperiod.h"
#include "providers/figurevalues.h"
#include "providers/inlineentries.h"
#include "providers/questionvocabulary.h"
#include "providers/resumeglossarywords.h"

#include "core/contactpatterns.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Protostar {

namespace {

using ResumeGlossaryWords::fields;
using ResumeGlossaryWords::oneWay;

// What a contact field's value looks like, for the résumé that writes it bare: an e-mail address, a phone
// number (ContactPatterns), or a Korean city or province (résumés say where one lives by the city alone, in
// either script). Keyed by each word of the field.
const QRegularExpression *valueShape(const QString &term)
{
    // An e-mail address and a phone number look as ContactPatterns says, bare or labelled.
    const QRegularExpression &email = ContactPatterns::email();
    const QRegularExpression &phone = ContactPatterns::phone();
    static const QRegularExpression place(QStringLiteral(
        "(?:^|[^가-힣])(?:서울|부산|인천|대구|대전|광주|울산|세종|경기|강원|충북|충남|충청|전북|전남|전라|경북|경남|경상|제주"
        "|수원|성남|판교|분당|용인|고양|일산|창원|청주|천안|전주|포항)"
        // A place, not the start of a longer name ("서울가상대학교", "부산대"): what may follow it.
        "(?=$|[^가-힣]|시|도|구|군|특별|광역|남도|북도|에|의|은|는|거주|근무)"
        "|\\b(?:seoul|busan|pusan|incheon|daegu|daejeon|gwangju|ulsan|sejong|gyeonggi|gangwon|jeju|suwon|seongnam|pangyo"
        "|bundang|yongin|goyang|changwon|cheongju|cheonan|jeonju|pohang"
        // Cities an English CV writes in its contact line ("Freelance data engineer · Berlin · …"), in Latin letters only.
        "|london|manchester|edinburgh|dublin|berlin|munich|hamburg|frankfurt|amsterdam|paris|zurich|vienna|stockholm|madrid"
        "|barcelona|lisbon|warsaw|prague|tokyo|osaka|singapore|shanghai|beijing|taipei|hong kong|sydney|melbourne|toronto"
        "|vancouver|new york|san francisco|seattle|boston|chicago|austin|los angeles)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "연락처" / "contact" is how to reach someone: a phone number or, when a résumé gives none, an address.
    static const QRegularExpression contact(phone.pattern() + u'|' + email.pattern(), QRegularExpression::UseUnicodePropertiesOption);
    if (term == QStringLiteral("연락처") || term == QStringLiteral("contact"))
        return &contact;
    // "직책", "current title": no résumé labels it; the header line or a job entry writes the title itself
    // ("엔지니어링 디렉터 · 경력 18년", "Staff Site Reliability Engineer · Manchester"). Not 직무 / role, which a
    // "희망 직무:" line writes as a field.
    static const QRegularExpression jobTitle(QuestionVocabulary::koreanRoleNouns() + QStringLiteral(
        "|\\b(?:engineer|developer|director|manager|designer|analyst|scientist|architect|administrator|consultant"
        "|researcher|specialist|cto|vp)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (ResumeGlossary::asksJobTitle(term))
        return &jobTitle;
    static const QHash<QString, const QRegularExpression *> shapes = [] {
        QHash<QString, const QRegularExpression *> m;
        for (const QStringList &field : fields()) {
            const QRegularExpression *shape = field.first() == QStringLiteral("이메일") ? &ContactPatterns::email()
                : field.first() == QStringLiteral("연락처")                          ? &ContactPatterns::phone()
                : field.first() == QStringLiteral("거주지")                          ? &place
                                                                                       : nullptr;
            for (const QString &word : field) {
                if (shape)
                    m.insert(word, shape);
            }
        }
        return m;
    }();
    return shapes.value(term);
}

const QHash<QString, QStringList> &index()
{
    static const QHash<QString, QStringList> map = [] {
        QHash<QString, QStringList> m;
        for (const QStringList &field : fields()) {
            for (const QString &word : field) {
                QStringList others = field;
                others.removeAll(word);
                m.insert(word, others);
            }
        }
        for (const auto &[english, korean] : oneWay())
            m[english].append(korean);
        return m;
    }();
    return map;
}

bool isLatinWordChar(QChar c)
{
    return c.isLetterOrNumber() && c.unicode() < 0x0250;
}

bool startsWord(const QString &folded, const QString &word)
{
    for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
        if (at == 0 || !folded.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

// A Korean counterpart starts a word (its particle may follow): "리드" is in "백엔드 리드", not in "하이브리드". One of
// three syllables or more may end a compound too: a company's name says its trade ("다온커머스", "늘봄헬스케어"); so may a
// job title, which ends the team's name ("개발팀장" is a 팀장, as the index's bigrams find it).
bool writesKoreanCounterpart(const QString &folded, const QString &word)
{
    static const QRegularExpression role(QStringLiteral("^(?:") + QuestionVocabulary::koreanRoleNouns() + QStringLiteral(")$"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    return word.size() >= 3 || role.match(word).hasMatch() ? folded.contains(word) : startsWord(folded, word);
}

bool containsWord(const QString &folded, const QString &word)
{
    for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !isLatinWordChar(folded.at(at - 1))) && (end == folded.size() || !isLatinWordChar(folded.at(end))))
            return true;
    }
    return false;
}

bool isKoreanDegree(const QString &term)
{
    return term == QStringLiteral("석사") || term == QStringLiteral("학사") || term == QStringLiteral("박사");
}

// A Korean degree starts a word or follows its field's 학 ("전산학 석사", "공학석사", "이학박사"), or a compound of it starts
// a word ("공학사" is a 학사); inside another word it is none ("사회조사분석사" holds 석사).
bool writesKoreanDegree(const QString &folded, const QString &degree)
{
    for (qsizetype at = folded.indexOf(degree); at >= 0; at = folded.indexOf(degree, at + 1)) {
        if (at == 0 || !folded.at(at - 1).isLetterOrNumber() || folded.at(at - 1) == u'학')
            return true;
    }
    return std::ranges::any_of(ResumeGlossaryWords::compoundDegrees(), [&](const auto &compound) {
        return compound.second == degree && startsWord(folded, compound.first);
    });
}

// A sentence of prose saying where one works now ("2019년 4월부터 현재까지 물결데이터 그로스분석팀에서 시니어 데이터 분석가로
// 일하고 있습니다", "I currently work at Northwind as …") writes the company field, as a job entry's heading does; one
// saying where one worked (일했습니다) is an earlier job.
bool writesWorkplaceNow(const QString &folded)
{
    static const QRegularExpression now(QStringLiteral(
        "에서\\s[^.?!]{0,40}?(?:일하고|근무하고|다니고)\\s*있|에서\\s*(?:재직|근무)\\s*중"
        "|\\b(?:currently|now)\\s+(?:work(?:ing)?|employed)\\s+(?:at|for|with)\\b|\\bi\\s+(?:currently\\s+)?work\\s+(?:at|for)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return now.match(folded).hasMatch();
}

} // namespace

QStringList ResumeGlossary::counterparts(const QString &term)
{
    return index().value(term);
}

bool ResumeGlossary::contains(const QString &folded, const QString &term)
{
    // "공학석사": written whole, as its field's own abbreviation ("M.Eng."), or as the degree beside the field ("산업공학과
    // 석사"); another field's 석사 ("전산학 석사", "M.Sc. Data Science") is not it.
    if (const auto compound = std::ranges::find(ResumeGlossaryWords::compoundDegrees(), term, &std::pair<QString, QString>::first);
        compound != ResumeGlossaryWords::compoundDegrees().cend()) {
        QString field = term.chopped(compound->second.size());
        if (!field.endsWith(u'학'))
            field += u'학'; // 공학사: 공 + 학사
        const QStringList others = counterparts(term);
        return folded.contains(term) || (folded.contains(field) && writesKoreanDegree(folded, compound->second))
            || std::ranges::any_of(others, [&](const QString &o) { return isLatinWordChar(o.at(0)) && containsWord(folded, o); });
    }
    // Other terms keep the substring test: "engineer" is in "engineers", a bigram inside any longer word;
    // a Latin field word only at the start of a word ("led" is in "led", not in "enabled" or "tiled").
    const bool latin = !term.isEmpty() && isLatinWordChar(term.at(0));
    const bool wholeWord = latin && isContactField(term);
    const bool wordStart = latin && !wholeWord && !counterparts(term).isEmpty();
    if (wholeWord ? containsWord(folded, term) : wordStart ? startsWord(folded, term) : isKoreanDegree(term) ? writesKoreanDegree(folded, term) : folded.contains(term))
        return true;
    // An amount the question writes as a plain value (FigureValues::plain) in another spelling.
    static const QRegularExpression plain(QStringLiteral("^\\d{4,}$"));
    if (plain.match(term).hasMatch())
        return FigureValues::writes(folded, term);
    const QStringList others = counterparts(term);
    if (std::any_of(others.cbegin(), others.cend(), [&](const QString &other) {
            return isLatinWordChar(other.at(0)) ? containsWord(folded, other)
                : isKoreanDegree(other)          ? writesKoreanDegree(folded, other)
                                                 : writesKoreanCounterpart(folded, other);
        }))
        return true;
    if (asksCompany(term) && writesWorkplaceNow(folded))
        return true;
    // So does a dated line of a list that is no degree ("- 늘봄헬스케어 (2021.01 ~ 현재, 재직중) · 백엔드 개발자", not "M.Sc. Data
    // Science (2016.03 ~ 2018.02)"), as an entry's heading does.
    static const QStringList degrees = {QStringLiteral("학력"), QStringLiteral("석사"), QStringLiteral("학사"), QStringLiteral("박사")};
    auto datedJobLine = [](const QString &line) {
        return EntryPeriod::end(line) >= 0 && std::ranges::none_of(degrees, [&](const QString &degree) { return contains(line, degree); });
    };
    if (asksCompany(term) && std::ranges::any_of(folded.split(u'\n'), datedJobLine))
        return true;
    // A city named in a school's name ("Pusan Fictional University", "서울가상대학교") is no residence: a sentence naming
    // a school does not say where one lives, another sentence of the passage may ("현재 경기도 성남시 분당구에 살고
    // 있습니다. 저는 … 부산해오름대학교 …를 졸업했습니다.").
    static const QRegularExpression school(QStringLiteral("대학|학교|\\b(?:university|college|school|institute)\\b"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    if (valueShape(term) == valueShape(QStringLiteral("거주지")) && school.match(folded).hasMatch()) {
        return std::ranges::any_of(AnswerText::sentences(folded), [&](const AnswerText::Span &span) {
            const QString sentence = folded.mid(span.start, span.length);
            return !school.match(sentence).hasMatch() && writesValueOf(sentence, term);
        });
    }
    return writesValueOf(folded, term);
}

bool ResumeGlossary::writesValueOf(const QString &folded, const QString &term)
{
    const QRegularExpression *shape = valueShape(term);
    return shape && shape->match(folded).hasMatch();
}

bool ResumeGlossary::containsInLabel(const QString &foldedLabel, const QString &term)
{
    // "경력기술서" (a statement of one's career) is no 기술 (skills): its 경력 stays.
    QString label = foldedLabel;
    label.replace(QStringLiteral("기술서"), QStringLiteral(" "));
    if (contains(label, term))
        return true;
    // An entry under the experience section names an employer ("## Experience / ### Tidewater Logistics
    // (2021.01 ~ 2024.05)"): asked which companies, that heading path is about one. Asked for someone's experience
    // ("What is Oliver Grant's experience?"), so is an entry under "Work History" or "Employment", as under "경력사항".
    static const QRegularExpression experience(QStringLiteral(
        "경력|\\bexperience\\b|\\bemployment\\b|\\bwork history\\b|\\bcareer\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return (asksCompany(term) || term == QStringLiteral("experience")) && experience.match(label).hasMatch();
}

bool ResumeGlossary::asksResidence(const QString &question)
{
    // 사는 / 살고 only as words of their own: "회사는" holds 사는.
    static const QRegularExpression lives(QStringLiteral(
        "(?:^|[^가-힣])(?:사는|살고|사나요|삽니까|사세요|사시나요|살아요|살았|(?:살아|사니|사냐)(?![가-힣]))|거주|주소"
        "|\\b(?:live|lives|living|reside|resides|residence|based|address|location)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return lives.match(question.normalized(QString::NormalizationForm_C)).hasMatch();
}

bool ResumeGlossary::isPlace(const QString &term)
{
    const QRegularExpression *shape = valueShape(QStringLiteral("거주지"));
    const QRegularExpressionMatch m = shape->match(term);
    return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == term.size();
}

QString ResumeGlossary::withoutPlaces(const QString &question)
{
    if (asksResidence(question))
        return {};
    const QStringList terms = AnswerText::terms(question);
    QString rest = question.normalized(QString::NormalizationForm_C);
    bool cut = false;
    for (const QString &t : terms) {
        if (isPlace(t) && rest.contains(t, Qt::CaseInsensitive)) {
            rest.replace(t, QStringLiteral(" "), Qt::CaseInsensitive);
            cut = true;
        }
    }
    return cut && !AnswerText::terms(rest).isEmpty() ? rest : QString();
}

bool ResumeGlossary::writesResidence(const QString &folded, const QString &place)
{
    // The field itself is written by its label or by any place; a place by itself, as a place.
    const QString field = QStringLiteral("거주지");
    if (!contains(folded, place) || (place != field && !writesValueOf(folded, field)))
        return false;
    // A letter says it in a sentence of its own: "현재 경기도 성남시 분당구에 살고 있습니다".
    static const QRegularExpression label(QStringLiteral(
        "거주|주소|살고\\s*있|삽니다|\\b(?:address|location|lives|living|based|residence|resides)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return label.match(folded).hasMatch() || writesValueOf(folded, QStringLiteral("이메일"))
        || writesValueOf(folded, QStringLiteral("연락처"));
}

bool ResumeGlossary::isLanguage(const QString &term)
{
    static const QSet<QString> languages = {QStringLiteral("영어"), QStringLiteral("일본어"), QStringLiteral("중국어"), QStringLiteral("독일어"),
                                            QStringLiteral("프랑스어"), QStringLiteral("스페인어"), QStringLiteral("한국어")};
    return languages.contains(term) || std::ranges::any_of(counterparts(term), [](const QString &c) { return languages.contains(c); });
}

bool ResumeGlossary::writesLanguageAbility(const QString &folded, const QString &language)
{
    if (!contains(folded, language))
        return false;
    static const QRegularExpression level(QStringLiteral(
        "\\b(?:toeic|toefl|teps|ielts|opic|jlpt|jpt|hsk|delf|dele|testdaf|fluent|fluency|native|bilingual|business|conversational"
        "|proficient|proficiency|professional|intermediate|advanced|basic|working|[abc][12])\\b"
        "|회화|능통|유창|원어민|모국어|비즈니스|상급|중급|고급|초급|가능|구사"),
        QRegularExpression::UseUnicodePropertiesOption);
    return level.match(folded).hasMatch();
}

bool ResumeGlossary::isContactField(const QString &term)
{
    return valueShape(term) != nullptr;
}

bool ResumeGlossary::asksCompany(const QString &term)
{
    return term == QStringLiteral("회사") || counterparts(term).contains(QStringLiteral("회사"));
}

bool ResumeGlossary::isExperienceSection(const QString &heading)
{
    return ResumeSection::of(heading) == ResumeSection::Kind::Experience;
}

bool ResumeGlossary::isExperienceEntry(const QStringList &headingPath)
{
    if (std::ranges::any_of(headingPath, [](const QString &h) { return isExperienceSection(h); }))
        return true;
    const bool dated = std::any_of(headingPath.cbegin() + std::min<qsizetype>(1, headingPath.size()), headingPath.cend(),
                                   [](const QString &h) { return InlineEntries::isEntryTitle(h); });
    return dated && std::ranges::none_of(headingPath, [](const QString &h) {
        return contains(h.normalized(QString::NormalizationForm_C).toLower(), QStringLiteral("학력"));
    });
}

bool ResumeGlossary::asksJobEntry(const QString &term)
{
    return asksCompany(term) || term == QStringLiteral("팀") || counterparts(term).contains(QStringLiteral("팀"));
}

bool ResumeGlossary::asksJobTitle(const QString &term)
{
    return term == QStringLiteral("직책") || term == QStringLiteral("직함") || term == QStringLiteral("title");
}

bool ResumeGlossary::asksCareer(const QString &term)
{
    return term == QStringLiteral("경력") || term == QStringLiteral("career") || term == QStringLiteral("careers");
}

} // namespace Protostar
