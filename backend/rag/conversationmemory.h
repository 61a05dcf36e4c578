// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <optional>

namespace Protostar {

// One answered turn as a compressor sees it: the exchange plus what it cited.
struct TurnRecord {
    TurnId turnId = 0;
    QString question;
    QString answer;     // may carry [n] markers; they are dropped from memory
    bool found = true;
    QList<Citation> citations;
};

// Who and where a turn was about. Written as the lead of every summary, "[김지원 @ 카카오, 결제 플랫폼]",
// so follow-ups can be resolved from summaries alone, whichever compressor wrote the body.
struct TurnFocus {
    QStringList who;   // candidate names
    QStringList where; // companies, projects, headings, documents
    bool isEmpty() const { return who.isEmpty() && where.isEmpty(); }

    QString lead() const;                                  // "" when empty
    static std::optional<TurnFocus> parseLead(QStringView summary);
    // A summary split into its lead ("[김지원 @ 카카오]") and the rest; {"", summary} when it has no lead.
    static std::pair<QString, QString> splitLead(const QString &summary);
    static TurnFocus of(const TurnRecord &turn);           // from the turn's citations
};

// Compresses one answered turn into one or two sentences that keep who, where and every figure
// verbatim. Implementations must be callable from a pool thread (one call at a time per instance).
class TurnCompressor
{
public:
    virtual ~TurnCompressor() = default;
    virtual QString id() const = 0;
    virtual Result<QString> compress(const TurnRecord &turn) = 0;
};

// The offline compressor, and the default: the summary is the focus lead, the question (clipped),
// and the answer's highest-value sentences; any figure those sentences miss is listed verbatim.
// Deterministic; thread-safe.
class ExtractiveTurnCompressor final : public TurnCompressor
{
public:
    QString id() const override { return QStringLiteral("extractive"); }
    Result<QString> compress(const TurnRecord &turn) override;

    // Every figure in `text` as written ("1,000억원", "99.9%", "1만 TPS", "2019.03"), in order, no duplicates.
    static QStringList figures(QStringView text);
    // The answer without "[1]", "[2, 3]" markers: they point at evidence of a prompt that is gone.
    static QString stripCitationMarkers(const QString &text);
    // Sentences of `text` (split after . ! ? 。 followed by space, and at line breaks).
    static QStringList sentences(const QString &text);

    static constexpr int kMaxQuestionChars = 40;
    static constexpr int kMaxFactChars = 100;
    static constexpr int kMaxFactSentences = 2;
};

// What the next prompt carries instead of the history: a summary for every earlier turn, oldest
// first, and the last turn verbatim.
struct MemoryContext {
    QStringList summaries;
    QString lastTurn;
    int tokens() const; // TokenCounter estimate of both
};

// Builds a MemoryContext from a session's turns and stored summaries. Plain functions; thread-safe.
class ConversationMemory
{
public:
    // `turns` oldest first. An earlier turn without a stored summary (its job has not run yet) is
    // compressed on the spot with the extractive compressor, so memory never silently loses a turn.
    static MemoryContext build(const QList<TurnRecord> &turns, const QList<Summary> &summaries);
    // "Q: …\nA: …" without citation markers.
    static QString verbatim(const TurnRecord &turn);
    // Every turn verbatim: what memory replaces; the baseline the benchmark compares against.
    static QStringList fullHistory(const QList<TurnRecord> &turns);
    // Summaries as the prompt lists them: consecutive summaries with the same lead are grouped under
    // one lead line, "[반류마루]\n- Q: … A: …\n- Q: … A: …", since a conversation mostly stays on one
    // candidate and repeating who and where in every line costs tokens in every later prompt.
    // A summary without a lead is a "- " line of its own, under a "[?]" line when a group is open.
    // The result ends with a line break when not empty.
    static QString renderSummaries(const QStringList &summaries);
};

} // namespace Protostar
