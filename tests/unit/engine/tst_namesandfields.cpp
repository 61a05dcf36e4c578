// SPDX-License-Identifier: MIT
// Gaps rounds 12 and 14 left, asked as the app answers (offline) of the documents that showed them: a title
// "Lena Fischer — Freelance Portfolio" files its résumé under Lena Fischer (CandidateNameFinder: descriptor words are
// never part of a name), a "경력 요약" section is the summary a profile quotes (ResumeSection), a phone question
// quotes the phone line of a CONTACT block, an e-mail question the e-mail line, not the block's other lines, and a
// Korean current-job question about an English CV quotes the entry the English one does. Also the shape of a phone
// number (ResumeGlossary): written in groups, never a bare run of digits.
// (docs/BENCHMARKS.md, the tenth session's names-and-fields section.)
#include "formatresumes.h"
#include "offlineanswers.h"
#include "providers/resumeglossary.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_NamesAndFields : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::ImportedCorpus m_recruiter14;
    Test::ImportedCorpus m_formats;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_SOURCE_DIR"), "run under ctest (PROTOSTAR_SOURCE_DIR)");
        QVERIFY(m_dir.isValid());
        const QStringList paths = Test::recruiter14Paths();
        QString problem = m_recruiter14.import(m_dir.filePath(QStringLiteral("six.db")), paths, 6);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = m_formats.import(m_dir.filePath(QStringLiteral("formats.db")), Test::writeFormatResumes(m_dir.path()).all(), 6);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // "# Lena Fischer — Freelance Portfolio" is Lena Fischer's, not "Lena Fischer Freelance"'s.
    void filesThePortfolioUnderItsName()
    {
        QVERIFY2(m_recruiter14.candidateNames().contains(QStringLiteral("Lena Fischer")), qPrintable(m_recruiter14.candidateNames().join(u',')));
    }

    void answers_data()
    {
        Test::addAnswerColumns();
        QTest::addColumn<bool>("formats"); // asked of the format résumés (Test::writeFormatResumes), else of recruiter14
        const QString lena = QStringLiteral("lena-fischer-portfolio.md");
        const QString daniel = QStringLiteral("resume_final.pdf");
        const QString bae = QStringLiteral("scan_0042.pdf");
        // Her full name names her once the title's descriptor is no part of it.
        QTest::newRow("en where one lives, a portfolio's title") << QStringLiteral("Where does Lena Fischer live?") << QStringList{lena}
                                                                 << QStringList{QStringLiteral("Berlin")} << QStringList{} << false;
        QTest::newRow("ko where one lives, a portfolio's title") << QStringLiteral("Lena Fischer는 어디에 사나요?") << QStringList{lena}
                                                                 << QStringList{QStringLiteral("Berlin")} << QStringList{} << false;
        // The profile of a scan's résumé quotes its "경력 요약" line.
        QTest::newRow("ko profile quotes the 경력 요약") << QStringLiteral("배준호에 대해 알려줘") << QStringList{bae}
                                                        << QStringList{QStringLiteral("총 경력 8년의 백엔드 개발자")} << QStringList{} << true;
        QTest::newRow("ko career years, 경력 요약 still found") << QStringLiteral("배준호의 경력은 몇 년인가요?") << QStringList{bae}
                                                               << QStringList{QStringLiteral("8년")} << QStringList{} << true;
        // One contact field asked, its own line quoted.
        QTest::newRow("en phone, not the e-mail or city") << QStringLiteral("What is Daniel Cho's phone number?") << QStringList{daniel}
                                                          << QStringList{QStringLiteral("+82 10-3392-5518")}
                                                          << QStringList{QStringLiteral("daniel.cho@example.invalid"), QStringLiteral("Busan")} << true;
        QTest::newRow("en e-mail, not the phone") << QStringLiteral("What is Daniel Cho's email?") << QStringList{daniel}
                                                  << QStringList{QStringLiteral("daniel.cho@example.invalid")}
                                                  << QStringList{QStringLiteral("10-3392-5518")} << true;
        QTest::newRow("ko phone, not the e-mail") << QStringLiteral("Daniel Cho의 전화번호는?") << QStringList{daniel}
                                                  << QStringList{QStringLiteral("+82 10-3392-5518")}
                                                  << QStringList{QStringLiteral("daniel.cho@example.invalid")} << true;
        // A Korean current-job question about an English CV: the entry the English question quotes.
        const QString oliver = QStringLiteral("oliver-grant-cv.md");
        const QString harborview = QStringLiteral("Harborview Systems");
        const QStringList earlier{QStringLiteral("Kestrel"), QStringLiteral("Northgate")};
        QTest::newRow("en current employer") << QStringLiteral("What is Oliver Grant's current employer?") << QStringList{oliver}
                                             << QStringList{harborview} << earlier << false;
        QTest::newRow("ko 현재 직장, English CV") << QStringLiteral("Oliver Grant의 현재 직장은?") << QStringList{oliver}
                                                 << QStringList{harborview} << earlier << false;
    }

    void phoneShape_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("phone");
        QTest::newRow("mobile with country code") << QStringLiteral("+82 10-1234-5678") << true;
        QTest::newRow("mobile") << QStringLiteral("tel. 010-1234-5678.") << true;
        QTest::newRow("mobile, dots") << QStringLiteral("010.1234.5678") << true;
        QTest::newRow("Seoul landline") << QStringLiteral("(02) 555-1234") << true;
        QTest::newRow("landline with area code") << QStringLiteral("031-555-1234") << true;
        QTest::newRow("UK mobile") << QStringLiteral("+44 7700 900123") << true;
        QTest::newRow("German mobile") << QStringLiteral("+49 151 2345 6789") << true;
        QTest::newRow("years in a row") << QStringLiteral("2018 2019 2020") << false;
        QTest::newRow("a million, spaced") << QStringLiteral("1 000 000") << false;
        QTest::newRow("a bare run of digits") << QStringLiteral("01012345678") << false;
        QTest::newRow("a bare run after a plus") << QStringLiteral("+821012345678") << false;
        QTest::newRow("an ID after a plus") << QStringLiteral("+12345678901") << false;
    }

    void phoneShape()
    {
        QFETCH(QString, line);
        QFETCH(bool, phone);
        QCOMPARE(ResumeGlossary::writesValueOf(line, QStringLiteral("phone")), phone);
        QCOMPARE(ResumeGlossary::writesValueOf(line, QStringLiteral("전화번호")), phone);
    }

    void answers()
    {
        QFETCH(bool, formats);
        Test::verifyAnswerRow(formats ? m_formats.knowledge : m_recruiter14.knowledge, Test::Cited::Only);
    }
};

QTEST_MAIN(tst_NamesAndFields)
#include "tst_namesandfields.moc"
