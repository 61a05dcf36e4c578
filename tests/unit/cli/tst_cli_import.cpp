// SPDX-License-Identifier: MIT
// Runs the built protostar-cli against a temporary database.
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_CliImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void importFolderThenReimport();
    void failedFileGivesNonZeroExit_data();
    void failedFileGivesNonZeroExit();
    void help();

private:
    QStringList db() const { return {QStringLiteral("--db"), m_dir->filePath(QStringLiteral("cli.db"))}; }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_CLI"), "run under ctest, which sets PROTOSTAR_CLI");
}

void tst_CliImport::importFolderThenReimport()
{
    const QString root = m_dir->filePath(QStringLiteral("docs"));
    Test::writeFile(root, QStringLiteral("kim.txt"), QByteArrayLiteral("이력서 - 김지원\n\n[경력]\n네이버에서 일했다.\n\n[학력]\n서울대 졸업.\n"));
    Test::writeFile(root, QStringLiteral("sub/lee.md"), QByteArrayLiteral("# Experience\n\nRan PostgreSQL at 12k TPS.\n"));

    const Test::CliRun first = Test::runCli(db() + QStringList{QStringLiteral("import"), root});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.err.contains("[1/2] kim.txt: imported (2 chunks)"), first.err.constData());
    QVERIFY2(first.err.contains("[2/2] lee.md: imported (1 chunk)"), first.err.constData());
    QVERIFY2(first.out.contains("Imported 2, unchanged 0, failed 0."), first.out.constData());

    const Test::CliRun candidates = Test::runCli(db() + QStringList{QStringLiteral("candidates")});
    QVERIFY2(QString::fromUtf8(candidates.out).contains(QStringLiteral("김지원")), candidates.out.constData());

    const Test::CliRun again = Test::runCli(db() + QStringList{QStringLiteral("import"), root});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("Imported 0, unchanged 2, failed 0."), again.out.constData());
}

void tst_CliImport::failedFileGivesNonZeroExit_data()
{
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("empty file") << QStringList() << QStringLiteral("empty.txt") << QByteArray() << QByteArray("empty.txt");
    QTest::newRow("unsupported type") << QStringList() << QStringLiteral("photo.png") << QByteArray("\x89PNG") << QByteArray("photo.png");
    QTest::newRow("over --max-size") << QStringList{QStringLiteral("--max-size"), QStringLiteral("0.001")} << QStringLiteral("big.txt")
                                     << QByteArray("긴 문장이다.\n").repeated(500) << QByteArray("limit");
}

void tst_CliImport::failedFileGivesNonZeroExit()
{
    QFETCH(QStringList, extraArgs);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, reason);
    const QString good = Test::writeFile(m_dir->path(), QStringLiteral("good.txt"), QByteArrayLiteral("짧은 문서다.\n"));
    const QString bad = Test::writeFile(m_dir->path(), fileName, content);
    const Test::CliRun run = Test::runCli(db() + QStringList{QStringLiteral("import"), QStringLiteral("--candidate"), QStringLiteral("Park")}
                                          + extraArgs + QStringList{good, bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("Imported 1, unchanged 0, failed 1."), run.out.constData());
    QVERIFY2(run.out.contains("failed: ") && run.out.contains(reason), run.out.constData());
}

void tst_CliImport::help()
{
    const Test::CliRun run = Test::runCli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--candidate"));
    QVERIFY(run.out.contains("--max-size"));
    const Test::CliRun none = Test::runCli(db() + QStringList{QStringLiteral("import")});
    QVERIFY(none.exitCode != 0);
    QVERIFY(!none.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliImport)
#include "tst_cli_import.moc"
