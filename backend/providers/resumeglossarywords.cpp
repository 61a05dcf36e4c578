// SPDX-License-Identifier: MIT
#include "providers/resumeglossarywords.h"

#include <QStringList>
#include <QtGlobal>

namespace Protostar::ResumeGlossaryWords {

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
        // 리더 / 리더십 / leadership name the same ("리더 경험 있는 사람?" of "랭킹 파트 리드", "팀 규모 8명 … 이끌며").
        {QStringLiteral("팀장"), QStringLiteral("리드"), QStringLiteral("리더"), QStringLiteral("리더십"), QStringLiteral("이끈"), QStringLiteral("이끌"),
         QStringLiteral("총괄"), QStringLiteral("lead"), QStringLiteral("leader"), QStringLiteral("leaders"), QStringLiteral("leadership"),
         QStringLiteral("led"), QStringLiteral("managed"), QStringLiteral("headed"), QStringLiteral("supervised")},
        // Fields of study of two words, one term (QuestionVocabulary::fieldOfStudyWording): "computer science" is written
        // so, or as 컴퓨터공학(과) / 전산학; "M.Sc. Data Science" writes only "science" of it.
        {QStringLiteral("컴퓨터공학"), QStringLiteral("컴퓨터과학"), QStringLiteral("전산학"), QStringLiteral("computer science"),
         QStringLiteral("computer engineering")},
        {QStringLiteral("데이터과학"), QStringLiteral("데이터사이언스"), QStringLiteral("data science")},
        // Roles of two words, likewise (QuestionVocabulary::compoundTermWording): "Freelance data engineer", "데이터분석가".
        {QStringLiteral("데이터엔지니어"), QStringLiteral("데이터 엔지니어"), QStringLiteral("data engineer"), QStringLiteral("data engineering")},
        {QStringLiteral("데이터분석가"), QStringLiteral("데이터 분석가"), QStringLiteral("data analyst")},
        {QStringLiteral("데이터사이언티스트"), QStringLiteral("데이터 사이언티스트"), QStringLiteral("data scientist")},
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
        // "Who has done A/B testing?" of "A/B 테스트 플랫폼을 도입해": testing is 테스트 (which practice, RequiredPhrases).
        {QStringLiteral("테스트"), QStringLiteral("test"), QStringLiteral("tests"), QStringLiteral("testing"), QStringLiteral("tested")},
        {QStringLiteral("설계"), QStringLiteral("design"), QStringLiteral("designed"), QStringLiteral("designs")},
        // Degrees as either language abbreviates them: "M.Sc.", "M.S.", "B.Eng.", "Ph.D."; not "MS" / "BS" / "BA"
        // alone, which are milliseconds, a product and a bachelor of arts as often as a degree.
        {QStringLiteral("석사"), QStringLiteral("master"), QStringLiteral("masters"), QStringLiteral("m.sc"), QStringLiteral("msc"),
         QStringLiteral("m.s"), QStringLiteral("m.eng"), QStringLiteral("meng"), QStringLiteral("m.a")},
        {QStringLiteral("학사"), QStringLiteral("bachelor"), QStringLiteral("bachelors"), QStringLiteral("b.sc"), QStringLiteral("bsc"),
         QStringLiteral("b.s"), QStringLiteral("b.eng"), QStringLiteral("beng"), QStringLiteral("b.a")},
        {QStringLiteral("박사"), QStringLiteral("phd"), QStringLiteral("ph.d"), QStringLiteral("doctorate")},
        // A Korean degree named with its field in one word: 경영학석사 is the MBA.
        {QStringLiteral("경영학석사"), QStringLiteral("mba")},
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
const QList<std::pair<QString, QString>> &compoundDegrees()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("공학석사"), QStringLiteral("석사")},   {QStringLiteral("이학석사"), QStringLiteral("석사")},
        {QStringLiteral("경영학석사"), QStringLiteral("석사")}, {QStringLiteral("문학석사"), QStringLiteral("석사")},
        {QStringLiteral("공학박사"), QStringLiteral("박사")},   {QStringLiteral("이학박사"), QStringLiteral("박사")},
        {QStringLiteral("공학사"), QStringLiteral("학사")},     {QStringLiteral("이학사"), QStringLiteral("학사")},
        {QStringLiteral("경영학사"), QStringLiteral("학사")},
    };
    return list;
}

const QList<std::pair<QString, QString>> &oneWay()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("project"), QStringLiteral("프로젝트")}, {QStringLiteral("projects"), QStringLiteral("프로젝트")},
        {QStringLiteral("available"), QStringLiteral("가능")},   {QStringLiteral("start"), QStringLiteral("입사")},
        {QStringLiteral("join"), QStringLiteral("입사")},       {QStringLiteral("start"), QStringLiteral("available")},
        // When one can start is their notice period ("Notice period: one month").
        {QStringLiteral("start"), QStringLiteral("notice")},    {QStringLiteral("available"), QStringLiteral("notice")},
        {QStringLiteral("입사"), QStringLiteral("notice")},
        // Starting at once: "입사 가능일: 즉시 가능" answers "Who can start immediately?" and "바로 입사 가능한 사람?".
        {QStringLiteral("immediately"), QStringLiteral("즉시")}, {QStringLiteral("바로"), QStringLiteral("즉시")},
        {QStringLiteral("즉시"), QStringLiteral("immediately")},
        // "How many people does 강도현 manage?" of "엔지니어 45명 규모의 플랫폼 조직을 이끌고 있습니다": managing people is
        // leading them. One way: asked for a team lead, a line managing servers or stock is none.
        {QStringLiteral("manage"), QStringLiteral("이끌")},  {QStringLiteral("manage"), QStringLiteral("lead")},
        {QStringLiteral("manages"), QStringLiteral("이끌")}, {QStringLiteral("manages"), QStringLiteral("lead")},
        // Asked alone ("What is 김지원's experience?", AnswerText::words), experience is the section a Korean
        // résumé heads 경력(사항); not the other way, as "경력 7년" asks for the years.
        {QStringLiteral("experience"), QStringLiteral("경력")},
        // The school one graduated from ("학교 어디 나왔어?", "출신 학교?": QuestionVocabulary::spokenSpacing) is the education
        // section ("가상과학기술원 산업공학과 석사", no 대학 nor 졸업), or a letter's sentence of graduating ("…대학교 통계학과를
        // 졸업했습니다"). Not 학력 → 졸업: asked for a degree, a line of graduating without it is none.
        {QStringLiteral("출신학교"), QStringLiteral("졸업")}, {QStringLiteral("출신학교"), QStringLiteral("학력")},
        {QStringLiteral("출신학교"), QStringLiteral("education")},
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
        // The domain one has worked in, asked in English ("Who has worked in healthcare?"): the words a résumé writes of
        // it in either language (간호사 of 병원, "의료 IT 자문", "결제플랫폼팀"). One way: a Korean question naming 병원 or
        // 결제 asks for that, not for every word of its domain.
        const QList<std::pair<QStringList, QStringList>> domains = {
            {{QStringLiteral("healthcare"), QStringLiteral("medical")},
             {QStringLiteral("의료"), QStringLiteral("헬스케어"), QStringLiteral("병원"), QStringLiteral("hospital"), QStringLiteral("clinical"),
              QStringLiteral("healthcare"), QStringLiteral("medical")}},
            {{QStringLiteral("fintech"), QStringLiteral("finance"), QStringLiteral("financial")},
             {QStringLiteral("금융"), QStringLiteral("핀테크"), QStringLiteral("결제"), QStringLiteral("fintech"), QStringLiteral("finance"),
              QStringLiteral("financial"), QStringLiteral("banking"), QStringLiteral("payment"), QStringLiteral("payments")}},
            // "e-commerce" is read as the words "e" and "commerce".
        {{QStringLiteral("e-commerce"), QStringLiteral("ecommerce"), QStringLiteral("commerce")},
             {QStringLiteral("커머스"), QStringLiteral("이커머스"), QStringLiteral("쇼핑몰"), QStringLiteral("e-commerce"), QStringLiteral("ecommerce"),
              QStringLiteral("retail")}},
            {{QStringLiteral("game"), QStringLiteral("games"), QStringLiteral("gaming")},
             {QStringLiteral("게임"), QStringLiteral("game"), QStringLiteral("games"), QStringLiteral("gaming")}},
        };
        for (const auto &[asked, written] : domains) {
            for (const QString &a : asked) {
                for (const QString &w : written) {
                    if (w != a)
                        list.append({a, w});
                }
            }
        }
        for (const char *language : {"일본어", "japanese"})
            list.append({QString::fromUtf8(language), QStringLiteral("jlpt")});
        for (const char *language : {"중국어", "chinese"})
            list.append({QString::fromUtf8(language), QStringLiteral("hsk")});
        // A degree named with its field ("공학석사", "이학사") is that degree (what asks for degrees knows it by this pair),
        // written by the field's own abbreviation too ("M.Eng."); ResumeGlossary::contains reads it so, and finds the
        // compound as the degree the other way ("Who has a master's degree?" of "공학석사").
        for (const auto &[compound, degree] : compoundDegrees())
            list.append({compound, degree});
        for (const char *abbreviation : {"m.eng", "meng"})
            list.append({QStringLiteral("공학석사"), QString::fromUtf8(abbreviation)});
        for (const char *abbreviation : {"m.sc", "msc", "m.s"})
            list.append({QStringLiteral("이학석사"), QString::fromUtf8(abbreviation)});
        for (const char *abbreviation : {"b.eng", "beng"})
            list.append({QStringLiteral("공학사"), QString::fromUtf8(abbreviation)});
        for (const char *abbreviation : {"b.sc", "bsc", "b.s"})
            list.append({QStringLiteral("이학사"), QString::fromUtf8(abbreviation)});
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


} // namespace Protostar::ResumeGlossaryWords
