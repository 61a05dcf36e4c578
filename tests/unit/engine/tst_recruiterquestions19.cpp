// SPDX-License-Identifier: MIT
// Recruiter round 19: questions a recruiter asks of the demo résumés together with tests/data/recruiter14 that round
// 18 left refused or answered with others: where one worked asked in the past (every employer), a trade asked by its
// Korean loanword (이커머스), the current title of everyone (each one's latest job, not a 희망 직무), a lead written
// 리드 inside a sentence, and who-lines quoting a list item's marker. Asked offline, as the app answers; each answer
// cites the résumé that says it.
#include "offlineanswers.h"

#include <QTest>

using namespace Protostar;

class tst_RecruiterQuestions19 : public QObject
{
    Q_OBJECT

    Test::ImportedCorpus m_all;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_all.importDemoAndRecruiter14();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // One named candidate: the line that says it.
    void namedCandidate_data()
    {
        Test::addAnswerColumns();
        const QString seojun = QStringLiteral("park-seojun-career.txt");
        // Where one worked, asked in the past, is every employer: the entries' headings, not what was done there.
        QTest::newRow("ko honorific past 어디서 일하셨어요") << QStringLiteral("박서준은 어디서 일하셨어요?") << QStringList{seojun}
                                                        << QStringList{QStringLiteral("별빛게임즈 (2017.01 ~ 2020.05)"), QStringLiteral("하늘클라우드 (2020.06 ~ 현재)")}
                                                        << QStringList{};
        QTest::newRow("ko spoken past 어디서 일했어") << QStringLiteral("박서준은 어디서 일했어?") << QStringList{seojun}
                                                  << QStringList{QStringLiteral("별빛게임즈"), QStringLiteral("하늘클라우드")} << QStringList{};
        QTest::newRow("en where has worked, every employer") << QStringLiteral("Where has Daniel Cho worked?")
                                                             << QStringList{QStringLiteral("daniel-cho-resume.txt")}
                                                             << QStringList{QStringLiteral("Seabird Analytics (2018.03 ~ 2020.12) — Junior Data Engineer"),
                                                                            QStringLiteral("Tidewater Logistics (2021.01 ~ 2024.05) — Data Engineer")}
                                                             << QStringList{QStringLiteral("GPS events")};
        // Guard: the present still asks the job of now alone.
        QTest::newRow("ko present 지금 어디서 일하나요, latest only") << QStringLiteral("박서준은 지금 어디서 일하나요?") << QStringList{seojun}
                                                                 << QStringList{QStringLiteral("하늘클라우드")} << QStringList{QStringLiteral("별빛게임즈")};
        // Plural past employers are every employer, not the latest one.
        QTest::newRow("en previous employers, plural") << QStringLiteral("Oliver Grant's previous employers?") << QStringList{QStringLiteral("oliver-grant-cv.md")}
                                                       << QStringList{QStringLiteral("Harborview Systems"), QStringLiteral("Kestrel Media")} << QStringList{};
        // 전 직장 is the latest job, as 직전 회사 is.
        QTest::newRow("ko spoken 전 직장 어디야") << QStringLiteral("이하은 전 직장 어디야?") << QStringList{QStringLiteral("lee-haeun-resume.md")}
                                             << QStringList{QStringLiteral("새벽소프트 (2021.02 ~ 2024.06)")} << QStringList{QStringLiteral("미리내테크")};
        // Spoken forms of what a résumé writes otherwise: 원해 (희망), 출근 가능 (입사 가능일), 이었어 (the copula's past).
        QTest::newRow("ko spoken 연봉 얼마 원해") << QStringLiteral("Jane Park 연봉 얼마 원해?") << QStringList{QStringLiteral("jane-park-resume.md")}
                                            << QStringList{QStringLiteral("6,000만원")} << QStringList{};
        QTest::newRow("ko polite 언제부터 출근 가능해요") << QStringLiteral("한서연 언제부터 출근 가능해요?") << QStringList{QStringLiteral("han-seoyeon-intro.txt")}
                                                   << QStringList{QStringLiteral("2027년 1월 4일")} << QStringList{};
        QTest::newRow("ko spoken 몇 명이었어") << QStringLiteral("박서준 팀 규모 몇 명이었어?") << QStringList{seojun}
                                          << QStringList{QStringLiteral("8명")} << QStringList{};
        // The current title is the latest entry's heading.
        QTest::newRow("en current title, one candidate") << QStringLiteral("What is Jane Park's current title?")
                                                         << QStringList{QStringLiteral("jane-park-resume.md")}
                                                         << QStringList{QStringLiteral("Senior Frontend Engineer")} << QStringList{QStringLiteral("Pixelnest")};
    }

    void namedCandidate()
    {
        Test::verifyAnswerRow(m_all.knowledge, Test::Cited::Only);
    }

    // Over everyone: every candidate whose lines say it is cited, and nobody else.
    void whoQuestions_data()
    {
        Test::addWhoColumns();
        const QString kang = QStringLiteral("kang-dohyun-resume.md");
        const QString daniel = QStringLiteral("daniel-cho-resume.txt");
        const QString lena = QStringLiteral("lena-fischer-portfolio.md");
        const QString jane = QStringLiteral("jane-park-resume.md");
        const QString choi = QStringLiteral("choi-minho-career.md");
        // A trade asked by its Korean loanword is asked as "e-commerce" is: a company's name, a project's client, retail.
        QTest::newRow("ko spoken 이커머스 경험 있는 사람") << QStringLiteral("이커머스 경험 있는 사람?")
                                                 << QStringList{kang, QStringLiteral("kim-jiwon-career.md"), lena} << QStringList{daniel, jane}
                                                 << QStringList{QStringLiteral("다온커머스"), QStringLiteral("Retail")};
        // A lead written inside a sentence ("랭킹 파트 리드(2명)를 맡았습니다") answers as a heading's 팀장 does.
        QTest::newRow("ko 리더 경험 있는 사람, 파트 리드") << QStringLiteral("리더 경험 있는 사람?")
                                                 << QStringList{choi, kang, QStringLiteral("kim-jiwon-resume.md"), jane}
                                                 << QStringList{QStringLiteral("lee-haeun-resume.md")} << QStringList{QStringLiteral("랭킹 파트 리드(2명)")};
        // Knowing how, spaced as it is typed ("할 줄 아는", "쓸 줄 아는").
        QTest::newRow("ko spoken 할 줄 아는 사람, spaced") << QStringLiteral("Kubernetes 할 줄 아는 사람?")
                                                   << QStringList{QStringLiteral("oliver-grant-cv.md"), QStringLiteral("park-seojun-career.txt")}
                                                   << QStringList{jane} << QStringList{QStringLiteral("Kubernetes")};
        QTest::newRow("ko spoken 쓸 줄 아는 사람, spaced") << QStringLiteral("Kubernetes 쓸 줄 아는 사람?")
                                                   << QStringList{QStringLiteral("oliver-grant-cv.md"), QStringLiteral("park-seojun-career.txt")}
                                                   << QStringList{jane} << QStringList{QStringLiteral("Kubernetes")};
        // Each candidate's latest job, where the header's title or a 희망 직무 used to answer.
        QTest::newRow("en every candidate's current title")
            << QStringLiteral("What is every candidate's current title?")
            << QStringList{kang, daniel, jane, choi, QStringLiteral("oliver-grant-cv.md"), QStringLiteral("song-minjae-resume.txt")} << QStringList{}
            << QStringList{QStringLiteral("은하모빌리티 (2019.01 ~ 현재) · 엔지니어링 디렉터"),
                           QStringLiteral("Harborview Systems — Staff Site Reliability Engineer (Mar 2021 – Present)"),
                           QStringLiteral("늘봄헬스케어 (2021.01 ~ 현재, 재직중) · 백엔드 개발자"), QStringLiteral("Tidewater Logistics (2021.01 ~ 2024.05) — Data Engineer"),
                           QStringLiteral("Brightlane Recruiting (2020.04 ~ 2024.03) — Senior Frontend Engineer"),
                           QStringLiteral("모래시계랩 (2020.09 ~ 2024.04) · 검색팀 ML 엔지니어")};
    }

    void whoQuestions()
    {
        Test::verifyWhoRow(m_all.knowledge);
    }

    // What an answer must not say: a role wanted for the title held, an older job for the latest, a list's marker
    // after a candidate's name.
    void notQuoted_data()
    {
        Test::addNotQuotedColumns();
        QTest::newRow("en current title, no 희망 직무") << QStringLiteral("What is every candidate's current title?") << QStringLiteral("희망 직무");
        QTest::newRow("en current title, not an older job") << QStringLiteral("What is every candidate's current title?")
                                                            << QStringLiteral("새솔정보|Seabird Analytics|Pixelnest");
        QTest::newRow("ko 석사 who-lines, no list marker") << QStringLiteral("석사 학위 있는 사람?") << QStringLiteral("^[^:\\n]+: [-•] ");
        QTest::newRow("ko 학사 who-lines, no list marker") << QStringLiteral("학사 학위 있는 사람?") << QStringLiteral("^[^:\\n]+: [-•] ");
        QTest::newRow("ko 송민재 current company, no list marker") << QStringLiteral("송민재 현재 회사는?") << QStringLiteral("^[-•] ");
    }

    void notQuoted()
    {
        Test::verifyNotQuotedRow(m_all.knowledge);
    }
};

QTEST_APPLESS_MAIN(tst_RecruiterQuestions19)
#include "tst_recruiterquestions19.moc"
