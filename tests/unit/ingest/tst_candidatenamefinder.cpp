// SPDX-License-Identifier: MIT
// Whose résumé a document is, from its first lines (CandidateNameFinder::find); the rows added in round 12 are header
// lines of PDF résumés: the name in capitals before the job title.
#include "ingest/candidatenamefinder.h"

#include <QTest>

using namespace Protostar;

class tst_CandidateNameFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QStringList>("lines"); // the document's blocks; the first is its title
        QTest::addColumn<QString>("name");
        const QString contact = QStringLiteral("daniel.cho@example.invalid");
        QTest::newRow("name in capitals · job title") << QStringList{QStringLiteral("DANIEL CHO · Senior Data Engineer"), contact}
                                                      << QStringLiteral("Daniel Cho");
        QTest::newRow("name | job title") << QStringList{QStringLiteral("Jane Park | Backend Developer"), contact} << QStringLiteral("Jane Park");
        QTest::newRow("Korean name — Korean job title") << QStringList{QStringLiteral("배준호 — 백엔드 개발자"), QStringLiteral("010-7781-3024")}
                                                      << QStringLiteral("배준호");
        QTest::newRow("name in capitals alone") << QStringList{QStringLiteral("JANE DOE"), contact} << QStringLiteral("Jane Doe");
        QTest::newRow("what follows is no job title") << QStringList{QStringLiteral("Acme Corp · Seoul Office"), contact} << QString();
        QTest::newRow("a section name before a job title") << QStringList{QStringLiteral("Summary · Data Engineer"), contact} << QString();
        // A title of the name and what the document is: the descriptor words are never part of the name.
        QTest::newRow("name — Freelance Portfolio") << QStringList{QStringLiteral("Lena Fischer — Freelance Portfolio"), QStringLiteral("Berlin")}
                                                   << QStringLiteral("Lena Fischer");
        QTest::newRow("name · Professional Resume") << QStringList{QStringLiteral("Jane Doe · Professional Resume")} << QStringLiteral("Jane Doe");
        QTest::newRow("name | Updated CV") << QStringList{QStringLiteral("John Smith | Updated CV")} << QStringLiteral("John Smith");
        QTest::newRow("Curriculum Vitae — name") << QStringList{QStringLiteral("Curriculum Vitae — Oliver Grant")} << QStringLiteral("Oliver Grant");
        QTest::newRow("name Freelance Portfolio, no separator") << QStringList{QStringLiteral("Lena Fischer Freelance Portfolio")}
                                                               << QStringLiteral("Lena Fischer");
        QTest::newRow("이름 - 포트폴리오") << QStringList{QStringLiteral("김지원 - 포트폴리오")} << QStringLiteral("김지원");
        QTest::newRow("이름 - 신입 이력서") << QStringList{QStringLiteral("김지원 - 신입 이력서")} << QStringLiteral("김지원");
        QTest::newRow("경력기술서 - 이름") << QStringList{QStringLiteral("경력기술서 - 최민호")} << QStringLiteral("최민호");
        QTest::newRow("a name holding a descriptor's syllables") << QStringList{QStringLiteral("김영문 이력서")} << QStringLiteral("김영문");
        QTest::newRow("job title — Resume is no name") << QStringList{QStringLiteral("Senior Engineer — Resume")} << QString();
        QTest::newRow("no contact line near it") << QStringList{QStringLiteral("DANIEL CHO · Senior Data Engineer"), QStringLiteral("SUMMARY")}
                                                 << QString();
    }

    void find()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, name);
        ParsedDocument doc;
        doc.title = lines.constFirst();
        for (const QString &l : lines)
            doc.blocks.append(TextBlock{TextBlock::Kind::Paragraph, 0, l, 0, 0});
        QCOMPARE(CandidateNameFinder::find(doc), name);
    }
};

QTEST_MAIN(tst_CandidateNameFinder)
#include "tst_candidatenamefinder.moc"
