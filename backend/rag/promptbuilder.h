// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Protostar {

// One numbered passage as the prompt shows it; `n` is what the model cites as [n].
struct PromptEvidence {
    int n = 0;
    QString candidate;
    QString document;
    QString heading; // heading path joined for display, e.g. "경력 > A사"
    QString text;
};

// Everything a chat prompt is made of; plain values so rag does not depend on providers.
struct PromptInput {
    QString question;
    QStringList memory;   // compressed summaries of earlier turns, oldest first
    QString lastTurn;     // previous question and answer, verbatim (may be empty)
    QList<PromptEvidence> evidence;
    QString language;     // "ko" or "en"
    bool memoryAsGiven = false; // true: no evidence pointers in memory (bench_memory's fixed transcript baseline)
};

// Lays out an OpenAI chat `messages` array against data bias: rules and the recruiter's question
// first, memory marked as memory, documents only as numbered, quoted, untrusted evidence blocks.
// A plain value class; thread-safe (no state).
class PromptBuilder
{
public:
    // The exact sentence the model must answer with when the evidence does not hold the answer.
    static QString notFoundSentence(const QString &language);
    // The system rules for `language`.
    static QString systemRules(const QString &language);
    // [{role: system, content: rules}, {role: user, content: question, memory, last turn, evidence}].
    static QJsonArray build(const PromptInput &input);
    // The user message alone (what build() puts in messages[1].content).
    static QString userMessage(const PromptInput &input);
    // The last turn as the prompt carries it: each sentence of its answer that one of this prompt's
    // evidence blocks quotes verbatim is replaced by "(= evidence n)", as the model reads the
    // sentence there anyway (a follow-up often retrieves the passage the last answer came from).
    // The question and every sentence the evidence does not hold stay as they are.
    static QString lastTurnAgainst(const QString &lastTurn, const QList<PromptEvidence> &evidence);
    // The same for one summary of the memory block: each fact of its answer part ("A: fact; fact") that
    // an evidence block quotes verbatim becomes "(= evidence n)"; the lead, the question and the list
    // of figures stay.
    static QString summaryAgainst(const QString &summary, const QList<PromptEvidence> &evidence);
    // Neutralises our own block tags inside untrusted text so it cannot close or open a block.
    static QString neutralise(const QString &untrusted);
};

} // namespace Protostar
