// SPDX-License-Identifier: MIT
// The conversation list in a narrow left column (a 1024x640 window): a conversation is titled after its first
// question, which is often longer than the column. The title ends in "…" within the column, with no horizontal
// scroll bar covering the next row, and its tooltip has it whole.
#include "models/sessionlistmodel.h"
#include "sessionpanel.h"

#include <QListView>
#include <QScrollBar>
#include <QTest>

using namespace Protostar;

class tst_SessionPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void titleFitsTheColumn_data();
    void titleFitsTheColumn();
};

void tst_SessionPanel::titleFitsTheColumn_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("short title") << QStringLiteral("Who has used Kafka?");
    QTest::newRow("long English question") << QStringLiteral("Summarize each candidate's experience and skills in detail");
    QTest::newRow("long Korean question") << QStringLiteral("PostgreSQL 경험이 있는 후보자와 그 성과를 모두 자세히 알려줘");
}

void tst_SessionPanel::titleFitsTheColumn()
{
    QFETCH(QString, title);
    SessionListModel model;
    SessionPanel panel(&model);
    panel.resize(260, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QList<Session> sessions;
    for (int i = 1; i <= 3; ++i) {
        Session s;
        s.id = i;
        s.title = i == 1 ? title : QStringLiteral("question %1").arg(i);
        s.turnCount = 1;
        s.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-i);
        sessions << s;
    }
    model.setSnapshot(sessions);
    QListView *view = panel.view();
    QCoreApplication::processEvents();

    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), title);
    QVERIFY2(view->visualRect(first).right() <= view->viewport()->width(),
             qPrintable(QStringLiteral("row %1 wide in a %2 wide list")
                            .arg(view->visualRect(first).width())
                            .arg(view->viewport()->width())));
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    for (int row = 0; row < model.rowCount(); ++row) // none hidden behind a scroll bar
        QVERIFY(view->viewport()->rect().contains(view->visualRect(model.index(row))));
    QVERIFY(first.data(Qt::ToolTipRole).toString().startsWith(title + u'\n'));
}

QTEST_MAIN(tst_SessionPanel)
#include "tst_sessionpanel.moc"
