// SPDX-License-Identifier: MIT
// The bundled demo corpus: where it is found, and that it imports as the candidates its README promises.
#include "engine/democorpus.h"
#include "engine/documentimporter.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

class tst_DemoCorpus : public QObject
{
    Q_OBJECT

private:
    static QString sourceDemoDir()
    {
        return QDir::cleanPath(qEnvironmentVariable("PROTOSTAR_SOURCE_DIR") + QStringLiteral("/resources/demo"));
    }

    static QString fileText(const QString &name)
    {
        QFile f(QDir(sourceDemoDir()).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

private Q_SLOTS:
    void init() { qunsetenv("PROTOSTAR_DEMO_DIR"); }
    void cleanup() { qunsetenv("PROTOSTAR_DEMO_DIR"); }

    void directoryFromBuildTreeIsSourceTree()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROTOSTAR_SOURCE_DIR"), "run under ctest (PROTOSTAR_SOURCE_DIR)");
        QCOMPARE(DemoCorpus::directory(), sourceDemoDir());
    }

    void environmentOverrides()
    {
        QTemporaryDir tmp;
        Test::writeFile(tmp.path(), QStringLiteral("a.md"), "# 이력서 - 가나다\n\n본문\n");
        Test::writeFile(tmp.path(), QStringLiteral("README.md"), "# about\n");
        Test::writeFile(tmp.path(), QStringLiteral("logo.png"), "\x89PNG");
        qputenv("PROTOSTAR_DEMO_DIR", tmp.path().toUtf8());
        QCOMPARE(DemoCorpus::directory(), QDir(tmp.path()).absolutePath());
        const auto files = DemoCorpus::files();
        QVERIFY(files.ok());
        QCOMPARE(*files, QStringList{QDir(tmp.path()).filePath(QStringLiteral("a.md"))});
    }

    void missingDirectoryIsAnActionableError()
    {
        QTemporaryDir tmp;
        qputenv("PROTOSTAR_DEMO_DIR", tmp.filePath(QStringLiteral("nowhere")).toUtf8());
        QVERIFY(DemoCorpus::directory().isEmpty());
        const auto files = DemoCorpus::files();
        QVERIFY(!files.ok());
        QCOMPARE(files.error().code, ErrorCode::NotFound);
        QVERIFY(files.error().message.contains(QLatin1String("PROTOSTAR_DEMO_DIR")));
    }

    void filesExcludeReadme()
    {
        const auto files = DemoCorpus::files();
        QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().toString()));
        QCOMPARE(files->size(), 7);
        int txt = 0;
        for (const QString &f : *files) {
            QVERIFY(QFileInfo(f).isAbsolute());
            QVERIFY2(QFileInfo(f).fileName() != QLatin1String("README.md"), qPrintable(f));
            txt += f.endsWith(QLatin1String(".txt"));
        }
        QCOMPARE(txt, 2);
    }

    void readmeSaysFictional()
    {
        const QString readme = fileText(QStringLiteral("README.md"));
        QVERIFY(readme.contains(QLatin1String("fictional")));
        QVERIFY(readme.contains(QStringLiteral("PostgreSQL을 10k TPS 이상 운영한 사람은?")));
        QVERIFY(readme.contains(QStringLiteral("김지원의 직전 회사 성과는?")));
    }

    void importsAsPromisedCandidates_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<int>("documents");
        QTest::newRow("김지원: 이력서 and 경력기술서") << QStringLiteral("김지원") << 2;
        QTest::newRow("박서준: plain-text 경력기술서") << QStringLiteral("박서준") << 1;
        QTest::newRow("이하은") << QStringLiteral("이하은") << 1;
        QTest::newRow("최민호") << QStringLiteral("최민호") << 1;
        QTest::newRow("Jane Park: em-dash title") << QStringLiteral("Jane Park") << 1;
        QTest::newRow("Daniel Cho: plain-text résumé") << QStringLiteral("Daniel Cho") << 1;
    }

    void importsAsPromisedCandidates()
    {
        QFETCH(QString, candidate);
        QFETCH(int, documents);
        auto store = SqliteStore::open(QStringLiteral(":memory:"));
        QVERIFY(store.ok());
        DocumentImporter importer(**store);
        const auto files = DemoCorpus::files();
        QVERIFY(files.ok());
        const auto outcomes = importer.importPaths(*files);
        for (const ImportOutcome &o : outcomes)
            QVERIFY2(o.status == ImportOutcome::Status::Imported, qPrintable(o.path + u": " + o.message));
        const auto all = (*store)->candidates();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 6);
        const auto found = (*store)->candidateByName(candidate);
        QVERIFY(found.ok());
        QVERIFY2(found->has_value(), qPrintable(candidate));
        QCOMPARE((*found)->documentCount, documents);
    }

    // The README's sample answers quote these figures; they must be in the documents verbatim.
    void sampleAnswerFiguresAreVerbatim_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("figure");
        QTest::newRow("TPS 1만 2천") << QStringLiteral("kim-jiwon-resume.md") << QStringLiteral("피크 TPS 1만 2천");
        QTest::newRow("월 1,200만 건") << QStringLiteral("kim-jiwon-career.md") << QStringLiteral("월 1,200만 건 처리");
        QTest::newRow("직전 회사 heading") << QStringLiteral("kim-jiwon-resume.md") << QStringLiteral("백엔드 리드 · 직전 회사");
        QTest::newRow("99.95% availability") << QStringLiteral("park-seojun-career.txt") << QStringLiteral("가용성 99.95%");
        QTest::newRow("팀 규모 8명") << QStringLiteral("park-seojun-career.txt") << QStringLiteral("팀 규모 8명");
        QTest::newRow("연봉 희망 5,500만원") << QStringLiteral("lee-haeun-resume.md") << QStringLiteral("연봉 희망 5,500만원");
        QTest::newRow("4,000 TPS near miss") << QStringLiteral("daniel-cho-resume.txt") << QStringLiteral("4,000 TPS");
        QTest::newRow("3.8 s to 1.2 s") << QStringLiteral("jane-park-resume.md") << QStringLiteral("from 3.8 s to 1.2 s");
        QTest::newRow("top-5 재현율 0.91") << QStringLiteral("choi-minho-career.md") << QStringLiteral("top-5 재현율 0.91");
    }

    void sampleAnswerFiguresAreVerbatim()
    {
        QFETCH(QString, file);
        QFETCH(QString, figure);
        const QString text = fileText(file);
        QVERIFY2(!text.isEmpty(), qPrintable(file));
        QVERIFY2(text.contains(figure), qPrintable(file + u": " + figure));
    }
};

QTEST_GUILESS_MAIN(tst_DemoCorpus)
#include "tst_democorpus.moc"
