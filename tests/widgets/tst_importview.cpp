// SPDX-License-Identifier: MIT
// The import progress view: its summary line and bar say what happened to a batch, including a Cancel
// (files left unimported are not shown as "done" with a full bar).
#include "importprogresswidget.h"
#include "languagemanager.h"
#include "models/importprogressmodel.h"

#include <QProgressBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace Protostar;

namespace {

// Counts how often the view measures a cell: the work the GUI thread does per import update.
class CountingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++measured;
        return QStyledItemDelegate::sizeHint(option, index);
    }
    mutable qint64 measured = 0;
};

} // namespace

class tst_ImportView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summary_data();
    void summary();
    void updatesCostPerFileNotPerRow_data();
    void updatesCostPerFileNotPerRow();
};

void tst_ImportView::summary_data()
{
    QTest::addColumn<QList<int>>("statuses"); // ImportOutcome::Status per file
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("barValue");
    using O = ImportOutcome::Status;
    QTest::newRow("all imported") << QList<int>{int(O::Imported), int(O::Imported)} << QStringLiteral("2 of 2 files · done") << 2;
    QTest::newRow("one failed") << QList<int>{int(O::Imported), int(O::Failed), int(O::Unchanged)}
                                << QStringLiteral("3 of 3 files · 1 failed · done") << 3;
    QTest::newRow("cancelled after one")
        << QList<int>{int(O::Imported), int(O::Cancelled), int(O::Cancelled), int(O::Cancelled)}
        << QStringLiteral("4 of 4 files · cancelled: 3 files not imported") << 1;
}

void tst_ImportView::summary()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QString, expected);
    QFETCH(int, barValue);
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en"))); // English plural forms
    ImportProgressModel model;
    ImportProgressWidget view(&model);
    model.onBatchStarted(1, int(statuses.size()), 100 * statuses.size());
    for (int i = 0; i < statuses.size(); ++i) {
        ImportOutcome o;
        o.path = QStringLiteral("/docs/f%1.md").arg(i);
        o.status = ImportOutcome::Status(statuses[i]);
        o.bytes = 100;
        o.message = o.status == ImportOutcome::Status::Failed ? QStringLiteral("f%1.md is empty.").arg(i) : QString();
        model.onFileStarted(1, o.path);
        model.onFileFinished(1, o);
    }
    model.onBatchFinished(1, {});
    QCOMPARE(view.summaryText(), expected);
    auto *bar = view.findChild<QProgressBar *>();
    QVERIFY(bar);
    QCOMPARE(bar->value(), barValue);
    QCOMPARE(bar->maximum(), int(statuses.size()));

    // The next batch starts from zero.
    model.onBatchStarted(2, 1, 100);
    QVERIFY2(!view.summaryText().contains(QStringLiteral("cancelled")), qPrintable(view.summaryText()));
}

void tst_ImportView::updatesCostPerFileNotPerRow_data()
{
    QTest::addColumn<int>("files");
    QTest::newRow("100 files") << 100;
    QTest::newRow("400 files") << 400;
}

void tst_ImportView::updatesCostPerFileNotPerRow()
{
    // Each finished file updates one row. If that re-measured every row (a column sized to contents), a
    // 500-file import would do 250,000 measurements on the GUI thread and freeze the window meanwhile.
    QFETCH(int, files);
    ImportProgressModel model;
    ImportProgressWidget view(&model);
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(QStringLiteral("importTable"));
    QVERIFY(table);
    CountingDelegate delegate;
    table->setItemDelegate(&delegate);
    model.onBatchStarted(1, files, 100 * files);
    for (int i = 0; i < files; ++i) {
        ImportOutcome o;
        o.path = QStringLiteral("/docs/candidate-%1-resume.md").arg(i);
        o.status = ImportOutcome::Status::Imported;
        o.candidate = QStringLiteral("후보 %1").arg(i);
        o.chunkCount = 6;
        o.bytes = 100;
        model.onFileStarted(1, o.path);
        model.onFileFinished(1, o);
    }
    model.onBatchFinished(1, {});
    QVERIFY2(delegate.measured <= 20 * files, qPrintable(QStringLiteral("%1 measurements for %2 files").arg(delegate.measured).arg(files)));
    table->setItemDelegate(nullptr);
}

QTEST_MAIN(tst_ImportView)
#include "tst_importview.moc"
