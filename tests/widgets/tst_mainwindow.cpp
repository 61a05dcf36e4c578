// SPDX-License-Identifier: MIT
// The main window end to end on a real store and real services: import with a bad file, cited answers
// whose citation opens the right paragraph, session reopen, and switching the language at run time.
#include "candidatepanel.h"
#include "chatinput.h"
#include "chatpanel.h"
#include "documentviewer.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "sessionpanel.h"
#include "settingsdialog.h"
#include "comparedialog.h"
#include "transcriptview.h"
#include "models/candidatelistmodel.h"
#include "models/catalogloader.h"
#include "models/citationmodel.h"
#include "models/importprogressmodel.h"
#include "models/sessionlistmodel.h"
#include "models/transcriptmodel.h"

#include "store/sqlitedatabase.h"
#include "store/sqlitestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

const QByteArray kKim = "# 이력서 - 김지원\n\n## 경력사항\n\n### 한빛페이\n\n"
                        "결제 승인 시스템의 PostgreSQL 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다. 사내 기술상을 받았습니다.\n\n"
                        "## 기술\n\nPostgreSQL, Kafka, Go\n";
const QByteArray kJane = "# Jane Park — Résumé\n\n## Experience\n\n"
                         "Led the React and TypeScript rewrite of the checkout, cutting load time from 4.1 s to 1.3 s.\n";
const QByteArray kDaniel = "Daniel Cho — Résumé\n\nExperience\n\nOperated PostgreSQL at 4,000 TPS for the ledger service.\n";

struct Fixture {
    QTemporaryDir dir;
    EngineConfig config;
    std::unique_ptr<MainWindow> window;

    explicit Fixture(LanguageManager *language = nullptr)
    {
        config.databasePath = dir.filePath(QStringLiteral("protostar.db"));
        MainWindow::Options options;
        options.importDemoOnFirstStart = false; // each test brings its own documents
        window = std::make_unique<MainWindow>(config, language, options);
        window->show();
    }
    QStringList writeGood()
    {
        return {Test::writeFile(dir.path(), QStringLiteral("docs/kim.md"), kKim),
                Test::writeFile(dir.path(), QStringLiteral("docs/jane.md"), kJane),
                Test::writeFile(dir.path(), QStringLiteral("docs/daniel.txt"), kDaniel)};
    }
    bool importAndSettle(const QStringList &paths)
    {
        QSignalSpy settled(window.get(), &MainWindow::importsSettled);
        window->importPaths(paths);
        return settled.wait(60000);
    }
};

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void becomesReady();
    void failedLoadBecomesReadyWithError_data();
    void failedLoadBecomesReadyWithError();
    void importWithBadFile_data();
    void importWithBadFile();
    void citationClickShowsParagraph();
    void refusalOffersRelatedNotSources();
    void sessionReopen();
    void reopenedRefusalKeepsRelated();
    void reopenedAnswerKeepsRemovedSentences();
    void deletingCandidateKeepsOthersDocument();
    void keyboard();
    void languageSwitch();
    void chatStatusFollowsLanguage();
    void importDetailsAndStatusFollowLanguage();
    void compareSideBySide();
};

void tst_MainWindow::becomesReady()
{
    Fixture f;
    QAbstractItemModelTester tester(f.window->candidateModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(f.window.get(), &MainWindow::ready);
    QVERIFY(ready.wait(30000));
    QVERIFY(f.window->isReady());
    QCOMPARE(f.window->candidateModel()->rowCount(), 0);
}

void tst_MainWindow::failedLoadBecomesReadyWithError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("userVersion"); // written over a valid database when > 0
    QTest::addColumn<QString>("says");
    QTest::newRow("not a database") << QByteArray(4096, 'x') << 0 << QStringLiteral("not a Protostar database");
    QTest::newRow("newer schema") << QByteArray() << 999 << QStringLiteral("Update Protostar");
}

void tst_MainWindow::failedLoadBecomesReadyWithError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, userVersion);
    QFETCH(QString, says);
    QTemporaryDir dir;
    EngineConfig config;
    config.databasePath = dir.filePath(QStringLiteral("protostar.db"));
    if (userVersion > 0) {
        SqliteDatabase raw;
        QVERIFY(raw.open(config.databasePath).ok());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)).ok());
    } else {
        Test::writeFile(dir.path(), QStringLiteral("protostar.db"), bytes);
    }
    MainWindow window(config, nullptr, MainWindow::Options{});
    window.show();
    // A store that fails at once can answer before the constructor returns (the catalogue's continuation
    // then runs directly): isReady() is asked rather than a ready() spied on after it.
    QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 30000);
    QVERIFY(!window.loadError().isEmpty());
    // The recruiter sees why, where the candidates would be, instead of an invitation to import.
    QLabel *note = window.candidatePanel()->emptyNote();
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(window.loadError()), qPrintable(note->text()));
    QVERIFY(note->text().startsWith(QStringLiteral("The candidates could not be read.")));
    QVERIFY2(window.loadError().contains(says), qPrintable(window.loadError())); // what to do about it
    QVERIFY(note->text().contains(QDir::toNativeSeparators(config.databasePath)));

    // The chat does not invite a question it cannot answer: it says what to do, and asking is off.
    ChatPanel *chat = window.chatPanel();
    auto *send = chat->findChild<QPushButton *>(QStringLiteral("send"));
    QVERIFY(!chat->canAsk());
    QVERIFY(!send->isEnabled());
    QVERIFY(!chat->input()->isEnabled());
    QCOMPARE(chat->input()->placeholderText(), QStringLiteral("Asking is off: the database could not be read"));
    chat->transcriptView()->renderNow();
    const QString hint = chat->transcriptView()->toPlainText();
    QVERIFY2(hint.startsWith(QStringLiteral("Nothing can be asked: the database could not be read")), qPrintable(hint));
    QVERIFY2(hint.contains(QStringLiteral("Settings")), qPrintable(hint));
    QVERIFY2(hint.contains(QDir::toNativeSeparators(config.databasePath)), qPrintable(hint));
    QVERIFY(!hint.contains(QStringLiteral("Ask about the candidates' documents")));
    // Nor does a question that arrives some other way (--ask) start a search; nor does a finished stop re-enable Send.
    window.ask(QStringLiteral("Who knows Kafka?"));
    QCOMPARE(window.transcriptModel()->rowCount(), 0);
    chat->setBusy(false);
    QVERIFY(!send->isEnabled());
    // An import into that store settles too: the reload it asks for answers with the same error, and whoever
    // waits for the import (the progress dock, --screenshot) is not left waiting.
    QSignalSpy settled(&window, &MainWindow::importsSettled);
    window.importPaths({Test::writeFile(dir.path(), QStringLiteral("docs/kim.md"), QByteArray("# 김지원\n\n연봉 희망 7,800만원\n"))});
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 30000);
}

void tst_MainWindow::importWithBadFile_data()
{
    QTest::addColumn<QString>("badName");
    QTest::addColumn<QByteArray>("badBytes");
    QTest::newRow("corrupt pdf") << QStringLiteral("broken.pdf") << QByteArray("this is not a PDF at all");
    QTest::newRow("empty text file") << QStringLiteral("empty.txt") << QByteArray();
    QTest::newRow("binary bytes named .md") << QStringLiteral("blob.md") << QByteArray("\x00\x01\x02\xff\xfe\x00\x00garbage", 16);
}

void tst_MainWindow::importWithBadFile()
{
    QFETCH(QString, badName);
    QFETCH(QByteArray, badBytes);
    Fixture f;
    QAbstractItemModelTester progressTester(f.window->importModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester candidateTester(f.window->candidateModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList paths = f.writeGood();
    paths.insert(1, Test::writeFile(f.dir.path(), QStringLiteral("docs/") + badName, badBytes));
    QVERIFY(f.importAndSettle(paths));

    ImportProgressModel *progress = f.window->importModel();
    QCOMPARE(progress->rowCount(), 4);
    QCOMPARE(progress->failedCount(), 1);
    int failedRow = -1;
    for (int r = 0; r < progress->rowCount(); ++r) {
        const auto status = ImportProgressModel::Status(progress->index(r, 0).data(ImportProgressModel::StatusRole).toInt());
        if (status == ImportProgressModel::Status::Failed)
            failedRow = r;
        else
            QCOMPARE(status, ImportProgressModel::Status::Imported);
    }
    QVERIFY(failedRow >= 0);
    QCOMPARE(progress->index(failedRow, ImportProgressModel::FileColumn).data().toString(), badName);
    QVERIFY(!progress->index(failedRow, ImportProgressModel::DetailColumn).data().toString().isEmpty()); // says why
    QTRY_COMPARE(f.window->candidateModel()->rowCount(), 3); // the bad file stopped nothing
    QVERIFY(f.window->importDock()->isVisible()); // a failure keeps the progress view open
}

void tst_MainWindow::citationClickShowsParagraph()
{
    Fixture f;
    QVERIFY(f.importAndSettle(f.writeGood()));
    QSignalSpy done(f.window.get(), &MainWindow::answerCompleted);
    f.window->ask(QStringLiteral("PostgreSQL TPS 1만 2천을 처리한 사람은?"));
    QVERIFY(done.wait(60000));
    TranscriptModel *t = f.window->transcriptModel();
    QCOMPARE(t->rowCount(), 1);
    const TranscriptModel::Entry &e = t->entry(0);
    QVERIFY2(e.found, qPrintable(e.answer + e.error));
    QVERIFY(!e.citations.isEmpty());
    const Citation cited = e.citations.first();

    QSignalSpy shown(f.window.get(), &MainWindow::citationShown);
    f.window->chatPanel()->transcriptView()->activateLink(QUrl(TranscriptView::citationLink(0, cited.n)));
    // The catalogue answers on the next event-loop pass, or at once when its thread was quicker.
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
    QCOMPARE(shown.first().at(0).toLongLong(), cited.chunkId);

    auto store = SqliteStore::open(f.config.databasePath);
    QVERIFY(store);
    auto doc = (*store)->document(cited.documentId);
    auto chunk = (*store)->chunk(cited.chunkId);
    QVERIFY(doc && chunk && *chunk);
    const Chunk &c = (*chunk)->chunk;
    const QString expected = doc->text.mid(c.startOffset, c.endOffset - c.startOffset);
    QCOMPARE(f.window->viewer()->highlightedText(), expected);
    QVERIFY(expected.contains(QStringLiteral("1만 2천")));
    // Inside the paragraph, the sentence the answer quoted is marked, without the "김지원: " the answer put before it.
    QCOMPARE(f.window->viewer()->quotedText(), QStringLiteral("결제 승인 시스템의 PostgreSQL 클러스터를 운영하며 피크 TPS 1만 2천을 처리했습니다."));
    QVERIFY(f.window->viewer()->locationText().contains(QStringLiteral("김지원")));
    QVERIFY(f.window->viewer()->locationText().contains(QStringLiteral("kim.md")));
}

void tst_MainWindow::refusalOffersRelatedNotSources()
{
    Fixture f;
    QVERIFY(f.importAndSettle(f.writeGood()));
    auto *label = f.window->findChild<QLabel *>(QStringLiteral("sourcesLabel"));
    QVERIFY(label);
    QSignalSpy done(f.window.get(), &MainWindow::answerCompleted);

    f.window->ask(QStringLiteral("Who led the React rewrite?"));
    QVERIFY(done.wait(60000));
    QVERIFY(f.window->transcriptModel()->entry(0).found);
    QCOMPARE(label->text(), QStringLiteral("S&ources of the last answer"));

    // The documents hold no driving licence: the passages offered are related, and the pane must not call
    // them the answer's sources.
    f.window->ask(QStringLiteral("What driving licence does Jane Park hold?"));
    QVERIFY(done.wait(60000));
    const TranscriptModel::Entry &refused = f.window->transcriptModel()->entry(1);
    QVERIFY2(!refused.found, qPrintable(refused.answer));
    QVERIFY(!refused.related.isEmpty());
    QCOMPARE(f.window->citationModel()->rowCount(), refused.related.size());
    QCOMPARE(label->text(), QStringLiteral("Related passages (n&ot an answer)"));

    f.window->newSession();
    QCOMPARE(label->text(), QStringLiteral("S&ources of the last answer"));
}

void tst_MainWindow::sessionReopen()
{
    Fixture f;
    QVERIFY(f.importAndSettle(f.writeGood()));
    QAbstractItemModelTester sessionTester(f.window->sessionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(f.window.get(), &MainWindow::answerCompleted);
    const QString question = QStringLiteral("Who led the React rewrite?");
    f.window->ask(question);
    QVERIFY(done.wait(60000));
    const QString answer = f.window->transcriptModel()->entry(0).answer;
    QTRY_COMPARE(f.window->sessionModel()->rowCount(), 1);

    f.window->newSession();
    QCOMPARE(f.window->transcriptModel()->rowCount(), 0);

    QListView *sessions = f.window->sessionPanel()->view();
    sessions->setCurrentIndex(f.window->sessionModel()->index(0));
    QTRY_COMPARE(f.window->transcriptModel()->rowCount(), 1);
    QCOMPARE(f.window->transcriptModel()->entry(0).question, question);
    QCOMPARE(f.window->transcriptModel()->entry(0).answer, answer);
}

namespace {

QList<ChunkId> chunkIds(const QList<Citation> &citations)
{
    QList<ChunkId> ids;
    for (const Citation &c : citations)
        ids << c.chunkId;
    return ids;
}

// Opens the session with this id in the window's list, as a click would.
bool openSession(MainWindow *window, SessionId id)
{
    SessionListModel *model = window->sessionModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (index.data(SessionListModel::SessionIdRole).toLongLong() == id) {
            window->sessionPanel()->view()->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

} // namespace

void tst_MainWindow::reopenedRefusalKeepsRelated()
{
    Fixture f;
    QVERIFY(f.importAndSettle(f.writeGood()));
    auto *label = f.window->findChild<QLabel *>(QStringLiteral("sourcesLabel"));
    QSignalSpy done(f.window.get(), &MainWindow::answerCompleted);
    f.window->ask(QStringLiteral("What driving licence does Jane Park hold?"));
    QVERIFY(done.wait(60000));
    const TranscriptModel::Entry answered = f.window->transcriptModel()->entry(0);
    QVERIFY2(!answered.found, qPrintable(answered.answer));
    QVERIFY(!answered.related.isEmpty());
    QTRY_COMPARE(f.window->sessionModel()->rowCount(), 1);
    const SessionId session = f.window->sessionModel()->index(0).data(SessionListModel::SessionIdRole).toLongLong();

    f.window->newSession();
    QCOMPARE(f.window->citationModel()->rowCount(), 0);
    QVERIFY(openSession(f.window.get(), session));
    QTRY_COMPARE(f.window->transcriptModel()->rowCount(), 1);
    const TranscriptModel::Entry &reopened = f.window->transcriptModel()->entry(0);
    QVERIFY(!reopened.found);
    QCOMPARE(chunkIds(reopened.related), chunkIds(answered.related));
    // The pane beside offers them again, labelled as related, not as sources.
    QCOMPARE(chunkIds(f.window->citationModel()->citations()), chunkIds(answered.related));
    QCOMPARE(label->text(), QStringLiteral("Related passages (n&ot an answer)"));
    TranscriptView *view = f.window->chatPanel()->transcriptView();
    view->renderNow();
    QVERIFY(view->toPlainText().contains(QStringLiteral("Related passages, not an answer (%1)").arg(answered.related.size())));
}

void tst_MainWindow::reopenedAnswerKeepsRemovedSentences()
{
    Fixture f;
    QSignalSpy ready(f.window.get(), &MainWindow::ready);
    QVERIFY(ready.wait(30000));
    // The offline provider seldom writes a figure its passage lacks, so the turn is stored as the
    // answering pipeline stores one whose sentence the figure guard removed.
    const QString removed = QStringLiteral("Jane cut the load time to 0.9 s.");
    SessionId session = 0;
    {
        auto store = SqliteStore::open(f.config.databasePath);
        QVERIFY(store);
        session = *(*store)->createSession(QStringLiteral("guarded"));
        Turn t;
        t.sessionId = session;
        t.question = QStringLiteral("How fast did the checkout get?");
        t.answer = QStringLiteral("Load time fell from 4.1 s to 1.3 s [1].");
        t.found = true;
        t.citationsJson = R"([{"n":1,"chunk_id":1,"document_id":1,"candidate":"Jane Park","quote":"4.1 s to 1.3 s"}])";
        t.unverified = {removed};
        QVERIFY((*store)->appendTurn(t));
    }
    f.window->catalog()->loadSessions();
    QTRY_COMPARE(f.window->sessionModel()->rowCount(), 1);
    QVERIFY(openSession(f.window.get(), session));
    QTRY_COMPARE(f.window->transcriptModel()->rowCount(), 1);
    QCOMPARE(f.window->transcriptModel()->entry(0).unverified, QStringList{removed});
    TranscriptView *view = f.window->chatPanel()->transcriptView();
    view->renderNow();
    QVERIFY(view->toPlainText().contains(removed));
    QVERIFY(view->toHtml().contains(QStringLiteral("line-through"))); // struck through, as when answered
    QCOMPARE(f.window->citationModel()->rowCount(), 1);
}

void tst_MainWindow::deletingCandidateKeepsOthersDocument()
{
    Fixture f;
    QVERIFY(f.importAndSettle(f.writeGood()));
    QTRY_COMPARE(f.window->candidateModel()->rowCount(), 3);
    auto store = SqliteStore::open(f.config.databasePath);
    QVERIFY(store);
    const CandidateId kim = (*(*store)->candidateByName(QStringLiteral("김지원")))->id;
    const CandidateId jane = (*(*store)->candidateByName(QStringLiteral("Jane Park")))->id;
    const DocumentId kimDoc = (*store)->documents(kim)->first().id;
    f.window->catalog()->loadDocument(kimDoc);
    QTRY_COMPARE(f.window->viewer()->documentId(), kimDoc);

    f.window->catalog()->deleteCandidate(jane);
    QTRY_COMPARE(f.window->candidateModel()->rowCount(), 2);
    QCOMPARE(f.window->viewer()->documentId(), kimDoc); // the recruiter was reading 김지원, not Jane Park

    f.window->catalog()->deleteCandidate(kim);
    QTRY_COMPARE(f.window->candidateModel()->rowCount(), 1);
    QTRY_COMPARE(f.window->viewer()->documentId(), DocumentId(0));
}

void tst_MainWindow::keyboard()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QApplication::setActiveWindow(f.window.get());
    QTest::keyClick(f.window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(f.window->candidatePanel()->searchField()));

    // Shift+Enter adds a line; Enter sends (and empties the box).
    ChatInput *input = f.window->chatPanel()->input();
    input->setFocus();
    QSignalSpy asked(f.window->chatPanel(), &ChatPanel::askRequested);
    QTest::keyClicks(input, QStringLiteral("first line"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(input, QStringLiteral("second"));
    QCOMPARE(input->toPlainText(), QStringLiteral("first line\nsecond"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toString(), QStringLiteral("first line\nsecond"));
    QVERIFY(input->toPlainText().isEmpty());
}

void tst_MainWindow::languageSwitch()
{
    LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    Fixture f(&language);
    const QString fileMenuEn = f.window->menuBar()->actions().first()->text();
    const QString sendEn = f.window->chatPanel()->findChild<QPushButton *>(QStringLiteral("send"))->text();
    QCOMPARE(fileMenuEn, QStringLiteral("&File"));

    // Through the Settings dialog, as a recruiter would.
    SettingsDialog settings(f.window.get());
    connect(&settings, &SettingsDialog::languageChosen, &language, &LanguageManager::setLanguage);
    settings.languageBox()->setCurrentIndex(settings.languageBox()->findData(QStringLiteral("ko")));
    settings.apply();
    QVERIFY2(language.language() == QStringLiteral("ko"), qPrintable(LanguageManager::searchPaths().join(u',')));
    // LanguageChange is posted, so widgets retranslate on the next event-loop pass.
    QTRY_COMPARE(f.window->menuBar()->actions().first()->text(), QStringLiteral("파일(&F)"));
    QCOMPARE(f.window->chatPanel()->findChild<QPushButton *>(QStringLiteral("send"))->text(), QStringLiteral("보내기(&S)"));
    QCOMPARE(f.window->candidateModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("이름"));

    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(f.window->menuBar()->actions().first()->text(), fileMenuEn);
    QCOMPARE(f.window->chatPanel()->findChild<QPushButton *>(QStringLiteral("send"))->text(), sendEn);
}

void tst_MainWindow::chatStatusFollowsLanguage()
{
    LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    Fixture f(&language);
    QVERIFY(f.importAndSettle(f.writeGood()));
    QSignalSpy done(f.window.get(), &MainWindow::answerCompleted);
    f.window->ask(QStringLiteral("Who led the React rewrite?"));
    QVERIFY(done.wait(60000));
    auto *status = f.window->chatPanel()->findChild<QLabel *>(QStringLiteral("chatStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().startsWith(QStringLiteral("1 source cited")), qPrintable(status->text()));
    // The last answer's line is rewritten, not left in the language it was answered in.
    QVERIFY(language.setLanguage(QStringLiteral("ko")));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("출처 1개 인용")), qPrintable(status->text()));
    QVERIFY(language.setLanguage(QStringLiteral("en")));
}

void tst_MainWindow::importDetailsAndStatusFollowLanguage()
{
    LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    Fixture f(&language);
    QVERIFY(f.importAndSettle(f.writeGood()));
    ImportProgressModel *progress = f.window->importModel();
    int janeRow = -1;
    for (int r = 0; r < progress->rowCount(); ++r) {
        if (progress->index(r, ImportProgressModel::FileColumn).data().toString() == QStringLiteral("jane.md"))
            janeRow = r;
    }
    QVERIFY(janeRow >= 0);
    const QModelIndex detail = progress->index(janeRow, ImportProgressModel::DetailColumn);
    QVERIFY2(detail.data().toString().endsWith(QStringLiteral(" · 1 passage")), qPrintable(detail.data().toString()));
    QStatusBar *bar = f.window->statusBar();
    QVERIFY2(bar->currentMessage().startsWith(QStringLiteral("Import finished: 3 imported")), qPrintable(bar->currentMessage()));

    // Both are rewritten in the new language, not left as they were written.
    QVERIFY(language.setLanguage(QStringLiteral("ko")));
    QTRY_VERIFY2(detail.data().toString().endsWith(QStringLiteral(" · 단락 1개")), qPrintable(detail.data().toString()));
    QTRY_VERIFY2(bar->currentMessage().startsWith(QStringLiteral("가져오기 완료: 3개 가져옴")), qPrintable(bar->currentMessage()));
    QVERIFY(language.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY2(bar->currentMessage().startsWith(QStringLiteral("Import finished: 3 imported")), qPrintable(bar->currentMessage()));

    // A message shown by someone else since is theirs: a switch does not bring the old one back over it.
    bar->showMessage(QStringLiteral("someone else's note"));
    QVERIFY(language.setLanguage(QStringLiteral("ko")));
    QTRY_COMPARE(f.window->menuBar()->actions().first()->text(), QStringLiteral("파일(&F)"));
    QCOMPARE(bar->currentMessage(), QStringLiteral("someone else's note"));
    QVERIFY(language.setLanguage(QStringLiteral("en")));
}

void tst_MainWindow::compareSideBySide()
{
    Fixture f;
    QVERIFY(f.importAndSettle(f.writeGood()));
    QList<CandidateId> picked;
    for (const Candidate &c : f.window->candidateModel()->candidates()) {
        if (c.name == QStringLiteral("김지원") || c.name.startsWith(QStringLiteral("Daniel")))
            picked << c.id;
    }
    QCOMPARE(picked.size(), 2);
    CompareDialog dialog(f.config, f.window->candidateModel()->candidates(), picked);
    QSignalSpy finished(&dialog, &CompareDialog::finished);
    dialog.setQuestion(QStringLiteral("PostgreSQL TPS"));
    dialog.ask();
    QVERIFY(finished.wait(120000));
    QCOMPARE(dialog.columnCount(), 2);
    for (int column = 0; column < 2; ++column) {
        TranscriptModel *m = dialog.columnModel(column);
        QCOMPARE(m->rowCount(), 1);
        const TranscriptModel::Entry &e = m->entry(0);
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        QVERIFY2(e.found && !e.citations.isEmpty(), qPrintable(e.answer));
        // Each column answers from its own candidate only.
        const QString name = f.window->candidateModel()->candidates().at(f.window->candidateModel()->rowOf(picked[column])).name;
        for (const Citation &c : e.citations)
            QCOMPARE(c.candidate, name);
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
