// SPDX-License-Identifier: MIT
#include "providers/yesnoquestion.h"

#include "providers/answertext.h"

#include <QRegularExpression>
#include <QSet>

namespace Protostar {

bool YesNoQuestion::is(const QString &question)
{
    const QString folded = AnswerText::foldForMatching(question);
    // A question word anywhere asks for something else than yes or no ("어떤 경험이 있나요?", "몇 년인가요?").
    static const QRegularExpression asking(QStringLiteral(
        "무엇|무슨|어떤|어떻|어느|누구|누가|언제|어디|얼마|몇|며칠|왜|"
        "\\b(?:what|which|who|whom|whose|where|when|why|how)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (asking.match(folded).hasMatch() || AnswerText::asksWho(question))
        return false;
    static const QRegularExpression korean(QStringLiteral(
        "[가-힣](?:나요|습니까|니까|가요|까요|어요|아요|여요|해요|죠|나|니)\\s*[?？]?\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression english(QStringLiteral(
        "^(?:does|do|did|has|have|had|is|are|was|were|can|could|will|would)\\b"));
    return korean.match(folded).hasMatch() || english.match(folded).hasMatch();
}

bool YesNoQuestion::isFrameWord(const QString &word)
{
    // 사용해봤나요, 사용한, 써봤나요, 써본, 썼나요, 다뤄봤나요, 다뤄본, 해봤나요, 활용해 본: a verb of use or doing, tried
    // (보다) or not, with its ending. Not 사용자 or 이용권: the word must end where the verb does.
    static const QRegularExpression having(QStringLiteral(
        "^(?:(?:사용|활용|이용)(?:해|하여|한|했|하신|하셨)?|써|썼|다뤄|다루어|다룬|다뤘|해|했)"
        "(?:보|봤|본|보았|보셨|보신)?(?:나요|습니까|어요|는지|나|니|던|은|을)?$"
        "|^(?:보|봤|본|보았|보셨)(?:나요|습니까|어요|는지|나|니)?$|^적(?:이|은|은요)?$"));
    static const QSet<QString> english = {QStringLiteral("use"), QStringLiteral("used"), QStringLiteral("uses"), QStringLiteral("using"),
                                          QStringLiteral("ever")};
    return english.contains(word) || having.match(word).hasMatch();
}

} // namespace Protostar
