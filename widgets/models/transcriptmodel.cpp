// SPDX-License-Identifier: MIT
#include "models/transcriptmodel.h"

#include "engine/answerjson.h"

namespace Protostar {

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractListModel(parent) { }

int TranscriptModel::beginAnswer(int requestId, const QString &question)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Entry e;
    e.requestId = requestId;
    e.question = question;
    e.streaming = true;
    m_rows.append(e);
    endInsertRows();
    return row;
}

void TranscriptModel::appendTokens(int requestId, const QString &delta)
{
    const int row = rowOfRequest(requestId);
    if (row < 0 || !m_rows[row].streaming)
        return;
    m_rows[row].answer += delta;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {AnswerRole, Qt::DisplayRole});
}

void TranscriptModel::finishAnswer(int requestId, const Answer &answer)
{
    const int row = rowOfRequest(requestId);
    if (row < 0)
        return;
    Entry &e = m_rows[row];
    // The checked answer replaces the streamed draft: the figure guard may have removed sentences.
    e.answer = answer.text;
    e.found = answer.found;
    e.citations = answer.citations;
    e.related = answer.related;
    e.unverified = answer.unverified;
    e.streaming = false;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

void TranscriptModel::failAnswer(int requestId, const Error &error)
{
    const int row = rowOfRequest(requestId);
    if (row < 0)
        return;
    m_rows[row].streaming = false;
    m_rows[row].error = error.message;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

void TranscriptModel::setTurns(const QList<Turn> &turns)
{
    beginResetModel();
    m_rows.clear();
    for (const Turn &t : turns) {
        Entry e;
        e.question = t.question;
        e.answer = t.answer;
        e.found = t.found;
        e.citations = citationsFromJson(t.citationsJson);
        e.related = citationsFromJson(t.relatedJson);
        e.unverified = t.unverified;
        m_rows.append(e);
    }
    endResetModel();
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

std::optional<Citation> TranscriptModel::citation(int row, int n) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    for (const QList<Citation> *list : {&m_rows[row].citations, &m_rows[row].related}) {
        for (const Citation &c : *list) {
            if (c.n == n)
                return c;
        }
    }
    return std::nullopt;
}

int TranscriptModel::rowOfRequest(int requestId) const
{
    // Newest first: the streaming row is almost always the last one.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[row].requestId == requestId && requestId != 0)
            return row;
    }
    return -1;
}

bool TranscriptModel::isStreaming() const
{
    return !m_rows.isEmpty() && m_rows.last().streaming;
}

QList<Citation> TranscriptModel::citationsFromJson(const QByteArray &json)
{
    return AnswerJson::citationsFromBytes(json);
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case AnswerRole:
        return e.answer;
    case QuestionRole:
        return e.question;
    case FoundRole:
        return e.found;
    case CitationsRole:
        return QVariant::fromValue(e.citations);
    case RelatedRole:
        return QVariant::fromValue(e.related);
    case StreamingRole:
        return e.streaming;
    case ErrorRole:
        return e.error;
    case RequestIdRole:
        return e.requestId;
    case UnverifiedRole:
        return e.unverified;
    }
    return {};
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(QuestionRole, "question");
    names.insert(AnswerRole, "answer");
    names.insert(FoundRole, "found");
    names.insert(CitationsRole, "citations");
    names.insert(RelatedRole, "related");
    names.insert(StreamingRole, "streaming");
    names.insert(ErrorRole, "error");
    names.insert(RequestIdRole, "requestId");
    names.insert(UnverifiedRole, "unverified");
    return names;
}

} // namespace Protostar
