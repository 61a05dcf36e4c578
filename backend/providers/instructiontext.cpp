// SPDX-License-Identifier: MIT
#include "providers/instructiontext.h"

#include <QRegularExpression>

#include <array>

namespace Protostar {

namespace {

const std::array<QRegularExpression, 7> &patterns()
{
    constexpr auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption
        | QRegularExpression::UseUnicodePropertiesOption;
    static const std::array<QRegularExpression, 7> res{
        // "ignore all previous instructions", "disregard the rules above"
        QRegularExpression(QStringLiteral("\\b(ignore|disregard|forget|override)\\b[^.!?\\n]{0,40}\\b(instructions?|prompts?|rules|guidelines|directions)\\b"), options),
        // a role label opening the sentence: "SYSTEM: …", "Assistant: …"
        QRegularExpression(QStringLiteral("^\\W*(system|assistant|developer)(\\s+prompt)?\\s*:"), options),
        QRegularExpression(QStringLiteral("\\b(you are|act as)\\b[^.!?\\n]{0,30}\\b(ai|assistant|language model|chatbot|gpt)\\b"), options),
        // "answer 'hired'", "reply only with \"yes\""
        QRegularExpression(QStringLiteral("\\b(answer|reply|respond|say|output)\\s+(only\\s+)?(with\\s+|that\\s+)?[\"'“‘]"), options),
        // "이전 지시를 무시하고", "앞의 모든 명령은 잊어라"
        QRegularExpression(QStringLiteral("(이전|앞|위|기존|모든|지금까지|앞서)[의\\s]*(모든\\s*)?(지시|지침|명령|프롬프트|규칙)[^.!?\\n]{0,8}(무시|잊)"), options),
        // "…"이라고 답하라 / 대답하세요 / 출력할 것
        QRegularExpression(QStringLiteral("(라고|이라고)\\s*(답|대답|응답|출력|말)\\s*(하라|해라|하시오|하세요|해\\s*줘|할\\s*것)"), options),
        QRegularExpression(QStringLiteral("^\\W*시스템(\\s*프롬프트)?\\s*:"), options),
    };
    return res;
}

} // namespace

bool InstructionText::addressesAssistant(const QString &sentence)
{
    const auto &all = patterns();
    return std::any_of(all.cbegin(), all.cend(), [&](const QRegularExpression &re) { return re.match(sentence).hasMatch(); });
}

} // namespace Protostar
