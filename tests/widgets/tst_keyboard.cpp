// SPDX-License-Identifier: MIT
// The desktop by keyboard alone: Tab walks the window in screen order (and Shift+Tab back), and after
// sending a question with the mouse the question box has the focus again for the follow-up; Del deletes
// the selected candidates from their table (asking first), and nothing when typing.
#include "candidatepanel.h"
#include "chatinput.h"
#include "chatpanel.h"
#include "mainwindow.h"

#include "testsupport.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;

namespace {

struct Window {
    QTemporaryDir dir;
    EngineConfig config;
    std::unique_ptr<MainWindow> window;

    Window()
    {
        config.databasePath = dir.filePath(QStringLiteral("protostar.db"));
        MainWindow::Options options;
        options.importDemoOnFirstStart = false;
        window = std::make_unique<MainWindow>(config, nullptr, options);
        window->resize(1400, 900);
        window->show();
    }
    bool importOne()
    {
        QSignalSpy settled(window.get(), &MainWindow::importsSettled);
        window->importPaths({Test::writeFile(dir.path(), QStringLiteral("jane.md"),
                                             "# Jane Park\n\n## Experience\n\nLed the React rewrite of the checkout.\n")});
        return settled.wait(60000);
    }
};

} // namespace

class tst_Keyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tabOrder_data();
    void tabOrder();
    void focusBackToQuestionBox_data();
    void focusBackToQuestionBox();
    void deleteKey_data();
    void deleteKey();
};

void tst_Keyboard::tabOrder_data()
{
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<QStringList>("expected");
    // Left column top to bottom (Rename and Delete are disabled with no conversation open), then the document
    // and its sources, then the chat (Stop is disabled when idle),
    // then the import dock the import left open (Cancel is disabled once it finished).
    const QStringList screenOrder{QStringLiteral("candidateSearch"), QStringLiteral("candidates"),
                                  QStringLiteral("documents"),       QStringLiteral("sessions"),
                                  QStringLiteral("newSession"),      QStringLiteral("documentText"),
                                  QStringLiteral("sources"),         QStringLiteral("scope"),
                                  QStringLiteral("transcript"),      QStringLiteral("chatInput"),
                                  QStringLiteral("send"),            QStringLiteral("hideImport"),
                                  QStringLiteral("importTable"),     QStringLiteral("candidateSearch")};
    QStringList reversed(screenOrder.crbegin(), screenOrder.crend());
    QTest::newRow("Tab") << false << screenOrder;
    QTest::newRow("Shift+Tab") << true << reversed;
}

void tst_Keyboard::tabOrder()
{
    QFETCH(bool, backwards);
    QFETCH(QStringList, expected);
    Window w;
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    QVERIFY(w.importOne()); // with a candidate, the table (not the empty note) takes part
    QTRY_VERIFY(w.window->importDock()->isVisible());
    QApplication::setActiveWindow(w.window.get());
    w.window->candidatePanel()->searchField()->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.window->candidatePanel()->searchField()));

    QStringList visited{QApplication::focusWidget()->objectName()};
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), backwards ? Qt::Key_Backtab : Qt::Key_Tab,
                        backwards ? Qt::ShiftModifier : Qt::NoModifier);
        visited << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("(none)"));
    }
    QCOMPARE(visited, expected);
}

void tst_Keyboard::focusBackToQuestionBox_data()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("Send clicked") << QStringLiteral("send");
    QTest::newRow("Stop clicked") << QStringLiteral("stop");
}

void tst_Keyboard::focusBackToQuestionBox()
{
    QFETCH(QString, button);
    Window w;
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    QVERIFY(w.importOne());
    QApplication::setActiveWindow(w.window.get());
    ChatInput *input = w.window->chatPanel()->input();
    input->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(input, QStringLiteral("Who led the React rewrite?"));
    auto *send = w.window->chatPanel()->findChild<QPushButton *>(QStringLiteral("send"));
    auto *stop = w.window->chatPanel()->findChild<QPushButton *>(QStringLiteral("stop"));
    QSignalSpy done(w.window.get(), &MainWindow::answerCompleted);
    if (button == QLatin1String("stop")) {
        // The first question opens the conversation (asynchronously); the second then starts at once, and
        // Stop is enabled until its answer, which comes by a queued signal, arrives.
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(done.wait(60000));
        QTest::keyClicks(input, QStringLiteral("And the checkout?"));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(stop->isEnabled());
    }
    QPushButton *clicked = button == QLatin1String("send") ? send : stop;
    clicked->setFocus(Qt::MouseFocusReason); // where a mouse click leaves the focus
    QTest::mouseClick(clicked, Qt::LeftButton);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(input));
    if (button == QLatin1String("send"))
        QVERIFY(done.wait(60000));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(input));
}

void tst_Keyboard::deleteKey_data()
{
    QTest::addColumn<QString>("focus");  // objectName of the widget with the focus
    QTest::addColumn<QString>("prompt"); // the title of the confirmation Del brings up; empty: none
    QTest::newRow("candidate table") << QStringLiteral("candidates") << QStringLiteral("Delete candidates");
    QTest::newRow("candidate search field") << QStringLiteral("candidateSearch") << QString();
    QTest::newRow("question box") << QStringLiteral("chatInput") << QString();
    // Del in the sessions list is the conversation's (none is open here), not the selected candidates'.
    QTest::newRow("sessions list") << QStringLiteral("sessions") << QString();
    QTest::newRow("documents table") << QStringLiteral("documents") << QString();
}

void tst_Keyboard::deleteKey()
{
    QFETCH(QString, focus);
    QFETCH(QString, prompt);
    Window w;
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    QVERIFY(w.importOne());
    QTRY_COMPARE(w.window->candidatePanel()->candidateView()->model()->rowCount(), 1);
    QApplication::setActiveWindow(w.window.get());
    w.window->candidatePanel()->candidateView()->selectRow(0);
    auto *target = w.window->findChild<QWidget *>(focus);
    QVERIFY(target);
    target->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), target);

    // The confirmation is modal: answer No from inside its event loop, noting which one it was.
    bool looked = false;
    QString asked;
    QTimer::singleShot(0, w.window.get(), [&] {
        looked = true;
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->windowTitle();
            box->button(QMessageBox::No)->click();
        }
    });
    QTest::keyClick(target, Qt::Key_Delete);
    QTRY_VERIFY(looked);
    QCOMPARE(asked, prompt);
    // Answered No (or never asked): the candidate stays.
    QCOMPARE(w.window->candidatePanel()->candidateView()->model()->rowCount(), 1);
}

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
