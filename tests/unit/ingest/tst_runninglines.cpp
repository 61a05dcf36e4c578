// SPDX-License-Identifier: MIT
// A PDF's running headers, footers and page numbers (RunningLines), and words hyphenated across lines; then the
// round-12 PDF résumés read through PdfReader: what a reader of the file sees once, each line once.
#include "formatresumes.h"
#include "ingest/pdfreader.h"
#include "ingest/runninglines.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

constexpr double kA4 = 842;

// A page of lines "text@top" (the line is 10 points tall).
RunningLines::Page page(const QStringList &lines)
{
    RunningLines::Page p{{}, kA4};
    for (const QString &l : lines) {
        const qsizetype at = l.lastIndexOf(u'@');
        const double top = l.mid(at + 1).toDouble();
        p.lines.append(RunningLines::Line{l.left(at), top, top + 10});
    }
    return p;
}

} // namespace

class tst_RunningLines : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::FormatResumes m_files;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_files = Test::writeFormatResumes(m_dir.path());
    }

    void find_data()
    {
        QTest::addColumn<QList<RunningLines::Page>>("pages");
        QTest::addColumn<QStringList>("dropped"); // "page:text" of every line left out
        QTest::newRow("header kept where it first appears, footer dropped everywhere")
            << QList<RunningLines::Page>{page({"DANIEL CHO · Senior Data Engineer@26", "SUMMARY@70", "Page 1 of 2 · Confidential@802"}),
                                         page({"DANIEL CHO · Senior Data Engineer@26", "ADDITIONAL@70", "Page 2 of 2 · Confidential@802"})}
            << QStringList{"1:Page 1 of 2 · Confidential", "2:DANIEL CHO · Senior Data Engineer", "2:Page 2 of 2 · Confidential"};
        QTest::newRow("page numbers at the edge, even on one page")
            << QList<RunningLines::Page>{page({"배준호@70", "경력@90", "- 1 -@802"})} << QStringList{"1:- 1 -"};
        QTest::newRow("page number forms") << QList<RunningLines::Page>{page({"3 / 12@802", "Page 4@20", "12쪽@810", "(5)@805"})}
                                           << QStringList{"1:3 / 12", "1:Page 4", "1:12쪽", "1:(5)"};
        QTest::newRow("a line repeated in the body is text")
            << QList<RunningLines::Page>{page({"Kafka@300", "2024@400"}), page({"Kafka@300", "2025@400"})} << QStringList{};
        QTest::newRow("an edge line on one page only is text")
            << QList<RunningLines::Page>{page({"홍길동@20", "본문@300"}), page({"본문 둘@300", "끝맺음 인사@810"})} << QStringList{};
        QTest::newRow("a year or a period at the edge is text")
            << QList<RunningLines::Page>{page({"2021@20", "Lead Data Engineer@60", "2019 - 2023@805", "2016.01 – 2021.03@812"})}
            << QStringList{};
        QTest::newRow("two jobs' periods at the edge of two pages are text")
            << QList<RunningLines::Page>{page({"Data Engineer, Harbor@780", "2016.01 – 2021.03@800"}),
                                         page({"Lead Data Engineer@780", "2021.04 – 2023.12@800", "- 2 -@820"})}
            << QStringList{"2:- 2 -"};
        QTest::newRow("a page fraction counts up, a range does not") << QList<RunningLines::Page>{page({"12 / 3@802", "3 of 9@812"})}
                                                                     << QStringList{"1:3 of 9"};
        QTest::newRow("a number in the body is text") << QList<RunningLines::Page>{page({"2024@300"})} << QStringList{};
    }

    void find()
    {
        QFETCH(QList<RunningLines::Page>, pages);
        QFETCH(QStringList, dropped);
        const QList<QList<bool>> drop = RunningLines::find(pages);
        QCOMPARE(drop.size(), pages.size());
        QStringList actual;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            QCOMPARE(drop[p].size(), pages[p].lines.size());
            for (qsizetype l = 0; l < pages[p].lines.size(); ++l) {
                if (drop[p][l])
                    actual << QString::number(p + 1) + u':' + pages[p].lines[l].text;
            }
        }
        QCOMPARE(actual, dropped);
    }

    void joinHyphenated_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("joined");
        QTest::newRow("word split at the line's end") << "모놀리식 서비스를 micro-" << "services 구조로 전환" << "모놀리식 서비스를 microservices 구조로 전환";
        QTest::newRow("tool name") << "Redis, Kafka, Kuber-" << "netes" << "Redis, Kafka, Kubernetes";
        QTest::newRow("next line starts a name") << "Spring-" << "Boot and Kafka" << QString();
        QTest::newRow("a dash after a space") << "2019 -" << "present" << QString();
        QTest::newRow("a Korean line") << "결제 및" << "정산 시스템" << QString();
    }

    void joinHyphenated()
    {
        QFETCH(QString, line);
        QFETCH(QString, next);
        QFETCH(QString, joined);
        QCOMPARE(RunningLines::joinHyphenated(line, next), joined);
    }

    // Two pages of two columns under a running header and over a footer: the header once, no footer.
    void pdfHeaderOnceFooterGone()
    {
        auto doc = PdfReader::read(m_files.daniel);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->text.count(QStringLiteral("DANIEL CHO · Senior Data Engineer")), 1);
        QVERIFY2(!doc->text.contains(QStringLiteral("Page ")), qPrintable(doc->text));
        QVERIFY2(!doc->text.contains(QStringLiteral("Confidential")), qPrintable(doc->text));
        QVERIFY(doc->text.endsWith(QStringLiteral("Notice period: 1 month")));
        QVERIFY(doc->text.contains(QStringLiteral("CERTIFICATIONS\nAWS Certified Data Analytics")));
    }

    // A scan's text layer: page numbers and the running header gone, hyphenated words whole, every line kept.
    void pdfScanTextLayer()
    {
        auto doc = PdfReader::read(m_files.bae);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->text.count(QStringLiteral("이력서 — 배준호")), 1);
        QVERIFY2(!doc->text.contains(QStringLiteral("-1-")) && !doc->text.contains(QStringLiteral("- 1 -")), qPrintable(doc->text));
        QVERIFY2(doc->text.contains(QStringLiteral("모놀리식 서비스를 microservices 구조로")), qPrintable(doc->text));
        QVERIFY2(doc->text.contains(QStringLiteral("Kafka, Kubernetes")), qPrintable(doc->text));
        QVERIFY(doc->text.contains(QStringLiteral("학력\n2009.03 ~ 2016.02 가온대학교 컴퓨터공학과 졸업")));
        QVERIFY(doc->text.endsWith(QStringLiteral("8,000만원 (현재 연봉 7,100만원)")));
    }

    // Line breaks of the PDF résumés as the reader leaves them: a word cut across lines whole (Korean without a hyphen
    // only where the document writes the word whole elsewhere), a real hyphen kept, a wrap at a space kept as a line
    // break, and a sidebar's contact lines each a paragraph of its own (a sentence an answer can quote alone).
    void pdfLineBreaks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("absent");
        QTest::newRow("ko word cut, written whole in the title") << m_files.han << QStringLiteral("7년 차 데이터엔지니어로, 배치와") << QString();
        QTest::newRow("ko word cut, written whole in the skills") << m_files.han << QStringLiteral("EKS 위에 쿠버네티스 기반 배치")
                                                                  << QStringLiteral("쿠버네\n");
        QTest::newRow("ko noun cut from 했습니다") << m_files.bae << QStringLiteral("절반으로 단축했습니다.") << QString();
        QTest::newRow("ko wrap at a space stays") << m_files.han << QStringLiteral("설계하고\n운영해 왔습니다.") << QString();
        QTest::newRow("ko wrap after a particle stays") << m_files.bae << QStringLiteral("결제 및\n정산 시스템을") << QString();
        QTest::newRow("en real hyphen kept") << m_files.han << QStringLiteral("팀과 cross-functional 데이터 거버넌스")
                                             << QStringLiteral("crossfunctional");
        QTest::newRow("en cut word joined") << m_files.bae << QStringLiteral("Kafka, Kubernetes") << QStringLiteral("Kuber-");
        QTest::newRow("contact lines apart") << m_files.daniel
                                             << QStringLiteral("daniel.cho@example.invalid\n\n+82 10-3392-5518\n\nBusan, South Korea")
                                             << QString();
        QTest::newRow("a job title's line is no contact line")
            << m_files.han << QStringLiteral("한소망\n데이터엔지니어 | somang.han@example.invalid | 010-5530-2841") << QString();
    }

    void pdfLineBreaks()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        auto doc = PdfReader::read(file);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QVERIFY2(doc->text.contains(expected), qPrintable(doc->text));
        QVERIFY2(absent.isEmpty() || !doc->text.contains(absent), qPrintable(doc->text));
    }
};

QTEST_MAIN(tst_RunningLines)
#include "tst_runninglines.moc"
