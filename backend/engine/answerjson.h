// SPDX-License-Identifier: MIT
#pragma once

#include "engine/answer.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace Protostar {

// JSON forms of Answer and Citation: what `protostar-cli ask --json` prints and what a session turn
// stores in Turn::citationsJson. Stateless; thread-safe.
class AnswerJson
{
public:
    // {"n", "candidate", "document", "page", "heading", "quote"}; with `withIds` also "chunk_id",
    // "document_id", "heading_path" (array) and "quoted" (QuotedSentences, when any), so a reopened session
    // can open the source and mark what was quoted. The CLI's --json keeps to the first six keys.
    static QJsonObject citation(const Citation &citation, bool withIds = false);
    static QJsonArray citations(const QList<Citation> &citations, bool withIds = false);
    // {"answer", "found", "citations", "unverified", "related", "timings_ms"}, and "usage" {"prompt_tokens",
    // "completion_tokens"} when the provider's API reported it.
    static QJsonObject answer(const Answer &answer);
    // Turn::citationsJson and back (accepts what SessionMemory::citationsFromJson accepts).
    static QByteArray citationsToBytes(const QList<Citation> &citations);
    static QList<Citation> citationsFromBytes(const QByteArray &json);
    // The heading path as shown: "경력 > A사".
    static QString heading(const QStringList &headingPath);
};

} // namespace Protostar
