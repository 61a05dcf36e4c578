// SPDX-License-Identifier: MIT
// SkillsLine: the items of a skills section's text the candidate list shows (which headings name that section:
// tst_resumesection).
#include "store/skillsline.h"

#include <QTest>

using namespace Protostar;

class tst_SkillsLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
