// SPDX-License-Identifier: MIT
// The desktop's item models: rows, roles, streaming updates, diffs; checked by QAbstractItemModelTester.
#include "models/candidatelistmodel.h"
#include "models/catalogloader.h"
#include "models/citationmodel.h"
#include "models/documentlistmodel.h"
#include "models/importprogressmodel.h"
#include "models/sessionlistmodel.h"
#include "models/transcriptmodel.h"

#include "engine/answerjson.h"
#include "engine/importservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

Candidate candidate(CandidateId id, const QString &name, int docs, QStringList headings = {})
{
    Candidate c;
    c.id = id;
    c.name = name;
    c.documentCount = docs;
    c.headings = std::move(headings);
    c.lastImport = QDateTime::fromSecsSinceEpoch(1700000000 + id);
    return c;
}

Citation citation(int n, const QString &candidateName)
{
    Citation c;
    c.n = n;
    c.chunkId = 100 + n;
    c.documentId = 7;
    c.candidate = candidateName;
    c.document = QStringLiteral("resume.md");
    c.page = 2;
    c.headingPath = {QStringLiteral("경력사항"), QStringLiteral("한빛페이")};
    c.quote = QStringLiteral("피크 TPS 1만 2천");
    return c;
}

} // namespace

class tst_Models : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void candidateDiff_data();
    void candidateDiff();
    void candidateSearchAndSort();
    void documents();
    void transcriptStreaming();
    void transcriptReopen();
    void citations();
    void importProgress_data();
    void importProgress();
    void importEstimate();
    void sessions();
    void catalogFollowsImportAndDelete();
};

void tst_Models::candidateDiff_data()
{
    QTest::addColumn<QList<Candidate>>("next");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    const QList<Candidate> base{candidate(1, QStringLiteral("김지원"), 2), candidate(2, QStringLiteral("Jane Park"), 1)};
    QTest::newRow("same snapshot changes nothing") << base << QStringList{QStringLiteral("김지원"), QStringLiteral("Jane Park")} << 0 << 0;
    QTest::newRow("import adds a candidate at the end")
        << (QList<Candidate>(base) << candidate(3, QStringLiteral("박서준"), 1))
        << QStringList{QStringLiteral("김지원"), QStringLiteral("Jane Park"), QStringLiteral("박서준")} << 1 << 0;
    QTest::newRow("delete removes only that row") << QList<Candidate>{base[1]} << QStringList{QStringLiteral("Jane Park")} << 0 << 1;
    QTest::newRow("everything deleted") << QList<Candidate>{} << QStringList{} << 0 << 2;
}

void tst_Models::candidateDiff()
{
    QFETCH(QList<Candidate>, next);
    QFETCH(QStringList, names);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    CandidateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot({candidate(1, QStringLiteral("김지원"), 2), candidate(2, QStringLiteral("Jane Park"), 1)});
    QSignalSpy ins(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy rem(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSnapshot(next);
    QCOMPARE(ins.count(), inserted);
    QCOMPARE(rem.count(), removed);
    QCOMPARE(reset.count(), 0); // a reset would drop the user's selection
    QStringList got;
    for (int r = 0; r < model.rowCount(); ++r)
        got << model.index(r, CandidateListModel::NameColumn).data().toString();
    QCOMPARE(got, names);
}

void tst_Models::candidateSearchAndSort()
{
    CandidateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot({candidate(1, QStringLiteral("김지원"), 2, {QStringLiteral("이력서 - 김지원"), QStringLiteral("[경력사항]")}),
                       candidate(2, QStringLiteral("Jane Park"), 1, {QStringLiteral("Experience")}),
                       candidate(3, QStringLiteral("박서준"), 3, {QStringLiteral("[기술]")})});
    // Before the skills arrive the column shows nothing, never the document titles and section names.
    QCOMPARE(model.index(0, CandidateListModel::SkillsColumn).data().toString(), QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSkills({{1, {QStringLiteral("PostgreSQL"), QStringLiteral("Kafka")}},
                     {2, {QStringLiteral("React")}},
                     {3, {QStringLiteral("Kubernetes")}}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, CandidateListModel::DocumentsColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, CandidateListModel::SkillsColumn).data().toString(), QStringLiteral("PostgreSQL, Kafka"));
    QCOMPARE(model.headerData(CandidateListModel::SkillsColumn, Qt::Horizontal).toString(), QStringLiteral("Skills"));
    QCOMPARE(model.index(2, 0).data(CandidateListModel::CandidateIdRole).toLongLong(), 3);
    QVERIFY(!model.headerData(CandidateListModel::LastImportColumn, Qt::Horizontal).toString().isEmpty());

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterRole(CandidateListModel::SearchRole);
    proxy.setSortRole(CandidateListModel::SortRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("kafka"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("김지원"));
    proxy.setFilterFixedString(QString());
    proxy.sort(CandidateListModel::DocumentsColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("박서준"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Jane Park"));
}

void tst_Models::documents()
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DocumentInfo d;
    d.id = 5;
    d.candidateId = 1;
    d.fileName = QStringLiteral("kim.md");
    d.title = QStringLiteral("이력서 - 김지원");
    d.format = QStringLiteral("md");
    d.chunkCount = 9;
    model.setSnapshot({d});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, DocumentListModel::FileColumn).data().toString(), QStringLiteral("kim.md — 이력서 - 김지원"));
    QCOMPARE(model.index(0, DocumentListModel::FormatColumn).data().toString(), QStringLiteral("MD"));
    QCOMPARE(model.index(0, DocumentListModel::ChunksColumn).data().toInt(), 9);
    QCOMPARE(model.index(0, 0).data(DocumentListModel::DocumentIdRole).toLongLong(), 5);
    QVERIFY(!model.index(0, DocumentListModel::PagesColumn).data().isValid()); // no pages in markdown
    model.setSnapshot({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_Models::transcriptStreaming()
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.beginAnswer(11, QStringLiteral("Who ran PostgreSQL?")), 0);
    QCOMPARE(model.beginAnswer(12, QStringLiteral("TPS?")), 1);
    QCOMPARE(inserted.count(), 2);
    model.appendTokens(12, QStringLiteral("피크 TPS "));
    model.appendTokens(12, QStringLiteral("1만 2천 [1]"));
    model.appendTokens(99, QStringLiteral("stray request"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 1); // only the streaming row changes
    QCOMPARE(model.index(1).data(TranscriptModel::AnswerRole).toString(), QStringLiteral("피크 TPS 1만 2천 [1]"));
    QVERIFY(model.index(1).data(TranscriptModel::StreamingRole).toBool());

    Answer answer;
    answer.text = QStringLiteral("피크 TPS 1만 2천을 처리했습니다 [1]");
    answer.found = true;
    answer.citations = {citation(1, QStringLiteral("김지원"))};
    model.finishAnswer(12, answer);
    QVERIFY(!model.index(1).data(TranscriptModel::StreamingRole).toBool());
    QCOMPARE(model.index(1).data(TranscriptModel::AnswerRole).toString(), answer.text);
    QCOMPARE(model.citation(1, 1)->chunkId, ChunkId(101));
    QVERIFY(!model.citation(1, 2));
    model.failAnswer(11, Error{ErrorCode::Cancelled, QStringLiteral("Stopped"), {}});
    QCOMPARE(model.index(0).data(TranscriptModel::ErrorRole).toString(), QStringLiteral("Stopped"));
    QCOMPARE(reset.count(), 0);
}

void tst_Models::transcriptReopen()
{
    TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Turn t;
    t.question = QStringLiteral("김지원의 직전 회사 성과는?");
    t.answer = QStringLiteral("p99 480ms → 95ms [1]");
    t.found = true;
    t.citationsJson = AnswerJson::citationsToBytes({citation(1, QStringLiteral("김지원"))});
    Turn refused;
    refused.question = QStringLiteral("Who speaks Swahili?");
    refused.found = false;
    model.setTurns({t, refused});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(TranscriptModel::QuestionRole).toString(), t.question);
    const auto c = model.citation(0, 1);
    QVERIFY(c);
    QCOMPARE(c->documentId, DocumentId(7));
    QCOMPARE(c->headingPath, (QStringList{QStringLiteral("경력사항"), QStringLiteral("한빛페이")}));
    QVERIFY(!model.index(1).data(TranscriptModel::FoundRole).toBool());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_Models::citations()
{
    CitationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCitations({citation(1, QStringLiteral("김지원")), citation(2, QStringLiteral("Jane Park"))});
    QCOMPARE(model.rowCount(), 2);
    const QString display = model.index(0).data().toString();
    QVERIFY2(display.startsWith(QStringLiteral("[1] 김지원 · resume.md · ")), qPrintable(display));
    QVERIFY2(display.endsWith(QStringLiteral("경력사항 › 한빛페이")), qPrintable(display));
    QCOMPARE(model.index(1).data(CitationModel::NumberRole).toInt(), 2);
    QCOMPARE(model.index(1).data(CitationModel::ChunkIdRole).toLongLong(), 102);
    QCOMPARE(model.index(1).data(CitationModel::QuoteRole).toString(), QStringLiteral("피크 TPS 1만 2천"));
}

void tst_Models::importProgress_data()
{
    QTest::addColumn<QList<int>>("statuses"); // ImportOutcome::Status per file
    QTest::addColumn<int>("failed");
    QTest::addColumn<QList<int>>("shown");    // ImportProgressModel::Status per row
    using O = ImportOutcome::Status;
    using S = ImportProgressModel::Status;
    QTest::newRow("all imported") << QList<int>{int(O::Imported), int(O::Imported)} << 0
                                  << QList<int>{int(S::Imported), int(S::Imported)};
    QTest::newRow("bad file among good ones") << QList<int>{int(O::Imported), int(O::Failed), int(O::Unchanged)} << 1
                                              << QList<int>{int(S::Imported), int(S::Failed), int(S::Unchanged)};
    QTest::newRow("cancelled midway") << QList<int>{int(O::Imported), int(O::Cancelled)} << 0
                                      << QList<int>{int(S::Imported), int(S::Cancelled)};
}

void tst_Models::importProgress()
{
    QFETCH(QList<int>, statuses);
    QFETCH(int, failed);
    QFETCH(QList<int>, shown);
    ImportProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.onBatchStarted(1, int(statuses.size()), 100 * statuses.size());
    QVERIFY(model.isRunning());
    for (int i = 0; i < statuses.size(); ++i) {
        const QString path = QStringLiteral("/docs/f%1.md").arg(i);
        model.onFileStarted(1, path);
        QCOMPARE(model.index(i, ImportProgressModel::StatusColumn).data(ImportProgressModel::StatusRole).toInt(),
                 int(ImportProgressModel::Status::Running));
        ImportOutcome o;
        o.path = path;
        o.status = ImportOutcome::Status(statuses[i]);
        o.bytes = 100;
        o.candidate = QStringLiteral("김지원");
        o.message = o.status == ImportOutcome::Status::Failed ? QStringLiteral("f%1.md is not a PDF.").arg(i) : QString();
        model.onFileFinished(1, o);
    }
    model.onBatchFinished(1, {});
    QVERIFY(!model.isRunning());
    QCOMPARE(model.rowCount(), statuses.size());
    QCOMPARE(model.failedCount(), failed);
    QCOMPARE(model.filesDone(), int(statuses.size()));
    for (int i = 0; i < shown.size(); ++i) {
        QCOMPARE(model.index(i, 0).data(ImportProgressModel::StatusRole).toInt(), shown[i]);
        if (shown[i] == int(ImportProgressModel::Status::Failed))
            QVERIFY(model.index(i, ImportProgressModel::DetailColumn).data().toString().contains(QStringLiteral("not a PDF")));
    }
}

void tst_Models::importEstimate()
{
    ImportProgressModel model;
    model.onBatchStarted(1, 4, 4000);
    QCOMPARE(model.estimateRemainingMs(500), -1); // nothing done yet: no basis for a guess
    ImportOutcome o;
    o.path = QStringLiteral("/a.md");
    o.status = ImportOutcome::Status::Imported;
    o.bytes = 1000;
    model.onFileFinished(1, o);
    QCOMPARE(model.estimateRemainingMs(2000), 6000); // a quarter of the bytes in 2 s: 6 s to go
}

void tst_Models::sessions()
{
    SessionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Session older{1, QStringLiteral("첫 대화"), QDateTime::fromSecsSinceEpoch(100), QDateTime::fromSecsSinceEpoch(100), 2};
    Session newer{2, QStringLiteral("TPS"), QDateTime::fromSecsSinceEpoch(200), QDateTime::fromSecsSinceEpoch(300), 1};
    model.setSnapshot({older, newer});
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("TPS")); // newest first
    QCOMPARE(model.rowOf(1), 1);
    QSignalSpy rename(&model, &SessionListModel::renameRequested);
    QVERIFY(model.flags(model.index(1)) & Qt::ItemIsEditable);
    QVERIFY(model.setData(model.index(1), QStringLiteral("PostgreSQL 질문")));
    QCOMPARE(rename.count(), 1);
    QCOMPARE(rename.first().at(0).toLongLong(), 1);
    QVERIFY(!model.setData(model.index(1), QStringLiteral("   "))); // an empty title is refused
}

void tst_Models::catalogFollowsImportAndDelete()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EngineConfig config;
    config.databasePath = dir.filePath(QStringLiteral("t.db"));
    const QString a = Test::writeFile(dir.path(), QStringLiteral("in/a.md"),
                                      "# Mina Seo — Résumé\n\n## Experience\n\nRan PostgreSQL at 9,000 TPS.\n");
    const QString b = Test::writeFile(dir.path(), QStringLiteral("in/b.md"),
                                      "# 이력서 - 한도윤\n\n## 경력\n\nKafka 파이프라인을 운영했습니다.\n\n## [기술]\n\nKafka, Go, Terraform\n");
    CandidateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogLoader catalog(config.databasePath);
    connect(&catalog, &CatalogLoader::candidatesLoaded, &model, &CandidateListModel::setSnapshot);
    connect(&catalog, &CatalogLoader::skillsLoaded, &model, &CandidateListModel::setSkills);
    QSignalSpy loaded(&catalog, &CatalogLoader::candidatesLoaded);
    {
        ImportService import(config);
        QSignalSpy finished(&import, &ImportService::batchFinished);
        import.importPaths({a, b});
        QVERIFY(finished.wait(60000));
    }
    catalog.loadCandidates();
    // Results arrive on the next event-loop pass, or at once when the loader's thread was quicker.
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(model.candidates().first().id);
    QCOMPARE(model.index(row, CandidateListModel::DocumentsColumn).data().toInt(), 1);
    QVERIFY(!model.index(row, CandidateListModel::LastImportColumn).data().toString().isEmpty());
    // The skills line's items, not "이력서 - 한도윤" or "경력".
    const int han = model.rowOf(model.candidates().at(0).name == QStringLiteral("한도윤") ? model.candidates().at(0).id
                                                                                        : model.candidates().at(1).id);
    QCOMPARE(model.index(han, CandidateListModel::SkillsColumn).data().toString(), QStringLiteral("Kafka, Go, Terraform"));
    QCOMPARE(model.index(1 - han, CandidateListModel::SkillsColumn).data().toString(), QString());

    QSignalSpy deleted(&catalog, &CatalogLoader::candidateDeleted);
    catalog.deleteCandidate(model.candidates().first().id);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
    QTRY_COMPARE(model.rowCount(), 1);
}

QTEST_MAIN(tst_Models)
#include "tst_models.moc"
