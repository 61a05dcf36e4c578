// SPDX-License-Identifier: MIT
#include "comparedialog.h"

#include "models/transcriptmodel.h"
#include "transcriptview.h"

#include "engine/chatservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Protostar {

namespace {
constexpr int kMinColumns = 2;
constexpr int kMaxColumns = 4;
} // namespace

CompareDialog::CompareDialog(const EngineConfig &config, const QList<Candidate> &candidates,
                             const QList<CandidateId> &preselected, QWidget *parent)
    : QDialog(parent),
      m_config(config),
      m_pickLabel(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_questionLabel(new QLabel(this)),
      m_question(new QLineEdit(this)),
      m_ask(new QPushButton(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    for (const Candidate &c : candidates) {
        auto *item = new QListWidgetItem(c.name, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(preselected.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setMaximumWidth(220);
    m_pickLabel->setBuddy(m_list);
    m_questionLabel->setBuddy(m_question);
    m_hint->setStyleSheet(QStringLiteral("color:#666"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_pickLabel);
    left->addWidget(m_list, 1);
    auto *askRow = new QHBoxLayout;
    askRow->addWidget(m_questionLabel);
    askRow->addWidget(m_question, 1);
    askRow->addWidget(m_ask);
    m_columnsLayout = new QHBoxLayout;
    auto *right = new QVBoxLayout;
    right->addLayout(askRow);
    right->addWidget(m_hint);
    right->addLayout(m_columnsLayout, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::itemChanged, this, &CompareDialog::updateAskEnabled);
    connect(m_question, &QLineEdit::textChanged, this, &CompareDialog::updateAskEnabled);
    connect(m_question, &QLineEdit::returnPressed, this, &CompareDialog::ask);
    connect(m_ask, &QPushButton::clicked, this, &CompareDialog::ask);
    resize(1100, 600);
    retranslate();
    updateAskEnabled();
}

CompareDialog::~CompareDialog() = default;

QList<CandidateId> CompareDialog::checkedCandidates() const
{
    QList<CandidateId> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void CompareDialog::setQuestion(const QString &question)
{
    m_question->setText(question);
}

void CompareDialog::setProviderConfig(const ProviderConfig &config)
{
    m_providerConfig = config;
    if (m_chat)
        m_chat->setProviderConfig(config);
}

TranscriptModel *CompareDialog::columnModel(int column) const
{
    return m_columns.value(column).model;
}

void CompareDialog::ask()
{
    const QList<CandidateId> ids = checkedCandidates();
    const QString question = m_question->text().trimmed();
    if (ids.size() < kMinColumns || ids.size() > kMaxColumns || question.isEmpty() || isBusy())
        return;
    for (const Column &c : std::as_const(m_columns))
        delete c.widget;
    m_columns.clear();
    for (CandidateId id : ids) {
        Column c;
        c.candidate = id;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
                c.name = m_list->item(i)->text();
        }
        c.widget = new QWidget(this);
        c.title = new QLabel(QStringLiteral("<b>%1</b>").arg(c.name.toHtmlEscaped()), c.widget);
        c.model = new TranscriptModel(c.widget);
        auto *view = new TranscriptView(c.widget);
        view->setModel(c.model);
        connect(view, &TranscriptView::citationActivated, this, &CompareDialog::citationActivated);
        auto *box = new QVBoxLayout(c.widget);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(c.title);
        box->addWidget(view, 1);
        m_columnsLayout->addWidget(c.widget, 1);
        m_columns.append(c);
    }
    if (!m_chat) {
        m_chat = new ChatService(m_config, this);
        if (m_providerConfig)
            m_chat->setProviderConfig(*m_providerConfig);
        connect(m_chat, &ChatService::tokensReceived, this, &CompareDialog::onTokens);
        connect(m_chat, &ChatService::answerFinished, this, &CompareDialog::onFinished);
        connect(m_chat, &ChatService::answerFailed, this, &CompareDialog::onFailed);
    }
    m_asked = question;
    m_next = 0;
    updateAskEnabled();
    askNext();
}

void CompareDialog::askNext()
{
    if (m_next < 0 || m_next >= m_columns.size()) {
        m_next = -1;
        updateAskEnabled();
        Q_EMIT finished();
        return;
    }
    Question q;
    q.text = m_asked;
    q.candidates = {m_columns[m_next].candidate};
    m_requestId = m_chat->ask(q);
    m_columns[m_next].model->beginAnswer(m_requestId, m_asked);
}

void CompareDialog::onTokens(int requestId, const QString &delta)
{
    if (m_next >= 0 && requestId == m_requestId)
        m_columns[m_next].model->appendTokens(requestId, delta);
}

void CompareDialog::onFinished(int requestId, const Answer &answer)
{
    if (m_next < 0 || requestId != m_requestId)
        return;
    m_columns[m_next].model->finishAnswer(requestId, answer);
    ++m_next;
    askNext();
}

void CompareDialog::onFailed(int requestId, const Error &error)
{
    if (m_next < 0 || requestId != m_requestId)
        return;
    m_columns[m_next].model->failAnswer(requestId, error);
    ++m_next;
    askNext();
}

void CompareDialog::updateAskEnabled()
{
    const int n = int(checkedCandidates().size());
    const bool countOk = n >= kMinColumns && n <= kMaxColumns;
    m_ask->setEnabled(countOk && !m_question->text().trimmed().isEmpty() && !isBusy());
    m_hint->setText(countOk ? tr("%1 candidates: each answer comes only from that candidate's documents.").arg(n)
                            : tr("Check two to four candidates (%1 checked).").arg(n));
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CompareDialog::retranslate()
{
    setWindowTitle(tr("Compare candidates"));
    m_pickLabel->setText(tr("C&andidates:"));
    m_questionLabel->setText(tr("&Question:"));
    m_ask->setText(tr("&Compare"));
    updateAskEnabled();
}

} // namespace Protostar
