// SPDX-License-Identifier: MIT
// Empty states say what to do: a candidate list with nobody in it tells how to import, a search that matches
// nobody says so (and Esc clears it), and the chat with no documents asks for an import before a question.
#include "candidatepanel.h"
#include "chatpanel.h"
#include "mainwindow.h"
#include "sessionpanel.h"
#include "transcriptview.h"
#include "models/candidatelistmodel.h"
#include "models/documentlistmodel.h"
#include "models/sessionlistmodel.h"

#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

Candidate candidate(CandidateId id, const QString &name, const QStringList &headings)
{
    Candidate c;
    c.id = id;
    c.name = name;
    c.documentCount = 1;
    c.headings = headings;
    c.lastImport = QDateTime::currentDateTime();
    return c;
}

} // namespace

class tst_EmptyStates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void candidateList_data();
    void candidateList();
    void escapeClearsSearch();
    void chatBeforeAnyImport();
    void sessionButtons_data();
    void sessionButtons();
};

void tst_EmptyStates::candidateList_data()
{
    QTest::addColumn<QList<Candidate>>("candidates");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("noteShown");
    QTest::addColumn<QString>("noteSays");

    const QList<Candidate> two{candidate(1, QStringLiteral("김지원"), {QStringLiteral("PostgreSQL")}),
                               candidate(2, QStringLiteral("Jane Park"), {QStringLiteral("React")})};
    QTest::newRow("nobody imported") << QList<Candidate>{} << QString() << true << QStringLiteral("Ctrl+I");
    QTest::newRow("two candidates") << two << QString() << false << QString();
    QTest::newRow("search finds one") << two << QStringLiteral("react") << false << QString();
    QTest::newRow("search finds nobody") << two << QStringLiteral("Haskell") << true << QStringLiteral("“Haskell”");
}

void tst_EmptyStates::candidateList()
{
    QFETCH(QList<Candidate>, candidates);
    QFETCH(QString, search);
    QFETCH(bool, noteShown);
    QFETCH(QString, noteSays);
    CandidateListModel model;
    DocumentListModel documents;
    CandidatePanel panel(&model, &documents);
    panel.show();
    model.setSnapshot(candidates);
    panel.searchField()->setText(search);

    QCOMPARE(panel.emptyNote()->isVisibleTo(&panel), noteShown);
    QCOMPARE(panel.candidateView()->isVisibleTo(&panel), !noteShown);
    if (noteShown)
        QVERIFY2(panel.emptyNote()->text().contains(noteSays), qPrintable(panel.emptyNote()->text()));

    // The note follows the model and the search: with the search cleared, any candidate brings the table back.
    panel.searchField()->clear();
    model.setSnapshot({candidate(9, QStringLiteral("Haskell Lee"), {QStringLiteral("Haskell")})});
    QVERIFY(!panel.emptyNote()->isVisibleTo(&panel));
}

void tst_EmptyStates::escapeClearsSearch()
{
    CandidateListModel model;
    DocumentListModel documents;
    CandidatePanel panel(&model, &documents);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    model.setSnapshot({candidate(1, QStringLiteral("김지원"), {QStringLiteral("PostgreSQL")})});
    panel.focusSearch();
    QTest::keyClicks(panel.searchField(), QStringLiteral("nobody"));
    QVERIFY(panel.emptyNote()->isVisibleTo(&panel));
    QTest::keyClick(panel.searchField(), Qt::Key_Escape);
    QVERIFY(panel.searchField()->text().isEmpty());
    QVERIFY(panel.candidateView()->isVisibleTo(&panel));
}

void tst_EmptyStates::chatBeforeAnyImport()
{
    QTemporaryDir dir;
    EngineConfig config;
    config.databasePath = dir.filePath(QStringLiteral("protostar.db"));
    MainWindow::Options options;
    options.importDemoOnFirstStart = false;
    MainWindow window(config, nullptr, options);
    window.show();
    QSignalSpy ready(&window, &MainWindow::ready);
    QVERIFY(ready.wait(30000));
    TranscriptView *transcript = window.chatPanel()->transcriptView();
    QTRY_VERIFY2(transcript->toPlainText().contains(QStringLiteral("Import candidates")), qPrintable(transcript->toPlainText()));
    QVERIFY(window.candidatePanel()->emptyNote()->isVisibleTo(&window));

    QSignalSpy settled(&window, &MainWindow::importsSettled);
    window.importPaths({Test::writeFile(dir.path(), QStringLiteral("jane.md"),
                                        "# Jane Park\n\n## Experience\n\nLed the React rewrite of the checkout.\n")});
    QVERIFY(settled.wait(60000));
    QTRY_VERIFY2(transcript->toPlainText().contains(QStringLiteral("Every answer cites")), qPrintable(transcript->toPlainText()));
    QVERIFY(!window.candidatePanel()->emptyNote()->isVisibleTo(&window));
}

void tst_EmptyStates::sessionButtons_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addColumn<SessionId>("open");
    QTest::addColumn<bool>("actionable");
    QTest::newRow("no conversations") << 0 << SessionId(0) << false;
    QTest::newRow("conversations, none open (new one)") << 2 << SessionId(0) << false;
    QTest::newRow("one open") << 2 << SessionId(2) << true;
}

void tst_EmptyStates::sessionButtons()
{
    QFETCH(int, sessions);
    QFETCH(SessionId, open);
    QFETCH(bool, actionable);
    SessionListModel model;
    SessionPanel panel(&model);
    panel.show();
    QList<Session> list;
    for (int i = 1; i <= sessions; ++i) {
        Session s;
        s.id = i;
        s.title = QStringLiteral("question %1").arg(i);
        list << s;
    }
    model.setSnapshot(list);
    panel.setCurrentSession(open);
    // Rename and Delete act on the open conversation: with none they are disabled, not silently inert.
    QCOMPARE(panel.findChild<QPushButton *>(QStringLiteral("renameSession"))->isEnabled(), actionable);
    QCOMPARE(panel.findChild<QPushButton *>(QStringLiteral("deleteSession"))->isEnabled(), actionable);
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("newSession"))->isEnabled());
    if (actionable) { // a new snapshot (after an answer) keeps them usable
        model.setSnapshot(list);
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("deleteSession"))->isEnabled());
    }
}

QTEST_MAIN(tst_EmptyStates)
#include "tst_emptystates.moc"
