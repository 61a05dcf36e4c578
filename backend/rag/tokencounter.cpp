// SPDX-License-Identifier: MIT
#include "rag/tokencounter.h"

namespace Protostar {

namespace {

enum class Kind { Space, Newline, Latin, Digit, Single };

Kind kindOf(char32_t c)
{
    if (c == U'\n' || c == U'\r')
        return Kind::Newline;
    if (c == U' ' || c == U'\t' || c == 0x00A0 || c == 0x3000 || c == 0x200B)
        return Kind::Space;
    if (c >= U'0' && c <= U'9')
        return Kind::Digit;
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))
        return Kind::Latin;
    // Accented Latin letters merge into words in BPE vocabularies as well (é, ü, ñ...).
    if ((c >= 0x00C0 && c <= 0x024F) && c != 0x00D7 && c != 0x00F7)
        return Kind::Latin;
    return Kind::Single; // Hangul, CJK, punctuation, symbols: one token each
}

int runCost(Kind kind, int length)
{
    switch (kind) {
    case Kind::Space:
        return 0;
    case Kind::Newline:
        return 1;
    case Kind::Latin:
        return (length + 3) / 4;
    case Kind::Digit:
        return (length + 2) / 3;
    case Kind::Single:
        return length;
    }
    return length;
}

} // namespace

int TokenCounter::count(QStringView text)
{
    int total = 0;
    Kind runKind = Kind::Space;
    int runLength = 0;
    for (char32_t c : text.toUcs4()) {
        const Kind k = kindOf(c);
        if (k == runKind && k != Kind::Single) {
            ++runLength;
            continue;
        }
        total += runCost(runKind, runLength);
        runKind = k;
        runLength = 1;
    }
    return total + runCost(runKind, runLength);
}

int TokenCounter::count(const QStringList &texts)
{
    int total = 0;
    for (const QString &t : texts)
        total += count(t);
    return total;
}

int TokenCounter::countChat(const QStringList &messageContents)
{
    int total = kReplyPriming;
    for (const QString &m : messageContents)
        total += count(m) + kPerMessage;
    return total;
}

} // namespace Protostar
