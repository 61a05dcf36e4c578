// SPDX-License-Identifier: MIT
#include "providers/resumeglossary.h"

#include "core/resumesection.h"
#include "providers/answertext.h"
#include "providers/figurevalues.h"
#include "providers/inlineentries.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Protostar {

namespace {

// One field per line: Korean words first, then English. "experience" is no field (every résumé heading
// says it; AnswerText drops it from questions), so 경력 maps to "career" only; degree / 학위 are
// already asked as education / 학력 (AnswerText's section words).
const QList<QStringList> &fields()
{
    static const QList<QStringList> list = {
        {QStringLiteral("연봉"), QStringLiteral("salary"), QStringLiteral("compensation")},
        {QStringLiteral("희망"), QStringLiteral("expected"), QStringLiteral("desired")},
        {QStringLiteral("경력"), QStringLiteral("career"), QStringLiteral("careers"), QStringLiteral("years")}, // "경력 7년" / "8 years"
        {QStringLiteral("학력"), QStringLiteral("education")},
        {QStringLiteral("전공"), QStringLiteral("major")},
        // Headings English CVs give the skills list: "Technical Proficiencies", "Tools", "Technologies".
        {QStringLiteral("기술"), QStringLiteral("skills"), QStringLiteral("skill"), QStringLiteral("proficiencies"),
         QStringLiteral("proficiency"), QStringLiteral("technologies"), QStringLiteral("tools")},
        // A certificate is also headed "Credentials" or written "AWS Certified …"; a licence (간호사 면허) is one too.
        {QStringLiteral("자격"), QStringLiteral("자격증"), QStringLiteral("면허"), QStringLiteral("certification"), QStringLiteral("certifications"),
         QStringLiteral("certificate"), QStringLiteral("certificates"), QStringLiteral("certified"), QStringLiteral("credential"),
         QStringLiteral("credentials"), QStringLiteral("license"), QStringLiteral("licenses"), QStringLiteral("licence"),
         QStringLiteral("licences")},
        {QStringLiteral("수상"), QStringLiteral("award"), QStringLiteral("awards")},
        {QStringLiteral("성과"), QStringLiteral("achievement"), QStringLiteral("achievements"), QStringLiteral("results")},
        {QStringLiteral("회사"), QStringLiteral("company"), QStringLiteral("companies"), QStringLiteral("employer"), QStringLiteral("employers")},
        {QStringLiteral("직무"), QStringLiteral("직책"), QStringLiteral("직함"), QStringLiteral("role"), QStringLiteral("position"),
         QStringLiteral("title")},
        {QStringLiteral("언어"), QStringLiteral("어학"), QStringLiteral("language"), QStringLiteral("languages")},
        // Languages one speaks, in either script; a test of one is its value (oneWay()).
        {QStringLiteral("영어"), QStringLiteral("english")}, {QStringLiteral("일본어"), QStringLiteral("japanese")},
        {QStringLiteral("중국어"), QStringLiteral("chinese"), QStringLiteral("mandarin")}, {QStringLiteral("독일어"), QStringLiteral("german")},
        {QStringLiteral("프랑스어"), QStringLiteral("french")}, {QStringLiteral("스페인어"), QStringLiteral("spanish")},
        {QStringLiteral("한국어"), QStringLiteral("korean")},
        {QStringLiteral("병역"), QStringLiteral("military")},
        // Service done, in the words a 병역 line writes it ("군필인 사람은?" of "육군 병장 만기제대"); not 미필.
        {QStringLiteral("군필"), QStringLiteral("병역필"), QStringLiteral("만기제대"), QStringLiteral("만기전역"), QStringLiteral("소집해제")},
        {QStringLiteral("규모"), QStringLiteral("size")},
        // Now: a job entry's period ends so ("Mar 2021 – Present", "2019.01 ~ 현재").
        {QStringLiteral("현재"), QStringLiteral("current"), QStringLiteral("currently"), QStringLiteral("present")},
        {QStringLiteral("재택"), QStringLiteral("원격"), QStringLiteral("remote"), QStringLiteral("remotely")},
        {QStringLiteral("팀"), QStringLiteral("team"), QStringLiteral("teams")}, // one syllable: found from "team", never a question term itself
        // Leading a team: 팀장 / lead is the role, 이끈 / 이끌(며) / led what one did in it ("팀을 이끈 사람은?" of
        // "Lead Product Designer", "Which candidates have led a team?" of "… 팀장"). 이끈 is the modifier form
        // AnswerText keeps whole (an ㄹ-verb's: 이끌다), which shares no bigram with 이끌며. 총괄 / managed / headed /
        // supervised say the same of a team ("Who managed a team?" of "… 팀장"). Not 관리 nor "manage(ment)": they
        // are written of servers and stock as often ("서버 관리", "inventory management"), and 팀장 would match them.
        {QStringLiteral("팀장"), QStringLiteral("리드"), QStringLiteral("이끈"), QStringLiteral("이끌"), QStringLiteral("총괄"),
         QStringLiteral("lead"), QStringLiteral("leader"), QStringLiteral("led"), QStringLiteral("managed"), QStringLiteral("headed"),
         QStringLiteral("supervised")},
        {QStringLiteral("프론트엔드"), QStringLiteral("frontend"), QStringLiteral("front-end")},
        {QStringLiteral("백엔드"), QStringLiteral("backend"), QStringLiteral("back-end")},
        {QStringLiteral("개발자"), QStringLiteral("developer")},
        {QStringLiteral("엔지니어"), QStringLiteral("engineer")},
        // What was done, in the verbs résumés use in either language ("Jane Park는 React로 무엇을 재구축했나요?" of
        // "Led the rebuild of …"). English forms are listed: a Latin counterpart is matched as a whole word.
        {QStringLiteral("재구축"), QStringLiteral("rebuild"), QStringLiteral("rebuilt"), QStringLiteral("rewrite"),
         QStringLiteral("rewrote"), QStringLiteral("rewritten")},
        {QStringLiteral("구축"), QStringLiteral("build"), QStringLiteral("builds"), QStringLiteral("built")},
        {QStringLiteral("개선"), QStringLiteral("improve"), QStringLiteral("improved"), QStringLiteral("improves"),
         QStringLiteral("improvement"), QStringLiteral("improvements")},
        {QStringLiteral("도입"), QStringLiteral("introduce"), QStringLiteral("introduced"), QStringLiteral("introduces"),
         QStringLiteral("adopt"), QStringLiteral("adopted")},
        {QStringLiteral("재설계"), QStringLiteral("redesign"), QStringLiteral("redesigned")},
        {QStringLiteral("설계"), QStringLiteral("design"), QStringLiteral("designed"), QStringLiteral("designs")},
        // Degrees as either language abbreviates them: "M.Sc.", "M.S.", "B.Eng.", "Ph.D."; not "MS" / "BS" / "BA"
        // alone, which are milliseconds, a product and a bachelor of arts as often as a degree.
        {QStringLiteral("석사"), QStringLiteral("master"), QStringLiteral("masters"), QStringLiteral("m.sc"), QStringLiteral("msc"),
         QStringLiteral("m.s"), QStringLiteral("m.eng"), QStringLiteral("meng"), QStringLiteral("m.a")},
        {QStringLiteral("학사"), QStringLiteral("bachelor"), QStringLiteral("bachelors"), QStringLiteral("b.sc"), QStringLiteral("bsc"),
         QStringLiteral("b.s"), QStringLiteral("b.eng"), QStringLiteral("beng"), QStringLiteral("b.a")},
        {QStringLiteral("박사"), QStringLiteral("phd"), QStringLiteral("ph.d"), QStringLiteral("doctorate")},
        // Contact fields: a résumé may write the value without its label ("Busan · jane@…"), see valueShapes().
        {QStringLiteral("이메일"), QStringLiteral("메일"), QStringLiteral("email"), QStringLiteral("e-mail"),
         QStringLiteral("mail")}, // "e-mail" is read as the words "e" and "mail"
        {QStringLiteral("연락처"), QStringLiteral("전화"), QStringLiteral("전화번호"), QStringLiteral("휴대폰"), QStringLiteral("phone"),
         QStringLiteral("mobile"), QStringLiteral("contact")},
        // 거주 and 주소 are no words of it: as bigrams of other words (비거주자, 전자주소) they would match any city.
        {QStringLiteral("거주지"), QStringLiteral("location"), QStringLiteral("address"),
         QStringLiteral("live"), QStringLiteral("lives"), QStringLiteral("reside"), QStringLiteral("resides")},
        // Where one lives or works, written in either script ("서울에 사는 후보자는?" of "Seoul · …").
        {QStringLiteral("서울"), QStringLiteral("seoul")}, {QStringLiteral("부산"), QStringLiteral("busan"), QStringLiteral("pusan")},
        {QStringLiteral("인천"), QStringLiteral("incheon")}, {QStringLiteral("대구"), QStringLiteral("daegu")},
        {QStringLiteral("대전"), QStringLiteral("daejeon")}, {QStringLiteral("광주"), QStringLiteral("gwangju")},
        {QStringLiteral("울산"), QStringLiteral("ulsan")}, {QStringLiteral("제주"), QStringLiteral("jeju")},
        {QStringLiteral("수원"), QStringLiteral("suwon")}, {QStringLiteral("성남"), QStringLiteral("seongnam")},
        {QStringLiteral("판교"), QStringLiteral("pangyo")}, {QStringLiteral("분당"), QStringLiteral("bundang")},
    };
    return list;
}

// English question words that a Korean résumé writes with a word too common, or too useful cut into
// bigrams, to be a field of its own ("Who is available to start in 2024?" -> "입사 가능일: 2024.01").
const QList<std::pair<QString, QString>> &oneWay()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("project"), QStringLiteral("프로젝트")}, {QStringLiteral("projects"), QStringLiteral("프로젝트")},
        {QStringLiteral("available"), QStringLiteral("가능")},   {QStringLiteral("start"), QStringLiteral("입사")},
        {QStringLiteral("join"), QStringLiteral("입사")},       {QStringLiteral("start"), QStringLiteral("available")},
        // When one can start is their notice period ("Notice period: one month").
        {QStringLiteral("start"), QStringLiteral("notice")},    {QStringLiteral("available"), QStringLiteral("notice")},
        {QStringLiteral("입사"), QStringLiteral("notice")},
        // Asked alone ("What is 김지원's experience?", AnswerText::words), experience is the section a Korean
        // résumé heads 경력(사항); not the other way, as "경력 7년" asks for the years.
        {QStringLiteral("experience"), QStringLiteral("경력")},
    };
    // Fields a résumé writes by their values, one way: asked for 어학 (language scores), a line naming the test ("TOEIC
    // 900", "OPIc IH") answers, but asked for OPIc, a TOEIC line does not; asked for 병역, "육군 병장 만기제대" or "군필"
    // answers, but a question about a navy (해군) is not one about anyone's service. Not 제대 / 전역 alone: they start
    // 제대로 and 전역에.
    static const QList<std::pair<QString, QString>> values = [] {
        QList<std::pair<QString, QString>> list;
        for (const char *field : {"어학", "language", "languages"}) {
            for (const char *test : {"toeic", "toefl", "teps", "opic", "ielts", "jlpt", "hsk"})
                list.append({QString::fromUtf8(field), QString::fromUtf8(test)});
        }
        // Asked for a language, a line naming its test answers ("Who speaks English?" of "TOEIC 900").
        for (const char *language : {"영어", "english"}) {
            for (const char *test : {"toeic", "toefl", "teps", "ielts", "opic"})
                list.append({QString::fromUtf8(language), QString::fromUtf8(test)});
        }
        for (const char *language : {"일본어", "japanese"})
            list.append({QString::fromUtf8(language), QStringLiteral("jlpt")});
        for (const char *language : {"중국어", "chinese"})
            list.append({QString::fromUtf8(language), QStringLiteral("hsk")});
        // An MBA is a master's degree, but not every master's an MBA.
        for (const char *degree : {"석사", "master", "masters"})
            list.append({QString::fromUtf8(degree), QStringLiteral("mba")});
        // 병역 ↔ military is a field of its own (fields()).
        for (const char *field : {"병역", "military", "군대", "군복무"}) {
            for (const char *status : {"병역", "군필", "미필", "만기제대"}) {
                const bool sameField = qstrcmp(status, "병역") == 0 && (qstrcmp(field, "병역") == 0 || qstrcmp(field, "military") == 0);
                if (!sameField)
                    list.append({QString::fromUtf8(field), QString::fromUtf8(status)});
            }
        }
        // The branch only of the field itself: "미국 군대 내 …" is no question about one's 육군 service.
        for (const char *field : {"병역", "military"}) {
            for (const char *branch : {"육군", "해군", "공군", "해병대"})
                list.append({QString::fromUtf8(field), QString::fromUtf8(branch)});
        }
        return list;
    }();
    static const QList<std::pair<QString, QString>> all = list + values;
    return all;
}

// What a contact field's value looks like, for the résumé that writes it bare: an address with "@", a
// Korean phone number, or a Korean city or province (résumés say where one lives by the city alone, in
// either script). Keyed by each word of the field.
const QRegularExpression *valueShape(const QString &term)
{
    static const QRegularExpression email(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    // A Korean mobile number ("010-1234-5678", "+82 10-1234-5678"), a Korean number with its area code ("(02) 555-1234",
    // "031-555-1234"), or any number written with its country code ("+44 7700 900123", "+49 151 2345 6789"). Always
    // written in groups: a bare run of digits is an amount or an ID, and "2018 2019 2020" or "1 000 000" starts with
    // no 0 or "+".
    static const QRegularExpression phone(QStringLiteral(
        "(?<!\\d)(?:(?:\\+82[ -]?|0)1\\d([ .-])\\d{3,4}\\1\\d{4}|(?:\\(0\\d{1,2}\\) ?|0\\d{1,2}[ -])\\d{3,4}[ -]\\d{4}"
        "|\\+\\d{1,3}(?:[ -]\\d{2,6}){2,4})(?!\\d)"));
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
    static const QRegularExpression jobTitle(QStringLiteral(
        "개발자|엔지니어|디렉터|매니저|팀장|파트장|실장|본부장|분석가|연구원|디자이너|기획자|아키텍트|컨설턴트"
        "|\\b(?:engineer|developer|director|manager|designer|analyst|scientist|architect|administrator|consultant"
        "|researcher|specialist|cto|vp)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (ResumeGlossary::asksJobTitle(term))
        return &jobTitle;
    static const QHash<QString, const QRegularExpression *> shapes = [] {
        QHash<QString, const QRegularExpression *> m;
        for (const QStringList &field : fields()) {
            const QRegularExpression *shape = field.first() == QStringLiteral("이메일") ? &email
                : field.first() == QStringLiteral("연락처")                          ? &phone
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

// A Korean counterpart starts a word (its particle may follow): "리드" is in "백엔드 리드", not in "하이브리드".
bool startsWord(const QString &folded, const QString &word)
{
    for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
        if (at == 0 || !folded.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
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

// A Korean degree starts a word or follows its field's 학 ("전산학 석사", "공학석사", "이학박사"); inside another word it is
// none ("사회조사분석사" holds 석사).
bool writesKoreanDegree(const QString &folded, const QString &degree)
{
    for (qsizetype at = folded.indexOf(degree); at >= 0; at = folded.indexOf(degree, at + 1)) {
        if (at == 0 || !folded.at(at - 1).isLetterOrNumber() || folded.at(at - 1) == u'학')
            return true;
    }
    return false;
}

} // namespace

QStringList ResumeGlossary::counterparts(const QString &term)
{
    return index().value(term);
}

bool ResumeGlossary::contains(const QString &folded, const QString &term)
{
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
            return isLatinWordChar(other.at(0)) ? containsWord(folded, other) : startsWord(folded, other);
        }))
        return true;
    // A city named in a school's name ("Pusan Fictional University", "서울가상대학교") is no residence.
    static const QRegularExpression school(QStringLiteral("대학|학교|\\b(?:university|college|school|institute)\\b"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    if (valueShape(term) == valueShape(QStringLiteral("거주지")) && school.match(folded).hasMatch())
        return false;
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
    // (2021.01 ~ 2024.05)"): asked which companies, that heading path is about one.
    static const QRegularExpression experience(QStringLiteral(
        "경력|\\bexperience\\b|\\bemployment\\b|\\bwork history\\b|\\bcareer\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return asksCompany(term) && experience.match(label).hasMatch();
}

bool ResumeGlossary::asksResidence(const QString &question)
{
    // 사는 / 살고 only as words of their own: "회사는" holds 사는.
    static const QRegularExpression lives(QStringLiteral(
        "(?:^|[^가-힣])(?:사는|살고|사나요|삽니까|사세요|사시나요|살아요|살았)|거주|주소"
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
    static const QRegularExpression label(QStringLiteral(
        "거주|주소|\\b(?:address|location|lives|living|based|residence|resides)\\b"),
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
