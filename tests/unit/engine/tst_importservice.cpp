// SPDX-License-Identifier: MIT
#include "engine/importservice.h"
#include "store/sqlitestore.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;
using Status = ImportOutcome::Status;

class tst_ImportService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void signalsOfABatch();
    void cancelDropsQueuedBatch();
    void destructorJoinsMidBatch();
    void resumesPendingFilesAfterCrash();

private:
    QString writeFiles(const QString &folder, int count);
    std::unique_ptr<QTemporaryDir> m_dir;
    EngineConfig m_config;
};

void tst_ImportService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config.databasePath = m_dir->filePath(QStringLiteral("store.db"));
}

QString tst_ImportService::writeFiles(const QString &folder, int count)
{
    const QString root = m_dir->filePath(folder);
    for (int i = 0; i < count; ++i)
        Test::writeFile(root, QStringLiteral("%1.txt").arg(i, 3, 10, QLatin1Char('0')),
                        QStringLiteral("[경력]\n%1번 회사에서 서버를 개발했다.\n").arg(i).toUtf8());
    return root;
}

void tst_ImportService::signalsOfABatch()
{
    const QString root = writeFiles(QStringLiteral("in"), 3);
    Test::writeFile(root, QStringLiteral("zz-empty.txt"), QByteArray());
    ImportService service(m_config);
    QSignalSpy started(&service, &ImportService::batchStarted);
    QSignalSpy fileStarted(&service, &ImportService::fileStarted);
    QSignalSpy finished(&service, &ImportService::fileFinished);
    QSignalSpy stored(&service, &ImportService::documentStored);
    QSignalSpy done(&service, &ImportService::batchFinished);
    const int id = service.importPaths({root}, QStringLiteral("Kim"));
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toInt(), id);
    QCOMPARE(started.first().at(1).toInt(), 4);
    QCOMPARE(fileStarted.size(), 4);
    QCOMPARE(finished.size(), 4);
    QCOMPARE(stored.size(), 3);
    const auto last = finished.last().at(1).value<ImportOutcome>();
    QCOMPARE(last.status, Status::Failed);
    QVERIFY(!last.message.isEmpty());
    const auto summary = done.first().at(1).value<ImportSummary>();
    QCOMPARE(done.first().at(0).toInt(), id);
    QCOMPARE(summary.imported, 3);
    QCOMPARE(summary.failed, 1);
    // The batch finished normally, so nothing is left to resume.
    auto store = SqliteStore::open(m_config.databasePath);
    QVERIFY(store.ok());
    QCOMPARE((*store)->value(ImportService::pendingKey(), QString()).value(), QString());
    QCOMPARE((*store)->documents(std::nullopt).value().size(), 3);
}

void tst_ImportService::cancelDropsQueuedBatch()
{
    const QString first = writeFiles(QStringLiteral("first"), 20);
    const QString second = writeFiles(QStringLiteral("second"), 5);
    ImportService service(m_config);
    QSignalSpy done(&service, &ImportService::batchFinished);
    QSignalSpy finished(&service, &ImportService::fileFinished);
    service.importPaths({first});
    const int queued = service.importPaths({second});
    // The second batch cannot have started: it waits behind twenty files.
    service.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 30000);
    const auto s1 = done.at(0).at(1).value<ImportSummary>();
    const auto s2 = done.at(1).at(1).value<ImportSummary>();
    QCOMPARE(done.at(1).at(0).toInt(), queued);
    QCOMPARE(s1.imported + s1.cancelled, 20);
    QCOMPARE(s2.cancelled, 5);
    QCOMPARE(s2.imported, 0);
    QCOMPARE(finished.size(), 25); // every file gets a row, cancelled ones too
    auto store = SqliteStore::open(m_config.databasePath);
    QVERIFY(store.ok());
    QCOMPARE((*store)->documents(std::nullopt).value().size(), s1.imported); // no half-stored file
    QCOMPARE((*store)->value(ImportService::pendingKey(), QString()).value(), QString());
}

void tst_ImportService::destructorJoinsMidBatch()
{
    const QString root = writeFiles(QStringLiteral("many"), 30);
    {
        ImportService service(m_config);
        QSignalSpy finished(&service, &ImportService::fileFinished);
        service.importPaths({root}, QStringLiteral("Lee"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 30000);
    } // must cancel and join without crashing or hanging
    auto store = SqliteStore::open(m_config.databasePath);
    QVERIFY(store.ok());
    const auto docs = (*store)->documents(std::nullopt).value();
    QVERIFY(!docs.isEmpty());
    for (const DocumentInfo &d : docs)
        QCOMPARE((*store)->chunks(d.id).value().size(), d.chunkCount);
    // Files cut off by shutdown stay pending for the next start.
    ImportService next(m_config);
    QCOMPARE(next.pendingFromLastRun().size(), 30 - docs.size());
}

void tst_ImportService::resumesPendingFilesAfterCrash()
{
    const QString root = writeFiles(QStringLiteral("crash"), 3);
    const QStringList files{root + QStringLiteral("/000.txt"), root + QStringLiteral("/001.txt"), root + QStringLiteral("/002.txt")};
    {
        // What a process that died mid-batch leaves behind.
        auto store = SqliteStore::open(m_config.databasePath);
        QVERIFY(store.ok());
        const QJsonObject pending{{QStringLiteral("candidate"), QStringLiteral("Choi")}, {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
        QVERIFY((*store)->setValue(ImportService::pendingKey(), QString::fromUtf8(QJsonDocument(pending).toJson())).ok());
    }
    ImportService service(m_config);
    QCOMPARE(service.pendingFromLastRun(), files);
    QSignalSpy done(&service, &ImportService::batchFinished);
    const int id = service.resumePending();
    QVERIFY(id > 0);
    QCOMPARE(service.pendingFromLastRun(), QStringList());
    QCOMPARE(service.resumePending(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
    QCOMPARE(done.first().at(1).value<ImportSummary>().imported, 3);
    auto store = SqliteStore::open(m_config.databasePath);
    QVERIFY(store.ok());
    const auto choi = (*store)->candidateByName(QStringLiteral("Choi")).value();
    QVERIFY(choi.has_value());
    QCOMPARE(choi->documentCount, 3);
    QCOMPARE((*store)->value(ImportService::pendingKey(), QString()).value(), QString());
}

QTEST_GUILESS_MAIN(tst_ImportService)
#include "tst_importservice.moc"
