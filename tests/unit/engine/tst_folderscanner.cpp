// SPDX-License-Identifier: MIT
// FolderScanner against real files in a temporary folder and a real SQLite store.
#include "engine/documentimporter.h"
#include "engine/folderscanner.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

enum class Change { None, AddFile, AddInSubfolder, Grow, RewriteSameSize, TouchSameBytes, Remove, Rename, AddIgnored, RemoveInSibling };

QByteArray resume(const QString &name, const QString &line)
{
    return (QStringLiteral("# 이력서 - ") + name + QStringLiteral("\n\n## [경력사항]\n\n") + line + u'\n').toUtf8();
}

QStringList relative(const QString &root, const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        out << QDir(root).relativeFilePath(p);
    out.sort();
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Change)

class tst_FolderScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsChanges_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QStringList>("toImport");
        QTest::addColumn<QStringList>("removed");

        QTest::newRow("nothing changed: nothing queued") << Change::None << QStringList() << QStringList();
        QTest::newRow("new file queued") << Change::AddFile << QStringList{u"c.md"_qs} << QStringList();
        QTest::newRow("new file in a new subfolder queued") << Change::AddInSubfolder << QStringList{u"sub/d.txt"_qs} << QStringList();
        QTest::newRow("file grew: queued") << Change::Grow << QStringList{u"a.md"_qs} << QStringList();
        QTest::newRow("same size, new bytes: queued") << Change::RewriteSameSize << QStringList{u"b.md"_qs} << QStringList();
        QTest::newRow("rewritten with the same bytes: skipped") << Change::TouchSameBytes << QStringList() << QStringList();
        QTest::newRow("deleted file removed from store") << Change::Remove << QStringList() << QStringList{u"a.md"_qs};
        QTest::newRow("renamed file: old removed, new queued") << Change::Rename << QStringList{u"a2.md"_qs} << QStringList{u"a.md"_qs};
        QTest::newRow("lock, hidden and unsupported files ignored") << Change::AddIgnored << QStringList() << QStringList();
        QTest::newRow("sibling folder with the same prefix untouched") << Change::RemoveInSibling << QStringList() << QStringList();
    }

    void detectsChanges()
    {
        QFETCH(Change, change);
        QFETCH(QStringList, toImport);
        QFETCH(QStringList, removed);

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.filePath(QStringLiteral("linked"));
        const QString sibling = tmp.filePath(QStringLiteral("linked-old"));
        const QString a = Test::writeFile(root, QStringLiteral("a.md"), resume(QStringLiteral("가나다"), QStringLiteral("PostgreSQL TPS 1만 운영")));
        const QString b = Test::writeFile(root, QStringLiteral("b.md"), resume(QStringLiteral("라마바"), QStringLiteral("Kafka 월 1,200만 건")));
        const QString x = Test::writeFile(sibling, QStringLiteral("x.md"), resume(QStringLiteral("사아자"), QStringLiteral("React 팀 규모 8명")));

        auto store = SqliteStore::open(tmp.filePath(QStringLiteral("p.db")));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        DocumentImporter importer(**store);
        const auto outcomes = importer.importPaths({root, sibling});
        QCOMPARE(DocumentImporter::summarize(outcomes).imported, 3);

        switch (change) {
        case Change::None:
            break;
        case Change::AddFile:
            Test::writeFile(root, QStringLiteral("c.md"), resume(QStringLiteral("차카타"), QStringLiteral("Qt 6")));
            break;
        case Change::AddInSubfolder:
            Test::writeFile(root, QStringLiteral("sub/d.txt"), resume(QStringLiteral("파하"), QStringLiteral("Kubernetes 99.95%")));
            break;
        case Change::Grow:
            Test::writeFile(root, QStringLiteral("a.md"), resume(QStringLiteral("가나다"), QStringLiteral("PostgreSQL TPS 1만 2천 운영")));
            break;
        case Change::RewriteSameSize:
            Test::writeFile(root, QStringLiteral("b.md"), resume(QStringLiteral("라마바"), QStringLiteral("Kafka 월 1,300만 건")));
            break;
        case Change::TouchSameBytes:
            Test::writeFile(root, QStringLiteral("b.md"), resume(QStringLiteral("라마바"), QStringLiteral("Kafka 월 1,200만 건")));
            break;
        case Change::Remove:
            QVERIFY(QFile::remove(a));
            break;
        case Change::Rename:
            QVERIFY(QFile::rename(a, QDir(root).filePath(QStringLiteral("a2.md"))));
            break;
        case Change::AddIgnored:
            Test::writeFile(root, QStringLiteral("~$a.md"), "lock");
            Test::writeFile(root, QStringLiteral(".hidden.md"), resume(QStringLiteral("숨김"), QStringLiteral("x")));
            Test::writeFile(root, QStringLiteral("photo.jpg"), "\xff\xd8\xff");
            break;
        case Change::RemoveInSibling:
            QVERIFY(QFile::remove(x));
            break;
        }

        const std::atomic_bool cancelled = false;
        const FolderScan scan = FolderScanner::scan(**store, root, cancelled);
        QVERIFY2(!scan.error, qPrintable(scan.error ? scan.error->toString() : QString()));
        QCOMPARE(relative(root, scan.toImport), toImport);
        QStringList removedPaths;
        for (const auto &r : scan.removed)
            removedPaths << r.second;
        QCOMPARE(relative(root, removedPaths), removed);
        QVERIFY(scan.directories.contains(root));

        // What the scan reports as removed is really gone from the store, and nothing else is.
        auto docs = (*store)->documents(std::nullopt);
        QVERIFY(docs.ok());
        QCOMPARE(docs->size(), 3 - removed.size());
        for (const DocumentInfo &doc : std::as_const(*docs))
            QVERIFY2(!removedPaths.contains(doc.path), qPrintable(doc.path));
    }

    void missingFolderKeepsDocuments()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("usb"));
        Test::writeFile(root, QStringLiteral("a.md"), resume(QStringLiteral("가나다"), QStringLiteral("TPS 1만")));
        auto store = SqliteStore::open(tmp.filePath(QStringLiteral("p.db")));
        QVERIFY(store.ok());
        DocumentImporter importer(**store);
        QCOMPARE(DocumentImporter::summarize(importer.importPaths({root})).imported, 1);
        QVERIFY(QDir(root).removeRecursively());

        const std::atomic_bool cancelled = false;
        const FolderScan scan = FolderScanner::scan(**store, root, cancelled);
        QVERIFY(scan.error.has_value());
        QCOMPARE(scan.error->code, ErrorCode::NotFound);
        QVERIFY(scan.error->message.contains(root));
        QVERIFY(scan.removed.isEmpty());
        QCOMPARE((*store)->documents(std::nullopt)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_FolderScanner)
#include "tst_folderscanner.moc"
