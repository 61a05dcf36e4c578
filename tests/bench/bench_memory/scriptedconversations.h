// SPDX-License-Identifier: MIT
#pragma once

#include "engine/evaldatasets.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Protostar::Bench {

// The scripted conversations bench_memory runs: turns whose follow-ups can only be understood with memory of the
// earlier turns, each with what counts as its gold passage. Plain data, built on the main thread.
struct ScriptedTurn {
    QString question;
    QStringList gold; // KorQuAD: gold chunk ids as text; demo: substrings of the gold paragraph
};
struct Conversation {
    QString name;
    QString language;
    QList<ScriptedTurn> turns;
};

// Up to `articles` KorQuAD conversations of `length` turns, one per article whose questions name it.
QList<Conversation> korquadConversations(const EvalDataset &set, int articles, int length);
// Three conversations about the demo corpus's résumés, in Korean and English.
QList<Conversation> demoConversations();

} // namespace Protostar::Bench
