// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QStringView>

namespace Protostar {

// Approximates how many tokens an OpenAI cl100k-style BPE tokenizer spends on mixed Korean/English
// text, so memory and prompt budgets can be compared offline. Stateless; thread-safe.
//
// The rule, applied left to right over code points (whitespace is free: BPE glues a leading space
// to the next piece, as cl100k does):
//   - a run of Latin letters (ASCII or Latin-1/Extended-A) costs ceil(length / 4);
//   - a run of ASCII digits costs ceil(length / 3) (cl100k splits numbers into groups of up to 3);
//   - each Hangul syllable (U+AC00..U+D7A3) costs 1, each Hangul jamo 1;
//   - each CJK ideograph or kana costs 1;
//   - a run of line breaks costs 1;
//   - every other character (punctuation, symbols, emoji) costs 1.
// So "PostgreSQL 1,000억원" = 10 letters (3) + "1" "," "000" (3) + "억" "원" (2) = 8.
// It is an approximation: it was not calibrated against a real tokenizer on this machine (no network
// to fetch one). When an API reports `usage`, prefer those numbers.
class TokenCounter
{
public:
    static int count(QStringView text);
    static int count(const QStringList &texts);

    // Chat-completions framing: each message costs its content plus kPerMessage, and every reply is
    // primed with kReplyPriming (OpenAI's published accounting for gpt-3.5/gpt-4 chat models).
    static constexpr int kPerMessage = 4;
    static constexpr int kReplyPriming = 3;
    static int countChat(const QStringList &messageContents);
};

} // namespace Protostar
