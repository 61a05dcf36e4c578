// SPDX-License-Identifier: MIT
// FolderWatcher with a real ImportService, real files in a temporary folder and a real SQLite file.
#include "engine/folderwatcher.h"
#include "engine/importservice.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;
using namespace std::chrono_literals;

namespace {

enum class Change { AddFile, AddInSubfolder, Rewrite, Remove, Rename };

QByteArray resume(const QString &name, const QString &line)
{
    return (QStringLiteral("# 이력서 - ") + name + QStringLiteral("\n\n## [경력사항]\n\n") + line + u'\n').toUtf8();
}

// Everything the store holds, as paths relative to `root` ("../x" for files elsewhere), sorted.
QStringList storedPaths(const QString &db, const QString &root)
{
    auto store = SqliteStore::open(db);
    if (!store)
        return {QStringLiteral("<store: %1>").arg(store.error().toString())};
    auto docs = (*store)->documents(std::nullopt);
    QStringList out;
    for (const DocumentInfo &d : docs ? *docs : QList<DocumentInfo>())
        out << QDir(root).relativeFilePath(d.path);
    out.sort();
    return out;
}

QString storedText(const QString &db, const QString &path)
{
    auto store = SqliteStore::open(db);
    if (!store)
        return {};
    for (const DocumentInfo &d : *(*store)->documents(std::nullopt)) {
        if (d.path == path)
            return (*store)->document(d.id)->text;
    }
    return {};
}

// One watcher with its importer on a database in a temporary folder.
struct Rig {
    explicit Rig(const QString &db)
    {
        config.databasePath = db;
        importer = std::make_unique<ImportService>(config);
        watcher = std::make_unique<FolderWatcher>(config, importer.get());
        watcher->setDebounceInterval(50ms);
    }
    ~Rig() { watcher.reset(); } // the watcher goes first: it holds a pointer to the importer

    EngineConfig config;
    std::unique_ptr<ImportService> importer;
    std::unique_ptr<FolderWatcher> watcher;
};

} // namespace

Q_DECLARE_METATYPE(Change)

class tst_FolderWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkImportsFolder()
    {
        QTemporaryDir tmp;
        const QString root = QDir(tmp.path()).canonicalPath() + QStringLiteral("/cv");
        Test::writeFile(root, QStringLiteral("a.md"), resume(QStringLiteral("가나다"), QStringLiteral("PostgreSQL TPS 1만")));
        Test::writeFile(root, QStringLiteral("b.txt"), resume(QStringLiteral("라마바"), QStringLiteral("Kafka 월 1,200만 건")));
        const QString db = tmp.filePath(QStringLiteral("p.db"));
        Rig rig(db);
        QSignalSpy queued(rig.watcher.get(), &FolderWatcher::filesQueued);
        QSignalSpy idle(rig.watcher.get(), &FolderWatcher::idle);

        const auto linked = rig.watcher->linkFolder(root + QStringLiteral("/./"));
        QVERIFY2(linked.ok(), qPrintable(linked.ok() ? QString() : linked.error().toString()));
        QCOMPARE(rig.watcher->folders(), QStringList{root});
        QTRY_COMPARE(storedPaths(db, root), (QStringList{u"a.md"_qs, u"b.txt"_qs}));
        QTRY_VERIFY(!rig.watcher->isBusy());
        QVERIFY(idle.count() >= 1);
        QCOMPARE(queued.count(), 1);
        QCOMPARE(queued.first().at(0).toString(), root);
        QCOMPARE(queued.first().at(2).toStringList().size(), 2);
    }

    void followsChangesOnDisk_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("removedSignals");
        QTest::newRow("new file imported") << Change::AddFile << QStringList{u"a.md"_qs, u"b.md"_qs, u"c.md"_qs} << 0;
        QTest::newRow("file in a new subfolder imported")
            << Change::AddInSubfolder << QStringList{u"a.md"_qs, u"b.md"_qs, u"sub/d.txt"_qs} << 0;
        QTest::newRow("changed file re-imported") << Change::Rewrite << QStringList{u"a.md"_qs, u"b.md"_qs} << 0;
        QTest::newRow("deleted file removed") << Change::Remove << QStringList{u"b.md"_qs} << 1;
        QTest::newRow("renamed file follows") << Change::Rename << QStringList{u"a2.md"_qs, u"b.md"_qs} << 1;
    }

    void followsChangesOnDisk()
    {
        QFETCH(Change, change);
        QFETCH(QStringList, expected);
        QFETCH(int, removedSignals);

        QTemporaryDir tmp;
        const QString root = QDir(tmp.path()).canonicalPath() + QStringLiteral("/cv");
        const QString a = Test::writeFile(root, QStringLiteral("a.md"), resume(QStringLiteral("가나다"), QStringLiteral("PostgreSQL TPS 1만")));
        Test::writeFile(root, QStringLiteral("b.md"), resume(QStringLiteral("라마바"), QStringLiteral("Kafka 월 1,200만 건")));
        const QString db = tmp.filePath(QStringLiteral("p.db"));
        Rig rig(db);
        QVERIFY(rig.watcher->linkFolder(root).ok());
        QTRY_COMPARE(storedPaths(db, root), (QStringList{u"a.md"_qs, u"b.md"_qs}));
        QTRY_VERIFY(!rig.watcher->isBusy());

        QSignalSpy changed(rig.watcher.get(), &FolderWatcher::folderChanged);
        QSignalSpy removed(rig.watcher.get(), &FolderWatcher::documentRemoved);
        switch (change) {
        case Change::AddFile:
            Test::writeFile(root, QStringLiteral("c.md"), resume(QStringLiteral("차카타"), QStringLiteral("Qt 6 데스크톱")));
            break;
        case Change::AddInSubfolder:
            Test::writeFile(root, QStringLiteral("sub/d.txt"), resume(QStringLiteral("파하"), QStringLiteral("Kubernetes 99.95%")));
            break;
        case Change::Rewrite:
            Test::writeFile(root, QStringLiteral("a.md"), resume(QStringLiteral("가나다"), QStringLiteral("PostgreSQL TPS 1만 2천, 팀 규모 8명")));
            break;
        case Change::Remove:
            QVERIFY(QFile::remove(a));
            break;
        case Change::Rename:
            QVERIFY(QFile::rename(a, QDir(root).filePath(QStringLiteral("a2.md"))));
            break;
        }

        QTRY_COMPARE(storedPaths(db, root), expected);
        if (change == Change::Rewrite)
            QTRY_VERIFY(storedText(db, a).contains(QStringLiteral("팀 규모 8명")));
        QTRY_VERIFY(!rig.watcher->isBusy());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.first().at(0).toString(), root);
        QCOMPARE(removed.count(), removedSignals);
        if (removedSignals)
            QCOMPARE(removed.first().at(1).toString(), a);
    }

    void linkedFoldersSurviveRestart()
    {
        QTemporaryDir tmp;
        const QString root = QDir(tmp.path()).canonicalPath() + QStringLiteral("/cv");
        const QString a = Test::writeFile(root, QStringLiteral("a.md"), resume(QStringLiteral("가나다"), QStringLiteral("TPS 1만")));
        Test::writeFile(root, QStringLiteral("b.md"), resume(QStringLiteral("라마바"), QStringLiteral("월 1,200만 건")));
        const QString db = tmp.filePath(QStringLiteral("p.db"));
        {
            Rig rig(db);
            QVERIFY(rig.watcher->linkFolder(root).ok());
            QTRY_COMPARE(storedPaths(db, root).size(), 2);
            QTRY_VERIFY(!rig.watcher->isBusy());
        }
        // While the app is closed: one file removed, one added, one untouched.
        QVERIFY(QFile::remove(a));
        Test::writeFile(root, QStringLiteral("c.md"), resume(QStringLiteral("차카타"), QStringLiteral("React")));

        Rig rig(db);
        QSignalSpy queued(rig.watcher.get(), &FolderWatcher::filesQueued);
        QSignalSpy folders(rig.watcher.get(), &FolderWatcher::foldersChanged);
        rig.watcher->start();
        QTRY_COMPARE(folders.count(), 1);
        QCOMPARE(rig.watcher->folders(), QStringList{root});
        QTRY_COMPARE(storedPaths(db, root), (QStringList{u"b.md"_qs, u"c.md"_qs}));
        QTRY_VERIFY(!rig.watcher->isBusy());
        QCOMPARE(queued.count(), 1);
        QCOMPARE(queued.first().at(2).toStringList(), QStringList{QDir(root).filePath(QStringLiteral("c.md"))});

        // Watching resumes after a restart, not only the start-up scan.
        Test::writeFile(root, QStringLiteral("d.md"), resume(QStringLiteral("파하"), QStringLiteral("Qt")));
        QTRY_COMPARE(storedPaths(db, root), (QStringList{u"b.md"_qs, u"c.md"_qs, u"d.md"_qs}));
    }

    void unchangedFolderQueuesNothingOnStart()
    {
        QTemporaryDir tmp;
        const QString root = QDir(tmp.path()).canonicalPath() + QStringLiteral("/cv");
        Test::writeFile(root, QStringLiteral("a.md"), resume(QStringLiteral("가나다"), QStringLiteral("TPS 1만")));
        const QString db = tmp.filePath(QStringLiteral("p.db"));
        {
            Rig rig(db);
            QVERIFY(rig.watcher->linkFolder(root).ok());
            QTRY_COMPARE(storedPaths(db, root).size(), 1);
            QTRY_VERIFY(!rig.watcher->isBusy());
        }
        Rig rig(db);
        QSignalSpy queued(rig.watcher.get(), &FolderWatcher::filesQueued);
        QSignalSpy finished(rig.watcher.get(), &FolderWatcher::scanFinished);
        rig.watcher->start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toInt(), 0);
        QCOMPARE(finished.first().at(2).toInt(), 0);
        QCOMPARE(queued.count(), 0);
    }

    void unlinkKeepsDocumentsAndStopsWatching()
    {
        QTemporaryDir tmp;
        const QString base = QDir(tmp.path()).canonicalPath();
        const QString one = base + QStringLiteral("/one");
        const QString two = base + QStringLiteral("/two");
        Test::writeFile(one, QStringLiteral("a.md"), resume(QStringLiteral("가나다"), QStringLiteral("TPS 1만")));
        Test::writeFile(two, QStringLiteral("b.md"), resume(QStringLiteral("라마바"), QStringLiteral("월 1,200만 건")));
        const QString db = tmp.filePath(QStringLiteral("p.db"));
        Rig rig(db);
        QVERIFY(rig.watcher->linkFolder(one).ok());
        QVERIFY(rig.watcher->linkFolder(two).ok());
        QTRY_COMPARE(storedPaths(db, base), (QStringList{u"one/a.md"_qs, u"two/b.md"_qs}));
        QTRY_VERIFY(!rig.watcher->isBusy());

        rig.watcher->unlinkFolder(one);
        QCOMPARE(rig.watcher->folders(), QStringList{two});
        // Both folders change together; once the linked one's file is in, the unlinked one's would be too.
        Test::writeFile(one, QStringLiteral("c.md"), resume(QStringLiteral("차카타"), QStringLiteral("React")));
        Test::writeFile(two, QStringLiteral("d.md"), resume(QStringLiteral("파하"), QStringLiteral("Qt")));
        QTRY_VERIFY(storedPaths(db, base).contains(u"two/d.md"_qs));
        QTRY_VERIFY(!rig.watcher->isBusy());
        QCOMPARE(storedPaths(db, base), (QStringList{u"one/a.md"_qs, u"two/b.md"_qs, u"two/d.md"_qs}));

        auto store = SqliteStore::open(db);
        QVERIFY(store.ok());
        QCOMPARE(*(*store)->value(FolderWatcher::settingsKey(), QString()), QStringLiteral("[\"%1\"]").arg(two));
    }

    void linkRejectsWhatIsNotAFolder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("createAsFile");
        QTest::newRow("missing path") << QStringLiteral("nowhere") << false;
        QTest::newRow("a file, not a folder") << QStringLiteral("cv.md") << true;
    }

    void linkRejectsWhatIsNotAFolder()
    {
        QFETCH(QString, name);
        QFETCH(bool, createAsFile);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(name);
        if (createAsFile)
            Test::writeFile(tmp.path(), name, resume(QStringLiteral("가나다"), QStringLiteral("x")));
        Rig rig(tmp.filePath(QStringLiteral("p.db")));
        QSignalSpy folders(rig.watcher.get(), &FolderWatcher::foldersChanged);
        const auto r = rig.watcher->linkFolder(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(r.error().message.contains(path));
        QVERIFY(rig.watcher->folders().isEmpty());
        QCOMPARE(folders.count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_FolderWatcher)
#include "tst_folderwatcher.moc"
