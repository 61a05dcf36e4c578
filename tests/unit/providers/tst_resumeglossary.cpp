// SPDX-License-Identifier: MIT
// ResumeGlossary: a résumé field asked in one language is found in a résumé written in the other.
#include "providers/answertext.h"
#include "providers/resumeglossary.h"

#include <QTest>

using namespace Protostar;

class tst_ResumeGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void residence_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("asks");
        QTest::newRow("ko 사는") << QStringLiteral("서울에 사는 사람은?") << true;
        QTest::newRow("ko 거주하는") << QStringLiteral("서울에 거주하는 후보자는?") << true;
        QTest::newRow("en lives") << QStringLiteral("Who lives in Seoul?") << true;
        QTest::newRow("ko 회사는 holds 사는") << QStringLiteral("서울에 있는 회사는?") << false;
        QTest::newRow("ko worked") << QStringLiteral("서울에서 근무한 사람은?") << false;
    }

    void residence()
    {
        QFETCH(QString, question);
        QFETCH(bool, asks);
        QCOMPARE(ResumeGlossary::asksResidence(question), asks);
    }

    void writesResidence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("place");
        QTest::addColumn<bool>("writes");
        QTest::newRow("residence label") << QStringLiteral("거주지: 서울 마포구") << QStringLiteral("서울") << true;
        QTest::newRow("header beside an e-mail, other script") << QStringLiteral("Product Designer · Seoul · emily@example.org") << QStringLiteral("서울") << true;
        QTest::newRow("a university named after the city") << QStringLiteral("- 서울가상대학교 컴퓨터공학 석사 (2015.02)") << QStringLiteral("서울") << false;
        QTest::newRow("cloud regions") << QStringLiteral("서울·부산 두 리전으로 클러스터를 이중화했다.") << QStringLiteral("부산") << false;
        QTest::newRow("another city lived in") << QStringLiteral("거주지: 부산 해운대구") << QStringLiteral("서울") << false;
        QTest::newRow("Location label") << QStringLiteral("Location: Busan") << QStringLiteral("부산") << true;
        // The field itself (asked "이하은은 서울에 사나요?"): whichever place such a line writes.
        QTest::newRow("the field, header beside an e-mail")
            << QStringLiteral("데스크톱 애플리케이션 개발자 · 경력 5년 · 대전 · haeun.lee@example.invalid") << QStringLiteral("거주지") << true;
        QTest::newRow("the field, residence label") << QStringLiteral("거주지: 경기 성남시 분당구") << QStringLiteral("거주지") << true;
        // Round 17: a letter's sentence of living; a school two sentences on does not hide it.
        QTest::newRow("a letter's sentence of living") << QStringLiteral("현재 경기도 성남시 분당구에 살고 있습니다.") << QStringLiteral("성남") << true;
        QTest::newRow("the field, cloud regions") << QStringLiteral("서울·부산 두 리전으로 kubernetes 워크로드를 이중화했습니다.")
                                                  << QStringLiteral("거주지") << false;
    }

    void writesResidence()
    {
        QFETCH(QString, text);
        QFETCH(QString, place);
        QFETCH(bool, writes);
        QVERIFY(ResumeGlossary::isPlace(place) || place == QStringLiteral("거주지"));
        QCOMPARE(ResumeGlossary::writesResidence(AnswerText::foldForMatching(text), place), writes);
    }

    void isPlace_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("place");
        QTest::newRow("서울") << QStringLiteral("서울") << true;
        QTest::newRow("seoul") << QStringLiteral("seoul") << true;
        QTest::newRow("a word starting with a city") << QStringLiteral("서울가상대학교") << false;
        QTest::newRow("a field") << QStringLiteral("연봉") << false;
    }

    void isPlace()
    {
        QFETCH(QString, term);
        QFETCH(bool, place);
        QCOMPARE(ResumeGlossary::isPlace(term), place);
    }

    void contains_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("contains");
        QTest::newRow("Korean term, English résumé") << QStringLiteral("Expected salary: 6,000만원.") << QStringLiteral("연봉") << true;
        QTest::newRow("Korean term, heading case folded") << QStringLiteral("## Education") << QStringLiteral("학력") << true;
        QTest::newRow("English term, Korean résumé") << QStringLiteral("연봉 희망 7,800만원") << QStringLiteral("salary") << true;
        QTest::newRow("led, a Korean team leader") << QStringLiteral("- 2019.07 ~ 현재 한결데이터 검색플랫폼팀 팀장") << QStringLiteral("led") << true;
        QTest::newRow("이끈, the stem written") << QStringLiteral("팀원 8명을 이끌며 결제 시스템을 재작성했다.") << QStringLiteral("이끈") << true;
        QTest::newRow("이끈, an English lead") << QStringLiteral("northwind labs — lead product designer") << QStringLiteral("이끈") << true;
        QTest::newRow("managed, a Korean team leader") << QStringLiteral("- 2019.07 ~ 현재 한결데이터 검색플랫폼팀 팀장") << QStringLiteral("managed") << true;
        QTest::newRow("총괄, an English supervisor") << QStringLiteral("- supervised two junior engineers.") << QStringLiteral("총괄") << true;
        QTest::newRow("관리 is no team lead") << QStringLiteral("서버 200대 관리") << QStringLiteral("팀장") << false;
        QTest::newRow("led is a whole word") << QStringLiteral("tiled the dashboards") << QStringLiteral("led") << false;
        QTest::newRow("one-syllable counterpart") << QStringLiteral("팀 규모 8명") << QStringLiteral("team") << true;
        QTest::newRow("the term itself") << QStringLiteral("연봉 희망 7,800만원") << QStringLiteral("연봉") << true;
        QTest::newRow("a contact field's word is whole") << QStringLiteral("reduced back-and-forth emails by 65%") << QStringLiteral("email") << false;
        QTest::newRow("e-mail read as mail") << QStringLiteral("e-mail: tom@example.invalid") << QStringLiteral("mail") << true;
        QTest::newRow("experience is a Korean résumé's 경력 section") << QStringLiteral("## [경력사항]") << QStringLiteral("experience") << true;
        QTest::newRow("경력 does not stand for experience") << QStringLiteral("## Experience") << QStringLiteral("경력") << false;
        QTest::newRow("Latin counterpart is a whole word") << QStringLiteral("access control lists") << QStringLiteral("직무") << false;
        QTest::newRow("Latin counterpart at the end") << QStringLiteral("senior role") << QStringLiteral("직무") << true;
        QTest::newRow("degree abbreviation with dots") << QStringLiteral("M.Sc. Data Science") << QStringLiteral("master") << true;
        QTest::newRow("Korean degree word, English résumé") << QStringLiteral("M.Sc. Data Science") << QStringLiteral("석사") << true;
        QTest::newRow("years of a career") << QStringLiteral("Data Engineer · 6 years · Busan") << QStringLiteral("경력") << true;
        QTest::newRow("Korean synonym of team lead") << QStringLiteral("- 역할: 백엔드 리드") << QStringLiteral("팀장") << true;
        QTest::newRow("Korean counterpart starts a word") << QStringLiteral("BM25·벡터 하이브리드 검색") << QStringLiteral("팀장") << false;
        QTest::newRow("another field") << QStringLiteral("Expected salary: 6,000만원.") << QStringLiteral("학력") << false;
        QTest::newRow("no field: only the term itself") << QStringLiteral("Kubernetes 운영") << QStringLiteral("취미") << false;
        QTest::newRow("e-mail field, English label") << QStringLiteral("- Email: sarah.lee@example.org") << QStringLiteral("이메일") << true;
        QTest::newRow("e-mail written bare") << QStringLiteral("Data Engineer · Busan · daniel.cho@example.invalid")
                                             << QStringLiteral("email") << true;
        QTest::newRow("no e-mail") << QStringLiteral("Expected salary: 5,200만원") << QStringLiteral("email") << false;
        QTest::newRow("phone written bare") << QStringLiteral("010-1234-5678") << QStringLiteral("phone") << true;
        QTest::newRow("not a phone number") << QStringLiteral("2019.03 ~ 2023.02, 1,200만 건") << QStringLiteral("연락처") << false;
        QTest::newRow("where one lives, English label") << QStringLiteral("- Location: Busan") << QStringLiteral("거주지") << true;
        QTest::newRow("where one lives, Korean label") << QStringLiteral("거주지: 서울특별시 마포구") << QStringLiteral("live") << true;
        QTest::newRow("where one lives, the city alone") << QStringLiteral("Data Engineer · 6 years · Busan") << QStringLiteral("live")
                                                         << true;
        QTest::newRow("a city inside a word is none") << QStringLiteral("Busanova Labs") << QStringLiteral("live") << false;
        QTest::newRow("no place") << QStringLiteral("Python, Scala, Spark") << QStringLiteral("거주지") << false;
        QTest::newRow("a university named after a city is no place")
            << QStringLiteral("- 서울가상대학교 컴퓨터공학 석사 (2015.02)") << QStringLiteral("live") << false;
        QTest::newRow("a city and its district") << QStringLiteral("경기 성남시 분당구") << QStringLiteral("거주지") << true;
        QTest::newRow("a city in the other script") << QStringLiteral("Product Designer · Seoul · emily@example.org")
                                                    << QStringLiteral("서울") << true;
        QTest::newRow("a Korean city, English term") << QStringLiteral("거주지: 부산광역시 해운대구") << QStringLiteral("busan") << true;
        QTest::newRow("starting is being available") << QStringLiteral("Available from March 2025.") << QStringLiteral("start") << true;
        QTest::newRow("an amount by its value") << QStringLiteral("희망 연봉: 35,000,000원") << QStringLiteral("35000000") << true;
        // Degrees named with their field (round 16): a compound is its degree, and asked for, it is that field's degree only.
        QTest::newRow("master's, 공학석사 written") << QStringLiteral("- 한빛대학교 공학석사 (2018.02)") << QStringLiteral("master") << true;
        QTest::newRow("bachelor's, 공학사 written") << QStringLiteral("- 한빛대학교 공학사 (2016.02)") << QStringLiteral("bachelor") << true;
        QTest::newRow("학사, 이학사 written") << QStringLiteral("- 한빛대학교 이학사 (2016.02)") << QStringLiteral("학사") << true;
        QTest::newRow("MBA, 경영학석사 written") << QStringLiteral("- 한빛대학교 경영학석사 (2019.02)") << QStringLiteral("mba") << true;
        QTest::newRow("경영학석사, an MBA written") << QStringLiteral("MBA, Example Business School, 2019") << QStringLiteral("경영학석사") << true;
        QTest::newRow("공학석사, M.Eng. written") << QStringLiteral("M.Eng. Civil Engineering, 2015") << QStringLiteral("공학석사") << true;
        QTest::newRow("공학석사, engineering field and 석사") << QStringLiteral("- 가상과학기술원 산업공학과 석사 (2018.02)")
                                                      << QStringLiteral("공학석사") << true;
        QTest::newRow("공학석사 is no other field's 석사") << QStringLiteral("- 카이로스과학기술원 전산학 석사 (2006.08)")
                                                  << QStringLiteral("공학석사") << false;
        QTest::newRow("공학석사 is no M.Sc.") << QStringLiteral("M.Sc. Data Science") << QStringLiteral("공학석사") << false;
        QTest::newRow("공학석사 is no 공학 학사") << QStringLiteral("- 한마음대학교 컴퓨터공학 학사") << QStringLiteral("공학석사") << false;
        // A prose letter saying where one works now writes the company field; the job it left does not.
        QTest::newRow("company, works there now")
            << QStringLiteral("2019년 4월부터 현재까지 물결데이터 그로스분석팀에서 시니어 데이터 분석가로 일하고 있습니다.") << QStringLiteral("회사") << true;
        // So does a dated job line of a list, as an entry's heading does; a dated degree does not.
        QTest::newRow("company, a job line running to now") << QStringLiteral("- 늘봄헬스케어 (2021.01 ~ 현재, 재직중) · 백엔드 개발자")
                                                            << QStringLiteral("회사") << true;
        QTest::newRow("company, a job line that ended") << QStringLiteral("- 푸른숲병원 (2014.03 ~ 2021.02) · 응급실 간호사")
                                                        << QStringLiteral("회사") << true;
        QTest::newRow("company, a dated degree") << QStringLiteral("M.Sc. Data Science (2016.03 ~ 2018.02)") << QStringLiteral("company") << false;
        QTest::newRow("company, a dated Korean degree") << QStringLiteral("- 가상과학기술원 산업공학과 석사 (2016.03 ~ 2018.02)")
                                                        << QStringLiteral("회사") << false;
        QTest::newRow("company, English prose") << QStringLiteral("I currently work at Northwind as a data analyst.") << QStringLiteral("company") << true;
        QTest::newRow("the residence field, a letter beside its school")
            << QStringLiteral("현재 경기도 성남시 분당구에 살고 있습니다. 저는 부산해오름대학교를 졸업했습니다.") << QStringLiteral("거주지") << true;
        QTest::newRow("the residence field, a school's city only")
            << QStringLiteral("저는 부산해오름대학교를 졸업했습니다. Pusan Fictional University") << QStringLiteral("거주지") << false;
        QTest::newRow("company, worked there before")
            << QStringLiteral("2016년 3월부터 2019년 3월까지 별솔리서치에서 시장조사 연구원으로 일했습니다.") << QStringLiteral("회사") << false;
        // Round 17: a field of study of two words is written whole or in Korean; a domain asked in English by its words.
        QTest::newRow("computer science, 컴퓨터공학과") << QStringLiteral("- 한국가상대학교 컴퓨터공학과 학사") << QStringLiteral("컴퓨터공학") << true;
        QTest::newRow("computer science, written whole") << QStringLiteral("B.Sc. Computer Science, Example State University")
                                                         << QStringLiteral("컴퓨터공학") << true;
        QTest::newRow("computer science, data science is not it") << QStringLiteral("M.Sc. Data Science, Example Coastal University")
                                                                  << QStringLiteral("컴퓨터공학") << false;
        QTest::newRow("healthcare, 병원") << QStringLiteral("병원 예약 API 를 개발했습니다.") << QStringLiteral("healthcare") << true;
        QTest::newRow("fintech, 결제") << QStringLiteral("결제 승인 시스템을 운영했습니다.") << QStringLiteral("fintech") << true;
        QTest::newRow("games, 게임") << QStringLiteral("게임 서버 200대를 자동화했습니다.") << QStringLiteral("games") << true;
        QTest::newRow("병원 asks no other domain word") << QStringLiteral("의료 IT 자문") << QStringLiteral("병원") << false;
        QTest::newRow("immediately, 즉시") << QStringLiteral("입사 가능일: 즉시 가능") << QStringLiteral("immediately") << true;
        // Round 18: a trade inside a company's name, a title ending a team's name, a role of two words, the school one graduated from.
        QTest::newRow("commerce, a company's name") << QStringLiteral("다온커머스 (2012.03 ~ 2018.12) · 개발팀장") << QStringLiteral("commerce") << true;
        QTest::newRow("리더, a title ending a team's name") << QStringLiteral("다온커머스 · 개발팀장") << QStringLiteral("리더") << true;
        QTest::newRow("리더, 리드 inside another word is none") << QStringLiteral("BM25·벡터 하이브리드 검색") << QStringLiteral("리더") << false;
        QTest::newRow("leadership, 이끌며") << QStringLiteral("팀 규모 8명을 이끌며") << QStringLiteral("leadership") << true;
        QTest::newRow("data engineer, heading") << QStringLiteral("Seabird Analytics — Junior Data Engineer") << QStringLiteral("데이터엔지니어") << true;
        QTest::newRow("data engineer, an ML engineer is none") << QStringLiteral("검색팀 ML 엔지니어 · 데이터 파이프라인") << QStringLiteral("데이터엔지니어")
                                                               << false;
        QTest::newRow("데이터분석가, spaced") << QStringLiteral("시니어 데이터 분석가로 일하고") << QStringLiteral("데이터분석가") << true;
        QTest::newRow("school graduated from, 졸업") << QStringLiteral("부산해오름대학교 통계학과를 졸업했습니다.") << QStringLiteral("출신학교") << true;
        QTest::newRow("a degree's education is no graduation") << QStringLiteral("통계학과를 졸업했습니다.") << QStringLiteral("학력") << false;
        QTest::newRow("an amount in 만") << QStringLiteral("연봉 3,500만원") << QStringLiteral("35000000") << true;
        QTest::newRow("another amount") << QStringLiteral("Expected salary: 5,200만원") << QStringLiteral("35000000") << false;
    }

    void contains()
    {
        QFETCH(QString, text);
        QFETCH(QString, term);
        QFETCH(bool, contains);
        QCOMPARE(ResumeGlossary::contains(AnswerText::foldForMatching(text), term), contains);
    }

    // Under an experience section, each entry is a job at a company ("## Experience / ### Tidewater …").
    void containsInLabel_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("contains");
        QTest::newRow("English experience section") << QStringLiteral("Daniel Cho — Résumé Experience Tidewater Logistics (2021.01 ~ 2024.05)")
                                                    << QStringLiteral("companies") << true;
        QTest::newRow("Korean experience section") << QStringLiteral("이력서 - 김지원 [경력사항] 누리커머스 (2015.07 ~ 2019.02)")
                                                   << QStringLiteral("회사") << true;
        QTest::newRow("another section") << QStringLiteral("Daniel Cho — Résumé Education") << QStringLiteral("company") << false;
        QTest::newRow("only the company field") << QStringLiteral("Daniel Cho — Résumé Experience") << QStringLiteral("학력") << false;
        QTest::newRow("in the text it is not a company") << QStringLiteral("Experience") << QStringLiteral("회사") << true;
        QTest::newRow("experience, a Work History entry")
            << QStringLiteral("Oliver Grant — Curriculum Vitae Work History Harborview Systems — Staff Site Reliability Engineer (Mar 2021 – Present)")
            << QStringLiteral("experience") << true;
        QTest::newRow("experience, not the skills") << QStringLiteral("Oliver Grant — Curriculum Vitae Technical Proficiencies")
                                                    << QStringLiteral("experience") << false;
    }

    void containsInLabel()
    {
        QFETCH(QString, label);
        QFETCH(QString, term);
        QFETCH(bool, contains);
        QCOMPARE(ResumeGlossary::containsInLabel(AnswerText::foldForMatching(label), term), contains);
        if (QTest::currentDataTag() == QByteArrayLiteral("in the text it is not a company"))
            QVERIFY(!ResumeGlossary::contains(AnswerText::foldForMatching(label), term));
    }

    // A field word is one term, so its counterpart can stand in; other words are cut into bigrams.
    void fieldWordsAreWholeTerms()
    {
        QCOMPARE(AnswerText::terms(QStringLiteral("프론트엔드 개발자")), (QStringList{QStringLiteral("프론트엔드"), QStringLiteral("개발자")}));
        QCOMPARE(AnswerText::terms(QStringLiteral("관측성")), (QStringList{QStringLiteral("관측"), QStringLiteral("측성")}));
    }

    // An experience section's own title, in either language and with its brackets, not a title that only
    // contains the word.
    void isExperienceSection_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<bool>("section");
        QTest::newRow("bracketed Korean") << QStringLiteral("[경력사항]") << true;
        QTest::newRow("Korean with a space") << QStringLiteral("경력 사항") << true;
        QTest::newRow("work history") << QStringLiteral("Work History") << true;
        QTest::newRow("professional experience") << QStringLiteral("Professional Experience") << true;
        QTest::newRow("a document title") << QStringLiteral("경력기술서 - 김지원") << false;
        QTest::newRow("another section") << QStringLiteral("[퇴사 사유]") << false;
        QTest::newRow("a job entry") << QStringLiteral("Tidewater Logistics (2021.01 ~ 2024.05) — Data Engineer") << false;
    }

    void isExperienceSection()
    {
        QFETCH(QString, heading);
        QFETCH(bool, section);
        QCOMPARE(ResumeGlossary::isExperienceSection(heading), section);
    }

    void isExperienceEntry_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<bool>("entry");
        QTest::newRow("under an experience section") << QStringList{QStringLiteral("Emily Stone"), QStringLiteral("Experience")} << true;
        QTest::newRow("a project heading stating a period")
            << QStringList{QStringLiteral("경력기술서 - 정민수"), QStringLiteral("프로젝트명: 앱 리뉴얼"), QStringLiteral("기간: 2021.04 ~ 2023.10")} << true;
        QTest::newRow("a title writing 경력 is no entry") << QStringList{QStringLiteral("경력기술서 - 정민수")} << false;
        QTest::newRow("a dated title is no entry") << QStringList{QStringLiteral("정민수 (2024.01 ~ 2024.02)")} << false;
        QTest::newRow("a dated heading under the schooling")
            << QStringList{QStringLiteral("이력서"), QStringLiteral("학력"), QStringLiteral("가상대학교 (2011.03 ~ 2017.02)")} << false;
        QTest::newRow("a section without a period") << QStringList{QStringLiteral("경력기술서 - 정민수"), QStringLiteral("기술")} << false;
    }

    void isExperienceEntry()
    {
        QFETCH(QStringList, path);
        QFETCH(bool, entry);
        QCOMPARE(ResumeGlossary::isExperienceEntry(path), entry);
    }

    void counterpartsAreSymmetric()
    {
        QVERIFY(ResumeGlossary::counterparts(QStringLiteral("연봉")).contains(QStringLiteral("salary")));
        QVERIFY(ResumeGlossary::counterparts(QStringLiteral("salary")).contains(QStringLiteral("연봉")));
        QVERIFY(!ResumeGlossary::counterparts(QStringLiteral("salary")).contains(QStringLiteral("salary")));
        QVERIFY(ResumeGlossary::counterparts(QStringLiteral("kubernetes")).isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_ResumeGlossary)
#include "tst_resumeglossary.moc"
