// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/error.h"
#include "engine/answer.h"

#include <QAbstractListModel>

#include <optional>

namespace Protostar {

// The conversation of one session: a row per turn (question, streamed answer, citations). A new
// question appends a row; streamed tokens change only that row. Lives on the GUI thread.
class TranscriptModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        QuestionRole = Qt::UserRole,
        AnswerRole,
        FoundRole,
        CitationsRole, // QList<Citation>
        RelatedRole,   // QList<Citation>, closest passages when not found
        StreamingRole,
        ErrorRole,     // translated message when the answer failed
        RequestIdRole,
        UnverifiedRole, // QStringList, sentences the figure guard removed
    };

    struct Entry {
        int requestId = 0;
        QString question;
        QString answer;
        bool found = false;
        bool streaming = false;
        QList<Citation> citations;
        QList<Citation> related;
        QStringList unverified; // removed by the figure guard; shown as such, never as part of the answer
        QString error;
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    // Appends a row for a question being answered; returns its row.
    int beginAnswer(int requestId, const QString &question);
    void appendTokens(int requestId, const QString &delta);
    void finishAnswer(int requestId, const Answer &answer);
    void failAnswer(int requestId, const Error &error);
    // Replaces everything with a stored session's turns.
    void setTurns(const QList<Turn> &turns);
    void clear();

    const Entry &entry(int row) const { return m_rows.at(row); }
    std::optional<Citation> citation(int row, int n) const;
    int rowOfRequest(int requestId) const;
    bool isStreaming() const;

    // Citations as stored in Turn::citationsJson (AnswerJson's format).
    static QList<Citation> citationsFromJson(const QByteArray &json);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Entry> m_rows;
};

} // namespace Protostar
