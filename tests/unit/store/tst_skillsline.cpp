// SPDX-License-Identifier: MIT
// SkillsLine: which headings name a skills section, and the items of its text the candidate list shows.
#include "store/skillsline.h"

#include <QTest>

using namespace Protostar;

class tst_SkillsLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heading_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<bool>("skills");
        QTest::newRow("bracketed Korean") << QStringLiteral("[기술]") << true;
        QTest::newRow("보유 기술") << QStringLiteral("보유 기술") << true;
        QTest::newRow("English") << QStringLiteral("Skills") << true;
        QTest::newRow("tech stack, upper case") << QStringLiteral("TECH STACK") << true;
        QTest::newRow("career section") << QStringLiteral("[경력사항]") << false;
        QTest::newRow("document title") << QStringLiteral("이력서 - 김지원") << false;
        // An award named after technology is no skills section.
        QTest::newRow("기술상") << QStringLiteral("사내 기술상") << false;
    }
    void heading()
    {
        QFETCH(QString, heading);
        QFETCH(bool, skills);
        QCOMPARE(SkillsLine::isSkillsHeading(heading), skills);
    }

    void items_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("comma line") << QStringLiteral("Java, Kotlin, Spring Boot, PostgreSQL")
                                    << QStringList{"Java", "Kotlin", "Spring Boot", "PostgreSQL"};
        QTest::newRow("bullets and labels") << QStringLiteral("- 언어: Go, Python\n- Kubernetes · Docker")
                                            << QStringList{"Go", "Python", "Kubernetes", "Docker"};
        QTest::newRow("slash between words, not in CI/CD") << QStringLiteral("Docker/Kubernetes, CI/CD")
                                                           << QStringList{"Docker", "Kubernetes", "CI/CD"};
        QTest::newRow("duplicates and a sentence dropped")
            << QStringLiteral("Kafka, kafka, Redis\n대규모 트래픽 환경에서 Kafka 기반 정산 파이프라인을 설계하고 운영했습니다.")
            << QStringList{"Kafka", "Redis"};
        QTest::newRow("versions kept") << QStringLiteral("C++17/20, Qt 6, Next.js") << QStringList{"C++17/20", "Qt 6", "Next.js"};
    }
    void items()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, items);
        QCOMPARE(SkillsLine::items(text), items);
    }

    void mergeStopsAtLimit()
    {
        QStringList into{QStringLiteral("Go")};
        SkillsLine::merge(into, {QStringLiteral("go"), QStringLiteral("Rust"), QStringLiteral("Zig"), QStringLiteral("C")}, 3);
        QCOMPARE(into, (QStringList{QStringLiteral("Go"), QStringLiteral("Rust"), QStringLiteral("Zig")}));
    }
};

QTEST_GUILESS_MAIN(tst_SkillsLine)
#include "tst_skillsline.moc"
