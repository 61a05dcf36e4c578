// SPDX-License-Identifier: MIT
// PersonMentions: which names in a question are people asked about, and which look-alikes are not.
#include "providers/personmentions.h"

#include <QTest>

using namespace Protostar;

class tst_PersonMentions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void of_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("names");

        QTest::newRow("Korean name before 의") << QStringLiteral("김철수의 희망 연봉은?") << QStringList{QStringLiteral("김철수")};
        QTest::newRow("Korean name with 씨는") << QStringLiteral("김철수 씨는 Kafka를 써봤나요?") << QStringList{QStringLiteral("김철수")};
        QTest::newRow("Korean name with 님의") << QStringLiteral("박영희님의 이메일은?") << QStringList{QStringLiteral("박영희")};
        QTest::newRow("two Korean names") << QStringLiteral("김지원과 박서준의 경력을 비교해 주세요")
                                          << QStringList{QStringLiteral("박서준")};
        QTest::newRow("two-syllable surname") << QStringLiteral("남궁민수의 경력은?") << QStringList{QStringLiteral("남궁민수")};
        QTest::newRow("two-syllable surname with 씨") << QStringLiteral("선우정아 씨의 연락처는?") << QStringList{QStringLiteral("선우정아")};
        QTest::newRow("surname 남 and a given name") << QStringLiteral("남궁민의 경력은?") << QStringList{QStringLiteral("남궁민")};
        QTest::newRow("four syllables without such a surname") << QStringLiteral("데이터팀장의 연봉은?") << QStringList{};
        QTest::newRow("Latin full name possessive")
            << QStringLiteral("What is John Smith's expected salary?") << QStringList{QStringLiteral("John Smith")};
        QTest::newRow("Latin given name, curly apostrophe")
            << QStringLiteral("What is Emily’s phone number?") << QStringList{QStringLiteral("Emily")};
        QTest::newRow("Latin name before a Korean particle may be an organisation")
            << QStringLiteral("Gartner는 어떤 예측을 했나요?") << QStringList{};
        QTest::newRow("contraction is no possessive") << QStringLiteral("What's the salary of the lead?") << QStringList{};
        QTest::newRow("lower-case word is no name") << QStringLiteral("What is the company's revenue?") << QStringList{};
        QTest::newRow("capital inside a word") << QStringLiteral("How long does an iPhone's battery last?") << QStringList{};
        QTest::newRow("ordinary word with a surname syllable") << QStringLiteral("서비스의 규모는 얼마인가요?") << QStringList{};
        QTest::newRow("noun before 은 is not taken") << QStringLiteral("차이점은 무엇인가요?") << QStringList{};
        QTest::newRow("verb ending before 가") << QStringLiteral("언제 나왔는가?") << QStringList{};
        QTest::newRow("honorific title") << QStringLiteral("고객님의 의견은?") << QStringList{};
        QTest::newRow("two-syllable word before 의") << QStringLiteral("한국의 GDP 성장률은?") << QStringList{};
        QTest::newRow("name without particle") << QStringLiteral("김철수 경력") << QStringList{};
    }

    void of()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, names);
        QCOMPARE(PersonMentions::of(question), names);
    }

    void orOrganisation_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("Latin name before 의") << QStringLiteral("Emily의 연봉은?") << QStringList{QStringLiteral("Emily")};
        QTest::newRow("organisation before 는") << QStringLiteral("Gartner는 어떤 예측을 했나요?") << QStringList{QStringLiteral("Gartner")};
        QTest::newRow("sure names first") << QStringLiteral("김철수의 회사와 Emily의 회사는?")
                                          << QStringList{QStringLiteral("김철수"), QStringLiteral("Emily")};
    }

    void orOrganisation()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, names);
        QCOMPARE(PersonMentions::ofOrOrganisation(question), names);
    }

    void decomposedHangul()
    {
        const QString nfd = QStringLiteral("김철수의 연봉은?").normalized(QString::NormalizationForm_D);
        QCOMPARE(PersonMentions::of(nfd), QStringList{QStringLiteral("김철수")});
    }
};

QTEST_GUILESS_MAIN(tst_PersonMentions)
#include "tst_personmentions.moc"
