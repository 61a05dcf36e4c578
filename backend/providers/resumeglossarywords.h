// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Protostar::ResumeGlossaryWords {

// The word lists ResumeGlossary reads (kept apart from how it matches them): the fields, each its Korean and English
// words (lower-case), and the one-way pairs, a question word and a word that answers it but not the other way round.
const QList<QStringList> &fields();
const QList<std::pair<QString, QString>> &oneWay();
// Korean degrees named with their field in one word ("공학석사", "이학사"), each with its degree (석사, 학사, 박사).
const QList<std::pair<QString, QString>> &compoundDegrees();

} // namespace Protostar::ResumeGlossaryWords
