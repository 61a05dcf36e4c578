// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

// The vocabulary of questions, for AnswerText: the words that only frame a question (question words,
// endings, particles, who-words, comparisons) and the words a question uses for what documents write
// otherwise (section names, tools spelled in Hangul). Plain data; thread-safe.
namespace Protostar::QuestionVocabulary {

const QStringList &koreanQuestionStems();
const QSet<QString> &koreanFunctionWords();
const QStringList &koreanQuestionEndings();
const QStringList &koreanParticles();
const QSet<QString> &englishAskingWords();
const QSet<QString> &englishStopWords();
const QList<std::pair<QString, QString>> &latinSpellings();
QString latinSpellingOf(const QString &word);
const QHash<QString, QString> &sectionSynonyms();

} // namespace Protostar::QuestionVocabulary
