// SPDX-License-Identifier: MIT
// Recruiter round 15: questions a recruiter asks of the demo résumés together with tests/data/recruiter14, in words
// the earlier rounds did not read: the current job asked otherwise ("현 직장", "지금 다니는 회사", "Where does …
// work now?", "most recent role"), who speaks a language (by the lines that say so, not by 가능 of 입사 가능일),
// degrees in either language (석사 ↔ M.Sc., 학사 ↔ B.Sc. / B.Eng.), and spoken yes/no endings ("군필이야?",
// "Kafka 써봤어?") with the who-form "군필인 사람은?". Asked offline, as the app answers; each answer cites the
// résumé that says it.
#include "offlineanswers.h"

#include <QDir>
#include <QTest>

using namespace Protostar;
using namespace Protostar::Test::Files;

class tst_RecruiterQuestions15 : public QObject
{
    Q_OBJECT

    Test::ImportedCorpus m_all;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_all.importDemoAndRecruiter14();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The current job asked in other words is its entry's heading (company, title, period), from the résumé that
    // writes it, never an earlier employer.
    void currentJob_data()
    {
        Test::addAnswerColumns();
        const QString harborview = QStringLiteral("Harborview Systems — Staff Site Reliability Engineer (Mar 2021 – Present)");
        const QStringList earlier = {QStringLiteral("Kestrel Media"), QStringLiteral("Northgate")};
        QTest::newRow("ko 현 직장") << QStringLiteral("Oliver Grant의 현 직장은 어디인가요?") << QStringList{kOliver} << QStringList{harborview} << earlier;
        QTest::newRow("ko 지금 다니는 회사") << QStringLiteral("Oliver Grant가 지금 다니는 회사는?") << QStringList{kOliver} << QStringList{harborview}
                                       << earlier;
        QTest::newRow("ko 재직 중인 회사") << QStringLiteral("Oliver Grant가 재직 중인 회사는?") << QStringList{kOliver} << QStringList{harborview}
                                      << earlier;
        QTest::newRow("en work now") << QStringLiteral("Where does Oliver Grant work now?") << QStringList{kOliver} << QStringList{harborview}
                                     << earlier;
        QTest::newRow("en where does … work") << QStringLiteral("Where does Oliver Grant work?") << QStringList{kOliver} << QStringList{harborview}
                                              << earlier;
        QTest::newRow("en most recent role") << QStringLiteral("Oliver Grant's most recent role?") << QStringList{kOliver} << QStringList{harborview}
                                             << earlier;
        QTest::newRow("en current position") << QStringLiteral("What is Oliver Grant's current position?") << QStringList{kOliver}
                                             << QStringList{harborview} << earlier;
        QTest::newRow("ko 재직 중인 회사, 재직중 entry") << QStringLiteral("송민재가 재직 중인 회사는?") << QStringList{kSong}
                                                 << QStringList{QStringLiteral("늘봄헬스케어 (2021.01 ~ 현재, 재직중)")} << QStringList{QStringLiteral("푸른숲병원")};
        // 이하은 writes no ongoing job: her latest entry, with the period that shows it ended.
        QTest::newRow("ko spoken 어디서 일해") << QStringLiteral("이하은은 어디서 일해?") << QStringList{kLee}
                                          << QStringList{QStringLiteral("새벽소프트 (2021.02 ~ 2024.06)")} << QStringList{QStringLiteral("미리내테크")};
    }

    void currentJob()
    {
        Test::verifyAnswerRow(m_all.knowledge, Test::Cited::Only);
    }

    // Spoken yes/no questions of a named candidate: the line that shows it.
    void spokenYesNo_data()
    {
        Test::addAnswerColumns();
        QTest::newRow("ko 군필이야?") << QStringLiteral("윤지호 군필이야?") << QStringList{kYoon} << QStringList{QStringLiteral("육군 병장 만기제대")}
                                   << QStringList{QStringLiteral("TOEIC")};
        QTest::newRow("ko 군필이에요?") << QStringLiteral("윤지호 군필이에요?") << QStringList{kYoon} << QStringList{QStringLiteral("육군 병장 만기제대")}
                                    << QStringList{QStringLiteral("TOEIC")};
        QTest::newRow("ko Kafka 써봤어?") << QStringLiteral("강도현 Kafka 써봤어?") << QStringList{kKang}
                                       << QStringList{QStringLiteral("Kafka")} << QStringList{};
    }

    void spokenYesNo()
    {
        Test::verifyAnswerRow(m_all.knowledge, Test::Cited::Only);
    }

    // Over everyone: every candidate whose line says it is named and cited, and nobody else.
    void whoQuestions_data()
    {
        Test::addWhoColumns();
        const QStringList jiwon = {kKim, kKimCareer};
        // A language is shown by its test or a level, not by a line that names it (이하은's localization) nor by
        // 가능 of 입사 가능일 / 협의 가능.
        QTest::newRow("en who speaks English") << QStringLiteral("Who speaks English?") << QStringList{kYoon} << (QStringList{kLee, kHan} + jiwon)
                                               << QStringList{QStringLiteral("TOEIC 900")};
        QTest::newRow("ko 영어 가능한") << QStringLiteral("영어 가능한 사람은?") << QStringList{kYoon} << (QStringList{kLee, kHan, kKang} + jiwon)
                                     << QStringList{QStringLiteral("TOEIC 900")};
        QTest::newRow("ko 영어 할 수 있는") << QStringLiteral("영어 할 수 있는 사람은?") << QStringList{kYoon} << (QStringList{kLee, kHan} + jiwon)
                                        << QStringList{QStringLiteral("TOEIC 900")};
        // Degrees across languages; 사회조사분석사 holds no 석사.
        QTest::newRow("en master's, Korean résumés too") << QStringLiteral("Who has a master's degree?") << QStringList{kDaniel, kLena, kKang, kChoi}
                                                         << QStringList{kHan, kYoon} << QStringList{QStringLiteral("전산학 석사"), QStringLiteral("M.Sc.")};
        QTest::newRow("ko 석사 학위") << QStringLiteral("석사 학위가 있는 사람은?") << QStringList{kDaniel, kLena, kKang, kChoi} << QStringList{kHan, kYoon}
                                    << QStringList{QStringLiteral("전산학 석사"), QStringLiteral("M.Sc.")};
        QTest::newRow("ko 석사인") << QStringLiteral("석사인 사람은?") << QStringList{kDaniel, kLena, kKang, kChoi} << QStringList{kHan, kYoon}
                                 << QStringList{QStringLiteral("산업공학과 석사")};
        QTest::newRow("en bachelor's, each holder") << QStringLiteral("Who has a bachelor's degree?")
                                                    << QStringList{kJane, kOliver, kLee,
                                                                   kKang, kPark}
                                                    << QStringList{kDaniel, kLena} << QStringList{QStringLiteral("B.Eng."), QStringLiteral("컴퓨터공학 학사")};
        // 병역 done, as the line writes it (만기제대); never inferred.
        QTest::newRow("ko 군필인 사람") << QStringLiteral("군필인 사람은?") << QStringList{kYoon} << QStringList{kHan, kKang}
                                     << QStringList{QStringLiteral("육군 병장 만기제대")};
    }

    void whoQuestions()
    {
        Test::verifyWhoRow(m_all.knowledge);
    }

    // What no résumé says is refused, asked in the spoken form too.
    void refuses_data()
    {
        QTest::addColumn<QString>("question");
        QTest::newRow("ko spoken, Kafka not used") << QStringLiteral("윤지호 Kafka 써봤어?");
        QTest::newRow("en nobody has a PhD") << QStringLiteral("Who has a PhD?");
    }

    void refuses()
    {
        QFETCH(QString, question);
        Test::verifyRefused(m_all.knowledge, question);
    }
};

QTEST_APPLESS_MAIN(tst_RecruiterQuestions15)
#include "tst_recruiterquestions15.moc"
