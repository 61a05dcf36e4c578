// SPDX-License-Identifier: MIT
#include "importprogresswidget.h"

#include "models/importprogressmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Protostar {

ImportProgressWidget::ImportProgressWidget(ImportProgressModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_bar(new QProgressBar(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this)),
      m_cancel(new QPushButton(this)),
      m_close(new QPushButton(this)),
      m_tick(new QTimer(this))
{
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_close->setObjectName(QStringLiteral("hideImport"));
    m_table->setModel(model);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Not sized to contents: that re-measures every row on each file's update, quadratic in the batch, and
    // stalled the window for about half a second while 500 files were imported. Long names are elided (the
    // tooltip has the path).
    m_table->horizontalHeader()->setSectionResizeMode(ImportProgressModel::FileColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(ImportProgressModel::FileColumn, fontMetrics().averageCharWidth() * 28);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells

    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ImportProgressWidget::refresh);
    connect(m_model, &ImportProgressModel::progressChanged, this, &ImportProgressWidget::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, [this] { m_table->scrollToBottom(); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressWidget::cancelRequested);
    connect(m_close, &QPushButton::clicked, this, &ImportProgressWidget::closeRequested);
    retranslate();
}

QString ImportProgressWidget::summaryText() const
{
    return m_summary->text();
}

void ImportProgressWidget::refresh()
{
    const bool running = m_model->isRunning();
    if (running && !m_tick->isActive()) {
        m_elapsed.start();
        m_tick->start();
    } else if (!running) {
        m_tick->stop();
    }
    m_cancel->setEnabled(running);
    m_bar->setRange(0, qMax(1, m_model->filesTotal()));
    // Cancelled files are done but not imported: the bar stops where the import stopped.
    m_bar->setValue(m_model->filesDone() - m_model->cancelledCount());

    QString text = tr("%1 of %2 files").arg(m_model->filesDone()).arg(m_model->filesTotal());
    if (m_model->failedCount() > 0)
        text += QStringLiteral(" · ") + tr("%n failed", nullptr, m_model->failedCount());
    if (running) {
        const qint64 left = m_model->estimateRemainingMs(m_elapsed.isValid() ? m_elapsed.elapsed() : 0);
        if (left < 0)
            text += QStringLiteral(" · ") + tr("estimating time left…");
        else if (left < 60000)
            text += QStringLiteral(" · ") + tr("about %n second(s) left", nullptr, int(qMax<qint64>(1, (left + 999) / 1000)));
        else
            text += QStringLiteral(" · ") + tr("about %n minute(s) left", nullptr, int((left + 59999) / 60000));
    } else if (m_model->cancelledCount() > 0) {
        text += QStringLiteral(" · ") + tr("cancelled: %n file(s) not imported", nullptr, m_model->cancelledCount());
    } else if (m_model->filesTotal() > 0) {
        text += QStringLiteral(" · ") + tr("done");
    }
    m_summary->setText(text);
}

void ImportProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImportProgressWidget::retranslate()
{
    m_cancel->setText(tr("&Cancel import"));
    m_close->setText(tr("Hide"));
    m_model->retranslate();
    refresh();
}

} // namespace Protostar
