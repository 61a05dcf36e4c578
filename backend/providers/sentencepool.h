// SPDX-License-Identifier: MIT
#pragma once

#include "providers/answerintent.h"
#include "providers/answerprovider.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Protostar {

// The sentences an extractive answer may quote: every sentence of the passages the question reads and,
// where a heading can answer (AnswerIntent::headingsAnswer), the entry headings of their heading paths;
// then how well each answers. A sentence scores by the rarity-weighted share of the question's terms it
// covers, a term found only in its passage's heading path at half weight (in full, asked for someone's
// experience), and, asked who, a bigram of a long word only where the word is written (not 자동 of 자동화 in
// 자동으로), and asked who lives in a city, the city only on a line saying where someone is; sentences that fail the question's figure comparison, are table debris or speak to the
// assistant are never quoted.
// Built and used within one generate() call, on its thread; refers to the request and intent it was
// built from, which must outlive it.
class SentencePool
{
public:
    struct Sentence {
        int evidenceIndex = 0;
        CandidateId candidate = 0;
        int n = 0;
        qsizetype start = 0;
        QString text;   // collapsed, markers stripped
        QString folded; // for matching
        double score = 0.0; // share of the question's weight it covers (the "found" test)
        double rank = 0.0;  // score adjusted for what the question asks: what selection orders by
        QList<double> cover; // per question term: 1 in the sentence, the label weight in its heading only, else 0
        QStringList figures; // figures it states that the question does not write
        int order = 0;       // position among all sentences, in reading order
        bool excluded = false; // fails the question's figure comparison, is table debris or speaks to us: never quoted
    };

    // Collects the sentences and answering headings of the first intent.passages passages.
    SentencePool(const AnswerRequest &request, const AnswerIntent &intent);

    // Weighs the question's terms and scores and ranks every sentence; `figurePenalty` is the factor on
    // the rank of a sentence stating no figure when the question asks for one.
    void score(double figurePenalty);

    // In reading order: Sentence::order is the index here.
    const QList<Sentence> &sentences() const { return m_sentences; }
    // Per question term, after score(): rarer terms among these sentences weigh more.
    const QList<double> &weights() const { return m_weights; }
    double totalWeight() const { return m_total; }
    // The best score, after score(): below the provider's minimum nothing answers.
    double best() const { return m_best; }

private:
    void readLabels();
    void readLongWords();
    bool writesTermOf(const QString &folded, qsizetype term) const;
    double labelCover(int passage, const QString &term) const;
    void collectSentences();
    void collectHeadings();
    bool headingAnswers(const Sentence &heading) const;
    void weighTerms();
    QSet<CandidateId> candidatesWritingFigure() const;
    QSet<CandidateId> candidatesWritingEveryTerm() const;
    bool failsQuestion(const Sentence &c, const QSet<CandidateId> &writesFigure, const QSet<CandidateId> &writesEveryTerm) const;

    const AnswerRequest &m_request;
    const AnswerIntent &m_intent;
    QStringList m_labels;         // per passage: its heading path, folded
    QList<bool> m_underExperience; // per passage: under an experience section
    QList<bool> m_sectionAsked;    // per passage: its own section is the field asked ("## Certifications" of 자격증)
    bool m_experienceSections = false;
    // Asked who: each long Korean question word's first three syllables, with the indexes of its bigram terms.
    QList<std::pair<QString, QList<qsizetype>>> m_longWords;
    // Asked who lives somewhere: the city counts only where a line says someone is there.
    bool m_residenceAsked = false;
    // Asked yes or no whether someone lives somewhere: the residence field counts only on a line saying where.
    bool m_residenceChecked = false;
    // Asked who speaks a language: only a line that says so (ResumeGlossary::writesLanguageAbility).
    bool m_abilityAsked = false;
    QList<Sentence> m_sentences;
    QList<double> m_weights;
    double m_total = 0.0;
    double m_best = 0.0;
};

} // namespace Protostar
