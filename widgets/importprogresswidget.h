// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Protostar {

class ImportProgressModel;

// The import progress view: a bar, "n of m files, about … left", the per-file table and Cancel.
// Lives on the GUI thread.
class ImportProgressWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ImportProgressWidget(ImportProgressModel *model, QWidget *parent = nullptr);

    QString summaryText() const;
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void cancelRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    ImportProgressModel *m_model;
    QProgressBar *m_bar;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QTimer *m_tick;
    QElapsedTimer m_elapsed;
};

} // namespace Protostar
