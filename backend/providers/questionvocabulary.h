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
// `folded` (a lower-cased question) with the current job asked in other words ("현 직장", "지금 다니는 회사",
// "재직 중인 회사", "어디서 일해?", "work now", "most recent role") written as "현재 회사" / "current job".
QString currentJobWording(const QString &folded);
// `folded` (a lower-cased question) with where one worked asked in the past ("어디서 일하셨어요?", "Where has … worked?")
// written as the companies ("회사" / "employers"): every job entry answers.
QString pastEmployersWording(const QString &folded);
// `folded` (a who-question, lower-case) with a trade named by its Korean loanword read as the English word the glossary
// widens ("이커머스" -> "commerce", "핀테크" -> "fintech", "헬스케어" -> "healthcare").
QString tradeWording(const QString &folded);
// `folded` (a question, lower-case) with the words a spoken question glues together set apart ("연봉얼마" -> "연봉 얼마",
// "할줄아는사람" -> "할줄아는 사람"), and "언제부터 일할 수 있어?" read as when one can start (입사).
QString spokenSpacing(const QString &folded);
// `folded` (a question, lower-case) without the 경력 that says the word before it was done ("팀장 경력이 있는 사람은?"
// asks for 팀장); kept after a figure or a bar ("5년 경력이 있는"), where it is what the figure measures.
QString doneCareerWording(const QString &folded);
// `folded` (a question, lower-case) with a field of study or a role of two words written as the one term the glossary knows
// it by ("computer science" -> 컴퓨터공학, "data science" -> 데이터과학, "데이터 엔지니어" -> 데이터엔지니어), so that neither
// word alone answers.
QString compoundTermWording(const QString &folded);
// Whether `question` asks whether anyone has a role ("데이터 엔지니어 있어?", "Is there a frontend developer?") or whether
// anyone did something, politely ("Kafka 써보신 분 있나요?"): who has it.
bool asksForRole(const QString &question);
// `folded` (a who-question, lower-case) without the 개발자 / 엔지니어 / developer after the tool or field that makes the role
// ("python 개발자" -> "python", "백엔드 개발자" -> "백엔드").
QString withoutGenericRole(const QString &folded);
// The Korean nouns of a job title ("개발자|엔지니어|…"), alternatives of a regular expression.
QString koreanRoleNouns();
// Whether `question` asks the same of every candidate, a who-question without a who-word ("List every candidate's
// current title.", "모든 후보자의 현재 직함은?").
bool asksEveryone(const QString &question);
// `folded` (a question, lower-case) without the words that ask it of everyone ("모든 후보자의 학력" -> "후보자의 학력"): a
// passage writes 학력, never 모든.
QString withoutEveryone(const QString &folded);

} // namespace Protostar::QuestionVocabulary
