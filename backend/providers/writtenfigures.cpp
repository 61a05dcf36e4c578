// SPDX-License-Identifier: MIT
#include "providers/writtenfigures.h"

#include "providers/answertext.h"

#include <QRegularExpression>

namespace Protostar {

namespace {

const QRegularExpression &figurePattern()
{
    // A number (optionally with currency sign, thousands separators, decimals or dotted date parts),
    // its attached multipliers (10k, 1,200만, 3조) and one optional unit, possibly after one space
    // (1,200만 건). Digits glued to Latin letters (B2B, v2, H100) are names, not figures. A minus sign glued to the
    // number and standing after a space, a bracket or the start ("성장률 -5%", "(-12%)") is the figure's own: -5% is
    // not 5%. After a digit or a letter it joins a range or a code ("2019-2020", "A-1").
    static const QRegularExpression re(QStringLiteral(
        "(?:(?<![^\\s(\\[:~/])[-\u2212](?=[$₩€£]?\\d)|(?<![A-Za-z0-9.,]))[$₩€£]?\\d+(?:,\\d{3})*(?:\\.\\d+)*"
        "(?:[kKmMbB](?![A-Za-z]))?"
        "(?:\\s?[십백천만억조]+)*"
        "(?:\\s?(?:%p|%|％|퍼센트|개월|원|달러|엔|유로|위안|건|명|개|년|월|일|주|시간|분|초|배|회|차|세|살|위|점|장|권|곳|층|평|㎡"
        "|(?:TPS|QPS|RPS|ms|MB|GB|TB|KB|Mbps|Gbps|km|kg|cm|mm|pp|bp|percent|USD|KRW)(?![A-Za-z])))?"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// NFC, whitespace collapsed, and the minus sign (U+2212) written as the hyphen-minus a keyboard types.
QString normalizedForFigures(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified().replace(QChar(0x2212), u'-');
}

} // namespace

QStringList WrittenFigures::of(const QString &text)
{
    QStringList out;
    const QString clean = normalizedForFigures(AnswerText::stripMarkers(text));
    auto it = figurePattern().globalMatch(clean);
    while (it.hasNext()) {
        const QString f = it.next().captured(0).trimmed();
        if (!f.isEmpty())
            out.append(f);
    }
    return out;
}

QStringList WrittenFigures::exactlyAsked(const QString &question)
{
    static const QRegularExpression signedOrShare(QStringLiteral("^-|%p?$|％$|퍼센트$|percent$"));
    QStringList exact;
    for (const QString &f : of(question)) {
        if (signedOrShare.match(f).hasMatch())
            exact.append(f);
    }
    return exact;
}

bool WrittenFigures::contains(const QString &haystack, const QString &figure)
{
    const QString h = normalizedForFigures(haystack);
    const QString f = normalizedForFigures(figure);
    if (f.isEmpty())
        return true;
    const bool endsWithDigit = f.back().isDigit();
    for (qsizetype at = h.indexOf(f); at >= 0; at = h.indexOf(f, at + 1)) {
        // "200만" inside "1,200만" or "2023" inside "12023" is a different figure.
        if (at > 0) {
            const QChar before = h.at(at - 1);
            if (before.isDigit())
                continue;
            if ((before == u',' || before == u'.') && at > 1 && h.at(at - 2).isDigit())
                continue;
            // "5%" inside "성장률 -5%" drops the figure's sign (see figurePattern): another figure.
            if (before == u'-' && (at == 1 || h.at(at - 2).isSpace() || QStringLiteral("([:~/").contains(h.at(at - 2))))
                continue;
        }
        const qsizetype end = at + f.size();
        if (endsWithDigit && end < h.size()) {
            const QChar after = h.at(end);
            if (after.isDigit())
                continue;
            if (after == u'.' && end + 1 < h.size() && h.at(end + 1).isDigit())
                continue;
            // "1,200" goes on after "1"; "2017고합47,57" lists 47 and 57, as figures() reads it.
            if (after == u',') {
                qsizetype digits = end + 1;
                while (digits < h.size() && h.at(digits).isDigit())
                    ++digits;
                if (digits - end - 1 == 3)
                    continue;
            }
        }
        return true;
    }
    return false;
}

} // namespace Protostar
