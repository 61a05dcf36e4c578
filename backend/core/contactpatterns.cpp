// SPDX-License-Identifier: MIT
#include "core/contactpatterns.h"

namespace Protostar {

namespace {

// Whether `pattern` matches the whole of `text` (trimmed).
bool isWhole(const QRegularExpression &pattern, QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return false;
    const QRegularExpressionMatch m = pattern.match(t.toString());
    return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == t.size();
}

} // namespace

const QRegularExpression &ContactPatterns::email()
{
    static const QRegularExpression pattern(QStringLiteral("(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+(?![\\w-])"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression &ContactPatterns::phone()
{
    // Digit groups with separators: a Korean number with its area or mobile prefix ("010-4821-7730", "02.123.4567"), a
    // number with its area code in brackets ("(02) 123-4567", "(415) 555-0132"), or one with its country code ("+82
    // 10-3392-5518", "+44 7700 900123", "+1 (415) 555-0132"). Years in a row ("2018 2019 2020") and figures written in
    // thousands ("1 000 000") start with neither 0, "(" nor "+".
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![\\w.+-])(?:"
        "0\\d{1,2}[ .-]\\d{3,4}[ .-]\\d{4}"
        "|\\(\\d{2,4}\\) ?\\d{3,4}[ .-]\\d{4}"
        "|\\+\\d{1,3}(?:[ .-]?\\(\\d{1,4}\\))?(?:[ .-]\\d{2,6}){2,4}"
        ")(?![\\w-]|\\.\\d)"));
    return pattern;
}

const QRegularExpression &ContactPatterns::web()
{
    // A host without a scheme is taken only in lower case and with a known top-level domain: technologies are named
    // in capitals or with endings no address has ("ASP.NET", "VB.NET", "Socket.IO", "Node.js", "Vue.js").
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![\\w@.-])(?:"
        "(?i:https?://|www\\.)[^\\s,]+"
        "|(?:[a-z0-9-]+\\.)+(?:com|net|org|io|dev|me|kr|co\\.kr|ai|app|blog|page|so|xyz|info)(?:/[^\\s,]*)?"
        ")(?![\\w@.-])"));
    return pattern;
}

bool ContactPatterns::isEmail(QStringView text)
{
    return isWhole(email(), text);
}

bool ContactPatterns::isPhone(QStringView text)
{
    return isWhole(phone(), text);
}

bool ContactPatterns::isWeb(QStringView text)
{
    return isWhole(web(), text);
}

} // namespace Protostar
