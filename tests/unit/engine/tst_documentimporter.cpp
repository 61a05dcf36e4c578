// SPDX-License-Identifier: MIT
#include "engine/documentimporter.h"
#include "ingest/candidatenamefinder.h"
#include "store/sqlitestore.h"

#include "documentfixtures.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;
using Status = ImportOutcome::Status;

namespace {

const QByteArray kResume = QByteArrayLiteral("이력서 - 김지원\n\n[경력사항]\n네이버에서 검색 서버를 운영했다.\n\n[학력]\n서울대학교 졸업.\n");

// Everything the store holds, as text, to check that a failed import changed nothing.
QString snapshot(Store &store)
{
    QStringList out;
    // Held in locals: a range-for over value() of a temporary Result would dangle.
    const QList<Candidate> candidates = store.candidates().value();
    const QList<DocumentInfo> documents = store.documents(std::nullopt).value();
    const QList<ChunkRef> chunks = store.allChunks().value();
    for (const Candidate &c : candidates)
        out << QStringLiteral("candidate %1 docs=%2 chunks=%3").arg(c.name).arg(c.documentCount).arg(c.chunkCount);
    for (const DocumentInfo &d : documents)
        out << QStringLiteral("document %1 %2 %3").arg(d.path, QString::fromLatin1(d.sha256)).arg(d.chunkCount);
    for (const ChunkRef &r : chunks)
        out << QStringLiteral("chunk %1 %2 %3").arg(r.chunk.documentId).arg(r.chunk.headingPath.join(u'>'), r.chunk.text);
    return out.join(u'\n');
}

} // namespace

class tst_DocumentImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void candidateFromTitleLine_data();
    void candidateFromTitleLine();
    void candidateChoice_data();
    void candidateChoice();
    void reimportUnchangedIsNoOp();
    void changedFileReplacesChunks();
    void deleteCandidateRemovesEveryTrace();
    void folderWithBadFileAmongGoodOnes();
    void badInputLeavesStoreUnchanged_data();
    void badInputLeavesStoreUnchanged();
    void cancelStopsBeforeNextFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

void tst_DocumentImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = SqliteStore::open(m_dir->filePath(QStringLiteral("store.db")));
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().toString()));
    m_store = std::move(store).value();
}

void tst_DocumentImporter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_DocumentImporter::candidateFromTitleLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");
    QTest::newRow("이력서 - name") << QStringLiteral("이력서 - 김지원") << QStringLiteral("김지원");
    QTest::newRow("name 이력서") << QStringLiteral("김지원 이력서") << QStringLiteral("김지원");
    QTest::newRow("name의 경력기술서") << QStringLiteral("박서준의 경력기술서") << QStringLiteral("박서준");
    QTest::newRow("성명 label") << QStringLiteral("성명: 김지원") << QStringLiteral("김지원");
    QTest::newRow("성명 label with hanja") << QStringLiteral("성 명 : 이민호 (李敏鎬)") << QStringLiteral("이민호");
    QTest::newRow("bracketed 이력서") << QStringLiteral("[이력서] 최유진") << QStringLiteral("최유진");
    QTest::newRow("English em dash") << QStringLiteral("Jane Doe — Résumé") << QStringLiteral("Jane Doe");
    QTest::newRow("Curriculum Vitae colon") << QStringLiteral("Curriculum Vitae: John Smith") << QStringLiteral("John Smith");
    QTest::newRow("Resume of") << QStringLiteral("Resume of Mary Ann Lee") << QStringLiteral("Mary Ann Lee");
    QTest::newRow("Name label") << QStringLiteral("Name: Alex Kim") << QStringLiteral("Alex Kim");
    QTest::newRow("no keyword is no name") << QStringLiteral("Senior Backend Engineer") << QString();
    QTest::newRow("heading is no name") << QStringLiteral("경력사항") << QString();
    QTest::newRow("keyword without a name") << QStringLiteral("이력서") << QString();
    QTest::newRow("keyword with a sentence") << QStringLiteral("이력서 작성 요령과 주의 사항 안내") << QString();
}

void tst_DocumentImporter::candidateFromTitleLine()
{
    QFETCH(QString, line);
    QFETCH(QString, name);
    QCOMPARE(CandidateNameFinder::fromTitleLine(line), name);
}

void tst_DocumentImporter::candidateChoice_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("candidate");
    QTest::newRow("name from title line") << QStringLiteral("resume.txt") << kResume << QString() << QStringLiteral("김지원");
    QTest::newRow("--candidate wins") << QStringLiteral("resume.txt") << kResume << QStringLiteral("Kim") << QStringLiteral("Kim");
    QTest::newRow("file base name otherwise") << QStringLiteral("hong.gildong.md") << QByteArray("# Skills\n\nC++ and Qt.\n") << QString()
                                              << QStringLiteral("hong.gildong");
    // A bare name as the title is trusted only with a contact line under it, and only when shaped like a name.
    QTest::newRow("bare Latin name over an e-mail")
        << QStringLiteral("es.md") << QByteArray("# Emily Stone\n\nProduct Designer · Seoul · emily.stone@example.org\n\n## Summary\nEight years.\n")
        << QString() << QStringLiteral("Emily Stone");
    QTest::newRow("bare Korean name over a phone")
        << QStringLiteral("hg.txt") << QByteArray("홍길동\n\n연락처: 010-1234-5678\n\n경력\n검색 서버를 운영했다.\n") << QString()
        << QStringLiteral("홍길동");
    QTest::newRow("bare name without contact line")
        << QStringLiteral("story.md") << QByteArray("# Emily Stone\n\nA short story about a designer.\n") << QString()
        << QStringLiteral("story");
    QTest::newRow("job title over an e-mail")
        << QStringLiteral("role.md") << QByteArray("# Senior Backend Engineer\n\njane@example.org\n\nGo and Kafka.\n") << QString()
        << QStringLiteral("role");
    QTest::newRow("Korean heading over an e-mail")
        << QStringLiteral("contact.txt") << QByteArray("연락처\n\nkim@example.com\n\n경력사항\n검색 서버를 운영했다.\n") << QString()
        << QStringLiteral("contact");
    QTest::newRow("Korean section word over a phone")
        << QStringLiteral("career.txt") << QByteArray("경력사항\n\n010-2222-3333\n\n검색 서버를 운영했다.\n") << QString()
        << QStringLiteral("career");
}

void tst_DocumentImporter::candidateChoice()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, option);
    QFETCH(QString, candidate);
    const QString path = Test::writeFile(m_dir->path(), fileName, content);
    DocumentImporter importer(*m_store, ImportOptions{option, 50ll << 20, {}});
    const ImportOutcome o = importer.importFile(path);
    QCOMPARE(o.status, Status::Imported);
    QCOMPARE(o.candidate, candidate);
    const auto stored = m_store->candidateByName(candidate).value();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->documentCount, 1);
    const auto docs = m_store->documents(stored->id).value();
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.first().chunkCount, o.chunkCount);
}

void tst_DocumentImporter::reimportUnchangedIsNoOp()
{
    const QString path = Test::writeFile(m_dir->path(), QStringLiteral("kim.txt"), kResume);
    DocumentImporter importer(*m_store);
    const ImportOutcome first = importer.importFile(path);
    QCOMPARE(first.status, Status::Imported);
    QCOMPARE(first.chunkCount, 2);
    const QString before = snapshot(*m_store);
    const ImportOutcome second = importer.importFile(path);
    QCOMPARE(second.status, Status::Unchanged);
    QCOMPARE(second.documentId, first.documentId);
    QCOMPARE(snapshot(*m_store), before);
}

void tst_DocumentImporter::changedFileReplacesChunks()
{
    const QString path = Test::writeFile(m_dir->path(), QStringLiteral("kim.txt"), kResume);
    DocumentImporter importer(*m_store);
    QCOMPARE(importer.importFile(path).status, Status::Imported);
    Test::writeFile(m_dir->path(), QStringLiteral("kim.txt"),
                    QByteArrayLiteral("이력서 - 김지원\n\n[경력사항]\n카카오에서 결제 API를 설계했다.\n"));
    const ImportOutcome again = importer.importFile(path);
    QCOMPARE(again.status, Status::Imported);
    const auto docs = m_store->documents(std::nullopt).value();
    QCOMPARE(docs.size(), 1);
    QCOMPARE(docs.first().id, again.documentId);
    const auto chunks = m_store->chunks(again.documentId).value();
    QCOMPARE(chunks.size(), 1);
    QCOMPARE(chunks.first().text, QStringLiteral("카카오에서 결제 API를 설계했다."));
    QCOMPARE(m_store->allChunks().value().size(), 1); // the old chunks are gone
}

void tst_DocumentImporter::deleteCandidateRemovesEveryTrace()
{
    const QString empty = snapshot(*m_store);
    Test::writeFile(m_dir->path(), QStringLiteral("in/a.txt"), kResume);
    Test::writeFile(m_dir->path(), QStringLiteral("in/b.md"), QByteArrayLiteral("# 포트폴리오\n\n검색 엔진을 만들었다.\n"));
    DocumentImporter importer(*m_store, ImportOptions{QStringLiteral("김지원"), 50ll << 20, {}});
    const auto outcomes = importer.importPaths({m_dir->filePath(QStringLiteral("in"))});
    QCOMPARE(DocumentImporter::summarize(outcomes).imported, 2);
    const auto candidate = m_store->candidateByName(QStringLiteral("김지원")).value();
    QVERIFY(candidate.has_value());
    QVERIFY(m_store->deleteCandidate(candidate->id).ok());
    QCOMPARE(snapshot(*m_store), empty);
}

void tst_DocumentImporter::folderWithBadFileAmongGoodOnes()
{
    const QString root = m_dir->filePath(QStringLiteral("folder"));
    Test::writeFile(root, QStringLiteral("a-good.md"), QByteArrayLiteral("# 경력\n\n쿠팡에서 주문 시스템을 개발했다.\n"));
    Test::writeFile(root, QStringLiteral("b-empty.txt"), QByteArray());
    Test::writeFile(root, QStringLiteral("c-corrupt.pdf"), QByteArrayLiteral("%PDF-1.7\nthis is not really a pdf"));
    Test::writeFile(root, QStringLiteral("d-notes.xyz"), QByteArrayLiteral("skipped inside a folder"));
    Test::writeFile(root, QStringLiteral(".hidden.txt"), QByteArrayLiteral("hidden files are skipped."));
    Test::writeFile(root, QStringLiteral(".git/config.txt"), QByteArrayLiteral("hidden folders are skipped."));
    Test::writeDocx(root + QStringLiteral("/sub"), QStringLiteral("e-good.docx"),
                    {Test::heading(1, QStringLiteral("Experience")), Test::para(QStringLiteral("Ran PostgreSQL at 12k TPS."))});

    DocumentImporter importer(*m_store, ImportOptions{QStringLiteral("Lee"), 50ll << 20, {}});
    QStringList progress;
    const auto outcomes = importer.importPaths({root}, [&](int index, int total, const ImportOutcome &o) {
        progress << QStringLiteral("%1/%2 %3").arg(index).arg(total).arg(QFileInfo(o.path).fileName());
    });
    QCOMPARE(progress, (QStringList{QStringLiteral("1/4 a-good.md"), QStringLiteral("2/4 b-empty.txt"), QStringLiteral("3/4 c-corrupt.pdf"),
                                    QStringLiteral("4/4 e-good.docx")}));
    QCOMPARE(outcomes[0].status, Status::Imported);
    QCOMPARE(outcomes[1].status, Status::Failed);
    QCOMPARE(outcomes[2].status, Status::Failed);
    QCOMPARE(outcomes[3].status, Status::Imported);
    QVERIFY(!outcomes[1].message.isEmpty());
    QVERIFY(!outcomes[2].message.isEmpty());
    const auto summary = DocumentImporter::summarize(outcomes);
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.failed, 2);
    const auto docx = m_store->chunks(outcomes[3].documentId).value();
    QCOMPARE(docx.size(), 1);
    QCOMPARE(docx.first().headingPath, QStringList{QStringLiteral("Experience")});
}

void tst_DocumentImporter::badInputLeavesStoreUnchanged_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("maxBytes");
    QTest::newRow("empty file") << QStringLiteral("empty.txt") << QByteArray() << qint64(1 << 20);
    QTest::newRow("whitespace only") << QStringLiteral("blank.md") << QByteArray("\n  \n\t\n") << qint64(1 << 20);
    QTest::newRow("binary content") << QStringLiteral("binary.txt") << QByteArray("\x00\x01\x02\xff\xfe\x00ELF\x00\x00", 11).repeated(50)
                                    << qint64(1 << 20);
    QTest::newRow("corrupt pdf") << QStringLiteral("broken.pdf") << QByteArray("%PDF-1.4\n1 0 obj <<") << qint64(1 << 20);
    QTest::newRow("corrupt docx") << QStringLiteral("broken.docx") << QByteArray("PK\x03\x04 truncated zip") << qint64(1 << 20);
    QTest::newRow("unsupported type named explicitly") << QStringLiteral("photo.jpg") << QByteArray("\xff\xd8\xff\xe0") << qint64(1 << 20);
    QTest::newRow("over the size limit") << QStringLiteral("big.txt") << QByteArray("가나다라 마바사.\n").repeated(200) << qint64(1000);
    QTest::newRow("missing file") << QStringLiteral("") << QByteArray() << qint64(1 << 20);
}

void tst_DocumentImporter::badInputLeavesStoreUnchanged()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(qint64, maxBytes);
    // Something is stored already, so "unchanged" means more than "still empty".
    DocumentImporter seed(*m_store);
    QCOMPARE(seed.importFile(Test::writeFile(m_dir->path(), QStringLiteral("seed.txt"), kResume)).status, Status::Imported);
    const QString before = snapshot(*m_store);

    const QString path = fileName.isEmpty() ? m_dir->filePath(QStringLiteral("does-not-exist.txt"))
                                            : Test::writeFile(m_dir->path(), fileName, content);
    DocumentImporter importer(*m_store, ImportOptions{QString(), maxBytes, {}});
    const ImportOutcome o = importer.importFile(path);
    QCOMPARE(o.status, Status::Failed);
    QVERIFY2(!o.message.isEmpty(), "a failure needs a message the user can act on");
    QVERIFY2(o.message.contains(QFileInfo(path).fileName()), qPrintable(o.message));
    QCOMPARE(snapshot(*m_store), before);
    // Under an explicit new candidate too: a failed file must not leave an empty candidate behind.
    DocumentImporter named(*m_store, ImportOptions{QStringLiteral("New Person"), maxBytes, {}});
    QCOMPARE(named.importFile(path).status, Status::Failed);
    QCOMPARE(snapshot(*m_store), before);
}

void tst_DocumentImporter::cancelStopsBeforeNextFile()
{
    for (int i = 0; i < 3; ++i)
        Test::writeFile(m_dir->filePath(QStringLiteral("c")), QStringLiteral("%1.txt").arg(i), QByteArray("문서 %1 본문이다.\n").replace("%1", QByteArray::number(i)));
    std::atomic_bool cancel{false};
    DocumentImporter importer(*m_store, ImportOptions{QStringLiteral("Park"), 50ll << 20, {}});
    const auto outcomes = importer.importPaths({m_dir->filePath(QStringLiteral("c"))},
                                               [&](int index, int, const ImportOutcome &) {
                                                   if (index == 1)
                                                       cancel = true;
                                               }, &cancel);
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes[0].status, Status::Imported);
    QCOMPARE(outcomes[1].status, Status::Cancelled);
    QCOMPARE(outcomes[2].status, Status::Cancelled);
    QCOMPARE(m_store->documents(std::nullopt).value().size(), 1);
}

QTEST_MAIN(tst_DocumentImporter)
#include "tst_documentimporter.moc"
